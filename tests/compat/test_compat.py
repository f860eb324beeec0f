"""Drop-in compatibility with the official SDK, and the fixes of its known defects."""

from __future__ import annotations

import json
import platform
import re
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx2
import pytest

import smartcar
from smartcar import types


def _recording_transport(seen: list[httpx2.Request], body: Any = None) -> httpx2.MockTransport:
    def handler(request: httpx2.Request) -> httpx2.Response:
        seen.append(request)
        return httpx2.Response(200, json=body if body is not None else {"distance": 1.0})

    return httpx2.MockTransport(handler)


# -- AuthClient ---------------------------------------------------------------------------------


def _client(**kwargs: Any) -> smartcar.AuthClient:
    return smartcar.AuthClient("cid", "secret", "https://example.com/exchange", **kwargs)


def test_auth_url_matches_the_official_query_string() -> None:
    url = _client().get_auth_url(
        ["required:read_odometer", "read_vehicle_info", "read_location"],
        {
            "force_prompt": True,
            "state": "0facda3319",
            "make_bypass": "TESLA",
            "single_select": {"vin": "5YJSA1CN5DFP00101"},
            "flags": {"country": "US", "tesla_auth": True},
            "user": "usr_1234",
        },
    )
    assert url == (
        "https://connect.smartcar.com/oauth/authorize?response_type=code&client_id=cid"
        "&approval_prompt=force&mode=live&redirect_uri=https%3A%2F%2Fexample.com%2Fexchange"
        "&scope=required%3Aread_odometer+read_vehicle_info+read_location&state=0facda3319"
        "&make=TESLA&single_select_vin=5YJSA1CN5DFP00101&single_select=true"
        "&flags=country%3AUS+tesla_auth%3Atrue&user=usr_1234"
    )


@pytest.mark.parametrize(
    ("single_select", "expected"),
    [(True, "true"), (False, "false"), ({"enabled": True}, "true"), ({"enabled": False}, "false")],
)
def test_auth_url_single_select(single_select: Any, expected: str) -> None:
    query = dict(
        parse_qsl(urlsplit(_client().get_auth_url(options={"single_select": single_select})).query)
    )
    assert query["single_select"] == expected
    assert "single_select_vin" not in query


def test_auth_url_defaults_and_modes() -> None:
    query = dict(parse_qsl(urlsplit(_client(mode="simulated").get_auth_url()).query))
    assert query == {
        "response_type": "code",
        "client_id": "cid",
        "approval_prompt": "auto",
        "mode": "simulated",
        "redirect_uri": "https://example.com/exchange",
    }
    with pytest.warns(DeprecationWarning):
        legacy = _client(test_mode=True)
    assert legacy.mode == "test"


