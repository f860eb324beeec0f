"""Lists and token managers are typed by the client's kind: `for` on blocking, `async for` on asyncio."""

from __future__ import annotations

from typing import assert_type

import smartcar
from smartcar import paging, v3


def sync(app: smartcar.App, vehicle: smartcar.Vehicle) -> None:
    assert_type(app.connections(), paging.Paged[v3.Connection | v3.RawItem])
    assert_type(
        app.vehicle("v", "u").signals(), paging.Paged[smartcar.types.SignalResource | v3.RawItem]
    )
    assert_type(paging.vehicles("token"), paging.Paged[str])
    assert_type(paging.permissions(vehicle), paging.Paged[str])
    for connection in paging.management_connections("amt"):
        print(connection)
    smartcar.TokenManager(smartcar.AuthClient("i", "s", "r"), load=lambda: None, save=print)


async def asynchronous(app: smartcar.AsyncApp, vehicle: smartcar.AsyncVehicle) -> None:
    assert_type(app.webhooks(), paging.AsyncPaged[v3.Webhook | v3.RawItem])
    assert_type(paging.vehicles("token", asynchronous=True), paging.AsyncPaged[str])
    assert_type(await paging.permissions(vehicle).ato_list(), list[str])

    async def load() -> dict[str, str]:
        return {}

    async def save(access: smartcar.Access) -> None:
        return None

    smartcar.TokenManager(smartcar.AsyncAuthClient("i", "s", "r"), load=load, save=save)
