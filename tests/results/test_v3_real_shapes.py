"""API v3 as the live API answers it: a replay of the shapes observed in real traffic.

The bodies below are the shapes captured from the live API (Volkswagen, Tesla, BYD, Jaguar,
Polestar), answered by a mock transport and read through the public API (`App`, `AsyncApp`
and the official SDK's `Vehicle` reads): every signal, value, unit and timestamp parses, and a
signal that failed reports its error on itself, never as a failed list.
"""

from __future__ import annotations

import asyncio
import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

import httpx2
import pytest
from smartcar_openapi import models

import smartcar
from smartcar import types as t
from smartcar import v3

VEHICLE = "7b3c9f28-1f0a-4d4e-9c55-2a9b1f3e6d10"
USER = "e0514ef4-5226-11e8-8c13-8f6e8f02e27e"
ORIGINS = smartcar.Origins(
    iam="https://iam.test",
    vehicle_v3="https://vehicle.test",
    management_v3="https://management.test",
    compatibility_v3="https://compatibility.test",
)
INGESTED = "2025-11-03T08:15:27.511Z"

VEHICLE_RESOURCE = {
    "id": VEHICLE,
    "type": "vehicle",
    "attributes": {
        "make": "VOLKSWAGEN",
        "model": "ID.4",
        "year": 2022,
        "powertrainType": "BEV",
        "mode": "LIVE",
    },
    "links": {"self": f"/vehicles/{VEHICLE}"},
}


def _signal(
    code: str,
    body: Any = None,
    *,
    status: Any = "SUCCESS",
    meta: dict[str, Any] | None = None,
) -> dict[str, Any]:
    group, _, name = code.partition("-")
    attributes: dict[str, Any] = {"code": code, "name": name.title(), "group": group.title()}
    if status is not None:
        attributes["status"] = {"value": status} if isinstance(status, str) else status
    if body is not None:
        attributes["body"] = body
    return {
        "id": code,
        "type": "signal",
        "attributes": attributes,
        "meta": {"ingestedAt": INGESTED} if meta is None else meta,
        "links": {"self": f"/vehicles/{VEHICLE}/signals/{code}"},
    }


REAUTHENTICATE = {
    "value": "ERROR",
    "error": {
        "type": "CONNECTED_SERVICES_ACCOUNT",
        "code": None,
        "title": "Reauthentication required",
        "detail": "The vehicle owner must sign in again.",
        "description": "Deprecated. Use detail",
        "resolution": {"type": "REAUTHENTICATE"},
    },
}
UNKNOWN_ERROR = {
    "value": "ERROR",
    "error": {
        "type": "UPSTREAM",
        "code": "UNKNOWN",
        "title": "Unknown error",
        "detail": "The manufacturer did not answer.",
        "description": "Deprecated. Use detail",
        "resolution": {"type": "UNKNOWN_RESOLUTION_TYPE"},
    },
}

# Fact 3: a page of signals, with fact 4 (times), 5 (status) and 6 (bodies) in its items.
PAGE_ONE = [
    _signal(
        "charge-chargelimits",
        {"values": [{"type": "GLOBAL", "limit": 80}], "activeLimit": 80, "unit": "percent"},
        meta={
            "ingestedAt": INGESTED,
            "retrievedAt": "2025-11-03T08:15:26.000Z",
            "oemUpdatedAt": "2025-11-03T08:10:00+01:00",
        },
    ),
    _signal(
        "tractionbattery-range",
        {"value": 253, "type": "DEFAULT", "additionalValues": [], "unit": "km"},
    ),
    _signal(
        "closure-doors",
        {
            "values": [{"row": 0, "column": 0, "isOpen": False, "isLocked": True}],
            "rowCount": 2,
            "columnCount": 2,
        },
        status=None,  # fact 5: status may be absent
    ),
    _signal("closure-sunroof", {"isOpen": None}, meta={}),
    _signal("odometer-traveleddistance", {"value": 23451.8, "unit": "kilometers"}),
]
PAGE_TWO = [
    _signal("charge-chargeportstatuscolor", {"value": "invalid"}),
    _signal(
        "location-preciselocation",
        {"latitude": 52.4227, "longitude": 10.7865, "locationType": "LAST_PARKED"},
        status=UNKNOWN_ERROR,  # fact 5: an ERROR may still carry a body
    ),
    _signal("tractionbattery-stateofcharge", status=REAUTHENTICATE),
    _signal("vehicle-speed", {"value": 0, "unit": "km/h"}, status="UNAVAILABLE"),
    _signal("charge-chargingpower", {"value": 7200, "unit": "watts"}),
]


