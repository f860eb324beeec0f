"""The deadline holds end to end: status line, headers, body, and the token refresh of a call.

A real loopback server sends the status line and then one byte of a header every half second:
httpx2's read timeout restarts with every byte, so only the network layer can stop it. Each call
runs in a worker thread with a generous guard, so a regression fails instead of hanging the
run. Durations are only bounded from above, with seconds of slack (the suite runs on loaded
machines): a call must end within its deadline plus 3 s, where the hostile server would hold
it for 12 s or more.
"""

from __future__ import annotations

import asyncio
import contextlib
import http.server
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx2
import pytest

import smartcar
from smartcar import _http

from .._loopback import Behave, Loopback
from .test_limits import within_guard

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

GUARD = 60.0  # seconds a refresh is held for; only reached if the SDK fails to stop
SLACK = 3.0
DRIPS = 24  # bytes a hostile server sends, one every half second: 12 s in all
ASYNC = pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])


@pytest.fixture
def serve() -> Iterator[Callable[[Behave], Loopback]]:
    servers: list[Loopback] = []

    def start(behave: Behave) -> Loopback:
        servers.append(Loopback(behave))
        return servers[-1]

    yield start
    for server in servers:
        server.close()


def drip_headers(handler: http.server.BaseHTTPRequestHandler, stop: threading.Event) -> None:
    """The status line, then a header one byte every half second (a bounded number of them)."""
    handler.wfile.write(b"HTTP/1.1 200 OK\r\nX-Slow: ")
    handler.wfile.flush()
    for _ in range(DRIPS):
        if stop.wait(0.5):
            return
        handler.wfile.write(b"a")
        handler.wfile.flush()


def slow_token(handler: http.server.BaseHTTPRequestHandler, stop: threading.Event) -> None:
    """A token endpoint that answers after 12 s; anything else answers at once."""
    if "token" in handler.path:
        stop.wait(DRIPS / 2)
        body = b'{"access_token": "new-access-token", "token_type": "Bearer", "expires_in": 7200}'
    else:
        body = b'{"distance": 1.0}'
    handler.send_response(200)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def timed(call: Callable[[], Any]) -> tuple[BaseException | None, float]:
    """Run ``call`` in a thread within the guard; its error (or ``None``) and its duration."""
    started = time.monotonic()
    _, error = within_guard(call)
    return error, time.monotonic() - started


def run(make: Callable[[], Any], is_async: bool) -> Callable[[], Any]:
    """A call of ``make()``'s method: awaited in a new event loop when ``is_async``."""
    if not is_async:
        return make

    async def main() -> Any:
        return await make()

    return lambda: asyncio.run(main())


@ASYNC
def test_headers_dripped_a_byte_at_a_time_end_at_the_deadline(
    serve: Callable[[Behave], Loopback], is_async: bool
) -> None:
    server = serve(drip_headers)
    kind = smartcar.AsyncVehicle if is_async else smartcar.Vehicle
    vehicle = kind("v1", "token", origins=server.origins, deadline=3, max_retries=0)
    error, elapsed = timed(run(vehicle.odometer, is_async))
    assert type(error) is smartcar.RequestTimeoutError, repr(error)
    assert "deadline" in str(error)
    assert elapsed < 3 + SLACK
    assert server.hits == 1


@ASYNC
def test_a_client_passed_in_keeps_the_deadline_while_headers_drip(
    serve: Callable[[Behave], Loopback], is_async: bool
) -> None:
    server = serve(drip_headers)
    client: Any = httpx2.AsyncClient() if is_async else httpx2.Client()
    kind = smartcar.AsyncVehicle if is_async else smartcar.Vehicle
    vehicle = kind("v1", "token", origins=server.origins, deadline=3, http_client=client)
    try:
        error, elapsed = timed(run(vehicle.with_options(max_retries=0).odometer, is_async))
    finally:
        if not is_async:
            client.close()
    assert type(error) is smartcar.RequestTimeoutError, repr(error)
    assert elapsed < 3 + SLACK


@ASYNC
def test_retries_never_stretch_the_deadline_while_headers_drip(
    serve: Callable[[Behave], Loopback], is_async: bool
) -> None:
    server = serve(drip_headers)
    kind = smartcar.AsyncVehicle if is_async else smartcar.Vehicle
    # Each attempt's read timeout (1 s) fires in turn; the retries end at the deadline.
    vehicle = kind("v1", "token", origins=server.origins, deadline=3, timeout=30, max_retries=5)
    error, elapsed = timed(run(vehicle.odometer, is_async))
    assert isinstance(error, smartcar.RequestTimeoutError), repr(error)
    assert elapsed < 3 + SLACK


@ASYNC
def test_a_token_refresh_runs_within_the_deadline_of_its_call(
    serve: Callable[[Behave], Loopback], is_async: bool
) -> None:
    server = serve(slow_token)
    client_kind = smartcar.AsyncAuthClient if is_async else smartcar.AuthClient
    client = client_kind("id", "secret", origins=server.origins, max_retries=0)
    expired = {
        "access_token": "old-access-token",
        "token_type": "Bearer",
        "expires_in": 0,
        "refresh_token": "refresh-token",
    }
    manager = smartcar.TokenManager(client, expired)
    kind = smartcar.AsyncVehicle if is_async else smartcar.Vehicle
    vehicle = kind("v1", manager, origins=server.origins, deadline=2)
    error, elapsed = timed(run(vehicle.odometer, is_async))
    assert type(error) is smartcar.RequestTimeoutError, repr(error)
    assert elapsed < 2 + SLACK
    assert server.paths == ["/oauth/token"]  # the read itself was never sent


