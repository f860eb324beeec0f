"""The local Smartcar simulator behaves like the API it stands in for."""

from __future__ import annotations

import asyncio
import base64
import html
import json
import re
import signal
import socket
import subprocess
import sys
import uuid
from typing import Any

import httpx2
import pytest

from smartcar.testing import (
    DEFAULT_CLIENT_ID,
    DEFAULT_CLIENT_SECRET,
    DEFAULT_MANAGEMENT_TOKEN,
    DEFAULT_REDIRECT_URI,
    DEFAULT_USER_ID,
    Simulator,
    SimulatorServer,
    SimulatorTransport,
)
from smartcar.testing._spec import find_example

from .._helpers import TESLA, allow_loopback

CONNECT = "https://connect.smartcar.com"
AUTH = "https://auth.smartcar.com"
API = "https://api.smartcar.com/v2.0"
V3 = "https://vehicle.api.smartcar.com/v3"
MANAGEMENT = "https://management.smartcar.com/v2.0/management"
LEAF = "8fa3f1ce-0e5c-4a0c-9d5b-4c3c54d0a0c2"
VOLT = "d1a9c0f4-7b1e-4e55-9c0a-2f3b8e6a1c01"
FORD = "b7e3f6a2-5c4d-4a8b-8e1f-6d2c9a4b3e02"
BMW = "f2c8d5b9-3a6e-4f1c-b7d4-8e9a1c2b5f03"
FLEET = [TESLA, LEAF, VOLT, FORD, BMW]
ISO_MS = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")
CLIENT_AUTH = (DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1_750_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def sim(clock: FakeClock) -> Simulator:
    return Simulator(clock=clock)


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture
def auth(token: str) -> dict[str, str]:
    return bearer(token)


def connect_url(**overrides: str) -> str:
    params = {
        "response_type": "code",
        "client_id": DEFAULT_CLIENT_ID,
        "redirect_uri": DEFAULT_REDIRECT_URI,
        "scope": "read_vehicle_info read_odometer required:read_location",
        "state": "st-42",
        "approval_prompt": "auto",
        "mode": "simulated",
    }
    params.update(overrides)
    return f"{CONNECT}/oauth/authorize?{httpx2.QueryParams(params)}"


def exchange(client: httpx2.Client, code: str) -> httpx2.Response:
    return client.post(
        f"{AUTH}/oauth/token",
        data={
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": DEFAULT_REDIRECT_URI,
        },
        auth=CLIENT_AUTH,
    )


def assert_v2_error(response: httpx2.Response, status: int, type_: str, code: str | None) -> Any:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert body["type"] == type_ and body["code"] == code and body["statusCode"] == status
    assert body["requestId"] == response.headers["sc-request-id"]
    assert uuid.UUID(body["requestId"]).version == 4
    assert body["docURL"].startswith("https://smartcar.com/docs/errors/api-errors/")
    assert body["description"] and body["suggestedUserMessage"]
    assert "type" in body["resolution"]
    return body


# -- Connect and tokens ------------------------------------------------------------------------


def test_full_connect_flow_through_the_consent_page(client: httpx2.Client) -> None:
    page = client.get(connect_url())
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "TESLA" in page.text and "read_odometer" in page.text
    fields = dict(
        (html.unescape(k), html.unescape(v))
        for k, v in re.findall(r'type="hidden" name="([^"]+)" value="([^"]*)"', page.text)
    )
    assert fields["client_id"] == DEFAULT_CLIENT_ID and fields["state"] == "st-42"
    assert 'action="/oauth/authorize/approve"' in page.text

    approved = client.post(
        f"{CONNECT}/oauth/authorize/approve", data={**fields, "decision": "approve"}
    )
    assert approved.status_code == 302
    location = httpx2.URL(approved.headers["location"])
    assert str(location).startswith(DEFAULT_REDIRECT_URI + "?")
    assert location.params["state"] == "st-42"

    tokens = exchange(client, location.params["code"])
    assert tokens.status_code == 200
    body = tokens.json()
    assert body["token_type"] == "Bearer" and body["expires_in"] == 7200
    assert set(body) == {"access_token", "token_type", "expires_in", "refresh_token"}
    assert body["access_token"] != body["refresh_token"]

    vehicles = client.get(f"{API}/vehicles", headers=bearer(body["access_token"]))
    assert vehicles.json() == {"paging": {"count": 5, "offset": 0}, "vehicles": FLEET}
    permissions = client.get(
        f"{API}/vehicles/{TESLA}/permissions", headers=bearer(body["access_token"])
    )
    assert permissions.json()["permissions"] == [
        "read_vehicle_info",
        "read_odometer",
        "read_location",
    ]
    # Only the granted permissions work.
    tires = client.get(
        f"{API}/vehicles/{TESLA}/tires/pressure", headers=bearer(body["access_token"])
    )
    assert_v2_error(tires, 403, "PERMISSION", None)


def test_deny_and_connect_errors_redirect_with_error_params(sim: Simulator) -> None:
    denied = httpx2.URL(sim.authorize(connect_url(), approve=False))
    assert denied.params["error"] == "access_denied"
    assert denied.params["error_description"] == "User denied access to application."
    assert denied.params["state"] == "st-42" and "code" not in denied.params
    assert "error_description=User+denied+access+to+application." in str(denied)

    bad_client = httpx2.URL(sim.authorize(connect_url(client_id="someone-else")))
    assert bad_client.params["error"] == "configuration_error"
    assert bad_client.params["status_code"] == "400"

    bad_scope = httpx2.URL(sim.authorize(connect_url(scope="read_everything")))
    assert bad_scope.params["error"] == "configuration_error"

    with pytest.raises(ValueError, match="not registered"):
        sim.authorize(connect_url(redirect_uri="https://evil.example/cb"))


def test_connect_page_refuses_unregistered_redirect_and_redirects_unknown_client(
    client: httpx2.Client,
) -> None:
    page = client.get(connect_url(redirect_uri="https://evil.example/cb"))
    assert page.status_code == 400 and "not registered" in page.text
    redirect = client.get(connect_url(client_id="nope"))
    assert redirect.status_code == 302
    assert httpx2.URL(redirect.headers["location"]).params["error"] == "configuration_error"


def test_connect_make_and_single_select_narrow_the_vehicles(
    sim: Simulator, client: httpx2.Client
) -> None:
    nissan = httpx2.URL(sim.authorize(connect_url(make="nissan")))
    token = exchange(client, nissan.params["code"]).json()["access_token"]
    assert client.get(f"{API}/vehicles", headers=bearer(token)).json()["vehicles"] == [LEAF]

    one = httpx2.URL(sim.authorize(connect_url(single_select_vin="5YJSA1CN5DFP00101")))
    token = exchange(client, one.params["code"]).json()["access_token"]
    assert client.get(f"{API}/vehicles", headers=bearer(token)).json()["vehicles"] == [TESLA]

    none = httpx2.URL(sim.authorize(connect_url(make="DELOREAN")))
    assert none.params["error"] == "no_vehicles"


def test_authorization_code_is_single_use_and_expires(
    sim: Simulator, client: httpx2.Client, clock: FakeClock
) -> None:
    code = httpx2.URL(sim.authorize(connect_url())).params["code"]
    assert exchange(client, code).status_code == 200
    again = exchange(client, code)
    assert again.status_code == 400
    assert again.json() == {
        "error": "invalid_request",
        "error_description": f"Invalid code: {code}.",
    }

    late = httpx2.URL(sim.authorize(connect_url())).params["code"]
    clock.now += 601
    assert exchange(client, late).json()["error"] == "invalid_request"


def test_token_endpoint_rejects_bad_client_and_redirect_uri(
    sim: Simulator, client: httpx2.Client
) -> None:
    code = httpx2.URL(sim.authorize(connect_url())).params["code"]
    bad = client.post(
        f"{AUTH}/oauth/token",
        data={
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": DEFAULT_REDIRECT_URI,
        },
        auth=(DEFAULT_CLIENT_ID, "wrong"),
    )
    assert bad.status_code == 401 and bad.json()["error"] == "invalid_client"
    mismatch = client.post(
        f"{AUTH}/oauth/token",
        data={"grant_type": "authorization_code", "code": code, "redirect_uri": "http://x/cb"},
        auth=CLIENT_AUTH,
    )
    assert mismatch.status_code == 400 and mismatch.json()["error"] == "invalid_grant"
    unknown = client.post(f"{AUTH}/oauth/token", data={"grant_type": "password"}, auth=CLIENT_AUTH)
    assert unknown.status_code == 400 and unknown.json()["error"] == "unsupported_grant_type"


def test_refresh_rotates_tokens_and_old_refresh_token_expires_after_ten_minutes(
    sim: Simulator, client: httpx2.Client, clock: FakeClock
) -> None:
    first = sim.issue_token(vehicle_ids=[LEAF])

    def refresh(token: str) -> httpx2.Response:
        return client.post(
            f"{AUTH}/oauth/token",
            params={"flags": "country:GB"},
            data={"grant_type": "refresh_token", "refresh_token": token},
            auth=CLIENT_AUTH,
        )

    second = refresh(first["refresh_token"]).json()
    assert second["access_token"] != first["access_token"]
    assert second["refresh_token"] != first["refresh_token"]
    # The new access token sees the same vehicles.
    vehicles = client.get(f"{API}/vehicles", headers=bearer(second["access_token"]))
    assert vehicles.json()["vehicles"] == [LEAF]

    clock.now += 599
    assert refresh(first["refresh_token"]).status_code == 200  # still inside the reuse window
    clock.now += 2
    stale = refresh(first["refresh_token"])
    assert stale.status_code == 400 and stale.json()["error"] == "invalid_grant"
    assert stale.json()["error_description"] == f"Invalid refresh_token: {first['refresh_token']}."
    assert refresh(second["refresh_token"]).status_code == 200


def test_missing_bad_or_expired_token_gives_401(
    sim: Simulator, client: httpx2.Client, auth: dict[str, str], clock: FakeClock
) -> None:
    assert_v2_error(client.get(f"{API}/vehicles"), 401, "AUTHENTICATION", None)
    assert_v2_error(
        client.get(f"{API}/vehicles", headers=bearer("nope")), 401, "AUTHENTICATION", None
    )
    # Non-ASCII credentials (httpx2 won't send them, other clients may) are wrong, not a crash.
    assert sim.handle("GET", "/v2.0/vehicles", {"Authorization": "Bearer tökén"}).status == 401
    odd_basic = "Basic " + base64.b64encode("ü:ß".encode()).decode()
    assert sim.handle("GET", "/v2.0/compatibility", {"Authorization": odd_basic}).status == 401
    basic = {"Authorization": "Basic " + base64.b64encode(b"a:b").decode()}
    assert_v2_error(client.get(f"{API}/user", headers=basic), 401, "AUTHENTICATION", None)
    assert client.get(f"{API}/user", headers=auth).json() == {"id": DEFAULT_USER_ID}
    clock.now += 7201
    assert_v2_error(client.get(f"{API}/user", headers=auth), 401, "AUTHENTICATION", None)


# -- vehicle data and commands -----------------------------------------------------------------


def test_data_reads_carry_meta_headers(client: httpx2.Client, auth: dict[str, str]) -> None:
    r = client.get(f"{API}/vehicles/{TESLA}/odometer", headers=auth)
    assert r.json() == {"distance": 104032.0}
    assert uuid.UUID(r.headers["sc-request-id"]).version == 4
    assert r.headers["content-type"] == "application/json"
    assert ISO_MS.match(r.headers["sc-data-age"]) and ISO_MS.match(r.headers["sc-fetched-at"])
    assert r.headers["sc-data-age"] < r.headers["sc-fetched-at"]
    assert r.headers["sc-unit-system"] == "metric"

    location = client.get(f"{API}/vehicles/{TESLA}/location", headers=auth)
    assert location.json() == {"latitude": 37.4292, "longitude": -122.1381}
    assert "sc-data-age" in location.headers and "sc-unit-system" not in location.headers
    info = client.get(f"{API}/vehicles/{TESLA}", headers=auth)
    assert info.json() == {"id": TESLA, "make": "TESLA", "model": "Model 3", "year": 2021}
    assert "sc-data-age" not in info.headers
    assert client.get(f"{API}/vehicles/{TESLA}/vin", headers=auth).json() == {
        "vin": "5YJSA1CN5DFP00101"
    }


def test_imperial_units_are_converted_and_echoed(
    client: httpx2.Client, auth: dict[str, str]
) -> None:
    imperial = {**auth, "SC-Unit-System": "imperial"}
    odometer = client.get(f"{API}/vehicles/{TESLA}/odometer", headers=imperial)
    assert odometer.headers["sc-unit-system"] == "imperial"
    assert odometer.json()["distance"] == pytest.approx(104032.0 / 1.609344, abs=0.05)
    battery = client.get(f"{API}/vehicles/{TESLA}/battery", headers=imperial).json()
    assert battery == {"percentRemaining": 0.63, "range": pytest.approx(161.8, abs=0.05)}
    tires = client.get(f"{API}/vehicles/{TESLA}/tires/pressure", headers=imperial).json()
    assert tires["frontLeft"] == pytest.approx(35.0, abs=0.05)
    assert tires["backLeft"] == pytest.approx(34.0, abs=0.05)
    history = client.get(f"{API}/vehicles/{TESLA}/service/history", headers=imperial)
    assert history.headers["sc-unit-system"] == "imperial"
    assert history.json()[0]["odometerDistance"] == pytest.approx(50000 / 1.609344, abs=0.05)

    bad = client.get(f"{API}/vehicles/{TESLA}/odometer", headers={**auth, "SC-Unit-System": "si"})
    body = assert_v2_error(bad, 400, "VALIDATION", None)
    assert body["detail"][0]["field"] == ["headers", "sc-unit-system"]


def test_fuel_litres_convert_to_us_gallons_on_a_generated_phev(clock: FakeClock) -> None:
    sim = Simulator(extra_vehicles=1, clock=clock)
    phev = sim.vehicle_ids[2]
    state = sim.state(phev)
    assert state.powertrain == "PHEV" and state.fuel_litres is not None
    headers = {**bearer(sim.issue_token()["access_token"]), "SC-Unit-System": "imperial"}
    with httpx2.Client(transport=SimulatorTransport(sim)) as client:
        fuel = client.get(f"{API}/vehicles/{phev}/fuel", headers=headers).json()
        assert fuel["amountRemaining"] == pytest.approx(state.fuel_litres / 3.785411784, abs=0.01)
        assert fuel["percentRemaining"] == state.fuel_percent_remaining
        oil = client.get(f"{API}/vehicles/{phev}/engine/oil", headers=headers).json()
        assert oil == {"lifeRemaining": state.oil_life_remaining}
        # An electric car has no fuel tank.
        tesla_fuel = client.get(f"{API}/vehicles/{TESLA}/fuel", headers=headers)
        assert_v2_error(tesla_fuel, 501, "COMPATIBILITY", "VEHICLE_NOT_CAPABLE")


def test_lock_and_unlock_change_lock_status_and_v3_signal(
    client: httpx2.Client, auth: dict[str, str]
) -> None:
    security = f"{API}/vehicles/{TESLA}/security"
    assert client.get(security, headers=auth).json()["isLocked"] is True
    r = client.post(security, headers=auth, json={"action": "UNLOCK"})
    assert r.json() == {"status": "success", "message": "Successfully sent request to vehicle"}
    status = client.get(security, headers=auth).json()
    assert status["isLocked"] is False
    assert {d["status"] for d in status["doors"]} == {"UNLOCKED"}
    assert [d["type"] for d in status["doors"]] == [
        "frontLeft",
        "frontRight",
        "backLeft",
        "backRight",
    ]
    signal = client.get(f"{V3}/vehicles/{TESLA}/signals/closure-islocked", headers=auth).json()
    assert signal["data"]["attributes"]["body"] == {"value": False}

    client.post(security, headers=auth, json={"action": "LOCK"})
    status = client.get(security, headers=auth).json()
    assert status["isLocked"] is True and {d["status"] for d in status["doors"]} == {"LOCKED"}
    bad = client.post(security, headers=auth, json={"action": "OPEN_SESAME"})
    assert assert_v2_error(bad, 400, "VALIDATION", None)["detail"][0]["field"] == ["action"]


def test_charging_follows_state_and_plug(
    sim: Simulator, client: httpx2.Client, auth: dict[str, str]
) -> None:
    tesla = f"{API}/vehicles/{TESLA}/charge"
    assert client.get(tesla, headers=auth).json() == {"isPluggedIn": True, "state": "CHARGING"}
    started = client.post(tesla, headers=auth, json={"action": "START"})
    assert_v2_error(started, 409, "VEHICLE_STATE", "CHARGING_IN_PROGRESS")
    assert client.post(tesla, headers=auth, json={"action": "STOP"}).status_code == 200
    assert client.get(tesla, headers=auth).json()["state"] == "NOT_CHARGING"
    stopped = client.post(tesla, headers=auth, json={"action": "STOP"})
    assert_v2_error(stopped, 409, "VEHICLE_STATE", "NOT_CHARGING")
    assert client.post(tesla, headers=auth, json={"action": "START"}).status_code == 200
    assert client.get(tesla, headers=auth).json()["state"] == "CHARGING"

    leaf = f"{API}/vehicles/{LEAF}/charge"
    assert client.get(leaf, headers=auth).json() == {"isPluggedIn": False, "state": "NOT_CHARGING"}
    unplugged = client.post(leaf, headers=auth, json={"action": "START"})
    assert_v2_error(unplugged, 409, "VEHICLE_STATE", "CHARGING_PLUG_NOT_CONNECTED")
    sim.state(LEAF).is_plugged_in = True
    assert client.post(leaf, headers=auth, json={"action": "START"}).status_code == 200
    signal = client.get(f"{V3}/vehicles/{LEAF}/signals/charge-ischarging", headers=auth).json()
    assert signal["data"]["attributes"]["body"] == {"value": True}


def test_charge_limit_is_read_back_and_validated(
    client: httpx2.Client, auth: dict[str, str]
) -> None:
    url = f"{API}/vehicles/{TESLA}/charge/limit"
    assert client.get(url, headers=auth).json() == {"limit": 0.8}
    assert client.post(url, headers=auth, json={"limit": 0.65}).json()["status"] == "success"
    assert client.get(url, headers=auth).json() == {"limit": 0.65}
    # The official Node SDK sends the limit as a string.
    assert client.post(url, headers=auth, json={"limit": "0.9"}).status_code == 200
    assert client.get(url, headers=auth).json() == {"limit": 0.9}
    for bad in (0.49, 1.01, True, "lots", None):
        r = client.post(url, headers=auth, json={"limit": bad})
        body = assert_v2_error(r, 400, "VALIDATION", None)
        assert body["detail"][0]["field"] == ["limit"]
    assert client.get(url, headers=auth).json() == {"limit": 0.9}
    not_json = client.post(url, headers=auth, content=b"{nope")
    assert_v2_error(not_json, 400, "VALIDATION", None)


def test_navigation_destination_is_validated_and_stored(
    sim: Simulator, client: httpx2.Client, auth: dict[str, str]
) -> None:
    url = f"{API}/vehicles/{TESLA}/navigation/destination"
    ok = client.post(url, headers=auth, json={"latitude": 37.7749, "longitude": -122.4194})
    assert ok.status_code == 200 and sim.state(TESLA).destination == (37.7749, -122.4194)
    bad = client.post(url, headers=auth, json={"latitude": 91, "longitude": 0})
    assert assert_v2_error(bad, 400, "VALIDATION", None)["detail"][0]["field"] == ["latitude"]


def test_stateless_reads_serve_examples(client: httpx2.Client, auth: dict[str, str]) -> None:
    base = f"{API}/vehicles/{TESLA}"
    nominal = client.get(f"{base}/battery/nominal_capacity", headers=auth).json()
    assert nominal["capacity"]["nominal"] == 80.9
    assert client.get(f"{base}/battery/capacity", headers=auth).json() == {"capacity": 75.0}
    systems = client.get(f"{base}/diagnostics/system_status", headers=auth).json()["systems"]
    assert {s["status"] for s in systems} <= {"OK", "ALERT"}
    codes = client.get(f"{base}/diagnostics/dtcs", headers=auth).json()["activeCodes"]
    assert codes and all("code" in c for c in codes)


def test_service_history_filters_by_date(client: httpx2.Client, auth: dict[str, str]) -> None:
    url = f"{API}/vehicles/{TESLA}/service/history"
    everything = client.get(url, headers=auth).json()
    assert isinstance(everything, list) and everything
    assert client.get(url, headers=auth, params={"start_date": "2030-01-01"}).json() == []
    assert client.get(url, headers=auth, params={"startDate": "2000-01-01"}).json() == everything
    bad = client.get(url, headers=auth, params={"end_date": "yesterday"})
    assert_v2_error(bad, 400, "VALIDATION", "PARAMETER")


def test_consent_page_approves_one_brand(sim: Simulator, client: httpx2.Client) -> None:
    # Official test-mode code logs in to one brand (CHEVROLET, FORD, BMW) and takes
    # vehicles[0]: the page has a button per make, as Connect's brand list does.
    page = client.get(connect_url())
    assert 'id="CHEVROLET" class="brand-list-item"' in page.text
    fields = dict(
        (html.unescape(k), html.unescape(v))
        for k, v in re.findall(r'type="hidden" name="([^"]+)" value="([^"]*)"', page.text)
    )
    chosen = client.post(f"{CONNECT}/oauth/authorize/approve", data={**fields, "make": "FORD"})
    code = httpx2.URL(chosen.headers["location"]).params["code"]
    token = exchange(client, code).json()["access_token"]
    assert client.get(f"{API}/vehicles", headers=bearer(token)).json()["vehicles"] == [FORD]
    one_brand = client.get(connect_url(make="BMW"))
    assert "brand-list-item" not in one_brand.text


def test_vehicle_outside_the_token_is_forbidden(sim: Simulator, client: httpx2.Client) -> None:
    token = sim.issue_token(vehicle_ids=[LEAF])["access_token"]
    r = client.get(f"{API}/vehicles/{TESLA}/odometer", headers=bearer(token))
    assert_v2_error(r, 403, "PERMISSION", None)


def test_unknown_vehicle_id_is_a_validation_error(sim: Simulator, client: httpx2.Client) -> None:
    # As the real API answers Vehicle("bad_id", token): 400, no resolution; not a
    # PERMISSION error that would send the user through Connect again for nothing.
    token = bearer(sim.issue_token()["access_token"])
    for url in (f"{API}/vehicles/not-a-vehicle/odometer", f"{API}/vehicles/not-a-vehicle"):
        r = client.get(url, headers=token)
        assert_v2_error(r, 400, "VALIDATION", None)
        body = r.json()
        assert body["resolution"] == {"type": None}
        assert body["description"].startswith("Request invalid or malformed.")
        assert "not-a-vehicle" in body["detail"][0]["message"]


def test_unknown_path_and_version_give_404(client: httpx2.Client, auth: dict[str, str]) -> None:
    assert_v2_error(
        client.get(f"{API}/vehicles/{TESLA}/flux_capacitor", headers=auth),
        404,
        "RESOURCE_NOT_FOUND",
        "PATH",
    )
    assert_v2_error(
        client.put(f"{API}/vehicles/{TESLA}/odometer", headers=auth),
        404,
        "RESOURCE_NOT_FOUND",
        "PATH",
    )
    assert_v2_error(
        client.get("https://api.smartcar.com/v1.5/vehicles", headers=auth),
        404,
        "RESOURCE_NOT_FOUND",
        "VERSION",
    )


def test_api_v1_answers_with_v1_errors(
    sim: Simulator, client: httpx2.Client, auth: dict[str, str]
) -> None:
    # Official code reaches v1.0 with set_api_version("1.0") or options={"version": "1.0"}.
    v1 = "https://api.smartcar.com/v1.0"
    assert client.get(f"{v1}/vehicles/{TESLA}/odometer", headers=auth).json() == {
        "distance": 104032.0
    }
    unknown = client.get(f"{v1}/vehicles/bad_id", headers=auth)
    assert unknown.status_code == 400
    assert unknown.json() == {
        "error": "validation_error",
        "message": "Request invalid or malformed.",
    }
    narrow = bearer(sim.issue_token(scope=["read_vehicle_info"])["access_token"])
    denied = client.get(f"{v1}/vehicles/{TESLA}/odometer", headers=narrow)
    assert denied.status_code == 403
    assert denied.json() == {
        "error": "permission_error",
        "message": "Insufficient permissions to access requested resource.",
    }
    sim.fail_next("VEHICLE_STATE:ASLEEP")
    asleep = client.get(f"{v1}/vehicles/{TESLA}/odometer", headers=auth)
    assert asleep.status_code == 409 and asleep.json()["code"] == "VS_000"


def test_vehicles_paging(sim: Simulator, client: httpx2.Client) -> None:
    big = Simulator(extra_vehicles=1000, seed=7)
    token = big.issue_token()["access_token"]
    with httpx2.Client(transport=SimulatorTransport(big)) as c:
        page = c.get(f"{API}/vehicles", headers=bearer(token), params={"limit": 50, "offset": 990})
        body = page.json()
        assert body["paging"] == {"count": 1005, "offset": 990}
        assert body["vehicles"] == big.vehicle_ids[990:1005]
        too_many = c.get(f"{API}/vehicles", headers=bearer(token), params={"limit": 51})
        assert_v2_error(too_many, 400, "VALIDATION", "PARAMETER")


def test_generated_fleet_is_deterministic() -> None:
    a, b, c = (
        Simulator(extra_vehicles=20, seed=1),
        Simulator(extra_vehicles=20, seed=1),
        Simulator(extra_vehicles=20, seed=2),
    )
    assert a.vehicle_ids == b.vehicle_ids and a.vehicle_ids != c.vehicle_ids
    assert a.vehicle_ids[:2] == [TESLA, LEAF] == c.vehicle_ids[:2]
    assert [a.state(v) for v in a.vehicle_ids] == [b.state(v) for v in b.vehicle_ids]
    vins = [a.state(v).vin for v in a.vehicle_ids]
    assert len(set(vins)) == len(vins) and all(len(v) == 17 for v in vins)
    assert {a.state(v).powertrain for v in a.vehicle_ids} == {"BEV", "PHEV", "ICE"}
    # Tokens are random even with the same seed.
    assert a.issue_token()["access_token"] != b.issue_token()["access_token"]


# -- batch ---------------------------------------------------------------------------------------


def test_batch_mixes_success_and_errors(
    sim: Simulator, client: httpx2.Client, auth: dict[str, str]
) -> None:
    sim.fail_next("RATE_LIMIT:VEHICLE", path="/location", retry_after=12)
    r = client.post(
        f"{API}/vehicles/{TESLA}/batch",
        headers={**auth, "SC-Unit-System": "imperial"},
        json={
            "requests": [
                {"path": "/odometer"},
                {"path": "/location"},
                {"path": "/fuel"},
                {"path": "/"},
                {"path": "/nope"},
            ]
        },
    )
    assert r.status_code == 200
    odometer, location, fuel, info, nope = r.json()["responses"]
    assert odometer["path"] == "/odometer" and odometer["code"] == 200
    assert odometer["body"]["distance"] == pytest.approx(64642.5, abs=0.05)
    assert odometer["headers"]["sc-unit-system"] == "imperial"
    assert set(odometer["headers"]) == {"sc-data-age", "sc-fetched-at", "sc-unit-system"}
    assert location["code"] == 429 and location["body"]["type"] == "RATE_LIMIT"
    assert location["headers"] == {"retry-after": "12"}
    assert fuel["code"] == 501 and fuel["body"]["code"] == "VEHICLE_NOT_CAPABLE"
    assert info == {
        "path": "/",
        "code": 200,
        "body": {"id": TESLA, "make": "TESLA", "model": "Model 3", "year": 2021},
        "headers": {},
    }
    assert nope["code"] == 404 and nope["body"]["code"] == "PATH"

    invalid = client.post(f"{API}/vehicles/{TESLA}/batch", headers=auth, json={"requests": "x"})
    assert_v2_error(invalid, 400, "VALIDATION", None)


def test_batch_sub_requests_respect_the_token_scope(sim: Simulator, client: httpx2.Client) -> None:
    token = sim.issue_token(scope=["read_odometer"])["access_token"]
    r = client.post(
        f"{API}/vehicles/{TESLA}/batch",
        headers=bearer(token),
        json={"requests": [{"path": "/odometer"}, {"path": "/location"}]},
    )
    assert [item["code"] for item in r.json()["responses"]] == [200, 403]


# -- failures on purpose ---------------------------------------------------------------------

FAILURES = [
    # error, status, type, code, resolution.type
    ("RATE_LIMIT:VEHICLE", 429, "RATE_LIMIT", "VEHICLE", "RETRY_LATER"),
    ("RATE_LIMIT:SMARTCAR_API", 429, "RATE_LIMIT", "SMARTCAR_API", "RETRY_LATER"),
    ("VEHICLE_STATE:ASLEEP", 409, "VEHICLE_STATE", "ASLEEP", None),
    ("PERMISSION", 403, "PERMISSION", None, "REAUTHENTICATE"),
    ("VALIDATION", 400, "VALIDATION", None, None),
    ("AUTHENTICATION", 401, "AUTHENTICATION", None, None),
    ("SERVER:INTERNAL", 500, "SERVER", "INTERNAL", "RETRY_LATER"),
    ("UPSTREAM:NO_RESPONSE", 502, "UPSTREAM", "NO_RESPONSE", "RETRY_LATER"),
    ("BILLING:VEHICLE_REQUEST_LIMIT", 430, "BILLING", "VEHICLE_REQUEST_LIMIT", "CONTACT_SUPPORT"),
    ("COMPATIBILITY:VEHICLE_NOT_CAPABLE", 501, "COMPATIBILITY", "VEHICLE_NOT_CAPABLE", None),
    (
        "CONNECTED_SERVICES_ACCOUNT:AUTHENTICATION_FAILED",
        400,
        "CONNECTED_SERVICES_ACCOUNT",
        "AUTHENTICATION_FAILED",
        "REAUTHENTICATE",
    ),
    ("VEHICLE_STATE:SOME_FUTURE_CODE", 409, "VEHICLE_STATE", "SOME_FUTURE_CODE", None),
]


@pytest.mark.parametrize(("error", "status", "type_", "code", "resolution"), FAILURES)
def test_fail_next_gives_the_documented_error(
    sim: Simulator,
    client: httpx2.Client,
    auth: dict[str, str],
    error: str,
    status: int,
    type_: str,
    code: str | None,
    resolution: str | None,
) -> None:
    url = f"{API}/vehicles/{TESLA}/odometer"
    sim.fail_next(error)
    body = assert_v2_error(client.get(url, headers=auth), status, type_, code)
    assert body["resolution"]["type"] == resolution
    if type_ == "VALIDATION":
        assert body["detail"] and body["detail"][0]["message"]
    # One failure only: the next request succeeds.
    assert client.get(url, headers=auth).status_code == 200


def test_rate_limit_sends_retry_after(
    sim: Simulator, client: httpx2.Client, auth: dict[str, str]
) -> None:
    url = f"{API}/vehicles/{TESLA}/odometer"
    sim.fail_next("RATE_LIMIT:VEHICLE")
    assert client.get(url, headers=auth).headers["retry-after"] == "30"
    sim.fail_next("RATE_LIMIT:VEHICLE", retry_after=5)
    assert client.get(url, headers=auth).headers["retry-after"] == "5"
    sim.fail_next("RATE_LIMIT:SMARTCAR_API")
    assert "retry-after" not in client.get(url, headers=auth).headers


def test_reauthentication_error_carries_a_resolution_url(
    sim: Simulator, client: httpx2.Client, auth: dict[str, str]
) -> None:
    sim.fail_next("CONNECTED_SERVICES_ACCOUNT:AUTHENTICATION_FAILED")
    body = client.get(f"{API}/vehicles/{LEAF}/location", headers=auth).json()
    url = httpx2.URL(body["resolution"]["url"])
    assert url.path == "/oauth/reauthenticate"
    assert url.params["vehicle_id"] == LEAF and url.params["client_id"] == DEFAULT_CLIENT_ID


def test_fail_next_filters_by_path_vehicle_and_count(
    sim: Simulator, client: httpx2.Client, auth: dict[str, str]
) -> None:
    sim.fail_next("VEHICLE_STATE:ASLEEP", path="/battery", vehicle_id=LEAF, times=2)
    assert client.get(f"{API}/vehicles/{TESLA}/battery", headers=auth).status_code == 200
    assert client.get(f"{API}/vehicles/{LEAF}/odometer", headers=auth).status_code == 200
    assert client.get(f"{API}/vehicles/{LEAF}/battery", headers=auth).status_code == 409
    assert client.get(f"{API}/vehicles/{LEAF}/battery", headers=auth).status_code == 409
    assert client.get(f"{API}/vehicles/{LEAF}/battery", headers=auth).status_code == 200
    # /battery does not match /battery/capacity.
    sim.fail_next("SERVER:INTERNAL", path="battery")
    assert client.get(f"{API}/vehicles/{LEAF}/battery/capacity", headers=auth).status_code == 200
    assert client.get(f"{API}/vehicles/{LEAF}/battery", headers=auth).status_code == 500


def test_failures_apply_to_token_and_other_endpoints(sim: Simulator, client: httpx2.Client) -> None:
    sim.fail_next("SERVER:INTERNAL", path="/oauth/token")
    refresh = sim.issue_token()["refresh_token"]
    data = {"grant_type": "refresh_token", "refresh_token": refresh}
    r = client.post(f"{AUTH}/oauth/token", data=data, auth=CLIENT_AUTH)
    assert_v2_error(r, 500, "SERVER", "INTERNAL")
    assert client.post(f"{AUTH}/oauth/token", data=data, auth=CLIENT_AUTH).status_code == 200


def test_html_502_from_a_proxy(sim: Simulator, client: httpx2.Client, auth: dict[str, str]) -> None:
    sim.fail_next("HTML:502")
    r = client.get(f"{API}/vehicles/{TESLA}/odometer", headers=auth)
    assert r.status_code == 502
    assert r.headers["content-type"].startswith("text/html")
    assert "<h1>502 Bad Gateway</h1>" in r.text
    assert uuid.UUID(r.headers["sc-request-id"])


def test_v1_error_body(sim: Simulator, client: httpx2.Client, auth: dict[str, str]) -> None:
    sim.fail_next("V1:vehicle_state_error")
    r = client.get(f"{API}/vehicles/{TESLA}/odometer", headers=auth)
    assert r.status_code == 409
    assert r.json() == {
        "error": "vehicle_state_error",
        "message": "Vehicle state cannot be determined.",
        "code": "VS_000",
    }
    sim.fail_next("V1:PERMISSION")
    r = client.get(f"{API}/vehicles/{TESLA}/odometer", headers=auth)
    assert r.status_code == 403
    assert r.json() == {
        "error": "permission_error",
        "message": "Insufficient permissions to access requested resource.",
    }


def test_unknown_error_names_are_rejected(sim: Simulator) -> None:
    for bad in ("NOT_A_TYPE:X", "V1:nonsense", "HTML:200", "HTML:abc"):
        with pytest.raises(ValueError):
            sim.fail_next(bad)
    with pytest.raises(ValueError):
        sim.fail_next("SERVER:INTERNAL", times=0)


def test_simulate_error_header_fails_one_request(
    client: httpx2.Client, auth: dict[str, str]
) -> None:
    url = f"{API}/vehicles/{TESLA}/odometer"
    r = client.get(url, headers={**auth, "SC-Simulate-Error": "RATE_LIMIT:VEHICLE"})
    assert_v2_error(r, 429, "RATE_LIMIT", "VEHICLE")
    assert r.headers["retry-after"] == "30"
    assert client.get(url, headers=auth).status_code == 200
    bad = client.get(url, headers={**auth, "SC-Simulate-Error": "BOGUS"})
    assert_v2_error(bad, 400, "VALIDATION", None)


def test_reset_restores_the_initial_state(
    sim: Simulator, client: httpx2.Client, token: str
) -> None:
    sim.state(TESLA).is_locked = False
    sim.fail_next("SERVER:INTERNAL")
    sim.reset()
    assert sim.state(TESLA).is_locked is True
    assert_v2_error(
        client.get(f"{API}/vehicles", headers=bearer(token)), 401, "AUTHENTICATION", None
    )
    fresh = sim.issue_token()["access_token"]
    assert client.get(f"{API}/vehicles", headers=bearer(fresh)).status_code == 200


# -- disconnect, webhooks, management, compatibility -------------------------------------------


def test_disconnect_removes_the_vehicle_from_the_token(
    client: httpx2.Client, auth: dict[str, str]
) -> None:
    r = client.delete(f"{API}/vehicles/{LEAF}/application", headers=auth)
    assert r.json() == {"status": "success"}
    assert client.get(f"{API}/vehicles", headers=auth).json()["vehicles"] == [
        v for v in FLEET if v != LEAF
    ]
    assert_v2_error(
        client.get(f"{API}/vehicles/{LEAF}/odometer", headers=auth), 403, "PERMISSION", None
    )
    # The management token may disconnect too.
    amt = bearer(DEFAULT_MANAGEMENT_TOKEN)
    assert client.delete(f"{API}/vehicles/{TESLA}/application", headers=amt).status_code == 200
    assert client.get(f"{API}/vehicles", headers=auth).json()["vehicles"] == [VOLT, FORD, BMW]


def test_webhook_subscribe_and_unsubscribe(
    sim: Simulator, client: httpx2.Client, auth: dict[str, str]
) -> None:
    hook = "d0846f13-ef13-4014-9d90-6439e1dd0884"
    url = f"{API}/vehicles/{TESLA}/webhooks/{hook}"
    assert client.post(url, headers=auth).json() == {"webhookId": hook, "vehicleId": TESLA}
    assert sim.state(TESLA).webhooks == {hook}
    # Unsubscribing takes the management token, not the user's.
    assert_v2_error(client.delete(url, headers=auth), 401, "AUTHENTICATION", None)
    r = client.delete(url, headers=bearer(DEFAULT_MANAGEMENT_TOKEN))
    assert r.json() == {"status": "success"} and sim.state(TESLA).webhooks == set()


def management_auth(token: str = DEFAULT_MANAGEMENT_TOKEN) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"default:{token}".encode()).decode()}


