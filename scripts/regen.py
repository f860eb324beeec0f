"""Regenerate generated/smartcar_openapi from spec/smartcar.yaml with the pinned generator.

The output is byte-for-byte reproducible for a given spec, generator version, ruff version and
config (all pinned), so `make check-regen` can detect drift with `git status`. It then writes the
generated sections of the hand-written SDK modules (the typed reads of `Vehicle` and `Batch`, the
boilerplate result classes: see `_sections.py`); `--check` compares them instead, and fails when
one differs, as after an edit by hand.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml
from _registry_gen import render, signal_bodies
from _sections import write

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "smartcar.yaml"
CONFIG = ROOT / "openapi-python-client.yaml"
TEMPLATES = ROOT / "scripts" / "templates"
PACKAGE = "smartcar_openapi"
DEST = ROOT / "generated" / PACKAGE
SDK = ROOT / "smartcar"


def main(argv: list[str] | None = None) -> int:
    """Regenerate; ``--spec`` and ``--dest`` write another spec's package elsewhere (tests)."""
    parser = argparse.ArgumentParser(description=__doc__, allow_abbrev=False)
    parser.add_argument("--spec", type=Path, default=SPEC, help="the OpenAPI document")
    parser.add_argument("--dest", type=Path, default=DEST, help="the package folder to write")
    parser.add_argument(
        "--sdk",
        type=Path,
        default=None,
        help="the SDK package whose generated sections to write (default: smartcar/, unless "
        "--dest names another package: then none)",
    )
    parser.add_argument(
        "--check", action="store_true", help="fail if a generated section differs; write none"
    )
    args = parser.parse_args(argv)
    spec_path: Path = args.spec.resolve()
    dest: Path = args.dest.resolve()
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
            str(spec_path),
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
        spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
        (out / "openapi.json").write_text(
            json.dumps(spec, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8"
        )
        # The operation table the SDK derives its own tables from (see _registry_gen.py),
        # formatted by the same pinned ruff as the rest of the package.
        registry = out / "registry.py"
        registry.write_text(render(spec), encoding="utf-8")
        for module in _modules(registry):
            if not (out.parent / (module.replace(".", "/") + ".py")).is_file():
                sys.stderr.write(f"registry names {module}, which the generator did not write\n")
                return 1
        models = (out / "models" / "__init__.py").read_text(encoding="utf-8")
        for model in sorted(set(signal_bodies(spec).values())):
            if f'"{model}"' not in models:
                sys.stderr.write(
                    f"SIGNAL_BODIES names {model}, which the generator did not write\n"
                )
                return 1
        subprocess.run(
            [str(bindir / "ruff"), "format", "--isolated", "--line-length=120", str(registry)],
            env=env,
            check=True,
            capture_output=True,
        )
        if dest.exists():
            shutil.rmtree(dest)
        shutil.copytree(out, dest)
        sdk: Path | None = args.sdk or (SDK if dest == DEST else None)
        stale = [] if sdk is None else write(spec, registry, sdk.resolve(), check=args.check)
    print(f"regenerated {dest} from {spec_path}")
    for path in stale:
        verb = (
            "differs from the spec (run 'make regen', never edit it)" if args.check else "rewritten"
        )
        print(f"{path}: generated section {verb}")
    return 1 if args.check and stale else 0


def _modules(registry: Path) -> list[str]:
    prefix = f'module="{PACKAGE}.'
    text = registry.read_text(encoding="utf-8").replace("module='", 'module="')
    return [
        PACKAGE + "." + line.strip().removeprefix(prefix).rstrip("',\"")
        for line in text.splitlines()
        if line.strip().startswith(prefix)
    ]


if __name__ == "__main__":
    raise SystemExit(main())
