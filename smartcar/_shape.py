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

_Checker = typing.Callable[[Any, str], None]

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


_FIELDS: dict[type[Any], tuple[tuple[str, _Checker], ...]] = {}
_CHECKERS: dict[Any, _Checker] = {}


def _fields(cls: type[Any]) -> tuple[tuple[str, _Checker], ...]:
    # Resolving annotations is slow, and so is asking what each one means: each class is
    # resolved, and each of its annotations compiled to a checker, once (a race only repeats
    # work). Every result is still checked in full; only the reading of annotations is reused.
    found = _FIELDS.get(cls)
    if found is None:
        hints = typing.get_type_hints(cls, localns=_Models())
        names = [f.name for f in attrs.fields(cls)]
        found = tuple((name, _checker(hints[name])) for name in names if name not in _SKIPPED)
        _FIELDS[cls] = found
    return found


def _fail(where: str, value: Any, hint: Any) -> typing.NoReturn:
    shown = repr(value)
    shown = shown if len(shown) <= 60 else shown[:57] + "..."
    name = getattr(hint, "__name__", None) or str(hint).replace("typing.", "")
    raise TypeError(f"{where} is {shown}, expected {name}")


def _checker(hint: Any) -> _Checker:
    """The check of one annotation: raises ``TypeError`` for a value that does not match."""
    try:
        found = _CHECKERS.get(hint)
    except TypeError:  # an unhashable annotation: compiled each time, never stored
        return _compile(hint)
    if found is None:
        found = _CHECKERS[hint] = _compile(hint)
    return found


def _accept(value: Any, where: str) -> None:
    return None


def _plain(hint: Any) -> bool:
    # A hint that a bare isinstance settles: no nested model, and not a JSON number.
    # (typing.Any is a class too, from Python 3.11: not one isinstance can take.)
    return hint is type(None) or (
        hint is not Any
        and isinstance(hint, type)
        and hint not in (float, int)
        and (hint is datetime or not attrs.has(hint))
    )


def _compile(hint: Any) -> _Checker:
    if hint is Any:
        return _accept
    origin = typing.get_origin(hint)
    if origin is typing.Union or origin is types.UnionType:
        arms = typing.get_args(hint)
        # Most values match a plain arm (str, None ...): one isinstance, no exception raised.
        plain = tuple(arm for arm in arms if _plain(arm))
        others = tuple(_checker(arm) for arm in arms if not _plain(arm))

        def check_union(value: Any, where: str) -> None:
            if isinstance(value, plain):
                return
            for arm in others:
                try:
                    arm(value, where)
                except TypeError:
                    continue
                return
            _fail(where, value, hint)

        return check_union
    if origin is list:
        (item,) = typing.get_args(hint) or (Any,)
        check_item = _checker(item)

        def check_list(value: Any, where: str) -> None:
            if not isinstance(value, list):
                _fail(where, value, hint)
            for index, element in enumerate(value):
                check_item(element, f"{where}[{index}]")

        return check_list
    if origin is dict:
        return _instance_check(dict, hint)
    if hint is type(None) or hint is None:
        return _instance_check(type(None), "None")
    if hint is float:
        return _check_float
    if hint is int:
        return _check_int
    if isinstance(hint, type):
        if attrs.has(hint) and hint is not datetime:

            def check_nested(value: Any, where: str) -> None:
                if not isinstance(value, hint):
                    _fail(where, value, hint)
                check_model(value, where)

            return check_nested
        return _instance_check(hint, hint)
    return _accept  # an annotation this module does not check (a Literal, say)


def _instance_check(kind: type[Any], shown: Any) -> _Checker:
    def check_instance(value: Any, where: str) -> None:
        if not isinstance(value, kind):
            _fail(where, value, shown)

    return check_instance


def _check_float(value: Any, where: str) -> None:
    # JSON has one number type: 219 is a fine value for a float field.
    if isinstance(value, bool) or not isinstance(value, int | float):
        _fail(where, value, float)
    # Python's json accepts NaN and Infinity, and reads 1e999 as inf: none is a reading.
    if isinstance(value, float) and not math.isfinite(value):
        _fail(where, value, "a finite number")


def _check_int(value: Any, where: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        _fail(where, value, int)


def check_model(model: Any, where: str | None = None) -> None:
    """Raise ``TypeError`` naming the first field whose value does not match its annotation."""
    cls = type(model)
    prefix = where or cls.__name__
    for name, check in _fields(cls):
        check(getattr(model, name), f"{prefix}.{name}")
