"""How an API v3 call of `App` and its vehicle handles is built: the spec's facts, the checks.

The registry gives each operation's endpoint module, origin, command flag and security, and the
result model of a list or document; the generated code, the registry and the v3 results load
here when the first call is built (naming ``smartcar.App`` loads none of them).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from .._core import validate as check
from .._core.values import is_int
from .._http import Operation
from ..exceptions import ConfigurationError, InvalidInputError

if TYPE_CHECKING:
    import uuid

    import httpx2

    from .. import v3
    from .._resources.ops import operation
    from ..paging import Listing
    from .token import ApplicationTokenSource

__all__ = [
    "Pages",
    "as_is",
    "checked_user_id",
    "document",
    "no_content",
    "page_args",
    "page_of",
    "query",
    "uuid_of",
    "v3_operation",
    "vehicle_mode",
]

T = TypeVar("T")

_MODES = ("live", "simulated")


def checked_user_id(value: Any, name: str = "user_id") -> str:
    """A user id, as the ``sc-user-id`` header can carry it."""
    text = check.non_empty(name, value)
    check.header("sc-user-id", text)
    return text


def uuid_of(name: str, value: Any) -> uuid.UUID:
    """``value`` read as a UUID (an ``InvalidInputError`` naming ``name`` otherwise)."""
    import uuid

    try:
        return uuid.UUID(check.non_empty(name, value))
    except ValueError:
        raise InvalidInputError(f"{name} must be a UUID, got {value!r}") from None


def query(name: str, value: Any, read: Callable[[str, Any], Any] = check.non_empty) -> Any:
    """A filter's query value read by ``read``, or ``UNSET`` (not sent) for ``None``."""
    from smartcar_openapi.types import UNSET

    return UNSET if value is None else read(name, value)


def as_is(name: str, value: Any) -> Any:
    """The reader of a :func:`query` value sent as it is (checked by the caller, if at all)."""
    return value


def page_args(page: int, page_size: int | None) -> dict[str, Any]:
    """The page number and size of a page-number list, checked."""
    if not is_int(page) or page < 1:
        raise InvalidInputError(f"page must be an int >= 1, got {page!r}")
    if page_size is not None and (not is_int(page_size) or not 1 <= page_size <= 100):
        raise InvalidInputError(f"page_size must be an int from 1 to 100, got {page_size!r}")
    return {"pagenumber": page, "pagesize": query("page_size", page_size, as_is)}


def vehicle_mode(name: str, value: Any) -> Any:
    """The reader of a vehicle mode filter: ``"live"`` or ``"simulated"``."""
    from smartcar_openapi import models

    if value not in _MODES:
        raise InvalidInputError(f"{name} must be 'live' or 'simulated', got {value!r}")
    return models.VehicleModeV3(value)


def v3_operation(
    operation_id: str,
    convert: Callable[[httpx2.Response], T],
    token_source: ApplicationTokenSource,
    kwargs: dict[str, Any],
) -> Operation[T]:
    """The `Operation` of a v3 call: endpoint, origin, command-ness and auth from the spec."""
    from .._resources import registry

    info = registry.by_id(operation_id)
    return Operation(
        endpoint=registry.endpoint(info),
        kwargs=kwargs,
        origin=info.origin,
        convert=convert,
        # An operation the spec lets anyone call (compatibility) is sent without the token.
        token_source=token_source if info.security else None,
        command=info.command,
    )


def _result_model(operation_id: str) -> Any:
    from smartcar_openapi import models

    from .._resources import registry

    info = registry.by_id(operation_id)
    if info.result is None:  # pragma: no cover - every v3 read of the spec has a result
        raise ConfigurationError(f"{operation_id} has no result model in the spec")
    return getattr(models, info.result)


def page_of(operation_id: str, item: type[T]) -> Callable[[httpx2.Response], v3.Page[T]]:
    """A page of a list: the spec's model of it, its items (the paging's field) as ``item``."""
    from .. import v3
    from .._resources import registry

    info = registry.by_id(operation_id)
    items = info.paging.items if info.paging is not None else "data"
    return v3.model_page(v3.parsed_by(_result_model(operation_id)), items, item)


def no_content(response: httpx2.Response) -> None:
    """Converter of a 204 answer (:func:`smartcar.v3.no_content`, loaded with the first)."""
    from .. import v3

    v3.no_content(response)


def document(operation_id: str, item: type[T]) -> Callable[[httpx2.Response], T]:
    """A JSON:API document's resource: the spec's model of it, its ``data`` as ``item``."""
    from .. import v3

    return v3.document_of(v3.parsed_by(_result_model(operation_id)), item)


class Pages:
    """Builds the auto-paging iterators of the v3 lists, for both surfaces."""

    _settings: Any

    def _paged(
        self,
        operation_id: str,
        kwargs: dict[str, Any],
        limit: int | None,
        *,
        follow: str | None = None,
    ) -> Listing[Any]:
        """Every item of the list ``operation_id`` (the method of that name fetches a page).

        How it pages is the spec's (``x-smartcar-paging``). ``follow`` names the method that
        fetches a ``links.next`` link, for lists paged that way.
        """
        # The operations that fetch a page, run by this object's driver: blocking on App,
        # asyncio on AsyncApp (the `listing` methods give the matching page type).
        from .._resources import registry
        from ..paging import paged

        fetch_page: operation[..., Any] = getattr(type(self), operation_id)
        style = registry.by_id(operation_id).paging

        def fetch(cursor: Any) -> Operation[Any]:
            if follow is not None and cursor is not None:
                following: operation[..., Any] = getattr(type(self), follow)
                return following.build(self, cursor)
            if style is not None and style.style == "page-number":
                return fetch_page.build(self, page=cursor, **kwargs)
            return fetch_page.build(self, **kwargs)

        return paged(style, fetch, limit=limit, max_wait=self._settings.max_retry_after)
