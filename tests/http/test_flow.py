"""The engine's decisions, stepped by hand: no sockets, no drivers, no patched sleeps.

:func:`smartcar._http.flow` (and every plan written in its actions: a token refresh, a list's
next page) is a generator. Each test sends it the outcomes of its actions and checks the
actions it yields next: when it retries and how long it waits, what the deadline stops, when
it asks for a token again, and how one refresh serves every caller waiting for it.
"""

from __future__ import annotations

import json
import logging
import math
import time
from collections.abc import Generator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx2
import pytest
from smartcar_openapi.models import Odometer

import smartcar
from smartcar._core.secret import Secret
from smartcar._http import (
    Action,
    Authorize,
    Call,
    Close,
    Operation,
    Read,
    Send,
    Settings,
    Sleep,
    Streamed,
    Wait,
    drive_sync,
    flow,
    raw_flow,
)
from smartcar._http.network import within
from smartcar.exceptions import RedactedCause
from smartcar.paging import Listing, PageStep
from smartcar.tokens import TokenManager

Steps = Generator[Action, Any, Any]


class _Endpoint:
    """A stand-in endpoint: ``GET /thing``."""

    def build_request_kwargs(self) -> dict[str, Any]:
        return {"method": "get", "url": "/thing"}


class _Source:
    """A token source the test answers by hand (the engine only names it in Authorize)."""

    def sync_token(self, stale: str | Secret | None = None) -> str:
        raise AssertionError("stepped by hand")

    async def async_token(self, stale: str | Secret | None = None) -> str:
        raise AssertionError("stepped by hand")


def _op(*, command: bool = False, token_source: _Source | None = None) -> Operation[Any]:
    return Operation(
        _Endpoint(),
        {},
        "api",
        lambda response: response.json(),
        authorization=None if token_source else "Bearer fixed",
        token_source=token_source,
        command=command,
    )


def _answer(
    steps: Steps, send: Action, status: int, body: Any = None, **headers: str
) -> Action | Any:
    """Answer ``send`` with a response read in one chunk; the next action, or the result.

    Returns the flow's result (``StopIteration``'s value) when it ends there.
    """
    assert isinstance(send, Send)
    content = json.dumps(body if body is not None else {}).encode()
    response = httpx2.Response(status, headers=headers, request=send.request)
    try:
        read = steps.send(Streamed(response, iter(())))
        assert isinstance(read, Read)
        last = steps.send(content)
        assert isinstance(last, Read)
        return steps.send(None)
    except StopIteration as done:
        return _Done(done.value)


class _Done:
    def __init__(self, value: Any) -> None:
        self.value = value


def _settings(**options: Any) -> Settings:
    return Settings(origins=smartcar.Origins(api="https://api.test")).with_options(**options)


# -- retries -------------------------------------------------------------------------------------


def test_a_read_answered_503_waits_the_retry_after_and_is_sent_again() -> None:
    steps = flow(_op(), _settings())
    send = next(steps)
    assert isinstance(send, Send)
    assert str(send.request.url) == "https://api.test/thing"
    wait = _answer(steps, send, 503, {"error": "down"}, **{"Retry-After": "2"})
    assert wait == Sleep(2.0)
    again = steps.send(None)
    assert isinstance(again, Send) and again.request is send.request
    done = _answer(steps, again, 200, {"ok": True})
    assert isinstance(done, _Done) and done.value == {"ok": True}


def test_a_command_answered_503_is_never_sent_again() -> None:
    steps = flow(_op(command=True), _settings())
    send = next(steps)
    with pytest.raises(smartcar.SmartcarException) as raised:
        _answer(steps, send, 503, {"error": "down"})
    assert raised.value.status_code == 503


def test_a_command_that_never_reached_the_server_is_sent_again() -> None:
    steps = flow(_op(command=True), _settings())
    send = next(steps)
    assert isinstance(send, Send)
    wait = steps.send(httpx2.ConnectError("refused", request=send.request))
    assert isinstance(wait, Sleep) and wait.seconds > 0
    assert isinstance(steps.send(None), Send)


def test_a_command_whose_answer_timed_out_is_not_sent_again() -> None:
    steps = flow(_op(command=True), _settings())
    send = next(steps)
    assert isinstance(send, Send)
    with pytest.raises(smartcar.RequestTimeoutError):
        steps.send(httpx2.ReadTimeout("slow", request=send.request))


