"""`make demo`: the whole Smartcar flow, end to end, with readable output.

With no credentials it starts the embedded simulator on a loopback port and plays the user's
part in Connect itself, so it runs on a fresh clone with no account and no network. With
``SMARTCAR_CLIENT_ID``, ``SMARTCAR_CLIENT_SECRET`` and ``SMARTCAR_REDIRECT_URI`` set, the same
walkthrough targets the real Smartcar API: it prints the Connect URL and asks you to paste the
URL Connect redirected your browser to (the steps that need the simulator are skipped).

``--port`` (default ``$SMARTCAR_SIMULATOR_PORT``, else a free one) chooses the simulator's port.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import json
import logging
import os
import sys
import threading
import time
from html.parser import HTMLParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar
from urllib.parse import parse_qs, urlsplit

import httpx2

import smartcar
from smartcar import v3, webhooks
from smartcar.testing import (
    DEFAULT_CLIENT_ID,
    DEFAULT_CLIENT_SECRET,
    DEFAULT_MANAGEMENT_TOKEN,
    DEFAULT_REDIRECT_URI,
    Simulator,
    SimulatorServer,
    add_port_option,
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
    response = httpx2.get(auth_url, follow_redirects=False)
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
    response = httpx2.get(approve + "&decision=approve", follow_redirects=False)
    return response.headers["Location"]


def main(argv: list[str] | None = None) -> int:
    """Run the walkthrough; returns the process exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], allow_abbrev=False)
    add_port_option(parser)
    args = parser.parse_args(argv)
    sim: Simulator | None = None
    server: SimulatorServer | None = None
    if REAL:
        origins = smartcar.Origins.resolve()
        client = smartcar.AuthClient()
        amt = os.environ.get("SMARTCAR_AMT", "")
        print("Target: the real Smartcar API")
    else:
        sim = Simulator()
        server = SimulatorServer(sim, port=args.port).start()
        url = server.url
        # The simulator answers every API at one address (as SMARTCAR_SIMULATOR_URL says).
        origins = smartcar.Origins(**{f.name: url for f in dataclasses.fields(smartcar.Origins)})
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

        step(6, "Charging: the limit, start and stop")
        charging = _plugged_in(ids, token, origins)
        _charge(smartcar.Vehicle(charging, token, origins=origins))

        step(7, "Batch: several reads in one request")
        batch = vehicle.batch(["/odometer", "/location", "/charge", "/battery"])
        show("odometer", f"{batch.odometer().distance:,.1f} km")
        show("charge", f"{batch.charge().state} (plugged in: {batch.charge().is_plugged_in})")
        show("battery", f"{batch.battery().percent_remaining:.0%}")

        step(8, "Handle rate limits")
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

        step(9, "A webhook delivery, end to end")
        _webhook(sim, charging, amt)

        step(10, "Async: read every vehicle concurrently")
        readings = asyncio.run(_read_all_async(ids, token, origins))
        for vehicle_id, distance in readings:
            show(vehicle_id, f"{distance:,.1f} km")
        step(11, "API v3: the application token, connections, signals, commands")
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
    app = smartcar.App(client_id, secret, origins=origins)
    show("application token", f"valid {app.request_token().expires_in} s, no refresh token")
    user_id = smartcar.read_connect_redirect(redirect, state="demo-state-4f1c").user_id
    show("user_id from Connect", user_id)
    # An item the API sent as something else than an object is a v3.RawItem: left out here.
    connections = [c for c in app.connections() if isinstance(c, v3.Connection)]
    show("connections", f"{len(connections)} (vehicle -> user, all pages)")
    first = connections[0]
    show(f"  {first.vehicle_id}", first.user_id)
    car = app.vehicle(first.vehicle_id or "", first.user_id or "")
    signals = [s for s in car.signals() if not isinstance(s, v3.RawItem)]
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
    webhook = next(w for w in app.webhooks() if isinstance(w, v3.Webhook))
    accepted = app.create_subscription(webhook.id, first.user_id or "", first.vehicle_id or "")
    show("subscription", f"{webhook.name}: {accepted.message}")
    show("  subscriptions", len(list(app.subscriptions(webhook_id=webhook.id))))


