"""``smartcar lock``, ``unlock``, ``start-charge``, ``stop-charge`` and ``set-charge-limit``."""

from __future__ import annotations

import argparse
import math
from collections.abc import Callable
from dataclasses import dataclass

from .._context import Context
from .._emit import call_vehicle, emit_one
from .._errors import EXIT_OK
from .._output import format_table

COMMANDS: dict[str, tuple[str, str]] = {
    "lock": ("lock", "Lock the vehicle."),
    "unlock": ("unlock", "Unlock the vehicle."),
    "start-charge": ("start_charge", "Start charging."),
    "stop-charge": ("stop_charge", "Stop charging."),
}
"""Vehicle commands without arguments: CLI name → (Vehicle method, help)."""


@dataclass(frozen=True)
class ChargeLimit:
    """A charge limit as the user typed it: ``80%``, ``80`` (percent) or ``0.8`` (fraction)."""

    fraction: float
    """The limit as the API takes it, from 0.5 to 1.0."""
    text: str
    """The limit in the unit typed, for messages and the table: ``80%``, ``80`` or ``0.8``."""


def charge_limit(text: str) -> ChargeLimit:
    """Parse a charge limit in the unit the user types.

    ``80%`` and ``80`` are percentages (a number above 1 can only be one), ``0.8`` a fraction.

    Args:
        text: the argument.

    Returns:
        The limit, as a fraction and as typed.

    Raises:
        argparse.ArgumentTypeError: not a number, or outside 50-100 % (told in the unit typed).
    """
    value = text.strip()
    percent = value.endswith("%")
    try:
        number = float(value.removesuffix("%"))
    except ValueError:
        number = math.nan
    if not math.isfinite(number):
        raise argparse.ArgumentTypeError(f"{text!r} is not a charge limit such as 80%, 80 or 0.8")
    if percent or number > 1:
        if not 50 <= number <= 100:
            raise argparse.ArgumentTypeError(
                f"the charge limit must be from 50{'%' if percent else ''} to "
                f"100{'%' if percent else ''}, got {value}"
            )
        return ChargeLimit(number / 100, value)
    if not 0.5 <= number <= 1:
        raise argparse.ArgumentTypeError(
            f"the charge limit must be from 0.5 to 1.0 (or 50% to 100%), got {value}"
        )
    return ChargeLimit(number, value)


def vehicle_command(method: str) -> Callable[[Context], int]:
    """The handler of a subcommand that calls ``Vehicle.<method>`` on one vehicle."""

    def run_command(ctx: Context) -> int:
        vehicle_id = ctx.targets([ctx.args.vehicle] if ctx.args.vehicle else None, False)[0]
        limit: ChargeLimit | None = getattr(ctx.args, "limit", None)
        extra = [] if limit is None else [limit.fraction]
        result = call_vehicle(ctx, vehicle_id, method, *extra)
        emit_one(ctx, result)
        if limit is not None and not ctx.args.json:
            # Echoed in the unit typed: the API's own answer speaks of fractions.
            ctx.out.write(format_table([("limit", limit.text)]))
        return EXIT_OK

    return run_command
