"""Write ``smartcar_openapi/registry.py``: one table of every operation, read from the spec.

The SDK derives its operation tables from this module (``smartcar/_resources/registry.py``)
instead of keeping copies by hand. Facts the OpenAPI document cannot state come from
``x-smartcar-*`` extensions on the operation:

* ``x-smartcar-command: true``: a vehicle command, or another call that changes state (a
  deletion, a subscription), never replayed once it may have been sent.
* ``x-smartcar-paging: {style: offset|cursor|page-number|links-next, items: <field>}``.
* ``x-smartcar-batch-path: "/odometer"``: its path inside ``POST /batch``. A v2.0 read of the
  vehicle (``/v{version}/vehicles/{vehicle_id}/...``) has one by default, its path below the
  vehicle; ``false`` says it has none.
* ``x-smartcar-name: odometer``: the SDK/CLI/fleet name, when it is not the operation id without
  its ``get_`` prefix.

On a schema, ``x-smartcar-signal-bodies: {<signal code>: "#/components/schemas/<Body>"}`` names the
body schema of each v3 signal code; it becomes ``SIGNAL_BODIES`` (code to generated model name).
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from openapi_python_client.strings import ClassName, PythonIdentifier

# The origin key (a field of smartcar.Origins) of each server an operation names.
ORIGINS = {
    "api.smartcar.com": "api",
    "auth.smartcar.com": "auth",
    "connect.smartcar.com": "connect",
    "management.smartcar.com": "management",
    "vehicle.api.smartcar.com": "vehicle_v3",
    "iam.smartcar.com": "iam",
    "management.api.smartcar.com": "management_v3",
    "compatibility.api.smartcar.com": "compatibility_v3",
}
PAGING_STYLES = ("offset", "cursor", "page-number", "links-next")
METHODS = ("get", "put", "post", "delete", "patch")
_VEHICLE = re.compile(r"^/v\{version\}/vehicles/\{vehicle_id\}(?P<rest>/.*)?$")

HEADER = '''\
"""Every operation of ``spec/smartcar.yaml``: written by ``make regen``, never edited by hand.

The SDK (``smartcar._resources.registry``) derives from this table its ``Vehicle`` reads, batch
results, fleet reads, CLI endpoints, permission list and simulator routes.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["OPERATIONS", "PERMISSIONS", "SIGNAL_BODIES", "OperationInfo", "Paging", "by_id"]


@dataclass(frozen=True, slots=True)
class Paging:
    """How an operation pages: ``style`` (offset, cursor, page-number or links-next) and the
    field of the result holding the page's ``items``."""

    style: str
    items: str


@dataclass(frozen=True, slots=True)
class OperationInfo:
    """One operation of the spec.

    Attributes:
        operation_id: the spec's ``operationId``.
        name: the SDK/CLI/fleet name (``x-smartcar-name``, else the id without ``get_``).
        method: the HTTP method, upper case.
        path: the path template, with the API version prefix.
        origin: the ``smartcar.Origins`` field of its server (``api``, ``vehicle_v3`` ...).
        module: the generated endpoint module, whose ``build_request_kwargs`` builds it.
        tag: the spec tag (the generated ``api`` subpackage).
        summary: the spec's summary.
        description: the spec's description.
        path_parameters: the path parameters, in order (positional in the builder).
        parameters: the query and header parameters (keyword-only in the builder).
        has_body: whether it sends a request body.
        result: the generated model of a 2xx body (``smartcar_openapi.models``), or ``None``.
        result_is_list: the body is a JSON array of ``result``.
        security: the security schemes that may authorise it, in the spec's order.
        permissions: the Smartcar permissions (OAuth scopes) it needs.
        units: it takes the ``SC-Unit-System`` header: its values depend on the unit system.
        response_headers: the headers its success response declares, in the spec's order.
        command: a vehicle command or another state change, never replayed once it may have
            reached the server.
        paging: how it pages, or ``None``.
        batch_path: its path inside ``POST /batch``, or ``None``.
    """

    operation_id: str
    name: str
    method: str
    path: str
    origin: str
    module: str
    tag: str
    summary: str
    description: str
    path_parameters: tuple[str, ...]
    parameters: tuple[str, ...]
    has_body: bool
    result: str | None
    result_is_list: bool
    security: tuple[str, ...]
    permissions: tuple[str, ...]
    units: bool
    response_headers: tuple[str, ...]
    command: bool
    paging: Paging | None
    batch_path: str | None


