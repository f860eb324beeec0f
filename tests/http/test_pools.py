"""Connections: shared keep-alive pools, caller-supplied clients, lifecycles, threads and loops."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import socket
import ssl
import threading
import weakref
from collections.abc import Iterator
from typing import Any

import httpx2
import pytest

import smartcar
from smartcar import _http
from smartcar.testing import Simulator, SimulatorServer, SimulatorTransport

# Loopback only: these tests talk to a SimulatorServer on 127.0.0.1 under --block-network.
pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])


class Server:
    """A SimulatorServer that counts the TCP connections it accepts."""

    def __init__(self, sim: Simulator, server: SimulatorServer, accepted: list[Any]) -> None:
        self.sim = sim
        self.server = server
        self._accepted = accepted
        self.token = str(sim.issue_token()["access_token"])
        url = server.url
        self.origins = smartcar.Origins(
            api=url, auth=url, connect=url, management=url, vehicle_v3=url
        )

    @property
    def connections(self) -> int:
        return len(self._accepted)

    def vehicle(self, index: int = 0, **kwargs: Any) -> smartcar.Vehicle:
        return smartcar.Vehicle(
            self.sim.vehicle_ids[index], self.token, origins=self.origins, **kwargs
        )

    def async_vehicle(self, index: int = 0, **kwargs: Any) -> smartcar.AsyncVehicle:
        return smartcar.AsyncVehicle(
            self.sim.vehicle_ids[index], self.token, origins=self.origins, **kwargs
        )


@contextlib.contextmanager
def serve(sim: Simulator, monkeypatch: pytest.MonkeyPatch) -> Iterator[Server]:
    accepted: list[Any] = []
    with SimulatorServer(sim) as running:
        port = int(running.url.rsplit(":", 1)[1])
        original = socket.socket.accept

        def counting_accept(self: socket.socket) -> tuple[socket.socket, Any]:
            conn, address = original(self)
            if self.getsockname()[1] == port:
                accepted.append(address)
            return conn, address

        monkeypatch.setattr(socket.socket, "accept", counting_accept)
        # A shared client left over from another test may hold connections elsewhere.
        _http.close_shared_clients()
        try:
            yield Server(sim, running, accepted)
        finally:
            # Its keep-alive connections point at a server that is about to stop.
            _http.close_shared_clients()


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[Server]:
    with serve(Simulator(extra_vehicles=2), monkeypatch) as running:
        yield running


class GatedSimulator(Simulator):
    """Answers only when ``width`` requests are in flight together, ``width`` at a time."""

    def __init__(self, width: int) -> None:
        super().__init__(extra_vehicles=2)
        self.gate = threading.Barrier(width, timeout=10)

    def handle(self, *args: Any, **kwargs: Any) -> Any:
        # The server runs one thread per connection, so this also needs `width` connections.
        self.gate.wait()
        return super().handle(*args, **kwargs)


@pytest.fixture
def no_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    # Retries happen at once: the tests are about connections, not waiting.
    monkeypatch.setattr(_http.engine, "_backoff", lambda attempt: 0.0)


def idle_pool(client: httpx2.Client | httpx2.AsyncClient) -> list[Any]:
    """The httpcore2 connections of a client's pool, asserting none has a request in flight."""
    connections = list(client._transport._pool.connections)  # type: ignore[attr-defined]
    assert all(c.is_idle() for c in connections), [c.info() for c in connections]
    return connections


# -- keep-alive reuse -----------------------------------------------------------------------------


def test_sync_reads_reuse_one_connection(server: Server) -> None:
    vehicle = server.vehicle()
    expected = vehicle.odometer()
    for _ in range(49):
        assert vehicle.odometer() == expected
    assert server.connections == 1
    # Other objects and the module functions share the same process-wide pool.
    second = server.sim.vehicle_ids[1]
    assert server.vehicle(1).location().latitude == server.sim.state(second).latitude
    assert smartcar.AuthClient("id", "secret", origins=server.origins).get_auth_url()
    assert server.connections == 1


def test_async_reads_reuse_one_connection(server: Server) -> None:
    async def main() -> None:
        vehicle = server.async_vehicle()
        expected = await vehicle.odometer()
        for _ in range(49):
            assert await vehicle.odometer() == expected
        second = server.sim.state(server.sim.vehicle_ids[1])
        assert (await server.async_vehicle(1).location()).latitude == second.latitude

    asyncio.run(main())
    assert server.connections == 1


