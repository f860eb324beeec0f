"""Canary: planted credentials never appear in a repr, an error message or a log record.

Known fake values (client secret, access and refresh tokens, management token, authorization
code) go through every kind of call, successful and failing, with DEBUG logging on for every
logger. Then every object the SDK handed back, every exception it raised and every log record
is searched for them, and for their encoded forms (the Basic credentials are base64), in the
text as it is and decoded every way a server may have escaped an echo (JSON, percent, HTML).
Servers echo the credentials back in those escapes, whole or in part, in bodies, headers and
redirects. (``test_canary_cassette.py`` does the same for recorded cassettes.)
"""

from __future__ import annotations

import asyncio
import base64
import html
import json
import logging
import re
import traceback
import warnings
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import parse_qs, quote, unquote, unquote_plus, urlsplit

import httpx2
import pytest
from smartcar_openapi.client import AuthenticatedClient, Client

import smartcar
from smartcar import _http
from smartcar.auth_client import BaseAuthClient
from smartcar.testing import Simulator, SimulatorServer
from smartcar.vehicle import BaseVehicle

from .._helpers import chain

CLIENT_ID = "canary-client-id"
CLIENT_SECRET = "canary-client-secret-3f9d1c"
ACCESS_TOKEN = "canary-access-token-8e2b47"
REFRESH_TOKEN = "canary-refresh-token-6a0c93"
AMT = "canary-management-token-d51e08"
AUTH_CODE = "canary-authorization-code-27f4"
REDIRECT = "https://app.example/callback"
VEHICLE_ID = "vehicle-1"


def encodings(secret: str) -> list[str]:
    """The forms a secret can leak in: as is, URL-encoded, and inside Basic credentials."""
    forms = [secret, quote(secret, safe="")]
    for user in (CLIENT_ID, "default"):
        forms.append(base64.b64encode(f"{user}:{secret}".encode()).decode())
    return forms


PLANTED = [CLIENT_SECRET, ACCESS_TOKEN, REFRESH_TOKEN, AMT, AUTH_CODE]


def views(text: str) -> list[str]:
    """``text``, and ``text`` with every JSON, percent and HTML escape in it undone."""
    unjson = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), text)
    unjson = re.sub(r"\\(.)", r"\1", unjson)
    return [text, unjson, unquote(text), unquote_plus(text), html.unescape(text)]


def leaks(text: str, secrets: list[str]) -> list[str]:
    return [
        form
        for view in views(text)
        for secret in secrets
        for form in encodings(secret)
        if form in view
    ]


def escaped(text: str) -> str:
    """``text`` as a JSON string's content, every other character a ``\\u`` escape, ``\\/``."""
    return "".join(
        "\\/" if c == "/" else f"\\u{ord(c):04x}" if i % 2 else json.dumps(c)[1:-1]
        for i, c in enumerate(text)
    )


def echoed(request: httpx2.Request) -> str:
    """What the request carried: its Authorization header and its body."""
    return f"{request.headers.get('Authorization')} {request.content.decode()}"


# -- a fake Smartcar that hands out the planted tokens, then fails in every way ------------------

TOKEN_BODY = {
    "access_token": ACCESS_TOKEN,
    "token_type": "Bearer",
    "expires_in": 7200,
    "refresh_token": REFRESH_TOKEN,
}
BODIES: dict[str, Any] = {
    "/oauth/token": TOKEN_BODY,
    "/odometer": {"distance": 104032.0},
    "/charge": {"isPluggedIn": True, "state": "CHARGING"},
    "/security": {"status": "success", "message": "ok"},
    "/batch": {
        "responses": [
            {"path": "/odometer", "code": 200, "body": {"distance": 1.0}, "headers": {}},
            {
                "path": "/fuel",
                "code": 409,
                "body": {"type": "VEHICLE_STATE", "code": "ASLEEP", "description": "asleep"},
                "headers": {"retry-after": "5"},
            },
        ]
    },
    "/webhooks/webhook-1": {"status": "success"},
    "/application": {"status": "success"},
    "/v2.0/user": {"id": "user-1"},
    "/v2.0/vehicles": {"vehicles": [VEHICLE_ID], "paging": {"count": 1, "offset": 0}},
    "/connections": {"connections": [], "paging": {"cursor": None}},
    "/compatibility": {"compatible": True, "reason": None, "capabilities": []},
    "/tesla/compass": {"direction": "N"},
}


