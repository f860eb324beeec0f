"""``smartcar lock``, ``unlock``, ``start-charge``, ``stop-charge`` and ``set-charge-limit``."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from .._context import Context
from .._emit import call_vehicle, emit_one
from .._errors import EXIT_OK

COMMANDS: dict[str, tuple[str, str]] = {
    "lock": ("lock", "Lock the vehicle."),
    "unlock": ("unlock", "Unlock the vehicle."),
    "start-charge": ("start_charge", "Start charging."),
    "stop-charge": ("stop_charge", "Stop charging."),
}
"""Vehicle commands without arguments: CLI name → (Vehicle method, help)."""


def charge_limit(text: str) -> float:
    """Parse a charge limit: a fraction (``0.8``) or a percentage (``80%``).

    Args:
        text: the argument.

    Returns:
        The limit as a fraction (the SDK checks the 0.5–1.0 range).

    Raises:
        argparse.ArgumentTypeError: not a number.
    """
    value = text.strip()
    percent = value.endswith("%")
    try:
        number = float(value.rstrip("%"))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a charge limit such as 0.8 or 80%"
        ) from None
    return number / 100 if percent else number


def vehicle_command(method: str) -> Callable[[Context], int]:
    """The handler of a subcommand that calls ``Vehicle.<method>`` on one vehicle."""

    def run_command(ctx: Context) -> int:
        vehicle_id = ctx.targets([ctx.args.vehicle] if ctx.args.vehicle else None, False)[0]
        extra = [ctx.args.limit] if method == "set_charge_limit" else []
        emit_one(ctx, call_vehicle(ctx, vehicle_id, method, *extra))
        return EXIT_OK

    return run_command
