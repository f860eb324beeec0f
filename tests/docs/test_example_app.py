"""The example web app (examples/webapp/): signing in with Connect, and the vehicle list.

Flask's test client is the browser; the app and Connect are the in-process simulator's (see
``tests/_example_app.py``).
"""

from __future__ import annotations

import dataclasses
import json
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx2
import pytest

from examples import webapp
from examples.webapp import connect as connect_views
from smartcar import _http
from smartcar.testing import Simulator, SimulatorTransport

from .._example_app import (
    LEAF,
    TESLA,
    Setup,
    _query,
    _with_query,
    build,
    code_is_unused,
    local,
    post_form,
    running,
    session_of,
    setup_fixture,  # noqa: F401 - the `setup` fixture: the app on a fresh simulator
    sign_in,
    start_login,
    text_of,
)

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
    assert "<strong>SERVER:internal_error</strong>" in text  # v3 codes come lowercase
    assert f'<a href="/vehicles/{LEAF}">Open</a>' in text
    assert "2021 TESLA Model 3" in text


class _ExtraVehicleId(httpx2.BaseTransport):
    """The simulator, with one more vehicle id in GET /vehicles: one no path may contain."""

    def __init__(self, sim: Simulator) -> None:
        self.inner = SimulatorTransport(sim)

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        response = self.inner.handle_request(request)
        if request.method == "GET" and request.url.path.endswith("/vehicles"):
            body = json.loads(response.read())
            body["vehicles"].append("../admin")
            body["paging"]["count"] += 1
            return httpx2.Response(response.status_code, headers=response.headers, json=body)
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


def test_without_user_id_in_the_redirect_the_user_is_read_from_the_api(setup: Setup) -> None:
    # API v2.0-only Connect: no user_id; GET /user names the user.
    callback_url = _with_query(start_login(setup), user_id=None)
    assert setup.browser.get(local(callback_url)).headers["location"] == "/vehicles"
    user = setup.database.session_user(session_of(setup.browser, setup.app)["sid"])
    assert user is not None and user.smartcar_user_id == setup.sim.user_id
