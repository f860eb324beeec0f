"""TokenManager: refresh ahead of expiry, single-flight, load/save callbacks, retry after 401."""

from __future__ import annotations

import asyncio
import gc
import threading
import warnings
import weakref
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx2
import pytest

import smartcar
from smartcar.testing import (
    Simulator,
    SimulatorTransport,
)

from .._helpers import auth_client as _auth


class CountingTransport(SimulatorTransport):
    """The simulator, counting token-endpoint calls (and optionally slowing them down)."""

    def __init__(self, sim: Simulator, delay: float = 0.0) -> None:
        super().__init__(sim)
        self.token_calls = 0
        self._lock = threading.Lock()
        self._delay = delay

    def _answer(self, request: httpx2.Request) -> httpx2.Response:
        if request.url.path == "/oauth/token":
            with self._lock:
                self.token_calls += 1
            if self._delay:
                # Widen the race window so concurrent callers really overlap.
                threading.Event().wait(self._delay)
        return super()._answer(request)


class SlowAsyncTransport(CountingTransport):
    """Token calls suspend the event loop for a while, so concurrent tasks really overlap."""

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
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

    def always_401(request: httpx2.Request) -> httpx2.Response:
        calls.append(request.url.path)
        if request.url.path == "/oauth/token":
            return SimulatorTransport(sim)._answer(request)
        return httpx2.Response(401, json={"type": "AUTHENTICATION", "code": None})

    transport = httpx2.MockTransport(always_401)
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


# -- single flight under failure, across event loops --------------------------------------------


def _waiting(manager: smartcar.TokenManager) -> int:
    """How many callers wait for the refresh in flight (0 when none is)."""
    return getattr(getattr(manager, "_flight", None), "joined", 0)


def _until(condition: Any, limit: float = 10.0) -> None:
    """Poll ``condition`` until it holds or ``limit`` seconds pass (then the test's asserts fail)."""
    done = threading.Event()
    for _ in range(int(limit / 0.01)):
        if condition():
            return
        done.wait(0.01)


class FailingTokens(CountingTransport):
    """The simulator, but the token endpoint fails: HTTP 500, or a response lost on the way.

    The first token call is held until ``ready()`` says the other callers are all waiting, so
    the test never depends on how fast threads happen to start.
    """

    def __init__(self, sim: Simulator, failure: str) -> None:
        super().__init__(sim)
        self.failure = failure
        self.ready: Any = lambda: True

    def _answer(self, request: httpx2.Request) -> httpx2.Response:
        if request.url.path != "/oauth/token" or self.failure == "none":
            return super()._answer(request)
        with self._lock:
            self.token_calls += 1
            first = self.token_calls == 1
        if first:
            _until(self.ready)
        if self.failure == "lost":
            raise httpx2.ReadError("connection reset by peer", request=request)
        return httpx2.Response(500, json={"type": "SERVER", "code": None, "statusCode": 500})

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        if request.url.path == "/oauth/token":
            # Lets the other tasks of the loop reach the manager before the refresh fails.
            await asyncio.sleep(0.05)
        return await super().handle_async_request(request)


FAILURES = pytest.mark.parametrize(
    ("failure", "error_type"),
    [("500", smartcar.ServerError), ("lost", smartcar.NetworkError)],
)


