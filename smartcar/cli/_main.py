"""Argument parsing and the subcommands of the ``smartcar`` command."""

from __future__ import annotations

import argparse
import contextlib
import functools
import getpass
import os
import secrets
import sys
import webbrowser
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any, TextIO, TypeVar
from urllib.parse import urlsplit

from .. import _registry as registry
from .._api import SyncApi
from .._config import Origins
from .._http import Settings
from .._version import __version__
from ..auth_client import AuthClient
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
    ValidationError,
)
from ..fleet import read_fleet
from ..tokens import TokenManager
from ..types import Vehicles
from ..vehicle import Vehicle
from . import _v3
from ._errors import EXIT_ERROR, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, CliError
from ._login import LoopbackReceiver, code_from_redirect, loopback_address
from ._output import (
    Progress,
    clean,
    error_to_dict,
    format_error,
    format_table,
    format_value,
    result_rows,
    result_to_dict,
    to_json,
)
from ._store import Issuer, TokenStore, default_token_file

__all__ = ["COMMANDS", "READS", "build_parser", "main", "run"]

T = TypeVar("T")

READS: dict[str, str] = {
    info.name.removeprefix("get_").replace("_", "-"): info.name for info in registry.plain_reads()
}
"""``smartcar get`` endpoints: CLI name → :class:`~smartcar.Vehicle` method, from the spec's
operation registry (the method's name without ``get_``, with dashes)."""

# Other accepted spellings: the Vehicle method names (get_signals ...) and the alias "info".
_READ_ALIASES = {
    "info": "attributes",
    **{m.replace("_", "-"): cli for cli, m in READS.items() if m.replace("_", "-") != cli},
}

COMMANDS: dict[str, tuple[str, str]] = {
    "lock": ("lock", "Lock the vehicle."),
    "unlock": ("unlock", "Unlock the vehicle."),
    "start-charge": ("start_charge", "Start charging."),
    "stop-charge": ("stop_charge", "Stop charging."),
}
"""Vehicle commands without arguments: CLI name → (Vehicle method, help)."""

SIMULATOR_URL_ENV = "SMARTCAR_SIMULATOR_URL"
"""Environment variable with the URL of a running simulator (as ``--simulator-url``)."""

_ORIGIN_ENV = (
    "SMARTCAR_API_ORIGIN",
    "SMARTCAR_AUTH_ORIGIN",
    "SMARTCAR_CONNECT_ORIGIN",
    "SMARTCAR_MANAGEMENT_API_ORIGIN",
    "SMARTCAR_VEHICLE_API_V3_ORIGIN",
)
# Commands that never send the stored tokens (login replaces them).
_NO_STORED_TOKENS = frozenset({"simulator", "auth-url", "login"})
# API v3 uses the application token; the token file can still say where a simulator runs.

DEFAULT_CONCURRENCY = 8
DEFAULT_LOGIN_TIMEOUT = 300.0
_VEHICLES_PAGE = 50  # the API's largest page


# -- argument types ---------------------------------------------------------------------------


def endpoint(text: str) -> str:
    """Normalise a ``smartcar get`` endpoint name (``tire_pressure`` → ``tire-pressure``).

    Args:
        text: the name as typed: CLI name, Vehicle method name or alias, any case.

    Returns:
        The canonical CLI name (a key of :data:`READS`).

    Raises:
        argparse.ArgumentTypeError: an unknown endpoint, listing the known ones.
    """
    name = text.strip().lower().replace("_", "-")
    name = _READ_ALIASES.get(name, name)
    if name not in READS:
        raise argparse.ArgumentTypeError(
            f"unknown endpoint {text!r}; choose from: {', '.join(READS)}"
        )
    return name


def charge_limit(text: str) -> float:
    """Parse a charge limit: a fraction (``0.8``) or a percentage (``80%``).

    Args:
        text: the argument.

    Returns:
        The limit as a fraction (the SDK checks the 0.5–1.0 range).

    Raises:
        argparse.ArgumentTypeError: not a number.
    """
    value = text.strip()
    percent = value.endswith("%")
    try:
        number = float(value.rstrip("%"))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a charge limit such as 0.8 or 80%"
        ) from None
    return number / 100 if percent else number


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


