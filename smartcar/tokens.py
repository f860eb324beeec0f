"""`TokenManager`: keeps an access token fresh so your code never handles expiry.

Pass one to :class:`~smartcar.Vehicle` (or :class:`~smartcar.AsyncVehicle`) in place of the
access token::

    manager = smartcar.TokenManager(client, load=load_from_db, save=save_to_db)
    vehicle = smartcar.Vehicle(vehicle_id, manager)
    vehicle.odometer()      # refreshes first if the token expires within 5 minutes

* It refreshes ahead of expiry, judged by the monotonic clock (immune to wall-clock jumps).
* Refreshing is single-flight: however many threads, tasks or event loops find the token
  expired at once, one refresh call is made and the others wait for its outcome, failures
  included (a refresh token is never re-sent by each waiter), until their call's deadline.
  One thread lock guards the refresh in flight; nothing is kept per thread or event loop.
* After a 401 the SDK asks for a new token once and repeats the request; the manager refreshes
  only if the rejected token is still current, so a burst of 401s causes one refresh.
* ``load`` supplies the first :class:`~smartcar.types.Access`; ``save`` receives every new one.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Awaitable, Callable, Generator, Iterator, Mapping
from datetime import UTC, datetime
from typing import Any, TypeAlias, Union, overload

from ._core import lifetime
from ._core import validate as check
from ._core.secret import Secret, secret
from ._http import Action, Call, Operation, Wait, flow
from ._resources.ops import AsyncRunner, SyncRunner
from .exceptions import ConfigurationError, InvalidInputError

# The typed results load with the first refresh or loaded access, not with smartcar.Vehicle;
# asyncio only when something waits for a refresh in an event loop: each is imported where it
# is first needed.
TYPE_CHECKING = False
if TYPE_CHECKING:
    import asyncio

    from . import types
    from .auth_client import AsyncAuthClient, AuthClient

__all__ = ["SingleFlight", "TokenManager"]

DEFAULT_REFRESH_MARGIN = 300.0
"""Refresh when the access token expires within this many seconds."""


# A forward-reference Union, not "|": the results are not imported yet; the reference evaluates it.
AccessLike: TypeAlias = Union["types.Access", Mapping[str, Any]]
"""What ``access``, ``load`` and ``save`` exchange: an ``Access``, or a dict of tokens."""


def _as_access(value: AccessLike) -> types.Access:
    """An :class:`Access`, from itself, its ``to_dict()``, or a raw token response.

    A raw token response (``access_token``, ``expires_in``, ``refresh_token``, as the token
    endpoint returns it) carries no expirations: they are counted from now, as if it had just
    been received.
    """
    from smartcar_openapi import models

    from . import types

    if isinstance(value, types.Access):
        return value
    if not isinstance(value, Mapping):
        raise InvalidInputError(
            f"access must be an Access or a dict of tokens, got {type(value).__name__}"
        )
    problem: str  # set by each except clause below; the else clause returns
    try:
        if "expiration" not in value and "expires_in" in value:
            raw = {"token_type": "Bearer", **value}
            access = types.Access.from_token_response(models.TokenResponse.from_dict(raw))
        else:
            access = types.Access.from_dict(value)
    except KeyError as error:
        problem = f"it has no {error.args[0]!r}"
    except InvalidInputError as error:
        problem = error.message  # names the field and the type it needs, never the value
    except (TypeError, ValueError, OverflowError) as error:
        # Only the kind of error: its text could quote a token.
        problem = f"a field has the wrong type or value ({type(error).__name__})"
    else:
        for name in ("access_token", "refresh_token"):
            check.credential(f"access[{name!r}]", getattr(access, name))
        return access
    # Raised outside the except block: the original error is not kept as __context__.
    raise InvalidInputError(
        "access must be an Access, its to_dict(), or a token response with access_token, "
        f"expires_in and refresh_token; {problem}"
    )


class _Flight:
    """One refresh in progress, which any thread or event loop may wait for.

    The leader runs the refresh and calls :meth:`land`; everyone else waits (threads on an
    event, asyncio tasks on a future of their own loop, resolved thread-safely), on any number
    of threads and loops.
    """

    def __init__(self, lock: threading.Lock) -> None:
        self._lock = lock
        self._landed = threading.Event()
        self._futures: list[tuple[asyncio.AbstractEventLoop, asyncio.Future[None]]] = []
        self.error: Exception | None = None
        """What the refresh raised; every waiter raises it too."""
        self.abandoned = False
        """The leader stopped without an outcome (cancelled): waiters start over."""
        self.joined = 0
        """How many callers are waiting for this flight."""

    def land(self, error: BaseException | None) -> None:
        """Record the outcome and wake every waiter, on whatever thread or loop it waits."""
        if isinstance(error, Exception):
            self.error = error
        elif error is not None:
            self.abandoned = True
        with self._lock:
            self._landed.set()
            futures, self._futures = self._futures, []
        for loop, future in futures:
            # A waiter's loop may have closed meanwhile; nobody is left there to wake.
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(_resolve, future)

    def wait_sync(self) -> None:
        """Block until the flight lands, or the deadline of the call waiting for it passes."""
        if not self._landed.wait(lifetime.time_left()):
            raise lifetime.waited_too_long()

    async def wait_async(self) -> None:
        """Wait, without blocking the running loop, until the flight lands (or the deadline)."""
        import asyncio

        loop = asyncio.get_running_loop()
        future: asyncio.Future[None] = loop.create_future()
        with self._lock:
            if self._landed.is_set():
                return
            self._futures.append((loop, future))
        try:
            await asyncio.wait_for(future, lifetime.time_left())
        except TimeoutError:
            raise lifetime.waited_too_long() from None


def _resolve(future: asyncio.Future[None]) -> None:
    if not future.done():  # a waiter cancelled in the meantime
        future.set_result(None)


class SingleFlight:
    """The single-flight refresh protocol, for any token that one call can renew.

    Subclasses say when their token is fresh (``_fresh``), what the current token is
    (``_current_token``), how to renew it (``_refresh``: the engine's actions, its requests
    delegated to :func:`~smartcar._http.flow`). ``runner`` is the client whose driver runs the
    renewal: :meth:`sync_token` needs a blocking one and :meth:`async_token` an asyncio one
    (``_NEEDS_SYNC`` and ``_NEEDS_ASYNC`` say so otherwise). However many threads, tasks and
    loops ask at once, one renews and the others wait for its outcome, failures included. Used
    by :class:`TokenManager` (Connect tokens) and the API v3 application token (``smartcar.App``).
    """

    _NEEDS_SYNC = "this token is renewed with asyncio only"
    _NEEDS_ASYNC = "this token is renewed blocking only"

    def __init__(self, runner: object) -> None:
        self._runner = runner
        # Guards only _flight, never held across a refresh: asyncio locks belong to one loop,
        # so one token shared by several loops (or by threads and loops) needs a thread lock.
        self._lock = threading.Lock()
        self._flight: _Flight | None = None

    def _fresh(self, stale: Secret | None) -> bool:
        raise NotImplementedError

    def _current_token(self) -> str:
        raise NotImplementedError

    def _refresh(self) -> Generator[Action, Any, None]:
        raise NotImplementedError

    def _board(self, stale: Secret | None) -> tuple[_Flight | None, bool]:
        """Join the refresh in flight, or lead a new one if one is needed.

        Returns ``(None, False)`` when the token is fresh, ``(flight, True)`` to lead, and
        ``(flight, False)`` to wait for another caller's refresh.
        """
        with self._lock:
            flight = self._flight
            if flight is not None:
                flight.joined += 1
                return flight, False
            # Checked again under the lock: a refresh may have landed since the caller looked.
            if self._fresh(stale):
                return None, False
            lifetime.check_refused(self)  # a lifeless token just came: no request per call
            flight = self._flight = _Flight(self._lock)
            return flight, True

    @contextlib.contextmanager
    def _leading(self, flight: _Flight) -> Iterator[None]:
        """Run the block as the flight's refresh, then land it with the block's outcome."""
        try:
            yield
        except BaseException as error:
            self._land(flight, error)
            raise
        self._land(flight, None)

    def _land(self, flight: _Flight, error: BaseException | None) -> None:
        with self._lock:
            if self._flight is flight:
                self._flight = None
            lifetime.remember_refusal(self, error)
        flight.land(error)

    def _plan(self, stale: Secret | None) -> Generator[Action, Any, str]:
        """The single-flight protocol and the refresh as the engine's actions; returns the token.

        Yields :class:`~smartcar._http.Wait` for another caller's refresh, and the actions of
        ``_refresh``; either driver carries them out. An action that fails is thrown back in
        (the flight lands with its error); a leader cancelled or closed lands it abandoned.
        """
        while not self._fresh(stale):
            flight, lead = self._board(stale)
            if flight is None:
                break
            if lead:
                with self._leading(flight):
                    yield from self._refresh()
                break
            yield Wait(flight)
            if flight.error is not None:
                raise flight.error
            if not flight.abandoned:
                # Whatever the new token's lifetime, it is the one this refresh produced:
                # checking freshness again could refresh once per waiter.
                break
        return self._current_token()

    def sync_token(self, stale: str | Secret | None = None) -> str:
        """A valid access token, refreshing (blocking) if needed; ``stale`` was rejected."""
        rejected = secret(stale)
        if self._fresh(rejected):  # the common case, without a driver
            return self._current_token()
        # Checked before load too: a manager of the wrong kind fails before any call.
        if not isinstance(self._runner, SyncRunner):
            raise ConfigurationError(self._NEEDS_SYNC)
        return self._runner._drive(self._plan(rejected))

    async def async_token(self, stale: str | Secret | None = None) -> str:
        """A valid access token, refreshing (asyncio) if needed; ``stale`` was rejected."""
        rejected = secret(stale)
        if self._fresh(rejected):
            return self._current_token()
        if not isinstance(self._runner, AsyncRunner):
            raise ConfigurationError(self._NEEDS_ASYNC)
        return await self._runner._drive(self._plan(rejected))


class TokenManager(SingleFlight):
    """Holds an :class:`Access`, refreshing it ahead of expiry, once for all concurrent callers.

    Args:
        auth_client: an ``AuthClient`` (for ``Vehicle``) or ``AsyncAuthClient`` (for
            ``AsyncVehicle``) that performs the refresh, with its own HTTP client and options.
        access: the current tokens, if you have them: an ``Access``, its ``to_dict()``, or the
            token endpoint's raw response (its expirations are then counted from now).
        load: called once, when no ``access`` was given, to load the tokens (may be async
            with an ``AsyncAuthClient``).
        save: called with every new ``Access`` after a refresh (may be async likewise).
        refresh_margin: refresh this many seconds before expiry (a new token: halfway at most).
    """

    _NEEDS_SYNC = "a TokenManager used by Vehicle needs a (sync) AuthClient"
    _NEEDS_ASYNC = "a TokenManager used by AsyncVehicle needs an AsyncAuthClient"

    @overload
    def __init__(
        self,
        auth_client: AuthClient,
        access: AccessLike | None = None,
        *,
        load: Callable[[], AccessLike | None] | None = None,
        save: Callable[[types.Access], None] | None = None,
        refresh_margin: float = DEFAULT_REFRESH_MARGIN,
    ) -> None: ...

    @overload
    def __init__(
        self,
        auth_client: AsyncAuthClient,
        access: AccessLike | None = None,
        *,
        load: Callable[[], AccessLike | Awaitable[AccessLike | None] | None] | None = None,
        save: Callable[[types.Access], Awaitable[None] | None] | None = None,
        refresh_margin: float = DEFAULT_REFRESH_MARGIN,
    ) -> None: ...

    def __init__(
        self,
        auth_client: AuthClient | AsyncAuthClient,
        access: AccessLike | None = None,
        *,
        load: Callable[[], AccessLike | Awaitable[AccessLike | None] | None] | None = None,
        save: Callable[[types.Access], Awaitable[None] | None] | None = None,
        refresh_margin: float = DEFAULT_REFRESH_MARGIN,
    ) -> None:
        """Create a manager; nothing is loaded or refreshed until a token is needed."""
        from .auth_client import AsyncAuthClient, AuthClient

        # Typed, and checked here for callers without a type checker: the client's kind picks
        # the driver of the refresh (sync_token needs an AuthClient, async_token the other).
        if not isinstance(auth_client, AuthClient | AsyncAuthClient):
            raise ConfigurationError("auth_client must be an AuthClient or AsyncAuthClient")
        self._client = auth_client
        if access is None and load is None:
            raise ConfigurationError("TokenManager needs the current access or a load callback")
        self._load = load
        self._save = save
        self._margin = lifetime.check_margin("refresh_margin", refresh_margin)
        super().__init__(auth_client)
        self._access: types.Access | None = None
        self._renew_at = 0.0
        self.refresh_count = 0
        """How many refreshes this manager made (useful in tests and metrics)."""
        if access is not None:
            self._set(_as_access(access))

    def __repr__(self) -> str:
        expires = self._access.expiration.isoformat() if self._access else None
        return f"TokenManager(expires={expires!r}, refreshes={self.refresh_count})"

    @property
    def access(self) -> types.Access | None:
        """The current tokens, or ``None`` before the first load."""
        return self._access

    def _set(self, access: types.Access, *, received: bool = False) -> None:
        remaining = (access.expiration - datetime.now(UTC)).total_seconds()
        self._access = access
        self._renew_at = lifetime.renew_at(remaining, self._margin, received=received)

    def _fresh(self, stale: Secret | None) -> bool:
        access = self._access
        if access is None:
            return False
        if stale is not None and stale.matches(access.access_token):
            return False
        return time.monotonic() < self._renew_at

    def _refresh(self) -> Generator[Action, Any, None]:
        """Load the tokens if there are none yet; refresh them unless those are fresh."""
        if self._access is None and self._load is not None:
            loaded = yield Call(self._load, (), _NOT_ASYNC.format("load"))
            if loaded is not None:
                self._set(_as_access(loaded))
            if self._fresh(None):
                return
        if self._access is None:
            raise ConfigurationError("TokenManager has no access: load returned nothing")
        # Held as a Secret: this frame's locals show in tracebacks captured with them.
        refresh_token = Secret(self._access.refresh_token)
        exchange = _exchange(self._client, refresh_token)
        new: types.Access = yield from flow(exchange, self._client._current_settings())
        self.refresh_count += 1
        self._set(new, received=True)
        if self._save is not None:
            yield Call(self._save, (new,), _NOT_ASYNC.format("save"))
        lifetime.check_lifetime(new.expires_in)  # after save: the refresh token has rotated

    def _current_token(self) -> str:
        assert self._access is not None
        return self._access.access_token


def _exchange(client: AuthClient | AsyncAuthClient, refresh_token: Secret) -> Operation[Any]:
    # The refresh's Operation, built here: client.exchange_refresh_token(token) would leave the
    # token an argument of a frame that a failure passes through (and a traceback shows).
    return type(client).exchange_refresh_token.build(client, refresh_token.reveal())


_NOT_ASYNC = "{} must not be async with a sync AuthClient"
