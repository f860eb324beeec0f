"""``smartcar auth-url``: print the Smartcar Connect URL."""

from __future__ import annotations

from .._context import Context, scopes
from .._errors import EXIT_OK
from .._output import (
    to_json,
)


def run_auth_url(ctx: Context) -> int:
    """Print the Connect URL (as JSON with ``--json``)."""
    args = ctx.args
    client = ctx.auth_client(need_secret=False)
    url = client.get_auth_url(
        scopes(args.scope), {"state": args.state, "force_prompt": args.force_prompt}
    )
    ctx.out.write(to_json({"url": url}) if args.json else url + "\n")
    return EXIT_OK
