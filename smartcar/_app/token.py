"""The application token of an API v3 `App`: fetched when needed, shared, renewed single-flight.

Loaded when the first `App` is made, not when ``smartcar.App`` is named; the token request and
its answer (the generated models, the v3 result) load with the first token fetched.
"""

from __future__ import annotations

import time
from collections.abc import Generator
from typing import TYPE_CHECKING, Any

from .._core import validate as check
from .._core.lifetime import check_lifetime, check_margin, renew_at
from .._core.secret import Secret
from .._core.values import is_int
from .._http import Action, flow
from ..exceptions import ConfigurationError
from ..tokens import SingleFlight

if TYPE_CHECKING:
    import httpx2

    from .. import v3
    from ..app import BaseApp

__all__ = ["ApplicationTokenSource", "application_token"]


class ApplicationTokenSource(SingleFlight):
    """The application token of one `App`: fetched when needed, shared, renewed single-flight.

    Args:
        app: the `App` or `AsyncApp` whose ``request_token`` fetches it, with its client.
        margin: renew this many seconds before expiry.
    """

    _NEEDS_SYNC = "an AsyncApp's token is fetched with asyncio only"
    _NEEDS_ASYNC = "an App's token is fetched blocking only, not with asyncio"

    def __init__(self, app: BaseApp, margin: float) -> None:
        super().__init__(app)
        self._app = app
        self._margin = check_margin("token_margin", margin)
        self._token: str | None = None
        self._deadline = 0.0
        self.fetch_count = 0
        """How many tokens were fetched (useful in tests and metrics)."""

    def __repr__(self) -> str:
        return f"ApplicationTokenSource(fetched={self.fetch_count})"

    def invalidate(self) -> None:
        """Forget the current token: the next call fetches a new one."""
        with self._lock:
            self._token = None

    def _fresh(self, stale: Secret | None) -> bool:
        token = self._token
        if token is None or (stale is not None and stale.matches(token)):
            return False
        return time.monotonic() < self._deadline

    def _current_token(self) -> str:
        token = self._token
        if token is None:  # pragma: no cover - a refresh always sets one or raises
            raise ConfigurationError("no application token was fetched")
        return token

    def _set(self, token: v3.ApplicationToken) -> None:
        self.fetch_count += 1
        self._deadline = renew_at(token.expires_in, self._margin)
        self._token = token.access_token

    def _refresh(self) -> Generator[Action, Any, None]:
        app = self._app
        self._set((yield from flow(type(app).request_token.build(app), app._settings)))


def application_token(response: httpx2.Response) -> v3.ApplicationToken:
    """Converter of the token endpoint's answer: the token, checked before any header holds it."""
    from smartcar_openapi import models

    from .. import v3

    body = models.ApplicationTokenResponse.from_dict(response.json())
    # It goes into a header later: a number, or a string with a newline, is no token.
    if not isinstance(body.access_token, str):  # absent or of another type: a bad response
        raise TypeError("access_token is not a string")
    token = check.credential("access_token", body.access_token)
    if not is_int(body.expires_in):
        raise TypeError("expires_in is not an integer")
    check_lifetime(body.expires_in)
    return v3.ApplicationToken(token, str(body.token_type), body.expires_in)
