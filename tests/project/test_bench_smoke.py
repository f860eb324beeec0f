"""`scripts/bench.py --quick` runs end to end and reports every section (no timing is judged)."""

from __future__ import annotations

import json
import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# The benchmark talks to its simulator process over loopback.
pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])


def bench(*args: str) -> str:
    return bench_run(*args).stdout


def bench_run(*args: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [sys.executable, "scripts/bench.py", "--quick", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done


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
    for row in ("Vehicle.odometer()", "raw httpx2.Client + json", "SDK / raw"):
        assert row in out, row
    for way in ("async", "threads", "sequential"):
        # One row per way and latency (0 and 5 ms by default), and one memory row.
        assert sum(line.split()[2:3] == [way] for line in out.splitlines()) == 2, way
        assert any(line.split()[:1] == [way] for line in out.splitlines()), way
    assert "import smartcar" in out and "import httpx2" in out
    # Every target is reported, met or missed.
    targets = out.split("Targets", 1)[1].strip().splitlines()
    assert len(targets) == 10
    assert any("first use" in line and "1.2x" in line for line in targets)
    assert any("App's first use" in line and "1.3x" in line for line in targets)
    assert "first use of App (App loaded)" in out
    assert any("sequential read <= 1.05x" in line for line in targets)
    # Async CPU per read is reported next to sync's, per latency, in the table and the targets.
    assert (
        sum("client CPU per read: async/sequential sync" in line for line in out.splitlines()) == 2
    )
    assert sum("async client CPU/read <= 1.3x" in line for line in targets) == 2
    assert all(line.split()[0] in ("met", "MISSED") for line in targets)


def test_quick_run_json_has_every_figure() -> None:
    with socket.socket() as sock:  # a port free now, asked for with --port
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    report = json.loads(bench("--json", "--latency-ms", "0", "--port", str(port)))
    assert set(report) >= {"environment", "settings", "a", "b", "c", "d", "targets"}
    assert report["settings"]["simulator"] == f"http://127.0.0.1:{port}"
    assert set(report["a"]) >= {"sdk_cpu_us", "raw_cpu_us", "cpu_ratio", "wall_ratio"}
    assert report["b"]["0"]["async_vs_sequential_cpu"] > 0
    assert list(report["b"]) == ["0"]
    for way in ("async", "threads", "sequential"):
        assert report["b"]["0"][f"{way}_reads_per_s"] > 0
        assert report["d"][f"{way}_peak_mib"] > 0
    assert report["c"]["httpx2_ms"] > 0 and report["c"]["smartcar_ms"] > 0
    assert report["c"]["smartcar_app_first_use_ms"] > 0 and report["c"]["app_first_use_ratio"] > 0
    assert all(isinstance(t["met"], bool) for t in report["targets"].values())


def test_progress_shows_each_step_and_the_time_left() -> None:
    done = bench_run("--latency-ms", "0")
    lines = done.stderr.splitlines()
    assert re.fullmatch(r"bench: (\d+) steps, about \d+(\.\d)? (s|min)", lines[0]), lines[0]
    steps = int(lines[0].split()[1])
    progress = [line for line in lines if line.startswith("[")]
    # quick: a once, b once at 0 ms, d once, c three times.
    assert len(progress) == steps == 6
    for number, line in enumerate(progress, 1):
        assert re.match(rf"\[{number}/{steps}\] \w\. .+, run \d+/\d+ ", line), line
        assert re.search(r"elapsed \d+ s, about \d+(\.\d)? (s|min) left$", line), line
    assert "c. import time, run 3/3" in progress[-1]


def test_every_figure_has_its_spread_next_to_it() -> None:
    out = bench("--latency-ms", "0")
    spread = r"\d[\d.]* ?(us|ms|x)? \(\d[\d.]*-\d[\d.]*\)"
    for label in ("Vehicle.odometer()", "raw httpx2.Client + json", "SDK / raw", "import httpx2"):
        line = next(line for line in out.splitlines() if line.strip().startswith(label))
        assert re.search(spread, line), line
    rows = [line for line in out.splitlines() if line.split()[1:3] in (["ms", "async"],)]
    assert rows and len(re.findall(spread, rows[0])) == 3, rows


def test_json_has_the_spread_of_every_median() -> None:
    report = json.loads(bench("--json", "--latency-ms", "0", "--repeat", "2"))
    assert report["settings"]["repeat"] == 2
    assert set(report["a_range"]) == set(report["a"])
    assert set(report["c_range"]) == set(report["c"])
    assert set(report["b_range"]["0"]) == set(report["b"]["0"])
    for key, (low, high) in report["a_range"].items():
        assert low <= report["a"][key] <= high, key
    # Two repetitions of a timing are never exactly equal: the spread is really measured.
    assert report["a_range"]["sdk_wall_us"][0] < report["a_range"]["sdk_wall_us"][1]
