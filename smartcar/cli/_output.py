"""Output of the ``smartcar`` command: aligned tables, JSON, errors and a progress bar."""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import Any, TextIO

from ..exceptions import SmartcarException
from ..types import Meta, ServiceHistory

__all__ = [
    "Progress",
    "clean",
    "error_to_dict",
    "flatten",
    "format_error",
    "format_table",
    "format_value",
    "inline",
    "meta_to_dict",
    "result_rows",
    "result_to_dict",
    "to_json",
]

_CAMEL = re.compile(r"(?<=[a-z0-9])([A-Z])")


def _snake(key: str) -> str:
    # Table labels use the SDK's attribute names (percent_remaining), not the JSON's camelCase.
    return _CAMEL.sub(r"_\1", key).lower()


def clean(text: str) -> str:
    """Make text safe for a terminal: control characters become ``?``.

    Values come from the API and from vehicle makers; an escape sequence in one must not be
    able to rewrite the user's terminal.
    """
    return "".join(c if c.isprintable() else "?" for c in text)


def format_value(value: Any) -> str:
    """Render one scalar for a table.

    Args:
        value: a JSON scalar or a datetime.

    Returns:
        ``-`` for ``None``, ``true``/``false`` for booleans, ISO 8601 for datetimes, else
        ``str(value)`` with control characters replaced.
    """
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return value.isoformat()
    return clean(str(value))


def _is_scalar(value: Any) -> bool:
    return not isinstance(value, dict | list)


def flatten(value: Any, prefix: str = "") -> list[tuple[str, str]]:
    """Turn a nested JSON value into ``(label, text)`` rows.

    Nested objects become dotted labels (``capacity.nominal``); a list of scalars becomes one
    comma-separated row; a list of ``{"type": ..., <one field>}`` objects, such as the doors
    of a lock status, becomes one row per item labelled by its type (``doors.front_left``);
    other lists of objects are labelled by index (``systems[0].status``).

    Args:
        value: a JSON value (``to_dict()`` output).
        prefix: the label of ``value`` itself.

    Returns:
        The rows, in the value's order.
    """
    if isinstance(value, dict):
        rows: list[tuple[str, str]] = []
        for key, item in value.items():
            label = _snake(str(key))
            rows.extend(flatten(item, f"{prefix}.{label}" if prefix else label))
        return rows
    if isinstance(value, list):
        if all(_is_scalar(item) for item in value):
            return [(prefix, ", ".join(format_value(item) for item in value) or "-")]
        if all(
            isinstance(item, dict) and len(item) == 2 and isinstance(item.get("type"), str)
            for item in value
        ):
            rows = []
            for item in value:
                other = next(v for k, v in item.items() if k != "type")
                rows.extend(flatten(other, f"{prefix}.{_snake(item['type'])}"))
            return rows
        rows = []
        for index, item in enumerate(value):
            rows.extend(flatten(item, f"{prefix}[{index}]"))
        return rows
    return [(prefix, format_value(value))]


def inline(value: Any) -> str:
    """Render a JSON value on one line of a table, for reading rather than parsing.

    ``{"value": 80, "unit": "percent"}`` reads ``80 percent``; other objects read
    ``label: text, ...`` with the labels of :func:`flatten`; ``--json`` keeps the JSON.
    """
    if isinstance(value, dict) and "value" in value and _is_scalar(value.get("unit")):
        quantity = f"{format_value(value['value'])} {format_value(value.get('unit'))}".strip()
        others = {k: v for k, v in value.items() if k not in ("value", "unit")}
        return ", ".join([quantity, *([inline(others)] if others else [])])
    if isinstance(value, dict | list):
        return ", ".join(f"{label}: {text}" if label else text for label, text in flatten(value))
    return format_value(value)


def _meta_of(result: Any) -> Meta | None:
    # v3 results keep their own "meta" in the body and the headers' meta in response_meta.
    meta = getattr(result, "response_meta", None) or getattr(result, "meta", None)
    return meta if isinstance(meta, Meta) else None


def meta_to_dict(meta: Meta | None) -> dict[str, Any]:
    """A JSON-safe dict of a result's meta (datetimes as ISO 8601 strings).

    Args:
        meta: the meta, or ``None``.

    Returns:
        ``data_age``, ``fetched_at``, ``unit_system`` and ``request_id`` (``None`` if unknown).
    """
    if meta is None:
        meta = Meta()
    return {
        key: value.isoformat() if isinstance(value, datetime) else value
        for key, value in meta._asdict().items()
    }


def result_to_dict(result: Any) -> dict[str, Any]:
    """The JSON form of an SDK result: its ``to_dict()`` plus ``meta``.

    Args:
        result: a result from :mod:`smartcar.types` (or a plain dict, returned as it is).

    Returns:
        The body as the API names it (camelCase) and ``meta`` with ISO datetimes.
    """
    if isinstance(result, dict):
        return result
    if isinstance(result, ServiceHistory):
        body: dict[str, Any] = {"items": [item.to_dict() for item in result.items]}
    else:
        body = dict(result.to_dict())
    body["meta"] = meta_to_dict(_meta_of(result))
    return body


def result_rows(result: Any) -> list[tuple[str, str]]:
    """Table rows of a result: its flattened fields, then its known meta as ``meta.*``.

    Args:
        result: a result from :mod:`smartcar.types`.

    Returns:
        ``(label, text)`` rows.
    """
    body = result_to_dict(result)
    meta = body.pop("meta", None) or {}
    rows = flatten(body)
    rows.extend((f"meta.{key}", format_value(value)) for key, value in meta.items() if value)
    return rows


