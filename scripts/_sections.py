"""The generated sections of hand-written SDK modules, written by ``make regen`` from the spec.

As stripe-python does, generated code lives between two marker comments inside a module that is
otherwise hand-written::

    # <generated reads>: written by `make regen` from spec/smartcar.yaml; do not edit
    odometer: operation[[], types.Odometer] = _read("get_odometer")
    # </generated reads>

The sections, each derived from the registry of the freshly generated package and the spec:

- ``smartcar/vehicle.py`` ``reads``: one typed declaration in ``BaseVehicle`` per argument-free
  ``Vehicle`` read (``smartcar._resources.reads.plain_reads``), unless the class defines that
  name by hand;
- ``smartcar/_resources/batch.py`` ``batch accessors``: one typed ``Batch`` accessor per batch path;
- ``smartcar/_app/vehicle.py`` ``app vehicle``: one typed declaration in ``BaseAppVehicle`` per
  read and command of the app's vehicle without arguments
  (``smartcar._resources.reads.app_vehicle_operations``), unless the class defines that name
  by hand;
- ``smartcar/_results/generated.py`` ``results``: the result class of each v2.0 operation,
  ``Vehicle`` read and app vehicle read whose model has no hand-written class in
  ``smartcar/_results/``, named by the schema's ``x-smartcar-class`` (the schema's name by
  default; ``false`` for none), documented by its ``description``; ``smartcar.types``
  re-exports them.

A hand-written name outside a section always wins, so a read, accessor or result class that
needs behaviour is written by hand and the generator leaves it out. The module is then
formatted by the pinned ruff, so a section is exactly what ``make regen`` writes, and
``make check-regen`` fails when one was changed by hand.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterable
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BEGIN = "# <generated {name}>: written by `make regen` from spec/smartcar.yaml; do not edit"
END = "# </generated {name}>"
# The module of the result classes' section, in the SDK package.
RESULTS = Path("_results/generated.py")
# The module of the batch accessors' section.
BATCH = Path("_resources/batch.py")
# Origins of the API v2.0 hosts, whose results carry ``meta`` as the official namedtuples do.
V2_ORIGINS = ("api", "management")


def load(path: Path, name: str) -> ModuleType:
    """A module loaded from its file alone (the registry, ``smartcar/_resources/reads.py``)."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


def _span(lines: list[str], name: str, path: Path) -> tuple[int, int, str]:
    """The indices of the begin and end markers of section ``name``, and their indentation."""
    begin = [i for i, line in enumerate(lines) if line.strip() == BEGIN.format(name=name)]
    end = [i for i, line in enumerate(lines) if line.strip() == END.format(name=name)]
    if len(begin) != 1 or len(end) != 1 or begin[0] > end[0]:
        raise SystemExit(
            f"{path}: needs one '{BEGIN.format(name=name)}' ... '{END.format(name=name)}'"
        )
    indent = lines[begin[0]][: len(lines[begin[0]]) - len(lines[begin[0]].lstrip())]
    return begin[0], end[0], indent


def _hand_written(
    source: str, path: Path, name: str
) -> tuple[ast.Module, Callable[[ast.stmt], bool]]:
    """The module's syntax tree, and a test of whether a statement lies outside section ``name``."""
    lines = source.splitlines()
    first, last, _ = _span(lines, name, path)
    return ast.parse(source), lambda node: not first < node.lineno - 1 < last


def _names(body: Iterable[ast.stmt], keep: Callable[[ast.stmt], bool]) -> set[str]:
    # The names a class body binds by hand: methods, assignments and annotated assignments.
    found: set[str] = set()
    for node in body:
        if not keep(node):
            continue
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            found.add(node.name)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            found.add(node.target.id)
        elif isinstance(node, ast.Assign):
            found.update(t.id for t in node.targets if isinstance(t, ast.Name))
    return found


def _class(tree: ast.Module, name: str) -> ast.ClassDef:
    return next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == name)


def _doc(text: str) -> str:
    # The spec's Markdown code spans as the docstrings' reStructuredText literals.
    return re.sub(r"(?<!`)`([^`]+)`(?!`)", r"``\1``", text.strip())


