"""Fuzz every response path: whatever the server sends, only a result or a SmartcarException.

Each example is one HTTP response (any status, headers and body) fed to one SDK operation
through an ``httpx2.MockTransport``. Bodies are arbitrary bytes, JSON-ish text, random JSON, or a
valid body recorded from the simulator and then mutated (keys dropped, values replaced), which
reaches deep into the parsers. Retries are off (``max_retries=0``) so nothing sleeps; the retry
decision itself is fuzzed directly below.
"""

from __future__ import annotations

import contextlib
import functools
import json
import string
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import parse_qs, quote, unquote, urlsplit

import httpx2
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import smartcar
from smartcar import _http
from smartcar._core.errors import error_from_response, parse_retry_after
from smartcar._http import Operation, Settings
from smartcar._http.engine import _retry_delay
from smartcar._resources.api import SyncApi
from smartcar.testing import DEFAULT_MANAGEMENT_TOKEN, Simulator, SimulatorTransport

from .._helpers import USER as V3_USER
from .._helpers import Recorder as PathRecorder

# 32 paths x 150 examples, plus the direct tests below: several thousand examples per run.
EXAMPLES = 150
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)

BATCH_PATHS = ["/odometer", "/charge", "/security", "/service/history", "/tesla/speedometer"]


class Server:
    """The response the mock transport answers with next, and the requests it saw."""

    def __init__(self) -> None:
        self.response: Callable[[httpx2.Request], httpx2.Response] = lambda r: httpx2.Response(200)
        self.requests = 0

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        self.requests += 1
        return self.response(request)


SERVER = Server()
TRANSPORT = httpx2.MockTransport(SERVER)
VEHICLE = smartcar.Vehicle("vehicle-1", "access-token", transport=TRANSPORT, max_retries=0)
AUTH = smartcar.AuthClient(
    "client-id", "client-secret", "https://example.com/cb", transport=TRANSPORT, max_retries=0
)

V3_WEBHOOK = "5a8e5e38-1e12-4011-a36d-56f120053f9e"
V3_TOKEN = {"access_token": "app-token", "token_type": "Bearer", "expires_in": 3600}


def _app_transport(inner: httpx2.BaseTransport) -> httpx2.MockTransport:
    """The application token is answered here: the fuzzed response is the call under test."""

    def route(request: httpx2.Request) -> httpx2.Response:
        if request.url.path == "/oauth2/token":
            return httpx2.Response(200, json=V3_TOKEN)
        return inner.handle_request(request)

    return httpx2.MockTransport(route)


APP = smartcar.App("client_1", "secret-1", transport=_app_transport(TRANSPORT), max_retries=0)
TOKEN_APP = smartcar.App("client_1", "secret-1", transport=TRANSPORT, max_retries=0)
CAR = APP.vehicle("vehicle-1", V3_USER)


def _v3_operations(app: smartcar.App, car: smartcar.AppVehicle) -> dict[str, Callable[[], Any]]:
    """Every API v3 operation (paged lists with a limit, so a server cannot page forever)."""
    schedule = ("37.7", "-122.4", "22:00", "06:00")
    return {
        "v3_lock_doors": car.lock_doors,
        "v3_set_charge_limit": lambda: car.set_charge_limit(80),
        "v3_set_destination": lambda: car.set_destination(37.7, -122.4),
        "v3_daily_schedule": lambda: car.set_daily_charge_schedule(
            float(schedule[0]), float(schedule[1]), schedule[2], schedule[3]
        ),
        "v3_get_vehicle": car.get_vehicle,
        "v3_get_signal": lambda: car.get_signal("odometer-traveleddistance"),
        "v3_signals": lambda: list(car.signals(limit=12)),
        "v3_list_connections": app.list_connections,
        "v3_connections": lambda: list(app.connections(limit=2)),
        "v3_get_webhook": lambda: app.get_webhook(V3_WEBHOOK),
        "v3_webhooks": lambda: list(app.webhooks(limit=2)),
        "v3_create_subscription": lambda: app.create_subscription(
            V3_WEBHOOK, V3_USER, car.vehicle_id
        ),
        "v3_subscriptions": lambda: list(app.subscriptions(limit=2)),
        "v3_compatible_vehicles": app.compatible_vehicles,
        # Last: it removes the user's connections.
        "v3_remove_user": lambda: app.remove_user(V3_USER),
    }


