"""Every public function and method, recorded once and replayed offline.

Success paths assert typed results with the official attribute names; error paths assert the
typed exception with its fields. Recorded against the simulator by ``make record``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

import pytest

import smartcar
from smartcar import types
from smartcar._resources.batch import Batch

from .._replay import Exchange
from ..conftest import SmartcarEnv

Replayed = Callable[[], list[Exchange]]


def _plain(value: Any) -> Any:
    """JSON values with every timestamp as a datetime: a typed result's ``to_dict()`` writes
    them in its own format, so only the instant is compared with the recorded body."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, str) and len(value) >= 19 and value[4:5] == "-" and value[10:11] == "T":
        return datetime.fromisoformat(value)
    return value


# Every test replays all of its cassette (the `replayed` fixture checks it at the end).
# Strict: the v2.0 part of the spec is exact, so every replayed body must fit it exactly.
pytestmark = [pytest.mark.vcr, pytest.mark.strict_spec, pytest.mark.usefixtures("replayed")]

# -- module functions --------------------------------------------------------------------------


def test_get_user(smartcar_env: SmartcarEnv, replayed: Replayed) -> None:
    user = smartcar.get_user(smartcar_env.access_token)
    assert isinstance(user, types.User)
    (sent,) = replayed()
    assert user.id == sent.json()["id"]
    assert user.meta.request_id == sent.headers["sc-request-id"]


def test_get_vehicles(smartcar_env: SmartcarEnv, replayed: Replayed) -> None:
    result = smartcar.get_vehicles(smartcar_env.access_token)
    assert isinstance(result, types.Vehicles)
    assert smartcar_env.vehicle_id in result.vehicles
    assert result.paging.count == len(result.vehicles)
    assert result.paging.offset == 0
    (sent,) = replayed()
    assert _plain(result.to_dict()) == sent.json()


def test_get_vehicles_paging(smartcar_env: SmartcarEnv, replayed: Replayed) -> None:
    result = smartcar.get_vehicles(smartcar_env.access_token, paging={"limit": 1, "offset": 1})
    assert len(result.vehicles) == 1
    assert result.paging.offset == 1
    (sent,) = replayed()
    assert sent.query == {"limit": ["1"], "offset": ["1"]}
    assert _plain(result.to_dict()) == sent.json()


def test_get_compatibility(smartcar_env: SmartcarEnv, replayed: Replayed) -> None:
    result = smartcar.get_compatibility(smartcar_env.vin, ["read_odometer", "read_location"])
    assert isinstance(result, types.Compatibility)
    assert result.compatible is True
    assert isinstance(result.capabilities, list)
    assert {c.permission for c in result.capabilities} >= {"read_odometer"}
    (sent,) = replayed()
    # Sent with the application's credentials, and the country the official package defaults to.
    assert sent.request_headers["authorization"].startswith("Basic ")
    assert sent.query["scope"] == ["read_odometer read_location"]
    assert sent.query["country"] == ["US"]
    assert _plain(result.to_dict()) == sent.json()


def test_get_compatibility_matrix(smartcar_env: SmartcarEnv) -> None:
    matrix = smartcar.get_compatibility_matrix("US", "TESLA")
    assert isinstance(matrix, types.CompatibilityMatrix)
    assert "TESLA" in matrix.additional_keys
    entry = matrix["TESLA"][0]
    assert entry.start_year <= entry.end_year
    assert entry.permissions


def test_get_vehicle_v3(smartcar_env: SmartcarEnv) -> None:
    vehicle = smartcar.get_vehicle(smartcar_env.access_token, smartcar_env.vehicle_id)
    assert isinstance(vehicle, types.V3Vehicle)
    assert vehicle.id == smartcar_env.vehicle_id
    assert vehicle.attributes.make == "TESLA"


def test_get_connections(smartcar_env: SmartcarEnv, replayed: Replayed) -> None:
    result = smartcar.get_connections(smartcar_env.amt, paging={"limit": 5})
    assert isinstance(result, types.GetConnections)
    assert result.connections
    first = result.connections[0]
    assert first.vehicle_id and first.user_id
    assert isinstance(first.connected_at, datetime)
    (sent,) = replayed()
    assert _plain(result.to_dict()) == _plain(sent.json())


