"""The first vertical slice: the generated client alone lists vehicles and reads the odometer."""

from __future__ import annotations

import asyncio

import pytest
from smartcar_openapi import AuthenticatedClient
from smartcar_openapi.api.user import get_vehicles
from smartcar_openapi.api.vehicle_data import get_odometer
from smartcar_openapi.models import Odometer, SmartcarError, UnitSystem, VehicleList
from smartcar_openapi.types import Response

from smartcar.testing import Simulator, SimulatorTransport

from ..conftest import SmartcarEnv


def _client(env: SmartcarEnv) -> AuthenticatedClient:
    httpx_args = {} if env.sim is None else {"transport": SimulatorTransport(env.sim)}
    return AuthenticatedClient(
        base_url="https://api.smartcar.com", token=env.access_token, httpx_args=httpx_args
    )


@pytest.mark.vcr
def test_generated_client_lists_vehicles_and_reads_odometer(smartcar_env: SmartcarEnv) -> None:
    with _client(smartcar_env) as client:
        vehicles = get_vehicles.sync("2.0", client=client)
        assert isinstance(vehicles, VehicleList)
        assert smartcar_env.vehicle_id in vehicles.vehicles
        assert vehicles.paging.offset == 0

        metric = get_odometer.sync_detailed("2.0", smartcar_env.vehicle_id, client=client)
        assert metric.status_code == 200
        assert isinstance(metric.parsed, Odometer)
        assert metric.headers["SC-Unit-System"] == "metric"

        imperial = get_odometer.sync(
            "2.0", smartcar_env.vehicle_id, client=client, sc_unit_system=UnitSystem.IMPERIAL
        )
        assert isinstance(imperial, Odometer)
        # 1 mile = 1.609344 km: the simulator converts, and the cassette keeps both answers.
        assert imperial.distance == pytest.approx(metric.parsed.distance / 1.609344, rel=1e-3)


def test_generated_client_works_with_asyncio() -> None:
    sim = Simulator()
    token = sim.issue_token()["access_token"]

    def client(access_token: str) -> AuthenticatedClient:
        transport = SimulatorTransport(sim)
        return AuthenticatedClient(
            base_url="https://api.smartcar.com",
            token=access_token,
            httpx_args={"transport": transport},
        )

    async def read() -> tuple[object, object]:
        vehicle_id = sim.vehicle_ids[0]
        async with client(token) as good, client("not-a-token") as bad:
            detailed = await get_odometer.asyncio_detailed("2.0", vehicle_id, client=good)
            denied = await get_odometer.asyncio("2.0", vehicle_id, client=bad)
        return detailed, denied

    detailed, denied = asyncio.run(read())
    assert isinstance(detailed, Response) and detailed.status_code == 200
    assert isinstance(detailed.parsed, Odometer)
    assert detailed.parsed.distance == 104032.0
    # An error is the parsed error body, not an exception: the low-level client reports, the
    # SDK raises.
    assert isinstance(denied, SmartcarError) and denied.type_ == "AUTHENTICATION"
