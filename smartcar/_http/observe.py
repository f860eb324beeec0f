"""What one call leaves to be seen: its hooks, its ``SMARTCAR_LOG`` line, its raw response.

:class:`CallRecord` follows one call of :func:`~smartcar._http.engine.flow` from its first
attempt to its outcome: it counts the attempts, calls the :class:`~.hooks.Hooks` of each, and
logs the call's one INFO line. :class:`RawResponse` is what ``with_raw_response`` returns.
Everything here shows headers redacted: no credential reaches a hook, a log line or a repr.
"""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Callable, Mapping
from typing import Any, Generic, TypeVar

import httpx2

from .. import exceptions as exc
from .._core.errors import redact_headers
from .hooks import Attempt, AttemptResponse, run_hooks
from .request import Operation, _path_parameters, sent_secrets
from .settings import Settings

__all__ = ["CallRecord", "RawResponse", "operation_id"]

T = TypeVar("T")

logger = logging.getLogger("smartcar.calls")
"""One INFO line per call; a child of ``smartcar``, whose level ``SMARTCAR_LOG`` sets."""


def operation_id(op: Operation[Any]) -> str:
    """The spec's ``operationId`` of an operation: its generated module's name."""
    # A stand-in endpoint written by hand (vehicle.request(), a signals page's next link)
    # names its own.
    name = getattr(op.endpoint, "operation_id", None) or getattr(op.endpoint, "__name__", "")
    return str(name).rpartition(".")[2] or type(op.endpoint).__name__


def _headers(headers: httpx2.Headers, request: httpx2.Request) -> Mapping[str, str]:
    return redact_headers(headers, sent_secrets(request))


def _where(request: httpx2.Request) -> str:
    return str(request.url.copy_with(query=None))


class CallRecord:
    """One call's attempts, for its hooks, its log line and its raw response."""

    __slots__ = ("_attempt", "_op", "_sent_at", "attempts", "hooks", "request", "started")

    def __init__(self, op: Operation[Any], settings: Settings) -> None:
        self._op = op
        self.hooks = settings.hooks
        self.started = time.monotonic()
        self.attempts = 0
        """Attempts sent so far (a retry and a resend with a new token each count)."""
        self._sent_at = self.started
        self._attempt: Attempt | None = None
        self.request: httpx2.Request | None = None
        """The request of the latest attempt."""

    def sending(self, request: httpx2.Request) -> None:
        """An attempt is about to be sent: count it and run ``before_request``."""
        self.attempts += 1
        self.request = request
        self._sent_at = time.monotonic()
        if self.hooks:
            self._attempt = self.attempt(request)
            run_hooks(self.hooks, "before_request", self._attempt)

    def attempt(self, request: httpx2.Request) -> Attempt:
        """The current attempt, as hooks see it."""
        op = self._op
        return Attempt(
            operation_id=operation_id(op),
            command=op.command,
            method=request.method,
            url=_where(request),
            path_params={
                name: str(op.kwargs[name])
                for name in _path_parameters(op.endpoint)
                if name in op.kwargs
            },
            number=self.attempts,
            request_headers=_headers(request.headers, request),
        )

    def received(
        self,
        outcome: httpx2.Response | Exception,
        failure: Callable[[Exception, httpx2.Request], exc.SmartcarException],
    ) -> None:
        """The attempt ended: run ``after_response`` or, for a transport error, ``on_error``."""
        if not self.hooks or self._attempt is None or self.request is None:
            return
        if isinstance(outcome, Exception):
            run_hooks(self.hooks, "on_error", self._attempt, failure(outcome, self.request))
            return
        response = AttemptResponse(
            status_code=outcome.status_code,
            headers=_headers(outcome.headers, outcome.request),
            request_id=outcome.headers.get("SC-Request-Id"),
            elapsed=time.monotonic() - self._sent_at,
        )
        run_hooks(self.hooks, "after_response", self._attempt, response)

    def refused(self, error: exc.SmartcarException) -> None:
        """The attempt's response was refused unread (size cap, deadline): ``on_error``."""
        if self.hooks and self._attempt is not None:
            run_hooks(self.hooks, "on_error", self._attempt, error)

    def finished(self, outcome: httpx2.Response | exc.SmartcarException) -> None:
        """Log the call's one INFO line (``SMARTCAR_LOG=info``); at DEBUG with its headers."""
        if not logger.isEnabledFor(logging.INFO):
            return
        request = self.request
        if isinstance(outcome, httpx2.Response):
            status: object = outcome.status_code
            request_id = outcome.headers.get("SC-Request-Id")
        else:
            status = type(outcome).__name__
            request_id = outcome.request_id
        where = "(not sent)" if request is None else f"{request.method} {request.url.path}"
        line = (
            f"{operation_id(self._op)} {where} -> {status} "
            f"request_id={request_id} attempts={self.attempts} "
            f"duration_ms={(time.monotonic() - self.started) * 1000:.1f}"
        )
        if request is not None and logger.isEnabledFor(logging.DEBUG):
            sent = dict(_headers(request.headers, request))
            line += f" request_headers={sent}"
            if isinstance(outcome, httpx2.Response):
                line += f" response_headers={dict(_headers(outcome.headers, request))}"
        logger.info("%s", line)


