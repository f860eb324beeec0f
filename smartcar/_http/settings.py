"""Settings of the request engine: origins, timeouts, retries and limits, and their checks."""

from __future__ import annotations

import math
import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

import httpx2

from .. import exceptions as exc
from .._config import Origins
from .legacy import adopt_timeout, is_legacy

T = TypeVar("T")

DEFAULT_TIMEOUT = httpx2.Timeout(connect=10.0, read=310.0, write=30.0, pool=30.0)
"""Short to connect; long to read, because a vehicle command can take minutes to answer."""

DEFAULT_MAX_RETRIES = 2
"""Retries after the first attempt, for reads (commands only retry connect-phase failures)."""

DEFAULT_MAX_RETRY_AFTER = 60.0
"""Longest ``Retry-After`` (seconds) the SDK waits for; a longer one raises at once."""

DEFAULT_MAX_RESPONSE_BYTES = 10 * 1024 * 1024
"""Largest response body (after content decoding) the SDK reads, in bytes: 10 MiB.

The largest legitimate Smartcar answers (a batch of every endpoint, a page of vehicles, a
service history) are tens of kilobytes, so this leaves a hundredfold margin while keeping a
broken or hostile server from filling the process's memory.
"""

DEFAULT_DEADLINE = 330.0
"""Longest a call may take in total, in seconds: every attempt, the waits between them, bodies.

A vehicle command may legitimately take as long as the 310 s read timeout that every Smartcar
SDK uses; the deadline lets one such attempt connect and finish, and stops a server that drips
its answer (httpx2's read timeout restarts with every byte) or a chain of retries from holding a
caller for longer than about five and a half minutes. Unless a deadline is set explicitly, it is
raised to fit one whole attempt of a longer configured timeout (connect plus read).
"""


STRICT_ENVIRONMENT_VARIABLE = "SMARTCAR_STRICT"
"""``1``, ``true`` or ``yes`` turns strict mode on for every client that does not set it."""


def strict_from_environment() -> bool:
    """Whether ``SMARTCAR_STRICT`` asks for strict mode (a test suite's switch, say)."""
    value = os.environ.get(STRICT_ENVIRONMENT_VARIABLE, "")
    return value.strip().lower() in ("1", "true", "yes")


# The keywords of Settings.with_options, which every entry point also takes.
OPTION_NAMES = (
    "timeout",
    "max_retries",
    "max_retry_after",
    "deadline",
    "max_response_bytes",
    "strict",
)


def option_keywords(arguments: Mapping[str, Any]) -> dict[str, Any]:
    """The :meth:`Settings.with_options` keywords, picked by name from a caller's ``locals()``.

    Each public entry point spells these keywords out in its signature (for ``help()``, IDEs
    and type checkers); picking them here keeps the hand-over to ``with_options`` written once.
    """
    # An entry point that does not offer an option (strict is set with with_options there)
    # leaves it unchanged.
    return {name: arguments[name] for name in OPTION_NAMES if name in arguments}


