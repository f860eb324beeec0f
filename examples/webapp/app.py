"""The Flask application factory, and what every page shares: sessions, CSRF, headers, errors.

How the app protects its users:

* **Sessions.** Flask's session cookie is signed with the app's secret key, HttpOnly and
  SameSite=Lax (Secure over HTTPS). It holds only a random session id, the ``state`` of a
  sign-in in progress and a CSRF token; the tokens stay in the database.
* **CSRF.** Every form that changes something is a POST carrying the session's CSRF token,
  checked in constant time before the view runs; SameSite=Lax also keeps the cookie off
  other sites' POSTs. The webhook endpoint is the exception: Smartcar signs its POSTs.
* **Escaping.** Pages are Jinja templates with autoescaping: vehicle data, Connect's error
  description and error messages are escaped wherever they appear.
* **Headers.** Pages are never cached nor framed, and the content security policy allows no
  script at all.
"""

from __future__ import annotations

import datetime as dt
import hmac
import json
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from flask import Flask, Response, abort, current_app, request, session
from flask.sessions import SecureCookieSessionInterface

import smartcar
from smartcar import webhooks

from .db import Database, SQLiteDeliveryStore, User

SCOPE = (
    "read_vehicle_info",
    "read_odometer",
    "read_location",
    "read_battery",
    "read_charge",
    "read_security",
    "control_security",
    "control_charge",
)
"""The permissions the app asks for in Connect: its signals, and locks and charging."""

SESSION_COOKIE = "smartcar_example"
STATE_MAX_AGE = 600
"""Seconds a sign-in may take; Connect's authorization codes also live 10 minutes."""

SECURITY_HEADERS = {
    # Pages show one user's vehicles: never cache them, never let them be framed.
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'"
    ),
}

TestDelivery = Callable[[str], int]
"""Asks the simulator to POST a signed delivery of a vehicle's signals; returns the status."""


@dataclass
class Services:
    """What the views use; kept in ``app.extensions`` and read with :func:`services`.

    Attributes:
        auth_client: the Smartcar application's OAuth client (Connect, API v2.0 tokens).
        v3: the API v3 application (application token; vehicle calls name the user).
        database: users, sessions, vehicles and webhook signals.
        webhook_tokens: the application management tokens webhook signatures are checked
            with (several while one is rotated); none turns the webhook endpoint off.
        deduplicator: remembers delivered events, so each is handled once.
        test_delivery: in simulator mode only, sends a signed delivery to this app.
    """

    auth_client: smartcar.AuthClient
    v3: smartcar.App
    database: Database
    webhook_tokens: list[str] = field(default_factory=list)
    deduplicator: webhooks.Deduplicator | None = None
    test_delivery: TestDelivery | None = None


def services_of(app: Flask) -> Services:
    """An app's :class:`Services` (its clients and database)."""
    found = app.extensions["smartcar_example"]
    assert isinstance(found, Services)
    return found


def services() -> Services:
    """The current app's :class:`Services`."""
    return services_of(current_app)


class _SessionInterface(SecureCookieSessionInterface):
    """Flask's signed cookie session, marked Secure whenever the request came over HTTPS."""

    def get_cookie_secure(self, app: Flask) -> bool:
        # Over plain http://localhost a Secure cookie would never come back. Behind a proxy
        # that terminates TLS, set SESSION_COOKIE_SECURE (or use werkzeug's ProxyFix).
        return bool(app.config["SESSION_COOKIE_SECURE"]) or request.is_secure