def format_table(rows: Iterable[Sequence[str]], header: Sequence[str] | None = None) -> str:
    """Align rows into columns separated by two spaces (no trailing spaces).

    Args:
        rows: the cells of each row.
        header: column titles printed first, if any.

    Returns:
        The table, one line per row, ending with a newline (empty string for no rows).
    """
    lines = [list(header)] if header else []
    lines.extend([clean(cell) for cell in row] for row in rows)
    if not lines or (header and len(lines) == 1):
        return ""
    widths = [max(len(line[i]) for line in lines if i < len(line)) for i in range(len(lines[0]))]
    out = []
    for line in lines:
        cells = [cell.ljust(widths[i]) for i, cell in enumerate(line[:-1])] + line[-1:]
        out.append("  ".join(cells).rstrip())
    return "\n".join(out) + "\n"


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    return str(value)


def to_json(value: Any) -> str:
    """Serialise for ``--json`` output: indented, datetimes as ISO 8601, newline-terminated."""
    return json.dumps(value, indent=2, default=_json_default, ensure_ascii=False) + "\n"


def error_to_dict(error: SmartcarException) -> dict[str, Any]:
    """The JSON form of an SDK error (for one vehicle's failure in a ``--json`` fleet read).

    Args:
        error: the exception.

    Returns:
        Its ``type``, ``code``, ``message``, ``description``, ``status_code``,
        ``suggested_user_message``, ``resolution``, ``doc_url``, ``request_id`` and
        ``retry_after``.
    """
    return {
        "type": error.type,
        "code": error.code,
        "message": error.message,
        "description": error.description,
        "status_code": error.status_code,
        "suggested_user_message": error.suggested_user_message,
        "resolution": error.resolution,
        "doc_url": error.doc_url,
        "request_id": error.request_id,
        "retry_after": error.retry_after,
    }


def format_error(error: SmartcarException, context: str | None = None) -> str:
    """Describe an SDK error for stderr: the message, then every field that is known.

    Args:
        error: the exception.
        context: what failed (``vehicle 36ab...``), put before the message.

    Returns:
        Several lines ending with a newline.
    """
    head = f"{context}: " if context else ""
    lines = [f"error: {head}{clean(error.message)}"]
    resolution = error.resolution or {}
    fields: list[tuple[str, Any]] = [
        ("type", error.type),
        ("code", error.code),
        ("status", error.status_code),
        ("user message", error.suggested_user_message),
        ("resolution", " ".join(str(v) for v in resolution.values() if v) or None),
        ("retry after", f"{error.retry_after} s" if error.retry_after is not None else None),
        ("detail", json.dumps(error.detail, default=str) if error.detail else None),
        ("docs", error.doc_url),
        ("request id", error.request_id),
    ]
    shown = [(label, format_value(value)) for label, value in fields if value not in (None, "")]
    width = max((len(label) for label, _ in shown), default=0)
    lines.extend(f"  {(label + ':').ljust(width + 1)}  {value}" for label, value in shown)
    return "\n".join(lines) + "\n"


class Progress:
    """A one-line progress bar on a stream, redrawn in place with carriage returns.

    Thread-safe. Draws nothing when disabled, so callers need no conditions. It redraws at
    most once per ``interval`` (a fleet read of hundreds of vehicles would otherwise write a
    line per vehicle, slowing a remote terminal), always draws the last step, and erases
    itself when closed so the output that follows starts on a clean line.

    Args:
        stream: where to draw (stderr).
        total: how many steps make 100 %.
        label: text before the bar.
        enabled: whether to draw at all.
        width: the bar's width in characters.
        interval: the shortest time between two redraws, in seconds.
        clock: a monotonic clock (for tests).
    """

    def __init__(
        self,
        stream: TextIO,
        total: int,
        label: str,
        *,
        enabled: bool,
        width: int = 30,
        interval: float = 0.1,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._stream = stream
        self._total = max(total, 0)
        self._label = clean(label)
        self._enabled = enabled
        self._width = width
        self._interval = interval
        self._clock = clock
        self._last: float | None = None
        self._done = 0
        self._drawn = 0
        self._lock = threading.Lock()

    def __enter__(self) -> Progress:
        self._draw()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def advance(self, steps: int = 1) -> None:
        """Record finished steps and redraw."""
        with self._lock:
            self._done = min(self._done + steps, self._total)
            now = self._clock()
            recent = self._last is not None and now - self._last < self._interval
            if recent and self._done < self._total:
                return
            self._last = now
            self._draw_locked()

    def _draw(self) -> None:
        with self._lock:
            self._last = self._clock()
            self._draw_locked()

    def _draw_locked(self) -> None:
        if not self._enabled:
            return
        filled = self._width * self._done // self._total if self._total else self._width
        bar = "#" * filled + "-" * (self._width - filled)
        line = f"{self._label} [{bar}] {self._done}/{self._total}"
        # Pad over a longer previous line so no stale characters remain.
        self._stream.write("\r" + line.ljust(self._drawn))
        self._stream.flush()
        self._drawn = len(line)

    def close(self) -> None:
        """Erase the bar, so later output starts on a clean line."""
        with self._lock:
            if self._enabled and self._drawn:
                self._stream.write("\r" + " " * self._drawn + "\r")
                self._stream.flush()
                self._drawn = 0
