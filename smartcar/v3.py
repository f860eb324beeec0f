"""Typed results of the API v3 application operations, and the Connect-for-v3 redirect helper.

The results are the generated models of the spec (``smartcar_openapi.models``), parsed and
checked by them; the SDK's subclasses here only add what the spec cannot say: convenient names
for nested members (``connection.user_id`` for ``relationships.user.data.id``), ``raw`` (the
resource as JSON), the response of a request (``status_code``, ``request_id``, ``headers``)
and whether a command was accepted (202). Pages, typed signal bodies and the Connect redirect
helper are here too. Units are never converted.
"""

from __future__ import annotations

import datetime as dt
import functools
import hmac
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, Protocol, Self, TypeVar, runtime_checkable
from urllib.parse import parse_qs, urlsplit

import attrs
import httpx2
from smartcar_openapi import models

from . import _validate as check
from ._values import is_int
from .exceptions import InvalidInputError, InvalidResponseError, OAuthError

__all__ = [
    "ApplicationToken",
    "ChargeScheduleExecution",
    "CommandExecution",
    "CompatibleVehicle",
    "ConnectError",
    "ConnectRedirect",
    "Connection",
    "Page",
    "Quantity",
    "RawItem",
    "SignalBody",
    "Subscription",
    "SubscriptionAccepted",
    "VehicleSummary",
    "Webhook",
    "document_of",
    "model_page",
    "parsed_by",
    "read_connect_redirect",
    "signal_body",
]

T = TypeVar("T")
R = TypeVar("R", bound="_FromDict")


class _FromDict(Protocol):
    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _dig(value: Any, path: str) -> Any:
    # A member chain read leniently: a member the body lacks (None) ends it as None.
    for name in path.split("."):
        value = getattr(value, name, None)
    return value


@dataclass(frozen=True, slots=True)
class ResponseInfo:
    """What the HTTP response said besides its body.

    Attributes:
        status_code: the HTTP status (a command answers 200 or 202).
        request_id: the ``SC-Request-Id`` header, if sent.
        headers: every response header, looked up in any casing (an ``httpx2.Headers``,
            typed as a plain mapping so that no HTTP library's type is part of the API).
    """

    status_code: int
    request_id: str | None
    headers: Mapping[str, str]

    @classmethod
    def of(cls, response: httpx2.Response) -> ResponseInfo:
        """The information of ``response``."""
        return cls(
            response.status_code,
            response.headers.get("SC-Request-Id"),
            httpx2.Headers(response.headers),
        )


@dataclass(frozen=True, slots=True)
class ApplicationToken:
    """An API v3 application access token from ``POST /oauth2/token``.

    Attributes:
        access_token: the token (send it as ``Authorization: Bearer``).
        token_type: ``Bearer``.
        expires_in: its lifetime in seconds (one hour); there is no refresh token.
    """

    access_token: str = field(repr=False)
    token_type: str
    expires_in: int


VehicleSummary = models.VehicleSummaryV3
"""A vehicle as a connection or subscription describes it (``make``, ``model``, ``year``,
``mode``, ``powertrain_type``; make casing varies): the generated model."""


def _related_id(relationships: Any, name: str) -> str | None:
    data = getattr(getattr(relationships, name, None), "data", None)
    return _str(getattr(data, "id", None))


def _parsed(cls: type[R], data: Any) -> R:
    """``data`` (one resource's JSON) parsed by the generated model ``cls``, leniently.

    What departs from the spec is kept and recorded on the model; strict mode raises in the
    engine.
    """
    if not isinstance(data, Mapping):
        raise TypeError(f"a resource is a JSON object, not {type(data).__name__}")
    return cls.from_dict(data)


class _Resource:
    """What the SDK adds to a generated JSON:API resource: ``raw``, and reading by JSON."""

    __slots__ = ()

    if TYPE_CHECKING:

        def to_dict(self) -> dict[str, Any]: ...

    @property
    def raw(self) -> dict[str, Any]:
        """The resource as JSON."""
        return self.to_dict()

    @classmethod
    def from_json(cls, data: Any) -> Self:
        """Read one resource (the generated model's ``from_dict``, checked)."""
        return _parsed(cls, data)  # type: ignore[type-var]


