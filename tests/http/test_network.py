"""The call's deadline at the network layer (smartcar/_http/network.py), in process and fast.

The end-to-end checks against dripping servers are in ``test_deadline.py`` (slow, so left out
of the mutation runs); these drive the deadline-bound streams and backends over fake inner ones
that record the timeout each wait is given, with the clock fixed by monkeypatching.
"""

from __future__ import annotations

import asyncio
import math
from typing import Any

import httpcore2
import httpx2
import pytest

from smartcar._http import network

NOW = 1000.0


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def monotonic(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    fake = Clock()
    monkeypatch.setattr(network, "time", fake)
    return fake


class Inner:
    """A fake blocking stream and backend: each call is recorded with its arguments."""

    def __init__(self) -> None:
        self.calls: list[tuple[Any, ...]] = []

    def read(self, max_bytes: int, timeout: float | None) -> bytes:
        self.calls.append(("read", max_bytes, timeout))
        return b"data"

    def write(self, buffer: bytes, timeout: float | None) -> None:
        self.calls.append(("write", buffer, timeout))

    def close(self) -> None:
        self.calls.append(("close",))

    def start_tls(self, ctx: Any, host: str | None, timeout: float | None) -> Inner:
        self.calls.append(("start_tls", ctx, host, timeout))
        return Inner()

    def get_extra_info(self, info: str) -> Any:
        self.calls.append(("info", info))
        return f"info:{info}"

    def connect_tcp(self, host: str, port: int, timeout: Any, local: Any, opts: Any) -> Inner:
        self.calls.append(("tcp", host, port, timeout, local, opts))
        return Inner()

    def connect_unix_socket(self, path: str, timeout: Any, opts: Any) -> Inner:
        self.calls.append(("unix", path, timeout, opts))
        return Inner()

    def sleep(self, seconds: float) -> None:
        self.calls.append(("sleep", seconds))


class AsyncInner:
    """The asyncio counterpart of :class:`Inner`."""

    def __init__(self) -> None:
        self.calls: list[tuple[Any, ...]] = []

    async def read(self, max_bytes: int, timeout: float | None) -> bytes:
        self.calls.append(("read", max_bytes, timeout))
        return b"data"

    async def write(self, buffer: bytes, timeout: float | None) -> None:
        self.calls.append(("write", buffer, timeout))

    async def aclose(self) -> None:
        self.calls.append(("aclose",))

    async def start_tls(self, ctx: Any, host: str | None, timeout: float | None) -> AsyncInner:
        self.calls.append(("start_tls", ctx, host, timeout))
        return AsyncInner()

    def get_extra_info(self, info: str) -> Any:
        self.calls.append(("info", info))
        return f"info:{info}"

    async def connect_tcp(
        self, host: str, port: int, timeout: Any, local: Any, opts: Any
    ) -> AsyncInner:
        self.calls.append(("tcp", host, port, timeout, local, opts))
        return AsyncInner()

    async def connect_unix_socket(self, path: str, timeout: Any, opts: Any) -> AsyncInner:
        self.calls.append(("unix", path, timeout, opts))
        return AsyncInner()

    async def sleep(self, seconds: float) -> None:
        self.calls.append(("sleep", seconds))


def run(coro: Any) -> Any:
    return asyncio.run(coro)


# --- the scope --------------------------------------------------------------------------------


def test_outside_a_call_there_is_no_deadline_nor_request() -> None:
    assert network.deadline_at() == math.inf
    assert network.time_left() is None
    assert network.current_request() is None


def test_a_scope_sets_the_deadline_and_request_and_restores_them(clock: Clock) -> None:
    request = httpx2.Request("GET", "https://example.test/")
    with network.within(NOW + 5, request):
        assert network.deadline_at() == NOW + 5
        assert network.time_left() == 5
        assert network.current_request() is request
        with network.within(NOW + 2):  # no request of its own: the enclosing one stays
            assert network.deadline_at() == NOW + 2
            assert network.current_request() is request
        assert network.deadline_at() == NOW + 5
        with network.within(NOW + 50):  # a later deadline does not extend the call's
            assert network.deadline_at() == NOW + 5
    assert network.deadline_at() == math.inf
    assert network.current_request() is None


def test_a_scope_is_left_as_it_was_after_an_error(clock: Clock) -> None:
    request = httpx2.Request("GET", "https://example.test/")
    with pytest.raises(ValueError), network.within(NOW + 1, request):
        raise ValueError
    assert network.deadline_at() == math.inf
    assert network.current_request() is None


# --- the bound of each wait ---------------------------------------------------------------


def test_outside_a_call_each_wait_gets_the_timeout_asked(clock: Clock) -> None:
    inner = Inner()
    stream = network._Stream(inner)
    assert stream.read(10, 7.0) == b"data"
    stream.write(b"x", None)
    assert inner.calls == [("read", 10, 7.0), ("write", b"x", None)]


@pytest.mark.parametrize(
    ("timeout", "left", "bound"),
    [(None, 3.0, 3.0), (10.0, 3.0, 3.0), (2.0, 3.0, 2.0), (3.0, 3.0, 3.0)],
)
def test_each_blocking_wait_gets_the_lesser_of_its_timeout_and_the_time_left(
    clock: Clock, timeout: float | None, left: float, bound: float
) -> None:
    inner = Inner()
    stream = network._Stream(inner)
    backend = network._Backend(inner)
    with network.within(NOW + left):
        stream.read(10, timeout)
        stream.write(b"abc", timeout)
        tls = stream.start_tls("ctx", "host.test", timeout)
        tcp = backend.connect_tcp("h.test", 443, timeout, "10.0.0.1", ["opt"])
        unix = backend.connect_unix_socket("/tmp/s", timeout, ["opt"])
    assert inner.calls == [
        ("read", 10, bound),
        ("write", b"abc", bound),
        ("start_tls", "ctx", "host.test", bound),
        ("tcp", "h.test", 443, bound, "10.0.0.1", ["opt"]),
        ("unix", "/tmp/s", bound, ["opt"]),
    ]
    # What a connect or a handshake returns is bound too.
    assert isinstance(tls, network._Stream)
    assert isinstance(tcp, network._Stream)
    assert isinstance(unix, network._Stream)
    with network.within(NOW + 1):
        tls.read(5, None)
        tcp.read(5, None)
        unix.read(5, None)
    assert [c[2] for c in (tls._inner.calls[0], tcp._inner.calls[0], unix._inner.calls[0])] == [
        1.0,
        1.0,
        1.0,
    ]


@pytest.mark.parametrize(
    ("timeout", "left", "bound"), [(None, 3.0, 3.0), (10.0, 3.0, 3.0), (2.0, 3.0, 2.0)]
)
def test_each_asyncio_wait_gets_the_lesser_of_its_timeout_and_the_time_left(
    clock: Clock, timeout: float | None, left: float, bound: float
) -> None:
    inner = AsyncInner()
    stream = network._AsyncStream(inner)
    backend = network._AsyncBackend(inner)

    async def main() -> list[Any]:
        with network.within(NOW + left):
            assert await stream.read(10, timeout) == b"data"
            await stream.write(b"abc", timeout)
            tls = await stream.start_tls("ctx", "host.test", timeout)
            tcp = await backend.connect_tcp("h.test", 443, timeout, "10.0.0.1", ["opt"])
            unix = await backend.connect_unix_socket("/tmp/s", timeout, ["opt"])
        with network.within(NOW + 1):
            for made in (tls, tcp, unix):
                assert isinstance(made, network._AsyncStream)
                await made.read(5, None)
        return [made._inner.calls[0][2] for made in (tls, tcp, unix)]

    assert run(main()) == [1.0, 1.0, 1.0]
    assert inner.calls == [
        ("read", 10, bound),
        ("write", b"abc", bound),
        ("start_tls", "ctx", "host.test", bound),
        ("tcp", "h.test", 443, bound, "10.0.0.1", ["opt"]),
        ("unix", "/tmp/s", bound, ["opt"]),
    ]


def _each_phase(stream: Any, backend: Any) -> list[tuple[type[Exception], Any]]:
    """Each bound wait of a stream and a backend (sync or asyncio), with its phase's timeout."""
    return [
        (httpcore2.ReadTimeout, lambda: stream.read(10, 5.0)),
        (httpcore2.WriteTimeout, lambda: stream.write(b"x", 5.0)),
        (httpcore2.ConnectTimeout, lambda: stream.start_tls("ctx", "h", 5.0)),
        (httpcore2.ConnectTimeout, lambda: backend.connect_tcp("h", 1, 5.0)),
        (httpcore2.ConnectTimeout, lambda: backend.connect_unix_socket("/s", 5.0)),
    ]


@pytest.mark.parametrize("left", [0.0, -1.0])
def test_no_time_left_raises_the_phases_timeout_before_any_wait(clock: Clock, left: float) -> None:
    inner = Inner()
    stream = network._Stream(inner)
    backend = network._Backend(inner)
    with network.within(NOW + left):
        for error, call in _each_phase(stream, backend):
            with pytest.raises(error) as raised:
                call()
            assert type(raised.value) is error
            assert str(raised.value) == "the call's deadline passed"
    assert inner.calls == []


def test_no_time_left_raises_the_phases_timeout_in_the_asyncio_streams(clock: Clock) -> None:
    inner = AsyncInner()
    stream = network._AsyncStream(inner)
    backend = network._AsyncBackend(inner)

    async def main() -> None:
        with network.within(NOW):
            for error, call in _each_phase(stream, backend):
                with pytest.raises(error) as raised:
                    await call()
                assert type(raised.value) is error
                assert str(raised.value) == "the call's deadline passed"

    run(main())
    assert inner.calls == []


def test_the_time_left_is_read_from_the_clock_at_each_wait(clock: Clock) -> None:
    inner = Inner()
    stream = network._Stream(inner)
    with network.within(NOW + 4):
        stream.read(1, None)
        clock.now += 3
        stream.read(1, None)
        clock.now += 1
        with pytest.raises(httpcore2.ReadTimeout):
            stream.read(1, None)
    assert inner.calls == [("read", 1, 4.0), ("read", 1, 1.0)]


# --- what is passed through ---------------------------------------------------------------


def test_close_extra_info_and_sleep_pass_through(clock: Clock) -> None:
    inner = Inner()
    stream = network._Stream(inner)
    backend = network._Backend(inner)
    with network.within(NOW):  # no time left: these wait for nothing, so they are not bound
        assert stream.get_extra_info("ssl_object") == "info:ssl_object"
        stream.close()
        backend.sleep(0.25)
    assert inner.calls == [("info", "ssl_object"), ("close",), ("sleep", 0.25)]


def test_the_asyncio_close_extra_info_and_sleep_pass_through(clock: Clock) -> None:
    inner = AsyncInner()
    stream = network._AsyncStream(inner)
    backend = network._AsyncBackend(inner)

    async def main() -> None:
        with network.within(NOW):
            assert stream.get_extra_info("server_addr") == "info:server_addr"
            await stream.aclose()
            await backend.sleep(0.25)

    run(main())
    assert inner.calls == [("info", "server_addr"), ("aclose",), ("sleep", 0.25)]


def test_the_defaults_of_the_optional_arguments_are_httpcores(clock: Clock) -> None:
    inner = Inner()
    stream = network._Stream(inner)
    backend = network._Backend(inner)
    stream.read(3)
    stream.write(b"y")
    stream.start_tls("ctx")
    backend.connect_tcp("h", 80)
    backend.connect_unix_socket("/s")
    assert inner.calls == [
        ("read", 3, None),
        ("write", b"y", None),
        ("start_tls", "ctx", None, None),
        ("tcp", "h", 80, None, None, None),
        ("unix", "/s", None, None),
    ]


def test_the_asyncio_defaults_of_the_optional_arguments_are_httpcores(clock: Clock) -> None:
    inner = AsyncInner()
    stream = network._AsyncStream(inner)
    backend = network._AsyncBackend(inner)

    async def main() -> None:
        await stream.read(3)
        await stream.write(b"y")
        await stream.start_tls("ctx")
        await backend.connect_tcp("h", 80)
        await backend.connect_unix_socket("/s")

    run(main())
    assert inner.calls == [
        ("read", 3, None),
        ("write", b"y", None),
        ("start_tls", "ctx", None, None),
        ("tcp", "h", 80, None, None, None),
        ("unix", "/s", None, None),
    ]


# --- guard ----------------------------------------------------------------------------------


class Pool:
    def __init__(self, backend: Any) -> None:
        self._network_backend = backend


class Transport:
    def __init__(self, backend: Any) -> None:
        self._pool = Pool(backend)


class FakeClient:
    def __init__(self, backend: Any, mounted: Any) -> None:
        self._transport = Transport(backend)
        self._mounts = {"all://proxy": Transport(mounted), "all://none": None}


def test_guard_wraps_the_backend_of_the_transport_and_of_each_mount_once() -> None:
    own, mounted = Inner(), Inner()
    client = FakeClient(own, mounted)
    network.guard(client, is_async=False)  # type: ignore[arg-type]
    backend = client._transport._pool._network_backend
    proxied = client._mounts["all://proxy"]._pool._network_backend  # type: ignore[union-attr]
    assert type(backend) is network._Backend and backend._inner is own
    assert type(proxied) is network._Backend and proxied._inner is mounted
    network.guard(client, is_async=False)  # type: ignore[arg-type]
    assert client._transport._pool._network_backend is backend


def test_guard_wraps_an_async_clients_backend_for_asyncio() -> None:
    own = AsyncInner()
    client = FakeClient(own, AsyncInner())
    network.guard(client, is_async=True)  # type: ignore[arg-type]
    backend = client._transport._pool._network_backend
    assert type(backend) is network._AsyncBackend and backend._inner is own


def test_guard_tells_the_kind_of_an_httpx2_client_itself() -> None:
    with httpx2.Client() as blocking:
        network.guard(blocking)
        assert type(blocking._transport._pool._network_backend) is network._Backend  # type: ignore[attr-defined]

    async def main() -> Any:
        async with httpx2.AsyncClient() as client:
            network.guard(client)
            return client._transport._pool._network_backend  # type: ignore[attr-defined]

    assert type(run(main())) is network._AsyncBackend


def test_guard_never_wraps_a_backend_twice_nor_a_transport_without_one() -> None:
    wrapped = network._Backend(Inner())
    client = FakeClient(wrapped, None)
    network.guard(client, is_async=False)  # type: ignore[arg-type]
    assert client._transport._pool._network_backend is wrapped
    assert client._mounts["all://proxy"]._pool._network_backend is None  # type: ignore[union-attr]
    async_wrapped = network._AsyncBackend(AsyncInner())
    other = FakeClient(async_wrapped, None)
    network.guard(other, is_async=False)  # type: ignore[arg-type]
    assert other._transport._pool._network_backend is async_wrapped
    with httpx2.Client(transport=httpx2.MockTransport(lambda r: httpx2.Response(200))) as mock:
        network.guard(mock)  # nothing to wrap, nothing raised


def test_guard_takes_a_client_without_mounts() -> None:
    class Bare:  # a client of another library, with a transport and no mounts
        def __init__(self) -> None:
            self._transport = Transport(Inner())

    client = Bare()
    network.guard(client, is_async=False)  # type: ignore[arg-type]
    assert type(client._transport._pool._network_backend) is network._Backend


def test_guard_takes_a_client_without_a_transport() -> None:
    class Empty:  # nothing to wrap: left as it is, nothing raised
        pass

    client = Empty()
    network.guard(client, is_async=False)  # type: ignore[arg-type]
    assert vars(client) == {}
