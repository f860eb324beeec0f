"""Bounded memory and bounded time per call, against a real loopback server.

A server that sends a huge body, a body that never ends, or a body one byte at a time must not
take the process's memory or hold the caller for ever. Each test runs the call in a worker
thread with a generous outer guard, so a regression fails the test instead of hanging the run;
none asserts a duration. Peak memory is measured with ``tracemalloc``.
"""

from __future__ import annotations

import asyncio
import gzip
import http.server
import threading
import tracemalloc
import zlib
from collections.abc import Callable, Iterator
from typing import Any

import httpx2
import pytest

import smartcar
from smartcar._http import (
    DEFAULT_DEADLINE,
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_TIMEOUT,
    Settings,
)

from .._loopback import Behave, Loopback

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

MiB = 1024 * 1024
GUARD = 120.0  # seconds; only reached if the SDK fails to stop on its own


@pytest.fixture
def serve() -> Iterator[Callable[[Behave], Loopback]]:
    servers: list[Loopback] = []

    def start(behave: Behave) -> Loopback:
        # HTTP/1.1, so bodies can be chunked.
        servers.append(Loopback(behave, http11=True))
        return servers[-1]

    yield start
    for server in servers:
        server.close()


def headers(handler: http.server.BaseHTTPRequestHandler, status: int = 200, **extra: str) -> None:
    handler.send_response(status)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("SC-Request-Id", "req-limits")
    for name, value in extra.items():
        handler.send_header(name.replace("_", "-"), value)
    handler.end_headers()


def drip(handler: http.server.BaseHTTPRequestHandler, stop: threading.Event) -> None:
    """A valid-looking body, one byte every 20 ms: each byte restarts httpx2's read timeout."""
    headers(handler, Content_Length="100000")
    while not stop.wait(0.02):
        handler.wfile.write(b" ")
        handler.wfile.flush()


def endless_chunks(handler: http.server.BaseHTTPRequestHandler, stop: threading.Event) -> None:
    """A chunked body that never ends (until the test stops the server)."""
    headers(handler, Transfer_Encoding="chunked")
    chunk = b"%x\r\n%s\r\n" % (64 * 1024, b"x" * 64 * 1024)
    while not stop.is_set():
        handler.wfile.write(chunk)


def sized(total: int) -> Behave:
    """A body of ``total`` bytes with its Content-Length, sent as fast as the client reads."""

    def behave(handler: http.server.BaseHTTPRequestHandler, stop: threading.Event) -> None:
        headers(handler, Content_Length=str(total))
        block = b"x" * (64 * 1024)
        left = total
        while left > 0 and not stop.is_set():
            handler.wfile.write(block[:left])
            left -= len(block)

    return behave


def announced_but_never_sent(
    handler: http.server.BaseHTTPRequestHandler, stop: threading.Event
) -> None:
    headers(handler, Content_Length=str(1024**3))
    stop.wait(GUARD)


def within_guard(call: Callable[[], Any]) -> tuple[Any, BaseException | None]:
    """Run ``call`` in a thread; it must end well within the guard. Its result and error."""
    outcome: list[tuple[Any, BaseException | None]] = []

    def run() -> None:
        try:
            outcome.append((call(), None))
        except BaseException as error:  # handed to the caller
            outcome.append((None, error))

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(GUARD)
    assert not worker.is_alive(), "the call is still running: it is not bounded"
    return outcome[0]


def guarded(call: Callable[[], Any]) -> BaseException:
    """Run ``call`` in a thread; it must end (by raising) well within the guard."""
    result, error = within_guard(call)
    assert error is not None, f"the call returned {result!r} instead of raising"
    return error


def odometer(server: Loopback, *, is_async: bool, **options: Any) -> Callable[[], Any]:
    """A read through Vehicle or AsyncVehicle, pointed at the server."""
    if not is_async:
        return lambda: smartcar.Vehicle("v1", "token", origins=server.origins, **options).odometer()

    async def main() -> Any:
        async with smartcar.AsyncVehicle(
            "v1", "token", origins=server.origins, **options
        ) as vehicle:
            return await vehicle.odometer()

    return lambda: asyncio.run(main())


def peak_memory(call: Callable[[], Any]) -> tuple[BaseException, int]:
    """The call's error and the peak of Python allocations while it ran, in bytes."""
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        base = tracemalloc.get_traced_memory()[0]
        error = guarded(call)
        peak = tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()
    return error, peak


ASYNC = pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])


# -- time ----------------------------------------------------------------------------------------


@ASYNC
def test_a_dripping_body_is_stopped_by_the_deadline(
    serve: Callable[[Behave], Loopback], is_async: bool
) -> None:
    server = serve(drip)
    # The timeout alone would never fire: every byte arrives well within it.
    error = guarded(odometer(server, is_async=is_async, timeout=30, deadline=1.5))
    assert type(error) is smartcar.RequestTimeoutError, repr(error)
    assert "deadline" in str(error)
    assert server.hits == 1


