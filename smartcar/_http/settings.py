"""Settings of the request engine: origins, timeouts, retries and limits, and their checks."""

from __future__ import annotations

import math
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar, Unpack

import httpx2

from .. import exceptions as exc
from .._core.config import Origins
from .._core.values import is_int, is_number
from .legacy import adopt_timeout, is_legacy

# The hooks (three dataclasses) load with the first client given some (_validate_hooks):
# naming smartcar.Vehicle must not cost them.
if TYPE_CHECKING:
    from .hooks import Hooks

T = TypeVar("T")

DEFAULT_CONNECT_TIMEOUT = 10.0
"""Seconds to connect, by default; also the most a timeout given in seconds allows to connect."""

DEFAULT_TIMEOUT = httpx2.Timeout(connect=DEFAULT_CONNECT_TIMEOUT, read=310.0, write=30.0, pool=30.0)
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


class ClientOptions(TypedDict, total=False):
    """The options of every client: its HTTP client, origins, timeouts, retries and limits.

    ``Vehicle``, ``AsyncVehicle``, ``AuthClient``, ``AsyncAuthClient``, ``App`` and
    ``AsyncApp`` take them as keywords (``**client_options``), as do their ``with_options``,
    ``smartcar.with_options`` and the fleet functions. Each is optional; ``None`` (or leaving
    it out) keeps the current value or the default. A value of the wrong type is a type error
    under mypy and an ``InvalidInputError`` at run time, before anything is sent; a misspelt
    name is a ``TypeError``. Adding an option is an entry here and a field of
    :class:`Settings` with its check, plus its documentation below.

    Attributes:
        http_client: an ``httpx2.Client`` (``httpx2.AsyncClient`` for the asyncio API) to send
            with, used as it is and never closed by the SDK.
        transport: an httpx2 transport (proxies, tests, ``smartcar.testing.SimulatorTransport``)
            to build a client around, which the object owns and closes in ``close()`` or
            ``aclose()``. Without ``http_client`` or ``transport``, the SDK's shared keep-alive
            pool is used.
        origins: explicit API origins (``smartcar.Origins``); default from the
            ``SMARTCAR_*_ORIGIN`` environment variables.
        timeout: seconds, or an ``httpx2.Timeout`` with every phase finite; default 10 s to
            connect and 310 s to read (a vehicle command can take minutes to answer).
        max_retries: retries after the first attempt of a failed read (default 2); a command
            is never replayed once it may have reached the server.
        max_retry_after: the longest ``Retry-After`` to wait for, in seconds (default 60); a
            longer one raises at once.
        deadline: the longest one call may take in seconds, retries and waits included
            (default 330 s, or one whole attempt of a longer ``timeout``).
        max_response_bytes: the largest response body to read (default 10 MiB); a larger one
            raises ``InvalidResponseError``.
        strict: raise ``InvalidResponseError`` for any body that departs from the spec
            (default off, or ``SMARTCAR_STRICT``: such a body is returned as sent, with the
            departures in ``spec_deviations``).
        hooks: a ``smartcar.Hooks``, or a list of them, run once per attempt of every call
            (before the request, after the response, on an error); see the README's "Hooks".
    """

    http_client: httpx2.Client | httpx2.AsyncClient | None
    transport: httpx2.BaseTransport | httpx2.AsyncBaseTransport | None
    origins: Origins | None
    timeout: float | httpx2.Timeout | None
    max_retries: int | None
    max_retry_after: float | None
    deadline: float | None
    max_response_bytes: int | None
    strict: bool | None
    hooks: Hooks | Sequence[Hooks] | None


