"""TokenManager edge cases: its load/save callbacks sync and async, its messages, its count."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx2
import pytest

import smartcar
from smartcar.testing import (
    Simulator,
    SimulatorTransport,
)

from .._helpers import auth_client as auth


class Counting(SimulatorTransport):
    """The simulator, counting token-endpoint calls."""

    def __init__(self, sim: Simulator) -> None:
        super().__init__(sim)
        self.token_calls = 0

    def _answer(self, request: httpx2.Request) -> httpx2.Response:
        if request.url.path == "/oauth/token":
            self.token_calls += 1
        return super()._answer(request)


def access(sim: Simulator, expires_in: float, token: str | None = None) -> smartcar.Access:
    issued = sim.issue_token()
    return smartcar.Access(
        access_token=token or issued["access_token"],
        token_type="Bearer",
        expires_in=7200,
        expiration=datetime(2030, 1, 1, tzinfo=UTC)
        if expires_in == 0
        else datetime.now(UTC) + timedelta(seconds=expires_in),
        refresh_token=issued["refresh_token"],
        refresh_expiration=datetime.now(UTC) + timedelta(days=60),
    )


def test_messages_name_what_is_missing() -> None:
    with pytest.raises(
        smartcar.ConfigurationError, match=r"^auth_client must be an AuthClient or AsyncAuthClient$"
    ):
        smartcar.TokenManager(object(), {"access_token": "a"})
    with pytest.raises(
        smartcar.ConfigurationError,
        match=r"^TokenManager needs the current access or a load callback$",
    ):
        smartcar.TokenManager(auth(Counting(Simulator())))


def test_sync_vehicle_with_an_async_client_says_so() -> None:
    sim = Simulator()
    transport = Counting(sim)
    manager = smartcar.TokenManager(auth(transport, smartcar.AsyncAuthClient), access(sim, -1))
    vehicle = smartcar.Vehicle(sim.vehicle_ids[0], manager, transport=transport)
    with pytest.raises(
        smartcar.ConfigurationError,
        match=r"^a TokenManager used by Vehicle needs a \(sync\) AuthClient$",
    ):
        vehicle.odometer()


def test_async_vehicle_with_a_sync_client_says_so() -> None:
    sim = Simulator()
    transport = Counting(sim)
    manager = smartcar.TokenManager(auth(transport), access(sim, -1))

    async def main() -> None:
        async with smartcar.AsyncVehicle(sim.vehicle_ids[0], manager, transport=transport) as v:
            await v.odometer()

    with pytest.raises(
        smartcar.ConfigurationError,
        match=r"^a TokenManager used by AsyncVehicle needs an AsyncAuthClient$",
    ):
        asyncio.run(main())


class Pending:
    """An awaitable that is not a coroutine, so leaving it unawaited warns about nothing."""

    def __init__(self, value: Any = None) -> None:
        self.value = value

    def __await__(self) -> Any:
        return self.value
        yield


def test_async_callbacks_with_a_sync_client_are_refused() -> None:
    sim = Simulator()
    transport = Counting(sim)
    manager = smartcar.TokenManager(auth(transport), load=lambda: Pending(access(sim, 3600)))
    vehicle = smartcar.Vehicle(sim.vehicle_ids[0], manager, transport=transport)
    with pytest.raises(
        smartcar.ConfigurationError, match=r"^load must not be async with a sync AuthClient$"
    ):
        vehicle.odometer()
    manager = smartcar.TokenManager(auth(transport), access(sim, -1), save=lambda new: Pending())
    vehicle = smartcar.Vehicle(sim.vehicle_ids[0], manager, transport=transport)
    with pytest.raises(
        smartcar.ConfigurationError, match=r"^save must not be async with a sync AuthClient$"
    ):
        vehicle.odometer()


@pytest.mark.parametrize("use_async", [False, True])
def test_load_returning_nothing_is_a_configuration_error(use_async: bool) -> None:
    sim = Simulator()
    transport = Counting(sim)
    message = r"^TokenManager has no access: load returned nothing$"
    if not use_async:
        manager = smartcar.TokenManager(auth(transport), load=lambda: None)
        vehicle = smartcar.Vehicle(sim.vehicle_ids[0], manager, transport=transport)
        with pytest.raises(smartcar.ConfigurationError, match=message):
            vehicle.odometer()
        return

    async def load() -> None:
        return None

    async def main() -> None:
        manager = smartcar.TokenManager(auth(transport, smartcar.AsyncAuthClient), load=load)
        async with smartcar.AsyncVehicle(sim.vehicle_ids[0], manager, transport=transport) as v:
            await v.odometer()

    with pytest.raises(smartcar.ConfigurationError, match=message):
        asyncio.run(main())
    assert transport.token_calls == 0


@pytest.mark.parametrize("async_load", [False, True])
def test_async_manager_loads_once_sync_or_async(async_load: bool) -> None:
    sim = Simulator()
    transport = Counting(sim)
    stored = access(sim, 3600).to_dict()
    calls: list[int] = []

    def sync_load() -> dict[str, Any]:
        calls.append(1)
        return stored

    async def async_load_() -> dict[str, Any]:
        calls.append(1)
        return stored

    async def main() -> None:
        manager = smartcar.TokenManager(
            auth(transport, smartcar.AsyncAuthClient),
            load=async_load_ if async_load else sync_load,
        )
        async with smartcar.AsyncVehicle(sim.vehicle_ids[0], manager, transport=transport) as v:
            await v.odometer()
            await v.location()
        assert manager.access is not None
        assert manager.access.access_token == stored["access_token"]

    asyncio.run(main())
    assert calls == [1]
    assert transport.token_calls == 0


@pytest.mark.parametrize("use_async", [False, True])
def test_load_is_not_called_when_access_was_given(use_async: bool) -> None:
    sim = Simulator()
    transport = Counting(sim)
    calls: list[int] = []

    def load() -> smartcar.Access:
        calls.append(1)
        return access(sim, 3600)

    expired = access(sim, -1)
    if use_async:

        async def main() -> None:
            client = auth(transport, smartcar.AsyncAuthClient)
            manager = smartcar.TokenManager(client, expired, load=load)
            async with smartcar.AsyncVehicle(sim.vehicle_ids[0], manager, transport=transport) as v:
                await v.odometer()

        asyncio.run(main())
    else:
        manager = smartcar.TokenManager(auth(transport), expired, load=load)
        smartcar.Vehicle(sim.vehicle_ids[0], manager, transport=transport).odometer()
    assert calls == []
    assert transport.token_calls == 1


def test_refresh_count_counts_every_refresh() -> None:
    sim = Simulator()
    transport = Counting(sim)
    manager = smartcar.TokenManager(auth(transport), access(sim, -1), refresh_margin=60)
    vehicle = smartcar.Vehicle(sim.vehicle_ids[0], manager, transport=transport)
    vehicle.odometer()
    assert manager.access is not None
    manager.sync_token(stale=manager.access.access_token)  # rejected: refresh again
    vehicle.odometer()
    assert manager.refresh_count == 2
    assert transport.token_calls == 2


def test_a_margin_longer_than_the_token_life_never_refreshes_per_call() -> None:
    # A new token is used for half its life at least; a margin of 2 hours against 2-hour
    # tokens would otherwise make every call refresh first.
    sim = Simulator()
    transport = Counting(sim)
    manager = smartcar.TokenManager(auth(transport), access(sim, -1), refresh_margin=7200)
    vehicle = smartcar.Vehicle(sim.vehicle_ids[0], manager, transport=transport)
    for _ in range(3):
        vehicle.odometer()
    assert manager.refresh_count == 1
    assert transport.token_calls == 1


def test_async_401_refreshes_once_and_repeats() -> None:
    sim = Simulator()
    transport = Counting(sim)
    revoked = access(sim, 3600, token="revoked-token")

    async def main() -> str:
        manager = smartcar.TokenManager(auth(transport, smartcar.AsyncAuthClient), revoked)
        async with smartcar.AsyncVehicle(sim.vehicle_ids[0], manager, transport=transport) as v:
            assert (await v.odometer()).distance > 0
        assert manager.access is not None
        return manager.access.access_token

    assert asyncio.run(main()) != "revoked-token"
    assert transport.token_calls == 1


def test_repr_shows_the_expiry_and_the_count() -> None:
    sim = Simulator()
    manager = smartcar.TokenManager(auth(Counting(sim)), access(sim, 0))
    assert repr(manager) == "TokenManager(expires='2030-01-01T00:00:00+00:00', refreshes=0)"
    loading = smartcar.TokenManager(auth(Counting(sim)), load=lambda: None)
    assert repr(loading) == "TokenManager(expires=None, refreshes=0)"


def test_a_401_before_the_refresh_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    import logging

    caplog.set_level(logging.DEBUG, logger="smartcar")
    sim = Simulator()
    transport = Counting(sim)
    manager = smartcar.TokenManager(auth(transport), access(sim, 3600, token="revoked-token"))
    smartcar.Vehicle(sim.vehicle_ids[0], manager, transport=transport).odometer()
    lines = [r.getMessage() for r in caplog.records if r.name == "smartcar"]
    path = f"/v2.0/vehicles/{sim.vehicle_ids[0]}/odometer"
    rejected = [line for line in lines if line.startswith(f"GET {path} -> 401 ")]
    assert len(rejected) == 1
    assert rejected[0].endswith(" retry=0 retrying_in=0.00s")
    assert lines[-1].startswith(f"GET {path} -> 200 ")


# -- what is taken for the current access, and the messages of what is not ------------------------

_SHAPE = (
    "access must be an Access, its to_dict(), or a token response with access_token, "
    "expires_in and refresh_token; "
)


class _ClaimsEveryKey(Mapping[str, Any]):
    """A mapping (a database row, say) that says it has every key, and has only some."""

    def __init__(self, data: dict[str, Any]) -> None:
        self._data = data

    def __contains__(self, key: object) -> bool:
        return True

    def __getitem__(self, key: str) -> Any:
        return self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)


@pytest.mark.parametrize(
    ("given", "message"),
    [
        (5, "access must be an Access or a dict of tokens, got int"),
        (
            {"access_token": "a", "expires_in": "x", "refresh_token": "r"},
            _SHAPE + "a field has the wrong type or value (TypeError)",
        ),
        (
            {"access_token": "a", "expires_in": 10**30, "refresh_token": "r"},
            _SHAPE + "a field has the wrong type or value (OverflowError)",
        ),
        (
            {"access_token": "a", "refresh_token": "r", "expiration": "2030-01-01T00:00:00+00:00"},
            _SHAPE + "the Access field 'expires_in' is missing",
        ),
        (_ClaimsEveryKey({"refresh_token": "r"}), _SHAPE + "it has no 'access_token'"),
        (
            {"access_token": "a", "expires_in": 3600, "refresh_token": "r"},
            None,  # a raw token response: taken
        ),
    ],
)
def test_the_access_given_is_checked_and_its_problem_named(given: Any, message: str | None) -> None:
    client = smartcar.AuthClient("id", "secret")
    if message is None:
        manager = smartcar.TokenManager(client, given)
        assert manager.access is not None
        assert (manager.access.access_token, manager.access.token_type) == ("a", "Bearer")
        return
    with pytest.raises(smartcar.InvalidInputError) as refused:
        smartcar.TokenManager(client, given)
    assert refused.value.message == message


def test_a_token_response_keeps_its_own_token_type() -> None:
    given = {"access_token": "a", "expires_in": 3600, "refresh_token": "r", "token_type": "Other"}
    manager = smartcar.TokenManager(smartcar.AuthClient("id", "secret"), given)
    assert manager.access is not None and manager.access.token_type == "Other"


def test_a_negative_refresh_margin_is_named() -> None:
    with pytest.raises(smartcar.InvalidInputError) as refused:
        smartcar.TokenManager(
            smartcar.AuthClient("id", "secret"),
            {"access_token": "a", "expires_in": 3600, "refresh_token": "r"},
            refresh_margin=-1,
        )
    assert (
        refused.value.message
        == "refresh_margin must be a finite number of seconds >= 0, got int -1"
    )
