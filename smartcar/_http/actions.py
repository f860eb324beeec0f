"""The actions of the sans-IO protocol: what a plan yields and the drivers carry out.

:func:`~smartcar._http.engine.flow` yields :class:`Send`, :class:`Read`, :class:`Close`,
:class:`Sleep` and :class:`Authorize`; a token refresh adds :class:`Wait` and :class:`Call`.
The two drivers (:mod:`.drivers`) are the only code that carries them out.
"""

from __future__ import annotations

import math
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from typing import Any, Protocol

import httpx2

from .._core.secret import Secret
from .request import TokenSource

__all__ = [
    "Action",
    "Authorize",
    "Call",
    "Close",
    "Read",
    "Send",
    "Sleep",
    "Streamed",
    "Wait",
    "Waitable",
]


@dataclass(frozen=True, slots=True)
class Send:
    """Action: send this request and resume with the response or the transport error.

    ``deadline`` (``time.monotonic()``) bounds every network wait of the send (see
    :mod:`.network`), as it does for :class:`Read` and :class:`Authorize`.
    """

    request: httpx2.Request
    deadline: float = math.inf


@dataclass(frozen=True, slots=True)
class Authorize:
    """Action: get a token from ``source`` (``stale`` was rejected); resume with it as a Secret.

    A refresh made for the call runs within the call's ``deadline``.
    """

    source: TokenSource
    stale: Secret | None
    deadline: float = math.inf


@dataclass(frozen=True, slots=True)
class Streamed:
    """Outcome of :class:`Send`: a response whose body is still unread, and its chunks.

    ``chunks`` are the bytes as sent (still compressed), unless ``decoded``: a transport that
    hands over a response already read (``httpx2.MockTransport``) has decoded it already.
    """

    response: httpx2.Response
    chunks: Iterator[bytes] | AsyncIterator[bytes]
    decoded: bool = False


@dataclass(frozen=True, slots=True)
class Read:
    """Action: read a body's next chunk; resume with bytes, ``None`` at the end, or an error."""

    chunks: Iterator[bytes] | AsyncIterator[bytes]
    deadline: float = math.inf


@dataclass(frozen=True, slots=True)
class Close:
    """Action: close a response whose body is abandoned part-way, freeing its connection."""

    response: httpx2.Response


@dataclass(frozen=True, slots=True)
class Sleep:
    """Action: wait this many seconds, then resume."""

    seconds: float


class Waitable(Protocol):
    """Something that callers wait for from a thread or an event loop (a token refresh)."""

    def wait_sync(self) -> None:
        """Block until it happens, or raise once the deadline of the call in progress passes."""
        ...

    async def wait_async(self) -> None:
        """Wait without blocking the running loop; raise likewise at the deadline."""
        ...


@dataclass(frozen=True, slots=True)
class Wait:
    """Action: wait until ``until`` happens; resume with ``None``, or have its error thrown in."""

    until: Waitable


@dataclass(frozen=True, slots=True)
class Call:
    """Action: call a caller's ``function(*args)`` (a token manager's ``load`` or ``save``).

    Resumes with what it returns, or has what it raises thrown in. The asyncio driver awaits a
    result that is awaitable (the callback is a coroutine function); the blocking driver
    refuses one with :class:`~smartcar.exceptions.ConfigurationError` (``refusal``).
    """

    function: Callable[..., Any]
    args: tuple[Any, ...]
    refusal: str


Action = Send | Read | Close | Sleep | Authorize | Wait | Call
