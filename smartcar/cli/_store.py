"""The token file of the ``smartcar`` command: readable by its owner only, written atomically."""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import stat
import time
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; concurrent refreshes are not guarded
    fcntl = None  # type: ignore[assignment]

from .._core.config import Origins
from ..types import Access
from ._errors import EXIT_USAGE, CliError

__all__ = ["DEFAULT_TOKEN_FILE_ENV", "LOCK_WAIT", "Issuer", "TokenStore", "default_token_file"]

_ORIGINS_KEY = "origins"
_SIMULATOR_KEY = "simulator"
# The origins that receive the stored tokens: the token endpoint gets the refresh token and the
# client secret, the v2.0 and v3 APIs get the access token. Connect and the management API never
# see them, so a different Connect origin is no reason to refuse the tokens.
_TOKEN_ORIGINS = ("auth", "api", "vehicle_v3")


@dataclass(frozen=True)
class Issuer:
    """Where the stored tokens were issued, and so the only place they may be sent.

    Attributes:
        origins: the origins of the ``login`` that obtained the tokens.
        simulator: whether that login went to a local simulator (``--simulator-url``), so later
            commands default to the simulator's built-in application as well.
    """

    origins: Origins
    simulator: bool = False

    def accepts(self, origins: Origins) -> bool:
        """Whether the tokens may be sent to ``origins`` (the same token-bearing origins)."""
        return all(getattr(self.origins, n) == getattr(origins, n) for n in _TOKEN_ORIGINS)

    def to_dict(self) -> dict[str, Any]:
        """The JSON fields stored next to the tokens."""
        return {
            _ORIGINS_KEY: {f.name: getattr(self.origins, f.name) for f in fields(Origins)},
            _SIMULATOR_KEY: self.simulator,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Issuer:
        """Read the issuer of a token file's JSON.

        A file written before origins were recorded came from ``smartcar login`` against
        Smartcar itself (the simulator's tokens never mattered), so it gets the default origins.

        Raises:
            ValueError: the recorded origins are not a JSON object of strings.
        """
        recorded = data.get(_ORIGINS_KEY)
        if recorded is None:
            return cls(Origins())
        if not isinstance(recorded, dict) or not all(
            isinstance(recorded.get(f.name, ""), str) for f in fields(Origins)
        ):
            raise ValueError("its recorded origins are not a JSON object of strings")
        known = {f.name: recorded[f.name] for f in fields(Origins) if recorded.get(f.name)}
        return cls(Origins(**known), simulator=data.get(_SIMULATOR_KEY) is True)


DEFAULT_TOKEN_FILE_ENV = "SMARTCAR_TOKEN_FILE"
"""Environment variable naming the token file (``--token-file`` wins over it)."""


def default_token_file() -> Path:
    """Where tokens are kept unless told otherwise.

    Returns:
        ``$SMARTCAR_TOKEN_FILE`` if set, else ``$XDG_CONFIG_HOME/smartcar/tokens.json``
        (``~/.config/smartcar/tokens.json`` when ``XDG_CONFIG_HOME`` is unset).
    """
    configured = os.environ.get(DEFAULT_TOKEN_FILE_ENV)
    if configured:
        return Path(configured).expanduser()
    config_home = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config_home) / "smartcar" / "tokens.json"


