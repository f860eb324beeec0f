"""Typed results of the API v3 application operations, and the Connect-for-v3 redirect helper.

Every result keeps the JSON it was read from in ``raw`` (nothing Smartcar sends is lost) and,
for results of a request, the response's ``status_code``, ``request_id`` and ``headers``.
Timestamps are parsed leniently: ISO-8601 strings or epoch milliseconds give a ``datetime``,
anything else ``None`` (the raw value stays in ``raw``). Units are never converted.
"""

from __future__ import annotations

import datetime as dt
import functools
import hmac
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, Protocol, TypeVar, runtime_checkable
from urllib.parse import parse_qs, urlsplit

import httpx

from . import _validate as check
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
    "SignalBody",
    "Subscription",
    "SubscriptionAccepted",
    "VehicleSummary",
    "Webhook",
    "read_connect_redirect",
    "signal_body",
]

T = TypeVar("T")


def _time(value: Any) -> dt.datetime | None:
    """An ISO-8601 string or epoch milliseconds as an aware datetime; ``None`` otherwise."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        try:
            return dt.datetime.fromtimestamp(value / 1000, dt.UTC)
        except (OverflowError, OSError, ValueError):
            return None
    if isinstance(value, str):
        try:
            moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
        return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
    return None


def _dict(value: Any) -> dict[str, Any]:
    return dict(value) if isinstance(value, Mapping) else {}


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _related_id(relationships: Mapping[str, Any], name: str) -> str | None:
    return _str(_dict(_dict(relationships.get(name)).get("data")).get("id"))


@dataclass(frozen=True, slots=True)
class ResponseInfo:
    """What the HTTP response said besides its body.

    Attributes:
        status_code: the HTTP status (a command answers 200 or 202).
        request_id: the ``SC-Request-Id`` header, if sent.
        headers: every response header.
    """

    status_code: int
    request_id: str | None
    headers: httpx.Headers

    @classmethod
    def of(cls, response: httpx.Response) -> ResponseInfo:
        """The information of ``response``."""
        return cls(
            response.status_code,
            response.headers.get("SC-Request-Id"),
            httpx.Headers(response.headers),
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


@dataclass(frozen=True, slots=True)
class VehicleSummary:
    """A vehicle as a connection or subscription describes it (make casing varies)."""

    make: str | None
    model: str | None
    year: int | None
    mode: str | None
    powertrain_type: str | None

    @classmethod
    def from_json(cls, data: Any) -> VehicleSummary:
        """Read the ``vehicle`` attribute object."""
        d = _dict(data)
        year = d.get("year")
        return cls(
            _str(d.get("make")),
            _str(d.get("model")),
            year if isinstance(year, int) and not isinstance(year, bool) else None,
            _str(d.get("mode")),
            _str(d.get("powertrainType")),
        )


def _execution(response: httpx.Response, data: Mapping[str, Any]) -> dict[str, Any]:
    """The fields every execution result reads alike: a command's or a charge schedule's.

    Its id, ``status.value``, execution mode, echoed parameters, times, whether the API
    answered 202, the response and the raw resource.
    """
    attributes, meta = _dict(data.get("attributes")), _dict(data.get("meta"))
    return {
        "id": str(data.get("id", "")),
        "status": _str(_dict(attributes.get("status")).get("value")),
        "execution_mode": _str(attributes.get("executionMode")),
        "parameters": _dict(attributes.get("parameters")),
        "executed_at": _time(meta.get("executedAt")),
        "completed_at": _time(meta.get("completedAt")),
        "accepted": response.status_code == 202,
        "response": ResponseInfo.of(response),
        "raw": data,
    }


@dataclass(frozen=True, slots=True)
class CommandExecution:
    """The result of an API v3 vehicle command, answered with 200 or 202.

    A 202 means the command was long-running; its body still holds the result, so it is a
    result like any other (``accepted`` tells them apart). Commands do not return the
    vehicle's new state: read the matching signal afterwards.

    Attributes:
        id: the execution id (``exec_...``).
        command_type: for example ``security-unlock`` or ``charge-set-limit``.
        status: ``status.value`` (``SUCCESS`` ...; an open string).
        error: ``status.error`` (``{type, code}``) when the command failed, else ``None``.
        execution_mode: ``sync``, or another mode for long-running commands.
        parameters: the command's inputs as echoed by Smartcar.
        executed_at, completed_at: when it ran.
        duration_seconds: how long it took.
        accepted: the API answered 202 (long-running).
        response: status code, request id and headers.
        raw: the resource (``data``) as received.
    """

    id: str
    command_type: str | None
    status: str | None
    error: Mapping[str, Any] | None
    execution_mode: str | None
    parameters: Mapping[str, Any]
    executed_at: dt.datetime | None
    completed_at: dt.datetime | None
    duration_seconds: float | None
    accepted: bool
    response: ResponseInfo = field(repr=False, compare=False)
    raw: Mapping[str, Any] = field(repr=False, compare=False)

    @classmethod
    def from_response(cls, response: httpx.Response) -> CommandExecution:
        """Read a command's answer (200 or 202)."""
        data = _data(response)
        attributes, meta = _dict(data.get("attributes")), _dict(data.get("meta"))
        status = _dict(attributes.get("status"))
        duration = meta.get("durationInSeconds")
        return cls(
            command_type=_str(attributes.get("commandType")),
            error=_dict(status["error"]) if isinstance(status.get("error"), Mapping) else None,
            duration_seconds=float(duration)
            if isinstance(duration, int | float) and not isinstance(duration, bool)
            else None,
            **_execution(response, data),
        )


