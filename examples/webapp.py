"""A small web app: connect a car with Smartcar Connect, then show its readings.

Against the local simulator (no Smartcar account needed)::

    python examples/webapp.py --simulator

Against the real Smartcar API, with your application's credentials (register
``http://localhost:8000/callback`` as a redirect URI in the Smartcar Dashboard)::

    export SMARTCAR_CLIENT_ID=... SMARTCAR_CLIENT_SECRET=...
    export SMARTCAR_REDIRECT_URI=http://localhost:8000/callback
    python examples/webapp.py

Then open http://localhost:8000/. Only the standard library and this SDK are used: the app is a
WSGI application built by :func:`create_app` and served by ``wsgiref``.

How the OAuth flow is protected:

* ``/login`` makes an unguessable ``state`` and puts it in an HMAC-signed, HttpOnly,
  SameSite=Lax cookie before sending the browser to Connect. ``/callback`` only exchanges the
  code if the ``state`` Connect echoes back matches that browser's cookie: a callback URL forged
  by someone else (login CSRF) is rejected, and nothing about one user's login lives in a
  server-side global where another user's could overwrite it.
* The tokens never reach the browser: it gets an opaque session id, and the tokens stay in a
  server-side session store.
* Every value written into a page goes through ``html.escape``, including the vehicle's own
  data and Connect's error description.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import hmac
import html
import os
import re
import secrets
import sys
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http import HTTPStatus
from socketserver import ThreadingMixIn
from typing import Any, TypeVar
from urllib.parse import parse_qs
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server
from wsgiref.types import StartResponse, WSGIEnvironment

import smartcar
from smartcar.testing import Simulator, SimulatorServer

T = TypeVar("T")

SCOPE = ("read_vehicle_info", "read_odometer", "read_location", "read_battery", "read_charge")
"""The permissions the app asks for: one per reading on the vehicles page."""

STATE_COOKIE = "smartcar_state"
SESSION_COOKIE = "session_id"
STATE_MAX_AGE = 600
"""Seconds a login may take; Connect's authorization codes also live 10 minutes."""

ORIGIN_VARIABLES = (
    "SMARTCAR_API_ORIGIN",
    "SMARTCAR_AUTH_ORIGIN",
    "SMARTCAR_CONNECT_ORIGIN",
    "SMARTCAR_MANAGEMENT_API_ORIGIN",
    "SMARTCAR_VEHICLE_API_V3_ORIGIN",
)

VehicleFactory = Callable[[str, smartcar.TokenManager], smartcar.Vehicle]


def default_vehicle_factory(vehicle_id: str, tokens: smartcar.TokenManager) -> smartcar.Vehicle:
    """A `smartcar.Vehicle` that asks ``tokens`` for a fresh access token on every request."""
    return smartcar.Vehicle(vehicle_id, tokens)


def all_vehicle_ids(access_token: str) -> list[str]:
    """Every vehicle id the user shared, following the paging of ``GET /vehicles``."""
    ids: list[str] = []
    while True:
        page = smartcar.get_vehicles(access_token, {"limit": 50, "offset": len(ids)})
        ids.extend(page.vehicles)
        if not page.vehicles or len(ids) >= page.paging.count:
            return ids