class _Document:
    """A JSON:API document read as its resource: ``id``, ``type`` and ``links`` of ``data``.

    Shared by the documents of ``smartcar.types`` (the vehicle, a signal) and the executions.
    """

    __slots__ = ()

    if TYPE_CHECKING:
        data: Any

    @property
    def id(self) -> str:
        """The resource's id (``data.id``)."""
        value: str = _dig(self, "data.id")
        return value

    @property
    def type(self) -> str:
        """The resource's type (``data.type``): ``vehicle``, ``signal``, ``command-execution``."""
        value: str = _dig(self, "data.type_")
        return value

    @property
    def links(self) -> Any:
        """The resource's links (``data.links``), ``None`` when not sent."""
        return _dig(self, "data.links")


class _Execution(_Document, _Resource):
    """What an execution result (a command's or a charge schedule's) reads from its ``data``."""

    __slots__ = ()

    if TYPE_CHECKING:
        response: ResponseInfo

    @property
    def status(self) -> str | None:
        """``status.value`` (``SUCCESS`` ...; an open string)."""
        return _str(_dig(self, "data.attributes.status.value"))

    @property
    def execution_mode(self) -> str | None:
        """``sync``, or another mode for long-running executions."""
        return _str(_dig(self, "data.attributes.execution_mode"))

    @property
    def parameters(self) -> Mapping[str, Any]:
        """The inputs as echoed by Smartcar."""
        echoed = _dig(self, "data.attributes.parameters")
        return echoed.to_dict() if echoed is not None else {}

    @property
    def executed_at(self) -> dt.datetime | None:
        """When it ran."""
        meta = _dig(self, "data.meta")
        return meta.executed_at if meta is not None else None

    @property
    def completed_at(self) -> dt.datetime | None:
        """When it completed."""
        meta = _dig(self, "data.meta")
        return meta.completed_at if meta is not None else None

    @property
    def accepted(self) -> bool:
        """The API answered 202 (long-running): the body still holds the result."""
        return self.response.status_code == 202

    @property
    def raw(self) -> dict[str, Any]:
        """The resource (``data``) as JSON."""
        value: dict[str, Any] = self.data.to_dict() if self.data is not None else {}
        return value

    @classmethod
    def from_response(cls, response: httpx2.Response) -> Self:
        """Read the answer (200 or 202): the generated model, checked, with the response."""
        # The subclass (a slotted attrs class) has the `response` field; this mixin does not.
        result: Any = _parsed(cls, response.json())  # type: ignore[type-var]
        result.response = ResponseInfo.of(response)
        return result  # type: ignore[no-any-return]


def _response_field() -> Any:
    return attrs.field(
        factory=lambda: ResponseInfo(200, None, httpx2.Headers()),
        kw_only=True,
        eq=False,
        repr=False,
    )


@attrs.define
class CommandExecution(_Execution, models.CommandExecution):
    """The result of an API v3 vehicle command, answered with 200 or 202: the generated model.

    A 202 means the command was long-running; its body still holds the result, so it is a
    result like any other (``accepted`` tells them apart). Commands do not return the
    vehicle's new state: read the matching signal afterwards.

    The SDK adds, from ``data``: ``id``, ``command_type`` (``security-unlock`` ...),
    ``status`` (``status.value``), ``error`` (``status.error`` as JSON, when it failed),
    ``execution_mode``, ``parameters`` (as echoed), ``executed_at``, ``completed_at``,
    ``duration_seconds``; and ``accepted`` (answered 202), ``response`` (status code, request
    id, headers) and ``raw``.
    """

    response: ResponseInfo = _response_field()

    @property
    def command_type(self) -> str | None:
        """For example ``security-unlock`` or ``charge-set-limit``."""
        return _str(_dig(self, "data.attributes.command_type"))

    @property
    def error(self) -> Mapping[str, Any] | None:
        """``status.error`` (``{type, code}``) when the command failed, else ``None``."""
        failure = _dig(self, "data.attributes.status.error")
        return failure.to_dict() if failure is not None else None

    @property
    def duration_seconds(self) -> float | None:
        """How long it took."""
        meta = _dig(self, "data.meta")
        return meta.duration_in_seconds if meta is not None else None


