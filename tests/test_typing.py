"""The typing promises hold under `mypy --strict` (tests/typing/*.py are checked, not run)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("source", sorted((ROOT / "tests" / "typing").glob("*.py")), ids=str)
def test_mypy_strict_accepts(source: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", str(source)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_rejects_a_wrong_type(tmp_path: Path) -> None:
    # The check itself must be able to fail: a wrong claimed type is reported.
    wrong = tmp_path / "wrong.py"
    wrong.write_text(
        "from typing import assert_type\n"
        "import smartcar\n"
        "def f(v: smartcar.Vehicle) -> None:\n"
        "    assert_type(v.odometer().distance, str)\n"
    )
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", str(wrong)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "assert-type" in result.stdout
