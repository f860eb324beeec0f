"""Regenerate the low-level package from a copy of the spec with additions, for the tests that
prove an operation added to the spec works with no other edit (test_registry, test_registry_v3).

The SDK is regenerated too, in a copy of ``smartcar/`` beside the package (the sections that
``make regen`` writes into its modules), so the scripts run and type-check against both copies.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "smartcar.yaml"


def regenerate(tmp_path: Path, paths: dict[str, Any], schemas: dict[str, Any]) -> Path:
    """The package generated from the spec plus ``paths`` and ``schemas``, under ``tmp_path``."""
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    spec["paths"].update(paths)
    spec["components"]["schemas"].update(schemas)
    copy = tmp_path / "smartcar.yaml"
    copy.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    package = tmp_path / "generated" / "smartcar_openapi"
    shutil.copytree(
        ROOT / "smartcar",
        sdk_of(package) / "smartcar",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    regen = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "regen.py"),
            "--spec",
            str(copy),
            "--dest",
            package,
            "--sdk",
            sdk_of(package) / "smartcar",
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert regen.returncode == 0, regen.stderr
    return package


def sdk_of(package: Path) -> Path:
    """The folder holding the SDK copy regenerated with ``package`` (its ``smartcar/``)."""
    return package.parent.parent / "sdk"


def hand_written(module: Path) -> list[str]:
    """The lines of an SDK module outside its generated sections (see scripts/_sections.py)."""
    kept: list[str] = []
    inside = False
    for line in module.read_text(encoding="utf-8").splitlines():
        mark = line.strip()
        if mark.startswith("# </generated "):
            inside = False
        if not inside:
            kept.append(line)
        if mark.startswith("# <generated "):
            inside = True
    return kept


def run_with(package: Path, script: str, *args: str, env: dict[str, str] | None = None) -> str:
    """Run ``script`` in a Python whose ``smartcar_openapi`` is ``package``; its output.

    The origins and the simulator URL of the environment are dropped: the script names its own.
    """
    environment = {
        **os.environ,
        **(env or {}),
        "PYTHONPATH": os.pathsep.join([str(package.parent), str(sdk_of(package))]),
    }
    for name in list(environment):
        if name.startswith("SMARTCAR_") and name.endswith("ORIGIN"):
            environment.pop(name)
    environment.pop("SMARTCAR_SIMULATOR_URL", None)
    run = subprocess.run(
        [sys.executable, "-c", script, str(package), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=environment,
        cwd=package.parent.parent,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    return run.stdout


def mypy_strict(source: Path, package: Path) -> subprocess.CompletedProcess[str]:
    """``mypy --strict`` on ``source`` against ``package`` and the SDK copy beside it."""
    return subprocess.run(
        # Silent: the copies are checked by `make lint` where they come from; here only how
        # they type the snippet matters.
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--follow-imports=silent",
            "--no-error-summary",
            str(source),
        ],
        cwd=source.parent,
        capture_output=True,
        text=True,
        env={
            **os.environ,
            "MYPYPATH": os.pathsep.join([str(package.parent), str(sdk_of(package))]),
        },
    )
