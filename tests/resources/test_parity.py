"""The sync and async surfaces match name for name, signature for signature, result for result."""

from __future__ import annotations

import asyncio
import inspect
import typing
from collections.abc import Callable, Coroutine
from typing import Any

import httpx2
import pytest

import smartcar
import smartcar._resources.batch
import smartcar.aio
import smartcar.smartcar
import smartcar.types
from smartcar import fleet
from smartcar._http import Operation
from smartcar._resources.functions import default_api
from smartcar._resources.ops import operation
from smartcar.testing import (
    DEFAULT_CLIENT_ID,
    DEFAULT_CLIENT_SECRET,
    DEFAULT_REDIRECT_URI,
    Simulator,
    SimulatorTransport,
)

# The lifecycle members differ by design: close() and "with" for blocking objects, aclose() and
# "async with" for asyncio ones. Everything else must match.
SYNC_ONLY = {"close", "__enter__", "__exit__"}
ASYNC_ONLY = {"aclose", "__aenter__", "__aexit__"}

# Arguments that pass validation, for operations that need some. Calling an async operation
# only builds its request and returns a coroutine; nothing is sent until it is awaited.
SAMPLE_ARGS: dict[str, tuple[Any, ...]] = {
    "batch": (["/odometer"],),
    "get_signal": ("odometer-traveleddistance",),
    "request": ("GET", "odometer"),
    "send_destination": (37.77, -122.42),
    "set_charge_limit": (0.8,),
    "subscribe": ("webhook-id",),
    "unsubscribe": ("amt-token", "webhook-id"),
    "exchange_code": ("code",),
    "exchange_refresh_token": ("refresh-token",),
    "get_user": ("token",),
    "get_vehicles": ("token",),
    "get_vehicle": ("token", "vehicle-id"),
    "get_compatibility": (
        "5YJSA1CN5DFP00101",
        ["read_odometer"],
        "US",
        {"client_id": "a", "client_secret": "b"},
    ),
    "get_compatibility_matrix": ("US", None, {"client_id": "a", "client_secret": "b"}),
    "get_connections": ("amt-token",),
    "delete_connections": ("amt-token", {"vehicle_id": "vehicle-id"}),
}


def public(obj: object) -> set[str]:
    names = {n for n in dir(obj) if not n.startswith("_")}
    return names | {n for n in SYNC_ONLY | ASYNC_ONLY if hasattr(obj, n)}


def pairs() -> list[tuple[object, object]]:
    origins = smartcar.Origins()
    return [
        (
            smartcar.Vehicle("vehicle-id", "token", origins=origins),
            smartcar.AsyncVehicle("vehicle-id", "token", origins=origins),
        ),
        (
            smartcar.AuthClient("client-id", "secret", "https://example.com/cb", origins=origins),
            smartcar.AsyncAuthClient(
                "client-id", "secret", "https://example.com/cb", origins=origins
            ),
        ),
    ]


def is_operation(obj: object, name: str) -> bool:
    return isinstance(inspect.getattr_static(type(obj), name, None), operation)


def call_async(member: Callable[..., Any], name: str) -> object:
    try:
        return member(*SAMPLE_ARGS.get(name, ()))
    except TypeError as error:  # pragma: no cover - tells how to fix the table above
        pytest.fail(f"{name}: add arguments that pass validation to SAMPLE_ARGS ({error})")


@pytest.mark.parametrize(("sync", "async_"), pairs(), ids=["Vehicle", "AuthClient"])
def test_classes_have_the_same_members(sync: object, async_: object) -> None:
    sync_names, async_names = public(sync), public(async_)
    assert sync_names - SYNC_ONLY == async_names - ASYNC_ONLY
    assert sync_names >= SYNC_ONLY
    assert async_names >= ASYNC_ONLY


@pytest.mark.parametrize(("sync", "async_"), pairs(), ids=["Vehicle", "AuthClient"])
def test_members_have_the_same_signatures(sync: object, async_: object) -> None:
    for name in sorted(public(sync) - SYNC_ONLY):
        s, a = getattr(sync, name), getattr(async_, name)
        if name == "with_raw_response":
            # A view of the object itself, raw: of its own class on each side.
            assert type(s) is type(sync) and type(a) is type(async_)
            assert s._raw and a._raw and not sync._raw  # type: ignore[attr-defined]
            continue
        if not callable(s):
            # Properties and attributes: the same kind of value on both.
            assert type(s) is type(a), name
            continue
        assert inspect.signature(s) == inspect.signature(a), name
        assert s.__doc__ == a.__doc__, name


