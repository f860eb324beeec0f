"""The README's shell blocks run as written, in order, against a simulator on loopback.

The Python blocks have their own test (``test_readme.py``). Here the command-line block is run
line by line with ``bash``, the way a reader would paste it: background jobs stay running,
``export`` carries over to the next lines, and every command must exit 0. The test plays the
reader's browser where the block asks for one (approving the Connect URL that ``login``
prints). Two things are adjusted, both outside the commands' meaning: the simulator's port
8765 becomes a free port, and the redirect URI (the simulator's default, port 8000) is moved to
another free port through ``SMARTCAR_REDIRECT_URI``, so parallel test runs cannot collide.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx2
import pytest

from .._helpers import TESLA, free_port

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
SHELL_BLOCK = re.compile(r"^```sh\n(.*?)^```", re.MULTILINE | re.DOTALL)

OFFLINE = "# Offline: "
"""The first line of the quick start's block that starts the simulator and exports its URL."""

# Shell blocks this test does not run, and where each is tested instead. A new block must be
# added here or be run below, so none goes untested.
COVERED_ELSEWHERE = {
    "make demo": "tests/docs/test_demo.py runs the demo",
    OFFLINE: "run here before the command-line block, and by tests/docs/test_readme.py",
    "pip install .": "make check-wheel installs the wheel in a fresh venv",
    "SMARTCAR_LOG=": "tests/http/test_logs.py runs it with a your_app.py (test_the_readme_block)",
    ".venv/bin/python -m examples.webapp --simulator": "tests/docs/test_example_app_running.py starts it "
    "(test_the_readme_command_serves_the_app); make e2e clicks through it",
}

try:  # pytest-recording blocks sockets under --block-network; this test needs loopback.
    import pytest_recording  # noqa: F401
except ImportError:  # pragma: no cover - only without the dev dependencies
    pass
else:
    pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])


def shell_blocks() -> list[str]:
    return SHELL_BLOCK.findall(README.read_text(encoding="utf-8"))


def cli_block() -> str:
    [block] = [b for b in shell_blocks() if "smartcar login" in b]
    return block


def offline_block() -> str:
    [block] = [b for b in shell_blocks() if b.startswith(OFFLINE)]
    return block


def commands(block: str) -> list[str]:
    """The block's command lines, without the trailing comments a reader would paste too."""
    lines = []
    for line in block.splitlines():
        command = re.sub(r"(^|\s+)#\s.*$", "", line).strip()
        if command:
            lines.append(command)
    return lines


class Shell:
    """Runs lines with bash, keeping exported variables and background jobs across lines."""

    def __init__(self, env: dict[str, str], cwd: Path) -> None:
        self.env = env
        self.cwd = cwd
        self.background: list[subprocess.Popen[str]] = []

    def start(self, line: str) -> subprocess.Popen[str]:
        return subprocess.Popen(
            ["bash", "-c", line],
            env=self.env,
            cwd=self.cwd,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
        )

    def run(self, line: str) -> tuple[str, str]:
        if line.startswith("export "):
            # Run it, then keep what it exported, as the reader's shell would.
            done = subprocess.run(
                ["bash", "-c", f"{line} && env -0"],
                env=self.env,
                capture_output=True,
                text=True,
                timeout=30,
            )
            assert done.returncode == 0, done.stderr
            self.env = dict(item.split("=", 1) for item in done.stdout.split("\0") if "=" in item)
            return "", ""
        process = self.start(line)
        out, err = process.communicate(timeout=60)
        assert process.returncode == 0, f"{line!r} exited {process.returncode}:\n{err}"
        return out, err

    def close(self) -> None:
        for process in self.background:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
                try:
                    process.wait(10)
                except subprocess.TimeoutExpired:
                    os.killpg(process.pid, signal.SIGKILL)
                    process.wait(10)
            for pipe in (process.stdout, process.stderr):
                if pipe is not None:
                    pipe.close()