def checked_options(options: Mapping[str, Any], caller: str) -> dict[str, Any]:
    """``options`` without the ``None`` values; ``TypeError`` for a name that is no option.

    The typed ``**client_options`` of a signature accept any keyword at run time: this makes
    a misspelt one fail as Python fails it for a named parameter, with the likely name.
    """
    known = ClientOptions.__optional_keys__
    for name in options:
        if name not in known:
            import difflib  # for a misspelt option only: naming a client must not load it

            close = difflib.get_close_matches(name, sorted(known), n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise TypeError(f"{caller}() got an unexpected keyword argument {name!r}{hint}")
    return {name: value for name, value in options.items() if value is not None}


def _validate_hooks(value: Hooks | Sequence[Hooks]) -> tuple[Hooks, ...]:
    from .hooks import validate_hooks

    return validate_hooks(value)


def validate_origins(value: Origins) -> Origins:
    """Check explicit origins."""
    if not isinstance(value, Origins):
        raise exc.InvalidInputError(
            f"origins must be a smartcar.Origins or None, got {type(value).__name__}"
        )
    return value


def validate_strict(value: bool) -> bool:
    """Check the strict-mode switch."""
    if not isinstance(value, bool):
        raise exc.InvalidInputError(f"strict must be True or False, got {value!r}")
    return value


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
    return httpx2.Timeout(float(timeout), connect=min(float(timeout), DEFAULT_CONNECT_TIMEOUT))


def _positive_finite(value: object) -> bool:
    return is_number(value) and math.isfinite(value) and value > 0


def validate_max_retry_after(value: float) -> float:
    """Check the longest ``Retry-After`` to wait for, in seconds."""
    # nan would make every "Retry-After > cap" check false, so the SDK would block for any
    # Retry-After the server sends; inf likewise. Neither is a cap.
    if not is_number(value) or not math.isfinite(value) or value < 0:
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
    if not is_int(value) or value <= 0:
        raise exc.InvalidInputError(f"max_response_bytes must be an int > 0, got {value!r}")
    return value


def validate_max_retries(value: int) -> int:
    """Check a retry count."""
    if not is_int(value) or value < 0:
        raise exc.InvalidInputError(f"max_retries must be an int >= 0, got {value!r}")
    return value


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
        hooks: the :class:`~smartcar.Hooks` run once per attempt, in order.
    """

    # Each option of ClientOptions but the HTTP client is a field, whose check with_options
    # applies.
    origins: Origins = field(default_factory=Origins, metadata={"check": validate_origins})
    timeout: httpx2.Timeout = field(
        default_factory=lambda: DEFAULT_TIMEOUT, metadata={"check": validate_timeout}
    )
    max_retries: int = field(default=DEFAULT_MAX_RETRIES, metadata={"check": validate_max_retries})
    max_retry_after: float = field(
        default=DEFAULT_MAX_RETRY_AFTER, metadata={"check": validate_max_retry_after}
    )
    deadline: float | None = field(default=None, metadata={"check": validate_deadline})
    max_response_bytes: int = field(
        default=DEFAULT_MAX_RESPONSE_BYTES, metadata={"check": validate_max_response_bytes}
    )
    strict: bool = field(
        default_factory=strict_from_environment, metadata={"check": validate_strict}
    )
    hooks: tuple[Hooks, ...] = field(default=(), metadata={"check": _validate_hooks})

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

    def with_options(self, **options: Unpack[ClientOptions]) -> Settings:
        """Return a copy with some options changed; ``None`` keeps the current value.

        Raises:
            InvalidInputError: an invalid value, naming the option.
            TypeError: a name that is not an option, or an HTTP client option (they belong to
                the client objects, not to their settings).
        """
        given = checked_options(options, "with_options")
        for name in HTTP_OPTIONS:
            if name in given:
                raise TypeError(f"Settings.with_options() takes no {name}: a client holds it")
        changes = {
            option.name: option.metadata["check"](given[option.name])
            for option in fields(self)
            if option.name in given
        }
        return replace(self, **changes) if changes else self


HTTP_OPTIONS: tuple[str, ...] = tuple(
    sorted(ClientOptions.__optional_keys__ - {option.name for option in fields(Settings)})
)
"""The options that choose the HTTP client (``http_client``, ``transport``): those of
:class:`ClientOptions` that are no :class:`Settings` field, which the client objects hold."""