@dataclass(frozen=True, slots=True)
class ChargeScheduleExecution:
    """The result of creating or deleting an API v3 charge schedule (200 or 202).

    Attributes:
        id: the execution id.
        action: ``create`` or ``delete``.
        schedule_type: ``daily``, ``weekly`` or ``workweek``.
        schedule_id: the schedule's id (use it to delete the schedule).
        status: ``status.value``.
        execution_mode: ``sync`` or another mode.
        parameters: the schedule's inputs as echoed.
        schedule_link: ``links.schedule``, the schedule's path.
        accepted: the API answered 202.
        response: status code, request id and headers.
        raw: the resource (``data``) as received.
    """

    id: str
    action: str | None
    schedule_type: str | None
    schedule_id: str | None
    status: str | None
    execution_mode: str | None
    parameters: Mapping[str, Any]
    schedule_link: str | None
    executed_at: dt.datetime | None
    completed_at: dt.datetime | None
    accepted: bool
    response: ResponseInfo = field(repr=False, compare=False)
    raw: Mapping[str, Any] = field(repr=False, compare=False)

    @classmethod
    def from_response(cls, response: httpx.Response) -> ChargeScheduleExecution:
        """Read a charge schedule request's answer (200 or 202)."""
        data = _data(response)
        attributes = _dict(data.get("attributes"))
        return cls(
            action=_str(attributes.get("action")),
            schedule_type=_str(attributes.get("scheduleType")),
            schedule_id=_str(attributes.get("scheduleId")),
            schedule_link=_str(_dict(data.get("links")).get("schedule")),
            **_execution(response, data),
        )


