"""The public surface of the official smartcar 6.19.1, by name, and how it behaves.

The names and namedtuple fields below are written out from the official package's surface
(introspected from its wheel), on purpose: they are the contract, not something derived from
our own code.
"""

from __future__ import annotations

import asyncio
import importlib
from collections.abc import Iterator
from datetime import datetime
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx2
import pytest

import smartcar
import smartcar.aio
from smartcar import _http
from smartcar.testing import (
    DEFAULT_CLIENT_ID,
    DEFAULT_CLIENT_SECRET,
    DEFAULT_MANAGEMENT_TOKEN,
    DEFAULT_REDIRECT_URI,
    Simulator,
    SimulatorServer,
    SimulatorTransport,
)

from .._helpers import issued_token as _token

# -- the official 6.19.1 surface, module by module (names starting with "_" are out of scope) --

OFFICIAL_NAMES: dict[str, list[str]] = {
    "smartcar": [
        "AuthClient",
        "SmartcarException",
        "Vehicle",
        "auth_client",
        "config",
        "delete_connections",
        "exception",
        "get_api_version",
        "get_compatibility",
        "get_connections",
        "get_user",
        "get_vehicles",
        "hash_challenge",
        "helpers",
        "set_api_version",
        "smartcar",
        "v2_response",
        "v3_response",
        "vehicle",
        "verify_payload",
    ],
    "smartcar.auth_client": ["AuthClient", "config", "helpers", "v2"],
    "smartcar.config": [
        "API_ORIGIN",
        "AUTH_ORIGIN",
        "CONNECT_ORIGIN",
        "MANAGEMENT_API_ORIGIN",
        "VEHICLE_API_ORIGIN",
    ],
    "smartcar.exception": ["SmartcarException", "exception_factory"],
    "smartcar.helpers": [
        "format_flag_query",
        "format_path_and_attribute_for_batch",
        "requester",
        "sce",
        "validate_env",
    ],
    "smartcar.smartcar": [
        "API_VERSION",
        "config",
        "delete_connections",
        "get_api_version",
        "get_compatibility",
        "get_compatibility_matrix",
        "get_connections",
        "get_management_token",
        "get_user",
        "get_vehicle",
        "get_vehicles",
        "hash_challenge",
        "helpers",
        "set_api_version",
        "v2",
        "v3",
        "verify_payload",
    ],
    "smartcar.v2_response": [
        "Access",
        "Action",
        "Attributes",
        "AvailableCapacity",
        "Battery",
        "BatteryCapacity",
        "Capability",
        "Charge",
        "ChargeLimit",
        "ChargingPort",
        "CompatibilityMatrix",
        "CompatibilityMatrixModel",
        "CompatibilityV1",
        "CompatibilityV2",
        "Connection",
        "DeleteConnections",
        "DiagnosticSystem",
        "DiagnosticSystemStatus",
        "DiagnosticTroubleCode",
        "DiagnosticTroubleCodes",
        "Door",
        "EngineOil",
        "Fuel",
        "GetConnections",
        "Location",
        "LockStatus",
        "NominalCapcity",
        "Odometer",
        "Paging",
        "PagingCursor",
        "Permissions",
        "Reason",
        "Response",
        "SelectedCapacity",
        "ServiceCost",
        "ServiceDetail",
        "ServiceHistory",
        "ServiceRecord",
        "ServiceTask",
        "Status",
        "Storage",
        "Subscribe",
        "Sunroof",
        "TirePressure",
        "User",
        "Vehicles",
        "Vin",
        "Window",
        "build_meta",
        "format_capabilities",
        "generate_named_tuple",
        "make_access_object",
        "select_named_tuple",
    ],
    "smartcar.v3_response": ["Response"],
    "smartcar.vehicle": ["Vehicle", "config", "helpers", "sce", "smartcar", "v2", "v3"],
}

VEHICLE_METHODS = [
    "get_signals",
    "get_signal",
    "vin",
    "charge",
    "battery",
    "battery_capacity",
    "nominal_capacity",
    "fuel",
    "tire_pressure",
    "engine_oil",
    "odometer",
    "service_history",
    "diagnostic_system_status",
    "diagnostic_trouble_codes",
    "location",
    "permissions",
    "attributes",
    "get_charge_limit",
    "lock_status",
    "lock",
    "unlock",
    "start_charge",
    "stop_charge",
    "set_charge_limit",
    "send_destination",
    "batch",
    "disconnect",
    "subscribe",
    "unsubscribe",
    "request",
    "set_unit_system",
]