def test_get_connections_filtered(smartcar_env: SmartcarEnv) -> None:
    result = smartcar.get_connections(
        smartcar_env.amt, filter={"vehicle_id": smartcar_env.vehicle_id}
    )
    assert [c.vehicle_id for c in result.connections] == [smartcar_env.vehicle_id]


def test_delete_connections(smartcar_env: SmartcarEnv, replayed: Replayed) -> None:
    deleted = smartcar.delete_connections(
        smartcar_env.amt, filter={"vehicle_id": smartcar_env.vehicle_id}
    )
    assert isinstance(deleted, types.DeleteConnections)
    assert [c.vehicle_id for c in deleted.connections] == [smartcar_env.vehicle_id]
    remaining = smartcar.get_connections(
        smartcar_env.amt, filter={"vehicle_id": smartcar_env.vehicle_id}
    )
    assert remaining.connections == []
    delete, _ = replayed()
    assert delete.method == "DELETE"
    assert _plain(deleted.to_dict()) == delete.json()


def test_management_with_a_wrong_token_is_an_authentication_error(
    smartcar_env: SmartcarEnv, replayed: Replayed
) -> None:
    with pytest.raises(smartcar.AuthenticationError) as info:
        smartcar.get_connections("not-the-management-token")
    assert info.value.status_code == 401
    (sent,) = replayed()
    assert info.value.description == sent.json()["description"]
    assert info.value.request_id == sent.headers["sc-request-id"]


# -- AuthClient ----------------------------------------------------------------------------------


def test_exchange_code_and_refresh(smartcar_env: SmartcarEnv, replayed: Replayed) -> None:
    client = smartcar.AuthClient()
    url = client.get_auth_url(["read_odometer", "read_vehicle_info"], {"state": "s-1"})
    access = client.exchange_code(smartcar_env.auth_code(url))
    assert isinstance(access, types.Access)
    assert access.token_type == "Bearer"
    assert access.expires_in == 7200
    assert not access.is_expired()
    assert access.expiration.tzinfo is not None
    renewed = client.exchange_refresh_token(access["refresh_token"])
    assert isinstance(renewed, types.Access)
    assert renewed.expiration >= access.expiration
    code, refresh = replayed()
    for sent, got in ((code, access), (refresh, renewed)):
        assert (sent.method, sent.path) == ("POST", "/oauth/token")
        assert sent.request_headers["authorization"].startswith("Basic ")
        assert sent.request_headers["content-type"] == "application/x-www-form-urlencoded"
        # The tokens themselves are scrubbed from the cassette; their kind and life are not.
        body = sent.json()
        assert (got.token_type, got.expires_in) == (body["token_type"], body["expires_in"])
    assert code.sent_form()["grant_type"] == "authorization_code"
    assert code.sent_form()["redirect_uri"] == smartcar_env.redirect_uri
    assert refresh.sent_form()["grant_type"] == "refresh_token"
    assert set(refresh.sent_form()) == {"grant_type", "refresh_token"}


def test_exchange_code_with_flags(smartcar_env: SmartcarEnv, replayed: Replayed) -> None:
    client = smartcar.AuthClient()
    url = client.get_auth_url(["read_odometer"])
    access = client.exchange_code(smartcar_env.auth_code(url), {"flags": {"country": "DE"}})
    assert access.access_token
    (sent,) = replayed()
    assert sent.query["flags"] == ["country:DE"]


def test_exchange_invalid_code_is_an_oauth_error(
    smartcar_env: SmartcarEnv, replayed: Replayed
) -> None:
    client = smartcar.AuthClient()
    with pytest.raises(smartcar.OAuthError) as info:
        client.exchange_code("THIS_SHOULD_NOT_WORK")
    err = info.value
    assert err.status_code == 400
    assert err.type in {"invalid_grant", "invalid_request"}
    (sent,) = replayed()
    assert err.type == sent.json()["error"]
    # The server echoes the code; the cassette scrubs it, and so does the SDK while recording.
    assert err.description.replace("[REDACTED]", "REDACTED") == sent.json()["error_description"]
    assert str(err) == err.description  # the official message: the description alone


