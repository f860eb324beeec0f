"""The sans-IO engine: one definition of sending, retrying and parsing.

:func:`flow` yields actions (send, read, close, sleep, authorize), receives their outcomes,
retries, enforces the size cap and the deadline, and parses the result; the drivers in
:mod:`.drivers` carry the actions out. Whatever else needs I/O is written as a generator of the
same actions and run by the same drivers: the fleet's reads of a vehicle (``fleet._plan``), a
token refresh (``tokens.SingleFlight._plan``, which adds :class:`Wait` and :class:`Call`) and
the next page of a list (``paging._Walk.next_page``).
"""

from __future__ import annotations

import functools
import json
import logging
import random
import time
import zlib
from collections.abc import Generator
from typing import Any, TypeVar

import httpx2

from .. import exceptions as exc
from .._core.errors import error_from_response, parse_retry_after, with_evidence
from .._core.secret import Secret
from . import network
from .actions import Action, Authorize, Close, Read, Send, Sleep, Streamed
from .decoding import BoundedDecoder
from .observe import CallRecord, RawResponse
from .request import (
    Operation,
    build_request,
    cause,
    redacted,
    sent_secrets,
)
from .settings import Settings

logger = logging.getLogger("smartcar")

T = TypeVar("T")

_BACKOFF_BASE = 0.5
_BACKOFF_CAP = 8.0
_RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
# Failures that happen before the request can have reached the server: safe even for commands.
_CONNECT_PHASE = (httpx2.ConnectError, httpx2.ConnectTimeout, httpx2.PoolTimeout)
# Failures of the request itself, found in this process before anything was sent (a header
# value h11 refuses, a URL scheme httpx2 cannot send): another attempt fails the same way.
_LOCAL_FAILURES = (httpx2.LocalProtocolError, httpx2.UnsupportedProtocol)


def _backoff(attempt: int) -> float:
    # Exponential backoff with "equal jitter": never zero, never in lock-step with other clients.
    ceiling: float = min(_BACKOFF_CAP, _BACKOFF_BASE * 2.0**attempt)
    jitter: float = random.uniform(0, ceiling / 2)
    return ceiling / 2 + jitter


def _retry_delay(
    op: Operation[Any], outcome: httpx2.Response | Exception, attempt: int, settings: Settings
) -> float | None:
    """Seconds to wait before the next attempt, or ``None`` to stop here."""
    if attempt >= settings.max_retries:
        return None
    if isinstance(outcome, Exception):
        if isinstance(outcome, _LOCAL_FAILURES):
            return None
        if isinstance(outcome, _CONNECT_PHASE):
            return _backoff(attempt)
        if op.command or not isinstance(outcome, httpx2.TransportError):
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


def _transport_error(error: Exception, request: httpx2.Request) -> exc.SmartcarException:
    failure = _transport_failure(error, request)
    if not isinstance(error, httpx2.LocalProtocolError):
        # The message already holds the redacted detail; the cause names what failed.
        failure.__cause__ = cause(error, redacted(str(error)[:300], request))
    else:
        failure.__cause__ = cause(error)
    return failure


def _transport_failure(error: Exception, request: httpx2.Request) -> exc.SmartcarException:
    where = _where(request)
    if isinstance(error, httpx2.InvalidURL):
        # Request URLs are checked when built, so this is httpx2 building the next request of a
        # redirect it was not asked to follow, from a Location that is no URL.
        return exc.InvalidResponseError(
            f"Unexpected redirect from {where}: its Location header is not a valid URL; "
            "not followed"
        )
    if isinstance(error, httpx2.TimeoutException):
        return exc.RequestTimeoutError(f"Request timed out: {where} ({type(error).__name__})")
    if isinstance(error, httpx2.LocalProtocolError):
        # h11 quotes the offending header whole, Authorization included: never copy its text.
        return exc.NetworkError(
            f"Request could not be sent: {where}: {type(error).__name__} (a header or the URL "
            "holds a character HTTP does not allow); nothing was sent"
        )
    detail = redacted(str(error)[:300], request)
    if isinstance(error, httpx2.TransportError):
        return exc.NetworkError(f"Network error: {where}: {type(error).__name__}: {detail}")
    return exc.InvalidResponseError(f"Invalid response: {where}: {type(error).__name__}: {detail}")


