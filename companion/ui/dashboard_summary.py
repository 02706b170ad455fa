"""What the dashboard shows, read from the store and put into words (QtCore only: the words
are translated and numbers, durations and day names follow the locale).

Runs on the GUI thread (it reads the app's :class:`~companion.store.Store`, which belongs to
that thread) but holds no widgets, so tests and the benchmark use it directly.

Units: times are epoch seconds (local calendar days via ``local_day_bounds``), durations are
seconds, arousal is the 0-100 index where 50 is the agent's own calm baseline. Arrays use NaN
where the store has ``None`` (a minute without enough speech).

The sentences here describe the agent's own numbers in plain language. They make no clinical
claims and never compare the agent with anyone else.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from companion.store import (
    TENSE_CALL_MIN_S,
    CallRecord,
    DaySummary,
    InterventionRecord,
    local_day_bounds,
)
from companion.ui.i18n import Tr, duration_text, number, weekday_name

_tr = Tr("DashboardSummary")

#: The arousal index of the agent's calm baseline (by definition of the index).
BASELINE_LEVEL = 50.0
#: Seconds per stored minute row.
MINUTE_S = 60.0
#: Fewer comparisons than this: the change-after-breathing sentence says it is only a hint.
FEW_SAMPLES = 5



@dataclass(frozen=True)
class Span:
    """A stretch of time ``[start, end)`` in epoch seconds, with the highest arousal in it."""

    start: float
    end: float
    peak: float | None = None

    @property
    def duration_s(self) -> float:
        """Length in seconds."""
        return self.end - self.start


@dataclass
class DayData:
    """Everything the "Today" view draws for one local calendar day.

    Attributes
    ----------
    day, start, end
        The local date and its bounds (epoch seconds, ``end`` exclusive).
    minute_start
        Start of each stored minute (epoch seconds), ascending.
    arousal_min, arousal_mean, arousal_max
        Per-minute arousal (0-100), NaN without enough speech.
    speech_s
        Seconds of speech in each minute.
    in_call
        Whether each minute was mostly on a call.
    calls, interventions
        Calls that started and offers made that day, oldest first.
    tense_spans
        Runs of consecutive minutes whose highest arousal reached ``tense_threshold``.
    summary
        The store's :class:`DaySummary` of the day.
    tense_threshold
        The agent's tense threshold (arousal index).
    """

    day: dt.date
    start: float
    end: float
    minute_start: np.ndarray
    arousal_min: np.ndarray
    arousal_mean: np.ndarray
    arousal_max: np.ndarray
    speech_s: np.ndarray
    in_call: np.ndarray
    calls: list[CallRecord]
    interventions: list[InterventionRecord]
    tense_spans: list[Span]
    summary: DaySummary
    tense_threshold: float

    @property
    def empty(self) -> bool:
        """True when nothing at all was stored that day."""
        return len(self.minute_start) == 0 and not self.calls and not self.interventions

    def data_range(self) -> tuple[float, float] | None:
        """``(first, last)`` epoch seconds covered by the day's records, or None."""
        times: list[float] = []
        if len(self.minute_start):
            times += [float(self.minute_start[0]), float(self.minute_start[-1]) + MINUTE_S]
        for call in self.calls:
            times += [call.start, call.end if call.end is not None else call.start]
        times += [i.offered_at for i in self.interventions]
        return (min(times), max(times)) if times else None

    def minute_index(self, t: float) -> int | None:
        """Index of the stored minute containing epoch second ``t``, or None."""
        i = int(np.searchsorted(self.minute_start, t, side="right")) - 1
        if i < 0 or t >= self.minute_start[i] + MINUTE_S:
            return None
        return i

    def call_at(self, t: float) -> CallRecord | None:
        """The call running at epoch second ``t``, or None."""
        for call in self.calls:
            end = call.end if call.end is not None else call.start
            if call.start <= t < end:
                return call
        return None


@dataclass
class WeekData:
    """The week view: one :class:`DaySummary` per local day, oldest first."""

    days: list[dt.date]
    summaries: list[DaySummary]
    tense_threshold: float
    notes: list[str] = field(default_factory=list)


def _floats(values: Sequence[float | None]) -> np.ndarray:
    return np.array([np.nan if v is None else v for v in values], dtype=np.float64)


