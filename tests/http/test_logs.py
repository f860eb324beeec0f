"""``SMARTCAR_LOG``: one line per call at ``info``; headers, redacted, at ``debug``."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import httpx2
import pytest

import smartcar
from smartcar._http import logs
from smartcar._http.observe import CallRecord
from smartcar.testing import Simulator, SimulatorTransport

PROGRAM = textwrap.dedent(
    """
    import smartcar
    from smartcar.testing import Simulator, SimulatorTransport

    sim = Simulator()
    token = sim.issue_token()["access_token"]
    print("TOKEN", token)
    car = smartcar.Vehicle(sim.vehicle_ids[0], token, transport=SimulatorTransport(sim))
    car.odometer()
    sim.fail_next("RATE_LIMIT", retry_after=0)
    car.location()
    """
)


def run(level: str | None) -> tuple[str, str]:
    """The program's stderr with ``SMARTCAR_LOG=level``, and the token it used."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("SMARTCAR_")}
    if level is not None:
        env["SMARTCAR_LOG"] = level
    done = subprocess.run(
        [sys.executable, "-c", PROGRAM], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    token = done.stdout.split("TOKEN ", 1)[1].split()[0]
    return done.stderr, token


def call_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if " INFO smartcar.calls] " in line]


def test_info_logs_one_line_per_call() -> None:
    stderr, token = run("info")
    lines = call_lines(stderr)
    assert len(lines) == 2, stderr
    assert "get_odometer GET /v2.0/vehicles/" in lines[0] and "-> 200" in lines[0]
    assert "attempts=1" in lines[0] and "request_id=" in lines[0] and "duration_ms=" in lines[0]
    assert "get_location" in lines[1] and "attempts=2" in lines[1]
    assert "request_id=None" not in stderr
    assert "headers" not in stderr and "DEBUG" not in stderr
    assert token not in stderr


def test_debug_adds_headers_redacted_and_the_http_librarys_log() -> None:
    stderr, token = run("DEBUG")
    lines = call_lines(stderr)
    assert len(lines) == 2, stderr
    assert "request_headers=" in lines[0] and "'authorization': '[REDACTED]'" in lines[0]
    assert "response_headers=" in lines[0] and "sc-data-age" in lines[0]
    assert "INFO httpx2] HTTP Request: GET" in stderr
    assert token not in stderr


@pytest.mark.parametrize("level", [None, "", "loud"])
def test_without_it_nothing_is_printed(level: str | None) -> None:
    stderr, _ = run(level)
    assert stderr == ""


def test_the_filter_is_on_the_handler_too() -> None:
    from smartcar._http import logs

    record = logging.LogRecord("x", logging.INFO, "", 0, "Authorization: Bearer abc.def", (), None)
    assert logs._FILTER.filter(record)
    assert "abc.def" not in record.getMessage()


def test_a_failed_call_logs_its_status_and_request_id(caplog: pytest.LogCaptureFixture) -> None:
    sim = Simulator()
    token = sim.issue_token()["access_token"]
    car = smartcar.Vehicle(sim.vehicle_ids[0], token, transport=SimulatorTransport(sim))
    sim.fail_next("VEHICLE_STATE:ASLEEP")
    with (
        caplog.at_level(logging.INFO, logger="smartcar"),
        pytest.raises(smartcar.SmartcarException),
    ):
        car.odometer()
    (line,) = [r.getMessage() for r in caplog.records if r.levelno == logging.INFO]
    assert "get_odometer" in line and "-> 409" in line and "attempts=1" in line


def test_the_readme_block(tmp_path: Path) -> None:
    """The README's ``SMARTCAR_LOG`` lines, run with bash, with ``your_app.py`` a small app."""
    from ..docs.test_readme_shell import commands, shell_blocks

    [block] = [b for b in shell_blocks() if b.startswith("SMARTCAR_LOG=")]
    (tmp_path / "your_app.py").write_text(PROGRAM)
    env = {k: v for k, v in os.environ.items() if not k.startswith("SMARTCAR_")}
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    outputs = []
    for line in commands(block):
        done = subprocess.run(
            ["bash", "-c", line], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60
        )
        assert done.returncode == 0, done.stderr
        outputs.append(done.stderr)
    info, debug = outputs
    assert len(call_lines(info)) == 2 and "headers" not in info
    assert len(call_lines(debug)) == 2 and "'authorization': '[REDACTED]'" in debug


