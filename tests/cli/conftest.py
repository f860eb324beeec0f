"""Fixtures of the command-line tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from smartcar.cli import main


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Callable[..., tuple[int, str, str]]:
    """Run ``smartcar --token-file <tmp>/tokens.json ARGS...``: (exit status, stdout, stderr)."""

    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--token-file", str(tmp_path / "tokens.json"), *args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run