@dataclass(frozen=True, slots=True)
class Settings:
    """How requests are sent: origins, timeouts, retries and limits.

    Attributes:
        origins: where each part of the API lives.
        timeout: per-request timeouts (always finite by default).
        max_retries: retries after the first attempt.
        max_retry_after: the longest ``Retry-After`` to wait for, in seconds.
        deadline: the longest a whole call may take, retries and waits included, in seconds;
            ``None`` for the default (see :meth:`call_deadline`).
        max_response_bytes: the largest response body read, in bytes.
        strict: raise ``InvalidResponseError`` for a body that departs from the spec in any
            way (a required member missing, a value of another type, an unknown enum value)
            instead of returning it as sent, with the departures in ``spec_deviations``.
            Default: off, unless the ``SMARTCAR_STRICT`` environment variable is ``1``.
    """

    origins: Origins = field(default_factory=Origins)
    timeout: httpx2.Timeout = field(default_factory=lambda: DEFAULT_TIMEOUT)
    max_retries: int = DEFAULT_MAX_RETRIES
    max_retry_after: float = DEFAULT_MAX_RETRY_AFTER
    deadline: float | None = None
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES
    strict: bool = field(default_factory=strict_from_environment)

    def call_deadline(self) -> float:
        """Seconds one call may take in total, retries and waits included.

        ``deadline`` if set; otherwise ``DEFAULT_DEADLINE``, raised to fit one attempt of the
        configured connect and read timeouts.
        """
        if self.deadline is not None:
            return self.deadline
        # A caller who asked for a 600 s read timeout gets it: the default only bounds calls.
        one_attempt = (self.timeout.connect or 0.0) + (self.timeout.read or 0.0)
        return max(DEFAULT_DEADLINE, one_attempt)

    def with_options(
        self,
        *,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_after: float | None = None,
        deadline: float | None = None,
        max_response_bytes: int | None = None,
        strict: bool | None = None,
    ) -> Settings:
        """Return a copy with some options changed; ``None`` keeps the current value."""
        changes: dict[str, Any] = {}
        if timeout is not None:
            changes["timeout"] = validate_timeout(timeout)
        if max_retries is not None:
            changes["max_retries"] = validate_max_retries(max_retries)
        if max_retry_after is not None:
            changes["max_retry_after"] = validate_max_retry_after(max_retry_after)
        if deadline is not None:
            changes["deadline"] = validate_deadline(deadline)
        if max_response_bytes is not None:
            changes["max_response_bytes"] = validate_max_response_bytes(max_response_bytes)
        if strict is not None:
            if not isinstance(strict, bool):
                raise exc.InvalidInputError(f"strict must be True or False, got {strict!r}")
            changes["strict"] = strict
        return replace(self, **changes) if changes else self


def validate_timeout(timeout: float | httpx2.Timeout) -> httpx2.Timeout:
    """Turn a number of seconds or an ``httpx2.Timeout`` into a finite ``httpx2.Timeout``."""
    if is_legacy(timeout):
        timeout = adopt_timeout(timeout)
    if isinstance(timeout, httpx2.Timeout):
        values = (timeout.connect, timeout.read, timeout.write, timeout.pool)
        # inf and nan are as unbounded as None (nan compares false with everything).
        if not all(_positive_finite(v) for v in values):
            raise exc.InvalidInputError(
                "timeout: every phase must be finite (connect, read, write, pool); "
                "an unbounded request can hang a worker forever"
            )
        return timeout
    if not _positive_finite(timeout):
        raise exc.InvalidInputError(
            f"timeout must be a positive number of seconds or an httpx2.Timeout, got {timeout!r}"
        )
    connect = DEFAULT_TIMEOUT.connect or 10.0
    return httpx2.Timeout(float(timeout), connect=min(float(timeout), connect))


def _positive_finite(value: object) -> bool:
    return (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and math.isfinite(value)
        and value > 0
    )


def validate_max_retry_after(value: float) -> float:
    """Check the longest ``Retry-After`` to wait for, in seconds."""
    # nan would make every "Retry-After > cap" check false, so the SDK would block for any
    # Retry-After the server sends; inf likewise. Neither is a cap.
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not math.isfinite(value)
        or value < 0
    ):
        raise exc.InvalidInputError(
            f"max_retry_after must be a finite number of seconds >= 0, got {value!r}"
        )
    return float(value)


def validate_deadline(value: float) -> float:
    """Check the total time allowed for one call, in seconds."""
    if not _positive_finite(value):
        raise exc.InvalidInputError(
            f"deadline must be a positive, finite number of seconds, got {value!r}"
        )
    return float(value)


def validate_max_response_bytes(value: int) -> int:
    """Check the largest response body to read, in bytes."""
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise exc.InvalidInputError(f"max_response_bytes must be an int > 0, got {value!r}")
    return value


def validate_max_retries(value: int) -> int:
    """Check a retry count."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise exc.InvalidInputError(f"max_retries must be an int >= 0, got {value!r}")
    return value