@pytest.mark.parametrize(("sync", "async_"), pairs(), ids=["Vehicle", "AuthClient"])
def test_async_operations_return_coroutines_and_local_helpers_do_not(
    sync: object, async_: object
) -> None:
    operations = 0
    for name in sorted(public(sync) - SYNC_ONLY):
        member = getattr(async_, name)
        if not callable(member):
            continue
        if is_operation(async_, name):
            operations += 1
            result = call_async(member, name)
            assert inspect.iscoroutine(result), name
            result.close()  # never awaited: nothing was sent
            assert not inspect.iscoroutinefunction(getattr(sync, name)), name
        else:
            # Local helpers (get_auth_url, with_options ...) send nothing: plain on both sides.
            assert not inspect.iscoroutinefunction(member), name
            assert not inspect.iscoroutinefunction(getattr(sync, name)), name
    assert operations > 0
    for name in ASYNC_ONLY:
        assert inspect.iscoroutinefunction(getattr(async_, name)), name


_ANNOTATION_MODULES = {"types": smartcar.types, "_batch": smartcar._resources.batch}


def result_type(obj: object, name: str) -> object:
    descriptor = inspect.getattr_static(type(obj), name)
    assert isinstance(descriptor, operation)
    # The modules the annotations name load on first use and are imported for type checkers
    # only (see smartcar._core.lazy): evaluating them at run time supplies them.
    hints = typing.get_type_hints(descriptor._build, localns=_ANNOTATION_MODULES)
    returns = hints["return"]
    assert typing.get_origin(returns) is Operation, name
    return typing.get_args(returns)[0]


@pytest.mark.parametrize(("sync", "async_"), pairs(), ids=["Vehicle", "AuthClient"])
def test_every_operation_has_the_same_result_type(sync: object, async_: object) -> None:
    names = [n for n in public(sync) if is_operation(sync, n)]
    assert names
    for name in names:
        assert is_operation(async_, name), name
        assert result_type(sync, name) == result_type(async_, name), name
        # What help() and IDEs show is the result, not the Operation.
        shown = inspect.signature(getattr(async_, name)).return_annotation
        assert "Operation" not in str(shown), name


def module_functions() -> list[str]:
    return [n for n in smartcar.smartcar.__all__ if n not in ("AsyncAuthClient", "AsyncVehicle")]


def test_module_functions_match_smartcar_aio() -> None:
    sync_names = set(smartcar.smartcar.__all__)
    async_names = set(smartcar.aio.__all__) - {"AsyncAuthClient", "AsyncVehicle"}
    assert sync_names == async_names
    assert smartcar.aio.AsyncVehicle is smartcar.AsyncVehicle
    assert smartcar.aio.AsyncAuthClient is smartcar.AsyncAuthClient
    for name in sorted(sync_names):
        # The top-level names are the smartcar.smartcar ones (the official SDK's import path).
        assert getattr(smartcar, name) is getattr(smartcar.smartcar, name), name
        assert name in smartcar.__all__, name


@pytest.mark.parametrize("name", module_functions())
def test_module_function_signatures_and_kinds_match(name: str) -> None:
    s, a = getattr(smartcar.smartcar, name), getattr(smartcar.aio, name)
    if name == "with_raw_response":
        # The module functions' object, each operation answering its raw response.
        assert type(s) is type(default_api) and s._raw
        assert type(a) is type(smartcar.aio._api) and a._raw
        return
    assert inspect.signature(s) == inspect.signature(a)
    assert s.__doc__ == a.__doc__
    if is_operation(smartcar.aio._api, name):
        result = call_async(a, name)
        assert inspect.iscoroutine(result)
        result.close()
        assert result_type(default_api, name) == result_type(smartcar.aio._api, name)
    elif name == "with_options":
        # Configuration, not a request: each returns its own kind of module-function object.
        assert type(s(max_retries=0)) is type(default_api)
        assert type(a(max_retries=0)) is type(smartcar.aio._api)
    else:
        # Nothing to send (hash_challenge, get_management_token ...): the same function.
        assert a is s


def test_fleet_helpers_are_twins() -> None:
    sync = inspect.signature(smartcar.read_fleet).parameters
    async_ = inspect.signature(smartcar.aread_fleet).parameters
    renamed = {"max_workers": "concurrency"}
    assert [renamed.get(n, n) for n in sync] == list(async_)
    for name, param in sync.items():
        other = async_[renamed.get(name, name)]
        assert param.kind == other.kind, name
        assert param.default == other.default, name
    assert inspect.iscoroutinefunction(smartcar.aread_fleet)
    assert not inspect.iscoroutinefunction(smartcar.read_fleet)
    for name in fleet.READ_ENDPOINTS:
        # Every fleet read is a no-argument operation of both vehicle classes.
        assert is_operation(smartcar.Vehicle("v", "t"), name), name
        assert is_operation(smartcar.AsyncVehicle("v", "t"), name), name
        params = inspect.signature(getattr(smartcar.Vehicle("v", "t"), name)).parameters
        assert all(p.default is not p.empty for p in params.values()), name