def _check_url(url: str, source: str) -> str:
    # Without a scheme httpx would fail on the first request with a confusing error (or, for
    # "host:port", take the host for a scheme): say so before anything is sent.
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise CliError(
            f"{source} must be an http:// or https:// URL with a host, got {url!r}",
            exit_code=EXIT_USAGE,
            hint="for the local simulator: http://127.0.0.1:8765",
        )
    return url.strip()


def _interactive(stream: TextIO) -> bool:
    try:
        return sys.stdin.isatty() and stream.isatty()
    except (AttributeError, ValueError):
        return False


def _scopes(values: Sequence[str] | None) -> list[str] | None:
    # --scope may be repeated, and each may hold several permissions ("a b" or "a,b").
    scopes = [s for value in values or () for s in value.replace(",", " ").split()]
    return scopes or None


# -- shared state of one invocation -------------------------------------------------------------


class _Api(SyncApi):
    """The module-level operations, sent to this invocation's origins (``--simulator-url``)."""

    def __init__(self, origins: Origins) -> None:
        self._origins = origins

    def _current_settings(self) -> Settings:
        return Settings(origins=self._origins)


@dataclass
class _Context:
    """Options of one invocation, with the clients built from them on first use."""

    args: argparse.Namespace
    out: TextIO
    err: TextIO
    interrupted: bool = False
    """Whether Ctrl+C stopped a fleet read (whose partial results were printed)."""

    @cached_property
    def simulator_url(self) -> str | None:
        """``--simulator-url``, else ``$SMARTCAR_SIMULATOR_URL``, checked to be an http(s) URL.

        Raises:
            CliError: (usage) the URL has no ``http://`` or ``https://`` scheme or no host.
        """
        if self.args.simulator_url:
            return _check_url(self.args.simulator_url, "--simulator-url")
        if os.environ.get(SIMULATOR_URL_ENV):
            return _check_url(os.environ[SIMULATOR_URL_ENV], f"${SIMULATOR_URL_ENV}")
        return None

    @cached_property
    def _recorded(self) -> Issuer | None:
        # Where the stored tokens came from, for the commands that use them when nothing on
        # the command line or in the environment names an origin.
        explicit = self.simulator_url or any(os.environ.get(n) for n in _ORIGIN_ENV)
        if explicit or self.args.command in _NO_STORED_TOKENS:
            return None
        return TokenStore(self._token_path).recorded_issuer()

    @cached_property
    def simulator(self) -> bool:
        """Whether this invocation talks to a local simulator (its application by default)."""
        return bool(self.simulator_url) or bool(self._recorded and self._recorded.simulator)

    @cached_property
    def origins(self) -> Origins:
        """The origins of this invocation: the simulator's, the environment's, or the token file's.

        Smartcar's when none of those names one.

        Raises:
            CliError: (usage) an origin without an http(s) scheme or host.
        """
        url = self.simulator_url
        if url:
            return Origins.resolve(api=url, auth=url, connect=url, management=url, vehicle_v3=url)
        if self._recorded is not None:
            return self._recorded.origins
        origins = Origins.resolve()
        for name in _ORIGIN_ENV:
            if os.environ.get(name):
                _check_url(os.environ[name], f"${name}")
        return origins

    def _credential(self, flag: str | None, env: str, simulator_default: str) -> str | None:
        if flag:
            return flag
        if os.environ.get(env):
            return os.environ[env]
        if self.simulator:
            # Against a simulator (--simulator-url, $SMARTCAR_SIMULATOR_URL or the one the
            # tokens came from), its built-in application works out of the box.
            from .. import testing

            return str(getattr(testing, simulator_default))
        return None

    def auth_client(self, *, need_secret: bool = True) -> AuthClient:
        """The application's AuthClient, from the flags, the environment or the simulator.

        Args:
            need_secret: whether the client secret is needed (not for Connect URLs).

        Raises:
            CliError: (usage) no client id, or no secret when one is needed.
        """
        args = self.args
        client_id = self._credential(args.client_id, "SMARTCAR_CLIENT_ID", "DEFAULT_CLIENT_ID")
        secret = self._credential(
            args.client_secret, "SMARTCAR_CLIENT_SECRET", "DEFAULT_CLIENT_SECRET"
        )
        redirect_uri = self._credential(
            args.redirect_uri, "SMARTCAR_REDIRECT_URI", "DEFAULT_REDIRECT_URI"
        )
        if not need_secret and not secret:
            # Building a Connect URL never uses the secret, but AuthClient insists on one.
            secret = "-"
        if not secret and client_id and _interactive(self.err):
            # A prompt keeps the secret out of the process list and the shell's history.
            secret = getpass.getpass("Smartcar client secret: ", stream=self.err) or None
        if not client_id or not secret:
            missing = [
                f"--{flag} (or ${env})"
                for flag, env, value in (
                    ("client-id", "SMARTCAR_CLIENT_ID", client_id),
                    ("client-secret", "SMARTCAR_CLIENT_SECRET", secret),
                )
                if not value
            ]
            raise CliError(
                f"missing application credentials: {' and '.join(missing)}",
                exit_code=EXIT_USAGE,
                hint="find them in the Smartcar Dashboard, or try the simulator: "
                "`smartcar simulator` and --simulator-url http://127.0.0.1:8765",
            )
        mode = getattr(self.args, "mode", None) or "live"
        return AuthClient(client_id, secret, redirect_uri, mode=mode, origins=self.origins)

    @property
    def _token_path(self) -> Path:
        path: Path = self.args.token_file or default_token_file()
        return path

    @cached_property
    def store(self) -> TokenStore:
        """The token file, bound to this invocation's origins (see :class:`Issuer`)."""
        return TokenStore(self._token_path, Issuer(self.origins, simulator=self.simulator))

    @cached_property
    def tokens(self) -> TokenManager:
        # load/save go through the file, so a refresh (which rotates the refresh token) is
        # saved at once, for this and every later command.
        return TokenManager(self.auth_client(), load=self.store.load, save=self.store.save)

    @cached_property
    def api(self) -> _Api:
        return _Api(self.origins)

    def vehicle(self, vehicle_id: str) -> Vehicle:
        units = getattr(self.args, "units", None) or "metric"
        return Vehicle(vehicle_id, self.tokens, {"unit_system": units}, origins=self.origins)

    def with_token(self, call: Callable[[str], T]) -> T:
        """Call with a fresh access token; after a 401, once more with a new one."""
        token = self.tokens.sync_token()
        try:
            return call(token)
        except AuthenticationError:
            # As Vehicle does: the manager refreshes only if that token is still its current one.
            return call(self.tokens.sync_token(stale=token))

    def vehicle_list(self) -> Vehicles:
        """Every authorised vehicle, all pages merged into one result."""

        def page(offset: int) -> Vehicles:
            paging = {"limit": _VEHICLES_PAGE, "offset": offset}
            return self.with_token(lambda token: self.api.get_vehicles(token, paging))

        first = page(0)
        ids = list(first.vehicles)
        while len(ids) < first.paging.count:
            more = page(len(ids)).vehicles
            if not more:
                break  # the list shrank while we paged: what we have is all there is
            ids.extend(more)
        first.vehicles = ids
        first.paging.count = len(ids)
        return first

    def targets(self, wanted: Sequence[str] | None, every: bool) -> list[str]:
        """The vehicles a command acts on: the given ids, all of them, or the only one."""
        if wanted:
            self.tokens.sync_token()  # a missing or unreadable token file fails here, once
            return list(dict.fromkeys(wanted))
        known = list(self.vehicle_list().vehicles)
        if not known:
            raise CliError(
                "no vehicles are authorised for these tokens",
                hint="run `smartcar login` and connect a vehicle",
            )
        if every or len(known) == 1:
            return known
        # Guessing would be dangerous for commands (unlocking the wrong car).
        raise CliError(
            f"{len(known)} vehicles are authorised; choose one with --vehicle ID"
            + (" or read them all with --all" if self.args.command == "get" else ""),
            exit_code=EXIT_USAGE,
            hint="list them with `smartcar vehicles`",
        )

    def unauthorised(self, ids: Sequence[str], errors: Sequence[SmartcarException]) -> set[str]:
        """Which of ``ids``, whose reads failed with ``errors``, these tokens do not authorise.

        The API answers an id it does not know for this token as a 400 VALIDATION error or
        an access problem (a 403 asking to re-authenticate, or a 404) that never names the
        id; one look at the vehicle list tells that apart from a missing permission.
        """
        suspects = [
            v
            for v, e in zip(ids, errors, strict=True)
            if isinstance(
                e,
                PermissionDeniedError
                | ResourceNotFoundError
                | AuthenticationError
                | ValidationError,
            )
        ]
        if not suspects:
            return set()
        try:
            known = set(self.vehicle_list().vehicles)
        except SmartcarException:
            return set()  # the original error says more than a failed second look
        return {v for v in suspects if v not in known}

    def explain(self, vehicle_id: str, error: SmartcarException) -> CliError | None:
        """A clearer error for a read or command of one named vehicle, if there is one."""
        if self.unauthorised([vehicle_id], [error]):
            return _not_authorised(vehicle_id)
        return None

    def show_progress(self, count: int) -> bool:
        flag: bool | None = getattr(self.args, "progress", None)
        if flag is not None:
            return flag
        return count > 1 and self.err.isatty()

    def read_each(self, ids: list[str], method: str, label: str) -> list[tuple[str, Any]]:
        """Call one read ``method`` of many vehicles at once, with a progress bar.

        Args:
            ids: the vehicles.
            method: a :class:`~smartcar.Vehicle` read method, such as ``"odometer"``.
            label: the progress bar's text.

        Returns:
            ``(vehicle_id, result or SmartcarException)`` pairs, in the order of ``ids``. After
            Ctrl+C, only the vehicles read so far, with :attr:`interrupted` set.

        Raises:
            CliError: a local failure that is not one vehicle's (the token file cannot be
                written, say); it stops the run.
        """
        units = getattr(self.args, "units", None) or "metric"
        workers = min(getattr(self.args, "concurrency", DEFAULT_CONCURRENCY), len(ids)) or 1
        # One read_fleet per vehicle (it waits out short rate limits), on our own pool, so the
        # readings made before a Ctrl+C are at hand to print; read_fleet keeps them to itself.
        read = functools.partial(
            read_fleet,
            endpoints=method,
            max_workers=1,
            options={"unit_system": units},
            origins=self.origins,
        )
        done: dict[str, Any] = {}
        pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="smartcar-cli")
        try:
            with Progress(self.err, len(ids), label, enabled=self.show_progress(len(ids))) as bar:
                futures = {pool.submit(read, [(v, self.tokens)]): v for v in ids}
                for future in as_completed(futures):
                    [item] = future.result()
                    error = item.errors.get(method)
                    if error is not None and not isinstance(error, SmartcarException):
                        # The fleet keeps every failure per vehicle; a local one (CliError) or
                        # a bug is not about that vehicle and must not pass for an API answer.
                        raise error
                    done[item.vehicle_id] = item.results[method] if error is None else error
                    bar.advance()
        except BaseException:
            # Ctrl+C or a local failure: reads not started are dropped, running ones are left
            # to finish on their own rather than keep the user waiting.
            pool.shutdown(wait=False, cancel_futures=True)
            if not isinstance(sys.exc_info()[1], KeyboardInterrupt):
                raise
            self.interrupted = True
        else:
            pool.shutdown(wait=True)
        return [(v, done[v]) for v in ids if v in done]


