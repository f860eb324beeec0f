"""The example web app (examples/webapp/) against the simulator, through Flask's test client.

The app talks to the simulator in-process (``SimulatorTransport``); Smartcar Connect is the
simulator's consent page, and every redirect is followed by hand so each step of the OAuth
flow is checked. Webhook deliveries are the simulator's own, signed (``Simulator.send_webhook``).
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode, urljoin, urlsplit, urlunsplit

import httpx
import pytest
from flask import Flask
from flask.testing import FlaskClient
from itsdangerous import BadSignature

import smartcar
from examples import webapp
from examples.webapp import __main__ as webapp_main
from examples.webapp import connect as connect_views
from examples.webapp import serve
from smartcar import _http
from smartcar.testing import Simulator, SimulatorTransport

from . import webhook_deliveries
from ._webapp import webapp_process

APP_ORIGIN = "http://localhost:8000"
HOOK = APP_ORIGIN + "/webhooks/smartcar"
CONNECT = "https://connect.smartcar.com"
TESLA = "36ab27d0-fd9d-4455-823a-ce30af709ffc"
LEAF = "8fa3f1ce-0e5c-4a0c-9d5b-4c3c54d0a0c2"
SECRET = b"test-secret-key-0123456789"
VW_VEHICLE = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"  # of the real-shaped deliveries


@dataclasses.dataclass
class Setup:
    sim: Simulator
    auth_client: smartcar.AuthClient
    app: Flask
    database: webapp.Database
    browser: FlaskClient
    connect: httpx.Client
    webhook_client: httpx.Client


def build(sim: Simulator, tmp_path: Path, **options: Any) -> tuple[Flask, smartcar.AuthClient]:
    origins = smartcar.Origins()  # the real API's URLs, whatever the environment says
    auth_client = smartcar.AuthClient(
        sim.client_id,
        sim.client_secret,
        "http://localhost:8000/callback",
        transport=SimulatorTransport(sim),
        origins=origins,
    )
    v3 = smartcar.App(
        sim.client_id, sim.client_secret, transport=SimulatorTransport(sim), origins=origins
    )
    database = webapp.Database(str(tmp_path / "example.sqlite3"))
    options.setdefault("webhook_tokens", [sim.management_token])
    options.setdefault("secret_key", SECRET)
    app = webapp.create_app(auth_client, v3, database, **options)
    return app, auth_client


@contextlib.contextmanager
def running(sim: Simulator, tmp_path: Path, *, simulator_mode: bool = True) -> Iterator[Setup]:
    """The app on ``sim``; in simulator mode, with the test delivery button."""
    holder: dict[str, httpx.Client] = {}

    def test_delivery(vehicle_id: str) -> int:
        return sim.send_webhook(HOOK, vehicle_id, client=holder["hooks"]).status_code

    app, auth_client = build(sim, tmp_path, test_delivery=test_delivery if simulator_mode else None)
    # smartcar.paging.vehicles and get_user use the SDK's shared client: route it in-process.
    _http.set_transport_override(SimulatorTransport(sim))
    hooks = holder["hooks"] = httpx.Client(transport=httpx.WSGITransport(app=app))
    connect = httpx.Client(transport=SimulatorTransport(sim))
    browser = app.test_client()
    try:
        yield Setup(
            sim, auth_client, app, webapp.services_of(app).database, browser, connect, hooks
        )
    finally:
        hooks.close()
        connect.close()
        auth_client.close()
        _http.set_transport_override(None)


@pytest.fixture
def setup(tmp_path: Path) -> Iterator[Setup]:
    with running(Simulator(redirect_uri="http://localhost:8000/callback"), tmp_path) as s:
        yield s


class _FormParser(HTMLParser):
    """The forms of a page: each one's action and fields, and the first one's buttons."""

    def __init__(self) -> None:
        super().__init__()
        self.forms: dict[str, dict[str, str]] = {}
        self._action: str | None = None
        self.buttons: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form":
            self._action = a.get("action", "")
            self.forms.setdefault(self._action, {})
        elif tag == "input" and a.get("type") == "hidden" and self._action is not None:
            self.forms[self._action][a["name"]] = a.get("value", "")
        elif tag == "button" and a.get("type") == "submit" and "value" in a:
            self.buttons[a["value"]] = a["name"]


def forms(html: str) -> _FormParser:
    parser = _FormParser()
    parser.feed(html)
    return parser


def _query(url: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}


def _with_query(url: str, **changes: str | None) -> str:
    parts = urlsplit(url)
    query = _query(url)
    for name, value in changes.items():
        if value is None:
            query.pop(name, None)
        else:
            query[name] = value
    return urlunsplit(parts._replace(query=urlencode(query)))


def local(url: str) -> str:
    """The path and query of an app URL, as the test client takes it."""
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def start_login(s: Setup, decision: str = "approve", browser: FlaskClient | None = None) -> str:
    """/login, then Connect's consent page as a user would submit it; the callback URL."""
    login = (browser or s.browser).get("/login")
    assert login.status_code == 302
    connect_url = login.headers["location"]
    assert connect_url.startswith(f"{CONNECT}/oauth/authorize?")
    params = _query(connect_url)
    assert params["redirect_uri"] == f"{APP_ORIGIN}/callback"
    assert set(webapp.SCOPE) <= set(params["scope"].split())
    consent = s.connect.get(connect_url)
    assert consent.status_code == 200
    page = forms(consent.text)
    action, fields = next(iter(page.forms.items()))
    assert fields["state"] == params["state"]
    submitted = s.connect.post(
        urljoin(connect_url, action), data={**fields, page.buttons[decision]: decision}
    )
    assert submitted.status_code == 302
    callback = submitted.headers["location"]
    assert callback.startswith(f"{APP_ORIGIN}/callback?")
    return callback


