"""The README's Python code blocks run exactly as written, in order, against a fresh simulator.

As a reader would: the quick start's offline shell block starts ``smartcar simulator`` on a
loopback port and exports its variables; the Python blocks then run in that environment, with
nothing else set up (no token issued beforehand, no transport swapped in). The test plays the
reader's browser once, approving the quick start's Connect URL, and hands the ``code`` of the
redirect to the next block, as the reader's redirect handler would. The port 8765 becomes a
free one, so parallel runs cannot collide.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx2
import pytest

from .._helpers import free_port
from .test_readme_shell import Shell, commands, offline_block, shell_env

try:  # pytest-recording blocks sockets under --block-network; this test needs loopback.
    import pytest_recording  # noqa: F401
except ImportError:  # pragma: no cover - only without the dev dependencies
    pass
else:
    pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

README = Path(__file__).resolve().parents[2] / "README.md"
BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)


CONTINUES = "# Continues the quick start"


def python_blocks() -> list[str]:
    return BLOCK.findall(README.read_text(encoding="utf-8"))


def continues(block: str) -> bool:
    """A block that needs the quick start's state says so in its first line."""
    return block.startswith(CONTINUES)


def test_readme_has_the_quick_start_calls() -> None:
    text = "\n".join(python_blocks())
    for call in (
        "smartcar.AuthClient()",
        'client.get_auth_url(scope, options={"force_prompt": True})',
        "client.exchange_code(code)",
        'client.exchange_refresh_token(access["refresh_token"])',
        "smartcar.get_vehicles(access.access_token)",
        "vehicle.odometer()",
        ".distance",
        "vehicle.info().make",
        'vehicle.batch(paths=["/location"',
        "batch.location()",
        "vehicle.lock()",
        "error.retry_after",
        "vehicle.with_raw_response.odometer()",
        "raw.parse()",
        "smartcar.with_raw_response.get_vehicles(",
        "await car.with_raw_response.lock()",
        "smartcar.Hooks(before_request=count, after_response=answered, on_error=failed)",
        "vehicle.with_options(hooks=hooks)",
    ):
        assert call in text, call


def test_the_quick_start_keeps_its_auth_url() -> None:
    """The Connect URL is built once, with the scopes: no later line replaces it."""
    first = python_blocks()[0]
    assert first.count("auth_url =") == 1
    assert not continues(first)


def test_the_markers_are_recognised() -> None:
    blocks = python_blocks()
    assert continues(blocks[1])  # the code exchange needs `client` and `code`
    assert not continues("import smartcar\n# Continues the quick start")


def run(block: str, index: int, namespace: dict[str, Any]) -> None:
    try:
        exec(compile(block, f"README.md block {index}", "exec"), namespace)
    except Exception as error:
        raise AssertionError(f"README block {index} failed:\n{block}") from error


@pytest.fixture
def reader_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    """The reader's environment after the quick start's offline block: a fresh simulator."""
    shell = Shell(shell_env(tmp_path), tmp_path)
    port = str(free_port())
    try:
        for line in commands(offline_block()):
            line = line.replace("8765", port)
            if line.endswith("&"):
                server = shell.start(line.rstrip("&").strip())
                shell.background.append(server)
                assert server.stdout is not None
                assert "listening on" in server.stdout.readline()
            else:
                shell.run(line)
        for name in [n for n in os.environ if n.startswith("SMARTCAR_")]:
            monkeypatch.delenv(name)
        exported = {k: v for k, v in shell.env.items() if k.startswith("SMARTCAR_")}
        for name, value in exported.items():
            monkeypatch.setenv(name, value)
        yield exported
    finally:
        shell.close()