def _page(items: list[dict[str, Any]], number: int) -> dict[str, Any]:
    links: dict[str, Any] = {"self": f"/vehicles/{VEHICLE}/signals?page={number}"}
    if number == 1:
        links["next"] = f"/vehicles/{VEHICLE}/signals?page=2"
    return {
        "data": items,
        "meta": {"totalCount": len(PAGE_ONE) + len(PAGE_TWO), "pageSize": 5, "pageNumber": number},
        "links": links,
        "included": {"vehicle": VEHICLE_RESOURCE},
    }


def _document(resource: dict[str, Any]) -> dict[str, Any]:
    # Fact 1: a single signal is a JSON:API document, the vehicle included.
    return {"data": resource, "included": {"vehicle": VEHICLE_RESOURCE}}


SIGNALS = {item["id"]: item for item in PAGE_ONE + PAGE_TWO}
# Fact 9: error documents with lower-case codes, no type, a string status.
NOT_FOUND = {
    "errors": [
        {"status": "404", "code": "not_found", "title": "Not Found", "detail": "No such signal."}
    ]
}


def _answer(request: httpx2.Request) -> httpx2.Response:
    path, host = request.url.path, request.url.host
    headers = {"SC-Request-Id": "req-1"}
    if host == "iam.test":
        return httpx2.Response(
            200, json={"access_token": "tok", "token_type": "Bearer", "expires_in": 3600}
        )
    if path == f"/v3/vehicles/{VEHICLE}":
        return httpx2.Response(200, json={"data": VEHICLE_RESOURCE}, headers=headers)  # fact 2
    if path == f"/v3/vehicles/{VEHICLE}/signals":
        page = request.url.params.get("page", "1")
        items = PAGE_ONE if page == "1" else PAGE_TWO
        return httpx2.Response(200, json=_page(items, int(page)), headers=headers)
    code = path.rsplit("/", 1)[-1]
    if code in SIGNALS:
        return httpx2.Response(200, json=_document(SIGNALS[code]), headers=headers)
    if code == "internal":
        body = {"errors": [{"status": "500", "code": "internal_error", "title": "Oops"}]}
        return httpx2.Response(500, json=body, headers=headers)
    return httpx2.Response(404, json=NOT_FOUND, headers=headers)


def _app() -> smartcar.App:
    return smartcar.App(
        "client_id", "secret", origins=ORIGINS, transport=httpx2.MockTransport(_answer)
    )


def _by_code(signals: list[t.SignalResource]) -> dict[str, t.SignalResource]:
    return {s.attributes.code: s for s in signals}


def test_every_signal_of_every_page_parses_with_its_value_unit_and_times() -> None:
    car = _app().vehicle(VEHICLE, USER)
    signals = list(car.signals())
    assert [s.id for s in signals] == [s["id"] for s in PAGE_ONE + PAGE_TWO]
    got = _by_code(signals)

    limits = got["charge-chargelimits"].typed_body
    assert isinstance(limits, models.SignalBodyChargeLimits)
    assert (limits.active_limit, limits.unit, limits.values[0].limit) == (80, "percent", 80)
    assert limits.values[0].type_ == "GLOBAL"
    range_ = got["tractionbattery-range"].typed_body
    assert isinstance(range_, models.SignalBodyRange)
    assert (range_.value, range_.unit, range_.type_, range_.additional_values) == (
        253,
        "km",
        "DEFAULT",
        [],
    )
    doors = got["closure-doors"].typed_body
    assert isinstance(doors, models.SignalBodyClosures)
    assert doors.values[0].is_locked is True and doors.row_count == 2
    sunroof = got["closure-sunroof"].typed_body
    assert isinstance(sunroof, models.SignalBodyOpen) and sunroof.is_open is None
    assert got["odometer-traveleddistance"].typed_body == v3.Quantity(23451.8, "kilometers")
    assert got["vehicle-speed"].typed_body == v3.Quantity(0, "km/h")
    assert got["charge-chargingpower"].typed_body == v3.Quantity(7200, "watts")
    # A value that does not fit its code's schema is kept as sent.
    assert got["charge-chargeportstatuscolor"].typed_body is not None
    location = got["location-preciselocation"].typed_body
    assert isinstance(location, models.SignalBodyPreciseLocation)
    assert (location.latitude, location.location_type) == (52.4227, "LAST_PARKED")

    # Fact 4: ISO strings, aware datetimes; an absent time is None.
    meta = got["charge-chargelimits"].meta
    assert meta is not None
    assert meta.ingested_at == dt.datetime(2025, 11, 3, 8, 15, 27, 511000, tzinfo=dt.UTC)
    assert meta.retrieved_at == dt.datetime(2025, 11, 3, 8, 15, 26, tzinfo=dt.UTC)
    assert meta.oem_updated_at == dt.datetime(2025, 11, 3, 7, 10, tzinfo=dt.UTC)
    for signal in signals:
        if signal.meta is not None and signal.meta.ingested_at is not None:
            assert signal.meta.ingested_at.tzinfo is not None
    only_ingested = got["tractionbattery-range"].meta
    assert only_ingested is not None and only_ingested.retrieved_at is None
    sunroof_meta = got["closure-sunroof"].meta
    assert sunroof_meta is not None and sunroof_meta.ingested_at is None


