"""Records the store keeps: small dataclasses of aggregates, never audio.

Every time is **epoch seconds** (``float``, UTC, as :func:`time.time` returns); every duration is
in **seconds**; every arousal value is the 0–100 arousal index (50 = the agent's calm baseline)
or ``None`` when there was not enough speech to tell. The records are plain values with no
database access, usable from any thread; the :class:`~companion.store.store.Store` that reads
and writes them lives on the GUI thread.

Invalid field values (an unknown ``kind``, ``outcome``, ``feeling`` or call ``source``) are
programming errors and raise :class:`ValueError`.
"""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass


class CallSignal(enum.Enum):
    """What caused a call-state transition (``companion.session.CallStateMachine``).

    Defined with the records because a call's ``source`` is the value of the signal that
    started it; the session layer re-exports it as ``companion.session.CallSignal``.
    """

    SPEECH = "speech"  #: the speech heuristic
    MANUAL = "manual"  #: tray action or keyboard shortcut
    IPC = "ipc"  #: ``companion call start|end`` (CTI scripts, softphone hooks)
    OS_MIC = "os_mic"  #: the OS reports another app using the microphone
    TIMER = "timer"  #: wrap-up expired (WRAP_UP -> IDLE only; never starts a call)


#: ``CallRecord.source`` of the calls of the built-in synthetic shift (``companion --demo``).
DEMO_SOURCE = "demo"
#: Where a call came from: the value of the :class:`CallSignal` that started it, or
#: :data:`DEMO_SOURCE`.
CALL_SOURCES = (*(s.value for s in CallSignal if s is not CallSignal.TIMER), DEMO_SOURCE)
#: What was offered after a call.
INTERVENTION_KINDS = ("breathing", "card")
#: The last known outcome of an offer. ``accepted`` = started but not (yet) finished.
INTERVENTION_OUTCOMES = ("offered", "accepted", "skipped", "snoozed", "completed", "aborted")
#: Outcomes in which the agent actually did the exercise / read the card.
TAKEN_OUTCOMES = ("accepted", "completed", "aborted")
#: Outcomes in which nothing was done.
DECLINED_OUTCOMES = ("offered", "skipped", "snoozed")
#: The agent's own answer to "How do you feel now?" after breathing (or no answer: ``None``).
FEELINGS = ("better", "same", "worse")


def clean_arousal(value: float | None) -> float | None:
    """``value`` as a float, or ``None`` when it is missing or not finite (NaN = no speech)."""
    if value is None:
        return None
    value = float(value)
    return value if math.isfinite(value) else None


def _check_choice(name: str, value: object, choices: tuple[str, ...],
                  allow_none: bool = False) -> None:
    if value is None and allow_none:
        return
    if value not in choices:
        raise ValueError(f"{name} must be one of {', '.join(choices)}, not {value!r}")


def _check_time(name: str, value: object, allow_none: bool = False) -> None:
    if value is None and allow_none:
        return
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ValueError(f"{name} must be epoch seconds (a finite number), not {value!r}")


@dataclass
class MinuteAggregate:
    """One wall-clock minute of listening, summarised.

    Attributes
    ----------
    minute_start
        Start of the minute, epoch seconds (the store keeps one row per minute; adding the
        same minute again replaces it).
    arousal_min, arousal_mean, arousal_max
        Arousal index over the minute's speech (0–100), ``None`` without enough speech.
    speech_s
        Seconds of speech detected in the minute (0–60).
    in_call
        Whether the minute was (mostly) inside a call.
    """

    minute_start: float
    arousal_min: float | None = None
    arousal_mean: float | None = None
    arousal_max: float | None = None
    speech_s: float = 0.0
    in_call: bool = False

    def __post_init__(self) -> None:
        _check_time("minute_start", self.minute_start)
        self.minute_start = float(self.minute_start)
        self.arousal_min = clean_arousal(self.arousal_min)
        self.arousal_mean = clean_arousal(self.arousal_mean)
        self.arousal_max = clean_arousal(self.arousal_max)
        self.speech_s = float(self.speech_s)
        self.in_call = bool(self.in_call)


