"""Argument parsing and the subcommands of the ``smartcar`` command."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from .._core.config import SIMULATOR_URL_ENV, Origins
from .._core.version import __version__
from ..exceptions import (
    AuthenticationError,
    ConfigurationError,
    InvalidInputError,
    NetworkError,
    OAuthError,
    PermissionDeniedError,
    RequestTimeoutError,
    ResourceNotFoundError,
    SmartcarException,
)
from ._context import DEFAULT_CONCURRENCY, DEFAULT_LOGIN_TIMEOUT, Context
from ._errors import EXIT_ERROR, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, CliError, exit_status
from ._output import (
    clean,
    format_error,
)
from ._parser import HelpGroup, Parser
from .commands.auth_url import run_auth_url
from .commands.get import READS, endpoint, run_get
from .commands.login import run_login
from .commands.simulator import run_simulator
from .commands.v3 import register as register_v3
from .commands.vehicle_commands import COMMANDS, charge_limit, vehicle_command
from .commands.vehicles import run_vehicles

__all__ = ["COMMANDS", "READS", "build_parser", "main", "run"]


def positive_int(text: str) -> int:
    """Parse a positive integer (``--concurrency``).

    Raises:
        argparse.ArgumentTypeError: not an integer >= 1.
    """
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected an integer >= 1, got {text!r}")
    return value


# -- parser ---------------------------------------------------------------------------------------

_EPILOG = """\
environment:
  SMARTCAR_CLIENT_ID, SMARTCAR_CLIENT_SECRET, SMARTCAR_REDIRECT_URI   application credentials
  SMARTCAR_API_CLIENT_ID, SMARTCAR_API_CLIENT_SECRET   API v3 credentials (v3-* commands)
  SMARTCAR_TOKEN_FILE                  token file (default ~/.config/smartcar/tokens.json)
  SMARTCAR_API_ORIGIN, SMARTCAR_AUTH_ORIGIN, SMARTCAR_CONNECT_ORIGIN,
  SMARTCAR_MANAGEMENT_API_ORIGIN, SMARTCAR_VEHICLE_API_V3_ORIGIN, SMARTCAR_IAM_ORIGIN,
  SMARTCAR_MANAGEMENT_API_V3_ORIGIN, SMARTCAR_COMPATIBILITY_API_V3_ORIGIN   API origins
  SMARTCAR_SIMULATOR_URL               a running simulator, for every origin (as --simulator-url)
  SMARTCAR_SIMULATOR_PORT              the port of `smartcar simulator` (default 8765)

The client secret is best given in $SMARTCAR_CLIENT_SECRET or at the prompt: a
--client-secret flag shows in the process list. The token file records the origins its tokens
came from; they are never sent anywhere else (log in again, or use another --token-file).

exit status:
  0    success
  1    the API refused or failed (also when some vehicles of a fleet read failed), or the
       network or the local system failed
  2    usage or configuration error: bad arguments, unknown endpoint, a URL without a scheme,
       missing credentials, a missing, unsafe or invalid token file, tokens of another origin
  130  interrupted with Ctrl+C (readings already made are printed first)

try it offline:
  smartcar simulator &
  export SMARTCAR_SIMULATOR_URL=http://127.0.0.1:8765
  smartcar login
  smartcar get odometer --all