def test_exchange_invalid_refresh_token_is_an_oauth_error(smartcar_env: SmartcarEnv) -> None:
    with pytest.raises(smartcar.OAuthError) as info:
        smartcar.AuthClient().exchange_refresh_token("THIS_SHOULD_NOT_WORK")
    assert info.value.status_code == 400


def test_wrong_client_secret_is_an_oauth_error(smartcar_env: SmartcarEnv) -> None:
    client = smartcar.AuthClient(client_secret="wrong-secret")
    with pytest.raises(smartcar.OAuthError) as info:
        client.exchange_refresh_token("whatever")
    assert info.value.status_code == 401


# -- Vehicle reads -----------------------------------------------------------------------------

READS: list[tuple[str, type[Any], Callable[[Any], bool]]] = [
    ("attributes", types.Attributes, lambda r: r.make == "TESLA" and isinstance(r.year, int)),
    ("info", types.Attributes, lambda r: r.model != ""),
    ("vin", types.Vin, lambda r: len(r.vin) == 17),
    ("odometer", types.Odometer, lambda r: r.distance > 0 and r.meta.unit_system == "metric"),
    ("location", types.Location, lambda r: -90 <= r.latitude <= 90 and -180 <= r.longitude <= 180),
    ("battery", types.Battery, lambda r: 0 <= r.percent_remaining <= 1 and r.range == r.range_),
    ("battery_capacity", types.BatteryCapacity, lambda r: r.capacity > 0),
    (
        "nominal_capacity",
        types.NominalCapacity,
        lambda r: r.availableCapacities is r.available_capacities,
    ),
    ("charge", types.Charge, lambda r: isinstance(r.is_plugged_in, bool) and bool(r.state)),
    ("get_charge_limit", types.ChargeLimit, lambda r: 0.5 <= r.limit <= 1),
    ("lock_status", types.LockStatus, lambda r: isinstance(r.doors[0].status, str)),
    ("tire_pressure", types.TirePressure, lambda r: (r.front_left or 0) > 100),
    ("permissions", types.Permissions, lambda r: "read_odometer" in r.permissions),
    (
        "service_history",
        types.ServiceHistory,
        lambda r: len(r.items) >= 1 and r.items[0].service_tasks,
    ),
    ("diagnostic_system_status", types.DiagnosticSystemStatus, lambda r: r.systems[0].system_id),
    ("diagnostic_trouble_codes", types.DiagnosticTroubleCodes, lambda r: r.active_codes[0].code),
    ("get_signals", types.Signals, lambda r: len(r.data) > 3),
]


READ_PATHS = {
    "attributes": "",
    "info": "",
    "vin": "/vin",
    "odometer": "/odometer",
    "location": "/location",
    "battery": "/battery",
    "battery_capacity": "/battery/capacity",
    "nominal_capacity": "/battery/nominal_capacity",
    "charge": "/charge",
    "get_charge_limit": "/charge/limit",
    "lock_status": "/security",
    "tire_pressure": "/tires/pressure",
    "permissions": "/permissions",
    "service_history": "/service/history",
    "diagnostic_system_status": "/diagnostics/system_status",
    "diagnostic_trouble_codes": "/diagnostics/dtcs",
    "get_signals": "/signals",
}


