"""The request engine: one definition of sending, retrying and parsing for sync and async.

Every API call is described by an :class:`Operation`: which generated endpoint module builds the
request, which origin it goes to, how to authenticate, whether it is a vehicle command, and how
to turn the parsed body into a result. :func:`flow` is a sans-IO generator that yields "send
this request", "read the next chunk of its body", "close it" and "sleep this long" actions and
receives their outcomes; :func:`run_sync` and :func:`run_async` are the only places that differ
between the sync and async APIs. The flow reads every body in chunks, so it alone enforces the
size cap (``max_response_bytes``) and the per-call ``deadline``, for both.

The generated modules build requests (their public ``build_request_kwargs``) and the generated
models parse 2xx bodies (``from_dict``). Error bodies are never handed to the generated parsers:
they may be HTML from a proxy, and the SDK maps them itself (see ``_errors``).

Thread safety: each call's state lives in its own :func:`flow` generator, so any number of
threads may share one ``Vehicle`` or ``AuthClient`` and, through them, the one process-wide
``httpx.Client`` of :func:`shared_client`. Async connections belong to an event loop:
:func:`loop_pool` keeps a pool of ``httpx.AsyncClient`` per loop and closes it with the loop.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import functools
import inspect
import json
import logging
import math
import random
import ssl
import threading
import time
import urllib.parse
import weakref
import zlib
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Generator, Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Generic, Protocol, TypeVar

import httpx

from . import _validate as check
from . import exceptions as exc
from ._config import Origins, user_agent
from ._errors import error_from_response, parse_retry_after, with_evidence

__all__ = [
    "DEFAULT_DEADLINE",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_MAX_RETRY_AFTER",
    "DEFAULT_TIMEOUT",
    "Operation",
    "Settings",
    "flow",
    "run_async",
    "run_sync",
]

logger = logging.getLogger("smartcar")

T = TypeVar("T")

DEFAULT_TIMEOUT = httpx.Timeout(connect=10.0, read=310.0, write=30.0, pool=30.0)
"""Short to connect; long to read, because a vehicle command can take minutes to answer."""

DEFAULT_MAX_RETRIES = 2
"""Retries after the first attempt, for reads (commands only retry connect-phase failures)."""

DEFAULT_MAX_RETRY_AFTER = 60.0
"""Longest ``Retry-After`` (seconds) the SDK waits for; a longer one raises at once."""

DEFAULT_MAX_RESPONSE_BYTES = 10 * 1024 * 1024
"""Largest response body (after content decoding) the SDK reads, in bytes: 10 MiB.

The largest legitimate Smartcar answers (a batch of every endpoint, a page of vehicles, a
service history) are tens of kilobytes, so this leaves a hundredfold margin while keeping a
broken or hostile server from filling the process's memory.
"""

DEFAULT_DEADLINE = 330.0
"""Longest a call may take in total, in seconds: every attempt, the waits between them, bodies.

