"""Smartcar Connect and the example web app, clicked through in a real headless Chromium."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlsplit, urlunsplit

import pytest
from playwright.sync_api import Page, Route

import smartcar
from smartcar.testing import Simulator, SimulatorServer

from .._helpers import free_port as _free_port
from .._webapp import webapp_process
from .conftest import ROOT, simulator_port

REDIRECT_URI = "http://localhost:8000/callback"


@pytest.fixture
def connect() -> Iterator[tuple[Simulator, SimulatorServer]]:
    sim = Simulator(redirect_uri=REDIRECT_URI)
    server = SimulatorServer(sim, port=simulator_port()).start()
    try:
        yield sim, server
    finally:
        server.stop()


def _auth_client(sim: Simulator, url: str) -> smartcar.AuthClient:
    origins = smartcar.Origins(api=url, auth=url, connect=url, management=url, vehicle_v3=url)
    return smartcar.AuthClient(sim.client_id, sim.client_secret, REDIRECT_URI, origins=origins)


def _catch_redirect(page: Page) -> list[str]:
    """Nothing listens on the redirect URI: answer it in the browser and keep the URL."""
    seen: list[str] = []

    def answer(route: Route) -> None:
        seen.append(route.request.url)
        route.fulfill(status=200, content_type="text/html", body="<p>callback</p>")

    page.route(REDIRECT_URI + "*", answer)
    return seen


def test_consent_page_approve(page: Page, connect: tuple[Simulator, SimulatorServer]) -> None:
    sim, server = connect
    client = _auth_client(sim, server.url)
    seen = _catch_redirect(page)
    page.goto(client.get_auth_url(["read_odometer", "read_vehicle_info"], {"state": "s1"}))
    body = page.locator("body").inner_text()
    assert "TESLA Model 3" in body  # the vehicles to share
    assert "read_odometer" in body and "read_vehicle_info" in body  # and the permissions
    page.get_by_role("button", name="Approve").click()
    page.wait_for_url(REDIRECT_URI + "*")
    query = parse_qs(urlsplit(seen[-1]).query)
    assert query["state"] == ["s1"]
    # The code the browser brought back is a real one: it buys tokens for the shared cars.
    access = client.exchange_code(query["code"][0])
    url = server.url
    origins = smartcar.Origins(api=url, auth=url, connect=url, management=url, vehicle_v3=url)
    with smartcar.Vehicle(sim.vehicle_ids[0], access.access_token, origins=origins) as vehicle:
        assert vehicle.odometer().distance > 0
    client.close()


def test_consent_page_deny(page: Page, connect: tuple[Simulator, SimulatorServer]) -> None:
    sim, server = connect
    client = _auth_client(sim, server.url)
    seen = _catch_redirect(page)
    page.goto(client.get_auth_url(["read_odometer"], {"state": "s2"}))
    page.get_by_role("button", name="Deny").click()
    page.wait_for_url(REDIRECT_URI + "*")
    query = parse_qs(urlsplit(seen[-1]).query)
    assert query["error"] == ["access_denied"]
    assert query["state"] == ["s2"]
    assert "code" not in query
    client.close()


@pytest.fixture
def webapp() -> Iterator[str]:
    """`python -m examples.webapp --simulator`, as the README runs it, on a free port."""
    port = _free_port()
    with webapp_process(port):
        yield f"http://localhost:{port}"


def _cell(page: Page, table: str, code: str) -> str:
    """The value shown for one signal in one of the vehicle page's tables."""
    row = page.locator(f"table#{table} tr", has=page.locator("td", has_text=code))
    return row.locator("td").nth(1).inner_text()


def test_example_app_end_to_end(page: Page, webapp: str) -> None:
    page.goto(webapp + "/")
    page.get_by_role("link", name="Connect your car").click()
    # Smartcar Connect (the simulator's consent page), on another origin.
    page.get_by_role("button", name="Approve").click()
    page.wait_for_url(webapp + "/vehicles")
    rows = page.locator("table#vehicles tr")
    # The header, and one row per car of the simulator the app starts (its defaults).
    cars = len(Simulator(redirect_uri=webapp + "/callback").vehicle_ids)
    assert cars >= 2
    assert rows.count() == 1 + cars
    table = page.locator("table#vehicles").inner_text()
    assert "2021 TESLA Model 3" in table and "2019 NISSAN LEAF" in table

    # The vehicle's page: its signals through API v3 (application token and user id).
    page.get_by_role("link", name="2021 TESLA Model 3").click()
    page.wait_for_url(webapp + "/vehicles/*")
    assert _cell(page, "signals", "closure-islocked") == "True"
    assert "No webhook delivery for this vehicle yet." in page.locator("body").inner_text()

    # A command: the flash says how it went, and the signal read afterwards agrees.
    page.get_by_role("button", name="Unlock").click()
    assert page.get_by_role("status").inner_text() == "security-unlock: SUCCESS"
    assert _cell(page, "signals", "closure-islocked") == "False"
    page.get_by_label("Charge limit").fill("90")
    page.get_by_role("button", name="Set charge limit").click()
    assert "SUCCESS" in page.get_by_role("status").inner_text()
    assert _cell(page, "signals", "charge-activelimit") == "90.0 percent"

    # A webhook delivery: the simulator signs it and POSTs it to the app's endpoint, which
    # verifies it and stores the signals; the page shows them.
    page.get_by_role("button", name="Send a test webhook delivery (simulator)").click()
    assert "signed webhook delivery" in page.get_by_role("status").inner_text()
    assert _cell(page, "webhook-signals", "closure-islocked") == "False"
    assert _cell(page, "webhook-signals", "charge-activelimit") == "90.0 percent"

    page.get_by_role("button", name="Sign out").click()
    page.wait_for_url(webapp + "/")
    assert page.get_by_role("link", name="Connect your car").is_visible()
    # Signed out for real: the vehicles page sends the browser home.
    page.goto(webapp + "/vehicles")
    assert urlsplit(page.url).path == "/"
    assert page.locator("table").count() == 0


def test_tampered_state_is_rejected(page: Page, webapp: str) -> None:
    page.goto(webapp + "/")
    page.get_by_role("link", name="Connect your car").click()
    page.get_by_role("button", name="Approve").wait_for()
    # Change the state on the way to Connect: Connect echoes it back to the app.
    parts = urlsplit(page.url)
    query = {k: v[0] for k, v in parse_qs(parts.query).items()}
    query["state"] = query["state"][:-4] + "AAAA"
    page.goto(urlunsplit(parts._replace(query=urlencode(query))))
    with page.expect_response(lambda r: urlsplit(r.url).path == "/callback") as callback:
        page.get_by_role("button", name="Approve").click()
    assert callback.value.status == 400
    assert urlsplit(page.url).path == "/callback"
    assert "another sign-in attempt" in page.locator("body").inner_text()
    # No session was started: the vehicles page sends the browser home.
    page.goto(webapp + "/vehicles")
    assert urlsplit(page.url).path == "/"


def test_screenshots_are_kept_for_failures() -> None:
    """The artifacts folder is ignored by git, so screenshots never get committed."""
    assert "e2e-artifacts/" in (Path(ROOT) / ".gitignore").read_text().splitlines()
