"""The example web app (examples/webapp/): a vehicle's page, its commands, and webhooks.

Flask's test client is the browser; the app and Connect are the in-process simulator's (see
``tests/_example_app.py``).
"""

from __future__ import annotations

import time
from pathlib import Path

import httpx2
import pytest

import smartcar
from examples import webapp
from smartcar.testing import Simulator

from .. import webhook_deliveries
from .._example_app import (
    HOOK,
    LEAF,
    TESLA,
    VW_VEHICLE,
    Setup,
    build,
    command,
    deliver,
    forms,
    post_form,
    running,
    session_of,
    setup_fixture,  # noqa: F401 - the `setup` fixture: the app on a fresh simulator
    sign_in,
    text_of,
)

# -- a vehicle's page: API v3 signals and commands ------------------------------------------------


def test_the_vehicle_page_reads_signals_through_api_v3(setup: Setup) -> None:
    sign_in(setup)
    page = setup.browser.get(f"/vehicles/{TESLA}")
    assert page.status_code == 200
    text = text_of(page)
    assert "<title>2021 TESLA Model 3</title>" in text
    assert "<td>odometer-traveleddistance</td><td>104032.0 km</td>" in text
    assert "<td>location-preciselocation</td><td>37.4292, -122.1381</td>" in text
    assert "<td>tractionbattery-stateofcharge</td><td>63.0 percent</td>" in text
    assert "<td>closure-islocked</td><td>True</td>" in text
    assert "No webhook delivery for this vehicle yet." in text


def test_another_users_vehicle_has_no_page_and_takes_no_command(setup: Setup) -> None:
    sign_in(setup)
    setup.browser.get("/vehicles")  # records the user's vehicles
    with setup.app.app_context():
        user = setup.database.session_user(session_of(setup.browser, setup.app)["sid"])
    assert user is not None
    setup.database.set_vehicles(user.id, [LEAF])  # the Tesla is no longer this user's
    assert setup.browser.get(f"/vehicles/{TESLA}").status_code == 404
    token = forms(text_of(setup.browser.get(f"/vehicles/{LEAF}"))).forms
    csrf = next(iter(token.values()))["csrf_token"]
    was = setup.sim.state(TESLA).is_locked
    response = setup.browser.post(f"/vehicles/{TESLA}/commands/unlock", data={"csrf_token": csrf})
    assert response.status_code == 404
    assert setup.sim.state(TESLA).is_locked is was
    assert setup.browser.get("/vehicles/nope").status_code == 404
    assert setup.browser.get("/nope").status_code == 404


def test_lock_and_unlock(setup: Setup) -> None:
    sign_in(setup)
    text = command(setup, "unlock")
    assert "security-unlock: SUCCESS" in text
    assert setup.sim.state(TESLA).is_locked is False
    assert "<td>closure-islocked</td><td>False</td>" in text
    text = command(setup, "lock")
    assert "security-lock: SUCCESS" in text
    assert setup.sim.state(TESLA).is_locked is True


def test_charging_controls(setup: Setup) -> None:
    sign_in(setup)
    state = setup.sim.state(TESLA)
    assert "SUCCESS" in command(setup, "stop-charge")
    assert state.charge_state != "CHARGING"
    assert "SUCCESS" in command(setup, "start-charge")
    assert state.charge_state == "CHARGING"
    text = command(setup, "charge-limit", percent="90")
    assert "SUCCESS" in text and state.charge_limit == pytest.approx(0.9)
    assert "<td>charge-activelimit</td><td>90.0 percent</td>" in text


@pytest.mark.parametrize("percent", ["30", "101", "eighty", ""])
def test_a_charge_limit_out_of_range_is_refused_before_any_request(
    setup: Setup, percent: str
) -> None:
    sign_in(setup)
    text = command(setup, "charge-limit", percent=percent)
    assert 'class="flash error"' in text and "The charge limit must be" in text
    assert setup.sim.state(TESLA).charge_limit == pytest.approx(0.8)


def test_a_failed_command_shows_smartcars_error(setup: Setup) -> None:
    sign_in(setup)
    setup.sim.fail_next("VEHICLE_STATE:ASLEEP", path="/commands/security/unlock")
    text = command(setup, "unlock")
    assert "VEHICLE_STATE:ASLEEP: The vehicle is in a sleep state" in text
    assert setup.sim.state(TESLA).is_locked is True


