"""Credentials with characters that every encoding changes, echoed back in every encoding.

The canary's planted values are letters, digits and dashes, which most encodings leave alone.
Here the client secret and the access token hold ``+``, ``/``, ``=``, ``"``, ``<`` and ``&``, so
a JSON-escaped, percent-encoded or HTML-escaped echo differs from the value sent; a server
echoes them in the body, a header and a redirect's ``Location``, and no part of the error
(``str``, ``repr``, ``args``, fields, ``headers``, ``body``, the cause chain) holds any form of
them, nor of the Basic credentials built from the secret.
"""

from __future__ import annotations

import base64
import html
import json
import logging
import pickle
import traceback
from collections.abc import Callable
from typing import Any
from urllib.parse import quote, quote_plus

import httpx2
import pytest

import smartcar
from smartcar._core.secret import Secret
from smartcar._http import logs, network
from smartcar.auth_client import basic_authorization

from .._helpers import raised as failure
from ..campaigns.test_canary import escaped, views

CLIENT_ID = "client-id-2c4e"
SECRET = "Zm9v+YmFy/s3cr3t=="
TOKEN = 'tok"en/a<b>&c+d=e'
CODE = "auth/code+9f8e=="


def forms(secret: str) -> set[str]:
    """Every whole encoding of ``secret`` a search should never find."""
    escaped = json.dumps(secret)[1:-1]
    return {
        secret,
        escaped,
        escaped.replace("/", "\\/"),
        quote(secret, safe=""),
        quote(secret),
        quote_plus(secret),
        html.escape(secret),
        base64.b64encode(secret.encode()).decode(),
    }


SECRETS = [SECRET, TOKEN, CODE, basic_authorization(CLIENT_ID, SECRET).split()[1]]


def found(error: BaseException) -> list[str]:
    """The forms of any credential that anything ``error`` holds shows."""
    texts = [str(error), repr(error), repr(error.args), repr(vars(error))]
    link: BaseException | None = error
    while link is not None:
        texts += [str(link), repr(link), repr(link.args)]
        link = link.__cause__ or link.__context__
    return sorted({f for t in texts for v in views(t) for s in SECRETS for f in forms(s) if f in v})


def sent(request: httpx2.Request) -> str:
    return f"{request.headers.get('Authorization')} {request.content.decode()} {request.url}"


ECHOES: dict[str, Callable[[str], httpx2.Response]] = {
    "json-escaped": lambda text: httpx2.Response(
        400,
        content=f'{{"type": "VALIDATION", "description": "{escaped(text)}"}}'.encode(),
        headers={"X-Echo": escaped(text)},
    ),
    "oauth-json-escaped": lambda text: httpx2.Response(
        400, content=f'{{"error": "x", "error_description": "{escaped(text)}"}}'.encode()
    ),
    "percent-encoded": lambda text: httpx2.Response(
        400, text=quote(text, safe=""), headers={"X-Echo": quote_plus(text)}
    ),
    "html-escaped": lambda text: httpx2.Response(
        502, text=f"<p>{html.escape(text)}</p><p>{''.join(f'&#x{ord(c):x};' for c in text)}</p>"
    ),
    "redirect": lambda text: httpx2.Response(
        307, headers={"Location": f"https://evil.example/{quote(text)}?{text}"}
    ),
}


def transport(echo: Callable[[str], httpx2.Response]) -> httpx2.MockTransport:
    return httpx2.MockTransport(lambda request: echo(sent(request)))


@pytest.mark.parametrize("echo", ECHOES, ids=list(ECHOES))
def test_a_bearer_token_echoed_in_any_encoding_is_redacted(echo: str) -> None:
    vehicle = smartcar.Vehicle("vehicle-1", TOKEN, transport=transport(ECHOES[echo]))
    error = failure(vehicle.with_options(max_retries=0).odometer)
    assert found(error) == []
    assert "[REDACTED]" in str(error) + str(error.body) + str(error.headers)


