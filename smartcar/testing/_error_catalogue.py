"""The Smartcar error catalogue (API reference section 7), as the simulator answers it.

Data, not logic: one entry per error type and code of each API version, with its HTTP status,
resolution, description and the message a user is shown. `smartcar.testing._errors` reads it
to name and render errors.
"""

from __future__ import annotations

__all__ = [
    "HTML_REASONS",
    "RESOLUTION_URLS",
    "TYPE_STATUS",
    "USER_MESSAGES",
    "USER_MESSAGE_OVERRIDES",
    "V1_ALIASES",
    "V1_CODE_MESSAGES",
    "V1_DEFAULT_CODES",
    "V1_ERRORS",
    "V1_FOR_V2",
    "V2_ERRORS",
    "V3_PLAIN",
]

# (type, code) -> (HTTP status, resolution.type, description). Status and resolution follow
# reference section 7.3. Descriptions are the API's own words where Smartcar's error pages show
# the response body (code may compare them); the few that no page shows are paraphrased.
V2_ERRORS: dict[tuple[str, str | None], tuple[int, str | None, str]] = {
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
TYPE_STATUS: dict[str, int] = {
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

USER_MESSAGES: dict[str, str] = {
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
USER_MESSAGE_OVERRIDES: dict[tuple[str, str | None], str] = {
    ("VEHICLE_STATE", "ASLEEP"): "Your vehicle is in a sleep state. This request was not sent "
    "to preserve battery life.",
}

RESOLUTION_URLS: dict[tuple[str, str | None], str] = {
    (
        "CONNECTED_SERVICES_ACCOUNT",
        "VIRTUAL_KEY_REQUIRED",
    ): "https://www.tesla.com/_ak/smartcar.com",
}

# v1.0 error names -> (status, message); reference section 7.1.
V1_ERRORS: dict[str, tuple[int, str]] = {
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
V1_ALIASES: dict[str, str] = {
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
V1_DEFAULT_CODES: dict[str, str] = {
    "vehicle_state_error": "VS_000",
    "vehicle_owner_action_required": "VOA_000",
}
V1_CODE_MESSAGES: dict[str, str] = {
    "VS_000": "Vehicle state cannot be determined.",
    "VS_001": "Some of the vehicle's doors are open.",
    "VS_002": "Some of the vehicle's trunks are open.",
    "VS_003": "The vehicle's hood is open.",
    "VS_004": "Charging plug is not connected to the vehicle.",
    "VOA_000": "Vehicle authentication failed. The vehicle owner needs to log in again.",
    "VOA_001": "Connected services subscription invalid or expired.",
}

HTML_REASONS: dict[int, str] = {
    400: "Bad Request",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}

# v2.0 types without a v1.0 name of their own.
V1_FOR_V2: dict[str, str] = {
    "CONNECTED_SERVICES_ACCOUNT": "vehicle_owner_action_required",
    "UPSTREAM": "server_error",
}

# The v3 errors the live API sends as bare JSON:API errors: a lower-case code and no type.
V3_PLAIN: dict[tuple[str, int], str] = {
    ("VALIDATION", 400): "bad_request",
    ("AUTHENTICATION", 401): "unauthorized",
    ("RESOURCE_NOT_FOUND", 404): "not_found",
    ("SERVER", 500): "internal_error",
}