_NOT_AUTHORISED = "is not authorised by these tokens"
_NOT_AUTHORISED_HINT = (
    "list the vehicles they authorise with `smartcar vehicles`, or connect this one with "
    "`smartcar login`"
)


def _not_authorised(vehicle_id: str) -> CliError:
    return CliError(f"vehicle {clean(vehicle_id)!r} {_NOT_AUTHORISED}", hint=_NOT_AUTHORISED_HINT)


# -- output ---------------------------------------------------------------------------------------


def _emit_one(ctx: _Context, result: Any) -> None:
    if ctx.args.json:
        ctx.out.write(to_json(result_to_dict(result)))
    else:
        ctx.out.write(format_table(result_rows(result)))


def _emit_many(ctx: _Context, results: list[tuple[str, Any]]) -> int:
    failures = [(v, r) for v, r in results if isinstance(r, SmartcarException)]
    strangers = ctx.unauthorised([v for v, _ in failures], [r for _, r in failures])

    def message(vehicle_id: str, error: SmartcarException) -> str:
        return _NOT_AUTHORISED if vehicle_id in strangers else error.message

    if ctx.args.json:
        keyed = {
            v: {"error": error_to_dict(r) | {"message": message(v, r)}}
            if isinstance(r, SmartcarException)
            else result_to_dict(r)
            for v, r in results
        }
        ctx.out.write(to_json(keyed))
    else:
        rows: list[tuple[str, str, str]] = []
        for vehicle_id, result in results:
            if isinstance(result, SmartcarException):
                rows.append((vehicle_id, "error", message(vehicle_id, result)))
            else:
                rows.extend((vehicle_id, label, text) for label, text in result_rows(result))
        ctx.out.write(format_table(rows, header=("VEHICLE", "FIELD", "VALUE")))
    ctx.out.flush()
    for vehicle_id, error in failures:
        if vehicle_id in strangers:
            ctx.err.write(f"smartcar: error: vehicle {clean(vehicle_id)} {_NOT_AUTHORISED}\n")
        else:
            ctx.err.write("smartcar: " + format_error(error, f"vehicle {vehicle_id}"))
    if strangers:
        ctx.err.write(f"hint: {_NOT_AUTHORISED_HINT}\n")
    if failures:
        ctx.err.write(f"smartcar: {len(failures)} of {len(results)} vehicles failed\n")
        return EXIT_ERROR
    return EXIT_OK


