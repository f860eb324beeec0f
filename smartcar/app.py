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

import inspect
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar, Unpack
from urllib.parse import parse_qsl, urlsplit

from . import _validate as check
from ._credentials import app_hint, check_app
from ._http import ClientOptions, Operation
from ._listing import listing
from ._ops import AsyncRunner, Configurable, SyncRunner, operation, raw_view
from ._values import is_int
from .exceptions import ConfigurationError, InvalidInputError, InvalidResponseError

# Naming smartcar.App loads none of the generated code, the registry, the v3 results or the
# pager: each loads where an operation is first built or called (local imports below).
if TYPE_CHECKING:
    import uuid

    import httpx2

    from . import types, v3
    from ._app_token import ApplicationTokenSource
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

_TIME_RE = re.compile(r"([01]\d|2[0-3]):[0-5]\d")
_MODES = ("live", "simulated")


def _user_id(value: Any, name: str = "user_id") -> str:
    text = check.non_empty(name, value)
    check.header("sc-user-id", text)
    return text


def _uuid(name: str, value: Any) -> uuid.UUID:
    import uuid

    try:
        return uuid.UUID(check.non_empty(name, value))
    except ValueError:
        raise InvalidInputError(f"{name} must be a UUID, got {value!r}") from None


def _filter(name: str, value: Any, read: Callable[[str, Any], Any] = check.non_empty) -> Any:
    """A filter's query value read by ``read``, or ``UNSET`` (not sent) for ``None``."""
    from smartcar_openapi.types import UNSET

    return UNSET if value is None else read(name, value)


def _as_is(name: str, value: Any) -> Any:
    return value


def _page_args(page: int, page_size: int | None) -> dict[str, Any]:
    if not is_int(page) or page < 1:
        raise InvalidInputError(f"page must be an int >= 1, got {page!r}")
    if page_size is not None and (not is_int(page_size) or not 1 <= page_size <= 100):
        raise InvalidInputError(f"page_size must be an int from 1 to 100, got {page_size!r}")
    return {"pagenumber": page, "pagesize": _filter("page_size", page_size, _as_is)}


def _mode(name: str, value: Any) -> Any:
    from smartcar_openapi import models

    if value not in _MODES:
        raise InvalidInputError(f"{name} must be 'live' or 'simulated', got {value!r}")
    return models.VehicleModeV3(value)


def _operation(
    operation_id: str,
    convert: Callable[[httpx2.Response], T],
    token_source: ApplicationTokenSource,
    kwargs: dict[str, Any],
) -> Operation[T]:
    """The `Operation` of a v3 call: endpoint, origin, command-ness and auth from the spec."""
    from . import _registry as registry

    info = registry.by_id(operation_id)
    return Operation(
        endpoint=registry.endpoint(info),
        kwargs=kwargs,
        origin=info.origin,
        convert=convert,
        # An operation the spec lets anyone call (compatibility) is sent without the token.
        token_source=token_source if info.security else None,
        command=info.command,
    )


def _result_model(operation_id: str) -> Any:
    from smartcar_openapi import models

    from . import _registry as registry

    info = registry.by_id(operation_id)
    if info.result is None:  # pragma: no cover - every v3 read of the spec has a result
        raise ConfigurationError(f"{operation_id} has no result model in the spec")
    return getattr(models, info.result)


def _list(operation_id: str, item: type[T]) -> Callable[[httpx2.Response], v3.Page[T]]:
    """A page of a list: the spec's model of it, its items (the paging's field) as ``item``."""
    from . import _registry as registry
    from . import v3

    info = registry.by_id(operation_id)
    items = info.paging.items if info.paging is not None else "data"
    return v3.model_page(v3.parsed_by(_result_model(operation_id)), items, item)


def _no_content(response: httpx2.Response) -> None:
    from . import v3

    v3.no_content(response)


def _one(operation_id: str, item: type[T]) -> Callable[[httpx2.Response], T]:
    """A JSON:API document's resource: the spec's model of it, its ``data`` as ``item``."""
    from . import v3

    return v3.document_of(v3.parsed_by(_result_model(operation_id)), item)


