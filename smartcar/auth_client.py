"""`AuthClient` and `AsyncAuthClient`: Smartcar Connect URLs and the OAuth token exchange."""

from __future__ import annotations

import base64
import os
import warnings
from collections.abc import Iterable, Mapping
from typing import Any, Unpack
from urllib.parse import urlencode

import httpx2

from ._core import validate as check
from ._core.config import client_credentials
from ._core.credentials import auth_client_hint, check_auth_client
from ._core.lazy import module_getattr
from ._core.lifetime import check_lifetime
from ._core.values import is_int
from ._http import ClientOptions, Operation
from ._resources.ops import AsyncRunner, Configurable, SyncRunner, operation, raw_view
from .exceptions import ConfigurationError, InvalidInputError

# The generated code and the typed results load with the first token exchange, imported where
# they are used (see _core.lazy).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from smartcar_openapi import models

    from . import config as config
    from . import helpers as helpers
    from . import types
    from . import v2_response as v2  # noqa: F401 (the official module's name for its results)
else:
    # The official module's names for other modules: loaded when someone reads them.
    __getattr__ = module_getattr(
        globals(),
        {"config": "smartcar.config", "helpers": "smartcar.helpers", "v2": "smartcar.v2_response"},
    )


__all__ = ["AsyncAuthClient", "AuthClient", "BaseAuthClient", "basic_authorization"]

_AUTH_URL_OPTIONS = ("force_prompt", "state", "make_bypass", "single_select", "flags", "user")
_TOKEN_OPTIONS = ("flags",)


def basic_authorization(username: str, password: str) -> str:
    """An HTTP Basic ``Authorization`` header value."""
    raw = f"{username}:{password}".encode()
    return "Basic " + base64.b64encode(raw).decode("ascii")


def _access(response: httpx2.Response) -> types.Access:
    from smartcar_openapi import models

    from . import types

    token = models.TokenResponse.from_dict(response.json())
    # The tokens go into headers later: a number, or a string with a newline, is no token.
    # The messages name the field, never its value.
    for name in ("access_token", "refresh_token"):
        value = getattr(token, name)
        if not isinstance(value, str) or not value or not all("!" <= c <= "~" for c in value):
            raise ValueError(f"{name} is not a string of printable ASCII characters")
    expires_in = token.expires_in
    if not is_int(expires_in):
        raise ValueError("expires_in is not a whole number of seconds >= 0")
    if expires_in < 0:
        check_lifetime(expires_in)  # a LifelessTokenError: a TokenManager asks again later only
    return types.Access.from_token_response(token)