@ASYNC
def test_a_dripping_body_is_stopped_by_a_short_timeout(
    serve: Callable[[Behave], Loopback], is_async: bool
) -> None:
    server = serve(drip)
    # No deadline given: each attempt gets the sum of its phase timeouts, then a GET retries.
    error = guarded(odometer(server, is_async=is_async, timeout=0.5, max_retries=1))
    assert type(error) is smartcar.RequestTimeoutError, repr(error)
    assert "ReadTimeout" in str(error)
    assert server.hits == 2


@ASYNC
def test_the_deadline_caps_each_attempt_timeout(
    serve: Callable[[Behave], Loopback], is_async: bool
) -> None:
    def silent(handler: http.server.BaseHTTPRequestHandler, stop: threading.Event) -> None:
        stop.wait(GUARD)

    server = serve(silent)
    # A 60 s read timeout and two retries would take three minutes; the deadline ends it.
    error = guarded(odometer(server, is_async=is_async, timeout=60, deadline=0.5))
    assert isinstance(error, smartcar.RequestTimeoutError), repr(error)


@ASYNC
def test_the_deadline_covers_the_waits_between_attempts(
    serve: Callable[[Behave], Loopback], is_async: bool
) -> None:
    def busy(handler: http.server.BaseHTTPRequestHandler, stop: threading.Event) -> None:
        body = b'{"type": "SERVER", "code": null, "description": "Busy.", "statusCode": 503}'
        headers(handler, 503, Retry_After="5", Content_Length=str(len(body)))
        handler.wfile.write(body)

    server = serve(busy)
    # A 5 s wait cannot fit in a 2 s deadline: the server's answer is raised without waiting.
    error = guarded(odometer(server, is_async=is_async, max_retries=2, deadline=2))
    assert type(error) is smartcar.ServerError, repr(error)
    assert error.status_code == 503
    assert server.hits == 1


# -- memory --------------------------------------------------------------------------------------


@ASYNC
def test_an_oversized_body_stops_at_the_cap(
    serve: Callable[[Behave], Loopback], is_async: bool
) -> None:
    server = serve(sized(64 * MiB))
    # Announced with a Content-Length: refused before a byte of the body is read.
    error, peak = peak_memory(odometer(server, is_async=is_async, max_response_bytes=MiB))
    assert type(error) is smartcar.InvalidResponseError, repr(error)
    assert error.status_code == 200
    assert error.request_id == "req-limits"
    assert "max_response_bytes" in str(error)
    assert peak < 8 * MiB, peak


@ASYNC
def test_a_never_ending_chunked_body_stops_at_the_cap(
    serve: Callable[[Behave], Loopback], is_async: bool
) -> None:
    server = serve(endless_chunks)
    error, peak = peak_memory(odometer(server, is_async=is_async, max_response_bytes=MiB))
    assert type(error) is smartcar.InvalidResponseError, repr(error)
    assert f"more than {MiB} bytes" in str(error)
    assert peak < 8 * MiB, peak


def test_the_default_cap_bounds_a_never_ending_body(serve: Callable[[Behave], Loopback]) -> None:
    server = serve(endless_chunks)
    error, peak = peak_memory(odometer(server, is_async=False))
    assert type(error) is smartcar.InvalidResponseError, repr(error)
    # The cap itself, the joined copy, and one network read: nothing near what was sent.
    assert peak < 3 * DEFAULT_MAX_RESPONSE_BYTES, peak


@ASYNC
def test_a_content_length_over_the_cap_is_refused_unread(
    serve: Callable[[Behave], Loopback], is_async: bool
) -> None:
    server = serve(announced_but_never_sent)
    # The server never sends the body: only refusing it unread ends the call before the guard.
    error = guarded(odometer(server, is_async=is_async, timeout=GUARD * 2))
    assert type(error) is smartcar.InvalidResponseError, repr(error)
    assert f"Content-Length {1024**3}" in str(error)


@ASYNC
def test_a_body_within_the_cap_is_read(serve: Callable[[Behave], Loopback], is_async: bool) -> None:
    body = b'{"distance": 104032.0}'

    def exact(handler: http.server.BaseHTTPRequestHandler, stop: threading.Event) -> None:
        headers(handler, Content_Length=str(len(body)))
        handler.wfile.write(body)

    server = serve(exact)
    for options in ({"max_response_bytes": len(body)}, {}):
        if is_async:

            async def main(options: dict[str, Any] = options) -> Any:
                async with smartcar.AsyncVehicle(
                    "v1", "token", origins=server.origins, **options
                ) as vehicle:
                    return await vehicle.odometer()

            result = asyncio.run(main())
        else:
            vehicle = smartcar.Vehicle("v1", "token", origins=server.origins, **options)
            result = vehicle.odometer()
        assert result.distance == 104032.0
    # One byte less is one byte too many.
    error = guarded(odometer(server, is_async=is_async, max_response_bytes=len(body) - 1))
    assert type(error) is smartcar.InvalidResponseError, repr(error)


