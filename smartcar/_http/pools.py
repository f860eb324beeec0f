"""The shared keep-alive connection pools: one sync client, one pool per event loop."""

from __future__ import annotations

import contextlib
import functools
import ssl
import threading
import weakref
from collections.abc import AsyncGenerator, Iterator

import httpx2

# asyncio is loaded by the first async call (loop_pool), not by every program that imports the
# SDK.
TYPE_CHECKING = False
if TYPE_CHECKING:
    import asyncio

# Thread safety: an httpx2.Client is safe to share between threads, and the engine keeps no
# per-request state outside the generator of one call, so any number of threads may share one
# Vehicle, AuthClient or the module functions, and with them the one shared client below.
# An httpx2.AsyncClient is different: its connections belong to the event loop that opened them,
# so the shared async client is per loop, and is closed when its loop shuts down.

# Every connection the pool may open is kept alive. With fewer keep-alive slots than requests
# in flight, httpcore2 closes each connection as it turns idle (it compares the slots with the
# count of *all* connections), so a fleet read at concurrency 50 reconnected, a TCP and TLS
# handshake, for nearly every request.
_LIMITS = httpx2.Limits(max_connections=100, max_keepalive_connections=100)
_pool_lock = threading.Lock()
_sync_pool: httpx2.Client | None = None
_async_pools: weakref.WeakKeyDictionary[
    asyncio.AbstractEventLoop, tuple[LoopPool, AsyncGenerator[None, None]]
] = weakref.WeakKeyDictionary()
_transport_override: httpx2.BaseTransport | httpx2.AsyncBaseTransport | None = None


def shared_client() -> httpx2.Client:
    """The process-wide keep-alive client used when none is passed in.

    Thread-safe: created once under a lock, then shared by every thread (httpx2 clients are
    safe to use from several threads at once).
    """
    global _sync_pool
    client = _sync_pool
    if client is None or client.is_closed:
        with _pool_lock:
            client = _sync_pool
            if client is None or client.is_closed:
                transport = _transport_override
                client = httpx2.Client(
                    limits=_LIMITS,
                    follow_redirects=False,
                    transport=transport if isinstance(transport, httpx2.BaseTransport) else None,
                )
                _sync_pool = client
    return client


# httpcore2's pool does work in proportion to its idle connections times all its connections
# whenever a request starts or ends. One pool serving 50 requests at once on a busy event loop
# spent most of the loop's CPU on that bookkeeping: 3 ms a request, against under 1 ms with a
# few connections. So the async pool of a loop is several clients, each kept small: a request
# goes to the least busy one, another is opened only when each has _SHARD_LOAD requests in
# flight, and sequential use never goes past the first. Their limits add up to about the 100
# connections of a single pool.
_SHARD_LOAD = 8
_MAX_SHARDS = 8
_SHARD_LIMITS = httpx2.Limits(max_connections=13, max_keepalive_connections=13)


@functools.cache
def _ssl_context() -> ssl.SSLContext:
    # Building a context loads the CA bundle (about 20 ms); every async client shares one.
    return httpx2.create_ssl_context()


class LoopPool:
    """The shared keep-alive clients of one event loop, used together as one pool.

    Only ever used from its own loop's thread, so it needs no lock.
    """

    def __init__(self) -> None:
        self.clients: list[httpx2.AsyncClient] = []
        self._load: list[int] = []

    def _open(self) -> int:
        override = _transport_override
        if isinstance(override, httpx2.AsyncBaseTransport):
            transport: httpx2.AsyncBaseTransport = override
        else:
            transport = httpx2.AsyncHTTPTransport(verify=_ssl_context(), limits=_SHARD_LIMITS)
            # Connections on asyncio itself rather than anyio: see aionet.
            from .aionet import AsyncioBackend

            transport._pool._network_backend = AsyncioBackend()  # type: ignore[assignment]
        # The transport holds the TLS context and the limits: a client given one ignores its own.
        self.clients.append(httpx2.AsyncClient(follow_redirects=False, transport=transport))
        self._load.append(0)
        return len(self.clients) - 1

    def first(self) -> httpx2.AsyncClient:
        """The first client, opened if need be."""
        return self.clients[0] if self.clients else self.clients[self._open()]

    @contextlib.contextmanager
    def lease(self) -> Iterator[httpx2.AsyncClient]:
        """The least busy client, counted as busy until the block ends."""
        load = self._load
        index = min(range(len(load)), key=load.__getitem__) if load else -1
        if index < 0 or (load[index] >= _SHARD_LOAD and len(load) < _MAX_SHARDS):
            index = self._open()
        load[index] += 1
        try:
            yield self.clients[index]
        finally:
            load[index] -= 1

    async def aclose(self) -> None:
        """Close every client of the pool."""
        for client in self.clients:
            await client.aclose()


def loop_pool() -> LoopPool:
    """The keep-alive pool of the running event loop.

    An ``httpx2.AsyncClient`` belongs to the loop it was first used in, so there is one pool per
    loop. It is closed, and forgotten, when its loop shuts down its async generators (as
    ``asyncio.run`` does before closing the loop).
    """
    import asyncio

    loop = asyncio.get_running_loop()
    with _pool_lock:
        entry = _async_pools.get(loop)
        if entry is not None:
            return entry[0]
        pool = LoopPool()
        closer = _close_with_loop(loop, pool)
        _async_pools[loop] = (pool, closer)
    # Run the closer up to its yield. Its first step has no await, so this completes at once,
    # and starting it registers it with the running loop's async-generator hooks: the loop's
    # shutdown_asyncgens() then resumes it, which closes the clients while the loop still runs.
    with contextlib.suppress(StopIteration):
        closer.asend(None).send(None)
    return pool


def shared_async_client() -> httpx2.AsyncClient:
    """The first keep-alive client of the running event loop's pool (see :func:`loop_pool`)."""
    return loop_pool().first()


async def _close_with_loop(
    loop: asyncio.AbstractEventLoop, pool: LoopPool
) -> AsyncGenerator[None, None]:
    try:
        yield
    finally:
        with _pool_lock:
            entry = _async_pools.get(loop)
            if entry is not None and entry[0] is pool:
                # The entry refers to the loop through the clients' connections, so the weak
                # key alone would never let it go.
                del _async_pools[loop]
        await pool.aclose()


def set_transport_override(
    transport: httpx2.BaseTransport | httpx2.AsyncBaseTransport | None,
) -> None:
    """Route the shared clients through ``transport`` (``None`` restores the network).

    Used by :mod:`smartcar.testing` to point every SDK call at the in-process simulator.
    Clients passed in explicitly are not affected.
    """
    global _transport_override, _sync_pool
    with _pool_lock:
        _transport_override = transport
        old, _sync_pool = _sync_pool, None
        _async_pools.clear()
    if old is not None:
        old.close()


def close_shared_clients() -> None:
    """Close the shared sync client; async ones close with their event loops."""
    global _sync_pool
    with _pool_lock:
        old, _sync_pool = _sync_pool, None
    if old is not None:
        old.close()
