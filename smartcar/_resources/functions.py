"""The blocking module functions, ``smartcar.get_user`` and the others: bound here, once.

They are the methods of :data:`default_api`, a :class:`~smartcar._resources.api.SyncApi`.
The package's table (``smartcar.get_user``) and the official module name
(``smartcar.smartcar.get_user``) both re-export these very objects, so the core never goes
through the compatibility module. Their asyncio twins are bound in :mod:`smartcar.aio`.
"""

from __future__ import annotations

from .api import SyncApi, get_api_version, get_management_token, set_api_version

__all__ = [
    "default_api",
    "delete_connections",
    "get_api_version",
    "get_compatibility",
    "get_compatibility_matrix",
    "get_connections",
    "get_management_token",
    "get_user",
    "get_vehicle",
    "get_vehicles",
    "set_api_version",
    "with_options",
    "with_raw_response",
]

default_api = SyncApi()

get_user = default_api.get_user
get_vehicles = default_api.get_vehicles
get_compatibility = default_api.get_compatibility
get_compatibility_matrix = default_api.get_compatibility_matrix
get_vehicle = default_api.get_vehicle
get_connections = default_api.get_connections
delete_connections = default_api.delete_connections
with_options = default_api.with_options
with_raw_response = default_api.with_raw_response