def shell_env(tmp_path: Path) -> dict[str, str]:
    """A reader's environment: no SMARTCAR_* variable, this checkout's `smartcar`, a new home."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("SMARTCAR_") and key not in ("XDG_CONFIG_HOME",)
    }
    # The `smartcar` command of this checkout, and a fresh home with no tokens in it.
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env["HOME"] = str(tmp_path / "home")
    (tmp_path / "home").mkdir(mode=0o700)
    return env


@pytest.fixture
def shell(tmp_path: Path) -> Iterator[Shell]:
    env = shell_env(tmp_path)
    # `login` listens on the redirect URI's port: a free one, which `smartcar simulator`
    # registers (it reads the variable) and the README's export line is moved to.
    env["SMARTCAR_REDIRECT_URI"] = f"http://localhost:{free_port()}/callback"
    running = Shell(env, tmp_path)
    try:
        yield running
    finally:
        running.close()


def approve(connect_url: str) -> httpx2.Response:
    """What the reader does in the browser: open the Connect URL, approve, follow the redirect."""
    base = f"{urlsplit(connect_url).scheme}://{urlsplit(connect_url).netloc}"
    with httpx2.Client(timeout=10) as browser:
        page = browser.get(connect_url)
        assert page.status_code == 200, page.text
        form = {k: v[0] for k, v in parse_qs(urlsplit(connect_url).query).items()}
        return browser.post(
            f"{base}/oauth/authorize/approve",
            content=urlencode(form | {"decision": "approve"}),
            headers={"Content-Type": "application/x-www-form-urlencoded"},
            follow_redirects=True,
        )


def test_every_shell_block_is_run_here_or_covered_elsewhere() -> None:
    blocks = shell_blocks()
    assert sum("smartcar simulator" in b for b in blocks) == 1
    assert "smartcar simulator" in offline_block()
    for block in blocks:
        if block == cli_block():
            continue
        assert any(block.lstrip().startswith(start) for start in COVERED_ELSEWHERE), block


def test_the_cli_block_runs_as_written(shell: Shell) -> None:
    """The quick start's offline block, then the command-line block, in one shell."""
    port = str(free_port())
    redirect = urlsplit(shell.env["SMARTCAR_REDIRECT_URI"]).netloc
    lines = commands(offline_block()) + commands(cli_block())
    assert lines[0] == "smartcar simulator --port 8765 &"
    outputs: dict[str, str] = {}
    for line in lines:
        line = line.replace("8765", port).replace("localhost:8000", redirect)
        if line.endswith("&"):
            server = shell.start(line.rstrip("&").strip())
            shell.background.append(server)
            assert server.stdout is not None
            banner = server.stdout.readline()
            assert f"listening on http://127.0.0.1:{port}" in banner, banner
        elif " login" in line:
            login = shell.start(line)
            assert login.stdout is not None
            url = login.stdout.readline().strip()
            assert url.startswith(f"http://127.0.0.1:{port}/oauth/authorize?"), url
            page = approve(url)
            out, err = login.communicate(timeout=30)
            assert login.returncode == 0, err
            assert page.status_code == 200 and "Vehicle connected" in page.text
            outputs[line] = out
        else:
            outputs[line] = shell.run(line)[0]
    by_command = {line.split(" --")[0]: out for line, out in outputs.items()}
    assert "Logged in; tokens saved to" in by_command["smartcar login"]
    assert "state=xyz" in by_command["smartcar auth-url"]
    assert "TESLA" in by_command["smartcar vehicles"]
    odometer = next(out for line, out in outputs.items() if "--units imperial" in line)
    miles = re.search(r"^distance\s+([\d.]+)$", odometer, re.MULTILINE)
    assert miles and round(float(miles.group(1))) == round(104032.0 / 1.609344), odometer
    every = json.loads(next(out for line, out in outputs.items() if "--all --json" in line))
    assert TESLA in every and all("distance" in reading for reading in every.values())
    assert "success" in by_command["smartcar lock"]
    assert "success" in by_command["smartcar set-charge-limit 80%"]


def test_the_simulator_origin_is_found_without_the_variable(shell: Shell) -> None:
    # After a login against the simulator, the token file remembers where its tokens came
    # from: a new shell without SMARTCAR_SIMULATOR_URL still reaches the same simulator.
    port = str(free_port())
    server = shell.start(f"smartcar simulator --port {port}")
    shell.background.append(server)
    assert server.stdout is not None
    assert "listening" in server.stdout.readline()
    login = shell.start(f"smartcar --simulator-url http://127.0.0.1:{port} login --no-browser")
    assert login.stdout is not None
    approve(login.stdout.readline().strip())
    login.communicate(timeout=30)
    assert login.returncode == 0
    assert TESLA in shell.run("smartcar vehicles")[0]
