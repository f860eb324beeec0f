"""The pinned boundary between the SDK and the generated code: ``build_request_kwargs``.

Every generated endpoint module has a public request builder (a template override in
``scripts/templates/endpoint_module.py.jinja``). The SDK calls only that. These tests pin its
shape, so a generator upgrade that renames it, reorders its parameters or changes what it
returns fails here, loudly, instead of somewhere in the engine.
"""

from __future__ import annotations

import importlib
import inspect
import re
from pathlib import Path

import pytest
from smartcar_openapi import registry
from smartcar_openapi.api.vehicle_commands import control_security
from smartcar_openapi.api.vehicle_data import get_odometer, get_permissions
from smartcar_openapi.models import SecurityAction, SecurityActionType, UnitSystem

ROOT = Path(__file__).resolve().parents[2]
REQUEST_KEYS = {"method", "url", "params", "json", "data", "content", "files", "headers", "cookies"}


@pytest.mark.parametrize("info", registry.OPERATIONS, ids=lambda info: info.operation_id)
def test_every_endpoint_has_the_public_builder_with_the_spec_parameters(
    info: registry.OperationInfo,
) -> None:
    module = importlib.import_module(info.module)
    assert not hasattr(module, "_get_kwargs"), "the private builder is back: fix the template"
    build = module.build_request_kwargs
    params = list(inspect.signature(build).parameters.values())
    positional = [p.name for p in params if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD]
    keyword = {p.name for p in params if p.kind is inspect.Parameter.KEYWORD_ONLY}
    # Path parameters positional, in the order of the path; everything else keyword-only.
    assert tuple(positional) == info.path_parameters
    assert all(p.default is inspect.Parameter.empty for p in params if p.name in positional)
    assert keyword == set(info.parameters) | ({"body"} if info.has_body else set())
    assert len(params) == len(positional) + len(keyword)
    assert str(inspect.signature(build).return_annotation) == "dict[str, typing.Any]"


def test_a_read_builds_exactly_this_request() -> None:
    assert get_odometer.build_request_kwargs("2.0", "v/1", sc_unit_system=UnitSystem.IMPERIAL) == {
        "method": "get",
        "url": "/v2.0/vehicles/v%2F1/odometer",
        "headers": {"SC-Unit-System": "imperial"},
    }
    built = get_permissions.build_request_kwargs("1.0", "v1", limit=5, offset=10)
    assert built == {
        "method": "get",
        "url": "/v1.0/vehicles/v1/permissions",
        "params": {"limit": 5, "offset": 10},
    }
    assert set(built) <= REQUEST_KEYS


def test_a_command_builds_exactly_this_request() -> None:
    body = SecurityAction(action=SecurityActionType.LOCK)
    assert control_security.build_request_kwargs("2.0", "v1", body=body) == {
        "method": "post",
        "url": "/v2.0/vehicles/v1/security",
        "json": {"action": "LOCK"},
        "headers": {"Content-Type": "application/json"},
    }


def test_the_sdk_uses_no_private_name_of_the_generated_code() -> None:
    private = re.compile(r"\b_get_kwargs\b|\b_parse_response\b|\b_build_response\b")
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "smartcar").rglob("*.py")
        if private.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_the_api_version_is_a_path_parameter_not_a_url_rewrite() -> None:
    for path in (ROOT / "smartcar" / "_http").glob("*.py"):
        assert "/v2.0/" not in path.read_text(encoding="utf-8"), path.name
    versioned = [info for info in registry.OPERATIONS if info.path.startswith("/v{version}/")]
    assert {info.origin for info in versioned} == {"api"}
    assert all(info.path_parameters[0] == "version" for info in versioned)
