"""Behaviour that code written for the official smartcar 6.19.1 relies on.

Each test follows what the official package's own end-to-end tests and README quick start do,
against the in-process simulator: the arguments they pass, the error messages they compare, and
the test-mode vehicles they log in to (a Chevrolet Volt, a Ford that can charge, a BMW).
"""

from __future__ import annotations

import asyncio
import warnings
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlparse

import httpx2
import pytest

import smartcar
from smartcar import _http
from smartcar._core.errors import error_from_response
from smartcar.testing import (
    DEFAULT_CLIENT_ID,
    DEFAULT_CLIENT_SECRET,
    DEFAULT_MANAGEMENT_TOKEN,
    DEFAULT_REDIRECT_URI,
    Simulator,
    SimulatorTransport,
)

from .._helpers import assert_attributed_here

# The permissions the official end-to-end tests ask for, "required:" prefixes included.
E2E_SCOPE = [
    "required:read_vehicle_info",
    "required:read_location",
    "required:read_odometer",
    "required:control_security",
    "required:read_vin",
    "required:read_fuel",
    "required:read_battery",
    "read_charge",
    "required:read_engine_oil",
    "required:read_tires",
    "required:read_security",
]
AUTHENTICATION_MESSAGE = (
    "AUTHENTICATION - The authorization header is missing or malformed, or it contains invalid "
    "or expired authentication credentials. Please check for missing parameters, spelling and "
    "casing mistakes, and other syntax issues."
)


