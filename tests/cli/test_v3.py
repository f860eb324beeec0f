"""The API v3 subcommands of the CLI, against the in-process simulator."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from smartcar import _http
from smartcar.testing import Simulator, SimulatorTransport

from .._helpers import TESLA
from .._helpers import USER as ALICE
from .test_cli import Run

LEAF = "8fa3f1ce-0e5c-4a0c-9d5b-4c3c54d0a0c2"
BOB = "1e258add-fb21-4293-b9ab-cf8a61f7a880"
SIM_URL = "http://127.0.0.1:8765"


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in (
        "SMARTCAR_API_CLIENT_ID",
        "SMARTCAR_API_CLIENT_SECRET",
        "SMARTCAR_SIMULATOR_URL",
        "SMARTCAR_TOKEN_FILE",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))


@pytest.fixture
def sim() -> Iterator[Simulator]:
    simulator = Simulator()
    simulator.connect([TESLA], user_id=ALICE)
    simulator.connect([LEAF], user_id=BOB)
    _http.set_transport_override(SimulatorTransport(simulator))
    try:
        yield simulator
    finally:
        _http.set_transport_override(None)


def test_connections_are_listed(cli: Run, sim: Simulator) -> None:
    code, out, err = cli("--simulator-url", SIM_URL, "v3-connections")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].split() == ["CONNECTION", "VEHICLE", "USER", "MODE"]
    assert any(TESLA in line and ALICE in line for line in lines)
    code, out, _ = cli("--simulator-url", SIM_URL, "--json", "v3-connections", "--user", BOB)
    assert code == 0
    assert [c["vehicleId"] for c in json.loads(out)] == [LEAF]


def test_signals_for_a_user(cli: Run, sim: Simulator) -> None:
    args = ("--simulator-url", SIM_URL, "--json", "v3-signals", "--vehicle", TESLA)
    code, out, err = cli(*args, "--user", ALICE)
    assert code == 0, err
    signals = json.loads(out)
    assert signals["tractionbattery-stateofcharge"]["unit"] == "percent"
    assert len(signals) > 10  # every page
    code, out, _ = cli(*args, "--user", ALICE, "odometer-traveleddistance")
    assert json.loads(out)["body"]["unit"] == "km"
    code, _, err = cli(*args, "--user", BOB)
    assert code == 1 and "ACCESS_DENIED" in err


def test_commands_for_a_user(cli: Run, sim: Simulator) -> None:
    base = ("--simulator-url", SIM_URL, "--json", "v3-command")
    who = ("--vehicle", TESLA, "--user", ALICE)
    code, out, err = cli(*base, "unlock-doors", *who)
    assert code == 0, err
    assert json.loads(out)["commandType"] == "security-unlock"
    assert not sim.state(TESLA).is_locked
    code, out, _ = cli(*base, "set-charge-limit", *who, "--percent", "85")
    assert json.loads(out)["parameters"] == {"percent": 85.0}
    assert sim.state(TESLA).charge_limit == pytest.approx(0.85)
    code, _, err = cli(*base, "set-charge-limit", *who)
    assert code == 2 and "--percent" in err
    code, out, _ = cli(*base, "set-destination", *who, "--latitude", "1", "--longitude", "2")
    assert json.loads(out)["commandType"] == "navigation-set-destination"
    sim.state(TESLA).slow_commands = True
    code, out, _ = cli(*base, "lock-doors", *who)
    assert json.loads(out)["httpStatus"] == 202


def test_without_api_credentials_outside_the_simulator(cli: Run) -> None:
    code, _, err = cli("v3-connections")
    assert code == 2
    assert "SMARTCAR_API_CLIENT_ID" in err


def test_table_output_of_a_command(cli: Run, sim: Simulator) -> None:
    code, out, _ = cli(
        "--simulator-url", SIM_URL, "v3-command", "lock-doors", "--vehicle", TESLA, "--user", ALICE
    )
    assert code == 0
    assert "security-lock" in out and "SUCCESS" in out
