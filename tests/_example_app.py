"""Helpers of the example web app's tests: the app on a simulator, a browser, Connect's forms.

The app talks to the simulator in-process (``SimulatorTransport``); Smartcar Connect is the
simulator's consent page, and every redirect is followed by hand so each step of the OAuth
flow is checked. Webhook deliveries are the simulator's own, signed
(``Simulator.webhook_delivery``).
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode, urljoin, urlsplit, urlunsplit

import httpx2
import pytest
from flask import Flask
from flask.testing import FlaskClient
from itsdangerous import BadSignature

import smartcar
from examples import webapp
from examples.webapp import serve
from smartcar import _http
from smartcar.testing import Simulator, SimulatorTransport

from ._helpers import TESLA

APP_ORIGIN = "http://localhost:8000"
HOOK = APP_ORIGIN + "/webhooks/smartcar"
CONNECT = "https://connect.smartcar.com"
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
    connect: httpx2.Client
    webhook_client: httpx2.Client


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
    holder: dict[str, httpx2.Client] = {}

    def test_delivery(vehicle_id: str) -> int:
        # What `sim.deliver_webhook` does over HTTP in simulator mode, in-process.
        return deliver(holder["hooks"], sim, vehicle_id)

    app, auth_client = build(sim, tmp_path, test_delivery=test_delivery if simulator_mode else None)
    # smartcar.paging.vehicles and get_user use the SDK's shared client: route it in-process.
    _http.set_transport_override(SimulatorTransport(sim))
    hooks = holder["hooks"] = httpx2.Client(transport=httpx2.WSGITransport(app=app))
    connect = httpx2.Client(transport=SimulatorTransport(sim))
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


def command(s: Setup, name: str, vehicle_id: str = TESLA, **fields: str) -> str:
    """Click one of the vehicle page's command buttons; the page it leads back to."""
    page = f"/vehicles/{vehicle_id}"
    response = post_form(s, page, f"{page}/commands/{name}", **fields)
    assert response.status_code == 302 and response.headers["location"] == page
    return text_of(s.browser.get(page))


try:  # pytest-recording blocks sockets under --block-network; these tests need loopback.
    import pytest_recording  # noqa: F401
except ImportError:  # pragma: no cover - only without the dev dependencies
    allow_loopback: Any = lambda f: f  # noqa: E731
else:
    allow_loopback = pytest.mark.block_network(allowed_hosts=["127.0.0.1", "localhost"])

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(name="setup")
def setup_fixture(tmp_path: Path) -> Iterator[Setup]:
    """The app on a fresh simulator (import it to use ``setup`` in a test module)."""
    with running(Simulator(redirect_uri="http://localhost:8000/callback"), tmp_path) as s:
        yield s


def deliver(client: httpx2.Client, sim: Simulator, vehicle_id: str, *codes: str) -> int:
    """POST the simulator's signed delivery of a vehicle's signals (the test delivery's by
    default) to the app; the status it answered."""
    delivery = sim.webhook_delivery(vehicle_id, codes=codes or serve.DELIVERED_SIGNALS)
    return client.post(HOOK, content=delivery.body, headers=delivery.headers).status_code
