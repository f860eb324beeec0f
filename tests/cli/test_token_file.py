"""The CLI's token file against another local user, a stuck lock, a hostile loopback peer.

A file others can read or write is refused (as ``ssh`` refuses such keys), and nothing is
created or written before a refusal. A held lock is waited for a bounded time. An idle
connection to the login callback holds neither the redirect nor the end of the login, and a
stalled token endpoint or lock ends the login at its ``--timeout``. A broken file is a sentence
and exit status 2, never a Python exception's name.
"""

from __future__ import annotations

import json
import os
import socket
import struct
import threading
import time
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx2
import pytest

from smartcar.cli import _store
from smartcar.cli._errors import CliError
from smartcar.cli._login import LoopbackReceiver
from smartcar.testing import Simulator
from tests._loopback import Loopback
from tests.cli.test_cli import (
    TESLA,
    Browser,
    Run,
    allow_loopback,
    clean_env,
    cli,
    free_port,
    logged_in,
    login_sim,
    mode_of,
    read_tokens,
    sim,
    simulated,
    store_tokens,
    token_file,
)

# Fixtures of test_cli, used by name below.
__all__ = ["clean_env", "cli", "logged_in", "login_sim", "sim", "simulated", "token_file"]


def _lock_file(token_file: Path) -> Path:
    return token_file.with_name(token_file.name + ".lock")


# -- the file's mode and owner ------------------------------------------------------------------


@pytest.mark.parametrize(
    "mode", [0o666, 0o664, 0o644, 0o640, 0o604, 0o620, 0o602, 0o610, 0o601], ids=oct
)
def test_a_token_file_others_can_read_or_write_is_refused_before_anything_is_sent(
    cli: Run, logged_in: Simulator, token_file: Path, mode: int
) -> None:
    # Another user could rewrite the recorded origins and receive the refresh token and the
    # client secret at the next refresh, or read them outright: as ssh with a private key,
    # any permission for group or others is refused.
    token_file.chmod(mode)
    before = token_file.read_bytes()
    code, out, err = cli("vehicles")
    assert code == 2
    assert out == ""
    assert f"can be read or written by other users (mode {mode:04o})" in err
    assert f"chmod 600 {token_file}" in err
    assert "Traceback" not in err
    assert not _lock_file(token_file).exists()  # the check comes before the lock file
    assert token_file.read_bytes() == before
    token_file.chmod(0o600)
    assert cli("vehicles")[0] == 0


@pytest.mark.parametrize("mode", [0o600, 0o400, 0o700], ids=oct)
def test_a_token_file_only_its_owner_can_use_is_accepted(
    cli: Run, logged_in: Simulator, token_file: Path, mode: int
) -> None:
    token_file.chmod(mode)
    assert cli("vehicles")[0] == 0


def test_a_token_file_of_another_user_is_refused(
    cli: Run, logged_in: Simulator, token_file: Path
) -> None:
    if os.getuid() != 0:
        pytest.skip("giving a file to another user takes root")
    os.chown(token_file, 65534, 65534)
    code, _, err = cli("vehicles")
    assert code == 2
    assert "belongs to another user" in err
    assert not _lock_file(token_file).exists()


def test_a_token_file_that_is_not_a_regular_file_is_refused(
    cli: Run, token_file: Path, simulated: Simulator
) -> None:
    token_file.parent.mkdir(parents=True, mode=0o700)
    os.mkfifo(token_file, 0o600)  # reading it would block until someone writes
    code, _, err = cli("vehicles")
    assert code == 2
    assert "not a regular file" in err


def test_a_missing_token_file_creates_nothing(
    cli: Run, token_file: Path, simulated: Simulator
) -> None:
    code, _, err = cli("vehicles")
    assert code == 2
    assert "smartcar login" in err
    assert not token_file.parent.exists()


# -- login refuses before the browser opens ----------------------------------------------------


