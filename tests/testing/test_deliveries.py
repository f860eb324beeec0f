"""The simulator signs webhook deliveries as Smartcar does, and POSTs them to an endpoint."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar

import pytest
from smartcar_openapi.models import WebhookV4VehicleStateEvent

import smartcar
from smartcar import webhooks
from smartcar.testing import DEFAULT_MANAGEMENT_TOKEN, Simulator

FORD = "b7e3f6a2-5c4d-4a8b-8e1f-6d2c9a4b3e02"

try:  # pytest-recording blocks sockets under --block-network; the endpoint is on loopback.
    import pytest_recording  # noqa: F401
except ImportError:  # pragma: no cover - only without the dev dependencies
    pass
else:
    pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])


def test_a_delivery_is_signed_with_the_management_token() -> None:
    sim = Simulator()
    delivery = sim.webhook_delivery(FORD)
    expected = hmac.new(DEFAULT_MANAGEMENT_TOKEN.encode(), delivery.body, hashlib.sha256)
    assert delivery.signature == expected.hexdigest()
    assert delivery.headers["Content-Type"] == "application/json"
    assert webhooks.verify_payload(DEFAULT_MANAGEMENT_TOKEN, delivery.signature, delivery.body)
    assert not webhooks.verify_payload("another-amt", delivery.signature, delivery.body)


def test_a_delivery_carries_the_vehicle_s_current_state() -> None:
    sim = Simulator()
    user = sim.connect([FORD])
    sim.state(FORD).charge_state = "CHARGING"
    delivery = sim.webhook_delivery(FORD)
    event = webhooks.parse_payload(
        delivery.body, amt=DEFAULT_MANAGEMENT_TOKEN, signature=delivery.signature
    )
    assert isinstance(event, WebhookV4VehicleStateEvent)
    assert event.vehicle_id == FORD and event.data.user is not None
    assert event.data.user.id == user
    bodies = {s.code: s.body for s in event.data.signals or []}
    assert bodies["charge-ischarging"] == {"value": True}
    assert bodies["tractionbattery-stateofcharge"]["unit"] == "percent"
    raw = json.loads(delivery.body)
    assert raw["meta"]["signalCount"] == 2 and raw["meta"]["mode"] == "LIVE"
    assert raw["triggers"] == [
        {"type": "SIGNAL_UPDATED", "signal": "TractionBattery.StateOfCharge"}
    ]
    # Every delivery has its own ids.
    assert json.loads(sim.webhook_delivery(FORD).body)["eventId"] != raw["eventId"]


def test_a_delivery_holds_only_the_signals_the_vehicle_has() -> None:
    sim = Simulator()
    odometer_only = sim.webhook_delivery(FORD, codes=["odometer-traveleddistance"])
    assert [s["code"] for s in json.loads(odometer_only.body)["data"]["signals"]] == [
        "odometer-traveleddistance"
    ]
    with pytest.raises(KeyError):
        sim.webhook_delivery(FORD, codes=["no-such-signal"])
    with pytest.raises(KeyError):
        sim.webhook_delivery("no-such-vehicle")


class _Endpoint(BaseHTTPRequestHandler):
    received: ClassVar[list[tuple[bytes, str | None]]] = []

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.received.append((body, self.headers.get("SC-Signature")))
        self.send_response(204)
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def endpoint() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Endpoint)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    _Endpoint.received.clear()
    try:
        yield f"http://127.0.0.1:{server.server_port}/hook"
    finally:
        server.shutdown()
        server.server_close()


def test_deliver_webhook_posts_the_signed_body(endpoint: str) -> None:
    sim = Simulator()
    assert sim.deliver_webhook(endpoint, FORD) == 204
    [(body, signature)] = _Endpoint.received
    assert signature is not None
    webhooks.verify_signature(DEFAULT_MANAGEMENT_TOKEN, signature, body)
    with pytest.raises(smartcar.WebhookSignatureError):
        webhooks.verify_signature(DEFAULT_MANAGEMENT_TOKEN, signature, body + b" ")
