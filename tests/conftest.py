"""Cassette harness.

Tests marked ``@pytest.mark.vcr`` replay cassettes from ``tests/cassettes/<module>/<test>.yaml``,
whichever folder of ``tests/`` the module is in (``vcr_cassette_dir``).
``make test`` replays them offline (``--record-mode=none --block-network``). ``make record``
re-records them:

* against the in-process simulator by default (``smartcar.testing``), with the same URLs as the
  real API (``https://api.smartcar.com/...``), so cassettes look the same either way;
* against the real Smartcar API when ``SMARTCAR_CLIENT_ID``, ``SMARTCAR_CLIENT_SECRET``,
  ``SMARTCAR_REDIRECT_URI``, ``SMARTCAR_ACCESS_TOKEN`` and ``SMARTCAR_VEHICLE_ID`` are set
  (optionally ``SMARTCAR_AMT``, ``SMARTCAR_REFRESH_TOKEN``, ``SMARTCAR_AUTH_CODE``,
  ``SMARTCAR_WEBHOOK_ID``, ``SMARTCAR_VIN``). The real vehicle id and VIN are replaced by the
  simulator's at record time, and every credential is scrubbed, so replay needs neither.
"""

from __future__ import annotations

import asyncio
import os
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx2
import pytest
from hypothesis import HealthCheck, settings

from smartcar import _http
from smartcar.testing import (
    DEFAULT_CLIENT_ID,
    DEFAULT_CLIENT_SECRET,
    DEFAULT_MANAGEMENT_TOKEN,
    DEFAULT_REDIRECT_URI,
    Simulator,
    SimulatorTransport,
)
from smartcar.testing.cassettes import vcr_config as _vcr_config

from ._helpers import TESLA, USER, issued_token
from ._replay import Exchange, exchanges

# The browser tests need Chromium and Playwright: `make e2e` installs both and runs them with
# RUN_E2E=1; `make test` does not collect them.
collect_ignore = [] if os.environ.get("RUN_E2E") else ["e2e"]

