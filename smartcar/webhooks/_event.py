"""The typed webhook event, read leniently from a delivery's JSON.

Smartcar's live deliveries differ from its documents (top-level ``triggers``, signals named as
``"Group.Name"`` strings or ``{code, name, group}`` objects, ``meta`` without ``version``, epoch
milliseconds where ``0`` means unknown). Reading is lenient: a member of the wrong JSON type is
left out of the typed field (``None``), kept in ``raw``, and recorded in ``deviations``; with
``strict=True`` any deviation raises :class:`WebhookPayloadError` instead.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from ._errors import WebhookPayloadError
from ._reader import Reader as _Reader
from ._reader import json_type as _json_type

if TYPE_CHECKING:
    from ..v3 import Quantity, SignalBody

__all__ = [
    "DeliveryMeta",
    "Signal",
    "SignalError",
    "SignalRef",
    "Trigger",
    "VehicleError",
    "WebhookEvent",
    "WebhookVehicle",
    "read_event",
]


@dataclass(frozen=True, slots=True)
class SignalRef:
    """A signal named in a trigger or an error, from either form Smartcar sends.

    Attributes:
        code: the signal code (``tractionbattery-stateofcharge``). For a ``"Group.Name"``
            string it is derived as ``group-name`` in lower case, the form of every code.
        name: ``StateOfCharge``.
        group: ``TractionBattery``.
        raw: what was sent: the ``"Group.Name"`` string or the object.
    """

    code: str | None
    name: str | None
    group: str | None
    raw: str | Mapping[str, Any] = field(repr=False)

    @property
    def path(self) -> str | None:
        """The ``"Group.Name"`` form, when both are known."""
        return f"{self.group}.{self.name}" if self.group and self.name else None


@dataclass(frozen=True, slots=True)
class Trigger:
    """Why the event was delivered: its ``type`` and the signal it names, if any.

    ``type`` is ``SIGNAL_UPDATED``, ``FIRST_DELIVERY`` ...
    """

    type: str | None
    signal: SignalRef | None
    raw: Mapping[str, Any] = field(repr=False)


@dataclass(frozen=True, slots=True)
class SignalError:
    """Why a delivered signal could not be read (its ``status.error``)."""

    type: str | None
    code: str | None
    detail: str | None
    resolution: str | None
    raw: Mapping[str, Any] = field(repr=False)


@dataclass(frozen=True, slots=True)
class Signal:
    """One delivered signal.

    Attributes:
        body: typed where the spec maps the code to a body schema (see
            :func:`smartcar.v3.signal_body`), else a ``Quantity`` or the raw mapping; kept
            even when the status is ``ERROR``, since such a signal may still carry a body.
        status: ``SUCCESS``, ``ERROR``, ``UNAVAILABLE`` ... (``None`` when absent).
        retrieved_at, oem_updated_at, ingested_at: aware UTC datetimes; ``None`` when absent
            or ``0`` (unknown).
    """

    code: str | None
    name: str | None
    group: str | None
    body: SignalBody | Quantity | Mapping[str, Any] | None
    status: str | None
    error: SignalError | None
    retrieved_at: dt.datetime | None
    oem_updated_at: dt.datetime | None
    ingested_at: dt.datetime | None
    raw: Mapping[str, Any] = field(repr=False)


@dataclass(frozen=True, slots=True)
class VehicleError:
    """One error of a ``VEHICLE_ERROR`` event, with the signals it affects."""

    type: str | None
    code: str | None
    description: str | None
    doc_url: str | None
    resolution: str | None
    suggested_user_message: str | None
    state: str | None
    signals: tuple[SignalRef, ...]
    raw: Mapping[str, Any] = field(repr=False)


@dataclass(frozen=True, slots=True)
class WebhookVehicle:
    """The vehicle of the event (``data.vehicle``)."""

    id: str | None
    make: str | None
    model: str | None
    year: int | None
    powertrain_type: str | None
    raw: Mapping[str, Any] = field(repr=False)


@dataclass(frozen=True, slots=True)
class DeliveryMeta:
    """The delivery's ``meta``; any member may be absent (``None``).

    ``delivered_at`` and ``delivery_time`` are aware UTC datetimes (sent as epoch milliseconds).
    """

    delivery_id: str | None
    delivered_at: dt.datetime | None
    delivery_time: dt.datetime | None
    mode: str | None
    version: str | None
    webhook_id: str | None
    webhook_name: str | None
    signal_count: int | None
    raw: Mapping[str, Any] = field(repr=False)


@dataclass(frozen=True, slots=True)
class WebhookEvent:
    """A verified webhook delivery, typed.

    Attributes:
        event_type: ``VERIFY``, ``VEHICLE_STATE``, ``VEHICLE_ERROR`` (v4), or a v2.0
            ``eventName`` (``verify`` reads ``VERIFY``; others as sent).
        event_id: stable across retries (``None`` for a VERIFY sent without one).
        vehicle_id: the top-level ``vehicleId``, else ``data.vehicle.id``.
        user_id: ``data.user.id``: the value for ``sc-user-id`` in API v3 calls.
        triggers: why it was delivered (top-level ``triggers``).
        signals: the delivered signals (``VEHICLE_STATE``).
        errors: the errors (``VEHICLE_ERROR``).
        challenge: the challenge of a ``VERIFY``.
        version: ``"4.0"`` or ``"2.0"``: the payload format.
        raw: the whole JSON body.
        deviations: what differed from the spec, one line each; empty for a body that matches.
    """

    event_type: str
    event_id: str | None
    vehicle_id: str | None
    user_id: str | None
    vehicle: WebhookVehicle | None
    triggers: tuple[Trigger, ...]
    signals: tuple[Signal, ...]
    errors: tuple[VehicleError, ...]
    challenge: str | None
    meta: DeliveryMeta
    version: str
    raw: Mapping[str, Any] = field(repr=False)
    deviations: tuple[str, ...] = ()

    @property
    def key(self) -> str | None:
        """What identifies the event across retries: ``eventId``, else ``meta.deliveryId``."""
        return self.event_id or self.meta.delivery_id

    def signal(self, code: str) -> Signal | None:
        """The delivered signal with this code, if any."""
        return next((s for s in self.signals if s.code == code), None)


def _ref(r: _Reader, value: Any, where: str) -> SignalRef | None:
    if isinstance(value, str):
        group, dot, name = value.partition(".")
        if not (dot and group and name):
            r.note(where, f"expected 'Group.Name', got {value!r}")
            return SignalRef(None, value or None, None, value)
        return SignalRef(f"{group}-{name}".lower(), name, group, value)
    if isinstance(value, Mapping):
        code, named, grouped = (r.text(value, k, where) for k in ("code", "name", "group"))
        if code is None and named and grouped:
            code = f"{grouped}-{named}".lower()
        return SignalRef(code, named, grouped, value)
    r.note(where, f"expected a signal reference (object or string), got {_json_type(value)}")
    return None


def _trigger(r: _Reader, value: Mapping[str, Any], where: str) -> Trigger:
    signal = value.get("signal")
    if signal is None and ("code" in value or "name" in value):
        signal = {k: value[k] for k in ("code", "name", "group") if k in value}  # older pages
    ref = None if signal is None else _ref(r, signal, f"{where}.signal")
    return Trigger(r.text(value, "type", where), ref, value)


def _signal(r: _Reader, value: Mapping[str, Any], where: str) -> Signal:
    from ..v3 import signal_body  # here: the body models load with the first signal

    code = r.text(value, "code", where)
    status = r.obj(value, "status", where)
    error = r.obj(status, "error", f"{where}.status")
    meta = r.obj(value, "meta", where)
    body = value.get("body")
    typed = signal_body(body, code=code) if isinstance(body, Mapping) else None
    if body is not None and not isinstance(body, Mapping):
        r.note(f"{where}.body", f"expected object, got {_json_type(body)}")
    resolution = error.get("resolution")
    return Signal(
        code,
        r.text(value, "name", where),
        r.text(value, "group", where),
        typed,
        r.text(status, "value", f"{where}.status"),
        SignalError(
            r.text(error, "type", f"{where}.status.error"),
            r.get(error, "code", "string|null", f"{where}.status.error"),
            error.get("detail") if isinstance(error.get("detail"), str) else None,
            _resolution(resolution),
            error,
        )
        if error
        else None,
        r.time(meta, "retrievedAt", f"{where}.meta"),
        r.time(meta, "oemUpdatedAt", f"{where}.meta"),
        r.time(meta, "ingestedAt", f"{where}.meta"),
        value,
    )


def _resolution(value: Any) -> str | None:
    if isinstance(value, Mapping):
        kind = value.get("type")
        return kind if isinstance(kind, str) else None
    return value if isinstance(value, str) else None


def _error(r: _Reader, value: Mapping[str, Any], where: str) -> VehicleError:
    signals = enumerate(r.items(value, "signals", where))
    refs = (_ref(r, s, f"{where}.signals[{i}]") for i, s in signals)
    return VehicleError(
        r.text(value, "type", where),
        r.get(value, "code", "string|null", where),
        r.text(value, "description", where),
        r.text(value, "docURL", where),
        _resolution(value.get("resolution")),
        r.text(value, "suggestedUserMessage", where),
        r.text(value, "state", where),
        tuple(ref for ref in refs if ref is not None),
        value,
    )


def _each(r: _Reader, values: list[Any], where: str) -> list[tuple[Mapping[str, Any], str]]:
    found = []
    for index, value in enumerate(values):
        path = f"{where}[{index}]"
        if isinstance(value, Mapping):
            found.append((value, path))
        else:
            r.note(path, f"expected object, got {_json_type(value)}")
    return found


def read_event(body: Mapping[str, Any], *, strict: bool = False) -> WebhookEvent:
    """The typed event of a delivery's JSON object (v4 event or v2.0 payload).

    Raises:
        WebhookPayloadError: the object is no webhook event (neither ``eventType`` nor
            ``eventName``), or ``strict`` is set and the body deviates from the spec.
    """
    r = _Reader()
    if isinstance(body.get("eventType"), str):
        event = _read_v4(r, body)
    elif isinstance(body.get("eventName"), str):
        event = _read_v2(r, body)
    else:
        raise WebhookPayloadError(
            "webhook body has neither eventType (v4) nor eventName (v2.0) as a string"
        )
    if strict and r.deviations:
        error = WebhookPayloadError(
            "webhook body deviates from the spec (strict mode): " + "; ".join(r.deviations[:10])
        )
        error.deviations = tuple(r.deviations)
        raise error
    return replace(event, deviations=tuple(r.deviations))


def _meta(r: _Reader, meta: Mapping[str, Any]) -> DeliveryMeta:
    return DeliveryMeta(
        r.text(meta, "deliveryId", "meta"),
        r.time(meta, "deliveredAt", "meta", iso=True),
        r.time(meta, "deliveryTime", "meta"),
        r.text(meta, "mode", "meta"),
        r.text(meta, "version", "meta"),
        r.text(meta, "webhookId", "meta"),
        r.text(meta, "webhookName", "meta"),
        r.get(meta, "signalCount", "integer", "meta"),
        meta,
    )


def _read_v4(r: _Reader, body: Mapping[str, Any]) -> WebhookEvent:
    event_type: str = body["eventType"]
    verify = event_type == "VERIFY"
    data = r.obj(body, "data", "", required=True)
    vehicle_raw = r.obj(data, "vehicle", "data")
    vehicle = None
    if vehicle_raw:
        vehicle = WebhookVehicle(
            r.text(vehicle_raw, "id", "data.vehicle"),
            r.text(vehicle_raw, "make", "data.vehicle"),
            r.text(vehicle_raw, "model", "data.vehicle"),
            r.get(vehicle_raw, "year", "integer", "data.vehicle"),
            r.text(vehicle_raw, "powertrainType", "data.vehicle"),
            vehicle_raw,
        )
    triggers = r.items(body, "triggers", "")
    where = "triggers"
    if "triggers" not in body and "triggers" in data:  # the place some documents show
        triggers, where = r.items(data, "triggers", "data"), "data.triggers"
    return WebhookEvent(
        event_type=event_type,
        event_id=r.text(body, "eventId", "", required=not verify),
        vehicle_id=r.text(body, "vehicleId", "") or (vehicle.id if vehicle else None),
        user_id=r.text(r.obj(data, "user", "data"), "id", "data.user"),
        vehicle=vehicle,
        triggers=tuple(_trigger(r, t, w) for t, w in _each(r, triggers, where)),
        signals=tuple(
            _signal(r, s, w) for s, w in _each(r, r.items(data, "signals", "data"), "data.signals")
        ),
        errors=tuple(
            _error(r, e, w) for e, w in _each(r, r.items(data, "errors", "data"), "data.errors")
        ),
        challenge=r.text(data, "challenge", "data", required=True) if verify else None,
        meta=_meta(r, r.obj(body, "meta", "")),
        version="4.0",
        raw=body,
    )


def _read_v2(r: _Reader, body: Mapping[str, Any]) -> WebhookEvent:
    name: str = body["eventName"]
    payload = r.obj(body, "payload", "")
    verify = name == "verify"
    meta = {k: body[k] for k in ("version", "webhookId", "mode") if k in body}
    return WebhookEvent(
        event_type="VERIFY" if verify else name,
        event_id=r.text(payload, "eventId", "payload"),
        vehicle_id=r.text(payload, "vehicleId", "payload"),
        user_id=None,
        vehicle=None,
        triggers=(),
        signals=(),
        errors=(),
        challenge=r.text(payload, "challenge", "payload", required=True) if verify else None,
        meta=_meta(r, meta),
        version="2.0",
        raw=body,
    )
