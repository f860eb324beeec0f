"""Typed, async-ready Python SDK for the Smartcar connected-car API.

Drop-in compatible with the official ``smartcar`` package::

    import smartcar

    client = smartcar.AuthClient()              # SMARTCAR_CLIENT_ID / _SECRET / _REDIRECT_URI
    url = client.get_auth_url(["read_odometer"])
    access = client.exchange_code(code)
    vehicle_ids = smartcar.get_vehicles(access.access_token).vehicles
    vehicle = smartcar.Vehicle(vehicle_ids[0], access.access_token)
    print(vehicle.odometer().distance)

Async twins live in :mod:`smartcar.aio` (``AsyncAuthClient``, ``AsyncVehicle``), errors in
:mod:`smartcar.exceptions`, results in :mod:`smartcar.types`, webhooks in
:mod:`smartcar.webhooks`, and an offline simulator in :mod:`smartcar.testing`.
"""

from ._config import Origins
from ._http import DEFAULT_MAX_RETRIES, DEFAULT_MAX_RETRY_AFTER, DEFAULT_TIMEOUT
from ._version import __version__
from .auth_client import AsyncAuthClient, AuthClient
from .exceptions import (
    AuthenticationError,
    BillingError,
    CompatibilityError,
    ConfigurationError,
    ConnectedServicesAccountError,
    InvalidInputError,
    InvalidResponseError,
    NetworkError,
    OAuthError,
    PermissionDeniedError,
    RateLimitError,
    RequestTimeoutError,
    ResourceNotFoundError,
    ServerError,
    SmartcarException,
    UpstreamError,
    ValidationError,
    VehicleStateError,
    WebhookSignatureError,
)
from .smartcar import (
    delete_connections,
    get_api_version,
    get_compatibility,
    get_compatibility_matrix,
    get_connections,
    get_management_token,
    get_user,
    get_vehicle,
    get_vehicles,
    hash_challenge,
    set_api_version,
    verify_payload,
)
from .tokens import TokenManager
from .types import Access
from .vehicle import AsyncVehicle, Vehicle

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_MAX_RETRY_AFTER",
    "DEFAULT_TIMEOUT",
    "Access",
    "AsyncAuthClient",
    "AsyncVehicle",
    "AuthClient",
    "AuthenticationError",
    "BillingError",
    "CompatibilityError",
    "ConfigurationError",
    "ConnectedServicesAccountError",
    "InvalidInputError",
    "InvalidResponseError",
    "NetworkError",
    "OAuthError",
    "Origins",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestTimeoutError",
    "ResourceNotFoundError",
    "ServerError",
    "SmartcarException",
    "TokenManager",
    "UpstreamError",
    "ValidationError",
    "Vehicle",
    "VehicleStateError",
    "WebhookSignatureError",
    "__version__",
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
]
