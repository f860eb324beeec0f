"""What goes on the wire, pinned: retries of passthrough calls, redirects, vehicle options,
authorization schemes, compatibility test mode; plus the async TokenManager's ``save``, naive
stored dates and VEHICLE_ERROR webhooks.

Each test here guards a behaviour that an earlier round of mutation testing showed no other test
pinned down: breaking the code it covers makes it fail.
"""

from __future__ import annotations

import asyncio
import base64
import json
from collections.abc import Callable, Coroutine, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx2
import pytest
from smartcar_openapi import models as m

import smartcar
import smartcar.aio
from smartcar import _http, webhooks
from smartcar.testing import (
    DEFAULT_CLIENT_ID,
    DEFAULT_CLIENT_SECRET,
    DEFAULT_REDIRECT_URI,
    Simulator,
    SimulatorTransport,
)

from .._helpers import assert_attributed_here
from ..http.test_retries import Script

Handler = Callable[[httpx2.Request], httpx2.Response]
ODOMETER = {"distance": 104032.0}
BATCH = {"responses": [{"path": "/odometer", "code": 200, "body": ODOMETER, "headers": {}}]}


class Recorder(Script):
    """:class:`Script`, answering an odometer reading when no outcome is given."""

    def __init__(self, *outcomes: httpx2.Response | Exception | Handler) -> None:
        super().__init__(*(outcomes or (lambda r: httpx2.Response(200, json=ODOMETER),)))


def run_async(
    server: Recorder,
    call: Callable[[smartcar.AsyncVehicle], Coroutine[Any, Any, Any]],
    options: dict[str, Any] | None = None,
    **kwargs: Any,
) -> Any:
    async def main() -> Any:
        async with smartcar.AsyncVehicle(
            "vehicle-1", "access-token", options, transport=server.transport, **kwargs
        ) as vehicle:
            return await call(vehicle)

    return asyncio.run(main())


def server_error() -> httpx2.Response:
    return httpx2.Response(503, json={"type": "SERVER", "code": "INTERNAL"})


# -- passthrough requests: only GET is ever replayed ------------------------------------------

UNSAFE = ["POST", "PUT", "PATCH", "DELETE"]
FAILURES: dict[str, Callable[[], httpx2.Response | Exception]] = {
    "503": server_error,
    "read-timeout": lambda: httpx2.ReadTimeout("timed out"),
}
FAILURE_ERRORS = {"503": smartcar.ServerError, "read-timeout": smartcar.RequestTimeoutError}


@pytest.mark.parametrize("failure", sorted(FAILURES))
@pytest.mark.parametrize("method", UNSAFE)
def test_passthrough_command_is_never_replayed(
    sleeps: list[float], method: str, failure: str
) -> None:
    server = Recorder(FAILURES[failure](), httpx2.Response(200, json={"status": "success"}))
    vehicle = smartcar.Vehicle("vehicle-1", "access-token", transport=server.transport)
    with pytest.raises(FAILURE_ERRORS[failure]):
        vehicle.request(method, "tesla/trunk", {"open": True})
    assert [r.method for r in server.requests] == [method]


@pytest.mark.parametrize("failure", sorted(FAILURES))
@pytest.mark.parametrize("method", UNSAFE)
def test_passthrough_command_is_never_replayed_async(
    sleeps: list[float], method: str, failure: str
) -> None:
    server = Recorder(FAILURES[failure](), httpx2.Response(200, json={"status": "success"}))
    with pytest.raises(FAILURE_ERRORS[failure]):
        run_async(server, lambda v: v.request(method, "tesla/trunk", {"open": True}))
    assert [r.method for r in server.requests] == [method]


@pytest.mark.parametrize("failure", sorted(FAILURES))
def test_passthrough_get_is_retried(sleeps: list[float], failure: str) -> None:
    server = Recorder(FAILURES[failure](), httpx2.Response(200, json={"heading": 90}))
    vehicle = smartcar.Vehicle("vehicle-1", "access-token", transport=server.transport)
    assert vehicle.request("GET", "tesla/compass").body == {"heading": 90}
    assert [r.method for r in server.requests] == ["GET", "GET"]
    assert len(sleeps) == 1


