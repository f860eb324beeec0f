"""``smartcar simulator``: run the local Smartcar API simulator."""

from __future__ import annotations

import os

from .._context import _Context
from .._errors import _exit_code


def _cmd_simulator(ctx: _Context) -> int:
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
        return _exit_code(exit_.code)