def test_commands_need_the_sessions_csrf_token(setup: Setup) -> None:
    sign_in(setup)
    url = f"/vehicles/{TESLA}/commands/unlock"
    assert setup.browser.post(url).status_code == 400
    assert setup.browser.post(url, data={"csrf_token": "guess"}).status_code == 400
    # Another browser's token is no good in this one.
    other = setup.app.test_client()
    other_token = forms(text_of(other.get("/logout"))).forms["/logout"]["csrf_token"]
    assert setup.browser.post(url, data={"csrf_token": other_token}).status_code == 400
    assert setup.sim.state(TESLA).is_locked is True


def test_signed_out_browsers_are_sent_home(setup: Setup) -> None:
    for path in ("/vehicles", f"/vehicles/{TESLA}"):
        response = setup.browser.get(path)
        assert response.status_code == 302 and response.headers["location"] == "/"


# -- webhooks -------------------------------------------------------------------------------------


def test_a_signed_delivery_updates_the_vehicle_page(setup: Setup) -> None:
    sign_in(setup)
    assert deliver(setup.webhook_client, setup.sim, TESLA) == 200
    text = text_of(setup.browser.get(f"/vehicles/{TESLA}"))
    latest = text.split('id="webhook-signals"')[1]
    assert "<td>closure-islocked</td><td>True</td><td>SUCCESS</td>" in latest
    assert "<td>tractionbattery-stateofcharge</td><td>63.0 percent</td>" in latest

    setup.sim.state(TESLA).is_locked = False
    assert deliver(setup.webhook_client, setup.sim, TESLA, "closure-islocked") == 200
    latest = text_of(setup.browser.get(f"/vehicles/{TESLA}")).split('id="webhook-signals"')[1]
    assert "<td>closure-islocked</td><td>False</td>" in latest


def test_a_retried_delivery_is_handled_once(setup: Setup) -> None:
    first = setup.sim.webhook_delivery(TESLA, codes=["closure-islocked"])
    setup.sim.state(TESLA).is_locked = False
    second = setup.sim.webhook_delivery(TESLA, codes=["closure-islocked"])
    for delivery in (first, second, first):
        answer = setup.webhook_client.post(HOOK, content=delivery.body, headers=delivery.headers)
        assert answer.status_code == 200
    # The retry of the first event came last, but it was handled already: False stays.
    [stored] = setup.database.latest_signals(TESLA)
    assert stored.body == {"value": False}


def test_a_delivery_with_a_bad_signature_is_refused_and_not_stored(setup: Setup) -> None:
    delivery = setup.sim.webhook_delivery(TESLA)
    body, headers = delivery.body, delivery.headers
    forged = {**headers, "SC-Signature": "0" * 64}
    response = setup.webhook_client.post(HOOK, content=body, headers=forged)
    assert response.status_code == 401
    unsigned = {"Content-Type": "application/json"}
    assert setup.webhook_client.post(HOOK, content=body, headers=unsigned).status_code == 401
    signed = {"SC-Signature": smartcar.webhooks.hash_challenge(setup.sim.management_token, "{")}
    assert setup.webhook_client.post(HOOK, content=b"{", headers=signed).status_code == 400
    assert setup.database.latest_signals(TESLA) == []


