"""Error parsing, case by case: which class, status, request id, retry delay and text each
response shape gives, including the shapes where the type and the HTTP status disagree."""

from __future__ import annotations

import base64
import json
import pickle
from datetime import UTC, datetime
from typing import Any

import httpx2
import pytest

import smartcar
from smartcar import exceptions as exc
from smartcar._core.errors import _BODY_LIMIT, error_from_response, parse_retry_after

HEADERS = {"SC-Request-Id": "req-header", "Retry-After": "7"}


def parse(status: int, body: Any, *, headers: Any = None, oauth: bool = False) -> Any:
    content = body if isinstance(body, bytes | str) else json.dumps(body)
    return error_from_response(
        status, HEADERS if headers is None else headers, content, oauth=oauth
    )


# -- v2 bodies ----------------------------------------------------------------------------------


def test_v2_fields_of_the_body_win_over_the_response() -> None:
    body = {"type": "RATE_LIMIT", "code": "VEHICLE", "statusCode": 429, "requestId": "req-body"}
    err = parse(400, body)
    assert (type(err), err.status_code, err.request_id) == (exc.RateLimitError, 429, "req-body")
    assert err.retry_after == 7


def test_v2_without_status_or_request_id_takes_the_response_s() -> None:
    err = parse(409, {"type": "VEHICLE_STATE", "code": "ASLEEP"})
    assert (err.status_code, err.request_id, err.type) == (409, "req-header", "VEHICLE_STATE")


@pytest.mark.parametrize(
    ("status", "cls"),
    [(503, exc.ServerError), (502, exc.UpstreamError), (418, exc.SmartcarException)],
)
def test_v2_unknown_type_falls_back_to_the_status(status: int, cls: type[Exception]) -> None:
    err = parse(status, {"type": "BRAND_NEW", "code": "X"})
    assert type(err) is cls
    assert err.type == "BRAND_NEW"


def test_v2_unknown_type_on_the_token_endpoint_is_an_oauth_error() -> None:
    err = parse(418, {"type": "BRAND_NEW"}, oauth=True)
    assert type(err) is exc.OAuthError
    assert err.type == "BRAND_NEW"


def test_v2_known_type_on_the_token_endpoint_keeps_its_class() -> None:
    assert type(parse(429, {"type": "RATE_LIMIT"}, oauth=True)) is exc.RateLimitError


# -- v3 (JSON:API) bodies -------------------------------------------------------------------------


def test_v3_error_details() -> None:
    body = {"errors": [{"type": "PERMISSION", "status": "403", "title": "Forbidden"}]}
    err = parse(400, body)
    assert type(err) is exc.PermissionDeniedError
    # `detail` keeps every error object with all its members, as the API sent them.
    assert (err.status_code, err.description, err.detail) == (403, "Forbidden", body["errors"])


def test_v3_error_detail_string_is_the_description() -> None:
    body = {"errors": [{"type": "VALIDATION", "detail": "bad vin", "title": "Invalid"}]}
    err = parse(400, body)
    assert (err.description, err.detail, err.status_code) == ("bad vin", body["errors"], 400)


def test_v3_error_detail_list_is_kept() -> None:
    detail = [{"field": "vin", "message": "too short"}]
    body = {"errors": [{"type": "VALIDATION", "detail": detail, "title": "Invalid"}]}
    err = parse(400, body)
    assert (err.description, err.detail) == ("Invalid", body["errors"])
    assert err.detail[0]["detail"] == detail


def test_v3_detail_keeps_errors_that_are_not_objects() -> None:
    body = {"errors": [{"type": "SERVER", "title": "Down"}, "also down", 3]}
    err = parse(500, body)
    assert (type(err), err.description) == (exc.ServerError, "Down")
    assert err.detail == [{"type": "SERVER", "title": "Down"}, "also down", 3]


def test_v3_detail_is_the_errors_own_copy() -> None:
    # Batch items arrive decoded: changing that value afterwards leaves the error as it was.
    second = {"type": "VALIDATION", "title": "second"}
    content = {"errors": [{"type": "VALIDATION", "title": "first"}, second]}
    err = error_from_response(400, {}, content)
    second["title"] = "changed"
    content["errors"][0]["title"] = "changed"
    assert err.detail == [
        {"type": "VALIDATION", "title": "first"},
        {"type": "VALIDATION", "title": "second"},
    ]