@dataclass
class CallRecord:
    """One call: when, how it was detected and how tense it was.

    Attributes
    ----------
    start, end
        Epoch seconds; ``end`` is ``None`` while the call is still running.
    source
        What started the call: one of :data:`CALL_SOURCES`.
    arousal_mean, arousal_peak
        Arousal index over the call's speech (0–100) or ``None``.
    tense_s
        Seconds of the call spent above the tense threshold.
    recovery_s
        Seconds it took to get back near baseline after the last tense stretch (``None`` when
        there was no tense stretch or it did not recover before the call ended).
    cut_short
        The call was still running when Companion stopped (sign-out, shutdown, a signal,
        Quit): ``end`` is when Companion stopped, not when the call ended.
    id
        Row id, assigned by :meth:`Store.add_call`.
    """

    start: float
    end: float | None = None
    source: str = "speech"
    arousal_mean: float | None = None
    arousal_peak: float | None = None
    tense_s: float = 0.0
    recovery_s: float | None = None
    cut_short: bool = False
    id: int | None = None

    def __post_init__(self) -> None:
        _check_time("start", self.start)
        _check_time("end", self.end, allow_none=True)
        _check_choice("source", self.source, CALL_SOURCES)
        self.start = float(self.start)
        self.end = None if self.end is None else float(self.end)
        self.arousal_mean = clean_arousal(self.arousal_mean)
        self.arousal_peak = clean_arousal(self.arousal_peak)
        self.tense_s = float(self.tense_s)
        self.recovery_s = None if self.recovery_s is None else float(self.recovery_s)
        self.cut_short = bool(self.cut_short)

    @property
    def duration_s(self) -> float | None:
        """Call length in seconds, ``None`` while it runs."""
        return None if self.end is None else self.end - self.start


@dataclass
class InterventionRecord:
    """One offer of help after a call (breathing or a cue card) and what came of it.

    Attributes
    ----------
    kind
        ``"breathing"`` or ``"card"``.
    item_id
        The breathing pattern id or cue card id offered.
    offered_at
        Epoch seconds.
    outcome
        Last known outcome, one of :data:`INTERVENTION_OUTCOMES`.
    arousal_before
        Arousal index just before the offer (usually the ending call's mean).
    arousal_after
        Arousal index at the start of the next call; filled in later
        (:meth:`Store.record_arousal_after`), ``None`` until then.
    feeling
        The agent's own answer after breathing: ``"better"``, ``"same"``, ``"worse"`` or
        ``None`` (not asked / not answered).
    call_id
        The call after which it was offered, if it is still stored.
    id
        Row id, assigned by :meth:`Store.add_intervention`.
    """

    kind: str
    item_id: str
    offered_at: float
    outcome: str = "offered"
    arousal_before: float | None = None
    arousal_after: float | None = None
    feeling: str | None = None
    call_id: int | None = None
    id: int | None = None

    def __post_init__(self) -> None:
        _check_choice("kind", self.kind, INTERVENTION_KINDS)
        _check_choice("outcome", self.outcome, INTERVENTION_OUTCOMES)
        _check_choice("feeling", self.feeling, FEELINGS, allow_none=True)
        _check_time("offered_at", self.offered_at)
        if not isinstance(self.item_id, str) or not self.item_id or len(self.item_id) > 200:
            raise ValueError(f"item_id must be a non-empty id of at most 200 characters, "
                             f"not {self.item_id!r}")
        self.offered_at = float(self.offered_at)
        self.arousal_before = clean_arousal(self.arousal_before)
        self.arousal_after = clean_arousal(self.arousal_after)


