"""A small web app: connect a car with Smartcar Connect, then show its readings.

Against the local simulator (no Smartcar account needed)::

    python examples/webapp.py --simulator

Against the real Smartcar API, with your application's credentials (register
``http://localhost:8000/callback`` as a redirect URI in the Smartcar Dashboard)::

    export SMARTCAR_CLIENT_ID=... SMARTCAR_CLIENT_SECRET=...
    export SMARTCAR_REDIRECT_URI=http://localhost:8000/callback
    python examples/webapp.py

Then open http://localhost:8000/. Only the standard library and this SDK are used: the app is a
WSGI application built by :func:`create_app` and served by ``wsgiref``. This module holds the
routes (what each URL does: sessions, the OAuth flow, the readings); ``webapp_pages.py``, next
to it, holds the pages (requests, responses and the HTML).

How the OAuth flow is protected:

* ``/login`` makes an unguessable ``state`` and puts it in an HMAC-signed, HttpOnly,
  SameSite=Lax cookie before sending the browser to Connect. ``/callback`` only exchanges the
  code if the ``state`` Connect echoes back matches that browser's cookie: a callback URL forged
  by someone else (login CSRF) is rejected, and nothing about one user's login lives in a
  server-side global where another user's could overwrite it.
* The tokens never reach the browser: it gets an opaque session id, and the tokens stay in a
  server-side session store.
* Every value written into a page goes through ``html.escape`` (in ``webapp_pages``),
  including the vehicle's own data and Connect's error description.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import hmac
import os
import re
import secrets
import sys
import threading
import time
from collections.abc import Callable, Iterable
from socketserver import ThreadingMixIn
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server
from wsgiref.types import StartResponse, WSGIEnvironment

# The pages sit next to this script: `python examples/webapp.py` puts its folder on sys.path.
import webapp_pages as pages
from webapp_pages import Request, Response, describe_error, read, redirect

import smartcar
from smartcar.testing import Simulator, SimulatorServer, add_port_option

__all__ = [
    "ORIGIN_VARIABLES",
    "SCOPE",
    "SESSION_COOKIE",
    "STATE_COOKIE",
    "STATE_MAX_AGE",
    "ExampleApp",
    "Request",
    "Response",
    "SessionStore",
    "all_vehicle_ids",
    "create_app",
    "describe_error",
    "main",
    "make_app_server",
    "start_simulator",
]

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
    """Every vehicle id the user shared, following the paging of ``GET /vehicles``.

    The SDK's pager ends a list that never does (a page repeating vehicles, or too many
    pages) with ``InvalidResponseError``, shown as "vehicles unavailable".
    """
    return list(smartcar.paging.vehicles(access_token))


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
            response = pages.not_found()
        elif request.method not in route[0]:
            response = pages.method_not_allowed(route[0])
        else:
            response = route[1](request)
        return response.send(start_response)

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

    # -- routes ------------------------------------------------------------------------------

    def _session(self, request: Request) -> tuple[str, smartcar.Access] | None:
        session_id = request.cookies.get(SESSION_COOKIE)
        access = self.sessions.load(session_id) if session_id else None
        return None if session_id is None or access is None else (session_id, access)

    def index(self, request: Request) -> Response:
        """Home: a link to Connect, or to the vehicles when signed in."""
        return pages.home(signed_in=self._session(request) is not None)

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
            response = pages.sign_in_rejected(problem)
        elif request.query.get("error") == "access_denied":
            response = pages.connect_declined()
        elif request.query.get("error"):
            description = request.query.get("error_description", "")
            response = pages.connect_failed(request.query["error"], description)
        elif not request.query.get("code"):
            response = pages.sign_in_rejected("Smartcar's answer carries no code.")
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
            return pages.sign_in_failed(exc)
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
            response = pages.reconnect()
            response.set_cookie(request, SESSION_COOKIE, "", 0)
            return response
        except smartcar.SmartcarException as exc:
            return pages.vehicles_unavailable(exc)
        return pages.vehicles([self._vehicle_row(vehicle_id, tokens) for vehicle_id in vehicle_ids])

    def _vehicle_row(self, vehicle_id: str, tokens: smartcar.TokenManager) -> str:
        try:
            vehicle = self._vehicle_factory(vehicle_id, tokens)
        except smartcar.InvalidInputError as exc:
            # An id from the API that no request may carry (it fails the SDK's path checks):
            # that row shows the error, the other vehicles still show.
            return pages.vehicle_row(vehicle_id, pages.Reading(error=exc), [pages.Reading()] * 4)
        with vehicle:
            # Each reading on its own: an asleep car or a missing permission costs one cell.
            distance_unit = "km" if vehicle.unit_system == "metric" else "mi"
            name = read(vehicle.attributes, lambda a: f"{a.year} {a.make} {a.model}")
            cells = [
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
        return pages.vehicle_row(vehicle_id, name, cells)

    def logout(self, request: Request) -> Response:
        """GET asks for confirmation; POST forgets the session.

        Signing out only on POST means a link or image on another site cannot sign the user
        out, and the SameSite=Lax session cookie is not sent with another site's POST.
        """
        if request.method == "GET":
            return pages.sign_out()
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


def start_simulator(
    port: int, simulator_port: int = 0
) -> tuple[SimulatorServer, smartcar.AuthClient]:
    """Start a `SimulatorServer` and point the SDK's origin variables at it.

    Args:
        port: the app's port; the simulated application's redirect URI is
            ``http://localhost:<port>/callback``.
        simulator_port: the simulator's port (0 picks a free one).

    Returns:
        The running server, and an `AuthClient` for the simulated application.
    """
    redirect_uri = f"http://localhost:{port}/callback"
    sim = Simulator(redirect_uri=redirect_uri)
    server = SimulatorServer(sim, port=simulator_port).start()
    for variable in ORIGIN_VARIABLES:
        # The environment rather than Origins(...): smartcar.get_vehicles reads it too.
        os.environ[variable] = server.url
    auth_client = smartcar.AuthClient(sim.client_id, sim.client_secret, redirect_uri)
    return server, auth_client


def main(argv: list[str] | None = None) -> int:
    """Serve the example on http://localhost:<port>/ until interrupted."""
    parser = argparse.ArgumentParser(
        description="Smartcar Connect example web app.", allow_abbrev=False
    )
    parser.add_argument(
        "--simulator",
        action="store_true",
        help="use an in-process Smartcar simulator instead of the real API",
    )
    parser.add_argument("--port", type=int, default=8000, help="port to serve on (8000)")
    add_port_option(parser, flag="--simulator-port")
    args = parser.parse_args(argv)

    server = None
    if args.simulator:
        server, auth_client = start_simulator(args.port, args.simulator_port)
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
