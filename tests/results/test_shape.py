"""A 2xx body that departs from the spec: kept as sent and recorded, or (strict) an error.

By default the result holds what was sent, and ``spec_deviations`` says where the body departs
from the spec; with ``strict=True`` the same body is an ``InvalidResponseError`` naming the place.
"""

from __future__ import annotations

from typing import Any

import httpx2
import pytest
from smartcar_openapi.models import LockStatus

import smartcar
from smartcar._core.shape import check_model, deviations


def _vehicle(body: Any, *, strict: bool | None = None) -> smartcar.Vehicle:
    def handler(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(200, json=body, headers={"SC-Request-Id": "rid-1"})

    return smartcar.Vehicle(
        "v1", "tok", transport=httpx2.MockTransport(handler), max_retries=0, strict=strict
    )


_LOCKS = {"isLocked": True, "windows": [], "sunroof": [], "storage": [], "chargingPort": []}

WRONG_LEAVES = [
    ("odometer", {"distance": "far"}, "distance", "far"),
    ("odometer", {"distance": True}, "distance", True),
    ("odometer", {"distance": None}, "distance", None),
    ("attributes", {"id": "v1", "make": "TESLA", "model": "3", "year": "2021"}, "year", "2021"),
    ("charge", {"isPluggedIn": "yes", "state": "CHARGING"}, "isPluggedIn", "yes"),
    (
        "lock_status",
        {**_LOCKS, "doors": [{"type": "frontLeft", "status": 3}]},
        "doors[0].status",
        3,
    ),
    (
        "permissions",
        {"paging": {"count": 1, "offset": 0}, "permissions": [1]},
        "permissions[0]",
        1,
    ),
]


def _value_at(result: Any, path: str) -> Any:
    # Follows a JSON path of spec_deviations ("doors[0].status") through the result's fields.
    value = result
    for part in path.replace("[", ".[").split("."):
        if part.startswith("["):
            value = value[int(part[1:-1])]
        else:
            names = {f: f for f in dir(value)}
            snake = "".join(f"_{c.lower()}" if c.isupper() else c for c in part)
            value = getattr(value, names.get(part) or snake)
    return value


@pytest.mark.parametrize(("method", "body", "path", "sent"), WRONG_LEAVES)
def test_wrong_leaf_types_are_kept_as_sent_and_recorded(
    method: str, body: Any, path: str, sent: Any
) -> None:
    result = getattr(_vehicle(body), method)()
    assert path in result.spec_deviations
    assert _value_at(result, path) == sent
    assert result.meta.request_id == "rid-1"  # the rest of the result is intact


@pytest.mark.parametrize(("method", "body", "path", "sent"), WRONG_LEAVES)
def test_strict_mode_makes_wrong_leaf_types_invalid_responses(
    method: str, body: Any, path: str, sent: Any
) -> None:
    with pytest.raises(smartcar.InvalidResponseError) as info:
        getattr(_vehicle(body, strict=True), method)()
    assert path in str(info.value)
    assert "strict mode" in str(info.value)
    assert info.value.status_code == 200
    assert info.value.request_id == "rid-1"


def test_strict_mode_never_quotes_values() -> None:
    # Strict errors name the path and the types; a body (a token response's) can hold secrets.
    with pytest.raises(smartcar.InvalidResponseError) as info:
        _vehicle({"distance": "s3cr3t-value"}, strict=True).odometer()
    assert "s3cr3t" not in str(info.value)
    assert "expected float, got str" in str(info.value)


def test_a_missing_required_member_is_none_and_listed() -> None:
    attributes = _vehicle({"id": "v1", "make": "TESLA", "year": 2021}).attributes()
    assert attributes.model is None
    assert attributes.make == "TESLA" and attributes.year == 2021
    assert attributes.missing_fields == ["model"]
    with pytest.raises(smartcar.InvalidResponseError, match="model: missing"):
        _vehicle({"id": "v1", "make": "TESLA", "year": 2021}, strict=True).attributes()


def test_an_unknown_enum_value_stays_its_string_and_strict_mode_names_it() -> None:
    body = {"isPluggedIn": True, "state": "DISCHARGING_TO_GRID"}
    charge = _vehicle(body).charge()
    assert charge.state == "DISCHARGING_TO_GRID"
    assert "unknown" in charge.spec_deviations["state"]
    with pytest.raises(smartcar.InvalidResponseError, match="state: unknown"):
        _vehicle(body, strict=True).charge()


def test_one_odd_list_item_keeps_the_others() -> None:
    body = {**_LOCKS, "doors": [{"type": "frontLeft", "status": "LOCKED"}, "odd", 7]}
    status = _vehicle(body).lock_status()
    assert [door.status for door in status.doors[:1]] == ["LOCKED"]
    assert status.doors[1:] == ["odd", 7]
    assert set(status.spec_deviations) == {"doors[1]", "doors[2]"}


def test_a_body_that_is_not_an_object_is_still_an_invalid_response() -> None:
    for body in ([1, 2], "odometer", 3):
        with pytest.raises(smartcar.InvalidResponseError):
            _vehicle(body).odometer()


def test_numbers_and_nulls_that_fit_are_accepted_even_strictly() -> None:
    odometer = _vehicle({"distance": 104032}, strict=True).odometer()  # a JSON int for a float
    assert odometer.distance == 104032 and odometer.spec_deviations == {}
    body = {"amountRemaining": None, "percentRemaining": 0.5, "range": None}
    fuel = _vehicle(body, strict=True).fuel()
    assert fuel.amount_remaining is None and fuel.range is None


def test_batch_items_are_lenient_and_strict_mode_checks_them_with_the_batch() -> None:
    body = {
        "responses": [{"path": "/odometer", "code": 200, "body": {"distance": "x"}, "headers": {}}]
    }
    odometer = _vehicle(body).batch(["/odometer"]).odometer()
    assert odometer.distance == "x" and "distance" in odometer.spec_deviations
    with pytest.raises(smartcar.InvalidResponseError, match="distance"):
        _vehicle(body, strict=True).batch(["/odometer"])


def test_strict_is_an_option_like_the_others() -> None:
    vehicle = _vehicle({"distance": "far"})
    assert vehicle.settings.strict is False
    with pytest.raises(smartcar.InvalidResponseError):
        vehicle.with_options(strict=True).odometer()
    assert vehicle.odometer().distance == "far"  # the original is unchanged
    with pytest.raises(smartcar.InvalidInputError, match="strict"):
        vehicle.with_options(strict="yes")  # type: ignore[arg-type]


def test_check_model_names_the_nested_field() -> None:
    status = LockStatus.from_dict(
        {**_LOCKS, "doors": [], "windows": [{"type": "x", "status": None}]}
    )
    assert deviations(status) == {"LockStatus.windows[0].status": "expected str, got null"}
    with pytest.raises(TypeError, match=r"LockStatus\.windows\[0\]\.status: expected str"):
        check_model(status)


def test_strict_mode_is_off_by_default_and_on_with_smartcar_strict(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("SMARTCAR_STRICT", raising=False)
    assert smartcar.Vehicle("v1", "tok").settings.strict is False
    monkeypatch.setenv("SMARTCAR_STRICT", "1")
    assert smartcar.Vehicle("v1", "tok").settings.strict is True
    assert smartcar.Vehicle("v1", "tok", strict=False).settings.strict is False
    with pytest.raises(smartcar.InvalidResponseError):
        _vehicle({"distance": "far"}).odometer()


@pytest.mark.strict_spec
def test_the_strict_spec_marker_turns_strict_mode_on() -> None:
    # What tests/resources/test_sdk_cassettes.py relies on to replay its cassettes strictly.
    assert smartcar.Vehicle("v1", "tok").settings.strict is True
    assert smartcar.AuthClient("id", "secret").settings.strict is True


def test_to_dict_gives_back_what_was_sent() -> None:
    # The command line prints results through to_dict(): odd members, odd items and missing
    # members come out as they came in, not as an AttributeError.
    body = {
        "isLocked": "yes",
        "doors": [{"type": "frontLeft", "status": "LOCKED"}, "odd", {"type": 5}],
        "windows": "none",
        "sunroof": [],
    }
    status = LockStatus.from_dict(body)
    assert status.to_dict() == body
    assert sorted(status.missing_fields) == ["chargingPort", "doors[2].status", "storage"]


def test_a_batch_body_without_its_responses_is_an_empty_batch_or_strictly_an_error() -> None:
    batch = _vehicle({}).batch(["/odometer"])
    assert batch.items == []
    with pytest.raises(smartcar.InvalidResponseError, match="responses: missing"):
        _vehicle({}, strict=True).batch(["/odometer"])