def compressed(body: bytes, encoding: str) -> Behave:
    """``body`` sent with the given Content-Encoding (``deflate-raw``: deflate without header)."""
    if encoding == "gzip":
        wire = gzip.compress(body)
    elif encoding == "deflate":
        wire = zlib.compress(body)
    elif encoding == "deflate-raw":
        packer = zlib.compressobj(wbits=-zlib.MAX_WBITS)
        wire = packer.compress(body) + packer.flush()
        encoding = "deflate"
    else:
        wire = body
    sent_encoding = encoding

    def behave(handler: http.server.BaseHTTPRequestHandler, stop: threading.Event) -> None:
        accepted.append(handler.headers.get("Accept-Encoding", ""))
        headers(handler, Content_Length=str(len(wire)), Content_Encoding=sent_encoding)
        handler.wfile.write(wire)

    accepted: list[str] = []
    behave.accepted = accepted  # type: ignore[attr-defined]
    return behave


@ASYNC
def test_a_compression_bomb_stops_at_the_cap(
    serve: Callable[[Behave], Loopback], is_async: bool
) -> None:
    # 64 MiB of zeros in 64 KiB on the wire: one network read would expand to all of it.
    server = serve(compressed(b"\0" * (64 * MiB), "gzip"))
    error, peak = peak_memory(odometer(server, is_async=is_async, max_response_bytes=MiB))
    assert type(error) is smartcar.InvalidResponseError, repr(error)
    assert f"more than {MiB} bytes" in str(error)
    assert peak < 8 * MiB, peak


@ASYNC
@pytest.mark.parametrize("encoding", ["gzip", "deflate", "deflate-raw", "identity"])
def test_compressed_bodies_are_decoded(
    serve: Callable[[Behave], Loopback], is_async: bool, encoding: str
) -> None:
    body = b'{"distance": 104032.0, "padding": "' + b"x" * 10_000 + b'"}'
    behave = compressed(body, encoding)
    server = serve(behave)
    if is_async:

        async def main() -> Any:
            async with smartcar.AsyncVehicle("v1", "t", origins=server.origins) as vehicle:
                return await vehicle.odometer()

        result = asyncio.run(main())
    else:
        result = smartcar.Vehicle("v1", "t", origins=server.origins).odometer()
    assert result.distance == 104032.0
    # Only what the engine can decode within the cap is offered.
    assert behave.accepted == ["gzip, deflate"]  # type: ignore[attr-defined]


@ASYNC
@pytest.mark.parametrize("encoding", ["br", "gzip, gzip", "corrupt-gzip"])
def test_undecodable_bodies_are_invalid_responses(
    serve: Callable[[Behave], Loopback], is_async: bool, encoding: str
) -> None:
    def behave(handler: http.server.BaseHTTPRequestHandler, stop: threading.Event) -> None:
        wire = b"\x1f\x8b not really gzip at all"
        sent = "gzip" if encoding == "corrupt-gzip" else encoding
        headers(handler, Content_Length=str(len(wire)), Content_Encoding=sent)
        handler.wfile.write(wire)

    server = serve(behave)
    error = guarded(odometer(server, is_async=is_async))
    assert type(error) is smartcar.InvalidResponseError, repr(error)
    assert server.hits == 1  # never retried: the same bytes would come back


@ASYNC
@pytest.mark.parametrize("fault", ["over-the-cap", "past-the-deadline"])
def test_an_abandoned_body_frees_its_connection(
    serve: Callable[[Behave], Loopback], is_async: bool, fault: str
) -> None:
    body = b'{"distance": 104032.0}'

    def first_bad_then_good(
        handler: http.server.BaseHTTPRequestHandler, stop: threading.Event
    ) -> None:
        if server.hits == 1:
            (endless_chunks if fault == "over-the-cap" else drip)(handler, stop)
        else:
            headers(handler, Content_Length=str(len(body)))
            handler.wfile.write(body)

    server = serve(first_bad_then_good)
    limits = httpx2.Limits(max_connections=1)
    first = {"max_response_bytes": MiB} if fault == "over-the-cap" else {"deadline": 0.5}
    # A pool of one connection: if the abandoned response kept it, the second call would wait
    # for the pool until its timeout.
    options: dict[str, Any] = {"origins": server.origins, "timeout": 5, "max_retries": 0}

    def run() -> None:
        with httpx2.Client(limits=limits) as client:
            vehicle = smartcar.Vehicle("v1", "t", http_client=client, **options)
            with pytest.raises((smartcar.InvalidResponseError, smartcar.RequestTimeoutError)) as e:
                vehicle.with_options(**first).odometer()
            results.append(vehicle.odometer().distance)
            kept.append(e)

    async def main() -> None:
        async with httpx2.AsyncClient(limits=limits) as client:
            vehicle = smartcar.AsyncVehicle("v1", "t", http_client=client, **options)
            with pytest.raises((smartcar.InvalidResponseError, smartcar.RequestTimeoutError)) as e:
                await vehicle.with_options(**first).odometer()
            results.append((await vehicle.odometer()).distance)
            kept.append(e)

    results: list[float] = []
    # The error stays referenced (as a caller logging it would keep it), and with it, through
    # its traceback, the engine's frames: only an explicit close frees the connection.
    kept: list[Any] = []
    _, error = within_guard(lambda: asyncio.run(main()) if is_async else run())
    assert error is None, repr(error)
    assert results == [104032.0]