@attrs.define
class ChargeScheduleExecution(_Execution, models.ChargeScheduleExecution):
    """The result of creating or deleting an API v3 charge schedule (200 or 202).

    The generated model; the SDK adds, from ``data``: ``id``, ``action`` (``create`` or
    ``delete``), ``schedule_type`` (``daily``, ``weekly``, ``workweek``), ``schedule_id`` (use
    it to delete the schedule), ``status``, ``execution_mode``, ``parameters``,
    ``schedule_link`` (``links.schedule``), ``executed_at``, ``completed_at``; and
    ``accepted``, ``response`` and ``raw``.
    """

    response: ResponseInfo = _response_field()

    @property
    def action(self) -> str | None:
        """``create`` or ``delete``."""
        return _str(_dig(self, "data.attributes.action"))

    @property
    def schedule_type(self) -> str | None:
        """``daily``, ``weekly`` or ``workweek``."""
        return _str(_dig(self, "data.attributes.schedule_type"))

    @property
    def schedule_id(self) -> str | None:
        """The schedule's id."""
        return _str(_dig(self, "data.attributes.schedule_id"))

    @property
    def schedule_link(self) -> str | None:
        """``links.schedule``, the schedule's path."""
        links = _dig(self, "data.links")
        return _str(getattr(links, "schedule", None))


@attrs.define
class Connection(_Resource, models.ConnectionV3):
    """A user's connection of a vehicle to the application (API v3): the generated model.

    The SDK adds:
        vehicle_id: ``relationships.vehicle.data.id``.
        user_id: ``relationships.user.data.id``, the value for ``sc-user-id``.
        permissions: the permissions the user granted (``attributes.permissions``).
        vehicle: make, model, year, mode, powertrain (``attributes.vehicle``).
        created_at, updated_at: when it was made and last changed (``meta``).
        raw: the resource as JSON.
    """

    @property
    def vehicle_id(self) -> str | None:
        """The connected vehicle's id."""
        return _related_id(self.relationships, "vehicle")

    @property
    def user_id(self) -> str | None:
        """The user's id: send it as ``sc-user-id``."""
        return _related_id(self.relationships, "user")

    @property
    def permissions(self) -> tuple[str, ...]:
        """The permissions the user granted."""
        granted = self.attributes.permissions if self.attributes is not None else None
        return tuple(granted or ())

    @property
    def vehicle(self) -> VehicleSummary:
        """The vehicle as the connection describes it (empty when not sent)."""
        described = self.attributes.vehicle if self.attributes is not None else None
        return described if described is not None else VehicleSummary()

    @property
    def created_at(self) -> dt.datetime | None:
        """When the connection was made."""
        return self.meta.created_at if self.meta is not None else None

    @property
    def updated_at(self) -> dt.datetime | None:
        """When the connection last changed."""
        return self.meta.updated_at if self.meta is not None else None


@attrs.define
class Webhook(_Resource, models.WebhookResource):
    """A webhook of the application (made in the Dashboard; Management API v3).

    The generated model; the SDK adds its attributes at the top (``name``, ``callback_uri``,
    ``error_callback_uri``, ``is_enabled``, ``auto_subscribe``), ``triggers`` and ``data`` as
    JSON objects, ``created_at`` and ``raw``.
    """

    @property
    def name(self) -> str | None:
        """Its name."""
        return self.attributes.name

    @property
    def callback_uri(self) -> str | None:
        """Where deliveries go."""
        return self.attributes.callback_uri

    @property
    def error_callback_uri(self) -> str | None:
        """Where error deliveries go."""
        return self.attributes.error_callback_uri

    @property
    def is_enabled(self) -> bool | None:
        """Whether it delivers."""
        return self.attributes.is_enabled

    @property
    def auto_subscribe(self) -> bool | None:
        """Whether new vehicles are subscribed to it."""
        return self.attributes.auto_subscribe

    @property
    def triggers(self) -> tuple[Mapping[str, Any], ...]:
        """The signals that trigger a delivery, as JSON objects."""
        return tuple(ref.to_dict() for ref in self.attributes.triggers or ())

    @property
    def data(self) -> tuple[Mapping[str, Any], ...]:
        """The signals a delivery carries, as JSON objects."""
        return tuple(ref.to_dict() for ref in self.attributes.data or ())

    @property
    def created_at(self) -> dt.datetime | None:
        """When it was made."""
        return self.meta.created_at