def test_concurrent_reads_keep_their_connections_alive(monkeypatch: pytest.MonkeyPatch) -> None:
    # Each round needs 40 connections at once (the server holds every answer until 40
    # requests are in), and the second round must reuse the first round's, not reconnect.
    sim = GatedSimulator(width=40)
    with serve(sim, monkeypatch) as server:

        async def main() -> None:
            vehicles = [server.async_vehicle(i % 3) for i in range(40)]
            for _ in range(2):
                results = await asyncio.gather(*(v.odometer() for v in vehicles))
                assert [r.distance for r in results[:3]] == [r.distance for r in results[3:6]]
                # Every request finished: no client of the loop's pool has one in flight.
                assert sum(len(idle_pool(c)) for c in _http.loop_pool().clients) == 40

        asyncio.run(main())
        assert server.connections == 40


def test_concurrent_threads_keep_their_connections_alive(monkeypatch: pytest.MonkeyPatch) -> None:
    # More threads than httpx2 keeps alive by default (20): the pool's own limits must hold them.
    sim = GatedSimulator(width=30)
    with serve(sim, monkeypatch) as server:
        vehicle = server.vehicle()
        errors: list[BaseException] = []

        def read() -> None:
            try:
                vehicle.odometer()
            except BaseException as error:
                errors.append(error)

        for _ in range(2):
            threads = [threading.Thread(target=read) for _ in range(30)]
            for t in threads:
                t.start()
            for t in threads:
                t.join(timeout=30)
        assert errors == []
        assert server.connections == 30
        assert len(idle_pool(_http.shared_client())) == 30


def test_shared_clients_are_one_per_process_and_one_per_loop() -> None:
    assert _http.shared_client() is _http.shared_client()

    async def twice() -> tuple[httpx2.AsyncClient, httpx2.AsyncClient]:
        return _http.shared_async_client(), _http.shared_async_client()

    first, second = asyncio.run(twice())
    assert first is second


def test_the_shared_clients_never_follow_redirects_on_their_own() -> None:
    # The engine asks every send not to follow; the shared clients do not either, so nothing
    # that sends through them can carry a credential to the host a redirect names.
    assert _http.shared_client().follow_redirects is False

    async def clients() -> list[httpx2.AsyncClient]:
        pool = _http.loop_pool()
        with contextlib.ExitStack() as held:
            for _ in range(9):  # more requests at once than one client of the pool takes
                held.enter_context(pool.lease())
            return list(pool.clients)

    leased = asyncio.run(clients())
    assert len(leased) > 1
    assert [c.follow_redirects for c in leased] == [False] * len(leased)


class SyncOnly(httpx2.BaseTransport):
    def __init__(self, sim: Simulator) -> None:
        self.inner = SimulatorTransport(sim)
        self.requests = 0

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        self.requests += 1
        return self.inner.handle_request(request)


class AsyncOnly(httpx2.AsyncBaseTransport):
    def __init__(self, sim: Simulator) -> None:
        self.inner = SimulatorTransport(sim)
        self.requests = 0

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        self.requests += 1
        return await self.inner.handle_async_request(request)


def test_a_sync_transport_override_leaves_async_calls_on_the_network(server: Server) -> None:
    override = SyncOnly(server.sim)
    _http.set_transport_override(override)
    try:
        assert server.vehicle().odometer()  # the override answers the blocking calls
        assert override.requests == 1

        async def main() -> float:
            return (await server.async_vehicle().odometer()).distance

        # The async pool cannot use a blocking transport: it goes to the server itself.
        assert asyncio.run(main()) == server.vehicle().odometer().distance
        assert override.requests == 2
        assert server.connections == 1
    finally:
        _http.set_transport_override(None)


def test_an_async_transport_override_leaves_sync_calls_on_the_network(server: Server) -> None:
    override = AsyncOnly(server.sim)
    _http.set_transport_override(override)
    try:

        async def main() -> float:
            return (await server.async_vehicle().odometer()).distance

        distance = asyncio.run(main())
        assert override.requests == 1
        assert server.vehicle().odometer().distance == distance
        assert override.requests == 1
        assert server.connections == 1  # the blocking call went to the server
    finally:
        _http.set_transport_override(None)


# -- clients and transports passed in ------------------------------------------------------------


class CountingTransport(httpx2.BaseTransport, httpx2.AsyncBaseTransport):
    """Answers from a simulator, counting requests and whether it was closed."""

    def __init__(self, sim: Simulator) -> None:
        self.inner = SimulatorTransport(sim)
        self.requests = 0
        self.closed = False

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        self.requests += 1
        return self.inner.handle_request(request)

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        self.requests += 1
        return await self.inner.handle_async_request(request)

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