@pytest.mark.parametrize("failure", sorted(FAILURES))
def test_passthrough_get_is_retried_async(sleeps: list[float], failure: str) -> None:
    server = Recorder(FAILURES[failure](), httpx2.Response(200, json={"heading": 90}))
    response = run_async(server, lambda v: v.request("GET", "tesla/compass"))
    assert response.body == {"heading": 90}
    assert [r.method for r in server.requests] == ["GET", "GET"]
    assert len(sleeps) == 1


# -- async redirects are never followed -------------------------------------------------------


class Hosts:
    """A mock internet: the API redirects elsewhere; any other host records what reached it."""

    def __init__(self, status: int) -> None:
        self.status = status
        self.elsewhere: list[httpx2.Request] = []

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        if request.url.host == "evil.example":
            self.elsewhere.append(request)
            return httpx2.Response(200, json={})
        return httpx2.Response(
            self.status,
            headers={"Location": "https://evil.example/steal", "SC-Request-Id": "req-redirect"},
        )


ASYNC_CALLS: dict[str, Callable[[Any], Coroutine[Any, Any, Any]]] = {
    "read": lambda v: v.odometer(),
    "command": lambda v: v.lock(),
    "batch": lambda v: v.batch(["/odometer"]),
    "request": lambda v: v.request("GET", "tesla/compass"),
    "v3": lambda v: v.get_signals(),
}


async def _async_call(path: str, options: dict[str, Any]) -> Any:
    if path == "token":
        auth = smartcar.AsyncAuthClient(
            "client-id", "client-secret", "https://a.example/cb", **options
        )
        async with auth:
            return await auth.exchange_code("auth-code")
    async with smartcar.AsyncVehicle("vehicle-1", "access-token", **options) as vehicle:
        return await ASYNC_CALLS[path](vehicle)


@pytest.mark.parametrize("path", [*ASYNC_CALLS, "token"])
@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_async_redirect_to_another_host_is_not_followed(path: str, status: int) -> None:
    hosts = Hosts(status)
    options = {"transport": httpx2.MockTransport(hosts), "max_retries": 0}
    with pytest.raises(smartcar.InvalidResponseError) as caught:
        asyncio.run(_async_call(path, options))
    assert caught.value.status_code == status
    assert caught.value.request_id == "req-redirect"
    assert "evil.example" in str(caught.value)
    assert hosts.elsewhere == []


@pytest.mark.parametrize("path", [*ASYNC_CALLS, "token"])
def test_async_redirect_is_not_followed_even_by_a_following_client(path: str) -> None:
    hosts = Hosts(307)

    async def main() -> Any:
        async with httpx2.AsyncClient(
            transport=httpx2.MockTransport(hosts), follow_redirects=True
        ) as client:
            return await _async_call(path, {"http_client": client, "max_retries": 0})

    with pytest.raises(smartcar.InvalidResponseError):
        asyncio.run(main())
    assert hosts.elsewhere == []


# -- a vehicle's unit system, flags and API version reach request() and batch() ---------------

OPTIONS = {"unit_system": "imperial", "flags": {"beta": True}, "version": "1.0"}
OPTION_CALLS: dict[str, tuple[Callable[[Any], Any], Handler, str]] = {
    "request": (
        lambda v: v.request("GET", "tesla/compass"),
        lambda r: httpx2.Response(200, json={"heading": 90}),
        "/v1.0/vehicles/vehicle-1/tesla/compass",
    ),
    "batch": (
        lambda v: v.batch(["/odometer"]),
        lambda r: httpx2.Response(200, json=BATCH),
        "/v1.0/vehicles/vehicle-1/batch",
    ),
}


