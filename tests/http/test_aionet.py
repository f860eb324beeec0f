"""The asyncio network backend of the shared async pools (smartcar/_http/aionet.py)."""

from __future__ import annotations

import asyncio
import socket
import ssl
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpcore2
import pytest

from smartcar._http import aionet, network, pools
from smartcar._http.aionet import _HIGH_WATER, AsyncioBackend, _Protocol, _Stream

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


# --- in process: the protocol and the stream over a fake transport ---------------------------


class FakeTransport(asyncio.Transport):
    """An asyncio transport that records what is asked of it."""

    def __init__(self, closing: bool = False) -> None:
        super().__init__()
        self.calls: list[tuple[Any, ...]] = []
        self.closing = closing

    def pause_reading(self) -> None:
        self.calls.append(("pause",))

    def resume_reading(self) -> None:
        self.calls.append(("resume",))

    def write(self, data: bytes) -> None:
        self.calls.append(("write", data))

    def is_closing(self) -> bool:
        return self.closing

    def close(self) -> None:
        self.calls.append(("close",))

    def get_extra_info(self, name: str) -> Any:
        return f"transport:{name}"


class Loop:
    """The running loop, with the timers a protocol sets recorded."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self.timers: list[tuple[float, asyncio.TimerHandle]] = []

    def create_future(self) -> asyncio.Future[None]:
        return self._loop.create_future()

    def call_later(self, delay: float, *args: Any) -> asyncio.TimerHandle:
        handle = self._loop.call_later(delay, *args)
        self.timers.append((delay, handle))
        return handle


def protocol_on(transport: FakeTransport | None = None) -> tuple[_Protocol, Loop]:
    loop = Loop(asyncio.get_running_loop())
    protocol = _Protocol(loop)  # type: ignore[arg-type]
    if transport is not None:
        protocol.connection_made(transport)  # type: ignore[arg-type]
    return protocol, loop


def test_a_new_protocol_holds_nothing() -> None:
    async def main() -> None:
        protocol, _ = protocol_on()
        assert protocol.transport is None
        assert protocol.buffer == bytearray()
        assert protocol.eof is False
        assert protocol.error is None
        assert protocol._waiter is None and protocol._drain is None
        assert protocol._paused is False
        protocol.data_received(b"x" * (_HIGH_WATER + 1))  # no transport yet: nothing to pause
        assert protocol._paused is False

    asyncio.run(main())


def test_reading_pauses_past_the_high_water_mark_and_resumes_at_a_quarter_of_it() -> None:
    async def main() -> list[tuple[Any, ...]]:
        transport = FakeTransport()
        protocol, _ = protocol_on(transport)
        protocol.data_received(b"a" * _HIGH_WATER)  # at the mark: still reading
        assert transport.calls == []
        protocol.data_received(b"b")
        assert transport.calls == [("pause",)] and protocol._paused is True
        protocol.data_received(b"c")  # paused once only
        assert transport.calls == [("pause",)]
        total = _HIGH_WATER + 2
        first = protocol.take(total - _HIGH_WATER // 4 - 1)  # one byte over a quarter left
        assert first == b"a" * len(first)
        assert len(protocol.buffer) == _HIGH_WATER // 4 + 1
        assert transport.calls == [("pause",)]
        assert protocol.take(1) == b"a"  # exactly a quarter left: reading resumes
        assert transport.calls == [("pause",), ("resume",)] and protocol._paused is False
        protocol.take(1)
        assert bytes(protocol.buffer[-2:]) == b"bc"
        return transport.calls

    assert asyncio.run(main()) == [("pause",), ("resume",)]


def test_take_returns_at_most_max_bytes_in_order() -> None:
    async def main() -> None:
        protocol, _ = protocol_on(FakeTransport())
        protocol.data_received(b"hello ")
        protocol.data_received(b"world")
        assert protocol.take(3) == b"hel"
        assert protocol.take(100) == b"lo world"
        assert protocol.take(5) == b""

    asyncio.run(main())


def test_an_end_or_a_loss_wakes_a_reader_and_a_lost_connection_keeps_its_error() -> None:
    async def main() -> None:
        protocol, _ = protocol_on(FakeTransport())
        assert protocol.eof_received() is False  # the transport closes itself
        assert protocol.eof is True and protocol.error is None
        protocol, _ = protocol_on(FakeTransport())
        protocol.connection_lost(None)
        assert protocol.eof is True and protocol.error is None
        protocol, _ = protocol_on(FakeTransport())
        error = ConnectionResetError("reset by peer")
        protocol.pause_writing()
        drain = protocol._drain
        assert drain is not None and not drain.done()
        protocol.connection_lost(error)
        assert protocol.eof is True and protocol.error is error
        assert drain.done() and drain.result() is None and protocol._drain is None
        protocol.connection_lost(None)  # a drained future already taken: nothing to do

    asyncio.run(main())


def test_writing_waits_while_paused_and_resumes() -> None:
    async def main() -> None:
        transport = FakeTransport()
        protocol, loop = protocol_on(transport)
        stream = _Stream(transport, protocol)  # type: ignore[arg-type]
        await stream.write(b"first", timeout=5)  # never paused: no wait, no timer
        assert loop.timers == []
        protocol.pause_writing()
        drain = protocol._drain
        assert drain is not None
        writing = asyncio.ensure_future(stream.write(b"second", timeout=5))
        await asyncio.sleep(0)
        assert not writing.done()
        protocol.resume_writing()
        await writing
        assert drain.result() is None and protocol._drain is None
        assert transport.calls == [("write", b"first"), ("write", b"second")]
        assert [delay for delay, _ in loop.timers] == [5]
        assert loop.timers[0][1].cancelled()  # the timer of a wait that ended is cancelled
        protocol.resume_writing()  # not paused: nothing to do

    asyncio.run(main())


def test_a_write_not_drained_in_time_is_httpcore2s_write_timeout() -> None:
    async def main() -> None:
        transport = FakeTransport()
        protocol, _ = protocol_on(transport)
        stream = _Stream(transport, protocol)  # type: ignore[arg-type]
        protocol.pause_writing()
        with pytest.raises(httpcore2.WriteTimeout) as raised:
            await stream.write(b"x", timeout=0.01)
        assert type(raised.value) is httpcore2.WriteTimeout
        assert str(raised.value) == "timed out"
        assert raised.value.__cause__ is None and raised.value.__suppress_context__

    asyncio.run(main())


def test_an_empty_write_writes_nothing_and_a_closing_transport_refuses_writes() -> None:
    async def main() -> None:
        transport = FakeTransport(closing=True)
        protocol, _ = protocol_on(transport)
        stream = _Stream(transport, protocol)  # type: ignore[arg-type]
        await stream.write(b"")
        with pytest.raises(httpcore2.WriteError, match=r"^the connection is closed$"):
            await stream.write(b"x")
        assert transport.calls == []
        await stream.aclose()
        assert transport.calls == [("close",)]

    asyncio.run(main())


def test_a_read_takes_what_is_buffered_or_waits_for_it() -> None:
    async def main() -> None:
        transport = FakeTransport()
        protocol, loop = protocol_on(transport)
        stream = _Stream(transport, protocol)  # type: ignore[arg-type]
        protocol.data_received(b"abcdef")
        assert await stream.read(4, timeout=5) == b"abcd"  # buffered: no wait, no timer
        assert await stream.read(4) == b"ef"
        assert loop.timers == []
        reading = asyncio.ensure_future(stream.read(3, timeout=5))
        await asyncio.sleep(0)
        assert not reading.done() and protocol._waiter is not None
        protocol.data_received(b"ghijk")
        assert await reading == b"ghi"
        assert protocol._waiter is None
        assert [delay for delay, _ in loop.timers] == [5]
        assert loop.timers[0][1].cancelled()
        assert await stream.read(10) == b"jk"
        reading = asyncio.ensure_future(stream.read(3))  # no timeout: no timer
        await asyncio.sleep(0)
        assert len(loop.timers) == 1
        reading.cancel()
        with pytest.raises(asyncio.CancelledError):
            await reading
        assert protocol._waiter is None

    asyncio.run(main())


def test_a_read_with_nothing_in_time_is_httpcore2s_read_timeout() -> None:
    async def main() -> None:
        transport = FakeTransport()
        protocol, _ = protocol_on(transport)
        stream = _Stream(transport, protocol)  # type: ignore[arg-type]
        with pytest.raises(httpcore2.ReadTimeout) as raised:
            await stream.read(3, timeout=0.01)
        assert type(raised.value) is httpcore2.ReadTimeout
        assert str(raised.value) == "timed out"
        assert raised.value.__cause__ is None and raised.value.__suppress_context__
        assert protocol._waiter is None

    asyncio.run(main())


def test_a_read_at_the_end_is_empty_or_the_connections_error() -> None:
    async def main() -> None:
        transport = FakeTransport()
        protocol, _ = protocol_on(transport)
        stream = _Stream(transport, protocol)  # type: ignore[arg-type]
        protocol.data_received(b"tail")
        protocol.eof_received()
        assert await stream.read(10) == b"tail"  # what came before the end is read first
        assert await stream.read(10) == b""
        protocol.connection_lost(ConnectionResetError("reset by peer"))
        with pytest.raises(httpcore2.ReadError, match=r"^reset by peer$"):
            await stream.read(10)
        # The end arriving while a read waits.
        protocol, _ = protocol_on(transport)
        stream = _Stream(transport, protocol)  # type: ignore[arg-type]
        reading = asyncio.ensure_future(stream.read(10, timeout=5))
        await asyncio.sleep(0)
        protocol.connection_lost(None)
        assert await reading == b""
        protocol, _ = protocol_on(transport)
        stream = _Stream(transport, protocol)  # type: ignore[arg-type]
        reading = asyncio.ensure_future(stream.read(10, timeout=5))
        await asyncio.sleep(0)
        protocol.connection_lost(OSError("broken pipe"))
        with pytest.raises(httpcore2.ReadError, match=r"^broken pipe$"):
            await reading

    asyncio.run(main())


def test_extra_info_maps_httpcores_names_to_the_transports() -> None:
    async def main() -> None:
        transport = FakeTransport()
        protocol, _ = protocol_on(transport)
        stream = _Stream(transport, protocol)  # type: ignore[arg-type]
        assert stream.get_extra_info("ssl_object") == "transport:ssl_object"
        assert stream.get_extra_info("client_addr") == "transport:sockname"
        assert stream.get_extra_info("server_addr") == "transport:peername"
        assert stream.get_extra_info("socket") == "transport:socket"
        assert stream.get_extra_info("peername") is None
        assert stream.get_extra_info("other") is None
        assert stream.get_extra_info("is_readable") is False
        protocol.data_received(b"x")
        assert stream.get_extra_info("is_readable") is True
        protocol.take(1)
        assert stream.get_extra_info("is_readable") is False
        protocol.eof_received()
        assert stream.get_extra_info("is_readable") is True

    asyncio.run(main())


def test_start_tls_upgrades_the_transport_of_the_same_protocol(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    upgraded = FakeTransport()
    seen: list[Any] = []

    async def start_tls(transport: Any, protocol: Any, context: Any, **kwargs: Any) -> Any:
        seen.append((transport, protocol, context, kwargs))
        return upgraded

    async def main() -> None:
        monkeypatch.setattr(asyncio.get_running_loop(), "start_tls", start_tls)
        transport = FakeTransport()
        protocol, _ = protocol_on(transport)
        stream = _Stream(transport, protocol)  # type: ignore[arg-type]
        tls = await stream.start_tls("context", "host.test", timeout=5)  # type: ignore[arg-type]
        assert seen == [(transport, protocol, "context", {"server_hostname": "host.test"})]
        assert tls._transport is upgraded and tls._protocol is protocol
        assert protocol.transport is upgraded
        assert transport.calls == []
        await tls.start_tls("context")  # type: ignore[arg-type]
        assert seen[-1][3] == {"server_hostname": None}

    asyncio.run(main())


@pytest.mark.parametrize(
    "failure",
    [OSError("no route"), ssl.SSLError("bad certificate"), "hang"],
    ids=["os", "ssl", "timeout"],
)
def test_a_failed_tls_handshake_closes_the_transport(
    monkeypatch: pytest.MonkeyPatch, failure: Any
) -> None:
    async def start_tls(*args: Any, **kwargs: Any) -> Any:
        if failure == "hang":
            await asyncio.sleep(5)
        raise failure

    async def main() -> None:
        monkeypatch.setattr(asyncio.get_running_loop(), "start_tls", start_tls)
        transport = FakeTransport()
        protocol, _ = protocol_on(transport)
        stream = _Stream(transport, protocol)  # type: ignore[arg-type]
        with pytest.raises((httpcore2.ConnectError, httpcore2.ConnectTimeout)) as raised:
            await stream.start_tls("context", "host.test", timeout=0.01)  # type: ignore[arg-type]
        if failure == "hang":
            assert type(raised.value) is httpcore2.ConnectTimeout
            assert str(raised.value) == "TLS handshake timed out"
            assert raised.value.__cause__ is None and raised.value.__suppress_context__
        else:
            assert type(raised.value) is httpcore2.ConnectError
            assert str(raised.value) == str(failure)
            assert raised.value.__cause__ is failure
        assert transport.calls == [("close",)]
        assert protocol.transport is transport

    started = time.monotonic()
    asyncio.run(main())
    assert time.monotonic() - started < 4  # the handshake's timeout ended it, not the hang


# --- the backend's connections -----------------------------------------------------------


def test_a_connection_from_a_local_address_with_socket_options() -> None:
    async def greet(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(b"hello")
        await writer.drain()
        writer.close()

    async def body(port: int) -> Any:
        option = (socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
        stream = await AsyncioBackend().connect_tcp(
            "127.0.0.1", port, timeout=5, local_address="127.0.0.1", socket_options=[option]
        )
        try:
            sock = stream.get_extra_info("socket")
            keepalive = sock.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE)
            return keepalive, stream.get_extra_info("client_addr"), await stream.read(10, 5)
        finally:
            await stream.aclose()

    keepalive, local, data = with_server(greet, body)
    assert keepalive != 0
    assert local[0] == "127.0.0.1"
    assert data == b"hello"


def test_a_local_address_is_bound_to_any_port(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[Any] = []

    async def create_connection(factory: Any, host: str, port: int, **kwargs: Any) -> Any:
        seen.append((host, port, kwargs))
        raise OSError("refused")

    async def main() -> None:
        monkeypatch.setattr(asyncio.get_running_loop(), "create_connection", create_connection)
        with pytest.raises(httpcore2.ConnectError, match=r"^refused$") as raised:
            await AsyncioBackend().connect_tcp("h.test", 1, local_address="10.0.0.1")
        assert isinstance(raised.value.__cause__, OSError)
        with pytest.raises(httpcore2.ConnectError):
            await AsyncioBackend().connect_tcp("h.test", 2)

    asyncio.run(main())
    assert seen == [
        ("h.test", 1, {"local_addr": ("10.0.0.1", 0)}),
        ("h.test", 2, {"local_addr": None}),
    ]


def test_a_connect_not_made_in_time_is_httpcore2s_connect_timeout(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    async def hang(*args: Any, **kwargs: Any) -> Any:
        await asyncio.sleep(5)

    async def main() -> None:
        loop = asyncio.get_running_loop()
        monkeypatch.setattr(loop, "create_connection", hang)
        monkeypatch.setattr(loop, "create_unix_connection", hang)
        with pytest.raises(httpcore2.ConnectTimeout) as raised:
            await AsyncioBackend().connect_tcp("h.test", 443, timeout=0.01)
        assert str(raised.value) == "connecting to h.test:443 timed out"
        assert raised.value.__cause__ is None and raised.value.__suppress_context__
        with pytest.raises(httpcore2.ConnectTimeout) as raised:
            await AsyncioBackend().connect_unix_socket("/run/x.sock", timeout=0.01)
        assert str(raised.value) == "connecting to /run/x.sock timed out"
        assert raised.value.__cause__ is None and raised.value.__suppress_context__

    started = time.monotonic()
    asyncio.run(main())
    assert time.monotonic() - started < 4  # the timeouts ended them, not the hangs


@pytest.mark.block_network(allowed_hosts=["127.0.0.1", "/"])  # and socket paths
def test_a_unix_socket_connection_reads_and_writes(tmp_path: Any) -> None:
    path = str(tmp_path / "s")

    async def echo(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(await reader.read(100))
        await writer.drain()
        writer.close()

    async def main() -> Any:
        server = await asyncio.start_unix_server(echo, path)
        try:
            stream = await AsyncioBackend().connect_unix_socket(path, timeout=5)
            await stream.write(b"ping", timeout=5)
            data = await stream.read(100, timeout=5)
            await stream.aclose()
            with pytest.raises(httpcore2.ConnectError) as raised:
                await AsyncioBackend().connect_unix_socket(str(tmp_path / "none"))
            assert isinstance(raised.value.__cause__, OSError)
            assert str(raised.value) == str(raised.value.__cause__)
            return data
        finally:
            server.close()

    assert asyncio.run(main()) == b"ping"


def test_the_backend_sleeps_for_the_time_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    monkeypatch.setattr(aionet.asyncio, "sleep", sleep)
    asyncio.run(AsyncioBackend().sleep(0.25))
    assert slept == [0.25]
