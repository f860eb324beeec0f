"""examples/metering.py counts the calls Smartcar bills, per vehicle and month."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import httpx2
import pytest

import smartcar
from examples.metering import CallMeter, main
from smartcar.testing import Simulator, SimulatorTransport


def test_reads_commands_and_retries_count_per_vehicle(sim: Simulator) -> None:
    token = sim.issue_token()["access_token"]
    first, second = sim.vehicle_ids[:2]
    meter = CallMeter(monthly_allowance=5)
    transport = SimulatorTransport(sim)
    car = smartcar.Vehicle(first, token, transport=transport, hooks=meter.hooks)
    car.odometer()
    car.lock()
    sim.fail_next("RATE_LIMIT", retry_after=0)
    car.location()  # answered twice: the 429 counts, as Smartcar received it
    smartcar.get_vehicles(token, transport=transport)  # no vehicle: not metered
    assert meter.used(first) == 4
    assert meter.commands(first) == 1
    assert meter.remaining(first) == 1
    assert meter.used(second) == 0 and meter.remaining(second) == 5


def test_an_attempt_that_never_reached_the_api_is_not_counted() -> None:
    meter = CallMeter(monthly_allowance=10)

    def refuse(request: httpx2.Request) -> httpx2.Response:
        raise httpx2.ConnectError("refused")

    car = smartcar.Vehicle(
        "car-1", "token-value", transport=httpx2.MockTransport(refuse), hooks=meter.hooks
    )
    with pytest.raises(smartcar.NetworkError):
        car.with_options(max_retries=0).odometer()
    assert meter.used("car-1") == 0


def test_the_count_starts_again_each_month_and_async_calls_count(sim: Simulator) -> None:
    token = sim.issue_token()["access_token"]
    vehicle_id = sim.vehicle_ids[0]
    month = [datetime(2026, 11, 30, 23, 59, tzinfo=UTC)]
    meter = CallMeter(monthly_allowance=3, now=lambda: month[0])

    async def read() -> None:
        car = smartcar.AsyncVehicle(
            vehicle_id, token, transport=SimulatorTransport(sim), hooks=meter.hooks
        )
        await car.odometer()

    asyncio.run(read())
    assert meter.remaining(vehicle_id) == 2
    month[0] = datetime(2026, 12, 1, 0, 1, tzinfo=UTC)
    assert meter.used(vehicle_id) == 0 and meter.remaining(vehicle_id) == 3


def test_the_demonstration_prints_the_count(capsys: pytest.CaptureFixture[str]) -> None:
    main()
    assert "3 calls (1 commands), 497 left this month" in capsys.readouterr().out
