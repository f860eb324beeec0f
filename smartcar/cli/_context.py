"""One invocation of the ``smartcar`` command: its options, origins, tokens and clients."""

from __future__ import annotations

import argparse
import dataclasses
import functools
import getpass
import os
import sys
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any, TextIO, TypeVar
from urllib.parse import urlsplit

from .._core.config import _ENV, SIMULATOR_URL_ENV, Origins
from .._http import Operation
from .._resources.api import SyncApi
from ..auth_client import AuthClient
from ..exceptions import (
    AuthenticationError,
    PermissionDeniedError,
    ResourceNotFoundError,
    SmartcarException,
    ValidationError,
)
from ..fleet import read_fleet
from ..paging import Listing, Paged, PageStep
from ..tokens import TokenManager
from ..types import Vehicles
from ..vehicle import Vehicle
from ._errors import EXIT_USAGE, CliError
from ._output import (
    Progress,
    clean,
)
from ._store import Issuer, TokenStore, default_token_file

T = TypeVar("T")

_ORIGIN_ENV = tuple(_ENV.values())  # the eight SMARTCAR_*_ORIGIN variables
# Commands that never send the stored tokens (login replaces them).
_NO_STORED_TOKENS = frozenset({"simulator", "auth-url", "login"})

DEFAULT_CONCURRENCY = 8
DEFAULT_LOGIN_TIMEOUT = 300.0
VEHICLES_PAGE = 50  # the API's largest page


def check_url(url: str, source: str) -> str:
    # Without a scheme httpx2 would fail on the first request with a confusing error (or, for
    # "host:port", take the host for a scheme): say so before anything is sent.
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise CliError(
            f"{source} must be an http:// or https:// URL with a host, got {url!r}",
            exit_code=EXIT_USAGE,
            hint="for the local simulator: http://127.0.0.1:8765",
        )
    return url.strip()


def interactive(stream: TextIO) -> bool:
    try:
        return sys.stdin.isatty() and stream.isatty()
    except (AttributeError, ValueError):
        return False


def scopes(values: Sequence[str] | None) -> list[str] | None:
    # --scope may be repeated, and each may hold several permissions ("a b" or "a,b").
    scopes = [s for value in values or () for s in value.replace(",", " ").split()]
    return scopes or None


# -- shared state of one invocation -------------------------------------------------------------


class CliApi(SyncApi):
    """The module-level operations, sent to this invocation's origins (``--simulator-url``)."""

    def __init__(self, origins: Origins) -> None:
        super().__init__(origins=origins)


@dataclass
class Context:
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
            return check_url(self.args.simulator_url, "--simulator-url")
        if os.environ.get(SIMULATOR_URL_ENV):
            return check_url(os.environ[SIMULATOR_URL_ENV], f"${SIMULATOR_URL_ENV}")
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
            # The simulator answers every API, v3 included, at one address.
            return Origins.resolve(**{f.name: url for f in dataclasses.fields(Origins)})
        if self._recorded is not None:
            return self._recorded.origins
        origins = Origins.resolve()
        for name in _ORIGIN_ENV:
            if os.environ.get(name):
                check_url(os.environ[name], f"${name}")
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
        if (
            args.command in ("login", "auth-url")
            and self.simulator
            and not (args.redirect_uri or os.environ.get("SMARTCAR_REDIRECT_URI"))
        ):
            # Connect sends the code only to the redirect URI the simulator was started with.
            redirect_uri = self.announced_redirect_uri() or redirect_uri
        if not need_secret and not secret:
            # Building a Connect URL never uses the secret, but AuthClient insists on one.
            secret = "-"
        if not secret and client_id and interactive(self.err):
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

    def announced_redirect_uri(self) -> str | None:
        """The redirect URI the simulator's application registered (``--redirect-uri``).

        ``None`` when the simulator cannot say (an older one, or none running): the
        simulator's default is used then, and a mismatch shows on Connect's page.
        """
        import httpx2

        try:
            answer = httpx2.get(
                f"{self.origins.connect}/_simulator/application",
                headers={"Content-Type": "application/json"},
                timeout=5.0,
            )
            value = answer.json().get("redirect_uri") if answer.status_code == 200 else None
        except (httpx2.HTTPError, ValueError, AttributeError):
            return None
        return value if isinstance(value, str) and value else None

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
    def api(self) -> CliApi:
        return CliApi(self.origins)

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
        """Every authorised vehicle, all pages merged into one result.

        Paged by the SDK's pager, so a list that never ends (a page that adds no vehicle, or
        more pages than the cap) ends in ``InvalidResponseError`` instead of paging forever.
        """
        pages: list[Vehicles] = []

        def fetch(offset: int) -> Operation[Vehicles]:
            paging = {"limit": VEHICLES_PAGE, "offset": offset}
            # The manager's token, and after a 401 once more with a new one, as with_token.
            op = CliApi.get_vehicles.build(self.api, self.tokens.sync_token(), paging)
            return dataclasses.replace(op, authorization=None, token_source=self.tokens)

        def step(page: Vehicles) -> PageStep[str]:
            pages.append(page)
            following = page.paging.offset + len(page.vehicles)
            return PageStep(
                tuple(page.vehicles), following if following < page.paging.count else None
            )

        ids = list(Paged(self.api, Listing(fetch, step, first=0)))
        first = pages[0]
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
            return not_authorised(vehicle_id)
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


NOT_AUTHORISED = "is not authorised by these tokens"
NOT_AUTHORISED_HINT = (
    "list the vehicles they authorise with `smartcar vehicles`, or connect this one with "
    "`smartcar login`"
)


def not_authorised(vehicle_id: str) -> CliError:
    return CliError(f"vehicle {clean(vehicle_id)!r} {NOT_AUTHORISED}", hint=NOT_AUTHORISED_HINT)
