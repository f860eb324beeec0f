"""Small helpers that several test modules share (their shared fixtures are in conftest.py)."""

from __future__ import annotations

import os
import socket
import warnings
from collections.abc import Callable, Iterator
from typing import Any

import httpx2
import pytest

import smartcar
from smartcar.testing import (
    DEFAULT_CLIENT_ID,
    DEFAULT_CLIENT_SECRET,
    DEFAULT_REDIRECT_URI,
    Simulator,
)

try:  # pytest-recording blocks sockets under --block-network; loopback tests need them.
    import pytest_recording  # noqa: F401
except ImportError:  # pragma: no cover - only without the dev dependencies
    allow_loopback: Callable[[Any], Any] = lambda f: f  # noqa: E731
else:
    allow_loopback = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])


# The simulator's default Tesla and an API v3 user to connect it to (the `tesla_connected` mark).
TESLA = "36ab27d0-fd9d-4455-823a-ce30af709ffc"
USER = "725146a3-69f4-46c8-965d-54b3b6f81eb7"


def assert_attributed_here(warning: warnings.WarningMessage, filename: str) -> None:
    """Assert that a warning names the caller's file, as ``stacklevel`` should make it.

    Under mutmut, the trampoline it wraps around every function is a frame outside the SDK
    that takes the attribution, so the check is skipped there (``MUTANT_UNDER_TEST``).
    """
    if "MUTANT_UNDER_TEST" not in os.environ:
        assert warning.filename == filename


def free_port() -> int:
    """A loopback port that is free now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def chain(error: BaseException) -> Iterator[BaseException]:
    """The error and every exception it links to through __cause__ and __context__.

    A traceback hides a context raised ``from None``, but the object keeps it, and anything
    that inspects the error (Sentry, a debugger) shows it.
    """
    seen: set[int] = set()
    stack: list[BaseException | None] = [error]
    while stack:
        current = stack.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        stack += [current.__cause__, current.__context__]


def raised(call: Callable[[], Any]) -> smartcar.SmartcarException:
    """The SmartcarException that ``call()`` raises (the test fails if it raises none)."""
    with pytest.raises(smartcar.SmartcarException) as caught:
        call()
    return caught.value


class Recorder:
    """Answers everything with 200 and keeps the requests it saw."""

    def __init__(self) -> None:
        self.requests: list[httpx2.Request] = []

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        self.requests.append(request)
        return httpx2.Response(200, json={})


def issued_token(sim: Simulator) -> str:
    """A fresh access token of the simulator."""
    return str(sim.issue_token()["access_token"])


def auth_client(transport: httpx2.MockTransport, cls: Any = smartcar.AuthClient) -> Any:
    """An auth client (``cls``) with the simulator's credentials, on ``transport``."""
    return cls(DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, DEFAULT_REDIRECT_URI, transport=transport)
