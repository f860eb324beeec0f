"""The ``smartcar`` command-line tool, run in-process against the simulator."""

from __future__ import annotations

import io
import json
import os
import re
import signal
import stat
import subprocess
import sys
import threading
import time
import tomllib
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx2
import pytest

import smartcar
from smartcar import Origins, _http
from smartcar.cli import READS, main
from smartcar.cli._errors import CliError
from smartcar.cli._output import Progress, flatten, format_table
from smartcar.cli._store import Issuer, TokenStore
from smartcar.testing import (
    DEFAULT_CLIENT_ID,
    DEFAULT_CLIENT_SECRET,
    DEFAULT_REDIRECT_URI,
    Simulator,
    SimulatorServer,
    SimulatorTransport,
)

from .._helpers import TESLA, allow_loopback, free_port

ROOT = Path(__file__).resolve().parents[2]
LEAF = "8fa3f1ce-0e5c-4a0c-9d5b-4c3c54d0a0c2"
ASLEEP_MESSAGE = (
    "Your vehicle is in a sleep state. This request was not sent to preserve battery life."
)
ISO = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?\+00:00$")
_ENV = (
    "SMARTCAR_API_ORIGIN",
    "SMARTCAR_AUTH_ORIGIN",
    "SMARTCAR_CONNECT_ORIGIN",
    "SMARTCAR_MANAGEMENT_API_ORIGIN",
    "SMARTCAR_VEHICLE_API_V3_ORIGIN",
    "SMARTCAR_CLIENT_ID",
    "SMARTCAR_CLIENT_SECRET",
    "SMARTCAR_REDIRECT_URI",
    "SMARTCAR_TOKEN_FILE",
    "SMARTCAR_SIMULATOR_URL",
)


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No real credentials, origins or token file leak in; nothing is written under $HOME."""
    for name in _ENV:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("SMARTCAR_CLIENT_ID", DEFAULT_CLIENT_ID)
    monkeypatch.setenv("SMARTCAR_CLIENT_SECRET", DEFAULT_CLIENT_SECRET)
    monkeypatch.setenv("SMARTCAR_REDIRECT_URI", DEFAULT_REDIRECT_URI)


@pytest.fixture
def sim() -> Simulator:
    # One generated vehicle: a plug-in hybrid, so every read endpoint has data somewhere.
    return Simulator(extra_vehicles=1)


def route_sdk_to(sim: Simulator) -> None:
    _http.set_transport_override(SimulatorTransport(sim))


@pytest.fixture
def simulated(sim: Simulator) -> Iterator[Simulator]:
    """Every SDK request of the CLI goes to the in-process simulator."""
    route_sdk_to(sim)
    try:
        yield sim
    finally:
        _http.set_transport_override(None)


@pytest.fixture
def token_file(tmp_path: Path) -> Path:
    return tmp_path / "config" / "smartcar" / "tokens.json"


def store_tokens(
    sim: Simulator,
    path: Path,
    *,
    expires_in: float = 7200,
    vehicle_ids: list[str] | None = None,
) -> smartcar.Access:
    token = sim.issue_token(vehicle_ids)
    now = datetime.now(UTC)
    access = smartcar.Access(
        access_token=token["access_token"],
        token_type="Bearer",
        expires_in=7200,
        expiration=now + timedelta(seconds=expires_in),
        refresh_token=token["refresh_token"],
        refresh_expiration=now + timedelta(days=60),
    )
    TokenStore(path).save(access)
    return access


@pytest.fixture
def logged_in(simulated: Simulator, token_file: Path) -> Simulator:
    store_tokens(simulated, token_file)
    return simulated


Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], token_file: Path) -> Run:
    """Run ``smartcar --token-file <tmp> ARGS...``; returns (exit status, stdout, stderr)."""

    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--token-file", str(token_file), *args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


def read_tokens(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text())
    return data


def table(out: str) -> dict[str, str]:
    """A two-column table as {label: value}."""
    rows = {}
    for line in out.splitlines():
        label, _, value = line.partition("  ")
        rows[label] = value.strip()
    return rows


def without_clock(value: Any) -> Any:
    """A JSON value without the v3 signals' read times, which change between two reads."""
    value = json.loads(json.dumps(value, default=str))
    for item in value.get("data", []) if isinstance(value, dict) else []:
        for name in ("ingestedAt", "retrievedAt", "oemUpdatedAt"):
            item.get("meta", {}).pop(name, None)
    return value


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# -- packaging -----------------------------------------------------------------------------------


