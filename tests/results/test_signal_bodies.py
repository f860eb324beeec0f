"""Typed v3 signal bodies: the spec maps signal codes to body schemas, the SDK follows the map.

The map is ``x-smartcar-signal-bodies`` in ``spec/smartcar.yaml``, emitted by ``make regen`` as
``smartcar_openapi.registry.SIGNAL_BODIES``; nothing here repeats it by hand.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import httpx2
import pytest
import yaml
from smartcar_openapi import models
from smartcar_openapi.registry import SIGNAL_BODIES

import smartcar
from smartcar import v3
from smartcar.testing import Simulator
from smartcar.testing._data import VehicleState
from smartcar.testing._signals import SIGNALS, signal_resource

from .._helpers import TESLA, USER
from ..generated.test_spec import SPEC_PATH, pointer, validator_for, walk
from ..resources.test_app import Counting
from ..resources.test_app import make_app as app
from ..resources.test_app import make_async_app as async_app

pytestmark = pytest.mark.tesla_connected

CASSETTES = Path(__file__).parents[1] / "cassettes"
MAP_KEY = "x-smartcar-signal-bodies"


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    loaded = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def body_schemas(spec: dict[str, Any]) -> dict[str, str]:
    """Signal code to the schema name the spec maps it to."""
    found: dict[str, str] = {}
    for schema in spec["components"]["schemas"].values():
        for code, ref in schema.get(MAP_KEY, {}).items():
            found[code] = ref.removeprefix("#/components/schemas/")
    return found


def example_of(spec: dict[str, Any], code: str) -> dict[str, Any]:
    example = spec["components"]["schemas"][body_schemas(spec)[code]]["example"]
    assert isinstance(example, dict)
    return example


def answering(spec: dict[str, Any], status: dict[str, Any] | None = None) -> Any:
    """A hook answering ``GET .../signals/{code}`` with the example body of the code's schema."""

    def hook(request: httpx2.Request) -> httpx2.Response | None:
        code = request.url.path.rsplit("/", 1)[1]
        if "/signals/" not in request.url.path or code not in SIGNAL_BODIES:
            return None
        attributes: dict[str, Any] = {"code": code, "name": "N", "group": "G"}
        if status is None:
            attributes.update(status={"value": "SUCCESS"}, body=example_of(spec, code))
        else:
            attributes.update(status=status)
        resource = {"id": code, "type": "signal", "attributes": attributes}
        return httpx2.Response(200, json={"data": resource})

    return hook


# -- the map ------------------------------------------------------------------------------------


def test_the_generated_map_is_the_spec_map(spec: dict[str, Any]) -> None:
    mapped = body_schemas(spec)
    assert len(mapped) >= 25
    # Each generated model is the one written for the schema the spec names.
    assert {code: getattr(models, name).__name__ for code, name in SIGNAL_BODIES.items()} == mapped
    assert SIGNAL_BODIES["charge-chargelimits"] == "SignalBodyChargeLimits"
    # Codes whose shape the reference marks only medium confidence stay untyped.
    assert "vehicleidentification-vin" not in SIGNAL_BODIES
    assert "charge-chargerate" not in SIGNAL_BODIES


def test_every_mapped_schema_has_an_example_that_validates(spec: dict[str, Any]) -> None:
    for name in set(body_schemas(spec).values()):
        schema_ptr = pointer("components", "schemas", name)
        example = spec["components"]["schemas"][name].get("example")
        assert example is not None, name
        validator_for(spec, schema_ptr).validate(example)
        # And the generated model reads it back unchanged.
        assert getattr(models, name).from_dict(example).to_dict() == example


def _signal_objects(document: Any) -> list[tuple[str, Any]]:
    """Every ``{code, status, body}`` signal attributes object in a JSON document."""
    return [
        (node["code"], node["body"])
        for _, node in walk(document)
        if isinstance(node, dict) and isinstance(node.get("code"), str) and "body" in node
    ]