def by_id(operation_id: str) -> OperationInfo:
    """The operation with this ``operationId`` (``KeyError`` if there is none)."""
    return _BY_ID[operation_id]

'''


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _snake(name: str) -> str:
    return re.sub(r"[^0-9a-zA-Z]+", "_", name).strip("_").lower()


def _python(name: str) -> str:
    # The argument name the generator gives a parameter (snake case; `type` becomes `type_`).
    return str(PythonIdentifier(name, prefix=""))


def _result(spec: dict[str, Any], op: dict[str, Any]) -> tuple[str | None, bool]:
    for code in ("200", "201", "202"):
        response = op.get("responses", {}).get(code)
        if response is None:
            continue
        content = _resolve(spec, response).get("content", {})
        schema = content.get("application/json", {}).get("schema")
        if schema is None:
            return None, False
        if schema.get("type") == "array" and "$ref" in schema.get("items", {}):
            return schema["items"]["$ref"].rsplit("/", 1)[1], True
        if "$ref" in schema:
            return schema["$ref"].rsplit("/", 1)[1], False
        return None, False
    return None, False


def _response_headers(spec: dict[str, Any], op: dict[str, Any]) -> tuple[str, ...]:
    for code in ("200", "201", "202", "204"):
        response = op.get("responses", {}).get(code)
        if response is not None:
            return tuple(_resolve(spec, response).get("headers", {}))
    return ()


def _origin(spec: dict[str, Any], op: dict[str, Any], where: str) -> str:
    servers = op.get("servers") or spec.get("servers") or []
    if not servers:
        raise ValueError(f"{where}: no server")
    host = urlsplit(servers[0]["url"]).hostname or ""
    if host not in ORIGINS:
        raise ValueError(f"{where}: unknown server host {host!r}; add it to ORIGINS")
    return ORIGINS[host]


def operations(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """One record per operation, in the spec's order."""
    records: list[dict[str, Any]] = []
    seen: set[str] = set()
    for path, item in spec.get("paths", {}).items():
        shared = item.get("parameters", [])
        for method in METHODS:
            op = item.get(method)
            if op is None:
                continue
            op_id = op["operationId"]
            where = f"{method.upper()} {path} ({op_id})"
            params = [_resolve(spec, p) for p in [*shared, *op.get("parameters", [])]]
            path_params = tuple(_python(p["name"]) for p in params if p["in"] == "path")
            others = tuple(_python(p["name"]) for p in params if p["in"] in ("query", "header"))
            units = any(p["in"] == "header" and p["name"] == "SC-Unit-System" for p in params)
            security = op.get("security", spec.get("security", []))
            schemes = tuple(name for requirement in security for name in requirement)
            scopes = tuple(
                dict.fromkeys(s for req in security for values in req.values() for s in values)
            )
            paging = op.get("x-smartcar-paging")
            if paging is not None and (
                paging.get("style") not in PAGING_STYLES or not paging.get("items")
            ):
                raise ValueError(f"{where}: x-smartcar-paging needs a style and items")
            command = op.get("x-smartcar-command", False)
            if not isinstance(command, bool):
                raise ValueError(f"{where}: x-smartcar-command must be true or false")
            vehicle = _VEHICLE.match(path)
            batch = op.get("x-smartcar-batch-path")
            if batch is None and vehicle and method == "get":
                batch = vehicle.group("rest") or "/"
            if batch is not None and batch is not False and not str(batch).startswith("/"):
                raise ValueError(f"{where}: x-smartcar-batch-path must start with /")
            name = op.get("x-smartcar-name") or op_id.removeprefix("get_")
            if not re.fullmatch(r"[a-z][a-z0-9_]*", name):
                raise ValueError(f"{where}: the name {name!r} is not a Python identifier")
            if op_id in seen:
                raise ValueError(f"{where}: operationId repeats")
            seen.add(op_id)
            result, is_list = _result(spec, op)
            tag = (op.get("tags") or ["default"])[0]
            records.append(
                {
                    "operation_id": op_id,
                    "name": name,
                    "method": method.upper(),
                    "path": path,
                    "origin": _origin(spec, op, where),
                    "module": f"smartcar_openapi.api.{_snake(tag)}.{_snake(op_id)}",
                    "tag": tag,
                    "summary": (op.get("summary") or "").strip(),
                    "description": (op.get("description") or "").strip(),
                    "path_parameters": path_params,
                    "parameters": others,
                    "has_body": "requestBody" in op,
                    "result": result,
                    "result_is_list": is_list,
                    "security": schemes,
                    "permissions": scopes,
                    "units": units,
                    "response_headers": _response_headers(spec, op),
                    "command": command,
                    "paging": paging,
                    "batch_path": batch or None,
                }
            )
    return records


def permissions(spec: dict[str, Any]) -> tuple[str, ...]:
    """Every permission: the Connect scopes of the ``oauth2`` scheme, then any other used."""
    schemes = spec.get("components", {}).get("securitySchemes", {})
    scopes: list[str] = []
    for scheme in schemes.values():
        for flow in scheme.get("flows", {}).values():
            scopes.extend(flow.get("scopes", {}))
    for record in operations(spec):
        scopes.extend(record["permissions"])
    return tuple(dict.fromkeys(scopes))


def signal_bodies(spec: dict[str, Any]) -> dict[str, str]:
    """Signal code to the generated model (``smartcar_openapi.models``) of its body."""
    schemas = spec.get("components", {}).get("schemas", {})
    bodies: dict[str, str] = {}
    for owner, schema in schemas.items():
        for code, ref in (schema.get("x-smartcar-signal-bodies") or {}).items():
            name = str(ref).removeprefix("#/components/schemas/")
            if name not in schemas or "/" in name:
                raise ValueError(f"{owner}: x-smartcar-signal-bodies: {code} names {ref!r}")
            if code in bodies:
                raise ValueError(f"{owner}: x-smartcar-signal-bodies: {code} repeats")
            bodies[code] = str(ClassName(name, prefix=""))
    return bodies


def render(spec: dict[str, Any]) -> str:
    """The source of ``registry.py``."""
    lines = [HEADER, "OPERATIONS: tuple[OperationInfo, ...] = ("]
    for record in operations(spec):
        lines.append("    OperationInfo(")
        for key, value in record.items():
            if key == "paging" and value is not None:
                text = f"Paging(style={value['style']!r}, items={value['items']!r})"
            else:
                text = repr(value)
            lines.append(f"        {key}={text},")
        lines.append("    ),")
    lines.append(")")
    lines.append('"""Every operation, in the order of the spec."""')
    lines.append("")
    lines.append("PERMISSIONS: tuple[str, ...] = (")
    lines.extend(f"    {p!r}," for p in permissions(spec))
    lines.append(")")
    lines.append('"""Every Smartcar permission (OAuth scope), in the order of the spec."""')
    lines.append("")
    lines.append("SIGNAL_BODIES: dict[str, str] = {")
    lines.extend(f"    {code!r}: {model!r}," for code, model in signal_bodies(spec).items())
    lines.append("}")
    lines.append(
        '"""The generated model (``smartcar_openapi.models``) of each v3 signal code\'s body, from'
        ' the spec\'s ``x-smartcar-signal-bodies``."""'
    )
    lines.append("")
    lines.append("_BY_ID = {op.operation_id: op for op in OPERATIONS}")
    return "\n".join(lines) + "\n"