def test_management_lists_and_deletes_connections(
    sim: Simulator, client: httpx2.Client, auth: dict[str, str]
) -> None:
    url = f"{MANAGEMENT}/connections"
    listed = client.get(url, headers=management_auth()).json()
    assert [c["vehicleId"] for c in listed["connections"]] == FLEET
    assert all(c["userId"] == DEFAULT_USER_ID for c in listed["connections"])
    assert all(ISO_MS.match(c["connectedAt"]) for c in listed["connections"])
    assert listed["paging"] == {"cursor": None}

    first = client.get(url, headers=management_auth(), params={"limit": 1}).json()
    assert [c["vehicleId"] for c in first["connections"]] == [TESLA]
    second = client.get(
        url, headers=management_auth(), params={"limit": 1, "cursor": first["paging"]["cursor"]}
    ).json()
    assert [c["vehicleId"] for c in second["connections"]] == [LEAF]
    assert second["paging"]["cursor"] is not None

    deleted = client.delete(url, headers=management_auth(), params={"vehicle_id": LEAF})
    assert deleted.json() == {"connections": [{"vehicleId": LEAF, "userId": DEFAULT_USER_ID}]}
    rest = [v for v in FLEET if v != LEAF]
    assert client.get(f"{API}/vehicles", headers=auth).json()["vehicles"] == rest
    remaining = client.get(url, headers=management_auth()).json()["connections"]
    assert [c["vehicleId"] for c in remaining] == rest

    assert_v2_error(client.delete(url, headers=management_auth()), 400, "VALIDATION", "PARAMETER")
    assert_v2_error(client.get(url, headers=management_auth("wrong")), 401, "AUTHENTICATION", None)
    assert_v2_error(client.get(url, headers=auth), 401, "AUTHENTICATION", None)