@pytest.mark.parametrize(("method", "cls", "check"), READS, ids=[r[0] for r in READS])
def test_vehicle_read(
    smartcar_env: SmartcarEnv,
    replayed: Replayed,
    method: str,
    cls: type[Any],
    check: Callable[[Any], bool],
) -> None:
    vehicle = smartcar.Vehicle(smartcar_env.vehicle_id, smartcar_env.access_token)
    result = getattr(vehicle, method)()
    assert isinstance(result, cls)
    assert check(result)
    (sent,) = replayed()
    assert sent.method == "GET"
    version = "v3" if method == "get_signals" else "v2.0"
    assert sent.path == f"/{version}/vehicles/{smartcar_env.vehicle_id}{READ_PATHS[method]}"
    assert sent.request_headers["authorization"].startswith("Bearer ")
    # Every value the server sent, typed, and nothing else.
    if isinstance(result, types.ServiceHistory):
        assert [_plain(item.to_dict()) for item in result.items] == _plain(sent.json())
    else:
        assert _plain(result.to_dict()) == _plain(sent.json())
    meta = result.response_meta if isinstance(result, types.Signals) else result.meta
    assert meta.request_id == sent.headers["sc-request-id"]
    if not isinstance(result, types.Signals):
        assert meta.unit_system == sent.headers.get("sc-unit-system")
        age = sent.headers.get("sc-data-age")
        assert meta.data_age == (datetime.fromisoformat(age) if age else None)


def test_fuel_and_engine_oil_of_a_hybrid(smartcar_env: SmartcarEnv) -> None:
    if smartcar_env.sim is None:
        pytest.skip("needs the simulator's plug-in hybrid")
    # The generated plug-in hybrid (extra_vehicles=1), the last of the fleet.
    vehicle = smartcar.Vehicle(smartcar_env.sim.vehicle_ids[-1], smartcar_env.access_token)
    fuel = vehicle.fuel()
    assert isinstance(fuel, types.Fuel)
    assert fuel.range == fuel.range_
    assert fuel.percent_remaining is None or 0 <= fuel.percent_remaining <= 1
    oil = vehicle.engine_oil()
    assert isinstance(oil, types.EngineOil)
    assert 0 <= oil.life_remaining <= 1


def test_fuel_of_an_electric_vehicle_is_a_compatibility_error(smartcar_env: SmartcarEnv) -> None:
    vehicle = smartcar.Vehicle(smartcar_env.vehicle_id, smartcar_env.access_token)
    with pytest.raises(smartcar.CompatibilityError) as info:
        vehicle.with_options(max_retries=0).fuel()
    assert info.value.status_code == 501


def test_imperial_units_and_meta(smartcar_env: SmartcarEnv) -> None:
    metric = smartcar.Vehicle(smartcar_env.vehicle_id, smartcar_env.access_token)
    imperial = smartcar.Vehicle(
        smartcar_env.vehicle_id, smartcar_env.access_token, {"unit_system": "imperial"}
    )
    km, miles = metric.odometer(), imperial.odometer()
    assert miles.meta.unit_system == "imperial"
    assert miles.distance == pytest.approx(km.distance / 1.609344, rel=1e-3)
    assert isinstance(miles.meta.data_age, datetime) and miles.meta.data_age.tzinfo is not None
    assert isinstance(miles.meta.fetched_at, datetime)


def test_set_unit_system_changes_the_next_read(smartcar_env: SmartcarEnv) -> None:
    vehicle = smartcar.Vehicle(smartcar_env.vehicle_id, smartcar_env.access_token)
    vehicle.set_unit_system("IMPERIAL")
    assert vehicle.tire_pressure().meta.unit_system == "imperial"
    vehicle.set_unit_system("metric")
    assert vehicle.tire_pressure().meta.unit_system == "metric"


def test_get_signal(smartcar_env: SmartcarEnv) -> None:
    vehicle = smartcar.Vehicle(smartcar_env.vehicle_id, smartcar_env.access_token)
    signal = vehicle.get_signal("odometer-traveleddistance")
    assert isinstance(signal, types.Signal)
    assert signal.attributes.code == "odometer-traveleddistance"
    assert signal.typed_body == smartcar.v3.Quantity(104032.0, "km")
    assert signal.meta is not None and isinstance(signal.meta.retrieved_at, datetime)
    assert signal.meta.retrieved_at.tzinfo is not None
    assert signal.vehicle is not None and signal.vehicle.attributes.make == "TESLA"


# -- Vehicle commands --------------------------------------------------------------------------


