"""Argument checks that run before any request is sent.

Each check raises :class:`~smartcar.exceptions.InvalidInputError` naming the parameter and the
allowed values, so a typo fails fast and locally instead of as a 400 from the API (or, worse, as
a request to an unintended path).
"""

from __future__ import annotations

import math
import os
import re
import sys
import warnings
from collections.abc import Iterable, Mapping
from typing import Any

from .exceptions import InvalidInputError

UNIT_SYSTEMS = ("metric", "imperial")
MODES = ("live", "simulated", "test")

PERMISSIONS: tuple[str, ...] = (
    "read_vehicle_info",
    "read_vin",
    "read_odometer",
    "read_location",
    "read_fuel",
    "read_battery",
    "read_charge",
    "control_charge",
    "read_engine_oil",
    "read_tires",
    "read_security",
    "control_security",
    "read_thermometer",
    "read_speedometer",
    "read_compass",
    "read_climate",
    "control_climate",
    "read_alerts",
    "read_charge_events",
    "read_charge_locations",
    "read_charge_records",
    "read_diagnostics",
    "read_extended_vehicle_info",
    "read_service_history",
    "read_user_profile",
    "control_navigation",
    "control_pin",
    "control_trunk",
)
"""Every Smartcar permission (the API reference, section 1.2), in a stable order."""

KNOWN_SCOPES = frozenset(PERMISSIONS)
"""Permissions known to this SDK; others are still accepted if they look like permissions."""

_SCOPE_RE = re.compile(r"^(required:)?(read|control)_[a-z_]+$")
_VERSION_RE = re.compile(r"^\d+\.\d+$")


def non_empty(name: str, value: Any) -> str:
    """A required string such as an id or a token."""
    if not isinstance(value, str) or not value.strip():
        # Only a blank string is shown: anything else may be a token passed as bytes (or an
        # object holding one), and error messages end up in logs.
        shown = repr(value) if isinstance(value, str) or value is None else type(value).__name__
        raise InvalidInputError(f"{name} must be a non-empty string, got {shown}")
    return value


def unit_system(value: Any) -> str:
    """``"metric"`` or ``"imperial"``, case-insensitive."""
    if isinstance(value, str) and value.lower() in UNIT_SYSTEMS:
        return value.lower()
    raise InvalidInputError(f"unit_system must be one of {', '.join(UNIT_SYSTEMS)}; got {value!r}")


def mode(value: Any) -> str:
    """Connect mode: live, simulated or test."""
    if isinstance(value, str) and value.lower() in MODES:
        return value.lower()
    raise InvalidInputError(f"mode must be one of {', '.join(MODES)}; got {value!r}")


def api_version(value: Any) -> str:
    """An API version such as ``"2.0"``."""
    if isinstance(value, str) and _VERSION_RE.match(value):
        return value
    raise InvalidInputError(f"version must look like '2.0' or '1.0'; got {value!r}")


def scopes(value: Any, name: str = "scope") -> list[str]:
    """A list of permissions (``read_odometer``, ``required:read_location`` ...)."""
    if isinstance(value, str) or not isinstance(value, Iterable):
        raise InvalidInputError(
            f"{name} must be a list of permissions such as ['read_odometer'], got {value!r}"
        )
    result = list(value)
    bad = [s for s in result if not isinstance(s, str) or not _SCOPE_RE.match(s)]
    if bad:
        raise InvalidInputError(
            f"{name} has invalid permissions {bad!r}; permissions look like 'read_odometer' or "
            f"'required:control_security' (known: {', '.join(sorted(KNOWN_SCOPES))})"
        )
    return result


def number_in_range(name: str, value: Any, low: float, high: float) -> float:
    """A finite number within [low, high]."""
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not math.isfinite(value)
        or not low <= value <= high
    ):
        raise InvalidInputError(f"{name} must be a number from {low} to {high}; got {value!r}")
    return float(value)


def paging(value: Mapping[str, Any] | None, *, max_limit: int) -> tuple[int | None, int | None]:
    """Offset paging ``{"limit": 1..max, "offset": >= 0}``; returns (limit, offset)."""
    if value is None:
        return None, None
    if not isinstance(value, Mapping):
        raise InvalidInputError(
            f"paging must be a dict with 'limit' and/or 'offset', got {value!r}"
        )
    unknown = set(value) - {"limit", "offset"}
    if unknown:
        raise InvalidInputError(
            f"paging accepts 'limit' and 'offset'; unknown keys {sorted(unknown)}"
        )
    limit, offset = value.get("limit"), value.get("offset")
    if limit is not None and (
        isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= max_limit
    ):
        raise InvalidInputError(
            f"paging['limit'] must be an int from 1 to {max_limit}; got {limit!r}"
        )
    if offset is not None and (
        isinstance(offset, bool) or not isinstance(offset, int) or offset < 0
    ):
        raise InvalidInputError(f"paging['offset'] must be an int >= 0; got {offset!r}")
    return limit, offset


def flags(value: Mapping[str, Any] | None) -> str | None:
    """Feature flags ``{"country": "DE", "flag": True}`` as ``"country:DE flag:true"``."""
    if not value:
        return None
    if not isinstance(value, Mapping):
        raise InvalidInputError(f"flags must be a dict of flag names to values, got {value!r}")
    parts = []
    for key, val in value.items():
        text = str(val).lower() if isinstance(val, bool) else str(val)
        parts.append(f"{key}:{text}")
    return " ".join(parts)


def options(
    value: Mapping[str, Any] | None,
    allowed: Iterable[str],
    name: str = "options",
    *,
    strict: bool = False,
) -> dict[str, Any]:
    """An options dict reduced to its known keys.

    Unknown keys are dropped with a :class:`UserWarning`, because the official package ignores
    them silently and code written for it passes some (its own end-to-end tests send
    ``{"test_flag": True}``). With ``strict``, they raise instead: filters and paging, where
    a dropped key would widen what the call reads or deletes.
    """
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise InvalidInputError(f"{name} must be a dict, got {value!r}")
    allowed_set = set(allowed)
    unknown = sorted(str(key) for key in value if key not in allowed_set)
    if unknown:
        message = f"{name} has unknown keys {unknown}; allowed: {', '.join(sorted(allowed_set))}"
        if strict:
            raise InvalidInputError(message)
        warn_caller(f"{message}. They are ignored.")
    return {k: v for k, v in value.items() if k in allowed_set}


def warn_caller(message: str) -> None:
    """Issue a :class:`UserWarning` attributed to the first frame outside the SDK.

    Calls pass through the operation descriptors and runners, so no fixed ``stacklevel``
    points at the user's line.
    """
    package = os.path.dirname(os.path.abspath(__file__)) + os.sep
    frame = sys._getframe(1)
    level = 2
    while frame.f_back is not None and os.path.abspath(frame.f_code.co_filename).startswith(
        package
    ):
        frame = frame.f_back
        level += 1
    warnings.warn(message, UserWarning, stacklevel=level)
