"""The SDK's surface against a careless caller and a hostile server: no raw exception escapes.

Caller misuse raises ``InvalidInputError`` naming the argument, before anything is sent; a
server's odd answer (a batch item's code or headers) is a ``SmartcarException``; a path that a
server could read as another one never leaves; one vehicle's token failure stays that vehicle's.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import Callable
from typing import Any

import httpx2
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import smartcar
from smartcar._resources.batch import Batch
from smartcar.exceptions import InvalidInputError, InvalidResponseError, SmartcarException


class Recorder:
    """A mock server answering every request with ``body``; it keeps what it was sent."""

    def __init__(self, body: Any = None, status: int = 200) -> None:
        self.body = {"distance": 1.0} if body is None else body
        self.status = status
        self.requests: list[httpx2.Request] = []

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        self.requests.append(request)
        # json.dumps allows NaN and Infinity: a hostile server may send them too.
        content = json.dumps(self.body).encode()
        return httpx2.Response(
            self.status, content=content, headers={"Content-Type": "application/json"}
        )


def vehicle(server: Recorder) -> smartcar.Vehicle:
    return smartcar.Vehicle("vehicle-1", "token", transport=httpx2.MockTransport(server))


def refused(call: Callable[[], Any], *words: str) -> InvalidInputError:
    with pytest.raises(InvalidInputError) as caught:
        call()
    for word in words:
        assert word in str(caught.value)
    return caught.value


# -- caller misuse: InvalidInputError naming the argument and what it must be -------------------


@pytest.mark.parametrize(
    ("call", "words"),
    [
        (lambda: smartcar.read_fleet(5, "odometer"), ("vehicles", "int")),  # type: ignore[arg-type]
        (lambda: smartcar.read_fleet([], 5), ("endpoints", "int")),  # type: ignore[arg-type]
        (lambda: smartcar.Access.from_dict({}), ("access_token", "missing")),
        (lambda: smartcar.Access.from_dict(5), ("dict", "int")),  # type: ignore[arg-type]
        (
            lambda: smartcar.App("client_1", "secret", token_margin=None),  # type: ignore[arg-type]
            ("token_margin", "number"),
        ),
        (
            lambda: smartcar.App("client_1", "secret", token_margin=float("nan")),
            ("token_margin", "number"),
        ),
        (
            lambda: smartcar.Vehicle("v", "t", origins=1.5),  # type: ignore[arg-type]
            ("origins", "Origins", "float"),
        ),
    ],
    ids=[
        *("read_fleet(5)", "endpoints=5", "from_dict({})", "from_dict(5)", "margin None"),
        *("NaN", "origins=1.5"),
    ],
)
def test_caller_misuse_names_the_argument(call: Callable[[], Any], words: tuple[str, ...]) -> None:
    refused(call, *words)


def test_access_fields_of_the_wrong_type_name_the_field_and_never_the_value() -> None:
    good = {
        "access_token": "secret-access",
        "expires_in": 7200,
        "expiration": "2030-01-01T00:00:00+00:00",
        "refresh_token": "secret-refresh",
        "refresh_expiration": "2030-02-01T00:00:00+00:00",
    }
    assert smartcar.Access.from_dict(good).expires_in == 7200
    for name, value in [
        ("access_token", 5),
        ("expires_in", ["x"]),
        ("expiration", 12),
        ("refresh_expiration", "not a date"),
    ]:
        broken = {**good, name: value}
        error = refused(lambda: smartcar.Access.from_dict(broken), repr(name))  # noqa: B023
        assert "secret" not in str(error)


@pytest.mark.parametrize(
    "call",
    [
        lambda v: v.batch(-1),
        lambda v: v.batch("/odometer"),
        lambda v: v.batch([]),
        lambda v: v.batch([5]),
        lambda v: v.request("POST", "tesla/x", body=object()),
        lambda v: v.request("POST", "tesla/x", body={"v": float("nan")}),
        lambda v: v.request("POST", "tesla/x", body={"v": float("inf")}),
        lambda v: v.request("POST", "tesla/x", body={("a",): 1}),
        lambda v: v.request("POST", "tesla/x", body=b"bytes"),
    ],
    ids=[
        *("batch(-1)", "batch(str)", "batch([])", "batch([5])", "object", "nan", "inf", "key"),
        "bytes",
    ],
)
def test_batch_and_request_misuse_is_refused_before_sending(call: Callable[..., Any]) -> None:
    server = Recorder()
    with pytest.raises(InvalidInputError, match=r"paths|body"):
        call(vehicle(server))
    assert server.requests == []


def test_a_deeply_nested_body_is_refused_not_a_recursion_error() -> None:
    server = Recorder()
    body: Any = 1
    for _ in range(100_000):
        body = [body]
    refused(lambda: vehicle(server).request("POST", "tesla/x", body=body), "body", "deep")
    assert server.requests == []


# -- request(): framing headers and paths --------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["Host", "Transfer-Encoding", "content-length", "Connection", "Keep-Alive", "TE", "Upgrade"],
)
def test_framing_and_hop_by_hop_headers_are_refused(name: str) -> None:
    server = Recorder()
    refused(lambda: vehicle(server).request("GET", "odometer", headers={name: "0"}), name)
    assert server.requests == []


def test_other_extra_headers_still_go_out() -> None:
    server = Recorder()
    vehicle(server).request("GET", "odometer", headers={"X-Trace": "1"})
    assert server.requests[0].headers["X-Trace"] == "1"


CLIMBING_PATHS = [
    "..;/management",
    ".;x=1/odometer",
    "odometer;jsessionid=1",
    "%3B/x",
    "%253B",
    "%c0%ae%c0%ae/management",
    "%C0%AE",
    "%252e%25c0%25ae",
    "%e2%80%a4",
    "%u002e%u002e/management",
    "%U002E",
    "%25u002e",
]


@pytest.mark.parametrize("path", CLIMBING_PATHS)
def test_paths_a_server_could_read_as_another_are_refused(path: str) -> None:
    server = Recorder()
    refused(lambda: vehicle(server).request("GET", path), "path")
    refused(lambda: vehicle(server).batch(["/odometer", path]), "paths[]")
    assert server.requests == []


def test_plain_paths_and_ids_the_sdk_quotes_still_work() -> None:
    server = Recorder()
    vehicle(server).request("GET", "tesla/compass%20x")
    # Ids are quoted by the SDK, so a ';' or a non-ASCII letter there is sent escaped.
    smartcar.Vehicle("caf\u00e9;1", "t", transport=httpx2.MockTransport(server)).odometer()
    assert [r.url.raw_path for r in server.requests] == [
        b"/v2.0/vehicles/vehicle-1/tesla/compass%20x",
        b"/v2.0/vehicles/caf%C3%A9%3B1/odometer",
    ]


# -- batch answers: every odd item is that item's SmartcarException ---------------------------


def batch_of(items: list[Any], requested: tuple[str, ...] = ("/odometer",)) -> Batch:
    server = Recorder({"responses": items})
    return vehicle(server).batch(list(requested))


def test_a_batch_item_with_a_null_or_text_code_is_an_invalid_response() -> None:
    batch = batch_of(
        [
            {"path": "/odometer", "code": None, "body": {"distance": 1}},
            {"path": "/location", "code": "ok", "body": {}},
            {"path": "/charge", "code": True, "body": {}},
        ],
        ("/odometer", "/location", "/charge"),
    )
    for path in ("/odometer", "/location", "/charge"):
        with pytest.raises(InvalidResponseError, match="status code"):
            batch.get(path)


def test_a_batch_code_sent_as_decimal_text_is_read_as_the_number() -> None:
    batch = batch_of([{"path": "/odometer", "code": "200", "body": {"distance": 5}}])
    assert batch.odometer().distance == 5


def test_batch_item_headers_that_are_not_text_never_fail_the_item() -> None:
    batch = batch_of(
        [
            {
                "path": "/odometer",
                "code": 200,
                "body": {"distance": 5},
                "headers": {"sc-data-age": 1, "sc-unit-system": ["metric"], "sc-fetched-at": {}},
            }
        ]
    )
    result = batch.odometer()
    assert result.distance == 5
    assert result.meta.data_age is None and result.meta.unit_system is None


def test_a_requested_path_missing_from_the_answer_is_the_servers_failure() -> None:
    batch = batch_of([{"code": 200, "body": {}}, {"path": 5, "code": 200, "body": {}}])
    with pytest.raises(InvalidResponseError, match="no result"):
        batch.odometer()
    with pytest.raises(InvalidInputError, match="not requested"):
        batch.get("/location")


def test_a_batch_answer_that_is_not_an_object_is_an_invalid_response() -> None:
    with pytest.raises(InvalidResponseError) as caught:
        vehicle(Recorder([1, 2])).batch(["/odometer"])
    assert caught.value.status_code == 200
    assert "expected a JSON object" in str(caught.value)


def test_a_batch_answer_without_a_list_of_responses_fails_each_requested_path() -> None:
    # Lenient by default: the object is read as an answer listing nothing, so each requested
    # path raises on its own.
    for body in ({"responses": {"a": 1}}, {"other": 1}):
        batch = vehicle(Recorder(body)).batch(["/odometer"])
        with pytest.raises(InvalidResponseError, match="odometer"):
            batch.odometer()


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner),
    max_leaves=8,
)
PATHS = st.sampled_from(["/odometer", "/charge", "/security", "/service/history", "/x/y"])
CODES = st.one_of(
    st.sampled_from([200, 204, 400, 401, 404, 409, 429, 500, 503]),
    st.integers(-5, 1000),
    st.sampled_from(["200", "429", " 200", "2e2", "", "\u0662\u0660\u0660"]),
    JSON,
)
HEADERS = st.one_of(
    st.dictionaries(
        st.sampled_from(["sc-data-age", "sc-unit-system", "sc-request-id", "retry-after"])
        | st.text(max_size=6),
        st.text(max_size=30) | st.integers() | st.floats() | JSON,
        max_size=4,
    ),
    JSON,
)
ITEMS = (
    st.fixed_dictionaries(
        {},
        optional={"path": PATHS | JSON, "code": CODES, "body": JSON, "headers": HEADERS},
    )
    | JSON
)


@settings(
    max_examples=400,
    derandomize=True,  # the same examples on every run and machine: a failure stays found
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(items=st.lists(ITEMS, max_size=4))
def test_fuzzed_batch_items_give_a_result_or_a_smartcar_exception(items: list[Any]) -> None:
    try:
        batch = vehicle(Recorder({"responses": items})).batch(
            ["/odometer", "/charge", "/security", "/service/history", "/x/y"]
        )
    except SmartcarException:
        return
    # Whatever the answer, each accessor gives a result or raises a SmartcarException.
    for path in ("/odometer", "/charge", "/security", "/service/history", "/x/y"):
        with contextlib.suppress(SmartcarException):
            batch.get(path)
    for item in batch.items:
        with contextlib.suppress(SmartcarException):
            item.result()
        assert item.ok in (True, False)
    for name in ("odometer", "charge", "lock_status", "service_history"):
        with contextlib.suppress(SmartcarException):
            getattr(batch, name)()


# -- one vehicle's token failure is that vehicle's alone ----------------------------------------


def _odometer(request: httpx2.Request) -> httpx2.Response:
    return httpx2.Response(200, json={"distance": 7.0, "vin": "5YJ3E1EA0KF000001"})


def _auth(transport: httpx2.BaseTransport | httpx2.AsyncBaseTransport, asynchronous: bool) -> Any:
    kind = smartcar.AsyncAuthClient if asynchronous else smartcar.AuthClient
    return kind("client-id", "client-secret", "http://localhost:8000/cb", transport=transport)


def _invalid_grant(request: httpx2.Request) -> httpx2.Response:
    return httpx2.Response(400, json={"error": "invalid_grant", "error_description": "revoked"})


def _expired() -> dict[str, Any]:
    return {
        "access_token": "old-access",
        "expires_in": 7200,
        "expiration": "2000-01-01T00:00:00+00:00",
        "refresh_token": "old-refresh",
        "refresh_expiration": "2030-01-01T00:00:00+00:00",
    }


def _broken_load() -> Any:
    raise OSError("the token store is unreachable")


def test_a_token_failure_stays_with_its_vehicle_sync() -> None:
    api = httpx2.Client(transport=httpx2.MockTransport(_odometer))
    loading = smartcar.TokenManager(
        _auth(httpx2.MockTransport(_odometer), False), load=_broken_load
    )
    revoked = smartcar.TokenManager(_auth(httpx2.MockTransport(_invalid_grant), False), _expired())
    results = smartcar.read_fleet(
        [("good", "token"), ("load", loading), ("grant", revoked)],
        ["odometer", "vin"],
        http_client=api,
    )
    assert [r.vehicle_id for r in results] == ["good", "load", "grant"]
    assert results[0].ok and results[0]["odometer"].distance == 7.0
    assert isinstance(results[1].errors["odometer"], OSError)
    assert set(results[1].errors) == {"odometer", "vin"}
    assert getattr(results[2].errors["odometer"], "type", None) == "invalid_grant"
    assert set(results[2].errors) == {"odometer", "vin"}


def test_a_token_failure_stays_with_its_vehicle_async() -> None:
    async def run() -> list[smartcar.FleetResult]:
        async with httpx2.AsyncClient(transport=httpx2.MockTransport(_odometer)) as api:
            loading = smartcar.TokenManager(
                _auth(httpx2.MockTransport(_odometer), True), load=_broken_load
            )
            revoked = smartcar.TokenManager(
                _auth(httpx2.MockTransport(_invalid_grant), True), _expired()
            )
            return await smartcar.aread_fleet(
                [("good", "token"), ("load", loading), ("grant", revoked)],
                "odometer",
                http_client=api,
            )

    results = asyncio.run(run())
    assert results[0]["odometer"].distance == 7.0
    assert isinstance(results[1].errors["odometer"], OSError)
    assert getattr(results[2].errors["odometer"], "type", None) == "invalid_grant"


def test_json_body_check_keeps_good_bodies() -> None:
    server = Recorder()
    vehicle(server).request("POST", "tesla/x", body={"a": [1, 2.5, None, True, "x"]})
    assert json.loads(server.requests[0].content) == {"a": [1, 2.5, None, True, "x"]}
