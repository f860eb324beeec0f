"""The pager: a paged list (:class:`Listing`), its plan (:class:`_Walk`) and the two page types.

The plan is the engine's actions (it delegates each page to :func:`~smartcar._http.flow`), so
the engine's drivers run it: :class:`Paged` with a blocking client, :class:`AsyncPaged` with
asyncio. Which one a list gives is the client's kind, seen by type checkers (:class:`listing`,
in its own module so that a class of lists loads none of this until one is iterated).
See :mod:`smartcar.paging` for the lists themselves.
"""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator, Callable, Generator, Iterator
from dataclasses import dataclass
from typing import (
    TYPE_CHECKING,
    Any,
    Generic,
    NoReturn,
    Self,
    TypeVar,
    overload,
)

from .._core.values import is_int
from .._http import DEFAULT_MAX_RETRY_AFTER, Action, Operation, Settings, Sleep, flow
from ..exceptions import ConfigurationError, InvalidInputError, InvalidResponseError
from .listing import listing
from .ops import AsyncRunner, SyncRunner

__all__ = ["DEFAULT_MAX_PAGES", "AsyncPaged", "Listing", "PageStep", "Paged", "listing"]

T = TypeVar("T")

DEFAULT_MAX_PAGES = 1000
"""Pages one iteration fetches at most (``Listing(max_pages=...)``, ``.with_max_pages(n)``)."""


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
class Listing(Generic[T]):
    """A paged list, described once for both surfaces.

    Attributes:
        fetch: the :class:`~smartcar._http.Operation` that fetches the page at a cursor.
        step: turns a fetched page into a :class:`PageStep`.
        first: the cursor of the first page.
        limit: stop after this many items (``None``: all of them).
        max_wait: the longest ``Retry-After`` honoured between pages, in seconds.
        max_pages: the most pages one iteration fetches; a list that goes on longer, or a
            page that adds no new item, ends in ``InvalidResponseError``.
    """

    fetch: Callable[[Any], Operation[Any]]
    step: Callable[[Any], PageStep[T]]
    first: Any = None
    limit: int | None = None
    max_wait: float = DEFAULT_MAX_RETRY_AFTER
    max_pages: int = DEFAULT_MAX_PAGES

    def __post_init__(self) -> None:
        max_pages, limit = self.max_pages, self.limit
        if not is_int(max_pages) or max_pages < 1:
            raise InvalidInputError(f"max_pages must be an int >= 1, got {max_pages!r}")
        if limit is not None and (not is_int(limit) or limit < 0):
            raise InvalidInputError(f"limit must be a non-negative int or None, got {limit!r}")


class _Walk(Generic[T]):
    """One iteration's paging plan, shared by both page types: fetch, check, wait, repeat.

    :meth:`next_page` is the one place that decides whether another page is fetched; a check
    on every page (a cap on their number, progress) belongs there.
    """

    def __init__(self, listing: Listing[T], settings: Settings) -> None:
        self._listing = listing
        self._settings = settings
        self._cursor = listing.first
        self._ended = listing.limit == 0
        self._error: InvalidResponseError | None = None
        self._pages = self._handed = 0
        self._wait = 0.0
        self._visited, self._seen = {repr(listing.first)}, set[Any]()

    def next_page(self) -> Generator[Action, Any, tuple[T, ...] | None]:
        """The engine's actions that fetch the next page; returns its items, ``None`` at the end."""
        listing = self._listing
        if self._error is not None:
            raise self._error
        if self._ended:
            return None
        if self._pages == listing.max_pages:
            raise InvalidResponseError(
                f"the list goes on after {listing.max_pages} pages, the most one iteration "
                "fetches (raise it with .with_max_pages(n))"
            )
        if self._wait:
            yield Sleep(self._wait)
        self._pages += 1
        page = listing.step((yield from flow(listing.fetch(self._cursor), self._settings)))
        # A server whose next link changes forever while it repeats its items would have us
        # page without end: a page must add an item (one that points back is reported as
        # such below), and the pages are capped.
        keys = {_key(item) for item in page.items}
        if keys and keys <= self._seen and repr(page.cursor) not in self._visited:
            raise InvalidResponseError(
                f"page {self._pages} of the list repeats items it already sent"
            )
        self._seen |= keys
        left = None if listing.limit is None else listing.limit - self._handed
        items = page.items[:left]
        self._handed += len(items)
        # An empty page ends the walk even with a cursor: a server must not loop us forever.
        self._ended = (
            page.cursor is None or not page.items or (left is not None and left <= len(items))
        )
        if not self._ended:
            if repr(page.cursor) in self._visited:
                # A server that points back to a page it sent would have us page forever; this
                # page's items are handed out first.
                self._error = InvalidResponseError(
                    f"the list points back to a page it already sent ({str(page.cursor)[:100]!r})"
                )
            self._visited.add(repr(page.cursor))
            self._wait = min(page.retry_after, listing.max_wait) if page.retry_after else 0.0
            self._cursor = page.cursor
        return items