def test_every_signal_body_in_spec_simulator_and_cassettes_fits_its_schema(
    spec: dict[str, Any],
) -> None:
    bodies: list[tuple[str, str, Any]] = []
    for _, op in walk(spec["paths"]):
        if isinstance(op, dict) and "example" in op and "schema" in op:
            bodies += [("spec", code, body) for code, body in _signal_objects(op["example"])]
    simulator = Simulator()
    for vehicle in map(simulator.state, simulator.vehicle_ids):
        for signal in SIGNALS:
            if signal.applies_to(vehicle):
                bodies.append((f"simulator {vehicle.make}", signal.code, signal.read(vehicle)))
    for cassette in sorted(CASSETTES.rglob("*.yaml")):
        for interaction in yaml.safe_load(cassette.read_text(encoding="utf-8"))["interactions"]:
            text = interaction["response"]["body"].get("string", "")
            if '"body"' in text:
                objects = _signal_objects(json.loads(text))
                bodies += [(cassette.name, code, body) for code, body in objects]
    mapped = body_schemas(spec)
    checked = {code for _, code, body in bodies if code in mapped and body}
    # The simulator serves these mapped codes, so the check is not vacuous.
    assert {"tractionbattery-nominalcapacity", "closure-doors", "location-preciselocation"} <= (
        checked
    )
    for where, code, body in bodies:
        if code in mapped and body:
            schema_ptr = pointer("components", "schemas", mapped[code])
            errors = list(validator_for(spec, schema_ptr).iter_errors(body))
            assert not errors, f"{where}: {code}: {errors[0].message}"


# -- the SDK ------------------------------------------------------------------------------------


def test_every_mapped_code_reads_as_its_model_sync(sim: Simulator, spec: dict[str, Any]) -> None:
    car = app(Counting(sim, answering(spec))).vehicle(TESLA, USER)
    for code, name in SIGNAL_BODIES.items():
        signal = car.get_signal(code)
        body = v3.signal_body(signal)
        assert isinstance(body, getattr(models, name)), code
        assert isinstance(body, v3.SignalBody)
        # Values and units are exactly what was sent: nothing is converted.
        assert body.to_dict() == example_of(spec, code)
        assert signal.typed_body == body


def test_every_mapped_code_reads_as_its_model_async(sim: Simulator, spec: dict[str, Any]) -> None:
    async def main() -> dict[str, Any]:
        car = async_app(Counting(sim, answering(spec))).vehicle(TESLA, USER)
        return {code: v3.signal_body(await car.get_signal(code)) for code in SIGNAL_BODIES}

    for code, body in asyncio.run(main()).items():
        assert isinstance(body, getattr(models, SIGNAL_BODIES[code])), code
        assert body.to_dict() == example_of(spec, code)


def test_typed_members_keep_values_units_and_unknown_enum_spellings(
    sim: Simulator, spec: dict[str, Any]
) -> None:
    car = app(Counting(sim, answering(spec))).vehicle(TESLA, USER)
    limits = car.get_signal("charge-chargelimits").typed_body
    assert isinstance(limits, models.SignalBodyChargeLimits)
    # The shape the live API sends.
    assert [(v.type, v.limit) for v in limits.values] == [("GLOBAL", 80)]
    assert (limits.active_limit, limits.unit) == (80, "percent")
    # The documentation's variant: lower-case types and a location's condition, kept as sent.
    documented = {
        "values": [
            {"type": "global", "limit": 80, "condition": None},
            {"type": "location", "limit": 90, "condition": {"name": "Home", "latitude": 37.7}},
        ]
    }
    other = v3.signal_body(documented, code="charge-chargelimits")
    assert isinstance(other, models.SignalBodyChargeLimits)
    assert [(v.type, v.limit) for v in other.values] == [("global", 80), ("location", 90)]
    condition = other.values[1].condition
    assert isinstance(condition, models.SignalBodyChargeLimitCondition)
    assert condition.name == "Home"
    capacity = car.get_signal("tractionbattery-nominalcapacity").typed_body
    assert isinstance(capacity, models.SignalBodyNominalCapacity)
    assert (capacity.capacity, capacity.unit, capacity.source) == (73.5, "kWhr", "SMARTCAR")
    assert [c.description for c in capacity.available_capacities] == ["BEV:Extended Range", None]
    doors = car.get_signal("closure-doors").typed_body
    assert isinstance(doors, models.SignalBodyClosures)
    assert [(d.row, d.column, d.is_locked) for d in doors.values] == [(0, 0, True), (0, 1, True)]


