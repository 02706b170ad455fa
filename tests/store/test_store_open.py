"""Opening the store: permissions, migrations, damaged files set aside, clear errors."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from companion.paths import AppPaths
from companion.store import SCHEMA_VERSION, CallRecord, Store, StoreError
from companion.store.schema import APPLICATION_ID, MIGRATIONS, migrate, table_columns

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix_only
def test_data_dir_0700_and_files_0600(clock) -> None:
    paths = AppPaths.from_environment()  # the suite points COMPANION_DATA_DIR at a temp dir
    with Store.open(paths.database_file, clock=clock) as store:
        store.add_call(CallRecord(1.0, 2.0))
        assert _mode(paths.data_dir) == 0o700
        assert _mode(paths.database_file) == 0o600
        wal = Path(f"{paths.database_file}-wal")
        assert wal.exists() and _mode(wal) == 0o600


@posix_only
def test_existing_loose_permissions_are_tightened(db_path: Path, clock) -> None:
    Store.open(db_path, clock=clock).close()
    os.chmod(db_path, 0o644)
    os.chmod(db_path.parent, 0o755)
    Store.open(db_path, clock=clock).close()
    assert _mode(db_path) == 0o600 and _mode(db_path.parent) == 0o700


def test_pragmas(store: Store) -> None:
    conn = store._conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert store.recovered_notice is None


def test_migrations_are_ordered_and_contiguous() -> None:
    assert [m.version for m in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))
    assert SCHEMA_VERSION == MIGRATIONS[-1].version >= 2


def test_v1_database_migrates_to_latest_keeping_rows(db_path: Path, clock) -> None:
    db_path.parent.mkdir(parents=True)
    conn = sqlite3.connect(db_path, isolation_level=None)
    assert migrate(conn, target=1) == 1
    assert "card_prefs" not in table_columns(conn)
    assert "feeling" not in table_columns(conn)["interventions"]
    conn.execute('INSERT INTO calls("start", "end", source, tense_s) VALUES (10, 70, "manual", 5)')
    conn.execute("INSERT INTO interventions(call_id, kind, item_id, offered_at, outcome) "
                 "VALUES (1, 'breathing', 'box', 80, 'completed')")
    conn.close()

    with Store.open(db_path, clock=clock) as store:
        assert store.recovered_notice is None
        assert store._conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert store.calls() == [CallRecord(10.0, 70.0, "manual", tense_s=5.0, id=1)]
        offer = store.interventions()[0]
        assert offer.item_id == "box" and offer.feeling is None and offer.call_id == 1
        store.update_intervention(offer.id, feeling="same")
        assert store.card_preferences() == {}
    # and a fresh database has exactly the same shape as a migrated one
    with (Store.open(db_path.with_name("fresh.sqlite3"), clock=clock) as fresh,
          Store.open(db_path, clock=clock) as migrated):
        assert table_columns(fresh._conn) == table_columns(migrated._conn)


def test_empty_file_is_initialised(db_path: Path, clock) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.touch()
    with Store.open(db_path, clock=clock) as store:
        assert store.recovered_notice is None
        store.add_call(CallRecord(1.0))
        assert len(store.calls()) == 1


def _assert_set_aside(db_path: Path, original: bytes, clock) -> None:
    with Store.open(db_path, clock=clock) as store:
        notice = store.recovered_notice
        assert notice is not None and "\n" not in notice
        assert "corrupt-20261123-120000" in notice
        store.add_call(CallRecord(1.0))  # the fresh database works
        assert len(store.calls()) == 1
    aside = db_path.with_name("companion.sqlite3.corrupt-20261123-120000")
    assert aside.read_bytes() == original  # never deleted, never modified
    # the fresh file opens cleanly next time
    with Store.open(db_path, clock=clock) as again:
        assert again.recovered_notice is None and len(again.calls()) == 1


def test_garbage_bytes_are_set_aside(db_path: Path, clock, rng) -> None:
    db_path.parent.mkdir(parents=True)
    garbage = rng.integers(0, 256, 5000, dtype="uint8").tobytes()
    db_path.write_bytes(garbage)
    _assert_set_aside(db_path, garbage, clock)


def test_text_file_is_set_aside(db_path: Path, clock) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_text("these are my notes\n")
    _assert_set_aside(db_path, db_path.read_bytes(), clock)


def _filled(db_path: Path, clock, n: int = 3000) -> None:
    from companion.store import MinuteAggregate

    with Store.open(db_path, clock=clock) as store:
        store.add_minutes(MinuteAggregate(60.0 * i, 40.0, 50.0, 60.0, 30.0, True)
                          for i in range(n))
        for i in range(200):
            store.add_call(CallRecord(1000.0 * i, 1000.0 * i + 300.0, "speech", 50.0, 70.0))


@pytest.mark.parametrize("keep_fraction", [0.5, 0.02])
def test_truncated_database_is_set_aside(db_path: Path, clock, keep_fraction: float) -> None:
    _filled(db_path, clock)
    data = db_path.read_bytes()
    assert len(data) > 40_000
    truncated = data[: int(len(data) * keep_fraction)]
    db_path.write_bytes(truncated)
    _assert_set_aside(db_path, truncated, clock)


def test_malformed_pages_are_set_aside(db_path: Path, clock) -> None:
    _filled(db_path, clock)
    data = bytearray(db_path.read_bytes())
    page = 4096
    for offset in range(2 * page, len(data), 3 * page):  # scribble over b-tree pages
        data[offset:offset + 64] = b"\xff" * 64
    db_path.write_bytes(bytes(data))
    _assert_set_aside(db_path, bytes(data), clock)


@pytest.mark.parametrize("app_id", [0, 0x12345678])
def test_database_of_another_program_is_set_aside(db_path: Path, clock, app_id: int) -> None:
    db_path.parent.mkdir(parents=True)
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA application_id = {app_id}")
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.execute("INSERT INTO recipes VALUES ('soup')")
    conn.commit()
    conn.close()
    _assert_set_aside(db_path, db_path.read_bytes(), clock)


def test_set_aside_never_overwrites_an_earlier_one(db_path: Path, clock) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"first garbage" * 100)
    Store.open(db_path, clock=clock).close()
    # same second, damaged again
    db_path.write_bytes(b"second garbage" * 100)
    with Store.open(db_path, clock=clock) as store:
        assert "corrupt-20261123-120000-1" in store.recovered_notice
    folder = sorted(p.name for p in db_path.parent.iterdir() if "corrupt" in p.name)
    assert folder == ["companion.sqlite3.corrupt-20261123-120000",
                      "companion.sqlite3.corrupt-20261123-120000-1"]


def test_newer_schema_is_refused_not_set_aside(db_path: Path, clock) -> None:
    Store.open(db_path, clock=clock).close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    with pytest.raises(StoreError, match="newer Companion") as info:
        Store.open(db_path, clock=clock)
    assert "\n" not in str(info.value)
    assert db_path.exists() and not list(db_path.parent.glob("*corrupt*"))


def test_locked_database_is_a_clear_error_not_corruption(db_path: Path, clock) -> None:
    Store.open(db_path, clock=clock).close()
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("INSERT INTO meta VALUES ('x', 'y')")
    try:
        with pytest.raises(StoreError, match="locked by another program") as info:
            Store.open(db_path, clock=clock, busy_timeout_s=0.05)
        assert str(info.value).count("\n") == 0 and str(db_path) in str(info.value)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert not list(db_path.parent.glob("*corrupt*"))


def test_lock_taken_after_open_gives_store_error_on_write(db_path: Path, clock) -> None:
    store = Store.open(db_path, clock=clock, busy_timeout_s=0.05)
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StoreError, match="locked"):
            store.add_call(CallRecord(1.0))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    store.add_call(CallRecord(1.0))  # usable again once the lock is gone
    assert len(store.calls()) == 1
    store.close()


def test_data_folder_that_is_a_file_is_a_clear_error(tmp_path: Path, clock) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("not a folder")
    with pytest.raises(StoreError) as info:
        Store.open(blocker / "companion.sqlite3", clock=clock)
    message = str(info.value)
    assert "data folder" in message and str(blocker) in message and "\n" not in message


@posix_only
def test_read_only_folder_is_a_clear_error() -> None:
    """As a normal user (root ignores permissions): a folder the user may not write in."""
    from helpers.unprivileged import open_folder, run_python

    code = ("import sys\nfrom companion.store import Store, StoreError\n"
            "try:\n    Store.open(sys.argv[1])\nexcept StoreError as exc:\n"
            "    print(exc.one_line())\n")
    with open_folder() as base:
        folder = base / "ro"
        folder.mkdir(mode=0o555)
        folder.chmod(0o555)
        result = run_python(code, str(folder / "companion.sqlite3"))
    assert result.returncode == 0, result.stderr
    line = result.stdout.strip()
    assert "cannot" in line and str(folder) in line and "\n" not in line


def test_read_only_database_file_is_a_clear_error(db_path: Path, clock) -> None:
    """Simulated with SQLite's read-only open (works as root too)."""
    Store.open(db_path, clock=clock).close()
    store = Store.open(db_path, clock=clock)
    store._conn.close()
    store._conn = sqlite3.connect(db_path.absolute().as_uri() + "?mode=ro", uri=True,
                                  isolation_level=None)
    with pytest.raises(StoreError, match="read-only"):
        store.add_call(CallRecord(1.0))
    store.close()


