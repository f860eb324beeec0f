"""Every recorded interaction conforms to spec/smartcar.yaml, and no cassette holds a secret.

The spec, the simulator and the recordings therefore cannot drift apart silently: a simulator
answer that breaks the spec, or a spec change the recordings contradict, fails here.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest
import yaml
from openapi_core import OpenAPI
from openapi_core.testing import MockRequest, MockResponse

from smartcar.testing import DEFAULT_CLIENT_SECRET, DEFAULT_MANAGEMENT_TOKEN
from smartcar.testing.cassettes import find_secrets

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "spec" / "smartcar.yaml"
CASSETTES = sorted((ROOT / "tests" / "cassettes").rglob("*.yaml"))


@cache
def _openapi() -> OpenAPI:
    return OpenAPI.from_file_path(str(SPEC))


def _header(headers: dict[str, list[str]], name: str) -> str | None:
    for key, values in headers.items():
        if key.lower() == name.lower():
            return values[0] if values else None
    return None


def _text(body: Any) -> str:
    if body is None:
        return ""
    if isinstance(body, dict):
        body = body.get("string", "")
    if isinstance(body, bytes):
        return body.decode("utf-8", "replace")
    return str(body or "")


def check_interaction(interaction: dict[str, Any]) -> None:
    """Validate one cassette interaction, request and response, against the spec."""
    req, resp = interaction["request"], interaction["response"]
    url = urlsplit(req["uri"])
    req_headers = {k: v[0] for k, v in req.get("headers", {}).items() if v}
    req_type = (_header(req.get("headers", {}), "Content-Type") or "application/json").split(";")[0]
    request = MockRequest(
        host_url=f"{url.scheme}://{url.netloc}",
        method=req["method"].lower(),
        path=url.path,
        args=dict(parse_qsl(url.query, keep_blank_values=True)),
        headers=req_headers,
        data=_text(req.get("body")).encode() or None,
        content_type=req_type,
    )
    resp_headers = {k: v[0] for k, v in resp.get("headers", {}).items() if v}
    resp_type = (_header(resp.get("headers", {}), "Content-Type") or "application/json").split(";")[
        0
    ]
    response = MockResponse(
        data=_text(resp.get("body")).encode(),
        status_code=int(resp["status"]["code"]),
        headers=resp_headers,
        content_type=resp_type,
    )
    openapi = _openapi()
    openapi.validate_request(request)
    openapi.validate_response(request, response)


def _interactions(path: Path) -> list[dict[str, Any]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return list(data.get("interactions", []))


def test_there_are_cassettes() -> None:
    assert len(CASSETTES) >= 10, "the cassette tests should have recorded interactions"


@pytest.mark.parametrize("cassette", CASSETTES, ids=lambda p: str(p.relative_to(ROOT / "tests")))
def test_cassette_conforms_to_spec(cassette: Path) -> None:
    interactions = _interactions(cassette)
    assert interactions, f"{cassette} has no interactions"
    for index, interaction in enumerate(interactions):
        try:
            check_interaction(interaction)
        except Exception as error:  # pragma: no cover - the message is the point
            uri = interaction["request"]["uri"]
            raise AssertionError(f"interaction {index} ({uri}) breaks the spec: {error}") from error


@pytest.mark.parametrize("cassette", CASSETTES, ids=lambda p: str(p.relative_to(ROOT / "tests")))
def test_cassette_has_no_secrets(cassette: Path) -> None:
    found = find_secrets(
        cassette.read_text(encoding="utf-8"),
        known=[DEFAULT_CLIENT_SECRET, DEFAULT_MANAGEMENT_TOKEN],
    )
    assert found == []


# -- the checks themselves must be able to fail ------------------------------------------------

_GOOD = {
    "request": {
        "method": "GET",
        "uri": "https://api.smartcar.com/v2.0/vehicles/36ab27d0-fd9d-4455-823a-ce30af709ffc/odometer",
        "headers": {"Authorization": ["Bearer REDACTED"], "SC-Unit-System": ["metric"]},
        "body": None,
    },
    "response": {
        "status": {"code": 200, "message": "OK"},
        "headers": {"Content-Type": ["application/json"], "SC-Unit-System": ["metric"]},
        "body": {"string": json.dumps({"distance": 104032.0})},
    },
}


def test_conformance_accepts_a_good_interaction() -> None:
    check_interaction(_GOOD)


@pytest.mark.parametrize(
    "breakage",
    [
        {"body": {"string": json.dumps({"distance": "far"})}},
        {"body": {"string": json.dumps({"miles": 3})}},
        {"status": {"code": 299, "message": "??"}},
    ],
)
def test_conformance_rejects_a_response_that_breaks_the_spec(breakage: dict[str, Any]) -> None:
    broken = json.loads(json.dumps(_GOOD))
    broken["response"].update(breakage)
    with pytest.raises(Exception):  # noqa: B017 - openapi-core raises several error types
        check_interaction(broken)


def test_conformance_rejects_an_unknown_path() -> None:
    broken = json.loads(json.dumps(_GOOD))
    broken["request"]["uri"] = "https://api.smartcar.com/v2.0/vehicles/x/teleport"
    with pytest.raises(Exception):  # noqa: B017
        check_interaction(broken)


def test_secret_scan_fails_on_a_planted_secret(tmp_path: Path) -> None:
    text = yaml.safe_dump({"interactions": [_GOOD]})
    assert find_secrets(text, known=[DEFAULT_CLIENT_SECRET]) == []
    planted = text.replace("Bearer REDACTED", "Bearer 5f1c2d7e-0b6f-4d7b-a1f4-8f0c2f1d9e11")
    assert find_secrets(planted)
    planted_known = text.replace("REDACTED", DEFAULT_CLIENT_SECRET)
    assert find_secrets(planted_known, known=[DEFAULT_CLIENT_SECRET])
