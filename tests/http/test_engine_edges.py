"""Edges of the engine: commands after a 401, malformed redirects, token lifetimes and margins.

- A command answered 401 is sent again with a new token, and at most once more: the API
  refuses a request with a bad token before acting on it, so the re-send is the first time it
  can act (the README's "Retries and timeouts" says when this happens).
- A redirect whose ``Location`` is no URL (``A:0``) is an ``InvalidResponseError``, never the
  HTTP library's ``InvalidURL``.
- A token that expires as it arrives (``expires_in`` of 0 or less) is refused as an
  ``InvalidResponseError``, and the refusal stands a while without a new request; a margin that
  is no number (``nan``) is refused as the manager or app is created; a margin longer than a
  token's life never makes every call fetch a token.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import httpx2
import pytest

import smartcar
from smartcar._core import lifetime
from smartcar._core.lifetime import LifelessTokenError

KINDS = ["sync", "async"]
TOKEN_BODY = {
    "access_token": "access-token-1a2b3c",
    "token_type": "Bearer",
    "expires_in": 7200,
    "refresh_token": "refresh-token-4d5e6f",
}
EXPIRED = {**TOKEN_BODY, "expires_in": 0}


class Server:
    """Answers token requests with ``token`` and everything else with ``status``, counting."""

    def __init__(self, status: int = 401, token: dict[str, Any] | None = None) -> None:
        self.status = status
        self.token = token or TOKEN_BODY
        self.paths: list[str] = []

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        self.paths.append(request.url.path)
        if request.url.path.endswith("token"):
            return httpx2.Response(200, json=self.token)
        if self.status == 401:
            return httpx2.Response(401, json={"type": "AUTHENTICATION", "code": None})
        return httpx2.Response(
            self.status,
            json={"status": "success", "message": "ok", "distance": 1.0, "data": []},
        )

    def count(self, suffix: str) -> int:
        return sum(path.endswith(suffix) for path in self.paths)


def call(kind: str, method: Callable[[], Any]) -> Any:
    """Call a sync method, or await an async one in a new event loop."""
    if kind == "sync":
        return method()

    async def main() -> Any:
        return await method()

    return asyncio.run(main())


def manager_vehicle(
    kind: str, server: Server, token: dict[str, Any] = EXPIRED
) -> tuple[Any, smartcar.TokenManager]:
    transport = httpx2.MockTransport(server)
    sync = kind == "sync"
    client_kind = smartcar.AuthClient if sync else smartcar.AsyncAuthClient
    client = client_kind("client-id", "client-secret", transport=transport)
    manager = smartcar.TokenManager(client, token)
    vehicle_kind = smartcar.Vehicle if sync else smartcar.AsyncVehicle
    return vehicle_kind("vehicle-1", manager, transport=transport), manager


def app_vehicle(kind: str, server: Server) -> Any:
    kinds = {"sync": smartcar.App, "async": smartcar.AsyncApp}
    app = kinds[kind]("client-id", "client-secret", transport=httpx2.MockTransport(server))
    return app.vehicle("vehicle-1", "user-1")


# -- a command answered 401 is sent at most twice -----------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_a_token_manager_command_answered_401_is_sent_at_most_twice(kind: str) -> None:
    server = Server(401)
    vehicle, _ = manager_vehicle(kind, server, TOKEN_BODY)
    with pytest.raises(smartcar.AuthenticationError):
        call(kind, vehicle.lock)
    assert server.count("/security") == 2
    assert server.count("/oauth/token") == 1  # one refresh, for the one re-send


@pytest.mark.parametrize("kind", KINDS)
def test_an_app_command_answered_401_is_sent_at_most_twice(kind: str) -> None:
    server = Server(401)
    vehicle = app_vehicle(kind, server)
    with pytest.raises(smartcar.AuthenticationError):
        call(kind, vehicle.lock_doors)
    assert server.count("/commands/security/lock") == 2
    assert server.count("/oauth2/token") == 2  # the first token, then one new one


@pytest.mark.parametrize("kind", KINDS)
def test_a_command_with_a_fixed_token_answered_401_is_sent_once(kind: str) -> None:
    server = Server(401)
    transport = httpx2.MockTransport(server)
    vehicle: Any = (smartcar.Vehicle if kind == "sync" else smartcar.AsyncVehicle)(
        "vehicle-1", "fixed-access-token", transport=transport
    )
    with pytest.raises(smartcar.AuthenticationError):
        call(kind, vehicle.lock)
    assert server.paths == ["/v2.0/vehicles/vehicle-1/security"]


# -- a malformed redirect ------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("location", ["A:0", "http://[::1", "https://exa mple.com/"])
def test_a_redirect_to_a_malformed_location_is_an_invalid_response(
    kind: str, location: str
) -> None:
    transport = httpx2.MockTransport(
        lambda request: httpx2.Response(302, headers={"Location": location})
    )
    vehicle: Any = (smartcar.Vehicle if kind == "sync" else smartcar.AsyncVehicle)(
        "vehicle-1", "access-token", transport=transport
    )
    with pytest.raises(smartcar.InvalidResponseError, match="Unexpected redirect"):
        call(kind, vehicle.odometer)


# -- token lifetimes and margins -----------------------------------------------------------------


def three(kind: str, method: Callable[[], Any]) -> list[BaseException]:
    """Call ``method`` three times (in one event loop when async); the errors raised."""
    errors: list[BaseException] = []

    async def main() -> None:
        for _ in range(3):
            try:
                await method()
            except smartcar.SmartcarException as error:
                errors.append(error)

    if kind == "sync":
        for _ in range(3):
            try:
                method()
            except smartcar.SmartcarException as error:
                errors.append(error)
    else:
        asyncio.run(main())
    return errors


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("expires_in", [0, -5])
def test_a_refreshed_token_without_life_is_refused_without_a_request_per_call(
    kind: str, expires_in: int
) -> None:
    server = Server(200, {**TOKEN_BODY, "expires_in": expires_in, "refresh_token": "rotated-1"})
    vehicle, manager = manager_vehicle(kind, server)
    errors = three(kind, vehicle.odometer)
    assert [type(e) for e in errors] == [LifelessTokenError] * 3
    assert all("expires_in" in str(e) for e in errors)
    assert server.count("/odometer") == 0
    assert server.count("/oauth/token") == 1  # the refusal stands a while, without a request
    if expires_in == 0:  # a negative one fails the exchange itself, before the manager sees it
        # Kept, though refused: the refresh token rotated; the next refresh needs the new one.
        assert manager.access is not None
        assert manager.access.refresh_token == "rotated-1"


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("expires_in", [0, -1])
def test_an_application_token_without_life_is_refused_without_a_request_per_call(
    kind: str, expires_in: int
) -> None:
    server = Server(200, {"access_token": "app-token-7f8e9d", "token_type": "Bearer"})
    server.token["expires_in"] = expires_in
    vehicle = app_vehicle(kind, server)
    errors = three(kind, vehicle.get_signals)
    assert [type(e) for e in errors] == [LifelessTokenError] * 3
    assert server.count("/signals") == 0
    assert server.count("/oauth2/token") == 1


def test_a_refusal_stands_only_for_a_while(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lifetime, "REFUSED_FOR", 0.0)
    server = Server(200, {**TOKEN_BODY, "expires_in": 0})
    vehicle, _ = manager_vehicle("sync", server)
    assert len(three("sync", vehicle.odometer)) == 3
    assert server.count("/oauth/token") == 3  # asked again once the refusal has lapsed


@pytest.mark.parametrize("kind", KINDS)
def test_a_short_lived_application_token_is_not_fetched_per_call(kind: str) -> None:
    # 30 s of life against the default 60 s margin: renewed halfway, not before every call.
    server = Server(200, {"access_token": "app-token-7f8e9d", "token_type": "Bearer"})
    server.token["expires_in"] = 30
    vehicle = app_vehicle(kind, server)

    async def three() -> None:
        for _ in range(3):
            await vehicle.get_signals()

    if kind == "sync":
        for _ in range(3):
            vehicle.get_signals()
    else:
        # One event loop: an AsyncApp's client belongs to the loop it was first used in.
        asyncio.run(three())
    assert server.count("/oauth2/token") == 1


@pytest.mark.parametrize("margin", [float("nan"), float("inf"), -1, "60", None, True])
def test_a_margin_that_is_no_finite_number_is_refused(margin: Any) -> None:
    client = smartcar.AuthClient("client-id", "client-secret")
    with pytest.raises(smartcar.InvalidInputError, match="refresh_margin"):
        smartcar.TokenManager(client, TOKEN_BODY, refresh_margin=margin)
    with pytest.raises(smartcar.InvalidInputError, match="token_margin"):
        smartcar.App("client-id", "client-secret", token_margin=margin)