# -- the same, in this process: what install() and SMARTCAR_LOG do to the loggers -----------------

TOUCHED = ("smartcar", "httpx2", "httpcore2", *logs.HTTP_LOGGERS)


@pytest.fixture
def loggers() -> Iterator[None]:
    """Each logger these tests may change, put back as it was afterwards."""
    saved = {
        name: (logger.level, list(logger.handlers), list(logger.filters))
        for name in TOUCHED
        for logger in [logging.getLogger(name)]
    }
    yield
    for name, (level, handlers, filters) in saved.items():
        logger = logging.getLogger(name)
        logger.setLevel(level)
        logger.handlers[:] = handlers
        logger.filters[:] = filters


def sdk_handlers(name: str) -> list[logging.Handler]:
    return [h for h in logging.getLogger(name).handlers if isinstance(h, logs._Handler)]


@pytest.mark.parametrize(("value", "level"), [("info", logging.INFO), (" Debug ", logging.DEBUG)])
def test_smartcar_log_gives_the_sdk_logger_one_redacting_handler_to_stderr(
    loggers: None, monkeypatch: pytest.MonkeyPatch, value: str, level: int
) -> None:
    for name in ("smartcar", "httpx2", "httpcore2"):
        logging.getLogger(name).handlers[:] = [
            h for h in logging.getLogger(name).handlers if not isinstance(h, logs._Handler)
        ]
        logging.getLogger(name).setLevel(logging.NOTSET)
    monkeypatch.setenv("SMARTCAR_LOG", value)
    logs.log_from_environment()
    logs.log_from_environment()  # idempotent: still one handler
    (handler,) = sdk_handlers("smartcar")
    assert logging.getLogger("smartcar").level == level
    assert isinstance(handler, logging.StreamHandler) and handler.stream is sys.stderr
    assert handler.formatter is not None
    assert handler.formatter._fmt == "[%(asctime)s %(levelname)s %(name)s] %(message)s"
    assert handler.filters == [logs._FILTER]
    # At debug the HTTP library's loggers log to the same kind of handler; at info they are left.
    for name in ("httpx2", "httpcore2"):
        if level == logging.DEBUG:
            assert len(sdk_handlers(name)) == 1
            assert logging.getLogger(name).level == logging.DEBUG
        else:
            assert sdk_handlers(name) == []
            assert logging.getLogger(name).level == logging.NOTSET


@pytest.mark.parametrize("value", [None, "", "warning", "DEBUGGING"])
def test_any_other_smartcar_log_changes_no_logger(
    loggers: None, monkeypatch: pytest.MonkeyPatch, value: str | None
) -> None:
    for name in ("smartcar", "httpx2", "httpcore2"):
        logging.getLogger(name).handlers[:] = []
        logging.getLogger(name).setLevel(logging.NOTSET)
    if value is None:
        monkeypatch.delenv("SMARTCAR_LOG", raising=False)
    else:
        monkeypatch.setenv("SMARTCAR_LOG", value)
    logs.log_from_environment()
    for name in ("smartcar", "httpx2", "httpcore2"):
        assert logging.getLogger(name).handlers == []
        assert logging.getLogger(name).level == logging.NOTSET


