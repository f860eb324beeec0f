"""Reading a delivery: the generated webhook models of the spec, then the typed event.

A delivery is read by the generated models of ``smartcar_openapi`` (``WebhookV4VehicleStateEvent``,
``WebhookV4VehicleErrorEvent``, ``WebhookV4VerifyEvent``, ``WebhookV4Event``, ``WebhookV2Payload``),
which read leniently: a member of the wrong JSON type is kept as sent and recorded in the model's
``spec_deviations``. What the spec cannot say is added here: aware datetimes from epoch
milliseconds (``0`` means unknown), signal references read alike from a ``"Group.Name"`` string
or a ``{code, name, group}`` object, signal bodies typed where the spec maps the code, and typed
fields that read ``None`` where the model kept an odd value. The event's ``deviations`` are the
model's records and the SDK's own; ``strict=True`` raises :class:`WebhookPayloadError` on any.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import replace
from enum import Enum
from typing import Any

from smartcar_openapi import models
from smartcar_openapi.types import MISSING

from . import _event as e  # the event classes, named e.Signal ... here
from ._errors import WebhookPayloadError

__all__ = ["payload_model", "read_event"]


class _Notes(list[str]):
    """The deviations of one delivery: the models' records, then what the SDK found itself."""

    def note(self, where: str, message: str) -> None:
        self.append(f"{where}: {message}")

    def records(self, prefix: str, deviations: Mapping[str, str]) -> None:
        """A generated model's records (``spec_deviations``), its paths below ``prefix``."""
        for path, what in deviations.items():
            # A model's paths start with a member's name (its records are of object models).
            joined = f"{prefix}.{path}" if prefix else path
            self.note(joined, "missing" if what == MISSING else what)


def _of(value: Any, kind: type[Any]) -> Any:
    # A typed field holds a value of its type; a value the model kept as sent reads None.
    if isinstance(value, Enum):
        value = value.value
    if kind is int and isinstance(value, bool):
        return None
    return value if isinstance(value, kind) else None


def _text(value: Any) -> str | None:
    found: str | None = _of(value, str)
    return found


def _models(values: Any, kind: type[Any]) -> list[tuple[int, Any]]:
    # A list item the model kept as sent (not an object) is left out: the model recorded it.
    sent = values if isinstance(values, list) else []  # not a list: the model recorded it
    return [(i, v) for i, v in enumerate(sent) if isinstance(v, kind)]


def _moment(notes: _Notes, value: Any, where: str) -> dt.datetime | None:
    """Epoch milliseconds as an aware UTC datetime; ``0`` (unknown) as ``None``.

    An ISO 8601 string is read too (the model recorded it where the spec says milliseconds).
    """
    if isinstance(value, bool) or value is None or value == 0:
        return None
    if isinstance(value, int | float):
        try:
            return dt.datetime.fromtimestamp(value / 1000, dt.UTC)
        except (OverflowError, OSError, ValueError):
            notes.note(where, f"epoch milliseconds out of range: {value!r}")
            return None
    if isinstance(value, str):
        try:
            moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
        return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
    return None


def _ref(notes: _Notes, value: Any, where: str) -> e.SignalRef | None:
    if isinstance(value, str):
        group, dot, name = value.partition(".")
        if not (dot and group and name):
            notes.note(where, f"expected 'Group.Name', got {value!r}")
            return e.SignalRef(
                None, value or None, None, value, models.WebhookV4SignalRef(name=value)
            )
        code = f"{group}-{name}".lower()
        ref = models.WebhookV4SignalRef(code=code, name=name, group=group)
        return e.SignalRef(code, name, group, value, ref)
    if isinstance(value, models.WebhookV4SignalRef):
        named_code, named, grouped = _text(value.code), _text(value.name), _text(value.group)
        if named_code is None and named and grouped:
            named_code = f"{grouped}-{named}".lower()
        return e.SignalRef(named_code, named, grouped, value.to_dict(), value)
    return None  # the model recorded what it was


def _trigger(notes: _Notes, model: models.WebhookV4Trigger, where: str) -> e.Trigger:
    signal: Any = model.signal
    if signal is None and (model.code is not None or model.name is not None):
        # Older pages put the reference's members in the trigger itself.
        signal = models.WebhookV4SignalRef(code=model.code, name=model.name, group=model.group)
    ref = _ref(notes, signal, f"{where}.signal")  # None for no signal
    return e.Trigger(_text(model.type_), ref, model.to_dict(), model)


def _resolution(value: Any) -> str | None:
    return _text(getattr(value, "type_", value))