"""


def _global_options(parser: argparse.ArgumentParser, *, top: bool) -> None:
    # The same options are accepted before and after the subcommand; the subcommand's copies
    # default to SUPPRESS so they do not overwrite a value given before it, and are left out
    # of its help, which shows the subcommand's own options (`smartcar --help` has these).
    default: Any = None if top else argparse.SUPPRESS
    group = HelpGroup(parser.add_argument_group("global options"), shown=top)
    group.add_argument(
        "--client-id", default=default, help="application client id (default: $SMARTCAR_CLIENT_ID)"
    )
    group.add_argument(
        "--client-secret",
        default=default,
        help="application client secret; avoid this flag, which other users can read in the "
        "process list: set $SMARTCAR_CLIENT_SECRET, or type it at the prompt",
    )
    group.add_argument(
        "--redirect-uri",
        default=default,
        help="registered redirect URI (default: $SMARTCAR_REDIRECT_URI)",
    )
    group.add_argument(
        "--token-file",
        type=Path,
        default=default,
        metavar="PATH",
        help="where tokens are stored (default: $SMARTCAR_TOKEN_FILE or "
        "~/.config/smartcar/tokens.json)",
    )
    group.add_argument(
        "--simulator-url",
        default=default,
        metavar="URL",
        help="send every request to a running simulator (`smartcar simulator`; default: "
        f"${SIMULATOR_URL_ENV}, or the one `login` used); credentials then default to the "
        "simulator's",
    )
    group.add_argument(
        "--json",
        action="store_true",
        default=False if top else argparse.SUPPRESS,
        help="print JSON instead of a table",
    )


_SUBCOMMAND_EPILOG = (
    "global options (--json, --token-file, --simulator-url, --client-id ...) are accepted "
    "here too: see `smartcar --help`"
)


def _fleet_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show a progress bar on stderr (default: when stderr is a terminal and several "
        "vehicles are read)",
    )
    parser.add_argument(
        "--concurrency",
        type=positive_int,
        default=DEFAULT_CONCURRENCY,
        metavar="N",
        help=f"vehicles read at once (default: {DEFAULT_CONCURRENCY})",
    )


def _connect_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--scope",
        action="append",
        metavar="PERMISSION",
        help="permission to request, such as read_odometer or required:read_vin; repeat it "
        "or separate with spaces/commas (default: the Dashboard's configuration)",
    )
    parser.add_argument(
        "--force-prompt", action="store_true", help="always show the approval screen"
    )
    parser.add_argument(
        "--mode", choices=("live", "simulated", "test"), default="live", help="Connect mode"
    )


def build_parser() -> argparse.ArgumentParser:
    """Build the ``smartcar`` argument parser.

    Returns:
        The parser; each subcommand sets ``handler`` (a function of the invocation context).
    """
    parser = Parser(
        prog="smartcar",
        description="Command-line client of the Smartcar connected-car API.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _global_options(parser, top=True)
    common = Parser(add_help=False)
    _global_options(common, top=False)
    # Not required: a bare `smartcar` prints the help (main).
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, help: str, handler: Callable[[Context], int]) -> argparse.ArgumentParser:
        p = sub.add_parser(
            name,
            help=help,
            description=help,
            parents=[common],
            epilog=_SUBCOMMAND_EPILOG,
            allow_abbrev=False,
        )
        p.set_defaults(handler=handler)
        return p

    p = add(
        "simulator",
        "Run the local Smartcar API simulator until Ctrl+C (its application's redirect URI is "
        "--redirect-uri / $SMARTCAR_REDIRECT_URI if given).",
        run_simulator,
    )
    p.add_argument("--host", default="127.0.0.1", help="loopback address (default: 127.0.0.1)")
    p.add_argument(
        "--port",
        type=int,
        default=os.environ.get("SMARTCAR_SIMULATOR_PORT", "8765"),
        help="port; 0 picks one (default: $SMARTCAR_SIMULATOR_PORT, else 8765)",
    )
    p.add_argument("--vehicles", type=int, default=0, metavar="N", help="extra generated vehicles")
    p.add_argument("--seed", type=int, default=0, help="seed of the generated vehicles")

    p = add("auth-url", "Print the Smartcar Connect URL.", run_auth_url)
    _connect_options(p)
    p.add_argument("--state", help="state to echo back in the redirect")

    p = add(
        "login",
        "Connect vehicles in the browser and store the tokens (needs a loopback redirect URI).",
        run_login,
    )
    _connect_options(p)
    p.add_argument(
        "--no-browser", action="store_true", help="print the URL instead of opening a browser"
    )
    p.add_argument(
        "--port", type=int, help="port to listen on for the redirect (default: the redirect URI's)"
    )
    p.add_argument(
        "--timeout",
        type=float,
        default=DEFAULT_LOGIN_TIMEOUT,
        metavar="SECONDS",
        help="the longest the whole login may take: the redirect, the lock and the token "
        f"exchange (default: {DEFAULT_LOGIN_TIMEOUT:g})",
    )

    p = add("vehicles", "List the authorised vehicles.", run_vehicles)
    p.add_argument("--details", action="store_true", help="also read each one's make, model, year")
    _fleet_options(p)

    p = add("get", "Read vehicle data.", run_get)
    p.add_argument(
        "endpoint", type=endpoint, metavar="ENDPOINT", help=f"one of: {', '.join(READS)}"
    )
    which = p.add_mutually_exclusive_group()
    which.add_argument(
        "--vehicle",
        action="append",
        dest="vehicles",
        metavar="ID",
        help="vehicle id; repeat for several (default: the only authorised vehicle)",
    )
    which.add_argument("--all", action="store_true", help="read every authorised vehicle")
    p.add_argument("--units", choices=("metric", "imperial"), help="unit system (default: metric)")
    _fleet_options(p)

    vehicle_help = "vehicle id (default: the only authorised vehicle)"
    for name, (method, text) in COMMANDS.items():
        p = add(name, text, vehicle_command(method))
        p.add_argument("--vehicle", metavar="ID", help=vehicle_help)
    p = add("set-charge-limit", "Set the charge limit.", vehicle_command("set_charge_limit"))
    p.add_argument(
        "limit",
        type=charge_limit,
        help="80%%, 80 (percent, 50 to 100) or 0.8 (a fraction, 0.5 to 1.0)",
    )
    p.add_argument("--vehicle", metavar="ID", help=vehicle_help)
    register_v3(add)
    return parser


# -- entry points -----------------------------------------------------------------------------


def _hint(error: SmartcarException, ctx: Context) -> str | None:
    if isinstance(error, NetworkError) and not isinstance(error, RequestTimeoutError):
        origins = ctx.__dict__.get("origins")
        where = origins.api if isinstance(origins, Origins) else "the Smartcar API"
        if ctx.__dict__.get("simulator"):
            return f"cannot reach the simulator at {where}: is `smartcar simulator` running?"
        return f"cannot reach {where}: check the network connection and the origin"
    if str(ctx.args.command).startswith("v3-"):
        return _v3_hint(error)
    if isinstance(error, AuthenticationError):
        return "the stored tokens were rejected: run `smartcar login` again"
    if isinstance(error, OAuthError) and error.type == "invalid_grant":
        return "the refresh token is invalid or expired: run `smartcar login` again"
    return None


def _v3_hint(error: SmartcarException) -> str | None:
    # The v3 commands use the application's token, never the stored ones: logging in again
    # cannot fix them. What can depends on what was refused.
    if isinstance(error, OAuthError) or (
        isinstance(error, AuthenticationError) and error.status_code == 401
    ):
        return (
            "the API credentials were refused: check $SMARTCAR_API_CLIENT_ID and "
            "$SMARTCAR_API_CLIENT_SECRET (Dashboard > API Credentials)"
        )
    # A 403 is a PermissionDeniedError whatever its type; ACCESS_DENIED names a vehicle and
    # user the application may not act for, not a missing permission.
    if isinstance(error, PermissionDeniedError) and error.code != "ACCESS_DENIED":
        return (
            "the user has not granted the permission this needs: send them through Connect "
            "again asking for it (`smartcar auth-url --scope ...`)"
        )
    if isinstance(error, AuthenticationError | ResourceNotFoundError | PermissionDeniedError):
        return (
            "the application may not act for that vehicle and user: check --vehicle and "
            "--user against `smartcar v3-connections`"
        )
    return None


def main(argv: list[str] | None = None) -> int:
    """Run the ``smartcar`` command.

    Args:
        argv: the arguments, without the program name; ``sys.argv[1:]`` by default.

    Returns:
        The exit status: 0 on success, 1 for API and runtime errors (including a fleet read
        where some vehicles failed), 2 for usage and configuration errors, 130 when
        interrupted. Errors are described on stderr, never raised.
    """
    out, err = sys.stdout, sys.stderr
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # --help, --version and usage errors
        return exit_status(exit_.code)
    if args.command is None:
        # No command is a question, not a mistake: the help answers it.
        parser.print_help(out)
        return EXIT_OK
    ctx = Context(args, out, err)
    if getattr(args, "client_secret", None):
        err.write(
            "smartcar: warning: --client-secret is visible to other users in the process "
            "list; set SMARTCAR_CLIENT_SECRET instead\n"
        )
    try:
        return _run(ctx, args, out, err)
    finally:
        if "store" in ctx.__dict__:  # only if the command touched the token file
            ctx.store.release()


def _run(ctx: Context, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    try:
        code: int = args.handler(ctx)
    except CliError as error:
        err.write(f"smartcar: error: {clean(error.message)}\n")
        if error.hint:
            err.write(f"hint: {error.hint}\n")
        return error.exit_code
    except SmartcarException as error:
        if isinstance(error, InvalidInputError | ConfigurationError):
            # Raised before anything was sent: the message is all there is to say; type,
            # code and status would only suggest that the API answered.
            err.write(f"smartcar: error: {clean(error.message)}\n")
            return EXIT_USAGE
        err.write("smartcar: " + format_error(error))
        hint = _hint(error, ctx)
        if hint:
            err.write(f"hint: {hint}\n")
        return EXIT_ERROR
    except KeyboardInterrupt:
        err.write("\nsmartcar: interrupted\n")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # `smartcar ... | head` closed our stdout: not an error worth a traceback. Point stdout
        # at devnull so the interpreter's final flush does not fail again.
        with contextlib.suppress(OSError, ValueError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, out.fileno())
        return EXIT_ERROR
    out.flush()
    return code


def run() -> None:
    """Console-script style entry point: run :func:`main` and exit with its status."""
    raise SystemExit(main())
