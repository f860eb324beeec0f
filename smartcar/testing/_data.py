"""Simulated vehicles and unit conversions.

The five vehicles every simulator starts with, the extra ones it generates from a seed, and
the conversions of their metric state into the unit system a request asks for. The example
bodies that do not depend on a vehicle are in `_examples`.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from typing import Literal

from .._core import validate as _validate

Powertrain = Literal["BEV", "PHEV", "ICE"]
UnitSystem = Literal["metric", "imperial"]

# The SDK and the simulator share one list of permissions.
PERMISSIONS = _validate.PERMISSIONS

KM_PER_MILE = 1.609344
LITRES_PER_US_GALLON = 3.785411784
KPA_PER_PSI = 6.894757293168361

TIRES = ("frontLeft", "frontRight", "backLeft", "backRight")


def distance(km: float, units: UnitSystem) -> float:
    """Convert kilometres to the unit system's distance unit, rounded to 0.1."""
    return round(km if units == "metric" else km / KM_PER_MILE, 1)


def volume(litres: float, units: UnitSystem) -> float:
    """Convert litres to the unit system's volume unit (US gallons), rounded to 0.01."""
    return round(litres if units == "metric" else litres / LITRES_PER_US_GALLON, 2)


def pressure(kpa: float, units: UnitSystem) -> float:
    """Convert kilopascals to the unit system's pressure unit (psi), rounded to 0.1."""
    return round(kpa if units == "metric" else kpa / KPA_PER_PSI, 1)


@dataclass
class VehicleState:
    """Everything the simulator knows about one vehicle; always in metric units.

    Tests may change fields directly (for example ``sim.state(vid).is_plugged_in = True``)
    between requests. Fractions are 0-1, as in the v2.0 API.
    """

    id: str
    make: str
    model: str
    year: int
    vin: str
    powertrain: Powertrain
    odometer_km: float
    latitude: float
    longitude: float
    heading: int = 0
    battery_percent_remaining: float | None = None
    battery_range_km: float | None = None
    battery_capacity_kwh: float | None = None
    fuel_percent_remaining: float | None = None
    fuel_litres: float | None = None
    fuel_range_km: float | None = None
    oil_life_remaining: float | None = None
    tire_pressure_kpa: dict[str, float] = field(default_factory=lambda: dict.fromkeys(TIRES, 240.0))
    is_plugged_in: bool = False
    charge_state: str = "NOT_CHARGING"
    charge_limit: float = 0.8
    is_locked: bool = True
    data_age_seconds: float = 2.0
    """How old readings are when fetched: ``SC-Data-Age`` is the fetch time minus this."""
    destination: tuple[float, float] | None = None
    """The last destination sent with ``POST /navigation/destination``."""
    webhooks: set[str] = field(default_factory=set)
    """Ids of the webhooks this vehicle is subscribed to."""
    slow_commands: bool = False
    """API v3 commands answer 202 (long-running, result in the body) instead of 200."""
    signal_variants: dict[str, str] = field(default_factory=dict)
    """API v3 signals this vehicle answers as the live API sometimes does, by code:
    ``"error"`` (status ERROR with the error, no body), ``"error-with-body"`` (status ERROR,
    and the body still sent), ``"unavailable"`` (status UNAVAILABLE) or ``"no-status"`` (no
    ``status`` member at all). The list still answers 200; the single read too."""

    @property
    def has_battery(self) -> bool:
        """Whether the vehicle has a traction battery (BEV or PHEV)."""
        return self.powertrain != "ICE"

    @property
    def has_engine(self) -> bool:
        """Whether the vehicle has a combustion engine (ICE or PHEV)."""
        return self.powertrain != "BEV"


CHEVROLET_VOLT_ID = "d1a9c0f4-7b1e-4e55-9c0a-2f3b8e6a1c01"
"""The Chevrolet Volt (PHEV) of the default fleet, as in Smartcar's test mode."""
FORD_ID = "b7e3f6a2-5c4d-4a8b-8e1f-6d2c9a4b3e02"
"""The Ford Mustang Mach-E (BEV, plugged in and ready to charge) of the default fleet."""
BMW_ID = "f2c8d5b9-3a6e-4f1c-b7d4-8e9a1c2b5f03"
"""The BMW i4 (BEV) of the default fleet."""


