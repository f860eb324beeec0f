"""Module-level functions, at the import path the official SDK uses (``smartcar.smartcar``)."""

from __future__ import annotations

from ._api import SyncApi, get_api_version, get_management_token, set_api_version
from .webhooks import hash_challenge, verify_payload

__all__ = [
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
]

_api = SyncApi()

get_user = _api.get_user
get_vehicles = _api.get_vehicles
get_compatibility = _api.get_compatibility
get_compatibility_matrix = _api.get_compatibility_matrix
get_vehicle = _api.get_vehicle
get_connections = _api.get_connections
delete_connections = _api.delete_connections
with_options = _api.with_options
