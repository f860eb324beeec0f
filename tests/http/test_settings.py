"""Client options: one typed set (``ClientOptions``), handed over as it is to every client.

mypy --strict rejects a misspelt or mistyped option wherever options are passed; at run time a
misspelt one is a ``TypeError`` naming the likely option, and a bad value an
``InvalidInputError``, both before anything is sent.
"""

from __future__ import annotations

import dataclasses
import re
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import httpx2
import pytest

import smartcar
from smartcar._http import HTTP_OPTIONS, ClientOptions, Settings
from smartcar.testing import Simulator, SimulatorTransport

ROOT = Path(__file__).resolve().parents[2]

# Each line marked `# wrong` must be a mypy error, and no other line.
MISUSE = textwrap.dedent(
    """
    import smartcar


    def misuse(vehicle: smartcar.Vehicle, app: smartcar.AsyncApp) -> None:
        smartcar.Vehicle("v", "t", max_retries=3, timeout=3.0)
        smartcar.Vehicle("v", "t", max_retires=3)  # wrong
        smartcar.Vehicle("v", "t", timeout="3s")  # wrong
        smartcar.AsyncVehicle("v", "t", {"unit_system": "imperial"}, timeout="3s")  # wrong
        smartcar.AuthClient("id", "secret", max_retires=3)  # wrong
        smartcar.AsyncApp("id", "secret", timeout="3s")  # wrong
        smartcar.with_options(max_retires=0)  # wrong
        smartcar.with_options(timeout="3s")  # wrong
        vehicle.with_options(max_retires=0)  # wrong
        vehicle.with_options(timeout="3s")  # wrong
        app.with_options(strict="yes")  # wrong
        smartcar.read_fleet([("v", "t")], "odometer", max_retires=1)  # wrong
        smartcar.read_fleet([("v", "t")], "odometer", timeout="3s")  # wrong
    """
)


def test_mypy_strict_rejects_a_misspelt_or_mistyped_option(tmp_path: Path) -> None:
    source = tmp_path / "misuse.py"
    source.write_text(MISUSE, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", str(source)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    wrong = {n for n, line in enumerate(MISUSE.splitlines(), 1) if line.endswith("# wrong")}
    reported = {int(n) for n in re.findall(r"misuse\.py:(\d+): error", result.stdout)}
    assert reported == wrong, result.stdout
    assert 'Unexpected keyword argument "max_retires"' in result.stdout
    assert 'Argument "timeout" to "Vehicle" has incompatible type "str"' in result.stdout


@pytest.mark.parametrize(
    "make",
    [
        lambda **kw: smartcar.Vehicle("v", "t", **kw),
        lambda **kw: smartcar.AsyncVehicle("v", "t", **kw),
        lambda **kw: smartcar.AuthClient("id", "secret", **kw),
        lambda **kw: smartcar.App("id", "secret", **kw),
        lambda **kw: smartcar.with_options(**kw),
        lambda **kw: smartcar.Vehicle("v", "t").with_options(**kw),
        lambda **kw: smartcar.read_fleet([("v", "t")], "odometer", **kw),
    ],
    ids=["Vehicle", "AsyncVehicle", "AuthClient", "App", "module", "copy", "read_fleet"],
)
def test_a_misspelt_option_fails_at_run_time_as_a_named_parameter_would(
    make: Callable[..., object],
) -> None:
    with pytest.raises(TypeError, match=r"unexpected keyword argument 'max_retires'.*max_retries"):
        make(max_retires=3)
    with pytest.raises(smartcar.InvalidInputError, match="timeout"):
        make(timeout="3s")


def test_every_option_reaches_the_settings_of_every_client() -> None:
    options: ClientOptions = {
        "timeout": 7.0,
        "max_retries": 5,
        "max_retry_after": 9.0,
        "deadline": 99.0,
        "max_response_bytes": 1234,
        "strict": True,
        "origins": smartcar.Origins(api="https://api.example.test"),
    }
    for client in (
        smartcar.Vehicle("v", "t", **options),
        smartcar.AuthClient("id", "secret", **options),
        smartcar.App("id", "secret", **options),
    ):
        settings = client.settings
        assert settings.timeout.read == 7.0 and settings.max_retries == 5
        assert (settings.max_retry_after, settings.deadline) == (9.0, 99.0)
        assert (settings.max_response_bytes, settings.strict) == (1234, True)
        assert settings.origins.api == "https://api.example.test"
    api = smartcar.with_options(**options)
    assert api._current_settings().origins.api == "https://api.example.test"
    assert api.with_options(max_retries=1)._current_settings().max_retries == 1
    assert api.with_options(max_retries=1)._current_settings().deadline == 99.0


def test_fleet_options_reach_each_vehicle_built_from_a_pair() -> None:
    sim = Simulator()
    vid = sim.vehicle_ids[0]
    token = sim.issue_token()["access_token"]
    with httpx2.Client(transport=SimulatorTransport(sim)) as client:
        (row,) = smartcar.read_fleet(
            [(vid, token)], "odometer", http_client=client, max_retries=0, strict=True
        )
    assert row.ok, row
    with pytest.raises(smartcar.InvalidInputError, match="http_client"):
        smartcar.read_fleet([(vid, token)], "odometer", transport=SimulatorTransport(sim))


def test_an_option_is_one_entry_of_the_typed_set_and_one_checked_setting() -> None:
    # What makes adding an option two edits: the TypedDict entry and the Settings field whose
    # check with_options applies; every client takes ClientOptions as they are.
    checked = {f.name for f in dataclasses.fields(Settings) if "check" in f.metadata}
    assert checked | set(HTTP_OPTIONS) == ClientOptions.__optional_keys__
    assert HTTP_OPTIONS == ("http_client", "transport")


def test_a_copy_may_send_with_another_client_and_origins() -> None:
    sim = Simulator()
    vid = sim.vehicle_ids[0]
    token = sim.issue_token()["access_token"]
    origins = smartcar.Origins(api="https://api.example.test")
    idle = smartcar.Vehicle(vid, token, origins=origins)
    with idle.with_options(transport=SimulatorTransport(sim), origins=smartcar.Origins()) as copy:
        assert copy.odometer().distance > 0
        assert idle.settings.origins == origins
    assert idle._http_client is None


# -- what each check says, and its boundaries ------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "strict"),
    [
        ("1", True),
        ("true", True),
        (" True ", True),
        ("YES", True),
        ("", False),
        ("0", False),
        ("no", False),
        ("on", False),
    ],
)
def test_smartcar_strict_turns_strict_mode_on_for_one_true_or_yes(
    monkeypatch: pytest.MonkeyPatch, value: str, strict: bool
) -> None:
    monkeypatch.setenv("SMARTCAR_STRICT", value)
    assert Settings().strict is strict
    assert smartcar.Vehicle("v", "t").settings.strict is strict


