"""The Smartcar error catalogue (API reference section 7) and how the simulator renders errors.

Everything that goes wrong in the simulator, whether on purpose (`Simulator.fail_next`, the
``SC-Simulate-Error`` header) or because the request was bad, is raised as an `ApiError` and
turned into a response by `render_error`, so every error body has one shape per style.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass
from typing import Any, Literal

Style = Literal["v2", "v1", "v3", "html", "oauth"]

# (type, code) -> (HTTP status, resolution.type, description). Status and resolution follow
# reference section 7.3. Descriptions are the API's own words where Smartcar's error pages show
# the response body (code may compare them); the few that no page shows are paraphrased.
_V2: dict[tuple[str, str | None], tuple[int, str | None, str]] = {
    ("AUTHENTICATION", None): (
        401,
        None,
        "The authorization header is missing or malformed, or it contains invalid or expired "
        "authentication credentials. Please check for missing parameters, spelling and casing "
        "mistakes, and other syntax issues.",
    ),
    ("BILLING", "INVALID_PLAN"): (
        430,
        "CONTACT_SUPPORT",
        "The feature you are trying to use is not included in your current pricing plan. "
        "Please visit our pricing page to learn more about our plans and features.",
    ),
    ("BILLING", "VEHICLE_LIMIT"): (
        430,
        "CONTACT_SUPPORT",
        "You have exceeded your active vehicle limit for the current billing period. Please log "
        "into the Smartcar dashboard and visit the Billing tab to learn more.",
    ),
    ("BILLING", "VEHICLE_REQUEST_LIMIT"): (
        430,
        "CONTACT_SUPPORT",
        "You have exceeded the number of API requests that are allowed for this vehicle in the "
        "current billing period. Please log into the Smartcar dashboard and visit the Billing "
        "tab to learn more.",
    ),
    ("BILLING", "ACCOUNT_SUSPENDED"): (
        430,
        "FINANCE",
        "Your Smartcar account is past due and has been suspended. Please reach out to our "
        "finance team to resolve this issue.",
    ),
    ("COMPATIBILITY", "MAKE_NOT_COMPATIBLE"): (
        501,
        None,
        "Smartcar is not yet compatible with this vehicle’s make in the country you specified.",
    ),
    ("COMPATIBILITY", "PLATFORM_NOT_CAPABLE"): (
        501,
        "REAUTHENTICATE",
        "You're connected to the vehicle using an OEM integration that does not support this "
        "endpoint.",
    ),
    ("COMPATIBILITY", "SMARTCAR_NOT_CAPABLE"): (
        501,
        None,
        "Smartcar does not yet support this feature for this vehicle.",
    ),
    ("COMPATIBILITY", "VEHICLE_NOT_CAPABLE"): (
        501,
        None,
        "The vehicle is incapable of performing your request.",
    ),
    ("CONNECTED_SERVICES_ACCOUNT", "ACCOUNT_ISSUE"): (
        400,
        None,
        "Action needed in the user’s connected services account. Please prompt the user to "
        "log into their connected services account and complete any outstanding tasks.",
    ),
    ("CONNECTED_SERVICES_ACCOUNT", "AUTHENTICATION_FAILED"): (
        400,
        "REAUTHENTICATE",
        "Smartcar was unable to authenticate with the user’s connected services account. "
        "Please prompt the user to re-authenticate using Smartcar Connect.",
    ),
    ("CONNECTED_SERVICES_ACCOUNT", "NO_VEHICLES"): (
        400,
        None,
        "No vehicles found in the user's connected services account.",
    ),
    ("CONNECTED_SERVICES_ACCOUNT", "PERMISSION"): (
        400,
        "REAUTHENTICATE",
        "The user's connected services account is missing a permission for this request.",
    ),
    ("CONNECTED_SERVICES_ACCOUNT", "SUBSCRIPTION"): (
        400,
        None,
        "The vehicle's connected services subscription is inactive or does not support "
        "this request.",
    ),
    ("CONNECTED_SERVICES_ACCOUNT", "VEHICLE_MISSING"): (
        400,
        None,
        "The vehicle is no longer associated with the user's connected services account.",
    ),
    ("CONNECTED_SERVICES_ACCOUNT", "VIRTUAL_KEY_REQUIRED"): (
        400,
        "ACTION_REQUIRED",
        "The vehicle owner needs to add Smartcar's virtual key to the vehicle.",
    ),
    ("PERMISSION", None): (
        403,
        "REAUTHENTICATE",
        "Your application has insufficient permissions to access the requested resource. "
        "Please prompt the user to re-authenticate using Smartcar Connect.",
    ),
    ("RATE_LIMIT", "SMARTCAR_API"): (
        429,
        "RETRY_LATER",
        "Your application has exceeded its rate limit. Please retry your request in a few minutes.",
    ),
    ("RATE_LIMIT", "VEHICLE"): (
        429,
        "RETRY_LATER",
        "You have reached the throttling rate limit for this vehicle. Please see the "
        "retry-after header (seconds) for when to retry the request.",
    ),
    ("RESOURCE_NOT_FOUND", "PATH"): (
        404,
        None,
        "The requested resource does not exist. Please check the URL and try again.",
    ),
    ("RESOURCE_NOT_FOUND", "VERSION"): (
        404,
        None,
        "The requested API version does not exist. Please check the URL and try again.",
    ),
    ("SERVER", "INTERNAL"): (
        500,
        "RETRY_LATER",
        "An internal Smartcar error has occurred. Our team has been notified and is working to "
        "resolve this issue.",
    ),
    ("SERVER", "RECORD_NOT_FOUND"): (
        500,
        "CONTACT_SUPPORT",
        "Smartcar was unable to locate a battery capacity record for this vehicle.",
    ),
    ("SERVER", "MULTIPLE_RECORDS_FOUND"): (
        500,
        "CONTACT_SUPPORT",
        "Smartcar found multiple records for this vehicle.",
    ),
    ("UPSTREAM", "INVALID_DATA"): (
        502,
        "RETRY_LATER",
        "Smartcar received invalid data from an upstream source. Please retry your request at a "
        "later time.",
    ),
    ("UPSTREAM", "KNOWN_ISSUE"): (
        502,
        "RETRY_LATER",
        "The vehicle manufacturer has a known issue that Smartcar is working around.",
    ),
    ("UPSTREAM", "NO_RESPONSE"): (
        502,
        "RETRY_LATER",
        "The vehicle manufacturer did not respond to the request.",
    ),
    ("UPSTREAM", "RATE_LIMIT"): (
        502,
        "RETRY_LATER",
        "The vehicle manufacturer is rate limiting requests to this vehicle.",
    ),
    ("UPSTREAM", "UNKNOWN_ISSUE"): (
        502,
        "RETRY_LATER",
        "An unknown error occurred at the vehicle manufacturer.",
    ),
    ("VALIDATION", None): (
        400,
        None,
        "Request invalid or malformed. Please check for missing parameters, spelling and "
        "casing mistakes, and other syntax issues.",
    ),
    ("VALIDATION", "PARAMETER"): (
        400,
        None,
        "A request parameter is missing or invalid. Please check the request and try again.",
    ),
    ("VEHICLE_STATE", "ASLEEP"): (
        409,
        None,
        "The vehicle is in a sleep state and temporarily unable to perform your request.",
    ),
    ("VEHICLE_STATE", "CHARGING_IN_PROGRESS"): (
        409,
        None,
        "The vehicle is currently charging and unable to perform your request.",
    ),
    ("VEHICLE_STATE", "CHARGING_PLUG_CONNECTED"): (
        409,
        None,
        "The vehicle is connected to an EV charger and unable to perform your request.",
    ),
    ("VEHICLE_STATE", "CHARGING_PLUG_NOT_CONNECTED"): (
        409,
        None,
        "The vehicle is not connected to an EV charger and unable to perform your request.",
    ),
    ("VEHICLE_STATE", "CHARGE_FAULT"): (
        409,
        None,
        "The vehicle reported a charging fault.",
    ),
    ("VEHICLE_STATE", "DOOR_OPEN"): (409, None, "One or more of the vehicle's doors are open."),
    ("VEHICLE_STATE", "FULLY_CHARGED"): (409, None, "The vehicle is already fully charged."),
    ("VEHICLE_STATE", "HOOD_OPEN"): (409, None, "The vehicle's hood is open."),
    ("VEHICLE_STATE", "IGNITION_ON"): (409, None, "The vehicle's ignition is switched on."),
    ("VEHICLE_STATE", "IN_MOTION"): (409, None, "The vehicle is in motion."),
    ("VEHICLE_STATE", "LOW_BATTERY"): (
        409,
        "RETRY_LATER",
        "The vehicle's battery is too low to perform this request.",
    ),
    ("VEHICLE_STATE", "NOT_CHARGING"): (409, None, "The vehicle is not charging."),
    ("VEHICLE_STATE", "REMOTE_ACCESS_DISABLED"): (
        409,
        None,
        "Remote access is disabled for this vehicle.",
    ),
    ("VEHICLE_STATE", "TRUNK_OPEN"): (409, None, "The vehicle's trunk is open."),
    ("VEHICLE_STATE", "UNKNOWN"): (
        409,
        "RETRY_LATER",
        "The vehicle was unable to perform your request due to an unknown issue.",
    ),
    ("VEHICLE_STATE", "UNREACHABLE"): (
        409,
        None,
        "The vehicle is not reachable: it may be in an area without cellular coverage.",
    ),
    ("VEHICLE_STATE", "VEHICLE_OFFLINE_FOR_SERVICE"): (
        409,
        None,
        "The vehicle is offline for service.",
    ),
}

# A code the catalogue does not list still gets its type's status, so tests can try codes that
# Smartcar adds later.
_TYPE_STATUS: dict[str, int] = {
    "AUTHENTICATION": 401,
    "BILLING": 430,
    "COMPATIBILITY": 501,
    "CONNECTED_SERVICES_ACCOUNT": 400,
    "PERMISSION": 403,
    "RATE_LIMIT": 429,
    "RESOURCE_NOT_FOUND": 404,
    "SERVER": 500,
    "UPSTREAM": 502,
    "VALIDATION": 400,
    "VEHICLE_STATE": 409,
}

_USER_MESSAGES: dict[str, str] = {
    "AUTHENTICATION": "Please reconnect your vehicle to continue.",
    "BILLING": "Your vehicle is temporarily unable to connect. Please try again later.",
    "COMPATIBILITY": "Your vehicle does not support this feature.",
    "CONNECTED_SERVICES_ACCOUNT": "Please check your connected services account and try again.",
    "PERMISSION": "Please reconnect your vehicle and grant the requested permissions.",
    "RATE_LIMIT": "Your vehicle is temporarily unable to connect. Please be patient while "
    "we're working to resolve this issue.",
    "RESOURCE_NOT_FOUND": "Something went wrong. Please try again later.",
    "SERVER": "Something went wrong. Please try again later.",
    "UPSTREAM": "Your vehicle's manufacturer is not responding. Please try again later.",
    "VALIDATION": "Something went wrong. Please try again later.",
    "VEHICLE_STATE": "Your vehicle is temporarily unable to perform this request. Please try "
    "again later.",
}
_USER_MESSAGE_OVERRIDES: dict[tuple[str, str | None], str] = {
    ("VEHICLE_STATE", "ASLEEP"): "Your vehicle is in a sleep state. This request was not sent "
    "to preserve battery life.",
}

_RESOLUTION_URLS: dict[tuple[str, str | None], str] = {
    (
        "CONNECTED_SERVICES_ACCOUNT",
        "VIRTUAL_KEY_REQUIRED",
    ): "https://www.tesla.com/_ak/smartcar.com",
}

# v1.0 error names -> (status, message); reference section 7.1.
_V1: dict[str, tuple[int, str]] = {
    "validation_error": (400, "Request invalid or malformed."),
    "authentication_error": (401, "Invalid or expired token provided."),
    "permission_error": (403, "Insufficient permissions to access requested resource."),
    "resource_not_found_error": (404, "Requested resource not found."),
    "vehicle_state_error": (409, "Vehicle state cannot be determined."),
    "vehicle_owner_action_required": (409, "Vehicle owner action required."),
    "rate_limiting_error": (429, "Request rate limit exceeded."),
    "monthly_limit_exceeded": (430, "Monthly request limit exceeded for this vehicle."),
    "server_error": (500, "Unexpected server error."),
    "vehicle_not_capable_error": (501, "Vehicle is not capable of performing request."),
    "smartcar_not_capable_error": (501, "Smartcar is not capable of performing request."),
}
# So that "V1:VEHICLE_STATE" works as well as "V1:vehicle_state_error".
_V1_ALIASES: dict[str, str] = {
    "VALIDATION": "validation_error",
    "AUTHENTICATION": "authentication_error",
    "PERMISSION": "permission_error",
    "RESOURCE_NOT_FOUND": "resource_not_found_error",
    "VEHICLE_STATE": "vehicle_state_error",
    "RATE_LIMIT": "rate_limiting_error",
    "BILLING": "monthly_limit_exceeded",
    "SERVER": "server_error",
    "COMPATIBILITY": "vehicle_not_capable_error",
}
_V1_DEFAULT_CODES: dict[str, str] = {
    "vehicle_state_error": "VS_000",
    "vehicle_owner_action_required": "VOA_000",
}
_V1_CODE_MESSAGES: dict[str, str] = {
    "VS_000": "Vehicle state cannot be determined.",
    "VS_001": "Some of the vehicle's doors are open.",
    "VS_002": "Some of the vehicle's trunks are open.",
    "VS_003": "The vehicle's hood is open.",
    "VS_004": "Charging plug is not connected to the vehicle.",
    "VOA_000": "Vehicle authentication failed. The vehicle owner needs to log in again.",
    "VOA_001": "Connected services subscription invalid or expired.",
}

_HTML_REASONS: dict[int, str] = {
    400: "Bad Request",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}

DEFAULT_RETRY_AFTER = 30
"""Seconds sent in ``Retry-After`` with ``RATE_LIMIT:VEHICLE`` unless told otherwise."""


@dataclass(frozen=True)
class ErrorKind:
    """One way of failing, as named by `parse_error`.

    Attributes:
        style: ``"v2"`` (current error body), ``"v1"`` (historic body), ``"v3"`` (API v3's
            JSON:API ``{"errors": [...]}`` document), ``"html"`` (a proxy's HTML page) or
            ``"oauth"`` (the token endpoint's ``{error, error_description}``).
        name: the v2 ``type``, the v1 or OAuth ``error`` value, or ``"HTML"``.
        code: the v2 or v1 ``code``, if any.
        status: the HTTP status the error is sent with.
    """

    style: Style
    name: str
    code: str | None
    status: int


def parse_error(text: str) -> ErrorKind:
    """Parse an error name as accepted by `Simulator.fail_next`.

    Accepted forms: ``"TYPE"`` or ``"TYPE:CODE"`` (a v2 error such as ``"RATE_LIMIT:VEHICLE"``),
    ``"V1:<error>[:<code>]"`` (a v1.0 body, for example ``"V1:vehicle_state_error"`` or
    ``"V1:VEHICLE_STATE:VS_004"``) and ``"HTML:<status>"`` (an HTML page from a proxy).

    Raises:
        ValueError: the name is not one of these.
    """
    prefix, _, rest = text.strip().partition(":")
    upper = prefix.upper()
    if upper == "HTML":
        try:
            status = int(rest or "502")
        except ValueError:
            raise ValueError(f"HTML error needs a numeric status, got {text!r}") from None
        if not 400 <= status <= 599:
            raise ValueError(f"HTML error status must be 4xx or 5xx, got {status}")
        return ErrorKind("html", "HTML", None, status)
    if upper == "V1":
        name, _, code = rest.partition(":")
        error = _V1_ALIASES.get(name.upper(), name.lower())
        if error not in _V1:
            known = ", ".join(sorted(_V1))
            raise ValueError(f"unknown v1 error {name!r}; known: {known}")
        return ErrorKind("v1", error, code.upper() or _V1_DEFAULT_CODES.get(error), _V1[error][0])
    code_or_none = rest.upper() or None
    if upper not in _TYPE_STATUS:
        known = ", ".join(sorted(_TYPE_STATUS))
        raise ValueError(f"unknown error type {prefix!r}; known: {known}, V1:<error>, HTML:<n>")
    entry = _V2.get((upper, code_or_none))
    status = entry[0] if entry else _TYPE_STATUS[upper]
    return ErrorKind("v2", upper, code_or_none, status)


class ApiError(Exception):
    """An error response, raised anywhere below `Simulator.handle` and rendered by it.

    Args:
        kind: what kind of error.
        description: overrides the catalogue's description (v2), message (v1),
            ``error_description`` (OAuth) or the page text (HTML).
        detail: the v2 ``detail`` array (VALIDATION errors always get one).
        resolution_url: ``resolution.url`` for v2 errors that send the user somewhere.
        retry_after: seconds for a ``Retry-After`` header.
    """

    def __init__(
        self,
        kind: ErrorKind,
        *,
        description: str | None = None,
        detail: list[dict[str, Any]] | None = None,
        resolution_url: str | None = None,
        retry_after: int | None = None,
    ) -> None:
        super().__init__(f"{kind.name}:{kind.code} ({kind.status})")
        self.kind = kind
        self.description = description
        self.detail = detail
        self.resolution_url = resolution_url
        self.retry_after = retry_after


def api_error(
    error_type: str,
    code: str | None = None,
    *,
    description: str | None = None,
    detail: list[dict[str, Any]] | None = None,
) -> ApiError:
    """Build a v2 `ApiError` from a type and code of the catalogue."""
    kind = parse_error(f"{error_type}:{code}" if code else error_type)
    return ApiError(kind, description=description, detail=detail)


def validation_error(field: list[str], message: str, *, code: str | None = None) -> ApiError:
    """Build a ``VALIDATION`` error whose ``detail`` names the offending field."""
    return api_error("VALIDATION", code, detail=[{"field": field, "message": message}])


def oauth_error(status: int, error: str, description: str) -> ApiError:
    """Build a token-endpoint error: ``{"error": ..., "error_description": ...}``."""
    return ApiError(ErrorKind("oauth", error, None, status), description=description)


def html_error(status: int, text: str) -> ApiError:
    """Build an HTML error page (a proxy's, or Connect's for requests it cannot redirect)."""
    return ApiError(ErrorKind("html", "HTML", None, status), description=text)


def injected_error(
    kind: ErrorKind,
    *,
    retry_after: int | None = None,
    resolution_url: str | None = None,
) -> ApiError:
    """Build the error for a failure requested by a test, filling in realistic extras.

    ``RATE_LIMIT:VEHICLE`` always carries ``Retry-After`` (Smartcar documents it), and a
    ``VALIDATION`` error gets a ``detail`` entry, as real ones do.
    """
    if retry_after is None and (kind.name, kind.code) == ("RATE_LIMIT", "VEHICLE"):
        retry_after = DEFAULT_RETRY_AFTER
    detail = None
    if kind.style == "v2" and kind.name == "VALIDATION":
        detail = [{"field": ["body"], "message": "Simulated validation error."}]
    return ApiError(kind, detail=detail, resolution_url=resolution_url, retry_after=retry_after)


# v2.0 types without a v1.0 name of their own.
_V1_FOR_V2: dict[str, str] = {
    "CONNECTED_SERVICES_ACCOUNT": "vehicle_owner_action_required",
    "UPSTREAM": "server_error",
}


def as_v1(err: ApiError) -> ApiError:
    """The same error as API v1.0 reports it: ``{"error", "message", "code"?}``.

    v1.0 codes are its own (``VS_000``...), so v2 codes are dropped: a PERMISSION error has
    no code in either version.
    """
    kind = err.kind
    if kind.style != "v2":
        return err
    name = _V1_ALIASES.get(kind.name) or _V1_FOR_V2.get(kind.name, "server_error")
    if (kind.name, kind.code) == ("COMPATIBILITY", "SMARTCAR_NOT_CAPABLE"):
        name = "smartcar_not_capable_error"
    v1_kind = ErrorKind("v1", name, _V1_DEFAULT_CODES.get(name), kind.status)
    return ApiError(v1_kind, retry_after=err.retry_after)


def as_v3(err: ApiError) -> ApiError:
    """The same error as API v3 reports it: a JSON:API error document (reference v3 section 4)."""
    kind = err.kind
    if kind.style != "v2":
        return err
    v3_kind = ErrorKind("v3", kind.name, kind.code, kind.status)
    return ApiError(
        v3_kind,
        description=err.description,
        detail=err.detail,
        resolution_url=err.resolution_url,
        retry_after=err.retry_after,
    )


def _title(text: str) -> str:
    return text.replace("_", " ").title()


def v3_body(err: ApiError) -> dict[str, Any]:
    """Return the v3 error document for ``err``: ``status`` is a string, as in JSON:API."""
    kind = err.kind
    key = (kind.name, kind.code)
    _, resolution_type, description = _V2.get(key, (kind.status, None, "An error occurred."))
    about = f"https://smartcar.com/docs/errors/api-errors/v3/{_kebab(kind.name)}-errors"
    if kind.code:
        about += f"#{_kebab(kind.code)}"
    plain = _V3_PLAIN.get((kind.name, kind.status))
    if plain is not None:
        # As the live API answers these: a lower-case code, no type, no links.
        return {
            "errors": [
                {
                    "status": str(kind.status),
                    "code": plain,
                    "title": _title(plain),
                    "detail": err.description or description,
                }
            ]
        }
    item: dict[str, Any] = {
        "status": str(kind.status),
        "type": kind.name,
        "code": kind.code,
        "title": _title(kind.code or kind.name),
        "detail": err.description or description,
        "links": {"about": about},
        "resolution": {"type": resolution_type},
    }
    return {"errors": [item]}


# The v3 errors the live API sends as bare JSON:API errors: a lower-case code and no type.
_V3_PLAIN: dict[tuple[str, int], str] = {
    ("VALIDATION", 400): "bad_request",
    ("AUTHENTICATION", 401): "unauthorized",
    ("RESOURCE_NOT_FOUND", 404): "not_found",
    ("SERVER", 500): "internal_error",
}


def _kebab(text: str) -> str:
    return text.lower().replace("_", "-")


def v2_body(err: ApiError, request_id: str) -> dict[str, Any]:
    """Return the v2.0 error body (reference section 7.2) for ``err``."""
    kind = err.kind
    key = (kind.name, kind.code)
    _, resolution_type, description = _V2.get(key, (kind.status, None, "An error occurred."))
    doc_url = f"https://smartcar.com/docs/errors/api-errors/{_kebab(kind.name)}-errors"
    if kind.code:
        doc_url += f"#{_kebab(kind.code)}"
    resolution: dict[str, Any] = {"type": resolution_type}
    url = err.resolution_url or _RESOLUTION_URLS.get(key)
    if url:
        resolution["url"] = url
    body: dict[str, Any] = {
        "type": kind.name,
        "code": kind.code,
        "description": err.description or description,
        "docURL": doc_url,
        "statusCode": kind.status,
        "requestId": request_id,
        "resolution": resolution,
        "suggestedUserMessage": _USER_MESSAGE_OVERRIDES.get(key)
        or _USER_MESSAGES.get(kind.name, "Something went wrong. Please try again later."),
    }
    if err.detail is not None:
        body["detail"] = err.detail
    return body


def render_error(err: ApiError, request_id: str) -> tuple[int, dict[str, str], bytes]:
    """Turn an `ApiError` into ``(status, headers, body)``; the caller adds ``SC-Request-Id``."""
    kind = err.kind
    headers = {"Content-Type": "application/json"}
    if err.retry_after is not None:
        headers["Retry-After"] = str(err.retry_after)
    payload: Any
    if kind.style == "html":
        reason = _HTML_REASONS.get(kind.status, "Error")
        text = html.escape(err.description or f"{kind.status} {reason}")
        page = (
            f"<html>\r\n<head><title>{kind.status} {reason}</title></head>\r\n<body>\r\n"
            f"<center><h1>{kind.status} {reason}</h1></center>\r\n<p>{text}</p>\r\n"
            "</body>\r\n</html>\r\n"
        )
        headers["Content-Type"] = "text/html; charset=utf-8"
        return kind.status, headers, page.encode()
    if kind.style == "oauth":
        payload = {"error": kind.name, "error_description": err.description or kind.name}
    elif kind.style == "v1":
        message = err.description or _V1_CODE_MESSAGES.get(kind.code or "") or _V1[kind.name][1]
        payload = {"error": kind.name, "message": message}
        if kind.code:
            payload["code"] = kind.code
    elif kind.style == "v3":
        payload = v3_body(err)
    else:
        payload = v2_body(err, request_id)
    return kind.status, headers, json.dumps(payload, separators=(",", ":")).encode()