# -- subcommands ----------------------------------------------------------------------------------


def _cmd_simulator(ctx: _Context) -> int:
    from ..testing.__main__ import main as serve

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


def _cmd_auth_url(ctx: _Context) -> int:
    args = ctx.args
    client = ctx.auth_client(need_secret=False)
    url = client.get_auth_url(
        _scopes(args.scope), {"state": args.state, "force_prompt": args.force_prompt}
    )
    ctx.out.write(to_json({"url": url}) if args.json else url + "\n")
    return EXIT_OK


def _cmd_login(ctx: _Context) -> int:
    args = ctx.args
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
        _scopes(args.scope), {"state": state, "force_prompt": args.force_prompt}
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
        query = receiver.wait(args.timeout)
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


def _cmd_vehicles(ctx: _Context) -> int:
    listing = ctx.vehicle_list()
    ids = list(listing.vehicles)
    if not ctx.args.details:
        if ctx.args.json:
            ctx.out.write(to_json(result_to_dict(listing)))
        else:
            ctx.out.write(format_table([(v,) for v in ids], header=("ID",)))
        return EXIT_OK
    results = ctx.read_each(ids, "attributes", "Reading attributes")
    if ctx.args.json:
        items: list[dict[str, Any]] = [
            {"id": v, "error": error_to_dict(r)}
            if isinstance(r, SmartcarException)
            else result_to_dict(r)
            for v, r in results
        ]
        ctx.out.write(to_json({"vehicles": items, "paging": listing.paging.to_dict()}))
    else:
        header: tuple[str, ...] = ("ID", "MAKE", "MODEL", "YEAR")
        rows: list[tuple[str, ...]] = [
            (v, "-", "-", "-", r.message)
            if isinstance(r, SmartcarException)
            else (v, format_value(r.make), format_value(r.model), format_value(r.year))
            for v, r in results
        ]
        if any(len(row) > len(header) for row in rows):
            header += ("ERROR",)
        ctx.out.write(format_table(rows, header=header))
    failed = [(v, r) for v, r in results if isinstance(r, SmartcarException)]
    for vehicle_id, error in failed:
        ctx.err.write("smartcar: " + format_error(error, f"vehicle {vehicle_id}"))
    if ctx.interrupted:
        return _interrupted(ctx, len(results), len(listing.vehicles))
    return EXIT_ERROR if failed else EXIT_OK