# -- the same calls give the same results ---------------------------------------------------------

CLOCK = 1_750_000_000.0

READS: list[tuple[str, tuple[Any, ...]]] = [(name, ()) for name in sorted(fleet.READ_ENDPOINTS)] + [
    ("batch", (["/odometer", "/location", "/fuel"],)),
    ("get_signal", ("odometer-traveleddistance",)),
    ("permissions", ({"limit": 2},)),
    ("request", ("GET", "odometer")),
    ("request", ("GET", "no/such/path")),
]

COMMANDS: list[tuple[str, tuple[Any, ...]]] = [
    ("lock", ()),
    ("lock_status", ()),
    ("unlock", ()),
    ("lock_status", ()),
    ("start_charge", ()),
    ("charge", ()),
    ("set_charge_limit", (0.7,)),
    ("get_charge_limit", ()),
    ("send_destination", (37.77, -122.42)),
    ("stop_charge", ()),
    ("charge", ()),
]


def outcome(call: Callable[[], Any]) -> object:
    try:
        return comparable(call())
    except smartcar.SmartcarException as error:
        return (type(error), error.status_code, error.type, error.code)


async def aoutcome(call: Callable[[], Coroutine[Any, Any, Any]]) -> object:
    try:
        return comparable(await call())
    except smartcar.SmartcarException as error:
        return (type(error), error.status_code, error.type, error.code)


def comparable(value: object) -> object:
    # A Batch has no equality of its own: compare what each of its paths gives.
    if isinstance(value, smartcar.types.Response):
        return (type(value), value.status_code, value.body)
    items = getattr(value, "items", None)
    if isinstance(items, list) and all(hasattr(i, "result") for i in items):
        return [(i.path, outcome(i.result)) for i in items]
    return value


def run_both(
    calls: list[tuple[str, tuple[Any, ...]]], vehicle_index: int
) -> tuple[list[object], list[object]]:
    results = []
    for kind in ("sync", "async"):
        # A fresh simulator each time: commands change the vehicle's state.
        sim = Simulator(extra_vehicles=2, clock=lambda: CLOCK)
        token = sim.issue_token()["access_token"]
        vehicle_id = sim.vehicle_ids[vehicle_index]
        if kind == "sync":
            with smartcar.Vehicle(vehicle_id, token, transport=SimulatorTransport(sim)) as v:
                results.append([outcome(lambda n=n, a=a: getattr(v, n)(*a)) for n, a in calls])
        else:

            async def main(
                sim: Simulator = sim, token: str = token, vid: str = vehicle_id
            ) -> list[object]:
                async with smartcar.AsyncVehicle(
                    vid, token, transport=SimulatorTransport(sim)
                ) as v:
                    return [await aoutcome(lambda n=n, a=a: getattr(v, n)(*a)) for n, a in calls]

            results.append(asyncio.run(main()))
    return results[0], results[1]


@pytest.mark.parametrize("vehicle_index", [0, 1, 2, 3])
def test_reads_give_equal_results_sync_and_async(vehicle_index: int) -> None:
    sync, async_ = run_both(READS, vehicle_index)
    assert len(sync) == len(READS)
    for (name, _), s, a in zip(READS, sync, async_, strict=True):
        assert s == a, name
        assert type(s) is type(a), name
    # The comparison covered real results and real errors, not only one kind.
    assert any(isinstance(s, tuple) and isinstance(s[0], type) for s in sync) or vehicle_index
    assert any(not isinstance(s, tuple) for s in sync)


def test_commands_change_state_identically_sync_and_async() -> None:
    sync, async_ = run_both(COMMANDS, 0)
    assert sync == async_
    # The commands really took effect: the lock status read after lock differs from after unlock.
    assert sync[1] != sync[3]


