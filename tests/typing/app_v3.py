"""API v3: `App` methods return results, `AsyncApp` methods coroutines, iterators their items."""

from __future__ import annotations

from typing import assert_type

import smartcar
from smartcar import types as t
from smartcar import v3


def sync(app: smartcar.App) -> None:
    car = app.vehicle("v", "u")
    assert_type(car, smartcar.AppVehicle)
    assert_type(car.lock_doors(), v3.CommandExecution)
    assert_type(car.set_charge_limit(80), v3.CommandExecution)
    assert_type(car.set_daily_charge_schedule(1, 2, "22:00", "06:00"), v3.ChargeScheduleExecution)
    assert_type(car.get_signal("x"), t.Signal)
    assert_type(app.get_connection("c"), v3.Connection)
    assert_type(app.list_connections(), v3.Page[v3.Connection])
    # An item that is not an object is kept as a RawItem: narrowing tells the two apart.
    for connection in app.connections(limit=1):
        assert_type(connection, v3.Connection | v3.RawItem)
        if not isinstance(connection, v3.RawItem):
            assert_type(connection.user_id, str | None)
    for item in app.list_connections().items:
        assert_type(item, v3.Connection | v3.RawItem)
    for signal in car.signals():
        assert_type(signal, t.SignalResource | v3.RawItem)
    assert_type(car.get_vehicle().attributes.powertrain_type, str | None)
    # Every read and command without arguments is declared in the class (a generated section):
    # each is typed, and a misspelt one is an error (strict mode reports an unneeded ignore).
    assert_type(car.get_vehicle(), t.V3Vehicle)
    assert_type(car.start_charge(), v3.CommandExecution)
    assert_type(car.stop_charge(), v3.CommandExecution)
    car.lock_door()  # type: ignore[attr-defined]
    assert_type(app.remove_user("u"), None)


async def asynchronous(app: smartcar.AsyncApp) -> None:
    car = app.vehicle("v", "u")
    assert_type(car, smartcar.AsyncAppVehicle)
    assert_type(await car.unlock_doors(), v3.CommandExecution)
    assert_type(await app.create_subscription("w", "u", "v"), v3.SubscriptionAccepted)
    async for webhook in app.webhooks():
        assert_type(webhook, v3.Webhook | v3.RawItem)
        if isinstance(webhook, v3.Webhook):
            assert_type(webhook.name, str | None)
