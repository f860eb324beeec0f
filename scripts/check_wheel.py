"""Build the wheel, install it into a fresh virtualenv, and use it there (``make check-wheel``).

Catches packaging mistakes the editable install hides: a package left out of the wheel, a
missing ``py.typed`` or ``openapi.json``, or a runtime dependency that is not declared. It also
checks that the SDK installs httpx2 and not httpx, which gets no more releases: an application
that has moved to httpx2 must not carry a second HTTP stack because of the SDK.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SMOKE = """
import importlib.metadata, importlib.resources, importlib.util, sys
import smartcar, smartcar_openapi
from smartcar.testing import Simulator, SimulatorTransport
assert importlib.resources.files("smartcar").joinpath("py.typed").is_file()
assert importlib.resources.files("smartcar_openapi").joinpath("py.typed").is_file()
assert importlib.resources.files("smartcar_openapi").joinpath("openapi.json").is_file()
assert "site-packages" in smartcar.__file__, smartcar.__file__
sim = Simulator()
token = sim.issue_token()["access_token"]
vehicle = smartcar.Vehicle(sim.vehicle_ids[0], token, transport=SimulatorTransport(sim))
for name in ("httpx", "httpcore"):
    assert importlib.util.find_spec(name) is None, f"{name} was installed with the SDK"
    assert name not in sys.modules, f"the SDK imported {name}"
print("httpx2", importlib.metadata.version("httpx2"), "installed; httpx is not")
print("wheel ok:", smartcar.__version__, vehicle.odometer().distance)
"""


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        dist = Path(tmp) / "dist"
        subprocess.run(
            [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(ROOT)],
            check=True,
        )
        wheels = sorted(dist.glob("smartcar-*.whl"))
        assert len(wheels) == 1, wheels
        env = Path(tmp) / "venv"
        venv.create(env, with_pip=True)
        python = env / "bin" / "python"
        subprocess.run([str(python), "-m", "pip", "install", "-q", str(wheels[0])], check=True)
        # Run from an empty folder so the checkout's packages cannot be imported by accident.
        subprocess.run([str(python), "-c", SMOKE], check=True, cwd=tmp)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
