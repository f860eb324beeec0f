"""The simulator speaks API v3: application tokens, sc-user-id, commands, schedules, management.

Every request and answer here is also checked against spec/smartcar.yaml, so the simulator and
the spec cannot drift apart on the v3 operations.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest

from smartcar.testing import DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, SimResponse, Simulator
from tests.generated.test_conformance import check_interaction

from .._helpers import TESLA
from .._helpers import USER as ALICE

V3 = "https://vehicle.api.smartcar.com/v3"
MGMT = "https://management.api.smartcar.com/v3"
IAM = "https://iam.smartcar.com/oauth2/token"
LEAF = "8fa3f1ce-0e5c-4a0c-9d5b-4c3c54d0a0c2"
VOLT = "d1a9c0f4-7b1e-4e55-9c0a-2f3b8e6a1c01"
WEBHOOK = "5a8e5e38-1e12-4011-a36d-56f120053f9e"
BOB = "1e258add-fb21-4293-b9ab-cf8a61f7a880"


def send(
    sim: Simulator,
    method: str,
    url: str,
    headers: dict[str, str] | None = None,
    body: Any = None,
    *,
    conform: bool = True,
) -> SimResponse:
    """Send one request to the simulator and check both sides against the spec."""
    headers = dict(headers or {})
    raw = b""
    if isinstance(body, dict) and url == IAM:
        raw = urlencode(body).encode()
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    elif body is not None:
        raw = json.dumps(body).encode()
        headers["Content-Type"] = "application/json"
    response = sim.handle(method, url, headers, raw)
    if conform:
        check_interaction(
            {
                "request": {
                    "method": method,
                    "uri": url,
                    "headers": {k: [v] for k, v in headers.items()},
                    "body": raw.decode(),
                },
                "response": {
                    "status": {"code": response.status},
                    "headers": {k: [v] for k, v in response.headers.items()},
                    "body": {"string": response.body.decode()},
                },
            }
        )
    return response


@pytest.fixture
def sim() -> Simulator:
    simulator = Simulator()
    simulator.connect([TESLA, LEAF], user_id=ALICE)
    simulator.connect([VOLT], user_id=BOB, mode="simulated")
    return simulator


def app_token(sim: Simulator) -> str:
    response = send(
        sim,
        "POST",
        IAM,
        body={
            "grant_type": "client_credentials",
            "client_id": DEFAULT_CLIENT_ID,
            "client_secret": DEFAULT_CLIENT_SECRET,
        },
    )
    assert response.status == 200
    body = response.json()
    assert body["token_type"] == "Bearer" and body["expires_in"] == 3600
    assert "refresh_token" not in body
    token = body["access_token"]
    assert isinstance(token, str)
    return token


def auth(sim: Simulator, user: str | None = ALICE) -> dict[str, str]:
    headers = {"Authorization": f"Bearer {app_token(sim)}"}
    if user:
        headers["sc-user-id"] = user
    return headers


def test_token_endpoint_checks_the_client_and_grant(sim: Simulator) -> None:
    bad = send(
        sim,
        "POST",
        IAM,
        body={
            "grant_type": "client_credentials",
            "client_id": DEFAULT_CLIENT_ID,
            "client_secret": "wrong",
        },
    )
    assert (bad.status, bad.json()["error"]) == (401, "invalid_client")
    wrong = send(sim, "POST", IAM, body={"grant_type": "password"}, conform=False)
    assert (wrong.status, wrong.json()["error"]) == (400, "invalid_request")


def test_commands_need_the_application_token_and_the_user(sim: Simulator) -> None:
    url = f"{V3}/vehicles/{TESLA}/commands/security/unlock"
    # A per-vehicle Connect token is not an application token.
    connect_token = sim.issue_token()["access_token"]
    refused = send(
        sim, "POST", url, {"Authorization": f"Bearer {connect_token}", "sc-user-id": ALICE}
    )
    assert refused.status == 401
    # As the live API: a lower-case code, no type.
    error = refused.json()["errors"][0]
    assert error == {
        "status": "401",
        "code": "unauthorized",
        "title": "Unauthorized",
        "detail": error["detail"],
    }
    missing = send(sim, "POST", url, auth(sim, user=None), conform=False)  # header required
    assert missing.status == 400
    assert missing.json()["errors"][0]["code"] == "bad_request"
    assert "type" not in missing.json()["errors"][0]
    stranger = send(sim, "POST", url, auth(sim, user=BOB))
    assert stranger.status == 403
    assert stranger.json()["errors"][0]["code"] == "ACCESS_DENIED"
    assert sim.state(TESLA).is_locked  # nothing happened


def test_expired_application_token_is_refused() -> None:
    now = [1_750_000_000.0]
    sim = Simulator(clock=lambda: now[0])
    sim.connect([TESLA], user_id=ALICE)
    headers = auth(sim)
    url = f"{V3}/vehicles/{TESLA}/commands/security/lock"
    assert send(sim, "POST", url, headers).status == 200
    now[0] += 3600
    assert send(sim, "POST", url, headers).status == 401


def test_security_commands_change_state_and_answer_an_execution(sim: Simulator) -> None:
    headers = auth(sim)
    response = send(sim, "POST", f"{V3}/vehicles/{TESLA}/commands/security/unlock", headers)
    assert response.status == 200
    data = response.json()["data"]
    assert data["type"] == "command-execution"
    assert data["attributes"]["commandType"] == "security-unlock"
    assert data["attributes"]["status"]["value"] == "SUCCESS"
    assert not sim.state(TESLA).is_locked
    send(sim, "POST", f"{V3}/vehicles/{TESLA}/commands/security/lock", headers)
    assert sim.state(TESLA).is_locked


def test_a_slow_vehicle_answers_202_with_the_result(sim: Simulator) -> None:
    sim.state(TESLA).slow_commands = True
    response = send(sim, "POST", f"{V3}/vehicles/{TESLA}/commands/security/unlock", auth(sim))
    assert response.status == 202
    assert response.json()["data"]["attributes"]["executionMode"] == "async"
    assert not sim.state(TESLA).is_locked


def test_charging_commands(sim: Simulator) -> None:
    headers = auth(sim)
    base = f"{V3}/vehicles/{TESLA}/commands/charge"
    sim.state(TESLA).is_plugged_in = True
    assert send(sim, "POST", f"{base}/start", headers).status == 200
    assert sim.state(TESLA).charge_state == "CHARGING"
    assert send(sim, "POST", f"{base}/stop", headers).status == 200
    assert sim.state(TESLA).charge_state == "NOT_CHARGING"
    body = {"data": {"attributes": {"percent": 90}}}
    limit = send(sim, "POST", f"{base}/set-limit", headers, body)
    assert limit.json()["data"]["attributes"]["parameters"] == {"percent": 90}
    assert sim.state(TESLA).charge_limit == pytest.approx(0.9)
    bad = send(
        sim,
        "POST",
        f"{base}/set-limit",
        headers,
        {"data": {"attributes": {"percent": 150}}},
        conform=False,
    )
    assert bad.status == 400 and bad.json()["errors"][0]["status"] == "400"


def test_destination(sim: Simulator) -> None:
    body = {"data": {"attributes": {"latitude": 37.7749, "longitude": -122.4194}}}
    url = f"{V3}/vehicles/{TESLA}/commands/navigation/set-destination"
    response = send(sim, "POST", url, auth(sim), body)
    assert response.json()["data"]["attributes"]["commandType"] == "navigation-set-destination"
    assert sim.state(TESLA).destination == (37.7749, -122.4194)


@pytest.mark.parametrize("kind", ["daily", "weekly", "workweek"])
def test_charge_schedules_are_stored_and_deleted(sim: Simulator, kind: str) -> None:
    headers = auth(sim)
    body = {
        "data": {
            "attributes": {
                "location": {"latitude": 37.7749, "longitude": -122.4194},
                "startTime": "22:00",
                "stopTime": "06:00",
            }
        }
    }
    created = send(sim, "POST", f"{V3}/vehicles/{TESLA}/charge-schedules/{kind}", headers, body)
    data = created.json()["data"]
    assert data["type"] == "charge-schedule-execution"
    assert data["attributes"]["scheduleType"] == kind
    schedule_id = data["attributes"]["scheduleId"]
    assert data["links"]["schedule"].endswith(f"/charge-schedules/{schedule_id}")
    assert sim.charge_schedules(TESLA)[schedule_id]["startTime"] == "22:00"
    url = f"{V3}/vehicles/{TESLA}/charge-schedules/{schedule_id}"
    deleted = send(sim, "DELETE", url, headers)
    assert deleted.json()["data"]["attributes"]["action"] == "delete"
    assert sim.charge_schedules(TESLA) == {}
    again = send(sim, "DELETE", url, headers)
    assert again.status == 404 and again.json()["errors"][0]["status"] == "404"


def test_connections_are_listed_filtered_and_paged(sim: Simulator) -> None:
    headers = auth(sim, user=None)
    everything = send(sim, "GET", f"{V3}/connections", headers).json()
    assert everything["meta"]["totalCount"] == 3
    users = {c["relationships"]["user"]["data"]["id"] for c in everything["data"]}
    assert users == {ALICE, BOB}
    first = send(sim, "GET", f"{V3}/connections?page[size]=2", headers).json()
    assert len(first["data"]) == 2 and first["links"]["next"] is not None
    second = send(sim, "GET", f"{V3}/connections?page[size]=2&page[number]=2", headers).json()
    assert len(second["data"]) == 1 and second["links"]["next"] is None
    alice = send(sim, "GET", f"{V3}/connections?filter[userId]={ALICE}", headers).json()
    assert {c["relationships"]["vehicle"]["data"]["id"] for c in alice["data"]} == {TESLA, LEAF}
    by_header = send(sim, "GET", f"{V3}/connections", {**headers, "sc-user-id": BOB}).json()
    assert [c["relationships"]["vehicle"]["data"]["id"] for c in by_header["data"]] == [VOLT]
    simulated = send(sim, "GET", f"{V3}/connections?filter[vehicle.mode]=simulated", headers)
    assert simulated.json()["meta"]["totalCount"] == 1


def test_connection_get_and_remove(sim: Simulator) -> None:
    headers = auth(sim, user=None)
    listed = send(sim, "GET", f"{V3}/connections?filter[vehicleId]={LEAF}", headers).json()
    connection_id = listed["data"][0]["id"]
    assert connection_id not in (LEAF, ALICE)
    got = send(sim, "GET", f"{V3}/connections/{connection_id}", headers).json()["data"]
    assert got["relationships"]["vehicle"]["data"]["id"] == LEAF
    removed = send(sim, "DELETE", f"{V3}/connections/{connection_id}", headers)
    assert removed.status == 204 and removed.body == b""
    assert send(sim, "GET", f"{V3}/connections/{connection_id}", headers).status == 404
    # The vehicle is no longer reachable for that user.
    url = f"{V3}/vehicles/{LEAF}/commands/security/lock"
    assert send(sim, "POST", url, {**headers, "sc-user-id": ALICE}).status == 403


def test_removing_a_user_removes_their_connections_and_subscriptions(sim: Simulator) -> None:
    headers = auth(sim, user=None)
    body = {"data": {"attributes": {"webhookId": WEBHOOK, "userId": ALICE, "vehicleId": TESLA}}}
    assert send(sim, "POST", f"{MGMT}/subscriptions", headers, body).status == 202
    assert send(sim, "DELETE", f"{V3}/users/{ALICE}", headers).status == 204
    left = send(sim, "GET", f"{V3}/connections", headers).json()
    assert [c["relationships"]["user"]["data"]["id"] for c in left["data"]] == [BOB]
    subs = send(sim, "GET", f"{MGMT}/subscriptions", headers).json()
    assert subs["data"] == []
    assert send(sim, "DELETE", f"{V3}/users/{ALICE}", headers).status == 404


def test_webhooks_list_and_get(sim: Simulator) -> None:
    headers = auth(sim, user=None)
    listed = send(sim, "GET", f"{MGMT}/webhooks", headers).json()
    assert listed["meta"]["totalCount"] == 2
    auto = send(sim, "GET", f"{MGMT}/webhooks?filter[autoSubscribe]=true", headers).json()
    assert [w["attributes"]["name"] for w in auto["data"]] == ["Fleet Webhook"]
    named = send(sim, "GET", f"{MGMT}/webhooks?filter[name]=charg", headers).json()
    assert [w["id"] for w in named["data"]] == [WEBHOOK]
    got = send(sim, "GET", f"{MGMT}/webhooks/{WEBHOOK}", headers).json()
    assert got["data"]["attributes"]["callbackUri"].startswith("https://")
    unknown = "00000000-0000-4000-8000-000000000000"
    assert send(sim, "GET", f"{MGMT}/webhooks/{unknown}", headers).status == 404


def test_subscriptions_are_stateful(sim: Simulator) -> None:
    headers = auth(sim, user=None)
    body = {"data": {"attributes": {"webhookId": WEBHOOK, "userId": ALICE, "vehicleId": TESLA}}}
    created = send(sim, "POST", f"{MGMT}/subscriptions", headers, body)
    assert created.json() == {"meta": {"message": "subscription creation in progress"}}
    conflict = send(sim, "POST", f"{MGMT}/subscriptions", headers, body)
    assert conflict.status == 409 and conflict.json()["errors"][0]["status"] == "409"
    wrong_user = {"data": {"attributes": {"webhookId": WEBHOOK, "userId": BOB, "vehicleId": LEAF}}}
    assert send(sim, "POST", f"{MGMT}/subscriptions", headers, wrong_user).status == 404
    listed = send(sim, "GET", f"{MGMT}/subscriptions?filter[webhookId]={WEBHOOK}", headers)
    [sub] = listed.json()["data"]
    assert sub["relationships"]["vehicle"]["data"]["id"] == TESLA
    url = f"{MGMT}/subscriptions/{sub['id']}"
    assert send(sim, "GET", url, headers).json()["data"]["id"] == sub["id"]
    assert send(sim, "DELETE", url, headers).status == 204
    assert send(sim, "GET", url, headers).status == 404


def test_signals_with_the_application_token(sim: Simulator) -> None:
    headers = auth(sim)
    listed = send(sim, "GET", f"{V3}/vehicles/{TESLA}/signals", headers)
    assert listed.status == 200
    codes = {s["id"] for s in listed.json()["data"]}
    assert "tractionbattery-stateofcharge" in codes
    one = send(sim, "GET", f"{V3}/vehicles/{TESLA}/signals/odometer-traveleddistance", headers)
    assert one.json()["data"]["attributes"]["body"]["unit"] == "km"
    missing_user = send(sim, "GET", f"{V3}/vehicles/{TESLA}/signals", auth(sim, user=None))
    assert missing_user.status == 400
    assert missing_user.json()["errors"][0]["status"] == "400"


def test_compatible_vehicles_need_no_token(sim: Simulator) -> None:
    url = "https://compatibility.api.smartcar.com/v3/compatible-vehicles?filter[make]=tesla"
    body = send(sim, "GET", url).json()
    assert body["data"] and {v["attributes"]["make"] for v in body["data"]} == {"TESLA"}
    capabilities = body["data"][0]["attributes"]["capabilities"]
    assert {"type": "signal", "capability": "tractionbattery-stateofcharge"} in capabilities


def test_injected_failures_on_v3_paths_are_v3_documents(sim: Simulator) -> None:
    sim.fail_next("RATE_LIMIT:VEHICLE", path="/commands/security/lock")
    url = f"{V3}/vehicles/{TESLA}/commands/security/lock"
    response = send(sim, "POST", url, auth(sim))
    assert response.status == 429 and response.header("Retry-After") == "30"
    assert response.json()["errors"][0]["code"] == "VEHICLE"


def test_connect_redirect_carries_user_id_alongside_code() -> None:
    sim = Simulator()
    query = urlencode(
        {
            "response_type": "code",
            "client_id": DEFAULT_CLIENT_ID,
            "redirect_uri": sim.redirect_uri,
            "scope": "read_odometer",
            "state": "xyz",
        }
    )
    location = sim.authorize(f"https://connect.smartcar.com/oauth/authorize?{query}")
    params = parse_qs(urlsplit(location).query)
    assert params["user_id"] == [sim.user_id]
    assert params["state"] == ["xyz"] and params["code"]


def test_a_command_needs_the_permission_the_connection_was_granted(sim: Simulator) -> None:
    # The spec names no scopes for the application token; the connection's grant still counts.
    sim.connect([TESLA], user_id=ALICE, scope=["read_vehicle_info", "read_security"])
    url = f"{V3}/vehicles/{TESLA}/commands/security/unlock"
    refused = send(sim, "POST", url, auth(sim))
    assert refused.status == 403
    assert refused.json()["errors"][0]["type"] == "PERMISSION"
    assert sim.state(TESLA).is_locked  # nothing happened
    sim.connect([TESLA], user_id=ALICE, scope=["control_security"])
    assert send(sim, "POST", url, auth(sim)).status == 200
    assert not sim.state(TESLA).is_locked


def test_v3_routes_take_auth_user_and_error_style_from_the_spec() -> None:
    from smartcar.testing import _simulator
    from smartcar.testing._routes import _pattern
    from smartcar.testing._state import _Auth

    routes = {(r.method, r.pattern.pattern): r for r in _simulator._ROUTES}

    def route(method: str, path: str) -> Any:
        return routes[(method, _pattern(path))]

    lock = route("POST", "/v3/vehicles/{vehicle_id}/commands/security/lock")
    assert (lock.auth, lock.user, lock.v3) == (_Auth.APP, True, True)
    signals = route("GET", "/v3/vehicles/{vehicle_id}/signals")
    # A Connect access token may read signals too: its errors stay v2.0-style.
    assert (signals.auth, signals.user, signals.v3) == (_Auth.ACCESS_OR_APP, True, False)
    vehicle = route("GET", "/v3/vehicles/{vehicle_id}")
    assert (vehicle.auth, vehicle.user) == (_Auth.ACCESS_OR_APP, False)
    connections = route("GET", "/v3/connections")
    assert (connections.auth, connections.v3) == (_Auth.APP, True)
    compatible = route("GET", "/v3/compatible-vehicles")
    assert (compatible.auth, compatible.v3) == (_Auth.NONE, True)
    v2 = route("GET", "/v{version}/vehicles/{vehicle_id}/odometer")
    assert (v2.auth, v2.user, v2.v3) == (_Auth.ACCESS, False, False)
