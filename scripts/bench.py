"""`make bench`: what the SDK costs over raw httpx2, and what concurrency buys, in one run.

The Smartcar simulator serves on a loopback port from a separate process (so its CPU is not
the client's), with an optional per-request delay standing in for the network and the API.
Sections, each the median of ``--repeat`` repetitions, with the spread of the repetitions
(their lowest and highest value) next to it:

a. Sequential reads: client CPU (``time.process_time``) and wall time per read,
   ``Vehicle.odometer()`` against the same GET with the same headers on a raw ``httpx2.Client``
   plus ``response.json()``.
b. Fleet read: odometer and location of every vehicle, concurrency 50, three ways: the async
   API (``aread_fleet``), the sync API on a thread pool (``read_fleet``) and sequential sync
   calls; reads per second and ratios, once per ``--latency-ms`` value.
c. Import time: ``import smartcar``, its first use
   (``import smartcar; smartcar.Vehicle; smartcar.AuthClient``) and the API v3 app's
   (``import smartcar; smartcar.App``), against ``import httpx2``, each in a new interpreter.
d. Memory: tracemalloc peak during each way of b (a separate, untimed pass).

While it runs, it prints each step on stderr with the time elapsed and an estimate of the
time left (from a model of the settings at first, then from the steps already measured).

Usage: ``python scripts/bench.py [--repeat 5] [--quick] [--json] [--latency-ms 0,5]``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import functools
import json
import multiprocessing
import multiprocessing.connection
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx2

import smartcar
from smartcar._core.config import user_agent
from smartcar.testing import (
    DEFAULT_CLIENT_ID,
    DEFAULT_CLIENT_SECRET,
    DEFAULT_REDIRECT_URI,
    add_port_option,
)

ENDPOINTS = ["odometer", "location"]
CONCURRENCY = 50
ORIGIN_VARS = (
    "SMARTCAR_API_ORIGIN",
    "SMARTCAR_AUTH_ORIGIN",
    "SMARTCAR_CONNECT_ORIGIN",
    "SMARTCAR_MANAGEMENT_API_ORIGIN",
    "SMARTCAR_VEHICLE_API_V3_ORIGIN",
)
TARGETS = {
    "a_cpu_ratio": 1.05,  # SDK client CPU per sequential read <= 1.05x raw httpx2 (issue 19 §6)
    "b_async_vs_sequential": 3.0,  # async throughput >= 3x sequential sync
    "b_async_vs_threads": 1.3,  # async throughput >= 1.3x the thread pool (issue 19 §6)
    "b_async_cpu_ratio": 1.3,  # async client CPU per read <= 1.3x sequential sync's (issue 19 §6)
    "c_import_ratio": 1.5,  # import smartcar <= 1.5x import httpx2
    "c_first_use_ratio": 1.2,  # first use (below) <= 1.2x import httpx2 (issue 18)
    "c_app_first_use_ratio": 1.3,  # the App's first use <= 1.3x import httpx2
}


# -- the server process ---------------------------------------------------------------------------


def serve(
    vehicles: int, delay: Any, conn: multiprocessing.connection.Connection, port: int = 0
) -> None:
    """Run a SimulatorServer until told to stop; answer CPU-time queries on ``conn``."""
    from smartcar.testing import Simulator, SimulatorServer

    class DelayedSimulator(Simulator):
        # The delay stands in for the network and Smartcar's own latency. It is slept in the
        # connection's server thread, outside the simulator's lock, so requests overlap in it
        # as they would on the wire.
        def handle(self, *args: Any, **kwargs: Any) -> Any:
            seconds = delay.value
            if seconds > 0:
                time.sleep(seconds)
            return super().handle(*args, **kwargs)

    sim = DelayedSimulator(extra_vehicles=vehicles)
    with SimulatorServer(sim, port=port) as server:
        conn.send(server.url)
        while True:
            message = conn.recv()
            if message == "cpu":
                conn.send(time.process_time())
            else:
                break


class ServerProcess:
    """The simulator in its own process, with its delay and CPU time reachable from here."""

    def __init__(self, vehicles: int, port: int = 0) -> None:
        ctx = multiprocessing.get_context("spawn")
        self._delay = ctx.Value("d", 0.0)
        self._conn, child = ctx.Pipe()
        self._process = ctx.Process(
            target=serve, args=(vehicles, self._delay, child, port), daemon=True
        )
        self._process.start()
        if not self._conn.poll(60):
            self._process.kill()
            raise RuntimeError("the simulator process did not start within 60 s")
        self.url: str = self._conn.recv()

    def set_latency(self, seconds: float) -> None:
        self._delay.value = seconds

    def cpu(self) -> float:
        self._conn.send("cpu")
        value: float = self._conn.recv()
        return value

    def stop(self) -> None:
        with contextlib.suppress(OSError):  # the process may already be gone
            self._conn.send("stop")
        self._process.join(10)
        if self._process.is_alive():
            self._process.kill()


# -- setup --------------------------------------------------------------------------------------


def connect(url: str, vehicles: int) -> tuple[str, list[str]]:
    """Play the user in Connect, exchange the code, and list the vehicles: a token and ids."""
    for name in ORIGIN_VARS:
        os.environ[name] = url
    with smartcar.AuthClient(
        DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, DEFAULT_REDIRECT_URI
    ) as auth:
        consent = auth.get_auth_url(["read_vehicle_info", "read_odometer", "read_location"])
        approve = consent.replace("/oauth/authorize?", "/oauth/authorize/approve?")
        location = httpx2.get(approve).headers["location"]
        code = parse_qs(urlsplit(location).query)["code"][0]
        token = auth.exchange_code(code).access_token
    ids: list[str] = []
    while len(ids) < vehicles:
        page = smartcar.get_vehicles(token, {"limit": 50, "offset": len(ids)})
        if not page.vehicles:
            break
        ids.extend(page.vehicles)
    if len(ids) < vehicles:
        raise RuntimeError(f"the simulator has {len(ids)} vehicles, {vehicles} wanted")
    return token, ids[:vehicles]


# -- a. sequential reads --------------------------------------------------------------------------


def measure(fn: Callable[[], object]) -> tuple[float, float]:
    """Client CPU seconds and wall seconds of one call of ``fn``."""
    cpu, wall = time.process_time(), time.perf_counter()
    fn()
    return time.process_time() - cpu, time.perf_counter() - wall


def sequential_reads(url: str, token: str, vehicle_id: str, reads: int) -> dict[str, float]:
    vehicle = smartcar.Vehicle(vehicle_id, token)
    headers = {
        "User-Agent": user_agent(),
        "Accept": "application/json",
        "Authorization": f"Bearer {token}",
        "SC-Unit-System": "metric",
    }
    target = f"{url}/v2.0/vehicles/{vehicle_id}/odometer"
    with httpx2.Client() as raw:

        def sdk_loop() -> None:
            for _ in range(reads):
                vehicle.odometer()

        def raw_loop() -> None:
            for _ in range(reads):
                response = raw.get(target, headers=headers)
                response.raise_for_status()
                response.json()

        # Same answer both ways, and warm connections and caches before timing.
        assert raw.get(target, headers=headers).json()["distance"] == vehicle.odometer().distance
        for _ in range(20):
            vehicle.odometer()
            raw.get(target, headers=headers).json()
        sdk_cpu, sdk_wall = measure(sdk_loop)
        raw_cpu, raw_wall = measure(raw_loop)
    return {
        "sdk_cpu_us": sdk_cpu / reads * 1e6,
        "raw_cpu_us": raw_cpu / reads * 1e6,
        "sdk_wall_us": sdk_wall / reads * 1e6,
        "raw_wall_us": raw_wall / reads * 1e6,
        "cpu_ratio": sdk_cpu / raw_cpu,
        "wall_ratio": sdk_wall / raw_wall,
    }


# -- b. fleet read --------------------------------------------------------------------------------


def run_async(token: str, ids: list[str]) -> None:
    results = asyncio.run(
        smartcar.aread_fleet([(v, token) for v in ids], ENDPOINTS, concurrency=CONCURRENCY)
    )
    check(results, ids)


def run_threads(token: str, ids: list[str]) -> None:
    results = smartcar.read_fleet([(v, token) for v in ids], ENDPOINTS, max_workers=CONCURRENCY)
    check(results, ids)


def run_sequential(token: str, ids: list[str]) -> None:
    for vehicle_id in ids:
        vehicle = smartcar.Vehicle(vehicle_id, token)
        vehicle.odometer()
        vehicle.location()


def check(results: list[smartcar.FleetResult], ids: list[str]) -> None:
    failed = [r for r in results if not r.ok]
    if failed or [r.vehicle_id for r in results] != ids:
        raise RuntimeError(f"{len(failed)} vehicles failed, first: {failed[0].error!r}")


WAYS: dict[str, Callable[[str, list[str]], None]] = {
    "async": run_async,
    "threads": run_threads,
    "sequential": run_sequential,
}


def fleet_read(server: ServerProcess, token: str, ids: list[str]) -> dict[str, float]:
    reads = len(ids) * len(ENDPOINTS)
    out: dict[str, float] = {}
    for name, way in WAYS.items():
        server_cpu = server.cpu()
        cpu, wall = measure(functools.partial(way, token, ids))
        out[f"{name}_reads_per_s"] = reads / wall
        out[f"{name}_client_cpu_us"] = cpu / reads * 1e6
        out[f"{name}_server_cpu_us"] = (server.cpu() - server_cpu) / reads * 1e6
    out["async_vs_sequential"] = out["async_reads_per_s"] / out["sequential_reads_per_s"]
    out["async_vs_threads"] = out["async_reads_per_s"] / out["threads_reads_per_s"]
    out["threads_vs_sequential"] = out["threads_reads_per_s"] / out["sequential_reads_per_s"]
    # The same reads of the same vehicles, so the client CPU of each read compares directly.
    out["async_vs_sequential_cpu"] = out["async_client_cpu_us"] / out["sequential_client_cpu_us"]
    return out


def fleet_memory(token: str, ids: list[str]) -> dict[str, float]:
    """Peak traced allocations of each way of reading the fleet (slow: run once, not timed)."""
    out: dict[str, float] = {}
    tracemalloc.start()
    try:
        for name, way in WAYS.items():
            tracemalloc.reset_peak()
            base = tracemalloc.get_traced_memory()[0]
            way(token, ids)
            out[f"{name}_peak_mib"] = (tracemalloc.get_traced_memory()[1] - base) / 2**20
    finally:
        tracemalloc.stop()
    return out


# -- c. import time -------------------------------------------------------------------------------

FIRST_USE = "import smartcar; smartcar.Vehicle; smartcar.AuthClient"
APP_FIRST_USE = "import smartcar; smartcar.App"

IMPORTS = {
    "httpx2": "import httpx2",
    "smartcar": "import smartcar",
    # The first use: what a program pays before its first call, once the lazy names load.
    "smartcar_first_use": FIRST_USE,
    "smartcar_app_first_use": APP_FIRST_USE,
}


# Bytecode caches are written and used, as in an installed package: with
# PYTHONDONTWRITEBYTECODE set, every run would compile the SDK's sources, but not httpx2's.
IMPORT_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def import_seconds(statement: str) -> float:
    code = f"import time\nt = time.perf_counter()\n{statement}\nprint(time.perf_counter() - t)\n"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=IMPORT_ENV
    )
    return float(done.stdout.strip())


def import_times(runs: int, progress: Progress) -> list[dict[str, float]]:
    """One sample per run: each statement's time, and the ratios within that run."""
    for statement in IMPORTS.values():
        import_seconds(statement)  # compile the .pyc files outside the measurement
    samples: list[dict[str, float]] = []
    for run in range(runs):
        progress.step("c. import time", run, runs)
        # Interleaved, so a busy moment of the machine affects every statement alike.
        sample = {f"{name}_ms": import_seconds(stmt) * 1e3 for name, stmt in IMPORTS.items()}
        sample["import_ratio"] = sample["smartcar_ms"] / sample["httpx2_ms"]
        sample["first_use_ratio"] = sample["smartcar_first_use_ms"] / sample["httpx2_ms"]
        sample["app_first_use_ratio"] = sample["smartcar_app_first_use_ms"] / sample["httpx2_ms"]
        samples.append(sample)
        progress.done()
    return samples