def _plugged_in(ids: list[str], token: str, origins: smartcar.Origins) -> str:
    """A vehicle plugged in and not charging yet (the simulator's Mustang Mach-E), if any."""
    found = []
    for vehicle_id in ids:
        try:
            charge = smartcar.Vehicle(vehicle_id, token, origins=origins).charge()
        except smartcar.SmartcarException:  # no battery: nothing to charge
            continue
        if charge.is_plugged_in:
            found.append((charge.state == "CHARGING", vehicle_id))
    return min(found)[1] if found else ids[0]


def _charge(vehicle: smartcar.Vehicle) -> None:
    """The charge limit (a fraction in API v2.0), then start and stop charging."""
    info = vehicle.attributes()
    show("vehicle", f"{info.year} {info.make} {info.model}")
    charge = vehicle.charge()
    show("plugged in, charging", f"{charge.is_plugged_in}, {charge.state}")
    limit = vehicle.get_charge_limit().limit
    show("charge limit", f"{limit:.0%}")
    wanted = 0.8 if round(limit, 2) != 0.8 else 0.9
    vehicle.set_charge_limit(wanted)
    show(f"set_charge_limit({wanted})", f"now {vehicle.get_charge_limit().limit:.0%}")
    try:
        show("start_charge", vehicle.start_charge().status)
        show("  state", vehicle.charge().state)
        show("stop_charge", vehicle.stop_charge().status)
        show("  state", vehicle.charge().state)
        vehicle.start_charge()  # charging again, for the webhook below
    except smartcar.VehicleStateError as error:  # unplugged, say: the API tells the user why
        show("start_charge refused", f"{error.code}: {error.suggested_user_message}")


class _Receiver(BaseHTTPRequestHandler):
    """Your webhook endpoint: verify the raw body's signature first, then parse it."""

    amt = ""
    events: ClassVar[list[Any]] = []

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        try:
            delivery = webhooks.receive(body, dict(self.headers), self.amt)
        except smartcar.WebhookSignatureError:
            self.send_response(401)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.events.append(delivery.event)
        self.send_response(delivery.status_code)
        self.send_header("Content-Type", delivery.media_type)
        self.send_header("Content-Length", str(len(delivery.content)))
        self.end_headers()
        self.wfile.write(delivery.content)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the demo prints what matters."""


def _webhook(sim: Simulator | None, vehicle_id: str, amt: str) -> None:
    """The simulator signs and POSTs a VEHICLE_STATE delivery to a local endpoint."""
    key = amt or "your-application-management-token"
    _Receiver.amt = key
    receiver = ThreadingHTTPServer(("127.0.0.1", 0), _Receiver)
    threading.Thread(target=receiver.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{receiver.server_port}/webhooks"
    try:
        if sim is None:
            print("   (the delivery skipped: the simulator makes it; checking the signing only)")
            body = b'{"eventId":"e1","eventType":"VERIFY","data":{"challenge":"c"}}'
            signature = webhooks.hash_challenge(key, body)
            show("SC-Signature valid", smartcar.verify_payload(key, signature, body))
            show("tampered body valid", smartcar.verify_payload(key, signature, body + b" "))
            return
        show("your endpoint", url)
        show("delivery answered", f"HTTP {sim.deliver_webhook(url, vehicle_id)}")
        event = _Receiver.events[-1]
        show("  verified and parsed", f"{event.event_type} for vehicle {event.vehicle_id}")
        for trigger in event.triggers:
            show("  trigger", f"{trigger.type} {trigger.signal.code if trigger.signal else ''}")
        for signal in event.signals:
            sent = signal.raw.get("body")
            reading = sent if isinstance(sent, dict) else {}
            show(f"  {signal.name}", f"{reading.get('value')} {reading.get('unit') or ''}".strip())
        delivery = sim.webhook_delivery(vehicle_id)
        tampered = delivery.body.replace(b'"LIVE"', b'"TEST"')
        answer = httpx2.post(url, content=tampered, headers=delivery.headers)
        show("tampered delivery", f"HTTP {answer.status_code}: signature does not match")
        verify = b'{"eventType":"VERIFY","data":{"challenge":"challenge-123"}}'
        show("unsigned VERIFY answer", webhooks.receive(verify, {}, key).content.decode())
    finally:
        receiver.shutdown()
        receiver.server_close()


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
