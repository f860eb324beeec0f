"""The entry point of a webhook receiver: verify, answer VERIFY, and type the event."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from ..exceptions import WebhookSignatureError
from ._errors import MissingSignatureError, WebhookPayloadError
from ._event import WebhookEvent
from ._reader import read_event
from ._signature import hash_challenge, matching_token, raw_bytes, tokens_of

__all__ = ["Delivery", "HeaderItems", "decode_json", "receive"]

SIGNATURE_HEADER = "SC-Signature"


class HeaderItems(Protocol):
    """Request headers: anything with ``items()`` of name-value pairs.

    ``dict``, Flask's ``request.headers``, Starlette's and httpx2's headers all qualify; names
    are matched without regard to case.
    """

    def items(self) -> Iterable[tuple[str, str]]:
        """Each header as ``(name, value)``."""
        ...


@dataclass(frozen=True, slots=True)
class Delivery:
    """What :func:`receive` made of a delivery: the event and the answer to send back.

    Attributes:
        event: the typed event.
        status_code: the HTTP status to answer with (200).
        body: the JSON to answer with: ``{"challenge": <hex>}`` for a ``VERIFY``, ``{}``
            otherwise (Smartcar only needs a 2xx).
        signed: whether the delivery carried a valid ``SC-Signature`` (an unsigned
            ``VERIFY`` is answered, as Smartcar sends it unsigned).
    """

    event: WebhookEvent
    status_code: int
    body: Mapping[str, str] = field(default_factory=dict)
    signed: bool = True

    media_type = "application/json"

    @property
    def is_verify(self) -> bool:
        """Whether this is a ``VERIFY`` event, answered by :attr:`body`."""
        return self.event.event_type == "VERIFY"

    @property
    def content(self) -> bytes:
        """:attr:`body` as the bytes of the JSON response."""
        return json.dumps(dict(self.body), separators=(",", ":")).encode("ascii")


def _signature(headers: HeaderItems | Mapping[str, str]) -> str | None:
    wanted = SIGNATURE_HEADER.lower()
    try:
        values = {v for k, v in headers.items() if isinstance(k, str) and k.lower() == wanted}
    except (AttributeError, TypeError, ValueError):
        raise WebhookPayloadError(
            "headers must be the request's headers (a mapping or anything with items()), "
            f"got {type(headers).__name__}"
        ) from None
    values = {v.strip() for v in values if isinstance(v, str) and v.strip()}
    if len(values) > 1:
        raise WebhookSignatureError(
            f"The request has {len(values)} different {SIGNATURE_HEADER} headers; a delivery "
            "from Smartcar has one"
        )
    return next(iter(values), None)


def decode_json(raw: bytes) -> Any:
    """The JSON document of a webhook body; :class:`WebhookPayloadError` if it is not JSON."""
    try:
        return json.loads(raw)
    except ValueError as error:
        message = f"webhook body is not JSON: {str(error)[:200]}"
    except RecursionError:
        # Thousands of nested arrays: no webhook is shaped like that.
        message = "webhook body is not JSON this SDK reads: it is nested too deeply"
    raise WebhookPayloadError(message)


def _object(raw: bytes) -> Mapping[str, Any]:
    document = decode_json(raw)
    if not isinstance(document, dict):
        kind = "an array" if isinstance(document, list) else type(document).__name__
        raise WebhookPayloadError(f"webhook body must be a JSON object, got {kind}")
    return document


def _is_verify(document: Mapping[str, Any]) -> bool:
    # The same dispatch as read_event: a string eventType (v4) wins over eventName (v2.0).
    if isinstance(document.get("eventType"), str):
        return bool(document["eventType"] == "VERIFY")
    return bool(document.get("eventName") == "verify")


def receive(
    body: bytes | bytearray | memoryview | str,
    headers: HeaderItems | Mapping[str, str],
    amt: str | Sequence[str],
    *,
    strict: bool = False,
) -> Delivery:
    """Verify a webhook delivery, answer it if it is a ``VERIFY``, and type its event.

    Args:
        body: the raw request body, exactly as received (verify before any JSON parsing:
            re-serialised JSON does not match the signature).
        headers: the request headers; ``SC-Signature`` is found in any casing.
        amt: the Application Management Token, or several (the current one first) while you
            rotate it: a delivery signed with any of them is accepted, so rotation needs no
            downtime. A ``VERIFY`` is answered with the token that signed it, or the first.
        strict: raise :class:`WebhookPayloadError` on any deviation from the spec instead of
            keeping odd members raw and listing them in ``event.deviations``.

    Returns:
        A :class:`Delivery`: answer with its ``status_code`` and ``body`` (``content`` as bytes).

    Raises:
        MissingSignatureError: no ``SC-Signature`` on a delivery that must be signed (every
            event but ``VERIFY``).
        WebhookSignatureError: ``SC-Signature`` matches the body under none of the tokens.
        WebhookPayloadError: the body is not JSON, not a JSON object, not a webhook event, a
            ``VERIFY`` without a string challenge, or (``strict``) deviates from the spec.
        InvalidInputError: ``body`` or ``amt`` is of the wrong type (a programming error).
    """
    raw = raw_bytes(body, "body")
    tokens = tokens_of(amt)
    signature = _signature(headers)
    token: str | None = None
    if signature is None:
        # Only a VERIFY comes unsigned; anything else is refused before it is typed.
        try:
            document = _object(raw)
        except WebhookPayloadError:
            document = None
        if document is None or not _is_verify(document):
            raise MissingSignatureError(
                f"The {SIGNATURE_HEADER} header is missing: Smartcar signs every delivery but "
                "VERIFY, and this body is not a VERIFY event"
            )
    else:
        token = matching_token(tokens, signature, raw)
        if token is None:
            raise WebhookSignatureError(
                f"{SIGNATURE_HEADER} does not match the body under any of the {len(tokens)} "
                "management token(s) given (check the token, and pass the raw request body, "
                "not re-serialised JSON)"
            )
        document = _object(raw)
    event = read_event(document, strict=strict)
    if event.event_type != "VERIFY":
        if token is None:  # defence in depth: _is_verify dispatches as read_event does
            raise MissingSignatureError(f"The {SIGNATURE_HEADER} header is missing")
        return Delivery(event, 200)  # answered with {}
    if event.challenge is None:
        raise WebhookPayloadError(
            "VERIFY event without a string challenge (data.challenge in v4, payload.challenge "
            "in v2.0): it cannot be answered"
        )
    if token is None:
        _refuse_signing_oracle(event.challenge)
    answer = hash_challenge(token or tokens[0], event.challenge)
    return Delivery(event, 200, {"challenge": answer}, signed=token is not None)


def _refuse_signing_oracle(challenge: str) -> None:
    # Anyone can send an unsigned VERIFY, and its answer is HMAC(AMT, challenge): the very
    # SC-Signature of a body equal to the challenge. A challenge that is itself a JSON object
    # (which every delivery is) would make this receiver sign a forged delivery for its sender.
    try:
        document = decode_json(challenge.encode("utf-8"))
    except WebhookPayloadError:
        return
    if isinstance(document, dict):
        raise WebhookSignatureError(
            "Refusing an unsigned VERIFY whose challenge is a JSON object: its answer would be "
            "a valid SC-Signature for that object, a forged delivery"
        )
