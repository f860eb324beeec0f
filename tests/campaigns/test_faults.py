"""The fault matrix: each broken response, through each kind of call, ends as a typed error.

Paths: a read (``Vehicle.odometer``), a command (``Vehicle.lock``), the token exchange
(``AuthClient.exchange_code``), a batch (``Vehicle.batch``) and the Management API
(``smartcar.get_connections``). Faults are served by an ``httpx2.MockTransport``, or by a real
loopback server where the socket matters (slow answers, closed connections, redirects).
Retries are off, so each fault is seen exactly as the server sent it; retry behaviour has its
own tests in ``test_retries.py``.
"""

from __future__ import annotations

import asyncio
import http.server
import inspect
import json
import socket
import struct
import threading
from collections.abc import Callable, Iterator
from typing import Any

import httpx2
import pytest

import smartcar
from smartcar import _http
from smartcar._http import DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_TIMEOUT, Settings, validate_timeout
from smartcar._resources.api import SyncApi

from .._helpers import Recorder
from .._loopback import Loopback

PATHS = ["read", "command", "token", "batch", "management"]
# API v3 with the application token: its token request, a command, a page of a list. Mocked
# transports only: the application's own token request is answered before the fault.
V3_PATHS = ["v3-token", "v3-command", "v3-page"]
ALL_PATHS = PATHS + V3_PATHS
REQUEST_ID = "req-fault-42"

VALID: dict[str, Any] = {
    "read": {"distance": 104032.0},
    "command": {"status": "success", "message": "Successfully sent request to vehicle"},
    "token": {
        "access_token": "access-1",
        "token_type": "Bearer",
        "expires_in": 7200,
        "refresh_token": "refresh-1",
    },
    "batch": {
        "responses": [
            {"path": "/odometer", "code": 200, "body": {"distance": 1.0}, "headers": {}},
        ]
    },
    "management": {
        "connections": [
            {"vehicleId": "v1", "userId": "u1", "connectedAt": "2023-08-10T15:00:00.000Z"}
        ],
        "paging": {"cursor": None},
    },
    "v3-token": {"access_token": "app-1", "token_type": "Bearer", "expires_in": 3600},
    "v3-command": {
        "data": {
            "id": "exec_1",
            "type": "command-execution",
            "attributes": {"commandType": "security-lock", "status": {"value": "SUCCESS"}},
        }
    },
    "v3-page": {
        "data": [{"id": "c1", "type": "connection"}],
        "meta": {"totalCount": 1},
        "links": {"next": None},
    },
}

# What each path's server says when it refuses: the token endpoint speaks OAuth.
REFUSAL: dict[str, tuple[int, Any, type[smartcar.SmartcarException]]] = {
    path: (
        409,
        {
            "type": "VEHICLE_STATE",
            "code": "ASLEEP",
            "description": "The vehicle is asleep.",
            "statusCode": 409,
        },
        smartcar.VehicleStateError,
    )
    for path in ALL_PATHS
}
# API v3 refuses with a JSON:API error document.
for _path in ("v3-command", "v3-page"):
    REFUSAL[_path] = (
        409,
        {"errors": [{"status": "409", "type": "VEHICLE_STATE", "code": "ASLEEP", "title": "x"}]},
        smartcar.VehicleStateError,
    )
REFUSAL["v3-token"] = (
    400,
    {"error": "invalid_request", "error_description": "Missing grant_type."},
    smartcar.OAuthError,
)
REFUSAL["token"] = (
    400,
    {"error": "invalid_grant", "error_description": "Invalid or expired code."},
    smartcar.OAuthError,
)


class Module:
    """The settings module functions run with (they take no timeout or max_retries)."""

    timeout: httpx2.Timeout = DEFAULT_TIMEOUT
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES
    strict: bool = False


