"""`make demo` runs the whole walkthrough against the embedded simulator."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_demo_walks_through_every_step() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SMARTCAR_")}
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "demo.py")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    assert "embedded Smartcar simulator" in out
    for heading in (
        "1. Build the Smartcar Connect URL",
        "2. The user approves",
        "3. List the user's vehicles",
        "4. Read data in metric and imperial",
        "5. Send a command",
        "6. Batch",
        "7. Handle rate limits",
        "8. Verify a webhook",
        "9. Async",
    ):
        assert heading in out
    assert "/oauth/authorize?response_type=code" in out
    assert " km" in out and " mi" in out and "psi (imperial)" in out
    assert "locked after               False" in out
    assert "RATE_LIMIT:VEHICLE, retry_after=600s" in out
    assert "SC-Signature valid         True" in out
    assert "tampered body valid        False" in out
