"""The pages of the API v3 lists, and the converters of v3 answers into results.

Public through :mod:`smartcar.v3`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

import httpx2

from .._core.values import is_int
from ..exceptions import InvalidResponseError
from .documents import R, ResponseInfo, _parsed

__all__ = ["Page", "RawItem", "document_of", "model_page", "no_content", "parsed_by"]

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class RawItem:
    """An item of an API v3 list that is not the object the spec describes, kept as sent.

    One odd item (``5``, ``"x"``, ``null``) never fails a page: it stays in ``Page.items`` and
    in the iteration of ``app.connections()``, ``car.signals()`` and the other lists, in its
    place, as a ``RawItem``; the page's ``model.spec_deviations`` names it, and strict mode
    raises instead. Narrow with ``isinstance(item, v3.RawItem)`` (or the list's class) before
    reading an item's attributes.

    Attributes:
        raw: the item as sent (like ``raw`` of the other items, the JSON of the resource).
    """

    raw: Any

    @property
    def spec_deviations(self) -> dict[str, str]:
        """How the item departs from the spec (its JSON type, never its value)."""
        sent = "null" if self.raw is None else type(self.raw).__name__
        return {"": f"expected an object, got {sent}"}


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """One page of an API v3 list.

    Attributes:
        items: the resources on this page, each an instance of the list's class, or a
            :class:`RawItem` where the API sent something else than an object.
        total_count: ``meta.totalCount``, if sent.
        next_link: ``links.next``: ``None`` on the last page.
        response: status code, request id and headers.
        model: the generated model of the whole page, where the SDK parsed it with one.
    """

    items: tuple[T | RawItem, ...]
    total_count: int | None
    next_link: str | None
    response: ResponseInfo = field(repr=False, compare=False)
    model: Any = field(default=None, repr=False, compare=False)
    """The page as the generated model parsed it (``meta``, ``links``, ``included`` ...), for
    lists whose items the SDK takes from it (the signals); ``None`` for the others."""


def parsed_by(model: type[R]) -> Callable[[httpx2.Response], R]:
    """Converter of a response whose body the generated ``model`` describes, checked."""

    def convert(response: httpx2.Response) -> R:
        return _parsed(model, response.json())

    return convert


def model_page(
    parse: Callable[[httpx2.Response], Any], items: str, item: type[Any] | None = None
) -> Callable[[httpx2.Response], Page[Any]]:
    """Converter of a list the spec types into a :class:`Page`.

    ``parse`` (the generated model of the list, checked) reads the response; the page takes
    the items of its field ``items``, each as the SDK's subclass ``item`` of their model.
    """

    def convert(response: httpx2.Response) -> Page[Any]:
        from ..types import _retyped  # here: loaded with the first page read

        model = parse(response)
        total = getattr(getattr(model, "meta", None), "total_count", None)
        link = getattr(getattr(model, "links", None), "next_", None)
        values = getattr(model, items) or ()
        return Page(
            tuple(_item(_retyped(item, v), item) for v in values) if item else tuple(values),
            total if is_int(total) else None,
            link if isinstance(link, str) else None,
            ResponseInfo.of(response),
            model,
        )

    return convert


def _item(value: Any, item: type[Any]) -> Any:
    # The generated list keeps an item it could not read as sent; the page wraps it, so that
    # every item is either the list's class or a RawItem.
    return value if isinstance(value, item) else RawItem(value)


def document_of(
    parse: Callable[[httpx2.Response], Any], item: type[T]
) -> Callable[[httpx2.Response], T]:
    """Converter of a JSON:API document the spec types: its ``data``, as the SDK's ``item``."""

    def convert(response: httpx2.Response) -> T:
        from ..types import _retyped  # here: loaded with the first document read

        resource: T = _retyped(item, parse(response).data)
        return resource

    return convert


def no_content(response: httpx2.Response) -> None:
    """Converter of a 204 answer."""
    if response.status_code != 204 and response.content.strip():
        raise InvalidResponseError(
            f"expected no content, got HTTP {response.status_code} with a body",
            status_code=response.status_code,
            request_id=response.headers.get("SC-Request-Id"),
        )
