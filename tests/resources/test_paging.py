"""Every pager ends: a page cap, a progress check, and an empty page ends the list.

A server whose next link changes forever (new page numbers, offsets, cursors or links) while
it repeats its items, or that sends new items forever, must not keep a caller paging without
end: both end in ``InvalidResponseError``.
"""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx2
import pytest

import smartcar
from smartcar import _http, paging
from smartcar.paging import DEFAULT_MAX_PAGES, AsyncPaged, Listing, Paged, PageStep
from smartcar.testing import (
    DEFAULT_CLIENT_ID,
    DEFAULT_CLIENT_SECRET,
    Simulator,
    SimulatorTransport,
)
from tests.resources.test_app import Counting
from tests.resources.test_app import make_app as _app

Answer = Callable[[int], dict[str, Any]]


def _v3_list(path: str, answer: Answer) -> Callable[[httpx2.Request], httpx2.Response | None]:
    """A hook answering ``path`` with ``answer(page number)`` as a v3 page."""

    def hook(request: httpx2.Request) -> httpx2.Response | None:
        if request.url.path != path:
            return None
        return httpx2.Response(200, json=answer(int(request.url.params.get("page[number]", "1"))))

    return hook


def _connection(number: int) -> dict[str, Any]:
    return {
        "id": f"00000000-0000-4000-8000-{number:012d}",
        "type": "connection",
        "attributes": {"userId": "u", "vehicleId": "v"},
    }


def test_a_list_that_repeats_its_items_under_new_page_numbers_ends() -> None:
    # The attack: the next link changes forever, the items never do.
    def forever(number: int) -> dict[str, Any]:
        return {"data": [_connection(1)], "links": {"next": f"/connections?page={number + 1}"}}

    transport = Counting(Simulator(), _v3_list("/v3/connections", forever))
    with pytest.raises(smartcar.InvalidResponseError, match="repeats items"):
        list(_app(transport).connections())
    assert transport.count("/v3/connections") == 2


def test_a_list_of_new_items_forever_ends_at_the_page_cap() -> None:
    def forever(number: int) -> dict[str, Any]:
        return {"data": [_connection(number)], "links": {"next": f"/c?page={number + 1}"}}

    transport = Counting(Simulator(), _v3_list("/v3/connections", forever))
    pages = _app(transport).connections().with_max_pages(5)
    seen: list[Any] = []
    with pytest.raises(smartcar.InvalidResponseError, match="after 5 pages"):
        seen.extend(pages)
    assert len(seen) == 5
    assert transport.count("/v3/connections") == 5


def test_a_list_that_ends_at_the_cap_is_complete_without_an_error() -> None:
    def three(number: int) -> dict[str, Any]:
        following = f"/c?page={number + 1}" if number < 3 else None
        return {"data": [_connection(number)], "links": {"next": following}}

    transport = Counting(Simulator(), _v3_list("/v3/connections", three))
    assert len(list(_app(transport).connections().with_max_pages(3))) == 3


def test_an_empty_page_with_a_next_link_ends_the_list() -> None:
    def empty(number: int) -> dict[str, Any]:
        return {"data": [], "links": {"next": f"/connections?page={number + 1}"}}

    transport = Counting(Simulator(), _v3_list("/v3/connections", empty))
    assert list(_app(transport).connections()) == []
    assert transport.count("/v3/connections") == 1


def test_a_v2_list_that_repeats_one_item_with_a_huge_count_ends() -> None:
    requests: list[httpx2.Request] = []

    def same(request: httpx2.Request) -> httpx2.Response:
        requests.append(request)
        offset = int(request.url.params.get("offset", "0"))
        paged = {"count": 10**9, "offset": offset}
        return httpx2.Response(200, json={"permissions": ["read_vin"], "paging": paged})

    car = smartcar.Vehicle("v", "token", transport=httpx2.MockTransport(same))
    with pytest.raises(smartcar.InvalidResponseError, match="repeats items"):
        list(paging.permissions(car))
    assert len(requests) == 2


class _Page:
    """A stand-in endpoint: ``GET /page?n=<cursor>``."""

    def __init__(self, cursor: int) -> None:
        self.cursor = cursor

    def build_request_kwargs(self) -> dict[str, Any]:
        return {"method": "get", "url": "/page", "params": {"n": self.cursor}}


def _endless(new_items: bool) -> Listing[int]:
    # Each page holds one item (a new one, or always 0) and points to the next page.
    def fetch(cursor: Any) -> _http.Operation[Any]:
        return _http.Operation(_Page(cursor), {}, "api", lambda response: response.json())

    def step(result: Any) -> PageStep[int]:
        return PageStep((result["item"],), result["next"])

    return Listing(fetch, step, first=0)


def _pages_served(new_items: bool, served: list[int]) -> httpx2.MockTransport:
    def answer(request: httpx2.Request) -> httpx2.Response:
        number = int(request.url.params["n"])
        served.append(number)
        return httpx2.Response(200, json={"item": number if new_items else 0, "next": number + 1})

    return httpx2.MockTransport(answer)


@pytest.mark.parametrize("new_items", [True, False])
def test_the_default_cap_holds_sync_and_async(new_items: bool) -> None:
    served: list[int] = []
    runner = smartcar.Vehicle("v", "token", transport=_pages_served(new_items, served))
    with pytest.raises(smartcar.InvalidResponseError):
        list(Paged(runner, _endless(new_items)))
    assert len(served) == (DEFAULT_MAX_PAGES if new_items else 2)

    async def walk() -> None:
        transport = _pages_served(new_items, served_async)
        async with smartcar.AsyncVehicle("v", "token", transport=transport) as runner:
            async for _ in AsyncPaged(runner, _endless(new_items)):
                pass

    served_async: list[int] = []
    with pytest.raises(smartcar.InvalidResponseError):
        asyncio.run(walk())
    assert len(served_async) == (DEFAULT_MAX_PAGES if new_items else 2)


@pytest.mark.parametrize("bad", [0, -1, 1.5, True, None])
def test_the_page_cap_must_be_a_positive_int(bad: Any) -> None:
    with pytest.raises(smartcar.InvalidInputError, match="max_pages"):
        dataclasses.replace(_endless(True), max_pages=bad)


def test_the_cli_vehicle_list_ends_when_the_api_repeats_one_vehicle(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from smartcar.cli import main
    from tests.cli.test_cli import TESLA, store_tokens

    sim = Simulator()
    token_file = tmp_path / "tokens.json"
    store_tokens(sim, token_file)
    inner = SimulatorTransport(sim)
    asked: list[httpx2.Request] = []

    def route(request: httpx2.Request) -> httpx2.Response:
        if request.url.path != "/v2.0/vehicles":
            return inner.handle_request(request)
        asked.append(request)
        offset = int(request.url.params.get("offset", "0"))
        paged = {"count": 10**9, "offset": offset}
        return httpx2.Response(200, json={"vehicles": [TESLA], "paging": paged})

    monkeypatch.setenv("SMARTCAR_CLIENT_ID", DEFAULT_CLIENT_ID)
    monkeypatch.setenv("SMARTCAR_CLIENT_SECRET", DEFAULT_CLIENT_SECRET)
    _http.set_transport_override(httpx2.MockTransport(route))
    try:
        code = main(["--token-file", str(token_file), "vehicles"])
    finally:
        _http.set_transport_override(None)
    assert code == 1
    assert "repeats items" in capsys.readouterr().err
    assert len(asked) == 2