def test_the_retries_end_at_max_retries() -> None:
    steps = flow(_op(), _settings(max_retries=1))
    first = next(steps)
    assert isinstance(_answer(steps, first, 500), Sleep)
    second = steps.send(None)
    with pytest.raises(smartcar.SmartcarException) as raised:
        _answer(steps, second, 500)
    assert raised.value.status_code == 500


def test_a_retry_after_over_the_cap_is_reported_not_waited_for() -> None:
    steps = flow(_op(), _settings(max_retry_after=30))
    send = next(steps)
    with pytest.raises(smartcar.RateLimitError) as raised:
        _answer(steps, send, 429, {"error": "slow down"}, **{"Retry-After": "31"})
    assert raised.value.retry_after == 31


# -- the deadline ---------------------------------------------------------------------------------


def test_no_wait_starts_that_would_end_after_the_deadline() -> None:
    # A 10 s Retry-After within a 5 s deadline: the failure at hand, at once.
    steps = flow(_op(), _settings(deadline=5))
    send = next(steps)
    assert isinstance(send, Send) and send.deadline < math.inf
    with pytest.raises(smartcar.SmartcarException) as raised:
        _answer(steps, send, 503, {"error": "down"}, **{"Retry-After": "10"})
    assert raised.value.status_code == 503


def test_a_call_made_for_another_sends_nothing_once_that_ones_deadline_passed() -> None:
    # A token refresh runs within the deadline of the call it is for (network.within).
    with within(time.monotonic() - 1):
        steps = flow(_op(), _settings())
        with pytest.raises(smartcar.RequestTimeoutError, match="deadline"):
            next(steps)


def test_every_send_carries_the_earlier_of_its_own_and_the_enclosing_deadline() -> None:
    enclosing = time.monotonic() + 3
    with within(enclosing):
        send = next(flow(_op(), _settings(deadline=600)))
    assert isinstance(send, Send) and send.deadline == enclosing


# -- asking for a token again ---------------------------------------------------------------------


def test_a_401_asks_for_a_new_token_once_and_sends_again() -> None:
    source = _Source()
    steps = flow(_op(command=True, token_source=source), _settings())
    ask = next(steps)
    assert ask == Authorize(source, None, ask.deadline)
    send = steps.send(Secret("first"))
    assert isinstance(send, Send) and send.request.headers["Authorization"] == "Bearer first"
    again = _answer(steps, send, 401, {"error": "authentication"})
    assert isinstance(again, Authorize) and again.stale is not None
    assert again.stale.matches("first")
    resend = steps.send(Secret("second"))
    assert isinstance(resend, Send) and resend.request.headers["Authorization"] == "Bearer second"
    # A second 401 is the answer: no third token, no third send (even for a command).
    with pytest.raises(smartcar.AuthenticationError):
        _answer(steps, resend, 401, {"error": "authentication"})


# -- the refresh plan: one refresh for every caller ------------------------------------------------


def _expired_manager(save: Any = None) -> TokenManager:
    client = smartcar.AuthClient("client-id", "client-secret", "http://localhost/cb")
    access = {
        "access_token": "old-access",
        "token_type": "Bearer",
        "expires_in": 7200,
        "expiration": (datetime.now(UTC) - timedelta(seconds=1)).isoformat(),
        "refresh_token": "old-refresh",
        "refresh_expiration": (datetime.now(UTC) + timedelta(days=30)).isoformat(),
    }
    return TokenManager(client, access, save=save)


NEW_TOKENS = {
    "access_token": "new-access",
    "token_type": "Bearer",
    "expires_in": 7200,
    "refresh_token": "new-refresh",
}


