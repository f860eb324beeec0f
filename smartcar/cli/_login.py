"""Catch the Smartcar Connect redirect on a loopback port, for ``smartcar login``."""

from __future__ import annotations

import hmac
import html
import ipaddress
import socket
import socketserver
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from types import TracebackType
from typing import Self
from urllib.parse import parse_qsl, urlsplit

from ._errors import EXIT_ERROR, EXIT_USAGE, CliError

__all__ = ["LoopbackReceiver", "code_from_redirect", "loopback_address"]


def loopback_address(redirect_uri: str, port: int | None) -> tuple[str, int, str]:
    """Where to listen for the redirect to ``redirect_uri``.

    Args:
        redirect_uri: the application's redirect URI, registered in the Smartcar Dashboard.
        port: a port to listen on instead of the URI's (for example behind a port forward).

    Returns:
        ``(host, port, path)``: the loopback address to bind and the path the redirect uses.

    Raises:
        CliError: (usage) the URI is not a plain ``http://`` loopback URI, or has no port and
            none was given.
    """
    parts = urlsplit(redirect_uri)
    host = parts.hostname or ""
    address = "127.0.0.1" if host == "localhost" else host
    try:
        loopback = ipaddress.ip_address(address).is_loopback
    except ValueError:
        loopback = False
    if parts.scheme != "http" or not loopback:
        # A web redirect URI would send the code to a server, not to this terminal.
        raise CliError(
            f"login needs a loopback redirect URI (http://localhost:<port>/<path>), "
            f"got {redirect_uri!r}",
            exit_code=EXIT_USAGE,
            hint="register one such as http://localhost:8000/callback in the Smartcar "
            "Dashboard and pass it with --redirect-uri or SMARTCAR_REDIRECT_URI",
        )
    try:
        uri_port = parts.port
    except ValueError:
        uri_port = None
    chosen = port if port is not None else uri_port
    if chosen is None:
        raise CliError(
            f"the redirect URI {redirect_uri!r} has no port",
            exit_code=EXIT_USAGE,
            hint="add one to the URI or pass --port",
        )
    return address, chosen, parts.path or "/"


def code_from_redirect(query: dict[str, str], expected_state: str) -> str:
    """Check the redirect's query string and return its authorization code.

    Args:
        query: the redirect's query parameters.
        expected_state: the ``state`` sent in the Connect URL.

    Returns:
        The ``code`` to exchange for tokens.

    Raises:
        CliError: the user denied access, Connect reported an error, the ``state`` does not
            match (a forged or stale redirect), or there is no code.
    """
    # The state is checked first: an error redirect with a foreign state is not ours either.
    if not hmac.compare_digest(query.get("state", ""), expected_state):
        raise CliError(
            "the redirect's state does not match this login (a stale or forged redirect); "
            "nothing was exchanged",
            hint="run `smartcar login` again",
        )
    error = query.get("error")
    if error:
        description = query.get("error_description") or query.get("error_message") or ""
        raise CliError(
            f"Smartcar Connect refused the authorization: {error}"
            + (f" - {description}" if description else "")
        )
    code = query.get("code")
    if not code:
        raise CliError("the redirect has no authorization code")
    return code