def finish(op: Operation[T], response: httpx2.Response, *, strict: bool) -> T:
    """Map an error response, or parse and convert a successful one (strictly: see _core.shape)."""
    status = response.status_code
    if not 200 <= status < 300:
        if 300 <= status < 400:
            # Redirects are not followed: credentials must never be sent to another host. A
            # Location may quote the request's credentials back, in any encoding.
            location = redacted(response.headers.get("Location", ""), response.request)
            redirect = exc.InvalidResponseError(
                f"Unexpected redirect (HTTP {status}) to {location[:200]!r}; not followed",
                status_code=status,
                request_id=response.headers.get("SC-Request-Id"),
            )
            raise _evidence(redirect, response)
        # A server may echo what it was sent ("Invalid code: <code>"); error messages end up
        # in logs, so the credentials this request carried are blanked out first.
        error = error_from_response(
            status,
            response.headers,
            response.content,
            oauth=op.oauth,
            secrets=sent_secrets(response.request),
        )
        if op.invalid_client_hint and error.type == "invalid_client":
            error.message = f"{error.message.rstrip('.')}. {op.invalid_client_hint}"
            error.args = (error.message,)
        raise error
    try:
        result = op.convert(response)
        if strict:
            from .._core.shape import check_model  # here: only strict clients load it

            check_model(result)
        return result
    except exc.SmartcarException as error:
        # A converter's own error comes from this response too: it keeps the evidence.
        if error.headers is None:
            _evidence(error, response)
        raise
    except Exception as error:
        # Empty, truncated or wrongly shaped bodies must not escape as KeyError/JSONDecodeError.
        # The message never quotes the body: a token response's body holds new credentials.
        detail = redacted(_body_free(error), response.request)
        failure = exc.InvalidResponseError(
            f"Invalid response body for {response.request.method} "
            f"{response.request.url.path} (HTTP {status}): {type(error).__name__}: {detail}",
            status_code=status,
            request_id=response.headers.get("SC-Request-Id"),
        )
        _evidence(failure, response, cause(error, detail))
    # Raised outside the except block, so the original error is not kept as __context__:
    # a JSONDecodeError keeps the whole body in .doc, new tokens included.
    raise failure


def _evidence(
    error: exc.SmartcarException,
    response: httpx2.Response,
    cause: exc.RedactedCause | None = None,
    *,
    read: bool = True,
) -> exc.SmartcarException:
    """``error`` with the response's headers and body (unless unread), redacted, and a cause."""
    content = response.content if read else None
    return with_evidence(error, response.headers, content, sent_secrets(response.request), cause)


def _body_free(error: Exception) -> str:
    """A short description of a parsing error that does not quote the body."""
    if isinstance(error, json.JSONDecodeError):
        return f"{error.msg} at position {error.pos}"
    return str(error)[:200]


def _where(request: httpx2.Request) -> str:
    return f"{request.method} {request.url.copy_with(query=None)}"


def _deadline_error(request: httpx2.Request, budget: float) -> exc.RequestTimeoutError:
    return exc.RequestTimeoutError(
        f"Request timed out: {_where(request)} did not complete within the call's "
        f"{budget:.3g} s deadline (the deadline option, or that of the call it was made for)"
    )


def _too_large(response: httpx2.Response, settings: Settings, size: str) -> exc.SmartcarException:
    error = exc.InvalidResponseError(
        f"Response too large: {_where(response.request)} (HTTP {response.status_code}) sent "
        f"{size}, over the {settings.max_response_bytes}-byte limit (the max_response_bytes "
        "option); not read further",
        status_code=response.status_code,
        request_id=response.headers.get("SC-Request-Id"),
    )
    # The body was not read (that is the point): the error holds the headers alone.
    return _evidence(error, response, read=False)


def _receive(
    request: httpx2.Request, settings: Settings, deadline_at: float, budget: float
) -> Generator[Action, Any, httpx2.Response | Exception]:
    """One attempt: send, then read the body in chunks, within the size cap and the deadline.

    Returns the response with its body read, or the transport error of the attempt (a body
    still arriving when the attempt's time is up is a ``ReadTimeout``, retried like any other).
    Raises when the body is over the cap or the call's deadline passes: neither improves with
    a retry.
    """
    started = time.monotonic()
    remaining = deadline_at - started
    if remaining <= 0:
        raise _deadline_error(request, budget)
    # No phase of this attempt may wait past the deadline.
    timeouts = {
        phase: min(value, remaining) if isinstance(value, int | float) else remaining
        for phase, value in settings.timeout.as_dict().items()
    }
    request.extensions = {**request.extensions, "timeout": timeouts}
    # httpx2's read timeout restarts with every chunk, so a body dripped a byte at a time never
    # trips it. The attempt as a whole gets the sum of its phase timeouts instead, checked after
    # each chunk: timeout=1 means an attempt of a few seconds, however the body is paced. The
    # network layer holds the deadline itself, for the status line and headers too.
    attempt_ends = min(deadline_at, started + sum(timeouts.values()))
    sent: Streamed | Exception = yield Send(request, deadline_at)
    if isinstance(sent, Exception):
        return sent
    try:
        body = yield from _read_body(sent, settings, (deadline_at, budget), attempt_ends)
    except exc.SmartcarException:
        yield Close(sent.response)
        raise
    if isinstance(body, Exception):
        yield Close(sent.response)
        return body
    # What httpx2's own Response.read() stores: from here on the response acts as a read one.
    sent.response._content = body
    return sent.response


