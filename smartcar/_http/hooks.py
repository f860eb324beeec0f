"""Per-attempt hooks: what a caller's code sees of each attempt of each call.

:class:`Hooks` holds up to three callables, given as the ``hooks`` client option (per client,
or per call with ``with_options(hooks=...)``). The engine's :func:`~smartcar._http.engine.flow`
calls them, once per attempt, for the blocking and the asyncio API alike:

- ``before_request(attempt)`` before each attempt is sent;
- ``after_response(attempt, response)`` once an attempt's response is read, whatever its
  status (a 429 that is retried, a 401 answered with a new token, a 200);
- ``on_error(attempt, error)`` when an attempt ends without a response (a network error or a
  timeout, as the ``SmartcarException`` the call would raise) or its response is refused
  unread (larger than ``max_response_bytes``, or the deadline passed while reading).

A hook that raises is logged to the ``smartcar.hooks`` logger at WARNING, with its traceback,
and the call goes on as if the hook had returned: a hook never changes whether an attempt is
retried, and never makes a command be sent again. Hooks run in the thread or event loop of the
call; keep them quick (an async caller that needs to await something schedules a task).
Nothing a hook receives holds a credential: request headers come redacted.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .. import exceptions as exc

__all__ = ["Attempt", "AttemptResponse", "Hooks", "run_hooks", "validate_hooks"]

hook_logger = logging.getLogger("smartcar.hooks")


@dataclass(frozen=True, slots=True)
class Attempt:
    """One attempt of one call, as hooks see it.

    Attributes:
        operation_id: the spec's ``operationId`` (``get_odometer``, ``lock_unlock``, ...).
        command: whether the operation changes state (a vehicle command, a deletion): such a
            call is never replayed once it may have reached the server.
        method: the HTTP method.
        url: the URL, without its query string.
        path_params: the operation's path parameters (``{"vehicle_id": ...}`` for a vehicle).
        number: 1 for the first attempt of the call, 2 for the first retry, and so on.
        request_headers: the headers sent, credentials redacted.
    """

    operation_id: str
    command: bool
    method: str
    url: str
    path_params: Mapping[str, str]
    number: int
    request_headers: Mapping[str, str] = field(repr=False)

    @property
    def vehicle_id(self) -> str | None:
        """The vehicle the call is about, if it is about one."""
        return self.path_params.get("vehicle_id")


@dataclass(frozen=True, slots=True)
class AttemptResponse:
    """The response of one attempt, as ``after_response`` sees it (its body already read).

    Attributes:
        status_code: the HTTP status.
        headers: the response headers (read in any casing), credentials redacted.
        request_id: ``SC-Request-Id``, what Smartcar support asks for.
        elapsed: seconds from sending the attempt to reading its whole body.
    """

    status_code: int
    headers: Mapping[str, str] = field(repr=False)
    request_id: str | None
    elapsed: float


@dataclass(frozen=True, slots=True)
class Hooks:
    """Callables run once per attempt of every call of a client (see :mod:`smartcar`'s README).

    Pass them as the ``hooks`` option: ``Vehicle(..., hooks=Hooks(before_request=count))``,
    ``vehicle.with_options(hooks=...)`` for one call, or a list of ``Hooks`` to run several
    (in order). A hook that raises is logged to ``smartcar.hooks`` and otherwise ignored.

    Attributes:
        before_request: ``(attempt)``, before each attempt is sent.
        after_response: ``(attempt, response)``, after each attempt's response is read.
        on_error: ``(attempt, error)``, when an attempt ends without a usable response; ``error``
            is a :class:`~smartcar.SmartcarException`.
    """

    before_request: Callable[[Attempt], object] | None = None
    after_response: Callable[[Attempt, AttemptResponse], object] | None = None
    on_error: Callable[[Attempt, exc.SmartcarException], object] | None = None


def validate_hooks(value: Hooks | Sequence[Hooks]) -> tuple[Hooks, ...]:
    """Check the ``hooks`` option: a :class:`Hooks`, or a sequence of them run in order."""
    given = (value,) if isinstance(value, Hooks) else value
    if isinstance(given, str | bytes) or not isinstance(given, Sequence):
        raise exc.InvalidInputError(
            f"hooks must be a smartcar.Hooks or a list of them, got {type(value).__name__}"
        )
    for item in given:
        if not isinstance(item, Hooks):
            raise exc.InvalidInputError(
                f"hooks must be smartcar.Hooks objects, got a {type(item).__name__}"
            )
        for name in ("before_request", "after_response", "on_error"):
            hook = getattr(item, name)
            if hook is not None and not callable(hook):
                raise exc.InvalidInputError(f"Hooks.{name} must be callable, got {hook!r}")
    return tuple(given)


def run_hooks(hooks: tuple[Hooks, ...], name: str, *args: Any) -> None:
    """Call hook ``name`` of each :class:`Hooks` with ``args``; log what one raises, go on."""
    for item in hooks:
        hook = getattr(item, name)
        if hook is None:
            continue
        try:
            hook(*args)
        except Exception:
            # Reported, never raised: a metering or tracing hook must not decide whether a
            # read is retried or a command sent again. KeyboardInterrupt and the like still end
            # the call.
            hook_logger.warning(
                "smartcar hook %s (%s) raised; the call goes on",
                name,
                getattr(hook, "__qualname__", type(hook).__name__),
                exc_info=True,
            )