def healthy(request: httpx2.Request) -> httpx2.Response:
    for suffix, body in BODIES.items():
        if request.url.path.endswith(suffix):
            return httpx2.Response(200, json=body, headers={"SC-Request-Id": "req-ok"})
    return httpx2.Response(404, json={"type": "RESOURCE_NOT_FOUND", "code": "PATH"})


def token_or(other: Any, request: httpx2.Request, **changes: Any) -> Any:
    """New tokens from the token endpoint (with ``changes``), ``other`` from anywhere else."""
    return {**TOKEN_BODY, **changes} if request.url.path.endswith("/oauth/token") else other


def _raise(error: Exception) -> Callable[[httpx2.Request], httpx2.Response]:
    def handler(request: httpx2.Request) -> httpx2.Response:
        raise error

    return handler


FAILURES: dict[str, Callable[[httpx2.Request], httpx2.Response]] = {
    "401": lambda r: httpx2.Response(
        401, json={"type": "AUTHENTICATION", "code": None, "description": "bad token"}
    ),
    "oauth": lambda r: httpx2.Response(
        400, json={"error": "invalid_grant", "error_description": "Invalid code."}
    ),
    "html": lambda r: httpx2.Response(502, text="<html>Bad gateway</html>"),
    "empty": lambda r: httpx2.Response(200),
    "shape": lambda r: httpx2.Response(200, json={"unexpected": True}),
    "rate": lambda r: httpx2.Response(429, headers={"Retry-After": "3600"}),
    "redirect": lambda r: httpx2.Response(307, headers={"Location": "https://evil.example/"}),
    # A server that echoes what it was sent, as JSON and as text: the SDK blanks it out.
    "echo": lambda r: httpx2.Response(
        400,
        json={
            "type": "VALIDATION",
            "description": f"{r.headers.get('Authorization')} {r.content.decode()}",
            "error_description": r.url.query.decode(),
        },
    ),
    "echo_text": lambda r: httpx2.Response(
        500, text=f"{r.headers.get('Authorization')} {r.content.decode()}"
    ),
    # ... escaped: JSON escapes for every other character, percent-encoded, HTML entities.
    "echo_json_escaped": lambda r: httpx2.Response(
        400,
        content=f'{{"type": "VALIDATION", "description": "{escaped(echoed(r))}"}}'.encode(),
        headers={"Content-Type": "application/json", "X-Echo": escaped(echoed(r))},
    ),
    "echo_oauth_escaped": lambda r: httpx2.Response(
        400, content=f'{{"error": "x", "error_description": "{escaped(echoed(r))}"}}'.encode()
    ),
    "echo_percent": lambda r: httpx2.Response(400, text=quote(echoed(r), safe="")),
    "echo_html": lambda r: httpx2.Response(
        502, text="<p>" + "".join(f"&#{ord(c)};" for c in echoed(r)) + "</p>"
    ),
    # A redirect whose Location quotes the credentials, as sent and percent-encoded.
    "redirect_echo": lambda r: httpx2.Response(
        302, headers={"Location": f"https://evil.example/?q={quote(echoed(r))}#{echoed(r)}"}
    ),
    "redirect_malformed": lambda r: httpx2.Response(302, headers={"Location": "A:0"}),
    # ... and in its headers, which an error keeps as evidence; and a cookie holding a token.
    "echo_headers": lambda r: httpx2.Response(
        403,
        headers={
            "X-Echo": f"{r.headers.get('Authorization')} {r.content.decode()}",
            "WWW-Authenticate": f"Bearer error={r.headers.get('Authorization')}",
            "Set-Cookie": f"session={ACCESS_TOKEN}",
        },
        json={"type": "PERMISSION", "description": "denied"},
    ),
    # A body cut short, or with a number where a token belongs: the parser's error would hold
    # the body, and with it the new tokens.
    "truncated": lambda r: httpx2.Response(
        200, content=json.dumps(token_or({"distance": 1.0}, r))[:-3].encode()
    ),
    "not-a-token": lambda r: httpx2.Response(
        200, json=token_or({"distance": "far"}, r, expires_in="soon")
    ),
    "timeout": _raise(httpx2.ReadTimeout("timed out")),
    # h11 quotes a header it refuses, Authorization included.
    "refused-header": lambda r: (_ for _ in ()).throw(
        httpx2.LocalProtocolError(f"Illegal header value {r.headers.get('Authorization')!r}")
    ),
    "reset": _raise(httpx2.ReadError("connection reset")),
    "refused": _raise(httpx2.ConnectError("connection refused")),
}


