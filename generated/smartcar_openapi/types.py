"""Contains some shared types for properties, and the lenient reading of members"""

import math
from collections.abc import Mapping, MutableMapping
from enum import Enum
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx2.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx2 will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


# Customised (scripts/templates): the models' from_dict is lenient. A body from the live API
# may lack a member the spec requires, send one of another type, a new enum value, or one odd
# item in a long list; none of that should cost the caller the rest of the body. So from_dict
# never raises for a member: it keeps what was sent and records where the body departs from
# the spec (`spec_deviations` on every model), and the SDK's strict mode raises on any record.

MISSING = "missing: required by the spec, absent from the body"
"""The record of a required member the body lacked (its attribute is None)."""

LENIENT_ERRORS = (TypeError, ValueError, AttributeError, KeyError)
"""What a generated conversion raises for a value of the wrong shape: the raw value is kept."""

Kinds = tuple[Any, ...] | None
"""The runtime types a member may hold (None in the tuple: JSON null); None: anything."""


def conforms(value: Any, kinds: tuple[Any, ...]) -> bool:
    """Whether ``value`` is one of ``kinds``, with JSON's numbers: no bool for a number, and
    ``float`` takes any finite number (Python's json reads NaN, Infinity and 1e999 as floats)."""
    for kind in kinds:
        if kind is None:
            if value is None:
                return True
        elif kind is float:
            if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
                return True
        elif kind is int:
            if isinstance(value, int) and not isinstance(value, bool):
                return True
        elif isinstance(value, kind):
            return True
    return False


def _describe(kinds: tuple[Any, ...]) -> str:
    return " | ".join("null" if kind is None else kind.__name__ for kind in kinds)


def _shown(value: Any) -> str:
    # The type, never the value: records end up in error messages and logs, and a body (a
    # token response's) can hold credentials. The value itself is kept on the model.
    if isinstance(value, float) and not math.isfinite(value):
        return repr(value)  # nan, inf: no reading, and no secret either
    return "null" if value is None else type(value).__name__


def _nested(issues: dict[str, str], where: str, value: Any) -> None:
    # An unknown enum value is kept (a pseudo-member holding the raw string), and recorded.
    if isinstance(value, Enum) and value._name_ not in type(value).__members__:
        issues[where] = f"unknown {type(value).__name__} value {value.value!r}"
        return
    inner = getattr(value, "_deviations", None)
    if inner:
        for path, what in inner.items():
            issues[f"{where}{'' if path.startswith('[') else '.'}{path}"] = what


def read_member(issues: dict[str, str], name: str, value: Any, kinds: Kinds, item_kinds: Kinds, required: bool) -> Any:
    """The value to store for member ``name``, after recording in ``issues`` how it departs
    from the spec: absent though required (stored as None), of another type (stored as sent),
    an unknown enum value, a list item of another type (kept in the list), or deviations of
    the models inside it (under their path: ``attributes.status``, ``doors[2].type``)."""
    if isinstance(value, Unset):
        if required:
            issues[name] = MISSING
            return None
        return value
    if kinds is not None and not conforms(value, kinds):
        issues[name] = f"expected {_describe(kinds)}, got {_shown(value)}"
        return value
    _nested(issues, name, value)
    if isinstance(value, list):
        for index, item in enumerate(value):
            where = f"{name}[{index}]"
            if item_kinds is not None and not conforms(item, item_kinds):
                issues[where] = f"expected {_describe(item_kinds)}, got {_shown(item)}"
            else:
                _nested(issues, where, item)
    return value


def fewest_deviations(candidates: list[Any]) -> Any:
    """Of a union's arms that all parsed with deviations, the one that departs least."""
    return min(candidates, key=lambda candidate: len(getattr(candidate, "_deviations", ())))


__all__ = [
    "LENIENT_ERRORS",
    "MISSING",
    "UNSET",
    "File",
    "FileTypes",
    "Kinds",
    "RequestFiles",
    "Response",
    "Unset",
    "conforms",
    "fewest_deviations",
    "read_member",
]
