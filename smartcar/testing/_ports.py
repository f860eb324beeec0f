"""The simulator's port on the command line: ``--port``, else ``$SMARTCAR_SIMULATOR_PORT``."""

from __future__ import annotations

import argparse
import os

__all__ = ["SIMULATOR_PORT_ENV", "add_port_option"]

SIMULATOR_PORT_ENV = "SMARTCAR_SIMULATOR_PORT"
"""The environment variable that chooses a simulator's port where no option does."""


def add_port_option(
    parser: argparse.ArgumentParser, *, default: int = 0, flag: str = "--port"
) -> None:
    """Add the option that chooses the simulator's port to a command's parser.

    Its default is ``$SMARTCAR_SIMULATOR_PORT``, else ``default`` (0 picks a free port);
    a value that is not a number fails as a usage error, wherever it came from.

    Args:
        parser: the command's parser.
        default: the port without the option or the variable.
        flag: the option's name (``--simulator-port`` where ``--port`` is taken).
    """
    fallback = "a free one" if default == 0 else str(default)
    parser.add_argument(
        flag,
        type=int,
        # A string: argparse converts it with `type`, so a bad variable is a usage error too.
        default=os.environ.get(SIMULATOR_PORT_ENV, str(default)),
        metavar="PORT",
        help=f"the simulator's port (default: ${SIMULATOR_PORT_ENV}, else {fallback})",
    )