# -- the run --------------------------------------------------------------------------------------


def medians(samples: list[dict[str, float]]) -> dict[str, float]:
    return {key: statistics.median(s[key] for s in samples) for key in samples[0]}


def ranges(samples: list[dict[str, float]]) -> dict[str, list[float]]:
    """The spread of the repetitions: ``[lowest, highest]`` of each figure."""
    return {key: [min(s[key] for s in samples), max(s[key] for s in samples)] for key in samples[0]}


class Progress:
    """Prints each step on stderr with the elapsed time and an estimate of the time left.

    The estimate starts from a rough model of each step's cost (``plan``) and is corrected as
    steps finish, by the ratio of the measured to the modelled time so far.
    """

    def __init__(self, plan: list[float], quiet: bool) -> None:
        self._plan = plan
        self._quiet = quiet
        self._started = time.perf_counter()
        self._done = 0
        self._modelled_done = 0.0
        if not quiet:
            print(f"bench: {len(plan)} steps, about {_duration(sum(plan))}", file=sys.stderr)

    def estimate_left(self) -> float:
        elapsed = time.perf_counter() - self._started
        scale = elapsed / self._modelled_done if self._modelled_done > 0 else 1.0
        return sum(self._plan[self._done :]) * scale

    def step(self, what: str, run: int, runs: int) -> None:
        if self._quiet:
            return
        elapsed = time.perf_counter() - self._started
        print(
            f"[{self._done + 1}/{len(self._plan)}] {what}, run {run + 1}/{runs}   "
            f"elapsed {_duration(elapsed)}, about {_duration(self.estimate_left())} left",
            file=sys.stderr,
            flush=True,
        )

    def done(self) -> None:
        self._modelled_done += self._plan[self._done]
        self._done += 1


