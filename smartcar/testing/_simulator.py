"""The in-process Smartcar API simulator: state, routing and request handlers, but no sockets.

One `Simulator` plays every Smartcar origin at once (Connect, auth, API v2.0, v3, management),
because their paths do not collide. `Simulator.handle` takes a request and returns a
`SimResponse`; `SimulatorTransport` and `SimulatorServer` only carry requests to it.

A request goes through one pipeline, whatever the endpoint: match a route, authenticate, apply
any failure a test asked for, check the vehicle and permission, run the handler, and add the
response headers. Batch sub-requests go through the same pipeline.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import enum
import hmac
import html
import json
import random
import re
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

from smartcar_openapi.registry import OPERATIONS, OperationInfo

from . import _data
from ._data import PERMISSIONS, UnitSystem, VehicleState
from ._errors import (
    ApiError,
    ErrorKind,
    api_error,
    as_v1,
    html_error,
    injected_error,
    oauth_error,
    parse_error,
    render_error,
    validation_error,
)
from ._signals import SIGNALS, SIGNALS_BY_CODE, signal_resource
from ._spec import find_example, load_spec

__all__ = [
    "DEFAULT_CLIENT_ID",
    "DEFAULT_CLIENT_SECRET",
    "DEFAULT_MANAGEMENT_TOKEN",
    "DEFAULT_REDIRECT_URI",
    "DEFAULT_USER_ID",
    "SimResponse",
    "Simulator",
]

DEFAULT_CLIENT_ID = "sim-client-id"
"""The client id the simulator accepts unless given another."""
DEFAULT_CLIENT_SECRET = "sim-client-secret"
"""The client secret the simulator accepts unless given another."""
DEFAULT_REDIRECT_URI = "http://localhost:8000/callback"
"""The only redirect URI registered for the simulated application unless given another."""
DEFAULT_MANAGEMENT_TOKEN = "sim-management-token"
"""The application management token (AMT) the simulator accepts unless given another."""
DEFAULT_USER_ID = "e0514ef4-5226-11e8-8c13-8f6e8f02e27e"
"""The Smartcar user who owns every simulated vehicle."""

ACCESS_TOKEN_TTL = 7200
REFRESH_TOKEN_TTL = 60 * 24 * 3600
CODE_TTL = 600
REFRESH_REUSE_WINDOW = 600  # an old refresh token stays valid this long after use


@dataclass
class SimResponse:
    """A response from the simulator.

    Attributes:
        status: the HTTP status.
        headers: response headers (``SC-Request-Id`` is always there).
        body: the raw body; JSON for everything but Connect pages and ``HTML:`` failures.
    """

    status: int
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        """Decode the body as JSON."""
        return json.loads(self.body)

    def header(self, name: str) -> str | None:
        """Return a header's value, matching its name case-insensitively."""
        wanted = name.lower()
        return next((v for k, v in self.headers.items() if k.lower() == wanted), None)


class _Auth(enum.Enum):
    NONE = "none"
    ACCESS = "access token"  # Bearer <access token>
    CLIENT = "client credentials"  # Basic client_id:client_secret
    MANAGEMENT = "management basic"  # Basic default:<AMT>
    AMT = "management bearer"  # Bearer <AMT>
    ACCESS_OR_AMT = "access token or management bearer"


@dataclass
class _Grant:
    """One authorisation (Connect or `Simulator.issue_token`): tokens rotate, the grant stays."""

    user_id: str
    vehicle_ids: list[str]
    scope: tuple[str, ...]


@dataclass
class _Token:
    grant: _Grant
    expires_at: float


@dataclass
class _Code:
    redirect_uri: str
    scope: tuple[str, ...]
    vehicle_ids: list[str]
    mode: str
    expires_at: float


@dataclass
class _Connection:
    user_id: str
    connected_at: float
    mode: str


@dataclass
class _Failure:
    kind: ErrorKind
    path: str | None
    vehicle_id: str | None
    times: int
    retry_after: int | None

    def matches(self, path: str, vehicle_id: str | None) -> bool:
        if self.vehicle_id is not None and self.vehicle_id != vehicle_id:
            return False
        return self.path is None or path == self.path or path.endswith(self.path)


@dataclass
class _Call:
    """One request on its way through the pipeline."""

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]  # lower-case names
    body: bytes
    params: dict[str, str]
    request_id: str
    grant_or_none: _Grant | None = None
    vehicle_or_none: VehicleState | None = None
    units: UnitSystem = "metric"
    v1: bool = False  # an API v1.0 request: errors have the v1.0 body

    @property
    def grant(self) -> _Grant:
        assert self.grant_or_none is not None, "route must authenticate with an access token"
        return self.grant_or_none

    @property
    def vehicle(self) -> VehicleState:
        assert self.vehicle_or_none is not None, "route must be vehicle-scoped"
        return self.vehicle_or_none


class _Redirect(Exception):
    """Connect answers this request by sending the browser back to the application."""

    def __init__(self, location: str) -> None:
        super().__init__(location)
        self.location = location


@dataclass
class _ConnectRequest:
    redirect_uri: str
    state: str | None
    scope: tuple[str, ...]
    vehicle_ids: list[str]
    mode: str


Handler = Callable[["Simulator", _Call], object]


