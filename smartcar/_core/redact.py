"""Redaction: credentials blanked out of text, in every encoding a server may echo them in.

A server may echo what it was sent ("Invalid code: <code>"), and not always as it was sent:
JSON-escaped, percent-encoded, HTML-escaped, in part or whole. Error messages, evidence and
logs pass through :func:`redact_text` with the credentials the request carried.
"""

from __future__ import annotations

import base64
import functools
import html
import json
import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import quote, quote_plus, unquote, unquote_plus

from .. import exceptions as exc

__all__ = ["REDACTED", "blank_forms", "redact_fields", "redact_text", "redact_value"]

REDACTED = "[REDACTED]"
"""What stands in for a credential in an error's text, headers and body."""

_TOKEN_FIELD = re.compile(
    r"""(["']?(?:access_?token|refresh_?token|id_?token|client_?secret|management_?token)"""
    r"""["']?\s*[:=]\s*)("(?:[^"\\]|\\.)*(?:"|$)|[^\s&,;}"']+)""",
    re.IGNORECASE,
)
"""A token field's value in JSON (``"access_token": "..."``, cut short or not) or a form."""


def redact_text(text: str, secrets: Iterable[str] = ()) -> str:
    r"""``text`` with each of ``secrets`` and every token field's value replaced by ``[REDACTED]``.

    ``secrets`` are the credentials the request carried (a server may echo them); token fields
    catch the credentials a response hands out (a token response that failed to parse). An echo
    is found in every encoding a server may give it: as sent, JSON-escaped (``\/``, ``\"``,
    ``\u0041``), percent-encoded, HTML-escaped, or base64 as in Basic credentials, whole or
    only in part (see :func:`_redact_encoded`).
    """
    return _TOKEN_FIELD.sub(_redacted_field, _redact_secrets(text, tuple(secrets)))


def _redact_secrets(text: str, secrets: tuple[str, ...]) -> str:
    """``text`` with each of ``secrets``, in any encoding, replaced by ``[REDACTED]``."""
    text = blank_forms(text, secrets)
    if not secrets or not _ESCAPES.search(text):
        return text
    text = _JSON_STRING.sub(lambda match: _redact_literal(match, secrets), text)
    text = _redact_encoded(text, secrets)
    # An echo escaped in ways that split it across runs ("%" as "\u0025" before a "2B") is
    # only seen in the text decoded whole: the text is then replaced by its redacted decoding.
    for _ in range(3):
        decoded = next((d for d in _decodings(text) if _holds(d, secrets)), None)
        if decoded is None:
            break
        text = blank_forms(decoded, secrets)
    return text


def blank_forms(text: str, secrets: Iterable[str]) -> str:
    """``text`` with each whole encoding of each of ``secrets`` blanked: cheap, for any size."""
    for secret in secrets:
        for form in _forms(secret):
            text = text.replace(form, REDACTED)
    return text


def _holds(text: str, secrets: tuple[str, ...]) -> bool:
    return any(secret in text for secret in secrets)


_JSON_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')
"""A JSON string literal, escapes included."""


def _redact_literal(match: re.Match[str], secrets: tuple[str, ...]) -> str:
    # A JSON string decoded, redacted and encoded again: the body still parses.
    content = match.group(1)
    if "\\" not in content:
        return match.group(0)
    decoded = _unescape_json(content)
    if decoded == content or not any(_holds(d, secrets) for d in (decoded, *_decodings(decoded))):
        return match.group(0)
    return json.dumps(_redact_secrets(decoded, secrets))


def _decodings(text: str) -> list[str]:
    """``text`` decoded each way an echo may be escaped, and each of those decoded again."""
    once = [decode(text) for decode in _WHOLE_DECODERS]
    return once + [decode(first) for first in once for decode in _WHOLE_DECODERS]


def _lenient_json(text: str) -> str:
    # JSON escapes undone anywhere in a text that is not itself one JSON string.
    text = _UNICODE_ESCAPE.sub(lambda match: chr(int(match.group(1), 16)), text)
    return _CHARACTER_ESCAPE.sub(r"\1", text)


_UNICODE_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})")
_CHARACTER_ESCAPE = re.compile(r"\\([\\/\"'])")