A vehicle command may legitimately take as long as the 310 s read timeout that every Smartcar
SDK uses; the deadline lets one such attempt connect and finish, and stops a server that drips
its answer (httpx's read timeout restarts with every byte) or a chain of retries from holding a
caller for longer than about five and a half minutes. Unless a deadline is set explicitly, it is
raised to fit one whole attempt of a longer configured timeout (connect plus read).
"""

_BACKOFF_BASE = 0.5
_BACKOFF_CAP = 8.0
_RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
# Failures that happen before the request can have reached the server: safe even for commands.
_CONNECT_PHASE = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Failures of the request itself, found in this process before anything was sent (a header
# value h11 refuses, a URL scheme httpx cannot send): another attempt fails the same way.
_LOCAL_FAILURES = (httpx.LocalProtocolError, httpx.UnsupportedProtocol)


@dataclass(frozen=True, slots=True)
class Settings:
    """How requests are sent: origins, timeouts, retries and limits.

    Attributes:
        origins: where each part of the API lives.
        timeout: per-request timeouts (always finite by default).
        max_retries: retries after the first attempt.
        max_retry_after: the longest ``Retry-After`` to wait for, in seconds.
        deadline: the longest a whole call may take, retries and waits included, in seconds;
            ``None`` for the default (see :meth:`call_deadline`).
        max_response_bytes: the largest response body read, in bytes.
    """

    origins: Origins = field(default_factory=Origins)
    timeout: httpx.Timeout = field(default_factory=lambda: DEFAULT_TIMEOUT)
    max_retries: int = DEFAULT_MAX_RETRIES
    max_retry_after: float = DEFAULT_MAX_RETRY_AFTER
    deadline: float | None = None
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES

    def call_deadline(self) -> float:
        """Seconds one call may take in total, retries and waits included.

        ``deadline`` if set; otherwise ``DEFAULT_DEADLINE``, raised to fit one attempt of the
        configured connect and read timeouts.
        """
        if self.deadline is not None:
            return self.deadline
        # A caller who asked for a 600 s read timeout gets it: the default only bounds calls.
        one_attempt = (self.timeout.connect or 0.0) + (self.timeout.read or 0.0)
        return max(DEFAULT_DEADLINE, one_attempt)

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_after: float | None = None,
        deadline: float | None = None,
        max_response_bytes: int | None = None,
    ) -> Settings:
        """Return a copy with some options changed; ``None`` keeps the current value."""
        changes: dict[str, Any] = {}
        if timeout is not None:
            changes["timeout"] = validate_timeout(timeout)
        if max_retries is not None:
            changes["max_retries"] = validate_max_retries(max_retries)
        if max_retry_after is not None:
            changes["max_retry_after"] = validate_max_retry_after(max_retry_after)
        if deadline is not None:
            changes["deadline"] = validate_deadline(deadline)
        if max_response_bytes is not None:
            changes["max_response_bytes"] = validate_max_response_bytes(max_response_bytes)
        return replace(self, **changes) if changes else self


def validate_timeout(timeout: float | httpx.Timeout) -> httpx.Timeout:
    """Turn a number of seconds or an ``httpx.Timeout`` into a finite ``httpx.Timeout``."""
    if isinstance(timeout, httpx.Timeout):
        values = (timeout.connect, timeout.read, timeout.write, timeout.pool)
        # inf and nan are as unbounded as None (nan compares false with everything).
        if not all(_positive_finite(v) for v in values):
            raise exc.InvalidInputError(
                "timeout: every phase must be finite (connect, read, write, pool); "
                "an unbounded request can hang a worker forever"
            )
        return timeout
    if not _positive_finite(timeout):
        raise exc.InvalidInputError(
            f"timeout must be a positive number of seconds or an httpx.Timeout, got {timeout!r}"
        )
    connect = DEFAULT_TIMEOUT.connect or 10.0
    return httpx.Timeout(float(timeout), connect=min(float(timeout), connect))


def _positive_finite(value: object) -> bool:
    return (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and math.isfinite(value)
        and value > 0
    )


def validate_max_retry_after(value: float) -> float:
    """Check the longest ``Retry-After`` to wait for, in seconds."""
    # nan would make every "Retry-After > cap" check false, so the SDK would block for any
    # Retry-After the server sends; inf likewise. Neither is a cap.
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not math.isfinite(value)
        or value < 0
    ):
        raise exc.InvalidInputError(
            f"max_retry_after must be a finite number of seconds >= 0, got {value!r}"
        )
    return float(value)


def validate_deadline(value: float) -> float:
    """Check the total time allowed for one call, in seconds."""
    if not _positive_finite(value):
        raise exc.InvalidInputError(
            f"deadline must be a positive, finite number of seconds, got {value!r}"
        )
    return float(value)


def validate_max_response_bytes(value: int) -> int:
    """Check the largest response body to read, in bytes."""
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise exc.InvalidInputError(f"max_response_bytes must be an int > 0, got {value!r}")
    return value


def validate_max_retries(value: int) -> int:
    """Check a retry count."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise exc.InvalidInputError(f"max_retries must be an int >= 0, got {value!r}")
    return value


class TokenSource(Protocol):
    """Supplies access tokens, refreshing them when needed (see ``smartcar.TokenManager``).

    ``stale`` is the token the API just rejected with 401, or ``None``: a source refreshes
    only if its current token is still that stale one (compare-and-invalidate), so many callers
    failing at once cause a single refresh.
    """

    def sync_token(self, stale: str | None = None) -> str:
        """Return a valid access token, refreshing it (blocking) if needed."""
        ...

    async def async_token(self, stale: str | None = None) -> str:
        """Return a valid access token, refreshing it (asyncio) if needed."""
        ...


class Endpoint(Protocol):
    """What the engine needs of a generated endpoint module: its request builder."""

    def build_request_kwargs(self, *args: Any, **kwargs: Any) -> dict[str, Any]: ...


@dataclass(frozen=True, slots=True)
class Operation(Generic[T]):
    """One API call, described once and run by the sync or async engine.

    Attributes:
        endpoint: the generated endpoint module (``smartcar_openapi.api.<tag>.<operation>``).
        kwargs: arguments for the module's ``build_request_kwargs``.
        origin: which :class:`Origins` attribute the path is relative to.
        convert: turns a 2xx response into the SDK result (usually a generated model's
            ``from_dict`` plus the response's meta headers).
        authorization: the ``Authorization`` header value.
        token_source: where to get a Bearer token instead, refreshed ahead of expiry and once
            more after a 401.
        command: a vehicle command (or other non-idempotent call): never replayed once the
            request may have reached the server.
        oauth: errors come from the token endpoint and are OAuth errors.
        headers: extra request headers.
        params: extra query parameters (feature ``flags`` on vehicle requests).
        version: the API version of an endpoint with a ``version`` path parameter (``None``:
            :data:`DEFAULT_API_VERSION`), for ``set_api_version``.
    """

    endpoint: Endpoint
    # Kept out of the repr, like authorization: an Operation shows up in tracebacks with locals
    # and in debuggers, and the token exchange's kwargs hold the code or refresh token.
    kwargs: Mapping[str, Any] = field(repr=False)
    origin: str
    convert: Callable[[httpx.Response], T]
    authorization: str | None = field(default=None, repr=False)
    token_source: TokenSource | None = None
    command: bool = False
    oauth: bool = False
    headers: Mapping[str, str] = field(default_factory=dict)
    params: Mapping[str, str] = field(default_factory=dict)
    version: str | None = None

    def __post_init__(self) -> None:
        # The one place every path parameter is checked, whichever operation built it: an id
        # of ".." would otherwise send a command to an endpoint the caller never named.
        for name in _path_parameters(self.endpoint):
            if name in self.kwargs:
                check.path_segment(name, self.kwargs[name])


def _path_parameters(endpoint: Endpoint) -> tuple[str, ...]:
    """The names of the path parameters of an endpoint's request builder."""
    build = getattr(endpoint, "build_request_kwargs", None)
    if build is None:  # a stand-in endpoint in a test: it builds no path
        return ()
    return _positional_names(getattr(build, "__func__", build))


@functools.cache
def _positional_names(build: Callable[..., Any]) -> tuple[str, ...]:
    # openapi-python-client makes path parameters positional and everything else (query,
    # headers, body) keyword-only; a builder written by hand (a method) follows the same rule.
    return tuple(
        p.name
        for p in inspect.signature(build).parameters.values()
        if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD and p.name != "self"
    )


@dataclass(frozen=True, slots=True)
class Send:
    """Action: send this request and resume with the response or the transport error."""

    request: httpx.Request


@dataclass(frozen=True, slots=True)
class Authorize:
    """Action: get a token from ``source`` (``stale`` was rejected) and resume with it."""

    source: TokenSource
    stale: str | None


@dataclass(frozen=True, slots=True)
class Streamed:
    """Outcome of :class:`Send`: a response whose body is still unread, and its chunks.

    ``chunks`` are the bytes as sent (still compressed), unless ``decoded``: a transport that
    hands over a response already read (``httpx.MockTransport``) has decoded it already.
    """

    response: httpx.Response
    chunks: Iterator[bytes] | AsyncIterator[bytes]
    decoded: bool = False


@dataclass(frozen=True, slots=True)
class Read:
    """Action: read a body's next chunk; resume with bytes, ``None`` at the end, or an error."""

    chunks: Iterator[bytes] | AsyncIterator[bytes]


@dataclass(frozen=True, slots=True)
class Close:
    """Action: close a response whose body is abandoned part-way, freeing its connection."""

    response: httpx.Response


@dataclass(frozen=True, slots=True)
class Sleep:
    """Action: wait this many seconds, then resume."""

    seconds: float


_USER_AGENT = user_agent()

DEFAULT_API_VERSION = "2.0"
"""The ``version`` path parameter sent when an operation names none."""


def build_request(
    op: Operation[Any], settings: Settings, token: str | None = None
) -> httpx.Request:
    """Build the ``httpx.Request`` for an operation from its generated ``build_request_kwargs``."""
    arguments = dict(op.kwargs)
    # The spec makes the API version a path parameter of the versioned endpoints.
    if "version" in _path_parameters(op.endpoint):
        arguments.setdefault("version", op.version or DEFAULT_API_VERSION)
    kwargs = dict(op.endpoint.build_request_kwargs(**arguments))
    path: str = kwargs.pop("url")
    base: str = getattr(settings.origins, op.origin)
    # Only the encodings the engine can decode within the size cap (see _BoundedDecoder).
    headers = {
        "User-Agent": _USER_AGENT,
        "Accept": "application/json",
        "Accept-Encoding": "gzip, deflate",
    }
    headers.update(kwargs.pop("headers", None) or {})
    headers.update(op.headers)
    auth = f"Bearer {token}" if token is not None else op.authorization
    if auth is not None:
        headers["Authorization"] = auth
    method = kwargs.pop("method").upper()
    params = kwargs.pop("params", None)
    if op.params:
        params = {**(params or {}), **op.params}
    # Operation already checked every path parameter; this holds whatever built the path.
    check.relative_path("path", path)
    try:
        return httpx.Request(
            method,
            base + path,
            params=params,
            json=kwargs.pop("json", None),
            data=kwargs.pop("data", None),
            content=kwargs.pop("content", None),
            headers=headers,
            extensions={"timeout": settings.timeout.as_dict()},
        )
    except (httpx.InvalidURL, UnicodeEncodeError) as error:
        # Neither error's text is shown: a UnicodeEncodeError holds the whole header value,
        # which may be a credential. Nothing was sent.
        failure = exc.InvalidInputError(
            f"{method} {path[:100]}: the request cannot be built (a header holds a non-ASCII "
            "character, or a query parameter is too long); nothing was sent"
        )
        failure.__cause__ = _cause(error)
    raise failure


def _backoff(attempt: int) -> float:
    # Exponential backoff with "equal jitter": never zero, never in lock-step with other clients.
    ceiling: float = min(_BACKOFF_CAP, _BACKOFF_BASE * 2.0**attempt)
    jitter: float = random.uniform(0, ceiling / 2)
    return ceiling / 2 + jitter


def _retry_delay(
    op: Operation[Any], outcome: httpx.Response | Exception, attempt: int, settings: Settings
) -> float | None:
    """Seconds to wait before the next attempt, or ``None`` to stop here."""
    if attempt >= settings.max_retries:
        return None
    if isinstance(outcome, Exception):
        if isinstance(outcome, _LOCAL_FAILURES):
            return None
        if isinstance(outcome, _CONNECT_PHASE):
            return _backoff(attempt)
        if op.command or not isinstance(outcome, httpx.TransportError):
            return None
        return _backoff(attempt)
    if op.command or outcome.status_code not in _RETRY_STATUSES:
        return None
    retry_after = parse_retry_after(outcome.headers.get("Retry-After"))
    if retry_after is not None:
        if retry_after > settings.max_retry_after:
            # Blocking the caller for minutes is worse than telling them when to come back.
            return None
        return max(float(retry_after), 0.0)
    return _backoff(attempt)


def _cause(error: BaseException, detail: str = "") -> exc.RedactedCause:
    """The redacted stand-in for ``error`` in a chain: its qualified name and ``detail``."""
    kind = type(error)
    module = "httpx" if kind.__module__.startswith("httpx") else kind.__module__
    name = kind.__qualname__ if module == "builtins" else f"{module}.{kind.__qualname__}"
    return exc.RedactedCause(name, detail)


def _transport_error(error: Exception, request: httpx.Request) -> exc.SmartcarException:
    failure = _transport_failure(error, request)
    if not isinstance(error, httpx.LocalProtocolError):
        # The message already holds the redacted detail; the cause names what failed.
        failure.__cause__ = _cause(error, _redacted(str(error)[:300], request))
    else:
        failure.__cause__ = _cause(error)
    return failure


def _redacted(text: str, request: httpx.Request) -> str:
    for secret in _sent_secrets(request):
        text = text.replace(secret, _REDACTED)
    return text


def _transport_failure(error: Exception, request: httpx.Request) -> exc.SmartcarException:
    where = f"{request.method} {request.url.copy_with(query=None)}"
    if isinstance(error, httpx.TimeoutException):
        return exc.RequestTimeoutError(f"Request timed out: {where} ({type(error).__name__})")
    if isinstance(error, httpx.LocalProtocolError):
        # h11 quotes the offending header whole, Authorization included: never copy its text.
        return exc.NetworkError(
            f"Request could not be sent: {where}: {type(error).__name__} (a header or the URL "
            "holds a character HTTP does not allow); nothing was sent"
        )
    detail = _redacted(str(error)[:300], request)
    if isinstance(error, httpx.TransportError):
        return exc.NetworkError(f"Network error: {where}: {type(error).__name__}: {detail}")
    return exc.InvalidResponseError(f"Invalid response: {where}: {type(error).__name__}: {detail}")


def finish(op: Operation[T], response: httpx.Response) -> T:
    """Map an error response, or parse and convert a successful one."""
    status = response.status_code
    if not 200 <= status < 300:
        if 300 <= status < 400:
            # Redirects are not followed: credentials must never be sent to another host.
            location = response.headers.get("Location", "")
            redirect = exc.InvalidResponseError(
                f"Unexpected redirect (HTTP {status}) to {location[:200]!r}; not followed",
                status_code=status,
                request_id=response.headers.get("SC-Request-Id"),
            )
            raise _evidence(redirect, response)
        # A server may echo what it was sent ("Invalid code: <code>"); error messages end up
        # in logs, so the credentials this request carried are blanked out first.
        raise error_from_response(
            status,
            response.headers,
            response.content,
            oauth=op.oauth,
            secrets=_sent_secrets(response.request),
        )
    try:
        return op.convert(response)
    except exc.SmartcarException as error:
        # A converter's own error comes from this response too: it keeps the evidence.
        if error.headers is None:
            _evidence(error, response)
        raise
    except Exception as error:
        # Empty, truncated or wrongly shaped bodies must not escape as KeyError/JSONDecodeError.
        # The message never quotes the body: a token response's body holds new credentials.
        detail = _body_free(error)
        for secret in _sent_secrets(response.request):
            detail = detail.replace(secret, _REDACTED)
        failure = exc.InvalidResponseError(
            f"Invalid response body for {response.request.method} "
            f"{response.request.url.path} (HTTP {status}): {type(error).__name__}: {detail}",
            status_code=status,
            request_id=response.headers.get("SC-Request-Id"),
        )
        _evidence(failure, response, _cause(error, detail))
    # Raised outside the except block, so the original error is not kept as __context__:
    # a JSONDecodeError keeps the whole body in .doc, new tokens included.
    raise failure


def _evidence(
    error: exc.SmartcarException,
    response: httpx.Response,
    cause: exc.RedactedCause | None = None,
    *,
    read: bool = True,
) -> exc.SmartcarException:
    """``error`` with the response's headers and body (unless unread), redacted, and a cause."""
    content = response.content if read else None
    return with_evidence(error, response.headers, content, _sent_secrets(response.request), cause)


def _body_free(error: Exception) -> str:
    """A short description of a parsing error that does not quote the body."""
    if isinstance(error, json.JSONDecodeError):
        return f"{error.msg} at position {error.pos}"
    return str(error)[:200]


_REDACTED = "[REDACTED]"
_FORM_SECRETS = ("code", "refresh_token", "client_secret")


def _sent_secrets(request: httpx.Request) -> list[str]:
    """The credentials a request carried: its Authorization value and secret form fields."""
    secrets: list[str] = []
    value = request.headers.get("Authorization", "")
    scheme, space, credential = value.partition(" ")
    if not space:
        scheme, credential = "", value  # a bare token, without "Bearer"
    if credential:
        secrets.append(credential)
        if scheme.lower() == "basic":
            try:
                decoded = base64.b64decode(credential, validate=True).decode()
            except ValueError:  # binascii.Error and UnicodeDecodeError are ValueErrors
                decoded = ""
            secrets.extend(decoded.split(":", 1)[1:])  # the password, never the user name
    if request.headers.get("Content-Type", "").startswith("application/x-www-form-urlencoded"):
        form = urllib.parse.parse_qs(request.content.decode("utf-8", "replace"))
        for name in _FORM_SECRETS:
            secrets.extend(form.get(name, []))
    # Longest first, so a secret that contains another is blanked whole; very short values
    # would blank ordinary words.
    return sorted({s for s in secrets if len(s) >= 6}, key=len, reverse=True)


Action = Send | Read | Close | Sleep | Authorize


def _where(request: httpx.Request) -> str:
    return f"{request.method} {request.url.copy_with(query=None)}"


def _deadline_error(request: httpx.Request, settings: Settings) -> exc.RequestTimeoutError:
    return exc.RequestTimeoutError(
        f"Request timed out: {_where(request)} did not complete within the call's "
        f"{settings.call_deadline():g} s deadline (the deadline option)"
    )


def _too_large(response: httpx.Response, settings: Settings, size: str) -> exc.SmartcarException:
    error = exc.InvalidResponseError(
        f"Response too large: {_where(response.request)} (HTTP {response.status_code}) sent "
        f"{size}, over the {settings.max_response_bytes}-byte limit (the max_response_bytes "
        "option); not read further",
        status_code=response.status_code,
        request_id=response.headers.get("SC-Request-Id"),
    )
    # The body was not read (that is the point): the error holds the headers alone.
    return _evidence(error, response, read=False)


class _BoundedDecoder:
    """Undoes a ``Content-Encoding`` without ever producing much more than it is allowed to.

    httpx decodes each network read whole, so one 64 KiB read of a compression bomb becomes
    tens of megabytes before any cap can look at it. Here zlib is told the most it may return.
    """

    def __init__(self, content_encoding: str) -> None:
        codings = [c.strip().lower() for c in content_encoding.split(",")]
        codings = [c for c in codings if c not in ("", "identity")]
        self._raw_deflate_fallback = codings == ["deflate"]
        self._zlib: Any = None
        if codings in (["gzip"], ["x-gzip"]):
            self._zlib = zlib.decompressobj(zlib.MAX_WBITS | 16)
        elif codings == ["deflate"]:
            self._zlib = zlib.decompressobj()
        elif codings:
            raise ValueError(f"unsupported Content-Encoding {content_encoding[:50]!r}")

    def decode(self, data: bytes, room: int) -> bytes:
        """Decode ``data``; returns at most ``room + 1`` bytes (more than room: over the cap)."""
        if self._zlib is None:
            return data
        try:
            out: bytes = self._zlib.decompress(data, room + 1)
        except zlib.error:
            # "deflate" is often sent raw, without its zlib header (httpx accepts both).
            if not self._raw_deflate_fallback:
                raise
            self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)
            out = self._zlib.decompress(data, room + 1)
        self._raw_deflate_fallback = False
        # Returning less than asked means all of data was consumed: nothing is left pending.
        return out

    def flush(self) -> bytes:
        """What zlib still holds once the body has ended."""
        return self._zlib.flush() if self._zlib is not None else b""


