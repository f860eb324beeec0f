"""The command-line tool inherits the SDK's path safety: an id never leaves its place.

``smartcar get odometer --vehicle ..`` once sent ``GET /v2.0/odometer``. The tool builds its
requests with the SDK, so the SDK's checks refuse such an id before anything is sent.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx2
import pytest

import smartcar
from smartcar import _http
from smartcar.cli import main
from smartcar.cli._store import TokenStore
from smartcar.testing import (
    DEFAULT_CLIENT_ID,
    DEFAULT_CLIENT_SECRET,
    DEFAULT_REDIRECT_URI,
    Simulator,
    SimulatorTransport,
)

_ENV = (
    "SMARTCAR_API_ORIGIN",
    "SMARTCAR_AUTH_ORIGIN",
    "SMARTCAR_CONNECT_ORIGIN",
    "SMARTCAR_MANAGEMENT_API_ORIGIN",
    "SMARTCAR_VEHICLE_API_V3_ORIGIN",
    "SMARTCAR_TOKEN_FILE",
)


@pytest.mark.parametrize("vehicle_id", ["..", ".", "%2e%2e", ".%2E", "../application"])
@pytest.mark.parametrize("command", [["get", "odometer"], ["lock"], ["get", "vin"]])
def test_an_id_that_would_leave_its_place_is_never_sent(
    vehicle_id: str,
    command: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    for name in _ENV:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("SMARTCAR_CLIENT_ID", DEFAULT_CLIENT_ID)
    monkeypatch.setenv("SMARTCAR_CLIENT_SECRET", DEFAULT_CLIENT_SECRET)
    monkeypatch.setenv("SMARTCAR_REDIRECT_URI", DEFAULT_REDIRECT_URI)
    sim = Simulator()
    token = sim.issue_token()
    now = datetime.now(UTC)
    token_file = tmp_path / "tokens.json"
    TokenStore(token_file).save(
        smartcar.Access(
            access_token=token["access_token"],
            token_type="Bearer",
            expires_in=7200,
            expiration=now + timedelta(hours=2),
            refresh_token=token["refresh_token"],
            refresh_expiration=now + timedelta(days=60),
        )
    )
    simulator = SimulatorTransport(sim)
    sent: list[str] = []

    def recording(request: httpx2.Request) -> httpx2.Response:
        sent.append(f"{request.method} {request.url.path}")
        return simulator.handle_request(request)

    _http.set_transport_override(httpx2.MockTransport(recording))
    try:
        code = main(["--token-file", str(token_file), *command, "--vehicle", vehicle_id])
    finally:
        _http.set_transport_override(None)
    err = capsys.readouterr().err
    assert code != 0
    assert "vehicle_id" in err
    assert sent == []