def _docstring(text: str, indent: str) -> list[str]:
    paragraphs = [p.strip() for p in _doc(text).split("\n\n") if p.strip()]
    one = f'{indent}"""{paragraphs[0]}"""'
    if len(paragraphs) == 1 and len(one) <= 100:
        return [one]
    out: list[str] = []
    for number, paragraph in enumerate(paragraphs):
        if number:
            out.append("")
        opening = '"""' if number == 0 else ""
        wrapped = textwrap.wrap(paragraph, width=100 - len(indent) - 3 * (number == 0))
        out.extend(f"{indent}{opening if i == 0 else ''}{line}" for i, line in enumerate(wrapped))
    return [*out, f'{indent}"""']


class Sections:
    """The generated sections of the SDK modules in ``sdk`` for one spec and its registry."""

    def __init__(self, spec: dict[str, Any], registry: ModuleType, sdk: Path) -> None:
        self.sdk = sdk
        self.schemas: dict[str, Any] = spec["components"]["schemas"]
        self.operations: tuple[Any, ...] = registry.OPERATIONS
        self.reads = load(sdk / "_resources/reads.py", "_smartcar_reads_for_regen")
        # Generated model -> the hand-written SDK class built directly on it, in any module of
        # smartcar/_results/ (outside the section of the one that has it).
        self.hand_classes: dict[str, str] = {}
        for path in sorted((sdk / RESULTS).parent.glob("*.py")):
            source = path.read_text(encoding="utf-8")
            if path.name == RESULTS.name:
                tree, keep = _hand_written(source, path, "results")
            else:
                tree, keep = ast.parse(source), lambda node: True
            self.hand_classes.update(
                (base.attr, node.name)
                for node in tree.body
                if isinstance(node, ast.ClassDef) and keep(node)
                for base in node.bases
                if isinstance(base, ast.Attribute)
                and isinstance(base.value, ast.Name)
                and base.value.id == "models"
            )

    def class_name(self, model: str) -> str | None:
        """The SDK result class of a generated model, or ``None`` when it has none."""
        if model in self.hand_classes:
            return self.hand_classes[model]
        named = self.schemas.get(model, {}).get("x-smartcar-class")
        if named is False:
            return None
        return str(named or model)

    def results(self) -> list[str]:
        """The ``results`` section of ``_results/generated.py``: the boilerplate result classes."""
        vehicle = {info.operation_id for info in self.reads.vehicle_reads(self.operations)}
        vehicle |= {
            info.operation_id
            for info in self.reads.app_vehicle_operations(self.operations)
            if not info.command
        }
        made: dict[str, tuple[str, Any]] = {}
        for info in self.operations:
            model = info.result
            if model is None or info.result_is_list or model in self.hand_classes:
                continue
            if info.origin not in V2_ORIGINS and info.operation_id not in vehicle:
                continue
            name = self.class_name(model)
            if name is not None and model not in made:
                made[model] = (name, info)
        lines: list[str] = []
        for model, (name, info) in made.items():
            doc = self.schemas.get(model, {}).get("description") or (
                f"Result of ``{info.operation_id}``: {info.summary.rstrip('.')}."
            )
            if info.origin in V2_ORIGINS:
                base, fields = "TupleLike", ["    meta: Meta = _meta_field()"]
            else:
                base = "V3Shape"
                fields = [
                    "    response_meta: Meta = attrs.field(factory=Meta, kw_only=True, eq=False)",
                    "    response_headers: Mapping[str, str] = _headers_field()",
                ]
            lines += ["", "", "@attrs.define", f"class {name}({base}, models.{model}):"]
            lines += [*_docstring(doc, "    "), "", *fields]
        names = sorted(name for name, _ in made.values())
        lines += ["", "", "__all__ = [", *(f'    "{n}",' for n in names), "]", ""]
        return lines

    def vehicle_reads(self) -> list[str]:
        """The ``reads`` section of ``vehicle.py``: ``BaseVehicle``'s typed read declarations."""
        source = (self.sdk / "vehicle.py").read_text(encoding="utf-8")
        tree, keep = _hand_written(source, self.sdk / "vehicle.py", "reads")
        hand = _names(_class(tree, "BaseVehicle").body, keep)
        lines = []
        for info in self.reads.plain_reads(self.operations):
            name = self.class_name(info.result)
            if info.name not in hand and name is not None:
                lines.append(
                    f'{info.name}: operation[[], types.{name}] = _read("{info.operation_id}")'
                )
        return lines

    def app_vehicle(self) -> list[str]:
        """The ``app vehicle`` section of ``_app/vehicle.py``: ``BaseAppVehicle``'s declarations."""
        source = (self.sdk / "_app/vehicle.py").read_text(encoding="utf-8")
        tree, keep = _hand_written(source, self.sdk / "_app/vehicle.py", "app vehicle")
        hand = _names(_class(tree, "BaseAppVehicle").body, keep)
        lines = []
        for info in self.reads.app_vehicle_operations(self.operations):
            if info.name in hand:
                continue
            if info.command:
                declared, make = "v3.CommandExecution", "_v3_command"
            else:
                name = self.class_name(info.result)
                if name is None:
                    continue
                declared, make = f"types.{name}", "_v3_read"
            lines.append(f'{info.name}: operation[[], {declared}] = {make}("{info.operation_id}")')
        return lines

    def batch_accessors(self) -> list[str]:
        """The ``batch accessors`` section of ``_resources/batch.py``: ``Batch``'s accessors."""
        source = (self.sdk / BATCH).read_text(encoding="utf-8")
        tree, keep = _hand_written(source, self.sdk / BATCH, "batch accessors")
        hand = _names(_class(tree, "Batch").body, keep)
        # The official SDK's attribute names of a few paths: the hand-written table of
        # _resources/batch.py.
        renamed = next(
            ast.literal_eval(node.value)
            for node in tree.body
            if isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == "_ATTRIBUTE_FOR_PATH" for t in node.targets)
        )
        lines = []
        for info in self.reads.batch_reads(self.operations):
            path = info.batch_path.strip().strip("/")
            attribute = re.sub(r"[^0-9a-zA-Z_]", "_", renamed.get(path, path))
            name = None if info.result_is_list else self.class_name(info.result)
            if attribute not in hand and name is not None:
                lines.append(f'{attribute} = _accessor("{info.operation_id}", types.{name})')
        return lines

    def rendered(self) -> dict[Path, str]:
        """Each module with its sections rewritten and formatted: what ``make regen`` writes."""
        out: dict[Path, str] = {}
        for module, sections in (
            ("vehicle.py", {"reads": self.vehicle_reads}),
            (BATCH.as_posix(), {"batch accessors": self.batch_accessors}),
            ("_app/vehicle.py", {"app vehicle": self.app_vehicle}),
            (RESULTS.as_posix(), {"results": self.results}),
        ):
            path = self.sdk / module
            lines = path.read_text(encoding="utf-8").splitlines()
            for name, render in sections.items():
                first, last, indent = _span(lines, name, path)
                body = [f"{indent}{line}" if line else "" for line in render()]
                lines[first + 1 : last] = body
            out[path] = _formatted("\n".join(lines) + "\n", module)
        return out


def _formatted(source: str, module: str) -> str:
    # The project's ruff settings (pyproject.toml), as `make lint` applies them.
    bindir = Path(sys.executable).parent
    result = subprocess.run(
        [str(bindir / "ruff"), "format", "--stdin-filename", f"smartcar/{module}", "-"],
        input=source,
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    return result.stdout


def write(spec: dict[str, Any], registry_path: Path, sdk: Path, *, check: bool) -> list[Path]:
    """Rewrite the sections of the modules in ``sdk`` (or, with ``check``, only compare them).

    Returns the modules whose sections differed from what the spec gives.
    """
    registry = load(registry_path, "_smartcar_registry_for_regen")
    stale = []
    for path, text in Sections(spec, registry, sdk).rendered().items():
        if path.read_text(encoding="utf-8") != text:
            stale.append(path)
            if not check:
                path.write_text(text, encoding="utf-8")
    return stale
