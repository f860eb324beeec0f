"""The simulator's built-in example bodies: the answers that do not depend on a vehicle's state.

Data, not logic: the examples of the API reference's appendix (section 12), which the
simulator answers where the OpenAPI spec has none of its own, the compatibility API's answers
and the v3 application's webhooks.
"""

from __future__ import annotations

from typing import Any

from ._data import Powertrain

ACTION_SUCCESS: dict[str, Any] = {
    "status": "success",
    "message": "Successfully sent request to vehicle",
}

NOMINAL_CAPACITY: dict[str, Any] = {
    "availableCapacities": [
        {"capacity": 70.9, "description": None},
        {"capacity": 80.9, "description": None},
        {"capacity": 90.9, "description": "BEV:Extended Range"},
    ],
    "capacity": {"nominal": 80.9, "source": "USER_SELECTED"},
    "url": None,
}

SERVICE_HISTORY: list[Any] = [
    {
        "serviceId": 12345,
        "serviceDate": "2022-07-10T16:20:00.000Z",
        "odometerDistance": 50000,
        "serviceTasks": [{"taskId": 1, "taskDescription": "oil change"}],
        "serviceDetails": [{"type": "dealership", "value": "Downtown Ford"}],
        "serviceCost": {"totalCost": 100, "currency": "USD"},
    }
]

SYSTEM_STATUS: dict[str, Any] = {
    "systems": [
        {"systemId": "SYSTEM_ENGINE", "status": "OK", "description": None},
        {"systemId": "SYSTEM_TPMS", "status": "ALERT", "description": "Front left tire"},
    ]
}

DTCS: dict[str, Any] = {"activeCodes": [{"code": "P302D", "timestamp": "2024-09-05T14:48:00.000Z"}]}

COMPATIBILITY: dict[str, Any] = {
    "compatible": True,
    "reason": None,
    "capabilities": [
        {"permission": "read_odometer", "endpoint": "/odometer", "capable": True, "reason": None},
        {"permission": "read_location", "endpoint": "/location", "capable": True, "reason": None},
        {
            "permission": "control_security",
            "endpoint": "/security",
            "capable": False,
            "reason": "VEHICLE_NOT_CAPABLE",
        },
    ],
}

COMPATIBILITY_MATRIX: dict[str, Any] = {
    "NISSAN": [
        {
            "model": "LEAF",
            "startYear": 2018,
            "endYear": 2022,
            "type": "BEV",
            "endpoints": [
                "EV battery",
                "EV charging status",
                "Location",
                "Lock & unlock",
                "Odometer",
            ],
            "permissions": [
                "read_battery",
                "read_charge",
                "read_location",
                "control_security",
                "read_odometer",
            ],
        }
    ],
    "TESLA": [
        {
            "model": "3",
            "startYear": 2017,
            "endYear": 2023,
            "type": "BEV",
            "endpoints": [
                "EV battery",
                "EV charging status",
                "EV start & stop charge",
                "Location",
                "Lock & unlock",
                "Odometer",
                "Tire pressure",
            ],
            "permissions": [
                "read_battery",
                "read_charge",
                "control_charge",
                "read_location",
                "control_security",
                "read_odometer",
                "read_tires",
            ],
        }
    ],
}

TEST_VIN_PREFIX = "0SC"
"""Smartcar's test VINs begin with this (``0SCGMCT0386A85356``, ``0SCLR0002E8896323``)."""

# test_mode_compatibility_level -> (compatible, powertrain the answer describes); the levels
# are those the API lists when the level is missing in test mode.
TEST_MODE_LEVELS: dict[str, tuple[bool, Powertrain]] = {
    "compatible": (True, "PHEV"),
    "phev": (True, "PHEV"),
    "incompatible": (False, "ICE"),
    "fuel": (True, "ICE"),
    "dinosaur": (False, "ICE"),
    "bev": (True, "BEV"),
}

# Which endpoint each permission unlocks, and what the vehicle needs for it ("battery" or
# "engine"); used to answer the compatibility API for the simulator's own vehicles.
PERMISSION_ENDPOINTS: dict[str, tuple[str, str | None]] = {
    "read_vehicle_info": ("/", None),
    "read_vin": ("/vin", None),
    "read_odometer": ("/odometer", None),
    "read_location": ("/location", None),
    "read_fuel": ("/fuel", "engine"),
    "read_battery": ("/battery", "battery"),
    "read_charge": ("/charge", "battery"),
    "control_charge": ("/charge", "battery"),
    "read_engine_oil": ("/engine/oil", "engine"),
    "read_tires": ("/tires/pressure", None),
    "read_security": ("/security", None),
    "control_security": ("/security", None),
    "control_navigation": ("/navigation/destination", None),
    "read_service_history": ("/service/history", None),
    "read_diagnostics": ("/diagnostics/system_status", None),
}


def v3_webhooks() -> list[dict[str, Any]]:
    """The webhooks the simulated application has (API v3 resources; made in the Dashboard)."""
    signal = {
        "group": "TractionBattery",
        "name": "StateOfCharge",
        "code": "tractionbattery-stateofcharge",
    }
    return [
        {
            "id": webhook_id,
            "type": "webhook",
            "attributes": {
                "name": name,
                "callbackUri": f"https://example.com/webhooks/{slug}",
                "isEnabled": True,
                "triggers": [signal],
                "data": [signal],
                "errorCallbackUri": None,
                "autoSubscribe": auto,
            },
            "links": {"self": f"/webhooks/{webhook_id}"},
            "meta": {"createdAt": "2026-04-22T00:00:00Z"},
        }
        for webhook_id, name, slug, auto in (
            ("5a8e5e38-1e12-4011-a36d-56f120053f9e", "Charging Webhook", "charging", False),
            ("9b1f3c2e-7d4a-4e8b-a6c5-0f2d1e3b4a59", "Fleet Webhook", "fleet", True),
        )
    ]
