"""Work done once per operation, not once per call: the parsed URL, the path check, the
compiled result checks; and the results built on that path stay the same, sync and async."""

from __future__ import annotations

import asyncio
from datetime import datetime
from typing import Any

import attrs
import httpx
import pytest

import smartcar
from smartcar import _shape
from smartcar._http import request as request_module
from smartcar.types import Meta

HEADERS = {
    "SC-Request-Id": "rid-1",
    "sc-unit-system": "metric",
    "SC-Data-Age": "2024-01-02T03:04:05.000Z",
}


def _transport(seen: list[httpx.Request]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"distance": 104.5}, headers=HEADERS)

    return httpx.MockTransport(handler)


def _check_result(result: smartcar.types.Odometer) -> None:
    assert result.distance == 104.5
    assert result.meta.request_id == "rid-1"
    assert result.meta.unit_system == "metric"
    assert result.meta.data_age == datetime.fromisoformat("2024-01-02T03:04:05+00:00")


def test_sync_reads_parse_the_url_once_and_keep_their_results() -> None:
    request_module._url.cache_clear()
    seen: list[httpx.Request] = []
    vehicle = smartcar.Vehicle("v1", "tok", transport=_transport(seen))
    for _ in range(3):
        _check_result(vehicle.odometer())
    assert request_module._url.cache_info().misses == 1
    assert [str(r.url) for r in seen] == [str(seen[0].url)] * 3
    assert str(seen[0].url).endswith("/v2.0/vehicles/v1/odometer")


def test_async_reads_share_the_parsed_url_with_sync() -> None:
    request_module._url.cache_clear()
    seen: list[httpx.Request] = []
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
        with pytest.raises(httpx.InvalidURL):
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
    from_httpx = Meta.from_headers(httpx.Headers(raw))
    assert from_httpx.request_id == "a, b"  # repeats joined, as httpx joins them
    assert from_httpx.fetched_at == datetime.fromisoformat("2024-01-02T03:04:05+00:00")
    assert from_httpx.data_age is None and from_httpx.unit_system is None
    plain = Meta.from_headers({"SC-REQUEST-ID": "a, b", "sc-fetched-at": "2024-01-02T03:04:05Z"})
    assert plain == from_httpx


@attrs.define
class _Inner:
    level: float


@attrs.define
class _Outer:
    when: datetime | None
    inner: _Inner | None
    ratio: float | None
    names: list[str] | None
    extra: Any | None


def _outer(**changes: Any) -> _Outer:
    fields: dict[str, Any] = {
        "when": None,
        "inner": _Inner(1.0),
        "ratio": 2,
        "names": ["a"],
        "extra": object(),
    }
    fields.update(changes)
    return _Outer(**fields)


@pytest.mark.parametrize(
    ("changes", "where"),
    [
        ({"when": "2024"}, "_Outer.when"),
        ({"inner": _Inner("high")}, "_Outer.inner"),
        ({"inner": "x"}, "_Outer.inner"),
        ({"ratio": float("nan")}, "_Outer.ratio"),
        ({"ratio": True}, "_Outer.ratio"),
        ({"names": ["a", 1]}, "_Outer.names"),
    ],
)
def test_optional_fields_are_still_checked_in_full(changes: dict[str, Any], where: str) -> None:
    with pytest.raises(TypeError, match=where):
        _shape.check_model(_outer(**changes))


def test_optional_fields_that_fit_pass() -> None:
    _shape.check_model(_outer())
    _shape.check_model(_outer(when=datetime(2024, 1, 1), inner=None, ratio=None, names=None))


def test_annotations_are_compiled_once_per_class(monkeypatch: pytest.MonkeyPatch) -> None:
    compiled: list[Any] = []
    compile_hint = _shape._compile

    def counting(hint: Any) -> Any:
        compiled.append(hint)
        return compile_hint(hint)

    monkeypatch.setattr(_shape, "_compile", counting)
    monkeypatch.setattr(_shape, "_CHECKERS", {})
    monkeypatch.setattr(_shape, "_FIELDS", {})
    _shape.check_model(_outer())
    first = len(compiled)
    assert first > 0
    for _ in range(3):
        _shape.check_model(_outer(ratio=3.5))
    assert len(compiled) == first
