"""httpcore2's network backend written on asyncio's transports and protocols directly.

httpcore2 runs its asyncio connections on anyio, which wraps every read and every write of a
connection in a cancel scope (``anyio.fail_after``), a task lookup and a stream object of its
own. On a busy event loop that bookkeeping was a fifth of the client's CPU per request
(``make bench``; the README's performance section). This backend hands httpcore2 the same
streams, with the same timeouts and the same httpcore2 exceptions, from asyncio's own
primitives: a read waits on one future with one timer, a write is ``transport.write``.

Used by the SDK's shared keep-alive pools (:mod:`.pools`) only; a client passed in keeps its
own backend. The call's deadline is held by the wrapper of :mod:`.network`, as for any backend.
"""

from __future__ import annotations

import asyncio
import socket
import ssl
from collections.abc import Iterable
from typing import Any

import httpcore2

__all__ = ["AsyncioBackend"]

# A connection's protocol stops reading from the socket past this many unread bytes, so a body
# the engine refuses (over the size cap) is never buffered whole.
_HIGH_WATER = 256 * 1024


class _Protocol(asyncio.Protocol):
    """The receiving side of one connection: bytes buffered until a read takes them."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self.transport: asyncio.Transport | None = None
        self.buffer = bytearray()
        self.eof = False
        self.error: Exception | None = None
        self._waiter: asyncio.Future[None] | None = None
        self._drain: asyncio.Future[None] | None = None
        self._paused = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        if len(self.buffer) > _HIGH_WATER and not self._paused and self.transport is not None:
            self._paused = True
            self.transport.pause_reading()
        self._wake()

    def eof_received(self) -> bool:
        self.eof = True
        self._wake()
        return False  # close the transport: HTTP/1.1 has no use for a half-closed connection

    def connection_lost(self, exc: Exception | None) -> None:
        self.eof = True
        if exc is not None:
            self.error = exc
        self._wake()
        drain, self._drain = self._drain, None
        if drain is not None and not drain.done():
            drain.set_result(None)

    def pause_writing(self) -> None:
        self._drain = self._loop.create_future()

    def resume_writing(self) -> None:
        drain, self._drain = self._drain, None
        if drain is not None and not drain.done():
            drain.set_result(None)

    def _wake(self) -> None:
        waiter = self._waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    def take(self, max_bytes: int) -> bytes:
        data = bytes(self.buffer[:max_bytes])
        del self.buffer[:max_bytes]
        if self._paused and len(self.buffer) <= _HIGH_WATER // 4 and self.transport is not None:
            self._paused = False
            self.transport.resume_reading()
        return data

    async def wait(self, future: asyncio.Future[None], timeout: float | None, error: type) -> None:
        """Wait for ``future``, raising httpcore2's ``error`` after ``timeout`` seconds."""
        timer = None if timeout is None else self._loop.call_later(timeout, _expire, future)
        try:
            await future
        except TimeoutError:
            raise error("timed out") from None
        finally:
            if timer is not None:
                timer.cancel()

    async def readable(self, timeout: float | None) -> None:
        """Return once there are bytes to read or the connection has ended."""
        if self.buffer or self.eof:
            return
        self._waiter = self._loop.create_future()
        try:
            await self.wait(self._waiter, timeout, httpcore2.ReadTimeout)
        finally:
            self._waiter = None

    async def drained(self, timeout: float | None) -> None:
        """Return once the transport takes writes again (at once unless it asked to pause)."""
        drain = self._drain
        if drain is not None:
            await self.wait(drain, timeout, httpcore2.WriteTimeout)


def _expire(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_exception(TimeoutError())


class _Stream:
    """httpcore2's ``AsyncNetworkStream`` over one asyncio transport."""

    def __init__(self, transport: asyncio.Transport, protocol: _Protocol) -> None:
        self._transport = transport
        self._protocol = protocol

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        protocol = self._protocol
        if not protocol.buffer:
            if protocol.eof:
                if protocol.error is not None:
                    raise httpcore2.ReadError(str(protocol.error))
                return b""
            await protocol.readable(timeout)
            if not protocol.buffer:
                if protocol.error is not None:
                    raise httpcore2.ReadError(str(protocol.error))
                return b""
        return protocol.take(max_bytes)

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if not buffer:
            return
        if self._transport.is_closing():
            raise httpcore2.WriteError("the connection is closed")
        self._transport.write(buffer)
        await self._protocol.drained(timeout)

    async def aclose(self) -> None:
        self._transport.close()

    async def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> _Stream:
        loop = asyncio.get_running_loop()
        try:
            async with asyncio.timeout(timeout):
                transport = await loop.start_tls(
                    self._transport, self._protocol, ssl_context, server_hostname=server_hostname
                )
        except TimeoutError:
            self._transport.close()
            raise httpcore2.ConnectTimeout("TLS handshake timed out") from None
        except (OSError, ssl.SSLError) as error:
            self._transport.close()
            raise httpcore2.ConnectError(str(error)) from error
        assert isinstance(transport, asyncio.Transport)
        self._protocol.transport = transport
        return _Stream(transport, self._protocol)

    def get_extra_info(self, info: str) -> Any:
        transport = self._transport
        if info == "ssl_object":
            return transport.get_extra_info("ssl_object")
        if info == "client_addr":
            return transport.get_extra_info("sockname")
        if info == "server_addr":
            return transport.get_extra_info("peername")
        if info == "socket":
            return transport.get_extra_info("socket")
        if info == "is_readable":
            # An idle connection that received bytes or an end is not reusable. The loop reads
            # the socket eagerly, so this state, not the socket's, says so.
            protocol = self._protocol
            return bool(protocol.buffer) or protocol.eof
        return None


class AsyncioBackend:
    """httpcore2's ``AsyncNetworkBackend`` on asyncio, without anyio (see the module)."""

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> _Stream:
        loop = asyncio.get_running_loop()
        local = None if local_address is None else (local_address, 0)
        try:
            async with asyncio.timeout(timeout):
                transport, protocol = await loop.create_connection(
                    lambda: _Protocol(loop), host, port, local_addr=local
                )
        except TimeoutError:
            raise httpcore2.ConnectTimeout(f"connecting to {host}:{port} timed out") from None
        except OSError as error:
            raise httpcore2.ConnectError(str(error)) from error
        assert isinstance(transport, asyncio.Transport) and isinstance(protocol, _Protocol)
        sock: socket.socket | None = transport.get_extra_info("socket")
        # asyncio sets TCP_NODELAY itself; the caller's options come on top, as with anyio.
        for option in socket_options or ():
            if sock is not None:
                sock.setsockopt(*option)
        return _Stream(transport, protocol)

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> _Stream:
        loop = asyncio.get_running_loop()
        try:
            async with asyncio.timeout(timeout):
                transport, protocol = await loop.create_unix_connection(
                    lambda: _Protocol(loop), path
                )
        except TimeoutError:
            raise httpcore2.ConnectTimeout(f"connecting to {path} timed out") from None
        except OSError as error:
            raise httpcore2.ConnectError(str(error)) from error
        assert isinstance(transport, asyncio.Transport) and isinstance(protocol, _Protocol)
        return _Stream(transport, protocol)

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)
