"""TokenManager: refresh ahead of expiry, single-flight, load/save callbacks, retry after 401."""

from __future__ import annotations

import asyncio
import threading
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

import smartcar
from smartcar.testing import (
    DEFAULT_CLIENT_ID,
    DEFAULT_CLIENT_SECRET,
    DEFAULT_REDIRECT_URI,
    Simulator,
    SimulatorTransport,
)


class CountingTransport(SimulatorTransport):
    """The simulator, counting token-endpoint calls (and optionally slowing them down)."""

    def __init__(self, sim: Simulator, delay: float = 0.0) -> None:
        super().__init__(sim)
        self.token_calls = 0
        self._lock = threading.Lock()
        self._delay = delay

    def _answer(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token":
            with self._lock:
                self.token_calls += 1
            if self._delay:
                # Widen the race window so concurrent callers really overlap.
                threading.Event().wait(self._delay)
        return super()._answer(request)


class SlowAsyncTransport(CountingTransport):
    """Token calls suspend the event loop for a while, so concurrent tasks really overlap."""

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token":
            await asyncio.sleep(0.05)
        return await super().handle_async_request(request)


def _access(
    sim: Simulator, *, expires_in: float, access_token: str | None = None
) -> smartcar.Access:
    token = sim.issue_token()
    return smartcar.Access(
        access_token=access_token or token["access_token"],
        token_type="Bearer",
        expires_in=7200,
        expiration=datetime.now(UTC) + timedelta(seconds=expires_in),
        refresh_token=token["refresh_token"],
        refresh_expiration=datetime.now(UTC) + timedelta(days=60),
    )


def _auth(transport: httpx.MockTransport, cls: Any = smartcar.AuthClient) -> Any:
    return cls(DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, DEFAULT_REDIRECT_URI, transport=transport)


def test_fresh_token_is_used_without_refreshing() -> None:
    sim = Simulator()
    transport = CountingTransport(sim)
    manager = smartcar.TokenManager(_auth(transport), _access(sim, expires_in=3600))
    vehicle = smartcar.Vehicle(sim.vehicle_ids[0], manager, transport=transport)
    assert vehicle.odometer().distance > 0
    assert transport.token_calls == 0
    assert manager.refresh_count == 0


def test_refreshes_ahead_of_expiry_and_saves_the_new_access() -> None:
    sim = Simulator()
    transport = CountingTransport(sim)
    saved: list[smartcar.Access] = []
    old = _access(sim, expires_in=60)  # inside the 5-minute margin
    manager = smartcar.TokenManager(_auth(transport), old, save=saved.append)
    vehicle = smartcar.Vehicle(sim.vehicle_ids[0], manager, transport=transport)
    assert vehicle.odometer().distance > 0
    assert transport.token_calls == 1
    assert len(saved) == 1
    assert saved[0].access_token != old.access_token
    assert saved[0].refresh_token != old.refresh_token  # rotated
    assert vehicle.access_token == saved[0].access_token


def test_load_callback_supplies_the_first_access() -> None:
    sim = Simulator()
    transport = CountingTransport(sim)
    stored = _access(sim, expires_in=3600).to_dict()  # as a database would hold it
    calls = []

    def load() -> dict[str, Any]:
        calls.append(1)
        return stored

    manager = smartcar.TokenManager(_auth(transport), load=load)
    vehicle = smartcar.Vehicle(sim.vehicle_ids[0], manager, transport=transport)
    vehicle.odometer()
    vehicle.location()
    assert calls == [1]
    assert transport.token_calls == 0


def test_fifty_threads_cause_exactly_one_refresh() -> None:
    sim = Simulator()
    transport = CountingTransport(sim, delay=0.05)
    manager = smartcar.TokenManager(_auth(transport), _access(sim, expires_in=-1))
    vehicle = smartcar.Vehicle(sim.vehicle_ids[0], manager, transport=transport)
    barrier = threading.Barrier(50)
    errors: list[BaseException] = []

    def work() -> None:
        barrier.wait()
        try:
            assert vehicle.odometer().distance > 0
        except BaseException as error:  # collected and asserted below
            errors.append(error)

    threads = [threading.Thread(target=work) for _ in range(50)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert transport.token_calls == 1
    assert manager.refresh_count == 1


def test_fifty_asyncio_tasks_cause_exactly_one_refresh() -> None:
    sim = Simulator()
    transport = SlowAsyncTransport(sim)

    async def main() -> None:
        client = _auth(transport, smartcar.AsyncAuthClient)
        manager = smartcar.TokenManager(client, _access(sim, expires_in=-1))
        vehicle = smartcar.AsyncVehicle(sim.vehicle_ids[0], manager, transport=transport)
        results = await asyncio.gather(*(vehicle.odometer() for _ in range(50)))
        assert all(r.distance > 0 for r in results)
        assert manager.refresh_count == 1
        await vehicle.aclose()

    asyncio.run(main())
    assert transport.token_calls == 1


def test_a_401_is_retried_once_with_a_refreshed_token() -> None:
    sim = Simulator()
    transport = CountingTransport(sim)
    # Not expired by the clock, but revoked: the API answers 401.
    revoked = _access(sim, expires_in=3600, access_token="revoked-token")
    manager = smartcar.TokenManager(_auth(transport), revoked)
    vehicle = smartcar.Vehicle(sim.vehicle_ids[0], manager, transport=transport)
    assert vehicle.lock().status == "success"  # commands too: a 401 means nothing happened
    assert transport.token_calls == 1
    assert vehicle.access_token != "revoked-token"


def test_a_second_401_is_raised() -> None:
    sim = Simulator()
    calls = []

    def always_401(request: httpx.Request) -> httpx.Response:
        calls.append(request.url.path)
        if request.url.path == "/oauth/token":
            return SimulatorTransport(sim)._answer(request)
        return httpx.Response(401, json={"type": "AUTHENTICATION", "code": None})

    transport = httpx.MockTransport(always_401)
    manager = smartcar.TokenManager(_auth(transport), _access(sim, expires_in=3600))
    vehicle = smartcar.Vehicle(sim.vehicle_ids[0], manager, transport=transport)
    with pytest.raises(smartcar.AuthenticationError):
        vehicle.odometer()
    assert calls.count("/oauth/token") == 1
    assert len([c for c in calls if c.endswith("/odometer")]) == 2


def test_concurrent_401s_cause_one_refresh() -> None:
    sim = Simulator()
    transport = CountingTransport(sim, delay=0.05)
    manager = smartcar.TokenManager(
        _auth(transport), _access(sim, expires_in=3600, access_token="revoked")
    )
    vehicle = smartcar.Vehicle(sim.vehicle_ids[0], manager, transport=transport)
    barrier = threading.Barrier(10)

    def work() -> None:
        barrier.wait()
        vehicle.odometer()

    threads = [threading.Thread(target=work) for _ in range(10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert transport.token_calls == 1


def test_sync_manager_requires_a_sync_client_for_vehicle() -> None:
    sim = Simulator()
    transport = CountingTransport(sim)
    manager = smartcar.TokenManager(
        _auth(transport, smartcar.AsyncAuthClient), _access(sim, expires_in=-1)
    )
    vehicle = smartcar.Vehicle(sim.vehicle_ids[0], manager, transport=transport)
    with pytest.raises(smartcar.ConfigurationError):
        vehicle.odometer()


def test_manager_needs_access_or_load() -> None:
    with pytest.raises(smartcar.ConfigurationError):
        smartcar.TokenManager(_auth(CountingTransport(Simulator())))


def test_repr_hides_tokens() -> None:
    sim = Simulator()
    access = _access(sim, expires_in=3600)
    manager = smartcar.TokenManager(_auth(CountingTransport(sim)), access)
    assert access.access_token not in repr(manager)
    assert access.refresh_token not in repr(manager)