class Collected:
    """Everything the SDK handed back: objects, exceptions, and log records."""

    def __init__(self) -> None:
        self.objects: list[Any] = []
        self.errors: list[BaseException] = []

    def call(self, fn: Callable[[], Any]) -> None:
        try:
            self.objects.append(fn())
        except smartcar.SmartcarException as error:
            self.errors.append(error)

    def texts(self) -> Iterator[tuple[str, str]]:
        for obj in self.objects:
            yield f"repr({type(obj).__name__})", repr(obj)
            yield f"str({type(obj).__name__})", str(obj)
        for error in self.errors:
            yield f"{type(error).__name__}", "".join(traceback.format_exception(error))
            yield f"repr({type(error).__name__})", repr(error)
            yield f"fields({type(error).__name__})", repr(error._fields())  # type: ignore[attr-defined]
            # The HTTP evidence an error keeps: the response headers and body.
            yield f"headers({type(error).__name__})", repr(getattr(error, "headers", None))
            yield f"body({type(error).__name__})", repr(getattr(error, "body", None))
            for linked in chain(error):
                yield f"chain({type(error).__name__}: {type(linked).__name__})", held(linked)


def held(error: BaseException) -> str:
    """Everything an exception holds: text, args, attributes (JSONDecodeError.doc ...)."""
    parts = [str(error), repr(error), repr(error.args), repr(vars(error))]
    for name in ("doc", "object", "request", "response"):
        value = getattr(error, name, None)
        if value is not None:
            parts.append(repr(value))
    return "\n".join(parts)


def sync_calls(transport: httpx2.BaseTransport, out: Collected) -> None:
    options: dict[str, Any] = {"transport": transport, "max_retries": 0}
    client = smartcar.AuthClient(CLIENT_ID, CLIENT_SECRET, REDIRECT, **options)
    vehicle = smartcar.Vehicle(VEHICLE_ID, ACCESS_TOKEN, **options)
    out.objects += [client, vehicle, client.with_options(timeout=5), vehicle.with_options()]
    out.call(lambda: client.exchange_code(AUTH_CODE))
    out.call(lambda: client.exchange_refresh_token(REFRESH_TOKEN))
    out.call(vehicle.odometer)
    out.call(vehicle.charge)
    out.call(vehicle.lock)
    out.call(lambda: vehicle.batch(["/odometer", "/fuel"]))
    out.call(lambda: vehicle.unsubscribe(AMT, "webhook-1"))
    out.call(vehicle.disconnect)
    out.call(lambda: vehicle.request("GET", "tesla/compass"))
    out.call(lambda: vehicle.request("DELETE", "application", headers={"Authorization": AMT}))
    _http.set_transport_override(transport)
    try:
        out.call(lambda: smartcar.get_user(ACCESS_TOKEN))
        out.call(lambda: smartcar.get_vehicles(ACCESS_TOKEN))
        out.call(lambda: smartcar.get_connections(AMT))
        out.call(lambda: smartcar.delete_connections(AMT, {"vehicle_id": VEHICLE_ID}))
        out.call(
            lambda: smartcar.get_compatibility(
                "5YJSA1CN5DFP00101",
                ["read_odometer"],
                options={"client_id": CLIENT_ID, "client_secret": CLIENT_SECRET},
            )
        )
    finally:
        _http.set_transport_override(None)


def async_calls(transport: httpx2.AsyncBaseTransport, out: Collected) -> None:
    async def main() -> None:
        options: dict[str, Any] = {"transport": transport, "max_retries": 0}
        async with (
            smartcar.AsyncAuthClient(CLIENT_ID, CLIENT_SECRET, REDIRECT, **options) as client,
            smartcar.AsyncVehicle(VEHICLE_ID, ACCESS_TOKEN, **options) as vehicle,
        ):
            out.objects += [client, vehicle]
            for make in (
                lambda: client.exchange_code(AUTH_CODE),
                lambda: client.exchange_refresh_token(REFRESH_TOKEN),
                vehicle.odometer,
                vehicle.lock,
                lambda: vehicle.batch(["/odometer"]),
                lambda: vehicle.unsubscribe(AMT, "webhook-1"),
            ):
                try:
                    out.objects.append(await make())
                except smartcar.SmartcarException as error:
                    out.errors.append(error)

    asyncio.run(main())


