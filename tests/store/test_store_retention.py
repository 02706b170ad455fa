"""Retention purge, maybe_purge scheduling, and deletion that really removes data."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from companion.store import (
    CallRecord,
    CardPreference,
    InterventionRecord,
    MinuteAggregate,
    Store,
)

DAY = 86400.0
MARKER = "MARKER-zq7-wellbeing-7741"


def _fill(store: Store, now: float) -> None:
    """Rows at 40, 20 and 1 days before ``now`` in every table."""
    for age in (40, 20, 1):
        t = now - age * DAY
        store.add_minute(MinuteAggregate(t, 40.0, 50.0, 60.0, 10.0, True))
        cid = store.add_call(CallRecord(t, t + 100.0, "speech", 55.0, 80.0, 30.0))
        store.add_intervention(InterventionRecord("card", f"card-{age}", t + 120.0, call_id=cid))
        store.set_card_preference(CardPreference(f"card-{age}", pinned=True, updated_at=t))
    store.save_baseline({"f0": 120.0}, saved_at=now - 40 * DAY)


def test_purge_deletes_older_rows_from_every_table(store: Store, clock) -> None:
    now = clock.now
    _fill(store, now)
    deleted = store.purge(30, now)
    assert deleted == 5  # one row in each of minutes/calls/interventions/card_prefs + baseline
    assert [m.minute_start for m in store.minutes()] == [now - 20 * DAY, now - DAY]
    assert [c.start for c in store.calls()] == [now - 20 * DAY, now - DAY]
    assert [i.item_id for i in store.interventions()] == ["card-20", "card-1"]
    assert sorted(store.card_preferences()) == ["card-1", "card-20"]
    assert store.load_baseline() is None
    assert store.purge(7, now) == 4
    assert len(store.calls()) == 1
    with pytest.raises(ValueError):
        store.purge(0, now)


def test_maybe_purge_runs_at_most_daily(store: Store, clock) -> None:
    now = clock.now
    _fill(store, now)
    assert store.maybe_purge(30, now) == 5
    store.add_minute(MinuteAggregate(now - 100 * DAY))
    assert store.maybe_purge(30, now + 3600) is None  # an hour later: not due
    assert len(store.minutes()) == 3
    assert store.maybe_purge(30, now + DAY) == 1  # a day later: due again
    assert len(store.minutes()) == 2


def test_maybe_purge_remembers_across_reopen(db_path: Path, clock) -> None:
    with Store.open(db_path, clock=clock) as store:
        assert store.maybe_purge(30) == 0  # uses the injected clock
    with Store.open(db_path, clock=clock) as store:
        assert store.maybe_purge(30) is None
        clock.now += DAY + 1
        assert store.maybe_purge(30) == 0


def _files_contain(db_path: Path, needle: bytes) -> bool:
    return any(
        needle in p.read_bytes()
        for p in db_path.parent.iterdir()
        if p.name.startswith(db_path.name) and p.is_file()
    )


def test_delete_all_really_removes_data_from_disk(db_path: Path, clock) -> None:
    store = Store.open(db_path, clock=clock)
    _fill(store, clock.now)
    for i in range(300):
        store.add_intervention(InterventionRecord("breathing", MARKER, 1000.0 + i))
    store.set_card_preference(CardPreference(MARKER + "-card"))
    store._conn.execute("PRAGMA wal_checkpoint(FULL)")
    assert _files_contain(db_path, MARKER.encode())
    size_before = db_path.stat().st_size
    counts = store.delete()
    assert counts["interventions"] == 303 and counts["card_prefs"] == 4
    assert all(store.stats().counts[t] == 0 for t in counts)
    assert not _files_contain(db_path, MARKER.encode())  # not in the db, not in the WAL
    assert db_path.stat().st_size < size_before  # VACUUMed
    store.close()
    assert not _files_contain(db_path, MARKER.encode())


def test_delete_before_keeps_newer_rows(store: Store, clock) -> None:
    now = clock.now
    _fill(store, now)
    counts = store.delete(before=now - 10 * DAY)
    assert counts == {"minutes": 2, "calls": 2, "interventions": 2, "baseline": 1,
                      "card_prefs": 2}
    assert [c.start for c in store.calls()] == [now - DAY]


def test_delete_before_accepts_datetime_and_date(store: Store) -> None:
    day = dt.date(2026, 3, 10)
    midnight = dt.datetime(2026, 3, 10).timestamp()  # local midnight
    store.add_call(CallRecord(midnight - 1.0))
    store.add_call(CallRecord(midnight + 1.0))
    assert store.delete(before=day)["calls"] == 1
    assert [c.start for c in store.calls()] == [midnight + 1.0]
    assert store.delete(before=dt.datetime(2026, 3, 11))["calls"] == 1
    assert store.calls() == []