# A fuzzed 401 makes these fetch a new token and send once more; paged lists may fetch pages.
V3_PAGED = {"v3_signals", "v3_connections", "v3_webhooks", "v3_subscriptions"}


def _drain_batch(batch: Any) -> None:
    # A batch's per-path results are parsed lazily: reading them is part of the response path.
    for path in BATCH_PATHS:
        with contextlib.suppress(smartcar.SmartcarException):
            batch.get(path)
    for item in batch.items:
        with contextlib.suppress(smartcar.SmartcarException):
            item.result()


OPERATIONS: dict[str, Callable[[], Any]] = {
    "attributes": VEHICLE.attributes,
    "vin": VEHICLE.vin,
    "odometer": VEHICLE.odometer,
    "location": VEHICLE.location,
    "fuel": VEHICLE.fuel,
    "battery": VEHICLE.battery,
    "battery_capacity": VEHICLE.battery_capacity,
    "nominal_capacity": VEHICLE.nominal_capacity,
    "charge": VEHICLE.charge,
    "get_charge_limit": VEHICLE.get_charge_limit,
    "lock_status": VEHICLE.lock_status,
    "tire_pressure": VEHICLE.tire_pressure,
    "engine_oil": VEHICLE.engine_oil,
    "permissions": VEHICLE.permissions,
    "service_history": VEHICLE.service_history,
    "diagnostic_system_status": VEHICLE.diagnostic_system_status,
    "diagnostic_trouble_codes": VEHICLE.diagnostic_trouble_codes,
    "lock": VEHICLE.lock,
    "set_charge_limit": lambda: VEHICLE.set_charge_limit(0.8),
    "subscribe": lambda: VEHICLE.subscribe("webhook-1"),
    "unsubscribe": lambda: VEHICLE.unsubscribe("amt-1", "webhook-1"),
    "disconnect": VEHICLE.disconnect,
    "request": lambda: VEHICLE.request("GET", "tesla/speedometer"),
    "batch": lambda: _drain_batch(VEHICLE.batch(BATCH_PATHS)),
    "get_signal": lambda: VEHICLE.get_signal("odometer-traveleddistance"),
    "get_signals": VEHICLE.get_signals,
    "exchange_code": lambda: AUTH.exchange_code("auth-code"),
    "exchange_refresh_token": lambda: AUTH.exchange_refresh_token("refresh-token"),
    "get_user": lambda: smartcar.get_user("access-token"),
    "get_vehicles": lambda: smartcar.get_vehicles("access-token"),
    "get_connections": lambda: smartcar.get_connections("amt-1"),
    "delete_connections": lambda: smartcar.delete_connections("amt-1", {"vehicle_id": "v"}),
    "v3_request_token": TOKEN_APP.request_token,
    **_v3_operations(APP, CAR),
}


