"""The signed-in user's vehicles: the list, a vehicle's page, and its commands.

The list comes from API v2.0 (``GET /vehicles`` with the user's tokens, every page through
``smartcar.paging.vehicles``); each vehicle's page uses API v3: ``smartcar.App`` with the
application token and the user's Smartcar id (``sc-user-id``) reads its signals and sends
lock, unlock and charging commands. Commands are POSTs with the session's CSRF token, and each
answers with a redirect back to the page (so a reload never sends a command twice).
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

import httpx2
from flask import Blueprint, abort, flash, redirect, render_template, request, session
from werkzeug.wrappers import Response

import smartcar
from smartcar import v3

from .app import current_user, describe, services
from .db import User

blueprint = Blueprint("vehicles", __name__)

COMMANDS = {
    "lock": "lock_doors",
    "unlock": "unlock_doors",
    "start-charge": "start_charge",
    "stop-charge": "stop_charge",
}
"""The form buttons of the vehicle page, and the ``AppVehicle`` method each one calls."""


@dataclass
class Row:
    """One vehicle of the list: its id, and its name or the error that prevented it."""

    vehicle_id: str
    name: str | None = None
    error: smartcar.SmartcarException | None = None
    linked: bool = True


def _signed_in() -> User:
    user = current_user()
    if user is None:
        abort(redirect("/"))
    return user


def _tokens(user: User) -> smartcar.TokenManager:
    # Built per request from the database, the source of truth: it refreshes the access
    # token when it is about to expire and saves the rotated tokens back.
    db = services().database
    return smartcar.TokenManager(
        services().auth_client, user.access, save=lambda new: db.save_access(user.id, new)
    )


def _vehicle(user: User, vehicle_id: str) -> smartcar.AppVehicle:
    """The v3 handle of one of the user's vehicles; 404 for anyone else's."""
    if not services().database.owns_vehicle(user.id, vehicle_id):
        abort(404)
    try:
        return services().v3.vehicle(vehicle_id, user.smartcar_user_id)
    except smartcar.InvalidInputError:  # an id no request path may contain
        abort(404)


@blueprint.get("/vehicles")
def vehicle_list() -> Response | str | tuple[str, int]:
    """The user's vehicles, each with its make, model and year."""
    user = _signed_in()
    try:
        vehicle_ids = list(smartcar.paging.vehicles(_tokens(user).sync_token()))
    except (smartcar.AuthenticationError, smartcar.OAuthError):
        # Revoked in Smartcar's dashboard, or unused for 60 days: the user must reconnect.
        services().database.delete_user(user.id)
        session.clear()
        return render_template("reconnect.html")
    except smartcar.SmartcarException as exc:
        return render_template("vehicles.html", rows=[], error=exc), 502
    services().database.set_vehicles(user.id, vehicle_ids)
    rows = [_row(user, vehicle_id) for vehicle_id in vehicle_ids]
    return render_template("vehicles.html", rows=rows, error=None)


def _row(user: User, vehicle_id: str) -> Row:
    try:
        # Refuses an id that would change the request's path ('/', '..', '?' ...) before any
        # request is sent: that one row shows the error, the rest of the page still loads.
        car = services().v3.vehicle(vehicle_id, user.smartcar_user_id)
    except smartcar.InvalidInputError as exc:
        return Row(vehicle_id, error=exc, linked=False)
    try:
        attributes = car.get_vehicle().attributes
    except smartcar.SmartcarException as exc:
        return Row(vehicle_id, error=exc)
    return Row(vehicle_id, name=f"{attributes.year} {attributes.make} {attributes.model}")


@blueprint.get("/vehicles/<vehicle_id>")
def vehicle_page(vehicle_id: str) -> str:
    """A vehicle's signals (live, through API v3), its controls, and what webhooks reported."""
    user = _signed_in()
    car = _vehicle(user, vehicle_id)
    svc = services()
    name: str | None = None
    signals: list[smartcar.types.SignalResource] = []
    errors: list[smartcar.SmartcarException] = []
    try:
        attributes = car.get_vehicle().attributes
        name = f"{attributes.year} {attributes.make} {attributes.model}"
    except smartcar.SmartcarException as exc:
        errors.append(exc)
    try:
        # Every page of GET /vehicles/{id}/signals, following links.next; an item that is
        # not a signal object (kept as sent, a smartcar.v3.RawItem) has nothing to show.
        signals = [s for s in car.signals() if isinstance(s, smartcar.types.SignalResource)]
    except smartcar.SmartcarException as exc:
        errors.append(exc)
    limit = next((s for s in signals if s.attributes.code == "charge-activelimit"), None)
    body = limit.attributes.body if limit is not None else None
    value = body.get("value") if isinstance(body, dict) else None
    return render_template(
        "vehicle.html",
        vehicle_id=vehicle_id,
        name=name,
        signals=signals,
        # The form starts at the vehicle's current limit.
        charge_limit=round(value) if isinstance(value, int | float) else 80,
        errors=errors,
        latest=svc.database.latest_signals(vehicle_id),
        webhooks_on=bool(svc.webhook_tokens),
        test_delivery=svc.test_delivery is not None,
    )


@blueprint.post("/vehicles/<vehicle_id>/commands/<command>")
def send_command(vehicle_id: str, command: str) -> Response:
    """Lock, unlock, start or stop charging, or set the charge limit; then back to the page."""
    user = _signed_in()
    car = _vehicle(user, vehicle_id)
    try:
        if command == "charge-limit":
            execution = car.set_charge_limit(_percent(request.form.get("percent", "")))
        elif command in COMMANDS:
            execution = getattr(car, COMMANDS[command])()
        else:
            abort(404)
    except smartcar.SmartcarException as exc:
        flash(describe(exc), "error")
    except ValueError as exc:  # the form's charge limit
        flash(str(exc), "error")
    else:
        flash(_outcome(execution), "error" if execution.error else "ok")
    return redirect(f"/vehicles/{quote(vehicle_id)}")


def _percent(text: str) -> int:
    try:
        percent = int(text.strip().rstrip("%"))
    except ValueError:
        raise ValueError(f"The charge limit must be a whole percentage, not {text!r}.") from None
    if not 50 <= percent <= 100:
        raise ValueError("The charge limit must be between 50 and 100 percent.")
    return percent


def _outcome(execution: v3.CommandExecution) -> str:
    text = f"{execution.command_type}: {execution.status}"
    if execution.accepted:
        text += " (long-running: accepted, not finished yet)"
    if execution.error:
        text += f" ({execution.error.get('type')}:{execution.error.get('code')})"
    return text


@blueprint.post("/vehicles/<vehicle_id>/test-delivery")
def test_delivery(vehicle_id: str) -> Response:
    """Simulator mode only: have the simulator send this app a signed webhook delivery."""
    user = _signed_in()
    _vehicle(user, vehicle_id)
    send = services().test_delivery
    if send is None:
        abort(404)
    try:
        status = send(vehicle_id)
    except httpx2.HTTPError as exc:
        flash(f"The simulator could not reach the webhook endpoint: {exc}", "error")
        return redirect(f"/vehicles/{quote(vehicle_id)}")
    if status == 200:
        flash("The simulator sent a signed webhook delivery; the app stored it.", "ok")
    else:
        flash(f"The simulator sent a delivery; the webhook endpoint answered {status}.", "error")
    return redirect(f"/vehicles/{quote(vehicle_id)}")
