"""Scrubbing and checking of VCR cassettes, for this SDK's tests and for yours.

Cassettes are committed to version control, so every credential must be removed *at record
time*, in requests and responses alike. `vcr_config()` returns a configuration for
pytest-recording (or vcrpy) that does this, and `find_secrets()` scans cassette text for anything
that still looks like a credential, so a test can fail when scrubbing misses something.

This module does not import vcrpy: the hooks only use the attributes of vcrpy's request and
response objects, so importing it costs nothing in production code.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

__all__ = [
    "REDACTED",
    "SECRET_FIELDS",
    "SECRET_HEADERS",
    "Scrubber",
    "find_secrets",
    "vcr_config",
]

REDACTED = "REDACTED"
"""The value that replaces every scrubbed secret."""

SECRET_FIELDS = frozenset(
    {
        "access_token",
        "refresh_token",
        "client_secret",
        "code",
        "management_token",
        "amt",
        "token",
        "id_token",
        "password",
    }
)
"""Form, query and JSON field names whose values are always secret.

`code` is only secret in forms and query strings (the OAuth authorization code); in JSON bodies
it is an error code such as ``"ASLEEP"`` and is kept.
"""

_JSON_SECRET_FIELDS = SECRET_FIELDS - {"code"}

SECRET_HEADERS = frozenset({"authorization", "cookie", "set-cookie", "sc-signature"})
"""Headers that carry credentials; Authorization keeps its scheme (``Bearer REDACTED``)."""

_DROP_HEADERS = frozenset({"cookie", "set-cookie"})


class Scrubber:
    """Removes credentials from requests and responses before they are written to a cassette.

    Args:
        replacements: extra literal strings to replace everywhere (for example a real vehicle id
            mapped to a fixed fake one when recording against the real API), applied to URLs,
            headers and bodies.
    """

    def __init__(self, replacements: Mapping[str, str] | None = None) -> None:
        self.replacements = dict(replacements or {})

    # -- pieces ---------------------------------------------------------------------------------

    def _replace(self, text: str) -> str:
        for old, new in self.replacements.items():
            if old:
                text = text.replace(old, new)
        return text

    def scrub_url(self, url: str) -> str:
        """Redact secret query parameters (``code``, ``refresh_token`` ...) in a URL."""
        parts = urlsplit(self._replace(url))
        if not parts.query:
            return urlunsplit(parts)
        pairs = parse_qsl(parts.query, keep_blank_values=True)
        scrubbed = [(k, REDACTED if k.lower() in SECRET_FIELDS else v) for k, v in pairs]
        return urlunsplit(parts._replace(query=urlencode(scrubbed)))

    def scrub_header(self, name: str, value: str) -> str:
        """Return a header value with any credential replaced."""
        lname = name.lower()
        if lname == "authorization":
            scheme, _, _credential = value.partition(" ")
            return f"{scheme} {REDACTED}" if _credential else REDACTED
        if lname in SECRET_HEADERS:
            return REDACTED
        if lname == "location":
            return self.scrub_url(value)
        return self._replace(value)

    def scrub_body(self, body: bytes | str | None, content_type: str = "") -> bytes | str | None:
        """Scrub a form-encoded or JSON body; other bodies only get the literal replacements."""
        if body is None or body == b"" or body == "":
            return body
        as_bytes = isinstance(body, bytes)
        try:
            text = body.decode("utf-8") if isinstance(body, bytes) else body
        except UnicodeDecodeError:
            return body
        text = self._replace(text)
        stripped = text.lstrip()
        if "json" in content_type or stripped.startswith(("{", "[")):
            try:
                data = json.loads(text)
            except ValueError:
                pass
            else:
                text = json.dumps(_scrub_json(data), separators=(",", ":"))
        elif "x-www-form-urlencoded" in content_type or (
            "=" in text and "\n" not in text and " " not in text
        ):
            pairs = parse_qsl(text, keep_blank_values=True)
            if pairs:
                text = urlencode(
                    [(k, REDACTED if k.lower() in SECRET_FIELDS else v) for k, v in pairs]
                )
        return text.encode("utf-8") if as_bytes else text

    # -- vcrpy hooks ----------------------------------------------------------------------------

    def before_record_request(self, request: Any) -> Any:
        """Scrub a request: the vcrpy ``before_record_request`` hook.

        vcrpy also applies it to live requests on playback, so matching compares scrubbed values.

        Requests to the simulator's control endpoints (``/_simulator/...``) are not recorded:
        they are not part of the Smartcar API.
        """
        if "/_simulator/" in request.uri:
            return None
        request.uri = self.scrub_url(request.uri)
        headers = {}
        for name, value in request.headers.items():
            if name.lower() in _DROP_HEADERS:
                continue
            headers[name] = self.scrub_header(name, value)
        request.headers = headers
        content_type = str(request.headers.get("Content-Type", "") or "")
        request.body = self.scrub_body(request.body, content_type)
        return request

    def before_record_response(self, response: dict[str, Any]) -> dict[str, Any]:
        """Scrub a response: the vcrpy ``before_record_response`` hook (headers, JSON bodies)."""
        headers: dict[str, list[str]] = {}
        content_type = ""
        for name, values in response.get("headers", {}).items():
            if name.lower() in _DROP_HEADERS:
                continue
            vals = values if isinstance(values, list) else [values]
            if name.lower() == "content-type":
                content_type = str(vals[0]) if vals else ""
            headers[name] = [self.scrub_header(name, str(v)) for v in vals]
        response["headers"] = headers
        body = response.get("body", {})
        if isinstance(body, dict) and "string" in body:
            body["string"] = self.scrub_body(body["string"], content_type)
        return response


def _scrub_json(data: Any) -> Any:
    if isinstance(data, dict):
        return {
            k: (
                REDACTED
                if k.lower() in _JSON_SECRET_FIELDS and isinstance(v, str)
                else _scrub_json(v)
            )
            for k, v in data.items()
        }
    if isinstance(data, list):
        return [_scrub_json(v) for v in data]
    return data


def vcr_config(
    *,
    replacements: Mapping[str, str] | None = None,
    match_on: Iterable[str] = ("method", "scheme", "host", "port", "path", "query", "body"),
) -> dict[str, Any]:
    """Return a pytest-recording ``vcr_config`` that scrubs every credential at record time.

    Use it from your ``conftest.py``::

        @pytest.fixture(scope="module")
        def vcr_config():
            return smartcar.testing.cassettes.vcr_config()

    The record mode is deliberately not set: it would silently override ``--record-mode``.
    Bodies are matched (after scrubbing) because batch requests and token grants differ only
    in their bodies.
    """
    scrubber = Scrubber(replacements)
    return {
        "before_record_request": scrubber.before_record_request,
        "before_record_response": scrubber.before_record_response,
        "decode_compressed_response": True,
        "match_on": tuple(match_on),
    }


_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "authorization header",
        re.compile(r"(?i)\b(Bearer|Basic)\s+(?!REDACTED\b)[A-Za-z0-9._~+/=-]{6,}"),
    ),
    (
        "json secret field",
        re.compile(
            r'(?i)"(access_token|refresh_token|client_secret|management_token|id_token)"\s*:\s*'
            r'"(?!REDACTED")[^"]+"'
        ),
    ),
    (
        "form or query secret",
        re.compile(
            r"(?i)(?:^|[?&\s'\"])(code|client_secret|refresh_token|access_token|token)="
            r"(?!REDACTED\b)[^&\s'\"]+"
        ),
    ),
    ("cookie header", re.compile(r"(?im)^\s*-?\s*['\"]?(set-)?cookie['\"]?\s*:")),
]


def find_secrets(text: str, known: Iterable[str] = ()) -> list[str]:
    """Return descriptions of everything in ``text`` that looks like an unscrubbed credential.

    Args:
        text: the text of a cassette (YAML or JSON).
        known: literal secret values that must not appear at all (for example the client
            secret and management token used while recording).
    """
    found: list[str] = []
    for label, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            found.append(f"{label}: {match.group(0).strip()[:80]}")
    for value in known:
        if value and value in text:
            found.append(f"known secret value: {value[:4]}…")
    return found
