"""The call's deadline at the network layer: no socket wait of a call outlasts it.

httpx2's read timeout restarts with every read, so a server that sends its status line and then
one byte of a header every half second holds a request as long as it likes: no check made
after ``client.send`` returns can stop it, because ``send`` itself has not returned. So the
deadline is enforced where bytes are awaited. While the engine sends a request or reads its
body it sets the call's deadline (:func:`within`); every connect, TLS handshake, write and read
of the network streams under the SDK's clients then waits at most
``min(phase timeout, time left)``, and raises httpcore2's timeout of that phase once no time is
left. No byte pattern can stretch a call past its deadline, whatever the phase.

The same scope bounds whatever the call does on its behalf: a token refresh made for a call
runs inside it, and a nested call (the refresh's own request) gets the earlier of its own
deadline and the caller's (:func:`deadline_at`).

Outside a scope (an ``httpx2.Client`` passed in and also used by the caller's own code) the
streams behave exactly as httpcore2's own. httpcore2 is only imported once a deadline has passed.
"""

from __future__ import annotations

import math
import time
import weakref
from contextvars import ContextVar
from typing import Any

import httpx2

_DEADLINE: ContextVar[float] = ContextVar("smartcar_call_deadline", default=math.inf)
_REQUEST: ContextVar[httpx2.Request | None] = ContextVar("smartcar_request", default=None)

__all__ = ["current_request", "deadline_at", "guard", "time_left", "within"]


def current_request() -> httpx2.Request | None:
    """The request being sent, while it is (for the redacting log filter, :mod:`.logs`)."""
    return _REQUEST.get()


def deadline_at() -> float:
    """The ``time.monotonic()`` by which the current call must end (``inf`` outside a call)."""
    return _DEADLINE.get()


def time_left() -> float | None:
    """Seconds left before the current call's deadline; ``None`` outside a call."""
    at = _DEADLINE.get()
    return None if at == math.inf else at - time.monotonic()


class within:
    """Run the block under the deadline ``at`` (or the enclosing one, if that is earlier).

    ``request`` is the request the block sends, if any: the HTTP library's log records of it
    are redacted of the credentials it carries. A class rather than a generator-based context
    manager: the engine enters one for every send and every body chunk it reads.
    """

    __slots__ = ("_at", "_deadline_token", "_request", "_request_token")

    def __init__(self, at: float, request: httpx2.Request | None = None) -> None:
        self._at = at
        self._request = request

    def __enter__(self) -> None:
        self._deadline_token = _DEADLINE.set(min(self._at, _DEADLINE.get()))
        request = self._request
        self._request_token = _REQUEST.set(request) if request is not None else None

    def __exit__(self, *exc_info: object) -> None:
        if self._request_token is not None:
            _REQUEST.reset(self._request_token)
        _DEADLINE.reset(self._deadline_token)


def _bounded(timeout: float | None, phase: str) -> float | None:
    """``timeout`` cut to the time left; raises httpcore2's ``phase`` timeout if none is left."""
    at = _DEADLINE.get()
    if at == math.inf:
        return timeout
    left = at - time.monotonic()
    if left <= 0:
        import httpcore2

        raise getattr(httpcore2, phase)("the call's deadline passed")
    return left if timeout is None else min(timeout, left)


class _Stream:
    """A blocking network stream whose every wait ends by the call's deadline."""

    __slots__ = ("_inner",)

    def __init__(self, inner: Any) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        data: bytes = self._inner.read(max_bytes, _bounded(timeout, "ReadTimeout"))
        return data

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _bounded(timeout, "WriteTimeout"))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> _Stream:
        bounded = _bounded(timeout, "ConnectTimeout")
        return _Stream(self._inner.start_tls(ssl_context, server_hostname, bounded))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _AsyncStream:
    """An asyncio network stream whose every wait ends by the call's deadline."""

    __slots__ = ("_inner",)

    def __init__(self, inner: Any) -> None:
        self._inner = inner

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        data: bytes = await self._inner.read(max_bytes, _bounded(timeout, "ReadTimeout"))
        return data

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._inner.write(buffer, _bounded(timeout, "WriteTimeout"))

    async def aclose(self) -> None:
        await self._inner.aclose()

    async def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> _AsyncStream:
        bounded = _bounded(timeout, "ConnectTimeout")
        return _AsyncStream(await self._inner.start_tls(ssl_context, server_hostname, bounded))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _Backend:
    """httpcore2's blocking network backend, handing out deadline-bound streams."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> _Stream:
        bounded = _bounded(timeout, "ConnectTimeout")
        return _Stream(self._inner.connect_tcp(host, port, bounded, local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Any = None
    ) -> _Stream:
        bounded = _bounded(timeout, "ConnectTimeout")
        return _Stream(self._inner.connect_unix_socket(path, bounded, socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class _AsyncBackend:
    """httpcore2's asyncio network backend, handing out deadline-bound streams."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> _AsyncStream:
        bounded = _bounded(timeout, "ConnectTimeout")
        stream = await self._inner.connect_tcp(host, port, bounded, local_address, socket_options)
        return _AsyncStream(stream)

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Any = None
    ) -> _AsyncStream:
        bounded = _bounded(timeout, "ConnectTimeout")
        return _AsyncStream(await self._inner.connect_unix_socket(path, bounded, socket_options))

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


_guarded: weakref.WeakSet[Any] = weakref.WeakSet()


def guard(client: httpx2.Client | httpx2.AsyncClient, *, is_async: bool | None = None) -> None:
    """Make the network streams of ``client``'s connection pools keep the call's deadline.

    Every httpcore2 pool under the client (its transport and those mounted for proxies) gets
    its network backend wrapped, once; a transport without one (``httpx2.MockTransport``, a
    caller's own) is left as it is, and the engine's checks between body chunks still apply.
    Outside an SDK call the wrapped streams behave as before, so a caller's client is safe to
    guard too. ``is_async`` says which kind of client it is, for one of another library (an
    old httpx client, whose httpcore pools take the same network backends).
    """
    if client in _guarded:
        return
    if is_async is None:
        is_async = isinstance(client, httpx2.AsyncClient)
    wrap = _AsyncBackend if is_async else _Backend
    mounts = getattr(client, "_mounts", {})
    for transport in (getattr(client, "_transport", None), *mounts.values()):
        pool = getattr(transport, "_pool", None)
        backend = getattr(pool, "_network_backend", None)
        if backend is not None and not isinstance(backend, _Backend | _AsyncBackend):
            pool._network_backend = wrap(backend)  # type: ignore[union-attr]
    _guarded.add(client)
