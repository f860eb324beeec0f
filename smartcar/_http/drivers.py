"""The two drivers of :func:`~smartcar._http.engine.flow`: blocking and asyncio."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Generator, Iterator
from typing import Any, TypeVar

import httpx

from .. import exceptions as exc
from .._lazy import bind
from .._secret import Secret
from . import logs
from .engine import Action, Authorize, Close, Read, Send, Streamed, flow
from .network import guard, within
from .request import Operation, cause, redacted
from .settings import Settings

# asyncio is loaded by the first async call, not by every program that imports the SDK.
TYPE_CHECKING = False
if TYPE_CHECKING:
    import asyncio
else:
    bind(globals(), {"asyncio": "asyncio"})

T = TypeVar("T")

# The HTTP library's DEBUG records quote response headers whole: redacted from the first call.
logs.install()

# What a send may raise besides transport errors: httpx builds the next request of a redirect
# even when not following it, and a Location that is no URL ("A:0") raises InvalidURL there.
_SEND_FAILURES = (httpx.HTTPError, httpx.InvalidURL)


def _send_failure(error: Exception) -> Exception:
    """The outcome of a failed send: a malformed redirect always as ``InvalidURL``.

    httpx reports some malformed ``Location`` values as a ``RemoteProtocolError`` (a transport
    error, which a read would retry) and others as ``InvalidURL``: both are the same answer.
    """
    if isinstance(error, httpx.RemoteProtocolError) and str(error).startswith(
        "Invalid URL in location header"
    ):
        return httpx.InvalidURL(str(error))
    return error


def detached(error: exc.SmartcarException) -> exc.SmartcarException:
    """The SDK's error without the exceptions it was raised during, but with its redacted cause.

    An error raised while another was being handled keeps that one as ``__context__`` even
    with ``from None``; a parser's error can hold the whole body, new tokens included. So the
    chain holds only the :class:`~smartcar.exceptions.RedactedCause` built for the error, which
    tells what happened underneath without holding a credential. Raise it ``from`` that cause.
    """
    if not isinstance(error.__cause__, exc.RedactedCause):
        error.__cause__ = None
    error.__context__ = None
    error.__suppress_context__ = True
    return error


def _client_misuse(request: httpx.Request, error: RuntimeError) -> exc.ConfigurationError:
    # httpx raises RuntimeError for a closed client, or an AsyncClient used from an event loop
    # other than its own: a mistake in setup, found before anything was sent. Never retried.
    failure = exc.ConfigurationError(
        f"{request.method} {request.url.path}: the HTTP client cannot send "
        f"({str(error)[:200]}). A client must be open, and an httpx.AsyncClient belongs to the "
        "event loop it was first used in: create one per loop, or pass none and let the SDK "
        "keep a pool per loop"
    )
    failure.__cause__ = cause(error, redacted(str(error)[:200], request))
    return failure


def run_sync(client: httpx.Client, op: Operation[T], settings: Settings) -> T:
    """Run one operation's :func:`flow` with a blocking ``httpx.Client``."""
    return drive_sync(client, flow(op, settings))


def drive_sync(client: httpx.Client, steps: Generator[Action, Any, T]) -> T:
    """Carry out the engine's actions with a blocking ``httpx.Client``; return the result.

    ``steps`` is :func:`flow`, or a generator that delegates to it (``yield from``) and
    adds actions of its own, as the fleet does around each read.
    """
    try:
        return _drive_sync(client, steps)
    except exc.SmartcarException as error:
        failure = detached(error)
        raise failure from failure.__cause__


def _drive_sync(client: httpx.Client, steps: Generator[Action, Any, T]) -> T:
    # The network streams under the client end every wait by the call's deadline.
    guard(client)
    action = next(steps)
    while True:
        outcome: Any = None
        if isinstance(action, Send):
            try:
                # Never follow redirects, even with a caller's client configured to: the
                # request carries credentials and must not reach another host. Streamed: the
                # engine decides how much of the body to read.
                with within(action.deadline, action.request):
                    response = client.send(action.request, stream=True, follow_redirects=False)
                if response.is_stream_consumed:  # read by the transport, and decoded
                    outcome = Streamed(response, iter([response.content]), decoded=True)
                else:
                    outcome = Streamed(response, response.iter_raw())
            except _SEND_FAILURES as error:
                outcome = _send_failure(error)
            except RuntimeError as error:
                steps.close()
                misuse = _client_misuse(action.request, error)
                raise misuse from misuse.__cause__
        elif isinstance(action, Read):
            assert isinstance(action.chunks, Iterator)
            try:
                with within(action.deadline):
                    outcome = next(action.chunks, None)
            except httpx.HTTPError as error:
                outcome = error
        elif isinstance(action, Close):
            action.response.close()
        elif isinstance(action, Authorize):
            # A refresh made for this call ends by its deadline; the token stays a Secret.
            with within(action.deadline):
                outcome = Secret(action.source.sync_token(action.stale))
        else:
            time.sleep(action.seconds)
        try:
            action = steps.send(outcome)
        except StopIteration as done:
            return done.value  # type: ignore[no-any-return]


async def run_async(client: httpx.AsyncClient, op: Operation[T], settings: Settings) -> T:
    """Run one operation's :func:`flow` with an ``httpx.AsyncClient``."""
    return await drive_async(client, flow(op, settings))


async def drive_async(client: httpx.AsyncClient, steps: Generator[Action, Any, T]) -> T:
    """Carry out the engine's actions with an ``httpx.AsyncClient``; return the result."""
    try:
        return await _drive_async(client, steps)
    except exc.SmartcarException as error:
        failure = detached(error)
        raise failure from failure.__cause__


async def _drive_async(client: httpx.AsyncClient, steps: Generator[Action, Any, T]) -> T:
    guard(client)
    action = next(steps)
    while True:
        outcome: Any = None
        if isinstance(action, Send):
            try:
                with within(action.deadline, action.request):
                    response = await client.send(
                        action.request, stream=True, follow_redirects=False
                    )
                if response.is_stream_consumed:  # read by the transport, and decoded
                    outcome = Streamed(response, _once(response.content), decoded=True)
                else:
                    outcome = Streamed(response, response.aiter_raw())
            except _SEND_FAILURES as error:
                outcome = _send_failure(error)
            except RuntimeError as error:
                steps.close()
                misuse = _client_misuse(action.request, error)
                raise misuse from misuse.__cause__
        elif isinstance(action, Read):
            assert isinstance(action.chunks, AsyncIterator)
            try:
                with within(action.deadline):
                    outcome = await anext(action.chunks, None)
            except httpx.HTTPError as error:
                outcome = error
        elif isinstance(action, Close):
            await action.response.aclose()
        elif isinstance(action, Authorize):
            with within(action.deadline):
                outcome = Secret(await action.source.async_token(action.stale))
        else:
            await asyncio.sleep(action.seconds)
        try:
            action = steps.send(outcome)
        except StopIteration as done:
            return done.value  # type: ignore[no-any-return]


async def _once(content: bytes) -> AsyncIterator[bytes]:
    yield content