class RawResponse(Generic[T]):
    """The raw answer of one call (``with_raw_response``), and :meth:`parse` for its result.

    Made only for a call that succeeded at the HTTP level (a 2xx): any other status raises
    the call's :class:`~smartcar.SmartcarException`, as without ``with_raw_response``, and the
    exception carries that answer's ``status_code``, ``request_id``, ``headers`` and ``body``.
    Headers are shown with credentials redacted.
    """

    def __init__(
        self, response: httpx2.Response, record: CallRecord, parse: Callable[[], T]
    ) -> None:
        self._response = response
        self._parse = parse
        self.operation_id: str = operation_id(record._op)
        """The spec's ``operationId`` of the call (``get_odometer``)."""
        self.attempts: int = record.attempts
        """How many attempts the call took (1 unless it was retried)."""
        self.elapsed: float = time.monotonic() - record.started
        """Seconds the whole call took: every attempt and every wait between them."""

    @property
    def status_code(self) -> int:
        """The HTTP status of the answer."""
        return self._response.status_code

    @functools.cached_property
    def headers(self) -> Mapping[str, str]:
        """The response headers (read in any casing: ``SC-Data-Age``, ``Retry-After``...)."""
        return _headers(self._response.headers, self._response.request)

    @property
    def request_id(self) -> str | None:
        """``SC-Request-Id``: what Smartcar support asks for."""
        return self._response.headers.get("SC-Request-Id")

    @property
    def method(self) -> str:
        """The HTTP method sent."""
        return self._response.request.method

    @property
    def url(self) -> str:
        """The URL of the request, without its query string."""
        return _where(self._response.request)

    @functools.cached_property
    def request_headers(self) -> Mapping[str, str]:
        """The headers sent, with ``Authorization`` and every credential redacted."""
        return _headers(self._response.request.headers, self._response.request)

    @property
    def content(self) -> bytes:
        """The body as received (decoded); a token endpoint's holds the tokens ``parse`` gives."""
        return self._response.content

    @functools.cached_property
    def _parsed(self) -> T:
        return self._parse()

    def parse(self) -> T:
        """The result the call returns without ``with_raw_response`` (parsed once).

        Raises:
            InvalidResponseError: the body is not what the operation answers (as the call
                without ``with_raw_response`` would raise).
        """
        return self._parsed

    def __repr__(self) -> str:
        return (
            f"<RawResponse {self.operation_id} {self.status_code} request_id={self.request_id} "
            f"attempts={self.attempts} elapsed={self.elapsed:.3f}s>"
        )