@FAILURES
def test_a_failed_refresh_is_not_repeated_by_each_waiting_thread(
    failure: str, error_type: type[Exception]
) -> None:
    sim = Simulator()
    transport = FailingTokens(sim, failure)
    manager = smartcar.TokenManager(_auth(transport), _access(sim, expires_in=-1))
    transport.ready = lambda: _waiting(manager) >= 49
    vehicle = smartcar.Vehicle(sim.vehicle_ids[0], manager, transport=transport)
    errors: list[BaseException] = []

    def work() -> None:
        try:
            vehicle.odometer()
        except BaseException as error:  # collected and asserted below
            errors.append(error)

    threads = [threading.Thread(target=work) for _ in range(50)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    # One refresh token, sent once: every waiter got that attempt's error.
    assert transport.token_calls == 1
    assert len(errors) == 50
    assert all(type(error) is error_type for error in errors), errors[:3]
    # The manager is not stuck: once the endpoint works, the next call refreshes.
    transport.failure = "none"
    assert vehicle.odometer().distance > 0
    assert transport.token_calls == 2
    assert manager.refresh_count == 1


@FAILURES
def test_a_failed_refresh_is_not_repeated_by_each_waiting_task(
    failure: str, error_type: type[Exception]
) -> None:
    sim = Simulator()
    transport = FailingTokens(sim, failure)

    async def main() -> list[Any]:
        client = _auth(transport, smartcar.AsyncAuthClient)
        manager = smartcar.TokenManager(client, _access(sim, expires_in=-1))
        async with smartcar.AsyncVehicle(
            sim.vehicle_ids[0], manager, transport=transport
        ) as vehicle:
            outcomes = await asyncio.gather(
                *(vehicle.odometer() for _ in range(50)), return_exceptions=True
            )
            transport.failure = "none"
            outcomes.append(await vehicle.odometer())
        return outcomes

    outcomes = asyncio.run(main())
    assert all(type(outcome) is error_type for outcome in outcomes[:50]), outcomes[:3]
    assert outcomes[50].distance > 0
    assert transport.token_calls == 2  # the failed refresh once, then the one that worked


class GatedTokens(CountingTransport):
    """Token calls wait (without blocking their loop) until the test opens the gate."""

    def __init__(self, sim: Simulator) -> None:
        super().__init__(sim)
        self.gate = threading.Event()

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        if request.url.path == "/oauth/token":
            with self._lock:
                self.token_calls += 1
            while not self.gate.is_set():
                await asyncio.sleep(0.01)
            with self._lock:
                self.token_calls -= 1  # counted again by the simulator's answer
        return await super().handle_async_request(request)


def test_one_manager_used_from_two_event_loops_refreshes_once() -> None:
    sim = Simulator()
    transport = GatedTokens(sim)
    manager = smartcar.TokenManager(
        _auth(transport, smartcar.AsyncAuthClient), _access(sim, expires_in=-1)
    )
    results: list[Any] = []

    def in_a_new_loop() -> None:
        async def main() -> None:
            async with smartcar.AsyncVehicle(
                sim.vehicle_ids[0], manager, transport=transport
            ) as vehicle:
                results.extend(
                    await asyncio.gather(
                        *(vehicle.odometer() for _ in range(5)), return_exceptions=True
                    )
                )

        asyncio.run(main())

    first = threading.Thread(target=in_a_new_loop)
    first.start()
    _until(lambda: transport.token_calls >= 1)  # the first loop's refresh is in flight
    second = threading.Thread(target=in_a_new_loop)
    second.start()
    # Open the gate once the second loop waits for the first one's refresh (or, wrongly,
    # sends a refresh of its own).
    _until(lambda: _waiting(manager) >= 9 or transport.token_calls >= 2)
    transport.gate.set()
    first.join(30)
    second.join(30)
    assert transport.token_calls == 1
    assert manager.refresh_count == 1
    assert len(results) == 10
    assert all(not isinstance(result, BaseException) for result in results), results


def test_no_lock_or_loop_is_kept_per_event_loop() -> None:
    sim = Simulator()
    transport = SlowAsyncTransport(sim)
    manager = smartcar.TokenManager(
        _auth(transport, smartcar.AsyncAuthClient), _access(sim, expires_in=3600)
    )
    loops: list[weakref.ref[asyncio.AbstractEventLoop]] = []

    async def main() -> None:
        loops.append(weakref.ref(asyncio.get_running_loop()))
        assert manager.access is not None
        rejected = manager.access.access_token
        # Two callers reject the same token: one refreshes while the other waits for it.
        tokens = await asyncio.gather(manager.async_token(rejected), manager.async_token(rejected))
        assert tokens[0] == tokens[1] != rejected

    for _ in range(5):
        asyncio.run(main())
    gc.collect()
    assert manager.refresh_count == 5
    assert transport.token_calls == 5
    assert [ref() for ref in loops] == [None] * 5


def test_waiters_start_over_when_the_refreshing_task_is_cancelled() -> None:
    sim = Simulator()
    transport = SlowAsyncTransport(sim)

    async def main() -> str:
        client = _auth(transport, smartcar.AsyncAuthClient)
        manager = smartcar.TokenManager(client, _access(sim, expires_in=-1))
        leader = asyncio.create_task(manager.async_token())
        await asyncio.sleep(0)  # the leader's refresh is now in flight
        waiter = asyncio.create_task(manager.async_token())
        await asyncio.sleep(0)
        leader.cancel()
        with pytest.raises(asyncio.CancelledError):
            await leader
        # Not the leader's cancellation: the waiter refreshes itself.
        return await asyncio.wait_for(waiter, 30)

    token = asyncio.run(main())
    assert token
    assert transport.token_calls == 1  # the cancelled refresh never reached the server


def test_sync_use_with_an_async_client_fails_before_any_request() -> None:
    sim = Simulator()
    transport = CountingTransport(sim)
    manager = smartcar.TokenManager(
        _auth(transport, smartcar.AsyncAuthClient), _access(sim, expires_in=10)
    )
    with pytest.raises(smartcar.ConfigurationError, match="needs a \\(sync\\) AuthClient"):
        manager.sync_token()
    assert transport.token_calls == 0


def test_async_use_with_a_sync_client_fails_before_any_request() -> None:
    sim = Simulator()
    transport = CountingTransport(sim)
    manager = smartcar.TokenManager(_auth(transport), _access(sim, expires_in=10))
    with pytest.raises(smartcar.ConfigurationError, match="needs an AsyncAuthClient"):
        asyncio.run(manager.async_token())
    assert transport.token_calls == 0


def test_async_load_with_a_sync_client_is_a_configuration_error() -> None:
    sim = Simulator()
    transport = CountingTransport(sim)

    async def load() -> smartcar.Access:
        return _access(sim, expires_in=10)

    manager = smartcar.TokenManager(_auth(transport), load=load)
    with warnings.catch_warnings(record=True) as warned:
        warnings.simplefilter("always")
        with pytest.raises(smartcar.ConfigurationError, match="load must not be async"):
            manager.sync_token()
        gc.collect()
    # The coroutine load returned was closed, not left to warn "never awaited".
    assert not [w for w in warned if "never awaited" in str(w.message)]
    assert transport.token_calls == 0


def test_load_returning_nothing_is_a_configuration_error_for_both() -> None:
    sim = Simulator()
    transport = CountingTransport(sim)
    sync_manager = smartcar.TokenManager(_auth(transport), load=lambda: None)
    with pytest.raises(smartcar.ConfigurationError, match="load returned nothing"):
        sync_manager.sync_token()

    async def load() -> None:
        return None

    async_manager = smartcar.TokenManager(_auth(transport, smartcar.AsyncAuthClient), load=load)
    with pytest.raises(smartcar.ConfigurationError, match="load returned nothing"):
        asyncio.run(async_manager.async_token())
    assert transport.token_calls == 0


def test_async_load_and_save_are_awaited() -> None:
    sim = Simulator()
    transport = CountingTransport(sim)
    saved: list[smartcar.Access] = []

    async def load() -> smartcar.Access:
        return _access(sim, expires_in=10)

    async def save(access: smartcar.Access) -> None:
        saved.append(access)

    manager = smartcar.TokenManager(
        _auth(transport, smartcar.AsyncAuthClient), load=load, save=save
    )
    token = asyncio.run(manager.async_token())
    assert transport.token_calls == 1
    assert [a.access_token for a in saved] == [token]


@pytest.mark.parametrize("is_async", [False, True])
def test_a_caller_out_of_time_does_not_wait_for_another_callers_refresh(is_async: bool) -> None:
    from smartcar import _http

    started, release = threading.Event(), threading.Event()

    def load() -> dict[str, Any]:
        started.set()
        release.wait(60)  # the leader's refresh: held until the waiter has its answer
        raise RuntimeError("load failed")

    cls = smartcar.AsyncAuthClient if is_async else smartcar.AuthClient
    manager = smartcar.TokenManager(cls("id", "secret"), load=load)

    def lead() -> None:
        try:
            if is_async:
                asyncio.run(manager.async_token())
            else:
                manager.sync_token()
        except RuntimeError:
            pass  # the leader's own failure, once released

    leader = threading.Thread(target=lead, daemon=True)
    leader.start()
    assert started.wait(60)
    # Should the waiter wait regardless of its deadline, the leader fails once released and
    # the waiter raises that failure instead: released after a while, so the test never hangs.
    guard = threading.Timer(10, release.set)
    guard.start()

    async def wait_async() -> str:
        with _http.network.within(0.0):  # a deadline already passed
            return await manager.async_token()

    def wait_sync() -> str:
        with _http.network.within(0.0):
            return manager.sync_token()

    try:
        with pytest.raises(smartcar.RequestTimeoutError) as timed_out:
            asyncio.run(wait_async()) if is_async else wait_sync()
    finally:
        guard.cancel()
        release.set()
        leader.join(60)
    assert timed_out.value.message == (
        "Request timed out: the token refresh in progress did not end within the call's "
        "deadline (the deadline option)"
    )


def test_a_waiter_whose_event_loop_closed_does_not_keep_the_others_waiting() -> None:
    from smartcar.tokens import _Flight

    flight = _Flight(threading.Lock())
    gone = asyncio.new_event_loop()
    abandoned = gone.create_future()
    flight._futures.append((gone, abandoned))  # as wait_async registers a waiter of that loop
    gone.close()  # the loop closes with its waiter still waiting

    async def waits() -> None:
        waiter = asyncio.ensure_future(flight.wait_async())
        await asyncio.sleep(0)  # registered after the waiter of the closed loop
        # Landed from another thread: the closed loop cannot be woken, this one is.
        await asyncio.to_thread(flight.land, None)
        await waiter

    asyncio.run(waits())
    assert flight.error is None and not flight.abandoned
    assert not abandoned.done()


def test_a_waiter_takes_the_refreshed_token_even_if_it_is_the_one_it_rejected() -> None:
    # Two callers had "same" refused; the refresh answers "same" again. The waiter takes the
    # refresh's outcome as it is: asking again would refresh once per waiter.
    gate, sent = threading.Event(), []

    def token_endpoint(request: httpx2.Request) -> httpx2.Response:
        sent.append(request)
        gate.wait(60)  # held until the second caller waits for this refresh
        answer = {"access_token": "same", "token_type": "Bearer", "expires_in": 3600}
        return httpx2.Response(200, json={**answer, "refresh_token": f"r{len(sent) + 1}"})

    client = smartcar.AuthClient("id", "secret", transport=httpx2.MockTransport(token_endpoint))
    tokens = {"access_token": "same", "expires_in": 3600, "refresh_token": "r1"}
    manager = smartcar.TokenManager(client, tokens)
    results: list[str] = []
    callers = [
        threading.Thread(target=lambda: results.append(manager.sync_token("same")))
        for _ in range(2)
    ]
    callers[0].start()
    _until(lambda: len(sent) == 1)  # the first caller's refresh is in flight
    callers[1].start()
    _until(lambda: _waiting(manager) == 1)  # the second caller waits for it
    gate.set()
    for caller in callers:
        caller.join(60)
    assert results == ["same", "same"]
    assert len(sent) == 1 and manager.refresh_count == 1
    assert manager.access is not None and manager.access.refresh_token == "r2"
