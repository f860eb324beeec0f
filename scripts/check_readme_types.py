"""Type-check the README's Python blocks with ``mypy --strict``, as a reader would run them.

The blocks are taken in order. The quick start and the blocks whose first line says they
continue it (``# Continues the quick start``) are checked as one module, in order, because
they use each other's names; every other block is a module of its own. Errors name the block
(counted from 0, as ``tests/docs/test_readme.py`` does) and its line. ``make lint`` runs this.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)
CONTINUES = "# Continues the quick start"


def modules(readme: str) -> tuple[dict[str, str], dict[int, tuple[int, int]]]:
    """The modules to check, by file name, and where the quick start's lines come from.

    Returns:
        ``{file name: text}``: ``readme_quick_start.py`` for the quick start and the blocks
        that continue it, ``readme_block_NN.py`` for each other block; and, for each line of
        the quick start's module, ``(block number, line in that block)``.
    """
    blocks = BLOCK.findall(readme)
    out: dict[str, str] = {}
    chain: list[str] = []
    where: dict[int, tuple[int, int]] = {}
    for index, block in enumerate(blocks):
        if index == 0 or block.startswith(CONTINUES):
            lines = block.splitlines()
            for offset in range(len(lines)):
                where[len(chain) + 1] = (index, offset + 1)
                chain.append(lines[offset])
        else:
            out[f"readme_block_{index:02d}.py"] = block
    out["readme_quick_start.py"] = "\n".join(chain) + "\n"
    return out, where


def _located(line: str, where: dict[int, tuple[int, int]]) -> str:
    # "readme_block_07.py:3: error" -> "README.md block 7, line 3: error"
    match = re.match(r"(?:.*/)?readme_(?:block_(\d+)|quick_start)\.py:(\d+):(.*)", line)
    if not match:
        return line
    block, number, rest = match.groups()
    if block is None:
        index, inside = where.get(int(number), (-1, int(number)))
    else:
        index, inside = int(block), int(number)
    return f"README.md block {index}, line {inside}:{rest}"


def main(argv: list[str] | None = None) -> int:
    """Write the modules to a temporary folder and run ``mypy --strict`` on them.

    Args:
        argv: optionally the Markdown file to check (default: the repository's README.md).
    """
    args = sys.argv[1:] if argv is None else argv
    readme = Path(args[0]) if args else ROOT / "README.md"
    found, where = modules(readme.read_text(encoding="utf-8"))
    if not found["readme_quick_start.py"].strip():
        print(f"{readme} has no Python blocks", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as folder:
        for name, text in found.items():
            (Path(folder) / name).write_text(text, encoding="utf-8")
        command = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", folder]
        done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    for line in done.stdout.splitlines():
        print(_located(line, where))
    return done.returncode


if __name__ == "__main__":
    raise SystemExit(main())
