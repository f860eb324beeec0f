"""`make demo`: the whole Smartcar flow, end to end, with readable output.

With no credentials it starts the embedded simulator on a loopback port and plays the user's
part in Connect itself, so it runs on a fresh clone with no account and no network. With
``SMARTCAR_CLIENT_ID``, ``SMARTCAR_CLIENT_SECRET`` and ``SMARTCAR_REDIRECT_URI`` set, the same
walkthrough targets the real Smartcar API: it prints the Connect URL and asks you to paste the
URL Connect redirected your browser to (the steps that need the simulator are skipped).
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import logging
import os
import sys
import time
from html.parser import HTMLParser
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
from smartcar_openapi.models import WebhookV4VehicleStateEvent

import smartcar
from smartcar import webhooks
from smartcar.testing import (
    DEFAULT_CLIENT_ID,
    DEFAULT_CLIENT_SECRET,
    DEFAULT_MANAGEMENT_TOKEN,
    DEFAULT_REDIRECT_URI,
    Simulator,
    SimulatorServer,
)

REAL = all(
    os.environ.get(name)
    for name in ("SMARTCAR_CLIENT_ID", "SMARTCAR_CLIENT_SECRET", "SMARTCAR_REDIRECT_URI")
)
SCOPE = [
    "read_vehicle_info",
    "read_odometer",
    "read_location",
    "read_battery",
    "read_charge",
    "control_charge",
    "read_security",
    "control_security",
    "read_tires",
]


def step(number: int, title: str) -> None:
    """Print a step heading."""
    print(f"\n\033[1m{number}. {title}\033[0m" if sys.stdout.isatty() else f"\n{number}. {title}")


def show(label: str, value: Any) -> None:
    """Print one labelled value, aligned."""
    print(f"   {label:<26} {value}")


class _ConsentPage(HTMLParser):
    """Collects the two lists on Connect's consent page: the vehicles, then the permissions."""

    def __init__(self) -> None:
        super().__init__()
        self.lists: list[list[str]] = []
        self._item: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "ul":
            self.lists.append([])
        elif tag == "li":
            self._item = []

    def handle_data(self, data: str) -> None:
        if self._item is not None:
            self._item.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "li" and self._item is not None and self.lists:
            self.lists[-1].append("".join(self._item).strip())
            self._item = None


def show_consent(auth_url: str) -> None:
    """Print what Connect's consent page asks the user to share."""
    if REAL:
        # The real page needs a browser and a login; it asks for the scopes in the URL.
        scope = parse_qs(urlsplit(auth_url).query).get("scope", [""])[0].split()
        show("Connect asks for", ", ".join(scope))
        return
    response = httpx.get(auth_url, follow_redirects=False)
    parser = _ConsentPage()
    parser.feed(response.text)
    vehicles, permissions = [*parser.lists, [], []][:2]
    print("   Opened in a browser, that URL is Connect's consent page. It asks to access:")
    for vehicle in vehicles:
        show("  vehicle", vehicle)
    show("  with permissions", ", ".join(permissions))


def consent(auth_url: str) -> str:
    """Return the redirect URL after the user approves in Connect."""
    if REAL:
        print("   Open the URL above, approve, then paste the URL your browser was sent to:")
        return input("   redirect URL> ").strip()
    # The simulator's consent page submits this form; a browser would do the same.
    approve = auth_url.replace("/oauth/authorize?", "/oauth/authorize/approve?", 1)
    response = httpx.get(approve + "&decision=approve", follow_redirects=False)
    return response.headers["Location"]