def test_compatibility_uses_client_credentials(client: httpx2.Client) -> None:
    url = f"{API}/compatibility"
    params = {"vin": "1N4AZ1CP5KC300102", "scope": "read_battery read_fuel read_odometer"}
    r = client.get(url, params=params, auth=CLIENT_AUTH)
    assert r.status_code == 200
    capabilities = {c["permission"]: c for c in r.json()["capabilities"]}
    assert capabilities["read_battery"]["capable"] is True
    assert capabilities["read_fuel"] == {
        "permission": "read_fuel",
        "endpoint": "/fuel",
        "capable": False,
        "reason": "VEHICLE_NOT_CAPABLE",
    }
    unknown_vin = client.get(url, params={**params, "vin": "0SCLR0002E8896323"}, auth=CLIENT_AUTH)
    assert isinstance(unknown_vin.json()["compatible"], bool)
    assert_v2_error(
        client.get(url, params={"scope": "read_vin"}, auth=CLIENT_AUTH),
        400,
        "VALIDATION",
        "PARAMETER",
    )
    assert_v2_error(client.get(url, params=params, auth=("x", "y")), 401, "AUTHENTICATION", None)

    matrix = client.get(f"{url}/matrix", params={"region": "US", "make": "TESLA"}, auth=CLIENT_AUTH)
    assert list(matrix.json()) == ["TESLA"]
    assert_v2_error(client.get(f"{url}/matrix", auth=CLIENT_AUTH), 400, "VALIDATION", "PARAMETER")


