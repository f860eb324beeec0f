"""Auto-paging iterators, sync and async, over every paged list of the API.

A :class:`Paged` is both iterable and async-iterable; which one works depends on what it was
built from (a blocking ``App``/``Vehicle`` or an ``AsyncApp``/``AsyncVehicle``). It fetches
lazily (the first page when iteration starts, the next when the previous one is used up),
stops after ``limit`` items, and waits for a ``Retry-After`` a page was sent with before
asking for the next one. Each page is one call with the SDK's usual retries (429 included).

The API v3 lists come from :class:`smartcar.App` (``app.connections()``, ``app.webhooks()``,
``app.subscriptions()``, ``app.vehicle(...).signals()``). For API v2.0 this module adds::

    for vehicle_id in smartcar.paging.vehicles(access_token):            # GET /vehicles
        ...
    for permission in smartcar.paging.permissions(vehicle):              # Vehicle or AsyncVehicle
        ...
    for connection in smartcar.paging.management_connections(amt):      # Management v2.0
        ...
    async for vehicle_id in smartcar.paging.vehicles(access_token):      # the same, async
        ...

Every one of them is :func:`paged`: how a list pages (offset, cursor, page number or
``links.next``) and which field holds its items is the spec's ``x-smartcar-paging``, read from
the operation registry, so a new paged operation needs no paging code.
"""

from __future__ import annotations

import asyncio
import inspect
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from ._errors import parse_retry_after
from ._http import DEFAULT_MAX_RETRY_AFTER
from ._values import close_unawaited as _close
from ._values import is_int
from .exceptions import ConfigurationError, InvalidInputError, InvalidResponseError

__all__ = [
    "DEFAULT_MAX_PAGES",
    "PageStep",
    "Paged",
    "management_connections",
    "paged",
    "permissions",
    "vehicles",
]

T = TypeVar("T")

# Replaced in tests to observe the waits between pages without waiting.
_sleep: Callable[[float], None] = time.sleep
_async_sleep: Callable[[float], Awaitable[None]] = asyncio.sleep


@dataclass(frozen=True, slots=True)
class PageStep(Generic[T]):
    """One fetched page, as the pager needs it.

    Attributes:
        items: the page's items.
        cursor: what to fetch the next page with (a page number, link, offset or cursor);
            ``None`` on the last page.
        retry_after: seconds the server asked to wait before the next request, if any.
    """

    items: tuple[T, ...]
    cursor: Any
    retry_after: float | None = None


@dataclass(frozen=True, slots=True)
class _Fetch:
    cursor: Any


@dataclass(frozen=True, slots=True)
class _Wait:
    seconds: float


@dataclass(frozen=True, slots=True)
class _Item(Generic[T]):
    value: T


DEFAULT_MAX_PAGES = 1000
"""Pages one iteration fetches at most (``Paged(max_pages=...)``, ``.with_max_pages(n)``)."""


def _walk(
    first: Any, limit: int | None, max_wait: float, max_pages: int = DEFAULT_MAX_PAGES
) -> Generator[_Fetch | _Wait | _Item[Any], PageStep[Any] | None, None]:
    """The paging plan, shared by both drivers: fetch, hand out items, wait, repeat.

    This loop is the one place that decides whether another page is fetched; a check on
    every page (a cap on their number, progress) belongs here.
    """
    cursor, handed = first, 0
    visited, seen = {repr(first)}, set[Any]()
    for pages in range(1, max_pages + 1 if limit != 0 else 1):
        step = yield _Fetch(cursor)
        assert step is not None
        # A server whose next link changes forever while it repeats its items would have us
        # page without end: a page must add an item (one that points back is reported as
        # such below), and the pages are capped.
        keys = {_key(item) for item in step.items}
        if keys and keys <= seen and repr(step.cursor) not in visited:
            raise InvalidResponseError(f"page {pages} of the list repeats items it already sent")
        seen |= keys
        for item in step.items:
            if limit is not None and handed >= limit:
                return
            handed += 1
            yield _Item(item)
        # An empty page ends the walk even with a cursor: a server must not loop us forever.
        if step.cursor is None or not step.items or (limit is not None and handed >= limit):
            return
        if repr(step.cursor) in visited:
            # A server that points back to a page it sent would have us page forever.
            raise InvalidResponseError(
                f"the list points back to a page it already sent ({str(step.cursor)[:100]!r})"
            )
        visited.add(repr(step.cursor))
        if step.retry_after:
            yield _Wait(min(step.retry_after, max_wait))
        cursor = step.cursor
    raise InvalidResponseError(
        f"the list goes on after {max_pages} pages, the most one iteration fetches "
        "(raise it with .with_max_pages(n))"
    )


def _key(item: Any) -> Any:
    # Items are compared by value: hashable ones as they are, others (API models) by repr.
    try:
        hash(item)
    except TypeError:
        return repr(item)
    return item