def _key(item: Any) -> Any:
    # Items are compared by value: hashable ones as they are, others (API models) by repr.
    try:
        hash(item)
    except TypeError:
        return repr(item)
    return item


class _Pages(Generic[T]):
    """What both page types share: the list, the client that fetches it, the page cap."""

    def __init__(self, runner: Any, listing: Listing[T]) -> None:
        self._runner = runner
        self._listing = listing

    def with_max_pages(self, max_pages: int) -> Self:
        """The same list with another page cap (the default is :data:`DEFAULT_MAX_PAGES`)."""
        return type(self)(self._runner, dataclasses.replace(self._listing, max_pages=max_pages))

    def _walk(self) -> _Walk[T]:
        return _Walk(self._listing, self._runner._current_settings())


class Paged(_Pages[T]):
    """Items of a paged list, fetched page by page as iteration proceeds, blocking.

    Args:
        runner: the blocking client that fetches the pages (an ``App``, a ``Vehicle`` ...).
        listing: the list.
    """

    _runner: SyncRunner

    def __init__(self, runner: SyncRunner, listing: Listing[T]) -> None:
        super().__init__(runner, listing)

    def __iter__(self) -> Iterator[T]:
        walk = self._walk()
        while (items := self._runner._drive(walk.next_page())) is not None:
            yield from items

    def to_list(self) -> list[T]:
        """Every item (up to ``limit``)."""
        return list(self)


class AsyncPaged(_Pages[T]):
    """Items of a paged list, fetched page by page as ``async for`` proceeds.

    Args:
        runner: the asyncio client that fetches the pages (an ``AsyncApp`` ...).
        listing: the list.
    """

    _runner: AsyncRunner

    def __init__(self, runner: AsyncRunner, listing: Listing[T]) -> None:
        super().__init__(runner, listing)

    async def __aiter__(self) -> AsyncIterator[T]:
        walk = self._walk()
        while (items := await self._runner._drive(walk.next_page())) is not None:
            for item in items:
                yield item

    if TYPE_CHECKING:  # not iterable with ``for``: a type checker reports the loop
        __iter__: None
    else:

        def __iter__(self) -> NoReturn:
            raise ConfigurationError("this list pages with asyncio: use `async for`, not `for`")

    async def ato_list(self) -> list[T]:
        """Every item (up to ``limit``)."""
        return [item async for item in self]


@overload
def _pages(runner: SyncRunner, listing: Listing[T]) -> Paged[T]: ...
@overload
def _pages(runner: AsyncRunner, listing: Listing[T]) -> AsyncPaged[T]: ...
def _pages(runner: SyncRunner | AsyncRunner, listing: Listing[T]) -> Paged[T] | AsyncPaged[T]:
    """The pages of ``listing`` fetched by ``runner``: async ones for an asyncio client."""
    if isinstance(runner, AsyncRunner):
        return AsyncPaged(runner, listing)
    return Paged(runner, listing)
