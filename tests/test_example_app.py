"""The example web app (examples/webapp.py) connects a car through the simulator, safely.

The app runs in-process through ``httpx2.WSGITransport`` (the "browser"), Smartcar Connect is
the simulator's consent page reached through ``SimulatorTransport``, and every redirect is
followed by hand so each step of the OAuth flow is checked.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import parse_qs, urlencode, urljoin, urlsplit, urlunsplit

import httpx2
import pytest

import smartcar
from smartcar import _http
from smartcar.testing import (
    DEFAULT_CLIENT_ID,
    DEFAULT_CLIENT_SECRET,
    DEFAULT_REDIRECT_URI,
    Simulator,
    SimulatorTransport,
)

try:  # pytest-recording blocks sockets under --block-network; one test needs loopback.
    import pytest_recording  # noqa: F401
except ImportError:  # pragma: no cover - only without the dev dependencies
    allow_loopback: Any = lambda f: f  # noqa: E731
else:
    allow_loopback = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "webapp.py"
APP_ORIGIN = "http://localhost:8000"
CONNECT = "https://connect.smartcar.com"
TESLA = "36ab27d0-fd9d-4455-823a-ce30af709ffc"
LEAF = "8fa3f1ce-0e5c-4a0c-9d5b-4c3c54d0a0c2"


def _load_example() -> ModuleType:
    # examples/ is not a package: load the script by path, as `python examples/webapp.py` would,
    # with its folder on sys.path, where the script finds its pages (webapp_pages.py).
    if str(EXAMPLE.parent) not in sys.path:
        sys.path.insert(0, str(EXAMPLE.parent))
    spec = importlib.util.spec_from_file_location("smartcar_example_webapp", EXAMPLE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


webapp = _load_example()


@dataclasses.dataclass
class Setup:
    sim: Simulator
    auth_client: smartcar.AuthClient
    app: Any
    browser: httpx2.Client
    connect: httpx2.Client


@pytest.fixture
def setup() -> Iterator[Setup]:
    sim = Simulator()
    origins = smartcar.Origins()  # the real API's URLs, whatever the environment says

    def vehicle_factory(vehicle_id: str, tokens: smartcar.TokenManager) -> smartcar.Vehicle:
        return smartcar.Vehicle(
            vehicle_id, tokens, transport=SimulatorTransport(sim), origins=origins
        )

    auth_client = smartcar.AuthClient(
        DEFAULT_CLIENT_ID,
        DEFAULT_CLIENT_SECRET,
        DEFAULT_REDIRECT_URI,
        transport=SimulatorTransport(sim),
        origins=origins,
    )
    app = webapp.create_app(
        auth_client, vehicle_factory=vehicle_factory, secret_key=b"test-secret-key-0123456789"
    )
    # smartcar.get_vehicles takes no transport: route the SDK's shared client to the simulator.
    _http.set_transport_override(SimulatorTransport(sim))
    browser = httpx2.Client(transport=httpx2.WSGITransport(app=app), base_url=APP_ORIGIN)
    connect = httpx2.Client(transport=SimulatorTransport(sim))
    try:
        yield Setup(sim, auth_client, app, browser, connect)
    finally:
        browser.close()
        connect.close()
        auth_client.close()
        _http.set_transport_override(None)


class _FormParser(HTMLParser):
    """The first form of a page: its action, hidden fields and submit buttons."""

    def __init__(self) -> None:
        super().__init__()
        self.action: str | None = None
        self.fields: dict[str, str] = {}
        self.buttons: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form" and self.action is None:
            self.action = a.get("action", "")
        elif tag == "input" and a.get("type") == "hidden":
            self.fields[a["name"]] = a.get("value", "")
        elif tag == "button" and a.get("type") == "submit":
            self.buttons[a["value"]] = a["name"]


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


def start_login(s: Setup, decision: str = "approve") -> str:
    """/login, then Connect's consent page as a user would submit it; the callback URL."""
    login = s.browser.get("/login")
    assert login.status_code == 302
    connect_url = login.headers["location"]
    assert connect_url.startswith(f"{CONNECT}/oauth/authorize?")
    params = _query(connect_url)
    assert params["redirect_uri"] == f"{APP_ORIGIN}/callback"
    assert set(webapp.SCOPE) <= set(params["scope"].split())

    consent = s.connect.get(connect_url)
    assert consent.status_code == 200
    form = _FormParser()
    form.feed(consent.text)
    assert form.action is not None
    assert form.fields["state"] == params["state"]
    submitted = s.connect.post(
        urljoin(connect_url, form.action), data={**form.fields, form.buttons[decision]: decision}
    )
    assert submitted.status_code == 302
    callback = submitted.headers["location"]
    assert callback.startswith(f"{APP_ORIGIN}/callback?")
    assert _query(callback)["state"] == params["state"]
    return callback


