"""An API v3 operation added to the spec works through `App` and `AsyncApp` with no other edit.

As ``tests/generated/test_registry.py`` does for a v2.0 read: a copy of the spec gains a v3 read and a
v3 command, the low-level package and a copy of the SDK (its generated sections: the app
vehicle's typed declarations, the read's result class) are regenerated into a temporary folder,
with no hand-written line, and a subprocess whose ``PYTHONPATH`` puts them first calls both
through the app's vehicle handle, blocking and asyncio, against the simulator (which answers
them with the spec's examples); ``mypy --strict`` sees both, typed.
The command is never retried, because the spec says it is one, not because anything in the
``App`` modules says so. The same holds for the operations that are there: those modules
restate no origin and no command flag.
"""

from __future__ import annotations

import ast
import re
import textwrap
from pathlib import Path

import pytest

from .._regen import hand_written, mypy_strict, regenerate, run_with, sdk_of

ROOT = Path(__file__).resolve().parents[2]

_VEHICLE_V3 = [{"url": "https://vehicle.api.smartcar.com"}]
_PARAMETERS = [
    {"$ref": "#/components/parameters/VehicleId"},
    {"$ref": "#/components/parameters/ScUserId"},
]

READ = {
    "parameters": _PARAMETERS,
    "get": {
        "operationId": "get_climate_settings",
        "x-smartcar-name": "get_climate_settings",
        "tags": ["v3"],
        "summary": "Get the climate settings (v3)",
        "servers": _VEHICLE_V3,
        "security": [{"bearerAuth": []}],
        "responses": {
            "200": {
                "description": "The climate settings.",
                "content": {
                    "application/json": {
                        "schema": {"$ref": "#/components/schemas/ClimateSettingsV3"},
                        "example": {
                            "data": {
                                "id": "climate",
                                "type": "climate-settings",
                                "attributes": {"targetTemperature": 21.5, "unit": "celsius"},
                            }
                        },
                    }
                },
            },
            "404": {"$ref": "#/components/responses/V3NotFound"},
        },
    },
}

COMMAND = {
    "parameters": _PARAMETERS,
    "post": {
        "operationId": "start_climate",
        "tags": ["v3-commands"],
        "summary": "Start the climate control (v3)",
        "servers": _VEHICLE_V3,
        "security": [{"bearerAuth": []}],
        "x-smartcar-command": True,
        "responses": {
            "200": {
                "description": "The command's execution.",
                "content": {
                    "application/json": {
                        "schema": {"$ref": "#/components/schemas/CommandExecution"},
                        "example": {
                            "data": {
                                "id": "exec_0123456789ab",
                                "type": "command-execution",
                                "attributes": {
                                    "commandType": "climate-start",
                                    "status": {"value": "SUCCESS"},
                                    "executionMode": "sync",
                                },
                            }
                        },
                    }
                },
            },
            "500": {"$ref": "#/components/responses/V3ServerError"},
        },
    },
}

SCHEMAS = {
    "ClimateSettingsV3": {
        "type": "object",
        "required": ["data"],
        "properties": {"data": {"$ref": "#/components/schemas/ClimateSettingsResource"}},
    },
    "ClimateSettingsResource": {
        "type": "object",
        "required": ["id", "type", "attributes"],
        "properties": {
            "id": {"type": "string"},
            "type": {"type": "string"},
            "attributes": {"$ref": "#/components/schemas/ClimateSettingsAttributes"},
        },
    },
    "ClimateSettingsAttributes": {
        "type": "object",
        "properties": {"targetTemperature": {"type": "number"}, "unit": {"type": "string"}},
    },
}

# What mypy --strict must see: the new read and command, typed; a misspelt one is an error
# (strict mode reports an unused ignore, so the ignore below must be needed).
TYPED = textwrap.dedent(
    """
    from typing import assert_type

    import smartcar
    from smartcar import types, v3


    def use(car: smartcar.AppVehicle) -> None:
        assert_type(car.get_climate_settings(), types.ClimateSettingsV3)
        assert_type(car.get_climate_settings().data.attributes.target_temperature, float | None)
        assert_type(car.start_climate(), v3.CommandExecution)
        car.get_climate_setings()  # type: ignore[attr-defined]


    async def use_async(car: smartcar.AsyncAppVehicle) -> None:
        assert_type(await car.start_climate(), v3.CommandExecution)
    """
)

USE_THE_NEW_OPERATIONS = textwrap.dedent(
    """
    import asyncio, sys

    import smartcar, smartcar_openapi
    from smartcar import _http
    from smartcar.testing import (
        DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, DEFAULT_USER_ID, Simulator, SimulatorTransport,
    )
    from smartcar_openapi import models

    assert smartcar_openapi.__file__.startswith(sys.argv[1]), smartcar_openapi.__file__

    sim = Simulator()
    sim.issue_token()
    vid = sim.vehicle_ids[0]
    transport = SimulatorTransport(sim)

    app = smartcar.App(DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, transport=transport)
    car = app.vehicle(vid, DEFAULT_USER_ID)
    assert "get_climate_settings" in dir(car) and "start_climate" in dir(car)

    # The read: a subclass of the generated model, with the response's headers.
    settings = car.get_climate_settings()
    assert isinstance(settings, models.ClimateSettingsV3), type(settings)
    assert settings.data.attributes.target_temperature == 21.5, settings
    assert settings["headers"]["sc-request-id"]

    # The command: a CommandExecution, and a command for the engine (never retried).
    execution = car.start_climate()
    assert isinstance(execution, smartcar.v3.CommandExecution), execution
    assert execution.command_type == "climate-start"
    sim.fail_next("SERVER", path="/commands/climate/start", times=1)
    try:
        car.start_climate()
    except smartcar.ServerError:
        pass
    else:
        raise AssertionError("the command was retried")

    async def run_async():
        async with smartcar.AsyncApp(
            DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, transport=transport
        ) as aapp:
            acar = aapp.vehicle(vid, DEFAULT_USER_ID)
            read = await acar.get_climate_settings()
            command = await acar.start_climate()
            return read, command

    read, command = asyncio.run(run_async())
    assert read.data.id == "climate" and command.command_type == "climate-start"
    print("ok")
    """
)


