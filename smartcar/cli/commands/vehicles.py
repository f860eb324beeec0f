"""``smartcar vehicles``: list the authorised vehicles."""

from __future__ import annotations

from typing import Any

from ...exceptions import (
    SmartcarException,
)
from .._context import Context
from .._emit import report_interrupted
from .._errors import EXIT_ERROR, EXIT_OK
from .._output import (
    error_to_dict,
    format_error,
    format_table,
    format_value,
    result_to_dict,
    to_json,
)


def run_vehicles(ctx: Context) -> int:
    """List the authorised vehicles, with make, model and year under ``--details``."""
    listing = ctx.vehicle_list()
    ids = list(listing.vehicles)
    if not ctx.args.details:
        if ctx.args.json:
            ctx.out.write(to_json(result_to_dict(listing)))
        else:
            ctx.out.write(format_table([(v,) for v in ids], header=("ID",)))
        return EXIT_OK
    results = ctx.read_each(ids, "attributes", "Reading attributes")
    if ctx.args.json:
        items: list[dict[str, Any]] = [
            {"id": v, "error": error_to_dict(r)}
            if isinstance(r, SmartcarException)
            else result_to_dict(r)
            for v, r in results
        ]
        ctx.out.write(to_json({"vehicles": items, "paging": listing.paging.to_dict()}))
    else:
        header: tuple[str, ...] = ("ID", "MAKE", "MODEL", "YEAR")
        rows: list[tuple[str, ...]] = [
            (v, "-", "-", "-", r.message)
            if isinstance(r, SmartcarException)
            else (v, format_value(r.make), format_value(r.model), format_value(r.year))
            for v, r in results
        ]
        if any(len(row) > len(header) for row in rows):
            header += ("ERROR",)
        ctx.out.write(format_table(rows, header=header))
    failed = [(v, r) for v, r in results if isinstance(r, SmartcarException)]
    for vehicle_id, error in failed:
        ctx.err.write("smartcar: " + format_error(error, f"vehicle {vehicle_id}"))
    if ctx.interrupted:
        return report_interrupted(ctx, len(results), len(listing.vehicles))
    return EXIT_ERROR if failed else EXIT_OK
