"""The package's layout: one list of public names, shared helpers, modules of readable length."""

from __future__ import annotations

import ast
import importlib.util
import pickle
import re
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import httpx2
import pytest

import smartcar
from smartcar._core.config import client_credentials
from smartcar._core.headers import header
from smartcar._http import Operation, Settings, build_request
from smartcar._resources.batch import BatchItem
from smartcar.exceptions import RateLimitError

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "smartcar"


def _type_checking_imports() -> dict[str, str]:
    """Name -> ``".module:name"`` of every import under ``if TYPE_CHECKING:`` in __init__."""
    tree = ast.parse((PACKAGE / "__init__.py").read_text())
    names: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING":
            for stmt in node.body:
                if isinstance(stmt, ast.ImportFrom) and stmt.level == 1:
                    for alias in stmt.names:
                        names[alias.name] = f".{stmt.module}:{alias.name}"
    return names


def test_lazy_init_lists_agree() -> None:
    # __all__, the lazy table and the imports type checkers see are three lists of one set of
    # names: a name added to one and not the others would be missing from `import *`, from
    # attribute access, or from type checking.
    lazy: dict[str, str] = smartcar._LAZY  # type: ignore[attr-defined]
    assert set(smartcar.__all__) == set(lazy) | {"__version__"}
    assert _type_checking_imports() == lazy
    for name in smartcar.__all__:
        assert getattr(smartcar, name) is not None


def test_header_lookup_ignores_case_for_any_mapping() -> None:
    assert header({"sc-request-id": "abc"}, "SC-Request-Id") == "abc"
    assert header({"SC-Request-Id": "abc"}, "sc-request-id") == "abc"
    assert header(httpx2.Headers({"sc-request-id": "abc"}), "SC-Request-Id") == "abc"
    assert header({"other": "x"}, "SC-Request-Id") is None


def test_batch_item_error_keeps_its_own_request_id_header() -> None:
    item = BatchItem(
        "/odometer", 429, {"error": "RATE_LIMIT"}, {"SC-Request-Id": "own"}, request_id="outer"
    )
    with pytest.raises(RateLimitError) as caught:
        item.result()
    assert caught.value.request_id == "own"


def test_client_credentials_fall_back_to_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SMARTCAR_CLIENT_ID", "env-id")
    monkeypatch.setenv("SMARTCAR_CLIENT_SECRET", "env-secret")
    assert client_credentials(None, None) == ("env-id", "env-secret")
    assert client_credentials("id", None) == ("id", "env-secret")
    monkeypatch.delenv("SMARTCAR_CLIENT_SECRET")
    assert client_credentials("id", None) == ("id", None)


class _Builder:
    def build_request_kwargs(self, version: str, vehicle_id: str) -> dict[str, str]:
        return {"method": "get", "url": f"/v{version}/vehicles/{vehicle_id}/odometer"}


@pytest.mark.parametrize(
    ("version", "path"),
    [(None, "/v2.0/"), ("2.0", "/v2.0/"), ("1.0", "/v1.0/"), ("3.1", "/v3.1/")],
)
def test_api_version_of_an_operation_sets_the_path(version: str | None, path: str) -> None:
    op: Operation[None] = Operation(
        endpoint=_Builder(),
        kwargs={"vehicle_id": "v1"},
        origin="api",
        convert=lambda response: None,
        version=version,
    )
    request = build_request(op, Settings())
    assert request.url.path == f"{path}vehicles/v1/odometer"


# What the top of smartcar/ holds: the public modules and packages, the official package's
# module names (SHIMS, below) and py.typed; everything private is in the subpackage of its
# layer (CONTRIBUTING.md, "The package, layer by layer").
PUBLIC_ENTRIES = {
    "__init__.py",
    "__main__.py",
    "aio.py",
    "app.py",
    "auth_client.py",
    "exceptions.py",
    "fleet.py",
    "paging.py",
    "tokens.py",
    "types.py",
    "v3.py",
    "vehicle.py",
    "webhooks",
    "cli",
    "testing",
    "py.typed",
}
LAYERS = {"_http", "_core", "_resources", "_app", "_v3", "_results", "_compat"}