def sign_in(s: Setup) -> None:
    callback = s.browser.get(start_login(s))
    assert callback.status_code == 302
    assert callback.headers["location"] == "/vehicles"


def session_id(s: Setup) -> str:
    value = s.browser.cookies.get(webapp.SESSION_COOKIE)
    assert value
    return str(value)


def code_is_unused(s: Setup, callback_url: str) -> bool:
    """Whether the app left the code alone: a code can be exchanged only once."""
    try:
        s.auth_client.exchange_code(_query(callback_url)["code"])
    except smartcar.OAuthError:
        return False
    return True


# -- the whole flow -------------------------------------------------------------------------


def test_connect_flow_shows_vehicles_and_readings(setup: Setup) -> None:
    anonymous = setup.browser.get("/")
    assert anonymous.status_code == 200
    assert 'href="/login"' in anonymous.text

    callback_url = start_login(setup)
    callback = setup.browser.get(callback_url)
    assert callback.status_code == 302
    assert callback.headers["location"] == "/vehicles"
    # The tokens stay on the server: the browser only gets an opaque session id.
    access = setup.app.sessions.load(session_id(setup))
    assert isinstance(access, smartcar.Access)
    assert access.access_token not in callback.headers.get("set-cookie", "")

    page = setup.browser.get("/vehicles")
    assert page.status_code == 200
    assert page.headers["content-type"] == "text/html; charset=utf-8"
    text = page.text
    assert "2021 TESLA Model 3" in text
    assert "2019 NISSAN LEAF" in text
    assert "104,032 km" in text  # the Tesla's odometer
    assert "37.4292, -122.1381" in text  # its location
    assert "63%, 260 km range" in text  # its battery
    assert "charging, plugged in" in text
    assert 'class="error"' not in text

    # Signed in, the home page leads to the vehicles.
    assert 'href="/vehicles"' in setup.browser.get("/").text


def test_state_cookie_is_signed_httponly_and_lax(setup: Setup) -> None:
    login = setup.browser.get("/login")
    state = _query(login.headers["location"])["state"]
    assert len(state) >= 32
    cookie = login.headers["set-cookie"]
    name_value, *attributes = [part.strip() for part in cookie.split(";")]
    name, value = name_value.split("=", 1)
    assert name == webapp.STATE_COOKIE
    assert value.startswith(f"{state}.") and value != state  # the state plus a signature
    assert "HttpOnly" in attributes
    assert "SameSite=Lax" in attributes
    assert f"Max-Age={webapp.STATE_MAX_AGE}" in attributes
    assert "Path=/" in attributes
    # Each login gets its own unguessable state.
    assert _query(setup.browser.get("/login").headers["location"])["state"] != state


def test_state_cookie_is_secure_over_https(setup: Setup) -> None:
    with httpx2.Client(
        transport=httpx2.WSGITransport(app=setup.app), base_url="https://localhost:8000"
    ) as browser:
        assert "; Secure" in browser.get("/login").headers["set-cookie"]
    assert "Secure" not in setup.browser.get("/login").headers["set-cookie"]


def test_session_cookie_is_httponly_and_lax(setup: Setup) -> None:
    callback = setup.browser.get(start_login(setup))
    cookies = callback.headers.get_list("set-cookie")
    session = next(c for c in cookies if c.startswith(f"{webapp.SESSION_COOKIE}="))
    assert "HttpOnly" in session and "SameSite=Lax" in session
    # The state is single-use: the callback deletes it.
    state = next(c for c in cookies if c.startswith(f"{webapp.STATE_COOKIE}="))
    assert "Max-Age=0" in state


# -- rejected callbacks ---------------------------------------------------------------------