def tense_spans(minute_start: np.ndarray, arousal_max: np.ndarray,
                threshold: float) -> list[Span]:
    """Runs of back-to-back minutes (no gap) whose highest arousal reached ``threshold``.

    Vectorised over the minutes; NaN minutes never count as tense.
    """
    minute_start = np.asarray(minute_start, dtype=np.float64)
    peak = np.asarray(arousal_max, dtype=np.float64)
    tense = np.nan_to_num(peak, nan=-np.inf) >= threshold
    if not tense.any():
        return []
    idx = np.flatnonzero(tense)
    # a new run starts where the previous tense minute is not the minute just before
    breaks = np.flatnonzero(
        (np.diff(idx) != 1) | (np.diff(minute_start[idx]) > MINUTE_S + 1.0)) + 1
    spans = []
    for run in np.split(idx, breaks):
        spans.append(Span(float(minute_start[run[0]]), float(minute_start[run[-1]]) + MINUTE_S,
                          float(np.max(peak[run]))))
    return spans


def load_day(store: Any, day: dt.date, *, tense_threshold: float = 70.0,
             tense_call_min_s: float = TENSE_CALL_MIN_S) -> DayData:
    """Read one local day from ``store`` (a :class:`~companion.store.Store`).

    Raises :class:`~companion.store.StoreError` when the store cannot be read.
    """
    start, end = local_day_bounds(day)
    minutes = store.minutes(start, end)
    calls = store.calls(start, end)
    offers = store.interventions(start, end)
    mstart = np.array([m.minute_start for m in minutes], dtype=np.float64)
    amax = _floats([m.arousal_max for m in minutes])
    summary = store.day_summary(start, end, tense_call_min_s=tense_call_min_s)
    return DayData(
        day=day, start=start, end=end, minute_start=mstart,
        arousal_min=_floats([m.arousal_min for m in minutes]),
        arousal_mean=_floats([m.arousal_mean for m in minutes]),
        arousal_max=amax,
        speech_s=np.array([m.speech_s for m in minutes], dtype=np.float64),
        in_call=np.array([m.in_call for m in minutes], dtype=bool),
        calls=calls, interventions=offers,
        tense_spans=tense_spans(mstart, amax, tense_threshold),
        summary=summary, tense_threshold=float(tense_threshold),
    )


def load_week(store: Any, last_day: dt.date, *, days: int = 7, tense_threshold: float = 70.0,
              tense_call_min_s: float = TENSE_CALL_MIN_S) -> WeekData:
    """The ``days`` local days ending with ``last_day`` (oldest first)."""
    first = last_day - dt.timedelta(days=days - 1)
    summaries = store.week_summary(first, days=days, tense_call_min_s=tense_call_min_s)
    week = WeekData([first + dt.timedelta(days=i) for i in range(days)], summaries,
                    float(tense_threshold))
    week.notes = week_story(week)
    return week


# ---- words ------------------------------------------------------------------------------------


def fmt_change(points: float | None) -> str:
    """A change of the arousal index in words: ``6 points lower``, ``2 points higher``."""
    if points is None or not math.isfinite(points):
        return "-"
    if abs(points) < 0.5:
        return _tr("about the same")
    n = round(abs(points))
    return _tr("%n point(s) lower", n=n) if points < 0 else _tr("%n point(s) higher", n=n)


def fmt_level(value: float | None) -> str:
    """An arousal value as text (``-`` when missing)."""
    if value is None or not math.isfinite(value):
        return "-"
    return number(value)


def day_story(summary: DaySummary, *, tense_threshold: float = 70.0,
              tense_call_min_s: float = TENSE_CALL_MIN_S) -> list[str]:
    """Plain-language sentences about one day (what the numbers mean, no judgement)."""
    s = summary
    if s.calls == 0 and s.breathing_offered == 0 and s.cards_offered == 0:
        return [_tr("Nothing was recorded on this day. Companion keeps numbers only while it "
                    "listens.")]
    tense = _tr("%n of them (was|were) tense (at least %1 s above your tense level of %2).",
                number(tense_call_min_s), number(tense_threshold), n=s.tense_calls)
    lines = [_tr("You took %n call(s) (%1 on calls); %2", duration_text(s.call_time_s), tense,
                 n=s.calls)]
    if s.arousal_mean is not None:
        diff = s.arousal_mean - BASELINE_LEVEL
        level, calm = number(s.arousal_mean), number(BASELINE_LEVEL)
        lines.append(
            _tr("Your voice on calls averaged %1, close to your own calm level of %2.", level,
                calm) if abs(diff) < 5 else
            _tr("Your voice on calls averaged %1, above your own calm level of %2.", level,
                calm) if diff > 0 else
            _tr("Your voice on calls averaged %1, below your own calm level of %2.", level, calm))
    if s.recovery_avg_s is not None:
        lines.append(_tr("After a tense stretch it took you on average %1 to settle back near "
                         "your calm level (longest %2).", duration_text(s.recovery_avg_s),
                         duration_text(s.recovery_max_s)))
    elif s.tense_calls:
        lines.append(_tr("No recovery time could be measured: the tense stretches lasted until "
                         "the end of their calls."))
    if s.breathing_offered:
        # Translators: (once|%n times) are English's words for one and for several times.
        lines.append(_tr("Breathing was offered (once|%n times); you started %1 and finished "
                         "%2.",
                         number(s.breathing_accepted), number(s.breathing_completed),
                         n=s.breathing_offered))
    if s.cards_offered:
        lines.append(_tr("Cue cards were offered (once|%n times); you opened %1.",
                         number(s.cards_accepted), n=s.cards_offered))
    lines += change_story(s)
    return lines