def test_the_top_of_the_package_holds_no_private_module() -> None:
    # A new private module goes into the subpackage of its layer, not beside the public and
    # official module names; a new public module or layer is added here and to CONTRIBUTING.
    shims = {f"{name}.py" for name in SHIMS}
    entries = {path.name for path in PACKAGE.iterdir() if path.name != "__pycache__"}
    assert entries - PUBLIC_ENTRIES - shims - LAYERS == set(), "put it in its layer's subpackage"
    assert (PUBLIC_ENTRIES | shims | LAYERS) - entries == set(), "gone: take it out of the lists"
    for layer in sorted(LAYERS):
        assert (PACKAGE / layer / "__init__.py").is_file(), layer
    layout = (ROOT / "CONTRIBUTING.md").read_text()
    section = layout[layout.index("### The package, layer by layer") :]
    section = section[: section.index("\n#")]
    assert {layer for layer in LAYERS if f"`{layer}/`" not in section} == set()


def test_a_layer_package_imports_nothing_when_it_loads() -> None:
    # A subpackage's __init__.py is its docstring, so naming one of its modules loads that
    # module only; _http/ alone gathers the engine's names, which load together anyway.
    eager = {
        layer: [type(node).__name__ for node in tree.body[1:]]
        for layer in sorted(LAYERS - {"_http"})
        for tree in [ast.parse((PACKAGE / layer / "__init__.py").read_text())]
        if len(tree.body) != 1 or ast.get_docstring(tree) is None
    }
    assert eager == {}


# The hand-written modules of smartcar/ allowed past 450 lines, each with its reason, which
# CONTRIBUTING.md's "Long modules" table gives for the same modules.
LONG_MODULES: dict[str, str] = {}
MAX_LINES = 450


def _long_module_reasons() -> dict[str, str]:
    """Module -> reason, from the table of CONTRIBUTING.md's "Long modules" section."""
    text = (ROOT / "CONTRIBUTING.md").read_text()
    start = text.index("## Long modules")
    end = text.find("\n## ", start + 1)
    section = text[start:] if end < 0 else text[start:end]
    rows = re.findall(r"^\| `([^`]+)` \| (.+) \|$", section, flags=re.MULTILINE)
    return dict(rows)


def _lines(path: Path) -> int:
    return len(path.read_text().splitlines())


def test_long_modules_of_smartcar_are_the_allowed_ones() -> None:
    # A newcomer reads a module whole: a module of smartcar/ past 450 lines is split, or listed
    # here with its reason. An entry that no longer needs its place is taken out of the list.
    long = {
        path.relative_to(ROOT).as_posix()
        for path in sorted(PACKAGE.rglob("*.py"))
        if _lines(path) > MAX_LINES
    }
    assert long - set(LONG_MODULES) == set(), "over 450 lines: split it, or allow it with a reason"
    assert set(LONG_MODULES) - long == set(), "no longer long: take it out of LONG_MODULES"
    reasons = {m: r for m, r in _long_module_reasons().items() if m.startswith("smartcar/")}
    assert set(reasons) == set(LONG_MODULES), "CONTRIBUTING.md lists other long modules"
    for module, reason in LONG_MODULES.items():
        assert reason in reasons[module].lower(), (module, reasons[module])


def test_long_scripts_and_examples_say_why() -> None:
    # The same rule for the scripts and examples, whose reasons only CONTRIBUTING.md gives.
    reasons = _long_module_reasons()
    long = [
        path.relative_to(ROOT).as_posix()
        for folder in ("scripts", "examples")
        for path in sorted((ROOT / folder).rglob("*.py"))
        if _lines(path) > MAX_LINES
    ]
    unexplained = [p for p in long if p not in reasons]
    assert not unexplained, f"over 450 lines, without a reason in CONTRIBUTING.md: {unexplained}"


