"""Structural checks on spec/smartcar.yaml, the single source of truth for the generated client."""

from __future__ import annotations

import copy
import keyword
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from openapi_spec_validator import validate
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SPEC_PATH = Path(__file__).parents[2] / "spec" / "smartcar.yaml"
SPEC_URI = "urn:smartcar:spec"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# operationId -> (method, path). Other code (SDK layer, simulator, cassettes) relies on these.
EXPECTED_OPERATIONS: dict[str, tuple[str, str]] = {
    "request_token": ("post", "/oauth/token"),
    "get_user": ("get", "/v{version}/user"),
    "get_vehicles": ("get", "/v{version}/vehicles"),
    "get_vehicle_attributes": ("get", "/v{version}/vehicles/{vehicle_id}"),
    "get_vin": ("get", "/v{version}/vehicles/{vehicle_id}/vin"),
    "get_odometer": ("get", "/v{version}/vehicles/{vehicle_id}/odometer"),
    "get_location": ("get", "/v{version}/vehicles/{vehicle_id}/location"),
    "get_fuel": ("get", "/v{version}/vehicles/{vehicle_id}/fuel"),
    "get_battery": ("get", "/v{version}/vehicles/{vehicle_id}/battery"),
    "get_battery_capacity": ("get", "/v{version}/vehicles/{vehicle_id}/battery/capacity"),
    "get_nominal_capacity": ("get", "/v{version}/vehicles/{vehicle_id}/battery/nominal_capacity"),
    "get_charge_status": ("get", "/v{version}/vehicles/{vehicle_id}/charge"),
    "control_charge": ("post", "/v{version}/vehicles/{vehicle_id}/charge"),
    "get_charge_limit": ("get", "/v{version}/vehicles/{vehicle_id}/charge/limit"),
    "set_charge_limit": ("post", "/v{version}/vehicles/{vehicle_id}/charge/limit"),
    "get_lock_status": ("get", "/v{version}/vehicles/{vehicle_id}/security"),
    "control_security": ("post", "/v{version}/vehicles/{vehicle_id}/security"),
    "get_tire_pressure": ("get", "/v{version}/vehicles/{vehicle_id}/tires/pressure"),
    "get_engine_oil": ("get", "/v{version}/vehicles/{vehicle_id}/engine/oil"),
    "get_permissions": ("get", "/v{version}/vehicles/{vehicle_id}/permissions"),
    "disconnect": ("delete", "/v{version}/vehicles/{vehicle_id}/application"),
    "batch": ("post", "/v{version}/vehicles/{vehicle_id}/batch"),
    "subscribe_webhook": ("post", "/v{version}/vehicles/{vehicle_id}/webhooks/{webhook_id}"),
    "unsubscribe_webhook": ("delete", "/v{version}/vehicles/{vehicle_id}/webhooks/{webhook_id}"),
    "send_destination": ("post", "/v{version}/vehicles/{vehicle_id}/navigation/destination"),
    "get_service_history": ("get", "/v{version}/vehicles/{vehicle_id}/service/history"),
    "get_diagnostic_system_status": (
        "get",
        "/v{version}/vehicles/{vehicle_id}/diagnostics/system_status",
    ),
    "get_diagnostic_trouble_codes": ("get", "/v{version}/vehicles/{vehicle_id}/diagnostics/dtcs"),
    "get_compatibility": ("get", "/v{version}/compatibility"),
    "get_compatibility_matrix": ("get", "/v{version}/compatibility/matrix"),
    "get_connections": ("get", "/v2.0/management/connections"),
    "delete_connections": ("delete", "/v2.0/management/connections"),
    "get_vehicle": ("get", "/v3/vehicles/{vehicle_id}"),
    "get_signals": ("get", "/v3/vehicles/{vehicle_id}/signals"),
    "get_signal": ("get", "/v3/vehicles/{vehicle_id}/signals/{signal_code}"),
    # API v3 with the application token (reference smartcar-api-v3.md section 2.2).
    "request_application_token": ("post", "/oauth2/token"),
    "lock_doors": ("post", "/v3/vehicles/{vehicle_id}/commands/security/lock"),
    "unlock_doors": ("post", "/v3/vehicles/{vehicle_id}/commands/security/unlock"),
    "start_charge": ("post", "/v3/vehicles/{vehicle_id}/commands/charge/start"),
    "stop_charge": ("post", "/v3/vehicles/{vehicle_id}/commands/charge/stop"),
    "set_charge_limit_v3": ("post", "/v3/vehicles/{vehicle_id}/commands/charge/set-limit"),
    "set_destination": ("post", "/v3/vehicles/{vehicle_id}/commands/navigation/set-destination"),
    "set_daily_charge_schedule": ("post", "/v3/vehicles/{vehicle_id}/charge-schedules/daily"),
    "set_weekly_charge_schedule": ("post", "/v3/vehicles/{vehicle_id}/charge-schedules/weekly"),
    "set_workweek_charge_schedule": ("post", "/v3/vehicles/{vehicle_id}/charge-schedules/workweek"),
    "delete_charge_schedule": (
        "delete",
        "/v3/vehicles/{vehicle_id}/charge-schedules/{schedule_id}",
    ),
    "list_connections": ("get", "/v3/connections"),
    "get_connection": ("get", "/v3/connections/{connection_id}"),
    "delete_connection": ("delete", "/v3/connections/{connection_id}"),
    "delete_user": ("delete", "/v3/users/{user_id}"),
    "list_compatible_vehicles": ("get", "/v3/compatible-vehicles"),
    "list_webhooks": ("get", "/v3/webhooks"),
    "get_webhook": ("get", "/v3/webhooks/{webhook_id}"),
    "create_subscription": ("post", "/v3/subscriptions"),
    "list_subscriptions": ("get", "/v3/subscriptions"),
    "get_subscription": ("get", "/v3/subscriptions/{subscription_id}"),
    "delete_subscription": ("delete", "/v3/subscriptions/{subscription_id}"),
}

