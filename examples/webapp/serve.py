"""Serving the app: a threaded stdlib WSGI server with a quiet log, and the embedded simulator.

Any WSGI server can serve the Flask app that ``create_app`` returns; this one needs nothing
beyond the standard library, answers each connection on its own thread (a slow client cannot
hold up the others, and the simulator's test delivery can reach the app while a request
waits for it), and logs requests without their query strings, which carry OAuth codes and
states.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass
from socketserver import ThreadingMixIn
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server
from wsgiref.types import WSGIApplication

import smartcar
from smartcar.testing import Simulator, SimulatorServer

ORIGIN_VARIABLES = (
    "SMARTCAR_API_ORIGIN",
    "SMARTCAR_AUTH_ORIGIN",
    "SMARTCAR_CONNECT_ORIGIN",
    "SMARTCAR_MANAGEMENT_API_ORIGIN",
    "SMARTCAR_VEHICLE_API_V3_ORIGIN",
    "SMARTCAR_IAM_ORIGIN",
    "SMARTCAR_MANAGEMENT_API_V3_ORIGIN",
    "SMARTCAR_COMPATIBILITY_API_V3_ORIGIN",
)
"""Every origin of the Smartcar API; the simulator serves them all on one port."""

DELIVERED_SIGNALS = (
    "closure-islocked",
    "tractionbattery-stateofcharge",
    "charge-ischarging",
    "charge-activelimit",
    "odometer-traveleddistance",
    "location-preciselocation",
)
"""The signals of the simulator's test delivery (those a vehicle lacks are left out)."""

_QUERY = re.compile(r"\?[^\s\"']*")


class _QuietHandler(WSGIRequestHandler):
    """The standard request log, without query strings: they carry OAuth codes and states."""

    def log_message(self, format: str, *args: Any) -> None:
        message = _QUERY.sub("?...", format % args)
        sys.stderr.write(f"{self.address_string()} - [{self.log_date_time_string()}] {message}\n")


class _ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    """One thread per connection, so a slow or half-open client cannot hold up the others."""

    daemon_threads = True


def make_app_server(host: str, port: int, app: WSGIApplication) -> WSGIServer:
    """A threaded WSGI server for the app, with a request log that hides query strings.

    Args:
        host: the address to bind.
        port: the port (0 picks a free one).
        app: the application.
    """
    return make_server(
        host, port, app, server_class=_ThreadingWSGIServer, handler_class=_QuietHandler
    )


@dataclass
class RunningSimulator:
    """The embedded simulator and the clients of its simulated application.

    Attributes:
        server: the simulator, served on a loopback port.
        auth_client: the OAuth client of the simulated application (Connect, v2.0 tokens).
        v3: its API v3 application (the simulator takes the same credentials).
    """

    server: SimulatorServer
    auth_client: smartcar.AuthClient
    v3: smartcar.App

    @property
    def simulator(self) -> Simulator:
        """The simulator's state (its vehicles, tokens and webhook deliveries)."""
        return self.server.simulator

    def close(self) -> None:
        """Stop the simulator and close the clients."""
        self.auth_client.close()
        self.v3.close()
        self.server.stop()


def start_simulator(app_port: int, simulator_port: int = 0) -> RunningSimulator:
    """Start a simulator and point every Smartcar origin variable of this process at it.

    Args:
        app_port: the app's port; the simulated application's redirect URI is
            ``http://localhost:<app_port>/callback``.
        simulator_port: the simulator's port; 0 picks a free one.
    """
    redirect_uri = f"http://localhost:{app_port}/callback"
    sim = Simulator(redirect_uri=redirect_uri)
    server = SimulatorServer(sim, port=simulator_port).start()
    for variable in ORIGIN_VARIABLES:
        # The environment rather than Origins(...): smartcar.paging.vehicles reads it too.
        os.environ[variable] = server.url
    auth_client = smartcar.AuthClient(sim.client_id, sim.client_secret, redirect_uri)
    return RunningSimulator(server, auth_client, smartcar.App(sim.client_id, sim.client_secret))
