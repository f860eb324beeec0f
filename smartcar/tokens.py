"""`TokenManager`: keeps an access token fresh so your code never handles expiry.

Pass one to :class:`~smartcar.Vehicle` (or :class:`~smartcar.AsyncVehicle`) in place of the
access token::

    manager = smartcar.TokenManager(client, load=load_from_db, save=save_to_db)
    vehicle = smartcar.Vehicle(vehicle_id, manager)
    vehicle.odometer()      # refreshes first if the token expires within 5 minutes

* It refreshes ahead of expiry, judged by the monotonic clock (immune to wall-clock jumps).
* Refreshing is single-flight: however many threads (or asyncio tasks) find the token
  expired at once, one refresh call is made and the others wait for its result. Threads and
  asyncio tasks use separate locks.
* After a 401 the SDK asks for a new token once and repeats the request; the manager only
  refreshes if the rejected token is still its current one (compare-and-invalidate), so a
  burst of 401s causes one refresh.
* ``load`` supplies the first :class:`~smartcar.types.Access` (from your database) and ``save``
  receives every new one (refresh tokens rotate: always store the latest).
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Awaitable, Callable, Mapping
from datetime import UTC, datetime
from typing import Any

from smartcar_openapi import models as m

from . import _validate as check
from .exceptions import ConfigurationError, InvalidInputError
from .types import Access

__all__ = ["TokenManager"]

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


class TokenManager:
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
        self._access: Access | None = None
        self._deadline = 0.0
        self._thread_lock = threading.Lock()
        # asyncio locks belong to one loop: one per loop, created on first use.
        self._async_locks: dict[int, asyncio.Lock] = {}
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

    def sync_token(self, stale: str | None = None) -> str:
        """A valid access token, refreshing (blocking) if needed."""
        if not self._fresh(stale):
            with self._thread_lock:
                # Double-checked: another thread may have refreshed while we waited.
                if not self._fresh(stale):
                    self._refresh_sync()
        assert self._access is not None
        return self._access.access_token

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

    async def async_token(self, stale: str | None = None) -> str:
        """A valid access token, refreshing (asyncio) if needed."""
        if not self._fresh(stale):
            loop_id = id(asyncio.get_running_loop())
            lock = self._async_locks.setdefault(loop_id, asyncio.Lock())
            async with lock:
                if not self._fresh(stale):
                    await self._refresh_async()
        assert self._access is not None
        return self._access.access_token

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