class Paged(Generic[T]):
    """Items of a paged list, fetched page by page as iteration proceeds.

    Args:
        fetch: fetches the page for a cursor (returns the result, or an awaitable of it).
        step: turns a fetched result into a :class:`PageStep`.
        first: the cursor of the first page.
        limit: stop after this many items (``None``: all of them).
        max_wait: the longest ``Retry-After`` honoured between pages, in seconds.
        max_pages: the most pages one iteration fetches; a list that goes on longer, or a
            page that adds no new item, ends in ``InvalidResponseError``.
    """

    def __init__(
        self,
        fetch: Callable[[Any], Any],
        step: Callable[[Any], PageStep[T]],
        *,
        first: Any = None,
        limit: int | None = None,
        max_wait: float = DEFAULT_MAX_RETRY_AFTER,
        max_pages: int = DEFAULT_MAX_PAGES,
    ) -> None:
        if not is_int(max_pages) or max_pages < 1:
            raise InvalidInputError(f"max_pages must be an int >= 1, got {max_pages!r}")
        if limit is not None and (not is_int(limit) or limit < 0):
            raise InvalidInputError(f"limit must be a non-negative int or None, got {limit!r}")
        self._fetch = fetch
        self._step = step
        self._first = first
        self._limit = limit
        self._max_wait = max_wait
        self._max_pages = max_pages

    def with_max_pages(self, max_pages: int) -> Paged[T]:
        """The same list with another page cap (the default is :data:`DEFAULT_MAX_PAGES`)."""
        return Paged(
            self._fetch,
            self._step,
            first=self._first,
            limit=self._limit,
            max_wait=self._max_wait,
            max_pages=max_pages,
        )

    def __iter__(self) -> Iterator[T]:
        plan = _walk(self._first, self._limit, self._max_wait, self._max_pages)
        outcome: PageStep[Any] | None = None
        while True:
            try:
                action = plan.send(outcome) if outcome is not None else next(plan)
            except StopIteration:
                return
            outcome = None
            if isinstance(action, _Fetch):
                result = self._fetch(action.cursor)
                if inspect.isawaitable(result):
                    _close(result)
                    raise ConfigurationError(
                        "this list pages with asyncio: use `async for`, not `for`"
                    )
                outcome = self._step(result)
            elif isinstance(action, _Wait):
                _sleep(action.seconds)
            else:
                yield action.value

    async def _aiter(self) -> AsyncIterator[T]:
        plan = _walk(self._first, self._limit, self._max_wait, self._max_pages)
        outcome: PageStep[Any] | None = None
        while True:
            try:
                action = plan.send(outcome) if outcome is not None else next(plan)
            except StopIteration:
                return
            outcome = None
            if isinstance(action, _Fetch):
                result = self._fetch(action.cursor)
                if inspect.isawaitable(result):
                    result = await result
                outcome = self._step(result)
            elif isinstance(action, _Wait):
                await _async_sleep(action.seconds)
            else:
                yield action.value

    def __aiter__(self) -> AsyncIterator[T]:
        return self._aiter()

    def to_list(self) -> list[T]:
        """Every item (up to ``limit``), blocking."""
        return list(self)

    async def ato_list(self) -> list[T]:
        """Every item (up to ``limit``), with asyncio."""
        return [item async for item in self]


def retry_after_of(headers: Any) -> float | None:
    """The ``Retry-After`` of a page's response headers, in seconds, if any."""
    if headers is None:
        return None
    value = headers.get("Retry-After") if isinstance(headers, Mapping) else None
    if value is None and hasattr(headers, "get"):
        value = headers.get("Retry-After")
    seconds = parse_retry_after(value) if value is not None else None
    return float(seconds) if seconds else None


# -- lists that page as the spec says ---------------------------------------------------------


def _items(result: Any, field: str) -> tuple[Any, ...]:
    # A generated list model holds its items in the spec's field (``data``, ``vehicles`` ...);
    # the SDK's v3 pages (``smartcar.v3.Page``) in ``items``.
    value = getattr(result, field, None)
    if value is None:
        value = getattr(result, "items", None)
    return tuple(value) if isinstance(value, list | tuple) else ()


def _next_link(result: Any) -> Any:
    if hasattr(result, "next_link"):
        return result.next_link
    # A generated model's JSON:API links (``next`` is ``next_`` there: a builtin's name).
    return getattr(getattr(result, "links", None), "next_", None)


def _result_headers(result: Any) -> Any:
    for owner, name in (("response", "headers"), ("meta", "headers"), (None, "response_headers")):
        holder = getattr(result, owner, None) if owner else result
        headers = getattr(holder, name, None)
        if headers is not None:
            return headers
    return None


def _offset_next(result: Any, items: tuple[Any, ...], cursor: Any) -> Any:
    paging = result.paging
    following = paging.offset + len(items)
    return following if items and following < paging.count else None


def _cursor_next(result: Any, items: tuple[Any, ...], cursor: Any) -> Any:
    return result.paging.cursor if result.paging else None