class BaseAuthClient(Configurable):
    """Connect and token operations, shared by :class:`AuthClient` and :class:`AsyncAuthClient`.

    Each method returns its result directly on ``AuthClient`` and a coroutine of it on
    ``AsyncAuthClient``. Use those two classes; this one only holds the definitions.
    """

    def __init__(
        self,
        client_id: str | None = None,
        client_secret: str | None = None,
        redirect_uri: str | None = None,
        test_mode: bool | None = None,
        mode: str = "live",
        **client_options: Unpack[ClientOptions],
    ) -> None:
        """Create a client for your Smartcar application.

        Args:
            client_id: your application's client id; default ``SMARTCAR_CLIENT_ID``.
            client_secret: its client secret; default ``SMARTCAR_CLIENT_SECRET``.
            redirect_uri: where Connect sends the user back; default ``SMARTCAR_REDIRECT_URI``
                (optional: Smartcar then uses the first URI registered in the Dashboard).
            test_mode: deprecated; use ``mode="test"`` or ``mode="simulated"``.
            mode: ``"live"`` (default), ``"simulated"`` or ``"test"``.
            **client_options: the HTTP client, origins, timeouts, retries and limits, each
                optional: see :class:`~smartcar.ClientOptions`.

        Raises:
            ConfigurationError: no client id or secret, naming the missing variable.
            InvalidInputError: an invalid mode.
        """
        self.client_id, self.client_secret = client_credentials(client_id, client_secret)
        self.redirect_uri = redirect_uri or os.environ.get("SMARTCAR_REDIRECT_URI")
        missing = [
            name
            for name, value in (
                ("SMARTCAR_CLIENT_ID", self.client_id),
                ("SMARTCAR_CLIENT_SECRET", self.client_secret),
            )
            if not value
        ]
        if missing:
            raise ConfigurationError(
                f"AuthClient needs a client id and secret: set {' and '.join(missing)} "
                "or pass client_id= and client_secret="
            )
        check.credential("client_id", self.client_id)
        check.credential("client_secret", self.client_secret)
        check_auth_client(str(self.client_id), str(self.client_secret))
        self.mode = check.mode(mode)
        if test_mode is not None:
            warnings.warn(
                'The "test_mode" parameter is deprecated, please use "mode" instead.',
                DeprecationWarning,
                stacklevel=2,
            )
            self.mode = "test" if test_mode else "live"
        self._configure(**client_options)

    def __repr__(self) -> str:
        # The client secret never appears in a repr. Read with defaults: a traceback with
        # locals shows the repr of a client whose __init__ failed half-way.
        fields = {name: getattr(self, name, None) for name in ("client_id", "redirect_uri", "mode")}
        return f"{type(self).__name__}({', '.join(f'{k}={v!r}' for k, v in fields.items())})"

    def get_auth_url(
        self, scope: Iterable[str] | None = None, options: Mapping[str, Any] | None = None
    ) -> str:
        """Build the Smartcar Connect URL to send the user to.

        Args:
            scope: permissions to request, such as ``["read_odometer", "required:read_vin"]``
                (optional: the Dashboard's configuration is used otherwise).
            options: ``force_prompt`` (bool), ``state`` (str, echoed back: use it against
                CSRF), ``make_bypass`` (a make, skipping brand selection), ``single_select``
                (bool, or ``{"enabled": bool, "vin": str}``), ``flags`` (dict), ``user`` (str).

        Returns:
            The URL, with the same query parameters as the official SDK.

        Raises:
            InvalidInputError: malformed permissions (unknown option keys only warn).
        """
        opts = check.options(options, _AUTH_URL_OPTIONS)
        query: dict[str, str] = {
            "response_type": "code",
            "client_id": str(self.client_id),
            "approval_prompt": "auto",
            "mode": self.mode,
        }
        if self.redirect_uri:
            query["redirect_uri"] = self.redirect_uri
        if scope:
            query["scope"] = " ".join(check.scopes(scope))
        if opts.get("force_prompt"):
            query["approval_prompt"] = "force"
        # Any state but None and "" is kept: 0 and False are states too.
        state = opts.get("state")
        if state is not None and state != "":
            query["state"] = str(state)
        if opts.get("make_bypass"):
            query["make"] = str(opts["make_bypass"])
        single_select = opts.get("single_select")
        if single_select is not None:
            if isinstance(single_select, Mapping):
                if single_select.get("vin"):
                    query["single_select_vin"] = str(single_select["vin"])
                    query["single_select"] = "true"
                else:
                    query["single_select"] = "true" if single_select.get("enabled") else "false"
            else:
                query["single_select"] = "true" if single_select else "false"
        flags = check.flags(opts.get("flags"))
        if flags:
            query["flags"] = flags
        if opts.get("user"):
            query["user"] = str(opts["user"])
        return f"{self._settings.origins.connect}/oauth/authorize?{urlencode(query)}"

    def _token_op(
        self, body: models.TokenRequest, options: Mapping[str, Any] | None
    ) -> Operation[types.Access]:
        from smartcar_openapi.api.auth import request_token

        opts = check.options(options, _TOKEN_OPTIONS)
        flags = check.flags(opts.get("flags"))
        kwargs: dict[str, Any] = {"body": body}
        if flags:
            kwargs["flags"] = flags
        return Operation(
            endpoint=request_token,
            kwargs=kwargs,
            origin="auth",
            convert=_access,
            authorization=basic_authorization(str(self.client_id), str(self.client_secret)),
            # An authorization code is single-use and refresh tokens rotate: never replay.
            command=True,
            oauth=True,
            invalid_client_hint=auth_client_hint(str(self.client_id)),
        )

    @operation
    def exchange_code(
        self, code: str | list[str] | tuple[str], options: Mapping[str, Any] | None = None
    ) -> Operation[types.Access]:
        """Exchange the authorization code from the Connect redirect for tokens.

        Args:
            code: the ``code`` query parameter of the redirect (valid 10 minutes, single use),
                or a one-element list of it, as ``urllib.parse.parse_qs`` returns it.
            options: ``flags`` (dict of feature flags).

        Returns:
            Access: tokens and their expirations.

        Raises:
            OAuthError: an invalid, expired or reused code.
        """
        if isinstance(code, list | tuple):
            # The official package sends whatever it is given, and requests encodes a
            # one-element list as that element: parse_qs(...)["code"] works there.
            if len(code) != 1:
                raise InvalidInputError(
                    f"code must be a string or a one-element list, got a list of {len(code)}"
                )
            code = code[0]
        from smartcar_openapi import models

        body = models.TokenRequest(
            grant_type=models.GrantType.AUTHORIZATION_CODE,
            code=check.non_empty("code", code),
        )
        if self.redirect_uri:
            body.redirect_uri = self.redirect_uri
        return self._token_op(body, options)

    @operation
    def exchange_refresh_token(
        self, refresh_token: str, options: Mapping[str, Any] | None = None
    ) -> Operation[types.Access]:
        """Exchange a refresh token for new tokens (the refresh token rotates).

        Args:
            refresh_token: ``access.refresh_token`` from an earlier exchange.
            options: ``flags`` (dict of feature flags).

        Returns:
            Access: new tokens; store the new refresh token.

        Raises:
            OAuthError: an invalid or expired refresh token.
        """
        from smartcar_openapi import models

        body = models.TokenRequest(
            grant_type=models.GrantType.REFRESH_TOKEN,
            refresh_token=check.non_empty("refresh_token", refresh_token),
        )
        return self._token_op(body, options)


class AuthClient(BaseAuthClient, SyncRunner):
    """Your application's Smartcar client: Connect URLs and token exchange (blocking)."""

    with_raw_response: raw_view[RawAuthClient] = raw_view()


class AsyncAuthClient(BaseAuthClient, AsyncRunner):
    """Your application's Smartcar client: Connect URLs and token exchange (asyncio)."""

    with_raw_response: raw_view[RawAsyncAuthClient] = raw_view()


if TYPE_CHECKING:
    from ._resources.ops import RawAsyncRunner, RawSyncRunner

    class RawAuthClient(AuthClient, RawSyncRunner):
        """``AuthClient.with_raw_response``: each operation returns its ``RawResponse``."""

    class RawAsyncAuthClient(AsyncAuthClient, RawAsyncRunner):
        """``AsyncAuthClient.with_raw_response``: each operation returns its ``RawResponse``."""