class _Pages:
    """Builds the auto-paging iterators of the v3 lists, for both surfaces."""

    _settings: Any

    def _paged(
        self,
        operation_id: str,
        kwargs: dict[str, Any],
        limit: int | None,
        *,
        follow: str | None = None,
    ) -> Listing[Any]:
        """Every item of the list ``operation_id`` (the method of that name fetches a page).

        How it pages is the spec's (``x-smartcar-paging``). ``follow`` names the method that
        fetches a ``links.next`` link, for lists paged that way.
        """
        # The operations that fetch a page, run by this object's driver: blocking on App,
        # asyncio on AsyncApp (the `listing` methods give the matching page type).
        from . import _registry as registry
        from .paging import paged

        fetch_page: operation[..., Any] = getattr(type(self), operation_id)
        style = registry.by_id(operation_id).paging

        def fetch(cursor: Any) -> Operation[Any]:
            if follow is not None and cursor is not None:
                following: operation[..., Any] = getattr(type(self), follow)
                return following.build(self, cursor)
            if style is not None and style.style == "page-number":
                return fetch_page.build(self, page=cursor, **kwargs)
            return fetch_page.build(self, **kwargs)

        return paged(style, fetch, limit=limit, max_wait=self._settings.max_retry_after)


class BaseApp(Configurable, _Pages):
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
        from ._app_token import ApplicationTokenSource  # the token machinery, with the first App

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
        return _operation(operation_id, convert, self._token, kwargs)

    # -- the token ----------------------------------------------------------------------------

    @operation
    def request_token(self) -> Operation[v3.ApplicationToken]:
        """Fetch a new application token (``POST /oauth2/token``); the app does this itself."""
        from smartcar_openapi import models

        from . import _registry as registry
        from ._app_token import application_token
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
            _list("list_connections", v3.Connection),
            filteruser_id=_filter("user_id", user_id),
            filtervehicle_id=_filter("vehicle_id", vehicle_id),
            filtervehicle_mode=_filter("mode", mode, _mode),
            **_page_args(page, page_size),
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
            "get_connection", _one("get_connection", v3.Connection), connection_id=connection_id
        )

    @operation
    def remove_connection(self, connection_id: str) -> Operation[None]:
        """Disconnect a vehicle from its user (``DELETE /connections/{connectionId}``)."""
        return self._op("delete_connection", _no_content, connection_id=connection_id)

    @operation
    def remove_user(self, user_id: str) -> Operation[None]:
        """Delete a user: all their connections and data (``DELETE /users/{userId}``)."""
        return self._op("delete_user", _no_content, user_id=user_id)

    # -- webhooks and subscriptions (Management API v3) ---------------------------------------

    @operation
    def list_webhooks(
        self,
        *,
        name: str | None = None,
        callback_uri: str | None = None,
        is_enabled: bool | None = None,
        auto_subscribe: bool | None = None,
        page: int = 1,
        page_size: int | None = None,
    ) -> Operation[v3.Page[v3.Webhook]]:
        """One page of the application's webhooks (``GET /webhooks``).

        Args:
            name: part of the name (case-insensitive).
            callback_uri: part of the callback URI (case-insensitive).
            is_enabled: only enabled (or disabled) webhooks.
            auto_subscribe: only webhooks that do (or do not) subscribe vehicles automatically.
            page: the page number, from 1.
            page_size: webhooks per page (1-100).
        """
        for label, flag in (("is_enabled", is_enabled), ("auto_subscribe", auto_subscribe)):
            if flag is not None and not isinstance(flag, bool):
                raise InvalidInputError(f"{label} must be a bool or None, got {flag!r}")
        args = _page_args(page, page_size)
        if page_size is None:
            args.pop("pagesize")
        from . import v3

        return self._op(
            "list_webhooks",
            _list("list_webhooks", v3.Webhook),
            filtername=_filter("name", name),
            filtercallback_uri=_filter("callback_uri", callback_uri),
            filteris_enabled=_filter("is_enabled", is_enabled, _as_is),
            filterauto_subscribe=_filter("auto_subscribe", auto_subscribe, _as_is),
            **args,
        )

    @listing
    def webhooks(
        self,
        *,
        name: str | None = None,
        callback_uri: str | None = None,
        is_enabled: bool | None = None,
        auto_subscribe: bool | None = None,
        page_size: int | None = None,
        limit: int | None = None,
    ) -> Listing[v3.Webhook | v3.RawItem]:
        """Every webhook (all pages, lazily); the arguments are those of `list_webhooks`."""
        kwargs = {
            "name": name,
            "callback_uri": callback_uri,
            "is_enabled": is_enabled,
            "auto_subscribe": auto_subscribe,
            "page_size": page_size,
        }
        return self._paged("list_webhooks", kwargs, limit)

    @operation
    def get_webhook(self, webhook_id: str) -> Operation[v3.Webhook]:
        """One webhook (``GET /webhooks/{webhookId}``)."""
        from . import v3

        return self._op(
            "get_webhook",
            _one("get_webhook", v3.Webhook),
            webhook_id=str(_uuid("webhook_id", webhook_id)),
        )

    @operation
    def create_subscription(
        self, webhook_id: str, user_id: str, vehicle_id: str
    ) -> Operation[v3.SubscriptionAccepted]:
        """Subscribe a user's vehicle to a webhook (``POST /subscriptions``, answered 202).

        Raises:
            SmartcarException: 409 when the vehicle is already subscribed (``status_code``).
        """
        from smartcar_openapi import models

        from . import v3

        body = models.SubscriptionRequest(
            data=models.SubscriptionRequestData(
                attributes=models.SubscriptionRequestAttributes(
                    webhook_id=check.non_empty("webhook_id", webhook_id),
                    user_id=check.non_empty("user_id", user_id),
                    vehicle_id=check.non_empty("vehicle_id", vehicle_id),
                )
            )
        )
        return self._op(
            "create_subscription",
            v3.SubscriptionAccepted.from_response,
            body=body,
        )

    @operation
    def list_subscriptions(
        self,
        *,
        webhook_id: str | None = None,
        user_id: str | None = None,
        vehicle_id: str | None = None,
        mode: str | None = None,
        page: int = 1,
        page_size: int | None = None,
    ) -> Operation[v3.Page[v3.Subscription]]:
        """One page of webhook subscriptions (``GET /subscriptions``).

        Args:
            webhook_id: only this webhook's subscriptions (a UUID).
            user_id: only this user's (a UUID).
            vehicle_id: only this vehicle's (a UUID).
            mode: ``"live"`` or ``"simulated"`` vehicles only.
            page: the page number, from 1.
            page_size: subscriptions per page (1-100).
        """
        from . import v3

        return self._op(
            "list_subscriptions",
            _list("list_subscriptions", v3.Subscription),
            filterwebhook_id=_filter("webhook_id", webhook_id, _uuid),
            filteruser_id=_filter("user_id", user_id, _uuid),
            filtervehicle_id=_filter("vehicle_id", vehicle_id, _uuid),
            filtervehicle_mode=_filter("mode", mode, _mode),
            **_page_args(page, page_size),
        )

    @listing
    def subscriptions(
        self,
        *,
        webhook_id: str | None = None,
        user_id: str | None = None,
        vehicle_id: str | None = None,
        mode: str | None = None,
        page_size: int | None = None,
        limit: int | None = None,
    ) -> Listing[v3.Subscription | v3.RawItem]:
        """Every subscription (all pages, lazily); arguments as for `list_subscriptions`."""
        kwargs = {
            "webhook_id": webhook_id,
            "user_id": user_id,
            "vehicle_id": vehicle_id,
            "mode": mode,
            "page_size": page_size,
        }
        return self._paged("list_subscriptions", kwargs, limit)

    @operation
    def get_subscription(self, subscription_id: str) -> Operation[v3.Subscription]:
        """One subscription (``GET /subscriptions/{subscriptionId}``)."""
        from . import v3

        return self._op(
            "get_subscription",
            _one("get_subscription", v3.Subscription),
            subscription_id=subscription_id,
        )

    @operation
    def remove_subscription(self, subscription_id: str) -> Operation[None]:
        """Unsubscribe (``DELETE /subscriptions/{subscriptionId}``)."""
        return self._op(
            "delete_subscription",
            _no_content,
            subscription_id=subscription_id,
        )

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
            _list("list_compatible_vehicles", v3.CompatibleVehicle),
            filterregion=_filter("region", region, _as_is),
            filtermake=_filter("make", make),
            filterpowertrain_type=_filter("powertrain_type", powertrain_type),
        )


