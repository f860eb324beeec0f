"""``smartcar login``: connect vehicles in the browser and store the tokens."""

from __future__ import annotations

import secrets
import time
import webbrowser

from ...exceptions import RequestTimeoutError
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
    # --timeout bounds the whole login, from here: the wait for the redirect, the lock and the
    # token exchange each get what is left.
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
    ctx.store.lock(wait=_left(deadline, args.timeout, "waiting for the token file's lock"))
    left = _left(deadline, args.timeout, "exchanging the code for tokens")
    try:
        # The SDK's deadline holds at the network layer: a token endpoint that stalls or drips
        # its answer cannot stretch it, retries included.
        access = client.with_options(deadline=left).exchange_code(code)
    except RequestTimeoutError:
        raise _timed_out(
            args.timeout, f"exchanging the code for tokens at {client.settings.origins.auth}"
        ) from None
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


def _left(deadline: float, timeout: float, doing: str) -> float:
    """The seconds left of the login's ``--timeout``; none left is the timeout's error."""
    left = deadline - time.monotonic()
    if left <= 0:
        raise _timed_out(timeout, doing)
    return left


def _timed_out(timeout: float, doing: str) -> CliError:
    return CliError(
        f"the login did not finish within its {timeout:g} seconds (--timeout): timed out "
        f"{doing}; no tokens were saved",
        hint="run `smartcar login` again, with a longer --timeout if the network is slow",
    )
