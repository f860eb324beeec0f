"""`App`/`AsyncApp` behaviour the cassettes cannot show: the token's life, retries, paging.

Requests go to the in-process simulator through a transport that counts (and can alter) them.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import threading
import time
from collections.abc import Callable
from typing import Any

import httpx2
import pytest
from smartcar_openapi import models

import smartcar
from smartcar import app as app_module
from smartcar import paging, v3
from smartcar._app import token as _app_token
from smartcar._core.errors import error_from_response
from smartcar.testing import (
    DEFAULT_CLIENT_ID,
    DEFAULT_CLIENT_SECRET,
    DEFAULT_MANAGEMENT_TOKEN,
    Simulator,
    SimulatorTransport,
)
from smartcar.webhooks import parse_payload

from .._helpers import TESLA, USER

pytestmark = pytest.mark.tesla_connected
Hook = Callable[[httpx2.Request], httpx2.Response | None]


class Counting(httpx2.MockTransport):
    """Answers from a simulator, counting requests by path; ``hook`` may answer first."""

    def __init__(self, sim: Simulator, hook: Hook | None = None) -> None:
        self.inner = SimulatorTransport(sim)
        self.hook = hook
        self.paths: list[str] = []
        self.lock = threading.Lock()
        super().__init__(self._answer)

    def _answer(self, request: httpx2.Request) -> httpx2.Response:
        with self.lock:
            self.paths.append(request.url.path)
        if self.hook is not None:
            answer = self.hook(request)
            if answer is not None:
                return answer
        return self.inner._answer(request)

    def count(self, suffix: str) -> int:
        return sum(1 for p in self.paths if p.endswith(suffix))


def make_app(transport: httpx2.MockTransport, **options: Any) -> smartcar.App:
    return smartcar.App(DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, transport=transport, **options)


def make_async_app(transport: httpx2.MockTransport, **options: Any) -> smartcar.AsyncApp:
    return smartcar.AsyncApp(
        DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, transport=transport, **options
    )


def v3_error(status: int, error_type: str, code: str | None) -> httpx2.Response:
    body = {"errors": [{"status": str(status), "type": error_type, "code": code, "title": "x"}]}
    return httpx2.Response(status, json=body, headers={"SC-Request-Id": "req-1"})


# -- the application token ---------------------------------------------------------------------


def test_the_token_is_fetched_once_and_reused(sim: Simulator) -> None:
    transport = Counting(sim)
    car = make_app(transport).vehicle(TESLA, USER)
    car.lock_doors()
    car.unlock_doors()
    car.get_signal("odometer-traveleddistance")
    assert transport.count("/oauth2/token") == 1


@pytest.mark.parametrize("mode", ["body", "basic"])
def test_credentials_in_the_body_or_basic(sim: Simulator, mode: str) -> None:
    seen: list[httpx2.Request] = []

    def hook(request: httpx2.Request) -> None:
        if request.url.path == "/oauth2/token":
            seen.append(request)

    make_app(Counting(sim, hook), credentials_in=mode).vehicle(TESLA, USER).lock_doors()
    form = dict(httpx2.QueryParams(seen[0].content.decode()))
    assert form["grant_type"] == "client_credentials"
    assert ("client_secret" in form) is (mode == "body")
    assert seen[0].headers.get("Authorization", "").startswith("Basic ") is (mode == "basic")


def test_the_token_is_renewed_shortly_before_it_expires(
    sim: Simulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    now = [1000.0]
    monkeypatch.setattr(_app_token.time, "monotonic", lambda: now[0])
    transport = Counting(sim)
    car = make_app(transport).vehicle(TESLA, USER)
    car.lock_doors()
    now[0] += 3600 - 61  # still more than the 60 s margin left
    car.lock_doors()
    assert transport.count("/oauth2/token") == 1
    now[0] += 2  # inside the margin: fetched again, before the API would refuse it
    car.lock_doors()
    assert transport.count("/oauth2/token") == 2


def test_threads_share_one_token_fetch(sim: Simulator) -> None:
    release = threading.Event()

    def hook(request: httpx2.Request) -> None:
        if request.url.path == "/oauth2/token":
            release.wait(5)  # every thread is asking by now, or has joined the flight

    transport = Counting(sim, hook)
    car = make_app(transport).vehicle(TESLA, USER)
    errors: list[BaseException] = []

    def work() -> None:
        try:
            car.get_signal("odometer-traveleddistance")
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for thread in threads:
        thread.start()
    release.set()
    for thread in threads:
        thread.join()
    assert not errors
    assert transport.count("/oauth2/token") == 1


def test_tasks_share_one_token_fetch(sim: Simulator) -> None:
    transport = Counting(sim)
    car = make_async_app(transport).vehicle(TESLA, USER)

    async def main() -> None:
        await asyncio.gather(*(car.get_signal("odometer-traveleddistance") for _ in range(8)))

    asyncio.run(main())
    assert transport.count("/oauth2/token") == 1


def test_a_401_drops_the_token_and_retries_once(sim: Simulator) -> None:
    refused = [0]

    def hook(request: httpx2.Request) -> httpx2.Response | None:
        if request.url.path.endswith("/commands/security/unlock") and refused[0] == 0:
            refused[0] += 1
            return v3_error(401, "AUTHENTICATION", "UNAUTHORIZED")
        return None

    transport = Counting(sim, hook)
    execution = make_app(transport).vehicle(TESLA, USER).unlock_doors()
    assert execution.command_type == "security-unlock"
    assert transport.count("/oauth2/token") == 2
    assert transport.count("/unlock") == 2
    assert not sim.state(TESLA).is_locked


def test_a_second_401_is_raised(sim: Simulator) -> None:
    def hook(request: httpx2.Request) -> httpx2.Response | None:
        if request.url.path.endswith("/signals/odometer-traveleddistance"):
            return v3_error(401, "AUTHENTICATION", "UNAUTHORIZED")
        return None

    transport = Counting(sim, hook)
    with pytest.raises(smartcar.AuthenticationError) as info:
        make_app(transport).vehicle(TESLA, USER).get_signal("odometer-traveleddistance")
    assert info.value.status_code == 401
    assert transport.count("/odometer-traveleddistance") == 2


def test_async_401_retry(sim: Simulator) -> None:
    refused = [0]

    def hook(request: httpx2.Request) -> httpx2.Response | None:
        if request.url.path.endswith("/commands/security/lock") and refused[0] == 0:
            refused[0] += 1
            return v3_error(401, "AUTHENTICATION", "UNAUTHORIZED")
        return None

    transport = Counting(sim, hook)
    execution = asyncio.run(make_async_app(transport).vehicle(TESLA, USER).lock_doors())
    assert execution.status == "SUCCESS"
    assert transport.count("/oauth2/token") == 2


def test_a_refused_client_is_an_oauth_error(sim: Simulator) -> None:
    app = smartcar.App(DEFAULT_CLIENT_ID, "wrong-secret", transport=SimulatorTransport(sim))
    with pytest.raises(smartcar.OAuthError) as info:
        app.vehicle(TESLA, USER).lock_doors()
    assert (info.value.status_code, info.value.type) == (401, "invalid_client")


# -- commands are never replayed ---------------------------------------------------------------


@pytest.mark.parametrize("status", [500, 502, 503, 504, 429])
def test_a_command_is_never_replayed(sim: Simulator, status: int) -> None:
    def hook(request: httpx2.Request) -> httpx2.Response | None:
        if request.url.path.endswith("/commands/security/unlock"):
            return v3_error(status, "SERVER", None)
        return None

    transport = Counting(sim, hook)
    with pytest.raises(smartcar.SmartcarException) as info:
        make_app(transport).vehicle(TESLA, USER).unlock_doors()
    assert info.value.status_code == status
    assert transport.count("/unlock") == 1


def test_a_read_is_retried(sim: Simulator) -> None:
    failed = [0]

    def hook(request: httpx2.Request) -> httpx2.Response | None:
        if request.url.path.endswith("/v3/connections") and failed[0] == 0:
            failed[0] += 1
            return v3_error(503, "SERVER", None)
        return None

    transport = Counting(sim, hook)
    page = make_app(transport, max_retries=1).list_connections()
    assert len(page.items) == 1
    assert transport.count("/v3/connections") == 2


# -- input is checked before anything is sent --------------------------------------------------


@pytest.mark.parametrize(
    "call",
    [
        lambda car: car.set_charge_limit(150),
        lambda car: car.set_charge_limit(True),
        lambda car: car.set_destination(91, 0),
        lambda car: car.set_daily_charge_schedule(1, 2, "25:00", "06:00"),
        lambda car: car.set_weekly_charge_schedule(1, 2, "22:00", "6"),
        lambda car: car.get_signal("../x"),
        lambda car: car.delete_charge_schedule("a/b"),
    ],
)
def test_bad_vehicle_input_fails_before_any_request(
    sim: Simulator, call: Callable[[Any], Any]
) -> None:
    transport = Counting(sim)
    car = make_app(transport).vehicle(TESLA, USER)
    with pytest.raises(smartcar.InvalidInputError):
        call(car)
    assert transport.paths == []


@pytest.mark.parametrize(
    "call",
    [
        lambda app: app.vehicle(TESLA, "user\r\nX-Evil: 1"),
        lambda app: app.vehicle(TESLA, ""),
        lambda app: app.list_connections(page=0),
        lambda app: app.list_connections(page_size=101),
        lambda app: app.list_connections(mode="test"),
        lambda app: app.list_subscriptions(user_id="not-a-uuid"),
        lambda app: app.get_webhook("nope"),
        lambda app: app.list_webhooks(is_enabled="yes"),
        lambda app: app.compatible_vehicles(region="MARS"),
        lambda app: app.connections(limit=-1),
    ],
)
def test_bad_app_input_fails_before_any_request(sim: Simulator, call: Callable[[Any], Any]) -> None:
    transport = Counting(sim)
    with pytest.raises(smartcar.InvalidInputError):
        call(make_app(transport))
    assert transport.paths == []


def test_credentials_are_checked_when_the_app_is_made() -> None:
    with pytest.raises(smartcar.InvalidInputError) as info:
        smartcar.App("client_x", "secret with space")
    assert "secret with space" not in str(info.value)


# -- paging ------------------------------------------------------------------------------------


def test_pages_are_fetched_lazily_and_stop_at_the_limit(sim: Simulator) -> None:
    sim.connect(sim.vehicle_ids[1:5], user_id=USER)
    transport = Counting(sim)
    items = make_app(transport).connections(page_size=2, limit=3)
    assert transport.count("/v3/connections") == 0  # nothing until iteration starts
    iterator = iter(items)
    next(iterator)
    assert transport.count("/v3/connections") == 1
    assert len(list(iterator)) == 2
    assert transport.count("/v3/connections") == 2  # the third page is never asked for


def _paged_hook(pages: int, retry_after: str | None) -> Hook:
    def hook(request: httpx2.Request) -> httpx2.Response | None:
        if request.url.path != "/v3/webhooks":
            return None
        number = int(request.url.params.get("page[number]", "1"))
        item = {
            "id": f"00000000-0000-4000-8000-00000000000{number}",
            "type": "webhook",
            "attributes": {"name": f"Webhook {number}"},
            "links": {"self": f"/webhooks/{number}"},
            "meta": {},
        }
        body = {
            "data": [item],
            "meta": {"totalCount": pages},
            "links": {"next": f"/webhooks?page[number]={number + 1}" if number < pages else None},
        }
        headers = {"Retry-After": retry_after} if retry_after else {}
        return httpx2.Response(200, json=body, headers=headers)

    return hook


def test_retry_after_is_honoured_between_pages(
    sim: Simulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    waits: list[float] = []
    monkeypatch.setattr(time, "sleep", waits.append)
    webhooks = list(make_app(Counting(sim, _paged_hook(3, "2"))).webhooks())
    assert len(webhooks) == 3
    assert waits == [2.0, 2.0]  # between pages, not after the last one


def test_async_paging_honours_retry_after(sim: Simulator, monkeypatch: pytest.MonkeyPatch) -> None:
    waits: list[float] = []

    async def record(seconds: float) -> None:
        waits.append(seconds)

    monkeypatch.setattr(asyncio, "sleep", record)
    app = make_async_app(Counting(sim, _paged_hook(2, "1")))

    async def main() -> list[v3.Webhook]:
        return [w async for w in app.webhooks()]

    assert len(asyncio.run(main())) == 2
    assert waits == [1.0]


def test_a_sync_loop_over_an_async_app_says_how_to_iterate(sim: Simulator) -> None:
    app = make_async_app(Counting(sim))
    with pytest.raises(smartcar.ConfigurationError, match="async for"):
        list(app.connections())


def test_signals_follow_links_next_only_on_the_same_list(sim: Simulator) -> None:
    def hook(request: httpx2.Request) -> httpx2.Response | None:
        if request.url.path.endswith("/signals"):
            body = {"data": [], "links": {"next": "https://evil.example/steal"}}
            body["data"] = [
                {
                    "id": "a",
                    "type": "signal",
                    "attributes": {
                        "code": "a",
                        "name": "A",
                        "group": "G",
                        "status": {"value": "SUCCESS"},
                    },
                }
            ]
            return httpx2.Response(200, json=body)
        return None

    transport = Counting(sim, hook)
    signals = iter(make_app(transport).vehicle(TESLA, USER).signals())
    assert next(signals).id == "a"
    with pytest.raises(smartcar.InvalidResponseError, match="another host"):
        next(signals)
    assert not any("steal" in p for p in transport.paths)


def test_v2_iterators_sync_and_async() -> None:
    sim = Simulator(extra_vehicles=4)
    token = sim.issue_token()["access_token"]
    transport = SimulatorTransport(sim)
    smartcar._http.set_transport_override(transport)
    try:
        ids = list(paging.vehicles(token, page_size=2))
        assert ids == sim.vehicle_ids
        assert list(paging.vehicles(token, page_size=2, limit=3)) == sim.vehicle_ids[:3]

        async def main() -> tuple[list[str], list[str], list[Any]]:
            vehicles = [v async for v in paging.vehicles(token, page_size=3, asynchronous=True)]
            car = smartcar.AsyncVehicle(sim.vehicle_ids[0], token)
            permissions = [p async for p in paging.permissions(car, page_size=5)]
            connections = [
                c
                async for c in paging.management_connections(
                    DEFAULT_MANAGEMENT_TOKEN, page_size=3, asynchronous=True
                )
            ]
            return vehicles, permissions, connections

        vehicles, permissions, connections = asyncio.run(main())
        assert vehicles == sim.vehicle_ids
        car = smartcar.Vehicle(sim.vehicle_ids[0], token)
        assert list(paging.permissions(car, page_size=5)) == permissions
        assert "read_odometer" in permissions and len(permissions) > 5
        assert len(connections) == len(sim.vehicle_ids)
        sync_connections = list(
            paging.management_connections(DEFAULT_MANAGEMENT_TOKEN, page_size=2)
        )
        assert [c.vehicle_id for c in sync_connections] == [c.vehicle_id for c in connections]
    finally:
        smartcar._http.set_transport_override(None)


# -- errors, Connect, webhooks -----------------------------------------------------------------


def test_v3_error_document_keeps_every_member() -> None:
    body = {
        "errors": [
            {
                "status": "501",
                "type": "COMPATIBILITY",
                "code": "MAKE_NOT_COMPATIBLE",
                "title": "Make Not Compatible",
                "detail": "Smartcar is not yet compatible with this vehicle's make.",
                "links": {"about": "https://smartcar.com/docs/errors/x#make-not-compatible"},
                "resolution": {"type": None},
                "source": {"pointer": "/data"},
                "meta": {"debug": 1},
            }
        ]
    }
    err = error_from_response(501, {"SC-Request-Id": "r"}, json.dumps(body))
    assert isinstance(err, smartcar.CompatibilityError)
    assert (err.status_code, err.code) == (501, "MAKE_NOT_COMPATIBLE")
    assert err.doc_url == "https://smartcar.com/docs/errors/x#make-not-compatible"
    assert err.description == "Smartcar is not yet compatible with this vehicle's make."
    assert err.detail == body["errors"]


def test_connect_redirect_reads_user_id_and_code() -> None:
    got = smartcar.read_connect_redirect(
        "https://example.com/cb?code=abc&user_id=u-1&state=s1", state="s1"
    )
    assert (got.user_id, got.code, got.state) == ("u-1", "abc", "s1")
    legacy = smartcar.read_connect_redirect("?userId=u-2&state=s1", state="s1")
    assert (legacy.user_id, legacy.code) == ("u-2", None)


def test_connect_redirect_state_and_errors() -> None:
    with pytest.raises(smartcar.ConnectError) as forged:
        smartcar.read_connect_redirect("https://e.com/cb?user_id=u&state=other", state="s1")
    assert forged.value.type == "invalid_state"
    with pytest.raises(smartcar.ConnectError) as denied:
        smartcar.read_connect_redirect(
            "https://e.com/cb?error=vehicle_incompatible&error_description=No&vin=1FT&make=FORD"
            "&state=s1",
            state="s1",
        )
    err = denied.value
    assert isinstance(err, smartcar.OAuthError)
    assert (err.type, err.description, err.state) == ("vehicle_incompatible", "No", "s1")
    assert err.vehicle_info == {"vin": "1FT", "make": "FORD"}
    with pytest.raises(smartcar.InvalidInputError):
        smartcar.read_connect_redirect("https://e.com/cb?code=abc&state=s1", state="s1")


def test_connect_redirect_from_the_simulator() -> None:
    sim = Simulator()
    client = smartcar.AuthClient(
        DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, sim.redirect_uri, mode="live"
    )
    url = client.get_auth_url(["read_odometer"], {"state": "st-9"})
    redirect = sim.authorize(url)
    got = smartcar.read_connect_redirect(redirect, state="st-9")
    assert got.user_id == sim.user_id and got.code


def test_v3_webhook_payload_carries_the_user_and_is_verified() -> None:
    body = json.dumps(
        {
            "eventId": "52f6e0bb-1369-45da-a61c-9e67d092d6db",
            "eventType": "VEHICLE_STATE",
            "data": {
                "user": {"id": USER},
                "vehicle": {"id": TESLA, "make": "TESLA", "model": "Model 3", "year": 2021},
                "signals": [],
            },
            "triggers": [{"type": "FIRST_DELIVERY"}],
            "meta": {"version": "4.0", "webhookId": "w", "deliveryId": "d", "deliveredAt": 1},
        }
    )
    signature = smartcar.hash_challenge(DEFAULT_MANAGEMENT_TOKEN, body)
    event = parse_payload(body, amt=DEFAULT_MANAGEMENT_TOKEN, signature=signature)
    assert event.data.user.id == USER  # type: ignore[union-attr]
    with pytest.raises(smartcar.WebhookSignatureError):
        parse_payload(body, amt=DEFAULT_MANAGEMENT_TOKEN, signature="0" * 64)


def test_credentials_come_from_the_environment(
    sim: Simulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SMARTCAR_API_CLIENT_ID", raising=False)
    monkeypatch.delenv("SMARTCAR_API_CLIENT_SECRET", raising=False)
    with pytest.raises(smartcar.ConfigurationError, match="SMARTCAR_API_CLIENT_ID"):
        smartcar.App()
    monkeypatch.setenv("SMARTCAR_API_CLIENT_ID", DEFAULT_CLIENT_ID)
    monkeypatch.setenv("SMARTCAR_API_CLIENT_SECRET", DEFAULT_CLIENT_SECRET)
    app = smartcar.App(transport=SimulatorTransport(sim))
    assert app.vehicle(TESLA, USER).lock_doors().status == "SUCCESS"


def test_a_list_that_points_back_to_a_page_it_sent_stops(sim: Simulator) -> None:
    def hook(request: httpx2.Request) -> httpx2.Response | None:
        if request.url.path.endswith("/signals"):
            signal = {
                "id": "a",
                "type": "signal",
                "attributes": {"code": "a", "name": "A", "group": "G", "status": {"value": "OK"}},
            }
            link = f"/vehicles/{TESLA}/signals?page=2"
            return httpx2.Response(200, json={"data": [signal], "links": {"next": link}})
        return None

    transport = Counting(sim, hook)
    with pytest.raises(smartcar.InvalidResponseError, match="points back"):
        list(make_app(transport).vehicle(TESLA, USER).signals())
    assert transport.count("/signals") == 2


def test_signal_bodies_are_typed_where_their_shape_is_known(sim: Simulator) -> None:
    car = make_app(Counting(sim)).vehicle(TESLA, USER)
    charge = v3.signal_body(car.get_signal("tractionbattery-stateofcharge"))
    assert isinstance(charge, models.SignalBodyQuantity)  # the spec's model for the code
    assert charge.unit == "percent" and 0 <= (charge.value or 0) <= 100  # never converted
    location = v3.signal_body(car.get_signal("location-preciselocation"))
    assert isinstance(location, models.SignalBodyPreciseLocation) and location.latitude
    tires = v3.signal_body(car.get_signal("wheel-tires"))  # no schema: the raw mapping
    assert isinstance(tires, dict) and tires["unit"] == "kilopascals"
    assert v3.signal_body({"value": True}) == v3.Quantity(True, None)
    assert v3.signal_body({"values": [1], "unit": "x"}) == {"values": [1], "unit": "x"}
    assert v3.signal_body(None) is None


def test_app_operations_are_defined_once_for_both_surfaces() -> None:
    from smartcar._resources.ops import operation

    for base, surfaces in (
        (app_module.BaseApp, (smartcar.App, smartcar.AsyncApp)),
        (app_module.BaseAppVehicle, (smartcar.AppVehicle, smartcar.AsyncAppVehicle)),
    ):
        # The SDK's classes the operations are defined in (a base may hold some of them).
        owners = [c for c in base.__mro__ if c.__module__.startswith("smartcar.")]
        ops = {
            name: owner
            for owner in owners
            for name, value in vars(owner).items()
            if isinstance(value, operation)
        }
        assert len(ops) >= 8, base
        for name, owner in ops.items():
            for surface in surfaces:
                assert getattr(surface, name) is getattr(owner, name), (surface, name)


def test_the_secret_and_tokens_never_show(sim: Simulator, caplog: pytest.LogCaptureFixture) -> None:
    secret = "canary-secret-7f3a9b"
    sim.client_secret = secret
    caplog.set_level("DEBUG", logger="smartcar")
    app = smartcar.App(DEFAULT_CLIENT_ID, secret, transport=SimulatorTransport(sim))
    car = app.vehicle(TESLA, USER)
    car.lock_doors()
    token = app.request_token()
    stranger = app.vehicle(TESLA, "00000000-0000-4000-8000-000000000000")
    with pytest.raises(smartcar.SmartcarException) as info:
        stranger.unlock_doors()
    seen = [repr(app), repr(car), repr(app.token_source), repr(token), str(info.value)]
    shown = " ".join([*seen, repr(info.value), caplog.text])
    assert secret not in shown
    assert token.access_token not in shown
    redirect = smartcar.read_connect_redirect("?code=secret-code-1&user_id=u&state=s", state="s")
    assert "secret-code-1" not in repr(redirect)


@pytest.mark.parametrize(
    ("result", "extra"),
    [
        ("CommandExecution", {"commandType": "LOCK"}),
        ("ChargeScheduleExecution", {"action": "create", "scheduleId": "s-1"}),
    ],
)
def test_execution_results_read_their_common_fields(result: str, extra: dict[str, Any]) -> None:
    body = {
        "data": {
            "id": "exec-1",
            "type": "command-execution",
            "attributes": {
                "status": {"value": "PENDING"},
                "executionMode": "async",
                "parameters": {"percent": 80},
                **extra,
            },
            "meta": {"executedAt": "2026-01-02T03:04:05Z", "completedAt": None},
        }
    }
    response = httpx2.Response(
        202,
        json=body,
        headers={"SC-Request-Id": "req-9"},
        request=httpx2.Request("POST", "http://x"),
    )
    read = getattr(v3, result).from_response(response)
    assert read.id == "exec-1"
    assert read.status == "PENDING"
    assert read.execution_mode == "async"
    assert read.parameters == {"percent": 80}
    assert read.executed_at == dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
    assert read.completed_at is None
    assert read.accepted is True
    assert read.response.request_id == "req-9"
    # The resource as JSON, written back by the generated model (times in ISO-8601).
    assert {**read.raw, "meta": None} == {**body["data"], "meta": None}
    assert dt.datetime.fromisoformat(read.raw["meta"]["executedAt"]) == read.executed_at
