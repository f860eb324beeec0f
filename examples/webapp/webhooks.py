"""``POST /webhooks/smartcar``: Smartcar's webhook deliveries update the vehicle pages.

``smartcar.webhooks.receive`` does the checking: it verifies ``SC-Signature`` over the raw
body against every application management token given (so one can be rotated), answers
``VERIFY`` and types the event. A ``Deduplicator`` on the app's database handles each event
once, however often Smartcar retries it; a ``VEHICLE_STATE`` stores its signals as the
vehicle's latest, which its page shows.
"""

from __future__ import annotations

import logging
from typing import Any

from flask import Blueprint, Response, abort, request

from smartcar import SmartcarException, WebhookSignatureError, webhooks

from .app import services

blueprint = Blueprint("webhooks", __name__)
log = logging.getLogger(__name__)


@blueprint.post("/webhooks/smartcar")
def receive_delivery() -> Response:
    """Verify a delivery, answer it, and store what it says (once per event)."""
    svc = services()
    if not svc.webhook_tokens:
        abort(404)  # no management token configured: no webhooks
    # The raw bytes: the signature is over them, not over re-serialised JSON.
    body = request.get_data(cache=False)
    try:
        delivery = webhooks.receive(body, request.headers, svc.webhook_tokens)
    except WebhookSignatureError as error:
        return Response(error.message, 401, mimetype="text/plain")
    except SmartcarException as error:
        return Response(error.message, 400, mimetype="text/plain")
    seen = svc.deduplicator
    if not delivery.is_verify and (seen is None or seen.first_time(delivery.event)):
        store(delivery.event)
    return Response(delivery.content, delivery.status_code, mimetype=delivery.media_type)


def store(event: webhooks.WebhookEvent) -> None:
    """Keep a vehicle's delivered signals, or the errors Smartcar reports for them."""
    if event.vehicle_id is None:
        return
    rows: list[dict[str, Any]] = []
    if event.event_type == "VEHICLE_STATE":
        rows = [
            {"code": s.code, "body": s.raw.get("body"), "status": s.status}
            for s in event.signals
            if s.code
        ]
    elif event.event_type == "VEHICLE_ERROR":
        rows = [
            {"code": ref.code, "body": None, "status": f"ERROR {e.type}:{e.code or '-'}"}
            for e in event.errors
            for ref in e.signals
            if ref.code
        ]
    # Ids only: a delivery's values are the user's data, and stay out of the logs.
    log.info("%s for vehicle %s: %d signals", event.event_type, event.vehicle_id, len(rows))
    if rows:
        services().database.save_signals(event.vehicle_id, event.event_id, rows)