def invalid_inputs(out: Collected) -> None:
    # Credentials handed over wrongly must not be echoed back in the error.
    out.call(lambda: smartcar.Vehicle(VEHICLE_ID, ACCESS_TOKEN.encode()))  # type: ignore[arg-type]
    out.call(lambda: smartcar.Vehicle("", ACCESS_TOKEN))
    # An unknown option only warns (as the official package ignores it): check the warning too.
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        out.call(lambda: smartcar.Vehicle(VEHICLE_ID, ACCESS_TOKEN, options={"units": "x"}))
    assert caught, "an unknown option must warn"
    out.objects += [str(w.message) for w in caught]
    out.call(lambda: smartcar.Vehicle(VEHICLE_ID, ACCESS_TOKEN).set_charge_limit(2))
    out.call(lambda: smartcar.AuthClient(CLIENT_ID, CLIENT_SECRET).exchange_code(b"x"))  # type: ignore[arg-type]
    out.call(lambda: smartcar.get_connections(AMT.encode()))  # type: ignore[arg-type]
    out.call(lambda: smartcar.get_user([ACCESS_TOKEN]))  # type: ignore[arg-type]
    out.call(lambda: smartcar.get_management_token(AMT.encode()))  # type: ignore[arg-type]
    # Options of the wrong type: the error names the type, never the value.
    out.call(
        lambda: smartcar.get_compatibility(
            "5YJSA1CN5DFP00101", ["read_odometer"], options=(CLIENT_ID, CLIENT_SECRET)
        )  # type: ignore[arg-type]
    )
    # An origin with user:password@ would replace the bearer token with Basic credentials,
    # and every network error would quote it: refused, without quoting it.
    userinfo = f"https://{CLIENT_ID}:{CLIENT_SECRET}@api.example"
    out.call(lambda: smartcar.Origins(api=userinfo))
    out.call(
        lambda: smartcar.Vehicle(VEHICLE_ID, ACCESS_TOKEN, origins=smartcar.Origins(auth=userinfo))
    )


def internals(out: Collected) -> None:
    # Not returned to callers, but shown in tracebacks with locals and in debuggers.
    client = smartcar.AuthClient(CLIENT_ID, CLIENT_SECRET, REDIRECT)
    vehicle = smartcar.Vehicle(VEHICLE_ID, ACCESS_TOKEN)
    out.objects += [
        BaseAuthClient.__dict__["exchange_code"]._build(client, AUTH_CODE),
        BaseAuthClient.__dict__["exchange_refresh_token"]._build(client, REFRESH_TOKEN),
        BaseVehicle.__dict__["odometer"]._build(vehicle),
        BaseVehicle.__dict__["unsubscribe"]._build(vehicle, AMT, "webhook-1"),
        vehicle.settings,
        smartcar.TokenManager(client, smartcar.Access.from_dict(access_dict())),
        AuthenticatedClient(base_url="https://api.smartcar.com/v2.0", token=ACCESS_TOKEN),
        AuthenticatedClient(
            base_url="https://api.smartcar.com/v2.0",
            token=ACCESS_TOKEN,
            headers={"X-Token": REFRESH_TOKEN},
            cookies={"session": AMT},
        ),
        Client(
            base_url="https://auth.smartcar.com",
            headers={"Authorization": f"Basic {encodings(CLIENT_SECRET)[2]}"},
            cookies={"code": AUTH_CODE},
        ),
    ]


def access_dict() -> dict[str, Any]:
    return {
        **TOKEN_BODY,
        "expiration": "2030-01-01T00:00:00+00:00",
        "refresh_expiration": "2030-03-01T00:00:00+00:00",
    }