# The official namedtuples of smartcar.v2_response and their _fields.
OFFICIAL_FIELDS: dict[str, tuple[str, ...]] = {
    "Access": (
        "access_token",
        "token_type",
        "expires_in",
        "expiration",
        "refresh_token",
        "refresh_expiration",
    ),
    "Action": ("status", "message", "meta"),
    "Attributes": ("id", "make", "model", "year", "meta"),
    "AvailableCapacity": ("capacity", "description"),
    "Battery": ("percent_remaining", "range", "meta"),
    "BatteryCapacity": ("capacity", "meta"),
    "Capability": ("permission", "endpoint", "capable", "reason"),
    "Charge": ("is_plugged_in", "state", "meta"),
    "ChargeLimit": ("limit", "meta"),
    "ChargingPort": ("type", "status"),
    "CompatibilityMatrixModel": (
        "model",
        "startYear",
        "endYear",
        "type",
        "endpoints",
        "permissions",
    ),
    "CompatibilityV1": ("compatible", "meta"),
    "CompatibilityV2": ("compatible", "reason", "capabilities", "meta"),
    "Connection": ("vehicle_id", "user_id", "connected_at"),
    "DeleteConnections": ("connections", "meta"),
    "DiagnosticSystem": ("system_id", "status", "description"),
    "DiagnosticSystemStatus": ("systems", "meta"),
    "DiagnosticTroubleCode": ("code", "timestamp"),
    "DiagnosticTroubleCodes": ("active_codes", "meta"),
    "Door": ("type", "status"),
    "EngineOil": ("life_remaining", "meta"),
    "Fuel": ("range", "percent_remaining", "amount_remaining", "meta"),
    "GetConnections": ("connections", "paging", "meta"),
    "Location": ("latitude", "longitude", "meta"),
    "LockStatus": (
        "is_locked",
        "doors",
        "windows",
        "sunroof",
        "storage",
        "charging_port",
        "meta",
    ),
    "NominalCapcity": ("availableCapacities", "capacity", "url", "meta"),
    "Odometer": ("distance", "meta"),
    "Paging": ("count", "offset"),
    "PagingCursor": ("cursor",),
    "Permissions": ("permissions", "paging", "meta"),
    "Response": ("body", "meta"),
    "SelectedCapacity": ("nominal", "source"),
    "ServiceHistory": ("items", "meta"),
    "Status": ("status", "meta"),
    "Storage": ("type", "status"),
    "Subscribe": ("webhook_id", "vehicle_id", "meta"),
    "Sunroof": ("type", "status"),
    "TirePressure": ("front_left", "front_right", "back_left", "back_right", "meta"),
    "User": ("id", "meta"),
    "Vehicles": ("vehicles", "paging", "meta"),
    "Vin": ("vin", "meta"),
    "Window": ("type", "status"),
}

# -- helpers ------------------------------------------------------------------------------------


@pytest.fixture
def sim(monkeypatch: pytest.MonkeyPatch) -> Iterator[Simulator]:
    """Every SDK call without its own client goes to an in-process simulator."""
    simulator = Simulator(extra_vehicles=1)
    monkeypatch.setenv("SMARTCAR_CLIENT_ID", DEFAULT_CLIENT_ID)
    monkeypatch.setenv("SMARTCAR_CLIENT_SECRET", DEFAULT_CLIENT_SECRET)
    monkeypatch.setenv("SMARTCAR_REDIRECT_URI", DEFAULT_REDIRECT_URI)
    _http.set_transport_override(SimulatorTransport(simulator))
    try:
        yield simulator
    finally:
        _http.set_transport_override(None)


def _vehicle(sim: Simulator, **kwargs: Any) -> smartcar.Vehicle:
    return smartcar.Vehicle(sim.vehicle_ids[0], _token(sim), **kwargs)


def _recorder(sim: Simulator, seen: list[httpx2.Request]) -> httpx2.MockTransport:
    forward = SimulatorTransport(sim)

    def handler(request: httpx2.Request) -> httpx2.Response:
        seen.append(request)
        return forward.handle_request(request)

    return httpx2.MockTransport(handler)


# -- 1. every name resolves ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("module", "name"),
    [(module, name) for module, names in OFFICIAL_NAMES.items() for name in names],
)
def test_every_official_name_resolves(module: str, name: str) -> None:
    assert getattr(importlib.import_module(module), name) is not None