@dataclass(frozen=True)
class _Route:
    method: str
    pattern: re.Pattern[str]
    handler: Handler
    auth: _Auth = _Auth.NONE
    permission: str | None = None
    data: bool = False  # a data read: send SC-Data-Age and SC-Fetched-At
    units: bool = False  # unit-dependent: honour and echo SC-Unit-System
    needs: str | None = None  # "battery" or "engine": other vehicles answer 501
    injectable: bool = True  # subject to fail_next / SC-Simulate-Error

    @property
    def vehicle_scoped(self) -> bool:
        return "vehicle_id" in self.pattern.groupindex


def _iso(timestamp: float) -> str:
    moment = dt.datetime.fromtimestamp(timestamp, dt.UTC)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _with_query(url: str, **params: str | None) -> str:
    query = urlencode({k: v for k, v in params.items() if v is not None})
    return f"{url}{'&' if '?' in url else '?'}{query}"


def _same(given: str, expected: str) -> bool:
    # Bytes, because compare_digest refuses non-ASCII str, and headers may carry anything.
    return hmac.compare_digest(given.encode(), expected.encode())


def _redirect(location: str) -> SimResponse:
    return SimResponse(302, {"Location": location, "Content-Type": "text/html"}, b"")


def _split_scope(scope: str) -> list[str]:
    return [p.removeprefix("required:") for p in scope.split() if p]


def _paging(query: Mapping[str, str], default: int, maximum: int) -> tuple[int, int]:
    def number(name: str, fallback: int, low: int, high: int) -> int:
        raw = query.get(name)
        try:
            value = fallback if raw is None else int(raw)
        except ValueError:
            value = low - 1
        if not low <= value <= high:
            raise validation_error(
                [name], f"{name} must be an integer from {low} to {high}.", code="PARAMETER"
            )
        return value

    return number("limit", default, 1, maximum), number("offset", 0, 0, 10**9)


