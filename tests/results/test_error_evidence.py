"""Errors keep the HTTP evidence: response headers and body, redacted, and a redacted cause.

A failed call raises a SmartcarException that holds what the server answered (``headers``,
``body``), with every credential blanked out, and chains a :class:`RedactedCause` instead of
the original exception, so a traceback tells what happened without holding a credential.
"""

from __future__ import annotations

import asyncio
import json
import pickle
import traceback
from collections.abc import Callable
from typing import Any

import httpx2
import pytest

import smartcar
from smartcar import exceptions as exc
from smartcar._core.errors import error_from_response, with_evidence

TOKEN = "evidence-access-token-51c2e0"
SECRET = "evidence-client-secret-9a7b"
NEW_ACCESS = "evidence-new-access-4d3f"
NEW_REFRESH = "evidence-new-refresh-8e21"
KINDS = ["sync", "async"]

Handler = Callable[[httpx2.Request], httpx2.Response]


def read_odometer(kind: str, handler: Handler) -> BaseException:
    """The error a vehicle read raises when the server answers with ``handler``."""
    if kind == "sync":
        vehicle = smartcar.Vehicle("vehicle-1", TOKEN, transport=httpx2.MockTransport(handler))
        with pytest.raises(smartcar.SmartcarException) as caught:
            vehicle.odometer()
        return caught.value

    async def main() -> BaseException:
        transport = httpx2.MockTransport(handler)
        async with smartcar.AsyncVehicle("vehicle-1", TOKEN, transport=transport) as vehicle:
            with pytest.raises(smartcar.SmartcarException) as caught:
                await vehicle.odometer()
            return caught.value

    return asyncio.run(main())


def exchange_code(kind: str, handler: Handler) -> BaseException:
    """The error a code exchange raises when the token endpoint answers with ``handler``."""
    options: dict[str, Any] = {"transport": httpx2.MockTransport(handler), "max_retries": 0}
    if kind == "sync":
        client = smartcar.AuthClient("client-id", SECRET, "https://app.example/cb", **options)
        with pytest.raises(smartcar.SmartcarException) as caught:
            client.exchange_code("evidence-code-1234")
        return caught.value

    async def main() -> BaseException:
        client = smartcar.AsyncAuthClient("client-id", SECRET, "https://app.example/cb", **options)
        with pytest.raises(smartcar.SmartcarException) as caught:
            await client.exchange_code("evidence-code-1234")
        return caught.value

    return asyncio.run(main())


def asleep(request: httpx2.Request) -> httpx2.Response:
    return httpx2.Response(
        409,
        headers={
            "SC-Request-Id": "req-409",
            "X-Echo": request.headers["Authorization"],
            "Set-Cookie": "session=opaque-session-value",
        },
        json={
            "type": "VEHICLE_STATE",
            "code": "ASLEEP",
            "description": f"asleep ({request.headers['Authorization']})",
        },
    )


@pytest.mark.parametrize("kind", KINDS)
def test_an_error_response_keeps_its_headers_and_body_redacted(kind: str) -> None:
    error = read_odometer(kind, asleep)
    assert isinstance(error, smartcar.VehicleStateError)
    assert error.headers is not None and error.body is not None
    # Any casing reads the headers, as on a response.
    assert error.headers["SC-Request-Id"] == "req-409"
    assert error.headers["sc-request-id"] == "req-409"
    assert error.headers["X-Echo"] == "Bearer [REDACTED]"
    assert error.headers["Set-Cookie"] == "[REDACTED]"
    body = json.loads(error.body)
    assert body["code"] == "ASLEEP"
    assert body["description"] == "asleep (Bearer [REDACTED])"
    assert TOKEN not in repr(error.headers) + error.body


@pytest.mark.parametrize("kind", KINDS)
def test_an_error_response_chains_a_redacted_cause(kind: str) -> None:
    error = read_odometer(kind, asleep)
    cause = error.__cause__
    assert isinstance(cause, exc.RedactedCause)
    assert cause.kind == "HTTP response"
    assert "HTTP 409" in cause.detail and "req-409" in cause.detail and "ASLEEP" in cause.detail
    assert TOKEN not in str(cause)
    assert cause.__cause__ is None and cause.__context__ is None
    assert error.__context__ is None
    text = "".join(traceback.format_exception(error))
    assert "smartcar.exceptions.RedactedCause: HTTP response: HTTP 409" in text
    assert "direct cause of the following exception" in text
    assert TOKEN not in text


@pytest.mark.parametrize("kind", KINDS)
def test_a_transport_failure_chains_its_redacted_description(kind: str) -> None:
    def reset(request: httpx2.Request) -> httpx2.Response:
        raise httpx2.ReadError(f"connection reset while sending {request.headers['Authorization']}")

    error = read_odometer(kind, reset)
    assert isinstance(error, smartcar.NetworkError)
    cause = error.__cause__
    assert isinstance(cause, exc.RedactedCause)
    assert cause.kind == "httpx2.ReadError"
    assert cause.detail == "connection reset while sending Bearer [REDACTED]"
    assert cause.__context__ is None and error.__context__ is None
    # Not from a response: there is no HTTP evidence to keep.
    assert error.headers is None and error.body is None


