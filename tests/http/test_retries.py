"""Retries: which failures are retried, how long the SDK waits, and what is never replayed.

Every test answers through an ``httpx2.MockTransport`` that plays a script of outcomes and
counts requests. ``time.sleep`` and ``asyncio.sleep`` are replaced by recorders, so the tests
assert on the delays the SDK asks for, never on elapsed time.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Callable, Coroutine
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import httpx2
import pytest

import smartcar
from smartcar import _http

Outcome = httpx2.Response | Exception | Callable[[httpx2.Request], httpx2.Response]

ODOMETER = {"distance": 104032.0}
ACTION = {"status": "success", "message": "Successfully sent request to vehicle"}
RETRY_STATUSES = [429, 500, 502, 503, 504]
# Failures after which the request may have reached the server.
MAY_HAVE_ARRIVED = [
    httpx2.ReadError,
    httpx2.ReadTimeout,
    httpx2.WriteError,
    httpx2.WriteTimeout,
    httpx2.RemoteProtocolError,
]
# Failures before the request can have left the client.
CONNECT_PHASE = [httpx2.ConnectError, httpx2.ConnectTimeout, httpx2.PoolTimeout]

COMMANDS: dict[str, Callable[[Any], Any]] = {
    "lock": lambda v: v.lock(),
    "unlock": lambda v: v.unlock(),
    "start_charge": lambda v: v.start_charge(),
    "stop_charge": lambda v: v.stop_charge(),
    "set_charge_limit": lambda v: v.set_charge_limit(0.8),
    "send_destination": lambda v: v.send_destination(40.7128, -74.006),
}


class Script:
    """A mock server answering with one scripted outcome per request (the last one repeats)."""

    def __init__(self, *outcomes: Outcome) -> None:
        self.outcomes = list(outcomes)
        self.requests: list[httpx2.Request] = []

    def reset(self, *outcomes: Outcome) -> None:
        self.outcomes = list(outcomes)
        self.requests.clear()

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        self.requests.append(request)
        outcome = self.outcomes[min(len(self.requests), len(self.outcomes)) - 1]
        if isinstance(outcome, Exception):
            raise outcome
        if callable(outcome):
            return outcome(request)
        return outcome

    @property
    def transport(self) -> httpx2.MockTransport:
        return httpx2.MockTransport(self)


def fail(status: int, retry_after: str | None = None, body: Any = None) -> httpx2.Response:
    headers = [(b"SC-Request-Id", f"req-{status}".encode())]
    if retry_after is not None:
        # Raw latin-1 bytes, as a server can send them (httpx2 only encodes str as ASCII).
        headers.append((b"Retry-After", retry_after.encode("latin-1")))
    # Without a "type", the error class follows the status (429 -> RateLimitError ...).
    body = body or {"statusCode": status, "description": "failed"}
    return httpx2.Response(status, json=body, headers=headers)


def ok(body: Any = ODOMETER) -> httpx2.Response:
    return httpx2.Response(200, json=body, headers={"SC-Request-Id": "req-ok"})


def vehicle(script: Script, **options: Any) -> smartcar.Vehicle:
    return smartcar.Vehicle("vehicle-1", "access-token", transport=script.transport, **options)


def run_async(
    script: Script, call: Callable[[smartcar.AsyncVehicle], Coroutine[Any, Any, Any]], **opts: Any
) -> Any:
    async def main() -> Any:
        async with smartcar.AsyncVehicle(
            "vehicle-1", "access-token", transport=script.transport, **opts
        ) as v:
            return await call(v)

    return asyncio.run(main())


# -- how many retries -----------------------------------------------------------------------------


def test_default_is_two_retries(sleeps: list[float]) -> None:
    script = Script(fail(503))
    assert smartcar.DEFAULT_MAX_RETRIES == 2
    with pytest.raises(smartcar.ServerError) as caught:
        vehicle(script).odometer()
    assert len(script.requests) == 3
    assert len(sleeps) == 2
    # The error that comes out is the last response's, with its request id.
    assert caught.value.status_code == 503
    assert caught.value.request_id == "req-503"


@pytest.mark.parametrize("max_retries", [0, 1, 4])
def test_max_retries_per_client(sleeps: list[float], max_retries: int) -> None:
    script = Script(fail(500))
    with pytest.raises(smartcar.ServerError):
        vehicle(script, max_retries=max_retries).odometer()
    assert len(script.requests) == max_retries + 1
    assert len(sleeps) == max_retries


def test_max_retries_per_call_leaves_the_client_alone(sleeps: list[float]) -> None:
    script = Script(fail(500))
    v = vehicle(script, max_retries=3)
    with pytest.raises(smartcar.ServerError):
        v.with_options(max_retries=0).odometer()
    assert len(script.requests) == 1
    with pytest.raises(smartcar.ServerError):
        v.odometer()
    assert len(script.requests) == 1 + 4


def test_max_retries_per_call_on_auth_client(sleeps: list[float]) -> None:
    script = Script(httpx2.ConnectError("refused"))
    client = smartcar.AuthClient("id", "secret", "https://a.example/cb", transport=script.transport)
    with pytest.raises(smartcar.NetworkError):
        client.with_options(max_retries=1).exchange_code("code")
    assert len(script.requests) == 2


@pytest.mark.parametrize("bad", [-1, True, 1.5, "2"])
def test_invalid_max_retries_is_rejected(bad: Any) -> None:
    with pytest.raises(smartcar.InvalidInputError, match="max_retries"):
        smartcar.Vehicle("v", "t", max_retries=bad)
    with pytest.raises(smartcar.InvalidInputError, match="max_retries"):
        smartcar.Vehicle("v", "t").with_options(max_retries=bad)


# -- what reads retry on --------------------------------------------------------------------------


@pytest.mark.parametrize("status", RETRY_STATUSES)
def test_reads_retry_on_status(sleeps: list[float], status: int) -> None:
    script = Script(fail(status), ok())
    assert vehicle(script).odometer().distance == 104032.0
    assert len(script.requests) == 2
    assert len(sleeps) == 1


@pytest.mark.parametrize("status", RETRY_STATUSES)
def test_reads_retry_on_status_async(sleeps: list[float], status: int) -> None:
    script = Script(fail(status), ok())
    result = run_async(script, lambda v: v.odometer())
    assert result.distance == 104032.0
    assert len(script.requests) == 2
    assert len(sleeps) == 1


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 430, 501])
def test_reads_do_not_retry_other_statuses(sleeps: list[float], status: int) -> None:
    script = Script(fail(status), ok())
    with pytest.raises(smartcar.SmartcarException) as caught:
        vehicle(script).odometer()
    assert caught.value.status_code == status
    assert len(script.requests) == 1
    assert sleeps == []


@pytest.mark.parametrize("error", CONNECT_PHASE + MAY_HAVE_ARRIVED)
def test_reads_retry_on_connection_errors(sleeps: list[float], error: type[Exception]) -> None:
    script = Script(error("boom"), ok())
    assert vehicle(script).odometer().distance == 104032.0
    assert len(script.requests) == 2


@pytest.mark.parametrize("error", CONNECT_PHASE + MAY_HAVE_ARRIVED)
def test_reads_retry_on_connection_errors_async(
    sleeps: list[float], error: type[Exception]
) -> None:
    script = Script(error("boom"), ok())
    assert run_async(script, lambda v: v.odometer()).distance == 104032.0
    assert len(script.requests) == 2


def test_batch_is_a_read_and_retries(sleeps: list[float]) -> None:
    batch = {"responses": [{"path": "/odometer", "code": 200, "body": ODOMETER, "headers": {}}]}
    script = Script(fail(502), ok(batch))
    assert vehicle(script).batch(["/odometer"]).odometer().distance == 104032.0
    assert len(script.requests) == 2


# -- how long it waits ----------------------------------------------------------------------------


def test_backoff_is_exponential_with_jitter(
    sleeps: list[float], monkeypatch: pytest.MonkeyPatch
) -> None:
    jitter_ranges: list[tuple[float, float]] = []

    def uniform(low: float, high: float) -> float:
        jitter_ranges.append((low, high))
        return high  # the longest wait jitter allows

    monkeypatch.setattr(_http.engine.random, "uniform", uniform)
    script = Script(fail(500))
    with pytest.raises(smartcar.ServerError):
        vehicle(script, max_retries=6).odometer()
    # Each wait doubles, up to the cap, and half of it is random.
    assert sleeps == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    assert jitter_ranges == [(0, d / 2) for d in sleeps]


def test_backoff_jitter_varies_between_attempts(sleeps: list[float]) -> None:
    random.seed(1234)
    delays = {_http.engine._backoff(3) for _ in range(20)}
    assert len(delays) > 1
    assert all(2.0 <= d <= 4.0 for d in delays)


@pytest.mark.parametrize("status", [429, 503])
def test_retry_after_seconds_is_honoured(sleeps: list[float], status: int) -> None:
    script = Script(fail(status, retry_after="7"), ok())
    assert vehicle(script).odometer().distance == 104032.0
    assert sleeps == [7.0]


def test_retry_after_seconds_is_honoured_async(sleeps: list[float]) -> None:
    script = Script(fail(429, retry_after="7"), ok())
    run_async(script, lambda v: v.odometer())
    assert sleeps == [7.0]


def test_retry_after_http_date_is_honoured(sleeps: list[float]) -> None:
    def later(request: httpx2.Request) -> httpx2.Response:
        # Built when the request arrives, so the wait is ~30 s whatever the test's speed.
        when = datetime.now(UTC) + timedelta(seconds=30)
        return fail(429, retry_after=format_datetime(when, usegmt=True))

    script = Script(later, ok())
    assert vehicle(script).odometer().distance == 104032.0
    assert len(sleeps) == 1
    assert 28 <= sleeps[0] <= 31


def test_retry_after_at_the_cap_is_waited_for(sleeps: list[float]) -> None:
    script = Script(fail(429, retry_after="60"), ok())
    vehicle(script).odometer()
    assert smartcar.DEFAULT_MAX_RETRY_AFTER == 60
    assert sleeps == [60.0]


@pytest.mark.parametrize("use_date", [False, True])
def test_retry_after_past_the_cap_raises_at_once(sleeps: list[float], use_date: bool) -> None:
    value = (
        format_datetime(datetime.now(UTC) + timedelta(hours=1), usegmt=True) if use_date else "61"
    )
    body = {"type": "RATE_LIMIT", "code": "VEHICLE", "description": "slow down"}
    script = Script(fail(429, retry_after=value, body=body), ok())
    with pytest.raises(smartcar.RateLimitError) as caught:
        vehicle(script).odometer()
    assert len(script.requests) == 1
    assert sleeps == []
    assert caught.value.status_code == 429
    assert caught.value.request_id == "req-429"
    assert caught.value.code == "VEHICLE"
    if use_date:
        assert caught.value.retry_after is not None
        assert 3590 <= caught.value.retry_after <= 3601
    else:
        assert caught.value.retry_after == 61


def test_retry_after_past_the_cap_raises_at_once_async(sleeps: list[float]) -> None:
    script = Script(fail(429, retry_after="3600"), ok())
    with pytest.raises(smartcar.RateLimitError) as caught:
        run_async(script, lambda v: v.odometer())
    assert caught.value.retry_after == 3600
    assert len(script.requests) == 1
    assert sleeps == []


def test_retry_after_cap_is_configurable(sleeps: list[float]) -> None:
    script = Script(fail(429, retry_after="90"), ok())
    v = vehicle(script, max_retry_after=120)
    v.odometer()
    assert sleeps == [90.0]
    script.reset(fail(429, retry_after="6"), ok())
    with pytest.raises(smartcar.RateLimitError) as caught:
        v.with_options(max_retry_after=5).odometer()
    assert caught.value.retry_after == 6
    assert sleeps == [90.0]


@pytest.mark.parametrize("bad", [-1, float("nan"), float("inf"), "60"])
def test_invalid_retry_after_cap_is_rejected(bad: Any) -> None:
    with pytest.raises(smartcar.InvalidInputError, match="max_retry_after"):
        smartcar.Vehicle("v", "t", max_retry_after=bad)


@pytest.mark.parametrize("value", ["soon", "-5", "1e3", "²", "Wed, 99 Foo 2025 99:99:99 GMT", ""])
def test_invalid_retry_after_falls_back_to_backoff(sleeps: list[float], value: str) -> None:
    script = Script(fail(429, retry_after=value), ok())
    vehicle(script).odometer()
    assert len(sleeps) == 1
    assert 0.25 <= sleeps[0] <= 0.5  # the first backoff step, not the header


# -- commands are never replayed once they may have reached the server -------------------------


@pytest.mark.parametrize("command", sorted(COMMANDS))
@pytest.mark.parametrize("status", RETRY_STATUSES)
def test_commands_are_not_replayed_after_a_response(
    sleeps: list[float], command: str, status: int
) -> None:
    script = Script(fail(status, retry_after="1"), ok(ACTION))
    with pytest.raises(smartcar.SmartcarException) as caught:
        COMMANDS[command](vehicle(script))
    assert caught.value.status_code == status
    assert len(script.requests) == 1
    assert sleeps == []


@pytest.mark.parametrize("command", sorted(COMMANDS))
@pytest.mark.parametrize("error", MAY_HAVE_ARRIVED)
def test_commands_are_not_replayed_after_the_request_may_have_arrived(
    sleeps: list[float], command: str, error: type[Exception]
) -> None:
    script = Script(error("boom"), ok(ACTION))
    with pytest.raises(smartcar.NetworkError):
        COMMANDS[command](vehicle(script))
    assert len(script.requests) == 1


@pytest.mark.parametrize("command", sorted(COMMANDS))
@pytest.mark.parametrize("error", CONNECT_PHASE)
def test_commands_retry_after_connect_phase_failures(
    sleeps: list[float], command: str, error: type[Exception]
) -> None:
    script = Script(error("boom"), ok(ACTION))
    assert COMMANDS[command](vehicle(script)).status == "success"
    assert len(script.requests) == 2


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_commands_are_not_replayed_async(sleeps: list[float], command: str) -> None:
    script = Script(httpx2.ReadTimeout("slow"), ok(ACTION))
    with pytest.raises(smartcar.RequestTimeoutError):
        run_async(script, COMMANDS[command])
    assert len(script.requests) == 1
    script = Script(fail(503), ok(ACTION))
    with pytest.raises(smartcar.ServerError):
        run_async(script, COMMANDS[command])
    assert len(script.requests) == 1


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_commands_retry_after_connect_phase_failures_async(
    sleeps: list[float], command: str
) -> None:
    script = Script(httpx2.ConnectError("refused"), ok(ACTION))
    assert run_async(script, COMMANDS[command]).status == "success"
    assert len(script.requests) == 2


def test_token_exchange_is_not_replayed(sleeps: list[float]) -> None:
    # An authorization code is single-use: a replay after it was consumed would fail anyway.
    script = Script(fail(503), httpx2.Response(200, json={}))
    client = smartcar.AuthClient("id", "secret", "https://a.example/cb", transport=script.transport)
    with pytest.raises(smartcar.ServerError):
        client.exchange_code("code")
    assert len(script.requests) == 1
