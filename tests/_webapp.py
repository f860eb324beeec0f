"""`python -m examples.webapp --simulator` in a process of its own, as a reader starts it."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@contextmanager
def webapp_process(port: int) -> Iterator[str]:
    """Start the example app with ``--simulator`` on ``port``; yields the simulator's URL.

    Nothing of the caller's Smartcar configuration reaches it, but the simulator's port
    (``SMARTCAR_SIMULATOR_PORT``) if it is set.
    """
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("SMARTCAR_") or k == "SMARTCAR_SIMULATOR_PORT"
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "examples.webapp", "--simulator", "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        assert process.stdout is not None
        simulator = None
        deadline = time.monotonic() + 30
        for line in process.stdout:
            if line.startswith("Smartcar simulator running at "):
                simulator = line.split(" at ", 1)[1].strip()
            if line.strip() == f"Open http://localhost:{port}/ (Ctrl+C to stop)":
                break
            if time.monotonic() > deadline:  # pragma: no cover - a hung start
                raise AssertionError("the example app did not start")
        else:
            raise AssertionError(f"the example app exited with {process.wait()}")
        assert simulator is not None, "the example app did not say where the simulator runs"
        yield simulator
    finally:
        process.terminate()
        process.wait(timeout=10)
        if process.stdout is not None:
            process.stdout.close()
