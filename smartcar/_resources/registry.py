"""The SDK's tables, derived from the operation registry generated from the spec.

``smartcar_openapi.registry`` (written by ``make regen``) lists every operation of
``spec/smartcar.yaml``. The ``Vehicle`` reads, the batch results, the fleet's and the CLI's
readable endpoints, the permission list and the simulator's routes are computed here from it,
so adding a read to the spec adds it everywhere (see CONTRIBUTING.md).
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable
from types import ModuleType
from typing import Any

import attrs
import httpx2
from smartcar_openapi import models
from smartcar_openapi.registry import OPERATIONS, PERMISSIONS, OperationInfo, by_id

from .. import types
from .._core.tuple import TupleLike
from . import reads as _reads

__all__ = [
    "OPERATIONS",
    "PERMISSIONS",
    "OperationInfo",
    "batch_reads",
    "body_converter",
    "by_id",
    "converter",
    "docstring",
    "endpoint",
    "plain_reads",
    "result_class",
    "vehicle_reads",
]


def endpoint(info: OperationInfo) -> ModuleType:
    """The generated endpoint module of an operation (its ``build_request_kwargs``)."""
    return importlib.import_module(info.module)


def vehicle_reads() -> tuple[OperationInfo, ...]:
    """The reads that are methods of ``Vehicle``: vehicle-scoped GETs returning a model."""
    return _reads.vehicle_reads(OPERATIONS)


def plain_reads() -> tuple[OperationInfo, ...]:
    """The ``Vehicle`` reads that take no argument: the fleet's and the CLI's endpoints."""
    return _reads.plain_reads(OPERATIONS)


def batch_reads() -> tuple[OperationInfo, ...]:
    """The operations ``POST /batch`` can read, each with its ``batch_path``."""
    return _reads.batch_reads(OPERATIONS)


@functools.cache
def result_class(info: OperationInfo) -> type[Any]:
    """The SDK result class of an operation's model.

    That is the class of :mod:`smartcar.types` built directly on the generated model (with
    ``meta`` and the official SDK's tuple behaviour); for a model the SDK does not know yet, an
    equivalent class is made here, so a new read works before anyone writes its type.
    """
    if info.result is None:
        raise ValueError(f"{info.operation_id} has no result model")
    generated = getattr(models, info.result)
    for value in vars(types).values():
        if isinstance(value, type) and generated in value.__bases__:
            return value
    namespace: dict[str, Any] = {
        "__doc__": docstring(info),
        "__module__": types.__name__,
        "__qualname__": info.result,
    }
    base: type[Any]
    if info.origin == "vehicle_v3":
        base = types.V3Shape
        # Names resolvable in smartcar.types, where the result's annotations are read.
        namespace["__annotations__"] = {
            "response_meta": "Meta",
            "response_headers": "Mapping[str, str]",
        }
        namespace["response_meta"] = attrs.field(factory=types.Meta, kw_only=True, eq=False)
        namespace["response_headers"] = attrs.field(
            factory=httpx2.Headers, kw_only=True, eq=False, repr=False
        )
    else:
        base = TupleLike
        # The official SDK has no namedtuple for it: its fields are the model's, then meta.
        namespace["__annotations__"] = {"meta": "Meta"}
        namespace["meta"] = attrs.field(factory=types.Meta, kw_only=True, eq=False)
    made: type[Any] = attrs.define(type(info.result, (base, generated), namespace))
    return made


def converter(info: OperationInfo) -> Callable[[httpx2.Response], Any]:
    """Turns a 2xx response of a ``Vehicle`` read into its typed result, with its meta."""
    cls = result_class(info)
    if issubclass(cls, types.V3Shape):
        return types.v3_model(cls)
    return types.model(cls)


def body_converter(info: OperationInfo) -> Callable[[Any], Any]:
    """Turns a decoded body (a batch item's) into the operation's typed result."""
    cls = result_class(info)
    convert: Callable[[Any], Any] = cls.from_dict
    return convert


def docstring(info: OperationInfo) -> str:
    """A method's docstring from the spec: summary, path, permission and units."""
    where = info.path.split("{vehicle_id}", 1)[-1] or "/"
    facts = [f"``{info.method} {where}``"]
    if info.permissions:
        facts.append("permission " + ", ".join(f"``{p}``" for p in info.permissions))
    if info.units:
        facts.append("in the vehicle's unit system")
    summary = info.summary.rstrip(".") or info.name.replace("_", " ").capitalize()
    return (
        f"{summary} ({'; '.join(facts)}).\n\n"
        f"Returns:\n    {info.result}: the typed result, with ``meta`` from the headers.\n\n"
        "Raises:\n    SmartcarException: a subclass for each API or network failure.\n"
    )