def _receive(
    request: httpx.Request, settings: Settings, deadline_at: float
) -> Generator[Action, Any, httpx.Response | Exception]:
    """One attempt: send, then read the body in chunks, within the size cap and the deadline.

    Returns the response with its body read, or the transport error of the attempt (a body
    still arriving when the attempt's time is up is a ``ReadTimeout``, retried like any other).
    Raises when the body is over the cap or the call's deadline passes: neither improves with
    a retry.
    """
    started = time.monotonic()
    remaining = deadline_at - started
    if remaining <= 0:
        raise _deadline_error(request, settings)
    # No phase of this attempt may wait past the deadline.
    timeouts = {
        phase: min(value, remaining) if isinstance(value, int | float) else remaining
        for phase, value in settings.timeout.as_dict().items()
    }
    request.extensions = {**request.extensions, "timeout": timeouts}
    # httpx's read timeout restarts with every chunk, so a body dripped a byte at a time never
    # trips it. The attempt as a whole gets the sum of its phase timeouts instead, checked after
    # each chunk: timeout=1 means an attempt of a few seconds, however the body is paced.
    attempt_ends = min(deadline_at, started + sum(timeouts.values()))
    sent: Streamed | Exception = yield Send(request)
    if isinstance(sent, Exception):
        return sent
    try:
        body = yield from _read_body(sent, settings, deadline_at, attempt_ends)
    except exc.SmartcarException:
        yield Close(sent.response)
        raise
    if isinstance(body, Exception):
        yield Close(sent.response)
        return body
    # What httpx's own Response.read() stores: from here on the response acts as a read one.
    sent.response._content = body
    return sent.response