# The reference's Med rows: specified, but marked x-unverified.
UNVERIFIED_V3 = {
    "stop_charge",
    "set_destination",
    "set_weekly_charge_schedule",
    "set_workweek_charge_schedule",
    "delete_charge_schedule",
    "delete_connection",
    "list_compatible_vehicles",
    "delete_subscription",
}
V3_COMMANDS = {
    "lock_doors",
    "unlock_doors",
    "start_charge",
    "stop_charge",
    "set_charge_limit_v3",
    "set_destination",
    "set_daily_charge_schedule",
    "set_weekly_charge_schedule",
    "set_workweek_charge_schedule",
    "delete_charge_schedule",
}
V3_PAGED = {"list_connections", "list_webhooks", "list_subscriptions"}
# Calls that change state without being vehicle commands: never replayed either.
V3_STATE_CHANGES = {
    "delete_connection",
    "delete_user",
    "create_subscription",
    "delete_subscription",
}

# Unit-dependent reads carry metric and imperial examples and accept SC-Unit-System.
UNIT_DEPENDENT_READS = {
    "get_odometer",
    "get_fuel",
    "get_battery",
    "get_tire_pressure",
    "get_service_history",
}

ERROR_SCHEMAS = (
    "SmartcarError",
    "SmartcarErrorV1",
    "ErrorResolution",
    "OAuthError",
    "V3Error",
    "V3ErrorObject",
)


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    with SPEC_PATH.open(encoding="utf-8") as fh:
        loaded = yaml.safe_load(fh)
    assert isinstance(loaded, dict)
    return loaded


def pointer(*parts: str) -> str:
    """Build a JSON pointer (RFC 6901) from raw path segments."""
    return "".join("/" + p.replace("~", "~0").replace("/", "~1") for p in parts)


def resolve(spec: dict[str, Any], node: Any, ptr: str) -> tuple[Any, str]:
    """Follow local `$ref`s (components/responses, parameters, headers ...) to the target."""
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        assert ref.startswith("#/"), f"non-local $ref {ref} at {ptr}"
        ptr = ref[1:]
        node = spec
        for raw in ptr.lstrip("/").split("/"):
            node = node[raw.replace("~1", "/").replace("~0", "~")]
    return node, ptr


def operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                yield path, method, item[method]