@pytest.mark.parametrize("name", OFFICIAL_NAMES["smartcar.v2_response"])
def test_the_older_module_name_smartcar_types_has_every_result_name(name: str) -> None:
    import smartcar.types

    assert getattr(smartcar.types, name) is getattr(smartcar.v2_response, name)


def test_module_attributes_are_the_official_modules() -> None:
    assert smartcar.smartcar.v2 is smartcar.v2_response
    assert smartcar.smartcar.v3 is smartcar.v3_response
    assert smartcar.auth_client.v2 is smartcar.v2_response
    assert smartcar.vehicle.sce is smartcar.exception
    assert smartcar.helpers.sce is smartcar.exception
    assert smartcar.vehicle.smartcar is smartcar
    assert smartcar.vehicle.config is smartcar.config


@pytest.mark.parametrize("method", VEHICLE_METHODS)
def test_vehicle_has_every_official_method(method: str) -> None:
    assert callable(getattr(smartcar.Vehicle("vehicle", "token"), method))
    assert callable(getattr(smartcar.AsyncVehicle("vehicle", "token"), method))


@pytest.mark.parametrize("name", sorted(OFFICIAL_FIELDS))
def test_official_records_have_the_official_fields(name: str) -> None:
    assert getattr(smartcar.v2_response, name)._fields == OFFICIAL_FIELDS[name]


def test_aliases_of_renamed_results() -> None:
    assert smartcar.v2_response.NominalCapcity is smartcar.types.NominalCapacity
    assert smartcar.v2_response.CompatibilityV2 is smartcar.types.Compatibility
    assert issubclass(smartcar.v2_response.CompatibilityV1, smartcar.types.Compatibility)
    reason = smartcar.v2_response.Reason
    assert {r.value for r in reason} >= {"VEHICLE_NOT_COMPATIBLE", "MAKE_NOT_COMPATIBLE"}


def test_v2_response_helpers_behave() -> None:
    v2 = smartcar.v2_response
    meta = v2.build_meta({"sc-request-id": "req-1", "SC-Unit-System": "imperial"})
    assert isinstance(meta, tuple)
    assert (meta.request_id, meta.unit_system) == ("req-1", "imperial")
    made = v2.generate_named_tuple({"isPluggedIn": True, "state": "CHARGING"}, "Charge")
    assert made._fields == ("is_plugged_in", "state") and made.is_plugged_in is True
    kebab = v2.generate_named_tuple({"sc-data-age": "x"}, "Meta", kebab_case=True)
    assert kebab._fields == ("sc_data_age",)
    assert v2.generate_named_tuple({}) is None
    now = datetime(2026, 1, 1)
    access = v2.make_access_object(
        {
            "access_token": "a",
            "token_type": "Bearer",
            "expires_in": 7200,
            "expiration": now,
            "refresh_token": "r",
            "refresh_expiration": now,
        }
    )
    assert tuple(access) == ("a", "Bearer", 7200, now, "r", now)
    (capability,) = v2.format_capabilities(
        [{"permission": "read_vin", "endpoint": "/vin", "capable": False, "reason": None}]
    )
    assert (capability.permission, capability.capable, capability.reason) == (
        "read_vin",
        False,
        None,
    )
    item = {"body": {"distance": 12.5}, "headers": {"sc-unit-system": "metric"}}
    odometer = v2.select_named_tuple("odometer", item)
    assert isinstance(odometer, v2.Odometer)
    assert tuple(odometer) == (12.5, odometer.meta) and odometer.meta.unit_system == "metric"
    response = httpx2.Response(200, json={"id": "user-1"}, headers={"SC-Request-Id": "r"})
    user = v2.select_named_tuple("user", response)
    assert isinstance(user, v2.User) and user.id == "user-1" and user.meta.request_id == "r"
    assert v2.select_named_tuple("brand/thing", {"body": {"fooBar": 1}, "headers": {}}) == (1,)


# -- API_VERSION --------------------------------------------------------------------------------