@functools.cache
def seeds() -> dict[str, Any]:
    """One valid body per operation, recorded from the simulator, for the mutation strategy."""
    # The extra vehicle is a plug-in hybrid: the only one with /fuel and /engine/oil.
    sim = Simulator(extra_vehicles=1)
    token = sim.issue_token()["access_token"]
    vehicle_id, other_id, hybrid_id = sim.vehicle_ids[:3]
    seen: dict[str, Any] = {}
    sim_transport = SimulatorTransport(sim)

    def record(request: httpx2.Request) -> httpx2.Response:
        response = sim_transport.handle_request(request)
        response.read()
        try:
            seen["last"] = json.loads(response.content)
        except ValueError:
            seen["last"] = None
        return response

    recorder = httpx2.MockTransport(record)
    vehicle = smartcar.Vehicle(vehicle_id, token, transport=recorder, max_retries=0)
    hybrid = smartcar.Vehicle(hybrid_id, token, transport=recorder, max_retries=0)
    auth = smartcar.AuthClient(
        sim.client_id, sim.client_secret, sim.redirect_uri, transport=recorder, max_retries=0
    )
    calls: dict[str, Callable[[], Any]] = {
        "attributes": vehicle.attributes,
        "vin": vehicle.vin,
        "odometer": vehicle.odometer,
        "location": vehicle.location,
        "fuel": hybrid.fuel,
        "battery": vehicle.battery,
        "battery_capacity": vehicle.battery_capacity,
        "nominal_capacity": vehicle.nominal_capacity,
        "charge": vehicle.charge,
        "get_charge_limit": vehicle.get_charge_limit,
        "lock_status": vehicle.lock_status,
        "tire_pressure": vehicle.tire_pressure,
        "engine_oil": hybrid.engine_oil,
        "permissions": vehicle.permissions,
        "service_history": vehicle.service_history,
        "diagnostic_system_status": vehicle.diagnostic_system_status,
        "diagnostic_trouble_codes": vehicle.diagnostic_trouble_codes,
        "lock": vehicle.lock,
        "set_charge_limit": lambda: vehicle.set_charge_limit(0.8),
        "subscribe": lambda: vehicle.subscribe("webhook-1"),
        "unsubscribe": lambda: vehicle.unsubscribe(DEFAULT_MANAGEMENT_TOKEN, "webhook-1"),
        "request": lambda: vehicle.request("GET", "odometer"),
        "batch": lambda: vehicle.batch(BATCH_PATHS),
        "get_signal": lambda: vehicle.get_signal("odometer-traveleddistance"),
        "get_signals": vehicle.get_signals,
        "exchange_code": lambda: auth.exchange_code(
            parse_qs(urlsplit(sim.authorize(auth.get_auth_url(["read_odometer"]))).query)["code"][0]
        ),
    }
    recorded: dict[str, Any] = {}
    for name, call in calls.items():
        seen["last"] = None
        call()
        recorded[name] = seen["last"]
    recorded["exchange_refresh_token"] = sim.issue_token()
    sim.connect([vehicle_id], user_id=V3_USER)
    sim.state(vehicle_id).is_plugged_in = True
    app = smartcar.App(sim.client_id, sim.client_secret, transport=recorder, max_retries=0)
    seen["last"] = None
    app.request_token()
    recorded["v3_request_token"] = seen["last"]
    for name, call in _v3_operations(app, app.vehicle(vehicle_id, V3_USER)).items():
        seen["last"] = None
        call()
        recorded[name] = seen["last"]
    # 204 No Content: there is no body to mutate, so the mutations start from an empty object.
    recorded["v3_remove_user"] = recorded["v3_remove_user"] or {}
    _http.set_transport_override(recorder)
    try:
        for name, module_call in {
            "get_user": lambda: smartcar.get_user(token),
            "get_vehicles": lambda: smartcar.get_vehicles(token),
            "get_connections": lambda: smartcar.get_connections(DEFAULT_MANAGEMENT_TOKEN),
            # The second vehicle: the first must stay connected for the calls above.
            "disconnect": smartcar.Vehicle(other_id, token, transport=recorder).disconnect,
            "delete_connections": lambda: smartcar.delete_connections(
                DEFAULT_MANAGEMENT_TOKEN, {"vehicle_id": other_id}
            ),
        }.items():
            seen["last"] = None
            module_call()
            recorded[name] = seen["last"]
    finally:
        _http.set_transport_override(None)
    return recorded


# -- strategies -----------------------------------------------------------------------------------

json_leaf = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False)
    | st.text(max_size=20)
    | st.sampled_from(
        ["", "DISCHARGING", "2025-03-04T18:12:03.000Z", "not-a-date", "²", "1e999", "9" * 5000]
    )
)
json_values = st.recursive(
    json_leaf,
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                ["type", "code", "statusCode", "status", "errors", "error", "body", "path", "x"]
            )
            | st.text(max_size=8),
            children,
            max_size=5,
        )
    ),
    max_leaves=20,
)


