"""The simulator's Smartcar Connect pages and OAuth token endpoint."""

from __future__ import annotations

import html
from collections.abc import Mapping
from urllib.parse import parse_qsl

from ._data import PERMISSIONS
from ._errors import (
    html_error,
    oauth_error,
)
from ._pipeline import _Pipeline
from ._state import (
    CODE_TTL,
    REFRESH_REUSE_WINDOW,
    SimResponse,
    _Call,
    _Code,
    _ConnectRequest,
    _Redirect,
    _redirect,
    _split_scope,
    _with_query,
)


class _ConnectHandlers(_Pipeline):
    """The simulator's Smartcar Connect pages and OAuth token endpoint."""

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
        # API v3: the redirect names the user (the `sc-user-id` of later calls) alongside code.
        return _with_query(request.redirect_uri, code=code, user_id=self.user_id, state=state)

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