def _interrupted(ctx: _Context, done: int, total: int) -> int:
    ctx.out.flush()
    ctx.err.write(f"smartcar: interrupted after {done} of {total} vehicles\n")
    return EXIT_INTERRUPTED


def _cmd_get(ctx: _Context) -> int:
    args = ctx.args
    method = READS[args.endpoint]
    ids = ctx.targets(args.vehicles, args.all)
    keyed = args.all or len(ids) > 1
    if not keyed:
        _emit_one(ctx, _call(ctx, ids[0], method))
        return EXIT_OK
    results = ctx.read_each(ids, method, f"Reading {args.endpoint}")
    code = _emit_many(ctx, results)
    return _interrupted(ctx, len(results), len(ids)) if ctx.interrupted else code


def _call(ctx: _Context, vehicle_id: str, method: str, *args: Any) -> Any:
    try:
        return getattr(ctx.vehicle(vehicle_id), method)(*args)
    except SmartcarException as error:
        clearer = ctx.explain(vehicle_id, error)
        if clearer is not None:
            raise clearer from None
        raise


def _command(method: str) -> Callable[[_Context], int]:
    def run_command(ctx: _Context) -> int:
        vehicle_id = ctx.targets([ctx.args.vehicle] if ctx.args.vehicle else None, False)[0]
        extra = [ctx.args.limit] if method == "set_charge_limit" else []
        _emit_one(ctx, _call(ctx, vehicle_id, method, *extra))
        return EXIT_OK

    return run_command


