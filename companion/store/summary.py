"""Dashboard summaries computed from stored records (pure functions, any thread).

Definitions (also in ``docs/privacy.md``):

- a **tense call** spent at least ``tense_call_min_s`` seconds above the tense threshold;
- breathing **accepted** = started (outcome accepted, completed or aborted);
- **change after breathing** = mean of ``arousal_after - arousal_before`` over breathing that
  was started; **change without breathing** = the same over offers (breathing or card) that
  were declined (offered with no answer, skipped, snoozed). Negative = calmer at the start of
  the next call. Card offers that were opened are in neither group.

Days are local calendar days (:func:`local_day_bounds`), so a day is 23 or 25 hours long on
daylight-saving changes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from companion.store.records import (
    DECLINED_OUTCOMES,
    TAKEN_OUTCOMES,
    CallRecord,
    DaySummary,
    InterventionRecord,
)

#: Seconds above the tense threshold that make a call count as tense.
TENSE_CALL_MIN_S = 10.0


def local_day_bounds(day: dt.date) -> tuple[float, float]:
    """``(start, end)`` epoch seconds of local-time ``day`` (midnight to next midnight)."""
    start = dt.datetime.combine(day, dt.time()).timestamp()
    end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time()).timestamp()
    return start, end


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def summarize_day(start: float, end: float, calls: Iterable[CallRecord],
                  interventions: Iterable[InterventionRecord], *,
                  arousal_mean: float | None = None,
                  tense_call_min_s: float = TENSE_CALL_MIN_S) -> DaySummary:
    """Summarise the calls that started and the offers made in ``[start, end)``.

    Records outside the span are ignored, so callers may pass a superset. ``arousal_mean`` is
    the mean per-minute in-call arousal over the span (computed by the caller in SQL).
    """
    day_calls = [c for c in calls if start <= c.start < end]
    offers = [i for i in interventions if start <= i.offered_at < end]
    recoveries = [c.recovery_s for c in day_calls if c.recovery_s is not None]
    breathing = [i for i in offers if i.kind == "breathing"]
    cards = [i for i in offers if i.kind == "card"]

    def change(records: list[InterventionRecord]) -> list[float]:
        return [
            i.arousal_after - i.arousal_before
            for i in records
            if i.arousal_after is not None and i.arousal_before is not None
        ]

    after = change([i for i in breathing if i.outcome in TAKEN_OUTCOMES])
    without = change([i for i in offers if i.outcome in DECLINED_OUTCOMES])
    return DaySummary(
        start=start,
        end=end,
        calls=len(day_calls),
        tense_calls=sum(1 for c in day_calls if c.tense_s >= tense_call_min_s),
        call_time_s=sum(c.end - c.start for c in day_calls if c.end is not None),
        recovery_avg_s=_mean(recoveries),
        recovery_max_s=max(recoveries) if recoveries else None,
        arousal_mean=arousal_mean,
        breathing_offered=len(breathing),
        breathing_accepted=sum(1 for i in breathing if i.outcome in TAKEN_OUTCOMES),
        breathing_completed=sum(1 for i in breathing if i.outcome == "completed"),
        cards_offered=len(cards),
        cards_accepted=sum(1 for i in cards if i.outcome in TAKEN_OUTCOMES),
        change_after_breathing=_mean(after),
        change_after_breathing_n=len(after),
        change_without_breathing=_mean(without),
        change_without_breathing_n=len(without),
    )
