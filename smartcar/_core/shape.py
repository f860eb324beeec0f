"""Strict mode: a result that departs from the spec becomes an error.

The generated models read bodies leniently (``scripts/templates/lenient.jinja``): a required
member the body lacks becomes ``None``, a value of another type or an unknown enum value is kept
as sent, an odd list item stays in its list, and each model records where its body departed
from the spec in ``spec_deviations`` (paths include the models inside it). By default the SDK
returns such results as they are. With ``strict=True`` (a client option) :func:`check_model`
runs on every result, and any recorded deviation fails the call with an ``InvalidResponseError``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

import attrs

__all__ = ["check_model", "deviations"]

_MAX_SHOWN = 5
"""Deviations named in a strict-mode error; the rest are counted."""


def deviations(result: Any) -> dict[str, str]:
    """Every departure from the spec recorded in ``result`` and the objects it holds.

    A model built by ``from_dict`` holds the deviations of the models inside it already; a
    result the SDK assembles (a page, a batch, a service history) is searched item by item.
    """
    found: dict[str, str] = {}
    _collect(result, type(result).__name__, found, set())
    return found


def _collect(value: Any, where: str, found: dict[str, str], seen: set[int]) -> None:
    if isinstance(value, str | int | float | bool | bytes) or value is None:
        return
    if id(value) in seen:
        return
    seen.add(id(value))
    parts = getattr(value, "__spec_deviations__", None)
    if parts is not None and not isinstance(value, type):
        # An object that parses its parts later (a batch) hands them over for the search.
        _collect(parts(), where, found, seen)
        return
    recorded = getattr(value, "_deviations", None)
    if recorded:
        for path, what in recorded.items():
            found[f"{where}{'' if path.startswith('[') else '.'}{path}"] = what
        return  # from_dict merged the deviations of everything inside it
    if isinstance(value, list | tuple):
        for index, item in enumerate(value):
            _collect(item, f"{where}[{index}]", found, seen)
    elif isinstance(value, Mapping):
        for key, item in value.items():
            _collect(item, f"{where}[{key!r}]", found, seen)
    elif attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            _collect(getattr(value, field.name, None), f"{where}.{field.name}", found, seen)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            _collect(getattr(value, field.name, None), f"{where}.{field.name}", found, seen)


def check_model(model: Any, where: str | None = None) -> None:
    """Raise ``TypeError`` naming where ``model`` departs from the spec (strict mode).

    The message names paths and expected types, never values: a body (a token response's)
    can hold credentials.
    """
    found = deviations(model)
    if not found:
        return
    prefix = where or type(model).__name__
    shown = [
        f"{prefix}{path[len(type(model).__name__) :]}: {what}"
        for path, what in list(found.items())[:_MAX_SHOWN]
    ]
    more = len(found) - len(shown)
    raise TypeError(
        "the body departs from the spec (strict mode): "
        + "; ".join(shown)
        + (f"; and {more} more" if more else "")
    )