def _assert_rejected(s: Setup, response: httpx2.Response, callback_url: str) -> None:
    assert response.status_code == 400
    assert "Sign-in rejected" in response.text
    assert webapp.SESSION_COOKIE not in s.browser.cookies
    assert s.browser.get("/vehicles").headers["location"] == "/"
    assert code_is_unused(s, callback_url)


def test_mismatched_state_is_rejected_without_exchanging_the_code(setup: Setup) -> None:
    callback_url = start_login(setup)
    forged = _with_query(callback_url, state="attacker-state")
    response = setup.browser.get(forged)
    assert "another sign-in attempt" in response.text
    _assert_rejected(setup, response, callback_url)


def test_missing_state_parameter_is_rejected(setup: Setup) -> None:
    callback_url = start_login(setup)
    response = setup.browser.get(_with_query(callback_url, state=None))
    assert "no state" in response.text
    _assert_rejected(setup, response, callback_url)


def test_callback_in_a_browser_without_the_state_cookie_is_rejected(setup: Setup) -> None:
    # Login CSRF: the attacker's own callback URL, opened in the victim's browser.
    callback_url = start_login(setup)
    with httpx2.Client(
        transport=httpx2.WSGITransport(app=setup.app), base_url=APP_ORIGIN
    ) as victim:
        response = victim.get(callback_url)
        assert response.status_code == 400
        assert "no sign-in in progress" in response.text
        assert webapp.SESSION_COOKIE not in victim.cookies
    assert code_is_unused(setup, callback_url)


def test_unsigned_state_cookie_is_rejected(setup: Setup) -> None:
    # An attacker able to plant a cookie still cannot choose the state without the key.
    callback_url = start_login(setup)
    setup.browser.cookies.clear()
    setup.browser.cookies.set(webapp.STATE_COOKIE, f"mine.{int(time.time())}.bogus")
    response = setup.browser.get(_with_query(callback_url, state="mine"))
    assert "not issued by this app" in response.text
    _assert_rejected(setup, response, callback_url)


def test_expired_state_is_rejected(setup: Setup, monkeypatch: pytest.MonkeyPatch) -> None:
    real_time = time.time
    monkeypatch.setattr(time, "time", lambda: real_time() - webapp.STATE_MAX_AGE - 5)
    callback_url = start_login(setup)  # the login started more than 10 minutes ago
    stale = setup.browser.cookies[webapp.STATE_COOKIE]
    monkeypatch.setattr(time, "time", real_time)
    # The browser would drop the cookie at Max-Age; the server must not rely on that.
    setup.browser.cookies.clear()
    setup.browser.cookies.set(webapp.STATE_COOKIE, stale)
    response = setup.browser.get(callback_url)
    assert "took too long" in response.text
    _assert_rejected(setup, response, callback_url)


def test_state_is_single_use(setup: Setup) -> None:
    callback_url = start_login(setup)
    assert setup.browser.get(callback_url).status_code == 302
    replay = setup.browser.get(callback_url)
    assert replay.status_code == 400


def test_access_denied_shows_a_friendly_page(setup: Setup) -> None:
    callback_url = start_login(setup, decision="deny")
    assert _query(callback_url)["error"] == "access_denied"
    response = setup.browser.get(callback_url)
    assert response.status_code == 200
    assert "You chose not to share your car" in response.text
    assert 'href="/login"' in response.text
    assert webapp.SESSION_COOKIE not in setup.browser.cookies


def test_other_connect_errors_are_shown_escaped(setup: Setup) -> None:
    callback_url = start_login(setup, decision="deny")
    response = setup.browser.get(
        _with_query(callback_url, error="<b>no_vehicles</b>", error_description="<img src=x>")
    )
    assert response.status_code == 400
    assert "&lt;b&gt;no_vehicles&lt;/b&gt;" in response.text
    assert "&lt;img src=x&gt;" in response.text
    assert "<b>" not in response.text and "<img" not in response.text


def test_error_descriptions_are_escaped() -> None:
    exc = smartcar.VehicleStateError(
        type="<T>", code="<C>", description="<d>", suggested_user_message="<b>asleep</b>"
    )
    assert webapp.describe_error(exc) == (
        '<span class="error"><strong>&lt;T&gt;:&lt;C&gt;</strong> &lt;b&gt;asleep&lt;/b&gt;</span>'
    )
    plain = smartcar.NetworkError("connection <reset>")
    assert "connection &lt;reset&gt;" in webapp.describe_error(plain)