# -- parser ---------------------------------------------------------------------------------------

_EPILOG = """\
environment:
  SMARTCAR_CLIENT_ID, SMARTCAR_CLIENT_SECRET, SMARTCAR_REDIRECT_URI   application credentials
  SMARTCAR_API_CLIENT_ID, SMARTCAR_API_CLIENT_SECRET   API v3 credentials (v3-* commands)
  SMARTCAR_TOKEN_FILE                  token file (default ~/.config/smartcar/tokens.json)
  SMARTCAR_API_ORIGIN, SMARTCAR_AUTH_ORIGIN, SMARTCAR_CONNECT_ORIGIN,
  SMARTCAR_MANAGEMENT_API_ORIGIN, SMARTCAR_VEHICLE_API_V3_ORIGIN      API origins
  SMARTCAR_SIMULATOR_URL               a running simulator (as --simulator-url)

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
    # default to SUPPRESS so they do not overwrite a value given before it.
    default: Any = None if top else argparse.SUPPRESS
    group = parser.add_argument_group("global options")
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
    parser = argparse.ArgumentParser(
        prog="smartcar",
        description="Command-line client of the Smartcar connected-car API.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _global_options(parser, top=True)
    common = argparse.ArgumentParser(add_help=False)
    _global_options(common, top=False)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def add(name: str, help: str, handler: Callable[[_Context], int]) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help, description=help, parents=[common])
        p.set_defaults(handler=handler)
        return p

    p = add(
        "simulator",
        "Run the local Smartcar API simulator until Ctrl+C (its application's redirect URI is "
        "--redirect-uri / $SMARTCAR_REDIRECT_URI if given).",
        _cmd_simulator,
    )
    p.add_argument("--host", default="127.0.0.1", help="loopback address (default: 127.0.0.1)")
    p.add_argument("--port", type=int, default=8765, help="port; 0 picks one (default: 8765)")
    p.add_argument("--vehicles", type=int, default=0, metavar="N", help="extra generated vehicles")
    p.add_argument("--seed", type=int, default=0, help="seed of the generated vehicles")

    p = add("auth-url", "Print the Smartcar Connect URL.", _cmd_auth_url)
    _connect_options(p)
    p.add_argument("--state", help="state to echo back in the redirect")

    p = add(
        "login",
        "Connect vehicles in the browser and store the tokens (needs a loopback redirect URI).",
        _cmd_login,
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
        help=f"how long to wait for the redirect (default: {DEFAULT_LOGIN_TIMEOUT:g})",
    )

    p = add("vehicles", "List the authorised vehicles.", _cmd_vehicles)
    p.add_argument("--details", action="store_true", help="also read each one's make, model, year")
    _fleet_options(p)

    p = add("get", "Read vehicle data.", _cmd_get)
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
        p = add(name, text, _command(method))
        p.add_argument("--vehicle", metavar="ID", help=vehicle_help)
    p = add("set-charge-limit", "Set the charge limit.", _command("set_charge_limit"))
    p.add_argument("limit", type=charge_limit, help="a fraction from 0.5 to 1.0, or a percentage")
    p.add_argument("--vehicle", metavar="ID", help=vehicle_help)
    _v3.register(add)
    return parser


# -- entry points -----------------------------------------------------------------------------


def _exit_code(code: object) -> int:
    if code is None:
        return EXIT_OK
    return code if isinstance(code, int) else EXIT_ERROR


def _hint(error: SmartcarException, ctx: _Context) -> str | None:
    if isinstance(error, NetworkError) and not isinstance(error, RequestTimeoutError):
        origins = ctx.__dict__.get("origins")
        where = origins.api if isinstance(origins, Origins) else "the Smartcar API"
        if ctx.__dict__.get("simulator"):
            return f"cannot reach the simulator at {where}: is `smartcar simulator` running?"
        return f"cannot reach {where}: check the network connection and the origin"
    if isinstance(error, AuthenticationError):
        return "the stored tokens were rejected: run `smartcar login` again"
    if isinstance(error, OAuthError) and error.type == "invalid_grant":
        return "the refresh token is invalid or expired: run `smartcar login` again"
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
        return _exit_code(exit_.code)
    ctx = _Context(args, out, err)
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


def _run(ctx: _Context, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
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
