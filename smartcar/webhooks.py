"""Webhook helpers: challenge responses, signature checks and typed payloads.

Smartcar signs every delivery with ``SC-Signature``: the lowercase hex HMAC-SHA256 of the raw
request body, keyed with your Application Management Token (AMT). Verify the raw bytes *before*
parsing JSON: re-serialised JSON rarely matches byte for byte.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import Any, Protocol, TypeVar

from smartcar_openapi import models
from smartcar_openapi.types import MISSING

from . import _validate as check
from .exceptions import InvalidInputError, WebhookSignatureError

__all__ = [
    "challenge_response",
    "hash_challenge",
    "parse_payload",
    "verify_payload",
    "verify_signature",
]


def _bytes(value: str | bytes, name: str) -> bytes:
    if isinstance(value, bytes):
        return value
    if isinstance(value, str):
        return value.encode("utf-8")
    raise InvalidInputError(f"{name} must be str or bytes, got {type(value).__name__}")


def hash_challenge(amt: str, challenge: str | bytes) -> str:
    """HMAC-SHA256 of ``challenge`` keyed with the AMT, as lowercase hex."""
    key = check.non_empty("amt", amt).encode("utf-8")
    return hmac.new(key, _bytes(challenge, "challenge"), hashlib.sha256).hexdigest()


def verify_payload(amt: str, signature: str, body: str | bytes) -> bool:
    """Whether ``signature`` (the ``SC-Signature`` header) matches the raw ``body``.

    The comparison takes constant time, so it leaks nothing about the expected signature.
    """
    if not isinstance(signature, str):
        return False
    expected = hash_challenge(amt, body)
    # Compared as bytes: compare_digest refuses str with non-ASCII characters (TypeError),
    # and a forged header may hold anything.
    given = signature.strip().lower().encode("utf-8", "replace")
    return hmac.compare_digest(expected.encode("ascii"), given)


def verify_signature(amt: str, signature: str | None, body: str | bytes) -> None:
    """Like :func:`verify_payload`, but raise :class:`WebhookSignatureError` on a mismatch."""
    if not signature or not verify_payload(amt, signature, body):
        raise WebhookSignatureError(
            "Webhook signature does not match the payload (check the AMT, and verify the raw "
            "request body before parsing it)"
        )


def challenge_response(amt: str, challenge: str) -> dict[str, str]:
    """The JSON body to answer a VERIFY event with: ``{"challenge": <hmac hex>}``."""
    return {"challenge": hash_challenge(amt, challenge)}


WebhookPayload = (
    models.WebhookV4VerifyEvent
    | models.WebhookV4VehicleStateEvent
    | models.WebhookV4VehicleErrorEvent
    | models.WebhookV4Event
    | models.WebhookV2Payload
)


def parse_payload(
    body: str | bytes,
    *,
    amt: str | None = None,
    signature: str | None = None,
) -> WebhookPayload:
    """Parse a webhook delivery into a typed event, verifying its signature when given an AMT.

    v4 events (``eventType``: VERIFY, VEHICLE_STATE, VEHICLE_ERROR) and v2.0 payloads
    (``eventName``: verify, scheduled, dynamic, eventBased) are recognised; an unknown v4
    event type parses as the generic :class:`WebhookV4Event`.

    Raises:
        WebhookSignatureError: ``amt`` was given and the signature does not match.
        InvalidInputError: the body is not a JSON webhook payload, or a ``signature`` was given
            without the ``amt`` to verify it with (the payload is never parsed unverified then).
    """
    raw = _bytes(body, "body")
    if amt is not None:
        verify_signature(amt, signature, raw)
    elif signature is not None:
        # The caller meant the payload to be verified: parsing it unverified would hide that.
        raise InvalidInputError(
            "parse_payload got a signature but no amt to verify it with: pass amt="
        )
    data: Any = _json(raw)
    if not isinstance(data, dict):
        raise InvalidInputError("webhook body must be a JSON object")
    failure: InvalidInputError | None = None
    try:
        event_type = data.get("eventType")
        if event_type == "VERIFY":
            return _whole(models.WebhookV4VerifyEvent.from_dict(data))
        if event_type == "VEHICLE_STATE":
            return _whole(models.WebhookV4VehicleStateEvent.from_dict(data))
        if event_type == "VEHICLE_ERROR":
            return _whole(models.WebhookV4VehicleErrorEvent.from_dict(data))
        if event_type is not None:
            return _whole(models.WebhookV4Event.from_dict(data))
        if "eventName" in data:
            return _whole(models.WebhookV2Payload.from_dict(data))
    except (KeyError, TypeError, ValueError, RecursionError) as error:
        failure = InvalidInputError(
            "webhook body does not match the payload schema: "
            f"{type(error).__name__}: {str(error)[:200]}"
        )
    # Raised outside the except blocks, so the parser's error is not kept as __context__.
    if failure is not None:
        raise failure
    raise InvalidInputError("webhook body has neither eventType (v4) nor eventName (v2.0)")


class _Parsed(Protocol):
    @property
    def spec_deviations(self) -> dict[str, str]: ...


E = TypeVar("E", bound=_Parsed)


def _whole(event: E) -> E:
    # Models read leniently (an odd member is kept and recorded); but an event whose body
    # (data, payload) is absent or not an object, or whose meta is not one, is not an event.
    for name, what in event.spec_deviations.items():
        if name in ("data", "payload") or (name == "meta" and what != MISSING):
            raise TypeError(f"{name}: {what}")
    return event


def _json(raw: bytes) -> Any:
    try:
        return json.loads(raw)
    except ValueError as error:
        message = f"webhook body is not JSON: {str(error)[:200]}"
    except RecursionError:
        # Thousands of nested arrays: no webhook is shaped like that.
        message = "webhook body is nested too deeply"
    raise InvalidInputError(message)
