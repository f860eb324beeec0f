"""`make demo` runs the whole walkthrough against the embedded simulator."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


# Importable only with the dev extra: `make demo` installs the runtime dependencies alone.
DEV_ONLY = ("yaml", "openapi_core", "openapi_spec_validator", "pytest", "vcr", "hypothesis", "pdoc")
# Runs the demo with the dev-only packages made unimportable, as in a runtime-only venv.
RUN_WITHOUT_DEV = f"""
import runpy, sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {DEV_ONLY!r}:
            raise ImportError("dev-only package imported by the demo: " + name)
sys.meta_path.insert(0, Block())
sys.argv = [{str(ROOT / "scripts" / "demo.py")!r}]
runpy.run_path(sys.argv[0], run_name="__main__")
"""


def test_demo_target_installs_only_the_runtime_dependencies() -> None:
    makefile = (ROOT / "Makefile").read_text()
    demo = re.search(r"^demo: (.+)$", makefile, re.MULTILINE)
    assert demo and demo.group(1).split() == ["$(RUNTIME_STAMP)"]
    recipe = re.search(r"^\$\(RUNTIME_STAMP\): .*?\n((?:\t.*\n)+)", makefile, re.MULTILINE)
    assert recipe and '["project"]["dependencies"]' in recipe.group(1)
    assert "[dev]" not in recipe.group(1) and "-e ." not in recipe.group(1)
    for target in ("test", "lint"):
        line = re.search(rf"^{target}: (.+)$", makefile, re.MULTILINE)
        assert line and "$(STAMP)" in line.group(1).split(), target


def test_demo_walks_through_every_step() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SMARTCAR_")}
    with socket.socket() as sock:  # a port that is free now, for the simulator
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env["SMARTCAR_SIMULATOR_PORT"] = str(port)
    result = subprocess.run(
        [sys.executable, "-c", RUN_WITHOUT_DEV],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    assert f"embedded Smartcar simulator at http://127.0.0.1:{port} " in out
    for heading in (
        "1. Build the Smartcar Connect URL",
        "2. The user approves",
        "3. List the user's vehicles",
        "4. Read data in metric and imperial",
        "5. Send a command",
        "6. Charging: the limit, start and stop",
        "7. Batch",
        "8. Handle rate limits",
        "9. A webhook delivery, end to end",
        "10. Async",
        "11. API v3",
    ):
        assert heading in out
    assert "/oauth/authorize?response_type=code" in out
    # The consent step: what Connect's page at that URL asks the user to share.
    assert "that URL is Connect's consent page. It asks to access:" in out
    assert "vehicle                  2021 TESLA Model 3 (5YJSA1CN5DFP00101)" in out
    permissions = next(line for line in out.splitlines() if "with permissions" in line)
    assert "read_odometer" in permissions and "control_security" in permissions
    assert " km" in out and " mi" in out and "psi (imperial)" in out
    assert "locked after               False" in out
    assert "RATE_LIMIT:VEHICLE, retry_after=600s" in out
    # Charging: the limit changed, then started and stopped, on the plugged-in Mach-E.
    assert "2022 FORD Mustang Mach-E" in out
    assert "set_charge_limit(0.8)      now 80%" in out
    assert re.search(r"start_charge\s+success\n\s+state\s+CHARGING\n", out)
    assert re.search(r"stop_charge\s+success\n\s+state\s+NOT_CHARGING\n", out)
    # The simulator signed a delivery; the demo's endpoint verified and parsed it, and
    # refused a tampered copy.
    assert "delivery answered          HTTP 200" in out
    assert "verified and parsed      VEHICLE_STATE for vehicle b7e3f6a2" in out
    assert re.search(r"IsCharging\s+True", out)
    assert "tampered delivery          HTTP 401" in out
    # The v3 act: application token, connections, signals, a command, a schedule, a subscription.
    assert "valid 3600 s, no refresh token" in out
    assert "user_id from Connect       e0514ef4-5226-11e8-8c13-8f6e8f02e27e" in out
    assert "security-unlock: SUCCESS" in out
    assert "daily charge schedule      sched_" in out
    assert "subscription creation in progress" in out
