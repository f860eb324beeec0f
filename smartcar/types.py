"""Typed results of the SDK.

Each result is the generated model of its response body (``smartcar_openapi.models``), extended
with a :class:`Meta` built from the response headers, so attributes keep the official SDK's
snake_case names (``odometer().distance``, ``battery().percent_remaining``) and nested parts are
typed models too (``lock_status().doors[0].status``). Equality ignores ``meta``.

Like the official SDK's namedtuples, results (and the records nested in them) have ``_fields``
in the official order, ``_asdict()``, ``_replace()``, unpacking, indexing and ``len()``; the
order is written once, in ``smartcar._tuple.OFFICIAL_FIELDS``. The official module's other
names (``Paging``, ``Door``, ``build_meta`` ...) resolve here too, as in
:mod:`smartcar.v2_response`.

An optional field that the API left out is ``None``, as Python code expects (never the
generator's ``UNSET`` sentinel), and is typed ``X | None``; ``to_dict()`` still leaves it out,
and writes ``null`` only for a field the API sent as ``null``.

Bodies are read leniently: a required member the body lacks is ``None`` too and is listed in
the result's ``missing_fields``; a value of another type, or an unknown enum value, is kept as
sent; an odd list item stays in its list. ``spec_deviations`` maps each such place (a JSON path)
to what is wrong there, and strict mode (``strict=True``) raises ``InvalidResponseError`` instead.

Fields named after Python builtins get a trailing underscore in the generated models
(``range_``, ``type_``), and a read-only property under the API's own name (``range``, ``type``)
as the official SDK spells it.
"""

from __future__ import annotations

from collections.abc import Callable, ItemsView, Iterator, KeysView, Mapping, ValuesView
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol, Self, TypeVar

import attrs
import httpx2
from smartcar_openapi import models

from ._headers import header
from ._lazy import module_getattr
from ._tuple import TupleLike, _as_nested
from ._values import is_number
from .v3 import _Document

if TYPE_CHECKING:
    from .v3 import Quantity, SignalBody

__all__ = [
    "Access",
    "AvailableCapacity",
    "Capability",
    "Compatibility",
    "CompatibilityMatrix",
    "Connection",
    "DeletedConnection",
    "DiagnosticSystem",
    "DiagnosticTroubleCode",
    "LockStatusItem",
    "Meta",
    "NominalCapacity",
    "Paging",
    "PagingCursor",
    "Response",
    "SelectedCapacity",
    "ServiceHistory",
    "ServiceRecord",
    "Signal",
    "SignalResource",
    "Signals",
    "V3Vehicle",
]


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


# -- records nested in results: the official namedtuples' protocol, typed -------------------------


@attrs.define
class Paging(TupleLike, models.Paging):
    """Offset paging of vehicles and permissions (``count``, ``offset``)."""

    _replaces = models.Paging


@attrs.define
class PagingCursor(TupleLike, models.CursorPaging):
    """Cursor paging of management connections (``cursor``)."""

    _replaces = models.CursorPaging


@attrs.define
class Connection(TupleLike, models.Connection):
    """A vehicle connection (``vehicle_id``, ``user_id``, ``connected_at``)."""

    _replaces = models.Connection


@attrs.define
class DeletedConnection(TupleLike, models.DeletedConnection):
    """A deleted vehicle connection (``vehicle_id``, ``user_id``, ``connected_at``)."""

    _official_name = "Connection"
    _replaces = models.DeletedConnection


@attrs.define
class Capability(TupleLike, models.Capability):
    """One permission's capability (``permission``, ``endpoint``, ``capable``, ``reason``)."""

    _replaces = models.Capability


@attrs.define
class DiagnosticSystem(TupleLike, models.DiagnosticSystem):
    """One vehicle system's health (``system_id``, ``status``, ``description``)."""

    _replaces = models.DiagnosticSystem


@attrs.define
class DiagnosticTroubleCode(TupleLike, models.DiagnosticTroubleCode):
    """One active diagnostic trouble code (``code``, ``timestamp``)."""

    _replaces = models.DiagnosticTroubleCode


@attrs.define
class AvailableCapacity(TupleLike, models.AvailableCapacity):
    """One selectable nominal capacity (``capacity``, ``description``)."""

    _replaces = models.AvailableCapacity