def main() -> int:
    """Run the walkthrough; returns the process exit status."""
    sim: Simulator | None = None
    server: SimulatorServer | None = None
    if REAL:
        origins = smartcar.Origins.resolve()
        client = smartcar.AuthClient()
        amt = os.environ.get("SMARTCAR_AMT", "")
        print("Target: the real Smartcar API")
    else:
        sim = Simulator()
        server = SimulatorServer(sim).start()
        url = server.url
        origins = smartcar.Origins(api=url, auth=url, connect=url, management=url, vehicle_v3=url)
        client = smartcar.AuthClient(
            DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, DEFAULT_REDIRECT_URI, origins=origins
        )
        amt = DEFAULT_MANAGEMENT_TOKEN
        print(f"Target: the embedded Smartcar simulator at {url} (no account, no network)")
    try:
        step(1, "Build the Smartcar Connect URL")
        auth_url = client.get_auth_url(SCOPE, {"state": "demo-state-4f1c", "force_prompt": True})
        print(f"   {auth_url}")
        show_consent(auth_url)

        step(2, "The user approves; exchange the code, then refresh the token")
        redirect = consent(auth_url)
        query = parse_qs(urlsplit(redirect).query)
        assert query.get("state") == ["demo-state-4f1c"], "state mismatch: possible CSRF"
        access = client.exchange_code(query["code"][0])
        show("access token expires", access.expiration.isoformat(timespec="seconds"))
        show("refresh token expires", access.refresh_expiration.isoformat(timespec="seconds"))
        access = client.exchange_refresh_token(access["refresh_token"])
        show("refreshed; new expiry", access.expiration.isoformat(timespec="seconds"))
        saved = json.dumps(access.to_dict())
        show("stored as JSON", f"{len(saved)} bytes (Access.to_dict / Access.from_dict)")

        step(3, "List the user's vehicles")
        token = access.access_token
        _use_origins(origins)
        ids = smartcar.get_vehicles(token).vehicles
        for vehicle_id in ids:
            info = smartcar.Vehicle(vehicle_id, token, origins=origins).attributes()
            show(vehicle_id, f"{info.year} {info.make} {info.model}")

        vehicle = smartcar.Vehicle(ids[0], token, origins=origins)
        step(4, "Read data in metric and imperial, with meta")
        odometer = vehicle.odometer()
        show("odometer (metric)", f"{odometer.distance:,.1f} km")
        show("  data age", odometer.meta.data_age)
        show("  fetched at", odometer.meta.fetched_at)
        show("  request id", odometer.meta.request_id)
        vehicle.set_unit_system("imperial")
        show("odometer (imperial)", f"{vehicle.odometer().distance:,.1f} mi")
        pressure = vehicle.tire_pressure()
        show("front-left tire", f"{pressure.front_left} psi ({pressure.meta.unit_system})")
        vehicle.set_unit_system("metric")
        battery = vehicle.battery()
        show("battery", f"{battery.percent_remaining:.0%}, range {battery.range:,.0f} km")
        location = vehicle.location()
        show("location", f"{location.latitude:.4f}, {location.longitude:.4f}")

        step(5, "Send a command and watch the state change")
        show("locked before", vehicle.lock_status().is_locked)
        result = vehicle.unlock()
        show("unlock", f"{result.status}: {result.message}")
        status = vehicle.lock_status()
        show("locked after", status.is_locked)
        show("front-left door", status.doors[0].status)
        vehicle.lock()
        show("locked again", vehicle.lock_status().is_locked)

        step(6, "Batch: several reads in one request")
        batch = vehicle.batch(["/odometer", "/location", "/charge", "/battery"])
        show("odometer", f"{batch.odometer().distance:,.1f} km")
        show("charge", f"{batch.charge().state} (plugged in: {batch.charge().is_plugged_in})")
        show("battery", f"{batch.battery().percent_remaining:.0%}")

        step(7, "Handle rate limits")
        if sim is None:
            print("   (skipped: errors are triggered in the simulator)")
        else:
            logging.basicConfig(format="   log: %(message)s")
            logging.getLogger("smartcar").setLevel(logging.DEBUG)
            sim.fail_next("RATE_LIMIT:VEHICLE", path="/odometer", retry_after=1)
            started = time.monotonic()
            reading = vehicle.odometer()
            logging.getLogger("smartcar").setLevel(logging.WARNING)
            show(
                "Retry-After: 1 s",
                f"waited and retried automatically ({time.monotonic() - started:.1f} s): "
                f"{reading.distance:,.1f} km",
            )
            sim.fail_next("RATE_LIMIT:VEHICLE", path="/odometer", retry_after=600)
            try:
                vehicle.odometer()
            except smartcar.RateLimitError as error:
                show("Retry-After: 600 s", "longer than the cap: raised at once")
                show("  error", f"{error.type}:{error.code}, retry_after={error.retry_after}s")
                show("  tell the user", error.suggested_user_message)

        step(8, "Verify a webhook")
        body = json.dumps(
            {
                "eventId": "5a537912-9ad3-424b-ba33-65a1704567e9",
                "eventType": "VEHICLE_STATE",
                "vehicleId": ids[0],
                "data": {"signals": []},
                "meta": {"version": "4.0", "deliveryId": "48b25f8f", "mode": "LIVE"},
            }
        ).encode()
        key = amt or "your-application-management-token"
        signature = webhooks.hash_challenge(key, body)
        show("SC-Signature valid", smartcar.verify_payload(key, signature, body))
        show("tampered body valid", smartcar.verify_payload(key, signature, body + b" "))
        event = webhooks.parse_payload(body, amt=key, signature=signature)
        assert isinstance(event, WebhookV4VehicleStateEvent)
        show("parsed event", f"{type(event).__name__} for vehicle {event.vehicle_id}")
        show("VERIFY answer", webhooks.challenge_response(key, "challenge-123"))

        step(9, "Async: read every vehicle concurrently")
        readings = asyncio.run(_read_all_async(ids, token, origins))
        for vehicle_id, distance in readings:
            show(vehicle_id, f"{distance:,.1f} km")
        step(10, "API v3: the application token, connections, signals, commands")
        _v3_act(sim, origins, redirect)
        print("\nDone. Next: `make test`, the README, and `smartcar --help`.")
        return 0
    finally:
        if server is not None:
            server.stop()


