"""Raw responses and hooks, as mypy --strict sees them: .parse() has the plain call's type."""

from __future__ import annotations

from collections.abc import Mapping
from typing import assert_type

import smartcar
import smartcar.aio
from smartcar import types, v3


async def raw_async(
    vehicle: smartcar.AsyncVehicle, app: smartcar.AsyncApp, client: smartcar.AsyncAuthClient
) -> None:
    raw = await vehicle.with_raw_response.odometer()
    assert_type(raw, smartcar.RawResponse[types.Odometer])
    assert_type(raw.parse().distance, float)
    lock = await vehicle.with_raw_response.lock()
    assert_type(lock.parse(), types.Action)
    assert_type((await app.with_raw_response.get_connection("c")).request_id, str | None)
    assert_type(
        (await app.vehicle("v", "u").with_raw_response.get_vehicle()).parse(), types.V3Vehicle
    )
    command = await app.vehicle("v", "u").with_raw_response.lock_doors()
    assert_type(command.parse(), v3.CommandExecution)
    access = await client.with_raw_response.exchange_code("code")
    assert_type(access.parse(), types.Access)
    users = await smartcar.aio.with_raw_response.get_user("token")
    assert_type(users.parse(), types.User)


def raw_sync(vehicle: smartcar.Vehicle, app: smartcar.App, client: smartcar.AuthClient) -> None:
    raw = vehicle.with_raw_response.odometer()
    assert_type(raw, smartcar.RawResponse[types.Odometer])
    assert_type(raw.status_code, int)
    assert_type(raw.headers, Mapping[str, str])
    assert_type(raw.attempts, int)
    assert_type(raw.elapsed, float)
    assert_type(vehicle.with_raw_response.set_charge_limit(0.8).parse(), types.Action)
    # with_options keeps the raw view, and the plain object stays plain.
    assert_type(
        vehicle.with_raw_response.with_options(max_retries=0).odometer().parse(), types.Odometer
    )
    assert_type(vehicle.odometer(), types.Odometer)
    assert_type(app.vehicle("v", "u").with_raw_response.lock_doors().parse(), v3.CommandExecution)
    assert_type(client.with_raw_response.exchange_code("code").parse(), types.Access)
    assert_type(smartcar.with_raw_response.get_vehicles("token").parse(), types.Vehicles)


def count(attempt: smartcar.Attempt) -> None:
    assert_type(attempt.vehicle_id, str | None)
    assert_type(attempt.command, bool)


def seen(attempt: smartcar.Attempt, response: smartcar.AttemptResponse) -> None:
    assert_type(response.status_code, int)


def failed(attempt: smartcar.Attempt, error: smartcar.SmartcarException) -> None: ...


hooks = smartcar.Hooks(before_request=count, after_response=seen, on_error=failed)
vehicle = smartcar.Vehicle("v", "t", hooks=hooks)
vehicle.with_options(hooks=[hooks, smartcar.Hooks()])