def _signal(notes: _Notes, model: models.WebhookV4Signal, where: str) -> e.Signal:
    from ..v3 import signal_body  # here: the body models load with the first signal

    code = _text(model.code)
    body = model.body
    if body is not None and not isinstance(body, Mapping):
        notes.note(f"{where}.body", f"expected an object, got {type(body).__name__}")
    status = _of(model.status, models.SignalStatus)
    error = _of(status.error if status else None, models.SignalError)
    meta = _of(model.meta, models.WebhookV4SignalMeta) or models.WebhookV4SignalMeta()
    return e.Signal(
        code,
        _text(model.name),
        _text(model.group),
        signal_body(body, code=code) if isinstance(body, Mapping) else None,
        _text(status.value) if status else None,
        e.SignalError(
            _text(error.type_),
            _text(error.code),
            _text(error.detail),
            _resolution(error.resolution),
            error.to_dict(),
            error,
        )
        if error is not None and error.to_dict()
        else None,
        _moment(notes, meta.retrieved_at, f"{where}.meta.retrievedAt"),
        _moment(notes, meta.oem_updated_at, f"{where}.meta.oemUpdatedAt"),
        _moment(notes, meta.ingested_at, f"{where}.meta.ingestedAt"),
        model.to_dict(),
        model,
    )


def _error(notes: _Notes, model: models.WebhookV4VehicleError, where: str) -> e.VehicleError:
    signals = model.signals if isinstance(model.signals, list) else []
    refs = (_ref(notes, s, f"{where}.signals[{i}]") for i, s in enumerate(signals))
    return e.VehicleError(
        _text(model.type_),
        _text(model.code),
        _text(model.description),
        _text(model.doc_url),
        _resolution(model.resolution),
        _text(model.suggested_user_message),
        _text(model.state),
        tuple(ref for ref in refs if ref is not None),
        model.to_dict(),
        model,
    )


def _vehicle(model: Any) -> e.WebhookVehicle | None:
    if not isinstance(model, models.WebhookV4Vehicle) or not model.to_dict():
        return None
    return e.WebhookVehicle(
        _text(model.id),
        _text(model.make),
        _text(model.model),
        _of(model.year, int),
        _text(model.powertrain_type),
        model.to_dict(),
        model,
    )


def _meta(notes: _Notes, model: Any) -> e.DeliveryMeta:
    meta = _of(model, models.WebhookV4Meta) or models.WebhookV4Meta()
    return e.DeliveryMeta(
        _text(meta.delivery_id),
        _moment(notes, meta.delivered_at, "meta.deliveredAt"),
        _moment(notes, meta.delivery_time, "meta.deliveryTime"),
        _text(meta.mode),
        _text(meta.version),
        _text(meta.webhook_id),
        _text(meta.webhook_name),
        _of(meta.signal_count, int),
        meta.to_dict(),
        meta,
    )


def payload_model(body: Mapping[str, Any]) -> type[Any] | None:
    """The generated model class of a delivery's JSON object (``None``: no webhook event).

    By its ``eventType`` (v4: ``VERIFY``, ``VEHICLE_STATE``, ``VEHICLE_ERROR``, else the
    generic ``WebhookV4Event``) or its ``eventName`` (v2.0: ``WebhookV2Payload``).
    """
    event_type = body.get("eventType")
    if isinstance(event_type, str):
        return _V4_MODELS.get(event_type, models.WebhookV4Event)
    if isinstance(body.get("eventName"), str):
        return models.WebhookV2Payload
    return None


_V4_MODELS: dict[str, type[Any]] = {
    "VERIFY": models.WebhookV4VerifyEvent,
    "VEHICLE_STATE": models.WebhookV4VehicleStateEvent,
    "VEHICLE_ERROR": models.WebhookV4VehicleErrorEvent,
}


def read_event(body: Mapping[str, Any], *, strict: bool = False) -> e.WebhookEvent:
    """The typed event of a delivery's JSON object (v4 event or v2.0 payload).

    Raises:
        WebhookPayloadError: the object is no webhook event (neither ``eventType`` nor
            ``eventName`` as a string), or ``strict`` is set and the body deviates from the spec.
    """
    kind = payload_model(body)
    if kind is None:
        raise WebhookPayloadError(
            "webhook body has neither eventType (v4) nor eventName (v2.0) as a string"
        )
    model = kind.from_dict(body)
    notes = _Notes()
    notes.records("", model.spec_deviations)
    if isinstance(model, models.WebhookV2Payload):
        event = _read_v2(notes, model, body)
    else:
        event = _read_v4(notes, model, body)
    if strict and notes:
        error = WebhookPayloadError(
            "webhook body deviates from the spec (strict mode): " + "; ".join(notes[:10])
        )
        error.deviations = tuple(notes)
        raise error
    return replace(event, deviations=tuple(notes))