@pytest.mark.parametrize("kind", KINDS)
def test_a_token_response_that_fails_to_parse_keeps_a_body_without_the_new_tokens(
    kind: str,
) -> None:
    tokens = {"access_token": NEW_ACCESS, "refresh_token": NEW_REFRESH, "token_type": "Bearer"}
    cut = json.dumps({**tokens, "expires_in": 7200})[:-20].encode()  # inside the refresh token

    error = exchange_code(kind, lambda r: httpx2.Response(200, content=cut))
    assert isinstance(error, smartcar.InvalidResponseError)
    assert error.body is not None
    assert '"access_token": "[REDACTED]"' in error.body
    assert '"token_type": "Bearer"' in error.body
    cause = error.__cause__
    assert isinstance(cause, exc.RedactedCause)
    assert cause.kind == "json.decoder.JSONDecodeError"
    held = repr(vars(error)) + repr(vars(cause)) + "".join(traceback.format_exception(error))
    for secret in (NEW_ACCESS, NEW_ACCESS[:12], NEW_REFRESH[:12], SECRET):
        assert secret not in held


@pytest.mark.parametrize("kind", KINDS)
def test_an_oauth_error_keeps_the_body_without_the_credentials_sent(kind: str) -> None:
    def echo(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(
            400,
            json={"error": "invalid_grant", "error_description": request.content.decode()},
        )

    error = exchange_code(kind, echo)
    assert isinstance(error, smartcar.OAuthError)
    assert error.body is not None and "invalid_grant" in error.body
    assert "evidence-code-1234" not in error.body
    assert "[REDACTED]" in error.body


def test_batch_item_errors_keep_their_headers_and_body() -> None:
    error = error_from_response(
        409,
        {"sc-request-id": "req-item", "retry-after": "5"},
        {"type": "VEHICLE_STATE", "code": "ASLEEP", "description": "asleep"},
    )
    assert error.headers is not None and error.headers["Retry-After"] == "5"
    assert error.body is not None and json.loads(error.body)["code"] == "ASLEEP"
    assert isinstance(error.__cause__, exc.RedactedCause)


def test_the_evidence_survives_pickling() -> None:
    error = error_from_response(409, {"SC-Request-Id": "req-1"}, b'{"type": "VEHICLE_STATE"}')
    again = pickle.loads(pickle.dumps(error))
    assert again.headers is not None and again.headers["SC-Request-Id"] == "req-1"
    assert again.body == error.body
    cause = pickle.loads(pickle.dumps(error.__cause__))
    assert isinstance(cause, exc.RedactedCause) and str(cause) == str(error.__cause__)


def test_a_batch_item_that_fails_to_parse_keeps_its_evidence() -> None:
    body = {
        "responses": [
            {
                "path": "/odometer",
                "code": 200,
                # Not an object: no odometer can be read from it (a wrong-typed member would
                # be kept and recorded instead, see test_shape.py).
                "body": ["far"],
                "headers": {"sc-data-age": "2026-01-01T00:00:00Z"},
            }
        ]
    }
    transport = httpx2.MockTransport(lambda request: httpx2.Response(200, json=body))
    batch = smartcar.Vehicle("vehicle-1", TOKEN, transport=transport).batch(["/odometer"])
    with pytest.raises(smartcar.InvalidResponseError) as caught:
        batch.odometer()
    error = caught.value
    assert error.headers is not None and error.headers["SC-Data-Age"] == "2026-01-01T00:00:00Z"
    assert error.body is not None and json.loads(error.body) == ["far"]
    assert isinstance(error.__cause__, exc.RedactedCause)
    assert "dictionary update sequence" in str(error.__cause__)
    assert error.__context__ is None


@pytest.mark.parametrize("kind", KINDS)
def test_a_closed_client_chains_the_redacted_runtime_error(kind: str) -> None:
    if kind == "sync":
        client = httpx2.Client()
        client.close()
        with pytest.raises(smartcar.ConfigurationError) as caught:
            smartcar.Vehicle("vehicle-1", TOKEN, http_client=client).odometer()
        error: BaseException = caught.value
    else:

        async def main() -> BaseException:
            client = httpx2.AsyncClient()
            await client.aclose()
            vehicle = smartcar.AsyncVehicle("vehicle-1", TOKEN, http_client=client)
            with pytest.raises(smartcar.ConfigurationError) as caught:
                await vehicle.odometer()
            return caught.value

        error = asyncio.run(main())
    cause = error.__cause__
    assert isinstance(cause, exc.RedactedCause)
    assert cause.kind == "RuntimeError" and "closed" in cause.detail
    assert error.__context__ is None and cause.__context__ is None


@pytest.mark.parametrize("as_text", [False, True])
def test_an_echoed_credential_is_blanked_in_a_body_given_as_text_or_bytes(as_text: bool) -> None:
    text = json.dumps({"type": "VEHICLE_STATE", "code": "ASLEEP", "description": f"got {TOKEN}"})
    content: str | bytes = text if as_text else text.encode()
    error = error_from_response(409, {"SC-Request-Id": "req-1"}, content, secrets=[TOKEN])
    assert isinstance(error, smartcar.VehicleStateError)
    assert str(error) == "VEHICLE_STATE:ASLEEP - got [REDACTED]"
    assert error.body is not None and json.loads(error.body)["description"] == "got [REDACTED]"
    assert TOKEN not in error.body + str(error.__cause__)


def test_a_body_that_is_not_utf8_is_redacted_and_kept_with_replacement_characters() -> None:
    content = b"<html>\xff " + TOKEN.encode() + b" \xfe</html>"
    error = error_from_response(502, {}, content, secrets=[TOKEN])
    assert isinstance(error, smartcar.UpstreamError)
    assert error.description == "<html>\ufffd [REDACTED] \ufffd</html>"
    assert error.body == "<html>\ufffd [REDACTED] \ufffd</html>"
    assert str(error.__cause__) == "HTTP response: HTTP 502: <html>\ufffd [REDACTED] \ufffd</html>"


@pytest.mark.parametrize(("characters", "cut"), [(64 * 1024, False), (64 * 1024 + 1, True)])
def test_a_body_over_the_evidence_limit_is_cut_and_marked(characters: int, cut: bool) -> None:
    # Four bytes a character: the kept text is counted in characters, not bytes.
    content = ("\U0001f697" * characters).encode()
    error = error_from_response(502, {}, content)
    expected = "\U0001f697" * (64 * 1024) + ("…" if cut else "")
    assert error.body == expected


def test_a_decoded_body_that_is_not_json_is_kept_as_its_repr() -> None:
    # Batch items arrive decoded; a value JSON cannot write is kept as Python shows it.
    error = error_from_response(500, {}, {"type": "SERVER", "seen": {TOKEN}}, secrets=[TOKEN])
    assert isinstance(error, smartcar.ServerError)
    assert error.body == "{'type': 'SERVER', 'seen': {'[REDACTED]'}}"


def test_an_error_without_a_status_says_an_http_error_in_its_cause() -> None:
    error = with_evidence(
        exc.InvalidResponseError("unreadable"), {"SC-Request-Id": "req-2"}, b"<html>"
    )
    assert str(error.__cause__) == "HTTP response: an HTTP error, SC-Request-Id req-2: <html>"
    assert (error.body, error.status_code) == ("<html>", None)


def test_an_echoed_request_id_is_redacted_and_cut_in_the_cause() -> None:
    request_id = TOKEN + "x" * 200
    error = error_from_response(500, {"SC-Request-Id": request_id}, b"", secrets=[TOKEN])
    expected = "[REDACTED]" + "x" * 200
    assert error.request_id == expected
    assert error.headers is not None and error.headers["SC-Request-Id"] == expected
    # The cause names the first 100 characters of the id, redacted.
    kept = "[REDACTED]" + "x" * (100 - len(TOKEN))
    assert str(error.__cause__) == f"HTTP response: HTTP 500, SC-Request-Id {kept}"


def test_repeated_headers_are_kept_one_by_one() -> None:
    headers = httpx2.Headers([("Warning", "199 - first"), ("Warning", "199 - second")])
    error = with_evidence(exc.ServerError(status_code=500), headers, b"")
    assert isinstance(error.headers, httpx2.Headers)
    assert error.headers.get_list("Warning") == ["199 - first", "199 - second"]


@pytest.mark.parametrize("kind", KINDS)
def test_a_transport_failure_without_a_message_is_named_alone(kind: str) -> None:
    def refuse(request: httpx2.Request) -> httpx2.Response:
        raise httpx2.ConnectError("")

    error = read_odometer(kind, refuse)
    assert isinstance(error, smartcar.NetworkError)
    cause = error.__cause__
    assert isinstance(cause, exc.RedactedCause)
    assert (str(cause), cause.kind, cause.detail) == (
        "httpx2.ConnectError",
        "httpx2.ConnectError",
        "",
    )


def test_a_cause_without_detail_is_its_kind() -> None:
    cause = exc.RedactedCause("batch item")
    assert (str(cause), cause.detail) == ("batch item", "")
    again = pickle.loads(pickle.dumps(cause))
    assert (type(again), str(again), again.kind, again.detail) == (
        exc.RedactedCause,
        "batch item",
        "batch item",
        "",
    )