def test_api_version_module_attribute_follows_and_sets_the_version() -> None:
    seen: list[httpx2.Request] = []
    transport = httpx2.MockTransport(
        lambda request: (seen.append(request), httpx2.Response(200, json={"vin": "V"}))[1]
    )
    saved = smartcar.smartcar.API_VERSION
    assert saved == smartcar.get_api_version() == "2.0"
    try:
        smartcar.set_api_version("1.0")
        assert smartcar.smartcar.API_VERSION == "1.0"
        smartcar.smartcar.API_VERSION = "2.0"  # restoring the saved value takes effect
        assert smartcar.get_api_version() == "2.0"
        smartcar.smartcar.API_VERSION = "1.0"
        smartcar.Vehicle("v", "t", transport=transport).vin()
        with pytest.raises(smartcar.InvalidInputError):
            smartcar.smartcar.API_VERSION = "two"
    finally:
        smartcar.smartcar.API_VERSION = saved
    smartcar.Vehicle("v", "t", transport=transport).vin()
    assert [r.url.path for r in seen] == ["/v1.0/vehicles/v/vin", "/v2.0/vehicles/v/vin"]
    assert smartcar.get_api_version() == "2.0"


# -- config, helpers, exception_factory ---------------------------------------------------------


def test_config_names_follow_the_environment_and_assignment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("SMARTCAR_AUTH_ORIGIN", raising=False)
    monkeypatch.setenv("SMARTCAR_API_ORIGIN", "http://127.0.0.1:9")
    assert smartcar.config.API_ORIGIN == "http://127.0.0.1:9"
    assert smartcar.config.AUTH_ORIGIN == "https://auth.smartcar.com/oauth/token"
    smartcar.config.MANAGEMENT_API_ORIGIN = "http://127.0.0.1:8"
    assert smartcar.config.MANAGEMENT_API_ORIGIN == "http://127.0.0.1:8"
    assert smartcar.Origins.resolve().management == "http://127.0.0.1:8"
    monkeypatch.delenv("SMARTCAR_MANAGEMENT_API_ORIGIN")
    assert smartcar.config.MANAGEMENT_API_ORIGIN == "https://management.smartcar.com"
    assert smartcar.config.VEHICLE_API_ORIGIN.startswith("https://vehicle.api.smartcar.com")


def test_helpers_behave(monkeypatch: pytest.MonkeyPatch) -> None:
    helpers = smartcar.helpers
    assert helpers.format_flag_query({"country": "DE", "tesla_auth": True}) == (
        "country:DE tesla_auth:true"
    )
    assert helpers.format_path_and_attribute_for_batch("/") == ("", "attributes")
    assert helpers.format_path_and_attribute_for_batch("/engine/oil") == (
        "engine/oil",
        "engine_oil",
    )
    assert helpers.format_path_and_attribute_for_batch("/charge/limit") == (
        "charge/limit",
        "get_charge_limit",
    )
    monkeypatch.delenv("E2E_SMARTCAR_CLIENT_ID", raising=False)
    with pytest.raises(smartcar.SmartcarException, match="E2E_SMARTCAR_CLIENT_ID"):
        helpers.validate_env("test")
    monkeypatch.setenv("SMARTCAR_CLIENT_ID", "id")
    monkeypatch.setenv("SMARTCAR_CLIENT_SECRET", "secret")
    helpers.validate_env()


@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
def test_helpers_requester_returns_the_response_or_raises_our_error() -> None:
    sim = Simulator()
    token = _token(sim)
    with SimulatorServer(sim) as server:
        url = f"{server.url}/v2.0/vehicles"
        ok = smartcar.helpers.requester("GET", url, headers={"Authorization": f"Bearer {token}"})
        assert ok.status_code == 200 and ok.json()["vehicles"] == sim.vehicle_ids
        with pytest.raises(smartcar.AuthenticationError) as caught:
            smartcar.helpers.requester("GET", url, headers={"Authorization": "Bearer wrong"})
    assert caught.value.status_code == 401


def test_exception_factory_builds_our_subclasses() -> None:
    error = smartcar.exception.exception_factory(
        409,
        {"Content-Type": "application/json", "SC-Request-Id": "req-9"},
        '{"type": "VEHICLE_STATE", "code": "DOOR_OPEN", "description": "A door is open."}',
    )
    assert isinstance(error, smartcar.VehicleStateError)
    assert (error.status_code, error.code, error.request_id) == (409, "DOOR_OPEN", "req-9")
    plain = smartcar.exception.exception_factory(502, {"Content-Type": "text/html"}, "<html>")
    assert isinstance(plain, smartcar.SmartcarException) and plain.status_code == 502


# -- 2. results are namedtuple-like -------------------------------------------------------------