def create_app(
    auth_client: smartcar.AuthClient,
    v3: smartcar.App,
    database: Database,
    *,
    secret_key: bytes | None = None,
    webhook_tokens: Sequence[str] = (),
    test_delivery: TestDelivery | None = None,
) -> Flask:
    """Build the Flask application.

    Args:
        auth_client: your Smartcar application's client; its redirect URI must be this
            app's ``/callback``.
        v3: the API v3 application (``smartcar.App``) the vehicle pages use.
        database: where users, sessions, vehicles and webhook signals are kept.
        secret_key: signs the session cookie. A random key by default, which signs every
            browser out when the process restarts; a real app loads it from its
            configuration so that every instance shares it.
        webhook_tokens: application management tokens for ``POST /webhooks/smartcar``;
            empty, the endpoint answers 404.
        test_delivery: simulator mode's "send a test delivery" button (absent otherwise).
    """
    key = secret_key if secret_key is not None else secrets.token_bytes(32)
    if len(key) < 16:
        raise ValueError("secret_key must be at least 16 bytes")
    app = Flask(__name__, template_folder=str(Path(__file__).parent / "templates"))
    app.config.update(
        SECRET_KEY=key,
        SESSION_COOKIE_NAME=SESSION_COOKIE,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=False,
        MAX_CONTENT_LENGTH=1_000_000,  # webhook deliveries and forms are small
    )
    app.session_interface = _SessionInterface()
    app.extensions["smartcar_example"] = Services(
        auth_client,
        v3,
        database,
        list(webhook_tokens),
        webhooks.Deduplicator(SQLiteDeliveryStore(database)),
        test_delivery,
    )
    app.jinja_env.globals["csrf_token"] = csrf_token
    app.jinja_env.filters["signal_value"] = signal_value
    app.jinja_env.filters["error_kind"] = error_kind
    app.jinja_env.filters["error_message"] = error_message
    app.jinja_env.filters["utc"] = utc
    app.before_request(_check_csrf)
    app.after_request(_security_headers)

    from . import connect, vehicles
    from . import webhooks as webhook_views

    app.register_blueprint(connect.blueprint)
    app.register_blueprint(vehicles.blueprint)
    app.register_blueprint(webhook_views.blueprint)
    return app


# -- sessions, CSRF and headers -----------------------------------------------------------------


def current_user() -> User | None:
    """The signed-in user of this request, or ``None``."""
    session_id = session.get("sid")
    if not isinstance(session_id, str):
        return None
    return services().database.session_user(session_id)


def csrf_token() -> str:
    """This session's CSRF token (made on first use), for the forms' hidden field."""
    token = session.get("csrf")
    if not isinstance(token, str):
        token = session["csrf"] = secrets.token_urlsafe(32)
    return token


def _check_csrf() -> None:
    if request.method != "POST" or request.endpoint == "webhooks.receive_delivery":
        return
    expected = session.get("csrf")
    sent = request.form.get("csrf_token", "")
    # Bytes: compare_digest refuses non-ASCII strings, and the form is attacker-controlled.
    if not isinstance(expected, str) or not hmac.compare_digest(sent.encode(), expected.encode()):
        abort(400, "The form was not sent from this app's page (or the session expired).")


def _security_headers(response: Response) -> Response:
    response.headers.update(SECURITY_HEADERS)
    return response


# -- showing values and errors ------------------------------------------------------------------


def error_kind(exc: smartcar.SmartcarException) -> str:
    """An error's type and code (``VEHICLE_STATE:ASLEEP``), or its class without them."""
    return ":".join(part for part in (exc.type, exc.code) if part) or type(exc).__name__


def error_message(exc: smartcar.SmartcarException) -> str:
    """The message Smartcar suggests showing users, else the error's description."""
    return exc.suggested_user_message or exc.description or exc.message


def describe(exc: smartcar.SmartcarException) -> str:
    """An error as one line of plain text (for flash messages; escaped when shown)."""
    return f"{error_kind(exc)}: {error_message(exc)}"


def signal_value(body: Any) -> str:
    """A signal's body as short text: ``63 percent``, ``37.4292, -122.1381`` or its JSON."""
    if isinstance(body, dict):
        if "latitude" in body and "longitude" in body:
            return f"{body['latitude']}, {body['longitude']}"
        if "value" in body:
            unit = body.get("unit")
            return f"{body['value']} {unit}" if unit else str(body["value"])
    text = repr(body) if not isinstance(body, dict | list) else _compact(body)
    return text if len(text) <= 120 else text[:117] + "..."


def utc(timestamp: float) -> str:
    """A Unix time as ``2026-12-05 09:21:07``, in UTC."""
    return dt.datetime.fromtimestamp(timestamp, dt.UTC).strftime("%Y-%m-%d %H:%M:%S")


def _compact(value: Any) -> str:
    return json.dumps(value, separators=(", ", ": "), sort_keys=True, default=str)