@dataclass
class CardPreference:
    """The agent's own marks on one cue card (kept on this computer only).

    Attributes
    ----------
    card_id
        The card id (as in the deck file).
    pinned
        Prefer this card when picking.
    hidden
        Never show this card.
    helpful
        The agent's rating: ``True`` helpful, ``False`` not helpful, ``None`` not rated.
    updated_at
        Epoch seconds of the last change (set by the store when ``None``).
    """

    card_id: str
    pinned: bool = False
    hidden: bool = False
    helpful: bool | None = None
    updated_at: float | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.card_id, str) or not self.card_id or len(self.card_id) > 200:
            raise ValueError(f"card_id must be a non-empty id of at most 200 characters, "
                             f"not {self.card_id!r}")
        _check_time("updated_at", self.updated_at, allow_none=True)
        self.pinned = bool(self.pinned)
        self.hidden = bool(self.hidden)
        self.helpful = None if self.helpful is None else bool(self.helpful)


@dataclass(frozen=True)
class DaySummary:
    """What the dashboard shows for one day (or any ``[start, end)`` span).

    Attributes
    ----------
    start, end
        The span, epoch seconds (``end`` exclusive).
    calls
        Calls that started in the span.
    tense_calls
        Of those, calls with at least ``tense_call_min_s`` seconds above the tense threshold.
    call_time_s
        Total length of the finished calls, seconds.
    recovery_avg_s, recovery_max_s
        Mean and longest recovery time over calls that had one, seconds (``None`` if none).
    arousal_mean
        Mean of the per-minute arousal means during calls (``None`` without data).
    breathing_offered, breathing_accepted, breathing_completed
        Breathing offers; of those, started (accepted, completed or aborted); and finished.
    cards_offered, cards_accepted
        Cue card offers; of those, opened.
    change_after_breathing
        Mean ``arousal_after - arousal_before`` over breathing that was started
        (negative = calmer at the start of the next call); ``None`` without data.
    change_after_breathing_n
        How many offers that mean is over.
    change_without_breathing
        The same over offers of any kind that were declined (offered, skipped, snoozed): the
        comparison "no breathing" group.
    change_without_breathing_n
        How many offers that mean is over.
    """

    start: float
    end: float
    calls: int = 0
    tense_calls: int = 0
    call_time_s: float = 0.0
    recovery_avg_s: float | None = None
    recovery_max_s: float | None = None
    arousal_mean: float | None = None
    breathing_offered: int = 0
    breathing_accepted: int = 0
    breathing_completed: int = 0
    cards_offered: int = 0
    cards_accepted: int = 0
    change_after_breathing: float | None = None
    change_after_breathing_n: int = 0
    change_without_breathing: float | None = None
    change_without_breathing_n: int = 0


def size_step(n_bytes: int) -> tuple[str, float, int]:
    """A file size as (unit, value, decimals) for people: bytes below 1 KB, whole KB below
    1 MB, MB with one decimal (1 KB = 1024 bytes)."""
    if n_bytes < 1024:
        return "bytes", float(n_bytes), 0
    if n_bytes < 1024 * 1024:
        return "KB", n_bytes / 1024, 0
    return "MB", n_bytes / (1024 * 1024), 1


def format_size(n_bytes: int) -> str:
    """A file size for people: ``"512 bytes"``, ``"12 KB"``, ``"3.4 MB"``."""
    unit, value, decimals = size_step(n_bytes)
    return f"{value:.{decimals}f} {unit}"


@dataclass(frozen=True)
class StoreStats:
    """What ``companion data summary`` reports.

    Attributes
    ----------
    path
        The database file.
    size_bytes
        Size of the database file plus its ``-wal`` side file, bytes.
    counts
        Rows per table.
    first, last
        Earliest and latest stored time (epoch seconds) over all tables, ``None`` when empty.
    schema_version
        ``PRAGMA user_version`` of the file.
    """

    path: str
    size_bytes: int
    counts: dict[str, int]
    first: float | None
    last: float | None
    schema_version: int