@pytest.fixture
def debug_logs(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> pytest.LogCaptureFixture:
    # Module functions retry failures (they take no max_retries): don't really wait.
    monkeypatch.setattr(_http.engine.time, "sleep", lambda seconds: None)
    caplog.set_level(logging.DEBUG)  # every logger: smartcar, httpx2, httpcore2, asyncio ...
    return caplog


def log_texts(caplog: pytest.LogCaptureFixture) -> Iterator[tuple[str, str]]:
    for record in caplog.records:
        text = record.getMessage() + repr(record.args)
        if record.exc_info:
            text += "".join(traceback.format_exception(*record.exc_info))
        yield f"log {record.name}", text


def test_planted_secrets_never_leak(debug_logs: pytest.LogCaptureFixture) -> None:
    out = Collected()
    sync_calls(httpx2.MockTransport(healthy), out)
    async_calls(httpx2.MockTransport(healthy), out)
    for handler in FAILURES.values():
        sync_calls(httpx2.MockTransport(handler), out)
        async_calls(httpx2.MockTransport(handler), out)
    invalid_inputs(out)
    internals(out)

    # Each kind of outcome really happened, so the search below covers them.
    kinds = {type(o).__name__ for o in out.objects}
    assert {"Access", "Odometer", "Charge", "Action", "Batch", "GetConnections"} <= kinds
    assert {"Response", "Status", "User", "Vehicles", "Compatibility"} <= kinds
    errors = {type(e).__name__ for e in out.errors}
    assert {
        "AuthenticationError",
        "OAuthError",
        "UpstreamError",
        "InvalidResponseError",
        "RateLimitError",
        "RequestTimeoutError",
        "NetworkError",
        "InvalidInputError",
    } <= errors
    # Errors from a response keep its headers and body, so the search below covers them too.
    from_responses = [e for e in out.errors if getattr(e, "status_code", None) is not None]
    assert from_responses
    assert all(e.headers is not None for e in from_responses)  # type: ignore[attr-defined]
    bodies = [e.body for e in from_responses]  # type: ignore[attr-defined]
    assert any("[REDACTED]" in (body or "") for body in bodies)  # an echo was blanked out
    echoed = [e.headers["x-echo"] for e in from_responses if "x-echo" in e.headers]  # type: ignore[attr-defined]
    assert echoed and all("[REDACTED]" in value for value in echoed)
    batches = [o for o in out.objects if isinstance(o, smartcar._resources.batch.Batch)]
    for batch in batches:
        out.objects += list(batch.items)
        out.call(batch.odometer)
        if "/fuel" in batch:
            out.call(batch.fuel)
    access = next(o for o in out.objects if isinstance(o, smartcar.Access))
    assert access.access_token == ACCESS_TOKEN  # the planted token did come through
    assert any(r.name == "smartcar" for r in debug_logs.records)

    found = [
        (where, leaks(text, PLANTED))
        for where, text in [*out.texts(), *log_texts(debug_logs)]
        if leaks(text, PLANTED)
    ]
    assert found == []


def test_the_canary_walks_exception_chains() -> None:
    # An error raised "from None" while a JSONDecodeError was handled still holds it.
    try:
        try:
            json.loads(json.dumps(TOKEN_BODY)[:-3])
        except ValueError:
            raise smartcar.InvalidResponseError("bad body") from None
    except smartcar.InvalidResponseError as error:
        caught = error
    out = Collected()
    out.errors.append(caught)
    assert any(leaks(text, PLANTED) for _, text in out.texts())


def test_the_canary_can_fail() -> None:
    # The search finds a secret in each form it looks for.
    basic = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
    assert leaks(f"Authorization: Basic {basic}", PLANTED)
    assert leaks(f"url?code={quote(AUTH_CODE)}", PLANTED)
    assert leaks(json.dumps({"t": ACCESS_TOKEN}), PLANTED)
    assert not leaks("nothing to see", PLANTED)


# -- over a real socket, with the simulator, so httpcore2's DEBUG logs are included ---------------


@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
def test_secrets_never_leak_over_a_real_socket(debug_logs: pytest.LogCaptureFixture) -> None:
    sim = Simulator(
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        redirect_uri=REDIRECT,
        management_token=AMT,
    )
    out = Collected()
    with SimulatorServer(sim) as server:
        url = server.url
        origins = smartcar.Origins(api=url, auth=url, connect=url, management=url, vehicle_v3=url)
        client = smartcar.AuthClient(CLIENT_ID, CLIENT_SECRET, REDIRECT, origins=origins)
        redirect = sim.authorize(client.get_auth_url(["read_odometer", "control_security"]))
        code = parse_qs(urlsplit(redirect).query)["code"][0]
        access = client.exchange_code(code)
        renewed = client.exchange_refresh_token(access.refresh_token)
        vehicle = smartcar.Vehicle(sim.vehicle_ids[0], renewed.access_token, origins=origins)
        out.objects += [client, access, renewed, vehicle]
        out.call(vehicle.odometer)
        out.call(vehicle.lock)
        out.call(vehicle.fuel)  # not granted: a PermissionDeniedError
        out.call(lambda: client.exchange_code(code))  # reused: an OAuthError
        out.call(lambda: smartcar.Vehicle(sim.vehicle_ids[0], "expired", origins=origins).vin())
        client.close()
        vehicle.close()
    assert len(out.errors) >= 2
    secrets = [*PLANTED, code, access.access_token, access.refresh_token]
    secrets += [renewed.access_token, renewed.refresh_token]
    assert any(r.name.startswith("httpcore2") for r in debug_logs.records)
    found = [
        (where, leaks(text, secrets))
        for where, text in [*out.texts(), *log_texts(debug_logs)]
        if leaks(text, secrets)
    ]
    assert found == []


# -- traceback locals: what Sentry-style reporters capture ---------------------------------------


def locals_text(error: BaseException) -> str:
    """The traceback of ``error`` and its chain with the SDK's frames' locals, as reporters show.

    The test's own frames are left out: they hold the planted values.
    """
    summary = traceback.TracebackException.from_exception(error, capture_locals=True)
    link: traceback.TracebackException | None = summary
    while link is not None:
        sdk = [frame for frame in link.stack if "/smartcar/" in frame.filename]
        link.stack = traceback.StackSummary.from_list(sdk)
        link = link.__cause__ or link.__context__
    return "".join(summary.format())


def test_traceback_locals_hold_no_credential() -> None:
    def refresh_fails(request: httpx2.Request) -> httpx2.Response:
        if request.url.path.endswith("/oauth/token"):
            return httpx2.Response(400, json={"error": "invalid_grant", "error_description": "x"})
        return httpx2.Response(401, json={"type": "AUTHENTICATION", "code": None})

    def always_401(request: httpx2.Request) -> httpx2.Response:
        if request.url.path.endswith("/oauth/token"):
            return httpx2.Response(200, json=TOKEN_BODY)
        return httpx2.Response(401, json={"type": "AUTHENTICATION", "code": None})

    expired = {**TOKEN_BODY, "expires_in": 0}
    errors: list[BaseException] = []
    for handler in (refresh_fails, always_401):
        transport = httpx2.MockTransport(handler)
        client = smartcar.AuthClient(CLIENT_ID, CLIENT_SECRET, REDIRECT, transport=transport)
        for token in (
            ACCESS_TOKEN,
            smartcar.TokenManager(client, TOKEN_BODY),
            smartcar.TokenManager(client, expired),
        ):
            vehicle = smartcar.Vehicle(VEHICLE_ID, token, transport=transport, max_retries=0)
            for call in (vehicle.odometer, vehicle.lock):
                with pytest.raises(smartcar.SmartcarException) as caught:
                    call()
                errors.append(caught.value)
    texts = [locals_text(error) for error in errors]
    # The frames that held tokens are in these tracebacks, with their locals.
    assert any("refresh_token = Secret('[REDACTED]')" in text for text in texts)
    assert any("token = Secret('[REDACTED]')" in text for text in texts)
    found = [leaks(text, PLANTED) for text in texts]
    assert found == [[]] * len(texts)


def test_the_traceback_canary_can_fail() -> None:
    # A frame of the SDK that held a token as a str shows it.
    with pytest.raises(smartcar.InvalidInputError) as caught:
        smartcar.get_user(ACCESS_TOKEN + "\n")
    assert leaks(locals_text(caught.value), PLANTED)


# -- the HTTP library's DEBUG logs, over a real socket -------------------------------------------


@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
def test_the_http_library_logs_no_echoed_credential(debug_logs: pytest.LogCaptureFixture) -> None:
    from .._loopback import Loopback

    def echo(handler: Any, stop: Any) -> None:
        sent = handler.headers.get("Authorization", "")
        handler.send_response(401)
        handler.send_header("WWW-Authenticate", f"Bearer realm=x, echo={sent}")
        handler.send_header("X-Echo", f"{sent} {quote(sent)} {escaped(sent)}")
        handler.send_header("Set-Cookie", f"session={REFRESH_TOKEN}")
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    server = Loopback(echo)
    try:
        vehicle = smartcar.Vehicle(VEHICLE_ID, ACCESS_TOKEN, origins=server.origins)
        with pytest.raises(smartcar.AuthenticationError):
            vehicle.odometer()
        client = smartcar.AuthClient(CLIENT_ID, CLIENT_SECRET, REDIRECT, origins=server.origins)
        with pytest.raises(smartcar.SmartcarException):
            client.exchange_code(AUTH_CODE)
    finally:
        server.close()
    records = [r for r in debug_logs.records if r.name.startswith(("httpcore2", "httpx2"))]
    assert any("receive_response_headers" in r.getMessage() for r in records)
    found = [(where, leaks(text, PLANTED)) for where, text in log_texts(debug_logs)]
    assert [f for f in found if f[1]] == []
