"""Request logging: one DEBUG record per attempt on the "smartcar" logger, never a credential."""

from __future__ import annotations

import asyncio
import logging
import re

import httpx2
import pytest

import smartcar
from smartcar import _http

TOKEN = "log-test-access-token-3b9e"
LINE = re.compile(
    r"^(?P<method>[A-Z]+) (?P<path>\S+) -> (?P<status>\S+) request_id=(?P<request_id>\S+) "
    r"duration_ms=(?P<duration>\d+\.\d) retry=(?P<retry>\d+)(?: retrying_in=(?P<delay>[\d.]+)s)?$"
)


def records(caplog: pytest.LogCaptureFixture) -> list[re.Match[str]]:
    out = []
    for record in caplog.records:
        if record.name == "smartcar":
            assert record.levelno == logging.DEBUG
            match = LINE.match(record.getMessage())
            assert match, record.getMessage()
            out.append(match)
    return out


def test_each_request_is_logged_at_debug(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="smartcar")
    transport = httpx2.MockTransport(
        lambda request: httpx2.Response(
            200, json={"distance": 1.0}, headers={"SC-Request-Id": "req-123"}
        )
    )
    smartcar.Vehicle("vehicle-1", TOKEN, transport=transport).odometer()
    [line] = records(caplog)
    assert line["method"] == "GET"
    assert line["path"] == "/v2.0/vehicles/vehicle-1/odometer"
    assert line["status"] == "200"
    assert line["request_id"] == "req-123"
    assert float(line["duration"]) >= 0
    assert line["retry"] == "0"
    assert line["delay"] is None


def test_retries_are_logged_with_their_count(
    caplog: pytest.LogCaptureFixture, no_sleep: None
) -> None:
    caplog.set_level(logging.DEBUG, logger="smartcar")
    answers = iter(
        [
            httpx2.Response(503, headers={"SC-Request-Id": "req-1", "Retry-After": "2"}),
            httpx2.Response(502, headers={"SC-Request-Id": "req-2"}),
            httpx2.Response(200, json={"distance": 1.0}, headers={"SC-Request-Id": "req-3"}),
        ]
    )
    transport = httpx2.MockTransport(lambda request: next(answers))
    smartcar.Vehicle("vehicle-1", TOKEN, transport=transport).odometer()
    lines = records(caplog)
    assert [(m["status"], m["request_id"], m["retry"]) for m in lines] == [
        ("503", "req-1", "0"),
        ("502", "req-2", "1"),
        ("200", "req-3", "2"),
    ]
    assert lines[0]["delay"] == "2.00"
    # The second wait is the backoff of attempt 1: between half of 1 s and 1 s (with jitter).
    assert 0.5 <= float(lines[1]["delay"]) <= 1.0
    assert lines[2]["delay"] is None


def test_transport_errors_are_logged_by_type(
    caplog: pytest.LogCaptureFixture, no_sleep: None
) -> None:
    caplog.set_level(logging.DEBUG, logger="smartcar")

    def refuse(request: httpx2.Request) -> httpx2.Response:
        raise httpx2.ConnectError("connection refused")

    vehicle = smartcar.Vehicle("vehicle-1", TOKEN, transport=httpx2.MockTransport(refuse))
    with pytest.raises(smartcar.NetworkError):
        vehicle.with_options(max_retries=1).odometer()
    lines = records(caplog)
    assert [(m["status"], m["request_id"], m["retry"]) for m in lines] == [
        ("ConnectError", "None", "0"),
        ("ConnectError", "None", "1"),
    ]


def test_async_requests_are_logged(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="smartcar")
    transport = httpx2.MockTransport(
        lambda request: httpx2.Response(200, json={"status": "success", "message": "ok"})
    )

    async def main() -> None:
        async with smartcar.AsyncVehicle("vehicle-1", TOKEN, transport=transport) as vehicle:
            await vehicle.lock()

    asyncio.run(main())
    [line] = records(caplog)
    assert (line["method"], line["path"], line["status"]) == (
        "POST",
        "/v2.0/vehicles/vehicle-1/security",
        "200",
    )


def test_credentials_and_query_strings_are_never_logged(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)  # every logger, httpx2's included
    secret = "log-test-client-secret-77aa"
    transport = httpx2.MockTransport(
        lambda request: httpx2.Response(200, json={"compatible": True, "reason": None})
    )
    _http.set_transport_override(transport)
    try:
        smartcar.get_compatibility(
            "VINCANARY000000001",
            ["read_odometer"],
            options={"client_id": "id", "client_secret": secret},
        )
    finally:
        _http.set_transport_override(None)
    vehicle = smartcar.Vehicle("vehicle-1", TOKEN, transport=transport)
    vehicle.request("GET", "tesla/compass")
    text = caplog.text + "".join(repr(r.__dict__) for r in caplog.records)
    assert "/v2.0/compatibility" in text  # the requests were logged
    assert TOKEN not in text
    assert secret not in text
    # The header's name shows only in the call's DEBUG line of headers, and only redacted.
    values = re.findall(r"authorization': '([^']*)'", text, re.IGNORECASE)
    assert values and set(values) == {"[REDACTED]"}
    assert "Authorization:" not in text and "Bearer" not in text
    assert not any("VINCANARY" in m.group(0) for m in records(caplog))


def test_nothing_is_formatted_when_debug_is_off(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="smartcar")
    transport = httpx2.MockTransport(lambda request: httpx2.Response(200, json={"distance": 1.0}))
    smartcar.Vehicle("vehicle-1", TOKEN, transport=transport).odometer()
    assert [r for r in caplog.records if r.name == "smartcar"] == []