def walk(node: Any, ptr: str = "") -> Iterator[tuple[str, Any]]:
    """Yield every (pointer, node) in the document."""
    yield ptr, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from walk(value, ptr + pointer(str(key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from walk(value, ptr + pointer(str(index)))


def collect_examples(spec: dict[str, Any]) -> list[tuple[str, str, Any]]:
    """Return (label, pointer-to-schema, example value) for every example in the document.

    Covers media-type `example`/`examples` (responses, request bodies, webhooks), parameter and
    header examples, and schema-level `example` under components/schemas.
    """
    found: list[tuple[str, str, Any]] = []
    for ptr, node in walk(spec):
        if not isinstance(node, dict) or "schema" not in node:
            continue
        if "example" not in node and "examples" not in node:
            continue
        # Media type objects, parameters and headers all pair `schema` with `example(s)`.
        _, schema_ptr = resolve(spec, node["schema"], ptr + "/schema")
        if "example" in node:
            found.append((ptr + "/example", schema_ptr, node["example"]))
        for name, example in node.get("examples", {}).items():
            example, example_ptr = resolve(spec, example, ptr + pointer("examples", name))
            assert "value" in example, f"example without value at {example_ptr}"
            found.append((example_ptr, schema_ptr, example["value"]))
    for name, schema in spec["components"]["schemas"].items():
        if "example" in schema:
            found.append(
                (
                    pointer("components", "schemas", name, "example"),
                    pointer("components", "schemas", name),
                    schema["example"],
                )
            )
    return found


def validator_for(spec: dict[str, Any], schema_ptr: str) -> jsonschema.Draft202012Validator:
    registry: Registry = Registry().with_resource(
        SPEC_URI, Resource.from_contents(spec, default_specification=DRAFT202012)
    )
    return jsonschema.Draft202012Validator(
        {"$ref": SPEC_URI + "#" + schema_ptr},
        registry=registry,
        format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER,
    )


def test_openapi_spec_validator_passes(spec: dict[str, Any]) -> None:
    validate(copy.deepcopy(spec))


def test_openapi_version_and_default_server(spec: dict[str, Any]) -> None:
    assert spec["openapi"] == "3.1.0"
    assert spec["servers"] == [{"url": "https://api.smartcar.com", "description": "api v2.0"}]


def test_no_remote_refs(spec: dict[str, Any]) -> None:
    for ptr, node in walk(spec):
        if isinstance(node, dict) and isinstance(node.get("$ref"), str):
            assert node["$ref"].startswith("#/"), f"remote $ref at {ptr}: {node['$ref']}"


def test_operation_count(spec: dict[str, Any]) -> None:
    assert len(list(operations(spec))) >= 35


def test_expected_operations_present(spec: dict[str, Any]) -> None:
    actual = {op["operationId"]: (method, path) for path, method, op in operations(spec)}
    missing = set(EXPECTED_OPERATIONS) - set(actual)
    assert not missing, f"missing operationIds: {sorted(missing)}"
    for op_id, where in EXPECTED_OPERATIONS.items():
        assert actual[op_id] == where, f"{op_id} is at {actual[op_id]}, expected {where}"


def test_operation_ids_unique_and_identifiers(spec: dict[str, Any]) -> None:
    seen: set[str] = set()
    for path, method, op in operations(spec):
        op_id = op.get("operationId")
        assert op_id, f"{method.upper()} {path} has no operationId"
        assert op_id.isidentifier() and not keyword.iskeyword(op_id), op_id
        assert re.fullmatch(r"[a-z][a-z0-9_]*", op_id), f"{op_id} is not snake_case"
        assert op_id not in seen, f"duplicate operationId {op_id}"
        seen.add(op_id)


def test_every_operation_has_security_servers_tags(spec: dict[str, Any]) -> None:
    schemes = set(spec["components"]["securitySchemes"])
    for path, method, op in operations(spec):
        where = f"{method.upper()} {path}"
        assert op.get("security"), f"{where}: no explicit security"
        for requirement in op["security"]:
            assert set(requirement) <= schemes, f"{where}: unknown scheme in {requirement}"
        assert op.get("servers"), f"{where}: no servers"
        assert op.get("tags"), f"{where}: no tags"


def test_servers_match_path_prefix(spec: dict[str, Any]) -> None:
    for path, method, op in operations(spec):
        urls = [server["url"] for server in op["servers"]]
        if path == "/oauth/token":
            expected = "https://auth.smartcar.com"
        elif path == "/oauth2/token":
            expected = "https://iam.smartcar.com"
        elif path.startswith("/v2.0/management/"):
            expected = "https://management.smartcar.com"
        elif path.startswith(("/v3/webhooks", "/v3/subscriptions")):
            expected = "https://management.api.smartcar.com"
        elif path.startswith("/v3/compatible-vehicles"):
            expected = "https://compatibility.api.smartcar.com"
        elif path.startswith("/v3/"):
            expected = "https://vehicle.api.smartcar.com"
        else:
            assert path.startswith("/v{version}/"), path
            expected = "https://api.smartcar.com"
        assert urls == [expected], f"{method.upper()} {path}: servers {urls}"


def test_security_by_operation(spec: dict[str, Any]) -> None:
    security = {op["operationId"]: op["security"] for _, _, op in operations(spec)}
    assert security["request_token"] == [{"clientCredentials": []}]
    assert security["get_compatibility"] == [{"clientCredentials": []}]
    assert security["get_compatibility_matrix"] == [{"clientCredentials": []}]
    assert security["get_connections"] == [{"managementToken": []}]
    assert security["delete_connections"] == [{"managementToken": []}]
    assert security["unsubscribe_webhook"] == [{"managementBearer": []}]
    assert [set(r) for r in security["disconnect"]] == [{"accessToken"}, {"managementBearer"}]
    assert set(security["get_odometer"][0]) == {"accessToken"}


def test_no_default_responses(spec: dict[str, Any]) -> None:
    for ptr, node in walk(spec):
        if ptr.endswith("/responses") and isinstance(node, dict):
            assert "default" not in node, f"default response at {ptr}"


def test_error_responses_are_explicit(spec: dict[str, Any]) -> None:
    for path, method, op in operations(spec):
        codes = set(op["responses"])
        where = f"{method.upper()} {path}"
        assert any(code.startswith("2") for code in codes), where
        assert {"401", "429", "500", "503", "504"} <= codes, f"{where}: {sorted(codes)}"


def test_server_errors_accept_non_json(spec: dict[str, Any]) -> None:
    for path, method, op in operations(spec):
        for code, response in op["responses"].items():
            if not code.startswith("5"):
                continue
            response, _ = resolve(spec, response, "")
            content = response["content"]
            assert "text/html" in content and "text/plain" in content, f"{path} {code}"
            # The generator parses the first media type: text first keeps proxy pages from
            # breaking the generated *_detailed functions.
            assert next(iter(content)).startswith("text/"), f"{method.upper()} {path} {code}"


def test_rate_limit_responses_document_retry_after(spec: dict[str, Any]) -> None:
    for path, method, op in operations(spec):
        response, _ = resolve(spec, op["responses"]["429"], "")
        assert "Retry-After" in response["headers"], f"{method.upper()} {path}"


def test_every_response_has_request_id_header(spec: dict[str, Any]) -> None:
    for path, method, op in operations(spec):
        for code, response in op["responses"].items():
            response, _ = resolve(spec, response, "")
            assert "SC-Request-Id" in response.get("headers", {}), f"{path} {method} {code}"


def test_error_schemas_are_lenient(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    for name in ERROR_SCHEMAS:
        assert "required" not in schemas[name], name
        assert schemas[name].get("additionalProperties", True) is True, name


def test_success_json_bodies_have_examples(spec: dict[str, Any]) -> None:
    for path, method, op in operations(spec):
        for code, response in op["responses"].items():
            if not code.startswith("2"):
                continue
            response, _ = resolve(spec, response, "")
            media = response.get("content", {}).get("application/json")
            if media is None:
                continue
            assert "example" in media or "examples" in media, f"{method.upper()} {path} {code}"


def test_success_bodies_are_named_components(spec: dict[str, Any]) -> None:
    # Inline schemas give generated classes names like GetOdometerResponse200.
    for path, method, op in operations(spec):
        for code, response in op["responses"].items():
            response, _ = resolve(spec, response, "")
            for media_type, media in response.get("content", {}).items():
                schema = media["schema"]
                if schema.get("type") == "array":
                    schema = schema["items"]
                if media_type.startswith("text/"):
                    continue
                assert "$ref" in schema, f"{method.upper()} {path} {code}: inline schema"
        body = op.get("requestBody")
        if body:
            assert body.get("required") is True, f"{method.upper()} {path}"
            for media in body["content"].values():
                assert "$ref" in media["schema"], f"{method.upper()} {path}: inline body"


def test_unit_dependent_reads(spec: dict[str, Any]) -> None:
    unit_param = "#/components/parameters/UnitSystem"
    for path, method, op in operations(spec):
        op_id = op["operationId"]
        refs = [p.get("$ref") for p in op.get("parameters", [])]
        if op_id in UNIT_DEPENDENT_READS:
            assert unit_param in refs, op_id
            media = op["responses"]["200"]["content"]["application/json"]
            assert "example" not in media, op_id
            assert set(media["examples"]) == {"metric", "imperial"}, op_id
            assert media["examples"]["metric"]["value"] != media["examples"]["imperial"]["value"]
            assert "SC-Unit-System" in op["responses"]["200"]["headers"], op_id
        elif op_id == "batch":
            assert unit_param in refs
        else:
            assert unit_param not in refs, f"{method.upper()} {path}"


def test_path_parameters_are_snake_case(spec: dict[str, Any]) -> None:
    for path in spec["paths"]:
        for name in re.findall(r"{([^}]+)}", path):
            assert name in {
                "version",
                "vehicle_id",
                "webhook_id",
                "signal_code",
                "schedule_id",
                "connection_id",
                "user_id",
                "subscription_id",
            }, f"{path}: {name}"


def test_examples_validate_against_schemas(spec: dict[str, Any]) -> None:
    examples = collect_examples(spec)
    assert len(examples) >= 40, "example collection found too little"
    failures = []
    for label, schema_ptr, value in examples:
        errors = sorted(validator_for(spec, schema_ptr).iter_errors(value), key=str)
        if errors:
            failures.append(f"{label}: {errors[0].message}")
    assert not failures, "\n".join(failures)


def test_example_validation_rejects_bad_values(spec: dict[str, Any]) -> None:
    # Guard against a validator setup that accepts everything (e.g. unresolved $refs).
    odometer = validator_for(spec, "/components/schemas/Odometer")
    assert odometer.is_valid({"distance": 1.5})
    assert not odometer.is_valid({"distance": "far"})
    assert not odometer.is_valid({})
    record = validator_for(spec, pointer("components", "schemas", "ServiceRecord"))
    assert not record.is_valid({"serviceId": 1})
    charge = validator_for(spec, "/components/schemas/ChargeStatus")
    assert not charge.is_valid({"isPluggedIn": True, "state": "BOILING"})


def test_vehicle_id_used_consistently_in_examples(spec: dict[str, Any]) -> None:
    text = SPEC_PATH.read_text(encoding="utf-8")
    assert "36ab27d0-fd9d-4455-823a-ce30af709ffc" in text
    assert "122.1381" not in text.replace("-122.1381", ""), "use a negative longitude"


def _v3_operations(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {
        op["operationId"]: op
        for path, _, op in operations(spec)
        if path.startswith("/v3/") or path == "/oauth2/token"
    }


def test_v3_unverified_marks_follow_the_reference(spec: dict[str, Any]) -> None:
    marked = {k for k, op in _v3_operations(spec).items() if op.get("x-unverified")}
    assert marked == UNVERIFIED_V3


def test_v3_commands_and_paging_extensions(spec: dict[str, Any]) -> None:
    ops = _v3_operations(spec)
    marked = {k for k, op in ops.items() if op.get("x-smartcar-command")}
    assert marked == V3_COMMANDS | V3_STATE_CHANGES
    paged = {k: op["x-smartcar-paging"] for k, op in ops.items() if "x-smartcar-paging" in op}
    assert paged == {
        **{k: {"style": "page-number", "items": "data"} for k in V3_PAGED},
        "get_signals": {"style": "links-next", "items": "data"},
    }
    for name in V3_PAGED:
        params = [resolve(spec, p, "")[0]["name"] for p in ops[name]["parameters"]]
        assert {"page[number]", "page[size]"} <= set(params), name


def test_v3_commands_answer_command_execution_on_200_and_202(spec: dict[str, Any]) -> None:
    ops = _v3_operations(spec)
    for name in V3_COMMANDS:
        op = ops[name]
        schemas = {
            op["responses"][code]["content"]["application/json"]["schema"]["$ref"]
            for code in ("200", "202")
        }
        assert len(schemas) == 1, name
        assert schemas <= {
            "#/components/schemas/CommandExecution",
            "#/components/schemas/ChargeScheduleExecution",
        }, name


def test_v3_auth_and_user_header(spec: dict[str, Any]) -> None:
    ops = _v3_operations(spec)
    schemes = spec["components"]["securitySchemes"]
    assert schemes["bearerAuth"] == {**schemes["bearerAuth"], "type": "http", "scheme": "bearer"}
    flow = schemes["applicationToken"]["flows"]["clientCredentials"]
    assert flow["tokenUrl"] == "https://iam.smartcar.com/oauth2/token"
    for name, op in ops.items():
        params = {p["$ref"].rsplit("/", 1)[1] for p in op.get("parameters", []) if "$ref" in p}
        if name in V3_COMMANDS:
            assert "ScUserId" in params, name
        if name == "list_connections":
            assert "ScUserIdFilter" in params
        if name in ("request_application_token", "list_compatible_vehicles"):
            continue
        assert {"bearerAuth": []} in op["security"], name
    user_header = spec["components"]["parameters"]["ScUserId"]
    assert (user_header["name"], user_header["in"], user_header["required"]) == (
        "sc-user-id",
        "header",
        True,
    )


def test_v3_error_status_is_a_string(spec: dict[str, Any]) -> None:
    status = spec["components"]["schemas"]["V3ErrorObject"]["properties"]["status"]
    assert status["type"] == "string"