def _page_number_next(result: Any, items: tuple[Any, ...], cursor: Any) -> Any:
    return cursor + 1 if _next_link(result) else None


def _link_next(result: Any, items: tuple[Any, ...], cursor: Any) -> Any:
    return _next_link(result)


# Per style: the cursor of the first page, and how the next one follows from a page.
_STYLES: dict[str, tuple[Any, Callable[[Any, tuple[Any, ...], Any], Any]]] = {
    "offset": (0, _offset_next),
    "cursor": (None, _cursor_next),
    "page-number": (1, _page_number_next),
    "links-next": (None, _link_next),
}


def paged(
    paging: Any,
    fetch: Callable[[Any], Any],
    *,
    limit: int | None = None,
    max_wait: float = DEFAULT_MAX_RETRY_AFTER,
) -> Paged[Any]:
    """The items of a paged list, paged as the registry's ``paging`` says.

    Args:
        paging: the operation's ``smartcar_openapi.registry.Paging`` (``style``, ``items``).
        fetch: fetches one page for a cursor (blocking, or returning an awaitable): an offset
            from 0, a cursor (``None`` first), a page number from 1, or a ``links.next`` link
            (``None`` first).
        limit: stop after this many items.
        max_wait: the longest ``Retry-After`` honoured between pages, in seconds.
    """
    first, following = _STYLES[paging.style]
    # The cursor of the page being read: the page-number style counts on from it.
    current: list[Any] = [first]

    def fetch_at(cursor: Any) -> Any:
        current[0] = cursor
        return fetch(cursor)

    def step(result: Any) -> PageStep[Any]:
        items = _items(result, paging.items)
        return PageStep(
            items,
            following(result, items, current[0]),
            retry_after_of(_result_headers(result)),
        )

    return Paged(fetch_at, step, first=first, limit=limit, max_wait=max_wait)


def _registry_paging(operation_id: str) -> Any:
    # Imported when used: the registry is generated code, loaded on first use.
    from smartcar_openapi.registry import by_id

    paging = by_id(operation_id).paging
    if paging is None:  # pragma: no cover - the spec marks every list this module pages
        raise ConfigurationError(f"{operation_id} does not page")
    return paging


# -- API v2.0 lists -----------------------------------------------------------------------------


def vehicles(
    access_token: str, *, page_size: int = 50, limit: int | None = None, asynchronous: bool = False
) -> Paged[str]:
    """Every vehicle id ``access_token`` may access (``GET /vehicles``, offset-paged).

    Args:
        access_token: the user's access token.
        page_size: vehicles per request (1-50).
        limit: stop after this many ids.
        asynchronous: page with ``smartcar.aio.get_vehicles`` (use ``async for``).
    """
    size = _page_size(page_size, 50)
    source = _api_module(asynchronous)

    def fetch(offset: Any) -> Any:
        return source.get_vehicles(access_token, paging={"limit": size, "offset": offset or 0})

    return paged(_registry_paging("get_vehicles"), fetch, limit=limit)


def permissions(vehicle: Any, *, page_size: int = 50, limit: int | None = None) -> Paged[str]:
    """Every permission granted for a ``Vehicle`` or ``AsyncVehicle`` (offset-paged)."""
    size = _page_size(page_size, 50)

    def fetch(offset: Any) -> Any:
        return vehicle.permissions(paging={"limit": size, "offset": offset or 0})

    return paged(_registry_paging("get_permissions"), fetch, limit=limit)


def management_connections(
    amt: str,
    *,
    user_id: str | None = None,
    vehicle_id: str | None = None,
    page_size: int = 100,
    limit: int | None = None,
    asynchronous: bool = False,
) -> Paged[Any]:
    """Every connection of the application (Management API v2.0, cursor-paged).

    Args:
        amt: the Application Management Token.
        user_id: only this user's connections.
        vehicle_id: only this vehicle's connections.
        page_size: connections per request (1-100).
        limit: stop after this many connections.
        asynchronous: page with ``smartcar.aio.get_connections`` (use ``async for``).
    """
    size = _page_size(page_size, 100)
    source = _api_module(asynchronous)
    filters = {k: v for k, v in (("user_id", user_id), ("vehicle_id", vehicle_id)) if v}

    def fetch(cursor: Any) -> Any:
        paging: dict[str, Any] = {"limit": size}
        if cursor:
            paging["cursor"] = cursor
        return source.get_connections(amt, filter=filters or None, paging=paging)

    return paged(_registry_paging("get_connections"), fetch, limit=limit)


def _api_module(asynchronous: bool) -> Any:
    # Imported when used: smartcar imports this module lazily, and smartcar.aio costs more.
    import importlib

    return importlib.import_module("smartcar.aio" if asynchronous else "smartcar")


def _page_size(value: int, maximum: int | None) -> int:
    if not is_int(value) or value < 1:
        raise InvalidInputError(f"page_size must be a positive int, got {value!r}")
    if maximum is not None and value > maximum:
        raise InvalidInputError(f"page_size must be at most {maximum}, got {value}")
    return value
