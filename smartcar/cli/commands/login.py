"""``smartcar login``: connect vehicles in the browser and store the tokens."""

from __future__ import annotations

import secrets
import time
import webbrowser

from .._context import Context, scopes
from .._errors import EXIT_OK, EXIT_USAGE, CliError
from .._login import LoopbackReceiver, code_from_redirect, loopback_address
from .._output import (
    format_table,
    to_json,
)


def run_login(ctx: Context) -> int:
    """Connect in the browser, receive the redirect on loopback, store the tokens."""
    args = ctx.args
    # --timeout bounds the whole login, from here: the wait for the redirect gets what is left.
    deadline = time.monotonic() + args.timeout
    # Refused before the browser opens: a token file (or directory) others could write.
    ctx.store.check()
    client = ctx.auth_client()
    if not client.redirect_uri:
        raise CliError(
            "login needs the application's redirect URI",
            exit_code=EXIT_USAGE,
            hint="pass --redirect-uri http://localhost:8000/callback (or set "
            "SMARTCAR_REDIRECT_URI) with a loopback URI registered in the Smartcar Dashboard",
        )
    host, port, path = loopback_address(client.redirect_uri, args.port)
    # A fresh unguessable state ties the redirect to this login (CSRF protection).
    state = secrets.token_urlsafe(24)
    url = client.get_auth_url(
        scopes(args.scope), {"state": state, "force_prompt": args.force_prompt}
    )
    with LoopbackReceiver(host, port, path, state) as receiver:
        if args.no_browser:
            ctx.err.write("Open this URL in a browser to connect your vehicles:\n")
            ctx.out.write(url + "\n")
            ctx.out.flush()
        else:
            ctx.err.write(
                f"Opening Smartcar Connect in your browser; if it does not open, visit\n  {url}\n"
            )
            ctx.err.flush()
            try:
                opened = webbrowser.open(url)
            except webbrowser.Error:
                opened = False
            if not opened:
                ctx.err.write("Could not start a browser: open the URL above yourself.\n")
        ctx.err.write(f"Waiting for the redirect on {host}:{receiver.port}{path} ...\n")
        ctx.err.flush()
        query = receiver.wait(max(deadline - time.monotonic(), 0.0), args.timeout)
    code = code_from_redirect(query, state)
    # The same lock as every command that uses the tokens: a refresh running now must not
    # save its rotated tokens over the new ones.
    ctx.store.lock()
    access = client.exchange_code(code)
    ctx.store.save(access)
    summary = {
        "token_file": str(ctx.store.path),
        "expiration": access.expiration.isoformat(),
        "refresh_expiration": access.refresh_expiration.isoformat(),
    }
    if args.json:
        ctx.out.write(to_json(summary))
    else:
        ctx.out.write(f"Logged in; tokens saved to {ctx.store.path}\n")
        ctx.out.write(
            format_table(
                [
                    ("access token expires", summary["expiration"]),
                    ("refresh token expires", summary["refresh_expiration"]),
                ]
            )
        )
    return EXIT_OK
