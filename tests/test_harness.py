"""The cassette harness picks its target correctly: the simulator, or the real API only when
recording with every credential set (and then real ids are replaced by the simulator's)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from smartcar.testing import Simulator
from smartcar.testing.cassettes import Scrubber

from . import conftest

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
