"""The asyncio network backend of the shared async pools (smartcar/_http/aionet.py)."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Awaitable, Callable
from typing import Any

import httpcore2
import pytest

from smartcar._http import network, pools
from smartcar._http.aionet import _HIGH_WATER, AsyncioBackend

# Loopback only: these tests talk to servers of their own on 127.0.0.1.
pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


def with_server(handler: Handler, body: Callable[[int], Awaitable[Any]]) -> Any:
    """Run ``body(port)`` while a loopback server answers each connection with ``handler``."""

    async def main() -> Any:
        server = await asyncio.start_server(handler, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        try:
            return await body(port)
        finally:
            server.close()
            await asyncio.sleep(0.05)  # the handlers see their connections end and close them

    return asyncio.run(main())


async def silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        await reader.read(100)  # takes the request, never answers
        await asyncio.sleep(5)
    finally:
        writer.close()


async def hang_up(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    writer.close()


def test_a_read_with_nothing_sent_ends_in_httpcore2s_read_timeout() -> None:
    async def body(port: int) -> None:
        stream = await AsyncioBackend().connect_tcp("127.0.0.1", port, timeout=5)
        await stream.write(b"GET / HTTP/1.1\r\n\r\n", timeout=5)
        with pytest.raises(httpcore2.ReadTimeout):
            await stream.read(100, timeout=0.2)
        await stream.aclose()

    with_server(silent, body)


def test_a_connection_the_server_closed_is_readable_and_reads_empty() -> None:
    async def body(port: int) -> tuple[Any, bytes]:
        stream = await AsyncioBackend().connect_tcp("127.0.0.1", port, timeout=5)
        data = await stream.read(100, timeout=5)
        # The pool asks this of an idle connection before reusing it: not reusable now.
        return stream.get_extra_info("is_readable"), data

    readable, data = with_server(hang_up, body)
    assert readable is True
    assert data == b""


def test_an_open_idle_connection_is_not_readable() -> None:
    async def body(port: int) -> Any:
        stream = await AsyncioBackend().connect_tcp("127.0.0.1", port, timeout=5)
        try:
            return stream.get_extra_info("is_readable"), stream.get_extra_info("server_addr")
        finally:
            await stream.aclose()

    readable, peer = with_server(silent, body)
    assert readable is False
    assert peer[0] == "127.0.0.1"


def test_a_refused_connection_is_httpcore2s_connect_error() -> None:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]

    async def body() -> None:
        await AsyncioBackend().connect_tcp("127.0.0.1", port, timeout=5)

    with pytest.raises(httpcore2.ConnectError):
        asyncio.run(body())


def test_a_large_body_is_not_buffered_past_the_high_water_mark() -> None:
    size = 8 * _HIGH_WATER

    async def flood(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(b"x" * size)
        await writer.drain()
        writer.close()

    async def body(port: int) -> tuple[int, int]:
        stream = await AsyncioBackend().connect_tcp("127.0.0.1", port, timeout=5)
        await asyncio.sleep(0.5)  # the server writes all it can meanwhile
        buffered = len(stream._protocol.buffer)
        received = 0
        while chunk := await stream.read(65536, timeout=5):
            received += len(chunk)
        return buffered, received

    buffered, received = with_server(flood, body)
    assert buffered <= _HIGH_WATER + 256 * 1024  # one more socket read may land after pausing
    assert received == size  # reading resumes: nothing is lost


def test_the_shared_async_pool_uses_it_under_the_deadline_wrapper() -> None:
    pools.set_transport_override(None)

    async def main() -> Any:
        client = pools.loop_pool().first()
        network.guard(client)
        return client._transport._pool._network_backend  # type: ignore[attr-defined]

    backend = asyncio.run(main())
    assert isinstance(backend, network._AsyncBackend)
    assert isinstance(backend._inner, AsyncioBackend)