def test_simulator_signals_read_typed_in_their_own_units(sim: Simulator) -> None:
    state: VehicleState = sim.state(TESLA)
    car = app(Counting(sim)).vehicle(TESLA, USER)
    charge = car.get_signal("tractionbattery-stateofcharge").typed_body
    assert isinstance(charge, models.SignalBodyQuantity)
    assert state.battery_percent_remaining is not None
    # API v3 sends percent (0-100): the SDK keeps them, it does not turn them into fractions.
    assert charge.unit == "percent"
    assert charge.value == round(state.battery_percent_remaining * 100, 1)
    odometer = car.get_signal("odometer-traveleddistance").typed_body
    assert odometer == v3.Quantity(state.odometer_km, "km")  # unmapped {value, unit}
    location = car.get_signal("location-preciselocation").typed_body
    assert isinstance(location, models.SignalBodyPreciseLocation)
    assert (location.latitude, location.longitude) == (state.latitude, state.longitude)


def test_unmapped_codes_give_the_raw_mapping(sim: Simulator) -> None:
    car = app(Counting(sim)).vehicle(TESLA, USER)
    tires = car.get_signal("wheel-tires")
    assert "wheel-tires" not in SIGNAL_BODIES
    body = v3.signal_body(tires)
    assert isinstance(body, dict) and body["unit"] == "kilopascals" and len(body["values"]) == 4
    assert v3.signal_body({"values": [1], "unit": "x"}) == {"values": [1], "unit": "x"}


def test_a_body_that_does_not_fit_its_schema_is_given_back_as_sent() -> None:
    # An older shape of a mapped code: no `capacity`, so not the model, and nothing is lost.
    old = {"unit": "kilowatt_hours", "value": 75.0}
    body = v3.signal_body(old, code="tractionbattery-nominalcapacity")
    assert body == v3.Quantity(75.0, "kilowatt_hours")
    odd = {"values": "not a list", "unit": "x"}
    assert v3.signal_body(odd, code="vehicleidentification-packages") == odd
    typed = v3.signal_body({"value": True}, code="closure-islocked")
    assert isinstance(typed, models.SignalBodyBoolean) and typed.value is True


ISO = "2025-07-09T23:36:58.549Z"


def test_an_error_signal_has_no_body(sim: Simulator, spec: dict[str, Any]) -> None:
    error = {"value": "ERROR", "error": {"type": "COMPATIBILITY", "code": "VEHICLE_NOT_CAPABLE"}}
    car = app(Counting(sim, answering(spec, status=error))).vehicle(TESLA, USER)
    signal = car.get_signal("closure-doors")
    assert v3.signal_body(signal) is None and signal.typed_body is None
    # An ERROR status with an empty body is no body either.
    resource = signal_resource(SIGNALS[0], sim.state(TESLA), retrieved_at=ISO, oem_updated_at=ISO)
    resource["attributes"].update(status=error, body={})
    assert v3.signal_body(smartcar.types.SignalResource.from_dict(resource)) is None
    # A failed signal that still carries its body gives it, typed.
    resource["attributes"].update(body={"value": True})
    failed = smartcar.types.SignalResource.from_dict(resource)
    assert failed.error is not None and v3.signal_body(failed) == v3.Quantity(True, None)
    assert v3.signal_body(None) is None