def _read_body(
    sent: Streamed, settings: Settings, deadline_at: float, attempt_ends: float
) -> Generator[Action, Any, bytes | Exception]:
    """The decoded body, or the error that cut it short; raises over the cap or the deadline."""
    response = sent.response
    request = response.request
    limit = settings.max_response_bytes
    declared = response.headers.get("Content-Length", "")
    if declared.isascii() and declared.isdigit() and int(declared) > limit:
        # Refused unread: nothing of it is worth the memory or the wait.
        raise _too_large(response, settings, f"Content-Length {declared}")
    # The cap counts decoded bytes, what the process holds, so compression cannot hide a bomb.
    encoding = "" if sent.decoded else response.headers.get("Content-Encoding", "")
    try:
        decoder = _BoundedDecoder(encoding)
    except ValueError as error:
        return httpx.DecodingError(str(error), request=request)
    parts: list[bytes] = []
    size = 0
    while True:
        raw: bytes | Exception | None = yield Read(sent.chunks)
        if isinstance(raw, Exception):
            return raw
        try:
            chunk = decoder.decode(raw, limit - size) if raw is not None else decoder.flush()
        except zlib.error as error:
            return httpx.DecodingError(f"{encoding}: {error}", request=request)
        size += len(chunk)
        if size > limit:
            raise _too_large(response, settings, f"more than {limit} bytes")
        parts.append(chunk)
        if raw is None:
            return b"".join(parts)
        now = time.monotonic()
        if now >= deadline_at:
            raise _deadline_error(request, settings)
        if now >= attempt_ends:
            return httpx.ReadTimeout(
                "body still incomplete when the attempt's time, the sum of its phase "
                "timeouts, ran out",
                request=request,
            )


