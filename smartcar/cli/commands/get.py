"""``smartcar get``: read vehicle data of one vehicle or many."""

from __future__ import annotations

import argparse
import difflib

from ..._resources import registry
from .._context import Context
from .._emit import call_vehicle, emit_many, emit_one, report_interrupted
from .._errors import EXIT_OK

READS: dict[str, str] = {
    info.name.removeprefix("get_").replace("_", "-"): info.name for info in registry.plain_reads()
}
"""``smartcar get`` endpoints: CLI name → :class:`~smartcar.Vehicle` method, from the spec's
operation registry (the method's name without ``get_``, with dashes)."""

# Other accepted spellings: the Vehicle method names (get_signals ...) and the alias "info".
_READ_ALIASES = {
    "info": "attributes",
    **{m.replace("_", "-"): cli for cli, m in READS.items() if m.replace("_", "-") != cli},
}


def endpoint(text: str) -> str:
    """Normalise a ``smartcar get`` endpoint name (``tire_pressure`` → ``tire-pressure``).

    Args:
        text: the name as typed: CLI name, Vehicle method name or alias, any case.

    Returns:
        The canonical CLI name (a key of :data:`READS`).

    Raises:
        argparse.ArgumentTypeError: an unknown endpoint, listing the known ones.
    """
    name = text.strip().lower().replace("_", "-")
    name = _READ_ALIASES.get(name, name)
    if name not in READS:
        close = difflib.get_close_matches(name, [*READS, *_READ_ALIASES], n=1, cutoff=0.6)
        suggestion = f" (did you mean {_READ_ALIASES.get(close[0], close[0])!r}?)" if close else ""
        raise argparse.ArgumentTypeError(
            f"unknown endpoint {text!r}{suggestion}; choose from: {', '.join(READS)}"
        )
    return name


def run_get(ctx: Context) -> int:
    """Read one endpoint of the chosen vehicles; keyed by vehicle when there are several."""
    args = ctx.args
    method = READS[args.endpoint]
    ids = ctx.targets(args.vehicles, args.all)
    keyed = args.all or len(ids) > 1
    if not keyed:
        emit_one(ctx, call_vehicle(ctx, ids[0], method))
        return EXIT_OK
    results = ctx.read_each(ids, method, f"Reading {args.endpoint}")
    code = emit_many(ctx, results)
    return report_interrupted(ctx, len(results), len(ids)) if ctx.interrupted else code