def test_strict_mode_is_off_without_smartcar_strict(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SMARTCAR_STRICT", raising=False)
    assert Settings().strict is False


@pytest.mark.parametrize(
    ("make", "caller"),
    [
        (lambda **kw: smartcar.Vehicle("v", "t", **kw), "Vehicle"),
        (lambda **kw: smartcar.AuthClient("id", "secret", **kw), "AuthClient"),
        (lambda **kw: smartcar.Vehicle("v", "t").with_options(**kw), "with_options"),
        (lambda **kw: Settings().with_options(**kw), "with_options"),
    ],
)
def test_a_misspelt_option_is_named_with_the_likely_one_or_alone(
    make: Callable[..., object], caller: str
) -> None:
    with pytest.raises(TypeError) as misspelt:
        make(deadlin=3)
    assert str(misspelt.value) == (
        f"{caller}() got an unexpected keyword argument 'deadlin' (did you mean 'deadline'?)"
    )
    with pytest.raises(TypeError) as unknown:
        make(zzz=3)
    assert str(unknown.value) == f"{caller}() got an unexpected keyword argument 'zzz'"


def test_settings_take_no_http_client_and_no_change_is_the_same_settings() -> None:
    settings = Settings()
    for name in HTTP_OPTIONS:
        with pytest.raises(TypeError) as refused:
            settings.with_options(**{name: object()})  # type: ignore[misc]
        assert str(refused.value) == f"Settings.with_options() takes no {name}: a client holds it"
    assert settings.with_options() is settings
    assert settings.with_options(max_retries=None) is settings
    assert settings.with_options(max_retries=5) == dataclasses.replace(settings, max_retries=5)


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("origins", 1.5, "origins must be a smartcar.Origins or None, got float"),
        ("origins", "https://a.example", "origins must be a smartcar.Origins or None, got str"),
        ("deadline", -1, "deadline must be a positive, finite number of seconds, got -1"),
        ("deadline", 0, "deadline must be a positive, finite number of seconds, got 0"),
        ("max_response_bytes", 0, "max_response_bytes must be an int > 0, got 0"),
        ("max_response_bytes", "1", "max_response_bytes must be an int > 0, got '1'"),
        ("max_response_bytes", True, "max_response_bytes must be an int > 0, got True"),
        ("max_retries", -1, "max_retries must be an int >= 0, got -1"),
        ("strict", "yes", "strict must be True or False, got 'yes'"),
    ],
)
def test_a_bad_option_value_is_refused_naming_the_option_and_the_value(
    option: str, value: object, message: str
) -> None:
    with pytest.raises(smartcar.InvalidInputError) as refused:
        smartcar.Vehicle("v", "t", **{option: value})
    assert str(refused.value) == message


def test_the_smallest_limits_are_accepted() -> None:
    settings = Settings().with_options(max_response_bytes=1, max_retries=0, max_retry_after=0)
    assert (settings.max_response_bytes, settings.max_retries, settings.max_retry_after) == (
        1,
        0,
        0.0,
    )


@pytest.mark.parametrize(("seconds", "connect"), [(5, 5.0), (10, 10.0), (30, 10.0)])
def test_a_timeout_in_seconds_connects_within_it_and_at_most_the_default_connect(
    seconds: float, connect: float
) -> None:
    timeout = Settings().with_options(timeout=seconds).timeout
    assert (timeout.connect, timeout.read, timeout.write, timeout.pool) == (
        connect,
        float(seconds),
        float(seconds),
        float(seconds),
    )


@pytest.mark.parametrize(
    ("timeout", "deadline"),
    [
        (None, 330.0),
        (httpx2.Timeout(5.0, connect=400.0), 405.0),
        (httpx2.Timeout(600.0, connect=1.0), 601.0),
    ],
)
def test_the_default_deadline_fits_one_whole_attempt_of_a_longer_timeout(
    timeout: httpx2.Timeout | None, deadline: float
) -> None:
    settings = Settings().with_options(timeout=timeout)
    assert settings.call_deadline() == deadline
    assert settings.with_options(deadline=7).call_deadline() == 7.0
