"""Old httpx clients, transports and timeouts that callers still pass in (deprecated).

The SDK sends with httpx2, the maintained continuation of httpx, which gets no more releases.
Code written for the SDK's earlier versions passes an ``httpx.Client``, ``httpx.AsyncClient``,
an httpx transport (``httpx.MockTransport``) or an ``httpx.Timeout``. It keeps working for this
major version, with a :class:`DeprecationWarning` that names the httpx2 equivalent:

- a client or transport is put behind :class:`LegacyTransport` (or its async twin) inside an
  httpx2 client the engine drives as any other. Each request is rebuilt as httpx's own
  ``httpx.Request`` and sent through the caller's client, so its auth, event hooks, proxies and
  mounts apply as before, and a transport's handler receives the type it was written for;
- the answer comes back to the engine as an ``httpx2.Response`` reading httpx's raw stream, and
  httpx's errors (at the send or while the body is read) as the httpx2 error of the same name,
  so retries, deadlines, size caps and the error model are the engine's, unchanged;
- the caller's connection pools keep the call's deadline at the network layer, as an httpx2
  client's do (httpx's pools take the same network backends);
- a ``Timeout`` is copied phase by phase.

httpx is never imported here unless the caller's object comes from it: it is no dependency.
"""

from __future__ import annotations

import sys
import warnings
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx2

from .._core.stack import caller_stacklevel
from .network import guard

__all__ = ["LegacyTransport", "adopt_client", "adopt_timeout", "adopt_transport", "is_legacy"]


def is_legacy(value: object) -> bool:
    """Whether ``value`` is an object of the old ``httpx`` library (or of a subclass of one)."""
    return any(kind.__module__.partition(".")[0] == "httpx" for kind in type(value).__mro__)


def _httpx() -> Any:
    # Only reached with an httpx object in hand, so the module is loaded already.
    return sys.modules["httpx"]


def _deprecated(what: str, instead: str) -> None:
    warnings.warn(
        f"smartcar: {what} is from httpx, which gets no more releases; the SDK now sends with "
        f"httpx2. Pass {instead} instead (the same API: `import httpx2`). httpx objects keep "
        "working until the next major version.",
        DeprecationWarning,
        stacklevel=caller_stacklevel(),
    )


# httpx's errors, and the httpcore2 timeouts that the network layer's deadline raises inside
# httpx's own connection pool (see network.guard), which httpx does not know to translate.
_TRANSLATED = ("httpx", "httpcore2")


def _failures() -> tuple[type[Exception], ...]:
    import httpcore2

    return (_httpx().HTTPError, httpcore2.TimeoutException)


def _error(error: Exception, request: httpx2.Request) -> Exception:
    """The httpx2 error of the same name as ``error`` (both libraries name theirs alike)."""
    for kind in type(error).__mro__:
        twin = getattr(httpx2, kind.__name__, None)
        if kind.__module__.partition(".")[0] not in _TRANSLATED or not isinstance(twin, type):
            continue
        if issubclass(twin, httpx2.TransportError):
            return twin(str(error), request=request)
        if issubclass(twin, httpx2.InvalidURL):
            return twin(str(error))
    return error


def _request(request: httpx2.Request) -> Any:
    """``request`` rebuilt as an ``httpx.Request``: the same method, URL, headers and body."""
    return _httpx().Request(
        request.method,
        str(request.url),
        headers=request.headers.raw,
        content=request.content,
        extensions=dict(request.extensions),
    )


def _response(answer: Any, stream: Any, request: httpx2.Request) -> httpx2.Response:
    return httpx2.Response(
        answer.status_code,
        headers=answer.headers.raw,
        stream=stream,
        extensions=dict(answer.extensions),
        request=request,
    )


class _Stream(httpx2.SyncByteStream):
    """httpx's raw response body, its errors raised as httpx2's."""

    def __init__(self, answer: Any, request: httpx2.Request) -> None:
        self._answer, self._request = answer, request

    def __iter__(self) -> Iterator[bytes]:
        try:
            # The raw stream, not iter_raw(): a body the transport read already is read again.
            yield from self._answer.stream
        except _failures() as error:
            raise _error(error, self._request) from None

    def close(self) -> None:
        self._answer.close()


