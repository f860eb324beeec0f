"""The asyncio twins of the module-level functions: ``await smartcar.aio.get_user(token)``.

Names, arguments and results match :mod:`smartcar`; :class:`AsyncAuthClient` and
:class:`AsyncVehicle` are the twins of the classes.
"""

from __future__ import annotations

from ._resources.api import AsyncApi, get_api_version, get_management_token, set_api_version
from .auth_client import AsyncAuthClient
from .vehicle import AsyncVehicle
from .webhooks import hash_challenge, verify_payload

__all__ = [
    "AsyncAuthClient",
    "AsyncVehicle",
    "delete_connections",
    "get_api_version",
    "get_compatibility",
    "get_compatibility_matrix",
    "get_connections",
    "get_management_token",
    "get_user",
    "get_vehicle",
    "get_vehicles",
    "hash_challenge",
    "set_api_version",
    "verify_payload",
    "with_options",
    "with_raw_response",
]

_api = AsyncApi()

get_user = _api.get_user
get_vehicles = _api.get_vehicles
get_compatibility = _api.get_compatibility
get_compatibility_matrix = _api.get_compatibility_matrix
get_vehicle = _api.get_vehicle
get_connections = _api.get_connections
delete_connections = _api.delete_connections
with_options = _api.with_options
with_raw_response = _api.with_raw_response