@allow_loopback
def test_login_into_a_directory_others_can_write_is_refused_before_anything_happens(
    cli: Run, login_sim: Simulator, token_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    browser = Browser(login_sim)
    monkeypatch.setattr("webbrowser.open", browser)
    token_file.parent.mkdir(parents=True)
    token_file.parent.chmod(0o777)
    try:
        code, _, err = cli("--redirect-uri", login_sim.redirect_uri, "login")
    finally:
        token_file.parent.chmod(0o700)
    assert code == 2
    assert "other users can write to" in err
    assert browser.opened == []  # the user is not sent through consent for nothing
    assert list(token_file.parent.iterdir()) == []  # no token file, no lock file


@allow_loopback
@pytest.mark.parametrize("mode", [0o666, 0o644], ids=oct)
def test_login_over_a_token_file_others_can_read_or_write_is_refused(
    cli: Run, login_sim: Simulator, token_file: Path, monkeypatch: pytest.MonkeyPatch, mode: int
) -> None:
    store_tokens(login_sim, token_file)
    token_file.chmod(mode)
    before = token_file.read_bytes()
    browser = Browser(login_sim)
    monkeypatch.setattr("webbrowser.open", browser)
    code, _, err = cli("--redirect-uri", login_sim.redirect_uri, "login")
    assert code == 2
    assert "can be read or written by other users" in err
    assert browser.opened == []
    assert token_file.read_bytes() == before


def test_saving_refuses_a_directory_others_can_write(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir(mode=0o777)
    folder.chmod(0o777)
    path = folder / "tokens.json"
    with pytest.raises(CliError, match="other users can write to"):
        store_tokens(Simulator(), path)
    assert list(folder.iterdir()) == []


# -- the lock -------------------------------------------------------------------------------------


def test_a_held_lock_is_waited_for_a_bounded_time_and_names_its_holder(
    cli: Run, logged_in: Simulator, token_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    holder = _store.TokenStore(token_file)
    holder.lock()  # as another smartcar command would; it writes its PID
    assert _lock_file(token_file).read_text().strip() == str(os.getpid())
    monkeypatch.setattr(_store, "LOCK_WAIT", 0.2)
    result: list[tuple[int, str, str]] = []
    thread = threading.Thread(target=lambda: result.append(cli("vehicles")), daemon=True)
    try:
        thread.start()
        thread.join(30)  # a hang guard only: before the fix, the command waited forever
        assert not thread.is_alive()
    finally:
        holder.release()
        thread.join(30)
    [(code, out, err)] = result
    assert code == 1
    assert out == ""
    assert f"locked by process {os.getpid()}" in err
    assert cli("vehicles")[0] == 0  # free again once the holder is done


# -- the login callback -------------------------------------------------------------------------


def _login_past_an_idle_peer(
    cli: Run, sim: Simulator, monkeypatch: pytest.MonkeyPatch, timeout: str, user: Browser | None
) -> tuple[int, str, str]:
    """``smartcar login`` while a peer holds a connection to the callback port, silent after
    half a request line; then ``user`` (if any) goes through Connect."""
    idle: list[socket.socket] = []

    def browser(url: str, *args: Any, **kwargs: Any) -> bool:
        port = int(sim.redirect_uri.split(":")[2].split("/")[0])
        idle.append(socket.create_connection(("127.0.0.1", port)))
        idle[0].sendall(b"GET /callback HTTP/1.1\r\n")  # and never the rest
        return user(url) if user is not None else True

    monkeypatch.setattr("webbrowser.open", browser)
    result: list[tuple[int, str, str]] = []
    argv = ("--redirect-uri", sim.redirect_uri, "login", "--timeout", timeout)
    thread = threading.Thread(target=lambda: result.append(cli(*argv)), daemon=True)
    try:
        thread.start()
        thread.join(60)  # a hang guard only: before the fix, an idle peer held the login forever
    finally:
        for connection in idle:
            connection.close()
    assert not thread.is_alive(), "the login did not end"
    return result[0]


@allow_loopback
def test_an_idle_connection_to_the_callback_does_not_hold_the_login_past_its_timeout(
    cli: Run, login_sim: Simulator, token_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, _, err = _login_past_an_idle_peer(cli, login_sim, monkeypatch, "1", None)
    assert code == 1
    assert "no redirect from Smartcar Connect within 1 seconds" in err
    assert not token_file.exists()


@allow_loopback
def test_an_idle_connection_to_the_callback_does_not_block_the_real_redirect(
    cli: Run, login_sim: Simulator, token_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    browser = Browser(login_sim)
    code, _, err = _login_past_an_idle_peer(cli, login_sim, monkeypatch, "30", browser)
    assert code == 0, err
    assert browser.page is not None and browser.page.status_code == 200
    assert mode_of(token_file) == 0o600
    assert read_tokens(token_file)["access_token"]


GUARD = 60.0  # seconds: only reached if the login's --timeout fails to end it


def _login_in_thread(
    cli: Run, monkeypatch: pytest.MonkeyPatch, auth_origin: str, timeout: str
) -> tuple[tuple[int, str, str], float]:
    """``smartcar login --timeout`` against ``auth_origin``, the browser redirecting at once.

    Returns the exit status and output, and how long the login took (only ever compared with
    a generous bound: the guard ends a login that the timeout did not).
    """
    redirect_uri = f"http://127.0.0.1:{free_port()}/callback"
    monkeypatch.setenv("SMARTCAR_AUTH_ORIGIN", auth_origin)
    monkeypatch.setenv("SMARTCAR_CLIENT_ID", "client-id-1234")
    monkeypatch.setenv("SMARTCAR_CLIENT_SECRET", "client-secret-1234")

    def browser(url: str, *args: Any, **kwargs: Any) -> bool:
        # The user consents at once: Connect redirects to the callback with this login's state.
        state = parse_qs(urlsplit(url).query)["state"][0]
        answer = httpx2.get(f"{redirect_uri}?code=code-1234&state={state}", timeout=10)
        assert answer.status_code == 200
        return True

    monkeypatch.setattr("webbrowser.open", browser)
    argv = ("--redirect-uri", redirect_uri, "login", "--timeout", timeout)
    result: list[tuple[int, str, str]] = []
    started = time.monotonic()
    thread = threading.Thread(target=lambda: result.append(cli(*argv)), daemon=True)
    thread.start()
    thread.join(GUARD)
    assert not thread.is_alive(), "the login did not end"
    return result[0], time.monotonic() - started


@allow_loopback
def test_a_stalled_token_endpoint_ends_the_login_at_its_timeout(
    cli: Run, token_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def stalled(handler: Any, stop: threading.Event) -> None:
        stop.wait(GUARD * 2)  # answers nothing until the server is closed

    server = Loopback(stalled)
    try:
        (code, out, err), took = _login_in_thread(cli, monkeypatch, server.url, "2")
    finally:
        server.close()
    assert server.paths == ["/oauth/token"]  # the code reached the token endpoint
    assert code == 1
    assert out == ""
    assert "the login did not finish within its 2 seconds (--timeout)" in err
    assert f"timed out exchanging the code for tokens at {server.url}" in err
    assert "Traceback" not in err
    assert not token_file.exists()
    # Generous: without the bound the exchange waits for the SDK's 310 s read timeout.
    assert took < GUARD / 2


@allow_loopback
def test_a_held_lock_ends_the_login_at_its_timeout(
    cli: Run, token_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    token_file.parent.mkdir(parents=True, mode=0o700)
    holder = _store.TokenStore(token_file)
    holder.lock()  # another command is using the tokens and does not finish
    monkeypatch.setattr(_store, "LOCK_WAIT", GUARD * 10)
    try:
        (code, _, err), took = _login_in_thread(cli, monkeypatch, "http://127.0.0.1:9", "1")
    finally:
        holder.release()
    assert code == 1
    assert f"locked by process {os.getpid()}" in err
    assert not token_file.exists()
    assert took < GUARD / 2  # generous: the lock alone would be waited for ten minutes


# -- broken files are sentences --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("{}", "the Access field 'access_token' is missing"),
        ('{"access_token": 5}', "the Access field 'access_token' must be a non-empty string"),
        ("[" * 100_000 + "]" * 100_000, "not a JSON object"),
        ('{"a": ' * 50_000 + "1" + "}" * 50_000, "not a JSON object"),
        ("[1, 2]", "not a JSON object"),
        ("\xff\xfe", "cannot read"),
    ],
    ids=["empty object", "wrong type", "deep list", "deep object", "list", "not utf-8"],
)
def test_a_broken_token_file_is_a_sentence_and_exit_2(
    cli: Run, token_file: Path, simulated: Simulator, content: str, words: str
) -> None:
    token_file.parent.mkdir(parents=True, mode=0o700)
    token_file.write_bytes(content.encode("latin-1"))
    token_file.chmod(0o600)
    code, out, err = cli("get", "odometer", "--vehicle", TESLA)
    assert code == 2
    assert out == ""
    assert words in err
    for name in ("KeyError", "RecursionError", "InvalidInputError", "TypeError", "Traceback"):
        assert name not in err


def test_recorded_origins_of_the_wrong_type_are_a_sentence(
    cli: Run, logged_in: Simulator, token_file: Path
) -> None:
    data = read_tokens(token_file)
    data["origins"] = {"api": 5}
    token_file.write_text(json.dumps(data))
    code, _, err = cli("vehicles")
    assert code == 2
    assert "recorded origins are not a JSON object of strings" in err
    assert "ValueError" not in err


@allow_loopback
def test_a_peer_that_resets_its_callback_connection_prints_nothing(
    capfd: pytest.CaptureFixture[str],
) -> None:
    # A traceback from the server's thread would garble the terminal the user reads.
    with LoopbackReceiver("127.0.0.1", 0, "/callback", "state") as receiver:
        server = receiver._server
        done = threading.Event()
        finish = server.shutdown_request

        def shutdown_request(request: Any) -> None:  # the last step of handling a connection
            finish(request)
            done.set()

        server.shutdown_request = shutdown_request  # type: ignore[method-assign]
        peer = socket.create_connection(("127.0.0.1", receiver.port))
        peer.sendall(b"GET /callback HTTP/1.1\r\n")
        peer.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        peer.close()  # a reset, mid-request
        assert done.wait(30)
    assert capfd.readouterr().err == ""
