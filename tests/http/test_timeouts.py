"""Timeouts: always finite, settable per client and per call, surfacing as RequestTimeoutError."""

from __future__ import annotations

import asyncio
import http.server
import threading
from collections.abc import Iterator
from typing import Any

import httpx2
import pytest

import smartcar
from smartcar import _http

ODOMETER = {"distance": 104032.0}


class Capture:
    """A mock server that records each request's timeout extension."""

    def __init__(self, response: httpx2.Response | Exception | None = None) -> None:
        self.response = response or httpx2.Response(200, json=ODOMETER)
        self.timeouts: list[dict[str, Any]] = []

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        self.timeouts.append(request.extensions["timeout"])
        if isinstance(self.response, Exception):
            raise self.response
        return self.response


def _finite(timeout: dict[str, Any]) -> bool:
    return all(isinstance(timeout[k], float) for k in ("connect", "read", "write", "pool"))


def test_default_timeouts_are_finite_short_to_connect_long_to_read() -> None:
    capture = Capture()
    smartcar.Vehicle("v", "t", transport=httpx2.MockTransport(capture)).odometer()
    sent = capture.timeouts[0]
    assert _finite(sent)
    assert sent["connect"] <= 15
    # Vehicle commands can take minutes to answer.
    assert sent["read"] >= 180
    assert sent == smartcar.DEFAULT_TIMEOUT.as_dict()


def test_default_timeouts_apply_to_auth_and_module_functions() -> None:
    capture = Capture(httpx2.Response(200, json={"id": "user-1"}))
    transport = httpx2.MockTransport(capture)
    client = smartcar.AuthClient("id", "secret", "https://a.example/cb", transport=transport)
    with pytest.raises(smartcar.InvalidResponseError):
        client.exchange_code("code")  # the body is not a token response; only the request matters
    _http.set_transport_override(transport)
    try:
        assert smartcar.get_user("token").id == "user-1"
    finally:
        _http.set_transport_override(None)
    assert len(capture.timeouts) == 2
    assert all(_finite(t) for t in capture.timeouts)


def test_default_timeout_overrides_an_unbounded_caller_client() -> None:
    # A caller's httpx2.Client may have timeout=None; the SDK's finite default still applies.
    capture = Capture()
    client = httpx2.Client(transport=httpx2.MockTransport(capture), timeout=None)
    smartcar.Vehicle("v", "t", http_client=client).odometer()
    assert _finite(capture.timeouts[0])


def test_timeout_per_client_in_seconds() -> None:
    capture = Capture()
    # Not 5: that is httpx2's own default, which the request would carry without the SDK's.
    smartcar.Vehicle("v", "t", transport=httpx2.MockTransport(capture), timeout=7.5).odometer()
    assert capture.timeouts[0] == {"connect": 7.5, "read": 7.5, "write": 7.5, "pool": 7.5}


def test_long_timeout_keeps_a_short_connect() -> None:
    capture = Capture()
    smartcar.Vehicle("v", "t", transport=httpx2.MockTransport(capture), timeout=600).odometer()
    assert capture.timeouts[0]["read"] == 600.0
    assert capture.timeouts[0]["connect"] == smartcar.DEFAULT_TIMEOUT.connect


def test_timeout_per_call_leaves_the_client_alone() -> None:
    capture = Capture()
    v = smartcar.Vehicle("v", "t", transport=httpx2.MockTransport(capture), timeout=30)
    custom = httpx2.Timeout(2.0, connect=1.0)
    v.with_options(timeout=custom).odometer()
    v.odometer()
    assert capture.timeouts[0] == custom.as_dict()
    assert capture.timeouts[1]["read"] == 30.0


def test_timeout_per_call_on_auth_client() -> None:
    capture = Capture(httpx2.Response(400, json={"error": "invalid_grant"}))
    client = smartcar.AuthClient(
        "id", "secret", "https://a.example/cb", transport=httpx2.MockTransport(capture)
    )
    with pytest.raises(smartcar.OAuthError):
        client.with_options(timeout=3).exchange_code("code")
    assert capture.timeouts[0]["read"] == 3.0


