"""Scrubbing and checking of VCR cassettes, for this SDK's tests and for yours.

Cassettes are committed to version control, so every credential must be removed *at record
time*, in requests and responses alike. `vcr_config()` returns a configuration for
pytest-recording (or vcrpy) that does this, and `find_secrets()` scans cassette text for anything
that still looks like a credential, so a test can fail when scrubbing misses something.

This module does not import vcrpy: the hooks only use the attributes of vcrpy's request and
response objects, so importing it costs nothing in production code.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
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


def _normal(name: str) -> str:
    # accessToken, access_token, Access-Token and ACCESS_TOKEN are one field.
    return re.sub(r"[_\-\s]", "", name).lower()


_SECRET_KEYS = frozenset(_normal(name) for name in SECRET_FIELDS) | {
    "managementapitoken",
    "clientsecretkey",
}
_JSON_SECRET_KEYS = _SECRET_KEYS - {"code"}
# A secret value is at least this long: shorter "secrets" (an empty refresh token in a test, a
# one-letter code) would be replaced all over a cassette, inside unrelated words.
_MIN_LEARNED = 6
# Field names as they appear in free text (HTML, error descriptions): snake or camel case.
_TEXT_FIELD = (
    r"(?:access[_-]?token|refresh[_-]?token|client[_-]?secret|management[_-]?token|"
    r"id[_-]?token|code|amt|token|password)"
)
_TEXT_RULES: list[tuple[re.Pattern[str], str]] = [
    # Query strings in links and forms: ...?code=abc&amp;state=..., access_token=...
    (re.compile(rf"(?i)(\b{_TEXT_FIELD}=)(?!REDACTED\b)[^&\s'\"<>]+"), rf"\g<1>{REDACTED}"),
    # Hidden form inputs: <input name="code" value="...">
    (
        re.compile(rf"(?i)(<input[^>]*\bname=[\"']{_TEXT_FIELD}[\"'][^>]*\bvalue=[\"'])[^\"']*"),
        rf"\g<1>{REDACTED}",
    ),
    # Credentials quoted in prose: "Bearer abc...", JSON-like "accessToken": "abc" in a script.
    (re.compile(r"(?i)\b(Bearer|Basic)\s+(?!REDACTED\b)[A-Za-z0-9._~+/=-]{6,}"), rf"\1 {REDACTED}"),
    (
        re.compile(rf"(?i)([\"']{_TEXT_FIELD}[\"']\s*:\s*[\"'])(?!REDACTED)[^\"']+"),
        rf"\g<1>{REDACTED}",
    ),
]

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
        # Every secret value removed so far. A server may echo one anywhere (a refresh token
        # quoted in an error_description, a code in an HTML page), so each later URL, header
        # and body loses it too, whatever field or format it turns up in.
        self._learned: set[str] = set()

    def _learn(self, value: str) -> None:
        if len(value) >= _MIN_LEARNED and value != REDACTED:
            self._learned.add(value)

    # -- pieces ---------------------------------------------------------------------------------

    def _replace(self, text: str) -> str:
        for old, new in self.replacements.items():
            if old:
                text = text.replace(old, new)
        # Longest first, so a secret that contains another is replaced whole.
        for secret in sorted(self._learned, key=len, reverse=True):
            text = text.replace(secret, REDACTED)
        return text

    def _secret_pair(self, key: str, value: str) -> str:
        if _normal(key) in _SECRET_KEYS:
            self._learn(value)
            return REDACTED
        return value

    def _scrub_json(self, data: Any) -> Any:
        if isinstance(data, dict):
            return {
                k: (
                    self._secret_pair(k, v)
                    if isinstance(v, str) and _normal(k) in _JSON_SECRET_KEYS
                    else self._scrub_json(v)
                )
                for k, v in data.items()
            }
        if isinstance(data, list):
            return [self._scrub_json(v) for v in data]
        if isinstance(data, str):
            return self._scrub_text(data)
        return data

    def _scrub_text(self, text: str) -> str:
        for pattern, replacement in _TEXT_RULES:
            text = pattern.sub(replacement, text)
        return self._replace(text)

    def scrub_url(self, url: str) -> str:
        """Redact secret query parameters (``code``, ``refresh_token`` ...) in a URL."""
        parts = urlsplit(self._replace(url))
        if not parts.query:
            return urlunsplit(parts)
        pairs = parse_qsl(parts.query, keep_blank_values=True)
        scrubbed = [(k, self._secret_pair(k, v)) for k, v in pairs]
        return urlunsplit(parts._replace(query=urlencode(scrubbed)))

    def scrub_header(self, name: str, value: str) -> str:
        """Return a header value with any credential replaced."""
        lname = name.lower()
        if lname == "authorization":
            scheme, _, credential = value.partition(" ")
            self._learn(credential.strip() or value)
            if scheme.lower() == "basic":
                # Basic base64(client_id:client_secret): the secret alone may be echoed too.
                with contextlib.suppress(ValueError, binascii.Error):
                    decoded = base64.b64decode(credential.strip(), validate=True).decode()
                    self._learn(decoded.partition(":")[2])
            return f"{scheme} {REDACTED}" if credential else REDACTED
        if lname in SECRET_HEADERS:
            return REDACTED
        if lname == "location":
            return self.scrub_url(value)
        return self._replace(value)

    def scrub_body(self, body: bytes | str | None, content_type: str = "") -> bytes | str | None:
        """Scrub a body: JSON and forms field by field; any text (HTML, plain) by pattern.

        Every string also loses the secret values seen so far, wherever they are quoted.
        """
        if body is None or body == b"" or body == "":
            return body
        as_bytes = isinstance(body, bytes)
        try:
            text = body.decode("utf-8") if isinstance(body, bytes) else body
        except UnicodeDecodeError:
            return body
        stripped = text.lstrip()
        if "json" in content_type or stripped.startswith(("{", "[")):
            try:
                data = json.loads(text)
            except ValueError:
                text = self._scrub_text(text)
            else:
                # Fields first (learning their values), then every string for echoes.
                scrubbed = self._scrub_json(data)
                text = json.dumps(self._scrub_json(scrubbed), separators=(",", ":"))
        elif "x-www-form-urlencoded" in content_type or (
            "=" in text and "\n" not in text and " " not in text
        ):
            pairs = parse_qsl(text, keep_blank_values=True)
            if pairs:
                text = urlencode([(k, self._secret_pair(k, v)) for k, v in pairs])
            text = self._replace(text)
        else:
            text = self._scrub_text(text)
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
            r'(?i)"(access_?token|refresh_?token|client_?secret|management_?(?:api_?)?token|'
            r'id_?token)"\s*:\s*"(?!REDACTED")[^"]+"'
        ),
    ),
    (
        "html secret input",
        re.compile(
            r"(?i)<input[^>]*\bname=[\"'](code|access_?token|refresh_?token|client_?secret)"
            r"[\"'][^>]*\bvalue=[\"'](?!REDACTED)[^\"']+"
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