def test_verify_is_answered(setup: Setup) -> None:
    verify = b'{"eventType":"VERIFY","data":{"challenge":"abc123"}}'
    response = setup.webhook_client.post(
        HOOK, content=verify, headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 200
    expected = smartcar.webhooks.hash_challenge(setup.sim.management_token, "abc123")
    assert response.json() == {"challenge": expected}


def test_without_a_management_token_there_is_no_webhook_endpoint(tmp_path: Path) -> None:
    sim = Simulator()
    app, auth_client = build(sim, tmp_path, webhook_tokens=[])
    delivery = sim.webhook_delivery(TESLA)
    assert (
        app.test_client()
        .post("/webhooks/smartcar", data=delivery.body, headers=delivery.headers)
        .status_code
        == 404
    )
    auth_client.close()


def test_the_simulators_test_delivery_button(setup: Setup) -> None:
    sign_in(setup)
    page = f"/vehicles/{TESLA}"
    assert setup.browser.post(f"{page}/test-delivery").status_code == 400  # CSRF
    command(setup, "unlock")
    response = post_form(setup, page, f"{page}/test-delivery")
    assert response.status_code == 302
    text = text_of(setup.browser.get(page))
    assert "The simulator sent a signed webhook delivery" in text
    assert (
        "<td>closure-islocked</td><td>False</td><td>SUCCESS</td>"
        in text.split('id="webhook-signals"')[1]
    )


def test_outside_simulator_mode_there_is_no_test_delivery(tmp_path: Path) -> None:
    sim = Simulator(redirect_uri="http://localhost:8000/callback")
    with running(sim, tmp_path, simulator_mode=False) as s:
        sign_in(s)
        page = text_of(s.browser.get(f"/vehicles/{TESLA}"))
        assert "test-delivery" not in page
        csrf = forms(page).forms["/logout"]["csrf_token"]
        url = f"/vehicles/{TESLA}/test-delivery"
        assert s.browser.post(url, data={"csrf_token": csrf}).status_code == 404


def test_the_delivery_store_remembers_keys_for_their_ttl(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = webapp.SQLiteDeliveryStore(webapp.Database(str(tmp_path / "d.sqlite3")))
    assert isinstance(store, smartcar.webhooks.DeliveryStore)
    assert store.add_if_absent("a", 60) is True
    assert store.add_if_absent("a", 60) is False
    assert store.add_if_absent("b", 60) is True
    # A second process on the same file shares what was seen.
    again = webapp.SQLiteDeliveryStore(webapp.Database(str(tmp_path / "d.sqlite3")))
    assert again.add_if_absent("a", 60) is False
    later = time.time() + 61
    monkeypatch.setattr(time, "time", lambda: later)
    assert again.add_if_absent("a", 60) is True


# -- the simulator's deliveries -------------------------------------------------------------------


def test_a_vehicle_error_is_stored_against_its_signals(setup: Setup) -> None:
    body = webhook_deliveries.VW_ERROR
    headers = {"SC-Signature": smartcar.webhooks.hash_challenge(setup.sim.management_token, body)}
    assert setup.webhook_client.post(HOOK, content=body, headers=headers).status_code == 200
    stored = {s.code: s.status for s in setup.database.latest_signals(VW_VEHICLE)}
    assert stored == {
        "tractionbattery-stateofcharge": "ERROR CONNECTED_SERVICES_ACCOUNT:AUTHENTICATION_FAILED",
        "tractionbattery-range": "ERROR CONNECTED_SERVICES_ACCOUNT:AUTHENTICATION_FAILED",
        "charge-chargelimits": "ERROR COMPATIBILITY:-",
    }


def test_a_failed_signal_read_leaves_the_rest_of_the_page(setup: Setup) -> None:
    sign_in(setup)
    setup.sim.fail_next("VEHICLE_STATE:ASLEEP", path="/signals")
    page = setup.browser.get(f"/vehicles/{TESLA}")
    assert page.status_code == 200
    text = text_of(page)
    assert "<strong>VEHICLE_STATE:ASLEEP</strong>" in text
    assert "No signals could be read." in text
    assert "<title>2021 TESLA Model 3</title>" in text and "Unlock</button>" in text


def test_the_charge_limit_form_starts_at_the_current_limit(setup: Setup) -> None:
    sign_in(setup)
    assert 'name="percent" type="number" min="50" max="100" step="1" value="80"' in text_of(
        setup.browser.get(f"/vehicles/{TESLA}")
    )
    assert 'step="1" value="90"' in command(setup, "charge-limit", percent="90%")


def test_a_test_delivery_that_cannot_reach_the_app_is_reported(tmp_path: Path) -> None:
    sim = Simulator(redirect_uri="http://localhost:8000/callback")
    with running(sim, tmp_path) as s:
        sign_in(s)

        def unreachable(vehicle_id: str) -> int:
            raise httpx2.ConnectError("connection refused")

        webapp.services_of(s.app).test_delivery = unreachable
        page = f"/vehicles/{TESLA}"
        assert post_form(s, page, f"{page}/test-delivery").status_code == 302
        text = text_of(s.browser.get(page))
        assert "could not reach the webhook endpoint: connection refused" in text
