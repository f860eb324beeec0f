"""What one API call is (:class:`Operation`) and the ``httpx2.Request`` built from it."""

from __future__ import annotations

import base64
import functools
import inspect
import urllib.parse
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, Protocol, TypeVar

import httpx2

from .. import exceptions as exc
from .._core import validate as check
from .._core.config import user_agent
from .._core.secret import Secret
from .settings import Settings

T = TypeVar("T")

DEFAULT_API_VERSION = "2.0"
"""The ``version`` path parameter sent when an operation names none."""


class TokenSource(Protocol):
    """Supplies access tokens, refreshing them when needed (see ``smartcar.TokenManager``).

    ``stale`` is the token the API just rejected with 401, or ``None``: a source refreshes
    only if its current token is still that stale one (compare-and-invalidate), so many callers
    failing at once cause a single refresh. The engine passes it as a
    :class:`~smartcar._core.secret.Secret`.
    """

    def sync_token(self, stale: str | Secret | None = None) -> str:
        """Return a valid access token, refreshing it (blocking) if needed."""
        ...

    async def async_token(self, stale: str | Secret | None = None) -> str:
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
        invalid_client_hint: what to check when the token endpoint answers ``invalid_client``
            (which credentials, where the Dashboard shows them), added to the error's message.
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
    convert: Callable[[httpx2.Response], T]
    authorization: str | None = field(default=None, repr=False)
    token_source: TokenSource | None = None
    command: bool = False
    oauth: bool = False
    invalid_client_hint: str | None = None
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


@functools.lru_cache(maxsize=1024)
def _check_path(path: str) -> None:
    # A vehicle's reads build the same few paths again and again; a path that passed once
    # passes every time (the check depends on the text alone). A failure raises and is never
    # stored, so a bad path fails on every call.
    check.relative_path("path", path)


@functools.lru_cache(maxsize=1024)
def _url(text: str) -> httpx2.URL:
    # Parsing a URL is most of the cost of building a request, and a vehicle's reads ask for
    # the same few again and again. httpx2.URL is immutable (query parameters make a new one),
    # so one parsed URL serves every request; an invalid URL raises and is never stored.
    return httpx2.URL(text)


def build_request(
    op: Operation[Any], settings: Settings, token: Secret | None = None
) -> httpx2.Request:
    """Build the ``httpx2.Request`` for an operation from its generated ``build_request_kwargs``.

    ``token`` is revealed only into the request's headers, never into a local of this frame.
    """
    arguments = dict(op.kwargs)
    # The spec makes the API version a path parameter of the versioned endpoints.
    if "version" in _path_parameters(op.endpoint):
        arguments.setdefault("version", op.version or DEFAULT_API_VERSION)
    kwargs = dict(op.endpoint.build_request_kwargs(**arguments))
    path: str = kwargs.pop("url")
    base: str = getattr(settings.origins, op.origin)
    # Only the encodings the engine can decode within the size cap (see decoding.BoundedDecoder).
    headers = {
        "User-Agent": user_agent(),
        "Accept": "application/json",
        "Accept-Encoding": "gzip, deflate",
    }
    headers.update(kwargs.pop("headers", None) or {})
    headers.update(op.headers)
    if op.authorization is not None:
        headers["Authorization"] = op.authorization
    method = kwargs.pop("method").upper()
    params = kwargs.pop("params", None)
    if op.params:
        params = {**(params or {}), **op.params}
    # Operation already checked every path parameter; this holds whatever built the path.
    _check_path(path)
    try:
        request = httpx2.Request(
            method,
            _url(base + path),
            params=params,
            json=kwargs.pop("json", None),
            data=kwargs.pop("data", None),
            content=kwargs.pop("content", None),
            headers=headers,
        )
        if token is not None:
            request.headers["Authorization"] = "Bearer " + token.reveal()
        return request
    except (httpx2.InvalidURL, UnicodeEncodeError) as error:
        # Neither error's text is shown: a UnicodeEncodeError holds the whole header value,
        # which may be a credential. Nothing was sent.
        failure = exc.InvalidInputError(
            f"{method} {path[:100]}: the request cannot be built (a header holds a non-ASCII "
            "character, or a query parameter is too long); nothing was sent"
        )
        failure.__cause__ = cause(error)
    raise failure


def cause(error: BaseException, detail: str = "") -> exc.RedactedCause:
    """The redacted stand-in for ``error`` in a chain: its qualified name and ``detail``."""
    kind = type(error)
    # httpx2's exceptions are all exported with ``__module__ = "httpx2"``: httpx2.ReadTimeout.
    module = kind.__module__
    name = kind.__qualname__ if module == "builtins" else f"{module}.{kind.__qualname__}"
    return exc.RedactedCause(name, detail)


def redacted(text: str, request: httpx2.Request) -> str:
    """``text`` with every credential ``request`` carried blanked out, in any encoding."""
    from .._core.errors import redact_text  # with the first error: naming a client must not load it

    return redact_text(text, sent_secrets(request))


_FORM_SECRETS = ("code", "refresh_token", "client_secret")


def sent_secrets(request: httpx2.Request) -> list[str]:
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