@pytest.mark.parametrize(
    ("error", "doc_url"),
    [
        ({"links": {"about": "https://docs.example/about"}}, "https://docs.example/about"),
        (
            {"docURL": "https://docs.example/doc", "links": {"about": "https://x"}},
            "https://docs.example/doc",
        ),
        ({"links": "https://docs.example/about"}, None),
    ],
)
def test_v3_doc_url_is_the_errors_own_or_its_about_link(
    error: dict[str, Any], doc_url: str | None
) -> None:
    err = parse(409, {"errors": [{"type": "VEHICLE_STATE", **error}]})
    assert (type(err), err.doc_url) == (exc.VehicleStateError, doc_url)


def test_top_level_type_wins_over_errors() -> None:
    body = {"type": "SERVER", "description": "top", "errors": [{"type": "PERMISSION"}]}
    err = parse(500, body)
    assert (type(err), err.description) == (exc.ServerError, "top")


def test_empty_errors_list_is_an_unknown_body() -> None:
    err = parse(500, {"errors": []})
    assert type(err) is exc.ServerError
    assert err.description == '{"errors": []}'
    assert (err.request_id, err.retry_after) == ("req-header", 7)


# -- the fields a VALIDATION error names in its message ------------------------------------------


def _validation(detail: Any) -> Any:
    body = {"type": "VALIDATION", "code": "PARAMETER", "description": "Bad.", "detail": detail}
    return parse(400, body)


def test_validation_message_names_each_field_and_its_message() -> None:
    detail = [
        {"field": ["body", "requests", 0, "path"], "message": "unknown path"},
        {"field": "vin", "message": "too short"},
        {"message": "no field"},
        {"field": "", "message": "empty field"},
    ]
    err = _validation(detail)
    assert type(err) is exc.ValidationError
    assert str(err) == (
        "VALIDATION:PARAMETER - Bad. (body.requests.0.path: unknown path; vin: too short; "
        "no field; empty field)"
    )
    # The fields stay in `detail`, as sent; the description is the body's alone.
    assert (err.detail, err.description) == (detail, "Bad.")


def test_validation_message_skips_items_without_a_message_and_goes_on() -> None:
    detail = [
        "not an object",
        {"field": "a", "message": 3},
        {"field": "b"},
        {"field": "c", "message": "m"},
    ]
    assert str(_validation(detail)) == "VALIDATION:PARAMETER - Bad. (c: m)"


def test_validation_message_names_the_first_five_fields() -> None:
    detail = [{"field": f"f{n}", "message": "bad"} for n in range(1, 7)]
    assert str(_validation(detail)) == (
        "VALIDATION:PARAMETER - Bad. (f1: bad; f2: bad; f3: bad; f4: bad; f5: bad)"
    )


@pytest.mark.parametrize("detail", [[], [{"field": "a"}], "text", None])
def test_validation_message_without_field_messages_is_the_official_one(detail: Any) -> None:
    assert str(_validation(detail)) == "VALIDATION:PARAMETER - Bad."


def test_validation_message_is_truncated_at_the_limit() -> None:
    long = "m" * (_BODY_LIMIT + 10)
    assert str(_validation([{"message": long}])) == (
        f"VALIDATION:PARAMETER - Bad. ({'m' * _BODY_LIMIT}…)"
    )


def test_only_a_validation_error_names_its_fields() -> None:
    body = {"type": "SERVER", "description": "Down.", "detail": [{"field": "a", "message": "m"}]}
    assert str(parse(500, body)) == "SERVER - Down."


# -- OAuth and v1 bodies --------------------------------------------------------------------------


def test_error_description_is_oauth_even_outside_the_token_endpoint() -> None:
    err = parse(401, {"error": "invalid_client", "error_description": "bad client"})
    assert type(err) is exc.OAuthError
    assert (err.type, err.description, err.status_code) == ("invalid_client", "bad client", 401)
    assert (err.request_id, err.retry_after) == ("req-header", 7)


