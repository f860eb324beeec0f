"""The API v3 management resources: connections, webhooks, subscriptions, compatible vehicles.

Each is the generated model of the spec with the names the SDK adds (``connection.user_id``
for ``relationships.user.data.id`` ...). Public through :mod:`smartcar.v3`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any, Self

import attrs
import httpx2
from smartcar_openapi import models

from .documents import ResponseInfo, _parsed, _related_id, _Resource, _response_field, _str

__all__ = [
    "CompatibleVehicle",
    "Connection",
    "Subscription",
    "SubscriptionAccepted",
    "VehicleSummary",
    "Webhook",
]

VehicleSummary = models.VehicleSummaryV3
"""A vehicle as a connection or subscription describes it (``make``, ``model``, ``year``,
``mode``, ``powertrain_type``; make casing varies): the generated model."""


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
