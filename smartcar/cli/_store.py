"""The token file of the ``smartcar`` command: readable by its owner only, written atomically."""

from __future__ import annotations

import contextlib
import json
import os
import secrets
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; concurrent refreshes are not guarded
    fcntl = None  # type: ignore[assignment]

from ..types import Access
from ._errors import EXIT_USAGE, CliError

__all__ = ["DEFAULT_TOKEN_FILE_ENV", "TokenStore", "default_token_file"]

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

    Args:
        path: the token file.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock_fd: int | None = None

    def lock(self) -> None:
        """Hold an exclusive lock on ``<token file>.lock`` until this process exits.

        Refresh tokens rotate: two ``smartcar`` commands refreshing at once would each get a
        new one and the file would keep only the last, with the other already spent. The lock
        makes commands that use the tokens take turns; it is released when the process ends.
        """
        if self._lock_fd is not None or fcntl is None:  # no flock on this platform
            return
        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        lock_path = self.path.with_name(self.path.name + ".lock")
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
        except BaseException:
            os.close(fd)
            raise
        self._lock_fd = fd

    def release(self) -> None:
        """Release the lock taken by :meth:`lock`, if any."""
        fd, self._lock_fd = self._lock_fd, None
        if fd is not None:
            os.close(fd)  # closing the descriptor releases the flock

    def load(self) -> Access:
        """Read the tokens.

        Returns:
            The stored tokens.

        Raises:
            CliError: the file is missing (telling the user to run ``smartcar login``), cannot
                be read, or does not hold tokens.
        """
        try:
            self.lock()
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise CliError(
                f"no Smartcar tokens at {self.path}",
                exit_code=EXIT_USAGE,
                hint="run `smartcar login` first (or pass --token-file / set SMARTCAR_TOKEN_FILE)",
            ) from None
        except OSError as error:
            raise CliError(f"cannot read the token file {self.path}: {error}") from None
        try:
            return Access.from_dict(json.loads(text))
        except (ValueError, KeyError, TypeError) as error:
            raise CliError(
                f"the token file {self.path} is not valid ({type(error).__name__}: {error})",
                hint="run `smartcar login` to replace it",
            ) from None

    def save(self, access: Access) -> None:
        """Write the tokens: a new 0o600 file renamed over the old one.

        Args:
            access: the tokens to store.

        Raises:
            CliError: the directory or file cannot be written.
        """
        data = json.dumps(access.to_dict(), indent=2) + "\n"
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