class Simulator:
    """An in-memory Smartcar API: Connect, tokens, v2.0, v3, compatibility and management.

    It is thread-safe (one lock around each request) and opens no sockets: call `handle`, or
    use `SimulatorTransport` with httpx, or `SimulatorServer` for a real loopback port.

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

    def _new_id(self) -> str:
        """A random UUID, or the next one from the seeded generator (see ``id_seed``)."""
        if self._ids is None:
            return str(uuid.uuid4())
        return str(uuid.UUID(int=self._ids.getrandbits(128), version=4))

    # -- the pipeline -----------------------------------------------------------------------

    def _dispatch(
        self,
        method: str,
        path: str,
        query: dict[str, str],
        headers: dict[str, str],
        body: bytes,
    ) -> SimResponse:
        request_id = self._new_id()
        call = _Call(method, path, query, headers, body, {}, request_id)
        try:
            route = self._route(call)
            self._authenticate(route, call)
            if route.injectable:
                self._inject(call)
            if route.vehicle_scoped:
                self._check_vehicle(route, call)
            if route.units:
                call.units = self._unit_system(call)
            result = route.handler(self, call)
        except ApiError as err:
            if call.v1:
                err = as_v1(err)
            status, response_headers, payload = render_error(err, request_id)
            response_headers["SC-Request-Id"] = request_id
            return SimResponse(status, response_headers, payload)
        if isinstance(result, SimResponse):
            result.headers.setdefault("SC-Request-Id", request_id)
            return result
        return SimResponse(
            200, self._headers(route, call), json.dumps(result, separators=(",", ":")).encode()
        )

    def _route(self, call: _Call) -> _Route:
        # The real API ignores a trailing slash (the official SDK requests
        # /v2.0/vehicles/{id}/ for the vehicle's attributes, and /management/connections/).
        path = call.path.rstrip("/") or "/"
        if path.startswith("/v1.0/"):
            # The real API still answers v1.0 (official code selects it with
            # set_api_version("1.0")): the same endpoints, with v1.0 error bodies.
            call.v1 = True
            path = "/v2.0/" + path.removeprefix("/v1.0/")
        for route in _ROUTES:
            match = route.pattern.fullmatch(path)
            if match and route.method == call.method:
                call.params = {k: unquote(v) for k, v in match.groupdict().items()}
                return route
        version = re.match(r"/(v\d+(?:\.\d+)?)/", call.path)
        if version and version.group(1) not in ("v1.0", "v2.0", "v3"):
            raise api_error("RESOURCE_NOT_FOUND", "VERSION")
        raise api_error("RESOURCE_NOT_FOUND", "PATH")

    def _headers(self, route: _Route, call: _Call) -> dict[str, str]:
        headers = {"SC-Request-Id": call.request_id, "Content-Type": "application/json"}
        if route.data:
            now = self._clock()
            headers["SC-Data-Age"] = _iso(now - call.vehicle.data_age_seconds)
            headers["SC-Fetched-At"] = _iso(now)
        if route.units:
            headers["SC-Unit-System"] = call.units
        return headers

    def _credentials(self, call: _Call, scheme: str) -> str | None:
        value = call.headers.get("authorization", "")
        given, _, credentials = value.partition(" ")
        if given.lower() != scheme.lower() or not credentials.strip():
            return None
        return credentials.strip()

    def _basic(self, call: _Call) -> tuple[str, str] | None:
        encoded = self._credentials(call, "Basic")
        if encoded is None:
            return None
        try:
            user, sep, password = base64.b64decode(encoded, validate=True).decode().partition(":")
        except (binascii.Error, UnicodeDecodeError):
            return None
        return (user, password) if sep else None

    def _is_amt(self, call: _Call) -> bool:
        token = self._credentials(call, "Bearer")
        return token is not None and _same(token, self.management_token)

    def _access_grant(self, call: _Call) -> _Grant | None:
        token = self._credentials(call, "Bearer")
        record = self._access.get(token) if token else None
        if record is None or record.expires_at <= self._clock():
            return None
        return record.grant

    def _client_ok(self, user: str, password: str) -> bool:
        # compare_digest on both so a wrong id costs as much time as a wrong secret.
        same_id = _same(user, self.client_id)
        return _same(password, self.client_secret) and same_id

    def _authenticate(self, route: _Route, call: _Call) -> None:
        auth = route.auth
        ok = True
        if auth is _Auth.ACCESS:
            call.grant_or_none = self._access_grant(call)
            ok = call.grant_or_none is not None
        elif auth is _Auth.ACCESS_OR_AMT:
            call.grant_or_none = self._access_grant(call)
            ok = call.grant_or_none is not None or self._is_amt(call)
        elif auth is _Auth.AMT:
            ok = self._is_amt(call)
        elif auth in (_Auth.CLIENT, _Auth.MANAGEMENT):
            basic = self._basic(call)
            if basic is None:
                ok = False
            elif auth is _Auth.CLIENT:
                ok = self._client_ok(*basic)
            else:
                ok = basic[0] == "default" and _same(basic[1], self.management_token)
        if not ok:
            raise api_error("AUTHENTICATION")

    def _inject(self, call: _Call) -> None:
        vehicle_id = call.params.get("vehicle_id")
        header = call.headers.get("sc-simulate-error")
        if header:
            try:
                kind = parse_error(header)
                raw_retry = call.headers.get("sc-simulate-retry-after")
                retry = int(raw_retry) if raw_retry else None
            except ValueError as exc:
                raise validation_error(["headers", "sc-simulate-error"], str(exc)) from None
            raise self._failure(kind, retry, vehicle_id)
        for failure in self._failures:
            if failure.matches(call.path, vehicle_id):
                failure.times -= 1
                if failure.times == 0:
                    self._failures.remove(failure)
                raise self._failure(failure.kind, failure.retry_after, vehicle_id)

    def _failure(
        self, kind: ErrorKind, retry_after: int | None, vehicle_id: str | None
    ) -> ApiError:
        url = None
        if (kind.name, kind.code) == ("CONNECTED_SERVICES_ACCOUNT", "AUTHENTICATION_FAILED"):
            url = _with_query(
                "https://connect.smartcar.com/oauth/reauthenticate",
                response_type="vehicle_id",
                client_id=self.client_id,
                vehicle_id=vehicle_id,
            )
        return injected_error(kind, retry_after=retry_after, resolution_url=url)

    def _check_vehicle(self, route: _Route, call: _Call) -> None:
        vehicle_id = call.params["vehicle_id"]
        grant = call.grant_or_none
        if grant is not None:
            allowed = vehicle_id in grant.vehicle_ids
            if allowed and route.permission and route.permission not in grant.scope:
                allowed = False
        else:
            # The AMT may act on any vehicle connected to the application.
            allowed = vehicle_id in self._connections or route.auth is _Auth.AMT
        vehicle = self._fleet.get(vehicle_id)
        if vehicle is None:
            # An id that names no vehicle at all is a malformed request to the real API: 400
            # VALIDATION with no resolution (the official SDK's end-to-end tests expect this
            # for Vehicle("bad_id", token)), not a PERMISSION error asking to reauthenticate.
            raise validation_error(
                ["params", "vehicle_id"], f"No vehicle exists with the id {vehicle_id!r}."
            )
        if not allowed:
            raise api_error("PERMISSION")
        if (route.needs == "battery" and not vehicle.has_battery) or (
            route.needs == "engine" and not vehicle.has_engine
        ):
            raise api_error("COMPATIBILITY", "VEHICLE_NOT_CAPABLE")
        call.vehicle_or_none = vehicle

    def _unit_system(self, call: _Call) -> UnitSystem:
        value = call.headers.get("sc-unit-system", "metric").strip().lower()
        if value == "metric":
            return "metric"
        if value == "imperial":
            return "imperial"
        raise validation_error(
            ["headers", "sc-unit-system"], "sc-unit-system must be 'metric' or 'imperial'."
        )

    # -- shared pieces ----------------------------------------------------------------------

    def _example(self, method: str, path: str, default: Any) -> Any:
        """The spec's example for a stateless operation, or ``default`` if it has none."""
        key = (method, path)
        if key not in self._examples:
            found = find_example(load_spec(), method, path)
            # An example of the wrong shape (an object where a list is expected...) would
            # break clients in confusing ways; the reference's example is safer.
            self._examples[key] = found if isinstance(found, type(default)) else default
        return json.loads(json.dumps(self._examples[key]))

    def _action_response(self, path: str) -> Any:
        return self._example("POST", f"/vehicles/{{}}{path}", _data.ACTION_SUCCESS)

    def _check_scope(self, scope: Iterable[str]) -> tuple[str, ...]:
        names = {s.removeprefix("required:") for s in scope}
        unknown = sorted(names - set(PERMISSIONS))
        if unknown:
            raise ValueError(f"unknown permissions: {unknown}")
        return tuple(p for p in PERMISSIONS if p in names)

    def _new_grant(self, vehicle_ids: list[str], scope: tuple[str, ...], mode: str) -> _Grant:
        grant = _Grant(self.user_id, list(vehicle_ids), scope)
        self._grants.append(grant)
        now = self._clock()
        for vehicle_id in vehicle_ids:
            self._connections.setdefault(vehicle_id, _Connection(self.user_id, now, mode))
        return grant

    def _issue_tokens(self, grant: _Grant) -> dict[str, Any]:
        now = self._clock()
        access, refresh = self._new_id(), self._new_id()
        self._access[access] = _Token(grant, now + ACCESS_TOKEN_TTL)
        self._refresh[refresh] = _Token(grant, now + REFRESH_TOKEN_TTL)
        return {
            "access_token": access,
            "token_type": "Bearer",
            "expires_in": ACCESS_TOKEN_TTL,
            "refresh_token": refresh,
        }

    def _disconnect(self, vehicle_id: str) -> _Connection | None:
        """Remove the application's access to a vehicle, for every token."""
        for grant in self._grants:
            if vehicle_id in grant.vehicle_ids:
                grant.vehicle_ids.remove(vehicle_id)
        self._fleet[vehicle_id].webhooks.clear()
        return self._connections.pop(vehicle_id, None)

    def _json_body(self, call: _Call) -> dict[str, Any]:
        if not call.body.strip():
            return {}
        try:
            data = json.loads(call.body)
        except ValueError:
            raise validation_error(["body"], "The request body is not valid JSON.") from None
        if not isinstance(data, dict):
            raise validation_error(["body"], "The request body must be a JSON object.")
        return data

    def _enum_field(self, call: _Call, name: str, allowed: tuple[str, ...]) -> str:
        value = self._json_body(call).get(name)
        if value not in allowed:
            raise validation_error([name], f"{name} must be one of: {', '.join(allowed)}.")
        return str(value)

    def _number_field(self, body: Mapping[str, Any], name: str, low: float, high: float) -> float:
        value = body.get(name)
        # Accept numeric strings: the official Node SDK sends the charge limit as one.
        if isinstance(value, str):
            try:
                value = float(value)
            except ValueError:
                value = None
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not low <= value <= high
        ):
            raise validation_error([name], f"{name} must be a number from {low} to {high}.")
        return float(value)

    # -- Connect ----------------------------------------------------------------------------

    def _connect_request(self, params: Mapping[str, str]) -> _ConnectRequest:
        redirect_uri = params.get("redirect_uri") or self.redirect_uri
        state = params.get("state")

        def configuration_error(message: str) -> _Redirect:
            return _Redirect(
                _with_query(
                    redirect_uri,
                    error="configuration_error",
                    error_description=message,
                    status_code="400",
                    error_message=message,
                    state=state,
                )
            )

        if params.get("client_id") != self.client_id:
            raise configuration_error("Invalid client_id.")
        if redirect_uri != self.redirect_uri:
            # Never redirect to an unregistered URI: Connect shows an error page instead.
            raise html_error(400, f"The redirect_uri {redirect_uri!r} is not registered.")
        if params.get("response_type") != "code":
            raise configuration_error("response_type must be 'code'.")
        mode = params.get("mode") or "live"
        if mode not in ("live", "simulated", "test"):
            raise configuration_error("mode must be live, simulated or test.")
        requested = _split_scope(params.get("scope", ""))
        try:
            scope = self._check_scope(requested) if requested else PERMISSIONS
        except ValueError as exc:
            raise configuration_error(str(exc)) from None
        vehicles = list(self._fleet.values())
        vin = params.get("single_select_vin")
        if vin:
            vehicles = [v for v in vehicles if v.vin == vin]
        elif params.get("make"):
            vehicles = [v for v in vehicles if v.make == params["make"].upper()]
        if params.get("single_select", "").lower() == "true":
            vehicles = vehicles[:1]
        return _ConnectRequest(redirect_uri, state, scope, [v.id for v in vehicles], mode)

    def _connect_decide(self, params: Mapping[str, str], approve: bool) -> str:
        try:
            request = self._connect_request(params)
        except _Redirect as redirect:
            return redirect.location
        state = request.state
        if not approve:
            return _with_query(
                request.redirect_uri,
                error="access_denied",
                error_description="User denied access to application.",
                state=state,
            )
        if not request.vehicle_ids:
            return _with_query(
                request.redirect_uri,
                error="no_vehicles",
                error_description="No vehicles found. Please add vehicles to your account and "
                "try again.",
                state=state,
            )
        code = self._new_id()
        self._codes[code] = _Code(
            request.redirect_uri,
            request.scope,
            request.vehicle_ids,
            request.mode,
            self._clock() + CODE_TTL,
        )
        return _with_query(request.redirect_uri, code=code, state=state)

    def _connect_page(self, call: _Call) -> SimResponse:
        try:
            request = self._connect_request(call.query)
        except _Redirect as redirect:
            return _redirect(redirect.location)
        hidden = "".join(
            f'<input type="hidden" name="{html.escape(k)}" value="{html.escape(v)}">'
            for k, v in call.query.items()
            if k != "decision"
        )
        vehicles = (
            "".join(
                f"<li>{v.year} {html.escape(v.make)} {html.escape(v.model)} ({v.vin})</li>"
                for v in (self._fleet[i] for i in request.vehicle_ids)
            )
            or "<li>No vehicles found.</li>"
        )
        permissions = "".join(f"<li>{html.escape(p)}</li>" for p in request.scope)
        # Like Connect's brand list (test-mode code logs in to one brand, "button#FORD"): a
        # button per make approves for that make's vehicles only.
        makes = sorted({self._fleet[i].make for i in request.vehicle_ids})
        brands = ""
        if len(makes) > 1:
            brands = "<p>Or approve for one brand only:</p>" + "".join(
                f'<button type="submit" name="make" value="{html.escape(m)}" '
                f'id="{html.escape(m)}" class="brand-list-item">{html.escape(m)}</button> '
                for m in makes
            )
        page = (
            '<!DOCTYPE html><html><head><meta charset="utf-8">'
            "<title>Smartcar Connect (simulator)</title></head><body>"
            "<h1>Smartcar Connect (simulator)</h1>"
            f"<p>The application {html.escape(self.client_id)} asks to access:</p>"
            f"<ul>{vehicles}</ul><p>with these permissions:</p><ul>{permissions}</ul>"
            f'<form method="post" action="/oauth/authorize/approve">{hidden}'
            '<button type="submit" name="decision" value="approve" id="approval-button">'
            "Approve</button> "
            '<button type="submit" name="decision" value="deny">Deny</button>'
            f"{brands}</form></body></html>"
        )
        return SimResponse(200, {"Content-Type": "text/html; charset=utf-8"}, page.encode())

    def _connect_approve(self, call: _Call) -> SimResponse:
        params = dict(call.query)
        params.update(parse_qsl(call.body.decode("utf-8", "replace"), keep_blank_values=True))
        approve = params.pop("decision", "approve") != "deny"
        return _redirect(self._connect_decide(params, approve))

    # -- OAuth token endpoint ---------------------------------------------------------------

    def _token(self, call: _Call) -> object:
        form = dict(parse_qsl(call.body.decode("utf-8", "replace"), keep_blank_values=True))
        # The SDKs use Basic auth; some of Smartcar's samples put the credentials in the form.
        basic = self._basic(call) or (form.get("client_id", ""), form.get("client_secret", ""))
        if not self._client_ok(*basic):
            raise oauth_error(401, "invalid_client", "Invalid client credentials.")
        grant_type = form.get("grant_type")
        now = self._clock()
        if grant_type == "authorization_code":
            code = form.get("code", "")
            record = self._codes.pop(code, None)  # popped: a code works once, even if rejected
            if record is None or record.expires_at <= now:
                raise oauth_error(400, "invalid_request", f"Invalid code: {code}.")
            redirect_uri = form.get("redirect_uri", record.redirect_uri)
            if redirect_uri != record.redirect_uri:
                raise oauth_error(400, "invalid_grant", f"Invalid redirect_uri: {redirect_uri}.")
            return self._issue_tokens(
                self._new_grant(record.vehicle_ids, record.scope, record.mode)
            )
        if grant_type == "refresh_token":
            refresh = form.get("refresh_token", "")
            token = self._refresh.get(refresh)
            if token is None or token.expires_at <= now:
                raise oauth_error(400, "invalid_grant", f"Invalid refresh_token: {refresh}.")
            token.expires_at = min(token.expires_at, now + REFRESH_REUSE_WINDOW)
            return self._issue_tokens(token.grant)
        raise oauth_error(400, "unsupported_grant_type", f"Invalid grant_type: {grant_type}.")

    # -- API v2.0: user and vehicle list ----------------------------------------------------

    def _get_user(self, call: _Call) -> object:
        return {"id": call.grant.user_id}

    def _get_vehicles(self, call: _Call) -> object:
        limit, offset = _paging(call.query, 10, 50)
        ids = call.grant.vehicle_ids
        return {"paging": {"count": len(ids), "offset": offset}, "vehicles": ids[offset:][:limit]}

    # -- API v2.0: vehicle reads ------------------------------------------------------------

    def _get_attributes(self, call: _Call) -> object:
        v = call.vehicle
        return {"id": v.id, "make": v.make, "model": v.model, "year": v.year}

    def _get_vin(self, call: _Call) -> object:
        return {"vin": call.vehicle.vin}

    def _get_odometer(self, call: _Call) -> object:
        return {"distance": _data.distance(call.vehicle.odometer_km, call.units)}

    def _get_location(self, call: _Call) -> object:
        return {"latitude": call.vehicle.latitude, "longitude": call.vehicle.longitude}

    def _get_fuel(self, call: _Call) -> object:
        v, units = call.vehicle, call.units
        return {
            "amountRemaining": None
            if v.fuel_litres is None
            else _data.volume(v.fuel_litres, units),
            "percentRemaining": v.fuel_percent_remaining,
            "range": None if v.fuel_range_km is None else _data.distance(v.fuel_range_km, units),
        }

    def _get_battery(self, call: _Call) -> object:
        v = call.vehicle
        return {
            "percentRemaining": v.battery_percent_remaining,
            "range": None
            if v.battery_range_km is None
            else _data.distance(v.battery_range_km, call.units),
        }

    def _get_battery_capacity(self, call: _Call) -> object:
        return {"capacity": call.vehicle.battery_capacity_kwh}

    def _get_nominal_capacity(self, call: _Call) -> object:
        return self._example("GET", "/vehicles/{}/battery/nominal_capacity", _data.NOMINAL_CAPACITY)

    def _get_charge(self, call: _Call) -> object:
        return {"isPluggedIn": call.vehicle.is_plugged_in, "state": call.vehicle.charge_state}

    def _get_charge_limit(self, call: _Call) -> object:
        return {"limit": call.vehicle.charge_limit}

    def _get_security(self, call: _Call) -> object:
        locked = call.vehicle.is_locked
        closed = [{"type": t, "status": "CLOSED"} for t in _data.TIRES]
        return {
            "isLocked": locked,
            "doors": [
                {"type": t, "status": "LOCKED" if locked else "UNLOCKED"} for t in _data.TIRES
            ],
            "windows": closed,
            "sunroof": [{"type": "sunroof", "status": "CLOSED"}],
            "storage": [
                {"type": "rear", "status": "CLOSED"},
                {"type": "front", "status": "CLOSED"},
            ],
            "chargingPort": [{"type": "chargingPort", "status": "CLOSED"}],
        }

    def _get_tires(self, call: _Call) -> object:
        kpa = call.vehicle.tire_pressure_kpa
        return {t: _data.pressure(kpa[t], call.units) if t in kpa else None for t in _data.TIRES}

    def _get_engine_oil(self, call: _Call) -> object:
        return {"lifeRemaining": call.vehicle.oil_life_remaining}

    def _get_permissions(self, call: _Call) -> object:
        limit, offset = _paging(call.query, 25, 100)
        scope = call.grant.scope
        return {
            "paging": {"count": len(scope), "offset": offset},
            "permissions": list(scope[offset:][:limit]),
        }

    def _get_service_history(self, call: _Call) -> object:
        records = self._example("GET", "/vehicles/{}/service/history", _data.SERVICE_HISTORY)

        def bound(*names: str) -> dt.datetime | None:
            raw = next((call.query[n] for n in names if call.query.get(n)), None)
            if raw is None:
                return None
            try:
                moment = dt.datetime.fromisoformat(raw)
            except ValueError:
                raise validation_error(
                    [names[0]],
                    f"{names[0]} must be an ISO 8601 date or date-time.",
                    code="PARAMETER",
                ) from None
            if len(raw) == 10 and names[0] == "end_date":
                moment += dt.timedelta(days=1)  # a bare end date includes that whole day
            return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)

        # Three of the four official SDKs send snake_case, the Python one camelCase.
        start, end = bound("start_date", "startDate"), bound("end_date", "endDate")
        kept = []
        for record in records:
            when = _parse_moment(record.get("serviceDate")) if isinstance(record, dict) else None
            if when is not None and (
                (start is not None and when < start) or (end is not None and when >= end)
            ):
                continue
            if isinstance(record, dict) and isinstance(record.get("odometerDistance"), int | float):
                record["odometerDistance"] = _data.distance(record["odometerDistance"], call.units)
            kept.append(record)
        return kept

    def _get_system_status(self, call: _Call) -> object:
        return self._example("GET", "/vehicles/{}/diagnostics/system_status", _data.SYSTEM_STATUS)

    def _get_dtcs(self, call: _Call) -> object:
        return self._example("GET", "/vehicles/{}/diagnostics/dtcs", _data.DTCS)

    # -- API v2.0: commands -----------------------------------------------------------------

    def _post_charge(self, call: _Call) -> object:
        v = call.vehicle
        action = self._enum_field(call, "action", ("START", "STOP"))
        if action == "START":
            if not v.is_plugged_in:
                raise api_error("VEHICLE_STATE", "CHARGING_PLUG_NOT_CONNECTED")
            if v.charge_state == "CHARGING":
                raise api_error("VEHICLE_STATE", "CHARGING_IN_PROGRESS")
            if (v.battery_percent_remaining or 0.0) >= v.charge_limit:
                raise api_error("VEHICLE_STATE", "FULLY_CHARGED")
            v.charge_state = "CHARGING"
        else:
            if v.charge_state != "CHARGING":
                raise api_error("VEHICLE_STATE", "NOT_CHARGING")
            v.charge_state = "NOT_CHARGING"
        return self._action_response("/charge")

    def _post_charge_limit(self, call: _Call) -> object:
        call.vehicle.charge_limit = self._number_field(self._json_body(call), "limit", 0.5, 1.0)
        return self._action_response("/charge/limit")

    def _post_security(self, call: _Call) -> object:
        action = self._enum_field(call, "action", ("LOCK", "UNLOCK"))
        call.vehicle.is_locked = action == "LOCK"
        return self._action_response("/security")

    def _post_destination(self, call: _Call) -> object:
        body = self._json_body(call)
        latitude = self._number_field(body, "latitude", -90.0, 90.0)
        longitude = self._number_field(body, "longitude", -180.0, 180.0)
        call.vehicle.destination = (latitude, longitude)
        return self._action_response("/navigation/destination")

    def _delete_application(self, call: _Call) -> object:
        self._disconnect(call.vehicle.id)
        return {"status": "success"}

    def _post_webhook(self, call: _Call) -> object:
        call.vehicle.webhooks.add(call.params["webhook_id"])
        return {"webhookId": call.params["webhook_id"], "vehicleId": call.vehicle.id}

    def _delete_webhook(self, call: _Call) -> object:
        call.vehicle.webhooks.discard(call.params["webhook_id"])
        return {"status": "success"}

    def _post_batch(self, call: _Call) -> object:
        requests = self._json_body(call).get("requests")
        if not isinstance(requests, list) or not all(
            isinstance(r, dict) and isinstance(r.get("path"), str) and r["path"].startswith("/")
            for r in requests
        ):
            raise validation_error(
                ["requests"], "requests must be a list of objects with a path starting with '/'."
            )
        # Sub-requests carry the caller's headers (token, unit system) but not the one-off
        # error header, which has already been applied to the batch request itself.
        headers = {k: v for k, v in call.headers.items() if k != "sc-simulate-error"}
        prefix = f"/v{'1.0' if call.v1 else '2.0'}/vehicles/{call.params['vehicle_id']}"
        responses = []
        for item in requests:
            sub_path = item["path"]
            sub = urlsplit(sub_path)
            query = dict(parse_qsl(sub.query, keep_blank_values=True))
            answer = self._dispatch("GET", prefix + sub.path.rstrip("/"), query, headers, b"")
            try:
                body: Any = answer.json()
            except ValueError:
                body = answer.body.decode("utf-8", "replace")
            responses.append(
                {
                    "path": sub_path,
                    "code": answer.status,
                    "body": body,
                    "headers": {
                        k.lower(): v
                        for k, v in answer.headers.items()
                        if k.lower() not in ("content-type", "sc-request-id")
                    },
                }
            )
        return {"responses": responses}

    # -- API v3 -----------------------------------------------------------------------------

    def _v3_vehicle(self, call: _Call) -> object:
        v = call.vehicle
        return {
            "id": v.id,
            "type": "vehicle",
            "attributes": {"make": v.make, "model": v.model, "year": v.year},
            "links": {"self": f"/vehicles/{v.id}"},
        }

    def _v3_resource(self, call: _Call, code: str) -> dict[str, Any]:
        now = self._clock()
        return signal_resource(
            SIGNALS_BY_CODE[code],
            call.vehicle,
            retrieved_ms=int(now * 1000),
            oem_updated_ms=int((now - call.vehicle.data_age_seconds) * 1000),
        )

    def _v3_signals(self, call: _Call) -> object:
        scope = call.grant.scope
        codes = [s.code for s in SIGNALS if s.applies_to(call.vehicle) and s.permission in scope]
        return {"data": [self._v3_resource(call, code) for code in codes]}

    def _v3_signal(self, call: _Call) -> object:
        signal = SIGNALS_BY_CODE.get(call.params["signal_code"])
        if signal is None:
            raise api_error("RESOURCE_NOT_FOUND", "PATH")
        if signal.permission not in call.grant.scope:
            raise api_error("PERMISSION")
        if not signal.applies_to(call.vehicle):
            raise api_error("COMPATIBILITY", "VEHICLE_NOT_CAPABLE")
        return self._v3_resource(call, signal.code)

    # -- compatibility ----------------------------------------------------------------------

    def _compatibility(self, call: _Call) -> object:
        vin, scope = call.query.get("vin"), call.query.get("scope")
        for name, value in (("vin", vin), ("scope", scope)):
            if not value:
                raise validation_error([name], f"{name} is required.", code="PARAMETER")
        level = call.query.get("test_mode_compatibility_level")
        if call.query.get("mode") == "test" or level:
            # Test mode answers from the level asked for, whatever the VIN.
            if level not in _data.TEST_MODE_LEVELS:
                raise api_error(
                    "VALIDATION",
                    detail=[
                        {
                            "field": "test_mode_compatibility_level",
                            "message": "Field must be one of: "
                            f"[{','.join(_data.TEST_MODE_LEVELS)}]",
                        }
                    ],
                )
            compatible, powertrain = _data.TEST_MODE_LEVELS[level]
        else:
            vehicle = next((v for v in self._fleet.values() if v.vin == vin), None)
            if vehicle is not None:
                compatible, powertrain = True, vehicle.powertrain
            elif (vin or "").upper().startswith(_data.TEST_VIN_PREFIX):
                # Smartcar's test VINs (0SC...) answer as an electric vehicle: capable of
                # /odometer, not of /fuel.
                compatible, powertrain = True, "BEV"
            else:
                return self._example("GET", "/compatibility", _data.COMPATIBILITY)
        if not compatible:
            return {"compatible": False, "reason": "VEHICLE_NOT_COMPATIBLE", "capabilities": []}
        capabilities = []
        if call.query.get("country", "US").upper() == "US":  # Smartcar fills these for US only
            for permission in _split_scope(scope or ""):
                endpoint, needs = _data.PERMISSION_ENDPOINTS.get(permission, ("", None))
                if not endpoint:
                    continue
                capable = (
                    needs is None
                    or (needs == "battery" and powertrain != "ICE")
                    or (needs == "engine" and powertrain != "BEV")
                )
                capabilities.append(
                    {
                        "permission": permission,
                        "endpoint": endpoint,
                        "capable": capable,
                        "reason": None if capable else "VEHICLE_NOT_CAPABLE",
                    }
                )
        return {"compatible": True, "reason": None, "capabilities": capabilities}

    def _compatibility_matrix(self, call: _Call) -> object:
        region = call.query.get("region", "")
        if region.upper() not in ("US", "CA", "EUROPE"):
            raise validation_error(["region"], "region must be US, CA or EUROPE.", code="PARAMETER")
        matrix = self._example("GET", "/compatibility/matrix", _data.COMPATIBILITY_MATRIX)
        makes = {m.upper() for m in call.query.get("make", "").split()}
        powertrain = call.query.get("type", "").upper()
        result = {}
        for make, models in matrix.items():
            if makes and make.upper() not in makes:
                continue
            kept = [m for m in models if not powertrain or m.get("type") == powertrain]
            if kept:
                result[make] = kept
        return result

    # -- management -------------------------------------------------------------------------

    def _matching_connections(self, call: _Call) -> list[tuple[str, _Connection]]:
        user_id, vehicle_id = call.query.get("user_id"), call.query.get("vehicle_id")
        return [
            (vid, c)
            for vid, c in self._connections.items()
            if (not user_id or c.user_id == user_id) and (not vehicle_id or vid == vehicle_id)
        ]

    def _get_connections(self, call: _Call) -> object:
        limit, _ = _paging(call.query, 10, 100)
        offset = 0
        cursor = call.query.get("cursor")
        if cursor:
            try:
                offset = int(base64.urlsafe_b64decode(cursor.encode()).decode().removeprefix("o:"))
            except (ValueError, binascii.Error):
                raise validation_error(["cursor"], "Invalid cursor.", code="PARAMETER") from None
        matching = self._matching_connections(call)
        page = matching[offset:][:limit]
        following = offset + len(page)
        return {
            "connections": [
                {
                    "vehicleId": vid,
                    "userId": c.user_id,
                    "connectedAt": _iso(c.connected_at),
                    "mode": c.mode,
                }
                for vid, c in page
            ],
            "paging": {
                "cursor": base64.urlsafe_b64encode(f"o:{following}".encode()).decode()
                if following < len(matching)
                else None
            },
        }

    def _delete_connections(self, call: _Call) -> object:
        if not (call.query.get("user_id") or call.query.get("vehicle_id")):
            raise validation_error(
                ["user_id", "vehicle_id"], "user_id or vehicle_id is required.", code="PARAMETER"
            )
        deleted = []
        for vehicle_id, connection in self._matching_connections(call):
            self._disconnect(vehicle_id)
            deleted.append({"vehicleId": vehicle_id, "userId": connection.user_id})
        return {"connections": deleted}

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