@functools.lru_cache(maxsize=256)
def _forms(secret: str) -> tuple[str, ...]:
    """The encodings of ``secret`` a server may echo whole, longest first."""
    escaped = json.dumps(secret)[1:-1]
    forms = {
        secret,
        escaped,
        escaped.replace("/", "\\/"),
        json.dumps(secret, ensure_ascii=False)[1:-1],
        quote(secret, safe=""),
        quote(secret, safe="").lower(),
        quote(secret),
        quote_plus(secret),
        html.escape(secret),
        html.escape(secret, quote=False),
        base64.b64encode(secret.encode()).decode(),
    }
    return tuple(sorted((f for f in forms if f), key=len, reverse=True))


_ESCAPES = re.compile(r"[\\%&+]")
"""What an encoded echo holds: a JSON escape, a percent-escape, an HTML entity, a plus."""

_ENCODED_WORD = re.compile(
    r"(?:\\u[0-9A-Fa-f]{4}|\\.|&#?[0-9A-Za-z]{1,8};|%[0-9A-Fa-f]{2}|[^\s\"'<>,;(){}\[\]\\&%])+"
)
"""A run of text that may be one encoded value: plain characters and whole escapes."""


def _unescape_json(text: str) -> str:
    try:
        decoded = json.loads(f'"{text}"')
    except ValueError:
        return text
    return decoded if isinstance(decoded, str) else text


_DECODERS = (_unescape_json, unquote, unquote_plus, html.unescape)
_WHOLE_DECODERS = (_lenient_json, unquote, unquote_plus, html.unescape)


def _redact_encoded(text: str, secrets: tuple[str, ...]) -> str:
    r"""Redact echoes escaped only in part (``\u0041`` for one letter, ``%2B`` for a ``+``).

    Each run of text that holds an escape is decoded every way a server might have encoded it
    (and twice over, as JSON holding a URL); a run whose decoded text holds a secret is
    replaced by that decoded text, redacted, escaped again for a JSON string so that a
    redacted JSON body still parses.
    """

    def word(match: re.Match[str]) -> str:
        raw = match.group(0)
        if not _ESCAPES.search(raw):
            return raw
        for first in _DECODERS:
            once = first(raw)
            for decoded in (once, *(second(once) for second in _DECODERS)):
                if decoded != raw and any(secret in decoded for secret in secrets):
                    plain = decoded
                    for secret in secrets:
                        plain = plain.replace(secret, REDACTED)
                    return json.dumps(plain)[1:-1]
        return raw

    return _ENCODED_WORD.sub(word, text)


def redact_value(value: Any, secrets: Iterable[str] = ()) -> Any:
    """A decoded JSON value with every string redacted (see :func:`redact_text`)."""
    secrets = tuple(secrets)
    if isinstance(value, str):
        return redact_text(value, secrets)
    if isinstance(value, list):
        return [redact_value(item, secrets) for item in value]
    if isinstance(value, dict):
        return {
            key: REDACTED
            if isinstance(key, str) and _TOKEN_NAME.fullmatch(key)
            else redact_value(item, secrets)
            for key, item in value.items()
        }
    return value


_TOKEN_NAME = re.compile(
    r"access_?token|refresh_?token|id_?token|client_?secret|management_?token", re.IGNORECASE
)


def _redacted_field(match: re.Match[str]) -> str:
    # A JSON string stays a JSON string, so a redacted body still parses.
    quoted = match.group(2).startswith('"')
    return f'{match.group(1)}"{REDACTED}"' if quoted else f"{match.group(1)}{REDACTED}"


def redact_fields(error: exc.SmartcarException, secrets: tuple[str, ...]) -> None:
    for name in _TEXT_FIELDS:
        value = getattr(error, name)
        if isinstance(value, str):
            setattr(error, name, _redact_secrets(value, secrets))
    error.detail = redact_value(error.detail, secrets)
    error.resolution = redact_value(error.resolution, secrets)
    error.args = tuple(
        _redact_secrets(arg, secrets) if isinstance(arg, str) else arg for arg in error.args
    )


_TEXT_FIELDS = (
    "message",
    "type",
    "code",
    "description",
    "doc_url",
    "suggested_user_message",
    "request_id",
)