@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
def test_a_v3_operation_added_to_the_spec_works_with_no_other_edit(tmp_path: Path) -> None:
    package = regenerate(
        tmp_path,
        {
            "/v3/vehicles/{vehicle_id}/climate": READ,
            "/v3/vehicles/{vehicle_id}/commands/climate/start": COMMAND,
        },
        SCHEMAS,
    )
    registry = (package / "registry.py").read_text(encoding="utf-8")
    assert "get_climate_settings" in registry and "start_climate" in registry

    # The spec plus no hand-written line: make regen wrote the app vehicle's two declarations
    # and the read's result class, in the generated sections of the SDK's modules.
    sdk = sdk_of(package) / "smartcar"
    for module in sorted((ROOT / "smartcar").rglob("*.py")):
        copy = sdk / module.relative_to(ROOT / "smartcar")
        assert hand_written(copy) == hand_written(module), module
    # As ruff formats it, on one line or several.
    app = re.sub(r"\s+", "", (sdk / "_app/vehicle.py").read_text(encoding="utf-8")).replace(
        ",)", ")"
    )
    for line in (
        'get_climate_settings:operation[[],types.ClimateSettingsV3]=_v3_read("get_climate_settings")',
        'start_climate:operation[[],v3.CommandExecution]=_v3_command("start_climate")',
    ):
        assert line in app, line
    assert "class ClimateSettingsV3(V3Shape, models.ClimateSettingsV3):" in (
        sdk / "_results" / "generated.py"
    ).read_text(encoding="utf-8")

    typed = tmp_path / "typed.py"
    typed.write_text(TYPED, encoding="utf-8")
    mypy = mypy_strict(typed, package)
    assert mypy.returncode == 0, mypy.stdout + mypy.stderr

    out = run_with(package, USE_THE_NEW_OPERATIONS)
    assert out.strip().endswith("ok")


def _keywords(path: Path, names: set[str]) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        f"{path.name}:{node.lineno} {node.arg}="
        for node in ast.walk(tree)
        if isinstance(node, ast.keyword)
        and node.arg in names
        and not (isinstance(node.value, ast.Attribute) and node.value.attr in names)
    ]


APP_MODULES = ["app.py", "_app/calls.py", "_app/token.py", "_app/vehicle.py", "_app/webhooks.py"]


@pytest.mark.parametrize("name", APP_MODULES)
def test_app_restates_no_origin_and_no_command_flag(name: str) -> None:
    # Every `origin=`/`command=` of the app's modules is read from the registry
    # (`info.origin`), never a literal: the spec says where each operation goes and whether it
    # is a command.
    app = ROOT / "smartcar" / name
    assert _keywords(app, {"origin", "command"}) == []
    text = app.read_text(encoding="utf-8")
    for literal in ('"vehicle_v3"', '"management_v3"', '"compatibility_v3"', '"iam"'):
        assert literal not in text, literal


def test_the_app_modules_are_all_checked() -> None:
    sdk = ROOT / "smartcar"
    found = {"app.py", *(p.relative_to(sdk).as_posix() for p in (sdk / "_app").glob("*.py"))}
    assert found - {"_app/__init__.py"} == set(APP_MODULES)
    assert not [p.name for p in sdk.glob("_app*.py")], "an App module outside smartcar/_app/"


def test_every_app_operation_takes_its_facts_from_the_registry() -> None:
    import smartcar
    from smartcar._resources import registry as _registry
    from smartcar.app import BaseApp, BaseAppVehicle

    app = smartcar.App("client_id", "secret")
    car = app.vehicle("vehicle", "user")
    calls = {
        "list_connections": (app, ()),
        "remove_connection": (app, ("c1",)),
        "remove_user": (app, ("u1",)),
        "list_subscriptions": (app, ()),
        "remove_subscription": (app, ("s1",)),
        "create_subscription": (
            app,
            ("5a8e5e38-1e12-4011-a36d-56f120053f9e", "u1", "v1"),
        ),
        "compatible_vehicles": (app, ()),
        "request_token": (app, ()),
        "get_vehicle": (car, ()),
        "get_signals": (car, ()),
        "get_signal": (car, ("charge-chargelimits",)),
        "lock_doors": (car, ()),
        "set_charge_limit": (car, (80,)),
        "delete_charge_schedule": (car, ("sch1",)),
    }
    ids = {
        "remove_connection": "delete_connection",
        "remove_user": "delete_user",
        "remove_subscription": "delete_subscription",
        "compatible_vehicles": "list_compatible_vehicles",
        "request_token": "request_application_token",
        "set_charge_limit": "set_charge_limit_v3",
    }
    for name, (owner, args) in calls.items():
        cls = BaseApp if owner is app else BaseAppVehicle
        descriptor = getattr(cls, name)
        op = descriptor.build(owner, *args)
        info = _registry.by_id(ids.get(name, name))
        assert (op.origin, op.command) == (info.origin, info.command), name
        assert op.endpoint is _registry.endpoint(info), name
    # Deleting and subscribing change state: the spec marks them, so they are never replayed.
    for operation_id in ("delete_connection", "delete_user", "create_subscription"):
        assert _registry.by_id(operation_id).command