def assert_vehicle_options(request: httpx2.Request, path: str, unit: str = "imperial") -> None:
    assert request.url.path == path
    assert request.url.params.get_list("flags") == ["beta:true"]
    assert request.headers["SC-Unit-System"] == unit


@pytest.mark.parametrize("call", sorted(OPTION_CALLS))
def test_request_and_batch_honour_the_vehicle_options(call: str) -> None:
    run, answer, path = OPTION_CALLS[call]
    server = Recorder(answer)
    vehicle = smartcar.Vehicle("vehicle-1", "access-token", OPTIONS, transport=server.transport)
    run(vehicle)
    assert_vehicle_options(server.requests[0], path)
    # The unit system set later applies to the next call.
    vehicle.set_unit_system("metric")
    run(vehicle)
    assert_vehicle_options(server.requests[1], path, unit="metric")


@pytest.mark.parametrize("call", sorted(OPTION_CALLS))
def test_request_and_batch_honour_the_vehicle_options_async(call: str) -> None:
    run, answer, path = OPTION_CALLS[call]
    server = Recorder(answer)
    run_async(server, run, OPTIONS)
    assert_vehicle_options(server.requests[0], path)


def test_request_unit_header_of_the_caller_wins() -> None:
    server = Recorder()
    vehicle = smartcar.Vehicle("vehicle-1", "access-token", OPTIONS, transport=server.transport)
    vehicle.request("GET", "odometer", headers={"sc-unit-system": "metric"})
    assert server.requests[0].headers.get_list("SC-Unit-System") == ["metric"]


def test_default_version_has_no_prefix_and_no_flags() -> None:
    server = Recorder()
    vehicle = smartcar.Vehicle("vehicle-1", "access-token", transport=server.transport)
    vehicle.request("GET", "odometer")
    assert server.requests[0].url.path == "/v2.0/vehicles/vehicle-1/odometer"
    assert "flags" not in server.requests[0].url.params
    assert server.requests[0].headers["SC-Unit-System"] == "metric"


# -- authorization schemes on the wire --------------------------------------------------------


@pytest.fixture
def shared() -> Iterator[Recorder]:
    """Module functions send through the shared pool: route it to a recorder."""
    server = Recorder(
        lambda r: httpx2.Response(
            200,
            json={"connections": [], "paging": {"cursor": None}}
            if r.method == "GET"
            else {"connections": []},
        )
    )
    _http.set_transport_override(httpx2.MockTransport(server))
    try:
        yield server
    finally:
        _http.set_transport_override(None)


def basic_default(amt: str) -> str:
    return "Basic " + base64.b64encode(f"default:{amt}".encode()).decode()


def test_management_calls_send_basic_default_amt(shared: Recorder) -> None:
    smartcar.get_connections("amt-secret")
    smartcar.delete_connections("amt-secret", {"vehicle_id": "vehicle-1"})
    assert [(r.method, r.headers["Authorization"]) for r in shared.requests] == [
        ("GET", basic_default("amt-secret")),
        ("DELETE", basic_default("amt-secret")),
    ]


def test_management_calls_send_basic_default_amt_async(shared: Recorder) -> None:
    async def main() -> None:
        await smartcar.aio.get_connections("amt-secret")
        await smartcar.aio.delete_connections("amt-secret", {"user_id": "user-1"})

    asyncio.run(main())
    assert [r.headers["Authorization"] for r in shared.requests] == [
        basic_default("amt-secret")
    ] * 2


def test_unsubscribe_sends_the_management_token_as_bearer() -> None:
    server = Recorder(httpx2.Response(200, json={"status": "success"}))
    vehicle = smartcar.Vehicle("vehicle-1", "user-token", transport=server.transport)
    vehicle.unsubscribe("amt-secret", "webhook-1")
    (request,) = server.requests
    assert (request.method, request.url.path) == (
        "DELETE",
        "/v2.0/vehicles/vehicle-1/webhooks/webhook-1",
    )
    assert request.headers["Authorization"] == "Bearer amt-secret"


