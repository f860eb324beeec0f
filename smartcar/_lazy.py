"""Modules imported on first use, so that the first ``smartcar.Vehicle`` costs little.

The generated endpoint modules and models, and the typed results built on them, are most of
what the SDK would cost to import: each defines attrs classes, whose methods are compiled when
the class is created. A program pays for them when it first calls an operation that needs
them, not when it first names ``smartcar.Vehicle`` or ``smartcar.AuthClient``.

There is one mechanism, in two parts:

* A module that *exposes* a name it does not import (the official package's ``vehicle.v2``)
  lists it in a PEP 562 ``__getattr__`` made by :func:`module_getattr`; no module defines a
  module-level ``__getattr__`` any other way (``tests/test_layout.py`` checks it).
* A module that only *uses* such a module imports it inside the function that needs it, when
  an operation runs, and under ``if TYPE_CHECKING:`` for its annotations.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["module_getattr"]


def module_getattr(namespace: dict[str, Any], names: Mapping[str, str]) -> Callable[[str], Any]:
    """A module ``__getattr__`` (PEP 562) that loads ``names`` when read from outside.

    Each value is the absolute name of a module, which reading the name imports and returns
    (the official package's ``vehicle.v2``), or ``"module:attribute"``, an attribute of a
    module imported then (a table that loads with the generated registry). The value is kept
    in ``namespace``, so later reads never come back here.

    Args:
        namespace: the module's ``globals()``.
        names: ``{name: "module"}`` or ``{name: "module:attribute"}``, absolute names.
    """

    def __getattr__(name: str) -> Any:
        target = names.get(name)
        if target is None:
            raise AttributeError(f"module {namespace['__name__']!r} has no attribute {name!r}")
        module_name, _, attribute = target.partition(":")
        module = importlib.import_module(module_name)
        value = getattr(module, attribute) if attribute else module
        namespace[name] = value
        return value

    return __getattr__
