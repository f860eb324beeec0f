"""``python -m smartcar``: the ``smartcar`` command-line tool (see :mod:`smartcar.cli`)."""

from .cli import run

if __name__ == "__main__":
    run()