class SessionStore:
    """Signed-in users' tokens, by session id, in memory.

    A real app keeps them in its database instead: ``Access.to_dict()`` gives a JSON-safe row
    and ``Access.from_dict()`` loads it back, which is the round trip this store makes too. The
    store is lost when the process stops, which signs everybody out.
    """

    def __init__(self) -> None:
        self._rows: dict[str, dict[str, Any]] = {}
        # wsgiref serves one request at a time, but a threaded server would not.
        self._lock = threading.Lock()

    def create(self, access: smartcar.Access) -> str:
        """Store ``access`` under a new unguessable session id, and return the id."""
        session_id = secrets.token_urlsafe(32)
        with self._lock:
            self._rows[session_id] = access.to_dict()
        return session_id

    def load(self, session_id: str) -> smartcar.Access | None:
        """The tokens of a session, or ``None`` for an unknown or signed-out session."""
        with self._lock:
            row = self._rows.get(session_id)
        return None if row is None else smartcar.Access.from_dict(row)

    def save(self, session_id: str, access: smartcar.Access) -> None:
        """Replace a session's tokens (refresh tokens rotate: always keep the latest)."""
        with self._lock:
            # A refresh that finishes after the user signed out must not sign them back in.
            if session_id in self._rows:
                self._rows[session_id] = access.to_dict()

    def delete(self, session_id: str) -> None:
        """Forget a session; does nothing if it is unknown."""
        with self._lock:
            self._rows.pop(session_id, None)


# -- requests, responses and pages -----------------------------------------------------------


@dataclass
class Request:
    """The parts of a WSGI request the pages use."""

    method: str
    path: str
    query: dict[str, str]
    cookies: dict[str, str]
    https: bool

    @classmethod
    def from_environ(cls, environ: WSGIEnvironment) -> Request:
        """Parse the method, path, query string and cookies of a WSGI request."""
        query = {
            name: values[0]
            for name, values in parse_qs(environ.get("QUERY_STRING", "")).items()
            if values
        }
        cookies: dict[str, str] = {}
        for part in environ.get("HTTP_COOKIE", "").split(";"):
            name, sep, value = part.strip().partition("=")
            # The first of two same-named cookies is the most specific one (longest path).
            if sep and name not in cookies:
                cookies[name] = value
        return cls(
            method=environ.get("REQUEST_METHOD", "GET").upper(),
            path=environ.get("PATH_INFO", "") or "/",
            query=query,
            cookies=cookies,
            https=environ.get("wsgi.url_scheme") == "https",
        )


@dataclass
class Response:
    """A status, an HTML body (or none, for redirects) and headers."""

    status: int
    body: str = ""
    headers: list[tuple[str, str]] = field(default_factory=list)

    def set_cookie(self, request: Request, name: str, value: str, max_age: int | None) -> None:
        """Add an HttpOnly, SameSite=Lax cookie; ``max_age=0`` deletes it."""
        parts = [f"{name}={value}", "Path=/", "HttpOnly", "SameSite=Lax"]
        if max_age is not None:
            parts.append(f"Max-Age={max_age}")
        # Secure over HTTPS only, so the demo also works on http://localhost. Behind a proxy
        # that terminates TLS, wsgi.url_scheme says http: set Secure unconditionally there.
        if request.https:
            parts.append("Secure")
        self.headers.append(("Set-Cookie", "; ".join(parts)))


def redirect(location: str) -> Response:
    """A 302 to ``location``."""
    return Response(HTTPStatus.FOUND, headers=[("Location", location)])


def page(title: str, body_html: str, status: int = HTTPStatus.OK) -> Response:
    """An HTML page; ``body_html`` must already be escaped (the title is escaped here)."""
    document = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title>"
        "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
        "td,th{border:1px solid #ccc;padding:.4em .6em;text-align:left;vertical-align:top}"
        ".error{color:#a00}</style></head>"
        f"<body><h1>{html.escape(title)}</h1>{body_html}</body></html>"
    )
    return Response(status, document)


def describe_error(exc: smartcar.SmartcarException) -> str:
    """An error as HTML: its type and code, and the message Smartcar suggests for users."""
    kind = ":".join(part for part in (exc.type, exc.code) if part) or type(exc).__name__
    message = exc.suggested_user_message or exc.description or exc.message
    text = f"<strong>{html.escape(kind)}</strong> {html.escape(message)}"
    return f'<span class="error">{text}</span>'


@dataclass
class Reading:
    """One cell of the vehicles table: a formatted value, or the error that prevented it."""

    value: str | None = None
    error: smartcar.SmartcarException | None = None

    def html(self) -> str:
        """The cell's content, escaped."""
        if self.error is not None:
            return describe_error(self.error)
        return html.escape(self.value or "")


