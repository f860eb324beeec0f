"""Regenerate the low-level package from a copy of the spec with additions, for the tests that
prove an operation added to the spec works with no other edit (test_registry, test_registry_v3).
"""

from __future__ import annotations

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
    regen = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "regen.py"),
            "--spec",
            str(copy),
            "--dest",
            package,
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert regen.returncode == 0, regen.stderr
    return package
