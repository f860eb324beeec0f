"""Printing one result or many vehicles' results, and calling a Vehicle method for a command."""

from __future__ import annotations

from typing import Any

from ..exceptions import (
    SmartcarException,
)
from ._context import NOT_AUTHORISED, NOT_AUTHORISED_HINT, Context
from ._errors import EXIT_ERROR, EXIT_INTERRUPTED, EXIT_OK
from ._output import (
    clean,
    error_to_dict,
    format_error,
    format_table,
    result_rows,
    result_to_dict,
    to_json,
)

# -- output ---------------------------------------------------------------------------------------


def emit_one(ctx: Context, result: Any) -> None:
    if ctx.args.json:
        ctx.out.write(to_json(result_to_dict(result)))
    else:
        ctx.out.write(format_table(result_rows(result)))


def emit_many(ctx: Context, results: list[tuple[str, Any]]) -> int:
    failures = [(v, r) for v, r in results if isinstance(r, SmartcarException)]
    strangers = ctx.unauthorised([v for v, _ in failures], [r for _, r in failures])

    def message(vehicle_id: str, error: SmartcarException) -> str:
        return NOT_AUTHORISED if vehicle_id in strangers else error.message

    if ctx.args.json:
        keyed = {
            v: {"error": error_to_dict(r) | {"message": message(v, r)}}
            if isinstance(r, SmartcarException)
            else result_to_dict(r)
            for v, r in results
        }
        ctx.out.write(to_json(keyed))
    else:
        rows: list[tuple[str, str, str]] = []
        for vehicle_id, result in results:
            if isinstance(result, SmartcarException):
                rows.append((vehicle_id, "error", message(vehicle_id, result)))
            else:
                rows.extend((vehicle_id, label, text) for label, text in result_rows(result))
        ctx.out.write(format_table(rows, header=("VEHICLE", "FIELD", "VALUE")))
    ctx.out.flush()
    for vehicle_id, error in failures:
        if vehicle_id in strangers:
            ctx.err.write(f"smartcar: error: vehicle {clean(vehicle_id)} {NOT_AUTHORISED}\n")
        else:
            ctx.err.write("smartcar: " + format_error(error, f"vehicle {vehicle_id}"))
    if strangers:
        ctx.err.write(f"hint: {NOT_AUTHORISED_HINT}\n")
    if failures:
        ctx.err.write(f"smartcar: {len(failures)} of {len(results)} vehicles failed\n")
        return EXIT_ERROR
    return EXIT_OK


def report_interrupted(ctx: Context, done: int, total: int) -> int:
    ctx.out.flush()
    ctx.err.write(f"smartcar: interrupted after {done} of {total} vehicles\n")
    return EXIT_INTERRUPTED


def call_vehicle(ctx: Context, vehicle_id: str, method: str, *args: Any) -> Any:
    try:
        return getattr(ctx.vehicle(vehicle_id), method)(*args)
    except SmartcarException as error:
        clearer = ctx.explain(vehicle_id, error)
        if clearer is not None:
            raise clearer from None
        raise