def flow(op: Operation[T], settings: Settings) -> Generator[Action, Any, T]:
    """The sans-IO request loop: yields actions, receives outcomes, returns the result."""
    deadline_at = time.monotonic() + settings.call_deadline()
    token: str | None = None
    if op.token_source is not None:
        token = yield Authorize(op.token_source, None)
    request = build_request(op, settings, token)
    attempt = 0
    reauthorized = False
    while True:
        started = time.monotonic()
        outcome: httpx.Response | Exception = yield from _receive(request, settings, deadline_at)
        if (
            op.token_source is not None
            and not reauthorized
            and isinstance(outcome, httpx.Response)
            and outcome.status_code == 401
        ):
            # The token was rejected before anything happened (commands included): get a
            # fresh one, once, and send again.
            _log(request, outcome, started, attempt, 0.0)
            reauthorized = True
            token = yield Authorize(op.token_source, token)
            request = build_request(op, settings, token)
            continue
        delay = _retry_delay(op, outcome, attempt, settings)
        if delay is not None and time.monotonic() + delay >= deadline_at:
            # No time left for another attempt: the failure at hand says more than a timeout.
            delay = None
        _log(request, outcome, started, attempt, delay)
        if delay is None:
            break
        yield Sleep(delay)
        attempt += 1
    if isinstance(outcome, Exception):
        failure = _transport_error(outcome, request)
        raise failure from failure.__cause__
    return finish(op, outcome)


