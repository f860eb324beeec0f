"""Modules imported on first use, so that the first ``smartcar.Vehicle`` costs little.

The generated endpoint modules and models, and the typed results built on them, are most of
what the SDK would cost to import: each defines attrs classes, whose methods are compiled when
the class is created. A program pays for them when it first calls an operation that needs
them, not when it first names ``smartcar.Vehicle`` or ``smartcar.AuthClient``.

There is one mechanism, in two parts:

* A module that *exposes* a name it does not import (the official package's ``vehicle.v2``)
  lists it in a PEP 562 ``__getattr__`` made by :func:`module_getattr`; no module defines a
  module-level ``__getattr__`` any other way (``tests/project/test_layout.py`` checks it).
* A module that only *uses* such a module imports it inside the function that needs it, when
  an operation runs, and under ``if TYPE_CHECKING:`` for its annotations.
"""

from __future__ import annotations

import importlib

# Nothing else is imported: the package's own table (smartcar/__init__.py) is made here, and
# `import smartcar` must not cost the import of typing.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Mapping
    from typing import Any

__all__ = ["module_getattr"]


def module_getattr(
    namespace: dict[str, Any], names: Mapping[str, str], *, submodules: bool = False
) -> Callable[[str], Any]:
    """A module ``__getattr__`` (PEP 562) that loads ``names`` when read from outside.

    Each value is the name of a module, which reading the name imports and returns (the
    official package's ``vehicle.v2``), or ``"module:attribute"``, an attribute of a module
    imported then (``smartcar.Vehicle``, a table that loads with the generated registry). A
    relative module name is relative to the module's package. The value is kept in
    ``namespace``, so later reads never come back here.

    Args:
        namespace: the module's ``globals()``.
        names: ``{name: "module"}`` or ``{name: "module:attribute"}``.
        submodules: any other name is a submodule of this package, imported when read, as
            ``import smartcar.types`` binds ``smartcar.types``.
    """
    module_name = namespace["__name__"]

    def __getattr__(name: str) -> Any:
        target = names.get(name)
        if target is None:
            if submodules and not name.startswith("__"):
                try:
                    return importlib.import_module(f"{module_name}.{name}")
                except ModuleNotFoundError as error:
                    if error.name != f"{module_name}.{name}":
                        raise
            raise AttributeError(f"module {module_name!r} has no attribute {name!r}")
        source, _, attribute = target.partition(":")
        module = importlib.import_module(source, namespace.get("__package__"))
        value = getattr(module, attribute) if attribute else module
        namespace[name] = value
        return value

    return __getattr__