def test_auth_client_reads_the_environment_and_names_missing_variables(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SMARTCAR_CLIENT_ID", "env-id")
    monkeypatch.delenv("SMARTCAR_CLIENT_SECRET", raising=False)
    with pytest.raises(smartcar.ConfigurationError, match="SMARTCAR_CLIENT_SECRET"):
        smartcar.AuthClient()
    monkeypatch.setenv("SMARTCAR_CLIENT_SECRET", "env-secret")
    monkeypatch.setenv("SMARTCAR_REDIRECT_URI", "https://app/cb")
    client = smartcar.AuthClient()
    assert (client.client_id, client.redirect_uri) == ("env-id", "https://app/cb")
    assert smartcar.AuthClient(client_id="explicit").client_id == "explicit"  # explicit wins


def test_token_exchange_sends_basic_auth_form_and_flags() -> None:
    seen: list[httpx2.Request] = []
    body = {"access_token": "a", "token_type": "Bearer", "expires_in": 7200, "refresh_token": "r"}
    client = _client(transport=_recording_transport(seen, body))
    before = datetime.now(UTC)
    access = client.exchange_code("the-code", {"flags": {"country": "DE"}})
    request = seen[0]
    assert request.url.path == "/oauth/token"
    assert request.url.params["flags"] == "country:DE"
    assert request.headers["Authorization"].startswith("Basic ")
    assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    form = dict(parse_qsl(request.content.decode()))
    assert form == {
        "grant_type": "authorization_code",
        "code": "the-code",
        "redirect_uri": "https://example.com/exchange",
    }
    assert (
        before + timedelta(seconds=7199)
        <= access.expiration
        <= datetime.now(UTC) + timedelta(seconds=7200)
    )
    assert access.refresh_expiration - access.expiration == timedelta(days=60) - timedelta(
        seconds=7200
    )


# -- Access -----------------------------------------------------------------------------------


def test_access_item_access_and_json_round_trip() -> None:
    token = types.models.TokenResponse(
        access_token="secret-access",
        token_type="Bearer",
        expires_in=7200,
        refresh_token="secret-refresh",
    )
    access = types.Access.from_token_response(token)
    assert access["refresh_token"] == "secret-refresh" and access["expires_in"] == 7200
    with pytest.raises(KeyError):
        access["nope"]
    stored = json.dumps(access.to_dict())  # JSON-safe
    again = types.Access.from_dict(json.loads(stored))
    assert again == access
    assert again.expiration.tzinfo is not None
    assert dict(access)["token_type"] == "Bearer"
    assert not access.is_expired() and not access.is_refresh_expired()
    assert access.is_expired(now=access.expiration)
    assert access.is_expired(leeway=7300)
    assert "secret" not in repr(access)


# -- Vehicle fixes ------------------------------------------------------------------------------


def test_request_does_not_share_headers_between_vehicles() -> None:
    seen: list[httpx2.Request] = []
    transport = _recording_transport(seen)
    first = smartcar.Vehicle("v1", "token-one", transport=transport)
    second = smartcar.Vehicle("v2", "token-two", transport=transport)
    first.request("GET", "odometer")
    second.request("GET", "odometer")
    first.request("GET", "tesla/compass", headers={"Authorization": "Bearer amt"})
    second.request("GET", "odometer")
    assert [r.headers["Authorization"] for r in seen] == [
        "Bearer token-one",
        "Bearer token-two",
        "Bearer amt",
        "Bearer token-two",
    ]


def test_set_unit_system_accepts_both_and_rejects_others() -> None:
    vehicle = smartcar.Vehicle("v1", "token")
    vehicle.set_unit_system("Imperial")
    assert vehicle.unit_system == "imperial"
    vehicle.set_unit_system("metric")
    assert vehicle.unit_system == "metric"
    with pytest.raises(smartcar.InvalidInputError, match="metric, imperial"):
        vehicle.set_unit_system("kelvin")


def test_vehicle_flags_and_version_reach_the_request() -> None:
    seen: list[httpx2.Request] = []
    vehicle = smartcar.Vehicle(
        "v1",
        "tok",
        {"flags": {"beta": True}, "version": "1.0"},
        transport=_recording_transport(seen),
    )
    vehicle.odometer()
    assert seen[0].url.path == "/v1.0/vehicles/v1/odometer"
    assert seen[0].url.params["flags"] == "beta:true"


def test_set_api_version_applies_to_vehicles_created_later() -> None:
    seen: list[httpx2.Request] = []
    try:
        smartcar.set_api_version("1.0")
        assert smartcar.get_api_version() == "1.0"
        smartcar.Vehicle("v1", "tok", transport=_recording_transport(seen)).odometer()
    finally:
        smartcar.set_api_version("2.0")
    assert seen[0].url.path.startswith("/v1.0/")
    with pytest.raises(smartcar.InvalidInputError):
        smartcar.set_api_version("two")


# -- configuration ------------------------------------------------------------------------------


def test_origins_are_read_when_objects_are_created_not_at_import(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[httpx2.Request] = []
    monkeypatch.setenv("SMARTCAR_API_ORIGIN", "https://api.example.test/")
    monkeypatch.setenv("SMARTCAR_AUTH_ORIGIN", "https://auth.example.test/oauth/token")
    monkeypatch.setenv("SMARTCAR_CONNECT_ORIGIN", "https://connect.example.test")
    vehicle = smartcar.Vehicle("v1", "tok", transport=_recording_transport(seen))
    vehicle.odometer()
    assert str(seen[0].url).startswith("https://api.example.test/v2.0/vehicles/v1/odometer")
    origins = smartcar.Origins.resolve()
    assert origins.token_url == "https://auth.example.test/oauth/token"  # full URL accepted
    assert _client().get_auth_url().startswith("https://connect.example.test/oauth/authorize?")
    explicit = smartcar.Origins.resolve(api="https://explicit.test")
    assert explicit.api == "https://explicit.test"  # explicit wins over the environment


def test_module_functions_read_the_environment_on_each_call(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[httpx2.Request] = []
    from smartcar import _http

    _http.set_transport_override(_recording_transport(seen, {"id": "u1"}))
    try:
        monkeypatch.setenv("SMARTCAR_API_ORIGIN", "https://one.test")
        smartcar.get_user("tok")
        monkeypatch.setenv("SMARTCAR_API_ORIGIN", "https://two.test")
        smartcar.get_user("tok")
    finally:
        _http.set_transport_override(None)
    assert [r.url.host for r in seen] == ["one.test", "two.test"]


def test_user_agent() -> None:
    seen: list[httpx2.Request] = []
    smartcar.Vehicle("v1", "tok", transport=_recording_transport(seen)).odometer()
    agent = seen[0].headers["User-Agent"]
    assert re.fullmatch(r"Smartcar/\S+ \(\S+; \S+\) Python v\d+\.\d+\.\d+", agent), agent
    assert agent.startswith(f"Smartcar/{smartcar.__version__} ({platform.system()}; ")


# -- module-level helpers ------------------------------------------------------------------------


def test_management_token_and_official_import_paths() -> None:
    import importlib

    assert smartcar.get_management_token("amt") == "ZGVmYXVsdDphbXQ="  # base64("default:amt")
    assert smartcar.get_management_token("amt", "other") == "b3RoZXI6YW10"
    exception_module = importlib.import_module("smartcar.exception")
    functions_module = importlib.import_module("smartcar.smartcar")
    assert exception_module.SmartcarException is smartcar.SmartcarException
    assert functions_module.get_vehicles is smartcar.get_vehicles
    # smartcar.smartcar re-exports the functions the core binds: the very same objects.
    assert functions_module.get_user is smartcar.get_user
    for name in functions_module.__all__:
        assert getattr(functions_module, name) is getattr(smartcar, name), name


def test_delete_connections_needs_exactly_one_filter() -> None:
    with pytest.raises(smartcar.InvalidInputError):
        smartcar.delete_connections("amt", {"user_id": "u", "vehicle_id": "v"})
    with pytest.raises(smartcar.InvalidInputError):
        smartcar.delete_connections("amt", {})


def test_compatibility_needs_client_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SMARTCAR_CLIENT_ID", raising=False)
    monkeypatch.delenv("SMARTCAR_CLIENT_SECRET", raising=False)
    with pytest.raises(smartcar.ConfigurationError, match="SMARTCAR_CLIENT_ID"):
        smartcar.get_compatibility("VIN", ["read_odometer"])


def test_every_official_name_is_exported_at_the_top_level() -> None:
    for name in (
        "AuthClient", "Vehicle", "SmartcarException", "get_user", "get_vehicles",
        "get_compatibility", "get_compatibility_matrix", "get_vehicle", "get_connections",
        "delete_connections", "get_management_token", "hash_challenge", "verify_payload",
        "get_api_version", "set_api_version",
    ):  # fmt: skip
        assert name in smartcar.__all__ and hasattr(smartcar, name), name


def test_module_functions_accept_per_call_options() -> None:
    from smartcar import _http

    calls: list[str] = []

    def flaky(request: httpx2.Request) -> httpx2.Response:
        calls.append(request.url.path)
        return httpx2.Response(503, json={"type": "SERVER", "code": "INTERNAL"})

    _http.set_transport_override(httpx2.MockTransport(flaky))
    try:
        with pytest.raises(smartcar.ServerError):
            smartcar.with_options(max_retries=0).get_user("tok")
        assert len(calls) == 1
        with pytest.raises(smartcar.InvalidInputError):
            smartcar.with_options(timeout=-1)
        options = smartcar.with_options(max_retries=0).with_options(timeout=5)
        assert options._current_settings().max_retries == 0
        assert options._current_settings().timeout.read == 5
    finally:
        _http.set_transport_override(None)
