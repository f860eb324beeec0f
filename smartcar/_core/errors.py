"""Turn a failed HTTP response into the matching SmartcarException subclass.

One function handles every error format Smartcar has used: v2.0 (``type``/``code``), v1.0
(``error``/``message``), OAuth (``error``/``error_description``), v3 (``errors: [...]``), and
bodies that are not JSON at all (an HTML page from a proxy). It never raises itself.
"""

from __future__ import annotations

import email.utils
import json
import math
import re
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

import httpx2

from .. import exceptions as exc
from .headers import header
from .redact import REDACTED, blank_forms, redact_fields, redact_text

__all__ = [
    "REDACTED",
    "body_text",
    "error_from_response",
    "exception_factory",
    "parse_retry_after",
    "redact_headers",
    "redact_text",
    "with_evidence",
]

_DELTA_SECONDS = re.compile(r"[0-9]+(?:\.[0-9]+)?")
"""``Retry-After`` in seconds, ASCII digits only (a fraction is tolerated and rounded up)."""

_BODY_LIMIT = 500
"""Error bodies are truncated in messages: they can be large and are not meant for logs."""

_SECRET_HEADERS = frozenset(
    {"authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"}
)
"""Response headers whose value is a credential whatever it holds: always redacted."""

_EVIDENCE_LIMIT = 64 * 1024
"""The most body text an error keeps: enough for any error body, not a whole download."""

_BY_TYPE: dict[str, type[exc.SmartcarException]] = {
    "AUTHENTICATION": exc.AuthenticationError,
    "PERMISSION": exc.PermissionDeniedError,
    "RESOURCE_NOT_FOUND": exc.ResourceNotFoundError,
    "VALIDATION": exc.ValidationError,
    "VEHICLE_STATE": exc.VehicleStateError,
    "RATE_LIMIT": exc.RateLimitError,
    "BILLING": exc.BillingError,
    "SERVER": exc.ServerError,
    "COMPATIBILITY": exc.CompatibilityError,
    "UPSTREAM": exc.UpstreamError,
    "CONNECTED_SERVICES_ACCOUNT": exc.ConnectedServicesAccountError,
    # v1.0 error names
    "authentication_error": exc.AuthenticationError,
    "permission_error": exc.PermissionDeniedError,
    "resource_not_found_error": exc.ResourceNotFoundError,
    "validation_error": exc.ValidationError,
    "vehicle_state_error": exc.VehicleStateError,
    "vehicle_owner_action_required": exc.ConnectedServicesAccountError,
    "rate_limiting_error": exc.RateLimitError,
    "monthly_limit_exceeded": exc.BillingError,
    "server_error": exc.ServerError,
    "vehicle_not_capable_error": exc.CompatibilityError,
    "smartcar_not_capable_error": exc.CompatibilityError,
}

_BY_STATUS: dict[int, type[exc.SmartcarException]] = {
    400: exc.ValidationError,
    401: exc.AuthenticationError,
    403: exc.PermissionDeniedError,
    404: exc.ResourceNotFoundError,
    409: exc.VehicleStateError,
    429: exc.RateLimitError,
    430: exc.BillingError,
    500: exc.ServerError,
    501: exc.CompatibilityError,
    502: exc.UpstreamError,
    503: exc.ServerError,
    504: exc.UpstreamError,
}


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> int | None:
    """Parse ``Retry-After`` (seconds or an HTTP date) into whole seconds; ``None`` if invalid."""
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    # str.isdigit() and float() accept non-ASCII digits ("²", "٣") and forms like "1_0" or
    # "inf" that int() rejects or HTTP does not allow: match ASCII delta-seconds explicitly.
    if _DELTA_SECONDS.fullmatch(value):
        seconds = float(value)
        return math.ceil(seconds) if math.isfinite(seconds) else None
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    delta = (when - (now or datetime.now(UTC))).total_seconds()
    return max(0, math.ceil(delta))


def _str_or_none(value: Any) -> str | None:
    return None if value is None else str(value)


def _int_or_none(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    # ASCII only ("²".isdigit() is true but int() rejects it), and short: int() refuses strings
    # of more than 4300 digits.
    if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) <= 18:
        return int(value)
    return None


def _text(content: bytes | str) -> str:
    """A body as text: bytes decoded as UTF-8, what is not UTF-8 replaced by U+FFFD."""
    return content.decode("utf-8", "replace") if isinstance(content, bytes) else content


def _class_for(type_: str | None, status: int) -> type[exc.SmartcarException]:
    """The class of an error type (v2.0, v1.0 or v3), else of the HTTP status."""
    return _BY_TYPE.get(type_ or "") or _BY_STATUS.get(status, exc.SmartcarException)


