"""The package's layout: one list of public names, shared helpers, modules of readable length."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import httpx2
import pytest

import smartcar
from smartcar._batch import BatchItem
from smartcar._config import client_credentials
from smartcar._headers import header
from smartcar._http import Operation, Settings, build_request
from smartcar._lazy import LazyModule, bind
from smartcar.exceptions import RateLimitError

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "smartcar"


def _type_checking_imports() -> dict[str, str]:
    """Name -> relative module of every import under ``if TYPE_CHECKING:`` in __init__."""
    tree = ast.parse((PACKAGE / "__init__.py").read_text())
    names: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING":
            for stmt in node.body:
                if isinstance(stmt, ast.ImportFrom) and stmt.level == 1:
                    for alias in stmt.names:
                        names[alias.name] = f".{stmt.module}"
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


def _long_module_reasons() -> str:
    text = (ROOT / "CONTRIBUTING.md").read_text()
    start = text.index("## Long modules")
    end = text.find("\n## ", start + 1)
    return text[start:] if end < 0 else text[start:end]


def test_long_modules_say_why() -> None:
    # A newcomer reads a module whole; one past about 450 lines needs a reason that
    # CONTRIBUTING.md gives.
    reasons = _long_module_reasons()
    long = [
        path.relative_to(ROOT).as_posix()
        for folder in ("smartcar", "scripts", "examples")
        for path in sorted((ROOT / folder).rglob("*.py"))
        if len(path.read_text().splitlines()) > 450
    ]
    unexplained = [p for p in long if f"`{p}`" not in reasons]
    assert not unexplained, f"over 450 lines, without a reason in CONTRIBUTING.md: {unexplained}"


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
        or m in ("smartcar.types", "smartcar._batch", "smartcar._api", "smartcar.v2_response")
    }
    assert heavy == set()


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
    assert "smartcar.app" in named and "smartcar._app_token" in made - named
    heavy = {
        m
        for m in made
        if m.split(".")[0] in ("smartcar_openapi", "attr", "attrs", "asyncio", "uuid")
        or m
        in (
            "smartcar.v3",
            "smartcar.types",
            "smartcar._registry",
            "smartcar._tuple",
            "smartcar.paging",
            "smartcar._pager",
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
        "print(sorted(m for m in sys.modules if m in ('smartcar._registry', 'smartcar.types')))\n"
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


def _lazy_bindings(path: Path) -> tuple[dict[str, str], dict[str, str]]:
    """The names a module imports under TYPE_CHECKING, and those it binds with _lazy.bind."""
    tree = ast.parse(path.read_text())
    imported: dict[str, str] = {}
    bound: dict[str, str] = {}
    package = ".".join(path.relative_to(ROOT).with_suffix("").parts[:-1])
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING":
            for stmt in node.body:
                if isinstance(stmt, ast.Import):
                    imported.update({a.asname or a.name: a.name for a in stmt.names})
                elif isinstance(stmt, ast.ImportFrom):
                    base = stmt.module or ""
                    if stmt.level:
                        parent = package.rsplit(".", stmt.level - 1)[0]
                        base = f"{parent}.{base}" if base else parent
                    for a in stmt.names:
                        imported[a.asname or a.name] = f"{base}.{a.name}"
            for stmt in node.orelse:
                for call in ast.walk(stmt):
                    if isinstance(call, ast.Call) and getattr(call.func, "id", None) == "bind":
                        table = call.args[1]
                        assert isinstance(table, ast.Dict)
                        scope = {"_API": "smartcar_openapi.api"}
                        for key, value in zip(table.keys, table.values, strict=True):
                            assert isinstance(key, ast.Constant)
                            bound[key.value] = eval(
                                compile(ast.Expression(value), "", "eval"), scope
                            )
    return imported, bound


LAZY_MODULES = [p for p in sorted(PACKAGE.rglob("*.py")) if "_lazy import bind" in p.read_text()]


@pytest.mark.parametrize("path", LAZY_MODULES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_lazy_bindings_match_what_type_checkers_see(path: Path) -> None:
    imported, bound = _lazy_bindings(path)
    assert bound, "bind() without a table"
    # Everything bound lazily is imported for type checkers under the same name, from the same
    # module; the TYPE_CHECKING block may hold more (names used only in annotations).
    for alias, module in bound.items():
        assert imported.get(alias) == module, alias


def test_a_lazy_module_replaces_itself_on_first_use(monkeypatch: pytest.MonkeyPatch) -> None:
    # Another test's dependencies (rich) may have imported colorsys already: start without it.
    monkeypatch.delitem(sys.modules, "colorsys", raising=False)
    namespace: dict[str, object] = {}
    bind(namespace, {"colorsys_mod": "colorsys"})
    stand_in = namespace["colorsys_mod"]
    assert isinstance(stand_in, LazyModule) and "first use" in repr(stand_in)
    assert stand_in.rgb_to_hsv(0, 0, 0) == (0.0, 0.0, 0.0)  # type: ignore[attr-defined]
    import colorsys

    assert namespace["colorsys_mod"] is colorsys
    # A module already imported is bound directly.
    bind(namespace, {"again": "colorsys"})
    assert namespace["again"] is colorsys


def test_official_module_names_load_on_first_read() -> None:
    code = (
        "import sys, smartcar.auth_client, smartcar.vehicle as vehicle\n"
        "assert 'smartcar.v2_response' not in sys.modules\n"
        "import smartcar.v2_response as v2\n"
        "assert vehicle.v2 is v2 and smartcar.auth_client.v2 is v2\n"
        "try:\n"
        "    vehicle.nothing_here\n"
        "except AttributeError as error:\n"
        "    print(error)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "module 'smartcar.vehicle' has no attribute 'nothing_here'"


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
    # bool is an int: every count, size and number of seconds is checked by smartcar._values.
    pattern = re.compile(
        r"isinstance\(([\w.]+), bool\)[^\n]*(?:\n[^\n]*)?isinstance\(\1, (int|str)"
    )
    copies = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "smartcar").rglob("*.py")
        if path.name != "_values.py"
        and (
            pattern.search(path.read_text(encoding="utf-8"))
            or re.search(
                r"isinstance\(([\w.]+), int[^)]*\) and not isinstance\(\1, bool\)",
                path.read_text(encoding="utf-8"),
            )
        )
    ]
    assert copies == []