def test_unsubscribe_sends_the_management_token_as_bearer_async() -> None:
    server = Recorder(httpx2.Response(200, json={"status": "success"}))
    run_async(server, lambda v: v.unsubscribe("amt-secret", "webhook-1"))
    assert [r.headers["Authorization"] for r in server.requests] == ["Bearer amt-secret"]


# -- compatibility test mode ------------------------------------------------------------------

COMPATIBLE = {"compatible": True, "reason": None, "capabilities": []}


@pytest.mark.parametrize(("test_mode", "mode"), [(True, "test"), (False, "live")])
def test_compatibility_sends_the_test_mode(shared: Recorder, test_mode: bool, mode: str) -> None:
    shared.outcomes = [httpx2.Response(200, json=COMPATIBLE)]
    options = {"client_id": "id", "client_secret": "secret", "test_mode": test_mode}
    smartcar.get_compatibility("5YJSA1CN5DFP00101", ["read_odometer"], "US", options)
    (request,) = shared.requests
    assert request.url.params["mode"] == mode
    assert request.url.params["vin"] == "5YJSA1CN5DFP00101"


def test_compatibility_sends_the_test_mode_async(shared: Recorder) -> None:
    shared.outcomes = [httpx2.Response(200, json=COMPATIBLE)]
    options = {"client_id": "id", "client_secret": "secret", "test_mode": True}
    asyncio.run(smartcar.aio.get_compatibility("VIN1", ["read_odometer"], "US", options))
    assert shared.requests[0].url.params["mode"] == "test"


# -- the async TokenManager awaits an async save ----------------------------------------------


def test_async_token_manager_awaits_an_async_save() -> None:
    sim = Simulator()
    transport = SimulatorTransport(sim)
    token = sim.issue_token()
    old = smartcar.Access(
        access_token=token["access_token"],
        token_type="Bearer",
        expires_in=7200,
        expiration=datetime.now(UTC) - timedelta(seconds=1),
        refresh_token=token["refresh_token"],
        refresh_expiration=datetime.now(UTC) + timedelta(days=60),
    )
    saved: list[smartcar.Access] = []

    async def save(access: smartcar.Access) -> None:
        # Only appends once awaited: an un-awaited coroutine would leave the list empty.
        await asyncio.sleep(0)
        saved.append(access)

    async def main() -> str:
        auth = smartcar.AsyncAuthClient(
            DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, DEFAULT_REDIRECT_URI, transport=transport
        )
        manager = smartcar.TokenManager(auth, old, save=save)
        async with smartcar.AsyncVehicle(sim.vehicle_ids[0], manager, transport=transport) as v:
            await v.odometer()
        assert manager.access is not None
        return manager.access.access_token

    current = asyncio.run(main())
    assert len(saved) == 1
    assert isinstance(saved[0], smartcar.Access)
    assert saved[0].access_token == current != old.access_token
    assert saved[0].refresh_token != old.refresh_token


# -- naive stored dates are UTC ---------------------------------------------------------------


def stored(expiration: str, refresh_expiration: str) -> dict[str, Any]:
    return {
        "access_token": "a",
        "token_type": "Bearer",
        "expires_in": 7200,
        "expiration": expiration,
        "refresh_token": "r",
        "refresh_expiration": refresh_expiration,
    }