def _truncate(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _BODY_LIMIT else text[:_BODY_LIMIT] + "…"


def redact_headers(headers: Mapping[str, str], secrets: Iterable[str] = ()) -> httpx2.Headers:
    """A copy of the headers (any casing to read them, as a response's), credentials redacted."""
    secrets = list(secrets)
    items = headers.multi_items() if isinstance(headers, httpx2.Headers) else headers.items()
    return httpx2.Headers(
        [
            (name, REDACTED if name.lower() in _SECRET_HEADERS else redact_text(value, secrets))
            for name, value in items
        ],
        # Values were decoded already (a batch item's may hold any character): never ASCII-only.
        encoding="utf-8",
    )


def body_text(content: bytes | str | Any, secrets: Iterable[str] = ()) -> str:
    """A response body as redacted text (decoded JSON values, as in batch items, as JSON)."""
    if isinstance(content, bytes | str):
        # The whole body: a slice of its bytes could hold exactly the limit's characters and
        # lose the mark that the text was cut.
        text = _text(content)
    else:
        try:
            text = json.dumps(content)
        except (TypeError, ValueError, RecursionError):
            text = repr(content)
    if len(text) > _EVIDENCE_LIMIT:
        text = text[:_EVIDENCE_LIMIT] + "…"
    return redact_text(text, secrets)


def with_evidence(
    error: exc.SmartcarException,
    headers: Mapping[str, str],
    content: bytes | str | Any,
    secrets: Iterable[str] = (),
    cause: exc.RedactedCause | None = None,
) -> exc.SmartcarException:
    """``error`` holding the response's redacted headers and body, and a redacted cause.

    ``cause`` describes the failure underneath; without one, the response itself is the
    cause (``HTTP 409 with SC-Request-Id ...``).
    """
    secrets = list(secrets)
    error.headers = redact_headers(headers, secrets)
    error.body = None if content is None else body_text(content, secrets)
    if cause is None:
        status = error.status_code
        request_id = header(headers, "SC-Request-Id")
        detail = f"HTTP {status}" if status is not None else "an HTTP error"
        if request_id:
            detail += f", SC-Request-Id {redact_text(request_id[:100], secrets)}"
        if error.body:
            detail += f": {_truncate(error.body)}"
        cause = exc.RedactedCause("HTTP response", detail)
    error.__cause__ = cause
    return error


def error_from_response(
    status: int,
    headers: Mapping[str, str],
    content: bytes | str | Any,
    *,
    oauth: bool = False,
    secrets: Iterable[str] = (),
) -> exc.SmartcarException:
    """Build the exception for a failed response, holding its redacted headers and body.

    Args:
        status: the HTTP status code.
        headers: the response headers (any casing).
        content: the raw body, or an already decoded JSON value (batch items).
        oauth: the response came from the token endpoint, whose errors are OAuth errors.
        secrets: the credentials the request carried, blanked wherever the server echoed them.
    """
    secrets = list(secrets)
    if secrets and isinstance(content, bytes | str):
        # The whole encodings blanked before parsing (cheap for a body of any size); an echo
        # escaped in part ("\u0041") comes out of the parser as the credential itself, so
        # the parsed fields are redacted again, decoded, and the evidence kept is redacted.
        content = blank_forms(_text(content), secrets)
    error = _error(status, headers, content, oauth=oauth)
    if secrets:
        redact_fields(error, tuple(secrets))
    return with_evidence(error, headers, content, secrets)


def exception_factory(
    status_code: int,
    headers: Mapping[str, Any],
    body: str | bytes,
    check_content_type: bool = True,
) -> exc.SmartcarException:
    """The exception for a failed response, as the official factory builds it.

    Args:
        status_code: the HTTP status.
        headers: the response headers (any casing).
        body: the raw response body.
        check_content_type: accepted for compatibility; a JSON error body is recognised
            whatever its ``Content-Type``, and any other body becomes the message.

    Returns:
        The ``SmartcarException`` subclass for the error (not raised).
    """
    del check_content_type  # the body itself says whether it is a JSON error
    # Callers build these headers by hand, as the official tests do ({"Retry-After": 5000}):
    # HTTP header values are text, so numbers become their text here.
    text = {str(name): str(value) for name, value in headers.items()}
    return error_from_response(status_code, text, body)


def _error(
    status: int,
    headers: Mapping[str, str],
    content: bytes | str | Any,
    *,
    oauth: bool,
) -> exc.SmartcarException:
    request_id = header(headers, "SC-Request-Id")
    retry_after = parse_retry_after(header(headers, "Retry-After"))
    if isinstance(content, bytes | str):
        raw = _text(content)
        try:
            body: Any = json.loads(raw)
        except (ValueError, RecursionError):
            # ValueError: not JSON, or blank. RecursionError: a deeply nested body ("[[[[...")
            # exhausts the JSON decoder.
            return _fallback(status, request_id, retry_after, raw)
    else:
        raw = None
        body = content
    if not isinstance(body, dict):
        return _fallback(status, request_id, retry_after, raw if raw is not None else repr(body))

    # v3 (JSON:API style): the first error carries the details. Its `type` may be absent and
    # its `code` lower case (`not_found`): the HTTP status then picks the class.
    errors = body.get("errors")
    if isinstance(errors, list) and errors and isinstance(errors[0], dict) and "type" not in body:
        first = dict(errors[0])
        detail = first.get("detail")
        # A list detail holds per-field messages: the title describes it then.
        first.setdefault(
            "description", (detail if isinstance(detail, str) else None) or first.get("title")
        )
        # Every member of every error object is kept, as they came: `detail` holds the list.
        first["detail"] = [dict(e) if isinstance(e, dict) else e for e in errors]
        first.setdefault("statusCode", _int_or_none(first.get("status")))
        links = first.get("links")
        if isinstance(links, dict) and "docURL" not in first:
            first["docURL"] = links.get("about")
        body = first
        body.setdefault("type")

    if "type" in body:
        type_ = _str_or_none(body.get("type"))
        cls = _class_for(type_, status)
        if status == 403:
            # One meaning per status: API v3 answers a vehicle the token may not reach with
            # 403 and type AUTHENTICATION, and a 403 is a permission refused (README, Errors).
            cls = exc.PermissionDeniedError
        if oauth and cls is exc.SmartcarException:
            cls = exc.OAuthError
        code = _str_or_none(body.get("code"))
        description = _str_or_none(body.get("description"))
        message = None
        fields = _detail_text(body.get("detail")) if type_ == "VALIDATION" else None
        if fields:
            # The official message ("VALIDATION - Request invalid or malformed...") names no
            # field; what was wrong (an unknown vehicle id, a misspelt batch path) follows it.
            message = f"{exc.default_message(type_, code, description)} ({fields})"
        return cls(
            message,
            status_code=_int_or_none(body.get("statusCode")) or status,
            type=type_,
            code=code,
            description=description,
            doc_url=_str_or_none(body.get("docURL")),
            resolution=body.get("resolution"),
            detail=body.get("detail"),
            suggested_user_message=_str_or_none(body.get("suggestedUserMessage")),
            request_id=_str_or_none(body.get("requestId")) or request_id,
            retry_after=retry_after,
        )

    if "error" in body:
        error = _str_or_none(body.get("error"))
        if "error_description" in body or (oauth and "message" not in body):
            description = _str_or_none(body.get("error_description"))
            # The official message of an OAuth error is its error_description alone.
            return exc.OAuthError(
                description,
                status_code=status,
                type=error,
                description=description,
                request_id=request_id,
                retry_after=retry_after,
            )
        # v1.0 error body
        message = _str_or_none(body.get("message"))
        cls = _class_for(error, status)
        code = _str_or_none(body.get("code"))
        # The official message of a v1.0 error is the body's message alone.
        return cls(
            message,
            status_code=_int_or_none(body.get("statusCode")) or status,
            type=error,
            code=code,
            description=message,
            request_id=_str_or_none(body.get("requestId")) or request_id,
            retry_after=retry_after,
        )

    return _fallback(status, request_id, retry_after, raw if raw is not None else json.dumps(body))


def _detail_text(detail: Any) -> str | None:
    """``detail`` of a VALIDATION error as text: ``field.path: message; ...``."""
    if not isinstance(detail, list):
        return None
    parts = []
    for item in detail[:5]:
        if not isinstance(item, dict) or not isinstance(item.get("message"), str):
            continue
        field = item.get("field")
        path = ".".join(map(str, field)) if isinstance(field, list) else _str_or_none(field)
        parts.append(f"{path}: {item['message']}" if path else item["message"])
    return _truncate("; ".join(parts)) or None


def _fallback(
    status: int, request_id: str | None, retry_after: int | None, raw: str | None
) -> exc.SmartcarException:
    cls = _BY_STATUS.get(status)
    if cls is None:
        cls = exc.InvalidResponseError if 200 <= status < 300 else exc.SmartcarException
    text = _truncate(raw or "")
    # The official message of a body that is not a Smartcar error is the body itself
    # (truncated here); an empty body says so rather than leave the message blank.
    message = text or f"HTTP {status} with an empty body"
    return cls(
        message,
        status_code=status,
        type="SDK_ERROR",
        description=text or None,
        request_id=request_id,
        retry_after=retry_after,
    )
