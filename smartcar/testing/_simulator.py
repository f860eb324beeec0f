"""The in-process Smartcar API simulator: state, routing and request handlers, but no sockets.

One `Simulator` plays every Smartcar origin at once (Connect, auth, API v2.0, v3, management),
because their paths do not collide. `Simulator.handle` takes a request and returns a
`SimResponse`; `SimulatorTransport` and `SimulatorServer` only carry requests to it.

A request goes through one pipeline, whatever the endpoint: match a route, authenticate, apply
any failure a test asked for, check the vehicle and permission, run the handler, and add the
response headers. Batch sub-requests go through the same pipeline.

The parts: `_state` (the records kept and the shared helpers), `_pipeline` (the request
pipeline), `_handlers_connect`, `_handlers_v2`, `_handlers_v3` (the v3 vehicle),
`_handlers_v3_management` (v3 tokens, connections, webhooks, subscriptions) and `_handlers_admin`
(the handlers, as mixins of `Simulator`), `_routes` (how an operation of the spec's registry
becomes a route), and this module: the public `Simulator`, its handler of each operation and its
routes.
"""

from __future__ import annotations

import copy
import random
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from smartcar_openapi.registry import OPERATIONS

from . import _data, _examples
from ._data import PERMISSIONS, VehicleState
from ._deliveries import _DeliveryHandlers
from ._errors import (
    ApiError,
    parse_error,
    validation_error,
)
from ._handlers_admin import _AdminHandlers
from ._handlers_connect import _ConnectHandlers
from ._handlers_v2 import _VehicleHandlers
from ._handlers_v3 import _V3Handlers
from ._handlers_v3_management import _V3ManagementHandlers
from ._routes import _Handling, _r, _spec_route
from ._state import (
    DEFAULT_CLIENT_ID,
    DEFAULT_CLIENT_SECRET,
    DEFAULT_MANAGEMENT_TOKEN,
    DEFAULT_REDIRECT_URI,
    DEFAULT_USER_ID,
    SimResponse,
    _Auth,
    _Call,
    _Code,
    _Connection,
    _Failure,
    _Grant,
    _Route,
    _Subscription,
    _Token,
)

__all__ = [
    "DEFAULT_CLIENT_ID",
    "DEFAULT_CLIENT_SECRET",
    "DEFAULT_MANAGEMENT_TOKEN",
    "DEFAULT_REDIRECT_URI",
    "DEFAULT_USER_ID",
    "SimResponse",
    "Simulator",
]


