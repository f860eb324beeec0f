"""What every result shares: the response headers' meta, the v3 shape and the converters.

:class:`Meta` is read from the response headers; :class:`V3Shape` gives a v3 result the
official dict's view; :func:`model` and :func:`v3_model` turn a response into a typed result.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol, Self, TypeVar

import attrs
import httpx2

from .._core.headers import header

__all__ = ["Meta", "V3Shape", "model", "v3_model"]


def publish(namespace: dict[str, Any]) -> None:
    """Name :mod:`smartcar.types` as the module of each public class of a results module.

    That is where users import the classes from: pickles, reprs, signatures and the reference
    name them there, and pickles made when they were written in ``smartcar/types.py`` load.

    Args:
        namespace: the ``globals()`` of a module of ``smartcar._results``, once its classes
            are defined.
    """
    for name, value in list(namespace.items()):
        if (
            isinstance(value, type)
            and not name.startswith("_")
            and value.__module__ == namespace["__name__"]
        ):
            value.__module__ = "smartcar.types"


def _parse_datetime(value: object) -> datetime | None:
    if not value or not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        # A malformed header must not fail an otherwise good response.
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


class Meta(NamedTuple):
    """What the response headers say about a result: a namedtuple, as in the official SDK.

    The fields are in the official order (``data_age``, ``unit_system``, ``request_id``,
    ``fetched_at``), and all four are always present (``None`` when a header is absent).

    Attributes:
        data_age: When the vehicle or its maker recorded the data (``SC-Data-Age``).
        unit_system: ``"metric"`` or ``"imperial"`` for unit-dependent data (``SC-Unit-System``).
        request_id: Smartcar's request id (``SC-Request-Id``), for support requests.
        fetched_at: When Smartcar fetched it from the vehicle (``SC-Fetched-At``).
    """

    data_age: datetime | None = None
    unit_system: str | None = None
    request_id: str | None = None
    fetched_at: datetime | None = None

    @classmethod
    def from_headers(cls, headers: Mapping[str, str]) -> Meta:
        """Build the meta from response headers (any casing, as in batch results)."""
        if isinstance(headers, httpx2.Headers):
            # One pass over the response's headers (lower-cased names, repeats joined as
            # httpx2 does) instead of a scan of all of them per name.
            found = dict(headers.items())
            return cls(
                data_age=_parse_datetime(found.get("sc-data-age")),
                unit_system=found.get("sc-unit-system"),
                request_id=found.get("sc-request-id"),
                fetched_at=_parse_datetime(found.get("sc-fetched-at")),
            )
        return cls(
            data_age=_parse_datetime(header(headers, "SC-Data-Age")),
            unit_system=_text(header(headers, "SC-Unit-System")),
            request_id=_text(header(headers, "SC-Request-Id")),
            fetched_at=_parse_datetime(header(headers, "SC-Fetched-At")),
        )


def _text(value: object) -> str | None:
    # A plain mapping (a batch item's JSON headers) may hold numbers or lists: not a header.
    return value if isinstance(value, str) else None


def _meta_field() -> Any:
    return attrs.field(factory=Meta, kw_only=True, eq=False)


def _headers_field() -> Any:
    return attrs.field(factory=httpx2.Headers, kw_only=True, eq=False, repr=False)


def _retyped(cls: type[Any], instance: Any) -> Any:
    """``instance`` of a generated model as an instance of ``cls``, its SDK subclass.

    The generated parser builds the nested models; the SDK's subclasses only add properties,
    so the parsed fields are moved over as they are instead of parsing the JSON again. A list
    item the generated parser kept as sent (not an object) is given back as it is.
    """
    if instance is None or isinstance(instance, cls) or not attrs.has(type(instance)):
        return instance
    made = object.__new__(cls)
    for name in attrs.fields_dict(type(instance)):
        object.__setattr__(made, name, getattr(instance, name))
    return made


class V3Shape:
    """The official v3 shape, ``{"body": ..., "headers": ...}``, on a typed v3 result.

    The official SDK returns a dict from its v3 reads; ``result["body"]`` (the JSON body) and
    ``result["headers"]`` (the response headers, any casing) work here too, as does
    ``result.get("body")``.
    """

    __slots__ = ()

    _SHAPE_KEYS = ("body", "headers")

    def __getitem__(self, key: str) -> Any:
        if key == "body":
            return self.to_dict()
        if key == "headers":
            return self.response_headers
        # Other keys are the model's extra JSON properties, as on every generated model.
        return super().__getitem__(key)  # type: ignore[misc]

    def get(self, key: str, default: Any = None) -> Any:
        """``result.get("body")`` / ``result.get("headers")``, as on the official dict."""
        return self[key] if key in self._SHAPE_KEYS else default

    # Provided by the attrs model this is mixed into.
    if TYPE_CHECKING:
        response_headers: Mapping[str, str]

        def to_dict(self) -> dict[str, Any]: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...


class _FromDict(Protocol):
    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...


R = TypeVar("R", bound=_FromDict)


def model(cls: type[R], meta_attr: str = "meta") -> Callable[[httpx2.Response], R]:
    """Converter: parse the JSON body with ``cls.from_dict`` and attach the headers' meta.

    The body is read leniently: where it departs from the spec, the result keeps what was sent
    and says so in ``spec_deviations`` (strict mode makes that an error, in the engine).
    """

    def convert(response: httpx2.Response) -> R:
        result = cls.from_dict(response.json())
        setattr(result, meta_attr, Meta.from_headers(response.headers))
        return result

    return convert


V = TypeVar("V", bound=V3Shape)


def v3_model(cls: type[V]) -> Callable[[httpx2.Response], V]:
    """Converter of a v3 read: :func:`model`, keeping the response headers too."""
    parse = model(cls, "response_meta")

    def convert(response: httpx2.Response) -> V:
        result = parse(response)
        result.response_headers = httpx2.Headers(response.headers)
        return result

    return convert


publish(globals())
