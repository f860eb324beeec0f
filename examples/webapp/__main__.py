"""``python -m examples.webapp``: serve the example app on http://localhost:<port>/.

Against the embedded simulator (no Smartcar account), from the repository root::

    .venv/bin/python -m examples.webapp --simulator

Against the real Smartcar API, with your application's credentials (register
``http://localhost:8000/callback`` as a redirect URI in the Smartcar Dashboard)::

    export SMARTCAR_CLIENT_ID=... SMARTCAR_CLIENT_SECRET=...
    export SMARTCAR_REDIRECT_URI=http://localhost:8000/callback
    export SMARTCAR_API_CLIENT_ID=client_... SMARTCAR_API_CLIENT_SECRET=...
    export SMARTCAR_MANAGEMENT_TOKEN=...   # optional: webhooks
    .venv/bin/python -m examples.webapp
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

import smartcar
from smartcar.testing import add_port_option

from .app import TestDelivery, create_app
from .db import Database
from .serve import DELIVERED_SIGNALS, RunningSimulator, make_app_server, start_simulator

DEFAULT_DATABASE = "smartcar-example.sqlite3"
"""The SQLite file against the real API, in the working directory."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m examples.webapp",
        description="A Smartcar example web app: Connect, API v3 vehicle pages, webhooks.",
        allow_abbrev=False,
    )
    parser.add_argument(
        "--simulator",
        action="store_true",
        help="use an embedded Smartcar simulator instead of the real API",
    )
    parser.add_argument("--port", type=int, default=8000, help="port to serve on (8000)")
    add_port_option(parser, flag="--simulator-port")
    parser.add_argument(
        "--database",
        help=f"the SQLite file (default: {DEFAULT_DATABASE}; a fresh temporary one with "
        "--simulator, whose tokens do not outlive it)",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    """Serve the example until interrupted; returns the exit status."""
    args = _parser().parse_args(argv)
    running: RunningSimulator | None = None
    test_delivery: TestDelivery | None = None
    if args.simulator:
        try:
            running = start_simulator(args.port, args.simulator_port)
        except (ValueError, OSError) as exc:
            print(f"Cannot start the simulator: {exc}", file=sys.stderr)
            return 2
        sim = running.simulator
        auth_client, v3 = running.auth_client, running.v3
        webhook_tokens = [sim.management_token]
        database_path = args.database or str(Path(tempfile.mkdtemp()) / "example.sqlite3")
        hook = f"http://127.0.0.1:{args.port}/webhooks/smartcar"

        def send(vehicle_id: str) -> int:
            # The simulator signs a delivery of the vehicle's signals and POSTs it here.
            return sim.deliver_webhook(hook, vehicle_id, codes=DELIVERED_SIGNALS)

        test_delivery = send

        print(f"Smartcar simulator running at {running.server.url}")
    else:
        try:
            auth_client = smartcar.AuthClient()
            v3 = smartcar.App()
        except smartcar.ConfigurationError as exc:
            print(f"{exc}\n(or run with --simulator to try it without an account)")
            return 2
        expected = f"http://localhost:{args.port}/callback"
        if auth_client.redirect_uri != expected:
            print(f"Note: SMARTCAR_REDIRECT_URI should be {expected} (registered in the Dashboard)")
        tokens = os.environ.get("SMARTCAR_MANAGEMENT_TOKEN", "")
        webhook_tokens = [t.strip() for t in tokens.split(",") if t.strip()]
        database_path = args.database or DEFAULT_DATABASE

    secret = os.environ.get("SMARTCAR_EXAMPLE_SECRET_KEY")
    app = create_app(
        auth_client,
        v3,
        Database(database_path),
        secret_key=secret.encode() if secret else None,
        webhook_tokens=webhook_tokens,
        test_delivery=test_delivery,
    )
    try:
        with make_app_server("localhost", args.port, app) as httpd:
            print(f"Open http://localhost:{args.port}/ (Ctrl+C to stop)", flush=True)
            httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        if running is not None:
            running.close()
        else:
            auth_client.close()
            v3.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
