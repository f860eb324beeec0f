"""The pages of the example web app (examples/webapp.py): requests, responses and HTML.

Nothing here talks to Smartcar or keeps state: each function turns what a route found out into
a :class:`Response`. Every value written into a page goes through ``html.escape``, including
the vehicle's own data and Connect's error description; a function that takes ready HTML says
so.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import TypeVar
from urllib.parse import parse_qs
from wsgiref.types import StartResponse, WSGIEnvironment

import smartcar

T = TypeVar("T")

SECURITY_HEADERS = (
    # Pages show one user's vehicles: never cache them, never let them be framed.
    ("Cache-Control", "no-store"),
    ("X-Content-Type-Options", "nosniff"),
    (
        "Content-Security-Policy",
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
    ),
)
"""Headers every answer carries."""

SIGN_OUT_FORM = '<form method="post" action="/logout"><button>Sign out</button></form>'


# -- requests and responses --------------------------------------------------------------------


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

    def send(self, start_response: StartResponse) -> Iterable[bytes]:
        """Answer with this response through WSGI's ``start_response``."""
        body = self.body.encode("utf-8")
        headers = [
            *self.headers,
            ("Content-Type", "text/html; charset=utf-8"),
            ("Content-Length", str(len(body))),
            *SECURITY_HEADERS,
        ]
        status = HTTPStatus(self.status)
        start_response(f"{status.value} {status.phrase}", headers)
        return [body]


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


# -- readings ----------------------------------------------------------------------------------


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


# -- the pages ---------------------------------------------------------------------------------


def not_found() -> Response:
    """No route has this path."""
    return page("Not found", "<p><a href='/'>Home</a></p>", HTTPStatus.NOT_FOUND)


def method_not_allowed(allowed: Iterable[str]) -> Response:
    """The route exists, but not for this method."""
    response = page("Method not allowed", "", HTTPStatus.METHOD_NOT_ALLOWED)
    response.headers.append(("Allow", ", ".join(allowed)))
    return response


def home(*, signed_in: bool) -> Response:
    """Home: a link to Connect, or to the vehicles when signed in."""
    if not signed_in:
        return page(
            "Smartcar example",
            "<p>See your car's odometer, location and battery here.</p>"
            '<p><a href="/login">Connect your car</a></p>',
        )
    return page("Smartcar example", f'<p><a href="/vehicles">Your vehicles</a></p>{SIGN_OUT_FORM}')


def sign_in_rejected(problem: str) -> Response:
    """The callback is not this browser's sign-in (``problem`` says why); nothing connected."""
    return page(
        "Sign-in rejected",
        f"<p>{html.escape(problem)} No account was connected.</p>"
        '<p><a href="/login">Start again</a></p>',
        HTTPStatus.BAD_REQUEST,
    )


def connect_declined() -> Response:
    """The user chose not to share a car in Connect."""
    return page(
        "No car connected",
        "<p>You chose not to share your car with this app, so nothing was connected."
        '</p><p><a href="/login">Connect your car</a> if you change your mind.</p>',
    )


def connect_failed(error: str, description: str) -> Response:
    """Connect answered with another error than a refusal."""
    return page(
        "Smartcar Connect failed",
        f"<p><strong>{html.escape(error)}</strong> "
        f'{html.escape(description)}</p><p><a href="/login">Try again</a></p>',
        HTTPStatus.BAD_REQUEST,
    )


def sign_in_failed(exc: smartcar.SmartcarException) -> Response:
    """The code exchange failed: a refused code is a bad request, anything else upstream's."""
    status = (
        HTTPStatus.BAD_REQUEST if isinstance(exc, smartcar.OAuthError) else HTTPStatus.BAD_GATEWAY
    )
    return page(
        "Sign-in failed",
        f'<p>{describe_error(exc)}</p><p><a href="/login">Try again</a></p>',
        status,
    )


def reconnect() -> Response:
    """The stored tokens no longer work: the user must connect again."""
    return page(
        "Please reconnect",
        "<p>This app can no longer access your car.</p>"
        '<p><a href="/login">Connect your car</a></p>',
    )


def vehicles_unavailable(exc: smartcar.SmartcarException) -> Response:
    """The vehicle list could not be read."""
    return page(
        "Your vehicles",
        f'<p>{describe_error(exc)}</p><p><a href="/vehicles">Try again</a></p>',
        HTTPStatus.BAD_GATEWAY,
    )


def vehicles(rows: list[str]) -> Response:
    """The vehicles table; each row is HTML from :func:`vehicle_row`."""
    table = (
        "<table><tr><th>Vehicle</th><th>Odometer</th><th>Location</th>"
        f"<th>Battery</th><th>Charging</th></tr>{''.join(rows)}</table>"
        if rows
        else "<p>No vehicles are connected.</p>"
    )
    return page(
        "Your vehicles",
        f"{table}<p><a href='/login'>Connect another car</a></p>{SIGN_OUT_FORM}",
    )


def vehicle_row(vehicle_id: str, name: Reading, cells: list[Reading]) -> str:
    """One vehicle's row: its name (make, model, year) and its readings, as HTML."""
    shown = name.html()
    if name.error is not None:
        # Without attributes the id is all there is to tell the vehicles apart.
        shown = f"<code>{html.escape(vehicle_id)}</code><br>{shown}"
    return f"<tr><td>{shown}</td>{''.join(f'<td>{c.html()}</td>' for c in cells)}</tr>"


def sign_out() -> Response:
    """The confirmation a GET of /logout shows; signing out takes a POST."""
    return page("Sign out", SIGN_OUT_FORM)
