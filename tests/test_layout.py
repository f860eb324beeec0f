"""The package's layout: one list of public names, shared helpers, modules of readable length."""

from __future__ import annotations

import ast
from pathlib import Path

import httpx
import pytest

import smartcar
from smartcar._batch import BatchItem
from smartcar._config import client_credentials
from smartcar._headers import header
from smartcar._http import Operation, Settings, build_request
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
    assert header(httpx.Headers({"sc-request-id": "abc"}), "SC-Request-Id") == "abc"
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
    def _get_kwargs(self, vehicle_id: str) -> dict[str, str]:
        return {"method": "get", "url": f"/v2.0/vehicles/{vehicle_id}/odometer"}


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
