"""`scripts/bench.py --quick` runs end to end and reports every section (no timing is judged)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# The benchmark talks to its simulator process over loopback.
pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])


def bench(*args: str) -> str:
    done = subprocess.run(
        [sys.executable, "scripts/bench.py", "--quick", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def test_quick_run_prints_the_table_with_every_section() -> None:
    out = bench()
    for heading in (
        "a. Sequential reads",
        "b. Fleet read",
        "c. Import time",
        "d. Memory during b",
        "Targets",
    ):
        assert heading in out, heading
    for row in ("Vehicle.odometer()", "raw httpx.Client + json", "SDK / raw"):
        assert row in out, row
    for way in ("async", "threads", "sequential"):
        # One row per way and latency (0 and 5 ms by default), and one memory row.
        assert sum(line.split()[2:3] == [way] for line in out.splitlines()) == 2, way
        assert any(line.split()[:1] == [way] for line in out.splitlines()), way
    assert "import smartcar" in out and "import httpx" in out
    # Every target is reported, met or missed.
    targets = out.split("Targets", 1)[1].strip().splitlines()
    assert len(targets) == 6
    assert all(line.split()[0] in ("met", "MISSED") for line in targets)


def test_quick_run_json_has_every_figure() -> None:
    report = json.loads(bench("--json", "--latency-ms", "0"))
    assert set(report) >= {"environment", "settings", "a", "b", "c", "d", "targets"}
    assert set(report["a"]) >= {"sdk_cpu_us", "raw_cpu_us", "cpu_ratio", "wall_ratio"}
    assert list(report["b"]) == ["0"]
    for way in ("async", "threads", "sequential"):
        assert report["b"]["0"][f"{way}_reads_per_s"] > 0
        assert report["d"][f"{way}_peak_mib"] > 0
    assert report["c"]["httpx_ms"] > 0 and report["c"]["smartcar_ms"] > 0
    assert all(isinstance(t["met"], bool) for t in report["targets"].values())
