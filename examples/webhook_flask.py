"""A Smartcar webhook receiver for Flask.

Run it (``pip install 'smartcar[examples]'``), with your Application Management Token; while you
rotate it, give the new and the old one, comma-separated, and both are accepted::

    export SMARTCAR_MANAGEMENT_TOKEN=new-token,old-token
    flask --app examples/webhook_flask.py run --port 8000

and set ``https://<your host>/webhooks/smartcar`` as the webhook's callback URI in the Smartcar
Dashboard. ``smartcar.webhooks.receive`` does the work: it verifies ``SC-Signature`` over the
raw body, answers ``VERIFY`` and types the event; each event is handled once, however often
Smartcar retries it.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence

from flask import Flask, Response, request

from smartcar import SmartcarException, WebhookSignatureError, webhooks

Handler = Callable[[webhooks.WebhookEvent], None]
log = logging.getLogger(__name__)


def log_event(event: webhooks.WebhookEvent) -> None:
    """The default handler: log what changed. Replace it with your own."""
    changed = ", ".join(t.signal.path or "?" for t in event.triggers if t.signal) or "-"
    log.info("%s for vehicle %s (%s)", event.event_type, event.vehicle_id, changed)


def create_app(
    tokens: Sequence[str] | None = None,
    handle: Handler = log_event,
    deduplicator: webhooks.Deduplicator | None = None,
) -> Flask:
    """The Flask app; ``tokens`` default to ``SMARTCAR_MANAGEMENT_TOKEN`` (comma-separated)."""
    amt = list(tokens or os.environ["SMARTCAR_MANAGEMENT_TOKEN"].split(","))
    seen = deduplicator or webhooks.Deduplicator()
    app = Flask(__name__)

    @app.post("/webhooks/smartcar")
    def smartcar_webhook() -> Response:
        # The raw bytes: the signature is over them, not over re-serialised JSON.
        body = request.get_data(cache=False)
        try:
            delivery = webhooks.receive(body, request.headers, amt)
        except WebhookSignatureError as error:
            return Response(error.message, 401, mimetype="text/plain")
        except SmartcarException as error:
            return Response(error.message, 400, mimetype="text/plain")
        if not delivery.is_verify and seen.first_time(delivery.event):
            handle(delivery.event)
        return Response(delivery.content, delivery.status_code, mimetype=delivery.media_type)

    return app


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    create_app().run(port=8000)