@pytest.mark.parametrize("echo", ECHOES, ids=list(ECHOES))
def test_client_credentials_and_a_code_echoed_in_any_encoding_are_redacted(echo: str) -> None:
    client = smartcar.AuthClient(CLIENT_ID, SECRET, transport=transport(ECHOES[echo]))
    error = failure(lambda: client.exchange_code(CODE))
    assert found(error) == []


@pytest.mark.parametrize("credentials_in", ["body", "basic"])
@pytest.mark.parametrize("echo", ECHOES, ids=list(ECHOES))
def test_application_credentials_echoed_in_any_encoding_are_redacted(
    echo: str, credentials_in: str
) -> None:
    app = smartcar.App(
        CLIENT_ID, SECRET, credentials_in=credentials_in, transport=transport(ECHOES[echo])
    )
    error = failure(app.request_token)
    assert found(error) == []


def test_the_unexpected_redirect_message_quotes_the_location_redacted() -> None:
    client = smartcar.AuthClient(CLIENT_ID, SECRET, transport=transport(ECHOES["redirect"]))
    error = failure(lambda: client.exchange_code(CODE))
    assert str(error).startswith("Unexpected redirect (HTTP 307) to 'https://evil.example/")
    assert "[REDACTED]" in str(error)


def test_the_search_finds_each_encoding() -> None:
    # The checks above can fail: each echo, unredacted, is found.
    for name, echo in ECHOES.items():
        response = echo(f"Bearer {TOKEN} client_secret={quote_plus(SECRET)}")
        text = f"{response.text} {response.headers}"
        assert any(f in v for v in views(text) for f in forms(TOKEN)), name


# -- the filter on the HTTP library's loggers ----------------------------------------------------


def test_the_http_library_loggers_carry_the_redacting_filter() -> None:
    smartcar.Vehicle("vehicle-1", "access-token")  # the engine is loaded by now
    for name in logs.HTTP_LOGGERS:
        assert any(isinstance(f, logs.RedactingFilter) for f in logging.getLogger(name).filters)


@pytest.mark.parametrize(
    ("message", "kept"),
    [
        (
            "receive_response_headers.complete return_value=(b'HTTP/1.1', 401, b'OK', "
            "[(b'Set-Cookie', b'session=abc123def'), (b'Content-Type', b'application/json')])",
            "b'Content-Type', b'application/json'",
        ),
        ("header (b'authorization', b'Basic Y2xpZW50OnNlY3JldA==') sent", "header"),
        ('echo "WWW-Authenticate: Bearer abc123def" done', "done"),
        ('body {"access_token": "abc123def", "expires_in": 1}', '"expires_in": 1'),
    ],
)
def test_the_filter_redacts_credentials_in_records(message: str, kept: str) -> None:
    record = logging.LogRecord(
        "httpcore2.http11", logging.DEBUG, __file__, 1, "%s", (message,), None
    )
    assert logs.RedactingFilter().filter(record)
    text = record.getMessage()
    assert "abc123def" not in text
    assert "Y2xpZW50OnNlY3JldA==" not in text
    assert "[REDACTED]" in text
    assert kept in text


def test_the_filter_redacts_what_the_request_being_sent_carried() -> None:
    request = httpx2.Request(
        "GET", "https://api.example/", headers={"Authorization": f"Bearer {TOKEN}"}
    )
    record = logging.LogRecord(
        "httpcore2.http11", logging.DEBUG, __file__, 1, "echo %s", (quote(TOKEN, safe=""),), None
    )
    with network.within(float("inf"), request):
        logs.RedactingFilter().filter(record)
    assert record.getMessage() == "echo [REDACTED]"


# -- configuration that would carry a credential where it does not belong ------------------------


@pytest.mark.parametrize("field", ["api", "auth", "vehicle_v3", "iam"])
def test_an_origin_with_user_information_is_refused_without_quoting_it(field: str) -> None:
    with pytest.raises(smartcar.ConfigurationError) as caught:
        smartcar.Origins(**{field: f"https://{CLIENT_ID}:{quote(SECRET, safe='')}@api.example"})
    assert "user information" in str(caught.value)
    assert found(caught.value) == []


