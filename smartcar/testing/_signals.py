"""API v3 signals derived from a simulated vehicle's state (reference section 4.6).

v3 bodies carry their unit and use 0-100 percentages, unlike v2's 0-1 fractions; they are always
metric, whatever the ``SC-Unit-System`` header says.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ._data import VehicleState

_COMPASS = ("N", "NE", "E", "SE", "S", "SW", "W", "NW")


@dataclass(frozen=True)
class Signal:
    """One v3 signal: its code, display name, group, and how to read it from a vehicle.

    Attributes:
        needs: ``"battery"`` or ``"engine"`` when only such vehicles have the signal.
        permission: the v2 permission that covers it (v3 uses the same grants).
        ingested_only: its ``meta`` has ``ingestedAt`` only.
    """

    code: str
    group: str
    name: str
    permission: str
    needs: str | None
    read: Callable[[VehicleState], dict[str, Any]]
    ingested_only: bool = False
    """Its ``meta`` has ``ingestedAt`` only, as the live API often sends (data pushed by the
    vehicle rather than fetched from it)."""

    def applies_to(self, vehicle: VehicleState) -> bool:
        """Whether ``vehicle`` has this signal at all."""
        if self.needs == "battery":
            return vehicle.has_battery
        if self.needs == "engine":
            return vehicle.has_engine
        return True


def _percent(fraction: float | None) -> dict[str, Any]:
    return {"value": None if fraction is None else round(fraction * 100, 1), "unit": "percent"}


def _location(v: VehicleState) -> dict[str, Any]:
    return {
        "latitude": v.latitude,
        "longitude": v.longitude,
        "heading": v.heading,
        "direction": _COMPASS[round(v.heading / 45) % 8],
        "locationType": "LAST_PARKED",
    }


def _grid(v: VehicleState, key: str, value: Callable[[str], Any]) -> dict[str, Any]:
    # Two rows (front, back) of two columns (left, right), as the v3 schema lays out doors/tires.
    cells = [
        {"row": row, "column": col, key: value(f"{side}{hand}")}
        for row, side in enumerate(("front", "back"))
        for col, hand in enumerate(("Left", "Right"))
    ]
    return {"values": cells, "rowCount": 2, "columnCount": 2}


def _doors(v: VehicleState) -> dict[str, Any]:
    grid = _grid(v, "isLocked", lambda _: v.is_locked)
    for cell in grid["values"]:
        cell["isOpen"] = False
    return grid


def _nominal_capacity(v: VehicleState) -> dict[str, Any]:
    # The documented shape: the capacity in use and the ones the vehicle may have, in kWh.
    available = [{"capacity": v.battery_capacity_kwh, "description": None}]
    return {
        "source": "SMARTCAR",
        "capacity": v.battery_capacity_kwh,
        "availableCapacities": available,
        "unit": "kWhr",
    }


def _charge_limits(v: VehicleState) -> dict[str, Any]:
    limit = round(v.charge_limit * 100)
    return {"values": [{"type": "GLOBAL", "limit": limit}], "activeLimit": limit, "unit": "percent"}


def _tires(v: VehicleState) -> dict[str, Any]:
    grid = _grid(v, "tirePressure", lambda name: v.tire_pressure_kpa.get(name))
    grid["unit"] = "kilopascals"
    return grid


SIGNALS: tuple[Signal, ...] = (
    Signal(
        "odometer-traveleddistance",
        "Odometer",
        "TraveledDistance",
        "read_odometer",
        None,
        lambda v: {"value": v.odometer_km, "unit": "km"},
    ),
    Signal(
        "location-preciselocation", "Location", "PreciseLocation", "read_location", None, _location
    ),
    Signal(
        "closure-islocked",
        "Closure",
        "IsLocked",
        "read_security",
        None,
        lambda v: {"value": v.is_locked},
        ingested_only=True,
    ),
    Signal("closure-doors", "Closure", "Doors", "read_security", None, _doors, True),
    Signal("wheel-tires", "Wheel", "Tires", "read_tires", None, _tires),
    Signal(
        "vehicleidentification-vin",
        "VehicleIdentification",
        "VIN",
        "read_vin",
        None,
        lambda v: {"value": v.vin},
    ),
    Signal(
        "connectivitystatus-isonline",
        "ConnectivityStatus",
        "IsOnline",
        "read_vehicle_info",
        None,
        lambda v: {"value": True},
        ingested_only=True,
    ),
    Signal(
        "connectivitystatus-isasleep",
        "ConnectivityStatus",
        "IsAsleep",
        "read_vehicle_info",
        None,
        lambda v: {"value": False},
        ingested_only=True,
    ),
    Signal(
        "tractionbattery-stateofcharge",
        "TractionBattery",
        "StateOfCharge",
        "read_battery",
        "battery",
        lambda v: _percent(v.battery_percent_remaining),
    ),
    Signal(
        "tractionbattery-range",
        "TractionBattery",
        "Range",
        "read_battery",
        "battery",
        lambda v: {
            "value": v.battery_range_km,
            "type": "DEFAULT",
            "additionalValues": [],
            "unit": "km",
        },
    ),
    Signal(
        "tractionbattery-nominalcapacity",
        "TractionBattery",
        "NominalCapacity",
        "read_battery",
        "battery",
        _nominal_capacity,
    ),
    Signal(
        "charge-ischarging",
        "Charge",
        "IsCharging",
        "read_charge",
        "battery",
        lambda v: {"value": v.charge_state == "CHARGING"},
    ),
    Signal(
        "charge-ischargingcableconnected",
        "Charge",
        "IsChargingCableConnected",
        "read_charge",
        "battery",
        lambda v: {"value": v.is_plugged_in},
    ),
    Signal(
        "charge-detailedchargingstatus",
        "Charge",
        "DetailedChargingStatus",
        "read_charge",
        "battery",
        lambda v: {"value": v.charge_state},
    ),
    Signal(
        "charge-activelimit",
        "Charge",
        "ActiveLimit",
        "read_charge",
        "battery",
        lambda v: _percent(v.charge_limit),
    ),
    Signal(
        "charge-chargelimits",
        "Charge",
        "ChargeLimits",
        "read_charge",
        "battery",
        _charge_limits,
    ),
    Signal(
        "internalcombustionengine-fuellevel",
        "InternalCombustionEngine",
        "FuelLevel",
        "read_fuel",
        "engine",
        lambda v: _percent(v.fuel_percent_remaining),
    ),
    Signal(
        "internalcombustionengine-amountremaining",
        "InternalCombustionEngine",
        "AmountRemaining",
        "read_fuel",
        "engine",
        lambda v: {"unit": "liters", "value": v.fuel_litres},
    ),
    Signal(
        "internalcombustionengine-range",
        "InternalCombustionEngine",
        "Range",
        "read_fuel",
        "engine",
        lambda v: {"unit": "kilometers", "value": v.fuel_range_km},
    ),
    Signal(
        "internalcombustionengine-oillife",
        "InternalCombustionEngine",
        "OilLife",
        "read_engine_oil",
        "engine",
        lambda v: _percent(v.oil_life_remaining),
    ),
)
"""Every signal the simulator serves, in the order ``GET /signals`` lists them."""

SIGNALS_BY_CODE: dict[str, Signal] = {s.code: s for s in SIGNALS}


# The error a signal reports when a vehicle's variant makes it fail, as the live API words it.
_SIGNAL_ERROR: dict[str, Any] = {
    "type": "COMPATIBILITY",
    "code": "UNKNOWN",
    "title": "Signal unavailable",
    "detail": "The vehicle did not report this signal.",
    "description": "Deprecated. Use detail",
    "resolution": {"type": "UNKNOWN_RESOLUTION_TYPE"},
}


def _status(variant: str | None) -> dict[str, Any] | None:
    if variant in ("error", "error-with-body"):
        return {"value": "ERROR", "error": dict(_SIGNAL_ERROR)}
    if variant == "unavailable":
        return {"value": "UNAVAILABLE"}
    if variant == "no-status":
        return None
    return {"value": "SUCCESS"}


def signal_resource(
    signal: Signal,
    vehicle: VehicleState,
    *,
    retrieved_at: str,
    oem_updated_at: str,
) -> dict[str, Any]:
    """Return the JSON:API resource for one signal of one vehicle, as the live API sends it.

    Times are ISO-8601 strings (``ingestedAt`` only, for signals the vehicle pushes); the
    vehicle's ``signal_variants`` decide the status (or its absence) and whether a failed
    signal still carries its body.
    """
    variant = vehicle.signal_variants.get(signal.code)
    attributes: dict[str, Any] = {"code": signal.code, "name": signal.name, "group": signal.group}
    status = _status(variant)
    if status is not None:
        attributes["status"] = status
    if variant != "error":
        attributes["body"] = signal.read(vehicle)
    meta = {"ingestedAt": retrieved_at}
    if not signal.ingested_only:
        meta.update(retrievedAt=retrieved_at, oemUpdatedAt=oem_updated_at)
    return {
        "id": signal.code,
        "type": "signal",
        "attributes": attributes,
        "meta": meta,
        "links": {"self": f"/vehicles/{vehicle.id}/signals/{signal.code}"},
    }


def vehicle_resource(vehicle: VehicleState) -> dict[str, Any]:
    """Return the JSON:API vehicle resource (``GET /v3/vehicles/{id}``'s ``data``)."""
    return {
        "id": vehicle.id,
        "type": "vehicle",
        "attributes": {
            "make": vehicle.make,
            "model": vehicle.model,
            "year": vehicle.year,
            "powertrainType": vehicle.powertrain,
            "mode": "LIVE",
        },
        "links": {"self": f"/vehicles/{vehicle.id}"},
    }
