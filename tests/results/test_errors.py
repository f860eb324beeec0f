"""Error parsing: every error format Smartcar has used maps to a typed exception."""

import json
import pickle
from datetime import UTC, datetime

import pytest

from smartcar import exceptions as exc
from smartcar._core.errors import error_from_response, parse_retry_after

V2_RATE_LIMIT = {
    "type": "RATE_LIMIT",
    "code": "VEHICLE",
    "description": "You have reached the throttling rate limit for this vehicle.",
    "docURL": "https://smartcar.com/docs/errors/api-errors/rate-limit-errors#vehicle",
    "statusCode": 429,
    "requestId": "5dea93a1-3f79-4246-90c5-89610a20471b",
    "resolution": {"type": "RETRY_LATER"},
    "suggestedUserMessage": "Please be patient.",
}


def test_v2_error_maps_every_field() -> None:
    err = error_from_response(
        429, {"retry-after": "30", "Content-Type": "application/json"}, json.dumps(V2_RATE_LIMIT)
    )
    assert isinstance(err, exc.RateLimitError)
    assert err.status_code == 429
    assert (err.type, err.code) == ("RATE_LIMIT", "VEHICLE")
    assert err.retry_after == 30
    assert err.request_id == "5dea93a1-3f79-4246-90c5-89610a20471b"
    assert err.resolution == {"type": "RETRY_LATER", "url": None}
    assert err.suggested_user_message == "Please be patient."
    assert err.doc_url and err.doc_url.endswith("#vehicle")
    assert (
        str(err)
        == "RATE_LIMIT:VEHICLE - You have reached the throttling rate limit for this vehicle."
    )


def test_string_resolution_is_kept() -> None:
    body = {"type": "PERMISSION", "code": None, "description": "x", "resolution": "REAUTHENTICATE"}
    err = error_from_response(403, {}, json.dumps(body).encode())
    assert isinstance(err, exc.PermissionDeniedError)
    assert err.resolution == {"type": "REAUTHENTICATE", "url": None}
    assert err.code is None
    assert str(err) == "PERMISSION - x"


def test_falsy_fields_are_not_lost() -> None:
    body = {"type": "VALIDATION", "code": "", "description": "", "detail": [], "statusCode": 400}
    err = error_from_response(400, {}, json.dumps(body))
    assert isinstance(err, exc.ValidationError)
    assert err.code == ""
    assert err.detail == []
    assert err.description == ""


def test_absent_fields_are_none() -> None:
    err = error_from_response(409, {}, json.dumps({"type": "VEHICLE_STATE", "code": "ASLEEP"}))
    for field in (
        "description",
        "doc_url",
        "resolution",
        "detail",
        "suggested_user_message",
        "request_id",
        "retry_after",
    ):
        assert getattr(err, field) is None, field


def test_v1_error() -> None:
    body = {
        "error": "vehicle_state_error",
        "message": "Vehicle state cannot be determined.",
        "code": "VS_000",
    }
    err = error_from_response(409, {"SC-Request-Id": "rid"}, json.dumps(body))
    assert isinstance(err, exc.VehicleStateError)
    assert (err.type, err.code, err.request_id) == ("vehicle_state_error", "VS_000", "rid")
    assert err.description == "Vehicle state cannot be determined."


def test_oauth_error() -> None:
    body = {"error": "invalid_grant", "error_description": "Invalid code: abc."}
    err = error_from_response(400, {}, json.dumps(body), oauth=True)
    assert isinstance(err, exc.OAuthError)
    assert err.type == "invalid_grant"
    assert err.description == "Invalid code: abc."
    assert err.status_code == 400


def test_v3_jsonapi_error() -> None:
    body = {
        "errors": [
            {
                "status": "404",
                "type": "RESOURCE_NOT_FOUND",
                "code": "PATH",
                "title": "Not found",
                "detail": "No such signal",
            }
        ]
    }
    err = error_from_response(404, {}, json.dumps(body))
    assert isinstance(err, exc.ResourceNotFoundError)
    assert err.code == "PATH"
    assert err.description == "No such signal"


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (502, exc.UpstreamError),
        (500, exc.ServerError),
        (200, exc.InvalidResponseError),
        (418, exc.SmartcarException),
    ],
)
def test_non_json_body(status: int, cls: type[exc.SmartcarException]) -> None:
    html = "<html><body>" + "Bad gateway " * 200 + "</body></html>"
    err = error_from_response(status, {"content-type": "text/html", "sc-request-id": "r1"}, html)
    assert type(err) is cls
    assert err.status_code == status
    assert err.request_id == "r1"
    assert len(str(err)) < 600  # bodies are truncated in messages


def test_empty_body() -> None:
    err = error_from_response(503, {}, b"")
    assert isinstance(err, exc.ServerError)
    assert "empty body" in str(err)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("30", 30),
        ("1.2", 2),
        ("-1", None),
        ("soon", None),
        ("", None),
        (None, None),
        ("nan", None),
        ("Fri, 27 Nov 2026 12:00:30 GMT", 30),
        ("Fri, 27 Nov 2026 11:00:00 GMT", 0),
    ],
)
def test_retry_after(value: str | None, expected: int | None) -> None:
    now = datetime(2026, 11, 27, 12, 0, 0, tzinfo=UTC)
    assert parse_retry_after(value, now=now) == expected


def test_exceptions_pickle_with_fields() -> None:
    err = error_from_response(429, {"Retry-After": "5"}, json.dumps(V2_RATE_LIMIT))
    again = pickle.loads(pickle.dumps(err))
    assert type(again) is exc.RateLimitError
    assert again.retry_after == 5 and again.code == "VEHICLE" and str(again) == str(err)