def test_a_failed_signal_reports_its_error_on_itself_and_the_list_still_answers() -> None:
    got = _by_code(list(_app().vehicle(VEHICLE, USER).signals()))
    assert got["closure-doors"].attributes.status is None and got["closure-doors"].error is None
    ok = got["odometer-traveleddistance"].attributes.status
    assert ok is not None and ok.value == models.SignalStatusValue.SUCCESS and not ok.error

    soc = got["tractionbattery-stateofcharge"]
    assert soc.error is not None and soc.typed_body is None
    assert (soc.error.type_, soc.error.code, soc.error.detail) == (
        "CONNECTED_SERVICES_ACCOUNT",
        None,
        "The vehicle owner must sign in again.",
    )
    assert soc.error.resolution is not None and soc.error.resolution.type_ == "REAUTHENTICATE"
    location = got["location-preciselocation"]
    assert location.error is not None and location.error.code == "UNKNOWN"
    assert location.error.resolution is not None
    assert location.error.resolution.type_ == "UNKNOWN_RESOLUTION_TYPE"
    assert location.typed_body is not None  # the ERROR still carries its body
    speed = got["vehicle-speed"].attributes.status
    assert speed is not None and speed.value == models.SignalStatusValue.UNAVAILABLE


def test_the_first_page_and_its_meta() -> None:
    page = _app().vehicle(VEHICLE, USER).get_signals()
    assert isinstance(page, v3.Page) and len(page.items) == 5
    assert page.total_count == 10 and page.next_link == f"/vehicles/{VEHICLE}/signals?page=2"
    assert isinstance(page.model, models.SignalList)
    assert page.model.meta is not None
    assert (page.model.meta.page_size, page.model.meta.page_number) == (5, 1)
    assert page.model.included is not None and page.model.included.vehicle is not None
    assert page.model.included.vehicle.attributes.powertrain_type == "BEV"


def test_one_signal_is_a_document_with_the_vehicle_included() -> None:
    signal = _app().vehicle(VEHICLE, USER).get_signal("tractionbattery-range")
    assert isinstance(signal, t.Signal) and signal.id == "tractionbattery-range"
    assert signal.attributes.code == "tractionbattery-range"
    assert isinstance(signal.typed_body, models.SignalBodyRange)
    assert signal.vehicle is not None and signal.vehicle.attributes.make == "VOLKSWAGEN"
    assert signal.meta is not None and signal.meta.ingested_at is not None
    # The official dict's view: the document (times written back in ISO-8601).
    body = signal["body"]
    sent = _document(SIGNALS["tractionbattery-range"])
    assert body["data"]["attributes"] == sent["data"]["attributes"]
    assert body["included"] == sent["included"]
    assert dt.datetime.fromisoformat(body["data"]["meta"]["ingestedAt"]) == signal.meta.ingested_at
    failed = _app().vehicle(VEHICLE, USER).get_signal("tractionbattery-stateofcharge")
    assert failed.error is not None and failed.error.title == "Reauthentication required"