def test_token_endpoint_error_without_description_is_oauth() -> None:
    err = parse(400, {"error": "invalid_grant"}, oauth=True)
    assert type(err) is exc.OAuthError
    assert (err.type, err.description) == ("invalid_grant", None)


def test_token_endpoint_error_with_a_message_is_a_v1_error() -> None:
    err = parse(500, {"error": "server_error", "message": "down"}, oauth=True)
    assert type(err) is exc.ServerError
    assert err.description == "down"


def test_v1_error_without_message_is_not_oauth() -> None:
    err = parse(409, {"error": "vehicle_state_error", "code": "VS_000"})
    assert type(err) is exc.VehicleStateError
    assert (err.code, err.description) == ("VS_000", None)


def test_v1_type_wins_over_the_status() -> None:
    err = parse(400, {"error": "vehicle_state_error", "message": "m"})
    assert type(err) is exc.VehicleStateError
    assert err.status_code == 400


@pytest.mark.parametrize(("status", "cls"), [(500, exc.ServerError), (418, exc.SmartcarException)])
def test_v1_unknown_error_falls_back_to_the_status(status: int, cls: type[Exception]) -> None:
    err = parse(status, {"error": "brand_new", "message": "m"})
    assert type(err) is cls
    assert err.type == "brand_new"


def test_v1_fields_of_the_body_win_over_the_response() -> None:
    body = {"error": "x", "message": "m", "statusCode": 409, "requestId": "req-body"}
    err = parse(400, body)
    assert (err.status_code, err.request_id, err.retry_after) == (409, "req-body", 7)


def test_v1_without_status_or_request_id_takes_the_response_s() -> None:
    err = parse(409, {"error": "x", "message": "m"})
    assert (err.status_code, err.request_id) == (409, "req-header")


# -- bodies that are not an error document --------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "description"),
    [
        (b"<html>down</html>", "<html>down</html>"),
        (b"\xff\xfe not utf-8", "\ufffd\ufffd not utf-8"),
        ([1, 2], "[1, 2]"),
        ({"unexpected": True}, '{"unexpected": true}'),
        # JSON that is not an object: described as sent, not as Python shows it.
        (b'["a",true]', '["a",true]'),
        (b"null", "null"),
    ],
)
def test_other_bodies_keep_the_response_fields(body: Any, description: str) -> None:
    err = parse(503, body)
    assert type(err) is exc.ServerError
    assert (err.type, err.description) == ("SDK_ERROR", description)
    assert (err.request_id, err.retry_after, err.status_code) == ("req-header", 7, 503)
    # The official package's message for a body that is not an error document: the body text.
    assert str(err) == description


@pytest.mark.parametrize(
    ("value", "description"),
    [(["x"], "['x']"), ({"unexpected": 1}, '{"unexpected": 1}')],
)
def test_decoded_batch_bodies_are_described(value: Any, description: str) -> None:
    # Batch items arrive already decoded.
    err = error_from_response(500, {"sc-request-id": "item"}, value)
    assert (type(err), err.description, err.request_id) == (exc.ServerError, description, "item")


def test_empty_body_message() -> None:
    err = parse(418, b"  ")
    assert type(err) is exc.SmartcarException
    assert err.description is None
    assert str(err) == "HTTP 418 with an empty body"


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (200, exc.InvalidResponseError),
        (299, exc.InvalidResponseError),
        (300, exc.SmartcarException),
    ],
)
def test_unreadable_success_is_an_invalid_response(status: int, cls: type[Exception]) -> None:
    assert type(parse(status, b"<html>")) is cls


def test_long_bodies_are_truncated_at_the_limit() -> None:
    exact = "a" * _BODY_LIMIT
    assert parse(500, exact.encode()).description == exact
    longer = parse(500, (exact + "b").encode()).description
    assert longer == exact + "…"


def test_non_string_fields_become_strings() -> None:
    err = parse(409, {"type": "VEHICLE_STATE", "code": 42, "description": "d"})
    assert err.code == "42"
    assert err.description == "d"