class Simulator(
    _ConnectHandlers,
    _VehicleHandlers,
    _V3Handlers,
    _V3ManagementHandlers,
    _AdminHandlers,
    _DeliveryHandlers,
):
    """An in-memory Smartcar API: Connect, tokens, v2.0, v3, compatibility and management.

    It is thread-safe (one lock around each request) and opens no sockets: call `handle`, or
    use `SimulatorTransport` with httpx2, or `SimulatorServer` for a real loopback port.

    Args:
        client_id: the only client id accepted by Connect, the token endpoint and the
            compatibility API.
        client_secret: that client's secret.
        redirect_uri: the only redirect URI registered for the application.
        management_token: the application management token (AMT): ``Basic default:<AMT>`` for
            the management API, ``Bearer <AMT>`` for webhook unsubscribe and disconnect.
        extra_vehicles: how many generated vehicles to add to the five default ones (the
            first is a PHEV, so it answers ``/fuel`` and ``/engine/oil``).
        seed: seeds the generated vehicles; the same seed gives the same fleet.
        clock: returns the current Unix time; tests can pass a fake one to expire codes and
            tokens, or a constant one to make timestamps reproducible.
        id_seed: with ``None`` (the default) tokens, codes and request ids are random. With an
            int they come from a generator seeded with it (restarted by `reset`), so the same
            calls give the same ids: recorded cassettes do not change when behaviour does not.
    """

    def __init__(
        self,
        *,
        client_id: str = DEFAULT_CLIENT_ID,
        client_secret: str = DEFAULT_CLIENT_SECRET,
        redirect_uri: str = DEFAULT_REDIRECT_URI,
        management_token: str = DEFAULT_MANAGEMENT_TOKEN,
        extra_vehicles: int = 0,
        seed: int = 0,
        clock: Callable[[], float] = time.time,
        id_seed: int | None = None,
    ) -> None:
        if extra_vehicles < 0:
            raise ValueError("extra_vehicles must be >= 0")
        self.client_id = client_id
        self.client_secret = client_secret
        self.redirect_uri = redirect_uri
        self.management_token = management_token
        self.user_id = DEFAULT_USER_ID
        self._extra_vehicles = extra_vehicles
        self._seed = seed
        self._clock = clock
        self._id_seed = id_seed
        self._ids: random.Random | None = None
        # Re-entrant because a batch request dispatches its sub-requests while holding it.
        self._lock = threading.RLock()
        self._examples: dict[tuple[str, str], Any] = {}
        self._fleet: dict[str, VehicleState] = {}
        self._access: dict[str, _Token] = {}
        self._refresh: dict[str, _Token] = {}
        self._codes: dict[str, _Code] = {}
        self._grants: list[_Grant] = []
        self._connections: dict[str, _Connection] = {}
        self._failures: list[_Failure] = []
        self._app_tokens: dict[str, float] = {}
        self._schedules: dict[str, dict[str, dict[str, Any]]] = {}
        self._webhooks_v3: dict[str, dict[str, Any]] = {}
        self._subscriptions: dict[str, _Subscription] = {}
        self.reset()

    # -- public helpers ---------------------------------------------------------------------

    def reset(self) -> None:
        """Forget every token, code, connection and pending failure, and rebuild the fleet."""
        with self._lock:
            fleet = _data.default_fleet() + _data.generated_fleet(self._extra_vehicles, self._seed)
            self._fleet = {v.id: v for v in fleet}
            self._ids = None if self._id_seed is None else random.Random(self._id_seed)
            self._access.clear()
            self._refresh.clear()
            self._codes.clear()
            self._grants.clear()
            self._connections.clear()
            self._failures.clear()
            self._app_tokens.clear()
            self._schedules.clear()
            self._subscriptions.clear()
            self._webhooks_v3 = {w["id"]: w for w in _examples.v3_webhooks()}

    @property
    def vehicle_ids(self) -> list[str]:
        """Ids of every simulated vehicle, the five default ones first."""
        with self._lock:
            return list(self._fleet)

    def state(self, vehicle_id: str) -> VehicleState:
        """Return the live state of a vehicle; change its fields to set up a test.

        Raises:
            KeyError: no such vehicle.
        """
        with self._lock:
            return self._fleet[vehicle_id]

    def issue_token(
        self,
        vehicle_ids: Iterable[str] | None = None,
        scope: Iterable[str] | None = None,
    ) -> dict[str, Any]:
        """Authorise vehicles without going through Connect, and return a token response.

        Args:
            vehicle_ids: the vehicles to authorise; all of them by default.
            scope: the permissions granted; all of them by default.

        Returns:
            The body the token endpoint would return: ``access_token``, ``token_type``,
            ``expires_in`` and ``refresh_token``.
        """
        with self._lock:
            ids = list(self._fleet) if vehicle_ids is None else list(vehicle_ids)
            unknown = [v for v in ids if v not in self._fleet]
            if unknown:
                raise ValueError(f"unknown vehicle ids: {unknown}")
            granted = PERMISSIONS if scope is None else self._check_scope(scope)
            grant = self._new_grant(ids, granted, mode="live")
            return self._issue_tokens(grant)

    def issue_application_token(self) -> dict[str, Any]:
        """Return an API v3 application token response, as ``POST /oauth2/token`` would."""
        with self._lock:
            return self._new_app_token()

    def connect(
        self,
        vehicle_ids: Iterable[str],
        *,
        user_id: str | None = None,
        scope: Iterable[str] | None = None,
        mode: str = "live",
    ) -> str:
        """Connect vehicles for a user without going through Connect; return the user id.

        Args:
            vehicle_ids: the vehicles the user connects.
            user_id: the Smartcar user; a new one by default.
            scope: the permissions granted; all of them by default.
            mode: ``"live"`` or ``"simulated"``.
        """
        with self._lock:
            ids = list(vehicle_ids)
            unknown = [v for v in ids if v not in self._fleet]
            if unknown:
                raise ValueError(f"unknown vehicle ids: {unknown}")
            granted = PERMISSIONS if scope is None else self._check_scope(scope)
            user = user_id or self._new_id()
            now = self._clock()
            for vehicle_id in ids:
                self._connections[vehicle_id] = _Connection(user, now, mode, granted)
            return user

    def charge_schedules(self, vehicle_id: str) -> dict[str, dict[str, Any]]:
        """The charge schedules stored for a vehicle through API v3, by schedule id."""
        with self._lock:
            return copy.deepcopy(self._schedules.get(vehicle_id, {}))

    def authorize(self, auth_url: str, approve: bool = True) -> str:
        """Play the user in Connect: return the redirect URL the browser would be sent to.

        Args:
            auth_url: a Connect URL (``.../oauth/authorize?...``) as built by the SDK.
            approve: whether the user approves (``code`` and ``state``) or denies
                (``error=access_denied``).

        Raises:
            ValueError: Connect would show an error page instead of redirecting (for example
                the redirect URI is not registered).
        """
        query = dict(parse_qsl(urlsplit(auth_url).query, keep_blank_values=True))
        with self._lock:
            try:
                return self._connect_decide(query, approve)
            except ApiError as err:
                raise ValueError(err.description) from None

    def fail_next(
        self,
        error: str,
        *,
        path: str | None = None,
        vehicle_id: str | None = None,
        times: int = 1,
        retry_after: int | None = None,
    ) -> None:
        """Make the next matching API request(s) fail with ``error``.

        Args:
            error: ``"TYPE"`` or ``"TYPE:CODE"`` for a v2.0 error (status per the reference's
                error table, for example ``"RATE_LIMIT:VEHICLE"`` gives 429),
                ``"V1:<error>[:<code>]"`` for a v1.0 body (``"V1:vehicle_state_error"``), or
                ``"HTML:<status>"`` for a proxy's HTML page.
            path: only requests whose path ends with this (``"/odometer"`` matches the
                odometer of any vehicle, in a batch too); any request by default.
            vehicle_id: only requests for this vehicle.
            times: how many matching requests fail.
            retry_after: seconds for a ``Retry-After`` header (``RATE_LIMIT:VEHICLE`` sends 30
                unless told otherwise).

        Raises:
            ValueError: ``error`` is not recognised, or ``times`` < 1.
        """
        kind = parse_error(error)
        if times < 1:
            raise ValueError("times must be >= 1")
        if path is not None and not path.startswith("/"):
            path = "/" + path
        with self._lock:
            self._failures.append(_Failure(kind, path, vehicle_id, times, retry_after))

    def handle(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str],
        body: bytes = b"",
    ) -> SimResponse:
        """Answer one HTTP request.

        Args:
            method: the HTTP method.
            url: an absolute URL (its origin is ignored) or a path with query.
            headers: request headers, any case.
            body: the raw request body.
        """
        parts = urlsplit(url)
        query = dict(parse_qsl(parts.query, keep_blank_values=True))
        lowered = {k.lower(): v for k, v in headers.items()}
        with self._lock:
            return self._dispatch(method.upper(), parts.path or "/", query, lowered, body)

    # -- control endpoints (not part of the Smartcar API) -----------------------------------

    def _control_fail(self, call: _Call) -> object:
        body = self._json_body(call)
        error = body.get("error")
        path, vehicle_id = body.get("path"), body.get("vehicle_id")
        times, retry_after = body.get("times", 1), body.get("retry_after")
        if not isinstance(error, str):
            raise validation_error(["error"], "error is required.")
        if not (path is None or isinstance(path, str)) or not (
            vehicle_id is None or isinstance(vehicle_id, str)
        ):
            raise validation_error(["path"], "path and vehicle_id must be strings.")
        if not isinstance(times, int) or not (retry_after is None or isinstance(retry_after, int)):
            raise validation_error(["times"], "times and retry_after must be integers.")
        try:
            self.fail_next(
                error, path=path, vehicle_id=vehicle_id, times=times, retry_after=retry_after
            )
        except ValueError as exc:
            raise validation_error(["error"], str(exc)) from None
        return {"status": "success"}

    def _control_reset(self, call: _Call) -> object:
        self.reset()
        return {"status": "success"}

    def _control_application(self, call: _Call) -> object:
        # What `smartcar login` needs to know of the simulated application: its redirect URI.
        return {"client_id": self.client_id, "redirect_uri": self.redirect_uri}


