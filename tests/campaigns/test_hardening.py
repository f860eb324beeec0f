"""Every failure is a SmartcarException, and none holds a credential.

Inputs and responses that used to escape as raw Python errors (TypeError, RecursionError,
KeyError, httpx2.InvalidURL, RuntimeError), numbers that are no readings, the error chain of a
token response that cannot be parsed, and the small checks of scopes, versions and ``state``.
Each runs sync and async where both exist.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import hashlib
import hmac
import http.server
import importlib
import inspect
import json
import pkgutil
import re
import threading
import warnings
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx2
import pytest
import smartcar_openapi.api as api

import smartcar
from smartcar import webhooks
from smartcar._http.request import _path_parameters

from .._helpers import chain

KINDS = ["sync", "async"]
ACCESS = "new-access-token-5c1e9a"
REFRESH = "new-refresh-token-0b7d24"
TOKEN_BODY = {
    "access_token": ACCESS,
    "token_type": "Bearer",
    "expires_in": 7200,
    "refresh_token": REFRESH,
}


def answering(body: bytes, seen: list[httpx2.Request] | None = None) -> httpx2.MockTransport:
    def handler(request: httpx2.Request) -> httpx2.Response:
        if seen is not None:
            seen.append(request)
        return httpx2.Response(200, content=body, headers={"Content-Type": "application/json"})

    return httpx2.MockTransport(handler)


def vehicle_call(
    kind: str, transport: httpx2.MockTransport, call: Callable[[Any], Any], strict: bool = False
) -> Any:
    """Run ``call(vehicle)`` on a Vehicle or AsyncVehicle sending through ``transport``."""
    options: dict[str, Any] = {"transport": transport, "strict": strict}
    if kind == "sync":
        return call(smartcar.Vehicle("vehicle-1", "access-token", **options))

    async def main() -> Any:
        vehicle = smartcar.AsyncVehicle("vehicle-1", "access-token", **options)
        return await call(vehicle)

    return asyncio.run(main())


def auth_call(kind: str, transport: httpx2.MockTransport, call: Callable[[Any], Any]) -> Any:
    """Run ``call(client)`` on an AuthClient or AsyncAuthClient sending through ``transport``."""
    options: dict[str, Any] = {"transport": transport, "max_retries": 0}
    if kind == "sync":
        return call(smartcar.AuthClient("client-id", "client-secret", **options))

    async def main() -> Any:
        return await call(smartcar.AsyncAuthClient("client-id", "client-secret", **options))

    return asyncio.run(main())


def held(error: BaseException) -> str:
    """Everything along the error's chain: texts, args and attributes."""
    return "\n".join(
        f"{e!s} {e!r} {e.args!r} {vars(e)!r} {getattr(e, 'doc', '')!r}" for e in chain(error)
    )


# -- credentials never ride along in an error's chain ---------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "body",
    [
        json.dumps(TOKEN_BODY)[:-2].encode(),  # truncated: a JSONDecodeError holds it in .doc
        json.dumps({**TOKEN_BODY, "expires_in": "two hours"}).encode(),
        json.dumps({**TOKEN_BODY, "expires_in": 1e999}).encode(),
    ],
    ids=["truncated", "wrong-type", "overflow"],
)
def test_a_token_response_that_cannot_be_parsed_leaves_no_token_in_the_error(
    kind: str, body: bytes
) -> None:
    with pytest.raises(smartcar.InvalidResponseError) as caught:
        auth_call(kind, answering(body), lambda client: client.exchange_code("auth-code"))
    text = held(caught.value)
    assert ACCESS not in text
    assert REFRESH not in text
    assert caught.value.__context__ is None


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("token", [12345, None, ["a"], "has\nnewline", ""])
def test_a_token_response_without_a_string_token_is_an_invalid_response(
    kind: str, token: Any
) -> None:
    body = json.dumps({**TOKEN_BODY, "access_token": token}).encode()
    with pytest.raises(smartcar.InvalidResponseError, match="access_token"):
        auth_call(kind, answering(body), lambda client: client.exchange_code("auth-code"))