@pytest.mark.parametrize(
    ("value", "expected"),
    [("123456789012345678", 123456789012345678), ("1234567890123456789", None)],
)
def test_status_code_strings_up_to_18_digits(value: str, expected: int | None) -> None:
    err = parse(400, {"type": "VALIDATION", "statusCode": value})
    assert err.status_code == (expected or 400)


def test_headers_are_found_in_any_case() -> None:
    err = parse(500, b"x", headers={"sc-request-id": "lower", "retry-after": "3"})
    assert (err.request_id, err.retry_after) == ("lower", 3)
    err = parse(500, b"x", headers={"SC-Request-Id": "exact"})
    assert err.request_id == "exact"


def test_retry_after_date_without_zone_is_utc() -> None:
    now = datetime(2025, 1, 1, 12, 0, 0, tzinfo=UTC)
    assert parse_retry_after("Wed, 01 Jan 2025 12:00:30 -0000", now=now) == 30
    assert parse_retry_after("Wed, 01 Jan 2025 12:00:30 GMT", now=now) == 30


def test_retry_after_huge_number_is_invalid() -> None:
    assert parse_retry_after("9" * 400) is None


# -- the exception objects ------------------------------------------------------------------------


def test_repr_lists_the_known_fields() -> None:
    err = exc.RateLimitError(status_code=429, type="RATE_LIMIT", code="VEHICLE", retry_after=3)
    assert repr(err) == (
        "RateLimitError('RATE_LIMIT:VEHICLE', status_code=429, type='RATE_LIMIT', "
        "code='VEHICLE', retry_after=3)"
    )


def test_repr_without_fields() -> None:
    assert repr(exc.SmartcarException("plain")) == "SmartcarException('plain')"


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({}, "SmartcarException"),
        ({"code": "ASLEEP"}, "ASLEEP"),
        ({"type": "VEHICLE_STATE"}, "VEHICLE_STATE"),
        ({"type": "VEHICLE_STATE", "code": "ASLEEP"}, "VEHICLE_STATE:ASLEEP"),
        ({"description": "zzz"}, "SmartcarException - zzz"),
        ({"code": "ASLEEP", "description": ""}, "ASLEEP"),
    ],
)
def test_default_message(fields: dict[str, Any], message: str) -> None:
    assert str(exc.SmartcarException(**fields)) == message


def test_pickle_keeps_a_custom_message() -> None:
    err = exc.ServerError("custom text", type="SERVER", code="INTERNAL", request_id="r")
    again = pickle.loads(pickle.dumps(err))
    assert (type(again), str(again), again.message) == (
        exc.ServerError,
        "custom text",
        "custom text",
    )
    assert (again.type, again.code, again.request_id) == ("SERVER", "INTERNAL", "r")


# -- credentials echoed back by a server are blanked out ------------------------------------------


def _echo(request: Any) -> Any:
    return httpx2.Response(
        400,
        json={"type": "VALIDATION", "description": f"got [{request.headers.get('Authorization')}]"},
    )


def _echoed(authorization: str) -> str:
    vehicle = smartcar.Vehicle("v1", "token", transport=httpx2.MockTransport(_echo), max_retries=0)
    with pytest.raises(smartcar.ValidationError) as caught:
        vehicle.request("GET", "odometer", headers={"Authorization": authorization})
    assert caught.value.description is not None
    return caught.value.description


def test_echoed_bearer_token_is_blanked() -> None:
    assert _echoed("Bearer secret-token-1") == "got [Bearer [REDACTED]]"


def test_echoed_bare_token_is_blanked() -> None:
    assert _echoed("bare-secret-token") == "got [[REDACTED]]"