READS = {
    "attributes": "Attributes",
    "vin": "Vin",
    "odometer": "Odometer",
    "location": "Location",
    "battery": "Battery",
    "battery_capacity": "BatteryCapacity",
    "nominal_capacity": "NominalCapcity",
    "charge": "Charge",
    "get_charge_limit": "ChargeLimit",
    "lock_status": "LockStatus",
    "tire_pressure": "TirePressure",
    "permissions": "Permissions",
    "service_history": "ServiceHistory",
    "diagnostic_system_status": "DiagnosticSystemStatus",
    "diagnostic_trouble_codes": "DiagnosticTroubleCodes",
    "lock": "Action",
    "disconnect": "Status",
}


def _check_tuple_protocol(result: Any, official: str) -> None:
    fields = OFFICIAL_FIELDS[official]
    values = tuple(getattr(result, name) for name in fields)
    assert result._fields == fields
    assert not isinstance(result, tuple)  # tuple-like: a documented difference
    assert result != tuple(result)
    assert len(result) == len(fields)
    assert tuple(result) == values  # unpacking order
    assert [result[i] for i in range(len(fields))] == list(values)
    assert result[-1] is values[-1] and result[:1] == values[:1]
    assert result._asdict() == dict(zip(fields, values, strict=True))
    assert list(result._asdict()) == list(fields)
    replaced = result._replace(**{fields[0]: "changed"})
    assert replaced[0] == "changed" and tuple(replaced)[1:] == values[1:]
    assert tuple(result) == values  # the original is unchanged
    with pytest.raises(ValueError, match="unexpected field"):
        result._replace(not_a_field=1)
    if "meta" in fields:
        assert isinstance(result.meta, tuple)
        assert result.meta._fields == ("data_age", "unit_system", "request_id", "fetched_at")


@pytest.mark.parametrize(("method", "official"), READS.items())
def test_results_follow_the_namedtuple_protocol(sim: Simulator, method: str, official: str) -> None:
    _check_tuple_protocol(getattr(_vehicle(sim), method)(), official)


@pytest.mark.parametrize(("method", "official"), READS.items())
def test_async_results_follow_the_namedtuple_protocol(
    sim: Simulator, method: str, official: str
) -> None:
    async def main() -> Any:
        vehicle = smartcar.AsyncVehicle(sim.vehicle_ids[0], _token(sim))
        return await getattr(vehicle, method)()

    _check_tuple_protocol(asyncio.run(main()), official)


def test_unpacking_renamed_fields(sim: Simulator) -> None:
    vehicle = _vehicle(sim)
    lock_status = vehicle.lock_status()
    for part, official in (
        ("doors", "Door"),
        ("windows", "Window"),
        ("sunroof", "Sunroof"),
        ("storage", "Storage"),
        ("charging_port", "ChargingPort"),
    ):
        for item in getattr(lock_status, part):
            assert isinstance(item, getattr(smartcar.v2_response, official))
            _check_tuple_protocol(item, official)
    door_type, door_status = lock_status.doors[0]
    assert (door_type, door_status) == (lock_status.doors[0].type, lock_status.doors[0].status)
    percent, range_, meta = vehicle.battery()
    assert range_ == vehicle.battery().range and isinstance(meta, tuple)
    assert vehicle.battery()._replace(range=1.5).range == 1.5
    capacities, _capacity, _url, _meta = vehicle.nominal_capacity()
    assert capacities == vehicle.nominal_capacity().available_capacities
    distance, (_data_age, unit_system, request_id, _fetched_at) = vehicle.odometer()
    assert unit_system == "metric" and request_id and isinstance(distance, float)
    assert percent == vehicle.battery().percent_remaining


def _nested_records(results: dict[str, Any]) -> list[tuple[Any, str]]:
    nominal = results["nominal_capacity"]
    found = [
        (results["permissions"].paging, "Paging"),
        (results["diagnostic_system_status"].systems[0], "DiagnosticSystem"),
        (results["diagnostic_trouble_codes"].active_codes[0], "DiagnosticTroubleCode"),
        (nominal.available_capacities[0], "AvailableCapacity"),
    ]
    if nominal.capacity is not None:
        found.append((nominal.capacity, "SelectedCapacity"))
    return found


NESTED_READS = (
    "permissions",
    "diagnostic_system_status",
    "diagnostic_trouble_codes",
    "nominal_capacity",
)


