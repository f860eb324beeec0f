"""The cassette harness picks its target correctly: the simulator, or the real API only when
recording with every credential set (and then real ids are replaced by the simulator's)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
import vcr
from vcr.errors import CannotOverwriteExistingCassetteException
from vcr.matchers import get_matchers_results
from vcr.request import Request

import smartcar
from smartcar.testing import Simulator
from smartcar.testing.cassettes import Scrubber

from .. import conftest

CREDENTIALS = {
    "SMARTCAR_CLIENT_ID": "real-id",
    "SMARTCAR_CLIENT_SECRET": "real-secret",
    "SMARTCAR_REDIRECT_URI": "https://app.example/callback",
    "SMARTCAR_ACCESS_TOKEN": "real-token",
    "SMARTCAR_VEHICLE_ID": "real-vehicle-0001",
}


def _config(record_mode: str) -> Any:
    return SimpleNamespace(getoption=lambda name, default=None: record_mode)


@pytest.mark.parametrize(
    ("record_mode", "credentials", "real"),
    [
        ("none", True, False),  # replaying never touches the network, credentials or not
        ("rewrite", False, False),  # recording without credentials uses the simulator
        ("rewrite", True, True),
        ("once", True, True),
    ],
)
def test_real_api_only_when_recording_with_credentials(
    monkeypatch: pytest.MonkeyPatch, record_mode: str, credentials: bool, real: bool
) -> None:
    for name, value in CREDENTIALS.items():
        if credentials:
            monkeypatch.setenv(name, value)
        else:
            monkeypatch.delenv(name, raising=False)
    assert conftest.recording_real_api(_config(record_mode)) is real


def test_one_missing_credential_means_the_simulator(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in CREDENTIALS.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("SMARTCAR_ACCESS_TOKEN")
    assert conftest.recording_real_api(_config("rewrite")) is False


def test_real_ids_are_replaced_by_the_simulators(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in CREDENTIALS.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("SMARTCAR_VIN", "REALVIN0000000001")
    replacements = conftest._replacements()
    canonical = Simulator().vehicle_ids[0]
    assert replacements == {"real-vehicle-0001": canonical, "REALVIN0000000001": conftest.SIM_VIN}
    request = SimpleNamespace(
        uri="https://api.smartcar.com/v2.0/vehicles/real-vehicle-0001/vin", body=b"", headers={}
    )
    scrubbed = Scrubber(replacements).before_record_request(request)
    assert scrubbed.uri.endswith(f"/vehicles/{canonical}/vin")
    response = {"headers": {}, "body": {"string": b'{"vin":"REALVIN0000000001"}'}}
    assert Scrubber(replacements).before_record_response(response)["body"]["string"] == (
        b'{"vin":"' + conftest.SIM_VIN.encode() + b'"}'
    )


def _session(sim: Simulator) -> list[tuple[int, dict[str, str], bytes]]:
    """A token exchange and a few reads, as a cassette would record them."""
    out = []
    token = sim.issue_token()["access_token"]
    for path in ("/v2.0/vehicles", f"/v2.0/vehicles/{sim.vehicle_ids[0]}/odometer"):
        response = sim.handle(
            "GET", f"https://api.smartcar.com{path}", {"Authorization": f"Bearer {token}"}
        )
        out.append((response.status, dict(response.headers), response.body))
    out.append((0, {"token": token}, b""))
    return out


def test_seeded_ids_and_a_constant_clock_repeat_exactly() -> None:
    def make() -> Simulator:
        return Simulator(clock=lambda: conftest.RECORD_CLOCK, id_seed=conftest.RECORD_ID_SEED)

    first, second = _session(make()), _session(make())
    assert first == second
    assert "2026-01-01T00:00:00" in first[1][1]["SC-Fetched-At"]


def test_reset_restarts_the_seeded_ids() -> None:
    sim = Simulator(clock=lambda: conftest.RECORD_CLOCK, id_seed=1)
    first = _session(sim)
    sim.reset()
    assert _session(sim) == first


def test_without_a_seed_ids_are_random() -> None:
    first, second = _session(Simulator()), _session(Simulator())
    assert first[0][1]["SC-Request-Id"] != second[0][1]["SC-Request-Id"]
    assert first[-1] != second[-1]


def test_the_recording_simulator_is_deterministic(smartcar_env: conftest.SmartcarEnv) -> None:
    """`make record` records through this fixture: its simulator must repeat itself."""
    assert smartcar_env.sim is not None
    again = Simulator(
        extra_vehicles=1, clock=lambda: conftest.RECORD_CLOCK, id_seed=conftest.RECORD_ID_SEED
    )
    assert smartcar_env.access_token == again.issue_token()["access_token"]
    assert _session(smartcar_env.sim) == _session(again)


@pytest.mark.block_network(allowed_hosts=[])
def test_recording_twice_writes_the_same_cassettes(tmp_path: Path) -> None:
    """What `make record` does, on a copy of the suite: the second recording changes nothing."""
    root = Path(__file__).resolve().parents[2]
    shutil.copytree(root / "tests", tmp_path / "tests", ignore=shutil.ignore_patterns("e2e"))
    shutil.copy(root / "pyproject.toml", tmp_path)
    cassettes = tmp_path / "tests" / "cassettes" / "test_sdk_cassettes"
    command = [
        sys.executable,
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        "--record-mode=rewrite",
        "tests/resources/test_sdk_cassettes.py",
        "-k",
        "odometer or batch or exchange or refresh",
    ]
    env = {k: v for k, v in os.environ.items() if not k.startswith("SMARTCAR_")}

    def record() -> dict[str, bytes]:
        done = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True)
        assert done.returncode == 0, done.stdout + done.stderr
        return {p.name: p.read_bytes() for p in sorted(cassettes.glob("*.yaml"))}

    first = record()
    assert len(first) >= 3
    assert record() == first


# -- replay matches on the Authorization scheme and the unit system ---------------------------

CASSETTE = (
    Path(__file__).parents[1]
    / "cassettes"
    / "test_sdk_cassettes"
    / "test_vehicle_read[odometer].yaml"
)
CASSETTE_VEHICLE = "36ab27d0-fd9d-4455-823a-ce30af709ffc"


def _request(headers: dict[str, str]) -> Request:
    return Request("GET", "https://api.smartcar.com/v2.0/vehicles/v/odometer", b"", headers)


@pytest.mark.parametrize(
    ("one", "two", "match"),
    [
        ({"Authorization": "Bearer secret-1"}, {"authorization": "Bearer REDACTED"}, True),
        ({"Authorization": "Basic secret-1"}, {"Authorization": "Bearer REDACTED"}, False),
        ({"Authorization": "Bearer x"}, {}, False),
        ({}, {}, True),
    ],
)
def test_authorization_scheme_matcher(
    one: dict[str, str], two: dict[str, str], match: bool
) -> None:
    matched, _ = get_matchers_results(
        _request(one), _request(two), [conftest.match_authorization_scheme]
    )
    assert bool(matched) is match


@pytest.mark.parametrize(
    ("one", "two", "match"),
    [
        ({"SC-Unit-System": "metric"}, {"sc-unit-system": "metric"}, True),
        ({"SC-Unit-System": "imperial"}, {"SC-Unit-System": "metric"}, False),
        ({"SC-Unit-System": "metric"}, {}, False),
        ({}, {}, True),
    ],
)
def test_unit_system_matcher(one: dict[str, str], two: dict[str, str], match: bool) -> None:
    matched, _ = get_matchers_results(_request(one), _request(two), [conftest.match_unit_system])
    assert bool(matched) is match


def _replay(call: Callable[[smartcar.Vehicle], Any], options: dict[str, Any]) -> Any:
    recorder = vcr.VCR(**conftest.harness_vcr_config())
    conftest.pytest_recording_configure(SimpleNamespace(), recorder)  # type: ignore[arg-type]
    with recorder.use_cassette(str(CASSETTE), record_mode="none"):
        return call(smartcar.Vehicle(CASSETTE_VEHICLE, "any-token", options, max_retries=0))


def test_replay_matches_the_recorded_request() -> None:
    # Same units and scheme as recorded; the token differs (cassettes are scrubbed) and matches.
    assert _replay(lambda v: v.odometer(), {}).distance == 104032.0


def test_replay_refuses_a_wrong_unit_system() -> None:
    with pytest.raises(CannotOverwriteExistingCassetteException, match="SC-Unit-System"):
        _replay(lambda v: v.odometer(), {"unit_system": "imperial"})


def test_replay_refuses_a_wrong_authorization_scheme() -> None:
    with pytest.raises(CannotOverwriteExistingCassetteException, match="Authorization scheme"):
        _replay(lambda v: v.request("GET", "odometer", headers={"Authorization": "Basic amt"}), {})