def test_access_from_naive_iso_strings_is_aware_utc() -> None:
    access = smartcar.Access.from_dict(stored("2030-01-02T03:04:05", "2030-02-01T00:00:00"))
    assert access.expiration == datetime(2030, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert access.expiration.utcoffset() == timedelta(0)
    assert access.refresh_expiration == datetime(2030, 2, 1, tzinfo=UTC)
    assert access.refresh_expiration.utcoffset() == timedelta(0)
    # Comparing with aware datetimes works: no "can't compare offset-naive" TypeError.
    assert not access.is_expired()
    assert not access.is_refresh_expired()
    assert access.is_expired(now=datetime(2030, 1, 2, 3, 4, 5, tzinfo=UTC))
    assert not access.is_expired(now=datetime(2030, 1, 2, 3, 4, 4, tzinfo=UTC))


def test_access_from_naive_past_dates_is_expired() -> None:
    past = (datetime.now(UTC) - timedelta(minutes=1)).replace(tzinfo=None).isoformat()
    access = smartcar.Access.from_dict(stored(past, past))
    assert access.is_expired()
    assert access.is_refresh_expired()


def test_access_from_dict_keeps_an_explicit_offset() -> None:
    access = smartcar.Access.from_dict(stored("2030-01-02T05:04:05+02:00", "2030-02-01T00:00:00Z"))
    assert access.expiration == datetime(2030, 1, 2, 3, 4, 5, tzinfo=UTC)


# -- VEHICLE_ERROR webhooks -------------------------------------------------------------------

VEHICLE_ERROR = {
    "eventId": "7d6c5b4a-3f2e-4d1c-8b0a-9f8e7d6c5b4a",
    "eventType": "VEHICLE_ERROR",
    "vehicleId": "36ab27d0-fd9d-4455-823a-ce30af709ffc",
    "data": {
        "user": {"id": "e0514ef4-5226-11e8-8c13-8f6e8f02e27e"},
        "vehicle": {
            "id": "36ab27d0-fd9d-4455-823a-ce30af709ffc",
            "make": "TESLA",
            "model": "Model 3",
            "year": 2020,
        },
        "errors": [
            {
                "type": "CONNECTED_SERVICES_ACCOUNT",
                "code": "AUTHENTICATION_FAILED",
                "state": "ERROR",
                "description": "Smartcar was unable to authenticate.",
                "suggestedUserMessage": "Please reconnect your vehicle.",
                "resolution": {"type": "REAUTHENTICATE"},
                "signals": [
                    {
                        "code": "tractionbattery-stateofcharge",
                        "name": "StateOfCharge",
                        "group": "TractionBattery",
                    }
                ],
            }
        ],
    },
    "meta": {
        "version": "4.0",
        "webhookId": "5a8e5e38-1e12-4011-a36d-56f120053f9e",
        "webhookName": "Example Webhook",
        "deliveryId": "6e5d4c3b-2a1f-4e0d-9c8b-7a6f5e4d3c2b",
        "deliveredAt": 1761896351529,
        "mode": "LIVE",
    },
}


def test_vehicle_error_webhook_parses_as_its_own_type() -> None:
    event = webhooks.parse_payload(json.dumps(VEHICLE_ERROR))
    assert type(event) is m.WebhookV4VehicleErrorEvent
    assert event.event_id == "7d6c5b4a-3f2e-4d1c-8b0a-9f8e7d6c5b4a"
    error = event.data.errors[0]
    assert (error.type_, error.code) == ("CONNECTED_SERVICES_ACCOUNT", "AUTHENTICATION_FAILED")
    assert error.signals[0].code == "tractionbattery-stateofcharge"


def test_vehicle_error_webhook_with_a_bad_body_is_invalid_input() -> None:
    broken = {**VEHICLE_ERROR, "data": "not an object"}
    with pytest.raises(
        smartcar.InvalidInputError,
        match=r"^webhook body does not match the payload schema: TypeError: data: expected",
    ):
        webhooks.parse_payload(json.dumps(broken))


# -- webhook messages -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("[1]", r"^webhook body must be a JSON object$"),
        ("{", r"^webhook body is not JSON: Expecting property name"),
        ("{}", r"^webhook body has neither eventType \(v4\) nor eventName \(v2\.0\)$"),
    ],
)
def test_webhook_body_messages(body: str, message: str) -> None:
    with pytest.raises(smartcar.InvalidInputError, match=message):
        webhooks.parse_payload(body)


