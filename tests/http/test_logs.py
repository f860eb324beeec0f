"""``SMARTCAR_LOG``: one line per call at ``info``; headers, redacted, at ``debug``."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import smartcar
from smartcar.testing import Simulator, SimulatorTransport

PROGRAM = textwrap.dedent(
    """
    import smartcar
    from smartcar.testing import Simulator, SimulatorTransport

    sim = Simulator()
    token = sim.issue_token()["access_token"]
    print("TOKEN", token)
    car = smartcar.Vehicle(sim.vehicle_ids[0], token, transport=SimulatorTransport(sim))
    car.odometer()
    sim.fail_next("RATE_LIMIT", retry_after=0)
    car.location()
    """
)


def run(level: str | None) -> tuple[str, str]:
    """The program's stderr with ``SMARTCAR_LOG=level``, and the token it used."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("SMARTCAR_")}
    if level is not None:
        env["SMARTCAR_LOG"] = level
    done = subprocess.run(
        [sys.executable, "-c", PROGRAM], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    token = done.stdout.split("TOKEN ", 1)[1].split()[0]
    return done.stderr, token


def call_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if " INFO smartcar.calls] " in line]


def test_info_logs_one_line_per_call() -> None:
    stderr, token = run("info")
    lines = call_lines(stderr)
    assert len(lines) == 2, stderr
    assert "get_odometer GET /v2.0/vehicles/" in lines[0] and "-> 200" in lines[0]
    assert "attempts=1" in lines[0] and "request_id=" in lines[0] and "duration_ms=" in lines[0]
    assert "get_location" in lines[1] and "attempts=2" in lines[1]
    assert "request_id=None" not in stderr
    assert "headers" not in stderr and "DEBUG" not in stderr
    assert token not in stderr


def test_debug_adds_headers_redacted_and_the_http_librarys_log() -> None:
    stderr, token = run("DEBUG")
    lines = call_lines(stderr)
    assert len(lines) == 2, stderr
    assert "request_headers=" in lines[0] and "'authorization': '[REDACTED]'" in lines[0]
    assert "response_headers=" in lines[0] and "sc-data-age" in lines[0]
    assert "INFO httpx2] HTTP Request: GET" in stderr
    assert token not in stderr


@pytest.mark.parametrize("level", [None, "", "loud"])
def test_without_it_nothing_is_printed(level: str | None) -> None:
    stderr, _ = run(level)
    assert stderr == ""


def test_the_filter_is_on_the_handler_too() -> None:
    from smartcar._http import logs

    record = logging.LogRecord("x", logging.INFO, "", 0, "Authorization: Bearer abc.def", (), None)
    assert logs._FILTER.filter(record)
    assert "abc.def" not in record.getMessage()


def test_a_failed_call_logs_its_status_and_request_id(caplog: pytest.LogCaptureFixture) -> None:
    sim = Simulator()
    token = sim.issue_token()["access_token"]
    car = smartcar.Vehicle(sim.vehicle_ids[0], token, transport=SimulatorTransport(sim))
    sim.fail_next("VEHICLE_STATE:ASLEEP")
    with (
        caplog.at_level(logging.INFO, logger="smartcar"),
        pytest.raises(smartcar.SmartcarException),
    ):
        car.odometer()
    (line,) = [r.getMessage() for r in caplog.records if r.levelno == logging.INFO]
    assert "get_odometer" in line and "-> 409" in line and "attempts=1" in line


def test_the_readme_block(tmp_path: Path) -> None:
    """The README's ``SMARTCAR_LOG`` lines, run with bash, with ``your_app.py`` a small app."""
    from ..docs.test_readme_shell import commands, shell_blocks

    [block] = [b for b in shell_blocks() if b.startswith("SMARTCAR_LOG=")]
    (tmp_path / "your_app.py").write_text(PROGRAM)
    env = {k: v for k, v in os.environ.items() if not k.startswith("SMARTCAR_")}
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    outputs = []
    for line in commands(block):
        done = subprocess.run(
            ["bash", "-c", line], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60
        )
        assert done.returncode == 0, done.stderr
        outputs.append(done.stderr)
    info, debug = outputs
    assert len(call_lines(info)) == 2 and "headers" not in info
    assert len(call_lines(debug)) == 2 and "'authorization': '[REDACTED]'" in debug