# -- v3 --------------------------------------------------------------------------------------------


def test_v3_vehicle_and_signals(
    sim: Simulator, client: httpx2.Client, auth: dict[str, str]
) -> None:
    vehicle = client.get(f"{V3}/vehicles/{TESLA}", headers=auth).json()["data"]
    assert vehicle["type"] == "vehicle" and vehicle["attributes"]["make"] == "TESLA"
    assert (vehicle["attributes"]["powertrainType"], vehicle["attributes"]["mode"]) == (
        "BEV",
        "LIVE",
    )
    page = client.get(f"{V3}/vehicles/{TESLA}/signals", headers=auth).json()
    signals = page["data"]
    assert set(page["meta"]) == {"totalCount", "pageSize", "pageNumber"}
    assert page["included"]["vehicle"]["id"] == TESLA
    codes = {s["id"] for s in signals}
    assert {
        "odometer-traveleddistance",
        "tractionbattery-stateofcharge",
        "closure-islocked",
    } <= codes
    assert not any(c.startswith("internalcombustionengine-") for c in codes)

    soc = client.get(f"{V3}/vehicles/{TESLA}/signals/tractionbattery-stateofcharge", headers=auth)
    document = soc.json()
    assert document["included"]["vehicle"]["attributes"]["make"] == "TESLA"
    body = document["data"]
    assert body["attributes"]["body"] == {"value": 63.0, "unit": "percent"}
    assert body["attributes"]["group"] == "TractionBattery"
    assert body["attributes"]["status"] == {"value": "SUCCESS"}
    assert body["links"]["self"] == f"/vehicles/{TESLA}/signals/tractionbattery-stateofcharge"
    # ISO-8601 strings, as the live API sends them.
    assert body["meta"]["retrievedAt"] > body["meta"]["oemUpdatedAt"]
    assert body["meta"]["ingestedAt"].endswith("Z")

    odometer = client.get(f"{V3}/vehicles/{TESLA}/signals/odometer-traveleddistance", headers=auth)
    assert odometer.json()["data"]["attributes"]["body"] == {"value": 104032.0, "unit": "km"}
    unknown = client.get(f"{V3}/vehicles/{TESLA}/signals/warp-drive", headers=auth)
    assert_v2_error(unknown, 404, "RESOURCE_NOT_FOUND", "PATH")
    fuel = client.get(
        f"{V3}/vehicles/{TESLA}/signals/internalcombustionengine-fuellevel", headers=auth
    )
    assert_v2_error(fuel, 501, "COMPATIBILITY", "VEHICLE_NOT_CAPABLE")

    narrow = bearer(sim.issue_token(scope=["read_odometer"])["access_token"])
    listed = client.get(f"{V3}/vehicles/{TESLA}/signals", headers=narrow).json()["data"]
    assert [s["id"] for s in listed] == ["odometer-traveleddistance"]
    denied = client.get(f"{V3}/vehicles/{TESLA}/signals/closure-islocked", headers=narrow)
    assert_v2_error(denied, 403, "PERMISSION", None)