@dataclass(frozen=True, slots=True)
class _SignalsLink:
    """A request for ``links.next`` of a signals page, checked to stay on that list."""

    operation_id = "get_signals"
    """What hooks, raw responses and the log call it: the next page of the same list."""

    path: str
    query: tuple[tuple[str, str], ...]

    def build_request_kwargs(self) -> dict[str, Any]:
        return {"method": "get", "url": self.path, "params": list(self.query)}


def _signals_link(link: str, origin: str, vehicle_id: str) -> _SignalsLink:
    parts = urlsplit(link)
    if (parts.scheme or parts.netloc) and f"{parts.scheme}://{parts.netloc}" != origin:
        raise InvalidResponseError(f"links.next points to another host: {link[:200]!r}")
    path = parts.path if parts.path.startswith("/v3/") else "/v3" + parts.path
    if path.rstrip("/") != f"/v3/vehicles/{vehicle_id}/signals":
        raise InvalidResponseError(f"links.next is not this vehicle's signals: {link[:200]!r}")
    return _SignalsLink(path, tuple(parse_qsl(parts.query, keep_blank_values=True)))


def _takes_user(operation_id: str) -> bool:
    from . import _registry as registry

    return "sc_user_id" in registry.by_id(operation_id).parameters


class _Plain(operation[[], Any]):
    """A read or command of the app's vehicle without arguments, as the spec describes it.

    The class body names it (``lock_doors: operation[[], v3.CommandExecution] =
    _v3_command("lock_doors")``); the registry, the generated models and the result class load
    when it is first called or documented, not when ``smartcar.App`` is named. A read's result
    is the registry's class for the operation (a subclass of the generated model), a command's
    a :class:`~smartcar.v3.CommandExecution`.
    """

    def __init__(self, operation_id: str, doc: str | None, kind: str) -> None:
        self._operation_id = operation_id
        self._doc = doc

        def build(vehicle: BaseAppVehicle) -> Operation[Any]:
            if kind == "command":
                return vehicle._command(operation_id)
            from . import _registry as registry

            return vehicle._op(operation_id, registry.converter(registry.by_id(operation_id)))

        super().__init__(build)

    def __set_name__(self, owner: type[Any], name: str) -> None:
        self.__name__ = self._build.__name__ = name
        self.__qualname__ = self._build.__qualname__ = f"{owner.__name__}.{name}"
        # The line's annotation, ``operation[[], X]``, as it is written: help() shows ``-> X``
        # with nothing imported to evaluate it.
        declared = inspect.get_annotations(owner).get(name)
        if isinstance(declared, str) and declared.startswith("operation[[], "):
            self._build.__annotations__["return"] = f"Operation[{declared[14:-1]}]"

    @property
    def __doc__(self) -> str | None:
        """The given docstring, else the spec's."""
        if self._doc is not None:
            return self._doc
        from . import _registry as registry

        return registry.docstring(registry.by_id(self._operation_id))

    @__doc__.setter
    def __doc__(self, value: str | None) -> None:
        # operation.__init__ copies the builder's (empty) docstring: the spec's replaces it.
        pass

    def __get__(self, instance: Any, owner: type[Any]) -> Any:
        if instance is not None and self._build.__doc__ is None:
            self._build.__doc__ = self.__doc__  # the bound method's, for help()
        return super().__get__(instance, owner)


