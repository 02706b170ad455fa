"""Round trips of every record through the database, and record validation."""

from __future__ import annotations

import math

import pytest

from companion.store import (
    CallRecord,
    CardPreference,
    InterventionRecord,
    MinuteAggregate,
    Store,
)


def test_minute_round_trip_and_nan_becomes_none(store: Store) -> None:
    m = MinuteAggregate(1000.0, 41.5, 55.25, math.nan, 37.5, True)
    store.add_minute(m)
    store.add_minute(MinuteAggregate(1060.0))
    got = store.minutes()
    assert got[0] == MinuteAggregate(1000.0, 41.5, 55.25, None, 37.5, True)
    assert got[1] == MinuteAggregate(1060.0, None, None, None, 0.0, False)
    assert got[0].in_call is True and got[1].in_call is False


def test_minute_same_start_replaces(store: Store) -> None:
    store.add_minute(MinuteAggregate(1000.0, arousal_mean=40.0))
    store.add_minute(MinuteAggregate(1000.0, arousal_mean=70.0, speech_s=12.0))
    assert store.minutes() == [MinuteAggregate(1000.0, arousal_mean=70.0, speech_s=12.0)]


def test_minutes_span_is_half_open(store: Store) -> None:
    assert store.add_minutes(MinuteAggregate(t) for t in (0.0, 60.0, 120.0, 180.0)) == 4
    assert [m.minute_start for m in store.minutes(60.0, 180.0)] == [60.0, 120.0]
    assert [m.minute_start for m in store.minutes(since=120.0)] == [120.0, 180.0]
    assert [m.minute_start for m in store.minutes(until=60.0)] == [0.0]


def test_call_round_trip_and_update(store: Store) -> None:
    call = CallRecord(start=5000.0, source="ipc", arousal_mean=48.0)
    call_id = store.add_call(call)
    assert call_id > 0
    assert store.get_call(call_id) == CallRecord(5000.0, None, "ipc", 48.0, None, 0.0, None,
                                                 id=call_id)
    updated = store.update_call(call_id, end=5300.0, arousal_peak=81.0, tense_s=35.0,
                                recovery_s=42.0)
    assert store.calls() == [updated]
    assert updated.duration_s == 300.0
    assert updated.tense_s == 35.0 and updated.recovery_s == 42.0
    with pytest.raises(KeyError):
        store.update_call(9999, end=1.0)
    with pytest.raises(ValueError):
        store.update_call(call_id, source="telepathy")
    assert store.get_call(call_id) == updated  # a rejected update leaves the row alone


def test_intervention_round_trip_update_and_after(store: Store) -> None:
    call_id = store.add_call(CallRecord(100.0, 400.0, "speech"))
    rec = InterventionRecord("breathing", "resonance", 410.0, arousal_before=72.0,
                             call_id=call_id)
    iid = store.add_intervention(rec)
    other = store.add_intervention(InterventionRecord("card", "empathy-1", 420.0,
                                                      outcome="skipped", arousal_before=70.0))
    got = store.get_intervention(iid)
    assert got == InterventionRecord("breathing", "resonance", 410.0, "offered", 72.0, None,
                                     None, call_id, id=iid)
    store.update_intervention(iid, outcome="completed", feeling="better")
    # the next call starts: arousal after is filled on every offer still missing it
    assert store.record_arousal_after(58.0, since=400.0) == 2
    assert store.record_arousal_after(99.0, since=400.0) == 0  # already filled
    assert store.record_arousal_after(math.nan, since=0.0) == 0
    rows = store.interventions()
    assert [r.id for r in rows] == [iid, other]
    assert rows[0].outcome == "completed" and rows[0].feeling == "better"
    assert rows[0].arousal_after == 58.0 and rows[1].arousal_after == 58.0
    with pytest.raises(ValueError):
        store.update_intervention(iid, feeling="ecstatic")


def test_intervention_with_unknown_call_keeps_no_link(store: Store) -> None:
    iid = store.add_intervention(InterventionRecord("card", "c", 10.0, call_id=12345))
    assert store.get_intervention(iid).call_id is None


def test_deleting_a_call_unlinks_its_interventions(store: Store) -> None:
    old = store.add_call(CallRecord(100.0, 200.0))
    iid = store.add_intervention(InterventionRecord("card", "c", 5_000_000.0, call_id=old))
    store.delete(before=1000.0)
    assert store.calls() == []
    assert store.get_intervention(iid).call_id is None  # foreign key: ON DELETE SET NULL


def test_card_preferences_round_trip(store: Store, clock) -> None:
    stored = store.set_card_preference(CardPreference("deck/a", pinned=True))
    assert stored.updated_at == clock.now
    store.set_card_preference(CardPreference("deck/b", hidden=True, helpful=False,
                                             updated_at=5.0))
    store.set_card_preference(CardPreference("deck/a", pinned=False, helpful=True))
    prefs = store.card_preferences()
    assert prefs == {
        "deck/a": CardPreference("deck/a", False, False, True, clock.now),
        "deck/b": CardPreference("deck/b", False, True, False, 5.0),
    }
    store.clear_card_preference("deck/a")
    assert list(store.card_preferences()) == ["deck/b"]


def test_baseline_round_trip(store: Store, clock) -> None:
    assert store.load_baseline() is None
    store.save_baseline({"f0_median_hz": 118.5, "f0_mad_hz": 12.0, "n": 3})
    store.save_baseline({"f0_median_hz": 121.0}, saved_at=42.0)
    assert store.load_baseline() == {"f0_median_hz": 121.0}
    assert store.baseline_saved_at() == 42.0
    with pytest.raises(ValueError):
        store.save_baseline({"x": math.nan})
    with pytest.raises(ValueError):
        store.save_baseline({"x": "y" * 20000})


@pytest.mark.parametrize(
    "make",
    [
        lambda: CallRecord(1.0, source="radio"),
        lambda: CallRecord(math.nan),
        lambda: CallRecord("yesterday"),  # type: ignore[arg-type]
        lambda: InterventionRecord("massage", "x", 1.0),
        lambda: InterventionRecord("card", "x", 1.0, outcome="maybe"),
        lambda: InterventionRecord("card", "", 1.0),
        lambda: InterventionRecord("breathing", "x", 1.0, feeling="meh"),
        lambda: MinuteAggregate(math.inf),
        lambda: CardPreference(""),
    ],
)
def test_invalid_records_are_rejected(make) -> None:
    with pytest.raises(ValueError):
        make()


def test_closed_store_raises_store_error(store: Store) -> None:
    from companion.store import StoreError

    store.close()
    store.close()  # idempotent
    with pytest.raises(StoreError, match="closed"):
        store.minutes()