@dataclass(frozen=True, slots=True)
class Connection:
    """A user's connection of a vehicle to the application (API v3).

    Attributes:
        id: the connection's own id (neither the vehicle's nor the user's).
        vehicle_id: ``relationships.vehicle.data.id``.
        user_id: ``relationships.user.data.id``, the value for ``sc-user-id``.
        permissions: the permissions the user granted.
        vehicle: make, model, year, mode, powertrain.
        created_at, updated_at: when it was made and last changed.
        raw: the resource as received.
    """

    id: str
    vehicle_id: str | None
    user_id: str | None
    permissions: tuple[str, ...]
    vehicle: VehicleSummary
    created_at: dt.datetime | None
    updated_at: dt.datetime | None
    raw: Mapping[str, Any] = field(repr=False, compare=False)

    @classmethod
    def from_json(cls, data: Any) -> Connection:
        """Read one connection resource."""
        d = _dict(data)
        attributes, relationships = _dict(d.get("attributes")), _dict(d.get("relationships"))
        meta = _dict(d.get("meta"))
        permissions = attributes.get("permissions")
        return cls(
            id=str(d.get("id", "")),
            vehicle_id=_related_id(relationships, "vehicle"),
            user_id=_related_id(relationships, "user"),
            permissions=tuple(p for p in permissions if isinstance(p, str))
            if isinstance(permissions, list)
            else (),
            vehicle=VehicleSummary.from_json(attributes.get("vehicle")),
            created_at=_time(meta.get("createdAt")),
            updated_at=_time(meta.get("updatedAt")),
            raw=d,
        )


@dataclass(frozen=True, slots=True)
class Webhook:
    """A webhook of the application (made in the Dashboard; Management API v3)."""

    id: str
    name: str | None
    callback_uri: str | None
    error_callback_uri: str | None
    is_enabled: bool | None
    auto_subscribe: bool | None
    triggers: tuple[Mapping[str, Any], ...]
    data: tuple[Mapping[str, Any], ...]
    created_at: dt.datetime | None
    raw: Mapping[str, Any] = field(repr=False, compare=False)

    @classmethod
    def from_json(cls, data: Any) -> Webhook:
        """Read one webhook resource."""
        d = _dict(data)
        a = _dict(d.get("attributes"))

        def flag(name: str) -> bool | None:
            value = a.get(name)
            return value if isinstance(value, bool) else None

        def refs(name: str) -> tuple[Mapping[str, Any], ...]:
            items = a.get(name)
            return tuple(_dict(i) for i in items) if isinstance(items, list) else ()

        return cls(
            id=str(d.get("id", "")),
            name=_str(a.get("name")),
            callback_uri=_str(a.get("callbackUri")),
            error_callback_uri=_str(a.get("errorCallbackUri")),
            is_enabled=flag("isEnabled"),
            auto_subscribe=flag("autoSubscribe"),
            triggers=refs("triggers"),
            data=refs("data"),
            created_at=_time(_dict(d.get("meta")).get("createdAt")),
            raw=d,
        )


@dataclass(frozen=True, slots=True)
class Subscription:
    """A vehicle's subscription to a webhook (Management API v3)."""

    id: str
    webhook_id: str | None
    user_id: str | None
    vehicle_id: str | None
    vehicle: VehicleSummary
    created_at: dt.datetime | None
    updated_at: dt.datetime | None
    raw: Mapping[str, Any] = field(repr=False, compare=False)

    @classmethod
    def from_json(cls, data: Any) -> Subscription:
        """Read one subscription resource."""
        d = _dict(data)
        relationships, meta = _dict(d.get("relationships")), _dict(d.get("meta"))
        return cls(
            id=str(d.get("id", "")),
            webhook_id=_related_id(relationships, "webhook"),
            user_id=_related_id(relationships, "user"),
            vehicle_id=_related_id(relationships, "vehicle"),
            vehicle=VehicleSummary.from_json(_dict(d.get("attributes")).get("vehicle")),
            created_at=_time(meta.get("createdAt")),
            updated_at=_time(meta.get("updatedAt")),
            raw=d,
        )


@dataclass(frozen=True, slots=True)
class SubscriptionAccepted:
    """``POST /subscriptions`` answered 202: the subscription is being created."""

    message: str | None
    response: ResponseInfo = field(repr=False, compare=False)

    @classmethod
    def from_response(cls, response: httpx.Response) -> SubscriptionAccepted:
        """Read the 202 answer."""
        body = response.json()
        if not isinstance(body, dict):
            raise TypeError("the body is not a JSON object")
        return cls(_str(_dict(body.get("meta")).get("message")), ResponseInfo.of(response))