def approve(auth_url: str) -> str:
    """The reader's browser: open the Connect URL, approve, and return where it is sent."""
    parts = urlsplit(auth_url)
    with httpx2.Client(timeout=10) as browser:
        assert browser.get(auth_url).status_code == 200
        form = {k: v[0] for k, v in parse_qs(parts.query).items()}
        answer = browser.post(
            f"{parts.scheme}://{parts.netloc}/oauth/authorize/approve",
            content=urlencode(form | {"decision": "approve"}),
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )
    assert answer.status_code in (302, 303), answer.text
    return answer.headers["Location"]


def test_readme_code_blocks_run(
    reader_env: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    """Each block runs in a fresh namespace, unless its first line says it continues the
    quick start: then it runs in the quick start's namespace, after the blocks before it."""
    assert reader_env["SMARTCAR_SIMULATOR_URL"].startswith("http://127.0.0.1:")
    blocks = python_blocks()
    assert len(blocks) >= 8
    quick_start: dict[str, Any] = {"__name__": "readme"}
    for index, block in enumerate(blocks):
        if index == 0:
            run(block, index, quick_start)
            redirect = approve(quick_start["auth_url"])
            quick_start["code"] = parse_qs(urlsplit(redirect).query)["code"][0]
        elif continues(block):
            run(block, index, quick_start)
        else:
            run(block, index, {"__name__": "readme"})
    out = capsys.readouterr().out
    assert "104032.0 metric" in out  # the quick start printed the odometer and its units
    assert "TESLA" in out
    assert "lock: success" in out  # the quick start asked for control_security
    assert "PERMISSION" not in out
    assert "200 {'challenge':" in out  # webhooks.receive answered the unsigned VERIFY
    # ... and typed the VEHICLE_STATE: a "Group.Name" trigger, its signal, 0 read as unknown.
    assert "TractionBattery.StateOfCharge tractionbattery-stateofcharge\n" in out
    assert "63 percent 2025-10-31 07:39:05+00:00 None\n" in out
    assert "True False\n" in out  # the retried event is recognised
    assert "202 True" in out  # the offline v3 block's slow vehicle answered 202
    # The low-level client's block: an imperial read, and the builder's versioned path.
    assert " imperial\n" in out
    assert "/v2.0/vehicles/my-vehicle-id/odometer" in out
    scope = parse_qs(urlsplit(quick_start["auth_url"]).query)["scope"][0].split()
    assert "control_security" in scope and "read_odometer" in scope


def test_a_block_missing_its_import_fails_in_a_fresh_namespace() -> None:
    """The check can fail: a block that relies on an earlier block's import is caught."""
    with pytest.raises(AssertionError, match="README block 99 failed"):
        run("print(smartcar.__version__)", 99, {"__name__": "readme"})


def _type_checker() -> Any:
    import importlib.util

    path = README.parent / "scripts" / "check_readme_types.py"
    spec = importlib.util.spec_from_file_location("check_readme_types", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_type_check_joins_the_quick_start_and_maps_lines_back() -> None:
    checker = _type_checker()
    text = (
        "```python\nimport smartcar\nx = 1\n```\n"
        "```python\nprint('alone')\n```\n"
        "```python\n# Continues the quick start: x\ny: str = x\n```\n"
    )
    found, where = checker.modules(text)
    assert found["readme_block_01.py"] == "print('alone')\n"
    assert found["readme_quick_start.py"].splitlines() == [
        "import smartcar",
        "x = 1",
        "# Continues the quick start: x",
        "y: str = x",
    ]
    assert where[4] == (2, 2)  # the chain's 4th line is block 2's 2nd line
    line = "/tmp/x/readme_quick_start.py:4: error: Incompatible types"
    assert checker._located(line, where) == "README.md block 2, line 2: error: Incompatible types"


def test_the_type_check_fails_on_an_ill_typed_block(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    checker = _type_checker()
    bad = tmp_path / "README.md"
    bad.write_text(
        "```python\nimport smartcar\n```\n"
        "```python\n# Continues the quick start\nn: int = smartcar.get_api_version()\n```\n"
    )
    assert checker.main([str(bad)]) == 1
    assert "README.md block 1, line 2: error" in capsys.readouterr().out