# -- transports --------------------------------------------------------------------------------


def test_async_transport(sim: Simulator, token: str) -> None:
    async def run() -> list[int]:
        async with httpx2.AsyncClient(transport=SimulatorTransport(sim)) as client:
            responses = await asyncio.gather(
                *(
                    client.get(f"{API}/vehicles/{v}/odometer", headers=bearer(token))
                    for v in (TESLA, LEAF)
                )
            )
            return [r.json()["distance"] for r in responses]

    assert asyncio.run(run()) == [104032.0, 38211.4]


def test_server_refuses_non_loopback_hosts() -> None:
    for host in ("0.0.0.0", "192.168.1.10", "example.com"):
        with pytest.raises(ValueError, match="loopback"):
            SimulatorServer(host=host)


@allow_loopback
def test_socket_server_with_control_endpoints() -> None:
    sim = Simulator()
    with SimulatorServer(sim) as server:
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+", server.url)
        with httpx2.Client(base_url=server.url) as client:
            code = httpx2.URL(sim.authorize(connect_url())).params["code"]
            tokens = client.post(
                "/oauth/token",
                data={
                    "grant_type": "authorization_code",
                    "code": code,
                    "redirect_uri": DEFAULT_REDIRECT_URI,
                },
                auth=CLIENT_AUTH,
            ).json()
            headers = bearer(tokens["access_token"])
            assert client.get("/v2.0/vehicles", headers=headers).json()["vehicles"] == FLEET

            queued = client.post(
                "/_simulator/fail",
                json={"error": "RATE_LIMIT:VEHICLE", "path": "/odometer", "retry_after": 7},
            )
            assert queued.status_code == 200
            limited = client.get(f"/v2.0/vehicles/{TESLA}/odometer", headers=headers)
            assert_v2_error(limited, 429, "RATE_LIMIT", "VEHICLE")
            assert limited.headers["retry-after"] == "7"
            assert (
                client.get(f"/v2.0/vehicles/{TESLA}/odometer", headers=headers).status_code == 200
            )

            bad = client.post("/_simulator/fail", json={"error": "NOPE"})
            assert_v2_error(bad, 400, "VALIDATION", None)

            page = client.get(httpx2.URL(connect_url()).raw_path.decode())
            assert page.status_code == 200 and "Approve" in page.text

            unlock = f"/v2.0/vehicles/{TESLA}/security"
            # The Connect scope above has no control_security.
            denied = client.post(unlock, headers=headers, json={"action": "UNLOCK"})
            assert_v2_error(denied, 403, "PERMISSION", None)
            full = bearer(sim.issue_token()["access_token"])
            assert client.post(unlock, headers=full, json={"action": "UNLOCK"}).status_code == 200
            assert sim.state(TESLA).is_locked is False
            assert client.post("/_simulator/reset", json={}).json() == {"status": "success"}
            assert sim.state(TESLA).is_locked is True
            assert_v2_error(
                client.get("/v2.0/vehicles", headers=headers), 401, "AUTHENTICATION", None
            )
    with pytest.raises(RuntimeError):
        _ = server.url


