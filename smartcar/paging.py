"""Auto-paging iterators over every paged list of the API: :class:`Paged` and :class:`AsyncPaged`.

A blocking ``App``/``Vehicle`` gives a :class:`Paged` (``for``), an ``AsyncApp``/``AsyncVehicle``
an :class:`AsyncPaged` (``async for``); a type checker tells the two apart. Either fetches
lazily (the first page when iteration starts, the next when the previous one is used up),
stops after ``limit`` items, and waits for a ``Retry-After`` a page was sent with before
asking for the next one. Each page is one call with the SDK's usual retries (429 included),
run by the engine's drivers like any call: the paging plan, :class:`_Walk`, is written once,
as the engine's actions.

The API v3 lists come from :class:`smartcar.App` (``app.connections()``, ``app.webhooks()``,
``app.subscriptions()``, ``app.vehicle(...).signals()``). For API v2.0 this module adds::

    for vehicle_id in smartcar.paging.vehicles(access_token):            # GET /vehicles
        ...
    for permission in smartcar.paging.permissions(vehicle):              # Vehicle or AsyncVehicle
        ...
    for connection in smartcar.paging.management_connections(amt):      # Management v2.0
        ...
    async for vehicle_id in smartcar.paging.vehicles(access_token, asynchronous=True):
        ...

Every one of them is a :class:`Listing` made by :func:`paged`: how a list pages (offset,
cursor, page number or ``links.next``) and which field holds its items is the spec's
``x-smartcar-paging``, read from the operation registry, so a new paged operation needs no
paging code.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Literal, TypedDict, Unpack, overload

from ._core.errors import parse_retry_after
from ._core.values import is_int
from ._http import DEFAULT_MAX_RETRY_AFTER, Operation
from ._resources.pager import (
    DEFAULT_MAX_PAGES,
    AsyncPaged,
    Listing,
    Paged,
    PageStep,
    _pages,
    listing,
)
from .exceptions import ConfigurationError, InvalidInputError

if TYPE_CHECKING:
    from ._resources.api import AsyncApi, SyncApi
    from .vehicle import AsyncVehicle, Vehicle

__all__ = [
    "DEFAULT_MAX_PAGES",
    "AsyncPaged",
    "Listing",
    "PageStep",
    "Paged",
    "listing",
    "management_connections",
    "paged",
    "permissions",
    "vehicles",
]


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
    fetch: Callable[[Any], Operation[Any]],
    *,
    limit: int | None = None,
    max_wait: float = DEFAULT_MAX_RETRY_AFTER,
) -> Listing[Any]:
    """A paged list, paged as the registry's ``paging`` says.

    Args:
        paging: the operation's ``smartcar_openapi.registry.Paging`` (``style``, ``items``).
        fetch: the operation that fetches one page for a cursor: an offset from 0, a cursor
            (``None`` first), a page number from 1, or a ``links.next`` link (``None`` first).
        limit: stop after this many items.
        max_wait: the longest ``Retry-After`` honoured between pages, in seconds.
    """
    first, following = _STYLES[paging.style]
    # The cursor of the page being read: the page-number style counts on from it.
    current: list[Any] = [first]

    def fetch_at(cursor: Any) -> Operation[Any]:
        current[0] = cursor
        return fetch(cursor)

    def step(result: Any) -> PageStep[Any]:
        items = _items(result, paging.items)
        return PageStep(
            items,
            following(result, items, current[0]),
            retry_after_of(_result_headers(result)),
        )

    return Listing(fetch_at, step, first=first, limit=limit, max_wait=max_wait)


def _registry_paging(operation_id: str) -> Any:
    # Imported when used: the registry is generated code, loaded on first use.
    from smartcar_openapi.registry import by_id

    paging = by_id(operation_id).paging
    if paging is None:  # pragma: no cover - the spec marks every list this module pages
        raise ConfigurationError(f"{operation_id} does not page")
    return paging


# -- API v2.0 lists -----------------------------------------------------------------------------


@overload
def vehicles(
    access_token: str,
    *,
    page_size: int = ...,
    limit: int | None = ...,
    asynchronous: Literal[False] = ...,
) -> Paged[str]: ...
@overload
def vehicles(
    access_token: str, *, page_size: int = ..., limit: int | None = ..., asynchronous: Literal[True]
) -> AsyncPaged[str]: ...
def vehicles(
    access_token: str, *, page_size: int = 50, limit: int | None = None, asynchronous: bool = False
) -> Paged[str] | AsyncPaged[str]:
    """Every vehicle id ``access_token`` may access (``GET /vehicles``, offset-paged).

    Args:
        access_token: the user's access token.
        page_size: vehicles per request (1-50).
        limit: stop after this many ids.
        asynchronous: page with asyncio, as ``smartcar.aio.get_vehicles`` (use ``async for``).
    """
    size = _page_size(page_size, 50)
    api = _api(asynchronous)

    def fetch(offset: Any) -> Operation[Any]:
        page = {"limit": size, "offset": offset or 0}
        return type(api).get_vehicles.build(api, access_token, paging=page)

    return _pages(api, paged(_registry_paging("get_vehicles"), fetch, limit=limit))


@overload
def permissions(
    vehicle: Vehicle, *, page_size: int = ..., limit: int | None = ...
) -> Paged[str]: ...
@overload
def permissions(
    vehicle: AsyncVehicle, *, page_size: int = ..., limit: int | None = ...
) -> AsyncPaged[str]: ...
def permissions(
    vehicle: Vehicle | AsyncVehicle, *, page_size: int = 50, limit: int | None = None
) -> Paged[str] | AsyncPaged[str]:
    """Every permission granted for a ``Vehicle`` (or an ``AsyncVehicle``: ``async for``)."""
    size = _page_size(page_size, 50)

    def fetch(offset: Any) -> Operation[Any]:
        page = {"limit": size, "offset": offset or 0}
        return type(vehicle).permissions.build(vehicle, paging=page)

    return _pages(vehicle, paged(_registry_paging("get_permissions"), fetch, limit=limit))


class _ConnectionsOptions(TypedDict, total=False):
    # The keywords of management_connections besides asynchronous, for its two overloads.
    user_id: str | None
    vehicle_id: str | None
    page_size: int
    limit: int | None


@overload
def management_connections(
    amt: str, *, asynchronous: Literal[False] = ..., **options: Unpack[_ConnectionsOptions]
) -> Paged[Any]: ...
@overload
def management_connections(
    amt: str, *, asynchronous: Literal[True], **options: Unpack[_ConnectionsOptions]
) -> AsyncPaged[Any]: ...
def management_connections(
    amt: str,
    *,
    user_id: str | None = None,
    vehicle_id: str | None = None,
    page_size: int = 100,
    limit: int | None = None,
    asynchronous: bool = False,
) -> Paged[Any] | AsyncPaged[Any]:
    """Every connection of the application (Management API v2.0, cursor-paged).

    Args:
        amt: the Application Management Token.
        user_id: only this user's connections.
        vehicle_id: only this vehicle's connections.
        page_size: connections per request (1-100).
        limit: stop after this many connections.
        asynchronous: page with asyncio, as ``smartcar.aio.get_connections`` (``async for``).
    """
    size = _page_size(page_size, 100)
    api = _api(asynchronous)
    filters = {k: v for k, v in (("user_id", user_id), ("vehicle_id", vehicle_id)) if v}

    def fetch(cursor: Any) -> Operation[Any]:
        page: dict[str, Any] = {"limit": size}
        if cursor:
            page["cursor"] = cursor
        return type(api).get_connections.build(api, amt, filter=filters or None, paging=page)

    return _pages(api, paged(_registry_paging("get_connections"), fetch, limit=limit))


def _api(asynchronous: bool) -> SyncApi | AsyncApi:
    # Imported when used: smartcar imports this module lazily. What the module functions run
    # on (smartcar.get_vehicles ...): origins resolved per call, the shared keep-alive pool.
    from ._resources.api import AsyncApi, SyncApi

    return AsyncApi() if asynchronous else SyncApi()


def _page_size(value: int, maximum: int | None) -> int:
    if not is_int(value) or value < 1:
        raise InvalidInputError(f"page_size must be a positive int, got {value!r}")
    if maximum is not None and value > maximum:
        raise InvalidInputError(f"page_size must be at most {maximum}, got {value}")
    return value
