"""Dashboard summaries on a constructed day and week."""

from __future__ import annotations

import datetime as dt

import pytest

from companion.store import (
    CallRecord,
    InterventionRecord,
    MinuteAggregate,
    Store,
    local_day_bounds,
)
from companion.store.summary import summarize_day

DAY0 = dt.date(2026, 11, 16)  # a Monday


def _build_day(store: Store, day: dt.date) -> tuple[float, float]:
    start, end = local_day_bounds(day)
    t = start + 9 * 3600  # 09:00
    # call 1: calm; call 2: tense (recovery 60 s); call 3: tense (recovery 180 s);
    # call 4: 5 s above threshold (not tense); call 5 still running
    specs = [(0.0, None), (45.0, 60.0), (20.0, 180.0), (5.0, None)]
    ids = []
    for i, (tense, recovery) in enumerate(specs):
        ids.append(store.add_call(CallRecord(t + i * 1000, t + i * 1000 + 300, "speech",
                                             50.0 + tense / 2, 60 + tense, tense, recovery)))
    store.add_call(CallRecord(t + 5000, None, "manual"))
    # offers after the tense calls
    store.add_intervention(InterventionRecord("breathing", "resonance", t + 1310, "completed",
                                              72.0, 56.0, "better", ids[1]))
    store.add_intervention(InterventionRecord("breathing", "box", t + 2310, "skipped",
                                              68.0, 66.0, None, ids[2]))
    store.add_intervention(InterventionRecord("breathing", "box", t + 2400, "accepted",
                                              70.0, 60.0))  # started: counts as accepted
    store.add_intervention(InterventionRecord("card", "empathy", t + 3310, "snoozed",
                                              60.0, 62.0))
    store.add_intervention(InterventionRecord("card", "apology", t + 3320, "completed",
                                              60.0, 50.0))  # opened card: in neither group
    store.add_intervention(InterventionRecord("breathing", "478", t + 3400, "aborted"))
    # minutes: in-call means 40 and 60 -> 50; the out-of-call minute is ignored
    store.add_minutes([MinuteAggregate(t, arousal_mean=40.0, in_call=True),
                       MinuteAggregate(t + 60, arousal_mean=60.0, in_call=True),
                       MinuteAggregate(t + 600, arousal_mean=95.0, in_call=False)])
    # noise outside the day
    store.add_call(CallRecord(start - 10.0, start + 100.0, "speech", 90.0, 99.0, 500.0, 999.0))
    store.add_intervention(InterventionRecord("breathing", "box", end + 5.0, "completed",
                                              90.0, 10.0))
    return start, end


def test_day_summary_on_a_constructed_day(store: Store) -> None:
    start, end = _build_day(store, DAY0)
    s = store.day_summary(start, end)
    assert (s.start, s.end) == (start, end)
    assert s.calls == 5
    assert s.tense_calls == 2  # 45 s and 20 s; 5 s is below the 10 s minimum
    assert s.call_time_s == 4 * 300.0
    assert s.recovery_avg_s == pytest.approx(120.0)
    assert s.recovery_max_s == 180.0
    assert s.arousal_mean == pytest.approx(50.0)
    assert (s.breathing_offered, s.breathing_accepted, s.breathing_completed) == (4, 3, 1)
    assert (s.cards_offered, s.cards_accepted) == (2, 1)
    # after breathing: (56-72) and (60-70) -> -13; without: skipped (-2) and snoozed (+2) -> 0
    assert s.change_after_breathing == pytest.approx(-13.0)
    assert s.change_after_breathing_n == 2
    assert s.change_without_breathing == pytest.approx(0.0)
    assert s.change_without_breathing_n == 2
    assert store.day_summary(start, end, tense_call_min_s=1.0).tense_calls == 3


def test_empty_day_summary(store: Store) -> None:
    start, end = local_day_bounds(DAY0)
    s = store.day_summary(start, end)
    assert s.calls == 0 and s.recovery_avg_s is None and s.arousal_mean is None
    assert s.change_after_breathing is None and s.change_after_breathing_n == 0


def test_week_summary_one_row_per_local_day(store: Store) -> None:
    _build_day(store, DAY0 + dt.timedelta(days=2))
    week = store.week_summary(DAY0)
    assert len(week) == 7
    assert [w.start for w in week] == [local_day_bounds(DAY0 + dt.timedelta(days=i))[0]
                                       for i in range(7)]
    # the noise call 10 s before Wednesday's midnight lands on Tuesday
    assert [w.calls for w in week] == [0, 1, 5, 0, 0, 0, 0]
    assert week[2] == store.day_summary(week[2].start, week[2].end)
    assert week[3].breathing_completed == 1  # the offer 5 s after Wednesday ends
    assert store.week_summary(DAY0, days=0) == []


def test_local_day_bounds_are_consecutive() -> None:
    s1, e1 = local_day_bounds(DAY0)
    s2, _ = local_day_bounds(DAY0 + dt.timedelta(days=1))
    assert e1 == s2 and 23 * 3600 <= e1 - s1 <= 25 * 3600
    assert dt.datetime.fromtimestamp(s1) == dt.datetime(2026, 11, 16)


def test_summarize_day_ignores_records_outside_span() -> None:
    calls = [CallRecord(5.0, 10.0, tense_s=20.0), CallRecord(50.0, 60.0, tense_s=20.0)]
    s = summarize_day(0.0, 20.0, calls, [])
    assert s.calls == 1 and s.tense_calls == 1 and s.call_time_s == 5.0
