"""One way to point everything at the simulator, and module functions on your own transport."""

from __future__ import annotations

import argparse
import asyncio
from dataclasses import fields

import httpx2
import pytest

import smartcar
import smartcar.aio
from smartcar import Origins
from smartcar.testing import Simulator, SimulatorTransport, add_port_option

# Written out, not taken from smartcar._core.config: these names are the documented contract.
ORIGIN_VARIABLES = {
    "api": "SMARTCAR_API_ORIGIN",
    "auth": "SMARTCAR_AUTH_ORIGIN",
    "connect": "SMARTCAR_CONNECT_ORIGIN",
    "management": "SMARTCAR_MANAGEMENT_API_ORIGIN",
    "vehicle_v3": "SMARTCAR_VEHICLE_API_V3_ORIGIN",
    "iam": "SMARTCAR_IAM_ORIGIN",
    "management_v3": "SMARTCAR_MANAGEMENT_API_V3_ORIGIN",
    "compatibility_v3": "SMARTCAR_COMPATIBILITY_API_V3_ORIGIN",
}


@pytest.fixture(autouse=True)
def no_origins(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (*ORIGIN_VARIABLES.values(), "SMARTCAR_SIMULATOR_URL"):
        monkeypatch.delenv(name, raising=False)


def test_the_simulator_url_is_every_origin_not_set_otherwise(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert {f.name for f in fields(Origins)} == set(ORIGIN_VARIABLES)
    monkeypatch.setenv("SMARTCAR_SIMULATOR_URL", "http://127.0.0.1:8765/")
    origins = Origins.resolve()
    assert {getattr(origins, name) for name in ORIGIN_VARIABLES} == {"http://127.0.0.1:8765"}
    assert origins.token_url == "http://127.0.0.1:8765/oauth/token"
    # An origin's own variable, and an explicit value, still win.
    monkeypatch.setenv("SMARTCAR_IAM_ORIGIN", "http://127.0.0.1:9000")
    origins = Origins.resolve(api="http://127.0.0.1:9001")
    assert origins.iam == "http://127.0.0.1:9000" and origins.api == "http://127.0.0.1:9001"
    assert origins.management_v3 == "http://127.0.0.1:8765"


def test_without_the_simulator_url_the_origins_are_smartcar_s() -> None:
    assert Origins.resolve() == Origins()
    assert Origins().iam == "https://iam.smartcar.com"


def test_clients_created_after_the_variable_is_set_use_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SMARTCAR_SIMULATOR_URL", "http://127.0.0.1:8765")
    app = smartcar.App("client-id", "secret")
    assert app.settings.origins.iam == "http://127.0.0.1:8765"
    assert (
        smartcar.AuthClient("id", "secret", "http://localhost/cb")
        .get_auth_url(["read_odometer"])
        .startswith("http://127.0.0.1:8765/oauth/authorize?")
    )


def test_module_functions_take_a_transport_per_call() -> None:
    sim = Simulator()
    token = sim.issue_token()["access_token"]
    vehicles = smartcar.get_vehicles(token, transport=SimulatorTransport(sim))
    assert vehicles.vehicles == sim.vehicle_ids
    assert smartcar.get_user(token, transport=SimulatorTransport(sim)).id == sim.user_id
    with httpx2.Client(transport=SimulatorTransport(sim)) as client:
        assert smartcar.get_vehicles(token, http_client=client).vehicles == sim.vehicle_ids
        assert not client.is_closed  # the caller's client is never closed


def test_async_module_functions_take_a_transport_per_call() -> None:
    sim = Simulator()
    token = sim.issue_token()["access_token"]

    async def read() -> list[str]:
        result = await smartcar.aio.get_vehicles(token, transport=SimulatorTransport(sim))
        return result.vehicles

    assert asyncio.run(read()) == sim.vehicle_ids


def test_with_options_takes_a_transport_and_keeps_it_for_every_call() -> None:
    sim = Simulator()
    token = sim.issue_token()["access_token"]
    with smartcar.with_options(transport=SimulatorTransport(sim), max_retries=0) as api:
        assert api.get_user(token).id == sim.user_id
        # Another option later keeps the transport.
        assert api.with_options(timeout=5).get_vehicles(token).vehicles == sim.vehicle_ids
    sim.fail_next("SERVER:INTERNAL")
    # The simulator's failure reaches the call: max_retries=0 kept, nothing retried.
    with (
        smartcar.with_options(transport=SimulatorTransport(sim), max_retries=0) as api,
        pytest.raises(smartcar.ServerError),
    ):
        api.get_user(token)


def test_a_wrong_kind_of_client_fails_before_any_request() -> None:
    with pytest.raises(smartcar.InvalidInputError, match="http_client"):
        smartcar.get_vehicles("token", http_client=httpx2.AsyncClient())
    with pytest.raises(smartcar.InvalidInputError, match="either http_client or transport"):
        smartcar.with_options(
            http_client=httpx2.Client(),
            transport=httpx2.MockTransport(lambda r: httpx2.Response(200)),
        )


def test_the_port_option_reads_the_variable_and_refuses_a_bad_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def parsed(*argv: str, default: int = 0) -> int:
        parser = argparse.ArgumentParser(allow_abbrev=False)
        add_port_option(parser, default=default)
        port: int = parser.parse_args(argv).port
        return port

    monkeypatch.delenv("SMARTCAR_SIMULATOR_PORT", raising=False)
    assert parsed() == 0 and parsed(default=8765) == 8765
    monkeypatch.setenv("SMARTCAR_SIMULATOR_PORT", "8799")
    assert parsed() == 8799 and parsed(default=8765) == 8799
    assert parsed("--port", "8800") == 8800  # the option wins
    monkeypatch.setenv("SMARTCAR_SIMULATOR_PORT", "eighty")
    with pytest.raises(SystemExit) as exit_:
        parsed()
    assert exit_.value.code == 2
