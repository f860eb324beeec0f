"""The result classes that only add ``meta`` to their generated model, written by ``make regen``.

One per API v2.0 result and ``Vehicle`` read that has no class written by hand in the other
modules of this package (a hand-written class adds behaviour, and the generator leaves its
model out): the schema's ``x-smartcar-class`` names it, its ``description`` documents it
(``scripts/_sections.py``). A v3 read's class has the v3 shape instead of ``meta``.
"""

from __future__ import annotations

# Mapping, V3Shape and _headers_field are for the v3-shaped classes, when the spec has any.
from collections.abc import Mapping  # noqa: F401

import attrs
from smartcar_openapi import models

from .._core.tuple import TupleLike
from .base import Meta, V3Shape, _headers_field, _meta_field, publish  # noqa: F401

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


__all__ = [
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

publish(globals())