def test_nested_records_follow_the_namedtuple_protocol(sim: Simulator) -> None:
    vehicle = _vehicle(sim)
    results = {name: getattr(vehicle, name)() for name in NESTED_READS}
    token = _token(sim)
    vehicles = smartcar.get_vehicles(token)
    connections = smartcar.get_connections(DEFAULT_MANAGEMENT_TOKEN)
    compatibility = smartcar.get_compatibility("5YJSA1CN5DFP00101", ["read_odometer"])
    records = [
        *_nested_records(results),
        (vehicles.paging, "Paging"),
        (connections.paging, "PagingCursor"),
        (connections.connections[0], "Connection"),
        (compatibility.capabilities[0], "Capability"),
    ]
    for record, official in records:
        assert isinstance(record, getattr(smartcar.v2_response, official)), official
        _check_tuple_protocol(record, official)
    count, offset = vehicles.paging
    assert (count, offset) == (vehicles.paging.count, vehicles.paging.offset)
    deleted = smartcar.delete_connections(DEFAULT_MANAGEMENT_TOKEN, {"user_id": "no-such"})
    assert deleted.connections == []


def test_async_nested_records_follow_the_namedtuple_protocol(sim: Simulator) -> None:
    async def main() -> dict[str, Any]:
        vehicle = smartcar.AsyncVehicle(sim.vehicle_ids[0], _token(sim))
        return {name: await getattr(vehicle, name)() for name in NESTED_READS}

    for record, official in _nested_records(asyncio.run(main())):
        _check_tuple_protocol(record, official)


def test_batch_nested_records_follow_the_namedtuple_protocol(sim: Simulator) -> None:
    batch = _vehicle(sim).batch(["/security", "/permissions"])
    _check_tuple_protocol(batch.lock_status().doors[0], "Door")
    _check_tuple_protocol(batch.permissions().paging, "Paging")


def _check_service_records(history: Any) -> None:
    assert history.items
    for record in history.items:
        assert isinstance(record, smartcar.v2_response.ServiceRecord)
        # The official service history holds the JSON objects: indexed by the API's keys.
        assert record["odometerDistance"] == record.odometer_distance
        assert "serviceDate" in record and "nope" not in record
        assert record.get("nope", 1) == 1 and "serviceTasks" in list(record.keys())


def test_service_records_answer_their_json_keys(sim: Simulator) -> None:
    vehicle = _vehicle(sim)
    _check_service_records(vehicle.service_history())
    _check_service_records(vehicle.batch(["/service/history"]).service_history())

    async def main() -> Any:
        return await smartcar.AsyncVehicle(sim.vehicle_ids[0], _token(sim)).service_history()

    _check_service_records(asyncio.run(main()))


def test_module_function_results_follow_the_namedtuple_protocol(sim: Simulator) -> None:
    token = _token(sim)
    _check_tuple_protocol(smartcar.get_user(token), "User")
    _check_tuple_protocol(smartcar.get_vehicles(token), "Vehicles")
    _check_tuple_protocol(smartcar.get_connections(DEFAULT_MANAGEMENT_TOKEN), "GetConnections")
    compatibility = smartcar.get_compatibility("5YJSA1CN5DFP00101", ["read_odometer"])
    assert isinstance(compatibility, smartcar.v2_response.CompatibilityV2)
    _check_tuple_protocol(compatibility, "CompatibilityV2")