def _v3_act(sim: Simulator | None, origins: smartcar.Origins, redirect: str) -> None:
    """API v3: one application token, users named by sc-user-id, typed command executions."""
    if sim is None:
        client_id = os.environ.get("SMARTCAR_API_CLIENT_ID")
        secret = os.environ.get("SMARTCAR_API_CLIENT_SECRET")
        if not client_id or not secret:
            print("   (skipped: set SMARTCAR_API_CLIENT_ID and SMARTCAR_API_CLIENT_SECRET)")
            return
    else:
        client_id, secret = DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET
        # The simulator answers the v3 hosts at the same address.
        url = origins.api
        origins = dataclasses.replace(origins, iam=url, management_v3=url, compatibility_v3=url)
    app = smartcar.App(client_id, secret, origins=origins)
    show("application token", f"valid {app.request_token().expires_in} s, no refresh token")
    user_id = smartcar.read_connect_redirect(redirect, state="demo-state-4f1c").user_id
    show("user_id from Connect", user_id)
    connections = list(app.connections())
    show("connections", f"{len(connections)} (vehicle -> user, all pages)")
    first = connections[0]
    show(f"  {first.vehicle_id}", first.user_id)
    car = app.vehicle(first.vehicle_id or "", first.user_id or "")
    signals = list(car.signals())
    show("signals", f"{len(signals)}, following links.next")
    # A signal the vehicle could not report says so on itself; the list still answered.
    failed = [f"{s.id} ({s.error.code})" for s in signals if s.error is not None]
    show("  failed on the signal", ", ".join(failed) or "none")
    charge = car.get_signal("tractionbattery-stateofcharge")
    show("  state of charge", charge.typed_body)
    if charge.meta is not None and charge.meta.ingested_at is not None:
        show("  ingested at", charge.meta.ingested_at.isoformat())
    execution = car.unlock_doors()
    show("unlock_doors", f"{execution.command_type}: {execution.status} ({execution.id})")
    show("  execution", f"HTTP {execution.response.status_code}, {execution.execution_mode}")
    car.lock_doors()
    if sim is None:
        print("   (schedules and subscriptions skipped against the real API)")
        return
    schedule = car.set_daily_charge_schedule(37.7749, -122.4194, "22:00", "06:00")
    show("daily charge schedule", f"{schedule.schedule_id} ({schedule.status})")
    car.delete_charge_schedule(schedule.schedule_id or "")
    show("  deleted", schedule.schedule_id)
    webhook = next(iter(app.webhooks()))
    accepted = app.create_subscription(webhook.id, first.user_id or "", first.vehicle_id or "")
    show("subscription", f"{webhook.name}: {accepted.message}")
    show("  subscriptions", len(list(app.subscriptions(webhook_id=webhook.id))))


def _use_origins(origins: smartcar.Origins) -> None:
    """Module-level functions read origins from the environment: point them at ours."""
    for name, var in (
        ("api", "SMARTCAR_API_ORIGIN"),
        ("auth", "SMARTCAR_AUTH_ORIGIN"),
        ("connect", "SMARTCAR_CONNECT_ORIGIN"),
        ("management", "SMARTCAR_MANAGEMENT_API_ORIGIN"),
        ("vehicle_v3", "SMARTCAR_VEHICLE_API_V3_ORIGIN"),
    ):
        os.environ[var] = getattr(origins, name)


async def _read_all_async(
    ids: list[str], token: str, origins: smartcar.Origins
) -> list[tuple[str, float]]:
    async def one(vehicle_id: str) -> tuple[str, float]:
        vehicle = smartcar.AsyncVehicle(vehicle_id, token, origins=origins)
        return vehicle_id, (await vehicle.odometer()).distance

    return list(await asyncio.gather(*(one(v) for v in ids)))


if __name__ == "__main__":
    raise SystemExit(main())