_PAGE = (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Smartcar CLI</title></head>'
    "<body><h1>{title}</h1><p>{text}</p></body></html>"
)


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    # A connection that sends nothing (or drips) is dropped after this many seconds of
    # silence, so it can hold neither its thread nor the end of the login.
    timeout = 2.0

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        receiver = self.server.receiver
        if parts.path != receiver.path:
            # Browsers also ask for /favicon.ico; only the redirect path counts.
            self._page(404, "Not found", "This is not the Smartcar login redirect.")
            return
        query = dict(parse_qsl(parts.query, keep_blank_values=True))
        if not hmac.compare_digest(query.get("state", ""), receiver.state):
            # Anyone can load a loopback URL (a web page can make the browser do it): a
            # redirect without this login's state is answered, but never ends the login.
            receiver.ignored += 1
            self._page(
                400,
                "Login failed",
                "This redirect does not belong to the login in progress (its state does not "
                "match). Nothing was exchanged.",
            )
            return
        if not receiver.accept(query):
            self._page(409, "Already done", "This login has already received its redirect.")
            return
        try:
            code_from_redirect(query, receiver.state)
        except CliError as error:
            self._page(400, "Login failed", f"{error.message}. See the terminal for details.")
        else:
            self._page(
                200, "Vehicle connected", "You can close this tab and return to the terminal."
            )

    def _page(self, status: int, title: str, text: str) -> None:
        body = _PAGE.format(title=html.escape(title), text=html.escape(text)).encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Stay quiet: request lines would garble the terminal the user is reading."""


class _Server(socketserver.ThreadingMixIn, HTTPServer):
    # Each connection on its own daemon thread: an idle one never blocks the next (the real
    # redirect), and closing the server does not wait for it.
    daemon_threads = True
    block_on_close = False

    def __init__(self, address: tuple[str, int], receiver: LoopbackReceiver) -> None:
        self.address_family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
        self.receiver = receiver
        super().__init__(address, _Handler)

    def handle_error(self, request: object, client_address: object) -> None:
        """Stay quiet about a peer that timed out or dropped its connection.

        It is not the user's problem, and a traceback would garble the terminal they read.
        """

    def server_bind(self) -> None:
        # HTTPServer.server_bind looks up the host's FQDN, a DNS query that can hang offline.
        socketserver.TCPServer.server_bind(self)
        self.server_name = str(self.server_address[0])
        self.server_port = int(self.server_address[1])


class LoopbackReceiver:
    """A one-shot HTTP server on a loopback port that waits for the Connect redirect.

    It serves from a daemon thread, so the caller can open the browser and then
    :meth:`wait`. Only the first request to ``path`` that carries ``state`` is taken; one with
    another state gets a 400 and the login keeps waiting; other paths get a 404.

    Args:
        host: a loopback address to bind.
        port: the port (0 picks a free one).
        path: the redirect URI's path.
        state: the ``state`` sent to Connect, checked against the redirect's.

    Raises:
        CliError: the port cannot be bound (in use, or not permitted).
    """

    def __init__(self, host: str, port: int, path: str, state: str) -> None:
        self.path = path
        self.state = state
        self._query: dict[str, str] | None = None
        self.ignored = 0  # redirects refused because their state was not this login's
        self._received = threading.Event()
        self._lock = threading.Lock()
        try:
            self._server = _Server((host, port), self)
        except OSError as error:
            raise CliError(
                f"cannot listen on {host}:{port} for the login redirect: {error}",
                exit_code=EXIT_ERROR,
                hint="stop whatever uses that port, or pass --port with the port your "
                "redirect URI reaches",
            ) from None
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.1},
            name="smartcar-login",
            daemon=True,
        )

    @property
    def port(self) -> int:
        """The bound port."""
        return int(self._server.server_address[1])

    def accept(self, query: dict[str, str]) -> bool:
        """Record the redirect's query; ``False`` if one was already recorded."""
        with self._lock:
            if self._query is not None:
                return False
            self._query = query
        self._received.set()
        return True

    def start(self) -> Self:
        """Start serving; returns ``self``."""
        self._thread.start()
        return self

    def wait(self, timeout: float, reported: float | None = None) -> dict[str, str]:
        """Wait for the redirect.

        Args:
            timeout: seconds to wait.
            reported: the timeout the error message names (the login's whole ``--timeout``),
                if not ``timeout``.

        Returns:
            The redirect's query parameters.

        Raises:
            CliError: no redirect arrived in time.
        """
        if not self._received.wait(timeout):
            ignored = (
                f" ({self.ignored} redirect(s) with another state were ignored)"
                if self.ignored
                else ""
            )
            raise CliError(
                f"no redirect from Smartcar Connect within "
                f"{timeout if reported is None else reported:g} seconds{ignored}",
                hint="run `smartcar login` again and finish the consent in the browser",
            )
        assert self._query is not None
        return self._query

    def close(self) -> None:
        """Stop serving and release the port."""
        if self._thread.is_alive():
            self._server.shutdown()
            self._thread.join()
        self._server.server_close()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
