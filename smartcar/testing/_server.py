"""Serve a `Simulator` over HTTP on a loopback port, from a background thread."""

from __future__ import annotations

import ipaddress
import json
import socket
import socketserver
import threading
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Self
from urllib.parse import urlsplit

from ._simulator import Simulator

__all__ = ["SimulatorServer"]


class _Handler(BaseHTTPRequestHandler):
    # HTTP/1.1 keeps connections alive, so clients' pools work as they do against Smartcar.
    protocol_version = "HTTP/1.1"
    # Headers and body go out in separate writes; with Nagle's algorithm on, the client's
    # delayed ACK would stall every keep-alive response by about 40 ms.
    disable_nagle_algorithm = True
    server: _Server

    def _answer(self) -> None:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            self.send_error(411, "Length Required")
            return
        length = _content_length(self.headers.get_all("Content-Length") or [])
        if length is None:
            # The body's end is unknown, so the connection cannot be reused either.
            self.close_connection = True
            self._refuse(400, "Bad Request", "The Content-Length header is not a valid length.")
            return
        body = self.rfile.read(length) if length > 0 else b""
        if not self.path.startswith("/"):
            # Only the origin form ("/path?query"; http.server already reads "//x" as "/x"):
            # the simulator routes a target by its path alone, so "http://evil/_simulator/..."
            # would reach a control endpoint past the check below. That form is for proxies.
            self._refuse(400, "Bad Request", "The request target must be a path.")
            return
        if self.path.startswith("/_simulator/"):
            refusal = _control_refusal(self.headers)
            if refusal is not None:
                self._refuse(*refusal)
                return
        answer = self.server.simulator.handle(self.command, self.path, dict(self.headers), body)
        self.send_response(answer.status)
        for name, value in answer.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(answer.body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(answer.body)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = _answer

    def _refuse(self, status: int, reason: str, message: str) -> None:
        body = json.dumps({"error": reason, "message": message}).encode()
        self.send_response(status, reason)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Stay quiet: a test run or a recording should not print a line per request."""


def _content_length(values: list[str]) -> int | None:
    """The body's length, or ``None`` if the header is malformed, negative or repeated."""
    if not values:
        return 0
    if len(set(values)) != 1 or not values[0].strip().isdigit():
        return None
    return int(values[0])


def _control_refusal(headers: Message) -> tuple[int, str, str] | None:
    """Why a request to a control endpoint (``/_simulator/...``) is refused, if it is.

    They change the simulator's state, so a web page in the user's browser must not reach
    them: a JSON body cannot be sent cross-site without a CORS preflight (which the simulator
    never grants), and a loopback ``Host`` defeats DNS rebinding, where an attacker's name
    resolves to 127.0.0.1.
    """
    host = urlsplit(f"//{headers.get('Host', '')}").hostname or ""
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if not loopback:
        return 403, "Forbidden", "Control endpoints only answer a loopback Host."
    if headers.get("Sec-Fetch-Site", "") == "cross-site":
        return 403, "Forbidden", "Control endpoints refuse cross-site requests."
    media_type = headers.get("Content-Type", "").partition(";")[0].strip().lower()
    if media_type != "application/json":
        return 415, "Unsupported Media Type", "Control endpoints need a JSON body."
    return None


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    # socketserver's default listen backlog is 5. When more clients connect at once than the
    # accept loop takes in (a fleet read opens 50 connections together), the kernel drops the
    # surplus handshakes and the clients stall a second or more on SYN retransmits.
    request_queue_size = 128

    def __init__(self, address: tuple[str, int], simulator: Simulator, ipv6: bool) -> None:
        self.address_family = socket.AF_INET6 if ipv6 else socket.AF_INET
        self.simulator = simulator
        super().__init__(address, _Handler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind resolves the host's FQDN, a DNS lookup that can hang without
        # a network; the name is never used here.
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name = str(host)
        self.server_port = int(port)


class SimulatorServer:
    """Run a `Simulator` on a loopback HTTP port, in a daemon thread.

    Use it as a context manager, or call `start` and `stop`::

        with SimulatorServer() as server:
            httpx2.get(f"{server.url}/v2.0/vehicles", headers=...)

    One port serves every Smartcar origin (Connect, auth, API, management, v3): point each of
    the SDK's origins at `url`.

    Args:
        simulator: the simulator to serve; a new default one if omitted.
        host: a loopback address (``127.0.0.1``, ``::1`` or ``localhost``); other addresses
            are refused so the simulator is never exposed on a network.
        port: the port; 0 picks a free one.
    """

    def __init__(
        self,
        simulator: Simulator | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        address = "127.0.0.1" if host == "localhost" else host
        try:
            loopback = ipaddress.ip_address(address).is_loopback
        except ValueError:
            loopback = False
        if not loopback:
            raise ValueError(f"SimulatorServer only binds loopback addresses, not {host!r}")
        self.simulator = simulator if simulator is not None else Simulator()
        self._address = (address, port)
        self._ipv6 = ":" in address
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """The server's base URL, for example ``http://127.0.0.1:54321``."""
        if self._server is None:
            raise RuntimeError("the server is not running; call start() first")
        host, port = self._address[0], self._server.server_address[1]
        shown = f"[{host}]" if self._ipv6 else host
        return f"http://{shown}:{port}"

    def start(self) -> Self:
        """Bind the port and start serving in a daemon thread; returns ``self``."""
        if self._server is not None:
            raise RuntimeError("the server is already running")
        self._server = _Server(self._address, self.simulator, self._ipv6)
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.1},
            name="smartcar-simulator",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving, close the port and wait for the thread; does nothing if stopped."""
        server, thread = self._server, self._thread
        self._server = self._thread = None
        if server is None:
            return
        server.shutdown()
        server.server_close()
        if thread is not None:
            thread.join()

    def __enter__(self) -> Self:
        """Start the server unless `start` was already called; stop it on exit."""
        return self if self._server is not None else self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
