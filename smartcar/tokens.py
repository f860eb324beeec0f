"""`TokenManager`: keeps an access token fresh so your code never handles expiry.

Pass one to :class:`~smartcar.Vehicle` (or :class:`~smartcar.AsyncVehicle`) in place of the
access token::

    manager = smartcar.TokenManager(client, load=load_from_db, save=save_to_db)
    vehicle = smartcar.Vehicle(vehicle_id, manager)
    vehicle.odometer()      # refreshes first if the token expires within 5 minutes

* It refreshes ahead of expiry, judged by the monotonic clock (immune to wall-clock jumps).
* Refreshing is single-flight: however many threads, asyncio tasks or event loops find the
  token expired at once, one refresh call is made and the others wait for its outcome. If it
  fails, every caller that was waiting for it gets the same error: a refresh token is never
  sent again by each waiter in turn. One thread lock guards the refresh in flight; nothing is
  kept per thread or per event loop.
* After a 401 the SDK asks for a new token once and repeats the request; the manager only
  refreshes if the rejected token is still its current one (compare-and-invalidate), so a
  burst of 401s causes one refresh.
* ``load`` supplies the first :class:`~smartcar.types.Access` (from your database) and ``save``
  receives every new one (refresh tokens rotate: always store the latest).
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections.abc import Awaitable, Callable, Generator, Iterator, Mapping
from datetime import UTC, datetime
from typing import Any

from smartcar_openapi import models as m

from . import _validate as check
from .exceptions import ConfigurationError, InvalidInputError
from .types import Access

__all__ = ["SingleFlight", "TokenManager"]

DEFAULT_REFRESH_MARGIN = 300.0
"""Refresh when the access token expires within this many seconds."""

AccessLike = Access | Mapping[str, Any]


def _as_access(value: AccessLike) -> Access:
    """An :class:`Access`, from itself, its ``to_dict()``, or a raw token response.

    A raw token response (``access_token``, ``expires_in``, ``refresh_token``, as the token
    endpoint returns it) carries no expirations: they are counted from now, as if it had just
    been received.
    """
    if isinstance(value, Access):
        return value
    if not isinstance(value, Mapping):
        raise InvalidInputError(
            f"access must be an Access or a dict of tokens, got {type(value).__name__}"
        )
    problem: str | None = None
    try:
        if "expiration" not in value and "expires_in" in value:
            raw = {"token_type": "Bearer", **value}
            access = Access.from_token_response(m.TokenResponse.from_dict(raw))
        else:
            access = Access.from_dict(value)
    except KeyError as error:
        problem = f"it has no {error.args[0]!r}"
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

    The leader runs the refresh and calls :meth:`land`; everyone else waits: threads on an
    event, asyncio tasks on a future of their own loop, resolved thread-safely. So one flight
    serves callers on any number of threads and loops, and ends with them.
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
        """Block until the flight lands."""
        self._landed.wait()

    async def wait_async(self) -> None:
        """Wait, without blocking the running loop, until the flight lands."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[None] = loop.create_future()
        with self._lock:
            if self._landed.is_set():
                return
            self._futures.append((loop, future))
        await future


def _resolve(future: asyncio.Future[None]) -> None:
    if not future.done():  # a waiter cancelled in the meantime
        future.set_result(None)


class SingleFlight:
    """The single-flight refresh protocol, for any token that one call can renew.

    Subclasses say when their token is fresh (``_fresh``), how to renew it blocking and with
    asyncio (``_refresh_sync``/``_refresh_async``) and what the current token is
    (``_current_token``). However many threads, tasks and event loops ask at once, one of them
    renews and the others wait for its outcome, failures included. Used by
    :class:`TokenManager` (Connect tokens) and by the API v3 application token.
    """

    def __init__(self) -> None:
        # Guards only _flight, never held across a refresh: asyncio locks belong to one loop,
        # so one token shared by several loops (or by threads and loops) needs a thread lock.
        self._lock = threading.Lock()
        self._flight: _Flight | None = None

    def _fresh(self, stale: str | None) -> bool:
        raise NotImplementedError

    def _current_token(self) -> str:
        raise NotImplementedError

    def _refresh_sync(self) -> None:
        raise NotImplementedError

    async def _refresh_async(self) -> None:
        raise NotImplementedError

    def _board(self, stale: str | None) -> tuple[_Flight | None, bool]:
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
        flight.land(error)

    def _plan(self, stale: str | None) -> Generator[tuple[_Flight, bool], None, str]:
        """The single-flight protocol, shared by the blocking and asyncio callers.

        Yields ``(flight, True)`` when the caller must refresh (inside :meth:`_leading`), and
        ``(flight, False)`` when it must wait for the flight; returns the token to use.
        """
        while not self._fresh(stale):
            flight, lead = self._board(stale)
            if flight is None:
                break
            yield flight, lead
            if lead:
                break
            if flight.error is not None:
                raise flight.error
            if not flight.abandoned:
                # Whatever the new token's lifetime, it is the one this refresh produced:
                # checking freshness again could refresh once per waiter.
                break
        return self._current_token()

    # -- blocking ---------------------------------------------------------------------------

    def sync_token(self, stale: str | None = None) -> str:
        """A valid access token, refreshing (blocking) if needed."""
        steps = self._plan(stale)
        while True:
            try:
                flight, lead = next(steps)
            except StopIteration as done:
                token: str = done.value
                return token
            if lead:
                with self._leading(flight):
                    self._refresh_sync()
            else:
                flight.wait_sync()

    # -- asyncio ----------------------------------------------------------------------------

    async def async_token(self, stale: str | None = None) -> str:
        """A valid access token, refreshing (asyncio) if needed."""
        steps = self._plan(stale)
        while True:
            try:
                flight, lead = next(steps)
            except StopIteration as done:
                token: str = done.value
                return token
            if lead:
                with self._leading(flight):
                    await self._refresh_async()
            else:
                await flight.wait_async()