def _parse_moment(value: object) -> dt.datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _r(method: str, pattern: str, handler: Handler, **options: Any) -> _Route:
    return _Route(method, re.compile(pattern), handler, **options)


# How the simulator checks each security scheme of the spec.
_AUTH_OF_SCHEMES = {
    ("accessToken",): _Auth.ACCESS,
    ("clientCredentials",): _Auth.CLIENT,
    ("managementToken",): _Auth.MANAGEMENT,
    ("managementBearer",): _Auth.AMT,
    ("accessToken", "managementBearer"): _Auth.ACCESS_OR_AMT,
}


@dataclass(frozen=True)
class _Handling:
    """The simulator's own facts about an operation: its handler and the vehicles it needs."""

    handler: Handler
    needs: str | None = None  # "battery" or "engine": other vehicles answer 501
    auth: _Auth | None = None  # instead of the spec's security (the handler checks it itself)


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
}


def _example_handler(info: OperationInfo) -> Handler:
    """Answer an operation the simulator has no handler for with its spec example."""

    def answer(sim: Simulator, call: _Call) -> object:
        found = find_example(load_spec(), info.method, info.path, variant=call.units)
        if found is None:
            raise api_error("RESOURCE_NOT_FOUND", "PATH")
        return found

    return answer


def _pattern(path: str) -> str:
    # Each {name} matches one path segment, captured under its name; the rest is literal. The
    # simulator implements API version 2.0 (_route maps 1.0 onto it and rejects the others).
    parts = re.split(r"\{(\w+)\}", path)
    return "".join(
        re.escape(part) if i % 2 == 0 else _PARAMETER.get(part, f"(?P<{part}>[^/]+)")
        for i, part in enumerate(parts)
    )


