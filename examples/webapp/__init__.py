"""A small Flask app on Smartcar: Connect, API v3 vehicle pages with commands, and webhooks.

Run it against the embedded simulator, from the repository root after ``make install``::

    .venv/bin/python -m examples.webapp --simulator

The parts: ``app`` (the factory, sessions, CSRF, headers), ``connect`` (signing in and out),
``vehicles`` (the list, a vehicle's page, commands), ``webhooks`` (the webhook endpoint),
``db`` (SQLite), ``serve`` (the server and the simulator) and ``__main__`` (the command).
Flask comes with the ``examples`` extra (``pip install 'smartcar[examples]'``); the SDK never
needs it.
"""

import sys

try:
    from .app import (
        SCOPE,
        SESSION_COOKIE,
        STATE_MAX_AGE,
        Services,
        create_app,
        services,
        services_of,
    )
    from .db import Database, SQLiteDeliveryStore
except ModuleNotFoundError as missing:
    # Usually a Python without the project's packages (a plain `python` instead of .venv's).
    raise ModuleNotFoundError(
        f"{missing.name} is not installed for {sys.executable}. From the repository root, run "
        "`make install`, then `.venv/bin/python -m examples.webapp --simulator`; elsewhere, "
        "pip install 'smartcar[examples]'.",
        name=missing.name,
    ) from missing

__all__ = [
    "SCOPE",
    "SESSION_COOKIE",
    "STATE_MAX_AGE",
    "Database",
    "SQLiteDeliveryStore",
    "Services",
    "create_app",
    "services",
    "services_of",
]