def test_install_puts_the_filter_once_on_every_http_logger(
    loggers: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SMARTCAR_LOG", raising=False)
    for name in logs.HTTP_LOGGERS:
        logging.getLogger(name).filters[:] = []
    logs.install()
    logs.install()
    for name in logs.HTTP_LOGGERS:
        assert logging.getLogger(name).filters == [logs._FILTER], name


def test_a_credential_header_pair_keeps_its_name_and_quotes() -> None:
    text = "headers=[(b'Set-Cookie', b'session=abc'), (b'X-Other', b'kept')]"
    assert logs.redact_log_text(text) == (
        "headers=[(b'Set-Cookie', b'[REDACTED]'), (b'X-Other', b'kept')]"
    )


def test_a_record_that_cannot_be_redacted_is_withheld(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(text: str) -> str:
        raise ValueError("no")

    monkeypatch.setattr(logs, "redact_log_text", broken)
    record = logging.LogRecord("httpx2", logging.DEBUG, __file__, 1, "sent %s", ("x",), None)
    assert logs._FILTER.filter(record) is True
    assert record.getMessage() == (
        "[a record of the HTTP library, withheld: it could not be redacted]"
    )
    malformed = logging.LogRecord("httpx2", logging.DEBUG, __file__, 1, "%s %s", ("x",), None)
    assert logs._FILTER.filter(malformed) is True  # left to logging to report
    assert malformed.msg == "%s %s"


# -- the call's INFO line and its hooks' response, exactly: a CallRecord with a made-up clock -----


class Clock:
    """A ``time.monotonic`` that moves on by a quarter second each time it is read."""

    def __init__(self, start: float = 100.0) -> None:
        self.now = start - 0.25

    def __call__(self) -> float:
        self.now += 0.25
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    from smartcar._http import observe

    made_up = Clock()
    monkeypatch.setattr(observe, "time", SimpleNamespace(monotonic=made_up))
    return made_up


class _Endpoint:
    """An endpoint that names its operation."""

    operation_id = "generated.api.vehicles.get_odometer"


def record_of(hooks: tuple[smartcar.Hooks, ...] = ()) -> CallRecord:
    op = SimpleNamespace(endpoint=_Endpoint(), command=False, kwargs={})
    return CallRecord(op, SimpleNamespace(hooks=hooks))  # type: ignore[arg-type]


def request() -> httpx2.Request:
    return httpx2.Request(
        "GET",
        "https://api.smartcar.com/v2.0/vehicles/car-1/odometer?units=metric",
        headers={"Authorization": "Bearer secret-token", "X-Mine": "mine"},
    )


def answer(sent: httpx2.Request) -> httpx2.Response:
    return httpx2.Response(
        200, headers={"SC-Request-Id": "req-1", "Set-Cookie": "s=1", "X-Theirs": "t"}, request=sent
    )


def info_records(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "smartcar.calls"]


def test_a_sent_call_logs_its_exact_line_with_a_format_and_an_argument(
    caplog: pytest.LogCaptureFixture, clock: Clock
) -> None:
    record = record_of()  # clock 100.0
    sent = request()
    record.sending(sent)  # 100.25
    with caplog.at_level(logging.INFO, logger="smartcar"):
        record.finished(answer(sent))  # 100.5
    (logged,) = info_records(caplog)
    line = (
        "get_odometer GET /v2.0/vehicles/car-1/odometer -> 200 request_id=req-1 attempts=1 "
        "duration_ms=500.0"
    )
    assert logged.levelno == logging.INFO
    assert logged.msg == "%s" and logged.args == (line,)
    assert logged.getMessage() == line


def test_a_failed_call_logs_the_exceptions_name_and_request_id(
    caplog: pytest.LogCaptureFixture, clock: Clock
) -> None:
    record = record_of()
    record.sending(request())
    record.sending(request())
    with caplog.at_level(logging.INFO, logger="smartcar"):
        record.finished(smartcar.RateLimitError("slow down", request_id="req-9"))
    (logged,) = info_records(caplog)
    assert logged.getMessage() == (
        "get_odometer GET /v2.0/vehicles/car-1/odometer -> RateLimitError request_id=req-9 "
        "attempts=2 duration_ms=750.0"
    )


@pytest.mark.parametrize("level", [logging.INFO, logging.DEBUG])
def test_a_call_never_sent_logs_not_sent_and_no_headers(
    caplog: pytest.LogCaptureFixture, clock: Clock, level: int
) -> None:
    record = record_of()
    with caplog.at_level(level, logger="smartcar"):
        record.finished(smartcar.SmartcarException("no token"))
    (logged,) = info_records(caplog)
    assert logged.getMessage() == (
        "get_odometer (not sent) -> SmartcarException request_id=None attempts=0 duration_ms=250.0"
    )


def test_debug_appends_the_redacted_request_and_response_headers(
    caplog: pytest.LogCaptureFixture, clock: Clock
) -> None:
    record = record_of()
    sent = request()
    record.sending(sent)
    with caplog.at_level(logging.DEBUG, logger="smartcar"):
        record.finished(answer(sent))
    (logged,) = info_records(caplog)
    assert logged.getMessage() == (
        "get_odometer GET /v2.0/vehicles/car-1/odometer -> 200 request_id=req-1 attempts=1 "
        "duration_ms=500.0 "
        "request_headers={'host': 'api.smartcar.com', 'authorization': '[REDACTED]', "
        "'x-mine': 'mine'} "
        "response_headers={'sc-request-id': 'req-1', 'set-cookie': '[REDACTED]', 'x-theirs': 't'}"
    )
    assert "secret-token" not in logged.getMessage()


def test_a_failed_call_at_debug_shows_only_the_request_headers(
    caplog: pytest.LogCaptureFixture, clock: Clock
) -> None:
    record = record_of()
    record.sending(request())
    with caplog.at_level(logging.DEBUG, logger="smartcar"):
        record.finished(smartcar.SmartcarException("failed"))
    (logged,) = info_records(caplog)
    assert logged.getMessage().endswith(
        "duration_ms=500.0 request_headers={'host': 'api.smartcar.com', "
        "'authorization': '[REDACTED]', 'x-mine': 'mine'}"
    )


def test_a_vehicle_call_logs_its_exact_line(caplog: pytest.LogCaptureFixture, clock: Clock) -> None:
    def handler(sent: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(200, json={"distance": 1.5}, headers={"SC-Request-Id": "req-ok"})

    car = smartcar.Vehicle("car-1", "token-value", transport=httpx2.MockTransport(handler))
    with caplog.at_level(logging.INFO, logger="smartcar"):
        car.odometer()
    (logged,) = info_records(caplog)
    assert logged.getMessage() == (
        "get_odometer GET /v2.0/vehicles/car-1/odometer -> 200 request_id=req-ok attempts=1 "
        "duration_ms=500.0"
    )


def test_the_hooks_response_is_redacted_timed_and_has_the_request_id(clock: Clock) -> None:
    seen: list[Any] = []
    record = record_of((smartcar.Hooks(after_response=lambda a, r: seen.append((a, r))),))
    sent = request()
    record.sending(sent)  # 100.25
    record.received(answer(sent), lambda e, r: smartcar.SmartcarException(str(e)))  # 100.5
    ((attempt, response),) = seen
    assert (
        attempt.number == 1
        and attempt.url == "https://api.smartcar.com/v2.0/vehicles/car-1/odometer"
    )
    assert response.status_code == 200
    assert response.request_id == "req-1"
    assert response.elapsed == 0.25
    assert dict(response.headers) == {
        "sc-request-id": "req-1",
        "set-cookie": "[REDACTED]",
        "x-theirs": "t",
    }
    assert response.headers["Set-Cookie"] == "[REDACTED]"


def test_an_attempt_never_marked_sent_is_timed_from_the_calls_start(clock: Clock) -> None:
    seen: list[Any] = []
    record = record_of((smartcar.Hooks(after_response=lambda a, r: seen.append(r)),))  # 100.0
    sent = request()
    record.request = sent
    record._attempt = record.attempt(sent)
    record.received(answer(sent), lambda e, r: smartcar.SmartcarException(str(e)))  # 100.25
    assert [r.elapsed for r in seen] == [0.25]


def everything() -> tuple[list[Any], smartcar.Hooks]:
    seen: list[Any] = []
    return seen, smartcar.Hooks(
        after_response=lambda *a: seen.append(("after", *a)),
        on_error=lambda *a: seen.append(("error", *a)),
    )


def failure_recorder(made: list[Any]) -> Any:
    def failure(error: Exception, sent: httpx2.Request) -> smartcar.SmartcarException:
        made.append(error)
        return smartcar.SmartcarException(str(error))

    return failure


@pytest.mark.parametrize("outcome", ["response", "error"])
@pytest.mark.parametrize("missing", ["hooks", "attempt", "request"])
def test_received_does_nothing_without_hooks_an_attempt_or_a_request(
    clock: Clock, missing: str, outcome: str
) -> None:
    seen, hooks = everything()
    record = record_of(() if missing == "hooks" else (hooks,))
    sent = request()
    if missing != "request":
        record.request = sent
    if missing != "attempt":
        record._attempt = record.attempt(sent)
    made: list[Any] = []
    ended: httpx2.Response | Exception = (
        answer(sent) if outcome == "response" else httpx2.ConnectError("down")
    )
    record.received(ended, failure_recorder(made))
    assert seen == [] and made == []