def test_one_refresh_serves_the_caller_that_waited_for_it() -> None:
    saved: list[Any] = []
    manager = _expired_manager(save=saved.append)
    leader, waiter = manager._plan(None), manager._plan(None)
    exchange = next(leader)
    assert isinstance(exchange, Send)
    assert exchange.request.url.path == "/oauth/token"
    assert b"grant_type=refresh_token" in exchange.request.content
    assert b"old-refresh" in exchange.request.content
    wait = next(waiter)
    assert isinstance(wait, Wait)  # not a second exchange
    save = _answer(leader, exchange, 200, NEW_TOKENS)
    assert isinstance(save, Call) and save.function == saved.append
    assert save.args[0].refresh_token == "new-refresh"
    with pytest.raises(StopIteration) as led:
        leader.send(None)
    assert led.value.value == "new-access"
    with pytest.raises(StopIteration) as waited:
        waiter.send(None)
    assert waited.value.value == "new-access"
    assert manager.refresh_count == 1


def test_a_failed_refresh_is_every_waiting_callers_failure() -> None:
    manager = _expired_manager()
    leader, waiter = manager._plan(None), manager._plan(None)
    exchange = next(leader)
    assert isinstance(next(waiter), Wait)
    with pytest.raises(smartcar.SmartcarException) as failed:
        _answer(leader, exchange, 400, {"error": "invalid_grant"})
    with pytest.raises(smartcar.SmartcarException) as also:
        waiter.send(None)
    assert also.value is failed.value
    assert manager.refresh_count == 0


def test_a_leader_that_stops_lets_a_waiting_caller_refresh_itself() -> None:
    # A cancelled leader (the driver closes its plan) lands the refresh abandoned.
    manager = _expired_manager()
    leader, waiter = manager._plan(None), manager._plan(None)
    next(leader)
    assert isinstance(next(waiter), Wait)
    leader.close()
    retry = waiter.send(None)
    assert isinstance(retry, Send) and retry.request.url.path == "/oauth/token"


# -- the paging plan -------------------------------------------------------------------------------


def test_the_next_page_waits_the_capped_retry_after_of_the_last_one() -> None:
    def fetch(cursor: Any) -> Operation[Any]:
        return _op()

    def step(result: Any) -> PageStep[int]:
        return PageStep(tuple(result["items"]), result["next"], result.get("wait"))

    walk = _http_walk(Listing(fetch, step, first=0, max_wait=5))
    first = walk.next_page()
    done = _answer(first, next(first), 200, {"items": [1, 2], "next": 1, "wait": 3600})
    assert isinstance(done, _Done) and done.value == (1, 2)
    second = walk.next_page()
    assert next(second) == Sleep(5)
    send = second.send(None)
    done = _answer(second, send, 200, {"items": [3], "next": None})
    assert isinstance(done, _Done) and done.value == (3,)
    with pytest.raises(StopIteration) as ended:
        next(walk.next_page())
    assert ended.value.value is None


def _http_walk(listing: Listing[int]) -> Any:
    from smartcar._resources.pager import _Walk

    return _Walk(listing, _settings())


# -- what an attempt's failure becomes ----------------------------------------------------------


def _fail(steps: Steps, error: Exception) -> smartcar.SmartcarException:
    """The error ``steps`` raises once its first send fails with ``error``."""
    send = next(steps)
    assert isinstance(send, Send)
    with pytest.raises(smartcar.SmartcarException) as raised:
        steps.send(error)
    return raised.value


def test_a_network_errors_cause_quotes_300_characters_of_it() -> None:
    steps = flow(_op(), _settings(max_retries=0))
    error = _fail(steps, httpx2.ReadError("r" * 400))
    assert isinstance(error, smartcar.NetworkError)
    assert str(error) == f"Network error: GET https://api.test/thing: ReadError: {'r' * 300}"
    assert isinstance(error.__cause__, RedactedCause)
    assert (error.__cause__.kind, error.__cause__.detail) == ("httpx2.ReadError", "r" * 300)


def test_a_request_http_cannot_send_is_named_without_its_text() -> None:
    # h11 quotes the offending header whole: neither the message nor the cause copies it.
    steps = flow(_op(), _settings())
    error = _fail(steps, httpx2.LocalProtocolError("Illegal header value b'Bearer fixed\\n'"))
    assert isinstance(error, smartcar.NetworkError)
    assert str(error) == (
        "Request could not be sent: GET https://api.test/thing: LocalProtocolError (a header or "
        "the URL holds a character HTTP does not allow); nothing was sent"
    )
    assert isinstance(error.__cause__, RedactedCause)
    assert (error.__cause__.kind, error.__cause__.detail) == ("httpx2.LocalProtocolError", "")


