"""``with_raw_response``: the raw answer of any operation, sync and async, and ``.parse()``."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx2
import pytest

import smartcar
import smartcar.aio
from smartcar import types, v3
from smartcar.testing import (
    DEFAULT_CLIENT_ID,
    DEFAULT_CLIENT_SECRET,
    Simulator,
    SimulatorTransport,
)

from .._helpers import TESLA, USER

pytestmark = pytest.mark.tesla_connected


def vehicle(sim: Simulator, **options: Any) -> smartcar.Vehicle:
    token = sim.issue_token()["access_token"]
    return smartcar.Vehicle(sim.vehicle_ids[0], token, transport=SimulatorTransport(sim), **options)


def test_a_read_gives_status_headers_request_id_attempts_and_its_result(sim: Simulator) -> None:
    car = vehicle(sim)
    raw = car.with_raw_response.odometer()
    assert isinstance(raw, smartcar.RawResponse)
    assert raw.status_code == 200
    assert raw.operation_id == "get_odometer"
    assert raw.attempts == 1
    assert 0 <= raw.elapsed < 60  # from the call's start: seconds, not a clock reading
    assert raw.method == "GET" and raw.url.endswith(f"/vehicles/{car.vehicle_id}/odometer")
    odometer = raw.parse()
    assert isinstance(odometer, types.Odometer)
    assert raw.parse() is odometer  # parsed once
    assert raw.request_id is not None and raw.request_id == odometer.meta.request_id
    # Headers read in any casing, as the API's SC-* headers are documented.
    assert raw.headers["sc-data-age"] == raw.headers["SC-Data-Age"]
    assert "SC-Fetched-At" in raw.headers
    assert raw.request_id in repr(raw) and "get_odometer" in repr(raw)
    # The plain call on the same object is unchanged.
    assert isinstance(car.odometer(), types.Odometer)


def test_no_credential_shows_in_the_raw_response(sim: Simulator) -> None:
    token = sim.issue_token()["access_token"]
    car = smartcar.Vehicle(sim.vehicle_ids[0], token, transport=SimulatorTransport(sim))
    raw = car.with_raw_response.odometer()
    assert raw.request_headers["Authorization"] == "[REDACTED]"
    shown = " ".join([repr(raw), str(dict(raw.request_headers)), str(dict(raw.headers))])
    assert token not in shown


def test_attempts_count_the_retries(sim: Simulator) -> None:
    sim.fail_next("RATE_LIMIT", retry_after=0)
    raw = vehicle(sim).with_raw_response.odometer()
    assert raw.attempts == 2
    assert raw.status_code == 200


def test_an_error_raises_as_without_it_and_carries_the_answer(sim: Simulator) -> None:
    sim.fail_next("VEHICLE_STATE:ASLEEP")
    with pytest.raises(smartcar.VehicleStateError) as raised:
        vehicle(sim).with_raw_response.odometer()
    error = raised.value
    assert error.status_code == 409
    assert error.request_id is not None
    assert error.headers is not None and error.headers["SC-Request-Id"] == error.request_id


def test_parse_raises_what_the_plain_call_raises_for_a_bad_body() -> None:
    transport = httpx2.MockTransport(lambda request: httpx2.Response(200, content=b"not json"))
    car = smartcar.Vehicle("v", "token-value", transport=transport)
    raw = car.with_raw_response.odometer()
    assert raw.status_code == 200 and raw.content == b"not json"
    with pytest.raises(smartcar.InvalidResponseError):
        raw.parse()
    with pytest.raises(smartcar.InvalidResponseError):
        car.odometer()


def test_with_options_keeps_the_raw_view(sim: Simulator) -> None:
    raw = vehicle(sim).with_raw_response.with_options(max_retries=0).set_charge_limit(0.8)
    assert isinstance(raw, smartcar.RawResponse)
    assert isinstance(raw.parse(), types.Action)
    assert raw.operation_id == "set_charge_limit"


def test_auth_client_and_module_functions(sim: Simulator) -> None:
    transport = SimulatorTransport(sim)
    issued = sim.issue_token()
    client = smartcar.AuthClient(
        sim.client_id, sim.client_secret, sim.redirect_uri, transport=transport
    )
    raw_access = client.with_raw_response.exchange_refresh_token(issued["refresh_token"])
    access = raw_access.parse()
    assert isinstance(access, types.Access)
    # The new tokens are in the result, never in what the raw response shows.
    assert access.access_token not in repr(raw_access)
    assert issued["refresh_token"] not in str(dict(raw_access.request_headers))
    vehicles = smartcar.with_raw_response.get_vehicles(access.access_token, transport=transport)
    assert vehicles.operation_id == "get_vehicles"
    assert (
        vehicles.parse().vehicles
        == smartcar.get_vehicles(access.access_token, transport=transport).vehicles
    )


def test_app_and_its_vehicle(sim: Simulator) -> None:
    app = smartcar.App(DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, transport=SimulatorTransport(sim))
    raw = app.vehicle(TESLA, USER).with_raw_response.lock_doors()
    assert raw.operation_id == "lock_doors"
    assert isinstance(raw.parse(), v3.CommandExecution)
    read = app.vehicle(TESLA, USER).with_raw_response.get_vehicle()
    assert isinstance(read.parse(), types.V3Vehicle)
    # The token request the call needed is not an attempt of the call.
    assert raw.attempts == 1 and read.attempts == 1


def test_async_clients_and_module_functions(sim: Simulator) -> None:
    token = sim.issue_token()["access_token"]

    async def main() -> tuple[Any, ...]:
        transport = SimulatorTransport(sim)
        car = smartcar.AsyncVehicle(TESLA, token, transport=transport)
        app = smartcar.AsyncApp(DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, transport=transport)
        return (
            await car.with_raw_response.odometer(),
            await car.with_raw_response.lock(),
            await app.vehicle(TESLA, USER).with_raw_response.lock_doors(),
            await smartcar.aio.with_raw_response.get_user(token, transport=transport),
        )

    odometer, lock, lock_doors, user = asyncio.run(main())
    assert isinstance(odometer.parse(), types.Odometer) and odometer.attempts == 1
    assert isinstance(lock.parse(), types.Action) and lock.operation_id == "control_security"
    assert isinstance(lock_doors.parse(), v3.CommandExecution)
    assert isinstance(user.parse(), types.User) and user.status_code == 200