def change_story(s: DaySummary) -> list[str]:
    """The "after breathing vs. after no breathing" comparison in words (may be empty)."""
    lines = []
    if s.change_after_breathing is not None:
        # Translators: (once|%n times) are English's words for one and for several times.
        lines.append(_tr("At the start of the next call your voice was %1 after breathing "
                         "((once|%n times)).", fmt_change(s.change_after_breathing),
                         n=s.change_after_breathing_n))
    if s.change_without_breathing is not None:
        lines.append(_tr("After offers you let pass it was %1 ((once|%n times)).",
                         fmt_change(s.change_without_breathing),
                         n=s.change_without_breathing_n))
    if s.change_after_breathing is None and s.breathing_accepted:
        lines.append(_tr("How your voice sounded at the start of the next call after breathing "
                         "shows here once a call has followed a breathing break."))
    n = s.change_after_breathing_n + s.change_without_breathing_n
    if n and n < FEW_SAMPLES:
        lines.append(_tr("That is only a few moments to compare: read it as a hint, not a "
                         "result."))
    return lines


def week_story(week: WeekData) -> list[str]:
    """Sentences about the trend over the week."""
    active = [s for s in week.summaries if s.calls]
    if not active:
        return [_tr("No calls were recorded in these seven days.")]
    calls = sum(s.calls for s in active)
    tense = sum(s.tense_calls for s in active)
    lines = [_tr("%1 on %2; %3 tense.", _tr("%n call(s)", n=calls),
                 _tr("%n day(s)", n=len(active)), number(tense))]
    levels = [(d, s.arousal_mean) for d, s in zip(week.days, week.summaries, strict=True)
              if s.arousal_mean is not None]
    if len(levels) >= 2:
        first, last = levels[0][1], levels[-1][1]
        assert first is not None and last is not None
        trend = last - first
        if abs(trend) < 3:
            lines.append(_tr("Your average level on calls stayed about the same over the "
                             "week."))
        else:
            days = weekday_name(levels[0][0]), weekday_name(levels[-1][0])
            lines.append(
                _tr("Your average level on calls went up by %n point(s) from %1 to %2.", *days,
                    n=round(abs(trend))) if trend > 0 else
                _tr("Your average level on calls went down by %n point(s) from %1 to %2.",
                    *days, n=round(abs(trend))))
        busiest = max(active, key=lambda s: s.tense_calls)
        if busiest.tense_calls:
            day = dt.date.fromtimestamp(busiest.start + 3600.0)
            lines.append(_tr("The most tense calls were on %1 (%2).", weekday_name(day),
                             number(busiest.tense_calls)))
    return lines


def own_view_note() -> str:
    """The note every view carries."""
    return _tr("This is your own view. It stays on this computer; nobody else sees it. "
               "Companion is a wellbeing aid, not a medical device and not a monitoring tool.")


def explanations() -> dict[str, str]:
    """What the dashboard's lines, spans and numbers mean, by topic."""
    return {
        "arousal": _tr("The line is how raised your voice sounded, minute by minute, measured "
                       "against your own calm voice (50). The shaded band shows the lowest and "
                       "highest moment of each minute. It comes from pitch, loudness and pace "
                       "only: never words."),
        "calls": _tr("Grey spans are your calls."),
        "tense": _tr("Orange spans are tense stretches: minutes in which your voice reached "
                     "your tense level. A tense call is a call with at least 10 seconds above "
                     "it."),
        "markers": _tr("Green circles are breathing sessions (filled = finished, hollow = "
                       "offered or stopped early); purple diamonds are cue cards."),
        "recovery": _tr("Recovery is how long it took after the last tense stretch of a call "
                        "until your voice was back near your calm level."),
        "change": _tr("The change after breathing compares your voice at the end of a call "
                      "with the start of the next one. It is a rough everyday signal, not a "
                      "measurement of health."),
    }
