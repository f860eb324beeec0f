"""The README's Python code blocks run exactly as written, in order, against the simulator."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

import smartcar

from .conftest import SmartcarEnv

README = Path(__file__).resolve().parent.parent / "README.md"
BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)


def python_blocks() -> list[str]:
    return BLOCK.findall(README.read_text(encoding="utf-8"))


def test_readme_has_the_quick_start_calls() -> None:
    text = "\n".join(python_blocks())
    for call in (
        "smartcar.AuthClient()",
        "client.get_auth_url([",
        'client.get_auth_url(options={"force_prompt": True})',
        "client.exchange_code(code)",
        'client.exchange_refresh_token(access["refresh_token"])',
        "smartcar.get_vehicles(access.access_token)",
        "vehicle.odometer()",
        ".distance",
        "vehicle.info().make",
        'vehicle.batch(paths=["/location"',
        "batch.location()",
        "error.retry_after",
    ):
        assert call in text, call


def test_readme_code_blocks_run(
    smartcar_env: SmartcarEnv, capsys: pytest.CaptureFixture[str]
) -> None:
    assert smartcar_env.sim is not None
    # What the redirect handler would receive after the user approves in Connect.
    auth_url = smartcar.AuthClient().get_auth_url()
    code = parse_qs(urlsplit(smartcar_env.sim.authorize(auth_url)).query)["code"][0]
    namespace: dict[str, Any] = {"__name__": "readme", "code": code}
    blocks = python_blocks()
    assert len(blocks) >= 8
    for index, block in enumerate(blocks):
        try:
            exec(compile(block, f"README.md block {index}", "exec"), namespace)
        except Exception as error:
            raise AssertionError(f"README block {index} failed:\n{block}") from error
    out = capsys.readouterr().out
    assert "104032.0 metric" in out  # the quick start printed the odometer and its units
    assert "TESLA" in out
    assert "{'challenge':" in out  # the webhook handler answered the VERIFY event
