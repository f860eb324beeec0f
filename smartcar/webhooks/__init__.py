"""Webhooks: verify deliveries, answer VERIFY, and get typed events.

Smartcar signs every delivery but ``VERIFY`` with ``SC-Signature``: the lowercase hex
HMAC-SHA256 of the raw request body, keyed with your Application Management Token (AMT).

The entry point is :func:`receive`: give it the raw body bytes, the request headers and your
AMT (or several, while you rotate it), and it verifies the signature in constant time, answers
``VERIFY`` (signed or not) and returns a :class:`Delivery` with the typed
:class:`WebhookEvent` and the status and body to answer with::

    delivery = webhooks.receive(request_body, request_headers, [amt])
    if delivery.event.event_type == "VEHICLE_STATE":
        for signal in delivery.event.signals: ...
    return delivery.status_code, delivery.body

:class:`Deduplicator` tells a retried event from a new one. The official package's functions
(:func:`verify_payload`, :func:`hash_challenge`) work as they did; :func:`parse_payload` gives
the generated models of ``smartcar_openapi``.
"""

from __future__ import annotations

from typing import Any

from smartcar_openapi import models
from smartcar_openapi.types import MISSING

from ..exceptions import InvalidInputError, WebhookSignatureError
from ._errors import MissingSignatureError, WebhookPayloadError
from ._event import (
    DeliveryMeta,
    Signal,
    SignalError,
    SignalRef,
    Trigger,
    VehicleError,
    WebhookEvent,
    WebhookVehicle,
)
from ._idempotency import AsyncDeliveryStore, Deduplicator, DeliveryStore, MemoryStore
from ._reader import payload_model, read_event
from ._receive import Delivery, HeaderItems, decode_json, receive
from ._signature import (
    challenge_response,
    hash_challenge,
    raw_bytes,
    verify_payload,
    verify_signature,
)

__all__ = [
    "AsyncDeliveryStore",
    "Deduplicator",
    "Delivery",
    "DeliveryMeta",
    "DeliveryStore",
    "HeaderItems",
    "MemoryStore",
    "MissingSignatureError",
    "Signal",
    "SignalError",
    "SignalRef",
    "Trigger",
    "VehicleError",
    "WebhookEvent",
    "WebhookPayload",
    "WebhookPayloadError",
    "WebhookSignatureError",
    "WebhookVehicle",
    "challenge_response",
    "hash_challenge",
    "parse_payload",
    "payload_model",
    "read_event",
    "receive",
    "verify_payload",
    "verify_signature",
]


WebhookPayload = (
    models.WebhookV4VerifyEvent
    | models.WebhookV4VehicleStateEvent
    | models.WebhookV4VehicleErrorEvent
    | models.WebhookV4Event
    | models.WebhookV2Payload
)
"""The generated models :func:`parse_payload` returns."""


def parse_payload(
    body: str | bytes,
    *,
    amt: str | None = None,
    signature: str | None = None,
    strict: bool = False,
) -> WebhookPayload:
    """Parse a webhook delivery into a generated model, verifying its signature given an AMT.

    Prefer :func:`receive`, which also reads the headers, answers ``VERIFY``, accepts several
    tokens and normalises signal references. v4 events (``eventType``: VERIFY, VEHICLE_STATE,
    VEHICLE_ERROR) and v2.0 payloads (``eventName``: verify, scheduled, dynamic, eventBased)
    are recognised; an unknown v4 event type parses as the generic ``WebhookV4Event``.
    Members of the wrong JSON type are kept as sent, unless ``strict`` is set.

    Raises:
        WebhookSignatureError: ``amt`` was given and the signature does not match.
        WebhookPayloadError: the body is not a JSON webhook payload, or (``strict``) one of its
            typed members has the wrong JSON type (``"challenge": {"a": 1}``).
        InvalidInputError: a ``signature`` was given without the ``amt`` to verify it with
            (the payload is never parsed unverified then).
    """
    raw = raw_bytes(body, "body")
    if amt is not None:
        verify_signature(amt, signature, raw)
    elif signature is not None:
        # The caller meant the payload to be verified: parsing it unverified would hide that.
        raise InvalidInputError(
            "parse_payload got a signature but no amt to verify it with: pass amt="
        )
    data: Any = decode_json(raw)
    if not isinstance(data, dict):
        raise WebhookPayloadError("webhook body must be a JSON object")
    failure: WebhookPayloadError | None = None
    try:
        model = payload_model(data)
        if model is not None:
            parsed = _whole(model.from_dict(data))
            if strict:
                from .._core.shape import check_model  # here: only strict parsing needs it

                check_model(parsed)
            return parsed  # type: ignore[no-any-return]
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as error:
        failure = WebhookPayloadError(
            "webhook body does not match the payload schema: "
            f"{type(error).__name__}: {str(error)[:200]}"
        )
    # Raised outside the except blocks, so the parser's error is not kept as __context__.
    if failure is not None:
        raise failure
    raise WebhookPayloadError("webhook body has neither eventType (v4) nor eventName (v2.0)")


def _whole(event: Any) -> Any:
    # Models read leniently (an odd member is kept and recorded); but an event whose body
    # (data, payload) is absent or not an object, or whose meta is not one, is not an event.
    for name, what in event.spec_deviations.items():
        if name in ("data", "payload") or (name == "meta" and what != MISSING):
            raise TypeError(f"{name}: {what}")
    return event
