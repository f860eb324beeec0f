"""The example web app (examples/webapp/): serving it, and ``python -m examples.webapp``.

Flask's test client is the browser; the app and Connect are the in-process simulator's (see
``tests/_example_app.py``).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx2
import pytest
from flask import Flask

from examples import webapp
from examples.webapp import __main__ as webapp_main
from examples.webapp import serve
from smartcar import _http

from .._example_app import (
    ROOT,
    TESLA,
    Setup,
    _query,
    allow_loopback,
    local,
    setup_fixture,  # noqa: F401 - the `setup` fixture: the app on a fresh simulator
    start_login,
    text_of,
)
from .._helpers import free_port
from .._webapp import webapp_process

# -- running it: python -m examples.webapp --------------------------------------------------------


@allow_loopback
def test_simulator_mode_points_every_origin_at_the_simulator(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for variable in serve.ORIGIN_VARIABLES:
        monkeypatch.setenv(variable, "http://unused.invalid")  # restored after the test
    port = free_port()
    running = serve.start_simulator(8000, port)
    try:
        assert running.server.url == f"http://127.0.0.1:{port}"
        for variable in serve.ORIGIN_VARIABLES:
            assert os.environ[variable] == running.server.url
        app = webapp.create_app(
            running.auth_client, running.v3, webapp.Database(str(tmp_path / "db.sqlite3"))
        )
        browser = app.test_client()
        with httpx2.Client() as user:
            connect_url = browser.get("/login").headers["location"]
            assert connect_url.startswith(f"{running.server.url}/oauth/authorize?")
            approved = user.get(
                f"{running.server.url}/oauth/authorize/approve",
                params={**_query(connect_url), "decision": "approve"},
            )
            callback = browser.get(local(approved.headers["location"]))
            assert callback.headers["location"] == "/vehicles"
            assert "2021 TESLA Model 3" in text_of(browser.get("/vehicles"))
            assert "104032.0 km" in text_of(browser.get(f"/vehicles/{TESLA}"))
    finally:
        running.close()
        _http.close_shared_clients()  # its keep-alive connections point at the stopped server


def test_without_credentials_main_explains_what_to_set(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for variable in ("SMARTCAR_CLIENT_ID", "SMARTCAR_CLIENT_SECRET", "SMARTCAR_API_CLIENT_ID"):
        monkeypatch.delenv(variable, raising=False)
    assert webapp_main.main([]) == 2
    out = capsys.readouterr().out
    assert "SMARTCAR_CLIENT_ID" in out and "--simulator" in out


def test_the_module_runs_from_the_repository_root() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "examples.webapp", "--help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "--simulator" in done.stdout and "SMARTCAR_SIMULATOR_PORT" in done.stdout


@pytest.fixture
def served(setup: Setup) -> Iterator[str]:
    """The app on a loopback port, served the way main() serves it."""
    server = serve.make_app_server("127.0.0.1", 0, setup.app)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(10)


@allow_loopback
def test_the_request_log_never_shows_codes_or_states(
    setup: Setup, served: str, capsys: pytest.CaptureFixture[str]
) -> None:
    callback_url = start_login(setup)
    query = _query(callback_url)
    with httpx2.Client(base_url=served, timeout=10) as browser:
        browser.get(local(callback_url))
        browser.get("/does-not-exist?code=other-code&state=other-state")
    # wsgiref writes a request's log line after the response has gone out, so the client can
    # be ahead of the server's thread: collect the log until both lines are in (or give up).
    log = ""
    deadline = time.monotonic() + 10
    while not ("GET /callback" in log and "/does-not-exist" in log) and time.monotonic() < deadline:
        log += capsys.readouterr().err
        time.sleep(0.01)
    assert "GET /callback?..." in log and "/does-not-exist?..." in log  # it still logs
    for secret in (query["code"], query["state"], "other-code", "other-state"):
        assert secret not in log


@allow_loopback
def test_a_half_open_client_does_not_block_the_others(served: str) -> None:
    port = int(served.rsplit(":", 1)[1])
    # A client that sends half a request line and then nothing: a single-threaded server
    # would wait on it for ever, and every other browser with it.
    with socket.create_connection(("127.0.0.1", port), timeout=10) as stalled:
        stalled.sendall(b"GET / HT")
        answer = httpx2.get(served + "/", timeout=5)
        assert answer.status_code == 200
        assert "Connect your car" in answer.text


@allow_loopback
def test_the_readme_command_serves_the_app(monkeypatch: pytest.MonkeyPatch) -> None:
    """`.venv/bin/python -m examples.webapp --simulator`, as the READMEs have it."""
    port, simulator_port = free_port(), free_port()
    monkeypatch.setenv("SMARTCAR_SIMULATOR_PORT", str(simulator_port))
    with webapp_process(port) as simulator:
        assert simulator == f"http://127.0.0.1:{simulator_port}"
        with httpx2.Client(base_url=f"http://127.0.0.1:{port}", timeout=10) as browser:
            assert "Connect your car" in browser.get("/").text
            login = browser.get("/login")
            assert login.headers["location"].startswith(f"{simulator}/oauth/authorize?")


def test_main_against_the_real_api_reads_its_configuration(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    for name, value in {
        "SMARTCAR_CLIENT_ID": "client-id",
        "SMARTCAR_CLIENT_SECRET": "client-secret",
        "SMARTCAR_REDIRECT_URI": "http://localhost:8000/callback",
        "SMARTCAR_API_CLIENT_ID": "client_api",
        "SMARTCAR_API_CLIENT_SECRET": "api-secret",
        "SMARTCAR_MANAGEMENT_TOKEN": "new-amt, old-amt",
        "SMARTCAR_EXAMPLE_SECRET_KEY": "a-secret-key-of-the-deployment",
    }.items():
        monkeypatch.setenv(name, value)
    built: list[Flask] = []

    class Server:
        def __init__(self, host: str, port: int, app: Flask) -> None:
            assert (host, port) == ("localhost", 8000)
            built.append(app)

        def __enter__(self) -> Server:
            return self

        def __exit__(self, *exc: object) -> None:
            pass

        def serve_forever(self) -> None:
            raise KeyboardInterrupt  # Ctrl+C

    monkeypatch.setattr(webapp_main, "make_app_server", Server)
    assert webapp_main.main([]) == 0
    [app] = built
    svc = webapp.services_of(app)
    assert svc.webhook_tokens == ["new-amt", "old-amt"]
    assert svc.test_delivery is None
    assert app.config["SECRET_KEY"] == b"a-secret-key-of-the-deployment"
    assert svc.database.path == webapp_main.DEFAULT_DATABASE
    assert (tmp_path / webapp_main.DEFAULT_DATABASE).exists()


def test_a_python_without_the_packages_is_told_what_to_run() -> None:
    # -S: no site-packages, like a plain `python` outside the project's virtualenv.
    done = subprocess.run(
        [sys.executable, "-S", "-m", "examples.webapp", "--simulator"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith("ModuleNotFoundError: ") and "is not installed for" in last
    assert "`make install`, then `.venv/bin/python -m examples.webapp --simulator`" in last
