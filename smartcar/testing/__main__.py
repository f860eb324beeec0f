"""Run the Smartcar API simulator in the foreground: ``python -m smartcar.testing``."""

from __future__ import annotations

import argparse
import shlex
import signal
import threading
from urllib.parse import urlencode

from .._core.config import _ENV, SIMULATOR_URL_ENV
from ._ports import add_port_option
from ._server import SimulatorServer
from ._simulator import DEFAULT_REDIRECT_URI, Simulator


def exports(sim: Simulator, url: str) -> list[str]:
    """The ``export`` lines that point the SDK and the ``smartcar`` command at a simulator.

    ``SMARTCAR_SIMULATOR_URL`` alone does (every origin not set otherwise derives from it);
    the eight origin variables follow for other tools, then the v2 and v3 credentials.
    """
    values = {SIMULATOR_URL_ENV: url, **dict.fromkeys(_ENV.values(), url)}
    values |= {
        "SMARTCAR_CLIENT_ID": sim.client_id,
        "SMARTCAR_CLIENT_SECRET": sim.client_secret,
        "SMARTCAR_REDIRECT_URI": sim.redirect_uri,
        # API v3: the simulator accepts its one application for both kinds of credentials.
        "SMARTCAR_API_CLIENT_ID": sim.client_id,
        "SMARTCAR_API_CLIENT_SECRET": sim.client_secret,
    }
    return [f"export {name}={shlex.quote(value)}" for name, value in values.items()]


def banner(sim: Simulator, url: str, connect_query: str) -> str:
    """What the simulator prints after its first line: the exports, then the rest."""
    return "\n".join(
        [
            "Paste these lines into a shell to point the SDK and `smartcar` at it:",
            *exports(sim, url),
            f"management token   {sim.management_token}",
            f"vehicles           {len(sim.vehicle_ids)}",
            f"try Connect at     {url}/oauth/authorize?{connect_query}",
            "Press Ctrl+C to stop.",
        ]
    )


def main(argv: list[str] | None = None) -> int:
    """Serve a simulator until interrupted, after printing its URL and credentials."""
    parser = argparse.ArgumentParser(
        prog="python -m smartcar.testing",
        allow_abbrev=False,
        description="Run a local Smartcar API simulator on a loopback port.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="loopback address to bind")
    add_port_option(parser, default=8765)
    parser.add_argument(
        "--vehicles", type=int, default=0, metavar="N", help="extra generated vehicles"
    )
    parser.add_argument("--seed", type=int, default=0, help="seed for generated vehicles")
    parser.add_argument(
        "--redirect-uri",
        default=DEFAULT_REDIRECT_URI,
        help=f"the application's registered redirect URI (default: {DEFAULT_REDIRECT_URI})",
    )
    args = parser.parse_args(argv)

    try:
        sim = Simulator(
            extra_vehicles=args.vehicles, seed=args.seed, redirect_uri=args.redirect_uri
        )
        server = SimulatorServer(sim, host=args.host, port=args.port).start()
    except (ValueError, OSError) as exc:  # a non-loopback host, a port in use...
        parser.error(str(exc))
    with server:
        connect = urlencode(
            {
                "response_type": "code",
                "client_id": sim.client_id,
                "redirect_uri": sim.redirect_uri,
                "scope": "read_vehicle_info read_odometer",
                "state": "demo",
            }
        )
        print(f"Smartcar simulator listening on {server.url}", flush=True)
        print(banner(sim, server.url, connect), flush=True)
        # Handle both signals explicitly: a shell that starts us in the background leaves SIGINT
        # ignored, and scripts that spawn the simulator stop it with SIGTERM.
        stop = threading.Event()
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, lambda *_: stop.set())
        stop.wait()
        print("stopping", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