# -- numbers that are no readings -----------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("number", ["NaN", "Infinity", "-Infinity", "1e999", "-1e999"])
def test_nan_or_infinite_readings_are_no_readings(kind: str, number: str) -> None:
    # Kept as sent but recorded as no number the spec allows; strict mode refuses them.
    body = f'{{"distance": {number}}}'.encode()
    odometer = vehicle_call(kind, answering(body), lambda v: v.odometer())
    assert odometer.spec_deviations == {"distance": f"expected float, got {odometer.distance!r}"}
    with pytest.raises(smartcar.InvalidResponseError, match="distance"):
        vehicle_call(kind, answering(body), lambda v: v.odometer(), strict=True)


@pytest.mark.parametrize("kind", KINDS)
def test_nan_in_a_batch_item_is_no_reading(kind: str) -> None:
    item = '{"path": "/odometer", "code": 200, "body": {"distance": NaN}, "headers": {}}'
    body = f'{{"responses": [{item}]}}'.encode()
    batch = vehicle_call(kind, answering(body), lambda v: v.batch(["/odometer"]))
    assert "distance" in batch.odometer().spec_deviations
    with pytest.raises(smartcar.InvalidResponseError, match="distance"):
        vehicle_call(kind, answering(body), lambda v: v.batch(["/odometer"]), strict=True)


@pytest.mark.parametrize("kind", KINDS)
def test_finite_readings_still_parse(kind: str) -> None:
    result = vehicle_call(kind, answering(b'{"distance": 1.5e3}'), lambda v: v.odometer())
    assert result.distance == 1500.0


# -- versions, scopes and state -------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("version", ["2.0\n", "2.0\n/../x", " 2.0", "2.0 "])
def test_a_version_with_anything_after_it_is_refused(kind: str, version: str) -> None:
    cls = smartcar.Vehicle if kind == "sync" else smartcar.AsyncVehicle
    with pytest.raises(smartcar.InvalidInputError, match="version"):
        cls("vehicle-1", "access-token", {"version": version})
    with pytest.raises(smartcar.InvalidInputError, match="version"):
        smartcar.set_api_version(version)
    assert smartcar.get_api_version() == "2.0"


@pytest.mark.parametrize("kind", KINDS)
def test_a_version_is_still_used_in_the_path(kind: str) -> None:
    seen: list[httpx2.Request] = []
    transport = answering(b'{"distance": 1.0}', seen)
    if kind == "sync":
        smartcar.Vehicle("vehicle-1", "token", {"version": "1.0"}, transport=transport).odometer()
    else:

        async def main() -> None:
            v = smartcar.AsyncVehicle("vehicle-1", "token", {"version": "1.0"}, transport=transport)
            await v.odometer()

        asyncio.run(main())
    assert [r.url.path for r in seen] == ["/v1.0/vehicles/vehicle-1/odometer"]


@pytest.mark.parametrize("scope", ["read_odometer\n", "required:read_vin\n", "read_odometer\nx"])
def test_a_scope_with_a_trailing_newline_is_refused(scope: str) -> None:
    client = smartcar.AuthClient("client-id", "client-secret", "https://app.example/cb")
    with pytest.raises(smartcar.InvalidInputError, match="scope"):
        client.get_auth_url([scope])
    with pytest.raises(smartcar.InvalidInputError, match="scope"):
        smartcar.get_compatibility(
            "5YJSA1CN5DFP00101", [scope], options={"client_id": "i", "client_secret": "s"}
        )


@pytest.mark.parametrize("state", [0, "0"])
def test_state_zero_is_kept_in_the_auth_url(state: Any) -> None:
    for cls in (smartcar.AuthClient, smartcar.AsyncAuthClient):
        url = cls("client-id", "client-secret").get_auth_url(["read_odometer"], {"state": state})
        assert parse_qs(urlsplit(url).query)["state"] == ["0"]


def test_no_state_and_an_empty_state_are_left_out() -> None:
    client = smartcar.AuthClient("client-id", "client-secret")
    for options in ({}, {"state": None}, {"state": ""}):
        url = client.get_auth_url(["read_odometer"], options)
        # keep_blank_values: a "state=" with nothing after it is a state sent too.
        assert "state" not in parse_qs(urlsplit(url).query, keep_blank_values=True)


