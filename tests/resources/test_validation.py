"""Input validation: bad arguments fail locally, naming the parameter, before any request.

Every call here goes through a transport that fails the test if a request reaches it. Ids
that do reach the API are percent-encoded, so they cannot change the path.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable, Iterator
from typing import Any

import httpx2
import pytest

import smartcar
from smartcar import _http

from .._helpers import assert_attributed_here

SENT: list[httpx2.Request] = []


def forbid(request: httpx2.Request) -> httpx2.Response:
    SENT.append(request)
    raise AssertionError(f"a request was sent: {request.method} {request.url}")


NO_NETWORK = httpx2.MockTransport(forbid)


@pytest.fixture(autouse=True)
def nothing_is_sent() -> Iterator[None]:
    SENT.clear()
    _http.set_transport_override(NO_NETWORK)
    yield
    _http.set_transport_override(None)
    assert SENT == []


def vehicle(options: dict[str, Any] | None = None) -> smartcar.Vehicle:
    return smartcar.Vehicle("vehicle-1", "access-token", options, transport=NO_NETWORK)


def auth() -> smartcar.AuthClient:
    return smartcar.AuthClient("id", "secret", "https://a.example/cb", transport=NO_NETWORK)


def rejects(call: Callable[[], Any], *words: str) -> smartcar.InvalidInputError:
    with pytest.raises(smartcar.InvalidInputError) as caught:
        call()
    for word in words:
        assert word in str(caught.value), (word, str(caught.value))
    return caught.value


# -- unit system ----------------------------------------------------------------------------------


@pytest.mark.parametrize("bad", ["kelvin", "", "metric ", 1, None])
def test_unit_system(bad: Any) -> None:
    rejects(lambda: vehicle().set_unit_system(bad), "unit_system", "metric", "imperial")


@pytest.mark.parametrize("bad", ["kelvin", 1])
def test_unit_system_option(bad: Any) -> None:
    rejects(lambda: vehicle({"unit_system": bad}), "unit_system", "metric", "imperial")


def test_valid_unit_systems_are_accepted() -> None:
    v = vehicle()
    v.set_unit_system("imperial")
    assert v.unit_system == "imperial"
    v.set_unit_system("METRIC")
    assert v.unit_system == "metric"


def test_unknown_vehicle_option_is_ignored_with_a_warning() -> None:
    # The official package ignores unknown option keys; a warning still reveals the typo.
    with pytest.warns(UserWarning) as caught:
        v = vehicle({"units": "imperial"})
    message = str(caught[0].message)
    for word in ("units", "unit_system", "version", "flags"):
        assert word in message
    assert caught[0].category is UserWarning
    assert_attributed_here(caught[0], __file__)
    assert v.unit_system == "metric"


# -- scopes ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "bad",
    [
        ["read odometer"],
        ["read_odometer", "write_everything"],
        ["READ_ODOMETER"],
        ["read_odometer&evil=1"],
        [""],
        [None],
        "read_odometer",
    ],
)
def test_scope_names(bad: Any) -> None:
    rejects(lambda: auth().get_auth_url(bad), "scope", "read_odometer")


def test_scope_names_of_compatibility() -> None:
    options = {"client_id": "id", "client_secret": "secret"}
    rejects(lambda: smartcar.get_compatibility("VIN", ["odometer"], options=options), "scope")
    rejects(
        lambda: smartcar.get_compatibility_matrix(
            "US", options={"scope": ["nope"], "client_id": "id", "client_secret": "s"}
        ),
        "scope",
    )


def test_valid_scopes_are_accepted() -> None:
    url = auth().get_auth_url(["read_odometer", "required:control_security"])
    assert "scope=read_odometer+required%3Acontrol_security" in url


# -- charge limit, coordinates --------------------------------------------------------------------


@pytest.mark.parametrize("bad", [0.49, 1.01, -1, 80, float("nan"), float("inf"), "0.8", True, None])
def test_charge_limit_range(bad: Any) -> None:
    rejects(lambda: vehicle().set_charge_limit(bad), "limit", "0.5", "1.0")


@pytest.mark.parametrize(
    ("latitude", "longitude", "name", "bounds"),
    [
        (90.5, 0, "latitude", ("-90", "90")),
        (-91, 0, "latitude", ("-90", "90")),
        (float("nan"), 0, "latitude", ("-90", "90")),
        ("40.7", 0, "latitude", ("-90", "90")),
        (0, 180.01, "longitude", ("-180", "180")),
        (0, -181, "longitude", ("-180", "180")),
        (0, float("inf"), "longitude", ("-180", "180")),
        (0, None, "longitude", ("-180", "180")),
    ],
)
def test_coordinates(latitude: Any, longitude: Any, name: str, bounds: tuple[str, str]) -> None:
    rejects(lambda: vehicle().send_destination(latitude, longitude), name, *bounds)


def test_boundaries_are_accepted() -> None:
    # Valid values do reach the (here successful) API.
    ok = httpx2.MockTransport(
        lambda request: httpx2.Response(200, json={"status": "success", "message": "ok"})
    )
    v = smartcar.Vehicle("vehicle-1", "token", transport=ok)
    v.set_charge_limit(0.5)
    v.set_charge_limit(1)
    v.send_destination(-90, 180)
    v.send_destination(90, -180)


# -- paging ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paging", "words"),
    [
        ({"limit": 0}, ("paging['limit']", "1", "50")),
        ({"limit": 51}, ("paging['limit']", "1", "50")),
        ({"limit": "10"}, ("paging['limit']", "1", "50")),
        ({"limit": True}, ("paging['limit']", "1", "50")),
        ({"offset": -1}, ("paging['offset']", ">= 0")),
        ({"offset": 1.5}, ("paging['offset']", ">= 0")),
        ({"page": 2}, ("paging", "limit", "offset")),
        ([10, 0], ("paging", "limit", "offset")),
    ],
)
def test_paging_of_vehicles_and_permissions(paging: Any, words: tuple[str, ...]) -> None:
    rejects(lambda: smartcar.get_vehicles("token", paging), *words)
    rejects(lambda: vehicle().permissions(paging), *words)


@pytest.mark.parametrize("limit", [0, 101, "5", 2.5])
def test_paging_of_connections(limit: Any) -> None:
    rejects(lambda: smartcar.get_connections("amt", paging={"limit": limit}), "limit", "1", "100")


def test_unknown_paging_key_of_connections() -> None:
    rejects(lambda: smartcar.get_connections("amt", paging={"offset": 3}), "offset", "cursor")


# -- empty ids and tokens -------------------------------------------------------------------------

EMPTY = ["", "   ", None]

CALLS: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "Vehicle(vehicle_id)": ("vehicle_id", lambda x: smartcar.Vehicle(x, "token")),
    "Vehicle(access_token)": ("access_token", lambda x: smartcar.Vehicle("id", x)),
    "AsyncVehicle(access_token)": ("access_token", lambda x: smartcar.AsyncVehicle("id", x)),
    "get_user": ("access_token", lambda x: smartcar.get_user(x)),
    "get_vehicles": ("access_token", lambda x: smartcar.get_vehicles(x)),
    "get_vehicle(token)": ("access_token", lambda x: smartcar.get_vehicle(x, "id")),
    "get_vehicle(id)": ("vehicle_id", lambda x: smartcar.get_vehicle("token", x)),
    "exchange_code": ("code", lambda x: auth().exchange_code(x)),
    "exchange_refresh_token": ("refresh_token", lambda x: auth().exchange_refresh_token(x)),
    "get_connections": ("amt", lambda x: smartcar.get_connections(x)),
    "get_connections(filter)": (
        "filter['user_id']",
        lambda x: smartcar.get_connections("amt", {"user_id": x or ""}),
    ),
    "delete_connections": ("amt", lambda x: smartcar.delete_connections(x, {"user_id": "u"})),
    "get_management_token": ("amt", lambda x: smartcar.get_management_token(x)),
    "subscribe": ("webhook_id", lambda x: vehicle().subscribe(x)),
    "unsubscribe(amt)": ("amt", lambda x: vehicle().unsubscribe(x, "webhook")),
    "unsubscribe(webhook_id)": ("webhook_id", lambda x: vehicle().unsubscribe("amt", x)),
    "get_signal": ("code", lambda x: vehicle().get_signal(x)),
    "get_compatibility(vin)": (
        "vin",
        lambda x: smartcar.get_compatibility(
            x, ["read_odometer"], options={"client_id": "i", "client_secret": "s"}
        ),
    ),
    "batch(paths[])": ("paths", lambda x: vehicle().batch([x])),
    "request(path)": ("path", lambda x: vehicle().request("GET", x)),
}


@pytest.mark.parametrize("value", EMPTY, ids=repr)
@pytest.mark.parametrize("name", sorted(CALLS))
def test_empty_ids_and_tokens(name: str, value: Any) -> None:
    parameter, call = CALLS[name]
    rejects(lambda: call(value), parameter, "non-empty")


def test_delete_connections_needs_exactly_one_filter() -> None:
    rejects(lambda: smartcar.delete_connections("amt", {}), "filter", "user_id", "vehicle_id")
    rejects(
        lambda: smartcar.delete_connections("amt", {"user_id": "u", "vehicle_id": "v"}),
        "exactly one",
    )


def test_async_validation_fails_when_called_not_when_awaited() -> None:
    async def main() -> None:
        async with smartcar.AsyncVehicle("vehicle-1", "token", transport=NO_NETWORK) as v:
            with pytest.raises(smartcar.InvalidInputError, match="limit"):
                v.set_charge_limit(5)  # no await: the check runs before a coroutine exists

    asyncio.run(main())


# -- ids are single path segments, percent-encoded -----------------------------------------------


class Paths:
    """A server that records the raw path of each request and answers 200."""

    def __init__(self, body: Any) -> None:
        self.body = body
        self.paths: list[bytes] = []

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        self.paths.append(request.url.raw_path)
        return httpx2.Response(200, json=self.body)


@pytest.mark.parametrize(
    ("vehicle_id", "encoded"),
    [
        ("a b", b"a%20b"),
        ("caf\u00e9", b"caf%C3%A9"),
        ("50%", b"50%25"),
        ("a;b=c", b"a%3Bb%3Dc"),
    ],
)
def test_vehicle_ids_are_percent_encoded(vehicle_id: str, encoded: bytes) -> None:
    server = Paths({"distance": 1.0})
    smartcar.Vehicle(vehicle_id, "token", transport=httpx2.MockTransport(server)).odometer()
    assert server.paths == [b"/v2.0/vehicles/" + encoded + b"/odometer"]


@pytest.mark.parametrize(
    "vehicle_id", ["../management", "a/b", "x?admin=1", "x#frag", "a\\b", "..%2Fx", "a%2fb"]
)
def test_vehicle_ids_that_split_a_path_are_rejected(vehicle_id: str) -> None:
    # A server or proxy that decodes %2F would see two segments: such an id never leaves.
    server = Paths({"distance": 1.0})
    rejects(
        lambda: smartcar.Vehicle(vehicle_id, "token", transport=httpx2.MockTransport(server)),
        "vehicle_id",
    )
    assert server.paths == []


def test_webhook_ids_and_signal_codes_that_split_a_path_are_rejected() -> None:
    server = Paths({"webhookId": "w", "vehicleId": "v", "status": "success"})
    v = smartcar.Vehicle("vehicle-1", "token", transport=httpx2.MockTransport(server))
    rejects(lambda: v.subscribe("../../management/connections"), "webhook_id")
    rejects(lambda: v.unsubscribe("amt-token", "../x?y"), "webhook_id")
    rejects(lambda: v.get_signal("../../signals"), "code")
    rejects(lambda: smartcar.get_vehicle("token", "a/b"), "vehicle_id")
    assert server.paths == []


def test_webhook_ids_and_signal_codes_are_percent_encoded() -> None:
    server = Paths({})
    v = smartcar.Vehicle("v 1", "token", transport=httpx2.MockTransport(server))
    with contextlib.suppress(smartcar.SmartcarException):
        v.get_signal("odometer traveled")  # whatever an empty body gives: the path is the point
    assert server.paths == [b"/v3/vehicles/v%201/signals/odometer%20traveled"]


def test_passthrough_paths_cannot_climb() -> None:
    rejects(lambda: vehicle().request("GET", "../../management/connections"), "path", "..")
    rejects(lambda: vehicle().request("GET", "tesla/./compass"), "path")
    rejects(lambda: vehicle().request("TRACE", "odometer"), "method", "GET", "POST")


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda v: v.request("", "odometer"), "method must be a non-empty string, got ''"),
        (
            lambda v: v.request("GET", "a?b"),
            "path must be a path only, without '?' or '#' (no query or fragment): 'a?b'",
        ),
        (
            lambda v: v.request("POST", "tesla/x", body={1, 2}),
            "body must be JSON data (dict, list, str, a finite number, bool or None); "
            "Object of type set is not JSON serializable",
        ),
        (
            lambda v: v.request("GET", "odometer", headers=[("X-Trace", "1")]),
            "headers must be a dict, got list",
        ),
        (
            lambda v: v.request("GET", "odometer", headers={"Authorization": "Bearer a b"}),
            "headers['Authorization'] contains a character that is not allowed in a credential "
            "(a newline, a space, a control or non-ASCII character); check how it was copied",
        ),
        (
            lambda v: v.batch(["a?b"]),
            "paths[] must be a path only, without '?' or '#' (no query or fragment): 'a?b'",
        ),
        (
            lambda v: v.batch([]),
            "paths must be a non-empty list of paths such as ['/odometer'], got []",
        ),
        (
            lambda v: v.batch(()),
            "paths must be a non-empty list of paths such as ['/odometer'], got ()",
        ),
        # Not a list: the type is named (a string is not taken for its characters).
        (
            lambda v: v.batch("/odometer"),
            "paths must be a non-empty list of paths such as ['/odometer'], got str",
        ),
        (
            lambda v: v.batch(None),
            "paths must be a non-empty list of paths such as ['/odometer'], got NoneType",
        ),
    ],
    ids=[
        "method",
        "path",
        "body",
        "headers",
        "authorization",
        "paths[]",
        "[]",
        "()",
        "str",
        "None",
    ],
)
def test_request_and_batch_errors_say_which_argument_and_why(
    call: Callable[[smartcar.Vehicle], Any], message: str
) -> None:
    with pytest.raises(smartcar.InvalidInputError) as caught:
        call(vehicle())
    assert str(caught.value) == message
