"""Old httpx clients, transports and timeouts keep working (deprecated) next to httpx2.

The SDK sends with httpx2; code written for its earlier versions passes httpx objects. The dev
extras install httpx 0.28.1, the last release, alongside, so that this runs on every `make test`.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

import httpx
import httpx2
import pytest

import smartcar
from smartcar._http import logs
from smartcar._http.legacy import (
    AsyncLegacyTransport,
    LegacyTransport,
    _error,
    adopt_client,
    adopt_timeout,
    adopt_transport,
)

from .._helpers import assert_attributed_here
from .._loopback import Loopback

ODOMETER = {"distance": 1234.5}
HEADERS = {"sc-request-id": "req-1", "sc-unit-system": "metric"}


def _handler(lib: Any, seen: list[Any]) -> Callable[[Any], Any]:
    def answer(request: Any) -> Any:
        seen.append(request)
        return lib.Response(200, json=ODOMETER, headers=HEADERS)

    return answer


def _deprecation(record: pytest.WarningsRecorder) -> str:
    messages = [str(w.message) for w in record if issubclass(w.category, DeprecationWarning)]
    assert len(messages) == 1, messages
    return messages[0]


@pytest.mark.parametrize("lib", [httpx2, httpx], ids=["httpx2", "httpx"])
def test_a_transport_of_either_library_serves_a_vehicle(lib: Any) -> None:
    seen: list[Any] = []
    transport = lib.MockTransport(_handler(lib, seen))
    if lib is httpx:
        with pytest.warns(DeprecationWarning) as record:
            vehicle = smartcar.Vehicle("v1", "access-token", transport=transport)
        message = _deprecation(record)
        assert "httpx.MockTransport" in message and "httpx2 transport" in message
    else:
        vehicle = smartcar.Vehicle("v1", "access-token", transport=transport)
    assert vehicle.odometer().distance == 1234.5
    # The handler gets its own library's request type, with the SDK's headers.
    (request,) = seen
    assert type(request) is lib.Request
    assert request.headers["authorization"] == "Bearer access-token"
    assert request.url.path == "/v2.0/vehicles/v1/odometer"
    vehicle.close()


def test_a_callers_httpx_client_is_used_as_it_is_and_never_closed() -> None:
    seen: list[Any] = []
    hooked: list[str] = []
    client = httpx.Client(
        transport=httpx.MockTransport(_handler(httpx, seen)),
        event_hooks={"request": [lambda request: hooked.append(request.url.path)]},
    )
    with pytest.warns(DeprecationWarning) as record:
        vehicle = smartcar.Vehicle("v1", "access-token", http_client=client)
    assert "Pass an httpx2.Client instead" in _deprecation(record)
    odometer = vehicle.odometer()
    assert odometer.distance == 1234.5
    assert odometer.meta.request_id == "req-1"
    assert hooked == ["/v2.0/vehicles/v1/odometer"]  # the caller's client sent it
    vehicle.close()
    assert not client.is_closed
    client.close()


def test_the_warning_points_at_the_callers_line() -> None:
    with pytest.warns(DeprecationWarning) as record:
        smartcar.Vehicle("v1", "t", transport=httpx.MockTransport(_handler(httpx, [])))
    assert_attributed_here(record[0], __file__)


def test_an_async_vehicle_sends_through_an_httpx_async_client() -> None:
    seen: list[Any] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=ODOMETER, headers=HEADERS)

    async def main() -> float:
        async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as client:
            with pytest.warns(DeprecationWarning):
                vehicle = smartcar.AsyncVehicle("v1", "access-token", http_client=client)
            return (await vehicle.odometer()).distance

    assert asyncio.run(main()) == 1234.5
    assert type(seen[0]) is httpx.Request


def test_httpx_errors_become_the_sdks_errors_and_reads_are_retried() -> None:
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        raise httpx.ConnectError("connection refused", request=request)

    with pytest.warns(DeprecationWarning):
        vehicle = smartcar.Vehicle("v1", "t", transport=httpx.MockTransport(handler))
    with pytest.raises(smartcar.NetworkError) as raised:
        vehicle.with_options(max_retries=2, max_retry_after=0.01).odometer()
    assert "connection refused" in str(raised.value)
    assert len(calls) == 3  # a connect failure of a read is retried, as with httpx2


def test_an_httpx_error_while_the_body_is_read_becomes_the_sdks_error() -> None:
    class Dripping(httpx.SyncByteStream):
        def __iter__(self) -> Any:
            yield b'{"distance": '
            raise httpx.ReadTimeout("the server went quiet")

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers=HEADERS, stream=Dripping())

    with pytest.warns(DeprecationWarning):
        vehicle = smartcar.Vehicle("v1", "t", transport=httpx.MockTransport(handler))
    with pytest.raises(smartcar.RequestTimeoutError):
        vehicle.with_options(max_retries=0).odometer()


def test_a_gzipped_body_from_an_httpx_transport_is_decoded_once() -> None:
    import gzip
    import json

    body = gzip.compress(json.dumps(ODOMETER).encode())

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={**HEADERS, "content-encoding": "gzip"}, content=body)

    with pytest.warns(DeprecationWarning):
        vehicle = smartcar.Vehicle("v1", "t", transport=httpx.MockTransport(handler))
    assert vehicle.odometer().distance == 1234.5


def test_an_httpx_timeout_is_taken_phase_by_phase() -> None:
    with pytest.warns(DeprecationWarning) as record:
        vehicle = smartcar.Vehicle(
            "v1",
            "t",
            timeout=httpx.Timeout(5.0, connect=2.0),
            transport=httpx2.MockTransport(_handler(httpx2, [])),
        )
    assert "httpx2.Timeout" in _deprecation(record)
    assert isinstance(vehicle.settings.timeout, httpx2.Timeout)
    assert vehicle.settings.timeout.as_dict() == {
        "connect": 2.0,
        "read": 5.0,
        "write": 5.0,
        "pool": 5.0,
    }


def test_a_client_of_the_wrong_kind_is_refused_before_anything_is_sent() -> None:
    client = httpx.AsyncClient()
    with pytest.raises(smartcar.InvalidInputError, match=r"httpx2\.Client"):
        smartcar.Vehicle("v1", "t", http_client=client)
    asyncio.run(client.aclose())


def test_the_old_librarys_loggers_are_redacted_too() -> None:
    for name in ("httpx", "httpcore.http11", "httpx2", "httpcore2.http11"):
        assert any(isinstance(f, logs.RedactingFilter) for f in logging.getLogger(name).filters)


@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
def test_an_httpx_client_keeps_the_deadline_while_headers_drip(is_async: bool) -> None:
    # httpx's read timeout restarts with every byte: only the network layer stops this server.
    from .test_deadline import SLACK, drip_headers, run, timed

    server = Loopback(drip_headers)
    client: Any = httpx.AsyncClient() if is_async else httpx.Client()
    kind = smartcar.AsyncVehicle if is_async else smartcar.Vehicle
    try:
        with pytest.warns(DeprecationWarning):
            vehicle = kind("v1", "token", origins=server.origins, deadline=3, http_client=client)
        error, elapsed = timed(run(vehicle.with_options(max_retries=0).odometer, is_async))
    finally:
        server.close()
        if not is_async:
            client.close()
    assert type(error) is smartcar.RequestTimeoutError, repr(error)
    assert elapsed < 3 + SLACK


# --- in process: the transports over a recording httpx client --------------------------------


class FakeClient:
    """An httpx client that records how it is asked to send, and answers ``answer``."""

    def __init__(self, answer: Any) -> None:
        self.answer = answer
        self.sent: list[tuple[Any, dict[str, Any]]] = []

    def send(self, request: Any, **options: Any) -> Any:
        self.sent.append((request, options))
        if isinstance(self.answer, Exception):
            raise self.answer
        return self.answer


class AsyncFakeClient(FakeClient):
    async def send(self, request: Any, **options: Any) -> Any:  # type: ignore[override]
        return FakeClient.send(self, request, **options)


class Failing(httpx.SyncByteStream):
    """An httpx response body that fails after its first chunk."""

    def __iter__(self) -> Any:
        yield b"part"
        raise httpx.ReadError("connection lost")


class AsyncFailing(httpx.AsyncByteStream):
    """The same, for an async client."""

    async def __aiter__(self) -> Any:
        yield b"part"
        raise httpx.ReadError("connection lost")


def _answer(stream: Any = None) -> httpx.Response:
    answer = httpx.Response(
        201, headers={"x-one": "1"}, content=b"body", extensions={"http_version": b"HTTP/1.1"}
    )
    if stream is not None:
        answer.stream = stream
    return answer


def test_the_transport_streams_the_answer_unredirected_and_ties_it_to_the_request() -> None:
    client = FakeClient(_answer())
    request = httpx2.Request("POST", "https://api.test/x?a=1", content=b"sent")
    response = LegacyTransport(client).handle_request(request)
    ((sent, options),) = client.sent
    assert options == {"stream": True, "follow_redirects": False}
    assert type(sent) is httpx.Request and sent.content == b"sent"
    assert response.request is request
    assert response.status_code == 201 and response.headers["x-one"] == "1"
    assert response.extensions["http_version"] == b"HTTP/1.1"
    assert response.read() == b"body"


def test_the_async_transport_streams_the_answer_unredirected_and_ties_it_to_the_request() -> None:
    client = AsyncFakeClient(_answer())
    request = httpx2.Request("GET", "https://api.test/x")

    async def main() -> httpx2.Response:
        response = await AsyncLegacyTransport(client).handle_async_request(request)
        await response.aread()
        return response

    response = asyncio.run(main())
    ((_, options),) = client.sent
    assert options == {"stream": True, "follow_redirects": False}
    assert response.request is request
    assert response.extensions["http_version"] == b"HTTP/1.1"
    assert response.content == b"body"


def test_an_error_sending_or_reading_is_httpx2s_of_the_same_request() -> None:
    request = httpx2.Request("GET", "https://api.test/x")
    with pytest.raises(httpx2.ConnectError) as raised:
        LegacyTransport(FakeClient(httpx.ConnectError("refused"))).handle_request(request)
    assert raised.value.request is request and str(raised.value) == "refused"
    response = LegacyTransport(FakeClient(_answer(Failing()))).handle_request(request)
    with pytest.raises(httpx2.ReadError) as raised_read:
        response.read()
    assert raised_read.value.request is request and str(raised_read.value) == "connection lost"


def test_an_async_error_sending_or_reading_is_httpx2s_of_the_same_request() -> None:
    request = httpx2.Request("GET", "https://api.test/x")

    async def main() -> None:
        failing = AsyncLegacyTransport(AsyncFakeClient(httpx.ConnectError("refused")))
        with pytest.raises(httpx2.ConnectError) as raised:
            await failing.handle_async_request(request)
        assert raised.value.request is request and str(raised.value) == "refused"
        transport = AsyncLegacyTransport(AsyncFakeClient(_answer(AsyncFailing())))
        response = await transport.handle_async_request(request)
        with pytest.raises(httpx2.ReadError) as raised_read:
            await response.aread()
        assert raised_read.value.request is request
        assert str(raised_read.value) == "connection lost"

    asyncio.run(main())


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
def test_an_adopted_transport_gets_an_owned_unredirected_client_without_the_environment(
    is_async: bool,
) -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200))
    with pytest.warns(DeprecationWarning) as record:
        client = adopt_transport(transport, is_async=is_async)
    assert _deprecation(record) == (
        "smartcar: transport (an httpx.MockTransport) is from httpx, which gets no more "
        "releases; the SDK now sends with httpx2. Pass an httpx2 transport instead (the same "
        "API: `import httpx2`). httpx objects keep working until the next major version."
    )
    assert type(client) is (httpx2.AsyncClient if is_async else httpx2.Client)
    legacy = client._transport  # type: ignore[union-attr]
    assert type(legacy) is (AsyncLegacyTransport if is_async else LegacyTransport)
    assert legacy._owned is True
    wrapped = legacy.client
    assert type(wrapped) is (httpx.AsyncClient if is_async else httpx.Client)
    assert wrapped._transport is transport
    assert wrapped.follow_redirects is False
    assert wrapped.trust_env is False


@pytest.mark.parametrize(
    ("transport", "is_async", "message"),
    [
        (httpx.HTTPTransport(), True, "an httpx2.AsyncBaseTransport, got httpx.HTTPTransport"),
        (
            httpx.AsyncHTTPTransport(),
            False,
            "an httpx2.BaseTransport, got httpx.AsyncHTTPTransport",
        ),
    ],
    ids=["sync-for-async", "async-for-sync"],
)
def test_a_transport_of_the_wrong_kind_is_refused_by_name(
    transport: Any, is_async: bool, message: str
) -> None:
    with pytest.raises(smartcar.InvalidInputError) as raised:
        adopt_transport(transport, is_async=is_async)
    assert str(raised.value).endswith(f"transport must be {message}")


def test_an_adopted_timeout_names_what_to_pass_instead() -> None:
    with pytest.warns(DeprecationWarning) as record:
        timeout = adopt_timeout(httpx.Timeout(1.0, connect=2.0))
    assert _deprecation(record) == (
        "smartcar: timeout (an httpx.Timeout) is from httpx, which gets no more releases; the "
        "SDK now sends with httpx2. Pass an httpx2.Timeout or a number of seconds instead (the "
        "same API: `import httpx2`). httpx objects keep working until the next major version."
    )
    assert timeout == httpx2.Timeout(1.0, connect=2.0)


def test_an_invalid_url_from_httpx_is_httpx2s_with_its_message() -> None:
    request = httpx2.Request("GET", "https://api.test/x")
    error = _error(httpx.InvalidURL("bad url"), request)
    assert type(error) is httpx2.InvalidURL
    assert str(error) == "bad url"


def test_only_errors_of_httpx_and_httpcore2_are_translated() -> None:
    request = httpx2.Request("GET", "https://api.test/x")
    # Named like an httpx2 error, but from elsewhere: kept as it is.
    foreign = type("ConnectError", (Exception,), {"__module__": "elsewhere"})("refused")
    assert _error(foreign, request) is foreign
    # A subclass of httpx's error defined elsewhere: translated by its httpx base.
    own = type("MyTimeout", (httpx.ReadTimeout,), {"__module__": "elsewhere"})("slow")
    translated = _error(own, request)
    assert type(translated) is httpx2.ReadTimeout and str(translated) == "slow"
    assert translated.request is request
    # An error of a module inside the httpx package counts as httpx's.
    inner = type("WriteError", (Exception,), {"__module__": "httpx._custom"})("pipe")
    assert type(_error(inner, request)) is httpx2.WriteError


def test_the_request_sent_through_httpx_keeps_its_extensions() -> None:
    client = FakeClient(_answer())
    request = httpx2.Request("GET", "https://api.test/x", extensions={"sni_hostname": "api.test"})
    LegacyTransport(client).handle_request(request)
    ((sent, _),) = client.sent
    assert sent.extensions == {"sni_hostname": "api.test"}


def test_a_transport_over_a_callers_client_never_closes_it_unless_told_it_owns_it() -> None:
    closed: list[str] = []
    client = FakeClient(_answer())
    client.close = lambda: closed.append("sync")  # type: ignore[attr-defined]

    async def aclose() -> None:
        closed.append("async")

    async_client = AsyncFakeClient(_answer())
    async_client.aclose = aclose  # type: ignore[attr-defined]
    LegacyTransport(client).close()
    asyncio.run(AsyncLegacyTransport(async_client).aclose())
    assert closed == []
    LegacyTransport(client, owned=True).close()
    asyncio.run(AsyncLegacyTransport(async_client, owned=True).aclose())
    assert closed == ["sync", "async"]


def test_the_network_backend_of_an_httpx_client_is_guarded_for_its_kind() -> None:
    from smartcar._http import network

    blocking = httpx.Client()
    LegacyTransport(blocking)
    assert type(blocking._transport._pool._network_backend) is network._Backend  # type: ignore[attr-defined]
    blocking.close()
    concurrent = httpx.AsyncClient()
    AsyncLegacyTransport(concurrent)
    assert type(concurrent._transport._pool._network_backend) is network._AsyncBackend  # type: ignore[attr-defined]
    asyncio.run(concurrent.aclose())


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
def test_an_adopted_client_is_wrapped_unowned_unredirected_without_the_environment(
    is_async: bool,
) -> None:
    caller = httpx.AsyncClient() if is_async else httpx.Client()
    with pytest.warns(DeprecationWarning) as record:
        client = adopt_client(caller, is_async=is_async)
    kind = type(caller).__name__
    assert _deprecation(record) == (
        f"smartcar: http_client (an httpx.{kind}) is from httpx, which gets no more releases; "
        f"the SDK now sends with httpx2. Pass an httpx2.{kind} instead (the same API: "
        "`import httpx2`). httpx objects keep working until the next major version."
    )
    legacy = client._transport  # type: ignore[union-attr]
    assert legacy.client is caller and legacy._owned is False
    assert client.follow_redirects is False and client.trust_env is False
    with pytest.raises(smartcar.InvalidInputError) as raised:
        adopt_client(caller, is_async=not is_async)
    wanted, given = ("Client", "AsyncClient") if is_async else ("AsyncClient", "Client")
    assert str(raised.value).endswith(f"http_client must be an httpx2.{wanted}, got httpx.{given}")
    if is_async:
        asyncio.run(caller.aclose())
    else:
        caller.close()