def _log(
    request: httpx.Request,
    outcome: httpx.Response | Exception,
    started: float,
    attempt: int,
    delay: float | None,
) -> None:
    if not logger.isEnabledFor(logging.DEBUG):
        return
    # Only method, path, status and ids: never headers (Authorization) or query strings.
    elapsed_ms = (time.monotonic() - started) * 1000
    if isinstance(outcome, Exception):
        status: object = type(outcome).__name__
        request_id = None
    else:
        status = outcome.status_code
        request_id = outcome.headers.get("SC-Request-Id")
    logger.debug(
        "%s %s -> %s request_id=%s duration_ms=%.1f retry=%d%s",
        request.method,
        request.url.path,
        status,
        request_id,
        elapsed_ms,
        attempt,
        f" retrying_in={delay:.2f}s" if delay is not None else "",
    )


def _detached(error: exc.SmartcarException) -> exc.SmartcarException:
    """The SDK's error without the exceptions it was raised during, but with its redacted cause.

    An error raised while another was being handled keeps that one as ``__context__`` even
    with ``from None``; a parser's error can hold the whole body, new tokens included. So the
    chain holds only the :class:`~smartcar.exceptions.RedactedCause` built for the error, which
    tells what happened underneath without holding a credential. Raise it ``from`` that cause.
    """
    if not isinstance(error.__cause__, exc.RedactedCause):
        error.__cause__ = None
    error.__context__ = None
    error.__suppress_context__ = True
    return error


