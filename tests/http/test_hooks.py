"""Per-attempt hooks: what they see, when they run, and that a failing hook changes nothing."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

import httpx2
import pytest

import smartcar
from smartcar._http.hooks import run_hooks, validate_hooks
from smartcar._http.observe import CallRecord, operation_id
from smartcar.testing import Simulator, SimulatorTransport

from .._helpers import TESLA, USER

Handler = Callable[[httpx2.Request], httpx2.Response]


class Script(httpx2.MockTransport, httpx2.AsyncBaseTransport):
    """Answers each request with the next of ``answers`` (a response, or an error raised)."""

    def __init__(self, *answers: httpx2.Response | Exception) -> None:
        self.answers = list(answers)
        self.sent: list[httpx2.Request] = []
        super().__init__(self._answer)

    def _answer(self, request: httpx2.Request) -> httpx2.Response:
        self.sent.append(request)
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, Exception):
            raise answer
        return httpx2.Response(answer.status_code, headers=answer.headers, content=answer.content)


def ok(body: bytes = b'{"distance": 1.5}') -> httpx2.Response:
    return httpx2.Response(200, content=body, headers={"SC-Request-Id": "req-ok"})


def too_many() -> httpx2.Response:
    return httpx2.Response(429, headers={"Retry-After": "0", "SC-Request-Id": "req-429"})


class Recorder:
    """Hooks that record what they see, as (event, ...) tuples."""

    def __init__(self) -> None:
        self.events: list[tuple[Any, ...]] = []
        self.hooks = smartcar.Hooks(
            before_request=lambda a: self.events.append(
                ("before", a.operation_id, a.command, a.vehicle_id, a.number)
            ),
            after_response=lambda a, r: self.events.append(
                ("after", a.number, r.status_code, r.request_id)
            ),
            on_error=lambda a, e: self.events.append(("error", a.number, type(e).__name__)),
        )


def boom(*args: Any) -> None:
    raise RuntimeError("hook failed")


BROKEN = smartcar.Hooks(before_request=boom, after_response=boom, on_error=boom)


def test_each_attempt_runs_before_and_after(caplog: pytest.LogCaptureFixture) -> None:
    seen = Recorder()
    car = smartcar.Vehicle("car-1", "token-value", transport=Script(too_many(), ok()))
    car.with_options(hooks=seen.hooks).odometer()
    assert seen.events == [
        ("before", "get_odometer", False, "car-1", 1),
        ("after", 1, 429, "req-429"),
        ("before", "get_odometer", False, "car-1", 2),
        ("after", 2, 200, "req-ok"),
    ]


def test_a_command_is_flagged() -> None:
    seen = Recorder()
    body = b'{"status": "success", "message": "ok"}'
    smartcar.Vehicle("car-1", "token-value", transport=Script(ok(body)), hooks=seen.hooks).lock()
    assert seen.events[0] == ("before", "control_security", True, "car-1", 1)


def test_a_network_error_runs_on_error_then_the_retry_runs_after() -> None:
    seen = Recorder()
    transport = Script(httpx2.ConnectError("refused"), ok())
    smartcar.Vehicle("car-1", "token-value", transport=transport, hooks=seen.hooks).odometer()
    assert seen.events[1] == ("error", 1, "NetworkError")
    assert seen.events[3] == ("after", 2, 200, "req-ok")


def test_a_response_refused_unread_runs_on_error() -> None:
    seen = Recorder()
    car = smartcar.Vehicle(
        "car-1", "token-value", transport=Script(ok(b"x" * 100)), hooks=seen.hooks
    )
    with pytest.raises(smartcar.InvalidResponseError):
        car.with_options(max_response_bytes=10).odometer()
    assert seen.events[-1] == ("error", 1, "InvalidResponseError")


def test_hooks_see_no_credential() -> None:
    headers: list[dict[str, str]] = []
    hooks = smartcar.Hooks(before_request=lambda a: headers.append(dict(a.request_headers)))
    smartcar.Vehicle("car-1", "token-value", transport=Script(ok()), hooks=hooks).odometer()
    assert headers[0]["authorization"] == "[REDACTED]"
    assert "token-value" not in str(headers)


def test_a_failing_hook_is_logged_and_the_read_is_retried_as_usual(
    caplog: pytest.LogCaptureFixture,
) -> None:
    transport = Script(too_many(), too_many(), ok())
    car = smartcar.Vehicle("car-1", "token-value", transport=transport, hooks=BROKEN)
    with caplog.at_level(logging.WARNING, logger="smartcar.hooks"):
        assert car.odometer().distance == 1.5
    assert len(transport.sent) == 3
    failures = [r for r in caplog.records if r.name == "smartcar.hooks"]
    assert len(failures) == 6  # before and after, each of three attempts
    assert "before_request" in failures[0].getMessage() and failures[0].exc_info is not None


@pytest.mark.parametrize(
    "answer", [httpx2.Response(500), httpx2.ReadError("reset")], ids=["500", "read-error"]
)
def test_a_failing_hook_never_makes_a_command_be_sent_again(
    answer: httpx2.Response | Exception, caplog: pytest.LogCaptureFixture
) -> None:
    transport = Script(answer, ok(b'{"status": "success", "message": "ok"}'))
    car = smartcar.Vehicle("car-1", "token-value", transport=transport, hooks=BROKEN)
    with pytest.raises(smartcar.SmartcarException):
        car.lock()
    assert len(transport.sent) == 1


def test_several_hooks_run_in_order_and_a_call_replaces_the_clients() -> None:
    order: list[str] = []
    first = smartcar.Hooks(before_request=lambda a: order.append("first"))
    second = smartcar.Hooks(before_request=lambda a: order.append("second"))
    car = smartcar.Vehicle("car-1", "token-value", transport=Script(ok()), hooks=[first, second])
    car.odometer()
    assert order == ["first", "second"]
    car.with_options(hooks=second).odometer()
    assert order == ["first", "second", "second"]
    car.with_options(hooks=[]).odometer()
    assert order == ["first", "second", "second"]


def test_async_calls_run_the_same_hooks() -> None:
    seen = Recorder()

    async def main() -> None:
        car = smartcar.AsyncVehicle(
            "car-1", "token-value", transport=Script(too_many(), ok()), hooks=seen.hooks
        )
        await car.odometer()

    asyncio.run(main())
    assert [event[0] for event in seen.events] == ["before", "after", "before", "after"]


@pytest.mark.tesla_connected
def test_app_calls_name_the_vehicle_and_the_operation(sim: Simulator) -> None:
    vehicle_id = TESLA
    seen = Recorder()
    app = smartcar.App(
        sim.client_id, sim.client_secret, transport=SimulatorTransport(sim), hooks=seen.hooks
    )
    app.vehicle(vehicle_id, USER).lock_doors()
    assert ("before", "lock_doors", True, vehicle_id, 1) in seen.events


@pytest.mark.parametrize(
    "value",
    [object(), [object()], "hooks", smartcar.Hooks(on_error=3)],  # type: ignore[arg-type]
)
def test_an_invalid_hooks_option_fails_before_any_request(value: Any) -> None:
    transport = Script(ok())
    with pytest.raises(smartcar.InvalidInputError, match=r"[Hh]ooks"):
        smartcar.Vehicle("car-1", "token-value", transport=transport, hooks=value)
    assert transport.sent == []


# --- in process: running hooks, and what a call record hands them --------------------------


def test_a_hooks_object_without_that_hook_is_skipped_and_the_next_runs() -> None:
    seen: list[Any] = []
    hooks = (smartcar.Hooks(), smartcar.Hooks(before_request=seen.append))
    run_hooks(hooks, "before_request", "attempt")
    assert seen == ["attempt"]


class CallableHook:
    def __call__(self, *args: Any) -> None:
        raise RuntimeError("hook failed")


@pytest.mark.parametrize(
    ("hook", "named"),
    [(boom, "boom"), (CallableHook(), "CallableHook")],
    ids=["function", "callable-object"],
)
def test_a_hook_that_raises_is_logged_by_name_with_its_traceback(
    caplog: pytest.LogCaptureFixture, hook: Any, named: str
) -> None:
    seen: list[Any] = []
    hooks = (smartcar.Hooks(on_error=hook), smartcar.Hooks(on_error=lambda *a: seen.append(a)))
    with caplog.at_level(logging.WARNING, logger="smartcar.hooks"):
        run_hooks(hooks, "on_error", "attempt", "error")
    assert seen == [("attempt", "error")]  # the next hook still runs
    (record,) = [r for r in caplog.records if r.name == "smartcar.hooks"]
    assert record.getMessage() == f"smartcar hook on_error ({named}) raised; the call goes on"
    assert record.exc_info is not None and isinstance(record.exc_info[1], RuntimeError)


def test_an_invalid_hooks_option_names_the_type_given() -> None:
    with pytest.raises(smartcar.InvalidInputError) as raised:
        validate_hooks(42)  # type: ignore[arg-type]
    assert str(raised.value).endswith("hooks must be a smartcar.Hooks or a list of them, got int")
    with pytest.raises(smartcar.InvalidInputError) as raised:
        validate_hooks([smartcar.Hooks(), 4.5])  # type: ignore[list-item]
    assert str(raised.value).endswith("hooks must be smartcar.Hooks objects, got a float")


def test_before_request_sees_the_method_and_the_url_without_its_query() -> None:
    attempts: list[Any] = []
    car = smartcar.Vehicle("car-1", "token-value", transport=Script(ok()))
    car.with_options(hooks=smartcar.Hooks(before_request=attempts.append)).odometer()
    (attempt,) = attempts
    assert attempt.method == "GET"
    assert attempt.url.endswith("/vehicles/car-1/odometer")
    assert attempt.url.startswith("https://")


def test_a_refusal_before_any_attempt_runs_no_hook() -> None:
    seen: list[Any] = []
    settings = SimpleNamespace(hooks=(smartcar.Hooks(on_error=lambda *a: seen.append(a)),))
    op = SimpleNamespace(endpoint=None, command=False, kwargs={})
    record = CallRecord(op, settings)  # type: ignore[arg-type]
    record.refused(smartcar.SmartcarException("refused"))
    assert seen == []


class Named:
    """An endpoint written by hand that names its operation."""

    operation_id = "generated.api.vehicles.get_odometer"
    __name__ = "something_else"


class Anonymous:
    """An endpoint with neither an operation id nor a name."""


def test_the_operation_id_is_the_endpoints_own_or_else_its_types_name() -> None:
    assert operation_id(SimpleNamespace(endpoint=Named())) == "get_odometer"  # type: ignore[arg-type]
    assert operation_id(SimpleNamespace(endpoint=Anonymous())) == "Anonymous"  # type: ignore[arg-type]