def test_caller_http_client_is_used_and_never_closed(sim: Simulator) -> None:
    token = sim.issue_token()["access_token"]
    transport = CountingTransport(sim)
    client = httpx2.Client(transport=transport)
    with smartcar.Vehicle(sim.vehicle_ids[0], token, http_client=client) as vehicle:
        vehicle.odometer()
        vehicle.with_options(max_retries=0).location()
    vehicle.close()
    with smartcar.AuthClient("id", "secret", http_client=client) as auth:
        auth.get_auth_url()
    assert transport.requests == 2
    assert not client.is_closed and not transport.closed
    # Still usable by the caller and by new SDK objects.
    assert smartcar.Vehicle(sim.vehicle_ids[0], token, http_client=client).vin().vin
    client.close()
    assert transport.closed


def test_caller_async_client_is_used_and_never_closed(sim: Simulator) -> None:
    token = sim.issue_token()["access_token"]
    transport = CountingTransport(sim)

    async def main() -> httpx2.AsyncClient:
        client = httpx2.AsyncClient(transport=transport)
        async with smartcar.AsyncVehicle(sim.vehicle_ids[0], token, http_client=client) as v:
            await v.odometer()
        await v.aclose()
        async with smartcar.AsyncAuthClient("id", "secret", http_client=client):
            pass
        assert not client.is_closed
        assert (
            await smartcar.AsyncVehicle(sim.vehicle_ids[0], token, http_client=client).vin()
        ).vin
        await client.aclose()
        return client

    client = asyncio.run(main())
    assert transport.requests == 2 and client.is_closed


def test_transport_gets_an_owned_client_closed_by_close(sim: Simulator) -> None:
    token = sim.issue_token()["access_token"]
    transport = CountingTransport(sim)
    vehicle = smartcar.Vehicle(sim.vehicle_ids[0], token, transport=transport)
    with vehicle as entered:
        assert entered is vehicle
        vehicle.odometer()
        clone = vehicle.with_options(timeout=5)
        clone.location()
        clone.close()
        # The copy borrows its original's client: closing it leaves the original working.
        assert not transport.closed
        vehicle.vin()
    assert transport.requests == 3
    assert transport.closed


def test_async_transport_gets_an_owned_client_closed_by_aclose(sim: Simulator) -> None:
    token = sim.issue_token()["access_token"]
    transport = CountingTransport(sim)

    async def main() -> None:
        vehicle = smartcar.AsyncVehicle(sim.vehicle_ids[0], token, transport=transport)
        async with vehicle as entered:
            assert entered is vehicle
            await vehicle.odometer()
            assert not transport.closed
        assert transport.closed
        auth = smartcar.AsyncAuthClient("id", "secret", transport=CountingTransport(sim))
        async with auth as entered_auth:
            assert entered_auth is auth

    asyncio.run(main())
    assert transport.requests == 1


def test_closing_an_object_on_the_shared_pool_leaves_the_pool_open(server: Server) -> None:
    with server.vehicle() as vehicle:
        vehicle.odometer()
    vehicle.close()
    with smartcar.AuthClient("id", "secret", origins=server.origins):
        pass
    assert not _http.shared_client().is_closed
    assert server.vehicle(1).odometer().distance > 0
    assert server.connections == 1


def test_wrong_client_kind_is_rejected(sim: Simulator) -> None:
    with httpx2.Client() as sync_client, pytest.raises(smartcar.InvalidInputError):
        smartcar.AsyncVehicle("v", "t", http_client=sync_client)
    with pytest.raises(smartcar.InvalidInputError):
        smartcar.Vehicle("v", "t", transport=SimulatorTransport(sim), http_client=httpx2.Client())


# -- threads ---------------------------------------------------------------------------------------


