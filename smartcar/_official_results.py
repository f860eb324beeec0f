"""The official package's result helpers, and the names it gives some of the typed results.

The official 6.19.1 ``v2_response`` module defines namedtuples; here its records are the typed
results (:mod:`smartcar.types`), which follow the namedtuple protocol in the official field
order. This module holds what that module has beyond the result classes: the official aliases
(``Door``, ``Window`` ... are the lock status items, ``NominalCapcity`` its misspelling) and the
helper functions, working on the typed results. :mod:`smartcar.v2_response` re-exports them.
"""

from __future__ import annotations

import re
from collections import namedtuple
from collections.abc import Iterable, Mapping
from typing import Any

import httpx2
from smartcar_openapi import models

from .types import (
    Access,
    Action,
    Attributes,
    Battery,
    BatteryCapacity,
    Capability,
    Charge,
    ChargeLimit,
    Compatibility,
    CompatibilityV1,
    DeleteConnections,
    DiagnosticSystemStatus,
    DiagnosticTroubleCodes,
    EngineOil,
    Fuel,
    GetConnections,
    Location,
    LockStatus,
    LockStatusItem,
    Meta,
    NominalCapacity,
    Odometer,
    Permissions,
    Response,
    ServiceHistory,
    ServiceRecord,
    Status,
    Subscribe,
    TirePressure,
    User,
    Vehicles,
    Vin,
)

__all__ = [
    "ChargingPort",
    "CompatibilityV2",
    "Door",
    "NominalCapcity",
    "Reason",
    "ServiceCost",
    "ServiceDetail",
    "ServiceTask",
    "Storage",
    "Sunroof",
    "Window",
    "build_meta",
    "format_capabilities",
    "generate_named_tuple",
    "make_access_object",
    "select_named_tuple",
]

CompatibilityV2 = Compatibility
"""The official name of the version 2.0 compatibility result."""

NominalCapcity = NominalCapacity
"""The official (misspelt) name of :class:`~smartcar.types.NominalCapacity`."""

Reason = models.CompatibilityReason
"""Why a VIN is not compatible (``VEHICLE_NOT_COMPATIBLE``, ``MAKE_NOT_COMPATIBLE``)."""

ServiceCost = models.ServiceCost
"""The cost of a service record."""

ServiceDetail = models.ServiceDetail
"""A detail of a service record."""

ServiceTask = models.ServiceTask
"""One task of a service record."""

# The official SDK names one record type per part of a lock status; all have `type` and `status`.
Door = LockStatusItem
"""A door of a lock status (``type``, ``status``)."""
Window = LockStatusItem
"""A window of a lock status (``type``, ``status``)."""
Sunroof = LockStatusItem
"""A sunroof of a lock status (``type``, ``status``)."""
Storage = LockStatusItem
"""A storage compartment of a lock status (``type``, ``status``)."""
ChargingPort = LockStatusItem
"""A charging port of a lock status (``type``, ``status``)."""


def build_meta(response_headers: Mapping[str, str]) -> Meta:
    """The :class:`~smartcar.types.Meta` of response headers (any casing)."""
    return Meta.from_headers(response_headers)


def _camel_to_snake(name: str) -> str:
    name = re.sub("(.)([A-Z][a-z]+)", r"\1_\2", name)
    name = re.sub("(.)([0-9]+)", r"\1_\2", name)
    return re.sub("([a-z0-9])([A-Z])", r"\1_\2", name).lower()


def generate_named_tuple(
    dictionary: Mapping[str, Any], name: str = "namedtuple", kebab_case: bool = False
) -> Any:
    """A namedtuple of ``dictionary``'s values, its keys in snake_case (``None`` if empty).

    Args:
        dictionary: any mapping with string keys.
        name: the namedtuple's type name.
        kebab_case: the keys are kebab-case (``sc-data-age``) rather than camelCase.
    """
    if not dictionary:
        return None
    fields = [
        key.replace("-", "_").lower() if kebab_case else _camel_to_snake(key) for key in dictionary
    ]
    # The fields are known only at run time, so the namedtuple is built untyped.
    factory: Any = namedtuple
    made: Any = factory(name, fields)
    return made._make(dictionary.values())


def make_access_object(access: Mapping[str, Any]) -> Access:
    """An :class:`~smartcar.types.Access` from a dict with its six fields."""
    return Access(
        access_token=access.get("access_token"),  # type: ignore[arg-type]
        token_type=access.get("token_type"),  # type: ignore[arg-type]
        expires_in=access.get("expires_in"),  # type: ignore[arg-type]
        expiration=access.get("expiration"),  # type: ignore[arg-type]
        refresh_token=access.get("refresh_token"),  # type: ignore[arg-type]
        refresh_expiration=access.get("refresh_expiration"),  # type: ignore[arg-type]
    )


def format_capabilities(capabilities_list: Iterable[Mapping[str, Any]]) -> list[Capability]:
    """Typed capabilities from the ``capabilities`` of a compatibility body."""
    return [Capability.from_dict(capability) for capability in capabilities_list]


_RESULTS: dict[str, Any] = {
    "user": User,
    "vehicles": Vehicles,
    "compatibility_v1": CompatibilityV1,
    "compatibility_v2": Compatibility,
    "vin": Vin,
    "charge": Charge,
    "battery": Battery,
    "battery/capacity": BatteryCapacity,
    "battery/nominal_capacity": NominalCapacity,
    "fuel": Fuel,
    "tires/pressure": TirePressure,
    "engine/oil": EngineOil,
    "odometer": Odometer,
    "location": Location,
    "charge/limit": ChargeLimit,
    "diagnostics/system_status": DiagnosticSystemStatus,
    "diagnostics/dtcs": DiagnosticTroubleCodes,
    "permissions": Permissions,
    "security": LockStatus,
    "subscribe": Subscribe,
    "lock": Action,
    "unlock": Action,
    "start_charge": Action,
    "stop_charge": Action,
    "set_charge_limit": Action,
    "send_destination": Action,
    "disconnect": Status,
    "unsubscribe": Status,
    "": Attributes,
    "connections": GetConnections,
    "delete_connections": DeleteConnections,
}


def select_named_tuple(path: str, response_or_dict: httpx2.Response | Mapping[str, Any]) -> Any:
    """The typed result of ``path`` from a response, or from a batch item's dict.

    Args:
        path: an API path (``"odometer"``, ``"tires/pressure"``, ``""`` for attributes) or an
            operation name (``"user"``, ``"lock"``, ``"request"`` ...), as in the official SDK.
        response_or_dict: an ``httpx2.Response``, or ``{"body": ..., "headers": ...}``.

    Returns:
        The typed result with its ``meta``; for an unknown path, a namedtuple of a JSON object
        body, or the body itself.
    """
    if isinstance(response_or_dict, Mapping):
        headers: Mapping[str, str] = response_or_dict.get("headers") or {}
        data = response_or_dict.get("body")
    else:  # a response of any HTTP library with .headers and .json(): httpx2's, or httpx's
        headers = response_or_dict.headers
        data = response_or_dict.json()
    meta = build_meta(headers)
    if path == "request":
        return Response(body=data, meta=meta)
    if path == "service/history":
        return ServiceHistory(
            items=[ServiceRecord.from_dict(item) for item in data or []], meta=meta
        )
    cls = _RESULTS.get(path)
    if cls is not None:
        result = cls.from_dict(data)
        result.meta = meta
        return result
    if isinstance(data, dict):
        return generate_named_tuple(data, "Data")
    return data