@pytest.fixture
def sim(monkeypatch: pytest.MonkeyPatch) -> Iterator[Simulator]:
    """A simulator that every SDK call reaches, with the SMARTCAR_* variables set for it."""
    for name in (
        "SMARTCAR_API_ORIGIN",
        "SMARTCAR_AUTH_ORIGIN",
        "SMARTCAR_CONNECT_ORIGIN",
        "SMARTCAR_MANAGEMENT_API_ORIGIN",
        "SMARTCAR_VEHICLE_API_V3_ORIGIN",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SMARTCAR_CLIENT_ID", DEFAULT_CLIENT_ID)
    monkeypatch.setenv("SMARTCAR_CLIENT_SECRET", DEFAULT_CLIENT_SECRET)
    monkeypatch.setenv("SMARTCAR_REDIRECT_URI", DEFAULT_REDIRECT_URI)
    simulator = Simulator()
    _http.set_transport_override(SimulatorTransport(simulator))
    try:
        yield simulator
    finally:
        _http.set_transport_override(None)


def official_client() -> smartcar.AuthClient:
    # The official conftest: AuthClient(id, secret, redirect_uri, True, "test"). test_mode is
    # deprecated there too.
    with pytest.warns(DeprecationWarning, match="test_mode"):
        return smartcar.AuthClient(
            DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, DEFAULT_REDIRECT_URI, True, "test"
        )


def login(sim: Simulator, scope: list[str], brand: str = "CHEVROLET") -> smartcar.Access:
    """The official e2e login: Connect with one brand, then exchange_code(parse_qs(...)["code"])."""
    client = official_client()
    auth_url = client.get_auth_url(scope, {"make_bypass": brand})
    redirect = sim.authorize(auth_url)
    code = parse_qs(urlparse(redirect).query)["code"]  # a one-element list, passed as is
    return client.exchange_code(code)


# -- §3: what the official package accepts -------------------------------------------------------


def test_exchange_code_takes_the_list_parse_qs_returns(sim: Simulator) -> None:
    access = login(sim, E2E_SCOPE)
    assert smartcar.get_vehicles(access.access_token).vehicles


def test_exchange_code_takes_a_one_element_tuple_async(sim: Simulator) -> None:
    redirect = sim.authorize(official_client().get_auth_url(["read_odometer"]))
    code = tuple(parse_qs(urlparse(redirect).query)["code"])

    async def run() -> smartcar.Access:
        async with smartcar.AsyncAuthClient() as client:
            return await client.exchange_code(code)

    assert asyncio.run(run()).access_token


@pytest.mark.parametrize("code", [[], ["a", "b"]])
def test_exchange_code_refuses_other_lists(sim: Simulator, code: list[str]) -> None:
    with pytest.raises(smartcar.InvalidInputError, match="one-element list"):
        official_client().exchange_code(code)  # type: ignore[arg-type]


def test_unknown_option_keys_warn_and_are_ignored(sim: Simulator) -> None:
    access = login(sim, E2E_SCOPE)
    client = official_client()
    # The official e2e test_refresh_code_with_flag passes exactly this.
    with pytest.warns(UserWarning, match=r"test_flag") as caught:
        refreshed = client.exchange_refresh_token(access.refresh_token, {"test_flag": True})
    assert refreshed.refresh_token != access.refresh_token
    assert_attributed_here(caught[0], __file__)
    with pytest.warns(UserWarning, match="bogus"):
        assert "bogus" not in client.get_auth_url(["read_odometer"], {"bogus": 1})
    with pytest.warns(UserWarning, match="bogus"):
        vehicle = smartcar.Vehicle(sim.vehicle_ids[2], refreshed.access_token, {"bogus": 1})
    assert vehicle.odometer().distance > 0
    # The official e2e test passes "mode" where get_compatibility reads "test_mode"; here "mode"
    # is known, so use a truly unknown key.
    with pytest.warns(UserWarning, match="colour"):
        compatible = smartcar.get_compatibility(
            "1N4AZ1CP5KC300102", ["read_odometer"], options={"colour": "red"}
        )
    assert compatible.compatible is True


def test_unknown_option_keys_warn_in_async_calls(sim: Simulator) -> None:
    access = login(sim, ["read_odometer"])

    async def run() -> smartcar.Access:
        async with smartcar.AsyncAuthClient() as client:
            return await client.exchange_refresh_token(access.refresh_token, {"test_flag": 1})

    with pytest.warns(UserWarning, match="test_flag"):
        assert asyncio.run(run()).access_token


def test_filters_and_paging_stay_strict(sim: Simulator) -> None:
    # A dropped filter key would widen a deletion: these still fail before any request.
    with pytest.raises(smartcar.InvalidInputError, match="vehicleId"):
        smartcar.delete_connections(DEFAULT_MANAGEMENT_TOKEN, {"vehicleId": "x"})


def test_missing_credentials_keep_the_official_messages(
    sim: Simulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SMARTCAR_CLIENT_ID")
    monkeypatch.delenv("SMARTCAR_CLIENT_SECRET")
    with pytest.raises(smartcar.ConfigurationError) as without_options:
        smartcar.get_compatibility("1N4AZ1CP5KC300102", scope=["read_vehicle_info"])
    # The official e2e test compares args exactly.
    assert without_options.value.args == (
        '"SMARTCAR_CLIENT_ID" and "SMARTCAR_CLIENT_SECRET" environment variables must be set',
    )
    with pytest.raises(smartcar.ConfigurationError) as with_options:
        smartcar.get_compatibility(
            "1N4AZ1CP5KC300102", ["read_vehicle_info"], options={"version": "2.0"}
        )
    assert str(with_options.value).startswith(
        "'get_compatibility' requires a client_id AND client_secret. Either set these as "
        "environment variables, OR pass them in as part of the 'options'dictionary."
    )
    assert isinstance(with_options.value, smartcar.SmartcarException)


# -- §3: error messages in the official format of each family ------------------------------------


def test_v2_message_is_type_code_description(sim: Simulator) -> None:
    with pytest.raises(smartcar.AuthenticationError) as bad_token:
        smartcar.get_user("THIS_SHOULD_NOT_WORK")
    assert bad_token.value.message == AUTHENTICATION_MESSAGE
    assert bad_token.value.resolution == {"type": None, "url": None}
    access = login(sim, ["read_vehicle_info"])
    vehicle = smartcar.Vehicle(sim.vehicle_ids[2], access.access_token)
    with pytest.raises(smartcar.PermissionDeniedError) as denied:
        vehicle.odometer()
    assert denied.value.message.startswith("PERMISSION - ")  # no ":code" without a code
    sim.fail_next("VEHICLE_STATE:ASLEEP")
    with pytest.raises(smartcar.VehicleStateError) as asleep:
        vehicle.attributes()
    assert asleep.value.message == (
        "VEHICLE_STATE:ASLEEP - The vehicle is in a sleep state and temporarily unable to "
        "perform your request."
    )


def test_request_with_an_overriding_authorization_header(sim: Simulator) -> None:
    # The official e2e test_request_override_header compares this message exactly.
    access = login(sim, E2E_SCOPE)
    vehicle = smartcar.Vehicle(sim.vehicle_ids[2], access.access_token)
    headers = {"sc-unit-system": "imperial", "Authorization": "Bearer abc"}
    with pytest.raises(smartcar.SmartcarException) as caught:
        vehicle.request("GET", "odometer", None, headers)
    assert caught.value.message == AUTHENTICATION_MESSAGE


def test_v1_message_is_the_body_message(sim: Simulator) -> None:
    access = login(sim, ["read_odometer"])
    sim.fail_next("V1:vehicle_state_error")
    with pytest.raises(smartcar.VehicleStateError) as caught:
        smartcar.Vehicle(sim.vehicle_ids[2], access.access_token).odometer()
    assert caught.value.message == "Vehicle state cannot be determined."
    assert caught.value.code == "VS_000"


def test_oauth_message_is_the_error_description_with_the_code_redacted(sim: Simulator) -> None:
    client = official_client()
    with pytest.raises(smartcar.OAuthError) as bad_refresh:
        client.exchange_refresh_token("THIS_SHOULD_NOT_WORK")
    assert bad_refresh.value.status_code == 400
    # The official message is "Invalid refresh_token: THIS_SHOULD_NOT_WORK."; this SDK blanks
    # out the credential it sent, as the README's migration section says.
    assert bad_refresh.value.message == "Invalid refresh_token: [REDACTED]."
    with pytest.raises(smartcar.OAuthError) as bad_code:
        client.exchange_code("THIS_SHOULD_NOT_WORK")
    assert bad_code.value.message == "Invalid code: [REDACTED]."
    assert bad_code.value.type == "invalid_request"


def test_non_json_and_unparsable_bodies_keep_the_body_as_message() -> None:
    # The official tests test_non_json_exception and test_json_cant_be_parsed.
    plain = error_from_response(502, {"Content-Type": "text/plain"}, b"Yay")
    assert plain.message == "Yay" and plain.status_code == 502
    broken = error_from_response(500, {"Content-Type": "application/json"}, b"diggity")
    assert broken.message == "diggity" and broken.type == "SDK_ERROR"
    empty = error_from_response(504, {}, b"")
    assert empty.message == "HTTP 504 with an empty body"


def test_html_page_of_a_proxy(sim: Simulator) -> None:
    access = login(sim, ["read_odometer"])
    sim.fail_next("HTML:502")
    vehicle = smartcar.Vehicle(sim.vehicle_ids[2], access.access_token, max_retries=0)
    with pytest.raises(smartcar.UpstreamError) as caught:
        vehicle.odometer()
    assert caught.value.message.startswith("<html>")
    assert "502 Bad Gateway" in caught.value.message


# -- §5: the simulator answers as the real API does ----------------------------------------------


def test_trailing_slashes_are_accepted(sim: Simulator) -> None:
    token = sim.issue_token()["access_token"]
    amt = smartcar.get_management_token(DEFAULT_MANAGEMENT_TOKEN)
    with httpx2.Client(transport=SimulatorTransport(sim)) as client:
        attributes = client.get(
            f"https://api.smartcar.com/v2.0/vehicles/{sim.vehicle_ids[0]}/",
            headers={"Authorization": f"Bearer {token}"},
        )
        assert attributes.status_code == 200 and attributes.json()["make"] == "TESLA"
        connections = client.get(
            "https://management.smartcar.com/v2.0/management/connections/",
            headers={"Authorization": f"Basic {amt}"},
        )
        assert connections.status_code == 200
        assert len(connections.json()["connections"]) == len(sim.vehicle_ids)


def test_unknown_vehicle_id_is_a_validation_error_naming_it(sim: Simulator) -> None:
    # The official e2e test_vehicle_state_error: Vehicle("bad_id", token).attributes().
    access = login(sim, E2E_SCOPE)
    with pytest.raises(smartcar.ValidationError) as caught:
        smartcar.Vehicle("bad_id", access.access_token).attributes()
    error = caught.value
    assert error.status_code == 400 and error.type == "VALIDATION"
    assert error.resolution == {"type": None, "url": None}
    assert error.message.startswith("VALIDATION - Request invalid or malformed.")
    assert "bad_id" in error.message


def test_unknown_vehicle_id_async(sim: Simulator) -> None:
    token = sim.issue_token()["access_token"]

    async def run() -> None:
        async with smartcar.AsyncVehicle("no-such-vehicle", token) as vehicle:
            await vehicle.odometer()

    with pytest.raises(smartcar.ValidationError, match="no-such-vehicle"):
        asyncio.run(run())


def test_api_v1_errors_through_the_sdk(sim: Simulator) -> None:
    # The official e2e tests test_vehicle_state_error_v1 and test_out_of_permission_scope_v1.
    access = login(sim, ["required:read_charge"], "FORD")
    with pytest.raises(smartcar.ValidationError) as unknown:
        smartcar.Vehicle("bad_id", access.access_token, {"version": "1.0"}).attributes()
    assert unknown.value.type == "validation_error" and unknown.value.resolution is None
    (ford,) = smartcar.get_vehicles(access.access_token).vehicles
    smartcar.set_api_version("1.0")
    try:
        with pytest.raises(smartcar.PermissionDeniedError) as denied:
            smartcar.Vehicle(ford, access.access_token).odometer()
    finally:
        smartcar.set_api_version("2.0")
    assert (denied.value.status_code, denied.value.code) == (403, None)
    assert denied.value.message == "Insufficient permissions to access requested resource."

    async def run() -> None:
        async with smartcar.AsyncVehicle(ford, access.access_token, {"version": "1.0"}) as v:
            await v.odometer()

    with pytest.raises(smartcar.PermissionDeniedError, match="Insufficient permissions"):
        asyncio.run(run())


def test_compatibility_of_test_mode(sim: Simulator) -> None:
    # The official e2e tests of get_compatibility: a test VIN, a level, and a missing level.
    test_vin = smartcar.get_compatibility(
        "0SCGMCT0386A85356", ["read_odometer", "read_fuel"], "US", {"version": "2.0"}
    )
    assert (test_vin.compatible, test_vin.reason) == (True, None)
    assert [(c.permission, c.endpoint, c.capable, c.reason) for c in test_vin.capabilities] == [
        ("read_odometer", "/odometer", True, None),
        ("read_fuel", "/fuel", False, "VEHICLE_NOT_CAPABLE"),
    ]
    level = {"test_mode_compatibility_level": "compatible"}
    compatible = smartcar.get_compatibility("WAUAFAFL1GN014882", ["read_odometer"], options=level)
    assert compatible.compatible is True and compatible.capabilities[0].capable is True
    incompatible = smartcar.get_compatibility(
        "WAUAFAFL1GN014882",
        ["read_odometer"],
        options={"test_mode_compatibility_level": "incompatible"},
    )
    assert (incompatible.compatible, incompatible.reason) == (False, "VEHICLE_NOT_COMPATIBLE")
    with pytest.raises(smartcar.ValidationError) as no_level:
        smartcar.get_compatibility(
            "WAUAFAFL1GN014882", ["read_vehicle_info"], options={"test_mode": True}
        )
    assert no_level.value.detail == [
        {
            "field": "test_mode_compatibility_level",
            "message": "Field must be one of: [compatible,phev,incompatible,fuel,dinosaur,bev]",
        }
    ]


def test_chevrolet_volt_of_test_mode(sim: Simulator) -> None:
    access = login(sim, E2E_SCOPE, "CHEVROLET")
    vehicles = smartcar.get_vehicles(access.access_token)
    assert len(vehicles.vehicles) == 1
    assert len(smartcar.get_vehicles(access.access_token, {"limit": 1, "offset": 1}).vehicles) == 0
    volt = smartcar.Vehicle(vehicles.vehicles[0], access.access_token)
    info = volt.attributes()
    assert (info.make, info.model) == ("CHEVROLET", "Volt")
    assert volt.permissions({"limit": 1, "offset": 1}).paging.count == len(E2E_SCOPE)
    # A plug-in hybrid: it reports both its battery and its fuel tank.
    assert 0 < volt.battery().percent_remaining <= 1
    assert volt.battery_capacity().capacity > 0
    assert volt.charge().is_plugged_in is not None
    assert 0 < volt.fuel().percent_remaining <= 1
    assert 0 < volt.engine_oil().life_remaining <= 1
    assert volt.tire_pressure().front_left > 0
    assert volt.lock().status == "success" and volt.unlock().status == "success"
    batch = volt.batch(
        ["/odometer", "/location", "/charge/limit", "/engine/oil", "/tires/pressure"]
    )
    assert batch.get_charge_limit().limit is not None
    assert batch.engine_oil().life_remaining is not None
    assert volt.disconnect().status == "success"


def test_ford_of_test_mode_can_charge(sim: Simulator) -> None:
    scope = ["required:read_charge", "required:control_charge", "control_navigation"]
    access = login(sim, scope, "FORD")
    ids = smartcar.get_vehicles(access.access_token).vehicles
    ford = smartcar.Vehicle(ids[0], access.access_token)
    assert sim.state(ids[0]).make == "FORD"
    assert ford.get_charge_limit().limit is not None
    assert ford.start_charge().status == "success"
    assert ford.charge().state == "CHARGING"
    assert ford.stop_charge().status == "success"
    assert ford.set_charge_limit(0.7).status == "success"
    assert ford.send_destination(40.748817, -73.985428).status == "success"


def test_ford_login_selects_the_ford(sim: Simulator) -> None:
    access = login(sim, ["read_charge"], "FORD")
    (ford,) = smartcar.get_vehicles(access.access_token).vehicles
    assert sim.state(ford).model == "Mustang Mach-E"


def test_bmw_of_test_mode_for_the_management_api(sim: Simulator) -> None:
    access = login(sim, ["required:read_odometer"], "BMW")
    (bmw,) = smartcar.get_vehicles(access.access_token).vehicles
    assert sim.state(bmw).make == "BMW"
    assert smartcar.Vehicle(bmw, access.access_token).odometer().distance > 0
    listed = smartcar.get_connections(DEFAULT_MANAGEMENT_TOKEN, {"vehicle_id": bmw}, {})
    assert len(listed.connections) == 1
    deleted = smartcar.delete_connections(DEFAULT_MANAGEMENT_TOKEN, {"vehicle_id": bmw})
    assert len(deleted.connections) == 1


# -- §6: the official README's quick start -------------------------------------------------------


def test_official_quick_start_runs_against_the_simulator(
    sim: Simulator, capsys: pytest.CaptureFixture[str]
) -> None:
    """The official README's quick start, call for call, with its placeholders filled in.

    Only the values the README leaves to the reader are supplied: the three SMARTCAR_*
    variables (set by the fixture), the scopes, the authorization code the redirect carries,
    and a database for the fresh-access helper.
    """
    database: dict[str, Any] = {}
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the quick start must not need a single warning
        client = smartcar.AuthClient()
        scopes = ["read_vehicle_info", "read_odometer", "read_location"]
        auth_url = client.get_auth_url(scopes)
        client.get_auth_url(options={"force_prompt": True})

        # The user approves in Connect; the redirect carries ?code=...
        authorization_code = parse_qs(urlparse(sim.authorize(auth_url)).query)["code"][0]
        access_object = client.exchange_code(authorization_code)
        database["access"] = access_object

        def get_fresh_access() -> Any:
            access = database["access"]
            new_access = client.exchange_refresh_token(access["refresh_token"])
            database["access"] = new_access
            return new_access

        fresh_access_token = get_fresh_access()["access_token"]

        vehicles = smartcar.get_vehicles(fresh_access_token)
        print(vehicles.vehicles)
        vehicle_id = vehicles.vehicles[0]

        vehicle = smartcar.Vehicle(vehicle_id, fresh_access_token)
        odometer = vehicle.odometer()
        print(odometer.distance)
        info = vehicle.info()
        print(info.make)
        print(info.model)
        batch = vehicle.batch(paths=["/location"])
        location = batch.location()
        print(location)
    out = capsys.readouterr().out.splitlines()
    assert out[0] == str(sim.vehicle_ids)
    assert out[1:4] == ["104032.0", "TESLA", "Model 3"]
    assert "37.4292" in out[4]


# -- §6: the README's migration table, row by row where no other test covers it ----------------


def test_migration_recipes(sim: Simulator) -> None:
    token = sim.issue_token()["access_token"]
    # "warnings.filterwarnings(...)" silences exactly the unknown-key warning.
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        warnings.filterwarnings("ignore", "options has unknown keys")
        smartcar.Vehicle(sim.vehicle_ids[0], token, {"unit": "imperial"})
    # Bad arguments: a ValueError, though not exactly one.
    vehicle = smartcar.Vehicle(sim.vehicle_ids[0], token)
    with pytest.raises(ValueError) as bad_units:
        vehicle.set_unit_system("ImPeriMEtric")
    assert type(bad_units.value) is not ValueError
    assert isinstance(bad_units.value, smartcar.SmartcarException)
    # Every attribute is there, resolution None when the API sent none (v1.0 errors): the
    # eleven official ones, and the response's headers and body.
    sim.fail_next("V1:vehicle_state_error")
    with pytest.raises(smartcar.SmartcarException) as v1:
        vehicle.odometer()
    assert v1.value.resolution is None and len(v1.value.__dict__) == 13
    assert v1.value.headers is not None and v1.value.body is not None
    assert isinstance(v1.value.__cause__, smartcar.exceptions.RedactedCause)
    # Service records are typed: the attribute, not the API's key.
    item = smartcar.Vehicle(sim.vehicle_ids[3], token).service_history().items[0]
    assert item.odometer_distance > 0
    # The official private helpers do not exist; the two private attributes its tests set do.
    assert not hasattr(vehicle, "_get_headers") and not hasattr(vehicle, "_format_url")
    assert not hasattr(smartcar.auth_client, "_set_expiration")
    vehicle._unit_system = "imperial"
    assert vehicle.odometer().meta.unit_system == "imperial"
    assert vehicle.unit_system == "imperial"


def test_exception_factory_accepts_header_values_that_are_not_text() -> None:
    # Code written for the official package builds headers by hand, numbers included.
    from smartcar.exception import exception_factory

    error = exception_factory(
        429,
        {"Retry-After": 5000, "Content-Type": "application/json"},
        '{"statusCode":429,"type":"RATE_LIMIT","code":"Vehicle","requestId":"r-1",'
        '"suggestedUserMessage":"Please try again later."}',
    )
    assert isinstance(error, smartcar.RateLimitError)
    assert (error.retry_after, error.request_id) == (5000, "r-1")
    assert error.suggested_user_message == "Please try again later."
