"""The typing promises hold under `mypy --strict` (tests/typing/*.py are checked, not run)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


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


# Each line misuses a list or a token manager; mypy must report it, on that line.
MISUSES = {
    "for c in smartcar.AsyncApp('i', 's').connections(): ...": "misc",
    "for s in smartcar.AsyncApp('i', 's').vehicle('v', 'u').signals(): ...": "misc",
    "for v in smartcar.paging.vehicles('token', asynchronous=True): ...": "misc",
    "for p in smartcar.paging.permissions(smartcar.AsyncVehicle('v', 't')): ...": "misc",
    "async for c in smartcar.App('i', 's').connections(): ...": "attr-defined",
    "async for v in smartcar.paging.vehicles('token'): ...": "attr-defined",
    "smartcar.TokenManager(object(), {})": "call-overload",
    "smartcar.TokenManager(smartcar.AuthClient('i', 's', 'r'), load=load_async)": "arg-type",
}


def test_mypy_strict_reports_each_misuse_of_a_page_type_or_token_manager(tmp_path: Path) -> None:
    lines = [
        "import smartcar",
        "async def load_async() -> None: ...",
        "async def misuse() -> None:",
        *(f"    {line}" for line in MISUSES),
    ]
    source = tmp_path / "misuse.py"
    source.write_text("\n".join(lines) + "\n")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", str(source)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    errors: dict[int, set[str]] = {}
    for line in result.stdout.splitlines():
        where, _, rest = line.partition(": error: ")
        if rest:
            code = rest.rsplit("[", 1)[-1].rstrip("]")
            errors.setdefault(int(where.split(":")[1]), set()).add(code)
    first = len(lines) - len(MISUSES) + 1
    for number, (line, code) in enumerate(MISUSES.items(), first):
        assert code in errors.get(number, set()), (line, result.stdout)
