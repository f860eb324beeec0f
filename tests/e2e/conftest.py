"""Browser tests: a real headless Chromium (the distribution's package) driven by Playwright.

Run with ``make e2e``, which installs both; ``make test`` does not collect this folder. Only a
test that fails leaves a screenshot of the page in ``e2e-artifacts/``; a passing run leaves none.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "e2e-artifacts"


def simulator_port() -> int:
    """The simulators' port: ``$SMARTCAR_SIMULATOR_PORT`` (``make e2e``), else a free one."""
    return int(os.environ.get("SMARTCAR_SIMULATOR_PORT") or 0)


def chromium_path() -> str:
    """The system Chromium: Playwright must never download a browser of its own."""
    path = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(path).exists():
        pytest.fail("Chromium is not installed: run `make e2e`, which installs it with apt")
    return path


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), headless=True)
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Browser, request: pytest.FixtureRequest) -> Iterator[Page]:
    context = browser.new_context()
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    report = getattr(request.node, "report_call", None)
    if report is not None and report.failed:
        ARTIFACTS.mkdir(exist_ok=True)
        name = request.node.name.replace("/", "_").replace("[", "_").replace("]", "")
        page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
    context.close()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[Any]) -> Iterator[None]:
    outcome = yield
    report = outcome.get_result()
    if report.when == "call":
        # Read by the `page` fixture's teardown, which takes the screenshot of a failure.
        item.report_call = report  # type: ignore[attr-defined]
