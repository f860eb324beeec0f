"""Work done once per operation, not once per call: the parsed URL, the path check; and the
results built on that path stay the same, sync and async."""

from __future__ import annotations

import asyncio
from datetime import datetime

import httpx2
import pytest

import smartcar
from smartcar._http import request as request_module
from smartcar.types import Meta

HEADERS = {
    "SC-Request-Id": "rid-1",
    "sc-unit-system": "metric",
    "SC-Data-Age": "2024-01-02T03:04:05.000Z",
}


def _transport(seen: list[httpx2.Request]) -> httpx2.MockTransport:
    def handler(request: httpx2.Request) -> httpx2.Response:
        seen.append(request)
        return httpx2.Response(200, json={"distance": 104.5}, headers=HEADERS)

    return httpx2.MockTransport(handler)


def _check_result(result: smartcar.types.Odometer) -> None:
    assert result.distance == 104.5
    assert result.meta.request_id == "rid-1"
    assert result.meta.unit_system == "metric"
    assert result.meta.data_age == datetime.fromisoformat("2024-01-02T03:04:05+00:00")


def test_sync_reads_parse_the_url_once_and_keep_their_results() -> None:
    request_module._url.cache_clear()
    seen: list[httpx2.Request] = []
    vehicle = smartcar.Vehicle("v1", "tok", transport=_transport(seen))
    for _ in range(3):
        _check_result(vehicle.odometer())
    assert request_module._url.cache_info().misses == 1
    assert [str(r.url) for r in seen] == [str(seen[0].url)] * 3
    assert str(seen[0].url).endswith("/v2.0/vehicles/v1/odometer")


def test_async_reads_share_the_parsed_url_with_sync() -> None:
    request_module._url.cache_clear()
    seen: list[httpx2.Request] = []
    smartcar.Vehicle("v1", "tok", transport=_transport(seen)).odometer()

    async def read() -> None:
        async with smartcar.AsyncVehicle("v1", "tok", transport=_transport(seen)) as vehicle:
            _check_result(await vehicle.odometer())

    asyncio.run(read())
    assert request_module._url.cache_info().misses == 1
    assert str(seen[1].url) == str(seen[0].url)


def test_a_bad_url_or_path_fails_every_time() -> None:
    request_module._url.cache_clear()
    request_module._check_path.cache_clear()
    for _ in range(2):
        with pytest.raises(httpx2.InvalidURL):
            request_module._url("http://[::1/x")
        with pytest.raises(smartcar.InvalidInputError):
            request_module._check_path("/a/%2e%2e/b")
    # Nothing stored: a failure is never remembered as a pass.
    assert request_module._url.cache_info().currsize == 0
    assert request_module._check_path.cache_info().currsize == 0


def test_meta_from_response_headers_matches_any_mapping() -> None:
    raw = [
        ("sc-request-id", "a"),
        ("SC-Request-Id", "b"),
        ("SC-Fetched-At", "2024-01-02T03:04:05Z"),
    ]
    from_httpx = Meta.from_headers(httpx2.Headers(raw))
    assert from_httpx.request_id == "a, b"  # repeats joined, as httpx2 joins them
    assert from_httpx.fetched_at == datetime.fromisoformat("2024-01-02T03:04:05+00:00")
    assert from_httpx.data_age is None and from_httpx.unit_system is None
    plain = Meta.from_headers({"SC-REQUEST-ID": "a, b", "sc-fetched-at": "2024-01-02T03:04:05Z"})
    assert plain == from_httpx