# Property-based tests run the same examples on every run and every machine: derandomized (the
# seed is a hash of the test), with no example database, so a failure CI finds it finds again.
# Loaded here, before any test module is imported, because `@settings(...)` on a test copies
# the profile active when it is applied. A failure found by exploring is pinned as an
# `@example(...)` on its test (CONTRIBUTING.md, "Property-based tests").
settings.register_profile(
    "repro",
    derandomize=True,
    database=None,
    deadline=None,  # timings are never asserted; pytest-timeout bounds a slow example
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
# `HYPOTHESIS_PROFILE=explore make test`: new random examples on every run.
settings.register_profile(
    "explore",
    derandomize=False,
    database=None,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repro"))

# Per-module limits (seconds) where the default of pyproject.toml's `timeout` does not fit,
# unless a test sets its own `@pytest.mark.timeout`. Longer: modules that run mypy, the
# generator, a recording or a browser, whose time grows with the machine's load. Shorter: hostile
# servers that a broken deadline or cap would let hang, so the failure comes sooner.
MODULE_TIMEOUTS = {
    "test_registry.py": 300,
    "test_typing.py": 300,
    "test_harness.py": 300,
    "test_bench_smoke.py": 300,
    "test_browser.py": 300,
    "test_limits.py": 60,
    "test_faults.py": 60,
    "test_timeouts.py": 60,
}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Give each test of a module in ``MODULE_TIMEOUTS`` its limit, unless it has its own.

    A test module's file name is unique across the folders of ``tests/``: ``MODULE_TIMEOUTS``
    and the cassette folders (``vcr_cassette_dir``) are keyed by it.
    """
    names = Counter(path.name for path in {item.path for item in items})
    twice = sorted(name for name, count in names.items() if count > 1)
    if twice:
        raise pytest.UsageError(f"test modules share a file name: {', '.join(twice)}")
    for item in items:
        limit = MODULE_TIMEOUTS.get(item.path.name)
        if limit is not None and item.get_closest_marker("timeout") is None:
            item.add_marker(pytest.mark.timeout(limit))


REAL_ENV = (
    "SMARTCAR_CLIENT_ID",
    "SMARTCAR_CLIENT_SECRET",
    "SMARTCAR_REDIRECT_URI",
    "SMARTCAR_ACCESS_TOKEN",
    "SMARTCAR_VEHICLE_ID",
)
SIM_VIN = "5YJSA1CN5DFP00101"
# The simulator's time and id seed for every test: what `make record` writes is reproducible.
RECORD_CLOCK = 1_767_225_600.0  # 2026-01-01T00:00:00Z
RECORD_ID_SEED = 13
_ORIGIN_VARS = (
    "SMARTCAR_API_ORIGIN",
    "SMARTCAR_AUTH_ORIGIN",
    "SMARTCAR_CONNECT_ORIGIN",
    "SMARTCAR_MANAGEMENT_API_ORIGIN",
    "SMARTCAR_VEHICLE_API_V3_ORIGIN",
    "SMARTCAR_IAM_ORIGIN",
    "SMARTCAR_MANAGEMENT_API_V3_ORIGIN",
    "SMARTCAR_COMPATIBILITY_API_V3_ORIGIN",
)
# What `smartcar simulator` tells a shell to export: a test run in that shell must not follow it
# (the cassettes hold Smartcar's own origins) nor take its port.
_SIMULATOR_VARS = ("SMARTCAR_SIMULATOR_URL", "SMARTCAR_SIMULATOR_PORT", *_ORIGIN_VARS)


def pytest_configure(config: pytest.Config) -> None:
    """Forget a simulator or origins the developer's shell points at, for the whole run."""
    for name in _SIMULATOR_VARS:
        os.environ.pop(name, None)
    config.addinivalue_line(
        "markers",
        "strict_spec: every client runs in strict mode (SMARTCAR_STRICT=1): a response that "
        "departs from the spec in any way fails the test",
    )
    config.addinivalue_line(
        "markers",
        "tesla_connected: the `sim` fixture has the Tesla TESLA connected for the API v3 user "
        "USER (both in tests/_helpers.py), as the App's tests need",
    )


def _record_mode(config: pytest.Config) -> str:
    return str(config.getoption("--record-mode", default="none") or "none")


def recording_real_api(config: pytest.Config) -> bool:
    """Record against the real API: only when recording and every credential is set."""
    return _record_mode(config) != "none" and all(os.environ.get(v) for v in REAL_ENV)


def _replacements() -> dict[str, str]:
    # Only while recording against the real API: map the real vehicle to the simulator's.
    if not all(os.environ.get(v) for v in REAL_ENV):
        return {}
    sim = Simulator()
    out = {os.environ["SMARTCAR_VEHICLE_ID"]: sim.vehicle_ids[0]}
    if os.environ.get("SMARTCAR_VIN"):
        out[os.environ["SMARTCAR_VIN"]] = SIM_VIN
    return out


def _header(request: Any, name: str) -> str | None:
    value = request.headers.get(name)
    if isinstance(value, list | tuple):
        value = value[0] if value else None
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    return None if value is None else str(value)


def authorization_scheme(request: Any) -> str | None:
    """The scheme of a request's Authorization header (``bearer``, ``basic``), lower-cased."""
    value = _header(request, "Authorization")
    return value.split(None, 1)[0].lower() if value and value.strip() else None


def match_authorization_scheme(r1: Any, r2: Any) -> None:
    """vcrpy matcher: same Authorization scheme. Only the scheme: cassettes hold no secrets."""
    assert authorization_scheme(r1) == authorization_scheme(r2), (
        f"Authorization scheme {authorization_scheme(r1)} != {authorization_scheme(r2)}"
    )


def match_unit_system(r1: Any, r2: Any) -> None:
    """vcrpy matcher: same SC-Unit-System header (or both without one)."""
    one, two = _header(r1, "SC-Unit-System"), _header(r2, "SC-Unit-System")
    assert (one or "").lower() == (two or "").lower(), f"SC-Unit-System {one} != {two}"


MATCHERS = {
    "authorization_scheme": match_authorization_scheme,
    "unit_system": match_unit_system,
}


def pytest_recording_configure(config: pytest.Config, vcr: Any) -> None:
    """Register the header matchers named in ``vcr_config``'s ``match_on``."""
    for name, matcher in MATCHERS.items():
        vcr.register_matcher(name, matcher)


def harness_vcr_config(replacements: dict[str, str] | None = None) -> dict[str, Any]:
    """The shipped scrubbing config, matching also on the auth scheme and the unit system."""
    config = _vcr_config(replacements=replacements)
    config["match_on"] = (*config["match_on"], *MATCHERS)
    return config


CASSETTES = Path(__file__).parent / "cassettes"


@pytest.fixture
def vcr_cassette_dir(request: pytest.FixtureRequest) -> str:
    """One folder of cassettes, ``tests/cassettes/<module>``, wherever the test module lives."""
    return str(CASSETTES / request.path.stem)


@pytest.fixture(scope="session")
def vcr_config(pytestconfig: pytest.Config) -> dict[str, Any]:
    """Scrub credentials at record time; match bodies (batch, token grants), the Authorization
    scheme and SC-Unit-System, so a request with the wrong units or credentials kind fails."""
    replacements = _replacements() if recording_real_api(pytestconfig) else {}
    return harness_vcr_config(replacements)


@dataclass
class SmartcarEnv:
    """Credentials and ids for a test, from the simulator or (recording only) the real API."""

    real: bool
    client_id: str
    client_secret: str
    redirect_uri: str
    amt: str
    access_token: str
    vehicle_id: str
    vin: str
    webhook_id: str
    sim: Simulator | None = None
    secrets: list[str] = field(default_factory=list)

    def auth_code(self, auth_url: str) -> str:
        """An authorization code, as if the user consented in Connect."""
        if self.sim is None:
            code = os.environ.get("SMARTCAR_AUTH_CODE")
            if not code:
                pytest.skip("set SMARTCAR_AUTH_CODE to record the code exchange for real")
            return code
        from urllib.parse import parse_qs, urlsplit

        redirect = self.sim.authorize(auth_url)
        return parse_qs(urlsplit(redirect).query)["code"][0]


@pytest.fixture
def smartcar_env(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[SmartcarEnv]:
    """Point the SDK at the simulator (or, when recording for real, at Smartcar)."""
    for var in _ORIGIN_VARS:
        monkeypatch.delenv(var, raising=False)
    if recording_real_api(request.config):
        env = SmartcarEnv(
            real=True,
            client_id=os.environ["SMARTCAR_CLIENT_ID"],
            client_secret=os.environ["SMARTCAR_CLIENT_SECRET"],
            redirect_uri=os.environ["SMARTCAR_REDIRECT_URI"],
            amt=os.environ.get("SMARTCAR_AMT", ""),
            access_token=os.environ["SMARTCAR_ACCESS_TOKEN"],
            vehicle_id=os.environ["SMARTCAR_VEHICLE_ID"],
            vin=os.environ.get("SMARTCAR_VIN", SIM_VIN),
            webhook_id=os.environ.get("SMARTCAR_WEBHOOK_ID", "webhook-id"),
        )
        env.secrets = [env.client_secret, env.access_token, env.amt]
        yield env
        return
    # One extra vehicle: a plug-in hybrid, so /fuel and /engine/oil have something to read.
    # A constant clock and seeded ids: re-recording unchanged behaviour rewrites no cassette.
    sim = Simulator(extra_vehicles=1, clock=lambda: RECORD_CLOCK, id_seed=RECORD_ID_SEED)
    monkeypatch.setenv("SMARTCAR_CLIENT_ID", DEFAULT_CLIENT_ID)
    monkeypatch.setenv("SMARTCAR_CLIENT_SECRET", DEFAULT_CLIENT_SECRET)
    monkeypatch.setenv("SMARTCAR_REDIRECT_URI", DEFAULT_REDIRECT_URI)
    # API v3 credentials: the simulator accepts the same client for both.
    monkeypatch.setenv("SMARTCAR_API_CLIENT_ID", DEFAULT_CLIENT_ID)
    monkeypatch.setenv("SMARTCAR_API_CLIENT_SECRET", DEFAULT_CLIENT_SECRET)
    token = sim.issue_token()
    env = SmartcarEnv(
        real=False,
        client_id=DEFAULT_CLIENT_ID,
        client_secret=DEFAULT_CLIENT_SECRET,
        redirect_uri=DEFAULT_REDIRECT_URI,
        amt=DEFAULT_MANAGEMENT_TOKEN,
        access_token=token["access_token"],
        vehicle_id=sim.vehicle_ids[0],
        vin=SIM_VIN,
        webhook_id="d0846f13-ef13-4014-9d90-6439e1dd0884",
        sim=sim,
        secrets=[DEFAULT_CLIENT_SECRET, DEFAULT_MANAGEMENT_TOKEN, token["access_token"]],
    )
    # Every SDK call without an explicit client goes to the in-process simulator. During
    # replay vcrpy answers from the cassette before the transport is reached.
    _http.set_transport_override(SimulatorTransport(sim))
    try:
        yield env
    finally:
        _http.set_transport_override(None)


@pytest.fixture(autouse=True)
def _strict_spec(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    # Opt-in per module or test: the cassettes of a part of the spec that is exact replay
    # strictly, so a spec, simulator or SDK change that makes them drift apart fails here.
    if request.node.get_closest_marker("strict_spec") is not None:
        monkeypatch.setenv("SMARTCAR_STRICT", "1")


@pytest.fixture
def replayed(vcr: Any) -> Iterator[Callable[[], list[Exchange]]]:
    """The test's cassette interactions; on replay, fails the test if one was not used."""
    yield lambda: exchanges(vcr)
    if vcr is not None and vcr.write_protected:
        unused = len(vcr) - len(vcr.play_counts)
        assert unused == 0, f"{unused} recorded interaction(s) were never replayed"


# -- fixtures shared by several test modules (a module's own fixture of the same name wins) ------


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The delays the SDK asked for, sync or async; nothing really sleeps."""
    requested: list[float] = []

    async def fake_async_sleep(seconds: float) -> None:
        requested.append(seconds)

    monkeypatch.setattr(_http.engine.time, "sleep", requested.append)
    monkeypatch.setattr(asyncio, "sleep", fake_async_sleep)
    return requested


@pytest.fixture
def no_sleep(monkeypatch: pytest.MonkeyPatch) -> None:
    """Retries back off without sleeping (and without keeping the delays)."""
    monkeypatch.setattr(_http.engine.time, "sleep", lambda seconds: None)


@pytest.fixture
def sim(request: pytest.FixtureRequest) -> Simulator:
    """A fresh simulator with its default vehicles (and a v3 connection, if marked so)."""
    simulator = Simulator()
    if request.node.get_closest_marker("tesla_connected") is not None:
        simulator.connect([TESLA], user_id=USER)
    return simulator


@pytest.fixture
def token(sim: Simulator) -> str:
    """An access token of the test's ``sim``."""
    return issued_token(sim)


@pytest.fixture
def client(sim: Simulator) -> Iterator[httpx2.Client]:
    """An httpx2 client that talks to the test's ``sim``."""
    with httpx2.Client(transport=SimulatorTransport(sim)) as c:
        yield c
