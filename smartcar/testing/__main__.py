"""Run the Smartcar API simulator in the foreground: ``python -m smartcar.testing``."""

from __future__ import annotations

import argparse
import signal
import threading
from urllib.parse import urlencode

from ._server import SimulatorServer
from ._simulator import DEFAULT_REDIRECT_URI, Simulator


def main(argv: list[str] | None = None) -> int:
    """Serve a simulator until interrupted, after printing its URL and credentials."""
    parser = argparse.ArgumentParser(
        prog="python -m smartcar.testing",
        description="Run a local Smartcar API simulator on a loopback port.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="loopback address to bind")
    parser.add_argument("--port", type=int, default=8765, help="port (0 picks a free one)")
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
        print(
            "Use it as every origin: Connect, auth, API (/v2.0), v3 (/v3), management.\n"
            f"  client id          {sim.client_id}\n"
            f"  client secret      {sim.client_secret}\n"
            f"  redirect URI       {sim.redirect_uri}\n"
            f"  management token   {sim.management_token}\n"
            f"  vehicles           {len(sim.vehicle_ids)}\n"
            f"  try Connect at     {server.url}/oauth/authorize?{connect}\n"
            "Press Ctrl+C to stop.",
            flush=True,
        )
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