def test_twenty_threads_share_one_vehicle(server: Server) -> None:
    vehicle = server.vehicle()
    expected = {"odometer": vehicle.odometer(), "location": vehicle.location()}
    start = threading.Barrier(20, timeout=10)
    errors: list[BaseException] = []
    counts: list[int] = []

    def work() -> None:
        try:
            start.wait()
            done = 0
            for i in range(20):
                name = "odometer" if i % 2 else "location"
                assert getattr(vehicle, name)() == expected[name]
                done += 1
            counts.append(done)
        except BaseException as error:  # collected: an exception in a thread fails nothing
            errors.append(error)

    threads = [threading.Thread(target=work) for _ in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert errors == []
    assert counts == [20] * 20
    # One pool for all of them: at most one connection per thread, none left busy.
    assert 1 <= server.connections <= 20
    assert len(idle_pool(_http.shared_client())) == server.connections


# -- event loops -----------------------------------------------------------------------------------


def test_each_event_loop_gets_its_own_async_client_closed_with_the_loop(server: Server) -> None:
    seen: list[tuple[httpx2.AsyncClient, asyncio.AbstractEventLoop]] = []
    pools: list[_http.LoopPool] = []

    async def main() -> float:
        distance = (await server.async_vehicle().odometer()).distance
        seen.append((_http.shared_async_client(), asyncio.get_running_loop()))
        pools.append(_http.loop_pool())
        return distance

    first = asyncio.run(main())
    second = asyncio.run(main())
    assert first == second
    (client_a, loop_a), (client_b, loop_b) = seen
    assert client_a is not client_b
    # asyncio.run closed each loop, and with it that loop's client and its connections.
    assert loop_a.is_closed() and loop_b.is_closed()
    assert client_a.is_closed and client_b.is_closed
    assert all(c.is_closed for pool in pools for c in pool.clients)
    pools.clear()
    assert loop_a not in _http.pools._async_pools and loop_b not in _http.pools._async_pools
    refs = [weakref.ref(client_a), weakref.ref(client_b)]
    seen.clear()
    del client_a, client_b, loop_a, loop_b
    gc.collect()
    assert [r() for r in refs] == [None, None]
    # Two loops, one connection each: neither reused the other's.
    assert server.connections == 2


async def _closed_by_its_closer() -> tuple[_http.LoopPool, asyncio.AbstractEventLoop]:
    """A loop's pool, closed by the closer that the loop's shutdown would run."""
    loop = asyncio.get_running_loop()
    pool = _http.loop_pool()
    pool.first()
    closer = _http.pools._async_pools[loop][1]
    await closer.aclose()
    return pool, loop


def test_the_closer_of_a_loop_pool_closes_its_clients_and_forgets_it() -> None:
    async def main() -> None:
        pool, loop = await _closed_by_its_closer()
        assert [c.is_closed for c in pool.clients] == [True]
        assert loop not in _http.pools._async_pools  # the loop can be collected
        assert _http.loop_pool() is not pool  # a later call gets a fresh pool

    asyncio.run(main())


def test_the_closer_of_a_replaced_loop_pool_leaves_the_new_one() -> None:
    async def main() -> None:
        loop = asyncio.get_running_loop()
        old = _http.loop_pool()
        old.first()
        closer = _http.pools._async_pools[loop][1]
        _http.set_transport_override(None)  # forgets every loop's pool
        await closer.aclose()  # nothing to forget: the old pool is still closed
        assert [c.is_closed for c in old.clients] == [True]
        new = _http.loop_pool()
        closer = _http.pools._async_pools[loop][1]
        _http.set_transport_override(None)
        newest = _http.loop_pool()
        await closer.aclose()  # the closer of `new` must not forget `newest`
        assert _http.loop_pool() is newest is not new

    asyncio.run(main())


# -- nothing left in flight ------------------------------------------------------------------------


def test_retried_reads_leave_only_idle_pooled_connections(server: Server, no_backoff: None) -> None:
    server.sim.fail_next("HTML:503", times=2)
    vehicle = server.vehicle(max_retries=2)
    assert vehicle.odometer().distance > 0
    # Both failed responses were read to the end, so their connection went back to the pool
    # and carried the retries and the success.
    assert len(idle_pool(_http.shared_client())) == 1
    assert server.connections == 1
    server.sim.fail_next("HTML:503", times=3)
    with pytest.raises(smartcar.SmartcarException) as failed:
        vehicle.odometer()
    assert failed.value.status_code == 503
    assert len(idle_pool(_http.shared_client())) == 1
    assert server.connections == 1


def test_async_retried_reads_leave_only_idle_pooled_connections(
    server: Server, no_backoff: None
) -> None:
    async def main() -> None:
        server.sim.fail_next("HTML:503", times=2)
        vehicle = server.async_vehicle(max_retries=2)
        assert (await vehicle.odometer()).distance > 0
        (client,) = _http.loop_pool().clients
        assert len(idle_pool(client)) == 1
        server.sim.fail_next("HTML:503", times=3)
        with pytest.raises(smartcar.SmartcarException):
            await vehicle.odometer()
        assert len(idle_pool(client)) == 1

    asyncio.run(main())
    assert server.connections == 1


def test_caller_client_pool_is_idle_after_retries(server: Server, no_backoff: None) -> None:
    server.sim.fail_next("HTML:503", times=2)
    with httpx2.Client() as client:
        vehicle = server.vehicle(http_client=client, max_retries=2)
        assert vehicle.odometer().distance > 0
        assert len(idle_pool(client)) == 1
    assert server.connections == 1


def test_a_shared_async_client_connects_with_the_shared_tls_context_and_the_shard_limits() -> None:
    _http.set_transport_override(None)

    async def main() -> Any:
        return _http.pools.loop_pool().first()._transport._pool  # type: ignore[attr-defined]

    pool = asyncio.run(main())
    assert pool._ssl_context is _http.pools._ssl_context()
    assert isinstance(pool._ssl_context, ssl.SSLContext)
    assert pool._ssl_context.verify_mode == ssl.CERT_REQUIRED
    assert pool._max_connections == 13
    assert pool._max_keepalive_connections == 13