def test_compatibility_v1_for_api_version_1(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SMARTCAR_CLIENT_ID", "id")
    monkeypatch.setenv("SMARTCAR_CLIENT_SECRET", "secret")
    seen: list[httpx2.Request] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        seen.append(request)
        return httpx2.Response(200, json={"compatible": True})

    _http.set_transport_override(httpx2.MockTransport(handler))
    try:
        options = {"version": "1.0"}
        result = smartcar.get_compatibility("VIN", ["read_vin"], options=options)
        result_async = asyncio.run(
            smartcar.aio.get_compatibility("VIN", ["read_vin"], options=options)
        )
    finally:
        _http.set_transport_override(None)
    assert [r.url.path for r in seen] == ["/v1.0/compatibility"] * 2
    for compatibility in (result, result_async):
        assert isinstance(compatibility, smartcar.v2_response.CompatibilityV1)
        compatible, _meta = compatibility
        assert compatible is True and compatibility._fields == ("compatible", "meta")


def test_access_follows_the_namedtuple_protocol(sim: Simulator) -> None:
    client = smartcar.AuthClient()
    redirect = sim.authorize(client.get_auth_url(["read_odometer"]))
    access = client.exchange_code(parse_qs(urlsplit(redirect).query)["code"][0])
    fields = OFFICIAL_FIELDS["Access"]
    assert access._fields == fields and len(access) == 6
    access_token, token_type, expires_in, expiration, refresh_token, refresh_exp = access
    assert (access_token, refresh_token) == (access.access_token, access.refresh_token)
    assert isinstance(expiration, datetime) and isinstance(refresh_exp, datetime)
    assert (token_type, expires_in) == ("Bearer", access.expires_in)
    assert access[0] == access["access_token"] == access.access_token
    assert access._asdict()["expiration"] == access.expiration  # values, as a namedtuple
    assert list(access._asdict()) == list(fields)
    assert access._replace(token_type="x").token_type == "x"
    with pytest.raises(ValueError, match="unexpected field"):
        access._replace(nope=1)
    with pytest.raises(KeyError):
        access["nope"]


def test_batch_follows_the_namedtuple_protocol_and_carries_the_request_id(
    sim: Simulator,
) -> None:
    batch = _vehicle(sim).batch(["/odometer", "/engine/oil", "/"])
    assert batch._fields == ("odometer", "engine_oil", "attributes", "meta")
    assert len(batch) == 4
    odometer, _engine_oil, attributes, meta = batch
    assert isinstance(meta, tuple) and meta.request_id
    assert odometer().distance == batch.odometer().distance
    assert attributes().make
    assert batch[0]().distance == odometer().distance and batch[-1] is batch.meta
    assert list(batch._asdict()) == list(batch._fields)
    # Every item's meta carries the batch response's request id, as in the official SDK.
    assert odometer().meta.request_id == meta.request_id
    assert attributes().meta.request_id == meta.request_id
    assert batch["/odometer"].distance == odometer().distance  # by path, as before
    replaced = batch._replace(meta=meta._replace(request_id="other"))
    assert replaced.meta.request_id == "other" and batch.meta.request_id == meta.request_id


def test_batch_errors_without_their_own_request_id_carry_the_batch_one() -> None:
    body = {
        "responses": [
            {"path": "/odometer", "code": 200, "body": {"distance": 1.0}, "headers": {}},
            {
                "path": "/location",
                "code": 403,
                "body": {"type": "PERMISSION", "code": None, "description": "Denied."},
            },
        ]
    }
    transport = httpx2.MockTransport(
        lambda request: httpx2.Response(200, json=body, headers={"SC-Request-Id": "batch-1"})
    )
    batch = smartcar.Vehicle("v", "t", transport=transport).batch(["/odometer", "/location"])
    assert batch.odometer().meta.request_id == "batch-1"
    with pytest.raises(smartcar.PermissionDeniedError) as caught:
        batch.location()
    assert caught.value.request_id == "batch-1"


def test_async_batch_carries_the_request_id(sim: Simulator) -> None:
    async def main() -> Any:
        vehicle = smartcar.AsyncVehicle(sim.vehicle_ids[0], _token(sim))
        return await vehicle.batch(["/odometer"])

    batch = asyncio.run(main())
    (odometer, meta) = batch
    assert odometer().meta.request_id == meta.request_id is not None


# -- 4. shapes ----------------------------------------------------------------------------------


def test_v3_reads_answer_body_and_headers(sim: Simulator) -> None:
    vehicle = _vehicle(sim)
    signals = vehicle.get_signals()
    assert signals["body"]["data"][0]["id"] == signals.data[0].id
    assert signals["headers"]["sc-request-id"] == signals.response_meta.request_id
    assert signals.get("body") == signals["body"] and signals.get("other") is None
    code = signals.data[0].id
    signal = vehicle.get_signal(code)
    assert signal["body"]["data"]["id"] == code == signal.id
    assert signal["headers"]["SC-Request-Id"] == signal.response_meta.request_id
    v3_vehicle = smartcar.get_vehicle(_token(sim), sim.vehicle_ids[0])
    assert v3_vehicle["body"]["data"]["attributes"]["make"] == v3_vehicle.attributes.make
    assert "content-type" in v3_vehicle["headers"]


def test_async_v3_reads_answer_body_and_headers(sim: Simulator) -> None:
    async def main() -> tuple[Any, Any]:
        token = _token(sim)
        vehicle = smartcar.AsyncVehicle(sim.vehicle_ids[0], token)
        return await vehicle.get_signals(), await smartcar.aio.get_vehicle(
            token, sim.vehicle_ids[0]
        )

    signals, v3_vehicle = asyncio.run(main())
    assert signals["body"]["data"][0]["id"] == signals.data[0].id
    assert v3_vehicle["body"]["data"]["id"] == v3_vehicle.id
    assert v3_vehicle["headers"]["sc-request-id"] == v3_vehicle.response_meta.request_id


def test_v3_reads_send_the_unit_system(sim: Simulator) -> None:
    seen: list[httpx2.Request] = []
    vehicle = smartcar.Vehicle(
        sim.vehicle_ids[0],
        _token(sim),
        {"unit_system": "imperial"},
        transport=_recorder(sim, seen),
    )
    code = vehicle.get_signals().data[0].id
    vehicle.get_signal(code)
    vehicle.set_unit_system("metric")
    vehicle.get_signals()
    assert [r.headers.get("SC-Unit-System") for r in seen] == ["imperial", "imperial", "metric"]


def test_async_v3_reads_send_the_unit_system(sim: Simulator) -> None:
    seen: list[httpx2.Request] = []
    forward = SimulatorTransport(sim)

    async def handler(request: httpx2.Request) -> httpx2.Response:
        seen.append(request)
        return await forward.handle_async_request(request)

    async def main() -> None:
        vehicle = smartcar.AsyncVehicle(
            sim.vehicle_ids[0],
            _token(sim),
            {"unit_system": "imperial"},
            transport=httpx2.MockTransport(handler),
        )
        await vehicle.get_signals()

    asyncio.run(main())
    assert [r.headers.get("SC-Unit-System") for r in seen] == ["imperial"]


def _check_matrix(matrix: Any) -> None:
    makes = list(matrix)
    assert makes and makes == list(matrix.keys()) and len(matrix) == len(makes)
    make, models = next(iter(matrix.items()))
    assert matrix[make] == models == matrix.get(make) and make in matrix
    assert next(iter(matrix.values())) == models
    assert dict(matrix.items())[make] == models
    model = models[0]
    assert isinstance(model, smartcar.v2_response.CompatibilityMatrixModel)
    assert model._fields == OFFICIAL_FIELDS["CompatibilityMatrixModel"]
    assert (model.startYear, model.endYear) == (model.start_year, model.end_year)
    name, start, _end, _type, _endpoints, _permissions = model
    assert (name, start) == (model.model, model.startYear)
    assert matrix.get("NO SUCH MAKE") is None


def test_compatibility_matrix_is_a_mapping(sim: Simulator) -> None:
    _check_matrix(smartcar.get_compatibility_matrix("US"))


def test_async_compatibility_matrix_is_a_mapping(sim: Simulator) -> None:
    _check_matrix(asyncio.run(smartcar.aio.get_compatibility_matrix("US")))


def test_deleted_connections_have_connected_at(sim: Simulator) -> None:
    _token(sim)  # connects the vehicles
    deleted = smartcar.delete_connections(
        DEFAULT_MANAGEMENT_TOKEN, {"vehicle_id": sim.vehicle_ids[0]}
    )
    assert deleted.connections
    for connection in deleted.connections:
        assert connection.connected_at is None or isinstance(connection.connected_at, datetime)
        _check_tuple_protocol(connection, "Connection")


def test_deleted_connections_connected_at_is_none_when_absent_and_parsed_when_present() -> None:
    body = {
        "connections": [
            {"vehicleId": "v1", "userId": "u1"},
            {"vehicleId": "v2", "userId": "u2", "connectedAt": "2023-08-10T15:00:00.000Z"},
        ]
    }
    transport = httpx2.MockTransport(lambda request: httpx2.Response(200, json=body))
    api = smartcar.with_options(max_retries=0)
    _http.set_transport_override(transport)
    try:
        deleted = api.delete_connections("amt", {"user_id": "u1"})

        async def main() -> Any:
            return await smartcar.aio.delete_connections("amt", {"user_id": "u1"})

        deleted_async = asyncio.run(main())
    finally:
        _http.set_transport_override(None)
    for result in (deleted, deleted_async):
        absent, present = result.connections
        assert absent.connected_at is None
        assert isinstance(present.connected_at, datetime) and present.connected_at.year == 2023
