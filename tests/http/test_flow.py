"""The engine's decisions, stepped by hand: no sockets, no drivers, no patched sleeps.

:func:`smartcar._http.flow` (and every plan written in its actions: a token refresh, a list's
next page) is a generator. Each test sends it the outcomes of its actions and checks the
actions it yields next: when it retries and how long it waits, what the deadline stops, when
it asks for a token again, and how one refresh serves every caller waiting for it.
"""

from __future__ import annotations

import json
import math
import time
from collections.abc import Generator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx2
import pytest

import smartcar
from smartcar._core.secret import Secret
from smartcar._http import (
    Action,
    Authorize,
    Call,
    Operation,
    Read,
    Send,
    Settings,
    Sleep,
    Streamed,
    Wait,
    flow,
)
from smartcar._http.network import within
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