def _v3_read(operation_id: str, doc: str | None = None) -> Any:
    """A read of the app's vehicle without arguments: the spec's operation and result class."""
    return _Plain(operation_id, doc, "read")


def _v3_command(operation_id: str, doc: str | None = None) -> Any:
    """A command of the app's vehicle without arguments: the spec's operation."""
    return _Plain(operation_id, doc, "command")


class BaseAppVehicle(_Pages):
    """A vehicle, acting for one user, with the application token (API v3).

    Made by ``app.vehicle(vehicle_id, user_id)``; every call sends ``sc-user-id: user_id``.
    """

    _settings: Any
    _token: ApplicationTokenSource

    def __init__(self, app: BaseApp, vehicle_id: str, user_id: str) -> None:
        self.vehicle_id = check.path_segment("vehicle_id", vehicle_id)
        self.user_id = _user_id(user_id)
        self._app = app
        self._settings = app.settings
        self._token = app.token_source
        self._http_client = app._http_client
        self._async_http_client = app._async_http_client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.vehicle_id!r}, user_id={self.user_id!r})"

    def _op(
        self, operation_id: str, convert: Callable[[httpx2.Response], T], **kwargs: Any
    ) -> Operation[T]:
        # sc-user-id goes wherever the spec takes it (the vehicle resource does not).
        user = {"sc_user_id": self.user_id} if _takes_user(operation_id) else {}
        return _operation(
            operation_id, convert, self._token, {"vehicle_id": self.vehicle_id, **user, **kwargs}
        )

    # -- reads and commands without arguments ---------------------------------------------------

    # One line each, for the static type: the request, its origin and the result class are the
    # spec's, through the registry. `make regen` writes those of the spec; a line outside the
    # section, with a docstring of its own, takes the place of the generated one.
    # <generated app vehicle>: written by `make regen` from spec/smartcar.yaml; do not edit
    # </generated app vehicle>

    # -- reads ----------------------------------------------------------------------------------

    get_vehicle: operation[[], types.V3Vehicle] = _v3_read(
        "get_vehicle",
        "The vehicle (``GET /vehicles/{vehicleId}``): ``attributes.make``, ``model``, ``year``, "
        "``powertrain_type`` and ``mode``.",
    )

    @operation
    def get_signals(self) -> Operation[v3.Page[types.SignalResource]]:
        """The first page of the vehicle's signals; `signals` iterates over every page.

        A signal that could not be read is still an item: its ``attributes.status`` (and
        ``error``) says why.
        """
        from . import types

        return self._op("get_signals", _list("get_signals", types.SignalResource))

    @operation
    def get_signal(self, code: str) -> Operation[types.Signal]:
        """One signal, such as ``"tractionbattery-stateofcharge"`` (units as sent).

        The result is the JSON:API document: ``attributes``, ``meta`` (aware datetimes),
        ``typed_body`` and ``error`` read its ``data``, ``vehicle`` its ``included.vehicle``.
        """
        from . import _registry as registry

        info = registry.by_id("get_signal")
        return self._op(
            info.operation_id,
            registry.converter(info),
            signal_code=check.path_segment("code", code),
        )

    @operation
    def _signals_page(self, link: str) -> Operation[v3.Page[types.SignalResource]]:
        from . import _registry as registry
        from . import types

        target = _signals_link(link, self._settings.origins.vehicle_v3, self.vehicle_id)
        info = registry.by_id("get_signals")
        return Operation(
            endpoint=target,
            kwargs={},
            origin=info.origin,
            convert=_list("get_signals", types.SignalResource),
            token_source=self._token,
            headers={"sc-user-id": self.user_id},
        )

    @listing
    def signals(self, *, limit: int | None = None) -> Listing[types.SignalResource | v3.RawItem]:
        """Every signal (following ``links.next``); ``for`` or ``async for`` as the app."""
        return self._paged("get_signals", {}, limit, follow="_signals_page")

    # -- commands -------------------------------------------------------------------------------

    def _command(self, operation_id: str, **kwargs: Any) -> Operation[v3.CommandExecution]:
        from . import v3

        return self._op(operation_id, v3.CommandExecution.from_response, **kwargs)

    lock_doors: operation[[], v3.CommandExecution] = _v3_command("lock_doors", "Lock the doors.")
    unlock_doors: operation[[], v3.CommandExecution] = _v3_command(
        "unlock_doors", "Unlock the doors."
    )
    start_charge: operation[[], v3.CommandExecution] = _v3_command(
        "start_charge", "Start charging."
    )
    stop_charge: operation[[], v3.CommandExecution] = _v3_command(
        "stop_charge", "Stop charging (the path rests on third-party sources: ``x-unverified``)."
    )

    @operation
    def set_charge_limit(self, percent: float) -> Operation[v3.CommandExecution]:
        """Set the charge limit in percent, 0-100 (v2.0 took a fraction; v3 does not).

        The vehicle may refuse limits below its own floor (often 50).
        """
        from smartcar_openapi import models

        value = check.number_in_range("percent", percent, 0, 100)
        body = models.ChargeLimitRequest(
            data=models.ChargeLimitRequestData(
                attributes=models.ChargeLimitAttributes(percent=value)
            )
        )
        return self._command("set_charge_limit_v3", body=body)

    @operation
    def set_destination(self, latitude: float, longitude: float) -> Operation[v3.CommandExecution]:
        """Send a destination to the navigation system (``x-unverified`` path and body)."""
        from smartcar_openapi import models

        point = models.GeoPoint(
            latitude=check.number_in_range("latitude", latitude, -90, 90),
            longitude=check.number_in_range("longitude", longitude, -180, 180),
        )
        body = models.DestinationRequest(data=models.DestinationRequestData(attributes=point))
        return self._command("set_destination", body=body)

    # -- charge schedules -----------------------------------------------------------------------

    def _schedule(
        self, operation_id: str, latitude: float, longitude: float, start_time: str, stop_time: str
    ) -> Operation[v3.ChargeScheduleExecution]:
        from smartcar_openapi import models

        from . import v3

        for name, value in (("start_time", start_time), ("stop_time", stop_time)):
            if not isinstance(value, str) or not _TIME_RE.fullmatch(value):
                raise InvalidInputError(f"{name} must be a time as 'HH:mm', got {value!r}")
        attributes = models.ChargeScheduleAttributes(
            location=models.GeoPoint(
                latitude=check.number_in_range("latitude", latitude, -90, 90),
                longitude=check.number_in_range("longitude", longitude, -180, 180),
            ),
            start_time=start_time,
            stop_time=stop_time,
        )
        body = models.ChargeScheduleRequest(
            data=models.ChargeScheduleRequestData(attributes=attributes)
        )
        return self._op(operation_id, v3.ChargeScheduleExecution.from_response, body=body)

    @operation
    def set_daily_charge_schedule(
        self, latitude: float, longitude: float, start_time: str, stop_time: str
    ) -> Operation[v3.ChargeScheduleExecution]:
        """Charge every day between two local times (``"HH:mm"``) at a location."""
        return self._schedule(
            "set_daily_charge_schedule", latitude, longitude, start_time, stop_time
        )

    @operation
    def set_weekly_charge_schedule(
        self, latitude: float, longitude: float, start_time: str, stop_time: str
    ) -> Operation[v3.ChargeScheduleExecution]:
        """A weekly schedule (``x-unverified``: the body is modelled like the daily one)."""
        return self._schedule(
            "set_weekly_charge_schedule", latitude, longitude, start_time, stop_time
        )

    @operation
    def set_workweek_charge_schedule(
        self, latitude: float, longitude: float, start_time: str, stop_time: str
    ) -> Operation[v3.ChargeScheduleExecution]:
        """A Monday-Friday schedule (``x-unverified``: the body is modelled like the daily one)."""
        return self._schedule(
            "set_workweek_charge_schedule", latitude, longitude, start_time, stop_time
        )

    @operation
    def delete_charge_schedule(self, schedule_id: str) -> Operation[v3.ChargeScheduleExecution]:
        """Delete a schedule by the id its creation (or the ``charge-chargetimers`` signal) gave."""
        from . import v3

        return self._op(
            "delete_charge_schedule",
            v3.ChargeScheduleExecution.from_response,
            schedule_id=schedule_id,
        )


class AppVehicle(BaseAppVehicle, SyncRunner):
    """A vehicle acting for one user with the application token (blocking API)."""

    with_raw_response: raw_view[RawAppVehicle] = raw_view()


class AsyncAppVehicle(BaseAppVehicle, AsyncRunner):
    """A vehicle acting for one user with the application token (asyncio API)."""

    with_raw_response: raw_view[RawAsyncAppVehicle] = raw_view()


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
    from ._ops import RawAsyncRunner, RawSyncRunner

    class RawAppVehicle(AppVehicle, RawSyncRunner):
        """``AppVehicle.with_raw_response``: each operation returns its ``RawResponse``."""

    class RawAsyncAppVehicle(AsyncAppVehicle, RawAsyncRunner):
        """``AsyncAppVehicle.with_raw_response``: each operation returns its ``RawResponse``."""

    class RawApp(App, RawSyncRunner):
        """``App.with_raw_response``: each operation returns its ``RawResponse``."""

    class RawAsyncApp(AsyncApp, RawAsyncRunner):
        """``AsyncApp.with_raw_response``: each operation returns its ``RawResponse``."""
