"""read_fleet / aread_fleet: bounded concurrency, results in order, per-vehicle rate limits."""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import httpx2
import pytest

import smartcar
from smartcar import fleet
from smartcar.testing import Simulator, SimulatorTransport

ODO_LOC = ["odometer", "location"]


@pytest.fixture
def sim() -> Simulator:
    return Simulator(extra_vehicles=6)


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Record every wait of the engine's drivers instead of waiting.

    The fleet's rate-limit waits are the engine's Sleep actions, so a wait of the engine's own
    retries would show up here as well: one entry per Retry-After means only one of them
    waited.
    """
    seen: list[float] = []
    real_async_sleep = asyncio.sleep

    async def async_sleep(seconds: float) -> None:
        seen.append(seconds)
        await real_async_sleep(0)

    monkeypatch.setattr(time, "sleep", seen.append)
    monkeypatch.setattr(asyncio, "sleep", async_sleep)
    return seen


def expected(sim: Simulator, token: str, vehicle_id: str) -> dict[str, Any]:
    with smartcar.Vehicle(vehicle_id, token, transport=SimulatorTransport(sim)) as v:
        return {"odometer": v.odometer(), "location": v.location()}


def test_exported_from_smartcar() -> None:
    assert smartcar.read_fleet is fleet.read_fleet
    assert smartcar.aread_fleet is fleet.aread_fleet
    assert smartcar.FleetResult is fleet.FleetResult
    assert {"read_fleet", "aread_fleet", "FleetResult"} <= set(smartcar.__all__)


def test_sync_results_in_input_order(sim: Simulator, token: str, client: httpx2.Client) -> None:
    ids = list(reversed(sim.vehicle_ids))
    results = smartcar.read_fleet(
        [(vid, token) for vid in ids], ODO_LOC, max_workers=3, http_client=client
    )
    assert [r.vehicle_id for r in results] == ids
    for result in results:
        assert result.ok and result.error is None
        assert dict(result.results) == expected(sim, token, result.vehicle_id)
        assert result["odometer"].distance > 0
    # Different vehicles really were read: not one answer repeated.
    assert len({r["odometer"].distance for r in results}) == len(ids)


def test_async_results_in_input_order(sim: Simulator, token: str) -> None:
    ids = sim.vehicle_ids

    async def main() -> list[fleet.FleetResult]:
        async with httpx2.AsyncClient(transport=SimulatorTransport(sim)) as c:
            return await smartcar.aread_fleet(
                [(vid, token) for vid in ids], ODO_LOC, concurrency=3, http_client=c
            )

    results = asyncio.run(main())
    assert [r.vehicle_id for r in results] == ids
    for result in results:
        assert result.ok
        assert dict(result.results) == expected(sim, token, result.vehicle_id)


def test_vehicle_objects_and_pairs_mix(sim: Simulator, token: str, client: httpx2.Client) -> None:
    first, second, *_ = sim.vehicle_ids
    imperial = smartcar.Vehicle(
        first, token, {"unit_system": "imperial"}, transport=SimulatorTransport(sim)
    )
    results = smartcar.read_fleet([imperial, (second, token)], "odometer", http_client=client)
    assert [r.vehicle_id for r in results] == [first, second]
    # The Vehicle keeps its own options; the pair gets the defaults.
    assert results[0]["odometer"].meta.unit_system == "imperial"
    assert results[1]["odometer"].meta.unit_system == "metric"
    imperial.close()


def test_one_failure_does_not_cancel_the_rest(
    sim: Simulator, token: str, client: httpx2.Client
) -> None:
    good = sim.vehicle_ids[:3]
    items = [(good[0], token), (good[1], "wrong-token"), (good[2], token)]
    results = smartcar.read_fleet(items, ODO_LOC, max_workers=2, http_client=client)
    assert [r.ok for r in results] == [True, False, True]
    bad = results[1]
    assert set(bad.errors) == {"odometer", "location"}
    assert isinstance(bad.error, smartcar.AuthenticationError)
    with pytest.raises(smartcar.AuthenticationError):
        bad["odometer"]
    with pytest.raises(KeyError):
        results[0]["fuel"]


def test_per_endpoint_errors_keep_the_other_results(
    sim: Simulator, token: str, client: httpx2.Client
) -> None:
    tesla = sim.vehicle_ids[0]  # electric: no fuel tank
    (result,) = smartcar.read_fleet([(tesla, token)], ["odometer", "fuel"], http_client=client)
    assert not result.ok
    assert set(result.results) == {"odometer"}
    assert isinstance(result.errors["fuel"], smartcar.CompatibilityError)
    assert result.error is result.errors["fuel"]


def test_rate_limit_waits_for_that_vehicle_only_then_retries(
    sim: Simulator, token: str, client: httpx2.Client, waits: list[float]
) -> None:
    limited = sim.vehicle_ids[2]
    sim.fail_next("RATE_LIMIT:VEHICLE", vehicle_id=limited, retry_after=1)
    results = smartcar.read_fleet(
        [(vid, token) for vid in sim.vehicle_ids], ODO_LOC, max_workers=4, http_client=client
    )
    assert all(r.ok for r in results)
    # One wait, of the Retry-After: the fleet's; the engine did not wait as well.
    assert waits == [1.0]
    assert dict(results[2].results) == expected(sim, token, limited)


def test_async_rate_limit_waits_then_retries(
    sim: Simulator, token: str, waits: list[float]
) -> None:
    limited = sim.vehicle_ids[1]
    sim.fail_next("RATE_LIMIT:VEHICLE", vehicle_id=limited, retry_after=1, times=2)

    async def main() -> list[fleet.FleetResult]:
        async with httpx2.AsyncClient(transport=SimulatorTransport(sim)) as c:
            return await smartcar.aread_fleet(
                [(vid, token) for vid in sim.vehicle_ids], ODO_LOC, http_client=c
            )

    results = asyncio.run(main())
    assert all(r.ok for r in results)
    assert waits == [1.0, 1.0]


def test_rate_limit_retries_are_bounded(
    sim: Simulator, token: str, client: httpx2.Client, waits: list[float]
) -> None:
    limited = sim.vehicle_ids[0]
    sim.fail_next("RATE_LIMIT:VEHICLE", vehicle_id=limited, retry_after=1, times=10)
    (result,) = smartcar.read_fleet(
        [(limited, token)], ODO_LOC, rate_limit_retries=2, http_client=client
    )
    assert waits == [1.0, 1.0]
    # The budget is the vehicle's: once spent, later reads are not waited for either.
    assert isinstance(result.errors["odometer"], smartcar.RateLimitError)
    assert isinstance(result.errors["location"], smartcar.RateLimitError)


def test_retry_after_above_the_cap_is_not_waited_for(
    sim: Simulator, token: str, client: httpx2.Client, waits: list[float]
) -> None:
    limited = sim.vehicle_ids[0]
    sim.fail_next("RATE_LIMIT:VEHICLE", vehicle_id=limited, retry_after=120)
    (result,) = smartcar.read_fleet(
        [(limited, token)], ODO_LOC, max_rate_limit_wait=60, http_client=client
    )
    assert waits == []
    error = result.errors["odometer"]
    assert isinstance(error, smartcar.RateLimitError) and error.retry_after == 120
    assert "location" in result.results


def test_progress_is_reported_in_the_calling_thread(
    sim: Simulator, token: str, client: httpx2.Client
) -> None:
    calls: list[tuple[int, int, str]] = []
    items = [(vid, token) for vid in sim.vehicle_ids]
    smartcar.read_fleet(
        items,
        "odometer",
        max_workers=3,
        http_client=client,
        on_progress=lambda done, total: calls.append(
            (done, total, threading.current_thread().name)
        ),
    )
    n = len(items)
    assert [(d, t) for d, t, _ in calls] == [(i, n) for i in range(1, n + 1)]
    assert {name for _, _, name in calls} == {threading.current_thread().name}


def test_async_progress(sim: Simulator, token: str) -> None:
    calls: list[tuple[int, int]] = []

    async def main() -> None:
        async with httpx2.AsyncClient(transport=SimulatorTransport(sim)) as c:
            await smartcar.aread_fleet(
                [(vid, token) for vid in sim.vehicle_ids],
                "odometer",
                http_client=c,
                on_progress=lambda done, total: calls.append((done, total)),
            )

    asyncio.run(main())
    n = len(sim.vehicle_ids)
    assert calls == [(i, n) for i in range(1, n + 1)]


class GatedTransport(httpx2.BaseTransport):
    """Holds the first ``width`` requests until all of them are in flight together."""

    def __init__(self, sim: Simulator, width: int) -> None:
        self.inner = SimulatorTransport(sim)
        self.barrier = threading.Barrier(width, timeout=10)
        self.lock = threading.Lock()
        self.in_flight = 0
        self.most = 0
        self.gated = 0

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        with self.lock:
            self.in_flight += 1
            self.most = max(self.most, self.in_flight)
            gate = self.gated < self.barrier.parties
            self.gated += 1
        try:
            if gate:
                # Fails (BrokenBarrierError) unless `width` requests really run at once.
                self.barrier.wait()
            return self.inner.handle_request(request)
        finally:
            with self.lock:
                self.in_flight -= 1


def test_thread_pool_runs_max_workers_at_once_and_no_more(sim: Simulator, token: str) -> None:
    transport = GatedTransport(sim, width=3)
    with httpx2.Client(transport=transport) as c:
        results = smartcar.read_fleet(
            [(vid, token) for vid in sim.vehicle_ids], ODO_LOC, max_workers=3, http_client=c
        )
    assert all(r.ok for r in results)
    assert transport.most == 3


class AsyncGatedTransport(httpx2.AsyncBaseTransport):
    def __init__(self, sim: Simulator, width: int) -> None:
        self.inner = SimulatorTransport(sim)
        self.width = width
        self.in_flight = 0
        self.most = 0
        self.full = asyncio.Event()

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        self.in_flight += 1
        self.most = max(self.most, self.in_flight)
        if self.in_flight == self.width:
            self.full.set()
        try:
            # Every request waits until `width` are in flight at once (then never again).
            await asyncio.wait_for(self.full.wait(), timeout=10)
            return await self.inner.handle_async_request(request)
        finally:
            self.in_flight -= 1


def test_async_concurrency_is_bounded(sim: Simulator, token: str) -> None:
    async def main() -> tuple[list[fleet.FleetResult], int]:
        transport = AsyncGatedTransport(sim, width=4)
        async with httpx2.AsyncClient(transport=transport) as c:
            results = await smartcar.aread_fleet(
                [(vid, token) for vid in sim.vehicle_ids], ODO_LOC, concurrency=4, http_client=c
            )
        return results, transport.most

    results, most = asyncio.run(main())
    assert all(r.ok for r in results)
    assert most == 4


def test_invalid_input_fails_before_any_request(sim: Simulator, token: str) -> None:
    calls: list[httpx2.Request] = []
    transport = httpx2.MockTransport(lambda r: calls.append(r) or httpx2.Response(500))
    with httpx2.Client(transport=transport) as c:
        pair = [(sim.vehicle_ids[0], token)]
        for endpoints in (["lock"], [], ["odometer", "odometer"], ["nope"]):
            with pytest.raises(smartcar.InvalidInputError):
                smartcar.read_fleet(pair, endpoints, http_client=c)
        with pytest.raises(smartcar.InvalidInputError):
            smartcar.read_fleet(pair, "odometer", max_workers=0, http_client=c)
        with pytest.raises(smartcar.InvalidInputError):
            smartcar.read_fleet(pair, "odometer", max_rate_limit_wait=-1, http_client=c)
        with pytest.raises(smartcar.InvalidInputError, match="aread_fleet"):
            smartcar.read_fleet([smartcar.AsyncVehicle("v", token)], "odometer")
        with pytest.raises(smartcar.InvalidInputError):
            smartcar.read_fleet([("", token)], "odometer", http_client=c)
        with pytest.raises(smartcar.InvalidInputError):
            smartcar.read_fleet(["just-an-id"], "odometer", http_client=c)  # type: ignore[list-item]
    with pytest.raises(smartcar.InvalidInputError, match="read_fleet"):
        asyncio.run(smartcar.aread_fleet([smartcar.Vehicle("v", token)], "odometer"))  # type: ignore[list-item]
    with pytest.raises(smartcar.InvalidInputError):
        asyncio.run(smartcar.aread_fleet([("v", token)], "odometer", concurrency=0))
    assert calls == []


def test_empty_fleet() -> None:
    assert smartcar.read_fleet([], "odometer") == []
    assert asyncio.run(smartcar.aread_fleet([], "odometer")) == []


def test_progress_callback_error_stops_the_run(
    sim: Simulator, token: str, client: httpx2.Client
) -> None:
    def explode(done: int, total: int) -> None:
        raise RuntimeError("stop")

    with pytest.raises(RuntimeError, match="stop"):
        smartcar.read_fleet(
            [(vid, token) for vid in sim.vehicle_ids],
            "odometer",
            max_workers=1,
            http_client=client,
            on_progress=explode,
        )


def test_async_progress_callback_error_cancels_the_rest(sim: Simulator, token: str) -> None:
    started: list[str] = []

    class Recording(httpx2.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
            started.append(request.url.path)
            return await SimulatorTransport(sim).handle_async_request(request)

    def explode(done: int, total: int) -> None:
        raise RuntimeError("stop")

    async def main() -> None:
        async with httpx2.AsyncClient(transport=Recording()) as c:
            await smartcar.aread_fleet(
                [(vid, token) for vid in sim.vehicle_ids],
                "odometer",
                concurrency=1,
                http_client=c,
                on_progress=explode,
            )

    with pytest.raises(RuntimeError, match="stop"):
        asyncio.run(main())
    # Only the first vehicle was read: the rest were cancelled, not run to completion.
    assert len(started) == 1


@pytest.mark.parametrize("asynchronous", [False, True])
def test_vehicle_keywords_reach_every_vehicle_built_from_a_pair(
    monkeypatch: pytest.MonkeyPatch, asynchronous: bool
) -> None:
    built: list[smartcar.vehicle.BaseVehicle] = []

    def record(vehicle: Any, *_: Any) -> fleet.FleetResult:
        built.append(vehicle)
        return fleet.FleetResult(vehicle.vehicle_id, {}, {})

    async def arecord(vehicle: Any, *rest: Any) -> fleet.FleetResult:
        return record(vehicle, *rest)

    monkeypatch.setattr(fleet, "_read_one", record)
    monkeypatch.setattr(fleet, "_aread_one", arecord)
    origins = smartcar.Origins(api="http://127.0.0.1:9")
    keywords: dict[str, Any] = {
        "options": {"unit_system": "imperial", "version": "2.0"},
        "timeout": 7.0,
        "max_retries": 0,
        "origins": origins,
        "deadline": 5.0,
        "max_response_bytes": 12345,
    }
    pairs = [("vehicle-1", "token-1"), ("vehicle-2", "token-2")]
    if asynchronous:
        client: Any = httpx2.AsyncClient()
        asyncio.run(smartcar.aread_fleet(pairs, "odometer", http_client=client, **keywords))
        asyncio.run(client.aclose())
    else:
        client = httpx2.Client()
        smartcar.read_fleet(pairs, "odometer", http_client=client, **keywords)
        client.close()
    assert [v.vehicle_id for v in built] == ["vehicle-1", "vehicle-2"]
    for vehicle in built:
        assert isinstance(vehicle, smartcar.AsyncVehicle if asynchronous else smartcar.Vehicle)
        settings = vehicle.settings
        assert settings.origins == origins
        assert settings.timeout == httpx2.Timeout(7.0)
        assert settings.max_retries == 0
        assert settings.deadline == 5.0
        assert settings.max_response_bytes == 12345
        assert vehicle._unit_system == "imperial"
        expected = vehicle._async_http_client if asynchronous else vehicle._http_client
        assert expected is client