def _read_body(
    sent: Streamed, settings: Settings, deadline: tuple[float, float], attempt_ends: float
) -> Generator[Action, Any, bytes | Exception]:
    """The decoded body, or the error that cut it short; raises over the cap or the deadline.

    The errors made here carry no ``request``: the engine reports them with the request it
    sent (``_transport_error``), and nothing reads an outcome's own.

    ``deadline`` is the call's: when it passes (``time.monotonic()``) and how long it was.
    """
    deadline_at, budget = deadline
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
        decoder = BoundedDecoder(encoding)
    except ValueError as error:
        return httpx2.DecodingError(str(error))
    parts: list[bytes] = []
    size = 0
    while True:
        raw: bytes | Exception | None = yield Read(sent.chunks, deadline_at)
        if isinstance(raw, Exception):
            return raw
        try:
            chunk = decoder.decode(raw, limit - size) if raw is not None else decoder.flush()
        except zlib.error as error:
            return httpx2.DecodingError(f"{encoding}: {error}")
        size += len(chunk)
        if size > limit:
            raise _too_large(response, settings, f"more than {limit} bytes")
        parts.append(chunk)
        if raw is None:
            return b"".join(parts)
        now = time.monotonic()
        if now >= deadline_at:
            raise _deadline_error(request, budget)
        if now >= attempt_ends:
            return httpx2.ReadTimeout(
                "body still incomplete when the attempt's time, the sum of its phase "
                "timeouts, ran out"
            )


def flow(op: Operation[T], settings: Settings) -> Generator[Action, Any, T]:
    """The sans-IO request loop: yields actions, receives outcomes, returns the result."""
    response, _ = yield from _exchange(op, settings)
    return finish(op, response, strict=settings.strict)


def raw_flow(op: Operation[T], settings: Settings) -> Generator[Action, Any, RawResponse[T]]:
    """:func:`flow`, returning the :class:`RawResponse` of a 2xx answer (``with_raw_response``).

    Any other answer raises as in :func:`flow`; the body is parsed by ``RawResponse.parse``.
    """
    response, record = yield from _exchange(op, settings)
    parse = functools.partial(finish, op, response, strict=settings.strict)
    if not 200 <= response.status_code < 300:
        parse()  # raises the call's error
    return RawResponse(response, record, parse)


def _exchange(
    op: Operation[Any], settings: Settings
) -> Generator[Action, Any, tuple[httpx2.Response, CallRecord]]:
    """Every attempt of one call: the last response, or the error that ends the call."""
    record = CallRecord(op, settings)
    try:
        response = yield from _attempts(op, settings, record)
    except exc.SmartcarException as error:
        record.finished(error)
        raise
    record.finished(response)
    return response, record


def _attempts(
    op: Operation[Any], settings: Settings, record: CallRecord
) -> Generator[Action, Any, httpx2.Response]:
    now = time.monotonic()
    # A call made on behalf of another (a token refresh) ends by that call's deadline too.
    deadline_at = min(now + settings.call_deadline(), network.deadline_at())
    budget = deadline_at - now
    # A Secret: this frame's locals show up in tracebacks captured with their locals.
    token: Secret | None = None
    if op.token_source is not None:
        token = yield Authorize(op.token_source, None, deadline_at)
    request = build_request(op, settings, token)
    attempt = 0
    reauthorized = False
    while True:
        started = time.monotonic()
        record.sending(request)
        try:
            outcome: httpx2.Response | Exception = yield from _receive(
                request, settings, deadline_at, budget
            )
        except exc.SmartcarException as refused:
            record.refused(refused)
            raise
        record.received(outcome, _transport_error)
        if (
            op.token_source is not None
            and not reauthorized
            and isinstance(outcome, httpx2.Response)
            and outcome.status_code == 401
        ):
            # The token was rejected before anything happened (commands included): get a
            # fresh one, once, and send again. So a command answered 401 is sent at most twice.
            _log(request, outcome, started, attempt, 0.0)
            reauthorized = True
            token = yield Authorize(op.token_source, token, deadline_at)
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
    if isinstance(outcome, httpx2.TimeoutException) and time.monotonic() >= deadline_at:
        # The network layer cut the wait short at the deadline: say so, not "read timeout".
        raise _deadline_error(request, budget) from cause(outcome, redacted(str(outcome), request))
    if isinstance(outcome, Exception):
        failure = _transport_error(outcome, request)
        raise failure from failure.__cause__
    return outcome


def _log(
    request: httpx2.Request,
    outcome: httpx2.Response | Exception,
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