def _client_misuse(request: httpx.Request, error: RuntimeError) -> exc.ConfigurationError:
    # httpx raises RuntimeError for a closed client, or an AsyncClient used from an event loop
    # other than its own: a mistake in setup, found before anything was sent. Never retried.
    failure = exc.ConfigurationError(
        f"{request.method} {request.url.path}: the HTTP client cannot send "
        f"({str(error)[:200]}). A client must be open, and an httpx.AsyncClient belongs to the "
        "event loop it was first used in: create one per loop, or pass none and let the SDK "
        "keep a pool per loop"
    )
    failure.__cause__ = _cause(error, _redacted(str(error)[:200], request))
    return failure


def run_sync(client: httpx.Client, op: Operation[T], settings: Settings) -> T:
    """Drive :func:`flow` with a blocking ``httpx.Client``."""
    try:
        return _drive_sync(client, op, settings)
    except exc.SmartcarException as error:
        detached = _detached(error)
        raise detached from detached.__cause__


def _drive_sync(client: httpx.Client, op: Operation[T], settings: Settings) -> T:
    steps = flow(op, settings)
    action = next(steps)
    while True:
        outcome: Any = None
        if isinstance(action, Send):
            try:
                # Never follow redirects, even with a caller's client configured to: the
                # request carries credentials and must not reach another host. Streamed: the
                # engine decides how much of the body to read.
                response = client.send(action.request, stream=True, follow_redirects=False)
                if response.is_stream_consumed:  # read by the transport, and decoded
                    outcome = Streamed(response, iter([response.content]), decoded=True)
                else:
                    outcome = Streamed(response, response.iter_raw())
            except httpx.HTTPError as error:
                outcome = error
            except RuntimeError as error:
                steps.close()
                misuse = _client_misuse(action.request, error)
                raise misuse from misuse.__cause__
        elif isinstance(action, Read):
            assert isinstance(action.chunks, Iterator)
            try:
                outcome = next(action.chunks, None)
            except httpx.HTTPError as error:
                outcome = error
        elif isinstance(action, Close):
            action.response.close()
        elif isinstance(action, Authorize):
            outcome = action.source.sync_token(action.stale)
        else:
            time.sleep(action.seconds)
        try:
            action = steps.send(outcome)
        except StopIteration as done:
            return done.value  # type: ignore[no-any-return]


async def run_async(client: httpx.AsyncClient, op: Operation[T], settings: Settings) -> T:
    """Drive :func:`flow` with an ``httpx.AsyncClient``."""
    try:
        return await _drive_async(client, op, settings)
    except exc.SmartcarException as error:
        detached = _detached(error)
        raise detached from detached.__cause__


async def _drive_async(client: httpx.AsyncClient, op: Operation[T], settings: Settings) -> T:
    steps = flow(op, settings)
    action = next(steps)
    while True:
        outcome: Any = None
        if isinstance(action, Send):
            try:
                response = await client.send(action.request, stream=True, follow_redirects=False)
                if response.is_stream_consumed:  # read by the transport, and decoded
                    outcome = Streamed(response, _once(response.content), decoded=True)
                else:
                    outcome = Streamed(response, response.aiter_raw())
            except httpx.HTTPError as error:
                outcome = error
            except RuntimeError as error:
                steps.close()
                misuse = _client_misuse(action.request, error)
                raise misuse from misuse.__cause__
        elif isinstance(action, Read):
            assert isinstance(action.chunks, AsyncIterator)
            try:
                outcome = await anext(action.chunks, None)
            except httpx.HTTPError as error:
                outcome = error
        elif isinstance(action, Close):
            await action.response.aclose()
        elif isinstance(action, Authorize):
            outcome = await action.source.async_token(action.stale)
        else:
            await asyncio.sleep(action.seconds)
        try:
            action = steps.send(outcome)
        except StopIteration as done:
            return done.value  # type: ignore[no-any-return]


async def _once(content: bytes) -> AsyncIterator[bytes]:
    yield content


# -- connection pools ---------------------------------------------------------------------------
#
# Thread safety: an httpx.Client is safe to share between threads, and nothing above keeps
# per-request state outside the generator of one call, so any number of threads may share one
# Vehicle, AuthClient or the module functions, and with them the one shared client below.
# An httpx.AsyncClient is different: its connections belong to the event loop that opened them,
# so the shared async client is per loop, and is closed when its loop shuts down.

# Every connection the pool may open is kept alive. With fewer keep-alive slots than requests
# in flight, httpcore closes each connection as it turns idle (it compares the slots with the
# count of *all* connections), so a fleet read at concurrency 50 reconnected, a TCP and TLS
# handshake, for nearly every request.
_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100)
_pool_lock = threading.Lock()
_sync_pool: httpx.Client | None = None
_async_pools: weakref.WeakKeyDictionary[
    asyncio.AbstractEventLoop, tuple[LoopPool, AsyncGenerator[None, None]]
] = weakref.WeakKeyDictionary()
_transport_override: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None


