"""The typed webhook event: what a delivery says, typed, over the generated models.

Each class keeps the generated model of ``smartcar_openapi`` it was read from (``generated``) and
its JSON (``raw``); ``_reader.py`` reads a delivery into them. Smartcar's live deliveries
differ from its documents (top-level ``triggers``, signals named as ``"Group.Name"`` strings or
``{code, name, group}`` objects, ``meta`` without ``version``, epoch milliseconds where ``0``
means unknown): the classes read both forms alike. A typed field is ``None`` where the body
had a value of another JSON type, which stays in ``raw`` and is listed in ``deviations``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from smartcar_openapi import models

    from ..v3 import Quantity, SignalBody

# The public names are listed once, in smartcar.webhooks (__init__.py).


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
    generated: models.WebhookV4SignalRef | None = field(default=None, repr=False, compare=False)

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
    generated: models.WebhookV4Trigger | None = field(default=None, repr=False, compare=False)


@dataclass(frozen=True, slots=True)
class SignalError:
    """Why a delivered signal could not be read (its ``status.error``)."""

    type: str | None
    code: str | None
    detail: str | None
    resolution: str | None
    raw: Mapping[str, Any] = field(repr=False)
    generated: models.SignalError | None = field(default=None, repr=False, compare=False)


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
    generated: models.WebhookV4Signal | None = field(default=None, repr=False, compare=False)


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
    generated: models.WebhookV4VehicleError | None = field(default=None, repr=False, compare=False)


@dataclass(frozen=True, slots=True)
class WebhookVehicle:
    """The vehicle of the event (``data.vehicle``)."""

    id: str | None
    make: str | None
    model: str | None
    year: int | None
    powertrain_type: str | None
    raw: Mapping[str, Any] = field(repr=False)
    generated: models.WebhookV4Vehicle | None = field(default=None, repr=False, compare=False)


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
    generated: models.WebhookV4Meta | None = field(default=None, repr=False, compare=False)


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
        generated: the generated model of the whole delivery (``WebhookV4VehicleStateEvent``
            ...; ``webhooks.payload_model`` names its class). Each part of the event keeps its
            own as ``generated`` too (``event.signals[0].generated`` is a ``WebhookV4Signal``).
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
    generated: Any = field(default=None, repr=False, compare=False)

    @property
    def key(self) -> str | None:
        """What identifies the event across retries: ``eventId``, else ``meta.deliveryId``."""
        return self.event_id or self.meta.delivery_id

    def signal(self, code: str) -> Signal | None:
        """The delivered signal with this code, if any."""
        return next((s for s in self.signals if s.code == code), None)
