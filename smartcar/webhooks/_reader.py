"""Reading JSON members by their expected type, recording each deviation instead of failing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from .._values import is_number

__all__ = ["Reader", "is_number", "json_type"]

_JSON_TYPES: dict[type, str] = {
    dict: "object",
    list: "array",
    str: "string",
    bool: "boolean",
    int: "integer",
    float: "number",
    type(None): "null",
}


def json_type(value: Any) -> str:
    return _JSON_TYPES.get(type(value), type(value).__name__)


class Reader:
    """Reads members by their expected JSON type, recording every deviation."""

    def __init__(self) -> None:
        self.deviations: list[str] = []

    def note(self, where: str, message: str) -> None:
        self.deviations.append(f"{where}: {message}")

    def get(
        self, obj: Mapping[str, Any], key: str, kind: str, where: str, *, required: bool = False
    ) -> Any:
        """``obj[key]`` if it is of JSON type ``kind`` (``"string|null"`` allows null)."""
        path = f"{where}.{key}" if where else key
        if key not in obj:
            if required:
                self.note(path, "missing")
            return None
        value = obj[key]
        if json_type(value) in kind.split("|") or (kind == "number" and is_number(value)):
            return value
        shown = repr(value) if isinstance(value, str | int | float) else ""
        self.note(path, f"expected {kind}, got {json_type(value)} {shown}".rstrip())
        return None

    def text(self, obj: Mapping[str, Any], key: str, where: str, **kw: bool) -> str | None:
        value: str | None = self.get(obj, key, "string", where, **kw)
        return value

    def obj(self, obj: Mapping[str, Any], key: str, where: str, **kw: bool) -> Mapping[str, Any]:
        value: Mapping[str, Any] | None = self.get(obj, key, "object", where, **kw)
        return value if value is not None else {}

    def items(self, obj: Mapping[str, Any], key: str, where: str) -> list[Any]:
        value: list[Any] | None = self.get(obj, key, "array", where)
        return value if value is not None else []

    def time(
        self, obj: Mapping[str, Any], key: str, where: str, *, iso: bool = False
    ) -> dt.datetime | None:
        """Epoch milliseconds as an aware UTC datetime; ``0`` (unknown) as ``None``.

        An ISO 8601 string is read too (recorded as a deviation unless ``iso`` allows it).
        """
        value = obj.get(key)
        if value is None or (is_number(value) and value == 0):
            return None
        if is_number(value):
            try:
                return dt.datetime.fromtimestamp(value / 1000, dt.UTC)
            except (OverflowError, OSError, ValueError):
                self.note(f"{where}.{key}", f"epoch milliseconds out of range: {value!r}")
                return None
        if isinstance(value, str):
            try:
                moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                pass
            else:
                if not iso:
                    self.note(f"{where}.{key}", "expected epoch milliseconds, got string")
                return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
        self.note(f"{where}.{key}", f"expected epoch milliseconds, got {json_type(value)}")
        return None
