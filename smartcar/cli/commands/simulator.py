"""``smartcar simulator``: run the local Smartcar API simulator."""

from __future__ import annotations

import os

from .._context import Context
from .._errors import exit_status


def run_simulator(ctx: Context) -> int:
    """Run the simulator in the foreground until Ctrl+C."""
    from ...testing.__main__ import main as serve

    args = ctx.args
    argv = ["--host", args.host, "--port", str(args.port)]
    argv += ["--vehicles", str(args.vehicles), "--seed", str(args.seed)]
    redirect_uri = args.redirect_uri or os.environ.get("SMARTCAR_REDIRECT_URI")
    if redirect_uri:
        # Register the redirect URI that `smartcar login` will use, so the two agree.
        argv += ["--redirect-uri", redirect_uri]
    try:
        return serve(argv)
    except SystemExit as exit_:  # its own usage errors (a port in use ...)
        return exit_status(exit_.code)
