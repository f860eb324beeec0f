"""`make docs` builds an HTML API reference in which every public operation is documented."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_api_reference_builds(tmp_path: Path) -> None:
    makefile = (ROOT / "Makefile").read_text()
    command = re.search(r"pdoc (.+) -o site", makefile)
    assert command, "the docs target runs pdoc"
    modules = command.group(1).split()
    subprocess.run(
        [sys.executable, "-m", "pdoc", *modules, "-o", str(tmp_path), "--docformat", "google"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    vehicle = (tmp_path / "smartcar" / "vehicle.html").read_text()
    for method in ("odometer", "lock_status", "set_charge_limit", "batch", "request"):
        assert f'id="BaseVehicle.{method}"' in vehicle, method
    assert "InvalidInputError" in vehicle  # the Raises: sections are rendered
    assert (tmp_path / "smartcar" / "auth_client.html").exists()
    assert (tmp_path / "smartcar" / "testing.html").exists()