@pytest.fixture(autouse=True)
def _module_functions(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(
        SyncApi,
        "_current_settings",
        lambda self: Settings(
            origins=smartcar.Origins.resolve(),
            timeout=Module.timeout,
            max_retries=0,
            max_response_bytes=Module.max_response_bytes,
            strict=Module.strict,
        ),
    )
    yield
    Module.timeout = DEFAULT_TIMEOUT
    Module.max_response_bytes = DEFAULT_MAX_RESPONSE_BYTES
    Module.strict = False
    _http.set_transport_override(None)


def call(
    path: str,
    *,
    transport: httpx2.BaseTransport | None = None,
    http_client: httpx2.Client | None = None,
    origins: smartcar.Origins | None = None,
    timeout: float | None = None,
    max_response_bytes: int | None = None,
    strict: bool = False,
) -> Any:
    """Run one call of the given kind; returns its result."""
    options: dict[str, Any] = {"max_retries": 0, "origins": origins}
    Module.strict = strict
    if transport is not None:
        options["transport"] = transport
    if http_client is not None:
        options["http_client"] = http_client
    if timeout is not None:
        options["timeout"] = timeout
    if max_response_bytes is not None:
        options["max_response_bytes"] = max_response_bytes
    if path.startswith("v3-"):
        return _call_v3(path, transport, options, strict)
    options["strict"] = strict
    if path == "token":
        client = smartcar.AuthClient(
            "client-id", "client-secret", "https://a.example/cb", **options
        )
        return client.exchange_code("auth-code")
    if path == "management":
        assert http_client is None, "module functions use the shared client"
        if origins is not None:
            raise AssertionError("set SMARTCAR_MANAGEMENT_API_ORIGIN instead")
        if timeout is not None:
            Module.timeout = validate_timeout(timeout)
        if max_response_bytes is not None:
            Module.max_response_bytes = max_response_bytes
        _http.set_transport_override(transport)
        return smartcar.get_connections("amt-1")
    vehicle = smartcar.Vehicle("vehicle-1", "access-token", **options)
    if path == "read":
        return vehicle.odometer()
    if path == "command":
        return vehicle.lock()
    assert path == "batch"
    return vehicle.batch(["/odometer"])


def _call_v3(
    path: str, transport: httpx2.BaseTransport | None, options: dict[str, Any], strict: bool
) -> Any:
    assert isinstance(transport, httpx2.MockTransport)
    faulty = transport

    def route(request: httpx2.Request) -> httpx2.Response:
        # The application's token is fine; the fault is in the call under test.
        if request.url.path == "/oauth2/token" and path != "v3-token":
            return httpx2.Response(200, json=VALID["v3-token"])
        return faulty.handle_request(request)

    options["transport"] = httpx2.MockTransport(route)
    app = smartcar.App("client_id-1", "secret-1", **options).with_options(strict=strict)
    if path == "v3-token":
        return app.request_token()
    if path == "v3-command":
        return app.vehicle("vehicle-1", "user-1").lock_doors()
    return list(app.connections())


def answer(status: int, body: bytes, content_type: str | None = "application/json") -> Any:
    headers = {"SC-Request-Id": REQUEST_ID}
    if content_type is not None:
        headers["Content-Type"] = content_type
    return lambda request: httpx2.Response(status, content=body, headers=headers)


def mock(handler: Callable[[httpx2.Request], httpx2.Response]) -> httpx2.MockTransport:
    return httpx2.MockTransport(handler)


def run_fault(
    path: str, handler: Callable[[httpx2.Request], httpx2.Response], *, strict: bool = False
) -> Any:
    seen: list[httpx2.Request] = []

    def counted(request: httpx2.Request) -> httpx2.Response:
        seen.append(request)
        return handler(request)

    with pytest.raises(smartcar.SmartcarException) as caught:
        call(path, transport=mock(counted), strict=strict)
    # The fault really was served (not, say, a DNS failure on the way to the real API).
    assert len(seen) == 1
    return caught.value


def assert_typed(
    error: Exception,
    cls: type[smartcar.SmartcarException],
    status: int | None,
    request_id: str | None = REQUEST_ID,
) -> None:
    assert type(error) is cls, repr(error)
    assert isinstance(error, smartcar.SmartcarException)
    assert error.status_code == status
    assert error.request_id == request_id
    # Messages stay short whatever the body: they end up in logs.
    assert len(str(error)) < 1000


# -- responses that cannot be understood ----------------------------------------------------------

HTML_PAGE = b"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"


@pytest.mark.parametrize("path", ALL_PATHS)
def test_html_502_page(path: str) -> None:
    error = run_fault(path, answer(502, HTML_PAGE, "text/html"))
    assert_typed(error, smartcar.UpstreamError, 502)
    assert "502 Bad Gateway" in str(error)


@pytest.mark.parametrize("path", ALL_PATHS)
def test_empty_200(path: str) -> None:
    error = run_fault(path, answer(200, b""))
    assert_typed(error, smartcar.InvalidResponseError, 200)


@pytest.mark.parametrize("path", ALL_PATHS)
def test_truncated_json(path: str) -> None:
    body = json.dumps(VALID[path]).encode()
    error = run_fault(path, answer(200, body[: len(body) // 2]))
    assert_typed(error, smartcar.InvalidResponseError, 200)
    assert "JSONDecodeError" in str(error)


@pytest.mark.parametrize("path", ALL_PATHS)
@pytest.mark.parametrize("body", [b"[1, 2, 3]", b'"a string"', b"null", b"42"])
def test_json_that_is_not_an_object(path: str, body: bytes) -> None:
    error = run_fault(path, answer(200, body))
    assert_typed(error, smartcar.InvalidResponseError, 200)


@pytest.mark.parametrize("path", ALL_PATHS)
def test_an_object_without_the_members_the_spec_requires(path: str) -> None:
    # Lenient: a result whose missing members are None and listed, unless the call cannot
    # do without them (a token response without its token).
    try:
        result = call(path, transport=mock(answer(200, b'{"unexpected": true}')))
    except smartcar.SmartcarException as error:
        assert_typed(error, smartcar.InvalidResponseError, 200)
    else:
        assert result is not None
        missing = getattr(result, "missing_fields", None)
        assert missing is None or missing
    # Strict: an InvalidResponseError naming what is missing.
    error = run_fault(path, answer(200, b'{"unexpected": true}'), strict=True)
    assert_typed(error, smartcar.InvalidResponseError, 200)


@pytest.mark.parametrize("path", ALL_PATHS)
def test_html_with_200(path: str) -> None:
    error = run_fault(path, answer(200, HTML_PAGE, "text/html"))
    assert_typed(error, smartcar.InvalidResponseError, 200)


@pytest.mark.parametrize("path", ALL_PATHS)
@pytest.mark.parametrize("content_type", ["text/html", "text/plain", None])
def test_error_with_wrong_or_missing_content_type(path: str, content_type: str | None) -> None:
    # The official SDK raised KeyError on an error without Content-Type: the body decides.
    status, body, cls = REFUSAL[path]
    error = run_fault(path, answer(status, json.dumps(body).encode(), content_type))
    assert_typed(error, cls, status)
    assert error.type in ("VEHICLE_STATE", "invalid_grant", "invalid_request")


# What each path's VALID body parses to.
PARSED: dict[str, Callable[[Any], bool]] = {
    "read": lambda r: r.distance == 104032.0,
    "command": lambda r: r.status == "success",
    "token": lambda r: (r.access_token, r.refresh_token) == ("access-1", "refresh-1"),
    "batch": lambda r: r.odometer().distance == 1.0,
    "management": lambda r: [c.vehicle_id for c in r.connections] == ["v1"],
    "v3-token": lambda r: r.access_token == "app-1",
    "v3-command": lambda r: r.status == "SUCCESS",
    "v3-page": lambda r: [c.id for c in r] == ["c1"],
}


@pytest.mark.parametrize("path", ALL_PATHS)
@pytest.mark.parametrize("content_type", ["text/plain", None])
def test_valid_json_with_wrong_or_missing_content_type_is_accepted(
    path: str, content_type: str | None
) -> None:
    # Lenient on purpose: proxies rewrite or drop Content-Type; the body is what matters.
    result = call(path, transport=mock(answer(200, json.dumps(VALID[path]).encode(), content_type)))
    assert PARSED[path](result)


@pytest.mark.parametrize("path", ALL_PATHS)
def test_huge_error_body(path: str) -> None:
    body = b"<html>" + b"x" * (1024 * 1024) + b"</html>"
    error = run_fault(path, answer(503, body, "text/html"))
    assert_typed(error, smartcar.ServerError, 503)


@pytest.mark.parametrize("path", ALL_PATHS)
def test_huge_200_body(path: str) -> None:
    error = run_fault(path, answer(200, b"x" * (1024 * 1024 + 1)))
    assert_typed(error, smartcar.InvalidResponseError, 200)


@pytest.mark.parametrize("path", ALL_PATHS)
@pytest.mark.parametrize("status", [200, 500])
def test_deeply_nested_json(path: str, status: int) -> None:
    # Nesting deeper than the JSON decoder's recursion limit raises RecursionError, not ValueError.
    error = run_fault(path, answer(status, b"[" * 100_000))
    assert_typed(
        error, smartcar.InvalidResponseError if status == 200 else smartcar.ServerError, status
    )


@pytest.mark.parametrize("path", ALL_PATHS)
@pytest.mark.parametrize("value", ["soon", "-1", "1e3", "²", "Wed, 32 Foo 2025 25:61:00 GMT"])
def test_invalid_retry_after(path: str, value: str) -> None:
    body = json.dumps({"type": "RATE_LIMIT", "code": "SMARTCAR_API", "statusCode": 429}).encode()

    def handler(request: httpx2.Request) -> httpx2.Response:
        headers = [
            (b"SC-Request-Id", REQUEST_ID.encode()),
            (b"Content-Type", b"application/json"),
            (b"Retry-After", value.encode("latin-1")),
        ]
        return httpx2.Response(429, content=body, headers=headers)

    error = run_fault(path, handler)
    assert_typed(error, smartcar.RateLimitError, 429)
    assert error.retry_after is None
    assert error.code == "SMARTCAR_API"


# -- unknown values are kept, not fatal -----------------------------------------------------------


def test_unknown_enum_in_a_read() -> None:
    body = {"isPluggedIn": True, "state": "DISCHARGING"}
    v = smartcar.Vehicle("v", "t", transport=mock(answer(200, json.dumps(body).encode())))
    charge = v.charge()
    assert charge.state == "DISCHARGING"
    assert charge.is_plugged_in is True


def test_unknown_enum_in_a_batch() -> None:
    body = {
        "responses": [
            {"path": "/charge", "code": 200, "body": {"isPluggedIn": False, "state": "V2G"}}
        ]
    }
    v = smartcar.Vehicle("v", "t", transport=mock(answer(200, json.dumps(body).encode())))
    assert v.batch(["/charge"]).charge().state == "V2G"


@pytest.mark.parametrize(
    ("path", "body", "read_back"),
    [
        ("command", {"status": "queued", "message": "m"}, lambda r: r.status),
        ("token", {**VALID["token"], "token_type": "DPoP"}, lambda r: r.token_type),
        (
            "management",
            {
                "connections": [
                    {
                        "vehicleId": "v",
                        "userId": "u",
                        "connectedAt": "2023-08-10T15:00:00Z",
                        "mode": "supervised",
                    }
                ],
                "paging": {"cursor": None},
            },
            lambda r: r.connections[0].mode,
        ),
    ],
)
def test_unknown_values_elsewhere_are_kept(
    path: str, body: Any, read_back: Callable[[Any], Any]
) -> None:
    result = call(path, transport=mock(answer(200, json.dumps(body).encode())))
    assert read_back(result) in ("queued", "DPoP", "supervised")


# -- the connection fails -------------------------------------------------------------------------


@pytest.mark.parametrize("path", ALL_PATHS)
@pytest.mark.parametrize(
    ("error", "cls"),
    [
        (httpx2.ReadError, smartcar.NetworkError),
        (httpx2.RemoteProtocolError, smartcar.NetworkError),
        (httpx2.ConnectError, smartcar.NetworkError),
        (httpx2.ReadTimeout, smartcar.RequestTimeoutError),
    ],
)
def test_transport_failure(
    path: str, error: type[Exception], cls: type[smartcar.SmartcarException]
) -> None:
    def handler(request: httpx2.Request) -> httpx2.Response:
        raise error("connection reset by peer")

    failure = run_fault(path, handler)
    # No response, so no status or request id to report.
    assert_typed(failure, cls, None, request_id=None)


# -- ids and paths that would leave their place; credentials a header cannot carry ---------------
#
# Each row must fail with InvalidInputError before anything is sent, in sync and async alike.
# Without the checks, ".." as a vehicle id sent lock() to POST /v2.0/security, and an id of
# 100,000 characters escaped as httpx2.InvalidURL.

BAD_SEGMENTS = {
    "dot": ".",
    "dot-dot": "..",
    "encoded": "%2e%2e",
    "mixed": ".%2E",
    "double-encoded": "%252e%252E",
    "fullwidth": "\uff0e\uff0e",
    "climbing": "../application",
    "encoded-slash": "..%2Fapplication",
    "newline": "v\n1",
    "nul": "v\x001",
    "257-chars": "v" * 257,
    "100k-chars": "v" * 100_000,
}

Family = Callable[[Any, Any, str], Any]


def _with_id(method: str, *args: Any) -> Family:
    # The id is changed after construction, so the check that runs for every request (not just
    # the constructor's) is the one under test.
    def run(vehicle: Any, api: Any, bad: str) -> Any:
        vehicle.vehicle_id = bad
        return getattr(vehicle, method)(*args)

    return run


PATH_FAMILIES: dict[str, Family] = {
    "read": _with_id("odometer"),
    "command": _with_id("lock"),
    "disconnect": _with_id("disconnect"),
    "batch-id": _with_id("batch", ["/odometer"]),
    "batch-path": lambda v, api, bad: v.batch(["/odometer", f"/{bad}"]),
    "batch-nested-path": lambda v, api, bad: v.batch([f"/tesla/{bad}/x"]),
    "webhook-subscribe": lambda v, api, bad: v.subscribe(bad),
    "webhook-unsubscribe": lambda v, api, bad: v.unsubscribe("amt-token", bad),
    "v3-signal": lambda v, api, bad: v.get_signal(bad),
    "v3-signals-id": _with_id("get_signals"),
    "v3-vehicle": lambda v, api, bad: api.get_vehicle("access-token", bad),
    "request-id": _with_id("request", "GET", "tesla/compass"),
    "request-path": lambda v, api, bad: v.request("GET", f"tesla/{bad}"),
    "request-command-path": lambda v, api, bad: v.request("POST", f"{bad}/security"),
}


def attempt(kind: str, recorder: Recorder, call: Callable[[Any, Any], Any]) -> None:
    """Make one call, with a sync or an async vehicle and module, sending to ``recorder``."""
    transport = mock(recorder)
    _http.set_transport_override(transport)
    if kind == "sync":
        call(smartcar.Vehicle("vehicle-1", "access-token", transport=transport), smartcar)
        return

    async def main() -> None:
        vehicle = smartcar.AsyncVehicle("vehicle-1", "access-token", transport=transport)
        result = call(vehicle, smartcar.aio)
        if inspect.isawaitable(result):
            await result

    asyncio.run(main())


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize("family", PATH_FAMILIES)
@pytest.mark.parametrize("bad", BAD_SEGMENTS.values(), ids=BAD_SEGMENTS.keys())
def test_a_path_parameter_cannot_leave_its_place(kind: str, family: str, bad: str) -> None:
    recorder = Recorder()
    with pytest.raises(smartcar.InvalidInputError) as caught:
        attempt(kind, recorder, lambda v, api: PATH_FAMILIES[family](v, api, bad))
    assert recorder.requests == []
    assert len(str(caught.value)) < 500  # an id of 100,000 characters is not repeated whole


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize("bad", BAD_SEGMENTS.values(), ids=BAD_SEGMENTS.keys())
def test_a_vehicle_id_is_checked_when_the_vehicle_is_made(kind: str, bad: str) -> None:
    cls = smartcar.Vehicle if kind == "sync" else smartcar.AsyncVehicle
    with pytest.raises(smartcar.InvalidInputError, match="vehicle_id"):
        cls(bad, "access-token")


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize(
    "path",
    [
        "odometer?flags=x",
        "odometer#fragment",
        "tesla/compass?",
        "../application",
        "./odometer",
        "tesla/../../application",
        "tesla/%2e%2e/%2E%2e/application",
        "tesla/.%2e/.%2E/application",
        "tesla/%252e%252e/application",
        "tesla/..%2f..%2fapplication",
        "tesla\\..\\..\\application",
        "x" * 2049,
    ],
)
def test_request_addresses_only_paths_below_its_vehicle(kind: str, path: str) -> None:
    recorder = Recorder()
    for method in ("GET", "POST", "DELETE"):
        with pytest.raises(smartcar.InvalidInputError, match="path"):
            attempt(kind, recorder, lambda v, api, m=method: v.request(m, path))
    assert recorder.requests == []


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_request_still_sends_the_paths_it_is_given(kind: str) -> None:
    # The checks refuse escapes, not ordinary brand paths (the positive control of the rows).
    recorder = Recorder()
    attempt(kind, recorder, lambda v, api: v.request("GET", "/tesla/compass"))
    attempt(kind, recorder, lambda v, api: v.request("GET", "tesla/battery%20info"))
    # {} lacks the batch's responses: read leniently, a batch of no items (strict mode raises).
    attempt(kind, recorder, lambda v, api: v.batch(["/odometer", "/tesla/speedometer", "/"]))
    paths = [r.url.raw_path for r in recorder.requests]
    assert paths == [
        b"/v2.0/vehicles/vehicle-1/tesla/compass",
        b"/v2.0/vehicles/vehicle-1/tesla/battery%20info",
        b"/v2.0/vehicles/vehicle-1/batch",
    ]
    sent = json.loads(recorder.requests[-1].content)
    assert [item["path"] for item in sent["requests"]] == ["/odometer", "/tesla/speedometer", "/"]


# Credentials with characters a header cannot carry. The two halves of each value are
# distinctive, so the test can tell that the error quotes no part of it.
BAD_CREDENTIALS = {
    "newline": "HALFONE1234\nHALFTWO5678",
    "header-injection": "HALFONE1234\r\nX-Injected: HALFTWO5678",
    "nul": "HALFONE1234\x00HALFTWO5678",
    "space": "HALFONE1234 HALFTWO5678",
    "non-ascii": "HALFONE1234\u00e9HALFTWO5678",
    "tab": "HALFONE1234\tHALFTWO5678",
}

Given = Callable[[Any, Any, str], Any]


def _auth_client(api: Any, client_id: str, secret: str) -> Any:
    cls = smartcar.AuthClient if api is smartcar else smartcar.AsyncAuthClient
    return cls(client_id, secret, "https://app.example/cb", transport=mock(Recorder()))


CREDENTIAL_CALLS: dict[str, tuple[str, Given]] = {
    "Vehicle": (
        "access_token",
        lambda v, api, bad: type(v)("vehicle-1", bad),
    ),
    "get_user": ("access_token", lambda v, api, bad: api.get_user(bad)),
    "get_vehicles": ("access_token", lambda v, api, bad: api.get_vehicles(bad)),
    "get_vehicle": ("access_token", lambda v, api, bad: api.get_vehicle(bad, "vehicle-1")),
    "get_connections": ("amt", lambda v, api, bad: api.get_connections(bad)),
    "delete_connections": (
        "amt",
        lambda v, api, bad: api.delete_connections(bad, {"vehicle_id": "vehicle-1"}),
    ),
    "get_management_token": ("amt", lambda v, api, bad: api.get_management_token(bad)),
    "unsubscribe": ("amt", lambda v, api, bad: v.unsubscribe(bad, "webhook-1")),
    "AuthClient-secret": (
        "client_secret",
        lambda v, api, bad: _auth_client(api, "client-id", bad),
    ),
    "AuthClient-id": ("client_id", lambda v, api, bad: _auth_client(api, bad, "secret")),
    "get_compatibility": (
        "client_secret",
        lambda v, api, bad: api.get_compatibility(
            "5YJSA1CN5DFP00101",
            ["read_odometer"],
            options={"client_id": "client-id", "client_secret": bad},
        ),
    ),
    "request-authorization": (
        "Authorization",
        lambda v, api, bad: v.request("GET", "odometer", headers={"Authorization": bad}),
    ),
    "request-header": (
        "X-Extra",
        lambda v, api, bad: v.request("GET", "odometer", headers={"X-Extra": bad}),
    ),
    "TokenManager": (
        "access_token",
        lambda v, api, bad: smartcar.TokenManager(
            _auth_client(api, "client-id", "secret"),
            {"access_token": bad, "expires_in": 7200, "refresh_token": "refresh-token"},
        ),
    ),
}


def _texts(error: BaseException) -> str:
    """Everything an error shows or holds, along its whole chain."""
    parts: list[str] = []
    seen: set[int] = set()
    stack: list[BaseException | None] = [error]
    while stack:
        current = stack.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        parts += [str(current), repr(current), repr(current.args), repr(vars(current))]
        parts.append(repr(getattr(current, "object", "")))  # UnicodeError holds its input
        stack += [current.__cause__, current.__context__]
    return "\n".join(parts)


# Spaces and tabs are fine in an ordinary header, and "Scheme credential" is how an
# Authorization value is written: those pairs are not faults.
FINE = {("request-header", "space"), ("request-header", "tab"), ("request-authorization", "space")}


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize(
    ("call", "problem"),
    [(c, p) for c in CREDENTIAL_CALLS for p in BAD_CREDENTIALS if (c, p) not in FINE],
)
def test_a_credential_a_header_cannot_carry_is_refused_unquoted(
    kind: str, call: str, problem: str
) -> None:
    name, given = CREDENTIAL_CALLS[call]
    bad = BAD_CREDENTIALS[problem]
    recorder = Recorder()
    with pytest.raises(smartcar.InvalidInputError) as caught:
        attempt(kind, recorder, lambda v, api: given(v, api, bad))
    assert recorder.requests == []
    assert name in str(caught.value)
    shown = _texts(caught.value)
    assert "HALFONE" not in shown
    assert "HALFTWO" not in shown


@pytest.mark.parametrize("max_retries", [0, 2])
def test_a_request_refused_locally_is_not_retried_and_not_quoted(max_retries: int) -> None:
    # h11 refuses a header it cannot send with a message that quotes the header whole; the
    # SDK neither copies that text nor "retries" a request that never left the process.
    attempts: list[httpx2.Request] = []

    def refuse(request: httpx2.Request) -> httpx2.Response:
        attempts.append(request)
        raise httpx2.LocalProtocolError(
            f"Illegal header value {request.headers['Authorization'].encode()!r}"
        )

    vehicle = smartcar.Vehicle(
        "vehicle-1", "access-token-SECRET", transport=mock(refuse), max_retries=max_retries
    )
    with pytest.raises(smartcar.NetworkError) as caught:
        vehicle.odometer()
    assert len(attempts) == 1
    assert "SECRET" not in _texts(caught.value)
    assert "nothing was sent" in str(caught.value)


# -- redirects are never followed -----------------------------------------------------------------


class Hosts:
    """A mock internet: the API answers with a redirect; any other host records what it saw."""

    def __init__(self, status: int) -> None:
        self.status = status
        self.elsewhere: list[httpx2.Request] = []

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        if request.url.host == "evil.example":
            self.elsewhere.append(request)
            return httpx2.Response(200, json={})
        return httpx2.Response(
            self.status,
            headers={"Location": "https://evil.example/steal", "SC-Request-Id": REQUEST_ID},
        )


@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("status", [301, 302, 307, 308])
def test_redirect_to_another_host_is_not_followed(path: str, status: int) -> None:
    hosts = Hosts(status)
    error = run_fault(path, hosts)
    assert_typed(error, smartcar.InvalidResponseError, status)
    assert "evil.example" in str(error)
    assert hosts.elsewhere == []


@pytest.mark.parametrize("path", ["read", "command", "token", "batch"])
def test_redirect_is_not_followed_even_by_a_following_client(path: str) -> None:
    hosts = Hosts(307)
    client = httpx2.Client(transport=mock(hosts), follow_redirects=True)
    with pytest.raises(smartcar.InvalidResponseError):
        call(path, http_client=client)
    assert hosts.elsewhere == []


# -- real sockets: a slow server, a server that hangs up, a redirect to another port ------------


@pytest.fixture
def loopback() -> Iterator[Callable[..., Loopback]]:
    started: list[Loopback] = []

    def start(behave: Callable[[http.server.BaseHTTPRequestHandler], None]) -> Loopback:
        server = Loopback(lambda handler, _stop: behave(handler))
        started.append(server)
        return server

    yield start
    for server in started:
        server.close()


def point_at(
    path: str, server: Loopback, monkeypatch: pytest.MonkeyPatch
) -> smartcar.Origins | None:
    """Route the path's origin to the server (module functions read the environment)."""
    if path == "management":
        monkeypatch.setenv("SMARTCAR_MANAGEMENT_API_ORIGIN", server.url)
        return None
    url = server.url
    return smartcar.Origins(api=url, auth=url, connect=url, management=url, vehicle_v3=url)


def reply(
    handler: http.server.BaseHTTPRequestHandler, status: int, headers: dict[str, str]
) -> None:
    handler.send_response(status)
    for name, value in headers.items():
        handler.send_header(name, value)
    handler.send_header("Content-Length", "0")
    handler.end_headers()


@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
@pytest.mark.parametrize("path", PATHS)
def test_response_slower_than_the_timeout(
    path: str, loopback: Callable[..., Loopback], monkeypatch: pytest.MonkeyPatch
) -> None:
    def slow(handler: http.server.BaseHTTPRequestHandler) -> None:
        server.stop_event.wait(5)
        reply(handler, 200, {"SC-Request-Id": REQUEST_ID})

    server = loopback(slow)
    with pytest.raises(smartcar.RequestTimeoutError) as caught:
        call(path, origins=point_at(path, server, monkeypatch), timeout=0.2)
    assert_typed(caught.value, smartcar.RequestTimeoutError, None, request_id=None)
    assert server.hits == 1


@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
@pytest.mark.parametrize("path", PATHS)
def test_server_closes_the_connection(
    path: str, loopback: Callable[..., Loopback], monkeypatch: pytest.MonkeyPatch
) -> None:
    def hang_up(handler: http.server.BaseHTTPRequestHandler) -> None:
        # Reset rather than a clean close: SO_LINGER 0 sends RST.
        handler.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        handler.connection.close()
        handler.close_connection = True

    server = loopback(hang_up)
    with pytest.raises(smartcar.NetworkError) as caught:
        call(path, origins=point_at(path, server, monkeypatch))
    assert_typed(caught.value, smartcar.NetworkError, None, request_id=None)
    assert server.hits == 1


@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
@pytest.mark.parametrize("path", PATHS)
def test_redirect_to_another_server_sends_it_nothing(
    path: str, loopback: Callable[..., Loopback], monkeypatch: pytest.MonkeyPatch
) -> None:
    other = loopback(lambda handler: reply(handler, 200, {}))
    server = loopback(
        lambda handler: reply(
            handler, 307, {"Location": f"{other.url}/steal", "SC-Request-Id": REQUEST_ID}
        )
    )
    with pytest.raises(smartcar.InvalidResponseError) as caught:
        call(path, origins=point_at(path, server, monkeypatch))
    assert_typed(caught.value, smartcar.InvalidResponseError, 307)
    assert server.hits == 1
    assert other.hits == 0


@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
@pytest.mark.parametrize("path", PATHS)
def test_body_dripped_slower_than_the_timeout(
    path: str, loopback: Callable[..., Loopback], monkeypatch: pytest.MonkeyPatch
) -> None:
    def drip(handler: http.server.BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("SC-Request-Id", REQUEST_ID)
        handler.send_header("Content-Length", "100000")
        handler.end_headers()
        # Each byte comes well within the read timeout, which restarts with it.
        while not server.stop_event.wait(0.02):
            handler.wfile.write(b" ")
            handler.wfile.flush()

    server = loopback(drip)
    outcome: list[BaseException] = []

    def run() -> None:
        try:
            call(path, origins=point_at(path, server, monkeypatch), timeout=0.2)
        except BaseException as error:  # checked below
            outcome.append(error)

    # A generous guard, so a call that never ends fails the test instead of hanging it.
    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(60)
    assert not worker.is_alive(), "a dripping body held the call past every timeout"
    assert_typed(outcome[0], smartcar.RequestTimeoutError, None, request_id=None)
    assert server.hits == 1


@pytest.mark.parametrize("path", ALL_PATHS)
@pytest.mark.parametrize("declared", [True, False], ids=["content-length", "chunked"])
def test_body_over_the_size_cap(path: str, declared: bool) -> None:
    body = json.dumps(VALID[path]).encode().ljust(4096)

    def oversized(request: httpx2.Request) -> httpx2.Response:
        headers = {"SC-Request-Id": REQUEST_ID, "Content-Type": "application/json"}
        if declared:
            return httpx2.Response(200, content=body, headers=headers)
        # A generator body is sent without a Content-Length: only counting can stop it.
        return httpx2.Response(200, content=iter([body[:2048], body[2048:]]), headers=headers)

    seen: list[httpx2.Request] = []

    def counted(request: httpx2.Request) -> httpx2.Response:
        seen.append(request)
        return oversized(request)

    with pytest.raises(smartcar.SmartcarException) as caught:
        call(path, transport=mock(counted), max_response_bytes=3000)
    assert len(seen) == 1
    assert_typed(caught.value, smartcar.InvalidResponseError, 200)
    assert "max_response_bytes" in str(caught.value)


# -- API v3: a 202 is a result; paging stops at the first broken page -----------------------------


def test_a_202_command_is_a_result() -> None:
    result = call(
        "v3-command", transport=mock(answer(202, json.dumps(VALID["v3-command"]).encode()))
    )
    assert result.accepted is True and result.status == "SUCCESS"


@pytest.mark.parametrize("body", [b"", b"[]", b"<html>accepted</html>"])
def test_a_202_command_with_a_broken_body(body: bytes) -> None:
    error = run_fault("v3-command", answer(202, body))
    assert_typed(error, smartcar.InvalidResponseError, 202)


def test_a_202_command_with_an_empty_object_is_read_leniently() -> None:
    # An object lacking every member is still the response: its members read None and are
    # recorded as missing (strict mode refuses it: tests/results/test_lenient_examples.py).
    result = call("v3-command", transport=mock(answer(202, b"{}")))
    assert result.accepted is True and result.status is None
    assert "data" in result.missing_fields


@pytest.mark.parametrize("fault", [(502, HTML_PAGE, "text/html"), (200, b"{", "application/json")])
def test_a_broken_second_page_raises_after_the_first_pages_items(
    fault: tuple[int, bytes, str],
) -> None:
    first = {
        "data": [{"id": "c1", "type": "connection"}],
        "links": {"next": "/connections?page[number]=2"},
    }

    def pages(request: httpx2.Request) -> httpx2.Response:
        if request.url.path == "/oauth2/token":
            return httpx2.Response(200, json=VALID["v3-token"])
        if request.url.params.get("page[number]") == "1":
            return httpx2.Response(200, json=first, headers={"SC-Request-Id": REQUEST_ID})
        return answer(*fault)(request)

    app = smartcar.App("client_id-1", "secret-1", transport=mock(pages), max_retries=0)
    items = iter(app.connections())
    assert next(items).id == "c1"
    with pytest.raises(smartcar.SmartcarException) as caught:
        next(items)
    assert caught.value.status_code == fault[0]