@allow_loopback
def test_command_line_runs_a_server_until_terminated() -> None:
    command = [sys.executable, "-m", "smartcar.testing", "--port", "0", "--vehicles", "3"]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        banner = []
        for line in proc.stdout:  # stops at EOF too, should the server die early
            if line.startswith("Press Ctrl+C"):
                break
            banner.append(line)
        assert banner, "the server printed nothing"
        assert banner[0].startswith("Smartcar simulator listening on http://127.0.0.1:")
        assert any(DEFAULT_CLIENT_SECRET in line for line in banner)
        assert any(re.search(r"vehicles\s+8$", line) for line in banner)
        url = banner[0].split()[-1]
        r = httpx2.get(f"{url}/v2.0/compatibility/matrix?region=US", auth=CLIENT_AUTH)
        assert r.status_code == 200 and "TESLA" in r.json()
        proc.send_signal(signal.SIGTERM)
        rest, _ = proc.communicate(timeout=20)
        assert proc.returncode == 0 and rest == "stopping\n"
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


# -- spec examples ---------------------------------------------------------------------------------


def test_find_example_reads_examples_refs_and_variants() -> None:
    spec: dict[str, Any] = {
        "paths": {
            "/v2.0/vehicles/{vehicle_id}/odometer": {
                "get": {
                    "responses": {
                        "200": {
                            "content": {
                                "application/json": {
                                    "examples": {
                                        "metric": {"$ref": "#/components/examples/OdoMetric"},
                                        "imperial": {"value": {"distance": 1.0}},
                                    }
                                }
                            }
                        }
                    }
                }
            },
            "/v2.0/vehicles/{id}/vin": {"$ref": "#/components/pathItems/Vin"},
        },
        "components": {
            "examples": {"OdoMetric": {"value": {"distance": 2.0}}},
            "pathItems": {
                "Vin": {
                    "get": {
                        "responses": {
                            "200": {"content": {"application/json": {"example": {"vin": "X"}}}}
                        }
                    }
                }
            },
        },
    }
    assert find_example(spec, "GET", "/vehicles/{}/odometer") == {"distance": 2.0}
    assert find_example(spec, "get", "/vehicles/{x}/odometer", variant="imperial") == {
        "distance": 1.0
    }
    assert find_example(spec, "GET", "/v2.0/vehicles/{}/vin") == {"vin": "X"}
    assert find_example(spec, "POST", "/vehicles/{}/vin") is None
    assert find_example({}, "GET", "/vehicles/{}/vin") is None
    # Copies: changing one does not change the spec.
    find_example(spec, "GET", "/vehicles/{}/vin")["vin"] = "Y"
    assert find_example(spec, "GET", "/vehicles/{}/vin") == {"vin": "X"}


