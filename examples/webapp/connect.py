"""Signing in with Smartcar Connect, and out: ``/``, ``/login``, ``/callback``, ``/logout``.

``/login`` makes an unguessable ``state`` and keeps it, with the time it was issued, in this
browser's signed session cookie before sending the browser to Connect. ``/callback`` exchanges
the code only if the ``state`` Connect echoes back is that browser's: a callback URL forged by
someone else (login CSRF), replayed, or too old is rejected. Connect's redirect also names the
user (``user_id``): the app stores it with the user, as the ``sc-user-id`` of API v3 calls.
"""

from __future__ import annotations

import contextlib
import secrets
import time

from flask import Blueprint, redirect, render_template, request, session
from werkzeug.wrappers import Response

import smartcar

from .app import SCOPE, STATE_MAX_AGE, current_user, services

blueprint = Blueprint("connect", __name__)


@blueprint.get("/")
def home() -> str:
    """Home: a link to Connect, or to the vehicles when signed in."""
    return render_template("home.html", user=current_user())


@blueprint.get("/login")
def login() -> Response:
    """Send the browser to Connect with a fresh state, remembered in the signed session."""
    state = secrets.token_urlsafe(32)
    # One state per browser: a second login in another tab replaces the first, whose
    # callback is then rejected and can simply be started again.
    session["state"] = state
    session["state_issued"] = int(time.time())
    return redirect(services().auth_client.get_auth_url(SCOPE, {"state": state}))


def _rejected(problem: str) -> tuple[str, int]:
    return render_template("rejected.html", problem=problem), 400


@blueprint.get("/callback")
def callback() -> Response | tuple[str, int] | str:
    """Check the state, then exchange the code, store the user and start a session."""
    expected = session.get("state")
    issued = session.get("state_issued")
    if not isinstance(expected, str) or not isinstance(issued, int):
        return _rejected(
            "This browser has no sign-in in progress: it may block cookies, or the sign-in "
            "was started in another browser."
        )
    if time.time() - issued > STATE_MAX_AGE:
        session.pop("state", None)
        return _rejected("The sign-in took too long.")
    if not request.args.get("state"):
        return _rejected("Smartcar's answer carries no state.")
    try:
        # Checks the state (in constant time) before anything else, then Connect's error.
        connected = smartcar.read_connect_redirect(request.url, state=expected)
        user_id: str | None = connected.user_id
        code = connected.code
    except smartcar.ConnectError as exc:
        if exc.type == "invalid_state":
            # Not this sign-in's answer (a forged link, an old tab): the sign-in in progress
            # stays valid, so its real callback still works.
            return _rejected("Smartcar's answer belongs to another sign-in attempt.")
        session.pop("state", None)
        if exc.type == "access_denied":
            return render_template("declined.html")
        return render_template(
            "connect_failed.html", error=exc.type, description=exc.description
        ), 400
    except smartcar.InvalidInputError:
        # A redirect without user_id (API v2.0 only): the user id is read from the API below.
        user_id, code = None, request.args.get("code")
    session.pop("state", None)  # single-use: spent by its own callback, whatever follows
    if not code:
        return _rejected("Smartcar's answer carries no code.")
    return _start_session(code, user_id)


def _start_session(code: str, user_id: str | None) -> Response | tuple[str, int]:
    svc = services()
    try:
        access = svc.auth_client.exchange_code(code)
        if user_id is None:
            user_id = smartcar.get_user(access.access_token).id
    except smartcar.SmartcarException as exc:
        # A refused code is a bad request; anything else is upstream's problem.
        status = 400 if isinstance(exc, smartcar.OAuthError) else 502
        return render_template("sign_in_failed.html", error=exc), status
    local_id = svc.database.save_user(user_id, access)
    # Every page of GET /vehicles: the vehicles this user shared with the app. If that
    # fails, the vehicles page lists them again, and says what went wrong.
    with contextlib.suppress(smartcar.SmartcarException):
        svc.database.set_vehicles(local_id, list(smartcar.paging.vehicles(access.access_token)))
    previous = session.get("sid")
    if isinstance(previous, str):
        svc.database.delete_session(previous)
    # A new session id and CSRF token after signing in: values planted beforehand are useless.
    session.clear()
    session["sid"] = svc.database.create_session(local_id)
    return redirect("/vehicles")


@blueprint.route("/logout", methods=["GET", "POST"])
def logout() -> Response | str:
    """GET asks for confirmation; POST (with the CSRF token) ends the session.

    The user's tokens stay stored, so webhooks keep updating their vehicles; a real app
    would offer a separate "disconnect" too (``smartcar.App.remove_connection``).
    """
    if request.method == "GET":
        return render_template("sign_out.html")
    session_id = session.get("sid")
    if isinstance(session_id, str):
        services().database.delete_session(session_id)
    session.clear()
    return redirect("/")