@dataclass(frozen=True, slots=True)
class CompatibleVehicle:
    """A model and year range, with the signals and commands it is compatible with."""

    make: str | None
    model: str | None
    year_start: int | None
    year_end: int | None
    capabilities: tuple[Mapping[str, Any], ...]
    raw: Mapping[str, Any] = field(repr=False, compare=False)

    @classmethod
    def from_json(cls, data: Any) -> CompatibleVehicle:
        """Read one compatible-vehicle item."""
        d = _dict(data)
        a = _dict(d.get("attributes"))
        years = _dict(a.get("years"))
        capabilities = a.get("capabilities")

        def year(name: str) -> int | None:
            value = years.get(name)
            return value if isinstance(value, int) and not isinstance(value, bool) else None

        return cls(
            make=_str(a.get("make")),
            model=_str(a.get("model")),
            year_start=year("start"),
            year_end=year("end"),
            capabilities=tuple(_dict(c) for c in capabilities)
            if isinstance(capabilities, list)
            else (),
            raw=d,
        )


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """One page of an API v3 list.

    Attributes:
        items: the resources on this page.
        total_count: ``meta.totalCount``, if sent.
        next_link: ``links.next``: ``None`` on the last page.
        response: status code, request id and headers.
        model: the generated model of the whole page, where the SDK parsed it with one.
    """

    items: tuple[T, ...]
    total_count: int | None
    next_link: str | None
    response: ResponseInfo = field(repr=False, compare=False)
    model: Any = field(default=None, repr=False, compare=False)
    """The page as the generated model parsed it (``meta``, ``links``, ``included`` ...), for
    lists whose items the SDK takes from it (the signals); ``None`` for the others."""


def _data(response: httpx.Response) -> dict[str, Any]:
    body = response.json()
    if not isinstance(body, dict) or not isinstance(body.get("data"), dict):
        raise TypeError("the body has no 'data' object")
    data: dict[str, Any] = body["data"]
    return data


def page_of(item: Callable[[Any], T]) -> Callable[[httpx.Response], Page[T]]:
    """Converter of a JSON:API list response into a :class:`Page` of ``item``."""

    def convert(response: httpx.Response) -> Page[T]:
        body = response.json()
        if not isinstance(body, dict) or not isinstance(body.get("data"), list):
            raise TypeError("the body has no 'data' list")
        total = _dict(body.get("meta")).get("totalCount")
        return Page(
            tuple(item(d) for d in body["data"]),
            total if isinstance(total, int) and not isinstance(total, bool) else None,
            _str(_dict(body.get("links")).get("next")),
            ResponseInfo.of(response),
        )

    return convert


def model_page(
    parse: Callable[[httpx.Response], Any], items: str
) -> Callable[[httpx.Response], Page[Any]]:
    """Converter of a list the spec types into a :class:`Page`.

    ``parse`` (the registry's converter of its generated model) reads the response; the page
    takes the items of its field ``items``.
    """

    def convert(response: httpx.Response) -> Page[Any]:
        model = parse(response)
        total = getattr(getattr(model, "meta", None), "total_count", None)
        link = getattr(getattr(model, "links", None), "next_", None)
        return Page(
            tuple(getattr(model, items) or ()),
            total if isinstance(total, int) and not isinstance(total, bool) else None,
            link if isinstance(link, str) else None,
            ResponseInfo.of(response),
            model,
        )

    return convert


def resource_of(item: Callable[[Any], T]) -> Callable[[httpx.Response], T]:
    """Converter of a single-resource response (``{"data": {...}}``)."""

    def convert(response: httpx.Response) -> T:
        return item(_data(response))

    return convert


def no_content(response: httpx.Response) -> None:
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
