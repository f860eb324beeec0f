"""API v3 with the application token: `App` and `AsyncApp`, and their vehicle handles.

API v3 authenticates the application, not the vehicle: one token from
``POST https://iam.smartcar.com/oauth2/token`` (OAuth client credentials, valid one hour, no
refresh token) covers every call, and the ``sc-user-id`` header names the user a vehicle call
acts for::

    app = smartcar.App(client_id, client_secret)          # API credentials from the Dashboard
    for connection in app.connections():                  # every page, lazily
        car = app.vehicle(connection.vehicle_id, connection.user_id)
        print(car.get_signal("tractionbattery-stateofcharge").attributes.body)
        execution = car.lock_doors()                      # a CommandExecution, 200 or 202

The token is fetched on first use, kept until 60 seconds before it expires, renewed once for
all threads and tasks that need it at the same time (the single-flight protocol of
:class:`smartcar.TokenManager`), and dropped and fetched again once if the API answers 401.
Commands are never sent twice (a 202 is a result, not an error to retry). Every method is
defined once and is blocking on :class:`App`/:class:`AppVehicle` and a coroutine on
:class:`AsyncApp`/:class:`AsyncAppVehicle`; the list iterators work with ``for`` on the former
and ``async for`` on the latter.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar, Unpack

from ._app.calls import (
    as_is,
    document,
    no_content,
    page_args,
    page_of,
    query,
    v3_operation,
    vehicle_mode,
)
from ._app.vehicle import AppVehicle, AsyncAppVehicle, BaseAppVehicle
from ._app.webhooks import WebhookOperations
from ._core import validate as check
from ._core.credentials import app_hint, check_app
from ._http import ClientOptions, Operation
from ._resources.listing import listing
from ._resources.ops import AsyncRunner, Configurable, SyncRunner, operation, raw_view
from .exceptions import ConfigurationError, InvalidInputError

# Naming smartcar.App loads none of the generated code, the registry, the v3 results or the
# pager: each loads where an operation is first built or called (local imports below).
if TYPE_CHECKING:
    import httpx2

    from . import v3
    from ._app.token import ApplicationTokenSource
    from .paging import Listing

__all__ = [
    "DEFAULT_TOKEN_MARGIN",
    "App",
    "AppVehicle",
    "AsyncApp",
    "AsyncAppVehicle",
    "BaseApp",
    "BaseAppVehicle",
]

T = TypeVar("T")

DEFAULT_TOKEN_MARGIN = 60.0
"""Fetch a new application token this many seconds before the current one expires."""


class BaseApp(Configurable, WebhookOperations):
    """The API v3 application client; see :class:`App` and :class:`AsyncApp`.

    Args:
        client_id: the API credential's client id (``client_...``, Dashboard > API Credentials);
            ``SMARTCAR_API_CLIENT_ID`` by default.
        client_secret: its secret; ``SMARTCAR_API_CLIENT_SECRET`` by default.
        credentials_in: ``"body"`` (the documented form fields) or ``"basic"`` (HTTP Basic),
            for how the token request carries the credentials.
        token_margin: renew the token this many seconds before it expires.
        **client_options: the HTTP client, origins, timeouts, retries and limits, each
            optional: see :class:`~smartcar.ClientOptions`.
    """

    _token: ApplicationTokenSource

    def __init__(
        self,
        client_id: str | None = None,
        client_secret: str | None = None,
        *,
        credentials_in: str = "body",
        token_margin: float = DEFAULT_TOKEN_MARGIN,
        **client_options: Unpack[ClientOptions],
    ) -> None:
        client_id = client_id or os.environ.get("SMARTCAR_API_CLIENT_ID")
        client_secret = client_secret or os.environ.get("SMARTCAR_API_CLIENT_SECRET")
        if not client_id or not client_secret:
            raise ConfigurationError(
                "App needs the API credentials (Dashboard > API Credentials): pass client_id "
                "and client_secret, or set SMARTCAR_API_CLIENT_ID and SMARTCAR_API_CLIENT_SECRET"
            )
        self._client_id = check.credential("client_id", client_id)
        self._client_secret = check.credential("client_secret", client_secret)
        check_app(self._client_id, self._client_secret)
        if credentials_in not in ("body", "basic"):
            raise InvalidInputError(
                f"credentials_in must be 'body' or 'basic', got {credentials_in!r}"
            )
        self._credentials_in = credentials_in
        self._configure(**client_options)
        margin = check.number_in_range("token_margin", token_margin, 0, 86_400)
        from ._app.token import ApplicationTokenSource  # the token machinery, with the first App

        self._token = ApplicationTokenSource(self, margin)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(client_id={self._client_id!r})"

    @property
    def token_source(self) -> ApplicationTokenSource:
        """The application token, shared by this app and its vehicle handles."""
        return self._token

    def _op(
        self, operation_id: str, convert: Callable[[httpx2.Response], T], **kwargs: Any
    ) -> Operation[T]:
        return v3_operation(operation_id, convert, self._token, kwargs)

    # -- the token ----------------------------------------------------------------------------

    @operation
    def request_token(self) -> Operation[v3.ApplicationToken]:
        """Fetch a new application token (``POST /oauth2/token``); the app does this itself."""
        from smartcar_openapi import models

        from ._app.token import application_token
        from ._resources import registry
        from .auth_client import basic_authorization

        basic = self._credentials_in == "basic"
        body = models.ApplicationTokenRequest(
            grant_type=models.ApplicationTokenRequestGrantType.CLIENT_CREDENTIALS,
            client_id=None if basic else self._client_id,
            client_secret=None if basic else self._client_secret,
        )
        info = registry.by_id("request_application_token")
        return Operation(
            endpoint=registry.endpoint(info),
            kwargs={"body": body},
            origin=info.origin,
            convert=application_token,
            oauth=True,
            invalid_client_hint=app_hint(self._client_id),
            authorization=basic_authorization(self._client_id, self._client_secret)
            if basic
            else None,
        )

    # -- connections and users ------------------------------------------------------------------

    @operation
    def list_connections(
        self,
        *,
        user_id: str | None = None,
        vehicle_id: str | None = None,
        mode: str | None = None,
        page: int = 1,
        page_size: int | None = None,
    ) -> Operation[v3.Page[v3.Connection]]:
        """One page of the application's connections, oldest first (``GET /connections``).

        Args:
            user_id: only this user's connections.
            vehicle_id: only this vehicle's connections.
            mode: ``"live"`` or ``"simulated"``.
            page: the page number, from 1.
            page_size: connections per page (1-100).
        """
        from . import v3

        return self._op(
            "list_connections",
            page_of("list_connections", v3.Connection),
            filteruser_id=query("user_id", user_id),
            filtervehicle_id=query("vehicle_id", vehicle_id),
            filtervehicle_mode=query("mode", mode, vehicle_mode),
            **page_args(page, page_size),
        )

    @listing
    def connections(
        self,
        *,
        user_id: str | None = None,
        vehicle_id: str | None = None,
        mode: str | None = None,
        page_size: int | None = None,
        limit: int | None = None,
    ) -> Listing[v3.Connection | v3.RawItem]:
        """Every connection (all pages, lazily); ``for`` on `App`, ``async for`` on `AsyncApp`.

        Args:
            user_id: only this user's connections.
            vehicle_id: only this vehicle's connections.
            mode: ``"live"`` or ``"simulated"``.
            page_size: connections per request (1-100).
            limit: stop after this many connections.
        """
        kwargs = {
            "user_id": user_id,
            "vehicle_id": vehicle_id,
            "mode": mode,
            "page_size": page_size,
        }
        return self._paged("list_connections", kwargs, limit)

    @operation
    def get_connection(self, connection_id: str) -> Operation[v3.Connection]:
        """One connection by its own id (``GET /connections/{connectionId}``)."""
        from . import v3

        return self._op(
            "get_connection", document("get_connection", v3.Connection), connection_id=connection_id
        )

    @operation
    def remove_connection(self, connection_id: str) -> Operation[None]:
        """Disconnect a vehicle from its user (``DELETE /connections/{connectionId}``)."""
        return self._op("delete_connection", no_content, connection_id=connection_id)

    @operation
    def remove_user(self, user_id: str) -> Operation[None]:
        """Delete a user: all their connections and data (``DELETE /users/{userId}``)."""
        return self._op("delete_user", no_content, user_id=user_id)

    # -- compatibility ----------------------------------------------------------------------------

    @operation
    def compatible_vehicles(
        self,
        *,
        region: str | None = None,
        make: str | None = None,
        powertrain_type: str | None = None,
    ) -> Operation[v3.Page[v3.CompatibleVehicle]]:
        """Compatible vehicles and their capabilities (Compatibility API v3, no token).

        Cache the answer for a day or more; it is not meant to be asked before each Connect.

        Args:
            region: ``"US"``, ``"CA"`` or ``"EUROPE"``.
            make: a make (case-insensitive).
            powertrain_type: for example ``"BEV"``.
        """
        if region is not None and region not in ("US", "CA", "EUROPE"):
            raise InvalidInputError(f"region must be 'US', 'CA' or 'EUROPE', got {region!r}")
        from . import v3

        return self._op(
            "list_compatible_vehicles",
            page_of("list_compatible_vehicles", v3.CompatibleVehicle),
            filterregion=query("region", region, as_is),
            filtermake=query("make", make),
            filterpowertrain_type=query("powertrain_type", powertrain_type),
        )


class App(BaseApp, SyncRunner):
    """The API v3 application client (blocking API); thread-safe, share one per process."""

    with_raw_response: raw_view[RawApp] = raw_view()

    def vehicle(self, vehicle_id: str, user_id: str) -> AppVehicle:
        """A handle on ``vehicle_id`` acting for ``user_id`` (sent as ``sc-user-id``)."""
        return AppVehicle(self, vehicle_id, user_id)


class AsyncApp(BaseApp, AsyncRunner):
    """The API v3 application client (asyncio API): every operation is a coroutine."""

    with_raw_response: raw_view[RawAsyncApp] = raw_view()

    def vehicle(self, vehicle_id: str, user_id: str) -> AsyncAppVehicle:
        """A handle on ``vehicle_id`` acting for ``user_id`` (sent as ``sc-user-id``)."""
        return AsyncAppVehicle(self, vehicle_id, user_id)


if TYPE_CHECKING:
    from ._resources.ops import RawAsyncRunner, RawSyncRunner

    class RawApp(App, RawSyncRunner):
        """``App.with_raw_response``: each operation returns its ``RawResponse``."""

    class RawAsyncApp(AsyncApp, RawAsyncRunner):
        """``AsyncApp.with_raw_response``: each operation returns its ``RawResponse``."""