def test_a_redirect_httpx_could_not_build_is_an_invalid_response_sent_once() -> None:
    steps = flow(_op(), _settings())
    error = _fail(steps, httpx2.InvalidURL("Invalid port: 'b:c'"))
    assert isinstance(error, smartcar.InvalidResponseError)
    assert str(error) == (
        "Unexpected redirect from GET https://api.test/thing: its Location header is not a "
        "valid URL; not followed"
    )


def test_a_converters_error_is_quoted_to_200_characters() -> None:
    def convert(response: httpx2.Response) -> Any:
        raise ValueError("v" * 300)

    op = Operation(_Endpoint(), {}, "api", convert, authorization="Bearer fixed")
    steps = flow(op, _settings())
    with pytest.raises(smartcar.InvalidResponseError) as raised:
        _answer(steps, next(steps), 200, {})
    assert str(raised.value) == (
        f"Invalid response body for GET /thing (HTTP 200): ValueError: {'v' * 200}"
    )
    assert str(raised.value.__cause__) == f"ValueError: {'v' * 200}"  # a builtin: no module


def test_a_body_over_the_cap_is_named_with_the_option_that_sets_it() -> None:
    steps = flow(_op(), _settings(max_response_bytes=10))
    send = next(steps)
    assert isinstance(send, Send)
    response = httpx2.Response(200, headers={"SC-Request-Id": "req-7"}, request=send.request)
    assert isinstance(steps.send(Streamed(response, iter(()))), Read)
    assert steps.send(b"x" * 11) == Close(response)  # the connection is not read further
    with pytest.raises(smartcar.InvalidResponseError) as raised:
        steps.send(None)
    assert str(raised.value) == (
        "Response too large: GET https://api.test/thing (HTTP 200) sent more than 10 bytes, "
        "over the 10-byte limit (the max_response_bytes option); not read further"
    )
    assert raised.value.request_id == "req-7" and raised.value.body is None
    assert raised.value.status_code == 200


# -- with_raw_response --------------------------------------------------------------------------


def test_a_raw_call_answered_300_raises_at_once() -> None:
    steps = raw_flow(_op(), _settings())
    with pytest.raises(smartcar.InvalidResponseError) as raised:
        _answer(steps, next(steps), 300, {}, Location="https://elsewhere.test/")
    assert raised.value.status_code == 300


def test_a_strict_raw_responses_parse_checks_the_body() -> None:
    def convert(response: httpx2.Response) -> Any:
        return Odometer.from_dict(response.json())

    op = Operation(_Endpoint(), {}, "api", convert, authorization="Bearer fixed")
    for strict in (False, True):
        steps = raw_flow(op, _settings(strict=strict))
        done = _answer(steps, next(steps), 200, {"distance": "far"})
        assert isinstance(done, _Done)
        if strict:
            with pytest.raises(smartcar.InvalidResponseError, match="strict mode"):
                done.value.parse()
        else:
            assert done.value.parse().distance == "far"


def test_a_raw_call_answered_300_is_the_redirect_error() -> None:
    steps = raw_flow(_op(), _settings())
    with pytest.raises(smartcar.InvalidResponseError) as raised:
        _answer(steps, next(steps), 300, {})
    assert str(raised.value) == "Unexpected redirect (HTTP 300) to ''; not followed"


# -- redirects ----------------------------------------------------------------------------------


def test_a_redirect_is_reported_with_its_location_id_and_headers() -> None:
    steps = flow(_op(), _settings())
    location = "https://elsewhere.test/" + "l" * 300
    with pytest.raises(smartcar.InvalidResponseError) as raised:
        _answer(steps, next(steps), 302, {}, Location=location, **{"SC-Request-Id": "req-3"})
    error = raised.value
    assert str(error) == f"Unexpected redirect (HTTP 302) to {location[:200]!r}; not followed"
    assert (error.status_code, error.request_id) == (302, "req-3")
    assert error.headers is not None and error.headers["Location"] == location
    assert error.body == "{}"


# -- the body: its encoding and the size cap ----------------------------------------------------


def _streamed(steps: Steps, **headers: str) -> tuple[Send, httpx2.Response, Action]:
    """Send the first request; answer it with headers only; the action that follows."""
    send = next(steps)
    assert isinstance(send, Send)
    response = httpx2.Response(200, headers=headers, request=send.request)
    return send, response, steps.send(Streamed(response, iter(())))