def _raw(url: str, request: bytes) -> bytes:
    """Send raw bytes to the server and return everything it answers until it closes."""
    parts = httpx2.URL(url)
    with socket.create_connection((parts.host, parts.port), timeout=10) as sock:
        sock.sendall(request)
        sock.shutdown(socket.SHUT_WR)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


@allow_loopback
@pytest.mark.parametrize(
    "target", ["http://evil.example/_simulator/fail", "HTTP://127.0.0.1/_simulator/fail"]
)
def test_control_endpoints_refuse_an_absolute_form_target(target: str) -> None:
    # The simulator routes by path alone: a target with an origin must not slip past the
    # control endpoints' checks, which look at the path.
    sim = Simulator()
    body = json.dumps({"error": "VEHICLE_STATE:ASLEEP"}).encode()
    with SimulatorServer(sim) as server:
        host = httpx2.URL(server.url).netloc.decode()
        answer = _raw(
            server.url,
            f"POST {target} HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode()
            + body,
        )
        assert answer.startswith(b"HTTP/1.1 400 ")
        token = sim.issue_token()["access_token"]
        with httpx2.Client(base_url=server.url, timeout=10) as client:
            odometer = f"/v2.0/vehicles/{sim.vehicle_ids[0]}/odometer"
            read = client.get(odometer, headers={"Authorization": f"Bearer {token}"})
        assert read.status_code == 200  # nothing was queued