@st.composite
def mutated(draw: st.DrawFn, value: Any, depth: int = 0) -> Any:
    """A variant of a valid JSON value: keys dropped, added or replaced, leaves changed."""
    choice = draw(st.integers(0, 9))
    if choice == 0 or depth > 6:
        return draw(json_values)
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            action = draw(st.integers(0, 5))
            if action == 0:
                continue  # drop the key
            out[key] = draw(mutated(item, depth + 1)) if action == 1 else item
        if draw(st.booleans()):
            out[draw(st.text(max_size=6))] = draw(json_values)
        return out
    if isinstance(value, list):
        items = [draw(mutated(item, depth + 1)) for item in value[:3]]
        return items if draw(st.booleans()) else [*items, draw(json_values)]
    return value if choice < 6 else draw(json_leaf)


def bodies(seed: Any) -> st.SearchStrategy[bytes]:
    """Arbitrary bytes, JSON-ish text, random valid JSON, or a mutated valid body."""
    jsonish = st.text(alphabet='{}[]":,0123456789.-eEtrufalsn ' + string.ascii_letters)
    encoded = st.builds(lambda v: json.dumps(v).encode(), json_values)
    truncated = st.builds(
        lambda v, cut: json.dumps(v).encode()[: max(0, len(json.dumps(v)) - cut)],
        st.just(seed),
        st.integers(1, 30),
    )
    near_valid = st.builds(lambda v: json.dumps(v).encode(), mutated(seed))
    # Deep nesting exhausts the JSON decoder's recursion limit (RecursionError, not ValueError).
    deep = st.builds(
        lambda n, open_: open_ * n, st.integers(900, 100_000), st.sampled_from([b"[", b'{"a":'])
    )
    return st.one_of(
        st.binary(max_size=64),
        deep,
        jsonish.map(str.encode),
        encoded,
        truncated,
        near_valid,
        near_valid,
        near_valid,
        st.just(json.dumps(seed).encode()),
    )


header_value = st.one_of(
    st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0xFF), max_size=30),
    st.sampled_from(
        [
            "application/json",
            "text/html",
            "",
            "gzip",
            "2",
            "-1",
            "²",
            "Wed, 21 Oct 2015 07:28:00 GMT",
        ]
    ),
)
headers = st.dictionaries(
    st.sampled_from(
        [
            "Content-Type",
            "SC-Request-Id",
            "Retry-After",
            "SC-Data-Age",
            "SC-Fetched-At",
            "SC-Unit-System",
            "Location",
            "Content-Encoding",
            "X-Other",
        ]
    ),
    header_value,
    max_size=5,
)
statuses = st.one_of(
    st.sampled_from([200, 201, 204, 302, 400, 401, 403, 404, 409, 429, 430, 500, 502, 503, 504]),
    st.integers(min_value=100, max_value=599),
)


@pytest.fixture(scope="module", autouse=True)
def _module_functions_use_mock() -> Iterator[None]:
    seeds()  # first: recording routes module functions to the simulator, then resets that
    # Module functions take no max_retries: turn their retries off here so nothing sleeps.
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(SyncApi, "_current_settings", lambda self: Settings(max_retries=0))
        _http.set_transport_override(TRANSPORT)
        yield
        _http.set_transport_override(None)


