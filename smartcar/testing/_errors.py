"""How the simulator names and renders errors, from the Smartcar error catalogue.

Everything that goes wrong in the simulator, whether on purpose (`Simulator.fail_next`, the
``SC-Simulate-Error`` header) or because the request was bad, is raised as an `ApiError` and
turned into a response by `render_error`, so every error body has one shape per style. The
catalogue itself (API reference section 7) is the data of `_error_catalogue.py`.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass
from typing import Any, Literal

from ._error_catalogue import (
    HTML_REASONS,
    RESOLUTION_URLS,
    TYPE_STATUS,
    USER_MESSAGE_OVERRIDES,
    USER_MESSAGES,
    V1_ALIASES,
    V1_CODE_MESSAGES,
    V1_DEFAULT_CODES,
    V1_ERRORS,
    V1_FOR_V2,
    V2_ERRORS,
    V3_PLAIN,
)

Style = Literal["v2", "v1", "v3", "html", "oauth"]

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
        error = V1_ALIASES.get(name.upper(), name.lower())
        if error not in V1_ERRORS:
            known = ", ".join(sorted(V1_ERRORS))
            raise ValueError(f"unknown v1 error {name!r}; known: {known}")
        return ErrorKind(
            "v1", error, code.upper() or V1_DEFAULT_CODES.get(error), V1_ERRORS[error][0]
        )
    code_or_none = rest.upper() or None
    if upper not in TYPE_STATUS:
        known = ", ".join(sorted(TYPE_STATUS))
        raise ValueError(f"unknown error type {prefix!r}; known: {known}, V1:<error>, HTML:<n>")
    entry = V2_ERRORS.get((upper, code_or_none))
    status = entry[0] if entry else TYPE_STATUS[upper]
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


def as_v1(err: ApiError) -> ApiError:
    """The same error as API v1.0 reports it: ``{"error", "message", "code"?}``.

    v1.0 codes are its own (``VS_000``...), so v2 codes are dropped: a PERMISSION error has
    no code in either version.
    """
    kind = err.kind
    if kind.style != "v2":
        return err
    name = V1_ALIASES.get(kind.name) or V1_FOR_V2.get(kind.name, "server_error")
    if (kind.name, kind.code) == ("COMPATIBILITY", "SMARTCAR_NOT_CAPABLE"):
        name = "smartcar_not_capable_error"
    v1_kind = ErrorKind("v1", name, V1_DEFAULT_CODES.get(name), kind.status)
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
    _, resolution_type, description = V2_ERRORS.get(key, (kind.status, None, "An error occurred."))
    about = f"https://smartcar.com/docs/errors/api-errors/v3/{_kebab(kind.name)}-errors"
    if kind.code:
        about += f"#{_kebab(kind.code)}"
    plain = V3_PLAIN.get((kind.name, kind.status))
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


def _kebab(text: str) -> str:
    return text.lower().replace("_", "-")


def v2_body(err: ApiError, request_id: str) -> dict[str, Any]:
    """Return the v2.0 error body (reference section 7.2) for ``err``."""
    kind = err.kind
    key = (kind.name, kind.code)
    _, resolution_type, description = V2_ERRORS.get(key, (kind.status, None, "An error occurred."))
    doc_url = f"https://smartcar.com/docs/errors/api-errors/{_kebab(kind.name)}-errors"
    if kind.code:
        doc_url += f"#{_kebab(kind.code)}"
    resolution: dict[str, Any] = {"type": resolution_type}
    url = err.resolution_url or RESOLUTION_URLS.get(key)
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
        "suggestedUserMessage": USER_MESSAGE_OVERRIDES.get(key)
        or USER_MESSAGES.get(kind.name, "Something went wrong. Please try again later."),
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
        reason = HTML_REASONS.get(kind.status, "Error")
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
        message = (
            err.description or V1_CODE_MESSAGES.get(kind.code or "") or V1_ERRORS[kind.name][1]
        )
        payload = {"error": kind.name, "message": message}
        if kind.code:
            payload["code"] = kind.code
    elif kind.style == "v3":
        payload = v3_body(err)
    else:
        payload = v2_body(err, request_id)
    return kind.status, headers, json.dumps(payload, separators=(",", ":")).encode()