@attrs.define
class Subscription(_Resource, models.WebhookSubscriptionResource):
    """A vehicle's subscription to a webhook (Management API v3): the generated model.

    The SDK adds ``webhook_id``, ``user_id`` and ``vehicle_id`` (from ``relationships``),
    ``vehicle``, ``created_at``, ``updated_at`` and ``raw``.
    """

    @property
    def webhook_id(self) -> str | None:
        """The webhook's id."""
        return _related_id(self.relationships, "webhook")

    @property
    def user_id(self) -> str | None:
        """The user's id."""
        return _related_id(self.relationships, "user")

    @property
    def vehicle_id(self) -> str | None:
        """The vehicle's id."""
        return _related_id(self.relationships, "vehicle")

    @property
    def vehicle(self) -> VehicleSummary:
        """The vehicle as the subscription describes it (empty when not sent)."""
        described = self.attributes.vehicle
        return described if described is not None else VehicleSummary()

    @property
    def created_at(self) -> dt.datetime | None:
        """When it was made."""
        return self.meta.created_at

    @property
    def updated_at(self) -> dt.datetime | None:
        """When it last changed."""
        return self.meta.updated_at


@attrs.define
class SubscriptionAccepted(models.SubscriptionAccepted):
    """``POST /subscriptions`` answered 202: the subscription is being created.

    The generated model; the SDK adds ``message`` (``meta.message``) and ``response``.
    """

    response: ResponseInfo = _response_field()

    @property
    def message(self) -> str | None:
        """What Smartcar said (``meta.message``)."""
        return _str(self.meta.message) if self.meta is not None else None

    @classmethod
    def from_response(cls, response: httpx2.Response) -> Self:
        """Read the 202 answer: the generated model, checked, with the response."""
        result = _parsed(cls, response.json())
        result.response = ResponseInfo.of(response)
        return result


@attrs.define
class CompatibleVehicle(_Resource, models.CompatibleVehicle):
    """A model and year range, with the signals and commands it is compatible with.

    The generated model; the SDK adds ``make``, ``model``, ``year_start``, ``year_end``,
    ``capabilities`` (as JSON objects) and ``raw``.
    """

    @property
    def make(self) -> str | None:
        """The make."""
        return self.attributes.make if self.attributes is not None else None

    @property
    def model(self) -> str | None:
        """The model."""
        return self.attributes.model if self.attributes is not None else None

    @property
    def year_start(self) -> int | None:
        """The first model year."""
        years = self.attributes.years if self.attributes is not None else None
        return years.start if years is not None else None

    @property
    def year_end(self) -> int | None:
        """The last model year."""
        years = self.attributes.years if self.attributes is not None else None
        return years.end if years is not None else None

    @property
    def capabilities(self) -> tuple[Mapping[str, Any], ...]:
        """The signals and commands it is compatible with, as JSON objects."""
        found = self.attributes.capabilities if self.attributes is not None else None
        return tuple(c.to_dict() for c in found or ())


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


def _data(response: httpx2.Response) -> dict[str, Any]:
    body = response.json()
    if not isinstance(body, dict) or not isinstance(body.get("data"), dict):
        raise TypeError("the body has no 'data' object")
    data: dict[str, Any] = body["data"]
    return data


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
        from .types import _retyped  # here: loaded with the first page read

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
        from .types import _retyped  # here: loaded with the first document read

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


# -- signal bodies ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Quantity:
    """A signal body of the ``{value, unit}`` shape (``unit`` absent for plain values).

    Used for codes the spec gives no body schema. The value is as sent, in the unit sent: the
    SDK never converts units (percentages are 0-100 in API v3).
    """

    value: Any
    unit: str | None


@runtime_checkable
class SignalBody(Protocol):
    """A typed signal body: a generated model of ``smartcar_openapi.models`` (``SignalBody*``).

    Which model a code's body is comes from the spec (``x-smartcar-signal-bodies``); narrow with
    ``isinstance(body, smartcar_openapi.models.SignalBodyQuantity)`` and the like. Members the
    schema does not name stay in ``additional_properties``.
    """

    additional_properties: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        """The body as JSON, as sent."""
        ...


@functools.cache
def _body_model(code: str) -> Any:
    # Imported on first use: the generated models are not needed until a body is typed.
    from smartcar_openapi import models
    from smartcar_openapi.registry import SIGNAL_BODIES

    name = SIGNAL_BODIES.get(code)
    return None if name is None else getattr(models, name)