def test_the_vehicle_in_the_documented_shape_is_typed() -> None:
    vehicle = _app().vehicle(VEHICLE, USER).get_vehicle()
    assert isinstance(vehicle, t.V3Vehicle) and vehicle.id == VEHICLE
    attributes = vehicle.attributes
    assert (attributes.make, attributes.model, attributes.year) == ("VOLKSWAGEN", "ID.4", 2022)
    assert (attributes.powertrain_type, attributes.mode) == ("BEV", "LIVE")
    assert vehicle["body"] == {"data": VEHICLE_RESOURCE}


def test_the_official_sdk_reads_take_the_same_shapes() -> None:
    transport = httpx2.MockTransport(_answer)
    car = smartcar.Vehicle(VEHICLE, "token", origins=ORIGINS, transport=transport)
    signal = car.get_signal("charge-chargelimits")
    assert isinstance(signal.typed_body, models.SignalBodyChargeLimits)
    signals = car.get_signals()
    assert [s.id for s in signals.data] == [s["id"] for s in PAGE_ONE]
    assert signals.meta is not None and signals.meta.total_count == 10


def test_the_async_app_reads_the_same() -> None:
    async def main() -> list[Any]:
        app = smartcar.AsyncApp(
            "client_id", "secret", origins=ORIGINS, transport=httpx2.MockTransport(_answer)
        )
        car = app.vehicle(VEHICLE, USER)
        vehicle = await car.get_vehicle()
        assert vehicle.attributes.mode == "LIVE"
        return [s async for s in car.signals()]

    signals = asyncio.run(main())
    assert len(signals) == 10
    assert _by_code(signals)["tractionbattery-stateofcharge"].error is not None


@pytest.mark.parametrize(
    ("code", "status", "cls", "error_code"),
    [
        ("nope", 404, smartcar.ResourceNotFoundError, "not_found"),
        ("internal", 500, smartcar.ServerError, "internal_error"),
    ],
)
def test_v3_error_documents_with_lower_case_codes_and_no_type(
    code: str, status: int, cls: type[smartcar.SmartcarException], error_code: str
) -> None:
    with pytest.raises(cls) as info:
        _app().vehicle(VEHICLE, USER).get_signal(code)
    error = info.value
    assert (error.status_code, error.code, error.request_id) == (status, error_code, "req-1")
    assert error_code in str(error)


def test_a_403_is_a_permission_error_whatever_its_type() -> None:
    body = {
        "errors": [
            {"status": "403", "type": "AUTHENTICATION", "code": "ACCESS_DENIED", "title": "No"}
        ]
    }
    transport = httpx2.MockTransport(
        lambda request: (
            httpx2.Response(
                200, json={"access_token": "a", "token_type": "Bearer", "expires_in": 3600}
            )
            if request.url.host == "iam.test"
            else httpx2.Response(403, json=body)
        )
    )
    app = smartcar.App("client_id", "secret", origins=ORIGINS, transport=transport)
    with pytest.raises(smartcar.PermissionDeniedError) as info:
        app.vehicle(VEHICLE, USER).get_vehicle()
    assert (info.value.status_code, info.value.type, info.value.code) == (
        403,
        "AUTHENTICATION",
        "ACCESS_DENIED",
    )


def test_the_spec_examples_are_the_real_shapes() -> None:
    # The simulator answers stateless reads with the spec's examples: they must be these.
    spec = json.loads((Path(models.__file__).parent.parent / "openapi.json").read_text("utf-8"))
    paths = spec["paths"]
    content = "responses", "200", "content", "application/json", "example"

    def example(path: str) -> Any:
        node = paths[path]["get"]
        for key in content:
            node = node[key]
        return copy.deepcopy(node)

    vehicle = example("/v3/vehicles/{vehicle_id}")
    assert set(vehicle["data"]["attributes"]) >= {"powertrainType", "mode"}
    one = example("/v3/vehicles/{vehicle_id}/signals/{signal_code}")
    assert one["data"]["type"] == "signal" and "vehicle" in one["included"]
    page = example("/v3/vehicles/{vehicle_id}/signals")
    assert set(page["meta"]) == {"totalCount", "pageSize", "pageNumber"}
    assert any("status" not in item["attributes"] for item in page["data"])
    assert all(isinstance(v, str) for i in page["data"] for v in i["meta"].values())