def test_lock_and_unlock_change_the_lock_status(
    smartcar_env: SmartcarEnv, replayed: Replayed
) -> None:
    vehicle = smartcar.Vehicle(smartcar_env.vehicle_id, smartcar_env.access_token)
    result = vehicle.unlock()
    assert isinstance(result, types.Action)
    assert result.status == "success"
    assert vehicle.lock_status().is_locked is False
    assert vehicle.lock().status == "success"
    status = vehicle.lock_status()
    assert status.is_locked is True
    assert {door.status for door in status.doors} == {"LOCKED"}
    sent = [(e.method, e.path.rsplit("/", 1)[1], e.request_body) for e in replayed()]
    assert sent == [
        ("POST", "security", '{"action":"UNLOCK"}'),
        ("GET", "security", ""),
        ("POST", "security", '{"action":"LOCK"}'),
        ("GET", "security", ""),
    ]


def test_start_and_stop_charge(smartcar_env: SmartcarEnv) -> None:
    vehicle = smartcar.Vehicle(smartcar_env.vehicle_id, smartcar_env.access_token)
    before = vehicle.charge()
    if before.state == "CHARGING":
        assert vehicle.stop_charge().status == "success"
        assert vehicle.charge().state == "NOT_CHARGING"
    assert vehicle.start_charge().status == "success"
    assert vehicle.charge().state == "CHARGING"
    assert vehicle.stop_charge().status == "success"
    assert vehicle.charge().state != "CHARGING"


def test_set_charge_limit_is_read_back(smartcar_env: SmartcarEnv, replayed: Replayed) -> None:
    vehicle = smartcar.Vehicle(smartcar_env.vehicle_id, smartcar_env.access_token)
    action = vehicle.set_charge_limit(0.65)
    assert vehicle.get_charge_limit().limit == pytest.approx(0.65)
    command, _ = replayed()
    assert (command.method, command.sent_json()) == ("POST", {"limit": 0.65})
    assert (action.status, action.message) == (command.json()["status"], command.json()["message"])
    assert action.meta.request_id == command.headers["sc-request-id"]


def test_send_destination(smartcar_env: SmartcarEnv, replayed: Replayed) -> None:
    vehicle = smartcar.Vehicle(smartcar_env.vehicle_id, smartcar_env.access_token)
    result = vehicle.send_destination(37.7749, -122.4194)
    (sent,) = replayed()
    assert sent.path.endswith("/navigation/destination")
    assert sent.sent_json() == {"latitude": 37.7749, "longitude": -122.4194}
    assert (result.status, result.message) == (sent.json()["status"], sent.json()["message"])


# -- batch, webhooks, disconnect, request --------------------------------------------------------


def test_batch(smartcar_env: SmartcarEnv, replayed: Replayed) -> None:
    vehicle = smartcar.Vehicle(smartcar_env.vehicle_id, smartcar_env.access_token)
    paths = ["/odometer", "/location", "/charge/limit", "/tires/pressure", "/security", "/"]
    result = vehicle.batch(paths)
    assert isinstance(result, Batch)
    assert result.odometer().distance > 0
    assert result.location().latitude
    assert result.get_charge_limit().limit
    assert result.tire_pressure().front_left
    assert result.lock_status().doors
    assert result.attributes().make == "TESLA"
    assert result.get("/odometer") == result.odometer()
    assert result.odometer().meta.unit_system == "metric"
    (sent,) = replayed()
    assert sent.sent_json() == {"requests": [{"path": p} for p in paths]}
    assert result.meta.request_id == sent.headers["sc-request-id"]
    items = {item["path"]: item for item in sent.json()["responses"]}
    assert _plain(result.odometer().to_dict()) == _plain(items["/odometer"]["body"])
    assert _plain(result.lock_status().to_dict()) == _plain(items["/security"]["body"])
    age = items["/odometer"]["headers"]["sc-data-age"]
    assert result.odometer().meta.data_age == datetime.fromisoformat(age)