@attrs.define
class SelectedCapacity(TupleLike, models.NominalCapacityValue):
    """The selected nominal capacity (``nominal``, ``source``)."""

    _replaces = models.NominalCapacityValue


@attrs.define
class LockStatusItem(TupleLike, models.LockStatusItem):
    """A door, window, sunroof, storage or charging port (``type``, ``status``).

    The official SDK's ``Door``, ``Window``, ``Sunroof``, ``Storage`` and ``ChargingPort``.
    """

    _official_name = "Door"
    _replaces = models.LockStatusItem


def _meta_field() -> Any:
    return attrs.field(factory=Meta, kw_only=True, eq=False)


@attrs.define
class NominalCapacity(TupleLike, models.NominalCapacity):
    """Nominal battery capacity, the capacities to choose from, and a selection ``url``."""

    meta: Meta = _meta_field()

    _official_name = "NominalCapcity"

    @property
    def availableCapacities(self) -> list[models.AvailableCapacity]:
        """The official SDK's (camelCase) name for ``available_capacities``."""
        return self.available_capacities


@attrs.define
class Compatibility(TupleLike, models.Compatibility):
    """Whether a VIN is ``compatible``, why not (``reason``), and per-permission capabilities.

    The official ``CompatibilityV2``; with API version ``"1.0"`` the result is a
    :class:`CompatibilityV1`.
    """

    meta: Meta = _meta_field()

    _official_name = "CompatibilityV2"


@attrs.define
class CompatibilityV1(Compatibility):
    """Compatibility from API version 1.0: ``compatible`` and ``meta``, as the official SDK."""

    _official_name = "CompatibilityV1"

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a version 1.0 body, which has only ``compatible`` (``reason`` is ``None``)."""
        return super().from_dict({"reason": None, **src_dict})


@attrs.define
class CompatibilityMatrixModel(TupleLike, models.CompatibilityMatrixEntry):
    """One compatible model of a make: the official ``CompatibilityMatrixModel`` namedtuple.

    ``start_year``/``end_year`` are also ``startYear``/``endYear``, as the official SDK names them.
    """

    _replaces = models.CompatibilityMatrixEntry

    @property
    def startYear(self) -> int:
        """The official SDK's (camelCase) name for ``start_year``."""
        return self.start_year

    @property
    def endYear(self) -> int:
        """The official SDK's (camelCase) name for ``end_year``."""
        return self.end_year