def test_webhook_argument_types_are_named() -> None:
    with pytest.raises(smartcar.InvalidInputError, match=r"^body must be str or bytes, got int$"):
        webhooks.parse_payload(1)  # type: ignore[arg-type]
    with pytest.raises(
        smartcar.InvalidInputError, match=r"^challenge must be str or bytes, got NoneType$"
    ):
        webhooks.hash_challenge("amt", None)  # type: ignore[arg-type]
    with pytest.raises(smartcar.InvalidInputError, match=r"^amt "):
        webhooks.hash_challenge("", "challenge")


def test_webhook_signature_mismatch_message() -> None:
    with pytest.raises(smartcar.WebhookSignatureError) as caught:
        webhooks.verify_signature("amt", "0" * 64, b"{}")
    assert str(caught.value) == (
        "Webhook signature does not match the payload (check the AMT, and verify the raw "
        "request body before parsing it)"
    )


def test_webhook_text_is_signed_as_utf8() -> None:
    import hashlib
    import hmac

    body = '{"name": "Ünïcødé"}'
    signature = hmac.new(b"amt", body.encode("utf-8"), hashlib.sha256).hexdigest()
    assert webhooks.verify_payload("amt", signature, body)
    assert (
        webhooks.hash_challenge("ämt", "ç")
        == hmac.new("ämt".encode(), "ç".encode(), hashlib.sha256).hexdigest()
    )


# -- passthrough request and response details ---------------------------------------------------


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE"])
def test_passthrough_sends_the_body_as_json(method: str) -> None:
    server = Recorder()
    vehicle = smartcar.Vehicle("vehicle 1", "access-token", transport=server.transport)
    vehicle.request(method, "tesla/trunk", {"open": True})
    (request,) = server.requests
    assert request.method == method
    assert json.loads(request.content) == {"open": True}
    assert request.headers["Content-Type"] == "application/json"
    # The vehicle id is one path segment, percent-encoded ('/', '?' and '#' are refused).
    assert request.url.raw_path.startswith(b"/v2.0/vehicles/vehicle%201/tesla/trunk")


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_passthrough_without_body_sends_none(method: str) -> None:
    server = Recorder()
    smartcar.Vehicle("vehicle-1", "t", transport=server.transport).request(method, "x")
    assert server.requests[0].content == b""


def test_passthrough_get_never_sends_a_body() -> None:
    server = Recorder()
    smartcar.Vehicle("vehicle-1", "t", transport=server.transport).request("GET", "x", {"a": 1})
    assert server.requests[0].content == b""


def test_passthrough_response_fields() -> None:
    server = Recorder(
        lambda r: httpx2.Response(
            202, json={"ok": 1}, headers={"SC-Request-Id": "req-9", "SC-Unit-System": "metric"}
        )
    )
    response = smartcar.Vehicle("vehicle-1", "t", transport=server.transport).request("GET", "x")
    assert (response.body, response.status_code) == ({"ok": 1}, 202)
    assert response.headers["sc-request-id"] == "req-9"
    assert (response.meta.request_id, response.meta.unit_system) == ("req-9", "metric")


def test_passthrough_empty_response_has_no_body() -> None:
    server = Recorder(lambda r: httpx2.Response(204, headers={"SC-Request-Id": "req-0"}))
    response = smartcar.Vehicle("vehicle-1", "t", transport=server.transport).request("DELETE", "x")
    assert (response.body, response.status_code) == (None, 204)


# -- unsubscribe results ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "status"),
    [
        (b'{"status": "success"}', "success"),
        (b'{"status": "pending"}', "pending"),
        (b"{}", "success"),
        (b"", "success"),
    ],
)
def test_unsubscribe_result(content: bytes, status: str) -> None:
    headers = {"SC-Request-Id": "req-u", "Content-Type": "application/json"}
    server = Recorder(lambda r: httpx2.Response(200, content=content, headers=headers))
    vehicle = smartcar.Vehicle("vehicle-1", "t", transport=server.transport)
    result = vehicle.unsubscribe("amt", "webhook-1")
    assert result.status == status
    assert result.meta.request_id == "req-u"


