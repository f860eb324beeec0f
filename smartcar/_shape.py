"""Check that a parsed result really has the types its annotations promise.

The generated ``from_dict`` methods take leaf values as they come (``{"distance": "far"}``
would give ``Odometer(distance="far")``), so a result could lie about its own types. Results
are checked here once, against the models' annotations, and a body of the wrong shape becomes an
``InvalidResponseError`` instead of a surprise later in the caller's code.
"""

from __future__ import annotations

import math
import types
import typing
from datetime import datetime
from typing import Any

import attrs

__all__ = ["check_model"]

_SKIPPED = frozenset({"additional_properties", "_sent_nulls"})
"""Free-form by design (keys the spec does not describe), or bookkeeping, not a JSON field."""


class _Models(dict[str, Any]):
    # The generated models refer to each other by name (imported only for type checkers);
    # resolve those names from the models package, loading modules on demand.
    def __missing__(self, key: str) -> Any:
        from smartcar_openapi import models

        try:
            return getattr(models, key)
        except AttributeError:
            raise KeyError(key) from None


_HINTS: dict[type[Any], tuple[tuple[str, Any], ...]] = {}


def _hints(cls: type[Any]) -> tuple[tuple[str, Any], ...]:
    # Resolving annotations is slow; each class is resolved once (a race only repeats work).
    found = _HINTS.get(cls)
    if found is None:
        hints = typing.get_type_hints(cls, localns=_Models())
        names = [f.name for f in attrs.fields(cls)]
        found = tuple((name, hints[name]) for name in names if name not in _SKIPPED)
        _HINTS[cls] = found
    return found


def _fail(where: str, value: Any, hint: Any) -> typing.NoReturn:
    shown = repr(value)
    shown = shown if len(shown) <= 60 else shown[:57] + "..."
    name = getattr(hint, "__name__", None) or str(hint).replace("typing.", "")
    raise TypeError(f"{where} is {shown}, expected {name}")


def _check(value: Any, hint: Any, where: str) -> None:
    if hint is Any:
        return
    origin = typing.get_origin(hint)
    if origin is typing.Union or origin is types.UnionType:
        for arm in typing.get_args(hint):
            try:
                _check(value, arm, where)
            except TypeError:
                continue
            return
        _fail(where, value, hint)
    if origin is list:
        if not isinstance(value, list):
            _fail(where, value, hint)
        (item,) = typing.get_args(hint) or (Any,)
        for index, element in enumerate(value):
            _check(element, item, f"{where}[{index}]")
        return
    if origin is dict:
        if not isinstance(value, dict):
            _fail(where, value, hint)
        return
    if hint is type(None) or hint is None:
        if value is not None:
            _fail(where, value, "None")
        return
    if hint is float:
        # JSON has one number type: 219 is a fine value for a float field.
        if isinstance(value, bool) or not isinstance(value, int | float):
            _fail(where, value, hint)
        # Python's json accepts NaN and Infinity, and reads 1e999 as inf: none is a reading.
        if isinstance(value, float) and not math.isfinite(value):
            _fail(where, value, "a finite number")
        return
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int):
            _fail(where, value, hint)
        return
    if isinstance(hint, type):
        if not isinstance(value, hint):
            _fail(where, value, hint)
        if attrs.has(hint) and hint is not datetime:
            check_model(value, where)
        return


def check_model(model: Any, where: str | None = None) -> None:
    """Raise ``TypeError`` naming the first field whose value does not match its annotation."""
    cls = type(model)
    prefix = where or cls.__name__
    for name, hint in _hints(cls):
        _check(getattr(model, name), hint, f"{prefix}.{name}")