@attrs.define
class CompatibilityMatrix(models.CompatibilityMatrix):
    """Compatible models keyed by upper-case make (``matrix["TESLA"]``).

    The official SDK returns a plain ``dict`` of make to models; this result is a read-only
    mapping like it: ``matrix["TESLA"]``, ``"TESLA" in matrix``, ``for make in matrix``,
    ``matrix.items()``, ``keys()``, ``values()``, ``get()`` and ``len()``.
    """

    meta: Meta = _meta_field()

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the JSON body; each model is a :class:`CompatibilityMatrixModel`.

        Leniently, as every model: an odd entry (or a make's value that is not a list) is
        kept as sent and recorded in ``spec_deviations``.
        """
        matrix = super().from_dict(src_dict)
        for _make, entries in matrix.additional_properties.items():
            if isinstance(entries, list):
                entries[:] = [_as_nested(entry) for entry in entries]
        return matrix

    def __iter__(self) -> Iterator[str]:
        return iter(self.additional_properties)

    def __len__(self) -> int:
        return len(self.additional_properties)

    def keys(self) -> KeysView[str]:
        """The makes, as ``dict.keys()``."""
        return self.additional_properties.keys()

    def values(self) -> ValuesView[list[models.CompatibilityMatrixEntry]]:
        """The models of each make, as ``dict.values()``."""
        return self.additional_properties.values()

    def items(self) -> ItemsView[str, list[models.CompatibilityMatrixEntry]]:
        """``(make, models)`` pairs, as ``dict.items()``."""
        return self.additional_properties.items()

    def get(
        self, make: str, default: list[models.CompatibilityMatrixEntry] | None = None
    ) -> list[models.CompatibilityMatrixEntry] | None:
        """The models of ``make``, or ``default``, as ``dict.get()``."""
        return self.additional_properties.get(make, default)


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


# The result classes that only add ``meta`` to their generated model: one per v2.0 result and
# Vehicle read without a class above, written by `make regen` from the spec (the schema's
# ``x-smartcar-class`` names it, its ``description`` documents it; scripts/_sections.py).
# <generated results>: written by `make regen` from spec/smartcar.yaml; do not edit


@attrs.define
class User(TupleLike, models.User):
    """The user who authorised the access token (``id``)."""

    meta: Meta = _meta_field()


@attrs.define
class Vehicles(TupleLike, models.VehicleList):
    """Vehicle ids authorised by an access token (``vehicles``) and ``paging``."""

    meta: Meta = _meta_field()


@attrs.define
class Attributes(TupleLike, models.VehicleAttributes):
    """A vehicle's ``id``, ``make`` (upper case), ``model`` and ``year``."""

    meta: Meta = _meta_field()


@attrs.define
class Vin(TupleLike, models.Vin):
    """A vehicle's VIN (``vin``)."""

    meta: Meta = _meta_field()


@attrs.define
class Odometer(TupleLike, models.Odometer):
    """Odometer reading: ``distance`` in km (metric) or miles (imperial)."""

    meta: Meta = _meta_field()


@attrs.define
class Location(TupleLike, models.Location):
    """Last known ``latitude`` and ``longitude`` in degrees (WGS84)."""

    meta: Meta = _meta_field()


@attrs.define
class Fuel(TupleLike, models.Fuel):
    """Fuel tank: ``amount_remaining`` (l/gal), ``percent_remaining`` (0–1), ``range`` (km/mi)."""

    meta: Meta = _meta_field()


@attrs.define
class Battery(TupleLike, models.Battery):
    """EV battery: ``percent_remaining`` (0–1) and ``range`` (km/mi)."""

    meta: Meta = _meta_field()


@attrs.define
class BatteryCapacity(TupleLike, models.BatteryCapacity):
    """Total battery ``capacity`` in kWh (deprecated endpoint; see ``nominal_capacity``)."""

    meta: Meta = _meta_field()


@attrs.define
class Charge(TupleLike, models.ChargeStatus):
    """Charging status: ``is_plugged_in`` and ``state`` (CHARGING, FULLY_CHARGED, ...)."""

    meta: Meta = _meta_field()


@attrs.define
class Action(TupleLike, models.ActionResponse):
    """Result of a vehicle command: ``status`` (``"success"``) and ``message``."""

    meta: Meta = _meta_field()


@attrs.define
class ChargeLimit(TupleLike, models.ChargeLimit):
    """The charge ``limit``, a fraction 0.5–1."""

    meta: Meta = _meta_field()


@attrs.define
class LockStatus(TupleLike, models.LockStatus):
    """Lock status: ``is_locked`` and the status of ``doors``, ``windows``, ``sunroof`` ..."""

    meta: Meta = _meta_field()


@attrs.define
class TirePressure(TupleLike, models.TirePressure):
    """Tire pressures in kPa (metric) or psi (imperial): ``front_left`` ... ``back_right``."""

    meta: Meta = _meta_field()


@attrs.define
class EngineOil(TupleLike, models.EngineOil):
    """Remaining engine oil life (``life_remaining``), a fraction 0–1."""

    meta: Meta = _meta_field()


@attrs.define
class Permissions(TupleLike, models.Permissions):
    """Permissions granted for a vehicle (``permissions``) and ``paging``."""

    meta: Meta = _meta_field()


@attrs.define
class Status(TupleLike, models.DisconnectResponse):
    """Result of a call that only reports a ``status`` (``"success"``)."""

    meta: Meta = _meta_field()


@attrs.define
class Subscribe(TupleLike, models.WebhookSubscription):
    """A webhook subscription: ``webhook_id`` and ``vehicle_id``."""

    meta: Meta = _meta_field()


@attrs.define
class DiagnosticSystemStatus(TupleLike, models.DiagnosticSystemStatus):
    """Health of the vehicle's systems (``systems``: ``system_id``, ``status``, ...)."""

    meta: Meta = _meta_field()


@attrs.define
class DiagnosticTroubleCodes(TupleLike, models.DiagnosticTroubleCodes):
    """Active diagnostic trouble codes (``active_codes``: ``code``, ``timestamp``)."""

    meta: Meta = _meta_field()


@attrs.define
class GetConnections(TupleLike, models.Connections):
    """A page of vehicle connections (``connections``) and the cursor ``paging``."""

    meta: Meta = _meta_field()


@attrs.define
class DeleteConnections(TupleLike, models.DeletedConnections):
    """The vehicle connections that were deleted (``connections``).

    Each has ``connected_at``, ``None`` when the API does not say (as in the official SDK).
    """

    meta: Meta = _meta_field()


__all__ += [
    "Action",
    "Attributes",
    "Battery",
    "BatteryCapacity",
    "Charge",
    "ChargeLimit",
    "DeleteConnections",
    "DiagnosticSystemStatus",
    "DiagnosticTroubleCodes",
    "EngineOil",
    "Fuel",
    "GetConnections",
    "Location",
    "LockStatus",
    "Odometer",
    "Permissions",
    "Status",
    "Subscribe",
    "TirePressure",
    "User",
    "Vehicles",
    "Vin",
]

# </generated results>


@attrs.define
class V3Vehicle(V3Shape, models.VehicleV3Document, _Document):
    """A vehicle from the v3 Vehicles API, the JSON:API document ``{"data": {...}}``.

    ``id``, ``type``, ``attributes`` (``make``, ``model``, ``year``, ``powertrain_type``,
    ``mode``) and ``links`` read the document's ``data``, the vehicle resource.
    ``response_meta`` holds the response headers' meta, ``response_headers`` the headers;
    ``vehicle["body"]`` and ``vehicle["headers"]`` give the official dict's view.
    """

    response_meta: Meta = attrs.field(factory=Meta, kw_only=True, eq=False)
    response_headers: Mapping[str, str] = _headers_field()

    @property
    def attributes(self) -> models.VehicleV3Attributes:
        """Make, model, year, powertrain type and mode (``data.attributes``)."""
        return self.data.attributes


@attrs.define
class SignalResource(models.Signal):
    """One v3 signal resource, an item of a signal page and the ``data`` of a signal.

    It has ``attributes`` (``code``, ``status``, ``body``), ``meta`` (its times, aware
    datetimes, each ``None`` when not sent) and ``links``.

    A signal that could not be read says so in ``attributes.status`` (``value`` ``ERROR`` with
    ``error``); ``error`` gives that error directly.
    """

    @property
    def typed_body(self) -> SignalBody | Quantity | Mapping[str, Any] | None:
        """The body, typed where the spec maps this code to a schema: see ``v3.signal_body``."""
        from .v3 import signal_body  # here: only readers of typed bodies need it

        return signal_body(self)

    @property
    def error(self) -> models.SignalError | None:
        """Why the signal could not be read: ``attributes.status.error``, else ``None``."""
        status = self.attributes.status if self.attributes is not None else None
        return status.error if status is not None else None


@attrs.define
class Signal(V3Shape, models.SignalDocument, _Document):
    """One v3 signal, the JSON:API document ``{"data": {...}, "included": {"vehicle": ...}}``.

    ``id``, ``type``, ``attributes``, ``meta``, ``links``, ``typed_body`` and ``error`` read the
    signal resource (``data``); ``vehicle`` is ``included.vehicle``.
    ``response_meta`` holds the response headers' meta, ``response_headers`` the headers;
    ``signal["body"]`` and ``signal["headers"]`` give the official dict's view.
    """

    response_meta: Meta = attrs.field(factory=Meta, kw_only=True, eq=False)
    response_headers: Mapping[str, str] = _headers_field()

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the document; its ``data`` becomes a :class:`SignalResource`."""
        document = super().from_dict(src_dict)
        document.data = _retyped(SignalResource, document.data)
        return document

    @property
    def resource(self) -> SignalResource:
        """The signal resource (``data``)."""
        resource: SignalResource = self.data  # type: ignore[assignment]
        return resource

    @property
    def attributes(self) -> models.SignalAttributes:
        """Code, name, group, status and body (``data.attributes``)."""
        return self.data.attributes

    @property
    def meta(self) -> models.SignalResourceMeta | None:
        """The signal's times (``data.meta``)."""
        return self.data.meta

    @property
    def vehicle(self) -> models.VehicleV3 | None:
        """The vehicle the document includes (``included.vehicle``), if any."""
        return self.included.vehicle if self.included is not None else None

    @property
    def typed_body(self) -> SignalBody | Quantity | Mapping[str, Any] | None:
        """The body, typed where the spec maps this code to a schema: see ``v3.signal_body``."""
        return self.resource.typed_body

    @property
    def error(self) -> models.SignalError | None:
        """Why the signal could not be read (``data.attributes.status.error``), else ``None``."""
        return self.resource.error


@attrs.define
class Signals(V3Shape, models.SignalList):
    """One page of v3 signals.

    ``data`` holds the signals (each a :class:`SignalResource`), ``meta`` ``total_count``,
    ``page_size`` and ``page_number``, then ``links`` and ``included``.

    ``response_meta`` holds the response headers' meta, ``response_headers`` the headers;
    ``signals["body"]`` and ``signals["headers"]`` give the official dict's view.
    """

    response_meta: Meta = attrs.field(factory=Meta, kw_only=True, eq=False)
    response_headers: Mapping[str, str] = _headers_field()

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the page; each item becomes a :class:`SignalResource`."""
        page = super().from_dict(src_dict)
        if isinstance(page.data, list):
            page.data = [_retyped(SignalResource, item) for item in page.data]
        return page


@attrs.define
class ServiceRecord(models.ServiceRecord):
    """One service record, typed; ``record["odometerDistance"]`` reads its JSON as well.

    The official SDK's service history holds the raw JSON objects, so code written for it
    indexes records by the API's (camelCase) keys; that keeps working here.
    """

    def __getitem__(self, key: str) -> Any:
        return self.to_dict()[key]

    def __contains__(self, key: object) -> bool:
        return key in self.to_dict()

    def get(self, key: str, default: Any = None) -> Any:
        """The JSON value of ``key``, or ``default``, as ``dict.get``."""
        return self.to_dict().get(key, default)

    def keys(self) -> KeysView[str]:
        """The JSON keys of the record, as ``dict.keys``."""
        return self.to_dict().keys()


@attrs.define
class ServiceHistory(TupleLike):
    """Service records of a vehicle (``items``), as the official SDK wraps them."""

    items: list[models.ServiceRecord]
    meta: Meta = _meta_field()


@attrs.define
class Response(TupleLike):
    """Result of :meth:`Vehicle.request`: the decoded ``body`` and ``meta``.

    Attributes:
        body: the decoded JSON body (``None`` when empty).
        meta: the response headers' meta.
        status_code: the HTTP status.
        headers: all response headers.
    """

    body: Any
    meta: Meta = _meta_field()
    status_code: int = 200
    headers: dict[str, str] = attrs.field(factory=dict, eq=False)


# -- conversion helpers used by the operations --------------------------------------------------


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


# -- tokens -------------------------------------------------------------------------------------

REFRESH_TOKEN_LIFETIME = timedelta(days=60)
"""Refresh tokens are valid for 60 days (Smartcar does not return this)."""


@dataclass(frozen=True, slots=True)
class Access(TupleLike):
    """Tokens from the OAuth token endpoint, with their expirations.

    The expirations are computed when the tokens are received (Smartcar only returns
    ``expires_in``) and are timezone-aware UTC. ``access["refresh_token"]`` works as well as
    ``access.refresh_token``; like the official namedtuple, an Access unpacks, indexes and has
    ``_fields``, ``_asdict()`` and ``_replace()``; and :meth:`to_dict`/:meth:`from_dict`
    round-trip through JSON, so an Access can be stored in a database and loaded back.

    Attributes:
        access_token: Bearer token for the vehicle API (valid 2 hours).
        token_type: ``"Bearer"``.
        expires_in: Lifetime of the access token in seconds, as returned.
        expiration: When the access token expires.
        refresh_token: Token to get a new access token (valid 60 days, rotated on use).
        refresh_expiration: When the refresh token expires.
    """

    access_token: str = field(repr=False)
    token_type: str
    expires_in: int
    expiration: datetime
    refresh_token: str = field(repr=False)
    refresh_expiration: datetime

    @classmethod
    def from_token_response(
        cls, token: models.TokenResponse, now: datetime | None = None
    ) -> Access:
        """Build an Access from the token endpoint's response, received at ``now``."""
        received = now or datetime.now(UTC)
        return cls(
            access_token=token.access_token,
            token_type=token.token_type,
            expires_in=token.expires_in,
            expiration=received + timedelta(seconds=token.expires_in),
            refresh_token=token.refresh_token,
            refresh_expiration=received + REFRESH_TOKEN_LIFETIME,
        )

    def is_expired(self, *, leeway: float = 0.0, now: datetime | None = None) -> bool:
        """Whether the access token has expired (or will within ``leeway`` seconds)."""
        current = now or datetime.now(UTC)
        return current + timedelta(seconds=leeway) >= self.expiration

    def is_refresh_expired(self, *, leeway: float = 0.0, now: datetime | None = None) -> bool:
        """Whether the refresh token has expired (or will within ``leeway`` seconds)."""
        current = now or datetime.now(UTC)
        return current + timedelta(seconds=leeway) >= self.refresh_expiration

    def _getitem_key(self, key: str) -> Any:
        # access["refresh_token"] as well as access[4], as a dict and a namedtuple allow.
        if key not in self._fields:
            raise KeyError(key)
        return getattr(self, key)

    def keys(self) -> tuple[str, ...]:
        """The field names, so ``dict(access)`` works."""
        return self._fields

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe dict (expirations as ISO 8601 strings)."""
        return {
            "access_token": self.access_token,
            "token_type": self.token_type,
            "expires_in": self.expires_in,
            "expiration": self.expiration.isoformat(),
            "refresh_token": self.refresh_token,
            "refresh_expiration": self.refresh_expiration.isoformat(),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Access:
        """Load an Access saved with :meth:`to_dict` (datetimes or ISO strings accepted).

        Raises:
            InvalidInputError: ``data`` is not a mapping, or a field is missing or of the wrong
                type; the message names the field and the type it needs, never its value.
        """
        from .exceptions import InvalidInputError

        if not isinstance(data, Mapping):
            raise InvalidInputError(
                f"Access.from_dict needs a dict of token fields, got {type(data).__name__}"
            )

        def field_of(name: str, kind: str, read: Callable[[Any], Any]) -> Any:
            if name not in data:
                raise InvalidInputError(f"the Access field {name!r} is missing")
            try:
                return read(data[name])
            except (TypeError, ValueError, OverflowError):
                raise InvalidInputError(
                    f"the Access field {name!r} must be {kind}, got {type(data[name]).__name__}"
                ) from None

        def text(value: Any) -> str:
            if not isinstance(value, str) or not value:
                raise TypeError
            return value

        def count(value: Any) -> int:
            # Integral numbers and their decimal strings, as older files may hold either.
            if not (is_number(value) or isinstance(value, str)):
                raise TypeError
            return int(value)

        def when(value: Any) -> datetime:
            if not isinstance(value, datetime | str):
                raise TypeError
            parsed = value if isinstance(value, datetime) else datetime.fromisoformat(value)
            return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)

        token_type = data.get("token_type", "Bearer")
        return cls(
            access_token=field_of("access_token", "a non-empty string", text),
            token_type=token_type if isinstance(token_type, str) else "Bearer",
            expires_in=field_of("expires_in", "an integer number of seconds", count),
            expiration=field_of("expiration", "an ISO 8601 date and time", when),
            refresh_token=field_of("refresh_token", "a non-empty string", text),
            refresh_expiration=field_of("refresh_expiration", "an ISO 8601 date and time", when),
        )


# -- the official SDK's other names ---------------------------------------------------------------

# `smartcar.types` is the older name of the official `smartcar.v2_response`: its other names
# (Paging, Door, build_meta ...) resolve here too, from _official_results, on first use.
_OFFICIAL_EXTRAS = (
    "ChargingPort",
    "CompatibilityV2",
    "Door",
    "NominalCapcity",
    "Reason",
    "ServiceCost",
    "ServiceDetail",
    "ServiceTask",
    "Storage",
    "Sunroof",
    "Window",
    "build_meta",
    "format_capabilities",
    "generate_named_tuple",
    "make_access_object",
    "select_named_tuple",
)

if TYPE_CHECKING:
    from ._official_results import (  # noqa: F401 (re-exported names of the official module)
        ChargingPort,
        CompatibilityV2,
        Door,
        NominalCapcity,
        Reason,
        ServiceCost,
        ServiceDetail,
        ServiceTask,
        Storage,
        Sunroof,
        Window,
        build_meta,
        format_capabilities,
        generate_named_tuple,
        make_access_object,
        select_named_tuple,
    )
else:
    # The official SDK's other result names, from smartcar._official_results when read.
    __getattr__ = module_getattr(
        globals(), {name: f"smartcar._official_results:{name}" for name in _OFFICIAL_EXTRAS}
    )