def sign_in(s: Setup) -> None:
    callback = s.browser.get(local(start_login(s)))
    assert callback.status_code == 302, callback.text
    assert callback.headers["location"] == "/vehicles"


def session_of(browser: FlaskClient, app: Flask) -> dict[str, Any]:
    """The decoded (signed) session cookie of a browser."""
    cookie = browser.get_cookie(webapp.SESSION_COOKIE)
    if cookie is None:
        return {}
    serializer = app.session_interface.get_signing_serializer(app)  # type: ignore[attr-defined]
    try:
        return dict(serializer.loads(cookie.value))
    except BadSignature:  # not this app's: the app ignores it too
        return {}


def code_is_unused(s: Setup, callback_url: str) -> bool:
    """Whether the app left the code alone: a code can be exchanged only once."""
    try:
        s.auth_client.exchange_code(_query(callback_url)["code"])
    except smartcar.OAuthError:
        return False
    return True


def post_form(s: Setup, page_path: str, action: str, **fields: str) -> Any:
    """Submit one of a page's forms, with its hidden fields (the CSRF token)."""
    page = s.browser.get(page_path)
    assert page.status_code == 200
    hidden = forms(page.text).forms[action]
    return s.browser.post(action, data={**hidden, **fields})


def text_of(response: Any) -> str:
    return str(response.get_data(as_text=True))


# -- Connect --------------------------------------------------------------------------------------


def test_connect_flow_stores_the_user_and_lists_the_vehicles(setup: Setup) -> None:
    anonymous = setup.browser.get("/")
    assert anonymous.status_code == 200
    assert 'href="/login"' in text_of(anonymous)

    callback_url = start_login(setup)
    assert _query(callback_url)["user_id"] == setup.sim.user_id
    callback = setup.browser.get(local(callback_url))
    assert callback.status_code == 302
    assert callback.headers["location"] == "/vehicles"
    # The tokens stay on the server: the signed cookie holds only a random session id.
    session = session_of(setup.browser, setup.app)
    user = setup.database.session_user(session["sid"])
    assert user is not None and user.smartcar_user_id == setup.sim.user_id
    cookie = setup.browser.get_cookie(webapp.SESSION_COOKIE)
    assert cookie is not None and user.access.access_token not in cookie.value
    assert user.access.access_token not in json.dumps(session)

    page = setup.browser.get("/vehicles")
    assert page.status_code == 200
    text = text_of(page)
    assert f'<a href="/vehicles/{TESLA}">2021 TESLA Model 3</a>' in text
    assert f'<a href="/vehicles/{LEAF}">2019 NISSAN LEAF</a>' in text
    assert 'class="error"' not in text
    assert 'href="/vehicles"' in text_of(setup.browser.get("/"))


def test_session_cookie_is_signed_httponly_and_lax(setup: Setup) -> None:
    login = setup.browser.get("/login")
    state = _query(login.headers["location"])["state"]
    assert len(state) >= 32
    cookie = login.headers["set-cookie"]
    name_value, *attributes = [part.strip() for part in cookie.split(";")]
    assert name_value.startswith(f"{webapp.SESSION_COOKIE}=")
    assert "HttpOnly" in attributes and "SameSite=Lax" in attributes and "Path=/" in attributes
    assert "Secure" not in attributes  # plain http://localhost
    assert session_of(setup.browser, setup.app)["state"] == state
    # Each login gets its own unguessable state.
    assert _query(setup.browser.get("/login").headers["location"])["state"] != state


def test_session_cookie_is_secure_over_https(setup: Setup) -> None:
    with setup.app.test_client() as browser:
        login = browser.get("/login", base_url="https://localhost")
        assert "; Secure" in login.headers["set-cookie"]