def test_unsubscribe_with_a_non_object_answer_is_invalid() -> None:
    server = Recorder(lambda r: httpx2.Response(200, json=["x"]))
    with pytest.raises(smartcar.InvalidResponseError, match="expected a JSON object, got list"):
        smartcar.Vehicle("vehicle-1", "t", transport=server.transport).unsubscribe("amt", "w")


def test_service_history_that_is_not_a_list_is_invalid() -> None:
    server = Recorder(lambda r: httpx2.Response(200, json={"x": 1}))
    with pytest.raises(
        smartcar.InvalidResponseError, match="expected a JSON array of service records, got dict"
    ):
        smartcar.Vehicle("vehicle-1", "t", transport=server.transport).service_history()


# -- option validation --------------------------------------------------------------------------


def test_unbounded_timeout_phase_message() -> None:
    with pytest.raises(smartcar.InvalidInputError) as caught:
        smartcar.Vehicle("v", "t", timeout=httpx2.Timeout(5.0, read=None))
    assert str(caught.value) == (
        "timeout: every phase must be finite (connect, read, write, pool); "
        "an unbounded request can hang a worker forever"
    )


@pytest.mark.parametrize("cap", [0, 0.5, 1])
def test_small_max_retry_after_is_a_cap(sleeps: list[float], cap: float) -> None:
    # 0 means "never wait for Retry-After": the 429 is raised at once.
    server = Recorder(
        lambda r: httpx2.Response(429, json={"type": "RATE_LIMIT"}, headers={"Retry-After": "1"}),
        lambda r: httpx2.Response(200, json=ODOMETER),
    )
    vehicle = smartcar.Vehicle("v", "t", transport=server.transport, max_retry_after=cap)
    if cap >= 1:
        assert vehicle.odometer().distance == ODOMETER["distance"]
        assert sleeps == [1]
    else:
        with pytest.raises(smartcar.RateLimitError):
            vehicle.odometer()
        assert sleeps == []


# -- client construction ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "missing"),
    [
        ({}, "SMARTCAR_CLIENT_ID and SMARTCAR_CLIENT_SECRET"),
        ({"client_id": "id"}, "SMARTCAR_CLIENT_SECRET"),
        ({"client_secret": "secret"}, "SMARTCAR_CLIENT_ID"),
    ],
)
def test_auth_client_names_the_missing_credentials(
    monkeypatch: pytest.MonkeyPatch, given: dict[str, str], missing: str
) -> None:
    monkeypatch.delenv("SMARTCAR_CLIENT_ID", raising=False)
    monkeypatch.delenv("SMARTCAR_CLIENT_SECRET", raising=False)
    with pytest.raises(smartcar.ConfigurationError) as caught:
        smartcar.AuthClient(**given)
    assert str(caught.value) == (
        f"AuthClient needs a client id and secret: set {missing} "
        "or pass client_id= and client_secret="
    )


@pytest.mark.parametrize(("test_mode", "mode"), [(True, "test"), (False, "live")])
def test_auth_client_test_mode_is_deprecated(test_mode: bool, mode: str) -> None:
    with pytest.warns(DeprecationWarning) as caught:
        client = smartcar.AuthClient("id", "secret", "https://a.example/cb", test_mode)
    assert client.mode == mode
    (warning,) = caught
    assert str(warning.message) == (
        'The "test_mode" parameter is deprecated, please use "mode" instead.'
    )
    assert_attributed_here(warning, __file__)


def test_auth_client_defaults_and_repr() -> None:
    client = smartcar.AuthClient("id", "secret", "https://a.example/cb", max_retry_after=0)
    assert client.mode == "live"
    assert (
        repr(client)
        == "AuthClient(client_id='id', redirect_uri='https://a.example/cb', mode='live')"
    )
    assert client._current_settings().max_retry_after == 0