# Pickles made when the result classes were written in smartcar/types.py itself: a result with
# a nested record and its meta, and the Access dataclass.
_PICKLED_LOCK_STATUS = bytes.fromhex(
    "80049507010000000000008c0e736d6172746361722e7479706573948c0a4c6f636b53746174757394939429"
    "81947d94288c0969735f6c6f636b656494888c05646f6f7273945d9468008c0e4c6f636b5374617475734974"
    "656d9493942981947d94288c05747970655f948c0966726f6e744c656674948c06737461747573948c064c4f"
    "434b4544948c156164646974696f6e616c5f70726f70657274696573947d948c0b5f646576696174696f6e73"
    "947d947562618c0777696e646f7773945d948c0773756e726f6f66945d948c0773746f72616765945d948c0d"
    "6368617267696e675f706f7274945d9468107d9468127d948c046d6574619468008c044d657461949394284e"
    "4e4e4e7494819475622e"
)
_PICKLED_ACCESS = bytes.fromhex(
    "800495a4000000000000008c0e736d6172746361722e7479706573948c064163636573739493942981945d94"
    "288c0161948c06426561726572944d201c8c086461746574696d65948c086461746574696d65949394430a07"
    "e801010000000000009468078c0874696d657a6f6e6594939468078c0974696d6564656c74619493944b004b"
    "004b008794529485945294869452948c0172946809430a07e803010000000000009468128694529465622e"
)


def test_result_classes_live_in_smartcar_types_for_pickles_and_reprs() -> None:
    # The classes are written in smartcar/_results/, but users import, pickle and read them as
    # smartcar.types: pickles made before the split load, and new ones name the same module.
    import smartcar.types as types

    public = [getattr(types, name) for name in types.__all__]
    classes = [value for value in public if isinstance(value, type)]
    assert len(classes) > 40
    assert {cls.__module__ for cls in classes} == {"smartcar.types"}

    lock = pickle.loads(_PICKLED_LOCK_STATUS)
    assert lock == types.LockStatus.from_dict(
        {
            "isLocked": True,
            "doors": [{"type": "frontLeft", "status": "LOCKED"}],
            "windows": [],
            "sunroof": [],
            "storage": [],
            "chargingPort": [],
        }
    )
    assert type(lock.doors[0]) is types.LockStatusItem and type(lock.meta) is types.Meta
    assert repr(lock.doors[0]).startswith("LockStatusItem(")
    access = pickle.loads(_PICKLED_ACCESS)
    assert type(access) is types.Access and access.refresh_token == "r"
    assert access.expiration == datetime(2024, 1, 1, tzinfo=UTC)
    assert pickle.loads(pickle.dumps(lock)) == lock
    assert b"smartcar.types" in pickle.dumps(access) and b"_results" not in pickle.dumps(lock)