def test_every_page_is_uncached_unframed_and_script_free(setup: Setup) -> None:
    headers = setup.browser.get("/").headers
    assert headers["Cache-Control"] == "no-store"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert "default-src 'none'" in headers["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]


def _assert_rejected(s: Setup, response: Any, callback_url: str) -> None:
    assert response.status_code == 400
    assert "Sign-in rejected" in text_of(response)
    assert "sid" not in session_of(s.browser, s.app)
    assert s.browser.get("/vehicles").headers["location"] == "/"
    assert code_is_unused(s, callback_url)


def test_tampered_state_is_rejected_without_exchanging_the_code(setup: Setup) -> None:
    callback_url = start_login(setup)
    response = setup.browser.get(local(_with_query(callback_url, state="attacker-state")))
    assert "another sign-in attempt" in text_of(response)
    _assert_rejected(setup, response, callback_url)


def test_missing_state_parameter_is_rejected(setup: Setup) -> None:
    callback_url = start_login(setup)
    response = setup.browser.get(local(_with_query(callback_url, state=None)))
    assert "no state" in text_of(response)
    _assert_rejected(setup, response, callback_url)


def test_callback_in_a_browser_without_the_sign_in_is_rejected(setup: Setup) -> None:
    # Login CSRF: the attacker's own callback URL, opened in the victim's browser.
    callback_url = start_login(setup)
    victim = setup.app.test_client()
    response = victim.get(local(callback_url))
    assert response.status_code == 400
    assert "no sign-in in progress" in text_of(response)
    assert "sid" not in session_of(victim, setup.app)
    assert code_is_unused(setup, callback_url)


def test_a_session_signed_with_another_key_is_ignored(setup: Setup, tmp_path: Path) -> None:
    # A cookie the attacker signed with their own key cannot choose the state.
    (tmp_path / "other").mkdir()
    other, client = build(Simulator(), tmp_path / "other", secret_key=b"another-key-0123456789")
    forged = other.test_client()
    forged.get("/login")
    cookie = forged.get_cookie(webapp.SESSION_COOKIE)
    client.close()
    assert cookie is not None
    callback_url = start_login(setup)
    setup.browser.set_cookie(webapp.SESSION_COOKIE, cookie.value)
    state = session_of(forged, other)["state"]
    response = setup.browser.get(local(_with_query(callback_url, state=state)))
    assert "no sign-in in progress" in text_of(response)
    _assert_rejected(setup, response, callback_url)


def test_expired_state_is_rejected(setup: Setup, monkeypatch: pytest.MonkeyPatch) -> None:
    callback_url = start_login(setup)
    later = time.time() + webapp.STATE_MAX_AGE + 5
    monkeypatch.setattr(connect_views.time, "time", lambda: later)
    response = setup.browser.get(local(callback_url))
    assert "took too long" in text_of(response)
    monkeypatch.undo()
    _assert_rejected(setup, response, callback_url)


def test_state_is_single_use(setup: Setup) -> None:
    callback_url = start_login(setup)
    assert setup.browser.get(local(callback_url)).status_code == 302
    assert setup.browser.get(local(callback_url)).status_code == 400


def test_a_callback_with_another_state_keeps_the_sign_in_in_progress(setup: Setup) -> None:
    callback_url = start_login(setup)
    forged = setup.browser.get(local(_with_query(callback_url, state="attacker", code="x")))
    assert forged.status_code == 400
    assert setup.browser.get(local(_with_query(callback_url, state=None))).status_code == 400
    response = setup.browser.get(local(callback_url))
    assert response.status_code == 302
    assert response.headers["location"] == "/vehicles"


def test_access_denied_shows_a_friendly_page(setup: Setup) -> None:
    callback_url = start_login(setup, decision="deny")
    assert _query(callback_url)["error"] == "access_denied"
    response = setup.browser.get(local(callback_url))
    assert response.status_code == 200
    assert "You chose not to share your car" in text_of(response)
    assert "sid" not in session_of(setup.browser, setup.app)


def test_other_connect_errors_are_shown_escaped(setup: Setup) -> None:
    callback_url = start_login(setup, decision="deny")
    response = setup.browser.get(
        local(
            _with_query(callback_url, error="<b>no_vehicles</b>", error_description="<img src=x>")
        )
    )
    text = text_of(response)
    assert response.status_code == 400
    assert "&lt;b&gt;no_vehicles&lt;/b&gt;" in text and "&lt;img src=x&gt;" in text
    assert "<b>" not in text and "<img" not in text


def test_signing_in_again_replaces_the_session(setup: Setup) -> None:
    sign_in(setup)
    first = session_of(setup.browser, setup.app)["sid"]
    sign_in(setup)
    assert session_of(setup.browser, setup.app)["sid"] != first
    assert setup.database.session_user(first) is None


def test_sign_out_takes_a_post_with_the_csrf_token(setup: Setup) -> None:
    sign_in(setup)
    sid = session_of(setup.browser, setup.app)["sid"]
    # A GET (a link or an image elsewhere) only asks for confirmation.
    assert setup.browser.get("/logout").status_code == 200
    assert setup.browser.post("/logout").status_code == 400  # no CSRF token
    assert setup.database.session_user(sid) is not None

    response = post_form(setup, "/logout", "/logout")
    assert response.status_code == 302 and response.headers["location"] == "/"
    assert setup.database.session_user(sid) is None
    assert setup.browser.get("/vehicles").headers["location"] == "/"


# -- the vehicle list -----------------------------------------------------------------------------


def test_vehicle_data_is_html_escaped(setup: Setup) -> None:
    setup.sim.state(TESLA).model = "<script>x</script>"
    sign_in(setup)
    for path in ("/vehicles", f"/vehicles/{TESLA}"):
        text = text_of(setup.browser.get(path))
        assert "TESLA &lt;script&gt;x&lt;/script&gt;" in text
        assert "<script>" not in text


def test_a_vehicle_without_attributes_is_an_error_in_its_row(setup: Setup) -> None:
    sign_in(setup)
    setup.sim.fail_next("SERVER:INTERNAL", vehicle_id=LEAF, times=3)
    text = text_of(setup.browser.get("/vehicles"))
    assert "<strong>SERVER:INTERNAL</strong>" in text
    assert f'<a href="/vehicles/{LEAF}">Open</a>' in text
    assert "2021 TESLA Model 3" in text


class _ExtraVehicleId(httpx.BaseTransport):
    """The simulator, with one more vehicle id in GET /vehicles: one no path may contain."""

    def __init__(self, sim: Simulator) -> None:
        self.inner = SimulatorTransport(sim)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if request.method == "GET" and request.url.path.endswith("/vehicles"):
            body = json.loads(response.read())
            body["vehicles"].append("../admin")
            body["paging"]["count"] += 1
            return httpx.Response(response.status_code, headers=response.headers, json=body)
        return response


def test_a_vehicle_id_that_fails_the_path_checks_is_a_row_error(setup: Setup) -> None:
    sign_in(setup)
    _http.set_transport_override(_ExtraVehicleId(setup.sim))
    page = setup.browser.get("/vehicles")
    assert page.status_code == 200
    text = text_of(page)
    row = next(r for r in text.split("<tr>") if "<code>../admin</code>" in r)
    assert "<strong>SDK_ERROR</strong> vehicle_id contains" in row
    assert 'href="/vehicles/../admin"' not in text
    assert "2021 TESLA Model 3" in text  # the other rows still load


def test_the_vehicle_list_follows_every_page(tmp_path: Path) -> None:
    sim = Simulator(redirect_uri="http://localhost:8000/callback", extra_vehicles=52)
    with running(sim, tmp_path) as s:
        sign_in(s)
        text = text_of(s.browser.get("/vehicles"))
    assert len(sim.vehicle_ids) == 57  # two pages of at most 50
    assert all(f"<code>{vid}</code>" in text for vid in sim.vehicle_ids)


def test_expired_tokens_are_refreshed_and_saved(setup: Setup) -> None:
    sign_in(setup)
    sid = session_of(setup.browser, setup.app)["sid"]
    before = setup.database.session_user(sid)
    assert before is not None
    expired = dataclasses.replace(
        before.access, expiration=datetime.now(UTC) - timedelta(minutes=1)
    )
    setup.database.save_access(before.id, expired)
    assert setup.browser.get("/vehicles").status_code == 200
    after = setup.database.session_user(sid)
    assert after is not None
    assert after.access.refresh_token != before.access.refresh_token
    assert not after.access.is_expired()


def test_revoked_access_asks_to_reconnect(setup: Setup) -> None:
    sign_in(setup)
    sid = session_of(setup.browser, setup.app)["sid"]
    setup.sim.reset()  # forgets every token, as revoking the app in Smartcar's dashboard does
    page = setup.browser.get("/vehicles")
    assert page.status_code == 200 and "Please reconnect" in text_of(page)
    assert setup.database.session_user(sid) is None


# -- a vehicle's page: API v3 signals and commands ------------------------------------------------


def test_the_vehicle_page_reads_signals_through_api_v3(setup: Setup) -> None:
    sign_in(setup)
    page = setup.browser.get(f"/vehicles/{TESLA}")
    assert page.status_code == 200
    text = text_of(page)
    assert "<title>2021 TESLA Model 3</title>" in text
    assert "<td>odometer-traveleddistance</td><td>104032.0 kilometers</td>" in text
    assert "<td>location-preciselocation</td><td>37.4292, -122.1381</td>" in text
    assert "<td>tractionbattery-stateofcharge</td><td>63.0 percent</td>" in text
    assert "<td>closure-islocked</td><td>True</td>" in text
    assert "No webhook delivery for this vehicle yet." in text


def test_another_users_vehicle_has_no_page_and_takes_no_command(setup: Setup) -> None:
    sign_in(setup)
    setup.browser.get("/vehicles")  # records the user's vehicles
    with setup.app.app_context():
        user = setup.database.session_user(session_of(setup.browser, setup.app)["sid"])
    assert user is not None
    setup.database.set_vehicles(user.id, [LEAF])  # the Tesla is no longer this user's
    assert setup.browser.get(f"/vehicles/{TESLA}").status_code == 404
    token = forms(text_of(setup.browser.get(f"/vehicles/{LEAF}"))).forms
    csrf = next(iter(token.values()))["csrf_token"]
    was = setup.sim.state(TESLA).is_locked
    response = setup.browser.post(f"/vehicles/{TESLA}/commands/unlock", data={"csrf_token": csrf})
    assert response.status_code == 404
    assert setup.sim.state(TESLA).is_locked is was
    assert setup.browser.get("/vehicles/nope").status_code == 404
    assert setup.browser.get("/nope").status_code == 404


def command(s: Setup, name: str, vehicle_id: str = TESLA, **fields: str) -> str:
    """Click one of the vehicle page's command buttons; the page it leads back to."""
    page = f"/vehicles/{vehicle_id}"
    response = post_form(s, page, f"{page}/commands/{name}", **fields)
    assert response.status_code == 302 and response.headers["location"] == page
    return text_of(s.browser.get(page))


def test_lock_and_unlock(setup: Setup) -> None:
    sign_in(setup)
    text = command(setup, "unlock")
    assert "security-unlock: SUCCESS" in text
    assert setup.sim.state(TESLA).is_locked is False
    assert "<td>closure-islocked</td><td>False</td>" in text
    text = command(setup, "lock")
    assert "security-lock: SUCCESS" in text
    assert setup.sim.state(TESLA).is_locked is True


def test_charging_controls(setup: Setup) -> None:
    sign_in(setup)
    state = setup.sim.state(TESLA)
    assert "SUCCESS" in command(setup, "stop-charge")
    assert state.charge_state != "CHARGING"
    assert "SUCCESS" in command(setup, "start-charge")
    assert state.charge_state == "CHARGING"
    text = command(setup, "charge-limit", percent="90")
    assert "SUCCESS" in text and state.charge_limit == pytest.approx(0.9)
    assert "<td>charge-activelimit</td><td>90.0 percent</td>" in text


@pytest.mark.parametrize("percent", ["30", "101", "eighty", ""])
def test_a_charge_limit_out_of_range_is_refused_before_any_request(
    setup: Setup, percent: str
) -> None:
    sign_in(setup)
    text = command(setup, "charge-limit", percent=percent)
    assert 'class="flash error"' in text and "The charge limit must be" in text
    assert setup.sim.state(TESLA).charge_limit == pytest.approx(0.8)


def test_a_failed_command_shows_smartcars_error(setup: Setup) -> None:
    sign_in(setup)
    setup.sim.fail_next("VEHICLE_STATE:ASLEEP", path="/commands/security/unlock")
    text = command(setup, "unlock")
    assert "VEHICLE_STATE:ASLEEP: The vehicle is in a sleep state" in text
    assert setup.sim.state(TESLA).is_locked is True


def test_commands_need_the_sessions_csrf_token(setup: Setup) -> None:
    sign_in(setup)
    url = f"/vehicles/{TESLA}/commands/unlock"
    assert setup.browser.post(url).status_code == 400
    assert setup.browser.post(url, data={"csrf_token": "guess"}).status_code == 400
    # Another browser's token is no good in this one.
    other = setup.app.test_client()
    other_token = forms(text_of(other.get("/logout"))).forms["/logout"]["csrf_token"]
    assert setup.browser.post(url, data={"csrf_token": other_token}).status_code == 400
    assert setup.sim.state(TESLA).is_locked is True


def test_signed_out_browsers_are_sent_home(setup: Setup) -> None:
    for path in ("/vehicles", f"/vehicles/{TESLA}"):
        response = setup.browser.get(path)
        assert response.status_code == 302 and response.headers["location"] == "/"


# -- webhooks -------------------------------------------------------------------------------------


def test_a_signed_delivery_updates_the_vehicle_page(setup: Setup) -> None:
    sign_in(setup)
    answer = setup.sim.send_webhook(HOOK, TESLA, client=setup.webhook_client)
    assert answer.status_code == 200
    text = text_of(setup.browser.get(f"/vehicles/{TESLA}"))
    latest = text.split('id="webhook-signals"')[1]
    assert "<td>closure-islocked</td><td>True</td><td>SUCCESS</td>" in latest
    assert "<td>tractionbattery-stateofcharge</td><td>63.0 percent</td>" in latest

    setup.sim.state(TESLA).is_locked = False
    body, headers = setup.sim.webhook_delivery(TESLA, codes=["closure-islocked"])
    assert setup.webhook_client.post(HOOK, content=body, headers=headers).status_code == 200
    latest = text_of(setup.browser.get(f"/vehicles/{TESLA}")).split('id="webhook-signals"')[1]
    assert "<td>closure-islocked</td><td>False</td>" in latest


def test_a_retried_delivery_is_handled_once(setup: Setup) -> None:
    first, first_headers = setup.sim.webhook_delivery(TESLA, codes=["closure-islocked"])
    setup.sim.state(TESLA).is_locked = False
    second, second_headers = setup.sim.webhook_delivery(TESLA, codes=["closure-islocked"])
    for body, headers in ((first, first_headers), (second, second_headers), (first, first_headers)):
        assert setup.webhook_client.post(HOOK, content=body, headers=headers).status_code == 200
    # The retry of the first event came last, but it was handled already: False stays.
    [stored] = setup.database.latest_signals(TESLA)
    assert stored.body == {"value": False}


def test_a_delivery_with_a_bad_signature_is_refused_and_not_stored(setup: Setup) -> None:
    body, headers = setup.sim.webhook_delivery(TESLA)
    forged = {**headers, "SC-Signature": "0" * 64}
    response = setup.webhook_client.post(HOOK, content=body, headers=forged)
    assert response.status_code == 401
    unsigned = {"Content-Type": "application/json"}
    assert setup.webhook_client.post(HOOK, content=body, headers=unsigned).status_code == 401
    signed = {"SC-Signature": smartcar.webhooks.hash_challenge(setup.sim.management_token, "{")}
    assert setup.webhook_client.post(HOOK, content=b"{", headers=signed).status_code == 400
    assert setup.database.latest_signals(TESLA) == []


def test_verify_is_answered(setup: Setup) -> None:
    verify = b'{"eventType":"VERIFY","data":{"challenge":"abc123"}}'
    response = setup.webhook_client.post(
        HOOK, content=verify, headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 200
    expected = smartcar.webhooks.hash_challenge(setup.sim.management_token, "abc123")
    assert response.json() == {"challenge": expected}


def test_without_a_management_token_there_is_no_webhook_endpoint(tmp_path: Path) -> None:
    sim = Simulator()
    app, auth_client = build(sim, tmp_path, webhook_tokens=[])
    body, headers = sim.webhook_delivery(TESLA)
    assert (
        app.test_client().post("/webhooks/smartcar", data=body, headers=headers).status_code == 404
    )
    auth_client.close()


def test_the_simulators_test_delivery_button(setup: Setup) -> None:
    sign_in(setup)
    page = f"/vehicles/{TESLA}"
    assert setup.browser.post(f"{page}/test-delivery").status_code == 400  # CSRF
    command(setup, "unlock")
    response = post_form(setup, page, f"{page}/test-delivery")
    assert response.status_code == 302
    text = text_of(setup.browser.get(page))
    assert "The simulator sent a signed webhook delivery" in text
    assert (
        "<td>closure-islocked</td><td>False</td><td>SUCCESS</td>"
        in text.split('id="webhook-signals"')[1]
    )


def test_outside_simulator_mode_there_is_no_test_delivery(tmp_path: Path) -> None:
    sim = Simulator(redirect_uri="http://localhost:8000/callback")
    with running(sim, tmp_path, simulator_mode=False) as s:
        sign_in(s)
        page = text_of(s.browser.get(f"/vehicles/{TESLA}"))
        assert "test-delivery" not in page
        csrf = forms(page).forms["/logout"]["csrf_token"]
        url = f"/vehicles/{TESLA}/test-delivery"
        assert s.browser.post(url, data={"csrf_token": csrf}).status_code == 404


def test_the_delivery_store_remembers_keys_for_their_ttl(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = webapp.SQLiteDeliveryStore(webapp.Database(str(tmp_path / "d.sqlite3")))
    assert isinstance(store, smartcar.webhooks.DeliveryStore)
    assert store.add_if_absent("a", 60) is True
    assert store.add_if_absent("a", 60) is False
    assert store.add_if_absent("b", 60) is True
    # A second process on the same file shares what was seen.
    again = webapp.SQLiteDeliveryStore(webapp.Database(str(tmp_path / "d.sqlite3")))
    assert again.add_if_absent("a", 60) is False
    later = time.time() + 61
    monkeypatch.setattr(time, "time", lambda: later)
    assert again.add_if_absent("a", 60) is True


# -- the simulator's deliveries -------------------------------------------------------------------


def test_simulator_deliveries_are_signed_v4_events_in_the_real_shape() -> None:
    sim = Simulator()
    sim.connect([TESLA], user_id="user-1")
    body, headers = sim.webhook_delivery(TESLA, codes=["closure-islocked", "charge-activelimit"])
    # Strict: every member has the type Smartcar's deliveries have.
    event = smartcar.webhooks.receive(body, headers, sim.management_token, strict=True).event
    assert event.event_type == "VEHICLE_STATE" and event.vehicle_id == TESLA
    assert event.user_id == "user-1"
    assert [t.signal.code for t in event.triggers if t.signal] == ["closure-islocked"]
    assert [s.code for s in event.signals] == ["closure-islocked", "charge-activelimit"]
    assert event.meta.version == "4.0" and event.meta.signal_count == 2
    with pytest.raises(smartcar.WebhookSignatureError):
        smartcar.webhooks.receive(body, headers, "another-token")
    # Each call is a new event.
    again = smartcar.webhooks.receive(*sim.webhook_delivery(TESLA), sim.management_token).event
    assert again.event_id != event.event_id
    with pytest.raises(ValueError, match="no signal"):
        sim.webhook_delivery(TESLA, codes=["internalcombustionengine-fuellevel"])
    with pytest.raises(KeyError):
        sim.webhook_delivery("no-such-vehicle")


# -- running it: python -m examples.webapp --------------------------------------------------------

try:  # pytest-recording blocks sockets under --block-network; these tests need loopback.
    import pytest_recording  # noqa: F401
except ImportError:  # pragma: no cover - only without the dev dependencies
    allow_loopback: Any = lambda f: f  # noqa: E731
else:
    allow_loopback = pytest.mark.block_network(allowed_hosts=["127.0.0.1", "localhost"])

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@allow_loopback
def test_simulator_mode_points_every_origin_at_the_simulator(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for variable in serve.ORIGIN_VARIABLES:
        monkeypatch.setenv(variable, "http://unused.invalid")  # restored after the test
    port = free_port()
    running = serve.start_simulator(8000, port)
    try:
        assert running.server.url == f"http://127.0.0.1:{port}"
        for variable in serve.ORIGIN_VARIABLES:
            assert os.environ[variable] == running.server.url
        app = webapp.create_app(
            running.auth_client, running.v3, webapp.Database(str(tmp_path / "db.sqlite3"))
        )
        browser = app.test_client()
        with httpx.Client() as user:
            connect_url = browser.get("/login").headers["location"]
            assert connect_url.startswith(f"{running.server.url}/oauth/authorize?")
            approved = user.get(
                f"{running.server.url}/oauth/authorize/approve",
                params={**_query(connect_url), "decision": "approve"},
            )
            callback = browser.get(local(approved.headers["location"]))
            assert callback.headers["location"] == "/vehicles"
            assert "2021 TESLA Model 3" in text_of(browser.get("/vehicles"))
            assert "104032.0 kilometers" in text_of(browser.get(f"/vehicles/{TESLA}"))
    finally:
        running.close()
        _http.close_shared_clients()  # its keep-alive connections point at the stopped server


def test_the_simulator_port_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SMARTCAR_SIMULATOR_PORT", raising=False)
    assert serve.simulator_port() == 0
    monkeypatch.setenv("SMARTCAR_SIMULATOR_PORT", "8765")
    assert serve.simulator_port() == 8765
    monkeypatch.setenv("SMARTCAR_SIMULATOR_PORT", "http://x")
    with pytest.raises(ValueError, match="SMARTCAR_SIMULATOR_PORT"):
        serve.simulator_port()


def test_without_credentials_main_explains_what_to_set(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for variable in ("SMARTCAR_CLIENT_ID", "SMARTCAR_CLIENT_SECRET", "SMARTCAR_API_CLIENT_ID"):
        monkeypatch.delenv(variable, raising=False)
    assert webapp_main.main([]) == 2
    out = capsys.readouterr().out
    assert "SMARTCAR_CLIENT_ID" in out and "--simulator" in out


def test_the_module_runs_from_the_repository_root() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "examples.webapp", "--help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "--simulator" in done.stdout and "SMARTCAR_SIMULATOR_PORT" in done.stdout


@pytest.fixture
def served(setup: Setup) -> Iterator[str]:
    """The app on a loopback port, served the way main() serves it."""
    server = serve.make_app_server("127.0.0.1", 0, setup.app)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(10)


@allow_loopback
def test_the_request_log_never_shows_codes_or_states(
    setup: Setup, served: str, capsys: pytest.CaptureFixture[str]
) -> None:
    callback_url = start_login(setup)
    query = _query(callback_url)
    with httpx.Client(base_url=served, timeout=10) as browser:
        browser.get(local(callback_url))
        browser.get("/does-not-exist?code=other-code&state=other-state")
    # wsgiref writes a request's log line after the response has gone out, so the client can
    # be ahead of the server's thread: collect the log until both lines are in (or give up).
    log = ""
    deadline = time.monotonic() + 10
    while not ("GET /callback" in log and "/does-not-exist" in log) and time.monotonic() < deadline:
        log += capsys.readouterr().err
        time.sleep(0.01)
    assert "GET /callback?..." in log and "/does-not-exist?..." in log  # it still logs
    for secret in (query["code"], query["state"], "other-code", "other-state"):
        assert secret not in log


@allow_loopback
def test_a_half_open_client_does_not_block_the_others(served: str) -> None:
    port = int(served.rsplit(":", 1)[1])
    # A client that sends half a request line and then nothing: a single-threaded server
    # would wait on it for ever, and every other browser with it.
    with socket.create_connection(("127.0.0.1", port), timeout=10) as stalled:
        stalled.sendall(b"GET / HT")
        answer = httpx.get(served + "/", timeout=5)
        assert answer.status_code == 200
        assert "Connect your car" in answer.text


@allow_loopback
def test_the_readme_command_serves_the_app() -> None:
    """`.venv/bin/python -m examples.webapp --simulator`, as the READMEs have it."""
    port = free_port()
    with webapp_process(port) as simulator:
        assert simulator.startswith("http://127.0.0.1:")
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=10) as browser:
            assert "Connect your car" in browser.get("/").text
            login = browser.get("/login")
            assert login.headers["location"].startswith(f"{simulator}/oauth/authorize?")


def test_a_vehicle_error_is_stored_against_its_signals(setup: Setup) -> None:
    body = webhook_deliveries.VW_ERROR
    headers = {"SC-Signature": smartcar.webhooks.hash_challenge(setup.sim.management_token, body)}
    assert setup.webhook_client.post(HOOK, content=body, headers=headers).status_code == 200
    stored = {s.code: s.status for s in setup.database.latest_signals(VW_VEHICLE)}
    assert stored == {
        "tractionbattery-stateofcharge": "ERROR CONNECTED_SERVICES_ACCOUNT:AUTHENTICATION_FAILED",
        "tractionbattery-range": "ERROR CONNECTED_SERVICES_ACCOUNT:AUTHENTICATION_FAILED",
        "charge-chargelimits": "ERROR COMPATIBILITY:-",
    }


def test_a_failed_signal_read_leaves_the_rest_of_the_page(setup: Setup) -> None:
    sign_in(setup)
    setup.sim.fail_next("VEHICLE_STATE:ASLEEP", path="/signals")
    page = setup.browser.get(f"/vehicles/{TESLA}")
    assert page.status_code == 200
    text = text_of(page)
    assert "<strong>VEHICLE_STATE:ASLEEP</strong>" in text
    assert "No signals could be read." in text
    assert "<title>2021 TESLA Model 3</title>" in text and "Unlock</button>" in text


def test_the_charge_limit_form_starts_at_the_current_limit(setup: Setup) -> None:
    sign_in(setup)
    assert 'name="percent" type="number" min="50" max="100" step="1" value="80"' in text_of(
        setup.browser.get(f"/vehicles/{TESLA}")
    )
    assert 'step="1" value="90"' in command(setup, "charge-limit", percent="90%")


def test_without_user_id_in_the_redirect_the_user_is_read_from_the_api(setup: Setup) -> None:
    # API v2.0-only Connect: no user_id; GET /user names the user.
    callback_url = _with_query(start_login(setup), user_id=None)
    assert setup.browser.get(local(callback_url)).headers["location"] == "/vehicles"
    user = setup.database.session_user(session_of(setup.browser, setup.app)["sid"])
    assert user is not None and user.smartcar_user_id == setup.sim.user_id


def test_a_test_delivery_that_cannot_reach_the_app_is_reported(tmp_path: Path) -> None:
    sim = Simulator(redirect_uri="http://localhost:8000/callback")
    with running(sim, tmp_path) as s:
        sign_in(s)

        def unreachable(vehicle_id: str) -> int:
            raise httpx.ConnectError("connection refused")

        webapp.services_of(s.app).test_delivery = unreachable
        page = f"/vehicles/{TESLA}"
        assert post_form(s, page, f"{page}/test-delivery").status_code == 302
        text = text_of(s.browser.get(page))
        assert "could not reach the webhook endpoint: connection refused" in text


def test_main_against_the_real_api_reads_its_configuration(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    for name, value in {
        "SMARTCAR_CLIENT_ID": "client-id",
        "SMARTCAR_CLIENT_SECRET": "client-secret",
        "SMARTCAR_REDIRECT_URI": "http://localhost:8000/callback",
        "SMARTCAR_API_CLIENT_ID": "client_api",
        "SMARTCAR_API_CLIENT_SECRET": "api-secret",
        "SMARTCAR_MANAGEMENT_TOKEN": "new-amt, old-amt",
        "SMARTCAR_EXAMPLE_SECRET_KEY": "a-secret-key-of-the-deployment",
    }.items():
        monkeypatch.setenv(name, value)
    built: list[Flask] = []

    class Server:
        def __init__(self, host: str, port: int, app: Flask) -> None:
            assert (host, port) == ("localhost", 8000)
            built.append(app)

        def __enter__(self) -> Server:
            return self

        def __exit__(self, *exc: object) -> None:
            pass

        def serve_forever(self) -> None:
            raise KeyboardInterrupt  # Ctrl+C

    monkeypatch.setattr(webapp_main, "make_app_server", Server)
    assert webapp_main.main([]) == 0
    [app] = built
    svc = webapp.services_of(app)
    assert svc.webhook_tokens == ["new-amt", "old-amt"]
    assert svc.test_delivery is None
    assert app.config["SECRET_KEY"] == b"a-secret-key-of-the-deployment"
    assert svc.database.path == webapp_main.DEFAULT_DATABASE
    assert (tmp_path / webapp_main.DEFAULT_DATABASE).exists()
