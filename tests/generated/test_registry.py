"""The operation registry generated from the spec, and what the SDK derives from it.

The acceptance test adds a read and a command to a copy of the spec, regenerates the low-level
package and a copy of the SDK (its generated sections) into a temporary folder, and calls the
new read through ``Vehicle``, ``AsyncVehicle``, batch, fleet and the CLI with no hand-written
line, and the command with one: in a subprocess whose ``PYTHONPATH`` puts both copies first.
``mypy --strict`` sees both, typed.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import httpx2
import pytest
import yaml
from smartcar_openapi import registry as generated

import smartcar
from smartcar import fleet
from smartcar._resources import batch as _batch, registry as _registry
from smartcar._core import validate as _validate
from smartcar.cli import READS
from smartcar.testing import _simulator

from .._regen import hand_written, mypy_strict, regenerate, run_with, sdk_of

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "spec" / "smartcar.yaml"


def test_every_operation_of_the_spec_is_in_the_registry() -> None:
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    ids = [
        op["operationId"]
        for item in spec["paths"].values()
        for method, op in item.items()
        if method in ("get", "put", "post", "delete", "patch")
    ]
    assert [info.operation_id for info in generated.OPERATIONS] == ids


def test_facts_come_from_the_spec_and_its_extensions() -> None:
    odometer = generated.by_id("get_odometer")
    assert (odometer.method, odometer.path, odometer.origin) == (
        "GET",
        "/v{version}/vehicles/{vehicle_id}/odometer",
        "api",
    )
    assert odometer.permissions == ("read_odometer",)
    assert odometer.units and not odometer.command
    assert odometer.batch_path == "/odometer"
    assert odometer.result == "Odometer"
    assert generated.by_id("get_location").units is False
    assert generated.by_id("control_security").command is True
    assert generated.by_id("get_signals").origin == "vehicle_v3"
    assert generated.by_id("get_signals").batch_path is None
    connections = generated.by_id("get_connections").paging
    assert connections is not None and (connections.style, connections.items) == (
        "cursor",
        "connections",
    )
    # Unit-dependent is exactly "takes SC-Unit-System", the spec's own statement.
    units = {info.operation_id for info in generated.OPERATIONS if info.units}
    assert units == {
        "get_odometer",
        "get_fuel",
        "get_battery",
        "get_tire_pressure",
        "get_service_history",
        "batch",
        "get_signals",
        "get_signal",
    }


def test_the_sdk_tables_are_derived_from_the_registry() -> None:
    reads = {info.name for info in _registry.plain_reads()}
    assert reads | {"info"} == fleet.READ_ENDPOINTS
    assert set(READS.values()) == reads
    assert _validate.PERMISSIONS == generated.PERMISSIONS
    assert set(_batch._RESULT_FOR_PATH) == {
        info.batch_path.strip("/") for info in generated.OPERATIONS if info.batch_path
    }
    routed = {route.handler for route in _simulator._ROUTES}
    assert {h.handler for h in _simulator._HANDLERS.values()} <= routed
    assert set(_simulator._HANDLERS) <= {info.operation_id for info in generated.OPERATIONS}


def test_only_operations_the_access_token_may_call_are_vehicle_reads(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import dataclasses

    # An API v3 read only the application token may call (with sc-user-id) is no Vehicle read.
    signal = generated.by_id("get_signal")
    app_only = dataclasses.replace(
        signal, operation_id="get_app_only", name="app_only", security=("bearerAuth",)
    )
    either = dataclasses.replace(signal, operation_id="get_either", name="either")
    monkeypatch.setattr(_registry, "OPERATIONS", (*generated.OPERATIONS, app_only, either))
    names = {info.name for info in _registry.vehicle_reads()}
    assert "either" in names and "app_only" not in names
    ids = {info.operation_id for info in _registry.vehicle_reads()}
    assert {"get_signals", "get_signal"} <= ids  # they take the access token as well
    v3_only = {
        info.operation_id
        for info in generated.OPERATIONS
        if info.origin == "vehicle_v3" and "accessToken" not in info.security
    }
    assert v3_only and not v3_only & ids


def test_the_simulator_echoes_the_unit_system_where_the_spec_declares_the_header() -> None:
    assert "SC-Unit-System" in generated.by_id("get_odometer").response_headers
    assert "SC-Unit-System" not in generated.by_id("batch").response_headers
    sim = _simulator.Simulator()
    car = sim.vehicle_ids[0]
    token = sim.issue_token([car])["access_token"]
    headers = {"Authorization": f"Bearer {token}", "SC-Unit-System": "imperial"}
    base = f"https://api.smartcar.com/v2.0/vehicles/{car}"
    odometer = sim.handle("GET", base + "/odometer", headers)
    assert (odometer.status, odometer.header("SC-Unit-System")) == (200, "imperial")
    body = b'{"requests":[{"path":"/odometer"}]}'
    batch = sim.handle(
        "POST", base + "/batch", {**headers, "Content-Type": "application/json"}, body
    )
    assert batch.status == 200 and batch.header("SC-Unit-System") is None
    # The sub-response of a unit-dependent read still says which system its values are in.
    assert batch.json()["responses"][0]["headers"]["sc-unit-system"] == "imperial"
    signals = sim.handle(
        "GET", f"https://vehicle.api.smartcar.com/v3/vehicles/{car}/signals", headers
    )
    assert signals.status == 200 and signals.header("SC-Unit-System") is None


def test_a_typed_read_line_must_agree_with_the_spec() -> None:
    # A line whose annotation names another result than the spec's fails on its first use.
    from smartcar.vehicle import _read

    class Mistyped(smartcar.Vehicle):
        odometer: smartcar.vehicle.operation[[], smartcar.types.Location] = _read("get_odometer")

    with pytest.raises(TypeError, match=r"get_odometer returns .*Odometer.*, not .*Location"):
        Mistyped("vehicle-1", "token").odometer  # noqa: B018 (the first use)


def test_every_typed_read_line_of_vehicle_agrees_with_the_spec() -> None:
    # The class body names no type at import (first use stays cheap): each line's annotation
    # is checked when the read is first used; here all of them are.
    from smartcar._resources.vehicle_ops import _LazyRead
    from smartcar.vehicle import BaseVehicle

    typed = {
        name: read
        for name, read in vars(BaseVehicle).items()
        if isinstance(read, _LazyRead) and read._declared() is not None
    }
    assert {"odometer", "get_signals", "diagnostic_trouble_codes"} <= set(typed)
    for read in typed.values():
        read._resolve()


def test_a_typed_read_line_with_the_wrong_annotation_fails_on_first_use() -> None:
    from smartcar.vehicle import _read

    class Wrong(smartcar.Vehicle):
        odometer: smartcar.vehicle.operation[[], smartcar.types.Location] = _read("get_odometer")

    transport = httpx2.MockTransport(lambda request: httpx2.Response(200, json={"distance": 1}))
    with pytest.raises(TypeError, match="get_odometer"):
        Wrong("v1", "token", transport=transport).odometer()


def test_a_one_line_command_sends_its_body_once_and_is_typed() -> None:
    import json

    from smartcar.vehicle import _command

    class Mine(smartcar.Vehicle):
        lock_now: smartcar.vehicle.operation[[], smartcar.types.Action] = _command(
            "control_security", action="LOCK"
        )

    sent: list[httpx2.Request] = []

    def answer(request: httpx2.Request) -> httpx2.Response:
        sent.append(request)
        if len(sent) == 1:
            return httpx2.Response(500, json={"type": "SERVER", "code": "INTERNAL"})
        return httpx2.Response(200, json={"status": "success", "message": "Locked"})

    vehicle = Mine("v1", "token", transport=httpx2.MockTransport(answer))
    with pytest.raises(smartcar.ServerError):
        vehicle.lock_now()
    assert len(sent) == 1  # a command is never replayed once it may have reached the vehicle
    result = vehicle.lock_now()
    assert type(result) is smartcar.types.Action and result.message == "Locked"
    assert (sent[-1].method, sent[-1].url.path) == ("POST", "/v2.0/vehicles/v1/security")
    assert json.loads(sent[-1].content) == {"action": "LOCK"}


def test_every_vehicle_read_is_a_method_with_the_spec_docstring() -> None:
    for info in _registry.vehicle_reads():
        assert hasattr(smartcar.Vehicle, info.name), info.name
        assert hasattr(smartcar.AsyncVehicle, info.name), info.name
    doc = smartcar.Vehicle.odometer.__doc__ or ""
    assert "GET /odometer" in doc and "read_odometer" in doc and "unit system" in doc


FAKE_OPERATION = {
    "parameters": [
        {"$ref": "#/components/parameters/ApiVersion"},
        {"$ref": "#/components/parameters/VehicleId"},
    ],
    "get": {
        "operationId": "get_wiper_fluid",
        "tags": ["vehicle-data"],
        "summary": "Get the washer fluid level",
        "servers": [{"url": "https://api.smartcar.com"}],
        "security": [{"accessToken": ["read_wiper_fluid"]}],
        "parameters": [{"$ref": "#/components/parameters/UnitSystem"}],
        "responses": {
            "200": {
                "description": "The washer fluid level.",
                # As every unit-dependent read: the answer says which unit system it is in.
                "headers": {
                    name: {"$ref": f"#/components/headers/{name}"}
                    for name in ("SC-Request-Id", "SC-Data-Age", "SC-Fetched-At", "SC-Unit-System")
                },
                "content": {
                    "application/json": {
                        "schema": {"$ref": "#/components/schemas/WiperFluid"},
                        "example": {"percentRemaining": 0.42},
                    }
                },
            },
            "400": {"$ref": "#/components/responses/BadRequest"},
        },
    },
}

FAKE_COMMAND = {
    "parameters": FAKE_OPERATION["parameters"],
    "post": {
        "operationId": "honk_horn",
        "x-smartcar-command": True,
        "tags": ["vehicle-commands"],
        "summary": "Honk the horn",
        "servers": [{"url": "https://api.smartcar.com"}],
        "security": [{"accessToken": ["control_horn"]}],
        "responses": {
            "200": {
                "description": "The command was sent to the vehicle.",
                "headers": {"SC-Request-Id": {"$ref": "#/components/headers/SC-Request-Id"}},
                "content": {
                    "application/json": {
                        "schema": {"$ref": "#/components/schemas/ActionResponse"},
                        "example": {"status": "success", "message": "Honked"},
                    }
                },
            },
            "400": {"$ref": "#/components/responses/BadRequest"},
        },
    },
}

# The one hand-written line a new command without arguments takes, in BaseVehicle.
COMMAND_LINE = '    honk: operation[[], types.Action] = _command("honk_horn")'

# What mypy --strict must see: the new read and the new command, typed; a misspelt read is an
# error (strict mode reports an unused ignore, so the ignore below must be needed).
TYPED = textwrap.dedent(
    """
    from typing import assert_type

    import smartcar
    from smartcar import types


    def use(vehicle: smartcar.Vehicle) -> None:
        assert_type(vehicle.wiper_fluid(), types.WiperFluid)
        assert_type(vehicle.wiper_fluid().percent_remaining, float)
        assert_type(vehicle.batch(["/wiper/fluid"]).wiper_fluid(), types.WiperFluid)
        assert_type(vehicle.honk(), types.Action)
        vehicle.wiper_fluidd()  # type: ignore[attr-defined]


    async def use_async(vehicle: smartcar.AsyncVehicle) -> None:
        assert_type((await vehicle.wiper_fluid()).percent_remaining, float)
    """
)

FAKE_SCHEMA = {
    "type": "object",
    "properties": {"percentRemaining": {"type": "number"}},
    "required": ["percentRemaining"],
}

USE_THE_NEW_READ = textwrap.dedent(
    """
    import asyncio, contextlib, io, json, os, pathlib, sys
    from datetime import UTC, datetime, timedelta

    import httpx2
    import smartcar, smartcar_openapi
    from smartcar import _http
    from smartcar.cli import main
    from smartcar.cli._store import TokenStore
    from smartcar.testing import Simulator, SimulatorTransport

    assert smartcar_openapi.__file__.startswith(sys.argv[1]), smartcar_openapi.__file__
    assert smartcar.__file__.startswith(sys.argv[3]), smartcar.__file__
    assert "read_wiper_fluid" in smartcar._core.validate.PERMISSIONS

    sim = Simulator()
    vid = sim.vehicle_ids[0]
    token = sim.issue_token()["access_token"]
    transport = SimulatorTransport(sim)

    # Vehicle, blocking and asyncio.
    result = smartcar.Vehicle(vid, token, transport=transport).wiper_fluid()
    assert result.percent_remaining == 0.42, result
    assert result.meta.unit_system == "metric", result.meta
    imperial = smartcar.Vehicle(vid, token, {"unit_system": "imperial"}, transport=transport)
    assert imperial.wiper_fluid().meta.unit_system == "imperial"

    async def read_async():
        async with smartcar.AsyncVehicle(vid, token, transport=transport) as vehicle:
            return await vehicle.wiper_fluid()

    assert asyncio.run(read_async()).percent_remaining == 0.42

    # The permission comes from the spec: a token without it is refused.
    narrow = sim.issue_token(scope=["read_odometer"])["access_token"]
    try:
        smartcar.Vehicle(vid, narrow, transport=transport).wiper_fluid()
    except smartcar.SmartcarException as error:
        assert error.type == "PERMISSION", error
    else:
        raise AssertionError("read_wiper_fluid was not checked")

    # The command of the one hand-written line: sent once, typed by the spec's result.
    honked = smartcar.Vehicle(vid, token, transport=transport).honk()
    assert (honked.status, honked.message) == ("success", "Honked"), honked
    assert type(honked) is smartcar.types.Action
    assert smartcar._resources.registry.by_id("honk_horn").command

    # Batch.
    batch = smartcar.Vehicle(vid, token, transport=transport).batch(["/wiper/fluid"])
    assert batch.wiper_fluid().percent_remaining == 0.42
    assert type(batch.wiper_fluid()) is type(result)

    # Fleet.
    with httpx2.Client(transport=transport) as client:
        (row,) = smartcar.read_fleet([(vid, token)], ["wiper_fluid"], http_client=client)
    assert row.ok and row["wiper_fluid"].percent_remaining == 0.42, row

    # CLI.
    _http.set_transport_override(transport)
    grant = sim.issue_token()
    now = datetime.now(UTC)
    store = os.path.join(sys.argv[2], "tokens.json")
    TokenStore(pathlib.Path(store)).save(
        smartcar.Access(
            access_token=grant["access_token"],
            token_type="Bearer",
            expires_in=7200,
            expiration=now + timedelta(hours=2),
            refresh_token=grant["refresh_token"],
            refresh_expiration=now + timedelta(days=60),
        )
    )
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(["--token-file", store, "get", "wiper-fluid", "--vehicle", vid, "--json"])
    assert code == 0, code
    assert json.loads(out.getvalue())["percentRemaining"] == 0.42, out.getvalue()
    print("ok")
    """
)


@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
def test_a_read_added_to_the_spec_works_everywhere_with_no_other_edit(tmp_path: Path) -> None:
    package = regenerate(
        tmp_path,
        {
            "/v{version}/vehicles/{vehicle_id}/wiper/fluid": FAKE_OPERATION,
            "/v{version}/vehicles/{vehicle_id}/horn": FAKE_COMMAND,
        },
        {"WiperFluid": FAKE_SCHEMA},
    )
    assert "get_wiper_fluid" in (package / "registry.py").read_text(encoding="utf-8")
    sdk = sdk_of(package) / "smartcar"

    # The read is the spec plus no hand-written line: make regen wrote it all, in the
    # generated sections of the SDK's modules (Vehicle's read, Batch's accessor, the result).
    for module in sorted((ROOT / "smartcar").rglob("*.py")):
        copy = sdk / module.relative_to(ROOT / "smartcar")
        assert hand_written(copy) == hand_written(module), module
    vehicle_py = (sdk / "vehicle.py").read_text(encoding="utf-8")
    assert (
        '    wiper_fluid: operation[[], types.WiperFluid] = _read("get_wiper_fluid")' in vehicle_py
    )
    results_py = (sdk / "_results" / "generated.py").read_text(encoding="utf-8")
    assert "class WiperFluid(TupleLike, models.WiperFluid):" in results_py

    # The command is the spec plus one hand-written line.
    marker = "    # </generated reads>\n"
    (sdk / "vehicle.py").write_text(
        vehicle_py.replace(marker, marker + COMMAND_LINE + "\n"), encoding="utf-8"
    )
    added = set(hand_written(sdk / "vehicle.py")) - set(hand_written(ROOT / "smartcar/vehicle.py"))
    assert added == {COMMAND_LINE}

    home = tmp_path / "home"
    home.mkdir()
    credentials = {
        "XDG_CONFIG_HOME": str(home),
        "SMARTCAR_CLIENT_ID": "sim-client-id",
        "SMARTCAR_CLIENT_SECRET": "sim-client-secret",
    }
    out = run_with(package, USE_THE_NEW_READ, str(home), str(sdk), env=credentials)
    assert out.strip().endswith("ok")

    typed = tmp_path / "typed.py"
    typed.write_text(TYPED, encoding="utf-8")
    mypy = mypy_strict(typed, package)
    assert mypy.returncode == 0, mypy.stdout + mypy.stderr

    # make check-regen: a hand-written line outside the sections is fine; a section changed by
    # hand is not (regen --check compares each with what the spec gives, and writes none).
    def check() -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [
                sys.executable,
                str(ROOT / "scripts" / "regen.py"),
                "--check",
                "--spec",
                str(tmp_path / "smartcar.yaml"),
                "--dest",
                str(tmp_path / "again" / "smartcar_openapi"),
                "--sdk",
                str(sdk),
            ],
            capture_output=True,
            text=True,
            timeout=300,
        )

    assert check().returncode == 0
    edited = (sdk / "_resources" / "batch.py").read_text(encoding="utf-8")
    (sdk / "_resources" / "batch.py").write_text(
        edited.replace("types.Vin)", "types.Odometer)"), encoding="utf-8"
    )
    failed = check()
    assert failed.returncode == 1 and "_resources/batch.py: generated section differs" in failed.stdout
