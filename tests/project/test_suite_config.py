"""The suite's own guarantees: every test ends, and every property-based test is reproducible.

A hang must fail the run with the stacks that show where it hangs, including hangs that live in
a worker thread or behind an event loop; a failure hypothesis finds must be found again on the
next run, on any machine.
"""

from __future__ import annotations

import importlib
import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

import pytest
from hypothesis import settings

ROOT = Path(__file__).resolve().parents[2]


def test_every_test_has_a_timeout_ended_by_a_watchdog_thread(pytestconfig: pytest.Config) -> None:
    assert float(pytestconfig.getini("timeout")) >= 60
    assert pytestconfig.getini("timeout_method") == "thread"


def test_module_limits_apply_unless_a_test_sets_its_own(request: pytest.FixtureRequest) -> None:
    from tests.conftest import MODULE_TIMEOUTS

    # The table names modules that exist, so a renamed module does not lose its limit silently.
    modules = {path.name for path in (ROOT / "tests").rglob("test_*.py")}
    assert set(MODULE_TIMEOUTS) <= modules
    for item in request.session.items:
        marker = item.get_closest_marker("timeout")
        if item.path.name in MODULE_TIMEOUTS:
            assert marker is not None, item.nodeid


HANGS = {
    # The event loop waits on a thread that never returns: SIGALRM would interrupt the loop, but
    # asyncio.run's clean-up then waits for the default executor's thread for ever.
    "asyncio": """
        import asyncio, threading

        def test_hangs():
            asyncio.run(asyncio.to_thread(threading.Event().wait))
    """,
    # A pool worker never returns: the interpreter would wait for it at exit.
    "threads": """
        import threading
        from concurrent.futures import ThreadPoolExecutor

        def test_hangs():
            with ThreadPoolExecutor(2) as pool:
                pool.submit(threading.Event().wait).result()
    """,
}


@pytest.mark.timeout(120)
@pytest.mark.parametrize("kind", sorted(HANGS))
def test_a_hang_ends_the_run_with_every_threads_stack(kind: str, tmp_path: Path) -> None:
    (tmp_path / "test_hang.py").write_text(textwrap.dedent(HANGS[kind]))
    # The project's own configuration, with a short limit so the test is quick.
    command = [sys.executable, "-m", "pytest", "-c", str(ROOT / "pyproject.toml")]
    command += ["--rootdir", str(tmp_path), "-p", "no:cacheprovider", "-o", "timeout=2"]
    done = subprocess.run(
        [*command, str(tmp_path / "test_hang.py")],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=100,  # a hang here would mean the limit did not end it
        cwd=tmp_path,
    )
    assert done.returncode != 0
    assert "timeout method: thread" in done.stdout
    assert "+ Timeout +" in done.stdout
    # The dump shows every thread: the worker's frame, where the hang is, and the test's.
    worker = {"asyncio": "Stack of asyncio_0", "threads": "Stack of ThreadPoolExecutor-0_0"}
    assert worker[kind] in done.stdout
    assert 'test_hang.py", line' in done.stdout


def _property_settings() -> list[tuple[str, settings]]:
    """Every hypothesis settings object of the test modules: decorated tests and shared ones."""
    found: list[tuple[str, settings]] = []
    # The browser tests (tests/e2e) need Playwright, which `make test` does not install.
    for path in sorted(p for p in (ROOT / "tests").glob("*/test_*.py") if p.parent.name != "e2e"):
        module = importlib.import_module(f"tests.{path.parent.name}.{path.stem}")
        for name, value in vars(module).items():
            if isinstance(value, settings):
                found.append((f"{path.stem}.{name}", value))
            inner = getattr(value, "_hypothesis_internal_use_settings", None)
            if isinstance(inner, settings):
                found.append((f"{path.stem}.{name}", inner))
    return found


def test_property_based_tests_are_derandomized_without_a_database() -> None:
    found = _property_settings()
    assert len(found) >= 8  # the fuzz and webhook tests are found at all
    drifting = [name for name, s in found if not s.derandomize or s.database is not None]
    assert drifting == []


def test_the_default_profile_is_the_reproducible_one() -> None:
    # Any other profile comes only from HYPOTHESIS_PROFILE or --hypothesis-profile.
    if settings.get_current_profile_name() != "repro":
        pytest.skip("another profile was chosen explicitly")
    current = settings()
    assert current.derandomize and current.database is None and current.deadline is None


def test_the_mutation_run_names_test_paths_that_exist() -> None:
    # A test module renamed or moved must not leave `make mutate` selecting or ignoring nothing.
    mutmut = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["mutmut"]
    selected = mutmut["pytest_add_cli_args_test_selection"]
    args = mutmut["pytest_add_cli_args"]
    ignored = [a.removeprefix("--ignore=") for a in args if a.startswith("--ignore=")]
    assert selected and ignored
    for path in [*selected, *ignored]:
        assert (ROOT / path).exists(), path
    assert all(any(path.startswith(s + "/") for s in selected) for path in ignored)
    for copied in mutmut["also_copy"]:
        assert (ROOT / copied).exists(), copied
