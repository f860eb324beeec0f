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

Names are imported on first use (PEP 562), so ``import smartcar`` costs little and a program
pays only for the parts it touches; ``from smartcar import Vehicle`` works as usual.
"""

from __future__ import annotations

from ._core.lazy import module_getattr
from ._core.version import __version__

# Not `from typing import TYPE_CHECKING`: importing typing would be most of what
# `import smartcar` costs. Type checkers treat this name as true all the same.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from ._core.config import Origins
    from ._http import (
        DEFAULT_MAX_RETRIES,
        DEFAULT_MAX_RETRY_AFTER,
        DEFAULT_TIMEOUT,
        Attempt,
        AttemptResponse,
        ClientOptions,
        Hooks,
        RawResponse,
    )
    from ._resources.functions import (
        delete_connections,
        get_api_version,
        get_compatibility,
        get_compatibility_matrix,
        get_connections,
        get_management_token,
        get_user,
        get_vehicle,
        get_vehicles,
        set_api_version,
        with_options,
        with_raw_response,
    )
    from ._v3.connect import ConnectError, read_connect_redirect
    from .app import App, AppVehicle, AsyncApp, AsyncAppVehicle
    from .auth_client import (
        AsyncAuthClient,
        AuthClient,
    )
    from .exceptions import (
        AuthenticationError,
        BillingError,
        CompatibilityError,
        ConfigurationError,
        ConnectedServicesAccountError,
        CredentialWarning,
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
    from .fleet import (
        FleetResult,
        aread_fleet,
        read_fleet,
    )
    from .tokens import TokenManager
    from .types import Access
    from .vehicle import (
        AsyncVehicle,
        Vehicle,
    )
    from .webhooks import hash_challenge, verify_payload

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_MAX_RETRY_AFTER",
    "DEFAULT_TIMEOUT",
    "Access",
    "App",
    "AppVehicle",
    "AsyncApp",
    "AsyncAppVehicle",
    "AsyncAuthClient",
    "AsyncVehicle",
    "Attempt",
    "AttemptResponse",
    "AuthClient",
    "AuthenticationError",
    "BillingError",
    "ClientOptions",
    "CompatibilityError",
    "ConfigurationError",
    "ConnectError",
    "ConnectedServicesAccountError",
    "CredentialWarning",
    "FleetResult",
    "Hooks",
    "InvalidInputError",
    "InvalidResponseError",
    "NetworkError",
    "OAuthError",
    "Origins",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
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
    "aread_fleet",
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
    "read_connect_redirect",
    "read_fleet",
    "set_api_version",
    "verify_payload",
    "with_options",
    "with_raw_response",
]

# Where each public name is defined ("module:name"), imported the first time it is asked for.
_LAZY: dict[str, str] = {
    "Origins": "._core.config:Origins",
    "DEFAULT_MAX_RETRIES": "._http:DEFAULT_MAX_RETRIES",
    "DEFAULT_MAX_RETRY_AFTER": "._http:DEFAULT_MAX_RETRY_AFTER",
    "DEFAULT_TIMEOUT": "._http:DEFAULT_TIMEOUT",
    "ClientOptions": "._http:ClientOptions",
    "RawResponse": "._http:RawResponse",
    "Hooks": "._http:Hooks",
    "AttemptResponse": "._http:AttemptResponse",
    "Attempt": "._http:Attempt",
    "AsyncAuthClient": ".auth_client:AsyncAuthClient",
    "AuthClient": ".auth_client:AuthClient",
    "AuthenticationError": ".exceptions:AuthenticationError",
    "BillingError": ".exceptions:BillingError",
    "CompatibilityError": ".exceptions:CompatibilityError",
    "ConfigurationError": ".exceptions:ConfigurationError",
    "ConnectedServicesAccountError": ".exceptions:ConnectedServicesAccountError",
    "CredentialWarning": ".exceptions:CredentialWarning",
    "InvalidInputError": ".exceptions:InvalidInputError",
    "InvalidResponseError": ".exceptions:InvalidResponseError",
    "NetworkError": ".exceptions:NetworkError",
    "OAuthError": ".exceptions:OAuthError",
    "PermissionDeniedError": ".exceptions:PermissionDeniedError",
    "RateLimitError": ".exceptions:RateLimitError",
    "RequestTimeoutError": ".exceptions:RequestTimeoutError",
    "ResourceNotFoundError": ".exceptions:ResourceNotFoundError",
    "ServerError": ".exceptions:ServerError",
    "SmartcarException": ".exceptions:SmartcarException",
    "UpstreamError": ".exceptions:UpstreamError",
    "ValidationError": ".exceptions:ValidationError",
    "VehicleStateError": ".exceptions:VehicleStateError",
    "WebhookSignatureError": ".exceptions:WebhookSignatureError",
    "FleetResult": ".fleet:FleetResult",
    "aread_fleet": ".fleet:aread_fleet",
    "read_fleet": ".fleet:read_fleet",
    "delete_connections": "._resources.functions:delete_connections",
    "get_api_version": "._resources.functions:get_api_version",
    "get_compatibility": "._resources.functions:get_compatibility",
    "get_compatibility_matrix": "._resources.functions:get_compatibility_matrix",
    "get_connections": "._resources.functions:get_connections",
    "get_management_token": "._resources.functions:get_management_token",
    "get_user": "._resources.functions:get_user",
    "get_vehicle": "._resources.functions:get_vehicle",
    "get_vehicles": "._resources.functions:get_vehicles",
    "hash_challenge": ".webhooks:hash_challenge",
    "set_api_version": "._resources.functions:set_api_version",
    "verify_payload": ".webhooks:verify_payload",
    "with_options": "._resources.functions:with_options",
    "with_raw_response": "._resources.functions:with_raw_response",
    "TokenManager": ".tokens:TokenManager",
    "Access": ".types:Access",
    "App": ".app:App",
    "AppVehicle": ".app:AppVehicle",
    "AsyncApp": ".app:AsyncApp",
    "AsyncAppVehicle": ".app:AsyncAppVehicle",
    "ConnectError": "._v3.connect:ConnectError",
    "read_connect_redirect": "._v3.connect:read_connect_redirect",
    "AsyncVehicle": ".vehicle:AsyncVehicle",
    "Vehicle": ".vehicle:Vehicle",
}


# Hidden from type checkers: they see the imports above, and a visible __getattr__ would make
# every misspelt attribute (smartcar.Vehical) type-check as Any.
if not TYPE_CHECKING:
    # Any other name is a submodule: `import smartcar; smartcar.types.Odometer` worked when
    # everything was imported eagerly, and importing it binds it here as `import
    # smartcar.types` would.
    __getattr__ = module_getattr(globals(), _LAZY, submodules=True)

    def __dir__() -> list[str]:
        """The public names, imported or not, for ``dir()`` and completion."""
        return sorted(set(globals()) | set(__all__))