@pytest.mark.parametrize(
    "bad",
    [
        0,
        -1,
        True,
        "10",
        float("inf"),
        float("nan"),
        httpx2.Timeout(None),
        httpx2.Timeout(10, read=None),
        httpx2.Timeout(10, read=float("inf")),
        httpx2.Timeout(10, pool=float("nan")),
    ],
)
def test_unbounded_or_invalid_timeouts_are_rejected(bad: Any) -> None:
    with pytest.raises(smartcar.InvalidInputError, match="timeout"):
        smartcar.Vehicle("v", "t", timeout=bad)
    with pytest.raises(smartcar.InvalidInputError, match="timeout"):
        smartcar.AuthClient("id", "secret").with_options(timeout=bad)


@pytest.mark.parametrize(
    "error", [httpx2.ReadTimeout, httpx2.WriteTimeout, httpx2.ConnectTimeout, httpx2.PoolTimeout]
)
def test_transport_timeout_is_a_request_timeout_error(
    no_sleep: None, error: type[Exception]
) -> None:
    capture = Capture(error("timed out"))
    v = smartcar.Vehicle("v", "t", transport=httpx2.MockTransport(capture))
    with pytest.raises(smartcar.RequestTimeoutError) as caught:
        v.odometer()
    assert isinstance(caught.value, smartcar.SmartcarException)
    assert isinstance(caught.value, TimeoutError)
    assert "/v2.0/vehicles/v/odometer" in str(caught.value)


def test_transport_timeout_is_a_request_timeout_error_async(no_sleep: None) -> None:
    capture = Capture(httpx2.ReadTimeout("timed out"))

    async def main() -> None:
        async with smartcar.AsyncVehicle(
            "v", "t", transport=httpx2.MockTransport(capture), max_retries=0
        ) as v:
            await v.odometer()

    with pytest.raises(smartcar.RequestTimeoutError):
        asyncio.run(main())
    assert len(capture.timeouts) == 1


# -- a real socket: a loopback server slower than the timeout -------------------------------------


class SlowServer:
    """A loopback HTTP server that answers only after ``release`` is set (or 5 s pass)."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.hits = 0
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def _answer(self) -> None:
                outer.hits += 1
                outer.release.wait(5)
                body = b'{"distance": 1.0}'
                try:
                    self.send_response(200)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except OSError:
                    pass  # the client gave up long ago

            do_GET = do_POST = _answer

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def __enter__(self) -> SlowServer:
        self.thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()
        self.thread.join()


@pytest.fixture
def slow_server() -> Iterator[SlowServer]:
    with SlowServer() as server:
        yield server


def _origins(url: str) -> smartcar.Origins:
    return smartcar.Origins(api=url, auth=url, connect=url, management=url, vehicle_v3=url)


@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
def test_slow_server_times_out(slow_server: SlowServer) -> None:
    v = smartcar.Vehicle("v", "t", origins=_origins(slow_server.url), timeout=0.2, max_retries=0)
    with pytest.raises(smartcar.RequestTimeoutError) as caught:
        v.odometer()
    assert slow_server.hits == 1
    assert slow_server.url in str(caught.value)


@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
def test_slow_server_times_out_async(slow_server: SlowServer) -> None:
    async def main() -> None:
        async with smartcar.AsyncVehicle(
            "v", "t", origins=_origins(slow_server.url), timeout=0.2, max_retries=0
        ) as v:
            await v.odometer()

    with pytest.raises(smartcar.RequestTimeoutError):
        asyncio.run(main())
    assert slow_server.hits == 1


@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
def test_slow_server_answers_within_a_longer_timeout(slow_server: SlowServer) -> None:
    # The same server and client succeed when the server is not slow: the timeout above is
    # what failed, not the setup.
    slow_server.release.set()
    v = smartcar.Vehicle("v", "t", origins=_origins(slow_server.url), timeout=5, max_retries=0)
    assert v.odometer().distance == 1.0