def default_fleet() -> list[VehicleState]:
    """Return the five vehicles every simulator starts with (fixed ids and data).

    A Tesla and a Nissan first, then vehicles like those of Smartcar's test mode, so code
    written against test mode runs offline: a Chevrolet Volt (a PHEV: it reports battery,
    charge, fuel and engine oil), a Ford that is plugged in and can start charging, and a
    BMW. Connect's ``make`` parameter (``make_bypass``) selects one brand's vehicles.
    """
    return [
        VehicleState(
            id="36ab27d0-fd9d-4455-823a-ce30af709ffc",
            make="TESLA",
            model="Model 3",
            year=2021,
            vin="5YJSA1CN5DFP00101",
            powertrain="BEV",
            odometer_km=104032.0,
            latitude=37.4292,
            longitude=-122.1381,
            heading=185,
            battery_percent_remaining=0.63,
            battery_range_km=260.4,
            battery_capacity_kwh=75.0,
            tire_pressure_kpa={
                "frontLeft": 241.3,
                "frontRight": 241.3,
                "backLeft": 234.4,
                "backRight": 237.9,
            },
            is_plugged_in=True,
            charge_state="CHARGING",
            charge_limit=0.8,
            is_locked=True,
            # The variants of real traffic, on the vehicle most tests and the demo read.
            signal_variants={
                "connectivitystatus-isasleep": "error",
                "location-preciselocation": "error-with-body",
                "wheel-tires": "no-status",
                "charge-detailedchargingstatus": "unavailable",
            },
        ),
        VehicleState(
            id="8fa3f1ce-0e5c-4a0c-9d5b-4c3c54d0a0c2",
            make="NISSAN",
            model="LEAF",
            year=2019,
            vin="1N4AZ1CP5KC300102",
            powertrain="BEV",
            odometer_km=38211.4,
            latitude=45.5231,
            longitude=-122.6765,
            heading=90,
            battery_percent_remaining=0.41,
            battery_range_km=98.6,
            battery_capacity_kwh=40.0,
            tire_pressure_kpa={
                "frontLeft": 250.0,
                "frontRight": 248.2,
                "backLeft": 244.8,
                "backRight": 246.5,
            },
            is_plugged_in=False,
            charge_state="NOT_CHARGING",
            charge_limit=0.9,
            is_locked=False,
            data_age_seconds=45.0,
        ),
        VehicleState(
            id=CHEVROLET_VOLT_ID,
            make="CHEVROLET",
            model="Volt",
            year=2019,
            vin="1G1RC6S56KU100103",
            powertrain="PHEV",
            odometer_km=52410.7,
            latitude=42.3314,
            longitude=-83.0458,
            heading=270,
            battery_percent_remaining=0.54,
            battery_range_km=45.1,
            battery_capacity_kwh=18.4,
            fuel_percent_remaining=0.72,
            fuel_litres=25.5,
            fuel_range_km=412.0,
            oil_life_remaining=0.86,
            tire_pressure_kpa={
                "frontLeft": 262.0,
                "frontRight": 262.0,
                "backLeft": 255.1,
                "backRight": 255.1,
            },
            is_plugged_in=False,
            charge_state="NOT_CHARGING",
            charge_limit=1.0,
            is_locked=True,
        ),
        VehicleState(
            id=FORD_ID,
            make="FORD",
            model="Mustang Mach-E",
            year=2022,
            vin="3FMTK3SU9NMA00104",
            powertrain="BEV",
            odometer_km=21874.3,
            latitude=42.3006,
            longitude=-83.2310,
            heading=0,
            battery_percent_remaining=0.47,
            battery_range_km=201.8,
            battery_capacity_kwh=88.0,
            tire_pressure_kpa={
                "frontLeft": 248.2,
                "frontRight": 248.2,
                "backLeft": 248.2,
                "backRight": 248.2,
            },
            is_plugged_in=True,
            charge_state="NOT_CHARGING",
            charge_limit=0.9,
            is_locked=True,
        ),
        VehicleState(
            id=BMW_ID,
            make="BMW",
            model="i4",
            year=2023,
            vin="WBY73AW05PFP00105",
            powertrain="BEV",
            odometer_km=9650.0,
            latitude=48.1773,
            longitude=11.5562,
            heading=45,
            battery_percent_remaining=0.81,
            battery_range_km=402.5,
            battery_capacity_kwh=83.9,
            is_plugged_in=False,
            charge_state="NOT_CHARGING",
            charge_limit=0.8,
            is_locked=True,
        ),
    ]


