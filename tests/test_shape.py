"""A 2xx body whose values have the wrong types is an InvalidResponseError, not a lying result."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from smartcar_openapi.models import LockStatus

import smartcar
from smartcar._shape import check_model


def _vehicle(body: Any) -> smartcar.Vehicle:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=body, headers={"SC-Request-Id": "rid-1"})

    return smartcar.Vehicle("v1", "tok", transport=httpx.MockTransport(handler), max_retries=0)


@pytest.mark.parametrize(
    ("method", "body", "field"),
    [
        ("odometer", {"distance": "far"}, "Odometer.distance"),
        ("odometer", {"distance": True}, "Odometer.distance"),
        ("odometer", {"distance": None}, "Odometer.distance"),
        (
            "attributes",
            {"id": "v1", "make": "TESLA", "model": "3", "year": "2021"},
            "Attributes.year",
        ),
        ("charge", {"isPluggedIn": "yes", "state": "CHARGING"}, "Charge.is_plugged_in"),
        (
            "lock_status",
            {
                "isLocked": True,
                "doors": [{"type": "frontLeft", "status": 3}],
                "windows": [],
                "sunroof": [],
                "storage": [],
                "chargingPort": [],
            },
            "LockStatus.doors[0].status",
        ),
        (
            "permissions",
            {"paging": {"count": 1, "offset": 0}, "permissions": [1]},
            "Permissions.permissions[0]",
        ),
    ],
)
def test_wrong_leaf_types_are_invalid_responses(method: str, body: Any, field: str) -> None:
    with pytest.raises(smartcar.InvalidResponseError) as info:
        getattr(_vehicle(body), method)()
    assert field in str(info.value)
    assert info.value.status_code == 200
    assert info.value.request_id == "rid-1"


def test_numbers_and_nulls_that_fit_are_accepted() -> None:
    assert _vehicle({"distance": 104032}).odometer().distance == 104032  # a JSON int for a float
    fuel = _vehicle({"amountRemaining": None, "percentRemaining": 0.5, "range": None}).fuel()
    assert fuel.amount_remaining is None and fuel.range is None


def test_batch_items_are_checked_when_accessed() -> None:
    body = {
        "responses": [{"path": "/odometer", "code": 200, "body": {"distance": "x"}, "headers": {}}]
    }
    result = _vehicle(body).batch(["/odometer"])
    with pytest.raises(smartcar.InvalidResponseError):
        result.odometer()


def test_check_model_names_the_nested_field() -> None:
    status = LockStatus.from_dict(
        {
            "isLocked": True,
            "doors": [],
            "windows": [{"type": "x", "status": None}],
            "sunroof": [],
            "storage": [],
            "chargingPort": [],
        }
    )
    with pytest.raises(TypeError, match=r"LockStatus\.windows\[0\]\.status is None, expected str"):
        check_model(status)