@allow_loopback
def test_control_endpoints_refuse_cross_site_requests() -> None:
    sim = Simulator()
    with SimulatorServer(sim) as server, httpx2.Client(base_url=server.url, timeout=10) as client:
        fail = {"error": "VEHICLE_STATE:ASLEEP"}
        # What a web page can send without a CORS preflight: a form or text/plain body.
        as_form = client.post("/_simulator/fail", data=fail)
        as_text = client.post(
            "/_simulator/fail", content=json.dumps(fail), headers={"Content-Type": "text/plain"}
        )
        no_body = client.post("/_simulator/reset")
        assert [r.status_code for r in (as_form, as_text, no_body)] == [415, 415, 415]
        # DNS rebinding: the attacker's name resolves to 127.0.0.1, the Host header says so.
        rebound = client.post("/_simulator/fail", json=fail, headers={"Host": "evil.example"})
        assert rebound.status_code == 403
        cross = client.post("/_simulator/reset", json={}, headers={"Sec-Fetch-Site": "cross-site"})
        assert cross.status_code == 403
        # Nothing was queued: the next read succeeds.
        token = sim.issue_token()["access_token"]
        odometer = f"/v2.0/vehicles/{sim.vehicle_ids[0]}/odometer"
        headers = {"Authorization": f"Bearer {token}"}
        assert client.get(odometer, headers=headers).status_code == 200
        # The same-origin JSON request, from a loopback Host, works.
        assert client.post("/_simulator/fail", json=fail).status_code == 200
        assert client.get(odometer, headers=headers).status_code == 409
        localhost = {"Host": f"localhost:{httpx2.URL(server.url).port}"}
        assert client.post("/_simulator/reset", json={}, headers=localhost).status_code == 200


@allow_loopback
@pytest.mark.parametrize("length", [b"abc", b"-5", b"1e3", b"12, 13"])
def test_a_bad_content_length_gets_a_400(length: bytes) -> None:
    with SimulatorServer() as server:
        answer = _raw(
            server.url,
            b"POST /oauth/token HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: "
            + length
            + b"\r\n\r\nx=1",
        )
        assert answer.startswith(b"HTTP/1.1 400 "), answer
        assert b"Content-Length" in answer.partition(b"\r\n\r\n")[2]
        assert b"Traceback" not in answer
        # The server still serves other clients.
        assert httpx2.get(f"{server.url}/v2.0/vehicles", timeout=10).status_code == 401
