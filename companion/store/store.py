"""The local SQLite store of aggregates (never audio).

Threading: a :class:`Store` belongs to the thread that opened it (the GUI thread in the app;
the main thread in the CLI). SQLite connections are not shared across threads. Another process
(for example ``companion data`` while the app runs) may open the same file: WAL journaling lets
readers and one writer work side by side, and waits up to ``busy_timeout_s`` for a lock.

The file lives in a private folder (0700) and is itself 0600 on POSIX. A file that is not a
readable Companion database is never deleted: it is renamed aside to
``<name>.corrupt-<YYYYmmdd-HHMMSS>``, a fresh database is created and
:attr:`Store.recovered_notice` says so in one line for the UI.

All times are epoch seconds; the clock is injected (``clock=time.time``) for tests.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import math
import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, TypeVar

from companion.fileio import (
    FileReadError,
    NotRegularFileError,
    describe_os_error,
    open_regular_file,
)
from companion.messages import Text, noop
from companion.paths import ensure_private_dir
from companion.store import export as _export
from companion.store.errors import StoreError
from companion.store.records import (
    CallRecord,
    CardPreference,
    DaySummary,
    InterventionRecord,
    MinuteAggregate,
    StoreStats,
    clean_arousal,
)
from companion.store.schema import (
    ALL_TABLES,
    APPLICATION_ID,
    DATA_TABLES,
    SCHEMA_VERSION,
    TIME_COLUMNS,
    migrate,
    table_columns,
)
from companion.store.summary import TENSE_CALL_MIN_S, local_day_bounds, summarize_day

#: Largest baseline JSON accepted (bytes); a baseline is a handful of numbers.
MAX_BASELINE_BYTES = 16 * 1024
#: :meth:`Store.maybe_purge` runs at most this often (seconds).
PURGE_INTERVAL_S = 24 * 3600.0
_SQLITE_HEADER = b"SQLite format 3\x00"

# SQLite primary result codes (https://www.sqlite.org/rescode.html).
_CORRUPT, _NOTADB = 11, 26
_BUSY, _LOCKED = 5, 6
_PERM, _READONLY, _CANTOPEN, _AUTH = 3, 8, 14, 23
_IOERR, _FULL = 10, 13

R = TypeVar("R")


class _CorruptError(Exception):
    """Internal: the file is not a usable Companion database (reason in ``args[0]``)."""


def _file_identity(path: Path) -> tuple[int, int] | None:
    """(device, inode) of the file at ``path``, or None when there is none."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


def _q(name: str) -> str:
    """Quote an SQL identifier (``start`` and ``end`` are keywords)."""
    return '"' + name.replace('"', '""') + '"'


