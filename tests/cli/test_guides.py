"""The command guides its user: help, suggestions, hints that fit, readable output, units."""

from __future__ import annotations

import io
import json
import re
import socket
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from smartcar import _http
from smartcar.cli import main
from smartcar.cli._context import Context
from smartcar.cli._main import build_parser
from smartcar.cli._output import inline
from smartcar.testing import (
    DEFAULT_CLIENT_ID,
    DEFAULT_CLIENT_SECRET,
    DEFAULT_REDIRECT_URI,
    Simulator,
    SimulatorServer,
    SimulatorTransport,
)

from .._helpers import TESLA, allow_loopback
from .._helpers import USER as ALICE
from .test_cli import Run, store_tokens

SIM_URL = "http://127.0.0.1:8765"


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in (
        "SMARTCAR_API_CLIENT_ID",
        "SMARTCAR_API_CLIENT_SECRET",
        "SMARTCAR_SIMULATOR_URL",
        "SMARTCAR_TOKEN_FILE",
        "SMARTCAR_REDIRECT_URI",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("SMARTCAR_CLIENT_ID", DEFAULT_CLIENT_ID)
    monkeypatch.setenv("SMARTCAR_CLIENT_SECRET", DEFAULT_CLIENT_SECRET)


@pytest.fixture
def sim() -> Iterator[Simulator]:
    simulator = Simulator()
    simulator.connect([TESLA], user_id=ALICE, scope=["read_odometer", "read_battery"])
    _http.set_transport_override(SimulatorTransport(simulator))
    try:
        yield simulator
    finally:
        _http.set_transport_override(None)


# -- help and usage ------------------------------------------------------------------------------


def test_a_bare_command_prints_the_help_and_succeeds(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("usage: smartcar") and "v3-signals" in captured.out
    assert captured.err == ""


@pytest.mark.parametrize(
    ("args", "suggestion"),
    [
        (["lokc"], "'lock'"),
        (["v3-signal"], "'v3-signals'"),
        (["get", "odometr"], "'odometer'"),
        (["get", "tire_presure"], "'tire-pressure'"),
        (["v3-command", "lock-door", "--vehicle", "v", "--user", "u"], "'lock-doors'"),
        (["get", "odometer", "--vehicl", TESLA], "'--vehicle'"),
    ],
)
def test_a_mistyped_name_gets_did_you_mean(cli: Run, args: list[str], suggestion: str) -> None:
    code, out, err = cli(*args)
    assert code == 2 and out == ""
    assert f"did you mean {suggestion}?" in err, err


def test_nothing_close_gets_no_suggestion(cli: Run) -> None:
    code, _, err = cli("frobnicate")
    assert code == 2 and "invalid choice: 'frobnicate'" in err
    assert "did you mean" not in err


def test_options_are_never_abbreviated(cli: Run, sim: Simulator) -> None:
    # --vehicl is not --vehicle, before or after the command, and --sim is not --simulator-url.
    assert cli("--simulator-url", SIM_URL, "lock", "--vehicl", TESLA)[0] == 2
    assert cli("--sim", SIM_URL, "vehicles")[0] == 2
    assert cli("--simulator-url", SIM_URL, "v3-connections", "--lim", "1")[0] == 2
    assert cli("--simulator-url", SIM_URL, "v3-connections", "--limit", "1")[0] == 0


def test_a_subcommand_shows_only_its_own_options(cli: Run) -> None:
    code, out, _ = cli("lock", "--help")
    assert code == 0
    assert "--vehicle" in out
    described = re.findall(r"^\s+(--[\w-]+)", out, re.MULTILINE)
    assert "--vehicle" in described
    for global_option in ("--client-secret", "--token-file", "--redirect-uri", "--json"):
        assert global_option not in described and global_option not in out.split("\n\n")[0]
    assert "smartcar --help" in out  # where they are described
    _, top, _ = cli("--help")
    assert {"--client-secret", "--token-file"} <= set(re.findall(r"^\s+(--[\w-]+)", top, re.M))


def test_global_options_still_work_after_the_subcommand(cli: Run, sim: Simulator) -> None:
    code, out, _ = cli("v3-connections", "--simulator-url", SIM_URL, "--json")
    assert code == 0 and json.loads(out)[0]["vehicleId"] == TESLA


def test_v3_help_names_the_v3_variables(cli: Run) -> None:
    for command in ("v3-connections", "v3-signals", "v3-command"):
        code, out, _ = cli(command, "--help")
        text = " ".join(out.split())
        assert code == 0
        assert "$SMARTCAR_API_CLIENT_ID" in text and "$SMARTCAR_API_CLIENT_SECRET" in text
        assert "not $SMARTCAR_CLIENT_ID" in text


# -- hints ---------------------------------------------------------------------------------------


def test_v3_errors_get_v3_hints(cli: Run, sim: Simulator) -> None:
    base = ("--simulator-url", SIM_URL)
    # A user the vehicle is not connected to: the application may not act for them.
    code, _, err = cli(*base, "v3-command", "lock-doors", "--vehicle", TESLA, "--user", "nobody")
    assert code == 1 and "ACCESS_DENIED" in err
    assert "smartcar login" not in err
    assert "--user" in err and "v3-connections" in err
    # A permission the user did not grant (control_security): ask for it in Connect.
    code, _, err = cli(*base, "v3-command", "lock-doors", "--vehicle", TESLA, "--user", ALICE)
    assert code == 1 and "PERMISSION" in err
    assert "smartcar login" not in err and "auth-url --scope" in err


def test_refused_v3_credentials_point_at_the_v3_variables(
    cli: Run, sim: Simulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SMARTCAR_API_CLIENT_ID", DEFAULT_CLIENT_ID)
    monkeypatch.setenv("SMARTCAR_API_CLIENT_SECRET", "wrong")
    code, _, err = cli("--simulator-url", SIM_URL, "v3-connections")
    assert code == 1 and "invalid_client" in err
    assert "hint: the API credentials were refused: check $SMARTCAR_API_CLIENT_ID" in err
    assert "smartcar login" not in err


# -- output --------------------------------------------------------------------------------------


def test_signal_bodies_read_as_text_in_a_table_and_stay_json_with_json(
    cli: Run, sim: Simulator
) -> None:
    base = ("--simulator-url", SIM_URL, "v3-signals", "--vehicle", TESLA, "--user", ALICE)
    code, out, _ = cli(*base)
    assert code == 0
    rows = {line.split()[0]: line.split(None, 1)[1] for line in out.splitlines()[1:]}
    assert rows["odometer-traveleddistance"] == "104032.0 km"
    assert "?" not in out and "{" not in out
    code, out, _ = cli(*base, "--json")
    assert json.loads(out)["odometer-traveleddistance"] == {"value": 104032.0, "unit": "km"}


def test_inline_renders_quantities_objects_lists_and_scalars() -> None:
    assert inline({"value": 80, "unit": "percent"}) == "80 percent"
    assert inline({"value": 1, "unit": "km", "source": "OEM"}) == "1 km, source: OEM"
    assert inline({"latitude": 1.5, "isLocked": True}) == "latitude: 1.5, is_locked: true"
    assert inline([1, 2]) == "1, 2"
    assert inline(None) == "-"
    assert inline("a\nb") == "a?b"  # a control character never reaches the terminal


# -- charge limits -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "fraction"), [("80%", 0.8), ("80", 0.8), ("0.8", 0.8), ("55.5%", 0.555), ("1", 1.0)]
)
def test_charge_limits_are_taken_and_echoed_in_the_unit_typed(
    cli: Run, tmp_path: Path, typed: str, fraction: float
) -> None:
    sim = Simulator()
    store_tokens(sim, tmp_path / "tokens.json", vehicle_ids=[TESLA])
    _http.set_transport_override(SimulatorTransport(sim))
    try:
        code, out, err = cli("set-charge-limit", typed, "--vehicle", TESLA)
    finally:
        _http.set_transport_override(None)
    assert code == 0, err
    assert sim.state(TESLA).charge_limit == pytest.approx(fraction)
    assert out.splitlines()[-1].split() == ["limit", typed]


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("200%", "from 50% to 100%, got 200%"),
        ("20", "from 50 to 100, got 20"),
        ("0.2", "from 0.5 to 1.0 (or 50% to 100%), got 0.2"),
        ("lots", "not a charge limit such as 80%, 80 or 0.8"),
        ("nan%", "not a charge limit"),
    ],
)
def test_a_charge_limit_out_of_range_is_told_in_the_unit_typed(
    cli: Run, typed: str, message: str
) -> None:
    code, out, err = cli("set-charge-limit", typed, "--vehicle", TESLA)
    assert code == 2 and out == ""
    assert message in err