def test_a_body_in_an_unknown_encoding_is_closed_and_not_asked_again() -> None:
    steps = flow(_op(), _settings())
    _, response, close = _streamed(steps, **{"Content-Encoding": "zz"})
    assert close == Close(response)
    with pytest.raises(smartcar.InvalidResponseError) as raised:
        steps.send(None)  # no Sleep: decoding fails the same way every time
    assert str(raised.value) == (
        "Invalid response: GET https://api.test/thing: DecodingError: "
        "unsupported Content-Encoding 'zz'"
    )


def test_a_corrupt_compressed_body_names_its_encoding() -> None:
    steps = flow(_op(), _settings())
    _, response, read = _streamed(steps, **{"Content-Encoding": "gzip"})
    assert isinstance(read, Read)
    assert steps.send(b"not gzip at all") == Close(response)
    with pytest.raises(smartcar.InvalidResponseError) as raised:
        steps.send(None)
    assert str(raised.value) == (
        "Invalid response: GET https://api.test/thing: DecodingError: gzip: Error -3 while "
        "decompressing data: incorrect header check"
    )


def test_the_cap_counts_every_chunk_of_the_body() -> None:
    steps = flow(_op(), _settings(max_response_bytes=10))
    send, response, read = _streamed(steps)
    assert isinstance(read, Read) and read.deadline == send.deadline
    again = steps.send(b"123456")
    assert isinstance(again, Read) and again.deadline == send.deadline
    assert steps.send(b"78901") == Close(response)  # 11 bytes in all
    with pytest.raises(smartcar.InvalidResponseError, match="sent more than 10 bytes"):
        steps.send(None)


# -- a controlled clock: the boundaries of the deadline and of an attempt ------------------------


