"""Every API v3 operation through `App`/`AsyncApp`, recorded once and replayed offline.

Each scenario runs twice, on the blocking and on the asyncio surface (``[sync]``/``[async]``),
each with its own cassette; test_conformance checks every recorded exchange against the spec.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from smartcar_openapi import models

import smartcar
from smartcar import types as t
from smartcar import v3
from smartcar.testing import DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, DEFAULT_USER_ID

from ..conftest import SmartcarEnv

# Every test replays all of its cassette (the `replayed` fixture checks it at the end).
pytestmark = [pytest.mark.vcr, pytest.mark.usefixtures("replayed")]

WEBHOOK = "5a8e5e38-1e12-4011-a36d-56f120053f9e"
Scenario = Callable[[Any, SmartcarEnv], Awaitable[None]]


async def done(value: Any) -> Any:
    """The result of a call on either surface (a coroutine on the async one)."""
    return await value if inspect.isawaitable(value) else value


async def every(app: Any, paged: Any) -> list[Any]:
    """All items of a list: ``async for`` on the asyncio surface, ``for`` on the other."""
    if isinstance(app, smartcar.AsyncApp):
        assert isinstance(paged, smartcar.paging.AsyncPaged)
        return [item async for item in paged]
    assert isinstance(paged, smartcar.paging.Paged)
    return list(paged)


@pytest.fixture(params=["sync", "async"])
def run(request: pytest.FixtureRequest, smartcar_env: SmartcarEnv) -> Callable[[Scenario], None]:
    """Run a scenario against a fresh App or AsyncApp."""

    def go(scenario: Scenario) -> None:
        if request.param == "sync":
            app: Any = smartcar.App(DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET)
            asyncio.run(scenario(app, smartcar_env))
        else:

            async def main() -> None:
                await scenario(
                    smartcar.AsyncApp(DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET), smartcar_env
                )

            asyncio.run(main())

    return go


def car(app: Any, env: SmartcarEnv) -> Any:
    return app.vehicle(env.vehicle_id, DEFAULT_USER_ID)


def test_request_token(run: Callable[[Scenario], None]) -> None:
    async def scenario(app: Any, env: SmartcarEnv) -> None:
        token = await done(app.request_token())
        assert isinstance(token, v3.ApplicationToken)
        assert token.token_type == "Bearer" and token.expires_in == 3600
        assert token.access_token

    run(scenario)


def test_connections_list_get_and_pages(run: Callable[[Scenario], None]) -> None:
    async def scenario(app: Any, env: SmartcarEnv) -> None:
        page = await done(app.list_connections(page_size=2))
        assert isinstance(page, v3.Page) and len(page.items) == 2
        assert page.total_count == 6 and page.next_link
        everything = await every(app, app.connections(page_size=2))
        assert len(everything) == 6
        assert {c.user_id for c in everything} == {DEFAULT_USER_ID}
        assert env.vehicle_id in {c.vehicle_id for c in everything}
        limited = await every(app, app.connections(page_size=2, limit=3))
        assert [c.id for c in limited] == [c.id for c in everything[:3]]
        mine = await done(app.list_connections(vehicle_id=env.vehicle_id, user_id=DEFAULT_USER_ID))
        [connection] = mine.items
        assert connection.vehicle.make == "TESLA" and "read_odometer" in connection.permissions
        again = await done(app.get_connection(connection.id))
        assert again == connection

    run(scenario)


def test_remove_connection_and_user(run: Callable[[Scenario], None]) -> None:
    async def scenario(app: Any, env: SmartcarEnv) -> None:
        page = await done(app.list_connections(vehicle_id=env.vehicle_id))
        assert await done(app.remove_connection(page.items[0].id)) is None
        left = await every(app, app.connections())
        assert env.vehicle_id not in {c.vehicle_id for c in left}
        assert await done(app.remove_user(DEFAULT_USER_ID)) is None
        assert await every(app, app.connections()) == []

    run(scenario)


def test_vehicle_and_signals(run: Callable[[Scenario], None]) -> None:
    async def scenario(app: Any, env: SmartcarEnv) -> None:
        vehicle = car(app, env)
        resource = await done(vehicle.get_vehicle())
        assert isinstance(resource, t.V3Vehicle) and resource.id == env.vehicle_id
        assert (resource.attributes.make, resource.attributes.powertrain_type) == ("TESLA", "BEV")
        assert resource.attributes.mode == "LIVE"
        first = await done(vehicle.get_signals())
        assert len(first.items) == 10 and first.next_link
        assert first.total_count == 16 and first.model.meta.page_number == 1
        signals = await every(app, vehicle.signals())
        codes = [s.id for s in signals]
        assert len(codes) == 16 and len(set(codes)) == len(codes)
        by_code = {s.id: s for s in signals}

        # Typed values, units as sent, times as aware datetimes.
        assert by_code["odometer-traveleddistance"].typed_body == v3.Quantity(104032.0, "km")
        charge = by_code["tractionbattery-stateofcharge"].typed_body
        assert isinstance(charge, models.SignalBodyQuantity)
        assert (charge.value, charge.unit) == (63.0, "percent")
        limits = by_code["charge-chargelimits"].typed_body
        assert isinstance(limits, models.SignalBodyChargeLimits) and limits.active_limit == 80
        range_ = by_code["tractionbattery-range"].typed_body
        assert isinstance(range_, models.SignalBodyRange) and range_.type_ == "DEFAULT"
        full = by_code["odometer-traveleddistance"].meta
        assert full.retrieved_at.tzinfo is not None and full.oem_updated_at < full.retrieved_at
        pushed = by_code["closure-islocked"].meta
        assert pushed.ingested_at.tzinfo is not None and pushed.retrieved_at is None

        # Per-signal errors are on the signal: the list answered all the same.
        asleep = by_code["connectivitystatus-isasleep"]
        assert asleep.error is not None and asleep.error.code == "UNKNOWN"
        assert asleep.typed_body is None
        location = by_code["location-preciselocation"]
        assert location.error is not None and location.error.resolution is not None
        assert location.error.resolution.type_ == "UNKNOWN_RESOLUTION_TYPE"
        assert isinstance(location.typed_body, models.SignalBodyPreciseLocation)
        assert by_code["wheel-tires"].attributes.status is None
        unavailable = by_code["charge-detailedchargingstatus"].attributes.status
        assert unavailable.value == models.SignalStatusValue.UNAVAILABLE
        ok = [s for s in signals if s.error is None]
        assert len(ok) == 14

        odometer = await done(vehicle.get_signal("odometer-traveleddistance"))
        assert isinstance(odometer, t.Signal)
        assert odometer.typed_body == v3.Quantity(104032.0, "km")
        assert odometer.vehicle is not None and odometer.vehicle.id == env.vehicle_id
        failed = await done(vehicle.get_signal("connectivitystatus-isasleep"))
        assert failed.error is not None and failed.error.title

    run(scenario)


def test_security_commands(run: Callable[[Scenario], None]) -> None:
    async def scenario(app: Any, env: SmartcarEnv) -> None:
        vehicle = car(app, env)
        unlocked = await done(vehicle.unlock_doors())
        assert isinstance(unlocked, v3.CommandExecution)
        assert unlocked.command_type == "security-unlock" and unlocked.status == "SUCCESS"
        assert unlocked.accepted is False and unlocked.response.status_code == 200
        assert unlocked.response.request_id
        locked = await done(vehicle.lock_doors())
        assert locked.command_type == "security-lock"

    run(scenario)


def test_charging_commands(run: Callable[[Scenario], None]) -> None:
    async def scenario(app: Any, env: SmartcarEnv) -> None:
        if env.sim is not None:
            env.sim.state(env.vehicle_id).is_plugged_in = True
        vehicle = car(app, env)
        assert (await done(vehicle.start_charge())).command_type == "charge-start"
        assert (await done(vehicle.stop_charge())).command_type == "charge-stop"
        limit = await done(vehicle.set_charge_limit(80))
        assert limit.command_type == "charge-set-limit" and limit.parameters == {"percent": 80}

    run(scenario)


def test_set_destination(run: Callable[[Scenario], None]) -> None:
    async def scenario(app: Any, env: SmartcarEnv) -> None:
        execution = await done(car(app, env).set_destination(37.7749, -122.4194))
        assert execution.command_type == "navigation-set-destination"
        assert execution.parameters == {"latitude": 37.7749, "longitude": -122.4194}

    run(scenario)


def test_long_running_command_answers_202(run: Callable[[Scenario], None]) -> None:
    async def scenario(app: Any, env: SmartcarEnv) -> None:
        if env.sim is not None:
            env.sim.state(env.vehicle_id).slow_commands = True
        execution = await done(car(app, env).lock_doors())
        assert execution.accepted is True and execution.response.status_code == 202
        assert execution.status == "SUCCESS"

    run(scenario)


def test_charge_schedules(run: Callable[[Scenario], None]) -> None:
    async def scenario(app: Any, env: SmartcarEnv) -> None:
        vehicle = car(app, env)
        ids = []
        for method, kind in (
            (vehicle.set_daily_charge_schedule, "daily"),
            (vehicle.set_weekly_charge_schedule, "weekly"),
            (vehicle.set_workweek_charge_schedule, "workweek"),
        ):
            created = await done(method(37.7749, -122.4194, "22:00", "06:00"))
            assert isinstance(created, v3.ChargeScheduleExecution)
            assert (created.action, created.schedule_type) == ("create", kind)
            assert created.schedule_link and created.schedule_id in created.schedule_link
            ids.append(created.schedule_id)
        deleted = await done(vehicle.delete_charge_schedule(ids[0]))
        assert (deleted.action, deleted.schedule_id) == ("delete", ids[0])
        with pytest.raises(smartcar.ResourceNotFoundError) as info:
            await done(vehicle.delete_charge_schedule(ids[0]))
        assert info.value.status_code == 404

    run(scenario)


def test_webhooks(run: Callable[[Scenario], None]) -> None:
    async def scenario(app: Any, env: SmartcarEnv) -> None:
        webhooks = await every(app, app.webhooks())
        assert {w.id for w in webhooks} >= {WEBHOOK}
        enabled = await done(app.list_webhooks(name="charg", is_enabled=True))
        assert [w.id for w in enabled.items] == [WEBHOOK]
        webhook = await done(app.get_webhook(WEBHOOK))
        assert isinstance(webhook, v3.Webhook)
        assert webhook.name == "Charging Webhook" and webhook.is_enabled is True

    run(scenario)


def test_subscriptions(run: Callable[[Scenario], None]) -> None:
    async def scenario(app: Any, env: SmartcarEnv) -> None:
        accepted = await done(app.create_subscription(WEBHOOK, DEFAULT_USER_ID, env.vehicle_id))
        assert isinstance(accepted, v3.SubscriptionAccepted)
        assert accepted.message == "subscription creation in progress"
        with pytest.raises(smartcar.SmartcarException) as info:
            await done(app.create_subscription(WEBHOOK, DEFAULT_USER_ID, env.vehicle_id))
        assert info.value.status_code == 409
        [subscription] = await every(app, app.subscriptions(webhook_id=WEBHOOK))
        assert (subscription.vehicle_id, subscription.user_id) == (env.vehicle_id, DEFAULT_USER_ID)
        listed = await done(app.list_subscriptions(user_id=DEFAULT_USER_ID))
        assert [s.id for s in listed.items] == [subscription.id]
        assert await done(app.get_subscription(subscription.id)) == subscription
        assert await done(app.remove_subscription(subscription.id)) is None
        assert await every(app, app.subscriptions()) == []

    run(scenario)


def test_compatible_vehicles(run: Callable[[Scenario], None]) -> None:
    async def scenario(app: Any, env: SmartcarEnv) -> None:
        page = await done(app.compatible_vehicles(make="TESLA"))
        assert page.items and all(v.make == "TESLA" for v in page.items)
        first = page.items[0]
        assert first.year_start is not None and first.year_end is not None
        assert first.year_start <= first.year_end
        assert {"type": "signal", "capability": "odometer-traveleddistance"} in first.capabilities

    run(scenario)


def test_v3_error_document_maps_onto_the_exceptions(run: Callable[[Scenario], None]) -> None:
    async def scenario(app: Any, env: SmartcarEnv) -> None:
        stranger = app.vehicle(env.vehicle_id, "00000000-0000-4000-8000-000000000000")
        # A 403 is a PermissionDeniedError, whatever type the document gives it.
        with pytest.raises(smartcar.PermissionDeniedError) as info:
            await done(stranger.lock_doors())
        err = info.value
        assert (err.status_code, err.type, err.code) == (403, "AUTHENTICATION", "ACCESS_DENIED")
        assert err.doc_url and err.doc_url.startswith("https://smartcar.com/docs/errors/")
        assert err.request_id
        # Every member of the error objects is kept.
        assert isinstance(err.detail, list) and err.detail[0]["status"] == "403"
        assert err.detail[0]["title"] and err.detail[0]["links"]["about"] == err.doc_url
        # A document with a lower-case code and no type: the status picks the class.
        with pytest.raises(smartcar.ResourceNotFoundError) as missing:
            await done(car(app, env).get_signal("nosuch-signal"))
        assert (missing.value.status_code, missing.value.code) == (404, "not_found")
        assert missing.value.request_id and "not_found" in str(missing.value)

    run(scenario)
