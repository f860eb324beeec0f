"""The simulator's request pipeline: route, authenticate, inject failures, check, answer.

Every request, batch sub-requests included, goes through `_Pipeline._dispatch`. The routes come
from `Simulator._routes` (built from the spec's operation registry in `_simulator`).
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from typing import Any, ClassVar
from urllib.parse import unquote

from ._data import UnitSystem
from ._errors import (
    ApiError,
    ErrorKind,
    api_error,
    as_v1,
    as_v3,
    injected_error,
    parse_error,
    render_error,
    validation_error,
)
from ._state import (
    APP_TOKEN_TTL,
    SimResponse,
    _Auth,
    _Call,
    _Grant,
    _iso,
    _Route,
    _same,
    _State,
    _with_query,
)


class _Pipeline(_State):
    """The request pipeline shared by every handler."""

    _routes: ClassVar[tuple[_Route, ...]] = ()

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
            elif call.v3:
                err = as_v3(err)
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
        for route in self._routes:
            match = route.pattern.fullmatch(path)
            if match and route.method == call.method:
                call.params = {k: unquote(v) for k, v in match.groupdict().items()}
                call.v3 = route.v3
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
        if route.echo_units:
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
        elif auth is _Auth.APP:
            ok = self._app_authenticate(route, call)
        elif auth is _Auth.ACCESS_OR_APP:
            call.grant_or_none = self._access_grant(call)
            ok = call.grant_or_none is not None or self._app_authenticate(route, call)
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

    def _new_app_token(self) -> dict[str, Any]:
        token = self._new_id()
        self._app_tokens[token] = self._clock() + APP_TOKEN_TTL
        return {"access_token": token, "token_type": "Bearer", "expires_in": APP_TOKEN_TTL}

    def _app_authenticate(self, route: _Route, call: _Call) -> bool:
        """Check an application token and, for vehicle calls, who acts (``sc-user-id``)."""
        token = self._credentials(call, "Bearer")
        expires = self._app_tokens.get(token) if token else None
        if expires is None or expires <= self._clock():
            return False
        call.v3 = True
        vehicle_id = call.params.get("vehicle_id")
        if vehicle_id is None:
            return True
        user_id = call.headers.get("sc-user-id", "").strip()
        if route.user and not user_id:
            raise validation_error(["headers", "sc-user-id"], "The sc-user-id header is required.")
        connection = self._connections.get(vehicle_id)
        if connection is None or (user_id and connection.user_id != user_id):
            raise ApiError(
                ErrorKind("v2", "AUTHENTICATION", "ACCESS_DENIED", 403),
                description="The given token does not provide access to the requested resource.",
            )
        call.grant_or_none = _Grant(connection.user_id, [vehicle_id], connection.scope)
        return True

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
