"""Re-record the cassettes (``make record``).

By default every ``@pytest.mark.vcr`` test records against the in-process simulator, using the
real API's URLs. With ``SMARTCAR_CLIENT_ID``, ``SMARTCAR_CLIENT_SECRET``,
``SMARTCAR_REDIRECT_URI``, ``SMARTCAR_ACCESS_TOKEN`` and ``SMARTCAR_VEHICLE_ID`` set, it records
against the real Smartcar API instead (see tests/conftest.py for the optional variables). Either
way credentials are scrubbed at record time, and the conformance and secret checks run on the
fresh cassettes before this script reports success.

Extra arguments go to pytest, e.g. ``make record ARGS="-k odometer"``.
"""

from __future__ import annotations

import os
import subprocess
import sys

REAL = (
    "SMARTCAR_CLIENT_ID",
    "SMARTCAR_CLIENT_SECRET",
    "SMARTCAR_REDIRECT_URI",
    "SMARTCAR_ACCESS_TOKEN",
    "SMARTCAR_VEHICLE_ID",
)


def main() -> int:
    real = all(os.environ.get(name) for name in REAL)
    target = "the real Smartcar API" if real else "the local simulator"
    print(f"recording cassettes against {target}")
    extra = sys.argv[1:]
    record = [sys.executable, "-m", "pytest", "-m", "vcr", "--record-mode=rewrite", "-q", *extra]
    if subprocess.call(record) != 0:
        return 1
    check = [
        sys.executable,
        "-m",
        "pytest",
        "-q",
        "--record-mode=none",
        "--block-network",
        "tests/generated/test_conformance.py",
    ]
    return subprocess.call(check)


if __name__ == "__main__":
    raise SystemExit(main())