def test_auth_and_module_functions_give_equal_results_sync_and_async(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from smartcar import _http

    outcomes = []
    for kind in ("sync", "async"):
        sim = Simulator(clock=lambda: CLOCK)
        transport = SimulatorTransport(sim)
        # The module functions use the shared client, routed to this simulator.
        _http.set_transport_override(transport)
        try:
            token = sim.issue_token()["access_token"]
            if kind == "sync":
                client = smartcar.AuthClient(
                    DEFAULT_CLIENT_ID,
                    DEFAULT_CLIENT_SECRET,
                    DEFAULT_REDIRECT_URI,
                    transport=transport,
                )
                code = sim_code(sim, client.get_auth_url(["read_odometer"]))
                access = client.exchange_code(code)
                bad = outcome(lambda c=client: c.exchange_code("not-a-code"))
                user = smartcar.get_user(token)
                vehicles = smartcar.get_vehicles(token, {"limit": 1})
                outcomes.append((fields(access), bad, user, vehicles))
            else:

                async def main(sim: Simulator = sim, token: str = token) -> object:
                    client = smartcar.AsyncAuthClient(
                        DEFAULT_CLIENT_ID,
                        DEFAULT_CLIENT_SECRET,
                        DEFAULT_REDIRECT_URI,
                        transport=SimulatorTransport(sim),
                    )
                    code = sim_code(sim, client.get_auth_url(["read_odometer"]))
                    access = await client.exchange_code(code)
                    bad = await aoutcome(lambda: client.exchange_code("not-a-code"))
                    user = await smartcar.aio.get_user(token)
                    vehicles = await smartcar.aio.get_vehicles(token, {"limit": 1})
                    await client.aclose()
                    return (fields(access), bad, user, vehicles)

                outcomes.append(asyncio.run(main()))
        finally:
            _http.set_transport_override(None)
    assert outcomes[0] == outcomes[1]
    assert isinstance(outcomes[0][1], tuple) and outcomes[0][1][0] is smartcar.OAuthError


def sim_code(sim: Simulator, url: str) -> str:
    from urllib.parse import parse_qs, urlsplit

    return parse_qs(urlsplit(sim.authorize(url)).query)["code"][0]


def fields(access: smartcar.Access) -> tuple[object, ...]:
    # Tokens are random per issue; their shape and lifetimes are what must agree.
    return (type(access), access.token_type, bool(access.access_token), bool(access.refresh_token))


@pytest.mark.parametrize(
    ("cls", "positional"),
    [
        (smartcar.Vehicle, ("vehicle-1", "token-1")),
        (smartcar.AsyncVehicle, ("vehicle-1", "token-1")),
        (smartcar.AuthClient, ("client-1", "secret-1")),
        (smartcar.AsyncAuthClient, ("client-1", "secret-1")),
        (smartcar.App, ("client-1", "secret-1")),
        (smartcar.AsyncApp, ("client-1", "secret-1")),
    ],
)
def test_constructor_client_keywords_reach_the_settings(
    cls: Any, positional: tuple[str, str]
) -> None:
    origins = smartcar.Origins(api="http://127.0.0.1:9")
    is_async = cls.__name__.startswith("Async")
    client: Any = httpx2.AsyncClient() if is_async else httpx2.Client()
    made = cls(
        *positional,
        http_client=client,
        timeout=7.0,
        max_retries=0,
        max_retry_after=3.0,
        origins=origins,
        deadline=5.0,
        max_response_bytes=12345,
    )
    settings = made.settings
    assert settings.origins == origins
    assert settings.timeout == httpx2.Timeout(7.0)
    assert settings.max_retries == 0
    assert settings.max_retry_after == 3.0
    assert settings.deadline == 5.0
    assert settings.max_response_bytes == 12345
    assert (made._async_http_client if is_async else made._http_client) is client
    # A transport is handed over too: the object builds (and owns) a client around it.
    transport: Any = httpx2.MockTransport(lambda request: httpx2.Response(204))
    owned = cls(*positional, transport=transport)
    assert owned._owns_client is True
    with pytest.raises(smartcar.InvalidInputError, match="not both"):
        cls(*positional, http_client=client, transport=transport)
    if is_async:
        asyncio.run(client.aclose())
        asyncio.run(owned.aclose())
    else:
        client.close()
        owned.close()


@pytest.mark.parametrize(
    "make",
    [
        lambda: smartcar,
        lambda: smartcar.aio,
        lambda: smartcar.Vehicle("vehicle-1", "token-1"),
        lambda: smartcar.AsyncVehicle("vehicle-1", "token-1"),
        lambda: smartcar.AuthClient("client-1", "secret-1"),
        lambda: smartcar.App("client-1", "secret-1"),
    ],
)
def test_with_options_hands_every_keyword_to_the_settings(make: Callable[[], Any]) -> None:
    changed = make().with_options(
        timeout=7.0, max_retries=0, max_retry_after=3.0, deadline=5.0, max_response_bytes=12345
    )
    settings = changed.settings if hasattr(changed, "settings") else changed._current_settings()
    assert settings.timeout == httpx2.Timeout(7.0)
    assert settings.max_retries == 0
    assert settings.max_retry_after == 3.0
    assert settings.deadline == 5.0
    assert settings.max_response_bytes == 12345
    # A second call changes only what it names and keeps the rest.
    again = changed.with_options(max_retries=1)
    settings = again.settings if hasattr(again, "settings") else again._current_settings()
    assert (settings.max_retries, settings.deadline, settings.max_response_bytes) == (1, 5.0, 12345)
