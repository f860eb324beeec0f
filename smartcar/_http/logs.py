"""A filter that redacts credentials from the HTTP library's DEBUG logs.

At DEBUG, httpcore2 logs each response's headers whole (``receive_response_headers.complete
return_value=(b'HTTP/1.1', 200, b'OK', [(b'Set-Cookie', b'session=...'), ...])``), so a server
that echoes a bearer token in a header, or sets a cookie, puts a credential in the log. The
SDK installs :class:`RedactingFilter` on the ``httpx2`` and ``httpcore2.*`` loggers (and the
``httpx`` and ``httpcore.*`` ones, for an old httpx client a caller passes in) when its
engine is first imported: their records then read ``[REDACTED]`` for the values of
credential headers, for ``Bearer``/``Basic`` credentials, for token fields, and for any
credential the request being sent carried, in any encoding. A filter on a logger applies to
that logger's own records, so each logger that httpx2 and httpcore2 log to gets one.

``SMARTCAR_LOG=info`` (or ``debug``) in the environment turns the SDK's log on without any
``logging`` setup, as ``OPENAI_LOG`` does for openai: :func:`install` then gives the
``smartcar`` logger that level and a handler to standard error, which logs one line per call
(operation, status, request id, attempts, time); at ``debug`` the line adds the headers,
credentials redacted, and the HTTP library's loggers log to the same handler, through the
redacting filter.
"""

from __future__ import annotations

import logging
import os
import re
import sys

from .._core.errors import REDACTED, redact_text
from .network import current_request
from .request import sent_secrets

__all__ = ["HTTP_LOGGERS", "LOG_ENVIRONMENT_VARIABLE", "RedactingFilter", "install"]

LOG_ENVIRONMENT_VARIABLE = "SMARTCAR_LOG"
"""``info`` or ``debug``: the SDK logs to standard error at that level (see the module)."""

HTTP_LOGGERS = (
    "httpx2",
    "httpcore2.connection",
    "httpcore2.http11",
    "httpcore2.http2",
    "httpcore2.proxy",
    "httpcore2.socks",
    # An old httpx client that a caller still passes in logs under the old names.
    "httpx",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
)
"""The loggers httpx2 and httpcore2 write to, and those of httpx and httpcore."""

_CREDENTIAL_HEADER = re.compile(
    r"""(\(b?(['"])(?:authorization|proxy-authorization|cookie|set-cookie|x-api-key)\2,\s*b?)"""
    r"""(['"])(?:\\.|(?!\3).)*\3""",
    re.IGNORECASE,
)
"""A ``(name, value)`` header pair as httpcore2 logs it, for a header that holds a credential."""

_SCHEME_CREDENTIAL = re.compile(r"\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+", re.IGNORECASE)
"""A ``Bearer`` or ``Basic`` credential, wherever a header quotes one."""


def redact_log_text(text: str) -> str:
    """``text`` of an HTTP library's log record, with every credential in it redacted."""
    request = current_request()
    secrets = sent_secrets(request) if request is not None else []
    text = _CREDENTIAL_HEADER.sub(lambda m: f"{m.group(1)}{m.group(3)}{REDACTED}{m.group(3)}", text)
    text = _SCHEME_CREDENTIAL.sub(lambda m: f"{m.group(1)} {REDACTED}", text)
    return redact_text(text, secrets)


class RedactingFilter(logging.Filter):
    """Rewrites each record of the HTTP library's loggers with its credentials redacted."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Redact the record in place; never drops it."""
        try:
            message = record.getMessage()
        except Exception:  # a record whose arguments do not fit its format: left to logging
            return True
        try:
            redacted = redact_log_text(message)
        except Exception:  # never break the request being logged; never pass the text on
            redacted = "[a record of the HTTP library, withheld: it could not be redacted]"
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


_FILTER = RedactingFilter()


def install() -> None:
    """Add the redacting filter to each HTTP library logger (once); apply ``SMARTCAR_LOG``."""
    for name in HTTP_LOGGERS:
        logger = logging.getLogger(name)
        if _FILTER not in logger.filters:
            logger.addFilter(_FILTER)
    log_from_environment()


_LEVELS = {"info": logging.INFO, "debug": logging.DEBUG}


class _Handler(logging.StreamHandler):  # type: ignore[type-arg]
    """The handler ``SMARTCAR_LOG`` adds: standard error, redacted, one per logger."""


def log_from_environment() -> None:
    """Turn the SDK's log on as ``SMARTCAR_LOG`` asks (``info`` or ``debug``); else nothing.

    Idempotent: a logger already given the handler keeps its one handler.
    """
    value = os.environ.get(LOG_ENVIRONMENT_VARIABLE, "").strip().lower()
    level = _LEVELS.get(value)
    if level is None:
        return
    loggers = ["smartcar"]
    if level == logging.DEBUG:
        # Their records pass each logger's redacting filter before they reach this handler.
        loggers += ["httpx2", "httpcore2"]
    for name in loggers:
        logger = logging.getLogger(name)
        logger.setLevel(level)
        if not any(isinstance(handler, _Handler) for handler in logger.handlers):
            handler = _Handler(sys.stderr)
            handler.setFormatter(
                logging.Formatter("[%(asctime)s %(levelname)s %(name)s] %(message)s")
            )
            handler.addFilter(_FILTER)
            logger.addHandler(handler)