class _AsyncStream(httpx2.AsyncByteStream):
    """httpx's raw async response body, its errors raised as httpx2's."""

    def __init__(self, answer: Any, request: httpx2.Request) -> None:
        self._answer, self._request = answer, request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._answer.stream:
                yield chunk
        except _failures() as error:
            raise _error(error, self._request) from None

    async def aclose(self) -> None:
        await self._answer.aclose()


class LegacyTransport(httpx2.BaseTransport):
    """An httpx2 transport that sends through an ``httpx.Client``.

    Args:
        client: the caller's client.
        owned: close ``client`` with this transport (a client the SDK built around a
            caller's httpx transport); a caller's own client is never closed.
    """

    def __init__(self, client: Any, *, owned: bool = False) -> None:
        self.client, self._owned = client, owned
        guard(client, is_async=False)

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        """Send ``request`` as an ``httpx.Request`` through the wrapped client."""
        try:
            answer = self.client.send(_request(request), stream=True, follow_redirects=False)
        except _failures() as error:
            raise _error(error, request) from None
        return _response(answer, _Stream(answer, request), request)

    def close(self) -> None:
        """Close the wrapped client if the SDK built it."""
        if self._owned:
            self.client.close()


class AsyncLegacyTransport(httpx2.AsyncBaseTransport):
    """An httpx2 async transport that sends through an ``httpx.AsyncClient``.

    Args:
        client: the caller's client.
        owned: close ``client`` with this transport (see :class:`LegacyTransport`).
    """

    def __init__(self, client: Any, *, owned: bool = False) -> None:
        self.client, self._owned = client, owned
        guard(client, is_async=True)

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        """Send ``request`` as an ``httpx.Request`` through the wrapped client."""
        try:
            answer = await self.client.send(_request(request), stream=True, follow_redirects=False)
        except _failures() as error:
            raise _error(error, request) from None
        return _response(answer, _AsyncStream(answer, request), request)

    async def aclose(self) -> None:
        """Close the wrapped client if the SDK built it."""
        if self._owned:
            await self.client.aclose()


def _wrap(client: Any, *, is_async: bool, owned: bool) -> httpx2.Client | httpx2.AsyncClient:
    # trust_env=False: proxies from the environment are the wrapped client's business; mounts
    # for them here would route requests around it.
    if is_async:
        return httpx2.AsyncClient(
            transport=AsyncLegacyTransport(client, owned=owned),
            follow_redirects=False,
            trust_env=False,
        )
    return httpx2.Client(
        transport=LegacyTransport(client, owned=owned), follow_redirects=False, trust_env=False
    )


def adopt_client(client: Any, *, is_async: bool) -> httpx2.Client | httpx2.AsyncClient:
    """An httpx2 client sending through the caller's ``httpx.Client``/``AsyncClient``.

    The caller's client is never closed by the SDK, as with an httpx2 client passed in.
    """
    kind = _httpx().AsyncClient if is_async else _httpx().Client
    if not isinstance(client, kind):
        from ..exceptions import InvalidInputError

        raise InvalidInputError(
            f"http_client must be an httpx2.{kind.__name__}, got httpx.{type(client).__name__}"
        )
    _deprecated(f"http_client (an httpx.{kind.__name__})", f"an httpx2.{kind.__name__}")
    return _wrap(client, is_async=is_async, owned=False)


def adopt_transport(transport: Any, *, is_async: bool) -> httpx2.Client | httpx2.AsyncClient:
    """An httpx2 client, owned by the SDK, sending through the caller's httpx transport."""
    httpx = _httpx()
    base = httpx.AsyncBaseTransport if is_async else httpx.BaseTransport
    if not isinstance(transport, base):
        from ..exceptions import InvalidInputError

        raise InvalidInputError(
            f"transport must be an httpx2.{base.__name__}, got httpx.{type(transport).__name__}"
        )
    _deprecated(f"transport (an httpx.{type(transport).__name__})", "an httpx2 transport")
    kind = httpx.AsyncClient if is_async else httpx.Client
    return _wrap(
        kind(transport=transport, follow_redirects=False, trust_env=False),
        is_async=is_async,
        owned=True,
    )


def adopt_timeout(timeout: Any) -> httpx2.Timeout:
    """An ``httpx.Timeout`` as the ``httpx2.Timeout`` of the same phases."""
    _deprecated("timeout (an httpx.Timeout)", "an httpx2.Timeout or a number of seconds")
    return httpx2.Timeout(
        connect=timeout.connect, read=timeout.read, write=timeout.write, pool=timeout.pool
    )
