"""Regenerate generated/smartcar_openapi from spec/smartcar.yaml with the pinned generator.

The output is byte-for-byte reproducible for a given spec, generator version, ruff version and
config (all pinned), so `make check-regen` can detect drift with `git status`.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "smartcar.yaml"
CONFIG = ROOT / "openapi-python-client.yaml"
TEMPLATES = ROOT / "scripts" / "templates"
PACKAGE = "smartcar_openapi"
DEST = ROOT / "generated" / PACKAGE


def main() -> int:
    bindir = Path(sys.executable).parent
    generator = bindir / "openapi-python-client"
    # The generator's post-hooks call `ruff` from PATH: make sure it is the pinned one.
    env = {**os.environ, "PATH": f"{bindir}{os.pathsep}{os.environ.get('PATH', '')}"}
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / PACKAGE
        cmd = [
            str(generator),
            "generate",
            "--path",
            str(SPEC),
            "--config",
            str(CONFIG),
            "--meta",
            "none",
            "--custom-template-path",
            str(TEMPLATES),
            "--output-path",
            str(out),
            "--fail-on-warning",
        ]
        result = subprocess.run(cmd, env=env, cwd=tmp, capture_output=True, text=True)
        if result.returncode != 0:
            sys.stderr.write(result.stdout + result.stderr)
            return result.returncode
        # --meta none writes no py.typed; the package ships typed.
        (out / "py.typed").write_text("")
        # A JSON copy of the spec, so the simulator can answer with its examples at run time
        # without a YAML parser.
        spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
        (out / "openapi.json").write_text(
            json.dumps(spec, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8"
        )
        if DEST.exists():
            shutil.rmtree(DEST)
        shutil.copytree(out, DEST)
    print(f"regenerated {DEST.relative_to(ROOT)} from {SPEC.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
