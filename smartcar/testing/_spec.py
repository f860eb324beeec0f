"""Load the Smartcar OpenAPI document, whose examples the simulator serves for stateless reads.

The build ships a JSON copy of ``spec/smartcar.yaml`` as ``smartcar_openapi/openapi.json``, so at
run time no YAML parser is needed. During development, before that copy is regenerated, the
loader falls back to the YAML file in the repository (only if PyYAML happens to be installed),
and finally to an empty document: the simulator has built-in defaults for every example.
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
import json
import re
from importlib import resources
from pathlib import Path
from typing import Any

__all__ = ["find_example", "load_spec"]

_PACKAGE = "smartcar_openapi"
_RESOURCE = "openapi.json"
_REPO_SPEC = Path(__file__).resolve().parents[2] / "spec" / "smartcar.yaml"
_PARAM = re.compile(r"\{[^}]*\}")


@functools.cache
def load_spec() -> dict[str, Any]:
    """Return the OpenAPI document as a dict, or ``{}`` when none is available.

    The result is cached and shared: treat it as read-only (`find_example` returns copies).
    """
    packaged = _read_packaged()
    if packaged is not None:
        return packaged
    return _read_repo_yaml()


def _read_packaged() -> dict[str, Any] | None:
    try:
        resource = resources.files(_PACKAGE).joinpath(_RESOURCE)
    except ImportError:
        return None
    if not resource.is_file():
        return None
    # A packaged file that is not valid JSON is a build bug; let it raise rather than hide it.
    data = json.loads(resource.read_text(encoding="utf-8"))
    return data if isinstance(data, dict) else None


def _read_repo_yaml() -> dict[str, Any]:
    if not _REPO_SPEC.is_file():
        return {}
    try:
        import yaml
    except ImportError:
        return {}
    try:
        data = yaml.safe_load(_REPO_SPEC.read_text(encoding="utf-8"))
    except yaml.YAMLError:
        # The spec may be mid-edit in a working tree; the built-in defaults keep tests running.
        return {}
    plain = _jsonable(data)
    return plain if isinstance(plain, dict) else {}


def _jsonable(value: Any) -> Any:
    """Make YAML output look like the JSON copy: string keys, ISO strings for dates."""
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt.UTC)
        return value.isoformat(timespec="milliseconds").replace("+00:00", "Z")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _deref(spec: dict[str, Any], node: Any) -> Any:
    """Follow local ``$ref`` pointers (``#/components/...``); give up on anything else."""
    for _ in range(10):
        if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
            return node
        ref: str = node["$ref"]
        if not ref.startswith("#/"):
            return None
        target: Any = spec
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            if not isinstance(target, dict) or part not in target:
                return None
            target = target[part]
        node = target
    return None


def _normalise(path: str) -> str:
    # Spec paths may or may not carry the /v2.0 prefix (it can live in `servers`), and path
    # parameters may be named {id}, {vehicleId}, ...: compare on a normal form.
    path = _PARAM.sub("{}", path)
    # The version may also be the spec's path parameter: /v{version}/... .
    return path.removeprefix("/v2.0").removeprefix("/v{}")


def find_example(
    spec: dict[str, Any],
    method: str,
    path: str,
    *,
    variant: str = "metric",
) -> Any:
    """Return a copy of the 2xx JSON example of an operation, or ``None``.

    Args:
        spec: an OpenAPI document (see `load_spec`).
        method: the HTTP method, any case.
        path: the path template without the ``/v2.0`` prefix, with ``{}`` (or any ``{name}``)
            for parameters, for example ``"/vehicles/{}/service/history"``.
        variant: the key to prefer among named ``examples`` (``"metric"`` or ``"imperial"``).

    Looks at ``example`` first, then ``examples[variant].value``, then the first named example,
    then the schema's ``example``.
    """
    paths = spec.get("paths")
    if not isinstance(paths, dict):
        return None
    wanted = _normalise(path)
    item = next((v for k, v in paths.items() if _normalise(str(k)) == wanted), None)
    operation = _deref(spec, item)
    operation = operation.get(method.lower()) if isinstance(operation, dict) else None
    operation = _deref(spec, operation)
    if not isinstance(operation, dict):
        return None
    responses = _deref(spec, operation.get("responses"))
    if not isinstance(responses, dict):
        return None
    for status in ("200", "201", "202"):
        response = _deref(spec, responses.get(status))
        if not isinstance(response, dict):
            continue
        content = _deref(spec, response.get("content"))
        media = _deref(spec, content.get("application/json")) if isinstance(content, dict) else None
        if isinstance(media, dict):
            found = _example_of(spec, media, variant)
            if found is not None:
                return copy.deepcopy(found)
    return None


def _example_of(spec: dict[str, Any], media: dict[str, Any], variant: str) -> Any:
    if "example" in media:
        return media["example"]
    examples = _deref(spec, media.get("examples"))
    if isinstance(examples, dict) and examples:
        chosen = examples.get(variant, next(iter(examples.values())))
        chosen = _deref(spec, chosen)
        if isinstance(chosen, dict) and "value" in chosen:
            return chosen["value"]
    schema = _deref(spec, media.get("schema"))
    if isinstance(schema, dict) and "example" in schema:
        return schema["example"]
    return None
