"""The two drivers of :func:`~smartcar._http.engine.flow`: blocking and asyncio."""

from __future__ import annotations

import inspect
import time
from collections.abc import AsyncIterator, Callable, Generator, Iterator
from typing import Any, Generic, TypeVar

import httpx2

from .. import exceptions as exc
from .._core.secret import Secret
from .._core.values import close_unawaited
from . import logs
from .actions import Action, Authorize, Call, Close, Read, Send, Streamed, Wait
from .network import guard, within
from .request import cause, redacted

T = TypeVar("T")

# The HTTP library's DEBUG records quote response headers whole: redacted from the first call.
logs.install()

# What a send may raise besides transport errors: httpx2 builds the next request of a redirect
# even when not following it, and a Location that is no URL ("A:0") raises InvalidURL there
# (the RemoteProtocolError it raises for some other malformed Locations it suppresses itself).
_SEND_FAILURES = (httpx2.HTTPError, httpx2.InvalidURL)


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


def _client_misuse(request: httpx2.Request, error: RuntimeError) -> exc.ConfigurationError:
    # httpx2 raises RuntimeError for a closed client, or an AsyncClient used from an event loop
    # other than its own: a mistake in setup, found before anything was sent. Never retried.
    failure = exc.ConfigurationError(
        f"{request.method} {request.url.path}: the HTTP client cannot send "
        f"({str(error)[:200]}). A client must be open, and an httpx2.AsyncClient belongs to the "
        "event loop it was first used in: create one per loop, or pass none and let the SDK "
        "keep a pool per loop"
    )
    failure.__cause__ = cause(error, redacted(str(error)[:200], request))
    return failure


def drive_sync(client: httpx2.Client, steps: Generator[Action, Any, T]) -> T:
    """Carry out the engine's actions with a blocking ``httpx2.Client``; return the result.

    ``steps`` is :func:`flow`, or a generator that delegates to it (``yield from``) and
    adds actions of its own: the fleet's reads of a vehicle, a token refresh, a list's page.
    """
    try:
        return _drive_sync(client, steps)
    except exc.SmartcarException as error:
        failure = detached(error)
        raise failure from failure.__cause__


def _drive_sync(client: httpx2.Client, steps: Generator[Action, Any, T]) -> T:
    # The network streams under the client end every wait by the call's deadline.
    guard(client)
    run = _Run(steps)
    while (action := run.action) is not None:
        try:
            outcome = _blocking(client, action)
        except BaseException as error:
            run.failed(error)
        else:
            run.resume(outcome)
    return run.result


def _blocking(client: httpx2.Client, action: Action) -> Any:
    """Carry out one action, blocking; return its outcome."""
    if isinstance(action, Send):
        # Never follow redirects, even with a caller's client configured to: the request
        # carries credentials and must not reach another host. Streamed: the engine decides
        # how much of the body to read.
        with within(action.deadline, action.request):
            response = client.send(action.request, stream=True, follow_redirects=False)
        if response.is_stream_consumed:  # read by the transport, and decoded
            return Streamed(response, iter([response.content]), decoded=True)
        return Streamed(response, response.iter_raw())
    if isinstance(action, Read):
        assert isinstance(action.chunks, Iterator)
        with within(action.deadline):
            return next(action.chunks, None)
    if isinstance(action, Authorize):
        # A refresh made for this call ends by its deadline; the token stays a Secret.
        with within(action.deadline):
            return Secret(action.source.sync_token(action.stale))
    if isinstance(action, Call):
        result = action.function(*action.args)
        if inspect.isawaitable(result):
            # A coroutine never awaited warns when collected: the mistake is reported instead.
            close_unawaited(result)
            raise exc.ConfigurationError(action.refusal)
        return result
    if isinstance(action, Wait):
        action.until.wait_sync()
    elif isinstance(action, Close):
        action.response.close()
    else:
        time.sleep(action.seconds)
    return None


async def drive_async(client: httpx2.AsyncClient, steps: Generator[Action, Any, T]) -> T:
    """Carry out the engine's actions with an ``httpx2.AsyncClient``; return the result."""
    try:
        return await _drive_async(client, steps)
    except exc.SmartcarException as error:
        failure = detached(error)
        raise failure from failure.__cause__


async def _drive_async(client: httpx2.AsyncClient, steps: Generator[Action, Any, T]) -> T:
    guard(client)
    run = _Run(steps)
    while (action := run.action) is not None:
        try:
            outcome = await _in_loop(client, action)
        except BaseException as error:
            run.failed(error)
        else:
            run.resume(outcome)
    return run.result


async def _in_loop(client: httpx2.AsyncClient, action: Action) -> Any:
    """Carry out one action in the running event loop; return its outcome."""
    if isinstance(action, Send):
        with within(action.deadline, action.request):
            sent = await client.send(action.request, stream=True, follow_redirects=False)
        # A transport that read the body has decoded it too.
        read = sent.is_stream_consumed
        return Streamed(sent, _once(sent.content) if read else sent.aiter_raw(), decoded=read)
    if isinstance(action, Read):
        assert isinstance(action.chunks, AsyncIterator)
        with within(action.deadline):
            return await anext(action.chunks, None)
    if isinstance(action, Authorize):
        with within(action.deadline):
            return Secret(await action.source.async_token(action.stale))
    if isinstance(action, Call):
        # A callback may be a coroutine function or a plain one: what it returns says which.
        called = action.function(*action.args)
        return await called if inspect.isawaitable(called) else called
    if isinstance(action, Wait):
        await action.until.wait_async()
    elif isinstance(action, Close):
        await action.response.aclose()
    else:
        # Imported here: asyncio loads with the first async call, not with the SDK.
        import asyncio

        await asyncio.sleep(action.seconds)
    return None


async def _once(content: bytes) -> AsyncIterator[bytes]:
    yield content


class _Run(Generic[T]):
    """One drive of a generator of actions: what goes back in after each action, either driver.

    An action's outcome is sent in. What carrying it out raised goes back as the action's kind
    says (:meth:`failed`): a transport error of a send or read is an outcome, sent in for the
    engine to retry or report; a failed :class:`Wait` or :class:`Call` is thrown in, where it
    was asked for (a token refresh lands with that error, for every caller waiting for it); any
    other failure, a cancellation or a missing token included, ends the drive: the generator is
    closed (a refresh it leads lands abandoned, and its waiters start over) and it propagates.
    """

    __slots__ = ("_steps", "action", "result")

    def __init__(self, steps: Generator[Action, Any, T]) -> None:
        self._steps = steps
        self.action: Action | None = None
        """The action to carry out next; ``None`` once the generator has returned."""
        self.result: T
        self._advance(steps.send, None)

    def _advance(self, resume: Callable[[Any], Action], value: Any) -> None:
        try:
            self.action = resume(value)
        except StopIteration as done:
            self.action = None
            self.result = done.value

    def resume(self, outcome: Any) -> None:
        """Send the outcome of the current action in."""
        self._advance(self._steps.send, outcome)

    def failed(self, error: BaseException) -> None:
        """Hand back what carrying out the current action raised (see the class)."""
        action = self.action
        if (isinstance(action, Send) and isinstance(error, _SEND_FAILURES)) or (
            isinstance(action, Read) and isinstance(error, httpx2.HTTPError)
        ):
            self.resume(error)
        elif isinstance(action, Wait | Call):
            self._advance(self._steps.throw, error)
        else:
            self._steps.close()
            if isinstance(action, Send) and isinstance(error, RuntimeError):
                misuse = _client_misuse(action.request, error)
                raise misuse from misuse.__cause__
            raise error