# -- webhooks ---------------------------------------------------------------------------------------

AMT = "management-token"
PAYLOAD = b'{"eventType": "VERIFY", "eventId": "e1", "data": {"challenge": "c"}, "meta": {}}'


def sign(body: bytes) -> str:
    return hmac.new(AMT.encode(), body, hashlib.sha256).hexdigest()


@pytest.mark.parametrize("signature", ["\u00e9" * 64, "s\u00efgnature", "\u2603", "\udc80"])
def test_a_non_ascii_signature_is_a_mismatch(signature: str) -> None:
    assert webhooks.verify_payload(AMT, signature, PAYLOAD) is False
    with pytest.raises(smartcar.WebhookSignatureError):
        webhooks.verify_signature(AMT, signature, PAYLOAD)
    with pytest.raises(smartcar.WebhookSignatureError):
        webhooks.parse_payload(PAYLOAD, amt=AMT, signature=signature)


def test_a_deeply_nested_signed_payload_is_an_invalid_input() -> None:
    body = b'{"eventType": "VEHICLE_STATE", "data": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    with pytest.raises(smartcar.InvalidInputError, match="nested"):
        webhooks.parse_payload(body, amt=AMT, signature=sign(body))


def test_a_signature_without_an_amt_is_refused_not_ignored() -> None:
    # The caller meant the delivery to be verified; parsing it unverified would hide that.
    with pytest.raises(smartcar.InvalidInputError, match="amt"):
        webhooks.parse_payload(PAYLOAD, signature=sign(PAYLOAD))
    with pytest.raises(smartcar.InvalidInputError, match="amt"):
        webhooks.parse_payload(PAYLOAD, signature="0" * 64)
    assert webhooks.parse_payload(PAYLOAD, amt=AMT, signature=sign(PAYLOAD)).event_id == "e1"
    assert webhooks.parse_payload(PAYLOAD).event_id == "e1"  # no signature: parse only


def test_an_unparseable_webhook_body_keeps_no_context() -> None:
    with pytest.raises(smartcar.InvalidInputError) as caught:
        webhooks.parse_payload(b'{"eventType": "VERIFY", "secret": "abc')
    assert caught.value.__context__ is None


# -- TokenManager from the token endpoint's raw response ----------------------------------------


def test_a_token_manager_accepts_a_raw_token_response() -> None:
    client = smartcar.AuthClient("client-id", "client-secret")
    for raw in (TOKEN_BODY, {k: v for k, v in TOKEN_BODY.items() if k != "token_type"}):
        manager = smartcar.TokenManager(client, raw)
        assert manager.access is not None
        assert manager.access.access_token == ACCESS
        assert manager.access.refresh_token == REFRESH
        assert not manager.access.is_expired(leeway=7000)
        assert manager.access.is_expired(leeway=7300)


@pytest.mark.parametrize("kind", KINDS)
def test_a_vehicle_uses_a_manager_built_from_a_raw_token_response(kind: str) -> None:
    seen: list[httpx2.Request] = []
    transport = answering(b'{"distance": 1.0}', seen)
    if kind == "sync":
        manager = smartcar.TokenManager(smartcar.AuthClient("client-id", "secret"), TOKEN_BODY)
        smartcar.Vehicle("vehicle-1", manager, transport=transport).odometer()
    else:

        async def main() -> None:
            client = smartcar.AsyncAuthClient("client-id", "secret")
            manager = smartcar.TokenManager(client, TOKEN_BODY)
            await smartcar.AsyncVehicle("vehicle-1", manager, transport=transport).odometer()

        asyncio.run(main())
    assert [r.headers["Authorization"] for r in seen] == [f"Bearer {ACCESS}"]


@pytest.mark.parametrize(
    ("access", "named"),
    [
        ({"access_token": ACCESS}, "expires_in"),
        ({"access_token": ACCESS, "expires_in": 7200}, "refresh_token"),
        ({**TOKEN_BODY, "expires_in": "soon"}, "wrong type"),
        ({"access_token": ACCESS, "refresh_token": REFRESH, "expiration": "x"}, "expires_in"),
        ({**TOKEN_BODY, "access_token": 42}, "access_token"),
    ],
)
def test_a_token_manager_refuses_an_incomplete_access_clearly(
    access: dict[str, Any], named: str
) -> None:
    client = smartcar.AuthClient("client-id", "client-secret")
    with pytest.raises(smartcar.InvalidInputError, match=named) as caught:
        smartcar.TokenManager(client, access)
    assert ACCESS not in held(caught.value)
    assert REFRESH not in held(caught.value)