def _duration(seconds: float) -> str:
    return f"{seconds:.0f} s" if seconds < 90 else f"{seconds / 60:.1f} min"


def plan(args: argparse.Namespace, latencies: list[float]) -> list[float]:
    """Modelled seconds of every step, in order (a 2-core machine, idle; only a first guess)."""
    reads = args.vehicles * len(ENDPOINTS)
    steps = [args.reads * 2 * 0.0012] * args.repeat  # a: SDK and raw loops, ~1 ms a read
    for latency in latencies:
        # Sequential pays the latency on every read; async and threads overlap it.
        fleet = reads * (0.0012 + latency / 1e3) + 2 * reads * (0.0012 + latency / 1e3 / 10)
        steps += [fleet] * args.repeat
    steps.append(reads * 3 * 0.004)  # d: traced, several times slower
    steps += [len(IMPORTS) * 0.25] * args.import_runs  # c: a new interpreter per statement
    return steps


def run(args: argparse.Namespace) -> dict[str, Any]:
    latencies = [float(x) for x in args.latency_ms.split(",") if x.strip()]
    report: dict[str, Any] = {
        "environment": {
            "python": platform.python_version(),
            "httpx2": httpx2.__version__,
            "smartcar": smartcar.__version__,
            "cpus": os.cpu_count(),
            "platform": platform.platform(),
        },
        "settings": {
            "repeat": args.repeat,
            "reads": args.reads,
            "vehicles": args.vehicles,
            "concurrency": CONCURRENCY,
            "latency_ms": latencies,
            "import_runs": args.import_runs,
        },
    }
    progress = Progress(plan(args, latencies), quiet=args.json)

    def repeat(what: str, fn: Callable[[], dict[str, float]]) -> list[dict[str, float]]:
        samples = []
        for run in range(args.repeat):
            progress.step(what, run, args.repeat)
            samples.append(fn())
            progress.done()
        return samples

    server = ServerProcess(args.vehicles, args.port)
    report["settings"]["simulator"] = server.url
    try:
        token, ids = connect(server.url, args.vehicles)
        samples = repeat(
            "a. sequential reads", lambda: sequential_reads(server.url, token, ids[0], args.reads)
        )
        report["a"], report["a_range"] = medians(samples), ranges(samples)
        report["b"], report["b_range"] = {}, {}
        for latency in latencies:
            server.set_latency(latency / 1e3)
            samples = repeat(
                f"b. fleet read, {latency:g} ms latency", lambda: fleet_read(server, token, ids)
            )
            report["b"][f"{latency:g}"] = medians(samples)
            report["b_range"][f"{latency:g}"] = ranges(samples)
        progress.step("d. memory (tracemalloc)", 0, 1)
        server.set_latency(0.0)
        report["d"] = fleet_memory(token, ids)
        progress.done()
    finally:
        server.stop()
    samples = import_times(args.import_runs, progress)
    report["c"], report["c_range"] = medians(samples), ranges(samples)
    report["d"]["client_max_rss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    report["targets"] = targets(report)
    return report


def targets(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    out[f"a: SDK CPU per sequential read <= {TARGETS['a_cpu_ratio']:.2f}x raw httpx2"] = {
        "value": report["a"]["cpu_ratio"],
        "met": report["a"]["cpu_ratio"] <= TARGETS["a_cpu_ratio"],
    }
    for latency, b in report["b"].items():
        out[f"b ({latency} ms): async >= 3x sequential sync"] = {
            "value": b["async_vs_sequential"],
            "met": b["async_vs_sequential"] >= TARGETS["b_async_vs_sequential"],
        }
        out[f"b ({latency} ms): async >= {TARGETS['b_async_vs_threads']:.1f}x thread pool"] = {
            "value": b["async_vs_threads"],
            "met": b["async_vs_threads"] >= TARGETS["b_async_vs_threads"],
        }
        cpu_target = TARGETS["b_async_cpu_ratio"]
        out[f"b ({latency} ms): async client CPU/read <= {cpu_target:.1f}x sequential sync's"] = {
            "value": b["async_vs_sequential_cpu"],
            "met": b["async_vs_sequential_cpu"] <= cpu_target,
        }
    out["c: import smartcar <= 1.5x import httpx2"] = {
        "value": report["c"]["import_ratio"],
        "met": report["c"]["import_ratio"] <= TARGETS["c_import_ratio"],
    }
    out[f"c: first use ({FIRST_USE}) <= {TARGETS['c_first_use_ratio']:.1f}x import httpx2"] = {
        "value": report["c"]["first_use_ratio"],
        "met": report["c"]["first_use_ratio"] <= TARGETS["c_first_use_ratio"],
    }
    app_target = TARGETS["c_app_first_use_ratio"]
    out[f"c: App's first use ({APP_FIRST_USE}) <= {app_target:.1f}x import httpx2"] = {
        "value": report["c"]["app_first_use_ratio"],
        "met": report["c"]["app_first_use_ratio"] <= app_target,
    }
    return out


def table(report: dict[str, Any]) -> str:
    env, settings = report["environment"], report["settings"]

    def fig(section: str, key: str, fmt: str, unit: str = "", latency: str | None = None) -> str:
        """A median, then the lowest and highest of the repetitions: ``464 us (455-480)``."""
        value = report[section] if latency is None else report[section][latency]
        spread = report[f"{section}_range"]
        lo, hi = (spread if latency is None else spread[latency])[key]
        return f"{value[key]:{fmt}}{unit} ({lo:{fmt}}-{hi:{fmt}})"

    lines = [
        f"smartcar {env['smartcar']}, httpx2 {env['httpx2']}, Python {env['python']}, "
        f"{env['cpus']} CPUs, {env['platform']}",
        f"medians of {settings['repeat']} repetitions; in parentheses the lowest and highest "
        "repetition; simulator in a separate process",
        "",
        f"a. Sequential reads ({settings['reads']} x odometer, one vehicle, 0 ms latency)",
        f"   {'':24}{'client CPU/read':>22}{'wall/read':>22}",
    ]
    rows = (("Vehicle.odometer()", "sdk"), ("raw httpx2.Client + json", "raw"))
    for label, who in rows:
        lines.append(
            f"   {label:24}{fig('a', f'{who}_cpu_us', '.0f', ' us'):>22}"
            f"{fig('a', f'{who}_wall_us', '.0f', ' us'):>22}"
        )
    lines += [
        f"   {'SDK / raw':24}{fig('a', 'cpu_ratio', '.2f', 'x'):>22}"
        f"{fig('a', 'wall_ratio', '.2f', 'x'):>22}",
        "",
        f"b. Fleet read ({settings['vehicles']} vehicles x {len(ENDPOINTS)} reads, "
        f"concurrency {settings['concurrency']})",
        f"   {'latency':>8} {'way':<12}{'reads/s':>18}{'client CPU/read':>22}"
        f"{'server CPU/read':>22}",
    ]
    for latency in report["b"]:
        for way in WAYS:
            lines.append(
                f"   {latency + ' ms':>8} {way:<12}"
                f"{fig('b', f'{way}_reads_per_s', '.0f', '', latency):>18}"
                f"{fig('b', f'{way}_client_cpu_us', '.0f', ' us', latency):>22}"
                f"{fig('b', f'{way}_server_cpu_us', '.0f', ' us', latency):>22}"
            )
        lines.append(
            f"   {'':>8} ratios: async/sequential "
            f"{fig('b', 'async_vs_sequential', '.2f', 'x', latency)}, "
            f"async/threads {fig('b', 'async_vs_threads', '.2f', 'x', latency)}, "
            f"threads/sequential {fig('b', 'threads_vs_sequential', '.2f', 'x', latency)}"
        )
        lines.append(
            f"   {'':>8} client CPU per read: async/sequential sync "
            f"{fig('b', 'async_vs_sequential_cpu', '.2f', 'x', latency)}"
        )
    lines += [
        "   The latency is a delay the simulator adds to each answer, standing in for the",
        "   network and Smartcar (real reads take far longer). At 0 ms every way is bound by",
        "   client CPU, so concurrency cannot beat sequential calls there; the simulator's",
        "   own speed sets the wall time, not the client CPU.",
    ]
    lines += [
        "",
        f"c. Import time (new interpreter, median of {settings['import_runs']})",
        f"   {'import httpx2':42}{fig('c', 'httpx2_ms', '.1f', ' ms'):>22}",
        f"   {'import smartcar':42}{fig('c', 'smartcar_ms', '.1f', ' ms'):>22}"
        f"   {fig('c', 'import_ratio', '.2f', 'x')} httpx2",
        f"   {'first use (Vehicle and AuthClient loaded)':42}"
        f"{fig('c', 'smartcar_first_use_ms', '.1f', ' ms'):>22}"
        f"   {fig('c', 'first_use_ratio', '.2f', 'x')} httpx2 (includes httpx2)",
        f"   {'first use of App (App loaded)':42}"
        f"{fig('c', 'smartcar_app_first_use_ms', '.1f', ' ms'):>22}"
        f"   {fig('c', 'app_first_use_ratio', '.2f', 'x')} httpx2 (includes httpx2)",
        f"   first use: {FIRST_USE}; of App: {APP_FIRST_USE}",
        "",
        "d. Memory during b (tracemalloc peak, one separate untimed pass: no spread)",
    ]
    d = report["d"]
    for way in WAYS:
        lines.append(f"   {way:<42}{d[f'{way}_peak_mib']:>8.1f} MiB")
    lines += [
        f"   {'client process max RSS (whole run)':42}{d['client_max_rss_mib']:>8.1f} MiB",
        "",
        "Targets",
    ]
    for name, result in report["targets"].items():
        mark = "met   " if result["met"] else "MISSED"
        lines.append(f"   {mark} {name}: {result['value']:.2f}x")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], allow_abbrev=False)
    parser.add_argument(
        "--repeat", type=int, default=None, help="repetitions per figure (5; 1 with --quick)"
    )
    parser.add_argument("--quick", action="store_true", help="a fast smoke run: small and once")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument(
        "--latency-ms",
        default="0,5",
        help="server-side delays per request for b, comma-separated (default 0,5)",
    )
    parser.add_argument("--vehicles", type=int, default=1000, help="fleet size for b")
    parser.add_argument("--reads", type=int, default=2000, help="sequential reads for a")
    parser.add_argument("--import-runs", type=int, default=15, help="interpreters per import")
    add_port_option(parser)
    args = parser.parse_args(argv)
    if args.quick:
        args.vehicles, args.reads, args.import_runs = 40, 100, 3
    if args.repeat is None:
        args.repeat = 1 if args.quick else 5
    report = run(args)
    print(json.dumps(report, indent=2) if args.json else table(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