# -- the vehicles page ----------------------------------------------------------------------


def test_vehicle_data_is_html_escaped(setup: Setup) -> None:
    setup.sim.state(TESLA).model = "<script>x</script>"
    sign_in(setup)
    text = setup.browser.get("/vehicles").text
    assert "2021 TESLA &lt;script&gt;x&lt;/script&gt;" in text
    assert "<script>" not in text


def test_errors_are_shown_per_reading(setup: Setup) -> None:
    sign_in(setup)
    setup.sim.fail_next("VEHICLE_STATE:ASLEEP", path="/odometer", vehicle_id=TESLA)
    page = setup.browser.get("/vehicles")
    assert page.status_code == 200
    text = page.text
    assert "<strong>VEHICLE_STATE:ASLEEP</strong>" in text
    assert "Your vehicle is in a sleep state." in text  # Smartcar's suggested user message
    assert text.count('class="error"') == 1
    # The rest of that vehicle, and the other vehicle, are still shown.
    assert "37.4292, -122.1381" in text
    assert "38,211 km" in text  # the LEAF's odometer


def test_battery_and_charge_of_a_gasoline_car_show_as_unsupported(setup: Setup) -> None:
    setup.sim.state(LEAF).powertrain = "ICE"
    sign_in(setup)
    text = setup.browser.get("/vehicles").text
    assert text.count("<strong>COMPATIBILITY:VEHICLE_NOT_CAPABLE</strong>") == 2
    assert "Your vehicle does not support this feature." in text
    assert "38,211 km" in text and "63%, 260 km range" in text


def test_a_vehicle_without_attributes_is_shown_by_id(setup: Setup) -> None:
    sign_in(setup)
    setup.sim.fail_next("SERVER:INTERNAL", path=f"/vehicles/{LEAF}", vehicle_id=LEAF, times=3)
    text = setup.browser.get("/vehicles").text
    assert f"<code>{LEAF}</code>" in text
    assert "<strong>SERVER:INTERNAL</strong>" in text
    assert "38,211 km" in text


def test_all_vehicle_ids_follows_paging() -> None:
    sim = Simulator(extra_vehicles=53)  # 55 vehicles: two pages of at most 50
    _http.set_transport_override(SimulatorTransport(sim))
    try:
        ids = webapp.all_vehicle_ids(sim.issue_token()["access_token"])
    finally:
        _http.set_transport_override(None)
    assert ids == sim.vehicle_ids


def test_expired_tokens_are_refreshed_and_saved(setup: Setup) -> None:
    sign_in(setup)
    sid = session_id(setup)
    before = setup.app.sessions.load(sid)
    expired = dataclasses.replace(before, expiration=datetime.now(UTC) - timedelta(minutes=1))
    setup.app.sessions.save(sid, expired)

    page = setup.browser.get("/vehicles")
    assert page.status_code == 200
    assert "104,032 km" in page.text
    after = setup.app.sessions.load(sid)
    assert after.access_token != before.access_token
    assert after.refresh_token != before.refresh_token
    assert not after.is_expired()


def test_revoked_access_asks_to_reconnect(setup: Setup) -> None:
    sign_in(setup)
    sid = session_id(setup)
    setup.sim.reset()  # forgets every token, as revoking the app in Smartcar's dashboard does
    page = setup.browser.get("/vehicles")
    assert page.status_code == 200
    assert "Please reconnect" in page.text
    assert 'href="/login"' in page.text
    assert setup.app.sessions.load(sid) is None


def test_logout_forgets_the_session(setup: Setup) -> None:
    sign_in(setup)
    sid = session_id(setup)
    # A GET (a link or an image elsewhere) only asks for confirmation.
    assert setup.browser.get("/logout").status_code == 200
    assert setup.app.sessions.load(sid) is not None

    response = setup.browser.post("/logout")
    assert response.status_code == 302
    assert response.headers["location"] == "/"
    assert setup.app.sessions.load(sid) is None
    assert setup.browser.get("/vehicles").headers["location"] == "/"