def test_import_smartcar_does_not_import_the_cli_or_anything_new() -> None:
    code = (
        "import sys\n"
        "import smartcar\n"
        "assert not [m for m in sys.modules if m.startswith('smartcar.cli')], 'cli imported'\n"
        # What the SDK loads by the time it makes a call (generated code, typed results).
        "import smartcar.auth_client, smartcar.tokens, smartcar.vehicle, smartcar._resources.api\n"
        "import smartcar.types, smartcar._resources.batch, smartcar.fleet\n"
        "before = {m.split('.')[0] for m in sys.modules}\n"
        "import smartcar.cli\n"
        "new = {m.split('.')[0] for m in sys.modules} - before\n"
        "print(sorted(new - set(sys.stdlib_module_names)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    # Beyond what the SDK itself uses, the CLI brings in nothing but the standard library.
    assert done.stdout.strip() == "[]"


def test_console_script_and_python_m() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert project["scripts"] == {"smartcar": "smartcar.cli:main"}
    done = subprocess.run(
        [sys.executable, "-m", "smartcar", "--version"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert done.returncode == 0
    assert done.stdout.strip() == f"smartcar {smartcar.__version__}"


def test_help_and_usage_errors_return_their_status(cli: Run) -> None:
    code, out, _ = cli("--help")
    assert code == 0
    for command in ("simulator", "auth-url", "login", "vehicles", "get", "lock", "unlock"):
        assert command in out
    code, out, err = cli()  # no command: the help, not a usage error
    assert code == 0 and "usage: smartcar" in out and "COMMAND" in out and err == ""
    code, _, err = cli("frobnicate")
    assert code == 2
    assert "invalid choice" in err
    code, out, err = cli("get", "odometr")
    assert code == 2 and out == ""
    assert "unknown endpoint 'odometr'" in err and "Traceback" not in err


def test_help_documents_every_exit_status(cli: Run) -> None:
    code, out, _ = cli("--help")
    assert code == 0
    status = out.partition("exit status:")[2]
    for line in ("0    success", "1    the API refused", "2    usage or configuration", "130"):
        assert line in status
    for case in ("unknown endpoint", "a URL without a scheme", "token file", "Ctrl+C"):
        assert case in " ".join(status.split())


# -- auth-url ----------------------------------------------------------------------------------


def test_auth_url_builds_the_connect_url(cli: Run) -> None:
    code, out, err = cli(
        "auth-url",
        "--scope",
        "read_odometer read_vin",
        "--scope",
        "required:read_location",
        "--state",
        "xyz",
        "--force-prompt",
        "--mode",
        "simulated",
    )
    assert (code, err) == (0, "")
    url = out.strip()
    assert url.startswith("https://connect.smartcar.com/oauth/authorize?")
    query = {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}
    assert query == {
        "response_type": "code",
        "client_id": DEFAULT_CLIENT_ID,
        "redirect_uri": DEFAULT_REDIRECT_URI,
        "scope": "read_odometer read_vin required:read_location",
        "state": "xyz",
        "approval_prompt": "force",
        "mode": "simulated",
    }


def test_auth_url_json_flags_after_the_command_and_no_secret_needed(
    cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SMARTCAR_CLIENT_SECRET")
    code, out, _ = cli(
        "auth-url", "--client-id", "my-app", "--json", "--simulator-url", "http://127.0.0.1:9"
    )
    assert code == 0
    url = json.loads(out)["url"]
    assert url.startswith("http://127.0.0.1:9/oauth/authorize?")
    query = parse_qs(urlsplit(url).query)
    assert query["client_id"] == ["my-app"]
    assert query["approval_prompt"] == ["auto"]
    assert "state" not in query and "scope" not in query


def test_missing_client_id_is_a_usage_error(cli: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SMARTCAR_CLIENT_ID")
    code, out, err = cli("auth-url")
    assert code == 2
    assert out == ""
    assert "--client-id" in err and "SMARTCAR_CLIENT_ID" in err


def test_invalid_scope_is_a_usage_error(cli: Run) -> None:
    code, _, err = cli("auth-url", "--scope", "read odometer!")
    assert code == 2
    # A usage error is one line: no "type: SDK_ERROR" that would suggest the API answered.
    assert "odometer!" in err
    assert "SDK_ERROR" not in err and "type:" not in err
    assert err.startswith("smartcar: error: ") and err.count("\n") == 1


# -- login -------------------------------------------------------------------------------------


@pytest.fixture
def login_sim() -> Iterator[Simulator]:
    """A simulator whose registered redirect URI is a free loopback port."""
    sim = Simulator(redirect_uri=f"http://127.0.0.1:{free_port()}/callback")
    route_sdk_to(sim)
    try:
        yield sim
    finally:
        _http.set_transport_override(None)


class Browser:
    """Stands in for webbrowser.open: plays the user in Connect, then follows the redirect."""

    def __init__(self, sim: Simulator, *, approve: bool = True, tamper: bool = False) -> None:
        self.sim = sim
        self.approve = approve
        self.tamper = tamper
        self.opened: list[str] = []
        self.page: httpx2.Response | None = None

    def __call__(self, url: str, *args: Any, **kwargs: Any) -> bool:
        self.opened.append(url)
        redirect = self.sim.authorize(url, approve=self.approve)
        if self.tamper:
            redirect = redirect.replace("state=", "state=forged")
        self.page = httpx2.get(redirect, timeout=10)
        return True


@allow_loopback
def test_login_catches_the_redirect_and_stores_private_tokens(
    cli: Run, login_sim: Simulator, token_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    browser = Browser(login_sim)
    monkeypatch.setattr("webbrowser.open", browser)
    code, out, err = cli(
        "--redirect-uri", login_sim.redirect_uri, "login", "--scope", "read_odometer,read_vin"
    )
    assert code == 0, err
    assert browser.page is not None and browser.page.status_code == 200
    assert "Vehicle connected" in browser.page.text
    [url] = browser.opened
    query = parse_qs(urlsplit(url).query)
    assert query["scope"] == ["read_odometer read_vin"]
    assert len(query["state"][0]) >= 32  # unguessable
    assert str(token_file) in out
    assert url in err  # shown in case the browser does not open
    # Readable by the user only, in a directory only the user can enter.
    assert mode_of(token_file) == 0o600
    assert mode_of(token_file.parent) == 0o700
    # No temporary file is left; the lock that login took is private too.
    assert sorted(p.name for p in token_file.parent.iterdir()) == [
        "tokens.json",
        "tokens.json.lock",
    ]
    assert mode_of(token_file.with_name("tokens.json.lock")) == 0o600
    access = smartcar.Access.from_dict(read_tokens(token_file))
    assert not access.is_expired()
    # The stored tokens work, with the granted scope.
    assert smartcar.get_vehicles(access.access_token).vehicles == login_sim.vehicle_ids
    code, out, _ = cli("get", "permissions", "--vehicle", TESLA, "--json")
    assert code == 0
    assert sorted(json.loads(out)["permissions"]) == ["read_odometer", "read_vin"]


@allow_loopback
def test_login_no_browser_prints_the_url_and_waits(
    capsys: pytest.CaptureFixture[str], login_sim: Simulator, token_file: Path
) -> None:
    result: list[int] = []
    thread = threading.Thread(
        target=lambda: result.append(
            main(
                [
                    "--token-file",
                    str(token_file),
                    "--redirect-uri",
                    login_sim.redirect_uri,
                    "login",
                    "--no-browser",
                    "--json",
                ]
            )
        )
    )
    thread.start()
    printed = ""
    deadline = time.monotonic() + 10
    while "http" not in printed and time.monotonic() < deadline:
        time.sleep(0.01)
        printed += capsys.readouterr().out
    url = printed.strip()
    assert url.startswith("https://connect.smartcar.com/oauth/authorize?")
    page = httpx2.get(login_sim.authorize(url), timeout=10)
    thread.join(10)
    assert result == [0]
    assert page.status_code == 200
    summary = json.loads(capsys.readouterr().out)
    assert summary["token_file"] == str(token_file)
    assert ISO.match(summary["expiration"])
    assert mode_of(token_file) == 0o600


@allow_loopback
def test_login_rejects_a_redirect_with_another_state(
    cli: Run, login_sim: Simulator, token_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    browser = Browser(login_sim, tamper=True)
    monkeypatch.setattr("webbrowser.open", browser)
    code, _, err = cli("--redirect-uri", login_sim.redirect_uri, "login", "--timeout", "0.5")
    assert code == 1
    assert "1 redirect(s) with another state were ignored" in err
    assert browser.page is not None and browser.page.status_code == 400
    assert "state does not match" in browser.page.text
    assert not token_file.exists()


@allow_loopback
def test_a_forged_redirect_does_not_abort_the_login_in_progress(
    cli: Run, login_sim: Simulator, token_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Any web page can make the browser load a loopback URL: a forged error redirect (without
    # this login's state) arrives first, then the real one. The login must take the real one.
    forged: list[httpx2.Response] = []

    def browser(url: str, *args: Any, **kwargs: Any) -> bool:
        redirect = login_sim.authorize(url)
        target = urlsplit(redirect)
        forged.append(
            httpx2.get(
                f"{target.scheme}://{target.netloc}{target.path}?error=access_denied&state=x",
                timeout=10,
            )
        )
        forged.append(httpx2.get(f"{target.scheme}://{target.netloc}{target.path}", timeout=10))
        assert httpx2.get(redirect, timeout=10).status_code == 200
        return True

    monkeypatch.setattr("webbrowser.open", browser)
    code, _, err = cli("--redirect-uri", login_sim.redirect_uri, "login", "--timeout", "10")
    assert code == 0, err
    assert [page.status_code for page in forged] == [400, 400]
    assert not smartcar.Access.from_dict(read_tokens(token_file)).is_expired()


@allow_loopback
def test_login_waits_for_the_token_file_lock_before_writing(
    capsys: pytest.CaptureFixture[str],
    login_sim: Simulator,
    token_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Another command holds the lock (it may be saving a rotated refresh token right now):
    # login must not write the file until that command is done.
    import fcntl

    browser = Browser(login_sim)
    monkeypatch.setattr("webbrowser.open", browser)
    token_file.parent.mkdir(parents=True, mode=0o700)
    holder = os.open(token_file.with_name("tokens.json.lock"), os.O_RDWR | os.O_CREAT, 0o600)
    fcntl.flock(holder, fcntl.LOCK_EX)
    result: list[int] = []
    argv = ["--token-file", str(token_file), "--redirect-uri", login_sim.redirect_uri, "login"]
    thread = threading.Thread(target=lambda: result.append(main(argv)))
    try:
        thread.start()
        deadline = time.monotonic() + 10
        while browser.page is None and time.monotonic() < deadline:
            time.sleep(0.01)
        assert browser.page is not None and browser.page.status_code == 200
        thread.join(0.5)
        assert thread.is_alive() and not token_file.exists()  # still waiting for the lock
    finally:
        os.close(holder)  # releases the lock
        thread.join(10)
    assert result == [0]
    assert token_file.exists()


@allow_loopback
def test_login_reports_a_denied_consent(
    cli: Run, login_sim: Simulator, token_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("webbrowser.open", Browser(login_sim, approve=False))
    code, _, err = cli("--redirect-uri", login_sim.redirect_uri, "login")
    assert code == 1
    assert "access_denied" in err
    assert not token_file.exists()


@allow_loopback
def test_login_times_out_without_a_redirect(
    cli: Run, login_sim: Simulator, token_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("webbrowser.open", lambda url, *a, **k: False)
    code, _, err = cli("--redirect-uri", login_sim.redirect_uri, "login", "--timeout", "0.2")
    assert code == 1
    assert "Could not start a browser" in err
    assert "no redirect" in err
    assert not token_file.exists()


def test_login_needs_a_loopback_redirect_uri(cli: Run) -> None:
    code, _, err = cli("--redirect-uri", "https://example.com/callback", "login")
    assert code == 2
    assert "loopback redirect URI" in err


# -- tokens --------------------------------------------------------------------------------------


def test_missing_token_file_says_to_log_in(
    cli: Run, simulated: Simulator, token_file: Path
) -> None:
    code, out, err = cli("vehicles")
    assert code == 2
    assert out == ""
    assert str(token_file) in err
    assert "smartcar login" in err


def test_token_file_defaults_to_the_config_directory_or_the_env(
    capsys: pytest.CaptureFixture[str],
    simulated: Simulator,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    store_tokens(simulated, tmp_path / "xdg" / "smartcar" / "tokens.json")
    assert main(["vehicles"]) == 0
    assert TESLA in capsys.readouterr().out
    elsewhere = tmp_path / "elsewhere.json"
    monkeypatch.setenv("SMARTCAR_TOKEN_FILE", str(elsewhere))
    assert main(["vehicles"]) == 2
    assert str(elsewhere) in capsys.readouterr().err


def test_invalid_token_file_is_reported(cli: Run, simulated: Simulator, token_file: Path) -> None:
    token_file.parent.mkdir(parents=True)
    token_file.write_text("{not json")
    token_file.chmod(0o600)
    code, _, err = cli("vehicles")
    assert code == 2  # a configuration error, not the API's
    assert "not valid" in err and "smartcar login" in err


def test_expired_tokens_are_refreshed_and_the_rotation_is_saved(
    cli: Run, logged_in: Simulator, token_file: Path
) -> None:
    before = read_tokens(token_file)
    # Expire the access token by editing the file, as time would.
    before["expiration"] = (datetime.now(UTC) - timedelta(minutes=1)).isoformat()
    token_file.write_text(json.dumps(before))

    umask = os.umask(0)  # the rewrite must be private whatever the user's umask
    try:
        code, out, err = cli("get", "odometer", "--vehicle", TESLA)
    finally:
        os.umask(umask)
    assert code == 0, err
    assert table(out)["distance"] == "104032.0"
    after = read_tokens(token_file)
    assert after["access_token"] != before["access_token"]
    assert after["refresh_token"] != before["refresh_token"]  # rotated, and kept
    assert not smartcar.Access.from_dict(after).is_expired()
    assert mode_of(token_file) == 0o600  # the rewrite is private again

    # The next command uses the saved tokens as they are.
    assert cli("vehicles")[0] == 0
    assert read_tokens(token_file) == after


def test_a_rejected_access_token_is_refreshed_once(
    cli: Run, logged_in: Simulator, token_file: Path
) -> None:
    data = read_tokens(token_file)
    data["access_token"] = "revoked"  # unexpired, but the API answers 401
    token_file.write_text(json.dumps(data))
    code, out, err = cli("vehicles")
    assert code == 0, err
    assert TESLA in out
    assert read_tokens(token_file)["access_token"] != "revoked"


def test_an_invalid_refresh_token_says_to_log_in_again(
    cli: Run, logged_in: Simulator, token_file: Path
) -> None:
    data = read_tokens(token_file)
    data["refresh_token"] = "bogus"
    data["expiration"] = (datetime.now(UTC) - timedelta(minutes=1)).isoformat()
    token_file.write_text(json.dumps(data))
    code, _, err = cli("get", "odometer", "--vehicle", TESLA)
    assert code == 1
    assert "invalid_grant" in err
    assert "smartcar login" in err


# -- vehicles ----------------------------------------------------------------------------------


def test_vehicles_table_and_json(cli: Run, logged_in: Simulator) -> None:
    code, out, _ = cli("vehicles")
    assert code == 0
    assert out.splitlines() == ["ID", *logged_in.vehicle_ids]
    code, out, _ = cli("vehicles", "--json")
    data = json.loads(out)
    assert data["vehicles"] == logged_in.vehicle_ids
    assert data["paging"] == {"count": 6, "offset": 0}
    assert data["meta"]["request_id"]


def test_vehicles_details(cli: Run, logged_in: Simulator) -> None:
    code, out, _ = cli("vehicles", "--details")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["ID", "MAKE", "MODEL", "YEAR"]
    assert lines[1].split() == [TESLA, "TESLA", "Model", "3", "2021"]
    assert lines[2].split() == [LEAF, "NISSAN", "LEAF", "2019"]
    code, out, _ = cli("vehicles", "--details", "--json")
    items = json.loads(out)["vehicles"]
    assert [(v["id"], v["make"]) for v in items[:2]] == [(TESLA, "TESLA"), (LEAF, "NISSAN")]
    logged_in.fail_next("PERMISSION", vehicle_id=LEAF)
    code, out, err = cli("vehicles", "--details")
    assert code == 1
    lines = out.splitlines()
    assert lines[0].split() == ["ID", "MAKE", "MODEL", "YEAR", "ERROR"]
    assert lines[2].split()[:5] == [LEAF, "-", "-", "-", "PERMISSION"]
    assert f"vehicle {LEAF}" in err


def test_vehicles_reads_every_page(cli: Run, token_file: Path) -> None:
    sim = Simulator(extra_vehicles=60)
    route_sdk_to(sim)
    try:
        store_tokens(sim, token_file)
        code, out, _ = cli("vehicles", "--json")
    finally:
        _http.set_transport_override(None)
    assert code == 0
    data = json.loads(out)
    assert data["vehicles"] == sim.vehicle_ids
    assert len(data["vehicles"]) == 65


# -- get ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(READS))
def test_get_every_endpoint_as_json_matches_the_sdk(
    cli: Run, logged_in: Simulator, token_file: Path, name: str
) -> None:
    vehicle_id = logged_in.vehicle_ids[2]  # the plug-in hybrid: it answers every read
    code, out, err = cli("get", name, "--vehicle", vehicle_id, "--json")
    assert code == 0, err
    data = json.loads(out)
    meta = data.pop("meta")
    assert set(meta) == {"data_age", "fetched_at", "unit_system", "request_id"}
    assert meta["request_id"]
    for key in ("data_age", "fetched_at"):
        assert meta[key] is None or ISO.match(meta[key])
    token = read_tokens(token_file)["access_token"]
    expected = getattr(smartcar.Vehicle(vehicle_id, token), READS[name])()
    if isinstance(expected, smartcar.types.ServiceHistory):
        expected_body = {"items": [item.to_dict() for item in expected.items]}
    else:
        expected_body = expected.to_dict()
        # The CLI's "meta" is the headers' (popped above): a v3 page's own meta is not printed.
        if isinstance(expected, smartcar.types.Signals):
            expected_body.pop("meta", None)
    assert without_clock(data) == without_clock(expected_body)
    code, out, _ = cli("get", name, "--vehicle", vehicle_id)
    assert code == 0
    assert out.strip() and not out.lstrip().startswith("{")  # a table, not JSON


def test_get_table_flattens_nested_results(cli: Run, logged_in: Simulator) -> None:
    logged_in.state(TESLA).is_locked = False
    code, out, _ = cli("get", "lock-status", "--vehicle", TESLA)
    assert code == 0
    rows = table(out)
    assert rows["is_locked"] == "false"
    assert rows["doors.front_left"] == "LOCKED" or rows["doors.front_left"] == "UNLOCKED"
    assert rows["windows.back_right"] == "CLOSED"
    assert rows["meta.request_id"]
    # Aligned: every value starts in the same column.
    starts = {len(line) - len(line.split("  ", 1)[1].lstrip()) for line in out.splitlines()}
    assert len(starts) == 1
    assert not [line for line in out.splitlines() if line != line.rstrip()]


def test_get_endpoint_names_are_normalised(cli: Run, logged_in: Simulator) -> None:
    for name in ("tire_pressure", "TIRE-PRESSURE", "tire-pressure"):
        code, out, _ = cli("get", name, "--vehicle", TESLA)
        assert code == 0
        assert table(out)["front_left"] == "241.3"
    code, out, _ = cli("get", "get_charge_limit", "--vehicle", TESLA)
    assert table(out)["limit"] == "0.8"
    code, out, _ = cli("get", "info", "--vehicle", TESLA)
    assert table(out)["make"] == "TESLA"
    code, _, err = cli("get", "speed", "--vehicle", TESLA)
    assert code == 2
    assert "unknown endpoint" in err and "tire-pressure" in err


def test_get_imperial_units(cli: Run, logged_in: Simulator) -> None:
    code, out, _ = cli("get", "odometer", "--vehicle", TESLA, "--units", "imperial", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["distance"] == pytest.approx(104032.0 / 1.609344, abs=0.1)
    assert data["meta"]["unit_system"] == "imperial"


def test_get_without_vehicle_uses_the_only_one_or_asks(
    cli: Run, simulated: Simulator, token_file: Path
) -> None:
    store_tokens(simulated, token_file)
    code, out, err = cli("get", "odometer")
    assert code == 2
    assert out == ""
    assert "6 vehicles" in err and "--vehicle" in err and "--all" in err
    store_tokens(simulated, token_file, vehicle_ids=[LEAF])
    code, out, _ = cli("get", "odometer", "--json")
    assert code == 0
    assert json.loads(out)["distance"] == 38211.4


def test_get_several_vehicles(cli: Run, logged_in: Simulator) -> None:
    code, out, err = cli("get", "battery", "--vehicle", TESLA, "--vehicle", LEAF, "--json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert list(data) == [TESLA, LEAF]
    assert data[TESLA]["percentRemaining"] == 0.63
    assert data[LEAF]["percentRemaining"] == 0.41
    code, out, _ = cli("get", "battery", "--vehicle", TESLA, "--vehicle", LEAF)
    lines = out.splitlines()
    assert lines[0].split() == ["VEHICLE", "FIELD", "VALUE"]
    assert [TESLA, "percent_remaining", "0.63"] in [line.split() for line in lines]
    assert [LEAF, "range", "98.6"] in [line.split() for line in lines]


@pytest.fixture
def fleet(token_file: Path) -> Iterator[Simulator]:
    sim = Simulator(extra_vehicles=20)
    route_sdk_to(sim)
    try:
        store_tokens(sim, token_file)
        yield sim
    finally:
        _http.set_transport_override(None)


def test_get_all_with_a_progress_bar(cli: Run, fleet: Simulator) -> None:
    code, out, err = cli("get", "odometer", "--all", "--progress")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["VEHICLE", "FIELD", "VALUE"]
    distances = {line.split()[0] for line in lines[1:] if line.split()[1] == "distance"}
    assert distances == set(fleet.vehicle_ids)
    # Redrawn in place on stderr, ending on a full bar, then erased.
    frames = err.split("\r")[1:]
    assert frames[0].startswith("Reading odometer [---")
    assert frames[0].rstrip().endswith(f" 0/{len(fleet.vehicle_ids)}")
    full = "Reading odometer [" + "#" * 30 + f"] {len(fleet.vehicle_ids)}/{len(fleet.vehicle_ids)}"
    assert frames[-3:] == [full, " " * len(full), ""]
    counts = [int(f.split()[-1].split("/")[0]) for f in frames[:-2]]
    assert counts == sorted(counts) and counts[-1] == len(fleet.vehicle_ids)


def test_progress_only_on_a_terminal_unless_asked(
    cli: Run, fleet: Simulator, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = cli("get", "odometer", "--all")
    assert (code, err) == (0, "")  # stderr is not a terminal here
    assert len(out.splitlines()) > 25

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert cli("get", "odometer", "--all")[0] == 0
    assert "25/25" in terminal.getvalue()
    terminal.truncate(0)
    assert cli("get", "odometer", "--all", "--no-progress")[0] == 0
    assert terminal.getvalue().strip("\x00") == ""


def test_get_all_reports_each_failed_vehicle(cli: Run, fleet: Simulator) -> None:
    sleepy = fleet.vehicle_ids[5]
    fleet.fail_next("VEHICLE_STATE:ASLEEP", vehicle_id=sleepy)
    code, out, err = cli("get", "odometer", "--all", "--json", "--concurrency", "4")
    assert code == 1
    data = json.loads(out)
    assert list(data) == fleet.vehicle_ids
    assert data[sleepy]["error"]["type"] == "VEHICLE_STATE"
    assert data[sleepy]["error"]["code"] == "ASLEEP"
    assert all("distance" in data[v] for v in fleet.vehicle_ids if v != sleepy)
    assert f"vehicle {sleepy}" in err
    assert ASLEEP_MESSAGE in err
    assert "1 of 25 vehicles failed" in err


# -- commands ----------------------------------------------------------------------------------


def test_lock_and_unlock(cli: Run, logged_in: Simulator) -> None:
    code, out, _ = cli("unlock", "--vehicle", TESLA)
    assert code == 0
    assert table(out)["status"] == "success"
    assert logged_in.state(TESLA).is_locked is False
    code, out, _ = cli("lock", "--vehicle", TESLA, "--json")
    assert code == 0
    data = json.loads(out)
    assert data["status"] == "success"
    assert data["meta"]["request_id"]
    assert logged_in.state(TESLA).is_locked is True


def test_start_and_stop_charge(cli: Run, logged_in: Simulator) -> None:
    assert cli("stop-charge", "--vehicle", TESLA)[0] == 0
    assert logged_in.state(TESLA).charge_state == "NOT_CHARGING"
    code, out, _ = cli("start-charge", "--vehicle", TESLA, "--json")
    assert code == 0
    assert json.loads(out)["status"] == "success"
    assert logged_in.state(TESLA).charge_state == "CHARGING"


def test_set_charge_limit(cli: Run, logged_in: Simulator) -> None:
    assert cli("set-charge-limit", "0.9", "--vehicle", TESLA)[0] == 0
    assert logged_in.state(TESLA).charge_limit == 0.9
    assert cli("set-charge-limit", "70%", "--vehicle", TESLA, "--json")[0] == 0
    assert logged_in.state(TESLA).charge_limit == pytest.approx(0.7)
    code, _, err = cli("set-charge-limit", "0.2", "--vehicle", TESLA)
    assert code == 2
    assert "0.5" in err
    assert logged_in.state(TESLA).charge_limit == pytest.approx(0.7)
    code, _, err = cli("set-charge-limit", "lots", "--vehicle", TESLA)
    assert code == 2
    assert "not a charge limit" in err


def test_commands_refuse_to_guess_the_vehicle(cli: Run, logged_in: Simulator) -> None:
    code, _, err = cli("unlock")
    assert code == 2
    assert "--vehicle" in err and "--all" not in err
    assert logged_in.state(TESLA).is_locked is True


# -- errors ------------------------------------------------------------------------------------


def test_api_errors_are_described_on_stderr(cli: Run, logged_in: Simulator) -> None:
    logged_in.fail_next("VEHICLE_STATE:ASLEEP")
    code, out, err = cli("get", "odometer", "--vehicle", TESLA)
    assert code == 1
    assert out == ""
    assert "VEHICLE_STATE" in err and "ASLEEP" in err
    assert ASLEEP_MESSAGE in err
    assert re.search(r"request id:\s+[0-9a-f-]{36}", err)
    assert "docs:" in err


def test_command_errors_exit_1(cli: Run, logged_in: Simulator) -> None:
    code, _, err = cli("start-charge", "--vehicle", LEAF)  # not plugged in
    assert code == 1
    assert "CHARGING_PLUG_NOT_CONNECTED" in err


# -- simulator and --simulator-url ---------------------------------------------------------------


def test_simulator_command_delegates_to_smartcar_testing(
    cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[list[str]] = []

    def serve(argv: list[str]) -> int:
        calls.append(argv)
        return 0

    monkeypatch.setattr("smartcar.testing.__main__.main", serve)
    monkeypatch.delenv("SMARTCAR_REDIRECT_URI")
    assert cli("simulator", "--port", "0", "--vehicles", "3", "--seed", "7")[0] == 0
    assert calls == [["--host", "127.0.0.1", "--port", "0", "--vehicles", "3", "--seed", "7"]]
    assert cli("simulator", "--host", "::1")[0] == 0
    assert calls[-1] == ["--host", "::1", "--port", "8765", "--vehicles", "0", "--seed", "0"]
    # The redirect URI that `smartcar login` will use is the one the simulator registers.
    monkeypatch.setenv("SMARTCAR_REDIRECT_URI", "http://localhost:9/callback")
    assert cli("simulator")[0] == 0
    assert calls[-1][-2:] == ["--redirect-uri", "http://localhost:9/callback"]
    assert cli("--redirect-uri", "http://localhost:7/cb", "simulator")[0] == 0
    assert calls[-1][-2:] == ["--redirect-uri", "http://localhost:7/cb"]


def test_simulator_command_refuses_a_public_address(cli: Run) -> None:
    code, _, err = cli("simulator", "--host", "0.0.0.0", "--port", "0")
    assert code == 2
    assert "loopback" in err


@allow_loopback
def test_simulator_command_serves_until_terminated() -> None:
    command = [sys.executable, "-m", "smartcar", "simulator", "--port", "0", "--vehicles", "2"]
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT
    ) as process:
        try:
            assert process.stdout is not None
            first = process.stdout.readline()
            match = re.search(r"listening on (http://127\.0\.0\.1:\d+)", first)
            assert match, first
            banner = "".join(iter(process.stdout.readline, "Press Ctrl+C to stop.\n"))
            assert re.search(r"vehicles\s+7\b", banner)
            # The export lines: every origin and both kinds of credentials, ready to paste.
            exports = dict(re.findall(r"^export (\w+)=(\S+)$", banner, re.MULTILINE))
            url = match.group(1)
            origins = [n for n in exports if n.endswith("_ORIGIN")]
            assert len(origins) == 8 and {exports[n] for n in origins} == {url}
            assert exports["SMARTCAR_SIMULATOR_URL"] == url
            assert exports["SMARTCAR_API_CLIENT_ID"] == exports["SMARTCAR_CLIENT_ID"]
            assert exports["SMARTCAR_CLIENT_SECRET"] == DEFAULT_CLIENT_SECRET
            assert exports["SMARTCAR_API_CLIENT_SECRET"] == DEFAULT_CLIENT_SECRET
            assert exports["SMARTCAR_REDIRECT_URI"] == DEFAULT_REDIRECT_URI
            answer = httpx2.get(f"{match.group(1)}/v2.0/vehicles", timeout=10)
            assert answer.status_code == 401
            assert answer.json()["type"] == "AUTHENTICATION"
            process.send_signal(signal.SIGTERM)
            assert process.wait(10) == 0
        finally:
            if process.poll() is None:
                process.kill()


@allow_loopback
def test_simulator_url_points_every_origin_at_a_running_simulator(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # No credentials at all: --simulator-url supplies the simulator's application.
    for name in ("SMARTCAR_CLIENT_ID", "SMARTCAR_CLIENT_SECRET", "SMARTCAR_REDIRECT_URI"):
        monkeypatch.delenv(name)
    port = free_port()
    redirect_uri = f"http://127.0.0.1:{port}/callback"
    token_file = tmp_path / "tokens.json"
    pages: list[httpx2.Response] = []

    with SimulatorServer(Simulator(redirect_uri=redirect_uri)) as server:

        def browser(url: str, *args: Any, **kwargs: Any) -> bool:
            # A real browser's path through the simulator's Connect pages, over HTTP.
            assert url.startswith(server.url)
            with httpx2.Client(timeout=10) as client:
                assert client.get(url).status_code == 200
                params = dict(parse_qs(urlsplit(url).query))
                form = {k: v[0] for k, v in params.items()} | {"decision": "approve"}
                pages.append(
                    client.post(
                        f"{server.url}/oauth/authorize/approve",
                        content=urlencode(form),
                        headers={"Content-Type": "application/x-www-form-urlencoded"},
                        follow_redirects=True,
                    )
                )
            return True

        monkeypatch.setattr("webbrowser.open", browser)
        base = ["--simulator-url", server.url, "--token-file", str(token_file)]
        assert main([*base, "--redirect-uri", redirect_uri, "login"]) == 0
        assert pages[0].status_code == 200
        assert str(pages[0].url).startswith(redirect_uri)
        capsys.readouterr()
        assert main([*base, "get", "odometer", "--vehicle", TESLA, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["distance"] == 104032.0


# -- output helpers ------------------------------------------------------------------------------


def test_flatten_rules() -> None:
    value = {
        "isLocked": True,
        "doors": [{"type": "frontLeft", "status": "LOCKED"}],
        "capacity": {"nominal": 80.9, "source": None},
        "permissions": ["read_vin", "read_odometer"],
        "systems": [{"systemId": "ENGINE", "status": "OK", "description": None}],
        "empty": [],
    }
    assert flatten(value) == [
        ("is_locked", "true"),
        ("doors.front_left", "LOCKED"),
        ("capacity.nominal", "80.9"),
        ("capacity.source", "-"),
        ("permissions", "read_vin, read_odometer"),
        ("systems[0].system_id", "ENGINE"),
        ("systems[0].status", "OK"),
        ("systems[0].description", "-"),
        ("empty", "-"),
    ]


def test_table_alignment_and_terminal_safety() -> None:
    text = format_table([("a", "1", "x"), ("longer", "22", "\x1b[31mred")], header=("K", "N", "V"))
    assert text.splitlines() == [
        "K       N   V",
        "a       1   x",
        "longer  22  ?[31mred",
    ]
    assert format_table([], header=("K",)) == ""


def test_progress_disabled_draws_nothing() -> None:
    stream = io.StringIO()
    with Progress(stream, 3, "x", enabled=False) as bar:
        bar.advance()
    assert stream.getvalue() == ""
    with Progress(stream, 0, "x", enabled=True):
        pass
    line = "x [" + "#" * 30 + "] 0/0"
    assert stream.getvalue() == "\r" + line + "\r" + " " * len(line) + "\r"


def test_progress_redraws_at_most_ten_times_a_second_and_erases_itself() -> None:
    now = [0.0]
    stream = io.StringIO()
    with Progress(stream, 1000, "x", enabled=True, width=10, clock=lambda: now[0]) as bar:
        for _ in range(999):
            bar.advance()  # all within the same instant: no redraw
        assert stream.getvalue().count("\r") == 1  # only the first frame
        now[0] = 0.05
        bar.advance(0)
        assert stream.getvalue().count("\r") == 1
        now[0] = 0.1
        bar.advance(0)
        assert stream.getvalue().endswith(" 999/1000")
        bar.advance()  # the last step is always drawn
        assert stream.getvalue().endswith(" 1000/1000")
    frames = stream.getvalue().split("\r")
    assert len(frames) == 1 + 3 + 2  # "", three frames, the blank that erases, ""
    assert frames[-2].strip() == "" and frames[-1] == ""


def test_token_store_replaces_atomically_with_private_mode(tmp_path: Path) -> None:
    path = tmp_path / "tokens.json"
    path.write_text("old")
    path.chmod(0o600)
    sim = Simulator()
    umask = os.umask(0)  # the new file is 0600 whatever the umask
    try:
        access = store_tokens(sim, path)
    finally:
        os.umask(umask)
    assert mode_of(path) == 0o600
    store = TokenStore(path)
    assert store.load() == access
    store.release()
    # No temporary file is left behind; the lock file is private too.
    assert sorted(os.listdir(tmp_path)) == ["tokens.json", "tokens.json.lock"]
    assert mode_of(tmp_path / "tokens.json.lock") == 0o600


def test_commands_using_the_token_file_take_turns(tmp_path: Path) -> None:
    # Refresh tokens rotate, so two commands must not refresh at once: loading the tokens
    # takes an exclusive lock that the command holds until it ends.
    import fcntl

    path = tmp_path / "tokens.json"
    store_tokens(Simulator(), path)
    first = TokenStore(path)
    first.load()
    other = os.open(tmp_path / "tokens.json.lock", os.O_RDWR)
    try:
        with pytest.raises(BlockingIOError):
            fcntl.flock(other, fcntl.LOCK_EX | fcntl.LOCK_NB)
        first.release()
        fcntl.flock(other, fcntl.LOCK_EX | fcntl.LOCK_NB)  # free once the first is done
    finally:
        os.close(other)


# -- stored credentials stay with the origins that issued them ------------------------------------


class Listener:
    """A loopback HTTP server that records every request it gets (and answers 500)."""

    def __init__(self) -> None:
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        seen = self.requests = []  # type: list[tuple[str, str, dict[str, str]]]

        class Handler(BaseHTTPRequestHandler):
            def _any(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                self.rfile.read(length)
                seen.append((self.command, self.path, dict(self.headers)))
                self.send_error(500)

            do_GET = do_POST = _any

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def listener() -> Iterator[Listener]:
    server = Listener()
    try:
        yield server
    finally:
        server.close()


@allow_loopback
@pytest.mark.parametrize("expired", [False, True], ids=["fresh", "expired"])
def test_stored_tokens_are_never_sent_to_another_origin(
    cli: Run,
    token_file: Path,
    listener: Listener,
    monkeypatch: pytest.MonkeyPatch,
    expired: bool,
) -> None:
    # Tokens from a login against Smartcar (what the file holds by default), then a command
    # pointed at some other server: neither the access token nor, for expired tokens, the
    # refresh token with the client secret may reach it.
    access = store_tokens(Simulator(), token_file, expires_in=-60 if expired else 7200)
    for how in ("flag", "env"):
        if how == "flag":
            code, out, err = cli(
                "--simulator-url", listener.url, "get", "odometer", "--vehicle", TESLA
            )
        else:
            monkeypatch.setenv("SMARTCAR_SIMULATOR_URL", listener.url)
            code, out, err = cli("get", "odometer", "--vehicle", TESLA)
            monkeypatch.delenv("SMARTCAR_SIMULATOR_URL")
        assert code == 2, err
        assert out == ""
        assert "refusing to send them to " + listener.url in err
        assert "https://auth.smartcar.com" in err
        assert access.access_token not in err and access.refresh_token not in err
    monkeypatch.setenv("SMARTCAR_API_ORIGIN", listener.url)
    code, _, err = cli("vehicles")
    assert code == 2 and "refusing" in err
    assert listener.requests == []


@allow_loopback
def test_a_login_records_its_origins_and_later_commands_use_them(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    listener: Listener,
) -> None:
    # After `smartcar --simulator-url URL login`, plain commands go to that simulator with its
    # application, and the file says where the tokens came from.
    for name in ("SMARTCAR_CLIENT_ID", "SMARTCAR_CLIENT_SECRET", "SMARTCAR_REDIRECT_URI"):
        monkeypatch.delenv(name)
    redirect_uri = f"http://127.0.0.1:{free_port()}/callback"
    token_file = tmp_path / "tokens.json"
    with SimulatorServer(Simulator(redirect_uri=redirect_uri)) as server:

        def browser(url: str, *args: Any, **kwargs: Any) -> bool:
            assert url.startswith(server.url)
            page = httpx2.get(server.simulator.authorize(url), timeout=10)
            return page.status_code == 200

        monkeypatch.setattr("webbrowser.open", browser)
        base = ["--token-file", str(token_file)]
        assert (
            main([*base, "--simulator-url", server.url, "--redirect-uri", redirect_uri, "login"])
            == 0
        )
        stored = read_tokens(token_file)
        assert stored["origins"]["auth"] == server.url
        assert stored["origins"]["api"] == server.url
        assert stored["simulator"] is True
        capsys.readouterr()
        assert main([*base, "get", "odometer", "--vehicle", TESLA, "--json"]) == 0
        assert json.loads(capsys.readouterr().out)["distance"] == 104032.0
        # A refresh goes to the recorded token endpoint, and the rotated tokens keep the origins.
        stored["expiration"] = "2000-01-01T00:00:00+00:00"
        token_file.write_text(json.dumps(stored))
        assert main([*base, "vehicles"]) == 0
        refreshed = read_tokens(token_file)
        assert refreshed["refresh_token"] != stored["refresh_token"]
        assert refreshed["origins"] == stored["origins"]
        # Another simulator URL is another origin: refused.
        capsys.readouterr()
        assert main([*base, "--simulator-url", listener.url, "vehicles"]) == 2
        assert "refusing" in capsys.readouterr().err
    assert listener.requests == []


@pytest.mark.parametrize(
    ("args", "env"),
    [
        (["--simulator-url", "127.0.0.1:8765"], {}),
        (["--simulator-url", "localhost"], {}),
        ([], {"SMARTCAR_SIMULATOR_URL": "ftp://127.0.0.1:8765"}),
        ([], {"SMARTCAR_API_ORIGIN": "api.smartcar.com"}),
    ],
)
def test_a_url_without_a_scheme_is_a_usage_error(
    cli: Run,
    logged_in: Simulator,
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    env: dict[str, str],
) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    code, out, err = cli(*args, "get", "odometer", "--vehicle", TESLA)
    assert code == 2, err
    assert out == ""
    assert "must be an http:// or https:// URL" in err
    assert "Traceback" not in err


def test_a_token_file_that_is_a_symlink_is_refused(
    cli: Run, logged_in: Simulator, token_file: Path, tmp_path: Path
) -> None:
    link = tmp_path / "link.json"
    link.symlink_to(token_file)
    code, out, err = cli("--token-file", str(link), "vehicles")
    assert code == 2
    assert out == ""
    assert "symbolic link" in err
    with pytest.raises(CliError, match="symbolic link"):  # TokenStore itself refuses it
        TokenStore(link).load()


@pytest.mark.parametrize("mode", [0o777, 0o1777, 0o770])
def test_a_token_file_in_a_directory_others_can_write_is_refused(
    cli: Run, logged_in: Simulator, token_file: Path, mode: int
) -> None:
    token_file.parent.chmod(mode)
    try:
        code, out, err = cli("vehicles")
    finally:
        token_file.parent.chmod(0o700)
    assert code == 2
    assert out == ""
    assert "other users can write to" in err
    assert "chmod go-w" in err
    assert cli("vehicles")[0] == 0  # once the directory is private again


def test_client_secret_on_the_command_line_is_discouraged(
    cli: Run, logged_in: Simulator, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = cli("--client-secret", DEFAULT_CLIENT_SECRET, "vehicles")
    assert code == 0
    assert "--client-secret is visible to other users in the process list" in err
    assert DEFAULT_CLIENT_SECRET not in err
    assert cli("vehicles")[2] == ""  # from the environment: no warning
    assert main(["--help"]) == 0
    help_text = " ".join(capsys.readouterr().out.split())
    assert "process list" in help_text and "$SMARTCAR_CLIENT_SECRET" in help_text


def test_client_secret_is_prompted_for_on_a_terminal(
    cli: Run, logged_in: Simulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SMARTCAR_CLIENT_SECRET")
    monkeypatch.setattr("smartcar.cli._context.interactive", lambda stream: True)
    asked: list[str] = []

    def prompt(text: str, stream: Any = None) -> str:
        asked.append(text)
        return DEFAULT_CLIENT_SECRET

    monkeypatch.setattr("getpass.getpass", prompt)
    code, _, err = cli("vehicles")
    assert code == 0, err
    assert asked == ["Smartcar client secret: "]


# -- finish: unknown vehicles, unreachable origins ------------------------------------------------

STRANGER = "00000000-0000-4000-8000-000000000000"


@pytest.mark.parametrize("command", [["get", "odometer"], ["lock"]])
def test_an_unknown_vehicle_id_is_named_and_said_to_be_unauthorised(
    cli: Run, logged_in: Simulator, command: list[str]
) -> None:
    code, out, err = cli(*command, "--vehicle", STRANGER)
    assert code == 1
    assert out == ""
    assert f"vehicle '{STRANGER}' is not authorised by these tokens" in err
    assert "smartcar vehicles" in err  # the hint says how to see the ones it does authorise


def test_an_unknown_vehicle_id_in_a_fleet_read_is_named(cli: Run, logged_in: Simulator) -> None:
    code, out, err = cli("get", "odometer", "--vehicle", TESLA, "--vehicle", STRANGER, "--json")
    assert code == 1
    data = json.loads(out)
    assert data[TESLA]["distance"] == 104032.0
    assert data[STRANGER]["error"]["message"] == "is not authorised by these tokens"
    assert f"vehicle {STRANGER} is not authorised by these tokens" in err


def test_a_missing_permission_is_not_mistaken_for_an_unknown_vehicle(
    cli: Run, simulated: Simulator, token_file: Path
) -> None:
    token = simulated.issue_token(scope=["read_vin"])  # no read_odometer
    now = datetime.now(UTC)
    TokenStore(token_file).save(
        smartcar.Access(
            access_token=token["access_token"],
            token_type="Bearer",
            expires_in=7200,
            expiration=now + timedelta(hours=2),
            refresh_token=token["refresh_token"],
            refresh_expiration=now + timedelta(days=60),
        )
    )
    code, _, err = cli("get", "odometer", "--vehicle", TESLA)
    assert code == 1
    assert "not authorised by these tokens" not in err
    assert "PERMISSION" in err


@allow_loopback
@pytest.mark.parametrize("simulator", [True, False], ids=["simulator", "origin"])
def test_an_unreachable_origin_gets_a_hint(cli: Run, token_file: Path, simulator: bool) -> None:
    url = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    if simulator:
        code, _, err = cli("--simulator-url", url, "vehicles")
        assert code == 2  # no tokens yet: nothing was sent
    TokenStore(
        token_file,
        Issuer(
            Origins.resolve(api=url, auth=url, vehicle_v3=url, connect=url, management=url),
            simulator=simulator,
        ),
    ).save(
        smartcar.Access.from_dict(
            {
                "access_token": "a",
                "expires_in": 7200,
                "expiration": "2100-01-01T00:00:00+00:00",
                "refresh_token": "r",
                "refresh_expiration": "2100-01-01T00:00:00+00:00",
            }
        )
    )
    code, out, err = cli("vehicles")
    assert code == 1
    assert out == ""
    if simulator:
        hint = f"hint: cannot reach the simulator at {url}: is `smartcar simulator` running?"
    else:
        hint = f"hint: cannot reach {url}: check the network connection and the origin"
    assert hint in err


@pytest.mark.parametrize("json_output", [False, True], ids=["table", "json"])
def test_ctrl_c_prints_the_readings_already_made(
    cli: Run, fleet: Simulator, monkeypatch: pytest.MonkeyPatch, json_output: bool
) -> None:
    # Ctrl+C arrives in the main thread while it waits for the reads; simulate it at the
    # third finished vehicle.
    advance = Progress.advance
    calls = [0]

    def interrupted(self: Progress, steps: int = 1) -> None:
        advance(self, steps)
        calls[0] += 1
        if calls[0] == 3:
            raise KeyboardInterrupt

    monkeypatch.setattr(Progress, "advance", interrupted)
    args = ["get", "odometer", "--all", "--concurrency", "1"] + (["--json"] if json_output else [])
    code, out, err = cli(*args)
    assert code == 130
    if json_output:
        data = json.loads(out)
        assert list(data) == fleet.vehicle_ids[:3]
        assert all(reading["distance"] > 0 for reading in data.values())
    else:
        rows = [line.split() for line in out.splitlines()[1:]]
        assert {row[0] for row in rows if row[1] == "distance"} == set(fleet.vehicle_ids[:3])
    assert f"interrupted after 3 of {len(fleet.vehicle_ids)} vehicles" in err
    assert "Traceback" not in err


def test_tables_use_sdk_names_and_json_the_apis_as_the_readme_says(
    cli: Run, logged_in: Simulator
) -> None:
    readme = " ".join((ROOT / "README.md").read_text().split())
    assert "Tables label fields with the SDK's attribute names (`percent_remaining`" in readme
    assert "JSON keeps the API's own body as Smartcar documents it (`percentRemaining`)" in readme
    code, out, _ = cli("get", "battery", "--vehicle", TESLA)
    assert code == 0
    labels = table(out)
    assert "percent_remaining" in labels and "meta.request_id" in labels
    code, out, _ = cli("get", "battery", "--vehicle", TESLA, "--json")
    data = json.loads(out)
    assert "percentRemaining" in data and "percent_remaining" not in data
    assert data["meta"]["request_id"]  # meta keeps the SDK's Meta names in both


def test_ctrl_c_during_vehicles_details_prints_the_ones_read(
    cli: Run, fleet: Simulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    advance = Progress.advance

    def interrupted(self: Progress, steps: int = 1) -> None:
        advance(self, steps)
        raise KeyboardInterrupt

    monkeypatch.setattr(Progress, "advance", interrupted)
    code, out, err = cli("vehicles", "--details", "--concurrency", "1")
    assert code == 130
    rows = out.splitlines()
    assert rows[0].split() == ["ID", "MAKE", "MODEL", "YEAR"]
    assert [row.split()[0] for row in rows[1:]] == fleet.vehicle_ids[:1]
    assert f"interrupted after 1 of {len(fleet.vehicle_ids)} vehicles" in err
