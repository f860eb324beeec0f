"""The app's SQLite database: users, their sessions and vehicles, and what webhooks reported.

One short-lived connection per operation (``sqlite3`` connections must not cross threads, and
the server answers each request on its own thread); WAL mode lets readers and the webhook
writer work at once. Tokens are stored as ``Access.to_dict()`` JSON and read back with
``Access.from_dict()``; a production app would also encrypt them at rest.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass
from typing import Any

import smartcar

SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    id INTEGER PRIMARY KEY,
    smartcar_user_id TEXT NOT NULL UNIQUE,  -- Connect's user_id: the sc-user-id of API v3
    access TEXT NOT NULL,                   -- Access.to_dict() as JSON (API v2.0 tokens)
    created_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS sessions (
    id TEXT PRIMARY KEY,                    -- random; the signed session cookie holds it
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS vehicles (
    id TEXT PRIMARY KEY,                    -- Smartcar's vehicle id
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    name TEXT
);
CREATE TABLE IF NOT EXISTS signals (        -- the latest value of each signal, from webhooks
    vehicle_id TEXT NOT NULL,
    code TEXT NOT NULL,
    body TEXT,                              -- the signal's body as JSON
    status TEXT,
    event_id TEXT,
    received_at REAL NOT NULL,
    PRIMARY KEY (vehicle_id, code)
);
CREATE TABLE IF NOT EXISTS deliveries (     -- webhooks.Deduplicator's keys (DeliveryStore)
    key TEXT PRIMARY KEY,
    expires_at REAL NOT NULL
);
"""


@dataclass(frozen=True)
class User:
    """A signed-in user: the local id, Smartcar's user id and the stored tokens."""

    id: int
    smartcar_user_id: str
    access: smartcar.Access


@dataclass(frozen=True)
class StoredSignal:
    """The latest value a webhook delivered for one signal of a vehicle."""

    code: str
    body: Any
    status: str | None
    received_at: float