def _respond(status: int, hdrs: dict[str, str], body: bytes) -> None:
    def answer(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(
            status,
            headers=[(k.encode(), v.encode("latin-1")) for k, v in hdrs.items()],
            content=body,
        )

    SERVER.response = answer


@pytest.mark.parametrize("name", sorted(OPERATIONS))
def test_any_response_gives_a_result_or_a_smartcar_exception(name: str) -> None:
    call = OPERATIONS[name]

    @FUZZ
    @given(status=statuses, hdrs=headers, body=bodies(seeds()[name]))
    def check(status: int, hdrs: dict[str, str], body: bytes) -> None:
        _respond(status, hdrs, body)
        before = SERVER.requests
        # Anything but a SmartcarException escapes and fails the example.
        with contextlib.suppress(smartcar.SmartcarException):
            call()
        # The fuzzed response was the one parsed (a NetworkError from elsewhere would pass).
        sent = SERVER.requests - before
        if name in V3_PAGED:
            assert 1 <= sent <= 4, sent
        elif name.startswith("v3_") and status == 401:
            assert sent in (1, 2), sent  # a new application token, and one more attempt
        else:
            assert sent == 1, sent

    check()


def test_seeds_were_recorded() -> None:
    # Without seeds the mutation strategy degrades to random JSON and stops reaching the parsers.
    assert [name for name in OPERATIONS if seeds().get(name) is None] == []


@settings(max_examples=500, deadline=None, database=None)
@given(value=st.one_of(st.text(max_size=40), st.sampled_from(["²", "٣", "1_0", "0x10", " 7 "])))
def test_retry_after_parser_never_raises(value: str) -> None:
    parsed = parse_retry_after(value)
    assert parsed is None or (isinstance(parsed, int) and parsed >= 0)


@settings(max_examples=500, deadline=None, database=None)
@given(
    status=statuses,
    hdrs=headers,
    content=st.one_of(st.binary(max_size=64), json_values, json_values.map(json.dumps)),
    oauth=st.booleans(),
)
# Numbers int() refuses although str.isdigit() accepts them.
@example(status=500, hdrs={}, content={"type": "SERVER", "statusCode": "²"}, oauth=False)
@example(status=400, hdrs={}, content={"error": "x", "statusCode": "9" * 5000}, oauth=False)
def test_error_mapping_never_raises(
    status: int, hdrs: dict[str, str], content: Any, oauth: bool
) -> None:
    # Batch items hand decoded JSON (not bytes) to the same mapper.
    error = error_from_response(status, hdrs, content, oauth=oauth)
    assert isinstance(error, smartcar.SmartcarException)
    repr(error)
    str(error)


@settings(max_examples=500, deadline=None, database=None)
@given(
    status=statuses,
    retry_after=header_value,
    attempt=st.integers(0, 5),
    command=st.booleans(),
    max_retry_after=st.floats(0, 120),
)
def test_retry_decision_never_raises(
    status: int, retry_after: str, attempt: int, command: bool, max_retry_after: float
) -> None:
    op: Operation[Any] = Operation(
        endpoint=None,  # type: ignore[arg-type]
        kwargs={},
        origin="api",
        convert=lambda r: r,
        command=command,
    )
    response = httpx2.Response(status, headers=[(b"Retry-After", retry_after.encode("latin-1"))])
    delay = _retry_delay(
        op, response, attempt, Settings(max_retries=3, max_retry_after=max_retry_after)
    )
    assert delay is None or 0 <= delay <= max(max_retry_after, 8.0)


# -- paths: no request ever leaves for a path the caller did not name ----------------------------
#
# Ids and relative paths are built from the pieces attackers use: dot segments, their percent
# encodings (single and double), slashes and backslashes plain and encoded, "?" and "#", control
# characters and look-alikes. Each call either refuses with InvalidInputError before sending, or
# sends to exactly the path named: the server, decoding as often as it likes, sees no "." or ".."
# segment, no extra segment, and no query or fragment the caller did not add.

PIECES = [
    ".",
    "..",
    "%2e",
    "%2E",
    "%252e",
    "%25252E",
    "/",
    "%2f",
    "%2F",
    "%252f",
    "\\",
    "%5c",
    "?",
    "%3f",
    "#",
    "%23",
    "%",
    "%%",
    ";",
    "\n",
    "\x00",
    "\x7f",
    "\u0085",
    "\uff0e",
    " ",
    "a",
    "vehicle-1",
    "odometer",
]
pieces = st.lists(st.sampled_from(PIECES), min_size=1, max_size=8).map("".join)
ids = st.one_of(
    pieces,
    st.text(min_size=1, max_size=20),
    st.sampled_from([".", "..", "%2e%2e", ".%2E", "%2E.", "..%2f..", "v" * 257]),
    st.integers(250, 260).map(lambda n: "v" * n),
)
rel_paths = st.one_of(
    st.lists(st.one_of(pieces, st.sampled_from(["tesla", "compass", ""])), max_size=5).map(
        "/".join
    ),
    st.text(max_size=30),
)


def _fully_decoded(segment: bytes) -> str:
    text = segment.decode("ascii")
    while (decoded := unquote(text)) != text:
        text = decoded
    return text


def _named(raw_path: bytes, prefix: list[str], rest: list[str]) -> None:
    """Assert the raw path has the expected segments and none a server would resolve away."""
    segments = raw_path.split(b"/")[1:]
    assert len(segments) == len(prefix) + len(rest), raw_path
    for segment in segments:
        decoded = _fully_decoded(segment)
        assert decoded not in (".", ".."), raw_path
        assert not {"/", "\\", "?", "#"} & set(decoded), raw_path
    # Decoded once, as the server does, each named segment is exactly what the caller named.
    assert [unquote(s.decode("ascii")) for s in segments[: len(prefix)]] == prefix


def _attempt(call: Callable[[], Any]) -> bool:
    """Run the call; whether it was refused as invalid input (any other failure is fine)."""
    try:
        call()
    except smartcar.InvalidInputError:
        return True
    except smartcar.SmartcarException:
        pass  # {} is not an odometer: the path, not the body, is the point here
    return False


@FUZZ
@given(vehicle_id=ids, webhook_id=ids, code=ids)
@example(vehicle_id="%%2e", webhook_id="a%41", code="..%2f")
@example(vehicle_id="..", webhook_id="%252E%252e", code="v" * 257)
def test_fuzzed_ids_never_reach_a_path_the_caller_did_not_name(
    vehicle_id: str, webhook_id: str, code: str
) -> None:
    recorder = PathRecorder()
    transport = httpx2.MockTransport(recorder)
    try:
        vehicle = smartcar.Vehicle(vehicle_id, "access-token", transport=transport)
    except smartcar.InvalidInputError:
        vehicle = smartcar.Vehicle("vehicle-1", "access-token", transport=transport)
        vehicle.vehicle_id = vehicle_id  # the per-request check must hold on its own
    vid = vehicle.vehicle_id
    calls: list[tuple[Callable[[], Any], list[str]]] = [
        (vehicle.odometer, ["v2.0", "vehicles", vid, "odometer"]),
        (vehicle.lock, ["v2.0", "vehicles", vid, "security"]),
        (vehicle.disconnect, ["v2.0", "vehicles", vid, "application"]),
        (lambda: vehicle.subscribe(webhook_id), ["v2.0", "vehicles", vid, "webhooks", webhook_id]),
        (lambda: vehicle.get_signal(code), ["v3", "vehicles", vid, "signals", code]),
    ]
    for call, expected in calls:
        before = len(recorder.requests)
        refused = _attempt(call)
        sent = recorder.requests[before:]
        if refused:
            assert sent == []
            continue
        assert len(sent) == 1
        assert sent[0].url.query == b""
        _named(sent[0].url.raw_path, expected, [])


@FUZZ
@given(path=rel_paths, method=st.sampled_from(["GET", "POST", "DELETE"]))
def test_fuzzed_request_paths_stay_below_their_vehicle(path: str, method: str) -> None:
    recorder = PathRecorder()
    vehicle = smartcar.Vehicle(
        "vehicle-1", "access-token", transport=httpx2.MockTransport(recorder), max_retries=0
    )
    if _attempt(lambda: vehicle.request(method, path)):
        assert recorder.requests == []
        return
    (sent,) = recorder.requests
    assert sent.url.query == b""
    assert sent.url.fragment == ""
    rest = path.strip().lstrip("/").split("/")
    _named(sent.url.raw_path, ["v2.0", "vehicles", "vehicle-1"], rest)


@FUZZ
@given(paths=st.lists(rel_paths, min_size=1, max_size=3))
def test_fuzzed_batch_paths_stay_below_their_vehicle(paths: list[str]) -> None:
    recorder = PathRecorder()
    vehicle = smartcar.Vehicle(
        "vehicle-1", "access-token", transport=httpx2.MockTransport(recorder), max_retries=0
    )
    if _attempt(lambda: vehicle.batch(paths)):
        assert recorder.requests == []
        return
    (sent,) = recorder.requests
    _named(sent.url.raw_path, ["v2.0", "vehicles", "vehicle-1", "batch"], [])
    for item in json.loads(sent.content)["requests"]:
        for segment in item["path"].split("/"):
            decoded = _fully_decoded(quote(segment, safe="%").encode())
            assert decoded not in (".", "..")
            assert not {"\\", "?", "#"} & set(decoded)
