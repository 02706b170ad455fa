"""The database schema as an ordered list of migrations.

``PRAGMA user_version`` holds the number of migrations applied; ``PRAGMA application_id`` marks
the file as Companion's (a SQLite file without it, or with another id, belongs to some other
program and is never written to). A new version appends a migration here and documents its
columns in ``docs/privacy.md`` — ``tests/store`` fails when the two disagree.

Runs on whichever thread owns the connection (the GUI thread in the app).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

#: ``PRAGMA application_id`` of a Companion store: ASCII "CPNS".
APPLICATION_ID = 0x43504E53


@dataclass(frozen=True)
class Migration:
    """One schema step: ``statements`` take the file from ``version - 1`` to ``version``."""

    version: int
    description: str
    statements: Sequence[str]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "minutes, calls, interventions, baseline, meta",
        (
            """CREATE TABLE meta (
                key TEXT PRIMARY KEY,
                value TEXT NOT NULL
            )""",
            """CREATE TABLE minutes (
                minute_start REAL PRIMARY KEY,
                arousal_min REAL,
                arousal_mean REAL,
                arousal_max REAL,
                speech_s REAL NOT NULL DEFAULT 0,
                in_call INTEGER NOT NULL DEFAULT 0
            )""",
            """CREATE TABLE calls (
                id INTEGER PRIMARY KEY,
                "start" REAL NOT NULL,
                "end" REAL,
                source TEXT NOT NULL,
                arousal_mean REAL,
                arousal_peak REAL,
                tense_s REAL NOT NULL DEFAULT 0,
                recovery_s REAL
            )""",
            """CREATE TABLE interventions (
                id INTEGER PRIMARY KEY,
                call_id INTEGER REFERENCES calls(id) ON DELETE SET NULL,
                kind TEXT NOT NULL,
                item_id TEXT NOT NULL,
                offered_at REAL NOT NULL,
                outcome TEXT NOT NULL,
                arousal_before REAL,
                arousal_after REAL
            )""",
            """CREATE TABLE baseline (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                saved_at REAL NOT NULL,
                data TEXT NOT NULL
            )""",
        ),
    ),
    Migration(
        2,
        "card preferences, the feeling after breathing, indexes for the dashboard",
        (
            "ALTER TABLE interventions ADD COLUMN feeling TEXT",
            """CREATE TABLE card_prefs (
                card_id TEXT PRIMARY KEY,
                pinned INTEGER NOT NULL DEFAULT 0,
                hidden INTEGER NOT NULL DEFAULT 0,
                helpful INTEGER,
                updated_at REAL NOT NULL
            )""",
            'CREATE INDEX calls_by_start ON calls("start")',
            "CREATE INDEX interventions_by_offered_at ON interventions(offered_at)",
            "CREATE INDEX interventions_by_call ON interventions(call_id)",
        ),
    ),
    Migration(
        3,
        "calls cut short by the end of the session (sign-out, shutdown, quit)",
        ("ALTER TABLE calls ADD COLUMN cut_short INTEGER NOT NULL DEFAULT 0",),
    ),
)

#: The schema version this code reads and writes.
SCHEMA_VERSION = MIGRATIONS[-1].version

#: Tables holding the agent's data (everything ``delete`` and ``purge`` clear), in export order.
DATA_TABLES = ("minutes", "calls", "interventions", "baseline", "card_prefs")
#: Every table, ``meta`` (schema bookkeeping: ``created_at``, ``last_purge``) last.
ALL_TABLES = (*DATA_TABLES, "meta")
#: The time column each data table is aged by (retention and ``delete --before``).
TIME_COLUMNS = {
    "minutes": "minute_start",
    "calls": "start",
    "interventions": "offered_at",
    "baseline": "saved_at",
    "card_prefs": "updated_at",
}


def migrate(conn: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Apply the missing migrations up to ``target``, each in its own transaction.

    ``conn`` must be in autocommit mode (``isolation_level=None``). Safe against a second
    process migrating at the same time (the version is re-read under the write lock).
    Returns the version reached.
    """
    for migration in MIGRATIONS:
        if migration.version > target:
            break
        conn.execute("BEGIN IMMEDIATE")
        try:
            current = conn.execute("PRAGMA user_version").fetchone()[0]
            if current >= migration.version:
                conn.execute("ROLLBACK")
                continue
            for statement in migration.statements:
                conn.execute(statement)
            if migration.version == 1:
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version = {migration.version}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def table_columns(conn: sqlite3.Connection) -> dict[str, list[str]]:
    """``{table: [column, ...]}`` of every table in the file (SQLite's own tables excluded)."""
    names = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
    ]
    return {
        name: [row[1] for row in conn.execute(f'PRAGMA table_info("{name}")')] for name in names
    }
