"""The API v3 subcommands: ``v3-connections``, ``v3-signals`` and ``v3-command``.

They use the API credentials (``$SMARTCAR_API_CLIENT_ID``, ``$SMARTCAR_API_CLIENT_SECRET``;
the simulator's application against a simulator) and the application token, never the
stored per-vehicle tokens. Vehicle calls name the user they act for with ``--user``.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
from collections.abc import Callable
from typing import Any

from ...app import App, AppVehicle
from ...v3 import RawItem
from .._context import Context
from .._errors import EXIT_OK, EXIT_USAGE, CliError
from .._output import format_table, inline, result_rows, to_json

__all__ = ["V3_COMMANDS", "register"]

V3_COMMANDS: dict[str, tuple[str, str]] = {
    "lock-doors": ("lock_doors", "Lock the doors."),
    "unlock-doors": ("unlock_doors", "Unlock the doors."),
    "start-charge": ("start_charge", "Start charging."),
    "stop-charge": ("stop_charge", "Stop charging."),
    "set-charge-limit": ("set_charge_limit", "Set the charge limit (--percent)."),
    "set-destination": ("set_destination", "Send a destination (--latitude, --longitude)."),
}
"""``smartcar v3-command NAME``: CLI name → (AppVehicle method, help)."""


Add = Callable[[str, str, Callable[[Context], int]], argparse.ArgumentParser]


def _app(ctx: Context) -> App:
    client_id = os.environ.get("SMARTCAR_API_CLIENT_ID")
    secret = os.environ.get("SMARTCAR_API_CLIENT_SECRET")
    origins = ctx.origins
    if ctx.simulator:
        from ... import testing

        client_id = client_id or testing.DEFAULT_CLIENT_ID
        secret = secret or testing.DEFAULT_CLIENT_SECRET
        # The simulator answers every API at one address, the v3 hosts included.
        url = origins.api
        origins = dataclasses.replace(origins, iam=url, management_v3=url, compatibility_v3=url)
    if not client_id or not secret:
        raise CliError(
            "missing API credentials: set $SMARTCAR_API_CLIENT_ID and $SMARTCAR_API_CLIENT_SECRET",
            exit_code=EXIT_USAGE,
            hint="create them in the Smartcar Dashboard under API Credentials",
        )
    return App(client_id, secret, origins=origins)


def _vehicle(ctx: Context) -> AppVehicle:
    return _app(ctx).vehicle(ctx.args.vehicle, ctx.args.user)


def _emit(ctx: Context, body: dict[str, Any]) -> None:
    if ctx.args.json:
        ctx.out.write(to_json(body))
    else:
        ctx.out.write(format_table(result_rows(body)))


def _cmd_connections(ctx: Context) -> int:
    args = ctx.args
    connections = _app(ctx).connections(
        user_id=args.user, vehicle_id=args.vehicle, limit=args.limit
    )
    # An item the API sent as something else than an object has no id to show: it is left out.
    rows = [
        (c.id, c.vehicle_id or "", c.user_id or "", c.vehicle.mode or "")
        for c in connections
        if not isinstance(c, RawItem)
    ]
    if args.json:
        ctx.out.write(
            to_json(
                [dict(zip(("id", "vehicleId", "userId", "mode"), r, strict=True)) for r in rows]
            )
        )
    else:
        ctx.out.write(format_table(rows, header=("CONNECTION", "VEHICLE", "USER", "MODE")))
    return EXIT_OK


def _cmd_signals(ctx: Context) -> int:
    vehicle = _vehicle(ctx)
    if ctx.args.code:
        signal = vehicle.get_signal(ctx.args.code)
        _emit(ctx, {"code": signal.id, "body": signal.attributes.to_dict().get("body")})
        return EXIT_OK
    signals = list(vehicle.signals())
    bodies = {
        s.id: s.attributes.to_dict().get("body") for s in signals if not isinstance(s, RawItem)
    }
    if ctx.args.json:
        ctx.out.write(to_json(bodies))
    else:
        rows = [(code, inline(body)) for code, body in bodies.items()]
        ctx.out.write(format_table(rows, header=("SIGNAL", "BODY")))
    return EXIT_OK


def _cmd_command(ctx: Context) -> int:
    args = ctx.args
    method, _ = V3_COMMANDS[args.name]
    extra: list[Any] = []
    if method == "set_charge_limit":
        if args.percent is None:
            raise CliError("set-charge-limit needs --percent (0-100)", exit_code=EXIT_USAGE)
        extra = [args.percent]
    elif method == "set_destination":
        if args.latitude is None or args.longitude is None:
            raise CliError("set-destination needs --latitude and --longitude", exit_code=EXIT_USAGE)
        extra = [args.latitude, args.longitude]
    execution = getattr(_vehicle(ctx), method)(*extra)
    _emit(
        ctx,
        {
            "id": execution.id,
            "commandType": execution.command_type,
            "status": execution.status,
            "executionMode": execution.execution_mode,
            "httpStatus": execution.response.status_code,
            "parameters": dict(execution.parameters),
        },
    )
    return EXIT_OK


V3_EPILOG = (
    "API v3 credentials: $SMARTCAR_API_CLIENT_ID and $SMARTCAR_API_CLIENT_SECRET (Dashboard > "
    "API Credentials; the simulator's own against a simulator), not $SMARTCAR_CLIENT_ID: the "
    "commands use the application token, never the tokens of `smartcar login`. Global "
    "options (--json, --simulator-url ...): see `smartcar --help`."
)


def register(add: Add) -> None:
    """Add the v3 subcommands with ``add(name, help, handler)`` (the parser's helper)."""
    for parser in _register(add):
        parser.epilog = V3_EPILOG


def _register(add: Add) -> list[argparse.ArgumentParser]:
    p = add("v3-connections", "List the application's connections (API v3).", _cmd_connections)
    p.add_argument("--user", metavar="USER_ID", help="only this user's connections")
    p.add_argument("--vehicle", metavar="ID", help="only this vehicle's connections")
    p.add_argument("--limit", type=int, metavar="N", help="at most N connections")
    connections = p

    p = add("v3-signals", "Read a vehicle's signals for a user (API v3).", _cmd_signals)
    p.add_argument("code", nargs="?", help="one signal code (default: every signal)")
    _vehicle_options(p)
    signals = p

    p = add("v3-command", "Send a command for a user (API v3).", _cmd_command)
    p.add_argument("name", choices=list(V3_COMMANDS), metavar="NAME", help=", ".join(V3_COMMANDS))
    _vehicle_options(p)
    p.add_argument("--percent", type=float, help="charge limit in percent (0-100)")
    p.add_argument("--latitude", type=float, help="destination latitude")
    p.add_argument("--longitude", type=float, help="destination longitude")
    return [connections, signals, p]


def _vehicle_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--vehicle", required=True, metavar="ID", help="vehicle id")
    parser.add_argument(
        "--user", required=True, metavar="USER_ID", help="the user the call acts for (sc-user-id)"
    )