# -- an HTTP client used where it cannot send -------------------------------------------------------


@contextlib.contextmanager
def keep_alive_server() -> Iterator[smartcar.Origins]:
    """A loopback server that keeps connections open (HTTP/1.1) and answers an odometer."""

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            body = b'{"distance": 1.0}'
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        yield smartcar.Origins(api=url, auth=url, connect=url, management=url, vehicle_v3=url)
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
def test_a_callers_async_client_used_from_a_second_loop_is_a_configuration_error() -> None:
    with keep_alive_server() as origins:
        clients = [httpx2.AsyncClient()]

        async def read() -> Any:
            vehicle = smartcar.AsyncVehicle(
                "vehicle-1", "token", http_client=clients[0], origins=origins, max_retries=0
            )
            return await vehicle.odometer()

        assert asyncio.run(read()).distance == 1.0  # the first loop keeps a connection open
        with pytest.raises(smartcar.ConfigurationError, match="event loop"):
            asyncio.run(read())
        # The first loop's connection can no longer be closed cleanly: drop it quietly here,
        # rather than as a ResourceWarning in whichever test runs next.
        clients.clear()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ResourceWarning)
            gc.collect()


@pytest.mark.parametrize("kind", KINDS)
def test_a_closed_client_is_a_configuration_error(kind: str) -> None:
    transport = answering(b'{"distance": 1.0}')
    if kind == "sync":
        client = httpx2.Client(transport=transport)
        client.close()
        with pytest.raises(smartcar.ConfigurationError, match="closed"):
            smartcar.Vehicle("vehicle-1", "token", http_client=client).odometer()
        return

    async def main() -> None:
        client = httpx2.AsyncClient(transport=transport)
        await client.aclose()
        await smartcar.AsyncVehicle("vehicle-1", "token", http_client=client).odometer()

    with pytest.raises(smartcar.ConfigurationError, match="closed"):
        asyncio.run(main())


# -- one request too long for a URL -----------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_a_query_too_long_for_a_url_is_an_invalid_input(kind: str) -> None:
    # Path parameters are capped; a query parameter that makes the URL too long for httpx2
    # is caught where the request is built, before anything is sent.
    seen: list[httpx2.Request] = []
    transport = answering(b"{}", seen)
    with pytest.raises(smartcar.InvalidInputError, match="nothing was sent"):
        vehicle_call(
            kind,
            transport,
            lambda v: v.service_history(start_date="2020-01-01" + "x" * 100_000),
        )
    assert seen == []


@pytest.mark.parametrize("kind", KINDS)
def test_a_batch_item_that_cannot_be_parsed_keeps_no_context(kind: str) -> None:
    item = '{"path": "/odometer", "code": 200, "body": ["far"], "headers": {}}'
    body = f'{{"responses": [{item}]}}'.encode()
    batch = vehicle_call(kind, answering(body), lambda v: v.batch(["/odometer"]))
    with pytest.raises(smartcar.InvalidResponseError, match="/odometer") as caught:
        batch.odometer()
    assert caught.value.__context__ is None


def test_the_engine_checks_every_path_parameter_of_every_endpoint() -> None:
    # Operation checks the positional parameters of an endpoint's request builder: that must be
    # exactly the {placeholders} of its URL, for every generated endpoint (a new one included).
    checked = 0
    for info in pkgutil.walk_packages(api.__path__, api.__name__ + "."):
        module = importlib.import_module(info.name)
        if not hasattr(module, "build_request_kwargs"):
            continue
        found = re.search(r'"url": "([^"]+)"', inspect.getsource(module.build_request_kwargs))
        assert found is not None, info.name
        placeholders = tuple(re.findall(r"\{(\w+)\}", found.group(1)))
        assert _path_parameters(module) == placeholders, info.name
        checked += 1
    assert checked >= 30