def test_signing_in_again_replaces_the_session(setup: Setup) -> None:
    sign_in(setup)
    first = session_id(setup)
    sign_in(setup)
    assert session_id(setup) != first
    assert setup.app.sessions.load(first) is None


def test_unknown_paths_and_methods(setup: Setup) -> None:
    assert setup.browser.get("/nope").status_code == 404
    response = setup.browser.post("/login")
    assert response.status_code == 405
    assert response.headers["allow"] == "GET"


def test_short_secret_keys_are_refused(setup: Setup) -> None:
    with pytest.raises(ValueError, match="16 bytes"):
        webapp.create_app(setup.auth_client, secret_key=b"short")


def test_without_credentials_main_explains_what_to_set(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("SMARTCAR_CLIENT_ID", raising=False)
    monkeypatch.delenv("SMARTCAR_CLIENT_SECRET", raising=False)
    assert webapp.main([]) == 2
    out = capsys.readouterr().out
    assert "SMARTCAR_CLIENT_ID" in out and "--simulator" in out


# -- --simulator mode -----------------------------------------------------------------------


@allow_loopback
def test_simulator_mode_runs_the_flow_over_http(monkeypatch: pytest.MonkeyPatch) -> None:
    """`python examples/webapp.py --simulator`'s wiring: the SDK's defaults reach the server."""
    for variable in webapp.ORIGIN_VARIABLES:
        monkeypatch.setenv(variable, "http://unused.invalid")  # restored after the test
    server, auth_client = webapp.start_simulator(8000)
    try:
        for variable in webapp.ORIGIN_VARIABLES:
            assert os.environ[variable] == server.url
        app = webapp.create_app(auth_client)  # the default vehicle factory, as main() uses
        with (
            httpx2.Client(transport=httpx2.WSGITransport(app=app), base_url=APP_ORIGIN) as browser,
            httpx2.Client() as user,
        ):
            connect_url = browser.get("/login").headers["location"]
            assert connect_url.startswith(f"{server.url}/oauth/authorize?")
            approved = user.get(
                f"{server.url}/oauth/authorize/approve",
                params={**_query(connect_url), "decision": "approve"},
            )
            assert approved.status_code == 302
            assert browser.get(approved.headers["location"]).headers["location"] == "/vehicles"
            text = browser.get("/vehicles").text
            assert "2021 TESLA Model 3" in text and "104,032 km" in text
    finally:
        auth_client.close()
        server.stop()
        _http.close_shared_clients()  # its keep-alive connections point at the stopped server


# -- serving: a quiet log and many clients at once ----------------------------------------------


@pytest.fixture
def served(setup: Setup) -> Iterator[str]:
    """The app on a loopback port, served the way main() serves it."""
    import threading

    server = webapp.make_app_server("127.0.0.1", 0, setup.app)
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
    with httpx2.Client(base_url=served, timeout=10) as browser:
        browser.get(urlsplit(callback_url)._replace(scheme="", netloc="").geturl())
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
    import socket

    port = int(served.rsplit(":", 1)[1])
    # A client that sends half a request line and then nothing: a single-threaded server
    # would wait on it for ever, and every other browser with it.
    with socket.create_connection(("127.0.0.1", port), timeout=10) as stalled:
        stalled.sendall(b"GET / HT")
        answer = httpx2.get(served + "/", timeout=5)
        assert answer.status_code == 200
        assert "Connect your car" in answer.text


def test_a_callback_with_another_state_keeps_the_sign_in_in_progress(setup: Setup) -> None:
    callback_url = start_login(setup)
    # A forged link (or an old tab) hits /callback first, in the same browser.
    forged = setup.browser.get(_with_query(callback_url, state="attacker-state", code="x"))
    assert forged.status_code == 400
    assert setup.browser.get(_with_query(callback_url, state=None)).status_code == 400
    # The real callback still completes the sign-in.
    response = setup.browser.get(callback_url)
    assert response.status_code == 302
    assert response.headers["location"] == "/vehicles"
    assert webapp.SESSION_COOKIE in setup.browser.cookies


def test_the_script_runs_from_any_directory(tmp_path: Path) -> None:
    # `python examples/webapp.py` finds its pages next to it, whatever the working directory.
    done = subprocess.run(
        [sys.executable, str(EXAMPLE), "--help"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "--simulator" in done.stdout
