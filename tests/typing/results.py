"""Checked by `mypy --strict` in tests/project/test_typing.py: the real type of every result attribute.

Never executed; `assert_type` fails type checking when a type differs.
"""

from __future__ import annotations

from collections.abc import Coroutine, ItemsView
from datetime import datetime
from typing import Any, assert_type

from smartcar_openapi.models import (
    AvailableCapacity,
    Capability,
    ChargeState,
    Connection,
    DiagnosticSystem,
    DiagnosticTroubleCode,
    JsonApiLinks,
    LockStatusItem,
    NominalCapacityValue,
    Paging,
    ServiceRecord,
    SignalResourceMeta,
)
from smartcar_openapi.models import (
    CompatibilityMatrixEntry as Entry,
)
from smartcar_openapi.models import (
    Signal as SignalModel,
)

import smartcar
import smartcar.aio
import smartcar.config
import smartcar.smartcar
from smartcar import types
from smartcar._resources.batch import Batch


def sync_surface(vehicle: smartcar.Vehicle, client: smartcar.AuthClient) -> None:
    assert_type(vehicle.odometer(), types.Odometer)
    assert_type(vehicle.odometer().distance, float)
    assert_type(vehicle.odometer().meta, types.Meta)
    assert_type(vehicle.odometer().meta.data_age, datetime | None)
    assert_type(vehicle.odometer().meta.fetched_at, datetime | None)
    assert_type(vehicle.odometer().meta.unit_system, str | None)
    assert_type(vehicle.odometer().meta.request_id, str | None)
    assert_type(vehicle.attributes().make, str)
    assert_type(vehicle.attributes().year, int)
    assert_type(vehicle.info().model, str)
    assert_type(vehicle.vin().vin, str)
    assert_type(vehicle.location().latitude, float)
    assert_type(vehicle.fuel().range, float | None)
    assert_type(vehicle.fuel().amount_remaining, float | None)
    assert_type(vehicle.fuel().percent_remaining, float | None)
    assert_type(vehicle.battery().percent_remaining, float)
    assert_type(vehicle.battery().range, float)
    assert_type(vehicle.battery_capacity().capacity, float)
    assert_type(vehicle.nominal_capacity().available_capacities, list[AvailableCapacity])
    assert_type(vehicle.nominal_capacity().capacity, NominalCapacityValue | None)
    assert_type(vehicle.charge().is_plugged_in, bool)
    assert_type(vehicle.charge().state, ChargeState)
    assert_type(vehicle.get_charge_limit().limit, float)
    assert_type(vehicle.lock_status().is_locked, bool)
    assert_type(vehicle.lock_status().doors, list[LockStatusItem])
    assert_type(vehicle.lock_status().doors[0].status, str)
    assert_type(vehicle.lock_status().doors[0].type, str)
    assert_type(vehicle.tire_pressure().front_left, float | None)
    assert_type(vehicle.engine_oil().life_remaining, float)
    assert_type(vehicle.permissions().permissions, list[str])
    assert_type(vehicle.permissions().paging, Paging)
    assert_type(vehicle.service_history().items, list[ServiceRecord])
    assert_type(vehicle.diagnostic_system_status().systems, list[DiagnosticSystem])
    assert_type(vehicle.diagnostic_trouble_codes().active_codes, list[DiagnosticTroubleCode])
    assert_type(vehicle.lock(), types.Action)
    assert_type(vehicle.unlock().status, str)
    assert_type(vehicle.start_charge().message, str)
    assert_type(vehicle.stop_charge(), types.Action)
    assert_type(vehicle.set_charge_limit(0.8), types.Action)
    assert_type(vehicle.send_destination(1.0, 2.0), types.Action)
    assert_type(vehicle.batch(["/odometer"]), Batch)
    assert_type(vehicle.batch(["/odometer"]).odometer().distance, float)
    assert_type(vehicle.disconnect().status, str)
    assert_type(vehicle.subscribe("w").webhook_id, str)
    assert_type(vehicle.unsubscribe("amt", "w"), types.Status)
    assert_type(vehicle.request("GET", "odometer").body, Any)
    assert_type(vehicle.get_signals().data, list[SignalModel])
    assert_type(vehicle.get_signal("odometer-traveleddistance"), types.Signal)
    assert_type(client.get_auth_url(["read_odometer"]), str)
    assert_type(client.exchange_code("c"), types.Access)
    assert_type(client.exchange_code("c").expiration, datetime)
    assert_type(client.exchange_refresh_token("r").refresh_token, str)
    assert_type(smartcar.get_user("t").id, str)
    assert_type(smartcar.get_vehicles("t").vehicles, list[str])
    assert_type(smartcar.get_compatibility("v", ["read_odometer"]).compatible, bool)
    # An optional field the API may leave out is None when it does, and typed so.
    assert_type(
        smartcar.get_compatibility("v", ["read_odometer"]).capabilities, list[Capability] | None
    )
    assert_type(smartcar.get_connections("amt").connections[0].mode, str | None)
    assert_type(smartcar.get_connections("amt").paging.count, int | None)
    assert_type(vehicle.get_signal("odometer-traveleddistance").meta, SignalResourceMeta | None)
    assert_type(vehicle.get_signals().links, JsonApiLinks | None)
    assert_type(smartcar.get_connections("amt").connections, list[Connection])
    assert_type(smartcar.get_vehicle("t", "v").attributes.make, str)
    # The official SDK's shapes: namedtuple protocol, v3 dict keys, matrix mapping.
    assert_type(vehicle.odometer()._fields, tuple[str, ...])
    assert_type(vehicle.odometer()._replace(distance=1.0), types.Odometer)
    assert_type(vehicle.odometer()._asdict(), dict[str, Any])
    assert_type(vehicle.odometer().meta._asdict(), dict[str, Any])
    assert_type(client.exchange_code("c")._replace(token_type="Bearer"), types.Access)
    assert_type(vehicle.get_signals()["body"], Any)
    assert_type(vehicle.get_signal("odometer-traveleddistance")["headers"], Any)
    assert_type(smartcar.get_compatibility_matrix("US").items(), ItemsView[str, list[Entry]])
    assert_type(smartcar.get_compatibility_matrix("US")["TESLA"], list[Entry])
    assert_type(smartcar.smartcar.API_VERSION, str)
    assert_type(smartcar.config.API_ORIGIN, str)
    assert_type(
        smartcar.delete_connections("amt", {"user_id": "u"}).connections[0].connected_at,
        datetime | None,
    )


def async_surface(vehicle: smartcar.AsyncVehicle, client: smartcar.AsyncAuthClient) -> None:
    read = vehicle.odometer()
    _ = assert_type(read, Coroutine[Any, Any, types.Odometer])
    command = vehicle.lock()
    _ = assert_type(command, Coroutine[Any, Any, types.Action])
    token = client.exchange_code("c")
    _ = assert_type(token, Coroutine[Any, Any, types.Access])
    vehicles = smartcar.aio.get_vehicles("t")
    _ = assert_type(vehicles, Coroutine[Any, Any, types.Vehicles])
    for coroutine in (read, command, token, vehicles):
        coroutine.close()


async def awaited(vehicle: smartcar.AsyncVehicle) -> None:
    assert_type((await vehicle.odometer()).distance, float)
    assert_type((await vehicle.lock_status()).doors[0].status, str)