def test_an_origin_with_user_information_from_the_environment_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(
        "SMARTCAR_API_ORIGIN", f"https://{CLIENT_ID}:{quote(SECRET, safe='')}@api.example"
    )
    sent: list[httpx2.Request] = []
    never = httpx2.MockTransport(lambda request: sent.append(request) or httpx2.Response(500))
    with pytest.raises(smartcar.ConfigurationError) as caught:
        smartcar.Vehicle("vehicle-1", "access-token", transport=never).odometer()
    assert found(caught.value) == []
    assert sent == []


def test_options_of_the_wrong_type_are_named_by_type() -> None:
    with pytest.raises(smartcar.InvalidInputError, match="options must be a dict, got tuple"):
        smartcar.get_compatibility("5YJSA1CN5DFP00101", ["read_odometer"], options=(SECRET,))  # type: ignore[arg-type]


# -- the secret type ---------------------------------------------------------------------------


def test_a_secret_never_prints_itself_and_gives_its_value_up_on_request() -> None:
    held = Secret(TOKEN)
    for text in (repr(held), str(held), f"{held}", repr([held]), repr({"token": held})):
        assert TOKEN not in text
        assert "[REDACTED]" in text
    assert held.reveal() == TOKEN
    assert held.matches(TOKEN) and held.matches(Secret(TOKEN))
    assert not held.matches(TOKEN + "x") and not held.matches(None)
    assert pickle.loads(pickle.dumps(held)).reveal() == TOKEN


@pytest.mark.parametrize(
    "make",
    [
        lambda: smartcar.AuthClient("client-id\n", SECRET),
        lambda: smartcar.Vehicle("vehicle-1", "token\n"),
        lambda: smartcar.AsyncVehicle("vehicle-1", "token\n"),
    ],
    ids=["AuthClient", "Vehicle", "AsyncVehicle"],
)
def test_a_traceback_with_locals_of_a_failed_construction_can_be_formatted(
    make: Callable[[], Any],
) -> None:
    # A reporter shows the repr of the half-built object: it must not raise in turn.
    with pytest.raises(smartcar.InvalidInputError) as caught:
        make()
    summary = traceback.TracebackException.from_exception(caught.value, capture_locals=True)
    assert "InvalidInputError" in "".join(summary.format())


ITEM_ECHOES: dict[str, Callable[[str], str]] = {
    "raw": lambda text: text,  # JSON-escaped on the wire, the credential itself once decoded
    "percent-encoded": lambda text: quote(text, safe=""),
    "html-escaped": html.escape,
}


def batch_echoing(echo: Callable[[str], str]) -> httpx2.MockTransport:
    """A batch endpoint whose failed items echo the request's credentials."""

    def answer(request: httpx2.Request) -> httpx2.Response:
        text = echo(sent(request))
        failed = {"type": "VALIDATION", "code": "X", "description": text, "detail": [text]}
        return httpx2.Response(
            200,
            json={
                "responses": [
                    {"path": "/odometer", "code": 400, "headers": {"x-echo": text}, "body": failed},
                    # Not an object, so no fuel reading can be made of it: a parse failure.
                    {"path": "/fuel", "code": 200, "headers": {"x-echo": text}, "body": [text]},
                ]
            },
        )

    return httpx2.MockTransport(answer)


@pytest.mark.parametrize("echo", ITEM_ECHOES, ids=list(ITEM_ECHOES))
def test_a_token_echoed_by_a_batch_item_is_redacted_from_its_error(echo: str) -> None:
    vehicle = smartcar.Vehicle("vehicle-1", TOKEN, transport=batch_echoing(ITEM_ECHOES[echo]))
    batch = vehicle.batch(["/odometer", "/fuel"])
    refused = failure(batch.odometer)
    assert isinstance(refused, smartcar.ValidationError)
    unreadable = failure(batch.fuel)
    assert isinstance(unreadable, smartcar.InvalidResponseError)
    for error in (refused, unreadable):
        assert found(error) == []
        assert "[REDACTED]" in str(error.body) and "[REDACTED]" in str(error.headers)
    assert "[REDACTED]" in refused.description