def test_orphan_wal_of_a_removed_database_is_not_replayed(db_path: Path, clock) -> None:
    """A -wal left behind when the database file was removed must not resurrect its rows."""
    import shutil

    with Store.open(db_path, clock=clock) as store:
        store.add_call(CallRecord(1.0, 2.0))
        # keep copies of the file and its journal while the rows are still only in the WAL
        saved_wal = db_path.parent / "saved-wal"
        shutil.copy(f"{db_path}-wal", saved_wal)
    db_path.unlink()
    Path(f"{db_path}-wal").unlink(missing_ok=True)
    shutil.copy(saved_wal, f"{db_path}-wal")
    with Store.open(db_path, clock=clock) as fresh:
        assert fresh.calls() == []
    assert list(db_path.parent.glob("companion.sqlite3.corrupt-*-wal"))


def test_companion_file_with_unexpected_tables_is_set_aside(db_path: Path, clock) -> None:
    Store.open(db_path, clock=clock).close()
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("DROP TABLE calls")
    conn.close()
    with Store.open(db_path, clock=clock) as store:
        assert "not the ones Companion writes" in store.recovered_notice
        store.add_call(CallRecord(1.0))


def test_permission_denied_on_create_is_a_clear_error(db_path: Path, clock,
                                                      monkeypatch) -> None:
    """What a read-only data folder does to a non-root user, simulated so it runs as root."""
    import companion.store.store as store_module

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(store_module.os, "open", denied)
    with pytest.raises(StoreError) as info:
        Store.open(db_path, clock=clock)
    message = str(info.value)
    assert message.startswith(f"cannot create {db_path}: Permission denied")
    assert "permission" in message.lower() and "\n" not in message


def test_permission_denied_on_data_folder_is_a_clear_error(db_path: Path, clock,
                                                           monkeypatch) -> None:
    import companion.store.store as store_module

    def denied(path):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(store_module, "ensure_private_dir", denied)
    with pytest.raises(StoreError, match="cannot create the data folder .*Permission denied"):
        Store.open(db_path, clock=clock)
