"""The store when its file is deleted or replaced under it (item 7), the data-folder lock
(item 8) and the cut-short column (item 5)."""

from __future__ import annotations

import os
import shutil
import socket
import sqlite3
from pathlib import Path

import pytest

from companion.store import (
    CallRecord,
    DataFolderLock,
    FolderInUseError,
    MinuteAggregate,
    Store,
    StoreError,
    set_aside_copies,
)
from companion.store.schema import migrate


def test_deleted_file_is_noticed_and_a_fresh_one_started(store: Store, db_path: Path) -> None:
    """Regression: after the file was deleted everything went into the unlinked file."""
    store.add_call(CallRecord(100.0, 200.0))
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    store.add_call(CallRecord(300.0, 400.0))
    assert db_path.exists()
    (notice,) = store.take_notices()
    assert f"{db_path} was deleted while Companion was running" in notice
    assert store.take_notices() == []
    assert [c.start for c in store.calls()] == [300.0]   # the deletion is respected
    assert set_aside_copies(db_path) == []               # and nothing of it lingers
    store.close()
    with Store.open(db_path) as again:
        assert [c.start for c in again.calls()] == [300.0]
    if os.name == "posix":
        assert (db_path.stat().st_mode & 0o777) == 0o600


def test_deleted_folder_is_created_again(store: Store, db_path: Path) -> None:
    store.add_minute(MinuteAggregate(60.0))
    shutil.rmtree(db_path.parent)
    store.add_minute(MinuteAggregate(120.0))
    assert [m.minute_start for m in store.minutes()] == [120.0]
    assert "was deleted" in store.take_notices()[0]


def test_replaced_file_is_followed(store: Store, db_path: Path, tmp_path: Path) -> None:
    other = tmp_path / "restored.sqlite3"
    with Store.open(other) as restored:
        restored.add_call(CallRecord(5.0, 6.0))
    store.add_call(CallRecord(100.0, 200.0))
    os.replace(other, db_path)           # a backup put back while the app runs
    store.add_call(CallRecord(300.0, 400.0))
    # The old file's journal is never replayed into the new one.
    assert [c.start for c in store.calls()] == [5.0, 300.0]
    assert "was replaced by another file" in store.take_notices()[0]


def test_a_file_that_is_not_ours_put_in_its_place_is_set_aside(store: Store,
                                                                db_path: Path) -> None:
    db_path.unlink()
    db_path.write_bytes(b"not a database at all" * 100)
    store.add_call(CallRecord(1.0, 2.0))
    notices = store.take_notices()
    assert len(notices) == 2 and "kept aside" in notices[1]
    assert [c.start for c in store.calls()] == [1.0]


def test_old_schema_gains_the_cut_short_column(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    conn = sqlite3.connect(db_path, isolation_level=None)
    migrate(conn, target=2)
    conn.execute('INSERT INTO calls("start", "end", source) VALUES (1.0, 2.0, "speech")')
    conn.close()
    with Store.open(db_path) as store:
        (call,) = store.calls()
        assert call.cut_short is False
        cid = store.add_call(CallRecord(3.0, 4.0, cut_short=True))
        assert store.get_call(cid).cut_short is True
        assert store.update_call(cid, cut_short=False).cut_short is False


# -- the data-folder lock --------------------------------------------------------------------
def test_second_lock_names_the_holder(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    first = DataFolderLock.acquire(folder, clock=lambda: 1_796_000_000.0)
    try:
        with pytest.raises(FolderInUseError) as info:
            DataFolderLock.acquire(folder)
        text = str(info.value)
        assert f"the data folder {folder} is in use by another Companion (process " \
               f"{os.getpid()} on {socket.gethostname()[:64]} since " in text
        assert "runs without storing anything" in text and "\n" not in text
        assert info.value.holder["pid"] == os.getpid()
    finally:
        first.release()
    again = DataFolderLock.acquire(folder)   # free once released
    assert again.held
    again.release()
    again.release()  # idempotent
    assert not again.held


def test_lock_holder_record_that_is_garbage_still_gives_one_line(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    first = DataFolderLock.acquire(folder)
    try:
        (folder / "companion.lock").write_bytes(b"\xff" * 10)
        with pytest.raises(FolderInUseError, match="an unknown process"):
            DataFolderLock.acquire(folder)
    finally:
        first.release()


def test_lock_in_an_unusable_folder_is_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError) as info:
        DataFolderLock.acquire(blocker / "data")
    assert "\n" not in str(info.value)


@pytest.mark.skipif(os.name != "posix", reason="FIFOs")
def test_a_fifo_at_the_database_path_never_blocks(db_path: Path) -> None:
    """Opening a FIFO waits for a writer for ever; the store checks the kind first and sets
    the FIFO aside like any file that is not a database."""
    db_path.parent.mkdir(parents=True)
    os.mkfifo(db_path)
    with Store.open(db_path) as store:
        assert "named pipe (FIFO)" in (store.recovered_notice or "")
        store.add_call(CallRecord(1.0, 2.0))
    aside = list(db_path.parent.glob("companion.sqlite3.corrupt-*"))
    assert len(aside) == 1 and aside[0].is_fifo()   # kept, never deleted (it holds nothing)