def shared_client() -> httpx.Client:
    """The process-wide keep-alive client used when none is passed in.

    Thread-safe: created once under a lock, then shared by every thread (httpx clients are
    safe to use from several threads at once).
    """
    global _sync_pool
    client = _sync_pool
    if client is None or client.is_closed:
        with _pool_lock:
            client = _sync_pool
            if client is None or client.is_closed:
                transport = _transport_override
                client = httpx.Client(
                    limits=_LIMITS,
                    follow_redirects=False,
                    transport=transport if isinstance(transport, httpx.BaseTransport) else None,
                )
                _sync_pool = client
    return client


# httpcore's pool does work in proportion to its idle connections times all its connections
# whenever a request starts or ends. One pool serving 50 requests at once on a busy event loop
# spent most of the loop's CPU on that bookkeeping: 3 ms a request, against under 1 ms with a
# few connections. So the async pool of a loop is several clients, each kept small: a request
# goes to the least busy one, another is opened only when each has _SHARD_LOAD requests in
# flight, and sequential use never goes past the first. Their limits add up to about the 100
# connections of a single pool.
_SHARD_LOAD = 8
_MAX_SHARDS = 8
_SHARD_LIMITS = httpx.Limits(max_connections=13, max_keepalive_connections=13)


@functools.cache
def _ssl_context() -> ssl.SSLContext | bool:
    # Building a context loads the CA bundle (about 20 ms); every async client shares one.
    # httpx < 0.28 has no public constructor for it: each client then builds its own.
    create = getattr(httpx, "create_ssl_context", None)
    return create() if create is not None else True


class LoopPool:
    """The shared keep-alive clients of one event loop, used together as one pool.

    Only ever used from its own loop's thread, so it needs no lock.
    """

    def __init__(self) -> None:
        self.clients: list[httpx.AsyncClient] = []
        self._load: list[int] = []

    def _open(self) -> int:
        transport = _transport_override
        self.clients.append(
            httpx.AsyncClient(
                limits=_SHARD_LIMITS,
                follow_redirects=False,
                verify=_ssl_context(),
                transport=transport if isinstance(transport, httpx.AsyncBaseTransport) else None,
            )
        )
        self._load.append(0)
        return len(self.clients) - 1

    def first(self) -> httpx.AsyncClient:
        """The first client, opened if need be."""
        return self.clients[0] if self.clients else self.clients[self._open()]

    @contextlib.contextmanager
    def lease(self) -> Iterator[httpx.AsyncClient]:
        """The least busy client, counted as busy until the block ends."""
        load = self._load
        index = min(range(len(load)), key=load.__getitem__) if load else -1
        if index < 0 or (load[index] >= _SHARD_LOAD and len(load) < _MAX_SHARDS):
            index = self._open()
        load[index] += 1
        try:
            yield self.clients[index]
        finally:
            load[index] -= 1

    async def aclose(self) -> None:
        """Close every client of the pool."""
        for client in self.clients:
            await client.aclose()


def loop_pool() -> LoopPool:
    """The keep-alive pool of the running event loop.

    An ``httpx.AsyncClient`` belongs to the loop it was first used in, so there is one pool per
    loop. It is closed, and forgotten, when its loop shuts down its async generators (as
    ``asyncio.run`` does before closing the loop).
    """
    loop = asyncio.get_running_loop()
    with _pool_lock:
        entry = _async_pools.get(loop)
        if entry is not None:
            return entry[0]
        pool = LoopPool()
        closer = _close_with_loop(loop, pool)
        _async_pools[loop] = (pool, closer)
    # Run the closer up to its yield. Its first step has no await, so this completes at once,
    # and starting it registers it with the running loop's async-generator hooks: the loop's
    # shutdown_asyncgens() then resumes it, which closes the clients while the loop still runs.
    with contextlib.suppress(StopIteration):
        closer.asend(None).send(None)
    return pool


def shared_async_client() -> httpx.AsyncClient:
    """The first keep-alive client of the running event loop's pool (see :func:`loop_pool`)."""
    return loop_pool().first()


async def _close_with_loop(
    loop: asyncio.AbstractEventLoop, pool: LoopPool
) -> AsyncGenerator[None, None]:
    try:
        yield
    finally:
        with _pool_lock:
            entry = _async_pools.get(loop)
            if entry is not None and entry[0] is pool:
                # The entry refers to the loop through the clients' connections, so the weak
                # key alone would never let it go.
                del _async_pools[loop]
        await pool.aclose()


def set_transport_override(
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None,
) -> None:
    """Route the shared clients through ``transport`` (``None`` restores the network).

    Used by :mod:`smartcar.testing` to point every SDK call at the in-process simulator.
    Clients passed in explicitly are not affected.
    """
    global _transport_override, _sync_pool
    with _pool_lock:
        _transport_override = transport
        old, _sync_pool = _sync_pool, None
        _async_pools.clear()
    if old is not None:
        old.close()


def close_shared_clients() -> None:
    """Close the shared sync client; async ones close with their event loops."""
    global _sync_pool
    with _pool_lock:
        old, _sync_pool = _sync_pool, None
    if old is not None:
        old.close()
