"""Handling each event once: Smartcar delivers at least once, so the same event may come again.

A retry of an event keeps its ``eventId`` (its ``meta.deliveryId`` changes), so events are
remembered by ``eventId``, or by ``deliveryId`` when an event has none.
"""

from __future__ import annotations

import inspect
import threading
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from typing import Protocol, runtime_checkable

from .._core import validate as check
from .._core.values import is_int
from ..exceptions import InvalidInputError
from ._event import WebhookEvent

__all__ = ["AsyncDeliveryStore", "Deduplicator", "DeliveryStore", "MemoryStore"]


@runtime_checkable
class DeliveryStore(Protocol):
    """Where seen event keys are kept: the one method a shared store needs.

    With several receiver processes, back it with a shared store. For Redis (``redis-py``)::

        class RedisStore:
            def __init__(self, client):
                self.client = client

            def add_if_absent(self, key: str, ttl: float) -> bool:
                return bool(self.client.set(key, b"1", nx=True, px=int(ttl * 1000)))
    """

    def add_if_absent(self, key: str, ttl: float) -> bool:
        """Record ``key`` for ``ttl`` seconds; ``True`` if it was new, ``False`` if present.

        Must be atomic: two receivers adding one key at once get ``True`` only once.
        """
        ...


@runtime_checkable
class AsyncDeliveryStore(Protocol):
    """A :class:`DeliveryStore` for asyncio, such as one on ``redis.asyncio``.

    Use it with :meth:`Deduplicator.afirst_time`.
    """

    def add_if_absent(self, key: str, ttl: float) -> Awaitable[bool]:
        """Record ``key`` for ``ttl`` seconds; ``True`` if it was new, ``False`` if present."""
        ...


class MemoryStore:
    """An in-process :class:`DeliveryStore`: the ``max_size`` most recent keys, each for its ttl.

    Thread-safe. When full, the least recently added key is forgotten first.
    """

    def __init__(
        self, max_size: int = 10_000, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        if not is_int(max_size) or max_size < 1:
            raise InvalidInputError(f"max_size must be a positive int, got {max_size!r}")
        self.max_size = max_size
        self._clock = clock
        self._expiry: OrderedDict[str, float] = OrderedDict()
        self._lock = threading.Lock()

    def add_if_absent(self, key: str, ttl: float) -> bool:
        """Record ``key`` for ``ttl`` seconds; ``True`` if it was not already recorded."""
        now = self._clock()
        with self._lock:
            expiry = self._expiry.get(key)
            if expiry is not None and expiry > now:
                return False
            self._expiry.pop(key, None)
            self._expiry[key] = now + ttl
            while len(self._expiry) > self.max_size:
                self._expiry.popitem(last=False)
            return True

    def __len__(self) -> int:
        """How many keys are remembered (expired ones included until they are evicted)."""
        return len(self._expiry)


class Deduplicator:
    """Tells whether an event is seen for the first time.

    Args:
        store: where keys are kept; a :class:`MemoryStore` by default (one process only).
        ttl: how long an event is remembered, in seconds (Smartcar retries for hours, so
            a day by default).
        prefix: put before each key in the store, to share one store between uses.

    Use it after :func:`receive` verified the delivery (never before: an unverified body could
    mark a real event as seen)::

        if deduplicator.first_time(delivery.event):
            handle(delivery.event)
    """

    def __init__(
        self,
        store: DeliveryStore | AsyncDeliveryStore | None = None,
        *,
        ttl: float = 86_400.0,
        prefix: str = "smartcar:webhook:",
    ) -> None:
        if store is not None and not isinstance(store, DeliveryStore):
            raise InvalidInputError(
                f"store must have add_if_absent(key, ttl), got {type(store).__name__}"
            )
        self.store: DeliveryStore | AsyncDeliveryStore = (
            store if store is not None else MemoryStore()
        )
        # A year at most: a ttl in milliseconds by mistake would keep every key for decades.
        self.ttl = check.number_in_range("ttl", ttl, 1e-3, 366 * 86_400)
        self.prefix = prefix

    def _add(self, event: WebhookEvent) -> bool | Awaitable[bool]:
        key = event.key
        if key is None:
            return True
        return self.store.add_if_absent(self.prefix + key, self.ttl)

    def first_time(self, event: WebhookEvent) -> bool:
        """``True`` the first time an event is seen, ``False`` for a repeat of it.

        An event with neither ``eventId`` nor ``deliveryId`` (an unsigned ``VERIFY``) cannot
        be told apart from another, and is always ``True``.

        Raises:
            InvalidInputError: the store is asynchronous (use :meth:`afirst_time`).
        """
        added = self._add(event)
        if inspect.isawaitable(added):
            if inspect.iscoroutine(added):
                added.close()  # never awaited: close it, so no warning is left behind
            raise InvalidInputError(
                "the store's add_if_absent is asynchronous: use await deduplicator.afirst_time()"
            )
        return bool(added)

    async def afirst_time(self, event: WebhookEvent) -> bool:
        """:meth:`first_time` for asyncio code: awaits the store's answer if it is awaitable."""
        added = self._add(event)
        if inspect.isawaitable(added):
            added = await added
        return bool(added)
