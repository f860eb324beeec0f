"""The four-step migration from per-vehicle tokens to API v3, end to end against the simulator.

1. credentials: an `App` with the API credentials;
2. new users: Connect's redirect gives the ``user_id`` (read with `read_connect_redirect`);
3. existing users: their ids are backfilled from the connections API;
4. every call switches to the application token and ``sc-user-id``.
"""

from __future__ import annotations

import asyncio
from urllib.parse import parse_qs, urlsplit

import pytest

import smartcar
from smartcar.testing import (
    DEFAULT_CLIENT_ID,
    DEFAULT_CLIENT_SECRET,
    DEFAULT_MANAGEMENT_TOKEN,
    Simulator,
    SimulatorTransport,
)

from ..conftest import SmartcarEnv
from ..docs.test_readme import BLOCK, README


def _legacy_app(sim: Simulator) -> tuple[dict[str, str], smartcar.AuthClient]:
    """An application before the migration: per-vehicle tokens stored by vehicle id."""
    client = smartcar.AuthClient(DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, sim.redirect_uri)
    redirect = sim.authorize(client.get_auth_url(["read_odometer", "control_security"]))
    access = client.exchange_code(parse_qs(urlsplit(redirect).query)["code"][0])
    tokens = {
        vehicle_id: access.access_token
        for vehicle_id in smartcar.get_vehicles(access.access_token).vehicles
    }
    return tokens, client


def test_migration_in_four_steps() -> None:
    sim = Simulator()
    smartcar._http.set_transport_override(SimulatorTransport(sim))
    try:
        tokens, client = _legacy_app(sim)
        legacy_vehicle = next(iter(tokens))
        before = smartcar.Vehicle(legacy_vehicle, tokens[legacy_vehicle]).odometer().distance

        # 1. Credentials: one application, one token for every call.
        app = smartcar.App(DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET)

        # 2. A user connecting from now on: the redirect names them.
        state = "st-42"
        redirect = sim.authorize(client.get_auth_url(["read_odometer"], {"state": state}))
        new_user = smartcar.read_connect_redirect(redirect, state=state).user_id
        assert new_user == sim.user_id

        # 3. Users who connected before: backfill their ids from the connections API.
        user_of = {c.vehicle_id: c.user_id for c in app.connections()}
        assert set(user_of) == set(tokens)
        # The same ids as the v2.0 Management API reports: nothing else to reconcile.
        legacy = smartcar.get_connections(DEFAULT_MANAGEMENT_TOKEN, paging={"limit": 100})
        assert {c.vehicle_id: c.user_id for c in legacy.connections} == user_of

        # 4. Switch the calls: the application token and sc-user-id, no per-vehicle token.
        car = app.vehicle(legacy_vehicle, user_of[legacy_vehicle])
        odometer = car.get_signal("odometer-traveleddistance").attributes.body
        assert odometer == {"value": before, "unit": "km"}
        assert car.lock_doors().status == "SUCCESS"
        assert sim.state(legacy_vehicle).is_locked
        assert app.token_source.fetch_count == 1
    finally:
        smartcar._http.set_transport_override(None)


def test_migration_step_four_async() -> None:
    sim = Simulator()
    smartcar._http.set_transport_override(SimulatorTransport(sim))
    try:
        tokens, _ = _legacy_app(sim)

        async def main() -> list[str]:
            app = smartcar.AsyncApp(DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET)
            statuses = []
            async for connection in app.connections():
                assert connection.vehicle_id is not None and connection.user_id is not None
                car = app.vehicle(connection.vehicle_id, connection.user_id)
                statuses.append((await car.unlock_doors()).status or "")
            return statuses

        assert asyncio.run(main()) == ["SUCCESS"] * len(tokens)
        assert not any(sim.state(v).is_locked for v in tokens)
    finally:
        smartcar._http.set_transport_override(None)


def test_the_readme_migration_guide_runs(
    smartcar_env: SmartcarEnv, capsys: pytest.CaptureFixture[str]
) -> None:
    """The README's "Migrating to v3" section: four steps and the offline block, as written."""
    text = README.read_text(encoding="utf-8")
    section = text.split("## Migrating to v3\n", 1)[1].split("\n## ", 1)[0]
    for step in ("**1. Credentials.**", "**2. Capture `user_id`", "**3. Backfill", "**4. Switch"):
        assert step in section, step
    blocks = BLOCK.findall(section)
    assert len(blocks) == 6
    for index, block in enumerate(blocks):
        exec(compile(block, f"README migration block {index}", "exec"), {"__name__": "readme"})
    out = capsys.readouterr().out
    assert "3600" in out
    assert "e0514ef4-5226-11e8-8c13-8f6e8f02e27e" in out
    assert "Connect: access_denied" in out
    assert "6 connections backfilled" in out
    assert "security-lock SUCCESS False" in out
    assert "202 True" in out  # the offline block: a slow vehicle's command answered 202
    # Each conflict between Smartcar's documents is named with the choice made.
    for conflict in ("Token request encoding", "`user_id`", "Per-vehicle tokens", "202", "Q4"):
        assert conflict in section, conflict
