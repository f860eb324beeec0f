"""Exit statuses and the error type of the ``smartcar`` command."""

from __future__ import annotations

__all__ = ["EXIT_ERROR", "EXIT_INTERRUPTED", "EXIT_OK", "EXIT_USAGE", "CliError"]

EXIT_OK = 0
"""Everything succeeded."""
EXIT_ERROR = 1
"""The API, the network or the local system failed (or some vehicles of a fleet read did)."""
EXIT_USAGE = 2
"""The command line or configuration is wrong: bad arguments, missing credentials or tokens."""
EXIT_INTERRUPTED = 130
"""Interrupted with Ctrl+C (128 + SIGINT, as shells report it)."""


class CliError(Exception):
    """A failure the command reports in one message, with an exit status.

    Args:
        message: what went wrong, printed on stderr.
        exit_code: the process exit status (:data:`EXIT_ERROR` or :data:`EXIT_USAGE`).
        hint: an optional next step for the user, printed after the message.
    """

    def __init__(
        self, message: str, *, exit_code: int = EXIT_ERROR, hint: str | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.exit_code = exit_code
        self.hint = hint


def exit_status(code: object) -> int:
    if code is None:
        return EXIT_OK
    return code if isinstance(code, int) else EXIT_ERROR