class TokenStore:
    """Load and save an :class:`~smartcar.types.Access` as JSON in one file.

    The file holds a refresh token valid for 60 days, so it is created with mode 0o600 in a
    directory created with mode 0o700, and replaced atomically so a crash or a concurrent
    reader never sees half a file (refresh tokens rotate: a lost write would log the user out).

    The file also records the origins the tokens were issued for (see :class:`Issuer`), so
    they are never sent anywhere else.

    Args:
        path: the token file.
        issuer: where this invocation sends the tokens: :meth:`load` refuses tokens issued
            elsewhere, and :meth:`save` records it. ``None`` checks nothing and records the
            Smartcar origins.
    """

    def __init__(self, path: Path, issuer: Issuer | None = None) -> None:
        self.path = path
        self.issuer = issuer
        self._lock_fd: int | None = None

    def lock(self, wait: float | None = None) -> None:
        """Hold an exclusive lock on ``<token file>.lock`` until :meth:`release` or exit.

        Refresh tokens rotate: two ``smartcar`` commands refreshing at once would each get a
        new one and the file would keep only the last, with the other already spent. The lock
        makes commands that use the tokens take turns, and ``login`` takes it before it
        replaces the file; it is released when the process ends. The holder writes its PID
        into the lock file, so a command that waits longer than :data:`LOCK_WAIT` seconds can
        say which process holds it.

        Args:
            wait: the most seconds to wait for the lock, if less than :data:`LOCK_WAIT`
                (``login`` gives it what is left of its ``--timeout``).

        Raises:
            CliError: the token file or its directory is unsafe (:meth:`check`, before anything
                is created), the lock file cannot be created, or another process held the lock
                for :data:`LOCK_WAIT` seconds.
        """
        if self._lock_fd is not None:
            return
        self.check()
        if fcntl is None:  # no flock on this platform
            return
        lock_path = self.path.with_name(self.path.name + ".lock")
        try:
            self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            fd = os.open(lock_path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o600)
        except OSError as error:
            raise CliError(f"cannot lock the token file {self.path}: {error}") from None
        try:
            _flock_within(fd, LOCK_WAIT if wait is None else min(wait, LOCK_WAIT), lock_path)
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        except BaseException:
            os.close(fd)
            raise
        self._lock_fd = fd

    def release(self) -> None:
        """Release the lock taken by :meth:`lock`, if any."""
        fd, self._lock_fd = self._lock_fd, None
        if fd is not None:
            os.close(fd)  # closing the descriptor releases the flock

    def recorded_issuer(self) -> Issuer | None:
        """The issuer recorded in the token file, or ``None`` if there is no readable file.

        Used to choose the origins of a command before its tokens are loaded; :meth:`load`
        checks again under the lock, so a file replaced in between is still refused.
        """
        try:
            return Issuer.from_dict(self._read())
        except (CliError, ValueError):
            return None

    def load(self) -> Access:
        """Read the tokens, after checking that they may go where this invocation sends them.

        Returns:
            The stored tokens.

        Raises:
            CliError: (usage) the file is missing (telling the user to run ``smartcar login``),
                is a symbolic link, sits in a directory others can write, does not hold
                tokens, or holds tokens issued for other origins than :attr:`issuer`'s
                (they are never sent to a server that did not issue them).
        """
        self._read()  # a missing, unsafe or unreadable file is refused before the lock exists
        self.lock()
        data = self._read()
        try:
            access = Access.from_dict(data)
            recorded = Issuer.from_dict(data)
        except ValueError as error:
            # InvalidInputError (a ValueError) and Issuer's errors are sentences already.
            raise CliError(
                f"the token file {self.path} is not valid: {error}",
                exit_code=EXIT_USAGE,
                hint="run `smartcar login` to replace it",
            ) from None
        if self.issuer is not None and not recorded.accepts(self.issuer.origins):
            raise CliError(
                f"the tokens in {self.path} were issued by {recorded.origins.auth} for "
                f"{recorded.origins.api}; refusing to send them to {self.issuer.origins.api}",
                exit_code=EXIT_USAGE,
                hint="drop --simulator-url / SMARTCAR_SIMULATOR_URL and the SMARTCAR_*_ORIGIN "
                "variables, or log in there with another --token-file",
            )
        return access

    def _read(self) -> dict[str, Any]:
        self.check()
        try:
            # O_NOFOLLOW: a symlink swapped in after the check is refused too.
            fd = os.open(self.path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
            with os.fdopen(fd, encoding="utf-8") as handle:
                text = handle.read()
        except FileNotFoundError:
            raise CliError(
                f"no Smartcar tokens at {self.path}",
                exit_code=EXIT_USAGE,
                hint="run `smartcar login` first (or pass --token-file / set SMARTCAR_TOKEN_FILE)",
            ) from None
        except (OSError, UnicodeDecodeError) as error:
            raise CliError(
                f"cannot read the token file {self.path}: {error}", exit_code=EXIT_USAGE
            ) from None
        try:
            data = json.loads(text)
        except (ValueError, RecursionError) as error:
            data = error  # not JSON, or nested too deeply to parse
        if not isinstance(data, dict):
            raise CliError(
                f"the token file {self.path} is not valid: it is not a JSON object of tokens",
                exit_code=EXIT_USAGE,
                hint="run `smartcar login` to replace it",
            )
        return data

    def check(self) -> None:
        """Refuse a token file that someone else could have written, as ``ssh`` does.

        Whoever can replace the file can point the CLI at origins of their choosing, which
        then receive the refresh token and the client secret at the next refresh. So the
        directory must not be writable by group or others, and the file must be a regular
        file (not a symbolic link) owned by this user. The file holds the client secret and a
        refresh token, so like ``ssh`` with a private key, its mode must also give group and
        others nothing at all (0600 or stricter): reading it is as good as owning the account.
        A missing file or directory passes (it is reported, or created, later).

        Raises:
            CliError: (usage) naming the problem and the ``chmod`` that fixes it.
        """
        getuid = getattr(os, "getuid", None)
        directory = self.path.parent
        try:
            folder = directory.stat()
        except OSError:
            folder = None
        if folder is not None and (_writable_by_others(folder) or _foreign(folder, getuid)):
            raise CliError(
                f"the token file {self.path} sits in {directory}, which other users can "
                "write to; refusing to use it",
                exit_code=EXIT_USAGE,
                hint=f"run `chmod go-w {directory}` or keep the tokens in a private directory",
            )
        try:
            info = self.path.lstat()
        except OSError:
            return  # missing: reported by the read, or created by the write
        if stat.S_ISLNK(info.st_mode):
            raise CliError(
                f"the token file {self.path} is a symbolic link; refusing to use it",
                exit_code=EXIT_USAGE,
                hint="point --token-file / SMARTCAR_TOKEN_FILE at the real file",
            )
        if not stat.S_ISREG(info.st_mode):
            raise CliError(
                f"the token file {self.path} is not a regular file; refusing to use it",
                exit_code=EXIT_USAGE,
                hint="point --token-file / SMARTCAR_TOKEN_FILE at a file",
            )
        if _foreign(info, getuid):
            raise CliError(
                f"the token file {self.path} belongs to another user; refusing to use it",
                exit_code=EXIT_USAGE,
                hint="run `smartcar login` with a --token-file of your own",
            )
        if _open_to_others(info):
            raise CliError(
                f"the token file {self.path} can be read or written by other users (mode "
                f"{stat.S_IMODE(info.st_mode):04o}); refusing to use it",
                exit_code=EXIT_USAGE,
                hint=f"run `chmod 600 {self.path}`, then `smartcar login` again if anyone else "
                "may have read or written it",
            )

    def save(self, access: Access) -> None:
        """Write the tokens and their issuer: a new 0o600 file renamed over the old one.

        Args:
            access: the tokens to store.

        Raises:
            CliError: the directory or file is unsafe (:meth:`check`), or cannot be written.
        """
        self.check()  # nothing is created in, or written to, a place others control
        issuer = self.issuer or Issuer(Origins())
        data = json.dumps(access.to_dict() | issuer.to_dict(), indent=2) + "\n"
        try:
            self._write(data)
        except OSError as error:
            raise CliError(f"cannot write the token file {self.path}: {error}") from None

    def _write(self, data: str) -> None:
        directory = self.path.parent
        # Only the last component gets 0o700: parents such as ~/.config are not ours to restrict.
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        temp = directory / f".{self.path.name}.{secrets.token_hex(6)}.tmp"
        # O_EXCL: never write through a file (or symlink) someone else placed there.
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
        fd = os.open(temp, flags, 0o600)
        try:
            os.fchmod(fd, 0o600)  # exactly 0600 whatever the umask: check() refuses less private
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temp, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                temp.unlink()
            raise
        _fsync_directory(directory)


LOCK_WAIT = 30.0
"""Seconds a command waits for another one's lock on the token file before it gives up."""


def _flock_within(fd: int, seconds: float, lock_path: Path) -> None:
    """Take the exclusive lock on ``fd``, polling for at most ``seconds``."""
    assert fcntl is not None
    deadline = time.monotonic() + seconds
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() >= deadline:
                break
            time.sleep(0.05)
    try:
        holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
    except OSError:
        holder = ""
    who = f"process {holder}" if holder.isdigit() else "another smartcar command"
    raise CliError(
        f"the token file is locked by {who} ({lock_path}); gave up after {seconds:.3g} seconds",
        hint="wait for that command to finish, or stop it if it hangs",
    )


def _writable_by_others(info: os.stat_result) -> bool:
    return bool(info.st_mode & (stat.S_IWGRP | stat.S_IWOTH))


def _open_to_others(info: os.stat_result) -> bool:
    # Any permission bit for group or others, as ssh refuses a private key that is not 0600.
    return bool(info.st_mode & (stat.S_IRWXG | stat.S_IRWXO))


def _foreign(info: os.stat_result, getuid: Any) -> bool:
    # Root may own it (a system-wide setup); any other user is someone else.
    return getuid is not None and info.st_uid not in (getuid(), 0)


def _fsync_directory(directory: Path) -> None:
    # Makes the rename itself durable; not every platform can open a directory, which is fine.
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