def test_first_use_loads_no_generated_code_results_or_asyncio() -> None:
    # import smartcar; smartcar.Vehicle; smartcar.AuthClient must stay cheap (make bench
    # measures it): the generated endpoints and models, the typed results built on them (attrs
    # classes), and asyncio load when an operation first needs them.
    code = (
        "import sys\n"
        "before = set(sys.modules)\n"
        "import smartcar\n"
        "smartcar.Vehicle, smartcar.AuthClient\n"
        "print('\\n'.join(sorted(set(sys.modules) - before)))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = set(done.stdout.split())
    assert "smartcar.vehicle" in loaded and "smartcar.auth_client" in loaded
    heavy = {
        m
        for m in loaded
        if m.split(".")[0] in ("smartcar_openapi", "attr", "attrs", "asyncio")
        or m
        in (
            "smartcar.types",
            "smartcar._resources.batch",
            "smartcar._resources.api",
            "smartcar.v2_response",
        )
        or m.startswith("smartcar._results")
    }
    assert heavy == set()


# What a call needs and naming a client does not: the engine, its drivers, pools and log filter,
# the hooks, the error mapping and the redaction of echoes (and the stdlib modules only they
# use), and the suggestion for a misspelt option.
CALL_TIME_MODULES = (
    "smartcar._http.actions",
    "smartcar._http.decoding",
    "smartcar._http.drivers",
    "smartcar._http.engine",
    "smartcar._http.hooks",
    "smartcar._http.logs",
    "smartcar._http.observe",
    "smartcar._http.pools",
    "smartcar._core.errors",
    "smartcar._core.redact",
    "difflib",
    "hmac",
    "html",
)


def test_first_use_leaves_the_engine_and_error_mapping_to_the_first_client_or_call() -> None:
    # They are most of what the first use would cost beyond httpx2 (make bench measures it);
    # the first client made loads the engine, so the HTTP library's loggers carry the
    # redacting filter from then on (see _http.logs). Only what httpx2 itself does not load
    # counts: a stdlib module httpx2 starts to import is no regression of the SDK.
    for name in CALL_TIME_MODULES:  # a moved module must be renamed here, not pass unseen
        assert importlib.util.find_spec(name) is not None, name
    code = (
        "import sys\n"
        "import httpx2\n"
        "before = set(sys.modules)\n"
        "import smartcar\n"
        "smartcar.Vehicle, smartcar.AuthClient\n"
        "print(' '.join(sorted(set(sys.modules) - before)))\n"
        "smartcar.Vehicle('v', 'token')\n"
        "print(' '.join(sorted(set(sys.modules) - before)))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    named, made = (set(line.split()) for line in done.stdout.splitlines())
    assert "smartcar.vehicle" in named and "smartcar.auth_client" in named
    assert named & set(CALL_TIME_MODULES) == set()
    assert "smartcar._http.drivers" in made and "smartcar._http.logs" in made


def test_naming_or_making_an_app_loads_no_generated_code_results_or_pager() -> None:
    # import smartcar; smartcar.App, and an App made without a request, stay as cheap as the
    # Vehicle's first use (make bench measures it): the generated client and models, the
    # registry, the v3 results, the pager and the token request load with the first call.
    # Reading a Connect redirect needs none of them either.
    code = (
        "import sys\n"
        "before = set(sys.modules)\n"
        "import smartcar\n"
        "smartcar.App, smartcar.AsyncApp, smartcar.AppVehicle\n"
        "smartcar.ConnectError, smartcar.read_connect_redirect\n"
        "named = set(sys.modules) - before\n"
        "car = smartcar.App('client_x', 'secret').vehicle('v', 'u')\n"
        "car.lock_doors, car.get_vehicle, car.signals\n"
        "made = set(sys.modules) - before\n"
        "print(' '.join(sorted(named)))\n"
        "print(' '.join(sorted(made)))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    named, made = (set(line.split()) for line in done.stdout.splitlines())
    assert "smartcar.app" in named and "smartcar._app.token" in made - named
    heavy = {
        m
        for m in made
        if m.split(".")[0] in ("smartcar_openapi", "attr", "attrs", "asyncio", "uuid")
        or m
        in (
            "smartcar.v3",
            "smartcar.types",
            "smartcar._resources.registry",
            "smartcar._core.tuple",
            "smartcar.paging",
            "smartcar._resources.pager",
            "smartcar.auth_client",
        )
    }
    assert heavy == set()


def test_a_misspelt_read_is_a_plain_attribute_error_that_loads_nothing() -> None:
    # Every read is declared in the class body (a generated section): a name it lacks is an
    # AttributeError at once, on the class and on an instance, with no registry looked up.
    code = (
        "import sys\n"
        "import smartcar\n"
        "for owner in (smartcar.Vehicle, smartcar.Vehicle('v', 't')):\n"
        "    try:\n"
        "        owner.odometr\n"
        "    except AttributeError as error:\n"
        "        assert 'odometr' in str(error), error\n"
        "    else:\n"
        "        raise SystemExit('no AttributeError')\n"
        "print(sorted(m for m in sys.modules if m in ('smartcar._resources.registry', 'smartcar.types')))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
    assert type(smartcar.Vehicle) is type


def test_first_call_loads_only_the_endpoints_it_uses() -> None:
    code = (
        "import sys, httpx2, smartcar\n"
        "def answer(request):\n"
        "    return httpx2.Response(200, json={'distance': 1.5})\n"
        "vehicle = smartcar.Vehicle('v1', 'token', transport=httpx2.MockTransport(answer))\n"
        "assert vehicle.odometer().distance == 1.5\n"
        "print('\\n'.join(m for m in sys.modules if m.startswith('smartcar_openapi.api.')))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    endpoints = {m for m in done.stdout.split() if m.count(".") == 3}
    assert endpoints == {"smartcar_openapi.api.vehicle_data.get_odometer"}


def _module_getattr(tree: ast.Module) -> list[ast.stmt]:
    """The statements that define a module-level ``__getattr__``, at any depth of ``if``."""
    found: list[ast.stmt] = []
    pending: list[ast.stmt] = list(tree.body)
    while pending:
        stmt = pending.pop()
        if isinstance(stmt, ast.If):
            pending.extend([*stmt.body, *stmt.orelse])
        elif (isinstance(stmt, ast.FunctionDef) and stmt.name == "__getattr__") or (
            isinstance(stmt, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == "__getattr__" for t in stmt.targets)
        ):
            found.append(stmt)
    return found


def test_lazy_loading_is_one_mechanism() -> None:
    # A module exposes names it loads on first read through a table of _core.lazy.module_getattr,
    # and imports what an operation needs inside that operation: no stand-in objects, and no
    # module-level __getattr__ written by hand, the package's own table included.
    lazy = ast.parse((PACKAGE / "_core" / "lazy.py").read_text())
    defined = {n.name for n in lazy.body if isinstance(n, ast.FunctionDef | ast.ClassDef)}
    assert defined == {"module_getattr"}
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for stmt in _module_getattr(ast.parse(path.read_text())):
            value = stmt.value if isinstance(stmt, ast.Assign) else None
            if not (
                isinstance(value, ast.Call) and getattr(value.func, "id", None) == "module_getattr"
            ):
                offenders.append(f"{path.relative_to(ROOT)}:{stmt.lineno}")
    assert offenders == []


def test_import_smartcar_alone_loads_only_the_lazy_table() -> None:
    # The package's table is made by _core.lazy, which must therefore stay as cheap as the package:
    # no typing, no collections.abc, nothing of the SDK but the version (and _core/__init__.py,
    # a docstring).
    code = (
        "import sys\n"
        "before = set(sys.modules)\n"
        "import smartcar\n"
        "print(' '.join(sorted(set(sys.modules) - before)))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = done.stdout.split()
    assert [m for m in loaded if m.startswith("smartcar")] == [
        "smartcar",
        "smartcar._core",
        "smartcar._core.lazy",
        "smartcar._core.version",
    ]
    assert "typing" not in loaded and "collections.abc" not in loaded


def test_a_lazy_table_loads_on_first_read_and_keeps_the_value() -> None:
    from smartcar._core.lazy import module_getattr

    namespace: dict[str, object] = {"__name__": "example"}
    getattr_ = module_getattr(namespace, {"mod": "json", "dumps": "json:dumps"})
    import json

    assert getattr_("mod") is json and namespace["mod"] is json
    assert getattr_("dumps") is json.dumps and namespace["dumps"] is json.dumps
    with pytest.raises(AttributeError, match="module 'example' has no attribute 'other'"):
        getattr_("other")
    # A package's table may also answer its submodules; a name that is neither still fails.
    package: dict[str, object] = {"__name__": "json", "__package__": "json"}
    getattr_ = module_getattr(package, {"loads": ".decoder:JSONDecoder"}, submodules=True)
    import json.decoder

    assert getattr_("loads") is json.decoder.JSONDecoder
    assert getattr_("scanner") is sys.modules["json.scanner"]
    with pytest.raises(AttributeError, match="module 'json' has no attribute 'nothing'"):
        getattr_("nothing")


# The modules named as the official package's: each only re-exports the SDK's own definitions.
SHIMS = ("config", "exception", "helpers", "smartcar", "v2_response", "v3_response")


def _runtime_imports(path: Path) -> set[str]:
    """The absolute names of the modules a module imports when it runs (at any depth)."""
    tree = ast.parse(path.read_text())
    package = ".".join(path.relative_to(ROOT).with_suffix("").parts[:-1])
    skipped = {
        id(stmt)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING"
        for stmt in ast.walk(ast.Module(body=node.body, type_ignores=[]))
    }
    names: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.rsplit(".", node.level - 1)[0]
                base = f"{parent}.{base}" if base else parent
            names.add(base)
            names.update(f"{base}.{alias.name}" for alias in node.names)
    return names


def test_the_core_imports_no_module_named_as_the_official_packages() -> None:
    # The core imports the real definitions; the official module names are thin re-exports
    # that load only when a program (or a table of _core.lazy.module_getattr) asks for them.
    shims = {f"smartcar.{name}" for name in SHIMS}
    core = [
        path
        for path in sorted(PACKAGE.rglob("*.py"))
        if path.relative_to(PACKAGE).as_posix() not in {f"{n}.py" for n in SHIMS}
    ]
    assert len(core) > 50 and PACKAGE / "__init__.py" in core
    offenders = {
        path.relative_to(ROOT).as_posix(): sorted(_runtime_imports(path) & shims) for path in core
    }
    assert {path: names for path, names in offenders.items() if names} == {}


def test_the_package_table_names_no_module_named_as_the_official_packages() -> None:
    # smartcar.get_user and the other public names load from the core, not through a shim:
    # the package's lazy table is an import of every module it names.
    lazy: dict[str, str] = smartcar._LAZY  # type: ignore[attr-defined]
    shims = {f"smartcar.{name}" for name in SHIMS}

    def modules(target: str) -> set[str]:
        # The module a target names ("._resources.functions:get_user"), and its parents.
        module = target.partition(":")[0]
        absolute = f"smartcar{module}" if module.startswith(".") else module
        parts = absolute.split(".")
        return {".".join(parts[: i + 1]) for i in range(len(parts))}

    through_shims = {name: target for name, target in lazy.items() if modules(target) & shims}
    assert through_shims == {}


def test_official_module_names_load_on_first_read() -> None:
    code = (
        "import sys, smartcar.auth_client, smartcar.smartcar, smartcar.vehicle as vehicle\n"
        "official = ('config', 'exception', 'helpers', 'v2_response', 'v3_response')\n"
        "print(sorted(name for name in official if f'smartcar.{name}' in sys.modules))\n"
        "import smartcar.v2_response as v2\n"
        "assert vehicle.v2 is v2 and smartcar.auth_client.v2 is v2 and smartcar.smartcar.v2 is v2\n"
        "assert vehicle.sce is smartcar.exception and vehicle.config is smartcar.config\n"
        "try:\n"
        "    vehicle.nothing_here\n"
        "except AttributeError as error:\n"
        "    print(error)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.splitlines() == [
        "[]",
        "module 'smartcar.vehicle' has no attribute 'nothing_here'",
    ]


def test_first_calls_from_many_threads_at_once_all_succeed() -> None:
    # The lazily bound modules load under the import system's lock: threads that make their
    # first call together (a fleet read) all get a result, none a half-imported module.
    code = (
        "import threading, httpx2, smartcar\n"
        "def answer(request):\n"
        "    return httpx2.Response(200, json={'distance': 1.5, 'latitude': 1.0, 'longitude': 2.0})\n"
        "client = httpx2.Client(transport=httpx2.MockTransport(answer))\n"
        "start = threading.Barrier(8)\n"
        "results = []\n"
        "def read(i):\n"
        "    vehicle = smartcar.Vehicle(f'v{i}', 'token', http_client=client)\n"
        "    start.wait()\n"
        "    method = vehicle.odometer if i % 2 else vehicle.location\n"
        "    results.append(type(method()).__name__)\n"
        "threads = [threading.Thread(target=read, args=(i,)) for i in range(8)]\n"
        "[t.start() for t in threads]\n"
        "[t.join() for t in threads]\n"
        "print(sorted(results))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == str(["Location"] * 4 + ["Odometer"] * 4)


def _code_strings(path: Path) -> list[str]:
    # The string constants of a module's code, docstrings left out.
    tree = ast.parse(path.read_text(encoding="utf-8"))
    documented = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in documented
    ]


def test_one_place_knows_the_default_api_version() -> None:
    # The API's default version, "2.0", is DEFAULT_API_VERSION of _http/request.py; webhook
    # payload versions (webhooks/) and the simulator's answers (testing/) are other versions.
    knowing = {
        str(path.relative_to(ROOT / "smartcar"))
        for path in (ROOT / "smartcar").rglob("*.py")
        if path.parent.name not in ("webhooks", "testing") and "2.0" in _code_strings(path)
    }
    assert knowing == {"_http/request.py"}


def test_the_int_check_that_excludes_bool_is_written_once() -> None:
    # bool is an int: every count, size and number of seconds is checked by smartcar._core.values.
    pattern = re.compile(
        r"isinstance\(([\w.]+), bool\)[^\n]*(?:\n[^\n]*)?isinstance\(\1, (int|str)"
    )
    copies = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "smartcar").rglob("*.py")
        if path != PACKAGE / "_core" / "values.py"
        and (
            pattern.search(path.read_text(encoding="utf-8"))
            or re.search(
                r"isinstance\(([\w.]+), int[^)]*\) and not isinstance\(\1, bool\)",
                path.read_text(encoding="utf-8"),
            )
        )
    ]
    assert copies == []