class TokenManager(SingleFlight):
    """Holds an :class:`Access`, refreshing it ahead of expiry, once for all concurrent callers.

    Args:
        auth_client: an ``AuthClient`` (for ``Vehicle``) or ``AsyncAuthClient`` (for
            ``AsyncVehicle``) that performs the refresh.
        access: the current tokens, if you have them: an ``Access``, its ``to_dict()``, or the
            token endpoint's raw response (its expirations are then counted from now).
        load: called once, when no ``access`` was given, to load the tokens (may be async
            when used with ``AsyncAuthClient``).
        save: called with every new ``Access`` after a refresh (may be async likewise).
        refresh_margin: refresh when the access token expires within this many seconds.
    """

    def __init__(
        self,
        auth_client: Any,
        access: AccessLike | None = None,
        *,
        load: Callable[[], AccessLike | Awaitable[AccessLike | None] | None] | None = None,
        save: Callable[[Access], Awaitable[None] | None] | None = None,
        refresh_margin: float = DEFAULT_REFRESH_MARGIN,
    ) -> None:
        """Create a manager; nothing is loaded or refreshed until a token is needed."""
        from .auth_client import AsyncAuthClient, AuthClient

        if not isinstance(auth_client, AuthClient | AsyncAuthClient):
            raise ConfigurationError("auth_client must be an AuthClient or AsyncAuthClient")
        if access is None and load is None:
            raise ConfigurationError("TokenManager needs the current access or a load callback")
        self._client = auth_client
        self._load = load
        self._save = save
        self._margin = float(refresh_margin)
        super().__init__()
        self._access: Access | None = None
        self._deadline = 0.0
        self.refresh_count = 0
        """How many refreshes this manager made (useful in tests and metrics)."""
        if access is not None:
            self._set(_as_access(access))

    def __repr__(self) -> str:
        expires = self._access.expiration.isoformat() if self._access else None
        return f"TokenManager(expires={expires!r}, refreshes={self.refresh_count})"

    @property
    def access(self) -> Access | None:
        """The current tokens, or ``None`` before the first load."""
        return self._access

    def _set(self, access: Access) -> None:
        remaining = (access.expiration - datetime.now(UTC)).total_seconds()
        self._access = access
        self._deadline = time.monotonic() + remaining

    def _fresh(self, stale: str | None) -> bool:
        access = self._access
        if access is None:
            return False
        if stale is not None and access.access_token == stale:
            return False
        return time.monotonic() < self._deadline - self._margin

    # -- blocking ---------------------------------------------------------------------------

    def _refresh_sync(self) -> None:
        from .auth_client import AuthClient

        if not isinstance(self._client, AuthClient):
            raise ConfigurationError("a TokenManager used by Vehicle needs a (sync) AuthClient")
        if self._access is None and self._load is not None:
            loaded = self._load()
            if isinstance(loaded, Awaitable):
                raise ConfigurationError("load must not be async with a sync AuthClient")
            if self._loaded(loaded):
                return
        new = self._client.exchange_refresh_token(self._current().refresh_token)
        saved = self._refreshed(new)
        if isinstance(saved, Awaitable):
            raise ConfigurationError("save must not be async with a sync AuthClient")

    def _current_token(self) -> str:
        assert self._access is not None
        return self._access.access_token

    def _current(self) -> Access:
        if self._access is None:
            raise ConfigurationError("TokenManager has no access: load returned nothing")
        return self._access

    def _loaded(self, loaded: AccessLike | None) -> bool:
        """Take what ``load`` returned; whether it is fresh enough to use as it is."""
        if loaded is not None:
            self._set(_as_access(loaded))
        return self._fresh(None)

    def _refreshed(self, new: Access) -> Awaitable[None] | None:
        self.refresh_count += 1
        self._set(new)
        return self._save(new) if self._save is not None else None

    # -- asyncio ----------------------------------------------------------------------------

    async def _refresh_async(self) -> None:
        from .auth_client import AsyncAuthClient

        if not isinstance(self._client, AsyncAuthClient):
            raise ConfigurationError("a TokenManager used by AsyncVehicle needs an AsyncAuthClient")
        if self._access is None and self._load is not None:
            loaded = self._load()
            if isinstance(loaded, Awaitable):
                loaded = await loaded
            if self._loaded(loaded):
                return
        new = await self._client.exchange_refresh_token(self._current().refresh_token)
        saved = self._refreshed(new)
        if isinstance(saved, Awaitable):
            await saved