def test_batch_failed_path_raises_its_error(smartcar_env: SmartcarEnv, replayed: Replayed) -> None:
    if smartcar_env.sim is not None:
        smartcar_env.sim.fail_next("RATE_LIMIT:VEHICLE", path="/location", retry_after=42)
    vehicle = smartcar.Vehicle(smartcar_env.vehicle_id, smartcar_env.access_token)
    result = vehicle.batch(["/odometer", "/location"])
    assert result.odometer().distance > 0
    with pytest.raises(smartcar.RateLimitError) as info:
        result.location()
    assert info.value.retry_after == 42
    assert info.value.code == "VEHICLE"
    (sent,) = replayed()
    (failed,) = [i for i in sent.json()["responses"] if i["path"] == "/location"]
    assert info.value.status_code == failed["code"] == 429
    assert info.value.description == failed["body"]["description"]


def test_batch_brand_path_by_joined_name(smartcar_env: SmartcarEnv) -> None:
    vehicle = smartcar.Vehicle(smartcar_env.vehicle_id, smartcar_env.access_token)
    result = vehicle.batch(["/odometer", "/tesla/speedometer"])
    assert "/tesla/speedometer" in result
    assert result.odometer().distance > 0
    # The recorded vehicle has no speedometer endpoint: its item is a 404 of its own.
    with pytest.raises(smartcar.ResourceNotFoundError) as info:
        result.tesla_speedometer()
    assert info.value.status_code == 404
    assert info.value.type == "RESOURCE_NOT_FOUND"
    assert info.value.code == "PATH"


def test_subscribe_and_unsubscribe(smartcar_env: SmartcarEnv, replayed: Replayed) -> None:
    vehicle = smartcar.Vehicle(smartcar_env.vehicle_id, smartcar_env.access_token)
    subscription = vehicle.subscribe(smartcar_env.webhook_id)
    assert isinstance(subscription, types.Subscribe)
    assert subscription.webhook_id == smartcar_env.webhook_id
    assert subscription.vehicle_id == smartcar_env.vehicle_id
    status = vehicle.unsubscribe(smartcar_env.amt, smartcar_env.webhook_id)
    assert isinstance(status, types.Status)
    assert status.status == "success"
    subscribe, unsubscribe = replayed()
    path = f"/v2.0/vehicles/{smartcar_env.vehicle_id}/webhooks/{smartcar_env.webhook_id}"
    assert (subscribe.method, subscribe.path) == ("POST", path)
    assert (unsubscribe.method, unsubscribe.path) == ("DELETE", path)


def test_disconnect(smartcar_env: SmartcarEnv) -> None:
    vehicle = smartcar.Vehicle(smartcar_env.vehicle_id, smartcar_env.access_token)
    assert vehicle.disconnect().status == "success"
    remaining = smartcar.get_vehicles(smartcar_env.access_token)
    assert smartcar_env.vehicle_id not in remaining.vehicles


def test_request_passthrough(smartcar_env: SmartcarEnv, replayed: Replayed) -> None:
    vehicle = smartcar.Vehicle(smartcar_env.vehicle_id, smartcar_env.access_token)
    response = vehicle.request("GET", "odometer", headers={"SC-Unit-System": "imperial"})
    assert isinstance(response, types.Response)
    assert response.status_code == 200
    assert response.body["distance"] > 0
    assert response.meta.unit_system == "imperial"
    (sent,) = replayed()
    assert sent.request_headers["sc-unit-system"] == "imperial"
    assert response.body == sent.json()
    assert response.headers["sc-request-id"] == sent.headers["sc-request-id"]


# -- error shapes --------------------------------------------------------------------------------

ERRORS = [
    ("RATE_LIMIT:VEHICLE", smartcar.RateLimitError, 429, "VEHICLE"),
    ("VEHICLE_STATE:ASLEEP", smartcar.VehicleStateError, 409, "ASLEEP"),
    ("PERMISSION", smartcar.PermissionDeniedError, 403, None),
    ("AUTHENTICATION", smartcar.AuthenticationError, 401, None),
    ("VALIDATION", smartcar.ValidationError, 400, None),
    ("SERVER:INTERNAL", smartcar.ServerError, 500, "INTERNAL"),
    ("UPSTREAM:NO_RESPONSE", smartcar.UpstreamError, 502, "NO_RESPONSE"),
    ("BILLING:VEHICLE_REQUEST_LIMIT", smartcar.BillingError, 430, "VEHICLE_REQUEST_LIMIT"),
    ("COMPATIBILITY:VEHICLE_NOT_CAPABLE", smartcar.CompatibilityError, 501, "VEHICLE_NOT_CAPABLE"),
    (
        "CONNECTED_SERVICES_ACCOUNT:AUTHENTICATION_FAILED",
        smartcar.ConnectedServicesAccountError,
        400,
        "AUTHENTICATION_FAILED",
    ),
    ("V1:vehicle_state_error", smartcar.VehicleStateError, 409, "VS_000"),
    ("HTML:502", smartcar.UpstreamError, 502, None),
]