@ASYNC
def test_the_application_token_fetch_runs_within_the_deadline_of_its_call(
    serve: Callable[[Behave], Loopback], is_async: bool
) -> None:
    server = serve(slow_token)
    url = server.url
    origins = smartcar.Origins(iam=url, vehicle_v3=url, management_v3=url)
    kind = smartcar.AsyncApp if is_async else smartcar.App
    app = kind("client-id", "client-secret", origins=origins, max_retries=0)
    # The app's own deadline is the default 330 s: the call's 2 s must bound its token fetch.
    fast = app.with_options(deadline=2)
    error, elapsed = timed(run(lambda: fast.vehicle("v1", "user-1").get_signals(), is_async))
    assert type(error) is smartcar.RequestTimeoutError, repr(error)
    assert elapsed < 2 + SLACK
    assert server.paths == ["/oauth2/token"]


def test_a_caller_waiting_for_another_refresh_waits_only_until_its_deadline() -> None:
    release = threading.Event()

    def load() -> dict[str, Any]:
        release.wait(GUARD)  # the leader's refresh: held until the test ends
        raise RuntimeError("load failed")

    client = smartcar.AuthClient("id", "secret")
    manager = smartcar.TokenManager(client, load=load)
    leader = threading.Thread(target=lambda: _swallow(manager.sync_token), daemon=True)
    leader.start()
    for _ in range(200):  # until the leader's flight is in the air
        if manager._flight is not None:
            break
        time.sleep(0.01)

    def wait() -> str:
        # As the engine does for a call's refresh (a thread's own context: set in the worker).
        with _http.network.within(time.monotonic() + 1):
            return manager.sync_token()

    try:
        error, elapsed = timed(wait)
    finally:
        release.set()
        leader.join(GUARD)
    assert type(error) is smartcar.RequestTimeoutError, repr(error)
    assert elapsed < 1 + SLACK


def _swallow(call: Callable[[], Any]) -> None:
    with contextlib.suppress(Exception):  # the leader's failure is not what this test is about
        call()


# -- the network layer itself: every phase gets min(its timeout, time left) ----------------------


class Recorder:
    """A stand-in for httpcore2's backend and stream: records the timeout of each wait."""

    def __init__(self) -> None:
        self.timeouts: list[tuple[str, float | None]] = []

    def connect_tcp(self, host: str, port: int, timeout: float | None, *rest: Any) -> Recorder:
        self.timeouts.append(("connect", timeout))
        return self

    def start_tls(self, context: Any, hostname: str | None, timeout: float | None) -> Recorder:
        self.timeouts.append(("tls", timeout))
        return self

    def write(self, buffer: bytes, timeout: float | None) -> None:
        self.timeouts.append(("write", timeout))

    def read(self, max_bytes: int, timeout: float | None) -> bytes:
        self.timeouts.append(("read", timeout))
        return b""


def test_each_phase_waits_at_most_the_time_left() -> None:
    inner = Recorder()
    backend = _http.network._Backend(inner)
    with _http.network.within(time.monotonic() + 5):
        stream = backend.connect_tcp("host", 443, timeout=30.0)
        stream = stream.start_tls(None, "host", timeout=30.0)
        stream.write(b"GET", timeout=30.0)
        stream.read(1, timeout=2.0)
        stream.read(1, timeout=None)
    phases = [phase for phase, _ in inner.timeouts]
    assert phases == ["connect", "tls", "write", "read", "read"]
    cut = dict(inner.timeouts[:3])
    assert all(0 < cut[phase] <= 5 for phase in ("connect", "tls", "write"))
    assert inner.timeouts[3] == ("read", 2.0)  # shorter than the time left: kept
    assert 0 < (inner.timeouts[4][1] or 0) <= 5  # unbounded: the time left


def test_outside_a_call_the_streams_are_httpcores_own() -> None:
    inner = Recorder()
    _http.network._Backend(inner).connect_tcp("host", 443, timeout=30.0).read(1, timeout=None)
    assert inner.timeouts == [("connect", 30.0), ("read", None)]


@pytest.mark.parametrize(("phase", "error"), [("read", "ReadTimeout"), ("write", "WriteTimeout")])
def test_a_wait_after_the_deadline_raises_the_phases_timeout(phase: str, error: str) -> None:
    import httpcore2

    stream = _http.network._Stream(Recorder())
    with _http.network.within(time.monotonic() - 1), pytest.raises(getattr(httpcore2, error)):
        if phase == "read":
            stream.read(1, timeout=30.0)
        else:
            stream.write(b"x", timeout=30.0)


def test_a_nested_scope_keeps_the_earlier_deadline() -> None:
    soon = time.monotonic() + 1
    with _http.network.within(soon), _http.network.within(soon + 100):
        assert _http.network.deadline_at() == soon
    assert _http.network.time_left() is None