def signal_body(
    signal: Any, *, code: str | None = None
) -> SignalBody | Quantity | Mapping[str, Any] | None:
    """A signal's body, typed where the spec gives its code a body schema.

    Args:
        signal: a signal result (``t.Signal``), its ``attributes``, or the body itself.
        code: the signal code, when ``signal`` is the body itself (otherwise it is read from
            the signal).

    Returns:
        ``None`` when the signal has no body (a signal that failed may still carry one, and
        then it is given back like any other); the generated model
        (:class:`SignalBody`) for codes the spec maps to a body schema, when the body has the
        members that schema requires; else a :class:`Quantity` for ``{"value": ..., "unit": ...}``
        and ``{"value": ...}`` bodies; else the raw mapping. Values and units are kept as sent.
    """
    attributes = getattr(signal, "attributes", signal)
    body = getattr(attributes, "body", attributes)
    if not isinstance(body, Mapping):
        return None
    status = getattr(getattr(attributes, "status", None), "value", None)
    if not body and str(getattr(status, "value", status)) == "ERROR":
        return None  # a failed signal's empty body is no body
    code = code if code is not None else getattr(attributes, "code", None)
    model = _body_model(code) if isinstance(code, str) else None
    if model is not None:
        from ._shape import check_model  # here: loaded with the first typed body

        try:
            typed: SignalBody = model.from_dict(body)
            # from_dict takes leaf values as they come; the body must really have the types.
            check_model(typed)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a body that does not fit its schema is still given back, raw
        else:
            return typed
    if "value" in body and set(body) <= {"value", "unit"}:
        return Quantity(body["value"], _str(body.get("unit")))
    return dict(body)


# -- Connect for API v3 -------------------------------------------------------------------------


class ConnectError(OAuthError):
    """Smartcar Connect sent the user back with ``error=`` (or a ``state`` that is not yours).

    ``type`` is the ``error`` value (``access_denied``, ``vehicle_incompatible`` ...),
    ``description`` the ``error_description``; ``state`` and, for incompatible vehicles, the
    ``vin``, ``make``, ``model`` and ``year`` are kept as sent.
    """

    state: str | None = None
    vehicle_info: Mapping[str, str] = {}


@dataclass(frozen=True, slots=True)
class ConnectRedirect:
    """What Connect's redirect said on success.

    Attributes:
        user_id: the Smartcar user id: store it and send it as ``sc-user-id``.
        code: the authorization code, when the redirect still carries one (API v3 does not
            need it; exchange it only for legacy per-vehicle tokens).
        state: the ``state`` echoed back.
    """

    user_id: str
    code: str | None = field(repr=False)
    state: str | None


def read_connect_redirect(url: str, *, state: str | None) -> ConnectRedirect:
    """Read the URL Connect redirected the user's browser to (API v3).

    Args:
        url: the full redirect URL (or just its query string, with or without ``?``).
        state: the ``state`` you sent to Connect; ``None`` only if you sent none.

    Returns:
        The user id (from ``user_id``, or the ``userId`` spelling some pages document), the
        code if present, and the state.

    Raises:
        ConnectError: Connect reported an error, or ``state`` does not match.
        InvalidInputError: the redirect carries no user id.
    """
    if not isinstance(url, str):
        raise InvalidInputError(f"url must be a string, got {type(url).__name__}")
    query = urlsplit(url).query if "://" in url else url.lstrip("?")
    params = {k: v[0] for k, v in parse_qs(query, keep_blank_values=True).items()}
    got_state = params.get("state")
    # The state is checked first, errors included: a forged redirect must not pass as one.
    if state is not None and not hmac.compare_digest(
        (got_state or "").encode(), check.non_empty("state", state).encode()
    ):
        error = ConnectError(
            "Connect redirect: the state does not match the one sent (possible forgery)",
            type="invalid_state",
        )
        error.state = got_state
        raise error
    if params.get("error"):
        description = params.get("error_description") or None
        error = ConnectError(
            f"Smartcar Connect: {params['error']}" + (f" - {description}" if description else ""),
            type=params["error"],
            description=description,
        )
        error.state = got_state
        error.vehicle_info = {k: params[k] for k in ("vin", "make", "model", "year") if k in params}
        raise error
    user_id = params.get("user_id") or params.get("userId")
    if not user_id:
        raise InvalidInputError("the Connect redirect carries no user_id (nor userId)")
    return ConnectRedirect(user_id=user_id, code=params.get("code") or None, state=got_state)