def test_vehicle_repr() -> None:
    vehicle = smartcar.Vehicle("v1", "secret-token", {"unit_system": "imperial"})
    assert repr(vehicle) == "Vehicle(vehicle_id='v1', unit_system='imperial', version='2.0')"
    assert repr(smartcar.AsyncVehicle("v1", "t")).startswith("AsyncVehicle(vehicle_id='v1'")


# -- any 3xx is an unexpected redirect ----------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "headers", "target"),
    [
        (300, {"Location": "https://elsewhere.example/x"}, "'https://elsewhere.example/x'"),
        (304, {}, "''"),
        (399, {}, "''"),
    ],
)
def test_every_3xx_is_an_unexpected_redirect(
    status: int, headers: dict[str, str], target: str
) -> None:
    server = Recorder(lambda r: httpx2.Response(status, headers=headers, content=b'{"x": 1}'))
    vehicle = smartcar.Vehicle("v", "t", transport=server.transport, max_retries=0)
    with pytest.raises(smartcar.InvalidResponseError) as caught:
        vehicle.odometer()
    assert str(caught.value) == f"Unexpected redirect (HTTP {status}) to {target}; not followed"
    assert caught.value.status_code == status


def test_redirect_target_is_cut_at_200_characters() -> None:
    target = "https://elsewhere.example/" + "a" * 300
    server = Recorder(lambda r: httpx2.Response(302, headers={"Location": target}))
    vehicle = smartcar.Vehicle("v", "t", transport=server.transport, max_retries=0)
    with pytest.raises(smartcar.InvalidResponseError) as caught:
        vehicle.odometer()
    assert str(caught.value) == f"Unexpected redirect (HTTP 302) to {target[:200]!r}; not followed"


# -- request details ----------------------------------------------------------------------------


def test_requests_ask_for_json() -> None:
    server = Recorder()
    smartcar.Vehicle("v", "t", transport=server.transport).odometer()
    assert server.requests[0].headers.get_list("Accept") == ["application/json"]


def test_retry_after_zero_retries_at_once(sleeps: list[float]) -> None:
    server = Recorder(
        lambda r: httpx2.Response(503, json={"type": "SERVER"}, headers={"Retry-After": "0"}),
        lambda r: httpx2.Response(200, json=ODOMETER),
    )
    smartcar.Vehicle("v", "t", transport=server.transport).odometer()
    assert sleeps == [0.0]


def test_unreadable_success_body_message() -> None:
    server = Recorder(lambda r: httpx2.Response(200, content=b"{", headers={"SC-Request-Id": "r"}))
    vehicle = smartcar.Vehicle("v", "access-token-1", transport=server.transport)
    with pytest.raises(smartcar.InvalidResponseError) as caught:
        vehicle.odometer()
    assert str(caught.value) == (
        "Invalid response body for GET /v2.0/vehicles/v/odometer (HTTP 200): JSONDecodeError: "
        "Expecting property name enclosed in double quotes at position 1"
    )
    assert caught.value.request_id == "r"


def test_vehicle_arguments_are_checked_when_created() -> None:
    with pytest.raises(
        smartcar.InvalidInputError, match=r"^vehicle_id must be a non-empty string, got ''$"
    ):
        smartcar.Vehicle("", "t")
    with pytest.raises(
        smartcar.InvalidInputError, match=r"^access_token must be a non-empty string, got ' '$"
    ):
        smartcar.Vehicle("v", " ")
    with pytest.raises(
        smartcar.InvalidInputError,
        match=r"^flags must be a dict of flag names to values, got 'beta'$",
    ):
        smartcar.Vehicle("v", "t", {"flags": "beta"})


def test_error_classes_have_their_default_type() -> None:
    assert smartcar.PermissionDeniedError().type == "PERMISSION"
    assert smartcar.PermissionDeniedError(type=None).type == "PERMISSION"
    assert smartcar.PermissionDeniedError(type="OTHER").type == "OTHER"