_S = Simulator
_H = _Handling
# The handler of each operation of the spec, by operation id. Method, path, authentication,
# permission and units come from the operation registry; an operation without a handler here
# answers its spec example (see _example_handler).
_HANDLERS: dict[str, _Handling] = {
    # The token endpoint checks the client itself, to answer with an OAuth error body.
    "request_token": _H(_S._token, auth=_Auth.NONE),
    "get_user": _H(_S._get_user),
    "get_vehicles": _H(_S._get_vehicles),
    "get_vehicle_attributes": _H(_S._get_attributes),
    "get_vin": _H(_S._get_vin),
    "get_odometer": _H(_S._get_odometer),
    "get_location": _H(_S._get_location),
    "get_fuel": _H(_S._get_fuel, needs="engine"),
    "get_battery": _H(_S._get_battery, needs="battery"),
    "get_battery_capacity": _H(_S._get_battery_capacity, needs="battery"),
    "get_nominal_capacity": _H(_S._get_nominal_capacity, needs="battery"),
    "get_charge_status": _H(_S._get_charge, needs="battery"),
    "get_charge_limit": _H(_S._get_charge_limit, needs="battery"),
    "get_lock_status": _H(_S._get_security),
    "get_tire_pressure": _H(_S._get_tires),
    "get_engine_oil": _H(_S._get_engine_oil, needs="engine"),
    "get_service_history": _H(_S._get_service_history),
    "get_diagnostic_system_status": _H(_S._get_system_status),
    "get_diagnostic_trouble_codes": _H(_S._get_dtcs),
    "get_permissions": _H(_S._get_permissions),
    "control_charge": _H(_S._post_charge, needs="battery"),
    "set_charge_limit": _H(_S._post_charge_limit, needs="battery"),
    "control_security": _H(_S._post_security),
    "send_destination": _H(_S._post_destination),
    "disconnect": _H(_S._delete_application),
    "batch": _H(_S._post_batch),
    "subscribe_webhook": _H(_S._post_webhook),
    "unsubscribe_webhook": _H(_S._delete_webhook),
    "get_compatibility": _H(_S._compatibility),
    "get_compatibility_matrix": _H(_S._compatibility_matrix),
    "get_connections": _H(_S._get_connections),
    "delete_connections": _H(_S._delete_connections),
    "get_vehicle": _H(_S._v3_vehicle),
    "get_signals": _H(_S._v3_signals),
    "get_signal": _H(_S._v3_signal),
    # API v3 with the application token. The IAM endpoint takes the credentials from the form
    # or from Basic, and answers with OAuth error bodies: it checks them itself.
    "request_application_token": _H(_S._request_application_token, auth=_Auth.NONE),
    "lock_doors": _H(_S._lock_doors, permission="control_security"),
    "unlock_doors": _H(_S._unlock_doors, permission="control_security"),
    "start_charge": _H(_S._start_charge, needs="battery", permission="control_charge"),
    "stop_charge": _H(_S._stop_charge, needs="battery", permission="control_charge"),
    "set_charge_limit_v3": _H(
        _S._set_charge_limit_v3, needs="battery", permission="control_charge"
    ),
    "set_destination": _H(_S._set_destination, permission="control_navigation"),
    "set_daily_charge_schedule": _H(
        _S._set_daily_charge_schedule, needs="battery", permission="control_charge"
    ),
    "set_weekly_charge_schedule": _H(
        _S._set_weekly_charge_schedule, needs="battery", permission="control_charge"
    ),
    "set_workweek_charge_schedule": _H(
        _S._set_workweek_charge_schedule, needs="battery", permission="control_charge"
    ),
    "delete_charge_schedule": _H(
        _S._delete_charge_schedule, needs="battery", permission="control_charge"
    ),
    "list_connections": _H(_S._list_connections),
    "get_connection": _H(_S._get_connection),
    "delete_connection": _H(_S._delete_connection),
    "delete_user": _H(_S._delete_user),
    "list_compatible_vehicles": _H(_S._list_compatible_vehicles),
    "list_webhooks": _H(_S._list_webhooks),
    "get_webhook": _H(_S._get_webhook),
    "list_subscriptions": _H(_S._list_subscriptions),
    "create_subscription": _H(_S._create_subscription),
    "get_subscription": _H(_S._get_subscription),
    "delete_subscription": _H(_S._delete_subscription),
}


_ROUTES: tuple[_Route, ...] = (
    # Connect (browser pages; errors are redirects, so no failure injection).
    _r("GET", r"/oauth/authorize", _S._connect_page, injectable=False),
    _r("GET", r"/oauth/authorize/approve", _S._connect_approve, injectable=False),
    _r("POST", r"/oauth/authorize/approve", _S._connect_approve, injectable=False),
    # Every operation of the spec.
    *(_spec_route(info, _HANDLERS.get(info.operation_id)) for info in OPERATIONS),
    # Control endpoints for tests and recordings.
    _r("POST", r"/_simulator/fail", _S._control_fail, injectable=False),
    _r("POST", r"/_simulator/reset", _S._control_reset, injectable=False),
    _r("GET", r"/_simulator/application", _S._control_application, injectable=False),
)

Simulator._routes = _ROUTES
