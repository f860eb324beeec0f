"""A threaded loopback HTTP server for tests that need a real socket (slow, hostile, huge)."""

from __future__ import annotations

import contextlib
import http.server
import threading
from collections.abc import Callable
from typing import Any

import smartcar

Behave = Callable[[http.server.BaseHTTPRequestHandler, threading.Event], None]


class Loopback:
    """Runs ``behave(handler, stop_event)`` for every request on ``127.0.0.1``, in threads.

    The request body is read first; an ``OSError`` from ``behave`` (the client hung up, which
    is what a bounded client does) is ignored. ``stop_event`` is set by :meth:`close`, so a
    server that drips or stalls can stop on its own. With ``http11`` the server speaks
    HTTP/1.1 (chunked bodies) and closes each connection after its answer.
    """

    def __init__(self, behave: Behave, *, http11: bool = False) -> None:
        self.stop_event = threading.Event()
        self.paths: list[str] = []
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1" if http11 else "HTTP/1.0"

            def _any(self) -> None:
                outer.paths.append(self.path)
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                with contextlib.suppress(OSError):
                    behave(self, outer.stop_event)
                if http11:
                    self.close_connection = True

            do_GET = do_POST = do_DELETE = _any

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.thread.start()

    @property
    def hits(self) -> int:
        """How many requests arrived."""
        return len(self.paths)

    @property
    def origins(self) -> smartcar.Origins:
        """Every API origin pointed at this server."""
        url = self.url
        return smartcar.Origins(api=url, auth=url, connect=url, management=url, vehicle_v3=url)

    def close(self) -> None:
        """Let waiting handlers stop, then shut the server down."""
        self.stop_event.set()
        self.server.shutdown()
        self.server.server_close()
        self.thread.join()
