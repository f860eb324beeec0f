"""A Smartcar webhook receiver for FastAPI.

Run it (``pip install 'smartcar[examples]'``), with your Application Management Token; while you
rotate it, give the new and the old one, comma-separated, and both are accepted::

    export SMARTCAR_MANAGEMENT_TOKEN=new-token,old-token
    uvicorn --factory examples.webhook_fastapi:create_app --port 8000

and set ``https://<your host>/webhooks/smartcar`` as the webhook's callback URI in the Smartcar
Dashboard. The endpoint reads the raw body (``await request.body()``), never a parsed model:
``smartcar.webhooks.receive`` verifies ``SC-Signature`` over those bytes, answers ``VERIFY``
and types the event.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence

from fastapi import FastAPI, Request, Response

from smartcar import SmartcarException, WebhookSignatureError, webhooks

Handler = Callable[[webhooks.WebhookEvent], None]
log = logging.getLogger(__name__)


def log_event(event: webhooks.WebhookEvent) -> None:
    """The default handler: log the event and its errors. Replace it with your own."""
    problems = [f"{e.type}:{e.code}" for e in event.errors]
    log.info("%s %s for vehicle %s %s", event.event_type, event.key, event.vehicle_id, problems)


def create_app(
    tokens: Sequence[str] | None = None,
    handle: Handler = log_event,
    deduplicator: webhooks.Deduplicator | None = None,
) -> FastAPI:
    """The FastAPI app; ``tokens`` default to ``SMARTCAR_MANAGEMENT_TOKEN`` (comma-separated)."""
    amt = list(tokens or os.environ["SMARTCAR_MANAGEMENT_TOKEN"].split(","))
    seen = deduplicator or webhooks.Deduplicator()
    app = FastAPI()

    @app.post("/webhooks/smartcar")
    async def smartcar_webhook(request: Request) -> Response:
        try:
            delivery = webhooks.receive(await request.body(), request.headers, amt)
        except WebhookSignatureError as error:
            return Response(error.message, 401, media_type="text/plain")
        except SmartcarException as error:
            return Response(error.message, 400, media_type="text/plain")
        # afirst_time also takes an asyncio store (redis.asyncio: AsyncDeliveryStore).
        if not delivery.is_verify and await seen.afirst_time(delivery.event):
            handle(delivery.event)
        return Response(delivery.content, delivery.status_code, media_type=delivery.media_type)

    return app
