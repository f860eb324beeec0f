"""Modules imported on first use, so that the first ``smartcar.Vehicle`` costs little.

The generated endpoint modules and models, and the typed results built on them, are most of
what the SDK would cost to import: each defines attrs classes, whose methods are compiled when
the class is created. A program pays for them when it first calls an operation that needs
them, not when it first names ``smartcar.Vehicle`` or ``smartcar.AuthClient``.

A module that refers to such a module binds the name with :func:`bind`, under ``if not
TYPE_CHECKING``, and imports it for real under ``if TYPE_CHECKING`` so that type checkers
see the module itself; ``tests/project/test_layout.py`` checks that both bind the same names to the
same modules.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["LazyModule", "bind", "module_getattr"]


class LazyModule:
    """Stands in for a module until one of its attributes is read.

    The first read imports the module and puts it in place of this stand-in in the namespace
    that bound it, so every later use is an ordinary global lookup of the module itself.
    Thread-safe: the import system serialises the import, and rebinding is idempotent.
    """

    __slots__ = ("_alias", "_name", "_namespace")

    def __init__(self, name: str, namespace: dict[str, Any], alias: str) -> None:
        self._name = name
        self._namespace = namespace
        self._alias = alias

    def __getattr__(self, attribute: str) -> Any:
        module = importlib.import_module(self._name)
        if self._namespace.get(self._alias) is self:
            self._namespace[self._alias] = module
        return getattr(module, attribute)

    def __repr__(self) -> str:
        return f"<module {self._name!r}, imported on first use>"


def bind(namespace: dict[str, Any], modules: Mapping[str, str]) -> None:
    """Bind each ``alias`` in ``namespace`` to module ``name``, imported on first use.

    Args:
        namespace: the binding module's ``globals()``.
        modules: ``{alias: absolute module name}``.
    """
    for alias, name in modules.items():
        loaded = sys.modules.get(name)
        namespace[alias] = loaded if loaded is not None else LazyModule(name, namespace, alias)


def module_getattr(namespace: dict[str, Any], modules: Mapping[str, str]) -> Callable[[str], Any]:
    """A module ``__getattr__`` (PEP 562) that imports ``modules`` when read from outside.

    For submodules a module exposes under another name (the official package's
    ``vehicle.v2``): reading the name returns the module itself, imported then.

    Args:
        namespace: the module's ``globals()``.
        modules: ``{name: absolute module name}``.
    """

    def __getattr__(name: str) -> Any:
        target = modules.get(name)
        if target is None:
            raise AttributeError(f"module {namespace['__name__']!r} has no attribute {name!r}")
        module = importlib.import_module(target)
        namespace[name] = module
        return module

    return __getattr__
