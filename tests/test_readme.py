"""The README's Python code blocks run exactly as written, in order, against the simulator."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from .conftest import SmartcarEnv

README = Path(__file__).resolve().parent.parent / "README.md"
BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)


CONTINUES = "# Continues the quick start"


def python_blocks() -> list[str]:
    return BLOCK.findall(README.read_text(encoding="utf-8"))


def continues(block: str) -> bool:
    """A block that needs the quick start's state says so in its first line."""
    return block.startswith(CONTINUES)


def test_readme_has_the_quick_start_calls() -> None:
    text = "\n".join(python_blocks())
    for call in (
        "smartcar.AuthClient()",
        'client.get_auth_url(scope, options={"force_prompt": True})',
        "client.exchange_code(code)",
        'client.exchange_refresh_token(access["refresh_token"])',
        "smartcar.get_vehicles(access.access_token)",
        "vehicle.odometer()",
        ".distance",
        "vehicle.info().make",
        'vehicle.batch(paths=["/location"',
        "batch.location()",
        "vehicle.lock()",
        "error.retry_after",
    ):
        assert call in text, call


def test_the_quick_start_keeps_its_auth_url() -> None:
    """The Connect URL is built once, with the scopes: no later line replaces it."""
    first = python_blocks()[0]
    assert first.count("auth_url =") == 1
    assert not continues(first)


def test_the_markers_are_recognised() -> None:
    blocks = python_blocks()
    assert continues(blocks[1])  # the code exchange needs `client` and `code`
    assert not continues("import smartcar\n# Continues the quick start")


def run(block: str, index: int, namespace: dict[str, Any]) -> None:
    try:
        exec(compile(block, f"README.md block {index}", "exec"), namespace)
    except Exception as error:
        raise AssertionError(f"README block {index} failed:\n{block}") from error


def test_readme_code_blocks_run(
    smartcar_env: SmartcarEnv, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each block runs in a fresh namespace, unless its first line says it continues the
    quick start: then it runs in the quick start's namespace, after the blocks before it."""
    assert smartcar_env.sim is not None
    blocks = python_blocks()
    assert len(blocks) >= 8
    quick_start: dict[str, Any] = {"__name__": "readme"}
    for index, block in enumerate(blocks):
        if index == 0:
            run(block, index, quick_start)
            # What the redirect handler receives after the user approves the README's own URL.
            redirect = smartcar_env.sim.authorize(quick_start["auth_url"])
            quick_start["code"] = parse_qs(urlsplit(redirect).query)["code"][0]
        elif continues(block):
            run(block, index, quick_start)
        else:
            run(block, index, {"__name__": "readme"})
    out = capsys.readouterr().out
    assert "104032.0 metric" in out  # the quick start printed the odometer and its units
    assert "TESLA" in out
    assert "lock: success" in out  # the quick start asked for control_security
    assert "PERMISSION" not in out
    assert "200 {'challenge':" in out  # webhooks.receive answered the unsigned VERIFY
    # ... and typed the VEHICLE_STATE: a "Group.Name" trigger, its signal, 0 read as unknown.
    assert "TractionBattery.StateOfCharge tractionbattery-stateofcharge\n" in out
    assert "63 percent 2025-10-31 07:39:05+00:00 None\n" in out
    assert "True False\n" in out  # the retried event is recognised
    # The low-level client's block: an imperial read, and the builder's versioned path.
    assert " imperial\n" in out
    assert "/v2.0/vehicles/my-vehicle-id/odometer" in out
    scope = parse_qs(urlsplit(quick_start["auth_url"]).query)["scope"][0].split()
    assert "control_security" in scope and "read_odometer" in scope


def test_a_block_missing_its_import_fails_in_a_fresh_namespace() -> None:
    """The check can fail: a block that relies on an earlier block's import is caught."""
    with pytest.raises(AssertionError, match="README block 99 failed"):
        run("print(smartcar.__version__)", 99, {"__name__": "readme"})