def read(fetch: Callable[[], T], show: Callable[[T], str]) -> Reading:
    """Fetch one reading, keeping a Smartcar error for display rather than failing the page."""
    try:
        return Reading(value=show(fetch()))
    except smartcar.SmartcarException as exc:
        return Reading(error=exc)


# -- the application ---------------------------------------------------------------------------


class ExampleApp:
    """The WSGI application; build it with :func:`create_app`.

    Attributes:
        auth_client: the Smartcar application's client.
        sessions: signed-in users' tokens.
    """

    def __init__(
        self,
        auth_client: smartcar.AuthClient,
        vehicle_factory: VehicleFactory,
        secret_key: bytes,
    ) -> None:
        self.auth_client = auth_client
        self.sessions = SessionStore()
        self._vehicle_factory = vehicle_factory
        self._secret_key = secret_key
        self._routes: dict[str, tuple[tuple[str, ...], Callable[[Request], Response]]] = {
            "/": (("GET",), self.index),
            "/login": (("GET",), self.login),
            "/callback": (("GET",), self.callback),
            "/vehicles": (("GET",), self.vehicles),
            "/logout": (("GET", "POST"), self.logout),
        }

    def __call__(self, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        """Answer one WSGI request."""
        request = Request.from_environ(environ)
        route = self._routes.get(request.path)
        if route is None:
            response = page("Not found", "<p><a href='/'>Home</a></p>", HTTPStatus.NOT_FOUND)
        elif request.method not in route[0]:
            response = page("Method not allowed", "", HTTPStatus.METHOD_NOT_ALLOWED)
            response.headers.append(("Allow", ", ".join(route[0])))
        else:
            response = route[1](request)
        body = response.body.encode("utf-8")
        headers = [
            *response.headers,
            ("Content-Type", "text/html; charset=utf-8"),
            ("Content-Length", str(len(body))),
            # Pages show one user's vehicles: never cache them, never let them be framed.
            ("Cache-Control", "no-store"),
            ("X-Content-Type-Options", "nosniff"),
            (
                "Content-Security-Policy",
                "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
                "frame-ancestors 'none'",
            ),
        ]
        status = HTTPStatus(response.status)
        start_response(f"{status.value} {status.phrase}", headers)
        return [body]

    # -- state cookie ------------------------------------------------------------------------

    def _sign(self, payload: str) -> str:
        digest = hmac.new(self._secret_key, payload.encode(), hashlib.sha256).digest()
        return base64.urlsafe_b64encode(digest).decode().rstrip("=")

    def _state_cookie(self, state: str) -> str:
        # The issue time is signed too, so an old cookie cannot be replayed with a new expiry.
        payload = f"{state}.{int(time.time())}"
        return f"{payload}.{self._sign('state.' + payload)}"

    def _check_state(self, request: Request) -> tuple[str | None, bool]:
        """Check the callback's state against this browser's signed cookie.

        Returns:
            Why the state is not this browser's (``None`` when it is), and whether the
            browser's cookie is a sign-in of ours still in progress.
        """
        cookie = request.cookies.get(STATE_COOKIE)
        if not cookie:
            return (
                "This browser has no sign-in in progress: it may block cookies, or the "
                "sign-in was started in another browser.",
                False,
            )
        parts = cookie.split(".")
        if len(parts) != 3:
            return "The sign-in cookie is malformed.", False
        state, issued, signature = parts
        expected = self._sign(f"state.{state}.{issued}")
        # Only a signed cookie's fields are trusted, so `issued` is known to be ours below.
        if not hmac.compare_digest(signature.encode(), expected.encode()):
            return "The sign-in cookie was not issued by this app.", False
        if time.time() - int(issued) > STATE_MAX_AGE:
            return "The sign-in took too long.", False
        returned = request.query.get("state")
        if not returned:
            return "Smartcar's answer carries no state.", True
        # Bytes: compare_digest refuses non-ASCII strings, and the query is attacker-controlled.
        if not hmac.compare_digest(returned.encode(), state.encode()):
            return "Smartcar's answer belongs to another sign-in attempt.", True
        return None, True

    # -- pages -------------------------------------------------------------------------------

    def _session(self, request: Request) -> tuple[str, smartcar.Access] | None:
        session_id = request.cookies.get(SESSION_COOKIE)
        access = self.sessions.load(session_id) if session_id else None
        return None if session_id is None or access is None else (session_id, access)

    def index(self, request: Request) -> Response:
        """Home: a link to Connect, or to the vehicles when signed in."""
        if self._session(request) is None:
            return page(
                "Smartcar example",
                "<p>See your car's odometer, location and battery here.</p>"
                '<p><a href="/login">Connect your car</a></p>',
            )
        return page(
            "Smartcar example",
            '<p><a href="/vehicles">Your vehicles</a></p>'
            '<form method="post" action="/logout"><button>Sign out</button></form>',
        )

    def login(self, request: Request) -> Response:
        """Send the browser to Connect with a fresh state, remembered in a signed cookie."""
        state = secrets.token_urlsafe(32)
        url = self.auth_client.get_auth_url(SCOPE, {"state": state})
        response = redirect(url)
        # One state per browser: a second login in another tab replaces the first, whose
        # callback is then rejected and can simply be started again.
        response.set_cookie(request, STATE_COOKIE, self._state_cookie(state), STATE_MAX_AGE)
        return response

    def callback(self, request: Request) -> Response:
        """Check the state, then exchange the code and start a session."""
        problem, in_progress = self._check_state(request)
        if problem is not None:
            response = page(
                "Sign-in rejected",
                f"<p>{html.escape(problem)} No account was connected.</p>"
                '<p><a href="/login">Start again</a></p>',
                HTTPStatus.BAD_REQUEST,
            )
        elif request.query.get("error") == "access_denied":
            response = page(
                "No car connected",
                "<p>You chose not to share your car with this app, so nothing was connected."
                '</p><p><a href="/login">Connect your car</a> if you change your mind.</p>',
            )
        elif request.query.get("error"):
            description = request.query.get("error_description", "")
            response = page(
                "Smartcar Connect failed",
                f"<p><strong>{html.escape(request.query['error'])}</strong> "
                f'{html.escape(description)}</p><p><a href="/login">Try again</a></p>',
                HTTPStatus.BAD_REQUEST,
            )
        elif not request.query.get("code"):
            response = page(
                "Sign-in rejected",
                '<p>Smartcar\'s answer carries no code.</p><p><a href="/login">Start again</a></p>',
                HTTPStatus.BAD_REQUEST,
            )
        else:
            response = self._start_session(request, request.query["code"])
        # The state is single-use: spent once its callback arrives, whatever the outcome. A
        # callback with another state (a forged link, a stale tab) is not its callback, and
        # must not cancel the sign-in in progress; a cookie that is not ours or has expired
        # is of no use to anyone.
        if problem is None or not in_progress:
            response.set_cookie(request, STATE_COOKIE, "", 0)
        return response

    def _start_session(self, request: Request, code: str) -> Response:
        try:
            access = self.auth_client.exchange_code(code)
        except smartcar.SmartcarException as exc:
            status = (
                HTTPStatus.BAD_REQUEST
                if isinstance(exc, smartcar.OAuthError)
                else HTTPStatus.BAD_GATEWAY
            )
            return page(
                "Sign-in failed",
                f'<p>{describe_error(exc)}</p><p><a href="/login">Try again</a></p>',
                status,
            )
        previous = request.cookies.get(SESSION_COOKIE)
        if previous:
            self.sessions.delete(previous)
        # Always a new session id after signing in, so an id planted beforehand is useless.
        session_id = self.sessions.create(access)
        response = redirect("/vehicles")
        response.set_cookie(request, SESSION_COOKIE, session_id, None)
        return response

    def vehicles(self, request: Request) -> Response:
        """The signed-in user's vehicles and their readings."""
        session = self._session(request)
        if session is None:
            return redirect("/")
        session_id, access = session
        # Built per request from the store, the source of truth as a database would be; it
        # refreshes the access token when it is about to expire and saves the new tokens.
        tokens = smartcar.TokenManager(
            self.auth_client,
            access,
            save=lambda new: self.sessions.save(session_id, new),
        )
        try:
            vehicle_ids = all_vehicle_ids(tokens.sync_token())
        except (smartcar.AuthenticationError, smartcar.OAuthError):
            # Revoked in Smartcar's dashboard, or unused for 60 days: the user must reconnect.
            self.sessions.delete(session_id)
            response = page(
                "Please reconnect",
                "<p>This app can no longer access your car.</p>"
                '<p><a href="/login">Connect your car</a></p>',
            )
            response.set_cookie(request, SESSION_COOKIE, "", 0)
            return response
        except smartcar.SmartcarException as exc:
            return page(
                "Your vehicles",
                f'<p>{describe_error(exc)}</p><p><a href="/vehicles">Try again</a></p>',
                HTTPStatus.BAD_GATEWAY,
            )
        rows = "".join(self._vehicle_row(vehicle_id, tokens) for vehicle_id in vehicle_ids)
        table = (
            "<table><tr><th>Vehicle</th><th>Odometer</th><th>Location</th>"
            f"<th>Battery</th><th>Charging</th></tr>{rows}</table>"
            if rows
            else "<p>No vehicles are connected.</p>"
        )
        return page(
            "Your vehicles",
            f"{table}<p><a href='/login'>Connect another car</a></p>"
            '<form method="post" action="/logout"><button>Sign out</button></form>',
        )

    def _vehicle_row(self, vehicle_id: str, tokens: smartcar.TokenManager) -> str:
        with self._vehicle_factory(vehicle_id, tokens) as vehicle:
            # Each reading on its own: an asleep car or a missing permission costs one cell.
            distance_unit = "km" if vehicle.unit_system == "metric" else "mi"
            cells = [
                read(vehicle.attributes, lambda a: f"{a.year} {a.make} {a.model}"),
                read(vehicle.odometer, lambda o: f"{o.distance:,.0f} {distance_unit}"),
                read(vehicle.location, lambda loc: f"{loc.latitude:.4f}, {loc.longitude:.4f}"),
                read(
                    vehicle.battery,
                    lambda b: f"{b.percent_remaining:.0%}, {b.range:,.0f} {distance_unit} range",
                ),
                read(
                    vehicle.charge,
                    lambda c: (
                        f"{c.state.value.replace('_', ' ').lower()}, "
                        + ("plugged in" if c.is_plugged_in else "unplugged")
                    ),
                ),
            ]
        name = cells[0].html()
        if cells[0].error is not None:
            # Without attributes the id is all there is to tell the vehicles apart.
            name = f"<code>{html.escape(vehicle_id)}</code><br>{name}"
        return f"<tr><td>{name}</td>{''.join(f'<td>{c.html()}</td>' for c in cells[1:])}</tr>"

    def logout(self, request: Request) -> Response:
        """GET asks for confirmation; POST forgets the session.

        Signing out only on POST means a link or image on another site cannot sign the user
        out, and the SameSite=Lax session cookie is not sent with another site's POST.
        """
        if request.method == "GET":
            return page(
                "Sign out",
                '<form method="post" action="/logout"><button>Sign out</button></form>',
            )
        session_id = request.cookies.get(SESSION_COOKIE)
        if session_id:
            self.sessions.delete(session_id)
        response = redirect("/")
        response.set_cookie(request, SESSION_COOKIE, "", 0)
        return response


def create_app(
    auth_client: smartcar.AuthClient,
    *,
    vehicle_factory: VehicleFactory = default_vehicle_factory,
    secret_key: bytes | None = None,
) -> ExampleApp:
    """Build the WSGI application.

    Args:
        auth_client: your Smartcar application's client; its redirect URI must end in
            ``/callback`` on this app.
        vehicle_factory: builds a `smartcar.Vehicle` from a vehicle id and a
            `smartcar.TokenManager` (tests pass one with a simulator transport).
        secret_key: signs the state cookie. A random key by default, which invalidates
            sign-ins in progress when the process restarts; a real app loads it from its
            configuration so that every instance shares it.
    """
    key = secret_key if secret_key is not None else secrets.token_bytes(32)
    if len(key) < 16:
        raise ValueError("secret_key must be at least 16 bytes")
    return ExampleApp(auth_client, vehicle_factory, key)


# -- running it --------------------------------------------------------------------------------


class _QuietHandler(WSGIRequestHandler):
    """The standard request log, without query strings: they carry OAuth codes and states."""

    def log_message(self, format: str, *args: Any) -> None:
        message = _QUERY.sub("?...", format % args)
        sys.stderr.write(f"{self.address_string()} - [{self.log_date_time_string()}] {message}\n")


_QUERY = re.compile(r"\?[^\s\"']*")


class _ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    """One thread per connection, so a slow or half-open client cannot hold up the others."""

    daemon_threads = True


def make_app_server(host: str, port: int, app: ExampleApp) -> WSGIServer:
    """A WSGI server for the app: threaded, and with a request log that hides query strings.

    Args:
        host: the address to bind.
        port: the port (0 picks a free one).
        app: the application.
    """
    return make_server(
        host, port, app, server_class=_ThreadingWSGIServer, handler_class=_QuietHandler
    )


def start_simulator(port: int) -> tuple[SimulatorServer, smartcar.AuthClient]:
    """Start a `SimulatorServer` and point the SDK's origin variables at it.

    Args:
        port: the app's port; the simulated application's redirect URI is
            ``http://localhost:<port>/callback``.

    Returns:
        The running server, and an `AuthClient` for the simulated application.
    """
    redirect_uri = f"http://localhost:{port}/callback"
    sim = Simulator(redirect_uri=redirect_uri)
    server = SimulatorServer(sim).start()
    for variable in ORIGIN_VARIABLES:
        # The environment rather than Origins(...): smartcar.get_vehicles reads it too.
        os.environ[variable] = server.url
    auth_client = smartcar.AuthClient(sim.client_id, sim.client_secret, redirect_uri)
    return server, auth_client


def main(argv: list[str] | None = None) -> int:
    """Serve the example on http://localhost:<port>/ until interrupted."""
    parser = argparse.ArgumentParser(description="Smartcar Connect example web app.")
    parser.add_argument(
        "--simulator",
        action="store_true",
        help="use an in-process Smartcar simulator instead of the real API",
    )
    parser.add_argument("--port", type=int, default=8000, help="port to serve on (8000)")
    args = parser.parse_args(argv)

    server = None
    if args.simulator:
        server, auth_client = start_simulator(args.port)
        print(f"Smartcar simulator running at {server.url}")
    else:
        try:
            auth_client = smartcar.AuthClient()
        except smartcar.ConfigurationError as exc:
            print(f"{exc}\n(or run with --simulator to try it without an account)")
            return 2
        expected = f"http://localhost:{args.port}/callback"
        if auth_client.redirect_uri != expected:
            print(f"Note: SMARTCAR_REDIRECT_URI should be {expected} (registered in the Dashboard)")
    app = create_app(auth_client)
    try:
        with make_app_server("localhost", args.port, app) as httpd:
            print(f"Open http://localhost:{args.port}/ (Ctrl+C to stop)", flush=True)
            httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        if server is not None:
            server.stop()
        auth_client.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