_PARAMETER = {"version": re.escape("2.0")}


def _spec_route(info: OperationInfo) -> _Route:
    handling = _HANDLERS.get(info.operation_id) or _Handling(_example_handler(info))
    auth = handling.auth or _AUTH_OF_SCHEMES.get(info.security, _Auth.NONE)
    # A data read of the vehicle (below it, with a permission) answers with the data's age.
    data = info.batch_path not in (None, "/") and bool(info.permissions)
    return _r(
        info.method,
        _pattern(info.path),
        handling.handler,
        auth=auth,
        permission=info.permissions[0] if info.permissions else None,
        data=data,
        units=info.units,
        needs=handling.needs,
    )


_ROUTES: tuple[_Route, ...] = (
    # Connect (browser pages; errors are redirects, so no failure injection).
    _r("GET", r"/oauth/authorize", _S._connect_page, injectable=False),
    _r("GET", r"/oauth/authorize/approve", _S._connect_approve, injectable=False),
    _r("POST", r"/oauth/authorize/approve", _S._connect_approve, injectable=False),
    # Every operation of the spec.
    *(_spec_route(info) for info in OPERATIONS),
    # Control endpoints for tests and recordings.
    _r("POST", r"/_simulator/fail", _S._control_fail, injectable=False),
    _r("POST", r"/_simulator/reset", _S._control_reset, injectable=False),
)