class Database:
    """The app's tables in one SQLite file.

    Args:
        path: the database file; created with its tables if missing.
    """

    def __init__(self, path: str) -> None:
        self.path = path
        with self.connection() as db:
            db.execute("PRAGMA journal_mode=WAL")
            db.executescript(SCHEMA)

    @contextmanager
    def connection(self) -> Iterator[sqlite3.Connection]:
        """A new connection, committed (or rolled back) and closed when the block ends."""
        # closing() closes the connection; `with connection` commits (or rolls back) first.
        with closing(sqlite3.connect(self.path, timeout=10)) as db, db:
            db.execute("PRAGMA foreign_keys=ON")
            yield db

    # -- users and sessions -----------------------------------------------------------------

    def save_user(self, smartcar_user_id: str, access: smartcar.Access) -> int:
        """Create the user, or store their new tokens; return the local user id."""
        with self.connection() as db:
            db.execute(
                "INSERT INTO users (smartcar_user_id, access, created_at) VALUES (?, ?, ?) "
                "ON CONFLICT (smartcar_user_id) DO UPDATE SET access = excluded.access",
                (smartcar_user_id, json.dumps(access.to_dict()), time.time()),
            )
            row = db.execute(
                "SELECT id FROM users WHERE smartcar_user_id = ?", (smartcar_user_id,)
            ).fetchone()
        return int(row[0])

    def save_access(self, user_id: int, access: smartcar.Access) -> None:
        """Replace a user's tokens (refresh tokens rotate: always keep the latest)."""
        with self.connection() as db:
            db.execute(
                "UPDATE users SET access = ? WHERE id = ?",
                (json.dumps(access.to_dict()), user_id),
            )

    def delete_user(self, user_id: int) -> None:
        """Forget a user with their sessions and vehicles (their tokens no longer work)."""
        with self.connection() as db:
            db.execute("DELETE FROM users WHERE id = ?", (user_id,))

    def create_session(self, user_id: int) -> str:
        """A new unguessable session id for the user."""
        session_id = secrets.token_urlsafe(32)
        with self.connection() as db:
            db.execute(
                "INSERT INTO sessions (id, user_id, created_at) VALUES (?, ?, ?)",
                (session_id, user_id, time.time()),
            )
        return session_id

    def session_user(self, session_id: str) -> User | None:
        """The user of a session, or ``None`` for an unknown or signed-out session."""
        with self.connection() as db:
            row = db.execute(
                "SELECT users.id, users.smartcar_user_id, users.access FROM sessions "
                "JOIN users ON users.id = sessions.user_id WHERE sessions.id = ?",
                (session_id,),
            ).fetchone()
        if row is None:
            return None
        return User(int(row[0]), str(row[1]), smartcar.Access.from_dict(json.loads(row[2])))

    def delete_session(self, session_id: str) -> None:
        """Sign a session out; does nothing if it is unknown."""
        with self.connection() as db:
            db.execute("DELETE FROM sessions WHERE id = ?", (session_id,))

    # -- vehicles ---------------------------------------------------------------------------

    def set_vehicles(self, user_id: int, vehicle_ids: list[str]) -> None:
        """Record the vehicles a user shares now; vehicles no longer shared are forgotten."""
        with self.connection() as db:
            db.execute("DELETE FROM vehicles WHERE user_id = ?", (user_id,))
            db.executemany(
                "INSERT INTO vehicles (id, user_id) VALUES (?, ?) "
                "ON CONFLICT (id) DO UPDATE SET user_id = excluded.user_id",
                [(vehicle_id, user_id) for vehicle_id in vehicle_ids],
            )

    def owns_vehicle(self, user_id: int, vehicle_id: str) -> bool:
        """Whether the user shared this vehicle with the app."""
        with self.connection() as db:
            row = db.execute(
                "SELECT 1 FROM vehicles WHERE id = ? AND user_id = ?", (vehicle_id, user_id)
            ).fetchone()
        return row is not None

    # -- signals from webhooks --------------------------------------------------------------

    def save_signals(
        self, vehicle_id: str, event_id: str | None, signals: Sequence[Mapping[str, Any]]
    ) -> None:
        """Store the signals of one delivery (``code``, ``body``, ``status``) as the latest."""
        now = time.time()
        with self.connection() as db:
            db.executemany(
                "INSERT INTO signals (vehicle_id, code, body, status, event_id, received_at) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (vehicle_id, code) DO UPDATE SET "
                "body = excluded.body, status = excluded.status, event_id = excluded.event_id, "
                "received_at = excluded.received_at",
                [
                    (
                        vehicle_id,
                        s["code"],
                        json.dumps(s.get("body")),
                        s.get("status"),
                        event_id,
                        now,
                    )
                    for s in signals
                ],
            )

    def latest_signals(self, vehicle_id: str) -> list[StoredSignal]:
        """The latest value webhooks delivered for each signal of a vehicle, by code."""
        with self.connection() as db:
            rows = db.execute(
                "SELECT code, body, status, received_at FROM signals WHERE vehicle_id = ? "
                "ORDER BY code",
                (vehicle_id,),
            ).fetchall()
        return [StoredSignal(str(r[0]), json.loads(r[1]), r[2], float(r[3])) for r in rows]


class SQLiteDeliveryStore:
    """A `smartcar.webhooks.DeliveryStore` in the app's database.

    The deduplicator's memory survives restarts and is shared by every process that uses the
    same file; one ``INSERT`` decides atomically whether a key is new.
    """

    def __init__(self, database: Database) -> None:
        self._database = database

    def add_if_absent(self, key: str, ttl: float) -> bool:
        """Record ``key`` for ``ttl`` seconds; ``True`` if it was not already recorded."""
        now = time.time()
        with self._database.connection() as db:
            db.execute("DELETE FROM deliveries WHERE expires_at <= ?", (now,))
            cursor = db.execute(
                "INSERT OR IGNORE INTO deliveries (key, expires_at) VALUES (?, ?)",
                (key, now + ttl),
            )
            return cursor.rowcount == 1
