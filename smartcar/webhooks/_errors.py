"""The errors of webhook handling: each says what was wrong with the delivery."""

from __future__ import annotations

from ..exceptions import InvalidInputError, WebhookSignatureError

__all__ = ["MissingSignatureError", "WebhookPayloadError"]


class MissingSignatureError(WebhookSignatureError):
    """A delivery that must be signed came without an ``SC-Signature`` header.

    Smartcar signs every delivery except ``VERIFY``; an unsigned event is not from Smartcar.
    """


class WebhookPayloadError(InvalidInputError):
    """A webhook body that cannot be handled.

    It is not JSON, not a JSON object, not a webhook event, a ``VERIFY`` without a string
    challenge, or, in strict mode, it deviates from the spec.

    Attributes:
        deviations: what differed from the spec, one line each (``data.vehicle.year: expected
            integer, got string 'MMXX'``); empty when the body could not be read at all.
    """

    deviations: tuple[str, ...] = ()
