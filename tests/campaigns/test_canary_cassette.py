"""Canary: credentials used while recording never reach a cassette file."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import vcr

import smartcar
from smartcar.testing import Simulator, SimulatorTransport
from smartcar.testing.cassettes import find_secrets, vcr_config

CLIENT_ID = "canary-client-id"
CLIENT_SECRET = "canary-client-secret-7f3a9c"
AMT = "canary-management-token-51be"
REDIRECT = "http://localhost:8000/callback"


def test_recorded_cassette_holds_none_of_the_planted_secrets(tmp_path: Path) -> None:
    sim = Simulator(
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        redirect_uri=REDIRECT,
        management_token=AMT,
    )
    transport = SimulatorTransport(sim)
    recorder = vcr.VCR(**vcr_config())
    cassette = tmp_path / "canary.yaml"
    planted: list[str] = [CLIENT_SECRET, AMT]
    with recorder.use_cassette(str(cassette), record_mode="all"):
        client = smartcar.AuthClient(CLIENT_ID, CLIENT_SECRET, REDIRECT, transport=transport)
        url = client.get_auth_url(["read_odometer", "read_vehicle_info"])
        code = parse_qs(urlsplit(sim.authorize(url)).query)["code"][0]
        access = client.exchange_code(code)
        renewed = client.exchange_refresh_token(access.refresh_token)
        vehicle = smartcar.Vehicle(sim.vehicle_ids[0], renewed.access_token, transport=transport)
        vehicle.odometer()
        vehicle.subscribe("webhook-1")
        vehicle.unsubscribe(AMT, "webhook-1")
        smartcar.Vehicle(sim.vehicle_ids[0], renewed.access_token, transport=transport).request(
            "DELETE", "application", headers={"Authorization": f"Bearer {AMT}"}
        )
        planted += [code, access.access_token, access.refresh_token]
        planted += [renewed.access_token, renewed.refresh_token]
    text = cassette.read_text()
    assert "oauth/token" in text and "/odometer" in text  # the calls were recorded
    for secret in planted:
        assert secret not in text
    assert find_secrets(text, known=planted) == []
