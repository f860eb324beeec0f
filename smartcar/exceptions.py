"""Exceptions raised by the SDK.

Every failure that reaches you is a :class:`SmartcarException`::

    SmartcarException
    ├── one subclass per Smartcar error ``type``
    │   ├── AuthenticationError            AUTHENTICATION (401)
    │   ├── PermissionDeniedError          PERMISSION (403)
    │   ├── ResourceNotFoundError          RESOURCE_NOT_FOUND (404)
    │   ├── ValidationError                VALIDATION (400)
    │   ├── VehicleStateError              VEHICLE_STATE (409)
    │   ├── RateLimitError                 RATE_LIMIT (429), with ``retry_after``
    │   ├── BillingError                   BILLING (430)
    │   ├── ServerError                    SERVER (500, 503)
    │   ├── CompatibilityError             COMPATIBILITY (501)
    │   ├── UpstreamError                  UPSTREAM (502, 504)
    │   ├── ConnectedServicesAccountError  CONNECTED_SERVICES_ACCOUNT (400)
    │   └── OAuthError                     errors of the token endpoint (``invalid_grant`` ...)
    ├── NetworkError                       the request did not complete (DNS, connect, reset)
    │   └── RequestTimeoutError            the request took longer than the timeout
    ├── InvalidResponseError               a response the SDK cannot understand
    ├── InvalidInputError                  bad arguments, raised before any request is sent
    ├── ConfigurationError                 missing credentials or configuration
    └── WebhookSignatureError              a webhook payload whose signature does not match

All fields are always present and ``None`` when unknown. :class:`CredentialWarning` is a
warning, not an error: a credential that looks like another one (see its docstring).
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, ClassVar

__all__ = [
    "AuthenticationError",
    "BillingError",
    "CompatibilityError",
    "ConfigurationError",
    "ConnectedServicesAccountError",
    "CredentialWarning",
    "InvalidInputError",
    "InvalidResponseError",
    "NetworkError",
    "OAuthError",
    "PermissionDeniedError",
    "RateLimitError",
    "RedactedCause",
    "RequestTimeoutError",
    "ResourceNotFoundError",
    "ServerError",
    "SmartcarException",
    "UpstreamError",
    "ValidationError",
    "VehicleStateError",
    "WebhookSignatureError",
]


class SmartcarException(Exception):
    """Base class of every error the SDK raises.

    Attributes:
        status_code: HTTP status of the failed response, if there was one.
        type: Smartcar error type (``"VEHICLE_STATE"``), v1.0 error name or OAuth error.
        code: Smartcar error code (``"ASLEEP"``), if any.
        description: Smartcar's description of the error.
        message: A one-line summary, also the exception's ``str()``.
        doc_url: Link to Smartcar's documentation of this error.
        resolution: ``{"type": ..., "url": ...}`` telling how to resolve it, or ``None``.
        detail: Extra detail, such as the invalid fields of a validation error.
        suggested_user_message: Text Smartcar suggests showing to the end user.
        request_id: Smartcar request id (``SC-Request-Id``), for support requests.
        retry_after: Seconds to wait before retrying, from ``Retry-After``.
        headers: The response headers (read in any casing), when the error came from a
            response (``None`` otherwise). Credentials are redacted: ``Set-Cookie``,
            ``Authorization`` and the like read ``[REDACTED]``, and a credential the request
            carried never appears.
        body: The response body as text, when the error came from a response (``None``
            otherwise), redacted like ``headers``: the credentials the request carried and
            the values of token fields (``access_token``, ``refresh_token`` ...) are blanked.

    An error raised from a failure underneath (a timeout, a parser error, an HTTP error
    response) has a :class:`RedactedCause` as ``__cause__``: a traceback says what happened,
    and nothing in the chain holds a credential.
    """

    default_type: ClassVar[str | None] = None

    def __init__(
        self,
        message: str | None = None,
        *,
        status_code: int | None = None,
        type: str | None = None,
        code: str | None = None,
        description: str | None = None,
        doc_url: str | None = None,
        resolution: dict[str, Any] | str | None = None,
        detail: Any = None,
        suggested_user_message: str | None = None,
        request_id: str | None = None,
        retry_after: int | None = None,
        headers: Mapping[str, str] | None = None,
        body: str | None = None,
    ) -> None:
        self.status_code = status_code
        self.type = type if type is not None else self.default_type
        self.code = code
        self.description = description
        self.doc_url = doc_url
        self.resolution = _normalise_resolution(resolution)
        self.detail = detail
        self.suggested_user_message = suggested_user_message
        self.request_id = request_id
        self.retry_after = retry_after
        self.headers = headers
        self.body = body
        if message is None:
            message = default_message(self.type, code, description)
        self.message = message
        super().__init__(message)

    def __repr__(self) -> str:
        fields = ", ".join(
            f"{name}={getattr(self, name)!r}"
            for name in ("status_code", "type", "code", "request_id", "retry_after")
            if getattr(self, name) is not None
        )
        return f"{type(self).__name__}({self.message!r}{', ' if fields else ''}{fields})"

    def __reduce__(self) -> Any:
        # Keyword-only fields would be lost by Exception's default pickling.
        return (_rebuild, (type(self), self.message, self._fields()))

    def _fields(self) -> dict[str, Any]:
        return {
            "status_code": self.status_code,
            "type": self.type,
            "code": self.code,
            "description": self.description,
            "doc_url": self.doc_url,
            "resolution": self.resolution,
            "detail": self.detail,
            "suggested_user_message": self.suggested_user_message,
            "request_id": self.request_id,
            "retry_after": self.retry_after,
            "headers": self.headers,
            "body": self.body,
        }


class RedactedCause(Exception):
    """What a :class:`SmartcarException` was raised from, told without any credential.

    The SDK never chains the original exception: a parser's error keeps the whole body (new
    tokens included) and a transport error can quote the request's headers. Instead it chains
    this description of it, with its text redacted, so a traceback still explains the failure
    (``httpx2.ReadTimeout: timed out``, ``HTTP 409 from GET https://...``). It is never raised
    on its own.

    Attributes:
        kind: What failed underneath: an exception's qualified name (``httpx2.ReadTimeout``)
            or ``"HTTP response"``.
        detail: The redacted description of that failure.
    """

    def __init__(self, kind: str, detail: str = "") -> None:
        self.kind = kind
        self.detail = detail
        super().__init__(f"{kind}: {detail}" if detail else kind)

    def __reduce__(self) -> Any:
        return (type(self), (self.kind, self.detail))


def _rebuild(cls: type[SmartcarException], message: str, fields: dict[str, Any]) -> Any:
    return cls(message, **fields)


def _normalise_resolution(value: dict[str, Any] | str | None) -> dict[str, Any] | None:
    # Older API responses send the resolution as a bare string ("REAUTHENTICATE"); keep it.
    if value is None:
        return None
    if isinstance(value, str):
        return {"type": value, "url": None}
    if isinstance(value, dict):
        return {"type": value.get("type"), "url": value.get("url")}
    return None


def default_message(type_: str | None, code: str | None, description: str | None) -> str:
    """The official message format: ``TYPE:CODE - description`` (``TYPE - ...`` without code)."""
    head = f"{type_}:{code}" if type_ and code else (type_ or code or "SmartcarException")
    return f"{head} - {description}" if description else head


class AuthenticationError(SmartcarException):
    """The access token or client credentials are missing, invalid or expired (401)."""

    default_type = "AUTHENTICATION"


class PermissionDeniedError(SmartcarException):
    """The application lacks the permission (scope) this request needs (403)."""

    default_type = "PERMISSION"


class ResourceNotFoundError(SmartcarException):
    """The path or API version does not exist (404)."""

    default_type = "RESOURCE_NOT_FOUND"


class ValidationError(SmartcarException, ValueError):
    """The API rejected the request's parameters (400); ``detail`` lists the fields."""

    default_type = "VALIDATION"


class VehicleStateError(SmartcarException):
    """The vehicle cannot do this now: asleep, unplugged, door open ... (409)."""

    default_type = "VEHICLE_STATE"


class RateLimitError(SmartcarException):
    """Too many requests (429); ``retry_after`` says how many seconds to wait."""

    default_type = "RATE_LIMIT"


class BillingError(SmartcarException):
    """The plan's limits are reached or the account is suspended (430)."""

    default_type = "BILLING"


class ServerError(SmartcarException):
    """Smartcar failed to process the request (500, 503)."""

    default_type = "SERVER"


class CompatibilityError(SmartcarException):
    """The vehicle or make does not support this request (501)."""

    default_type = "COMPATIBILITY"


class UpstreamError(SmartcarException):
    """The vehicle maker's service failed or did not answer (502, 504)."""

    default_type = "UPSTREAM"


class ConnectedServicesAccountError(SmartcarException):
    """The vehicle owner's connected-services account needs attention (400)."""

    default_type = "CONNECTED_SERVICES_ACCOUNT"


class OAuthError(SmartcarException):
    """The token endpoint refused a code or refresh token (``invalid_grant`` ...)."""


class NetworkError(SmartcarException):
    """The request did not complete: DNS failure, refused or reset connection."""

    default_type = "SDK_ERROR"


class RequestTimeoutError(NetworkError, builtins.TimeoutError):
    """The request took longer than the configured timeout."""


class InvalidResponseError(SmartcarException):
    """The API answered with something the SDK cannot understand (bad JSON, wrong shape)."""

    default_type = "SDK_ERROR"


class InvalidInputError(SmartcarException, ValueError):
    """An argument is invalid; raised before any request is sent."""

    default_type = "SDK_ERROR"


class ConfigurationError(SmartcarException):
    """Credentials or configuration are missing or invalid."""

    default_type = "SDK_ERROR"


class WebhookSignatureError(SmartcarException):
    """A webhook payload's ``SC-Signature`` does not match its body."""

    default_type = "SDK_ERROR"


class CredentialWarning(UserWarning):
    """A credential given to ``App`` or ``AuthClient`` looks like another Smartcar credential.

    The Dashboard shows several: the Application ID (a UUID, which Connect and ``AuthClient``
    take as ``client_id``), the API client id and secret of API v3 (``smartcar.App``; the id
    begins with ``client_``), and the Application Management Token of webhooks. The warning
    names the argument and the credential its value looks like, never the value. Silence it
    with ``warnings.simplefilter("ignore", smartcar.CredentialWarning)`` if a value is right.
    """