class _Clock:
    """``time.monotonic`` for the engine, moved by the test."""

    def __init__(self) -> None:
        self.now = 1000.0

    def monotonic(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> _Clock:
    from smartcar._http import engine

    fake = _Clock()
    monkeypatch.setattr(engine, "time", fake)
    return fake


def test_a_wait_that_would_end_at_the_deadline_is_not_started(clock: _Clock) -> None:
    steps = flow(_op(), _settings(deadline=5))
    assert _answer(steps, next(steps), 503, {}, **{"Retry-After": "4"}) == Sleep(4.0)
    clock.now += 1  # 4 s left
    with pytest.raises(smartcar.SmartcarException) as raised:
        _answer(steps, steps.send(None), 503, {}, **{"Retry-After": "4"})
    assert raised.value.status_code == 503


def test_a_retry_after_of_zero_is_no_wait() -> None:
    steps = flow(_op(), _settings())
    assert _answer(steps, next(steps), 503, {}, **{"Retry-After": "0"}) == Sleep(0.0)


def test_an_attempt_starts_only_while_time_is_left(clock: _Clock) -> None:
    steps = flow(_op(), _settings(deadline=0.5))
    send = next(steps)  # half a second is time enough to send
    assert isinstance(send, Send) and send.deadline == 1000.5
    timeouts = send.request.extensions["timeout"]
    assert timeouts == {"connect": 0.5, "read": 0.5, "write": 0.5, "pool": 0.5}
    assert _answer(steps, send, 503, {}, **{"Retry-After": "0"}) == Sleep(0.0)
    clock.now = 1000.5  # no time left once the wait is over
    with pytest.raises(smartcar.RequestTimeoutError) as raised:
        steps.send(None)
    assert str(raised.value) == (
        "Request timed out: GET https://api.test/thing did not complete within the call's "
        "0.5 s deadline (the deadline option, or that of the call it was made for)"
    )


def test_each_phase_waits_no_longer_than_the_time_left(clock: _Clock) -> None:
    send = next(flow(_op(), _settings(deadline=20, timeout=httpx2.Timeout(60, connect=3))))
    assert isinstance(send, Send)
    timeouts = send.request.extensions["timeout"]
    assert timeouts["connect"] == 3 and timeouts["read"] == 20


def test_a_body_still_arriving_when_the_attempt_is_over_is_a_read_timeout(clock: _Clock) -> None:
    # timeout=1: four phases of 1 s, an attempt of 4 s however the body is paced.
    steps = flow(_op(), _settings(timeout=1, max_retries=0))
    _, response, read = _streamed(steps)
    assert isinstance(read, Read)
    clock.now += 3.5
    assert isinstance(steps.send(b"{"), Read)
    clock.now += 0.5
    assert steps.send(b" ") == Close(response)
    with pytest.raises(smartcar.RequestTimeoutError) as raised:
        steps.send(None)
    assert str(raised.value) == "Request timed out: GET https://api.test/thing (ReadTimeout)"
    assert isinstance(raised.value.__cause__, RedactedCause)
    assert raised.value.__cause__.detail == (
        "body still incomplete when the attempt's time, the sum of its phase timeouts, ran out"
    )


def test_a_timeout_at_the_deadline_is_told_as_the_deadline(clock: _Clock) -> None:
    steps = flow(_op(), _settings(deadline=30, max_retries=0))
    send = next(steps)
    assert isinstance(send, Send)
    clock.now += 30
    with pytest.raises(smartcar.RequestTimeoutError) as raised:
        steps.send(httpx2.ReadTimeout("timed out", request=send.request))
    assert "within the call's 30 s deadline" in str(raised.value)
    assert isinstance(raised.value.__cause__, RedactedCause)
    assert (raised.value.__cause__.kind, raised.value.__cause__.detail) == (
        "httpx2.ReadTimeout",
        "timed out",
    )


def test_a_timeout_before_the_deadline_is_told_as_the_timeout(clock: _Clock) -> None:
    steps = flow(_op(), _settings(deadline=30, max_retries=0))
    send = next(steps)
    assert isinstance(send, Send)
    clock.now += 29
    with pytest.raises(smartcar.RequestTimeoutError) as raised:
        steps.send(httpx2.ReadTimeout("timed out", request=send.request))
    assert str(raised.value) == "Request timed out: GET https://api.test/thing (ReadTimeout)"


def test_a_new_token_is_asked_for_within_the_calls_deadline(clock: _Clock) -> None:
    source = _Source()
    steps = flow(_op(token_source=source), _settings(deadline=60))
    ask = next(steps)
    assert ask == Authorize(source, None, 1060.0)
    send = steps.send(Secret("first"))
    again = _answer(steps, send, 401, {"error": "authentication"})
    assert isinstance(again, Authorize) and again.deadline == 1060.0


def test_each_attempt_is_logged_with_its_duration(
    clock: _Clock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="smartcar")
    source = _Source()
    steps = flow(_op(token_source=source), _settings())
    assert isinstance(next(steps), Authorize)
    send = steps.send(Secret("first"))
    clock.now += 0.25
    resend = _answer(steps, send, 401, {"error": "authentication"}, **{"SC-Request-Id": "r-1"})
    assert isinstance(resend, Authorize)
    assert caplog.messages == [
        "GET /thing -> 401 request_id=r-1 duration_ms=250.0 retry=0 retrying_in=0.00s"
    ]


# -- the request sent ---------------------------------------------------------------------------


class _Builder:
    """An endpoint with a path parameter, the API version, a query, a header and a body."""

    def __init__(self, **extra: Any) -> None:
        self.extra = extra

    def build_request_kwargs(
        self, version: str, vehicle_id: str, *, note: Any = None
    ) -> dict[str, Any]:
        return {
            "method": "post",
            "url": f"/v{version}/vehicles/{vehicle_id}/thing",
            "params": {"from": "builder"},
            "headers": {"SC-Unit-System": "metric", "X-Both": "builder"},
            **self.extra,
        }


def _sent(op: Operation[Any]) -> httpx2.Request:
    send = next(flow(op, _settings()))
    assert isinstance(send, Send)
    return send.request


def _built(endpoint: Any, kwargs: dict[str, Any], **fields: Any) -> Operation[Any]:
    return Operation(endpoint, kwargs, "api", lambda response: None, **fields)


def test_every_request_names_the_sdk_and_the_encodings_it_decodes() -> None:
    from smartcar._core.config import user_agent

    request = _sent(_op())
    assert request.method == "GET"
    assert request.headers["User-Agent"] == user_agent()
    assert request.headers["Accept"] == "application/json"
    assert request.headers["Accept-Encoding"] == "gzip, deflate"
    assert request.headers["Authorization"] == "Bearer fixed"


def test_the_request_joins_what_the_endpoint_and_the_operation_add() -> None:
    op = _built(
        _Builder(json={"unlock": True}),
        {"vehicle_id": "v1"},
        headers={"X-Both": "operation"},
        params={"flags": "a:1"},
        version="3.1",
    )
    request = _sent(op)
    assert request.method == "POST"
    assert request.url.path == "/v3.1/vehicles/v1/thing"
    assert dict(request.url.params) == {"from": "builder", "flags": "a:1"}
    assert request.headers["SC-Unit-System"] == "metric"
    assert request.headers["X-Both"] == "operation"
    assert json.loads(request.content) == {"unlock": True}
    assert "Authorization" not in request.headers


def test_an_operation_without_a_version_sends_the_default_one() -> None:
    request = _sent(_built(_Builder(), {"vehicle_id": "v1"}))
    assert request.url.path == "/v2.0/vehicles/v1/thing"
    assert request.content == b""


def test_a_form_or_raw_body_is_sent_as_built() -> None:
    form = _sent(_built(_Builder(data={"grant_type": "refresh_token"}), {"vehicle_id": "v1"}))
    assert form.content == b"grant_type=refresh_token"
    raw = _sent(_built(_Builder(content=b"\x00raw"), {"vehicle_id": "v1"}))
    assert raw.content == b"\x00raw"


def test_only_the_path_parameters_are_checked_as_path_segments() -> None:
    with pytest.raises(smartcar.InvalidInputError, match="vehicle_id"):
        _built(_Builder(), {"vehicle_id": ".."})
    # A keyword-only parameter (query, header, body) may hold anything.
    _built(_Builder(), {"vehicle_id": "v1", "note": "../?#"})


def test_a_request_that_cannot_be_built_names_its_path_but_never_its_headers() -> None:
    path = "/" + "p" * 150

    class Long:
        def build_request_kwargs(self) -> dict[str, Any]:
            return {"method": "get", "url": path}

    op = _built(Long(), {}, headers={"X-Secret": "sécret-value"})
    with pytest.raises(smartcar.InvalidInputError) as raised:
        _sent(op)
    assert str(raised.value) == (
        f"GET {path[:100]}: the request cannot be built (a header holds a non-ASCII character, "
        "or a query parameter is too long); nothing was sent"
    )
    assert isinstance(raised.value.__cause__, RedactedCause)
    assert (raised.value.__cause__.kind, raised.value.__cause__.detail) == (
        "UnicodeEncodeError",
        "",
    )


# -- the credentials a request carried (what redaction blanks out) -------------------------------


def _secrets(authorization: str | None = None, form: dict[str, str] | None = None) -> list[str]:
    from smartcar._http.request import sent_secrets

    headers = {"Authorization": authorization} if authorization is not None else {}
    return sent_secrets(httpx2.Request("POST", "https://api.test/", headers=headers, data=form))


def test_a_bearer_or_bare_token_is_a_secret_from_six_characters() -> None:
    assert _secrets("Bearer abcdef") == ["abcdef"]
    assert _secrets("Bearer abcde") == []
    assert _secrets("abcdefgh") == ["abcdefgh"]
    assert _secrets("Bearer abcdef ghijkl") == ["abcdef ghijkl"]  # whole, spaces and all
    assert _secrets() == []


def test_basic_credentials_give_the_whole_password_never_the_user_name() -> None:
    import base64

    credential = base64.b64encode(b"client-id:pass:word:123").decode()
    assert _secrets(f"Basic {credential}") == [credential, "pass:word:123"]
    assert _secrets(f"basic {credential}") == [credential, "pass:word:123"]
    assert _secrets("Basic not*base64") == ["not*base64"]
    # Only valid base64 is decoded: dropping the "*" would give client-id:pass:word:123.
    assert _secrets(f"Basic *{credential}") == [f"*{credential}"]


def test_the_secret_form_fields_are_secrets_longest_first() -> None:
    form = {"grant_type": "refresh_token", "code": "code-123", "refresh_token": "refresh-12345"}
    found = _secrets("Basic " + "c" * 9, {**form, "client_secret": "secret-1234567890"})
    assert found == ["secret-1234567890", "refresh-12345", "c" * 9, "code-123"]


def test_a_converters_own_error_keeps_the_evidence_of_the_response() -> None:
    def convert(response: httpx2.Response) -> Any:
        raise smartcar.InvalidResponseError("no vehicle in the answer")

    op = Operation(_Endpoint(), {}, "api", convert, authorization="Bearer fixed")
    steps = flow(op, _settings())
    with pytest.raises(smartcar.InvalidResponseError) as raised:
        _answer(steps, next(steps), 200, {"vehicles": []}, **{"SC-Request-Id": "req-5"})
    assert str(raised.value) == "no vehicle in the answer"
    assert raised.value.headers is not None and raised.value.headers["SC-Request-Id"] == "req-5"
    assert raised.value.body == '{"vehicles": []}'


def test_an_error_names_the_request_without_its_query(clock: _Clock) -> None:
    flagged = Operation(
        _Endpoint(), {}, "api", lambda r: r.json(), authorization="Bearer t", params={"a": "1"}
    )
    steps = flow(flagged, _settings(max_retries=0, deadline=10))
    send = next(steps)
    assert isinstance(send, Send) and send.request.url.query == b"a=1"
    error = _fail(flow(flagged, _settings(max_retries=0)), httpx2.ReadError("reset"))
    assert str(error) == "Network error: GET https://api.test/thing: ReadError: reset"
    error = _fail(flow(flagged, _settings(max_retries=0)), httpx2.ReadTimeout("slow"))
    assert str(error) == "Request timed out: GET https://api.test/thing (ReadTimeout)"
    clock.now += 10
    with pytest.raises(smartcar.RequestTimeoutError) as raised:
        steps.send(httpx2.ReadTimeout("slow", request=send.request))
    assert str(raised.value).startswith("Request timed out: GET https://api.test/thing did not")


def test_every_httpx_exception_is_named_by_its_public_name() -> None:
    # cause() names a class by its __module__: httpx2 exports every exception as httpx2.<name>.
    from smartcar._http.request import cause

    exported = [getattr(httpx2, n) for n in httpx2.__all__]
    errors = [c for c in exported if isinstance(c, type) and issubclass(c, Exception)]
    assert httpx2.ReadTimeout in errors and httpx2.LocalProtocolError in errors
    for kind in errors:
        assert kind.__module__ == "httpx2", kind
    assert str(cause(httpx2.ReadTimeout("slow"), "slow")) == "httpx2.ReadTimeout: slow"


def test_a_deadline_that_passes_while_the_body_arrives_is_no_read_timeout(clock: _Clock) -> None:
    steps = flow(_op(), _settings(deadline=30))
    _, response, read = _streamed(steps)
    assert isinstance(read, Read)
    clock.now += 30
    assert steps.send(b"{") == Close(response)
    with pytest.raises(smartcar.RequestTimeoutError, match="30 s deadline") as raised:
        steps.send(None)
    assert raised.value.__cause__ is None  # not "caused" by the attempt's read timeout


def test_a_form_body_that_is_no_utf8_still_gives_its_secrets() -> None:
    from smartcar._http.request import sent_secrets

    form = httpx2.Request(
        "POST",
        "https://api.test/oauth/token",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
        content=b"code=code-123456&state=\xff\xfe",
    )
    assert sent_secrets(form) == ["code-123456"]


@pytest.mark.parametrize("error", [ValueError("not a transport error"), KeyboardInterrupt()])
def test_a_read_that_fails_with_no_http_error_ends_the_drive(error: BaseException) -> None:
    # Only an httpx2 error of a send or read is the action's outcome (for the engine to retry or
    # report); anything else a read raises closes the steps and reaches the caller as raised.
    received: list[Any] = []

    def chunks() -> Generator[bytes, None, None]:
        raise error
        yield b""

    def steps() -> Generator[Any, Any, str]:
        try:
            received.append((yield Read(chunks())))
        except GeneratorExit:
            received.append("closed")
            raise
        return "finished"

    with httpx2.Client() as client, pytest.raises(type(error)) as raised:
        drive_sync(client, steps())
    assert raised.value is error
    assert received == ["closed"]