@pytest.mark.parametrize("scheme", ["Basic", "basic"])
def test_echoed_basic_credentials_and_their_password_are_blanked(scheme: str) -> None:
    encoded = base64.b64encode(b"default:amt-secret-9").decode()
    assert _echoed(f"{scheme} {encoded}") == f"got [{scheme} [REDACTED]]"
    # The decoded password is blanked too, wherever it appears; the user name is not a secret.
    body = {"type": "VALIDATION", "description": "user default password amt-secret-9"}
    vehicle = smartcar.Vehicle(
        "v1",
        "token",
        transport=httpx2.MockTransport(lambda r: httpx2.Response(400, json=body)),
        max_retries=0,
    )
    with pytest.raises(smartcar.ValidationError) as caught:
        vehicle.request("GET", "odometer", headers={"Authorization": f"{scheme} {encoded}"})
    assert caught.value.description == "user default password [REDACTED]"


def test_echoed_basic_credentials_that_are_not_base64_are_blanked() -> None:
    assert _echoed("Basic not*base64*at-all") == "got [Basic [REDACTED]]"


def test_short_credentials_are_not_blanked() -> None:
    # Blanking five characters would blank ordinary words of the message.
    assert _echoed("Bearer abcde") == "got [Bearer abcde]"


# -- failures without a response ------------------------------------------------------------------

ODOMETER_URL = "GET https://api.smartcar.com/v2.0/vehicles/v/odometer"


@pytest.mark.parametrize(
    ("error", "cls", "message"),
    [
        (
            httpx2.ReadTimeout("slow"),
            smartcar.RequestTimeoutError,
            f"Request timed out: {ODOMETER_URL} (ReadTimeout)",
        ),
        (
            httpx2.ConnectError("refused"),
            smartcar.NetworkError,
            f"Network error: {ODOMETER_URL}: ConnectError: refused",
        ),
        (
            httpx2.DecodingError("bad gzip"),
            smartcar.InvalidResponseError,
            f"Invalid response: {ODOMETER_URL}: DecodingError: bad gzip",
        ),
    ],
)
def test_transport_failure_messages(error: Exception, cls: type[Exception], message: str) -> None:
    def fail(request: httpx2.Request) -> httpx2.Response:
        raise error

    vehicle = smartcar.Vehicle("v", "t", transport=httpx2.MockTransport(fail), max_retries=0)
    with pytest.raises(smartcar.SmartcarException) as caught:
        vehicle.odometer()
    assert type(caught.value) is cls
    assert str(caught.value) == message


def test_error_from_response_is_not_oauth_by_default() -> None:
    assert type(error_from_response(418, {}, b'{"type": "NEW"}')) is exc.SmartcarException
    assert type(error_from_response(400, {}, b'{"error": "x"}')) is exc.ValidationError


def test_unknown_json_body_is_described_as_sent() -> None:
    err = error_from_response(500, {}, b'{"unexpected":true}')
    assert err.description == '{"unexpected":true}'


def test_six_character_credentials_are_blanked() -> None:
    assert _echoed("Bearer abcdef") == "got [Bearer [REDACTED]]"


def test_basic_password_with_a_colon_is_blanked_whole() -> None:
    encoded = base64.b64encode(b"default:amt:secret-9").decode()
    body = {"type": "VALIDATION", "description": "password amt:secret-9"}
    vehicle = smartcar.Vehicle(
        "v1",
        "token",
        transport=httpx2.MockTransport(lambda r: httpx2.Response(400, json=body)),
        max_retries=0,
    )
    with pytest.raises(smartcar.ValidationError) as caught:
        vehicle.request("GET", "odometer", headers={"Authorization": f"Basic {encoded}"})
    assert caught.value.description == "password [REDACTED]"


def test_echoed_form_secrets_are_blanked_longest_first() -> None:
    # The client secret contains the code: blanking the code first would leave "a-" behind.
    def echo(request: httpx2.Request) -> httpx2.Response:
        form = request.content.decode()
        return httpx2.Response(
            400, json={"error": "invalid_grant", "error_description": f"{form} a-code-123456"}
        )

    client = smartcar.AuthClient(
        "client-id", "a-code-123456", "https://a.example/cb", transport=httpx2.MockTransport(echo)
    )
    with pytest.raises(smartcar.OAuthError) as caught:
        client.exchange_code("code-123456")
    description = caught.value.description or ""
    assert "code=[REDACTED]" in description
    assert description.endswith(" [REDACTED]")
    assert "123456" not in description