def _data(notes: _Notes, model: Any, body: Mapping[str, Any]) -> Any:
    """The event's data as a model (``None`` where the model recorded an odd one).

    The generic event (an ``eventType`` the spec does not name) keeps ``data`` as JSON: it is
    read here as the data of a state and of an error event at once.
    """
    data = model.data
    if not isinstance(model, models.WebhookV4Event):
        return data if hasattr(data, "additional_properties") else None
    if not isinstance(data, Mapping):
        notes.note("data", "expected an object" if "data" in body else "missing")
        return None
    state = models.WebhookV4VehicleStateData.from_dict(data)
    failed = models.WebhookV4VehicleErrorData.from_dict(data)
    notes.records("data", {**state.spec_deviations, **failed.spec_deviations})
    state.additional_properties["errors"] = failed.errors
    return state


def _read_v4(notes: _Notes, model: Any, body: Mapping[str, Any]) -> e.WebhookEvent:
    data = _data(notes, model, body)
    extra = data.additional_properties if data is not None else {}
    signals = _of(getattr(data, "signals", None), list)
    errors = getattr(data, "errors", None) or extra.get("errors")
    triggers, where = getattr(model, "triggers", None), "triggers"
    if triggers is None:
        # Not a member of this event's schema (a VERIFY), or inside data, where some
        # documents show it: read from the JSON the model kept.
        if "triggers" not in model.additional_properties and "triggers" in extra:
            where = "data.triggers"
        sent = (model.additional_properties if where == "triggers" else extra).get("triggers")
        triggers = [
            _trigger_model(notes, t, f"{where}[{i}]") for i, t in enumerate(_of(sent, list) or ())
        ]
    vehicle = _vehicle(getattr(data, "vehicle", None))
    user = getattr(data, "user", None)
    verify = isinstance(model, models.WebhookV4VerifyEvent)
    return e.WebhookEvent(
        event_type=model.event_type,
        event_id=_text(model.event_id),
        vehicle_id=_text(getattr(model, "vehicle_id", None))
        or _text(model.additional_properties.get("vehicleId"))
        or (vehicle.id if vehicle else None),
        user_id=_text(getattr(user, "id", None)),
        vehicle=vehicle,
        triggers=tuple(
            _trigger(notes, t, f"{where}[{i}]")
            for i, t in _models(triggers, models.WebhookV4Trigger)
        ),
        signals=tuple(
            _signal(notes, s, f"data.signals[{i}]")
            for i, s in _models(signals, models.WebhookV4Signal)
        ),
        errors=tuple(
            _error(notes, failure, f"data.errors[{i}]")
            for i, failure in _models(errors, models.WebhookV4VehicleError)
        ),
        challenge=_text(getattr(data, "challenge", None)) if verify else None,
        meta=_meta(notes, model.meta),
        version="4.0",
        raw=body,
        generated=model,
    )


def _trigger_model(notes: _Notes, value: Any, where: str) -> Any:
    # A trigger where this event's schema has none: read (and recorded) as the schema's are.
    if not isinstance(value, Mapping):
        notes.note(where, f"expected WebhookV4Trigger, got {type(value).__name__}")
        return value
    trigger = models.WebhookV4Trigger.from_dict(value)
    notes.records(where, trigger.spec_deviations)
    return trigger


def _read_v2(
    notes: _Notes, model: models.WebhookV2Payload, body: Mapping[str, Any]
) -> e.WebhookEvent:
    payload: Any = model.payload
    extra = getattr(payload, "additional_properties", {})
    verify = model.event_name == "verify"

    def member(attribute: str, name: str) -> str | None:
        return _text(getattr(payload, attribute, None)) or _text(extra.get(name))

    meta = models.WebhookV4Meta(version=model.version, webhook_id=model.webhook_id, mode=model.mode)
    return e.WebhookEvent(
        event_type="VERIFY" if verify else model.event_name,
        event_id=member("event_id", "eventId"),
        vehicle_id=member("vehicle_id", "vehicleId"),
        user_id=None,
        vehicle=None,
        triggers=(),
        signals=(),
        errors=(),
        # A string challenge always reads as the verify payload's own member.
        challenge=_text(getattr(payload, "challenge", None)) if verify else None,
        meta=_meta(notes, meta),
        version="2.0",
        raw=body,
        generated=model,
    )