# make, model, WMI, powertrain, first/last model year, battery kWh, tank litres. The first entry
# is a PHEV so that `extra_vehicles=1` already gives a vehicle that answers /fuel and /engine/oil.
_MODELS: tuple[tuple[str, str, str, Powertrain, int, int, float, float], ...] = (
    ("TOYOTA", "RAV4 Prime", "JTM", "PHEV", 2021, 2024, 18.1, 55.0),
    ("FORD", "F-150", "1FT", "ICE", 2018, 2024, 0.0, 98.0),
    ("FORD", "Mustang Mach-E", "3FM", "BEV", 2021, 2024, 88.0, 0.0),
    ("CHEVROLET", "Bolt EV", "1G1", "BEV", 2019, 2023, 66.0, 0.0),
    ("BMW", "i4", "WBY", "BEV", 2022, 2024, 83.9, 0.0),
    ("HONDA", "Civic", "2HG", "ICE", 2018, 2024, 0.0, 47.0),
    ("VOLKSWAGEN", "ID.4", "1V2", "BEV", 2021, 2024, 82.0, 0.0),
    ("HYUNDAI", "Ioniq 5", "KM8", "BEV", 2022, 2024, 77.4, 0.0),
    ("TESLA", "Model Y", "7SA", "BEV", 2020, 2024, 75.0, 0.0),
    ("JEEP", "Wrangler 4xe", "1C4", "PHEV", 2021, 2024, 17.3, 65.0),
)

_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_VIN_VALUES = dict(
    zip(
        "ABCDEFGHJKLMNPRSTUVWXYZ",
        (1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9),
        strict=True,
    )
)
_VIN_VALUES.update({str(d): d for d in range(10)})
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
_VIN_YEARS = "ABCDEFGHJKLMNPRSTVWXY123456789"  # model year codes from 2010 on


def _vin(wmi: str, year: int, rng: random.Random) -> str:
    """Make a VIN with a correct check digit, so SDK-side VIN validation accepts it."""
    chars = list(wmi + "".join(rng.choice(_VIN_CHARS) for _ in range(5)) + "0")
    chars += [_VIN_YEARS[(year - 2010) % 30], rng.choice(_VIN_CHARS)]
    chars += [str(rng.randrange(10)) for _ in range(6)]
    total = sum(_VIN_VALUES[c] * w for c, w in zip(chars, _VIN_WEIGHTS, strict=True)) % 11
    chars[8] = "X" if total == 10 else str(total)
    return "".join(chars)


def generated_fleet(count: int, seed: int) -> list[VehicleState]:
    """Return ``count`` extra vehicles, the same for the same ``seed``."""
    rng = random.Random(seed)
    fleet = []
    for index in range(count):
        make, model, wmi, powertrain, first, last, kwh, litres = _MODELS[index % len(_MODELS)]
        year = rng.randint(first, last)
        state = VehicleState(
            id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            make=make,
            model=model,
            year=year,
            vin=_vin(wmi, year, rng),
            powertrain=powertrain,
            odometer_km=round(rng.uniform(500.0, 180000.0), 1),
            latitude=round(rng.uniform(25.8, 48.9), 4),
            longitude=round(rng.uniform(-123.0, -71.0), 4),
            heading=rng.randrange(360),
            tire_pressure_kpa={t: round(rng.uniform(215.0, 255.0), 1) for t in TIRES},
            is_locked=rng.random() < 0.7,
            data_age_seconds=round(rng.uniform(1.0, 3600.0), 3),
            charge_limit=rng.choice((0.8, 0.9, 1.0)),
        )
        if state.has_battery:
            level = round(rng.uniform(0.1, 0.95), 2)
            state.battery_percent_remaining = level
            state.battery_capacity_kwh = kwh
            state.battery_range_km = round(level * kwh * rng.uniform(5.5, 6.5), 1)
            state.is_plugged_in = rng.random() < 0.4
            if state.is_plugged_in and level < state.charge_limit:
                state.charge_state = "CHARGING"
        if state.has_engine:
            level = round(rng.uniform(0.05, 1.0), 2)
            state.fuel_percent_remaining = level
            state.fuel_litres = round(level * litres, 1)
            state.fuel_range_km = round(level * litres * rng.uniform(11.0, 16.0), 1)
            state.oil_life_remaining = round(rng.uniform(0.05, 1.0), 2)
        fleet.append(state)
    return fleet
