"""The simulator's state, the records it keeps and the helpers its handlers share."""

from __future__ import annotations

import datetime as dt
import enum
import hmac
import json
import random
import re
import threading
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from .._core.values import is_number
from . import _examples
from ._data import PERMISSIONS, UnitSystem, VehicleState
from ._errors import (
    ErrorKind,
    validation_error,
)
from ._spec import find_example, load_spec

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
APP_TOKEN_TTL = 3600  # API v3 application tokens: one hour, no refresh token
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
    APP = "application token"  # Bearer <API v3 application token>
    ACCESS_OR_APP = "access token or application token"


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
    scope: tuple[str, ...] = PERMISSIONS


@dataclass
class _Subscription:
    id: str
    webhook_id: str
    user_id: str
    vehicle_id: str
    created_at: float


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
    v3: bool = False  # an API v3 request with the application token: JSON:API error documents

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


# The first argument is the Simulator (a subclass of every handler mixin).
Handler = Callable[[Any, _Call], object]


@dataclass(frozen=True)
class _Route:
    method: str
    pattern: re.Pattern[str]
    handler: Handler
    auth: _Auth = _Auth.NONE
    permission: str | None = None
    data: bool = False  # a data read: send SC-Data-Age and SC-Fetched-At
    units: bool = False  # unit-dependent: honour SC-Unit-System
    echo_units: bool = False  # send SC-Unit-System back (where the spec's response declares it)
    needs: str | None = None  # "battery" or "engine": other vehicles answer 501
    injectable: bool = True  # subject to fail_next / SC-Simulate-Error
    v3: bool = False  # API v3 with the application token: v3 error documents
    user: bool = False  # takes the sc-user-id header (required with the application token)

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


class _State:
    """The simulator's state and the helpers every handler shares (see `Simulator.__init__`)."""

    client_id: str
    client_secret: str
    redirect_uri: str
    management_token: str
    user_id: str
    _extra_vehicles: int
    _seed: int
    _clock: Callable[[], float]
    _id_seed: int | None
    _ids: random.Random | None
    _lock: threading.RLock
    _examples: dict[tuple[str, str], Any]
    _fleet: dict[str, VehicleState]
    _access: dict[str, _Token]
    _refresh: dict[str, _Token]
    _codes: dict[str, _Code]
    _grants: list[_Grant]
    _connections: dict[str, _Connection]
    _failures: list[_Failure]
    _app_tokens: dict[str, float]
    _schedules: dict[str, dict[str, dict[str, Any]]]
    _webhooks_v3: dict[str, dict[str, Any]]
    _subscriptions: dict[str, _Subscription]

    def _new_id(self) -> str:
        """A random UUID, or the next one from the seeded generator (see ``id_seed``)."""
        if self._ids is None:
            return str(uuid.uuid4())
        return str(uuid.UUID(int=self._ids.getrandbits(128), version=4))

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
        return self._example("POST", f"/vehicles/{{}}{path}", _examples.ACTION_SUCCESS)

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
            self._connections.setdefault(vehicle_id, _Connection(self.user_id, now, mode, scope))
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
        for sub_id in [k for k, v in self._subscriptions.items() if v.vehicle_id == vehicle_id]:
            del self._subscriptions[sub_id]
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

    def _attributes(self, call: _Call) -> dict[str, Any]:
        """The ``data.attributes`` of an API v3 request body (JSON:API)."""
        attributes = self._json_body(call).get("data", {})
        attributes = attributes.get("attributes") if isinstance(attributes, dict) else None
        if not isinstance(attributes, dict):
            raise validation_error(["data", "attributes"], "data.attributes is required.")
        return attributes

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
        if not is_number(value) or not low <= value <= high:
            raise validation_error([name], f"{name} must be a number from {low} to {high}.")
        return float(value)


def _parse_moment(value: object) -> dt.datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _query_int(call: _Call, name: str, default: int, high: int) -> int:
    raw = call.query.get(name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        value = 0
    if not 1 <= value <= high:
        raise validation_error([name], f"{name} must be an integer from 1 to {high}.")
    return value


def _one_page(
    items: list[dict[str, Any]], page: int, size: int, link: Callable[[int], str]
) -> tuple[list[dict[str, Any]], dict[str, str | None]]:
    """Page ``page`` of ``items`` and the JSON:API links around it (``link(n)``: page n's URL)."""
    last = max(1, -(-len(items) // size))
    links = {
        "self": link(page),
        "first": link(1),
        "previous": link(page - 1) if page > 1 else None,
        "next": link(page + 1) if page < last else None,
        "last": link(last),
    }
    return items[(page - 1) * size : page * size], links


def _connection_id(vehicle_id: str, user_id: str) -> str:
    # Derived, not drawn from the id generator: recordings of other calls keep their ids.
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"smartcar-connection:{user_id}:{vehicle_id}"))
