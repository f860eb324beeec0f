"""Edges that hand mutation testing found untested: each test fails on the mutant it names.

Every mutant here left the whole suite passing: dropping the empty-page stop of the pager,
waiting the server's ``Retry-After`` uncapped between pages, an off-by-one in the path segment
limit, reading a v3 error document's last error instead of its first, a ``_replace`` that loses
a model's extra JSON members, a fleet without its concurrency bound, and a CLI that compares
only some of the token-bearing origins before it sends stored tokens.

The later sections kill survivors of ``make mutate`` (see MUTATION.md) in the drivers, the
engine and ``Vehicle``: each test states the behaviour the mutant broke, sync and async alike.
"""

from __future__ import annotations

import asyncio
import gzip
import inspect
import json
import logging
import threading
import time
import traceback
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs

import httpx2
import pytest

import smartcar
from smartcar import fleet, paging
from smartcar._core.errors import error_from_response
from smartcar.cli import main
from smartcar.cli._store import TokenStore
from smartcar.testing import Simulator, SimulatorTransport

# What BaseVehicle's one-line reads and commands are made of, taken from the module whose class
# body uses them. `types` stays a name for type checkers only, as in smartcar/vehicle.py: a read's
# first use must find it by itself to check the line's annotation against the spec.
from smartcar.vehicle import _command, _read, operation

# clean_env: the CLI tests' fixture (autouse there and here): no real origins, tokens or $HOME.
from tests._helpers import allow_loopback
from tests._helpers import raised as _raised
from tests.cli.test_cli import TESLA, Listener, clean_env, store_tokens  # noqa: F401
from tests.resources.test_app import Counting, _paged_hook, make_app, make_async_app

if TYPE_CHECKING:
    from smartcar import types

Hook = Callable[[httpx2.Request], httpx2.Response | None]

# -- an empty page ends the list, whatever its next link says -------------------------------------


def _webhook(number: int) -> dict[str, Any]:
    return {"id": f"00000000-0000-4000-8000-{number:012d}", "type": "webhook"}


def _empty_second_page(request: httpx2.Request) -> httpx2.Response | None:
    # Page 1 holds two webhooks, page 2 none but a next link, page 3 (never asked for) one more.
    if request.url.path != "/v3/webhooks":
        return None
    number = int(request.url.params.get("page[number]", "1"))
    data = {1: [_webhook(1), _webhook(2)], 2: [], 3: [_webhook(3)]}[number]
    following = f"/webhooks?page[number]={number + 1}" if number < 3 else None
    body = {"data": data, "links": {"next": following}}
    return httpx2.Response(200, json=body)


def test_an_empty_page_with_a_next_link_ends_the_list_sync() -> None:
    transport = Counting(Simulator(), _empty_second_page)
    ids = [webhook.id for webhook in make_app(transport).webhooks()]
    assert [str(i) for i in ids] == [_webhook(1)["id"], _webhook(2)["id"]]
    assert transport.count("/v3/webhooks") == 2  # page 3 is never requested


def test_an_empty_page_with_a_next_link_ends_the_list_async() -> None:
    transport = Counting(Simulator(), _empty_second_page)

    async def main() -> list[Any]:
        return [webhook.id async for webhook in make_async_app(transport).webhooks()]

    assert [str(i) for i in asyncio.run(main())] == [_webhook(1)["id"], _webhook(2)["id"]]
    assert transport.count("/v3/webhooks") == 2


def test_an_empty_cursor_page_ends_the_management_list() -> None:
    cursors: list[str | None] = []

    def answer(request: httpx2.Request) -> httpx2.Response:
        cursor = request.url.params.get("cursor")
        cursors.append(cursor)
        connection = {"vehicleId": "v1", "userId": "u1", "connectedAt": "2026-01-01T00:00:00Z"}
        # The first page has one connection, the second none but a cursor, the third (never
        # asked for) another connection and no cursor.
        items = [] if len(cursors) == 2 else [connection]
        following = f"after-{len(cursors)}" if len(cursors) < 3 else None
        body = {"connections": items, "paging": {"cursor": following}}
        return httpx2.Response(200, json=body)

    smartcar._http.set_transport_override(httpx2.MockTransport(answer))
    try:
        connections = list(paging.management_connections("amt"))
    finally:
        smartcar._http.set_transport_override(None)
    assert [c.vehicle_id for c in connections] == ["v1"]
    assert cursors == [None, "after-1"]


# -- Retry-After between pages is capped --------------------------------------------------------