def _fields(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


_MINUTE_FIELDS = _fields(MinuteAggregate)
_CALL_FIELDS = _fields(CallRecord)
_INTERVENTION_FIELDS = _fields(InterventionRecord)
_PREF_FIELDS = _fields(CardPreference)


def _new_row_id(cur: sqlite3.Cursor, path: Path) -> int:
    """The id an ``INSERT`` into a rowid table just made (sqlite3 sets ``lastrowid`` for it)."""
    if cur.lastrowid is None:
        raise StoreError(f"cannot write to {path}: the database did not report the new row",
                         "restart Companion; if this repeats, run 'companion data export'")
    return cur.lastrowid


def _sql_value(value: Any) -> Any:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def _primary_code(exc: sqlite3.Error) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def _is_corruption(exc: sqlite3.Error) -> bool:
    code = _primary_code(exc)
    if code is not None:
        return code in (_CORRUPT, _NOTADB)
    text = str(exc).lower()
    return "not a database" in text or "malformed" in text


def _store_error(exc: sqlite3.Error | OSError, failed: Text) -> StoreError:
    """Translate a low-level failure into one line: ``failed`` names what could not be done
    and the file (``Text("StoreError", "cannot open %1", path)``), then the reason."""
    if isinstance(exc, OSError):
        full = describe_os_error(exc) == "the disk is full"
        reason = Text("StoreError", "the disk is full") if full else exc.strerror or str(exc)
        return StoreError(Text("StoreError", "%1: %2", failed, reason),
                          Text("StoreError",
                               "check that the folder exists and that you may write to it"))
    code = _primary_code(exc)
    if code in (_BUSY, _LOCKED):
        return StoreError(Text("StoreError", "%1: the database is locked by another program",
                               failed),
                          Text("StoreError",
                               "close other Companion windows or tools using it and try again"))
    if code in (_PERM, _READONLY, _CANTOPEN, _AUTH):
        return StoreError(Text("StoreError", "%1: the file or its folder is read-only (%2)",
                               failed, exc),
                          Text("StoreError", "check permissions of the data folder"))
    if code == _FULL:
        return StoreError(Text("StoreError", "%1: %2", failed,
                               Text("StoreError", "the disk is full")),
                          Text("StoreError", "free some space"))
    if _is_corruption(exc):
        return StoreError(Text("StoreError", "%1: the database is damaged (%2)", failed, exc),
                          Text("StoreError", "restart Companion: it sets the damaged file aside"))
    return StoreError(Text("StoreError", "%1: %2", failed, exc))


#: What :meth:`Store._update` says when it cannot update a table (one sentence per table).
_UPDATE_IN = {"calls": noop("StoreError", "cannot update calls in %1"),
              "interventions": noop("StoreError", "cannot update interventions in %1")}


def _as_epoch(value: float | dt.datetime | dt.date | None) -> float | None:
    """Epoch seconds from a float, a datetime (naive = local time) or a date (local midnight)."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.timestamp()
    if isinstance(value, dt.date):
        return local_day_bounds(value)[0]
    return float(value)


def _expected_columns(version: int) -> dict[str, list[str]]:
    """The tables and columns a file at schema ``version`` has (built in memory, ~1 ms)."""
    mem = sqlite3.connect(":memory:", isolation_level=None)
    try:
        migrate(mem, target=version)
        return table_columns(mem)
    finally:
        mem.close()


def set_aside_copies(path: Path | str) -> list[Path]:
    """Damaged copies of the database at ``path`` that were set aside (``<name>.corrupt-*``),
    oldest name first. They hold the agent's data too: ``companion data`` lists them and
    ``delete --all`` removes them.
    """
    path = Path(path)
    try:
        return sorted(p for p in path.parent.glob(f"{path.name}.corrupt-*") if p.is_file())
    except OSError:
        return []


def _aside_path(path: Path, clock: Callable[[], float], *, suffix: str = "") -> Path:
    """A free name ``<name>.corrupt-<UTC time>[-n]<suffix>`` beside ``path`` for setting a
    damaged file aside (never overwriting an earlier one)."""
    stamp = time.strftime("%Y%m%d-%H%M%S", time.gmtime(clock()))
    aside = path.with_name(f"{path.name}.corrupt-{stamp}{suffix}")
    n = 1
    while aside.exists():
        aside = path.with_name(f"{path.name}.corrupt-{stamp}-{n}{suffix}")
        n += 1
    return aside

class Store:
    """The agent's stored aggregates. Create with :meth:`Store.open`; close with :meth:`close`
    (or use it as a context manager).
    """

    def __init__(self, conn: sqlite3.Connection, path: Path, *,
                 clock: Callable[[], float], recovered_notice: str | None = None,
                 busy_timeout_s: float = 5.0) -> None:
        """Use :meth:`open`; this only wraps an already checked and migrated connection."""
        self._conn = conn
        self.path = path
        self._clock = clock
        self._busy_timeout_s = busy_timeout_s
        self._identity = _file_identity(path)
        self._notices: list[str] = []
        #: One line for the UI when a damaged database was set aside at open, else ``None``.
        self.recovered_notice = recovered_notice

    # ------------------------------------------------------------------ opening

    @classmethod
    def open(cls, path: Path | str, *, clock: Callable[[], float] = time.time,
             busy_timeout_s: float = 5.0) -> Store:
        """Open (creating if needed) the store at ``path`` and bring its schema up to date.

        Parameters
        ----------
        path
            The database file, normally ``AppPaths.database_file``. Its folder is created
            private to the user.
        clock
            Epoch-seconds clock (names the ``.corrupt-`` file, stamps preferences).
        busy_timeout_s
            Seconds to wait for another process's lock before giving up.

        Raises
        ------
        StoreError
            The folder cannot be created, the file is locked or read-only, or it was written by
            a newer Companion. A *damaged* file does not raise: it is set aside.
        """
        path = Path(path)
        conn, notice = cls._open_connection(path, clock, busy_timeout_s)
        store = cls(conn, path, clock=clock, recovered_notice=notice,
                    busy_timeout_s=busy_timeout_s)
        try:
            if store._meta_get("created_at") is None:
                store._meta_set("created_at", repr(float(clock())))
        except StoreError:
            store.close()
            raise
        store._private_side_files()
        return store

    @classmethod
    def _open_connection(cls, path: Path, clock: Callable[[], float], busy_timeout_s: float
                         ) -> tuple[sqlite3.Connection, str | None]:
        """A checked, migrated connection to ``path`` and the set-aside notice (or None)."""
        try:
            ensure_private_dir(path.parent)
        except OSError as exc:
            raise _store_error(exc, Text("StoreError", "cannot create the data folder %1",
                                                 path.parent)) from None
        notice = None
        if path.exists():
            try:
                cls._inspect(path, busy_timeout_s)
            except _CorruptError as bad:
                aside = cls._set_aside(path, clock)
                notice = Text("StoreNotice", "Your Companion history could not be read (%1) "
                              "and was kept aside as %2; a new, empty history was started.",
                              bad.args[0], aside.name)
        try:
            if not path.exists():
                cls._set_aside_orphan_journal(path, clock)
                fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
                os.close(fd)
            if os.name == "posix":
                os.chmod(path, 0o600)
        except OSError as exc:
            raise _store_error(exc, Text("StoreError", "cannot create %1", path)) from None
        conn = None
        try:
            conn = cls._connect(path, busy_timeout_s)
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":  # pragma: no cover - e.g. network file systems
                conn.execute("PRAGMA journal_mode = DELETE")
            migrate(conn)
        except sqlite3.Error as exc:
            if conn is not None:
                conn.close()
            raise _store_error(exc, Text("StoreError", "cannot open %1", path)) from None
        return conn, notice

    def _follow_path(self) -> None:
        """Before a write: if the file at :attr:`path` was deleted or replaced while open (the
        connection would write into a file nobody can see, lost at exit), close it and open
        the file now at the path (a new one if there is none), with a notice
        (:meth:`take_notices`)."""
        if self._conn is None or _file_identity(self.path) == self._identity:
            return
        gone = not self.path.exists()
        with contextlib.suppress(sqlite3.Error):
            # Into the old (unlinked) file: its journal must not be replayed into a new one.
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        with contextlib.suppress(sqlite3.Error):
            self._conn.close()
        self._conn = None  # type: ignore[assignment]
        try:
            self._set_aside_orphan_journal(self.path, self._clock)
        except OSError as exc:
            raise _store_error(exc, Text("StoreError",
                                                 "cannot set aside the old journal of %1",
                                                 self.path)) from None
        conn, aside_notice = self._open_connection(self.path, self._clock, self._busy_timeout_s)
        self._conn = conn
        self._identity = _file_identity(self.path)
        with contextlib.suppress(StoreError):
            if self._meta_get("created_at") is None:
                self._meta_set("created_at", repr(float(self._clock())))
        self._private_side_files()
        self._notices.append(
            Text("StoreNotice", "Your Companion history %1 was deleted while Companion was "
                 "running; Companion now keeps it in a new file there.", self.path) if gone
            else Text("StoreNotice", "Your Companion history %1 was replaced by another file "
                      "while Companion was running; Companion now keeps it in that file there.",
                      self.path))
        if aside_notice:
            self._notices.append(aside_notice)

    def take_notices(self) -> list[str]:
        """Lines for the UI about the store since the last call (e.g. a deleted file)."""
        notices, self._notices = self._notices, []
        return notices

    @staticmethod
    def _connect(path: Path, busy_timeout_s: float, *, must_exist: bool = False
                 ) -> sqlite3.Connection:
        target = path.absolute().as_uri() + ("?mode=rw" if must_exist else "")
        conn = sqlite3.connect(target, uri=True, timeout=busy_timeout_s, isolation_level=None)
        conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_s * 1000)}")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA synchronous = NORMAL")
        return conn

    @classmethod
    def _inspect(cls, path: Path, busy_timeout_s: float) -> None:
        """Check an existing file. Raises ``_CorruptError`` (set it aside) or ``StoreError``."""
        try:
            with open_regular_file(path, "history") as fh:   # a FIFO would block open()
                header = fh.read(len(_SQLITE_HEADER))
        except NotRegularFileError as exc:
            raise _CorruptError(exc.detail) from None
        except FileReadError as exc:
            raise StoreError(exc.message, exc.hint) from None
        except OSError as exc:
            raise _store_error(exc, Text("StoreError", "cannot read %1", path)) from None
        if not header:
            return  # an empty file is an empty database: initialise it
        if header != _SQLITE_HEADER:
            raise _CorruptError("not a database file")
        try:
            conn = cls._connect(path, busy_timeout_s, must_exist=True)
        except sqlite3.Error as exc:
            if _is_corruption(exc):
                raise _CorruptError(str(exc)) from None
            raise _store_error(exc, Text("StoreError", "cannot open %1", path)) from None
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = conn.execute(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
            ).fetchone()[0]
            if app_id == 0 and tables == 0 and version == 0:
                return  # created but never initialised
            if app_id != APPLICATION_ID:
                raise _CorruptError("it belongs to another program")
            if version > SCHEMA_VERSION:
                raise StoreError(
                    f"{path} was written by a newer Companion (schema {version}, this one "
                    f"reads up to {SCHEMA_VERSION})", "update Companion to open it")
            problems = [row[0] for row in conn.execute("PRAGMA quick_check")]
            if problems != ["ok"]:
                raise _CorruptError(f"damaged: {problems[0]}")
            if table_columns(conn) != _expected_columns(version):
                raise _CorruptError("its tables are not the ones Companion writes")
        except sqlite3.Error as exc:
            if _is_corruption(exc):
                raise _CorruptError(str(exc)) from None
            raise _store_error(exc, Text("StoreError", "cannot open %1", path)) from None
        finally:
            conn.close()

    @staticmethod
    def _set_aside(path: Path, clock: Callable[[], float]) -> Path:
        """Rename a damaged file (and its -wal/-shm side files) to ``.corrupt-<time>``."""
        aside = _aside_path(path, clock)
        try:
            os.replace(path, aside)
            for suffix in ("-wal", "-shm"):
                side = Path(f"{path}{suffix}")
                if side.exists():
                    os.replace(side, Path(f"{aside}{suffix}"))
        except OSError as exc:
            raise StoreError(
                f"{path} is damaged and cannot be moved aside: {exc.strerror}",
                "move or rename it yourself, then start Companion again") from None
        return aside

    @classmethod
    def _set_aside_orphan_journal(cls, path: Path, clock: Callable[[], float]) -> None:
        """A ``-wal`` left behind by a database that no longer exists (or was replaced) would
        be replayed into the new file (resurrecting rows, or worse, pages of another file);
        set it aside like a damaged file (an empty one is simply removed), and drop its
        ``-shm`` index (which holds no data).
        """
        wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
        if wal.exists():
            if wal.stat().st_size == 0:  # an empty journal holds nothing to keep
                wal.unlink()
            else:
                os.replace(wal, _aside_path(path, clock, suffix="-wal"))
        if shm.exists():
            shm.unlink()

    def _private_side_files(self) -> None:
        if os.name != "posix":
            return
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(OSError):
                os.chmod(f"{self.path}{suffix}", 0o600)

    def close(self) -> None:
        """Checkpoint and close the connection (idempotent)."""
        if self._conn is None:
            return
        with contextlib.suppress(sqlite3.Error):
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self._conn.close()
        self._conn = None  # type: ignore[assignment]

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ plumbing

    @contextlib.contextmanager
    def _guard(self, action: str) -> Iterator[sqlite3.Connection]:
        """Yield the connection; turn SQLite failures into one-line :class:`StoreError`.
        ``action`` is a ``StoreError`` template marked with ``noop`` (``%1``: the file)."""
        if self._conn is None:
            raise StoreError(f"the store {self.path} is closed", "open it again")
        try:
            yield self._conn
        except sqlite3.Error as exc:
            raise _store_error(exc, Text("StoreError", action, self.path)) from None

    @contextlib.contextmanager
    def _write(self, action: str) -> Iterator[sqlite3.Connection]:
        """A write transaction (committed on success, rolled back on error), always into the
        file that is at :attr:`path` now (:meth:`_follow_path`)."""
        self._follow_path()
        with self._guard(action) as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise

    def _meta_get(self, key: str) -> str | None:
        with self._guard(noop("StoreError", "cannot read %1")) as conn:
            row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else row[0]

    def _meta_set(self, key: str, value: str) -> None:
        with self._write(noop("StoreError", "cannot write %1")) as conn:
            conn.execute("INSERT INTO meta(key, value) VALUES (?, ?) "
                         "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))

    def _select(self, cls: type[R], table: str, where: str = "", params: tuple = (),
                order: str = "") -> list[R]:
        fields = _fields(cls)
        sql = f"SELECT {', '.join(map(_q, fields))} FROM {table}"
        if where:
            sql += f" WHERE {where}"
        if order:
            sql += f" ORDER BY {order}"
        with self._guard(noop("StoreError", "cannot read %1")) as conn:
            rows = conn.execute(sql, params).fetchall()
        return [cls(*row) for row in rows]

    @staticmethod
    def _span(since: float | None, until: float | None, column: str) -> tuple[str, tuple]:
        clauses, params = [], []
        if since is not None:
            clauses.append(f"{_q(column)} >= ?")
            params.append(float(since))
        if until is not None:
            clauses.append(f"{_q(column)} < ?")
            params.append(float(until))
        return " AND ".join(clauses), tuple(params)

    # ------------------------------------------------------------------ minutes

    def add_minute(self, minute: MinuteAggregate) -> None:
        """Store one minute (replacing a row for the same ``minute_start``)."""
        self.add_minutes([minute])

    def add_minutes(self, minutes: Iterable[MinuteAggregate]) -> int:
        """Store many minutes in one transaction; returns how many."""
        cols = ", ".join(map(_q, _MINUTE_FIELDS))
        marks = ", ".join("?" for _ in _MINUTE_FIELDS)
        updates = ", ".join(f"{_q(f)} = excluded.{_q(f)}" for f in _MINUTE_FIELDS[1:])
        sql = (f"INSERT INTO minutes({cols}) VALUES ({marks}) "
               f"ON CONFLICT(minute_start) DO UPDATE SET {updates}")
        rows = [tuple(_sql_value(getattr(m, f)) for f in _MINUTE_FIELDS) for m in minutes]
        with self._write(noop("StoreError", "cannot write minutes to %1")) as conn:
            conn.executemany(sql, rows)
        return len(rows)

    def minutes(self, since: float | None = None, until: float | None = None
                ) -> list[MinuteAggregate]:
        """Minutes with ``since <= minute_start < until`` (epoch s; ``None`` = open), oldest first."""
        where, params = self._span(since, until, "minute_start")
        return self._select(MinuteAggregate, "minutes", where, params, "minute_start")

    # ------------------------------------------------------------------ calls

    def add_call(self, call: CallRecord) -> int:
        """Store a call (``call.id`` is ignored); returns its new id."""
        fields = _CALL_FIELDS[:-1]
        sql = (f"INSERT INTO calls({', '.join(map(_q, fields))}) "
               f"VALUES ({', '.join('?' for _ in fields)})")
        with self._write(noop("StoreError", "cannot write a call to %1")) as conn:
            cur = conn.execute(sql, tuple(_sql_value(getattr(call, f)) for f in fields))
        return _new_row_id(cur, self.path)

    def get_call(self, call_id: int) -> CallRecord | None:
        """The call with ``call_id``, or ``None`` when it is not (or no longer) stored."""
        found = self._select(CallRecord, "calls", "id = ?", (call_id,))
        return found[0] if found else None

    def update_call(self, call_id: int, **changes: Any) -> CallRecord:
        """Change fields of a stored call (e.g. ``end=..., tense_s=...``); returns the result.

        Raises ``KeyError`` when the call is not stored, ``ValueError``/``TypeError`` for bad
        field names or values.
        """
        current = self.get_call(call_id)
        if current is None:
            raise KeyError(f"no call with id {call_id}")
        updated = dataclasses.replace(current, **changes, id=call_id)
        self._update("calls", _CALL_FIELDS[:-1], updated, call_id)
        return updated

    def calls(self, since: float | None = None, until: float | None = None) -> list[CallRecord]:
        """Calls that started in ``[since, until)``, oldest first."""
        where, params = self._span(since, until, "start")
        return self._select(CallRecord, "calls", where, params, '"start", id')

    def _update(self, table: str, fields: tuple[str, ...], record: Any, row_id: int) -> None:
        sets = ", ".join(f"{_q(f)} = ?" for f in fields)
        values = tuple(_sql_value(getattr(record, f)) for f in fields)
        with self._write(_UPDATE_IN[table]) as conn:
            conn.execute(f"UPDATE {table} SET {sets} WHERE id = ?", (*values, row_id))

    # ------------------------------------------------------------------ interventions

    def add_intervention(self, record: InterventionRecord) -> int:
        """Store an offer (``record.id`` is ignored); returns its new id. A ``call_id`` that
        is not stored is kept as ``None``.
        """
        fields = _INTERVENTION_FIELDS[:-1]
        values = {f: _sql_value(getattr(record, f)) for f in fields}
        with self._write(noop("StoreError", "cannot write an offer to %1")) as conn:
            if values["call_id"] is not None and conn.execute(
                    "SELECT 1 FROM calls WHERE id = ?", (values["call_id"],)).fetchone() is None:
                values["call_id"] = None
            cur = conn.execute(
                f"INSERT INTO interventions({', '.join(map(_q, fields))}) "
                f"VALUES ({', '.join('?' for _ in fields)})", tuple(values.values()))
        return _new_row_id(cur, self.path)

    def get_intervention(self, intervention_id: int) -> InterventionRecord | None:
        """The offer with ``intervention_id``, or ``None``."""
        found = self._select(InterventionRecord, "interventions", "id = ?", (intervention_id,))
        return found[0] if found else None

    def update_intervention(self, intervention_id: int, **changes: Any) -> InterventionRecord:
        """Change fields of a stored offer (``outcome=``, ``feeling=``, ``arousal_after=``...)."""
        current = self.get_intervention(intervention_id)
        if current is None:
            raise KeyError(f"no intervention with id {intervention_id}")
        updated = dataclasses.replace(current, **changes, id=intervention_id)
        self._update("interventions", _INTERVENTION_FIELDS[:-1], updated, intervention_id)
        return updated

    def delete_intervention(self, intervention_id: int) -> bool:
        """Remove one stored offer (a provisional row the app replaces); True if it was
        there."""
        with self._write(noop("StoreError", "cannot delete an offer from %1")) as conn:
            cur = conn.execute("DELETE FROM interventions WHERE id = ?", (int(intervention_id),))
        return cur.rowcount > 0

    def record_arousal_after(self, arousal: float | None, *, since: float,
                             until: float | None = None) -> int:
        """Fill ``arousal_after`` (the arousal at the start of the next call) on every offer
        made in ``[since, until)`` that has none yet. Returns how many were updated.
        """
        value = clean_arousal(arousal)
        if value is None:
            return 0
        where, params = self._span(since, until, "offered_at")
        with self._write(noop("StoreError", "cannot update offers in %1")) as conn:
            cur = conn.execute(
                f"UPDATE interventions SET arousal_after = ? WHERE arousal_after IS NULL "
                f"AND {where}", (value, *params))
        return cur.rowcount

    def interventions(self, since: float | None = None, until: float | None = None
                      ) -> list[InterventionRecord]:
        """Offers made in ``[since, until)``, oldest first."""
        where, params = self._span(since, until, "offered_at")
        return self._select(InterventionRecord, "interventions", where, params, "offered_at, id")

    # ------------------------------------------------------------------ card preferences

    def set_card_preference(self, pref: CardPreference) -> CardPreference:
        """Store the agent's marks on one card (replacing earlier ones); returns what was stored
        (``updated_at`` filled from the clock when ``None``).
        """
        if pref.updated_at is None:
            pref = dataclasses.replace(pref, updated_at=float(self._clock()))
        cols = ", ".join(map(_q, _PREF_FIELDS))
        updates = ", ".join(f"{_q(f)} = excluded.{_q(f)}" for f in _PREF_FIELDS[1:])
        with self._write(noop("StoreError", "cannot write card preferences to %1")) as conn:
            conn.execute(
                f"INSERT INTO card_prefs({cols}) VALUES ({', '.join('?' for _ in _PREF_FIELDS)}) "
                f"ON CONFLICT(card_id) DO UPDATE SET {updates}",
                tuple(_sql_value(getattr(pref, f)) for f in _PREF_FIELDS))
        return pref

    def card_preferences(self) -> dict[str, CardPreference]:
        """Every card preference, by card id."""
        return {p.card_id: p for p in self._select(CardPreference, "card_prefs", order="card_id")}

    def clear_card_preference(self, card_id: str) -> None:
        """Forget the marks on one card."""
        with self._write(noop("StoreError", "cannot write card preferences to %1")) as conn:
            conn.execute("DELETE FROM card_prefs WHERE card_id = ?", (card_id,))

    # ------------------------------------------------------------------ baseline

    def save_baseline(self, data: Mapping[str, Any], *, saved_at: float | None = None) -> None:
        """Store the agent's voice baseline (a small JSON object of numbers), replacing the
        previous one. Raises ``ValueError`` when it is not JSON-serialisable, has non-finite
        numbers or exceeds :data:`MAX_BASELINE_BYTES`.
        """
        text = json.dumps(dict(data), allow_nan=False, sort_keys=True)
        if len(text.encode("utf-8")) > MAX_BASELINE_BYTES:
            raise ValueError(f"baseline JSON is larger than {MAX_BASELINE_BYTES} bytes")
        when = float(self._clock() if saved_at is None else saved_at)
        with self._write(noop("StoreError", "cannot write the baseline to %1")) as conn:
            conn.execute("INSERT INTO baseline(id, saved_at, data) VALUES (1, ?, ?) "
                         "ON CONFLICT(id) DO UPDATE SET saved_at = excluded.saved_at, "
                         "data = excluded.data", (when, text))

    def load_baseline(self) -> dict[str, Any] | None:
        """The stored baseline, or ``None`` when there is none (or it is unreadable)."""
        with self._guard(noop("StoreError", "cannot read the baseline from %1")) as conn:
            row = conn.execute("SELECT data FROM baseline WHERE id = 1").fetchone()
        if row is None:
            return None
        try:
            value = json.loads(row[0])
        except ValueError:
            return None
        return value if isinstance(value, dict) else None

    def forget_baseline(self) -> None:
        """Delete the stored baseline (the agent recalibrates, e.g. for a new headset)."""
        with self._write(noop("StoreError", "cannot delete the baseline from %1")) as conn:
            conn.execute("DELETE FROM baseline WHERE id = 1")

    def baseline_saved_at(self) -> float | None:
        """When the baseline was last saved (epoch s), or ``None``."""
        with self._guard(noop("StoreError", "cannot read the baseline from %1")) as conn:
            row = conn.execute("SELECT saved_at FROM baseline WHERE id = 1").fetchone()
        return None if row is None else float(row[0])

    # ------------------------------------------------------------------ summaries

    def _in_call_arousal(self, start: float, end: float) -> float | None:
        with self._guard(noop("StoreError", "cannot read %1")) as conn:
            row = conn.execute(
                "SELECT avg(arousal_mean) FROM minutes WHERE in_call = 1 "
                "AND minute_start >= ? AND minute_start < ?", (start, end)).fetchone()
        return None if row[0] is None else float(row[0])

    def day_summary(self, day_start: float, day_end: float, *,
                    tense_call_min_s: float = TENSE_CALL_MIN_S) -> DaySummary:
        """The dashboard summary of ``[day_start, day_end)`` (see :mod:`companion.store.summary`)."""
        return summarize_day(day_start, day_end, self.calls(day_start, day_end),
                             self.interventions(day_start, day_end),
                             arousal_mean=self._in_call_arousal(day_start, day_end),
                             tense_call_min_s=tense_call_min_s)

    def week_summary(self, first_day: dt.date, *, days: int = 7,
                     tense_call_min_s: float = TENSE_CALL_MIN_S) -> list[DaySummary]:
        """One :class:`DaySummary` per local calendar day from ``first_day``, ``days`` long."""
        bounds = [local_day_bounds(first_day + dt.timedelta(days=i)) for i in range(days)]
        if not bounds:
            return []
        start, end = bounds[0][0], bounds[-1][1]
        calls = self.calls(start, end)
        offers = self.interventions(start, end)
        return [
            summarize_day(s, e, calls, offers, arousal_mean=self._in_call_arousal(s, e),
                          tense_call_min_s=tense_call_min_s)
            for s, e in bounds
        ]

    # ------------------------------------------------------------------ retention and deletion

    def _delete_older(self, cutoff: float | None) -> dict[str, int]:
        counts: dict[str, int] = {}
        with self._write(noop("StoreError", "cannot delete from %1")) as conn:
            for table in DATA_TABLES:
                if cutoff is None:
                    cur = conn.execute(f"DELETE FROM {table}")
                else:
                    cur = conn.execute(
                        f"DELETE FROM {table} WHERE {_q(TIME_COLUMNS[table])} < ?", (cutoff,))
                counts[table] = max(cur.rowcount, 0)
        return counts

    def _compact(self) -> None:
        """VACUUM and truncate the WAL so deleted rows are gone from the files on disk."""
        with self._guard(noop("StoreError", "cannot compact %1")) as conn:
            conn.execute("VACUUM")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def purge(self, retention_days: float, now: float | None = None) -> int:
        """Delete every row older than ``retention_days`` before ``now`` (epoch s) from every
        data table, then compact the file. Returns the number of rows deleted.
        """
        if not retention_days > 0:
            raise ValueError(f"retention_days must be positive, not {retention_days!r}")
        now = float(self._clock() if now is None else now)
        counts = self._delete_older(now - retention_days * 86400.0)
        deleted = sum(counts.values())
        if deleted:
            self._compact()
        self._meta_set("last_purge", repr(now))
        return deleted

    def maybe_purge(self, retention_days: float, now: float | None = None) -> int | None:
        """:meth:`purge` if the last one was at least a day ago (or never); returns the rows
        deleted, or ``None`` when it was not due.
        """
        now = float(self._clock() if now is None else now)
        last = self._meta_get("last_purge")
        try:
            last_time = float(last) if last is not None else None
        except ValueError:
            last_time = None
        if last_time is not None and 0 <= now - last_time < PURGE_INTERVAL_S:
            return None
        return self.purge(retention_days, now)

    def delete(self, before: float | dt.datetime | dt.date | None = None) -> dict[str, int]:
        """Delete everything (``before=None``) or everything older than ``before`` (epoch s, a
        datetime — naive means local time — or a date meaning its local midnight), then VACUUM
        and truncate the WAL so the rows are gone from the files. Returns rows deleted per table.
        """
        counts = self._delete_older(_as_epoch(before))
        self._compact()
        return counts

    # ------------------------------------------------------------------ export and stats

    def _dump(self) -> _export.TableDump:
        tables: _export.TableDump = {}
        with self._guard(noop("StoreError", "cannot read %1")) as conn:
            conn.execute("BEGIN")  # one consistent snapshot of every table
            try:
                for table in ALL_TABLES:
                    cur = conn.execute(f"SELECT * FROM {table} ORDER BY rowid")
                    tables[table] = ([d[0] for d in cur.description], cur.fetchall())
            finally:
                conn.execute("COMMIT")
        return tables

    def export(self, path: Path | str, fmt: str = "json") -> Path:
        """Write every table to ``path`` (``fmt`` ``"json"``: one file; ``"csv"``: a new folder
        of ``<table>.csv`` files). Never overwrites. Returns ``path``.
        """
        path = Path(path)
        if fmt not in _export.EXPORT_FORMATS:
            raise StoreError(f"unknown export format {fmt!r}",
                             f"use one of {', '.join(_export.EXPORT_FORMATS)}")
        tables = self._dump()
        if fmt == "json":
            _export.write_json(path, tables, {"schema_version": SCHEMA_VERSION,
                                              "exported_at": float(self._clock())})
        else:
            _export.write_csv(path, tables)
        return path

    def stats(self) -> StoreStats:
        """Row counts, time range, size and schema version (for ``companion data summary``)."""
        counts: dict[str, int] = {}
        firsts: list[float] = []
        lasts: list[float] = []
        with self._guard(noop("StoreError", "cannot read %1")) as conn:
            for table in DATA_TABLES:
                column = _q(TIME_COLUMNS[table])
                n, lo, hi = conn.execute(
                    f"SELECT count(*), min({column}), max({column}) FROM {table}").fetchone()
                counts[table] = int(n)
                if lo is not None and table in ("minutes", "calls", "interventions"):
                    firsts.append(float(lo))
                    lasts.append(float(hi))
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        size = 0
        for suffix in ("", "-wal"):
            with contextlib.suppress(OSError):
                size += os.path.getsize(f"{self.path}{suffix}")
        return StoreStats(path=str(self.path), size_bytes=size, counts=counts,
                          first=min(firsts) if firsts else None,
                          last=max(lasts) if lasts else None, schema_version=version)