# -- configuration -------------------------------------------------------------------------------


def test_defaults_are_finite() -> None:
    settings = Settings()
    assert settings.max_response_bytes == DEFAULT_MAX_RESPONSE_BYTES == 10 * MiB
    assert settings.call_deadline() == DEFAULT_DEADLINE == 330.0
    # The default deadline lets one attempt of the default timeouts run to its end...
    assert (DEFAULT_TIMEOUT.connect or 0) + (DEFAULT_TIMEOUT.read or 0) <= DEFAULT_DEADLINE
    # ...and grows with a longer timeout, unless a deadline is given.
    assert Settings().with_options(timeout=600).call_deadline() >= 600
    assert Settings().with_options(timeout=600, deadline=5).call_deadline() == 5


def test_options_are_set_like_the_timeout() -> None:
    transport = httpx2.MockTransport(lambda request: httpx2.Response(200))
    vehicle = smartcar.Vehicle("v1", "t", transport=transport, deadline=7, max_response_bytes=99)
    assert vehicle.settings.deadline == 7.0
    assert vehicle.settings.max_response_bytes == 99
    copy = vehicle.with_options(deadline=3)
    assert (copy.settings.deadline, copy.settings.max_response_bytes) == (3.0, 99)
    client = smartcar.AsyncAuthClient("id", "secret", "https://a.example/cb", deadline=4)
    assert client.with_options(max_response_bytes=5).settings.max_response_bytes == 5
    assert client.settings.deadline == 4.0
    module = smartcar.with_options(deadline=2, max_response_bytes=1000).with_options(max_retries=0)
    settings = module._current_settings()
    assert (settings.deadline, settings.max_response_bytes, settings.max_retries) == (2, 1000, 0)


def test_module_functions_use_the_cap(
    serve: Callable[[Behave], Loopback], monkeypatch: Any
) -> None:
    server = serve(sized(4096))
    monkeypatch.setenv("SMARTCAR_API_ORIGIN", server.url)
    error = guarded(lambda: smartcar.with_options(max_response_bytes=100).get_user("token"))
    assert type(error) is smartcar.InvalidResponseError, repr(error)
    assert "max_response_bytes" in str(error)


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("deadline", 0),
        ("deadline", -1),
        ("deadline", float("inf")),
        ("deadline", float("nan")),
        ("deadline", True),
        ("deadline", "5"),
        ("max_response_bytes", 0),
        ("max_response_bytes", -1),
        ("max_response_bytes", 1.5),
        ("max_response_bytes", True),
    ],
)
def test_invalid_limits_fail_where_written(name: str, value: Any) -> None:
    with pytest.raises(smartcar.InvalidInputError, match=name):
        smartcar.Vehicle("v1", "t", **{name: value})
    with pytest.raises(smartcar.InvalidInputError, match=name):
        smartcar.with_options(**{name: value})


def test_fleet_reads_take_the_limits_for_pairs() -> None:
    def large(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(200, json={"distance": 1.0, "padding": "x" * 500})

    with httpx2.Client(transport=httpx2.MockTransport(large)) as client:
        (result,) = smartcar.read_fleet(
            [("v1", "token")], "odometer", http_client=client, max_response_bytes=100
        )
    assert type(result.error) is smartcar.InvalidResponseError, result.error

    async def main() -> list[smartcar.FleetResult]:
        async with httpx2.AsyncClient(transport=httpx2.MockTransport(large)) as client:
            return await smartcar.aread_fleet(
                [("v1", "token")], "odometer", http_client=client, max_response_bytes=100
            )

    (result,) = asyncio.run(main())
    assert type(result.error) is smartcar.InvalidResponseError, result.error
    # Without the cap the same body is read.
    with httpx2.Client(transport=httpx2.MockTransport(large)) as client:
        (result,) = smartcar.read_fleet([("v1", "token")], "odometer", http_client=client)
    assert result.ok, result.error