def test_a_long_retry_after_between_pages_waits_the_cap_sync(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    waits: list[float] = []
    monkeypatch.setattr(time, "sleep", waits.append)
    webhooks = list(make_app(Counting(Simulator(), _paged_hook(2, "3600"))).webhooks())
    assert len(webhooks) == 2
    assert waits == [smartcar._http.DEFAULT_MAX_RETRY_AFTER] == [60.0]


def test_a_long_retry_after_between_pages_waits_the_cap_async(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    waits: list[float] = []

    async def record(seconds: float) -> None:
        waits.append(seconds)

    monkeypatch.setattr(asyncio, "sleep", record)
    app = make_async_app(Counting(Simulator(), _paged_hook(3, "3600")), max_retry_after=5)

    async def main() -> int:
        return len([w async for w in app.webhooks()])

    assert asyncio.run(main()) == 3
    assert waits == [5.0, 5.0]  # the caller's own cap, between pages only


# -- the longest path segment ---------------------------------------------------------------------


def _recorder() -> tuple[list[httpx2.Request], httpx2.MockTransport]:
    seen: list[httpx2.Request] = []

    def answer(request: httpx2.Request) -> httpx2.Response:
        seen.append(request)
        # Enough for each call below: an odometer and a webhook subscription.
        body = {"distance": 1.5, "webhookId": "w", "vehicleId": "v"}
        return httpx2.Response(200, json=body)

    return seen, httpx2.MockTransport(answer)


def test_a_256_character_vehicle_id_is_sent_and_257_refused() -> None:
    seen, transport = _recorder()
    longest = "v" * 256
    assert smartcar.Vehicle(longest, "token", transport=transport).odometer().distance == 1.5
    assert seen[0].url.path == f"/v2.0/vehicles/{longest}/odometer"
    with pytest.raises(smartcar.InvalidInputError, match="257 characters long; the most is 256"):
        smartcar.Vehicle(longest + "v", "token", transport=transport)
    vehicle = smartcar.Vehicle("v", "token", transport=transport)
    vehicle.vehicle_id = longest + "v"  # the check of each request, not only the constructor's
    with pytest.raises(smartcar.InvalidInputError, match="257 characters"):
        vehicle.odometer()
    assert len(seen) == 1


def test_a_256_character_segment_passes_in_every_checked_place() -> None:
    seen, transport = _recorder()
    vehicle = smartcar.Vehicle("v", "token", transport=transport)
    # A segment that is not plain (a '.' inside) takes the slower path of the check.
    longest = "a." + "b" * 254
    vehicle.request("GET", f"tesla/{longest}")
    vehicle.subscribe(longest)
    assert [r.url.path.rsplit("/", 1)[1] for r in seen] == [longest, longest]
    for call in (
        lambda: vehicle.request("GET", f"tesla/{longest}b"),
        lambda: vehicle.subscribe(longest + "b"),
    ):
        with pytest.raises(smartcar.InvalidInputError, match="257 characters"):
            call()
    assert len(seen) == 2


# -- a v3 error document: the first error speaks --------------------------------------------------

TWO_ERRORS = {
    "errors": [
        {
            "status": "429",
            "type": "RATE_LIMIT",
            "code": "VEHICLE",
            "title": "Too many requests",
            "detail": "This vehicle was asked too often.",
        },
        {
            "status": "500",
            "type": "SERVER",
            "code": "INTERNAL",
            "title": "Server error",
            "detail": "Something else went wrong.",
        },
    ]
}


def _assert_first_error(error: smartcar.SmartcarException) -> None:
    assert isinstance(error, smartcar.RateLimitError)
    assert (error.type, error.code) == ("RATE_LIMIT", "VEHICLE")
    assert error.description == "This vehicle was asked too often."
    assert error.status_code == 429
    # Both errors are kept, as they came.
    assert [e["code"] for e in error.detail] == ["VEHICLE", "INTERNAL"]


def test_a_v3_error_document_is_read_from_its_first_error() -> None:
    _assert_first_error(error_from_response(429, {}, TWO_ERRORS))


def test_a_v3_call_answered_with_two_errors_raises_the_first() -> None:
    def answer(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(429, json=TWO_ERRORS, headers={"SC-Request-Id": "req-2"})

    vehicle = smartcar.Vehicle("v", "token", transport=httpx2.MockTransport(answer), max_retries=0)
    with pytest.raises(smartcar.RateLimitError) as caught:
        vehicle.get_signal("odometer-traveleddistance")
    _assert_first_error(caught.value)
    assert caught.value.request_id == "req-2"


# -- _replace keeps what it was not asked to change -----------------------------------------------


def test_replace_keeps_extra_members_and_meta() -> None:
    def answer(request: httpx2.Request) -> httpx2.Response:
        body = {"distance": 1.5, "odometerSource": "dash"}
        return httpx2.Response(200, json=body, headers={"SC-Request-Id": "req-3"})

    odometer = smartcar.Vehicle("v", "token", transport=httpx2.MockTransport(answer)).odometer()
    replaced = odometer._replace(distance=2.5)
    assert replaced.distance == 2.5 and odometer.distance == 1.5
    assert replaced.additional_properties == {"odometerSource": "dash"}
    assert replaced["odometerSource"] == "dash"
    assert replaced.meta.request_id == "req-3"
    with pytest.raises(ValueError, match="unexpected field"):
        odometer._replace(odometerSource="x")


# -- the fleet's concurrency bound, without timing ------------------------------------------------


class HeldTransport(httpx2.BaseTransport):
    """Holds every request until the test releases it; records how many were held at once."""

    def __init__(self, sim: Simulator) -> None:
        self.inner = SimulatorTransport(sim)
        self.changed = threading.Condition()
        self.opened = False
        self.held: list[threading.Event] = []
        self.finished = 0
        self.finished_when_started: list[int] = []

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        release = threading.Event()
        with self.changed:
            if self.opened:
                release.set()
            self.held.append(release)
            self.finished_when_started.append(self.finished)
            self.changed.notify_all()
        release.wait()
        try:
            return self.inner.handle_request(request)
        finally:
            with self.changed:
                self.finished += 1
                self.changed.notify_all()

    def open(self) -> None:
        """Release every request, held or still to come."""
        with self.changed:
            self.opened = True
            for release in self.held:
                release.set()

    def wait_for(self, condition: Callable[[], bool]) -> None:
        # No time limit of its own: the test's timeout ends a run that never gets there.
        with self.changed:
            self.changed.wait_for(condition)


@pytest.mark.timeout(60)
def test_the_thread_pool_starts_no_more_than_max_workers_requests(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sim = Simulator()
    three = sim.vehicle_ids[:3]  # one vehicle more than the workers
    token = str(sim.issue_token()["access_token"])
    transport = HeldTransport(sim)
    submitted = threading.Event()
    real_as_completed = fleet.as_completed

    def as_completed(futures: Any) -> Any:
        # Reached once every vehicle is submitted: the pool has all the threads it will have.
        submitted.set()
        return real_as_completed(futures)

    monkeypatch.setattr(fleet, "as_completed", as_completed)
    before = set(threading.enumerate())
    results: list[fleet.FleetResult] = []
    with httpx2.Client(transport=transport) as client:
        runner = threading.Thread(
            target=lambda: results.extend(
                smartcar.read_fleet(
                    [(vid, token) for vid in three],
                    "odometer",
                    max_workers=2,
                    http_client=client,
                )
            )
        )
        runner.start()
        try:
            submitted.wait()
            workers = [t for t in threading.enumerate() if t not in before and t is not runner]
            # Every worker thread there is has sent its request and is held: nothing else runs.
            transport.wait_for(lambda: len(transport.held) >= len(workers))
            assert len(transport.held) == 2
            transport.held[0].set()
            # The third request starts only once one of the first two has finished.
            transport.wait_for(lambda: len(transport.held) == 3)
        finally:
            transport.open()  # a failed check must not leave the pool's threads held
            runner.join()
    assert transport.finished_when_started == [0, 0, 1]
    assert [r.ok for r in results] == [True, True, True]


class AsyncHeldTransport(httpx2.AsyncBaseTransport):
    """The asyncio twin of :class:`HeldTransport`."""

    def __init__(self, sim: Simulator) -> None:
        self.inner = SimulatorTransport(sim)
        self.opened = False
        self.held: list[asyncio.Event] = []
        self.finished = 0
        self.finished_when_started: list[int] = []

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        release = asyncio.Event()
        if self.opened:
            release.set()
        self.held.append(release)
        self.finished_when_started.append(self.finished)
        await release.wait()
        try:
            return await self.inner.handle_async_request(request)
        finally:
            self.finished += 1

    def open(self) -> None:
        """Release every request, held or still to come."""
        self.opened = True
        for release in self.held:
            release.set()


async def _turns(count: int) -> None:
    # Without I/O or timers, the event loop runs every ready task once per turn, in order.
    for _ in range(count):
        await asyncio.sleep(0)


@pytest.mark.timeout(60)
def test_the_async_fleet_starts_no_more_than_concurrency_requests() -> None:
    sim = Simulator()
    three = sim.vehicle_ids[:3]
    token = str(sim.issue_token()["access_token"])

    async def main() -> list[fleet.FleetResult]:
        transport = AsyncHeldTransport(sim)
        async with httpx2.AsyncClient(transport=transport) as client:
            run = asyncio.ensure_future(
                smartcar.aread_fleet(
                    [(vid, token) for vid in three],
                    "odometer",
                    concurrency=2,
                    http_client=client,
                )
            )
            try:
                while len(transport.held) < 2:
                    await _turns(1)
                # Tasks started together reach the transport in the same turn; a third one
                # that the semaphore let through would be here long before these turns end.
                await _turns(200)
                assert len(transport.held) == 2
                transport.held[0].set()
                while len(transport.held) < 3:
                    await _turns(1)
            finally:
                transport.open()
                results = await run
        assert transport.finished_when_started == [0, 0, 1]
        return results

    assert [r.ok for r in asyncio.run(main())] == [True, True, True]


# -- stored tokens and the v3 origin --------------------------------------------------------------


@allow_loopback
@pytest.mark.parametrize("read", ["signals", "odometer"])
def test_the_cli_keeps_stored_tokens_from_another_v3_origin(
    read: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    token_file = tmp_path / "tokens.json"
    # Tokens from a login against Smartcar; only the v3 origin now points elsewhere.
    access = store_tokens(Simulator(), token_file)
    listener = Listener()
    try:
        monkeypatch.setenv("SMARTCAR_VEHICLE_API_V3_ORIGIN", listener.url)
        code = main(["--token-file", str(token_file), "get", read, "--vehicle", TESLA])
        out, err = capsys.readouterr()
        assert listener.requests == []
    finally:
        listener.close()
    assert code == 2, err
    assert out == ""
    assert "refusing to send them" in err
    assert access.access_token not in err and access.refresh_token not in err
    # The file is left as it was: the same tokens load once the origin is Smartcar's again.
    monkeypatch.delenv("SMARTCAR_VEHICLE_API_V3_ORIGIN")
    stored = TokenStore(token_file).load()
    assert stored.access_token == access.access_token


# -- the drivers: what the sync and the async driver each hand the engine ------------------------

KINDS = pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])


def _read_with(
    is_async: bool, handler: Hook | Callable[[httpx2.Request], Any], **options: Any
) -> Any:
    """``odometer()`` of a vehicle whose requests ``handler`` answers, blocking or in asyncio."""
    transport = httpx2.MockTransport(handler)  # type: ignore[arg-type]
    if not is_async:
        return smartcar.Vehicle(
            "vehicle-1", "token-123456", transport=transport, **options
        ).odometer()

    async def main() -> Any:
        vehicle = smartcar.AsyncVehicle("vehicle-1", "token-123456", transport=transport, **options)
        return await vehicle.odometer()

    return asyncio.run(main())


@KINDS
@pytest.mark.parametrize("location", ["https://a:b:c/", "//[x]", "A:0"])
def test_a_location_httpx_cannot_parse_is_one_invalid_response(
    is_async: bool, location: str
) -> None:
    # Old httpx built the next request of a redirect it was not asked to follow, and raised
    # InvalidURL or RemoteProtocolError (which a read would retry) on such a Location; httpx2
    # hands the 302 over. Either way it is the server's malformed redirect, sent once.
    sent: list[httpx2.Request] = []

    def redirect(request: httpx2.Request) -> httpx2.Response:
        sent.append(request)
        return httpx2.Response(302, headers={"Location": location})

    error = _raised(lambda: _read_with(is_async, redirect, max_retries=2))
    assert isinstance(error, smartcar.InvalidResponseError)
    assert str(error).endswith("; not followed")
    assert error.status_code == 302
    assert len(sent) == 1


@KINDS
def test_a_callers_client_that_follows_redirects_is_not_followed(is_async: bool) -> None:
    sent: list[httpx2.Request] = []

    def redirect(request: httpx2.Request) -> httpx2.Response:
        sent.append(request)
        return httpx2.Response(302, headers={"Location": "https://api.smartcar.com/elsewhere"})

    transport = httpx2.MockTransport(redirect)
    if is_async:

        async def main() -> Any:
            async with httpx2.AsyncClient(transport=transport, follow_redirects=True) as client:
                return await smartcar.AsyncVehicle(
                    "vehicle-1", "token-123456", http_client=client
                ).odometer()

        error = _raised(lambda: asyncio.run(main()))
    else:
        with httpx2.Client(transport=transport, follow_redirects=True) as client:
            error = _raised(
                smartcar.Vehicle("vehicle-1", "token-123456", http_client=client).odometer
            )
    assert str(error).startswith("Unexpected redirect (HTTP 302)")
    assert [r.url.path for r in sent] == ["/v2.0/vehicles/vehicle-1/odometer"]


@KINDS
def test_a_body_the_transport_already_decoded_is_not_decoded_again(is_async: bool) -> None:
    # httpx2.MockTransport reads, and so decompresses, a body given as content.
    body = gzip.compress(b'{"distance": 12.5}')
    answer = httpx2.Response(200, content=body, headers={"Content-Encoding": "gzip"})
    assert _read_with(is_async, lambda request: answer).distance == 12.5


class _Chunks(httpx2.SyncByteStream, httpx2.AsyncByteStream):
    """A body of ``count`` 64 KiB chunks (or ``body`` whole), as a network stream hands it over.

    Counts how many chunks were pulled; with ``fail``, the read after the first one fails.
    """

    def __init__(self, count: int, fail: bool = False, body: bytes | None = None) -> None:
        self.count = 1 if body is not None else count
        self.fail = fail
        self.body = body
        self.pulled = 0

    def _next(self) -> bytes:
        self.pulled += 1
        if self.fail and self.pulled > 1:
            raise httpx2.ReadError("connection reset mid-body")
        if self.body is not None:
            return self.body
        return b"{" + b" " * (64 * 1024 - 1) if self.pulled == 1 else b" " * 64 * 1024

    def __iter__(self) -> Iterator[bytes]:
        for _ in range(self.count):
            yield self._next()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for _ in range(self.count):
            yield self._next()


@KINDS
def test_a_body_over_the_cap_is_not_read_past_it(is_async: bool) -> None:
    stream = _Chunks(20)
    error = _raised(
        lambda: _read_with(
            is_async, lambda request: httpx2.Response(200, stream=stream), max_response_bytes=1000
        )
    )
    assert isinstance(error, smartcar.InvalidResponseError)
    assert str(error).startswith("Response too large")
    assert stream.pulled == 1  # the first chunk is over the cap: nothing more is read


@KINDS
def test_a_body_cut_short_by_the_network_is_a_network_error(is_async: bool) -> None:
    streams: list[_Chunks] = []

    def cut(request: httpx2.Request) -> httpx2.Response:
        streams.append(_Chunks(3, fail=True))
        return httpx2.Response(200, stream=streams[-1])

    error = _raised(lambda: _read_with(is_async, cut, max_retries=1))
    # Not the first chunk taken for the whole body (which is no JSON): the read failed, and
    # was retried as a failed read is.
    assert isinstance(error, smartcar.NetworkError)
    assert "ReadError" in str(error) + str(error.__cause__)
    assert len(streams) == 2


@KINDS
def test_a_misused_clients_error_is_quoted_to_200_characters(is_async: bool) -> None:
    said = "r" * 300

    def broken(request: httpx2.Request) -> httpx2.Response:
        raise RuntimeError(said)

    error = _raised(lambda: _read_with(is_async, broken))
    assert isinstance(error, smartcar.ConfigurationError)
    assert f"({'r' * 200}). A client must be open" in str(error)
    assert "r" * 201 not in str(error) + str(error.__cause__)
    assert str(error).endswith(
        "event loop it was first used in: create one per loop, or pass none and let the SDK "
        "keep a pool per loop"
    )


@KINDS
@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
def test_the_http_librarys_logs_of_a_send_never_show_its_token(
    is_async: bool, caplog: pytest.LogCaptureFixture
) -> None:
    from tests._loopback import Loopback

    token = "tok3n-echoed-bare-4f1c"

    def echo(handler: Any, stop: Any) -> None:
        # The token alone, without "Bearer": only the request being sent says it is one.
        handler.send_response(200)
        handler.send_header("X-Echo", token)
        handler.send_header("Content-Length", "2")
        handler.end_headers()
        handler.wfile.write(b"{}")

    server = Loopback(echo)
    caplog.set_level(logging.DEBUG)
    try:
        if is_async:

            async def main() -> Any:
                vehicle = smartcar.AsyncVehicle("vehicle-1", token, origins=server.origins)
                return await vehicle.odometer()

            asyncio.run(main())
        else:
            smartcar.Vehicle("vehicle-1", token, origins=server.origins).odometer()
    finally:
        server.close()
    headers = [
        r.getMessage()
        for r in caplog.records
        if "receive_response_headers.complete" in r.getMessage()
    ]
    assert headers and all("(b'X-Echo', b'[REDACTED]')" in text for text in headers)
    assert [r.getMessage() for r in caplog.records if token in r.getMessage()] == []


# -- Vehicle ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("vehicle_id", "shown"),
    [("../up", "Vehicle(vehicle_id=None, "), ("vehicle-1", "Vehicle(vehicle_id='vehicle-1', ")],
)
def test_a_vehicle_whose_init_failed_still_has_a_repr(vehicle_id: str, shown: str) -> None:
    # Error reporters show the repr of every local of a traceback, `self` of a half-built
    # vehicle included: it must print, not raise.
    with pytest.raises(smartcar.InvalidInputError) as caught:
        smartcar.Vehicle(vehicle_id, "")  # the id is checked first, then the token
    frames = traceback.TracebackException.from_exception(caught.value, capture_locals=True)
    selves = [f.locals["self"] for f in frames.stack if f.locals and "self" in f.locals]
    assert f"{shown}unit_system=None, version=None)" in selves


def test_v2_feature_flags_are_never_sent_to_the_v3_api() -> None:
    sent: list[httpx2.Request] = []

    def answer(request: httpx2.Request) -> httpx2.Response:
        sent.append(request)
        return httpx2.Response(200, json={"data": [], "meta": {}, "links": {}})

    vehicle = smartcar.Vehicle(
        "vehicle-1",
        "token-123456",
        {"flags": {"country": "DE"}},
        transport=httpx2.MockTransport(answer),
    )
    vehicle.get_signals()
    assert [dict(r.url.params) for r in sent] == [{}]


# BaseVehicle's one-line reads and commands are made while smartcar is imported, and resolved
# against the spec on first use, before mutmut forks: these tests declare them anew, as
# `make regen` writes them, so that making and resolving them runs inside the test.


def _declared_anew(base: type[Any] = smartcar.Vehicle) -> type[Any]:
    class Fresh(base):  # type: ignore[misc,valid-type]
        odometer: operation[[], types.Odometer] = _read("get_odometer")
        info: operation[[], types.Attributes] = _read("get_vehicle_attributes", doc="Alias.")
        lock: operation[[], types.Action] = _command("control_security", "Lock it.", action="LOCK")

    return Fresh


_ANSWERS: dict[str, dict[str, Any]] = {
    "/v2.0/vehicles/vehicle-1/odometer": {"distance": 104.5},
    "/v2.0/vehicles/vehicle-1": {"id": "vehicle-1", "make": "TESLA", "model": "3", "year": 2020},
    "/v2.0/vehicles/vehicle-1/security": {"status": "success", "message": "Locked"},
}


def _answer_by_path(sent: list[httpx2.Request]) -> httpx2.MockTransport:
    def answer(request: httpx2.Request) -> httpx2.Response:
        sent.append(request)
        return httpx2.Response(200, json=_ANSWERS[request.url.path])

    return httpx2.MockTransport(answer)


@KINDS
def test_a_read_and_a_command_declared_anew_send_their_request_and_type_the_result(
    is_async: bool,
) -> None:
    sent: list[httpx2.Request] = []
    if is_async:

        async def main() -> list[Any]:
            v = _declared_anew(smartcar.AsyncVehicle)(
                "vehicle-1", "token-123456", transport=_answer_by_path(sent)
            )
            return [await v.odometer(), await v.info(), await v.lock()]

        odometer, info, lock = asyncio.run(main())
    else:
        v = _declared_anew()("vehicle-1", "token-123456", transport=_answer_by_path(sent))
        odometer, info, lock = v.odometer(), v.info(), v.lock()
    assert isinstance(odometer, smartcar.types.Odometer) and odometer.distance == 104.5
    assert isinstance(info, smartcar.types.Attributes) and (info.make, info.year) == ("TESLA", 2020)
    assert isinstance(lock, smartcar.types.Action) and (lock.status, lock.message) == (
        "success",
        "Locked",
    )
    assert [(r.method, r.url.path) for r in sent] == [
        ("GET", "/v2.0/vehicles/vehicle-1/odometer"),
        ("GET", "/v2.0/vehicles/vehicle-1"),
        ("POST", "/v2.0/vehicles/vehicle-1/security"),
    ]
    assert [r.content for r in sent[:2]] == [b"", b""]
    assert json.loads(sent[2].content) == {"action": "LOCK"}


def test_a_read_declared_anew_is_named_and_documented_from_its_first_use() -> None:
    fresh = _declared_anew()
    vehicle = fresh("vehicle-1", "token-123456", transport=_answer_by_path([]))
    odometer = vehicle.odometer  # the first use is on an instance, not the class attribute
    assert odometer.__doc__ == smartcar.Vehicle.odometer.__doc__
    assert odometer.__doc__ and "odometer" in odometer.__doc__.lower()
    assert (odometer.__name__, odometer.__qualname__) == ("odometer", "Fresh.odometer")
    assert str(inspect.signature(odometer)) == "() -> smartcar.types.Odometer"
    assert str(inspect.signature(fresh.info)) == "(self) -> smartcar.types.Attributes"
    assert (fresh.info.__doc__, vehicle.lock.__doc__) == ("Alias.", "Lock it.")


def test_a_read_whose_line_names_another_result_than_the_spec_fails_on_first_use() -> None:
    sent: list[httpx2.Request] = []

    class Mistyped(smartcar.Vehicle):
        # The annotation is read in the names of the class's own module (here `smartcar`).
        odometer: operation[[], smartcar.types.Location] = _read("get_odometer")

    vehicle = Mistyped("vehicle-1", "token-123456", transport=_answer_by_path(sent))
    with pytest.raises(TypeError) as caught:
        vehicle.odometer()
    assert str(caught.value) == (
        f"get_odometer returns {smartcar.types.Odometer}, not {smartcar.types.Location}"
    )
    assert sent == []


# -- the engine: reading, decoding and describing a response --------------------------------------


def _streamed(body: bytes, headers: dict[str, str]) -> Callable[[httpx2.Request], httpx2.Response]:
    """Answers with ``body`` as a network stream hands it over: raw, still encoded."""

    def answer(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(200, stream=_Chunks(1, body=body), headers=headers)

    return answer


@KINDS
def test_a_compressed_body_off_the_network_is_decoded(is_async: bool) -> None:
    body = gzip.compress(b'{"distance": 7.25}')
    answer = _streamed(body, {"Content-Encoding": "gzip"})
    assert _read_with(is_async, answer).distance == 7.25


@KINDS
def test_an_unknown_content_encoding_is_named(is_async: bool) -> None:
    answer = _streamed(b"{}", {"Content-Encoding": "zz"})
    error = _raised(lambda: _read_with(is_async, answer, max_retries=0))
    assert isinstance(error, smartcar.InvalidResponseError)
    assert str(error).endswith("DecodingError: unsupported Content-Encoding 'zz'")
    assert str(error).startswith("Invalid response: GET https://api.smartcar.com/v2.0/")


@KINDS
def test_a_declared_length_over_the_cap_is_refused_unread_and_at_the_cap_read(
    is_async: bool,
) -> None:
    body = b'{"distance": 3.5}' + b" " * 83  # 100 bytes
    streams: list[_Chunks] = []

    def answer(request: httpx2.Request) -> httpx2.Response:
        streams.append(_Chunks(1, body=body))
        headers = {"Content-Length": "100", "SC-Request-Id": "req-big"}
        return httpx2.Response(200, stream=streams[-1], headers=headers)

    assert _read_with(is_async, answer, max_response_bytes=100).distance == 3.5
    error = _raised(lambda: _read_with(is_async, answer, max_response_bytes=99))
    assert isinstance(error, smartcar.InvalidResponseError)
    assert "sent Content-Length 100, over the 99-byte limit" in str(error)
    assert streams[-1].pulled == 0  # refused on the header alone
    # The evidence kept: the headers, and no body, since none was read.
    assert error.headers is not None and error.headers["Content-Length"] == "100"
    assert error.body is None
    assert str(error.__cause__) == "HTTP response: HTTP 200, SC-Request-Id req-big"


def test_a_body_that_is_no_json_is_described_without_quoting_it() -> None:
    answer = httpx2.Response(200, content=b"not json", headers={"SC-Request-Id": "req-9"})
    error = _raised(lambda: _read_with(False, lambda request: answer))
    assert isinstance(error, smartcar.InvalidResponseError)
    assert str(error).endswith("(HTTP 200): JSONDecodeError: Expecting value at position 0")
    assert str(error.__cause__) == "json.decoder.JSONDecodeError: Expecting value at position 0"
    assert error.request_id == "req-9" and error.body == "not json"


def test_a_call_past_its_deadline_names_the_request_and_the_deadline() -> None:
    def slow(request: httpx2.Request) -> httpx2.Response:
        time.sleep(0.3)  # a transport the network layer cannot cut short
        return httpx2.Response(200, json={"distance": 1.0})

    error = _raised(lambda: _read_with(False, slow, deadline=0.1))
    assert isinstance(error, smartcar.RequestTimeoutError)
    assert str(error) == (
        "Request timed out: GET https://api.smartcar.com/v2.0/vehicles/vehicle-1/odometer did "
        "not complete within the call's 0.1 s deadline (the deadline option, or that of the "
        "call it was made for)"
    )


# -- the token endpoint: the request sent and the answer read --------------------------------------


def _token_endpoint(
    answer: dict[str, Any], status: int = 200
) -> tuple[list[httpx2.Request], httpx2.MockTransport]:
    sent: list[httpx2.Request] = []

    def handle(request: httpx2.Request) -> httpx2.Response:
        sent.append(request)
        return httpx2.Response(status, json=answer)

    return sent, httpx2.MockTransport(handle)


def test_tokens_of_every_printable_ascii_character_are_taken_with_the_request_sent() -> None:
    # "!" and "~" are the first and last printable ASCII characters.
    answer = {"access_token": "!a~", "token_type": "Bearer", "expires_in": 3600}
    sent, transport = _token_endpoint({**answer, "refresh_token": "~r!"})
    client = smartcar.AuthClient("id", "secret", transport=transport)
    access = client.exchange_refresh_token("old-refresh")
    assert (access.access_token, access.refresh_token, access.expires_in) == ("!a~", "~r!", 3600)
    (request,) = sent
    assert (request.method, request.url.path) == ("POST", "/oauth/token")
    assert request.headers["Authorization"] == "Basic aWQ6c2VjcmV0"  # id:secret
    assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert parse_qs(request.content.decode()) == {
        "grant_type": ["refresh_token"],
        "refresh_token": ["old-refresh"],
    }


def test_a_token_response_without_whole_seconds_is_an_invalid_response() -> None:
    answer = {"access_token": "a", "token_type": "Bearer", "expires_in": "x", "refresh_token": "r"}
    client = smartcar.AuthClient("id", "secret", transport=_token_endpoint(answer)[1])
    with pytest.raises(smartcar.InvalidResponseError) as caught:
        client.exchange_refresh_token("old-refresh")
    assert caught.value.message == (
        "Invalid response body for POST /oauth/token (HTTP 200): ValueError: expires_in is not "
        "a whole number of seconds >= 0"
    )


def test_a_refused_application_id_gets_the_hint_without_a_shape_warning() -> None:
    answer = {"error": "invalid_client", "error_description": "Invalid client credentials."}
    client = smartcar.AuthClient(
        "6b9c1b8e-1f7a-4c8e-9a4e-2f1d3c4b5a69", "wrong", transport=_token_endpoint(answer, 401)[1]
    )
    with pytest.raises(smartcar.OAuthError) as caught:
        client.exchange_refresh_token("old-refresh")
    assert caught.value.message == (
        "Invalid client credentials. Check AuthClient's client_id and client_secret: the "
        "Application ID (a UUID) and the client secret of your application in the Smartcar "
        "Dashboard."
    )


# -- the single-flight protocol -------------------------------------------------------------------


def test_a_token_found_fresh_under_the_lock_is_returned_without_a_renewal() -> None:
    # Another caller's renewal may land between a caller's first look and its taking the lock.
    from smartcar.tokens import SingleFlight

    class Racing(SingleFlight):
        def __init__(self, runner: object) -> None:
            super().__init__(runner)
            self.looks = [False, False, True]  # stale twice, then fresh under the lock
            self.renewals = 0

        def _fresh(self, stale: Any) -> bool:
            return self.looks.pop(0) if self.looks else True

        def _current_token(self) -> str:
            return "fresh-token"

        def _refresh(self) -> Iterator[Any]:
            self.renewals += 1
            yield from ()

    token = Racing(smartcar.AuthClient("id", "secret"))
    assert token.sync_token() == "fresh-token"
    assert token.renewals == 0 and token.looks == []