# -- login ---------------------------------------------------------------------------------------


@allow_loopback
def test_login_uses_the_redirect_uri_the_simulator_announces(
    cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The simulator was started with another redirect URI than the default, and nothing
    # tells `login` which: it asks the simulator, and Connect accepts the URL it builds.
    monkeypatch.delenv("SMARTCAR_CLIENT_ID")
    monkeypatch.delenv("SMARTCAR_CLIENT_SECRET")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    redirect_uri = f"http://localhost:{port}/done"
    assert redirect_uri != DEFAULT_REDIRECT_URI
    sim = Simulator(redirect_uri=redirect_uri)
    with SimulatorServer(sim).start() as server:
        args = build_parser().parse_args(["--simulator-url", server.url, "login"])
        client = Context(args, io.StringIO(), io.StringIO()).auth_client()
        assert client.redirect_uri == redirect_uri
        code, out, err = cli("--simulator-url", server.url, "auth-url")
    assert code == 0, err
    url = out.strip()
    assert parse_qs(urlsplit(url).query)["redirect_uri"] == [redirect_uri]
    assert "code=" in sim.authorize(url)  # Connect sends the code there
    # A redirect URI given explicitly still wins.
    monkeypatch.setenv("SMARTCAR_REDIRECT_URI", "http://localhost:1/x")
    args = build_parser().parse_args(["--simulator-url", SIM_URL, "login"])
    assert Context(args, io.StringIO(), io.StringIO()).auth_client().redirect_uri.endswith(":1/x")


def test_every_argument_parser_of_the_project_refuses_abbreviations() -> None:
    import ast

    root = Path(__file__).resolve().parents[2]
    found = []
    for folder in ("smartcar", "scripts", "examples"):
        for path in (root / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text())):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "ArgumentParser"
                ):
                    keywords = {k.arg: k.value for k in node.keywords}
                    value = keywords.get("allow_abbrev")
                    ok = isinstance(value, ast.Constant) and value.value is False
                    found.append((path.relative_to(root).as_posix(), node.lineno, ok))
    assert len(found) >= 5
    assert [f for f in found if not f[2]] == []
