"""Build the HTML API reference in site/ (``make docs``); fail on any pdoc warning.

The landing page (``site/index.html``) is the user guide: README.md, followed by the
``smartcar`` package's reference. Three things are prepared, in this process only, before pdoc
renders:

* ``smartcar`` gets README.md as its docstring, so the guide and the API share one page.
* The result classes in ``smartcar.types`` subclass the generated models, whose ``__init__``
  annotations name other generated models (``ChargeState``...). pdoc resolves them in
  ``smartcar.types``, which does not import them: they are made visible there.
* A result class's own docstring lists only what it adds (``meta``); the generated base's
  ``Attributes:`` section, the fields a user reads, is appended to it.

Usage: ``python scripts/docs.py [OUTPUT_DIR]`` (default ``site``).
"""

from __future__ import annotations

import inspect
import shutil
import sys
import typing
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODULES = [
    "smartcar",
    "smartcar.aio",
    "smartcar.vehicle",
    "smartcar.auth_client",
    "smartcar.types",
    "smartcar.exceptions",
    "smartcar.tokens",
    "smartcar.fleet",
    "smartcar.webhooks",
    "smartcar.testing",
    "smartcar.testing.cassettes",
    "smartcar_openapi",
]


def _guide_as_landing_page() -> None:
    import smartcar

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    # pdoc titles the page with the module name already: drop the README's own "# smartcar".
    first, _, rest = readme.partition("\n")
    if first.startswith("# "):
        readme = rest
    smartcar.__doc__ = (
        readme + "\n\n## API reference\n\n" + inspect.cleandoc(smartcar.__doc__ or "")
    )


def _resolve_generated_names() -> None:
    import smartcar_openapi.models as models
    import smartcar_openapi.types as generated_types

    import smartcar.types as types

    namespace = vars(types)
    for name in models.__all__:
        namespace.setdefault(name, getattr(models, name))
    for name in ("Unset", "UNSET"):
        namespace.setdefault(name, getattr(generated_types, name))
    # Constructors inherited from the generated models keep their annotations as strings
    # written for the generated module ("datetime.datetime", where smartcar.types imports the
    # class): evaluate each where it was written, so pdoc does not guess the wrong namespace.
    for name in types.__all__:
        cls = getattr(types, name)
        if inspect.isclass(cls):
            for method in ("__init__", "__new__"):
                if method in vars(cls):  # own or generated for it, not object's
                    _evaluate_annotations(cls, getattr(cls, method))


def _evaluate_annotations(cls: type, function: object) -> None:
    annotations = getattr(function, "__annotations__", None)
    if not isinstance(annotations, dict):
        return
    candidates = [
        vars(sys.modules[b.__module__]) for b in cls.__mro__ if b.__module__ in sys.modules
    ]
    for key, value in list(annotations.items()):
        # NamedTuple keeps its field annotations as ForwardRefs, attrs as plain strings.
        text = value.__forward_arg__ if isinstance(value, typing.ForwardRef) else value
        if not isinstance(text, str):
            continue
        for namespace in candidates:
            try:
                annotations[key] = eval(text, dict(namespace))
            except Exception:
                continue
            break


def _show_inherited_fields() -> None:
    import smartcar.types as types

    for name in types.__all__:
        cls = getattr(types, name)
        if not inspect.isclass(cls):
            continue
        bases = [b for b in cls.__mro__[1:] if b.__module__.startswith("smartcar_openapi.")]
        if not bases or not bases[0].__doc__ or "Attributes:" not in bases[0].__doc__:
            continue
        own = inspect.cleandoc(cls.__doc__ or "")
        inherited = inspect.cleandoc(bases[0].__doc__)
        cls.__doc__ = f"{own}\n\n{inherited}"


def main(argv: list[str]) -> int:
    import pdoc
    import pdoc.render

    output = Path(argv[0]) if argv else ROOT / "site"
    _guide_as_landing_page()
    _resolve_generated_names()
    _show_inherited_fields()
    pdoc.render.configure(docformat="google")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        pdoc.pdoc(*MODULES, output_directory=output)
    for warning in caught:
        print(f"warning: {warning.message}", file=sys.stderr)
    # pdoc's own index is a bare list of modules; the guide is where a reader should land.
    if (output / "smartcar.html").exists():
        shutil.copyfile(output / "smartcar.html", output / "index.html")
    if caught:
        print(f"{len(caught)} warning(s): fix them, the build must be clean", file=sys.stderr)
        return 1
    print(f"API reference: {output / 'index.html'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