@pytest.mark.parametrize(
    ("error", "cls", "status", "code"), ERRORS, ids=[e[0].replace(":", "-") for e in ERRORS]
)
def test_error_shapes(
    smartcar_env: SmartcarEnv,
    replayed: Replayed,
    error: str,
    cls: type[Exception],
    status: int,
    code: str | None,
) -> None:
    if smartcar_env.sim is None:
        pytest.skip("errors are triggered in the simulator")
    smartcar_env.sim.fail_next(error, path="/odometer")
    vehicle = smartcar.Vehicle(smartcar_env.vehicle_id, smartcar_env.access_token)
    with pytest.raises(cls) as info:
        vehicle.with_options(max_retries=0).odometer()
    err = info.value
    assert isinstance(err, smartcar.SmartcarException)
    assert err.status_code == status
    assert err.code == code
    assert err.request_id
    assert str(err)
    if status == 429:
        assert err.retry_after == 30
        assert err.resolution == {"type": "RETRY_LATER", "url": None}
    if error.startswith("CONNECTED_SERVICES_ACCOUNT"):
        assert err.resolution is not None and err.resolution["url"]
    # Every shape carries a description; the v2 JSON shapes also a documentation link and a
    # message for the user, which the v1 and HTML shapes do not have.
    assert err.description
    v2_shape = not error.startswith(("V1:", "HTML:"))
    assert bool(err.doc_url and err.doc_url.startswith("https://smartcar.com/docs/")) is v2_shape
    assert bool(err.suggested_user_message) is v2_shape
    assert (err.detail is not None) is (error == "VALIDATION")
    assert (err.retry_after is not None) is (status == 429)
    (sent,) = replayed()  # max_retries=0: one request, whatever the error
    assert err.request_id == sent.headers["sc-request-id"]
    if v2_shape:
        body = sent.json()
        assert (err.type, err.code) == (body["type"], body["code"])
        assert err.description == body["description"]
        assert err.doc_url == body["docURL"]
        assert err.suggested_user_message == body["suggestedUserMessage"]


def test_rate_limit_longer_than_the_cap_raises_at_once(smartcar_env: SmartcarEnv) -> None:
    if smartcar_env.sim is None:
        pytest.skip("errors are triggered in the simulator")
    smartcar_env.sim.fail_next("RATE_LIMIT:VEHICLE", path="/odometer", retry_after=3600)
    vehicle = smartcar.Vehicle(smartcar_env.vehicle_id, smartcar_env.access_token)
    with pytest.raises(smartcar.RateLimitError) as info:
        vehicle.odometer()
    assert info.value.retry_after == 3600


def test_server_error_is_retried_then_succeeds(smartcar_env: SmartcarEnv, monkeypatch: Any) -> None:
    if smartcar_env.sim is None:
        pytest.skip("errors are triggered in the simulator")
    monkeypatch.setattr("smartcar._http.engine._backoff", lambda attempt: 0.0)
    smartcar_env.sim.fail_next("SERVER:INTERNAL", path="/odometer")
    vehicle = smartcar.Vehicle(smartcar_env.vehicle_id, smartcar_env.access_token)
    assert vehicle.odometer().distance > 0


def test_invalid_access_token(smartcar_env: SmartcarEnv) -> None:
    vehicle = smartcar.Vehicle(smartcar_env.vehicle_id, "not-a-token")
    with pytest.raises(smartcar.AuthenticationError) as info:
        vehicle.odometer()
    assert info.value.status_code == 401
    assert info.value.type == "AUTHENTICATION"
