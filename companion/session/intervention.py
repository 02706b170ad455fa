"""When to offer help: the intervention policy.

Runs on the GUI thread; plain Python, no Qt, time only from the injected ``clock`` (epoch
seconds) and local wall-clock helpers, so every rule is tested on a fake clock.

After each call the app hands the call's arousal summary to
:meth:`InterventionPolicy.after_call`; it returns an :class:`Offer` (breathe for 60 s, a cue
card, or "not now") or None. The rules, in the order they are checked, are documented in
``docs/calls.md``:

1. A call is **tense** when its peak arousal reaches the effective threshold
   (``tense_threshold + 5 * (3 - sensitivity)``) and it spent at least
   ``MIN_TENSE_S[sensitivity]`` seconds above the tense threshold. A tense call earns an offer.
2. A call is **strained** when it was not tense but its peak came within ``STRAIN_MARGIN`` of
   the effective threshold. ``STREAK_CALLS`` (3) strained-or-tense calls in a row earn an offer
   too. A calm call resets the streak; a call without enough speech to judge leaves it as is.
3. No offer when prompts are off, in do-not-disturb, during a call, while snoozed, in quiet
   hours (a daily window that may wrap midnight), when ``prompt_max_per_hour`` offers were made
   in the last 60 min, or less than ``prompt_min_gap_min`` minutes after the last offer.
4. Three "not now"/dismissed offers in a row snooze prompts for ``BACKOFF_MIN`` minutes.
5. Optional: one "start of shift" card per local day (:meth:`InterventionPolicy.start_of_shift`),
   which obeys rule 3 except the hourly cap and the gap (and does not count towards them).
6. ``TENSE_RUN_FOR_BREAK`` (3) **tense** calls in a row suggest a real break, not another card:
   the offer (reason ``tense_run``) is "take a break", "breathe" or "not now". It obeys rule 3
   except the hourly cap and the gap (a third hard call in a row matters more than a quota).
   Choosing the break (outcome ``break``) pauses prompts for ``BREAK_MIN`` minutes. A calm or
   strained call resets the run; a call without enough speech leaves it as is.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal, Protocol

from companion.session.call_state import CallSignal, CallState, SessionError
from companion.settings import Settings, parse_quiet_hours

#: Seconds above the tense threshold a call needs to count as tense, by sensitivity 1-5.
MIN_TENSE_S = {1: 45.0, 2: 30.0, 3: 20.0, 4: 10.0, 5: 5.0}
#: Effective peak threshold moves by this many index points per sensitivity step from 3.
THRESHOLD_STEP = 5.0
#: A non-tense call whose peak is within this many points of the threshold is "strained".
STRAIN_MARGIN = 5.0
#: Strained-or-tense calls in a row that earn an offer.
STREAK_CALLS = 3
#: Length of the offered breathing exercise, seconds.
BREATHE_S = 60.0
#: Consecutive declined offers after which prompts pause, and for how long (minutes).
DECLINES_BEFORE_BACKOFF = 3
BACKOFF_MIN = 60.0
#: Longest snooze accepted, minutes.
MAX_SNOOZE_MIN = 24 * 60.0
#: Tense calls in a row after which a real break is suggested instead of a card.
TENSE_RUN_FOR_BREAK = 3
#: Minutes prompts stay quiet when the agent takes the suggested break.
BREAK_MIN = 15.0

OfferReason = Literal["tense_call", "tense_streak", "tense_run", "start_of_shift"]
OfferChoice = Literal["breathe", "card", "break", "not_now"]
#: Outcomes :meth:`InterventionPolicy.record` accepts.
OUTCOMES = ("breathe", "card", "break", "not_now", "dismissed")


class CallFigures(Protocol):
    """What the policy reads of a finished call (the UI's ``CallSummary``, a
    ``CallArousalSummary``, or a :class:`CallOutcome`): arousal index 0-100 or None, seconds."""

    @property
    def peak(self) -> float | None:
        """Highest arousal index of the call."""
        ...

    @property
    def mean(self) -> float | None:
        """Speech-weighted mean arousal index."""
        ...

    @property
    def tense_s(self) -> float:
        """Seconds above the tense threshold."""
        ...


@dataclass(frozen=True)
class CallOutcome:
    """The arousal summary of one finished call.

    ``peak``/``mean`` are arousal index values (0-100, 50 = the agent's usual; None when the
    call had too little speech to judge); ``tense_s`` is seconds above the tense threshold;
    ``duration_s`` is the call length in seconds.
    """

    peak: float | None
    mean: float | None
    tense_s: float = 0.0
    duration_s: float = 0.0

    @classmethod
    def from_summary(cls, summary: CallFigures) -> CallOutcome:
        """From any object with ``peak``, ``mean`` and ``tense_s`` (e.g. CallArousalSummary)."""
        if isinstance(summary, CallOutcome):
            return summary
        try:
            peak, mean, tense_s = summary.peak, summary.mean, summary.tense_s
        except AttributeError:
            raise SessionError(
                f"intervention policy: call summary {type(summary).__name__} lacks "
                "peak/mean/tense_s", "pass a CallOutcome or CallArousalSummary") from None

        def number(value: Any) -> float | None:
            if value is None:
                return None
            value = float(value)
            return None if math.isnan(value) else value

        return cls(peak=number(peak), mean=number(mean), tense_s=number(tense_s) or 0.0,
                   duration_s=float(getattr(summary, "duration_s", 0.0) or 0.0))


@dataclass(frozen=True)
class Offer:
    """What to show the agent: the choices, and the card moment for the card picker."""

    reason: OfferReason
    moment: Literal["after_tense", "start_of_shift"]
    choices: tuple[OfferChoice, ...]
    offered_at: float  #: epoch seconds
    breathe_s: float = BREATHE_S

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"reason": self.reason, "moment": self.moment, "choices": list(self.choices),
                "offered_at": self.offered_at, "breathe_s": self.breathe_s}


def _local_minutes(t: float) -> int:
    local = datetime.fromtimestamp(t)
    return local.hour * 60 + local.minute


def _local_day(t: float) -> str:
    return datetime.fromtimestamp(t).date().isoformat()


def in_quiet_hours(window: tuple[int, int] | None, minute_of_day: int) -> bool:
    """True when ``minute_of_day`` (0-1439) is inside ``(start, end)`` minutes; the window
    includes its start, excludes its end and may wrap midnight. Equal start and end = none."""
    if window is None:
        return False
    start, end = window
    if start == end:
        return False
    if start < end:
        return start <= minute_of_day < end
    return minute_of_day >= start or minute_of_day < end


class InterventionPolicy:
    """Decides whether and what to offer between calls.

    Parameters
    ----------
    settings
        Effective settings (prompts_enabled, sensitivity, tense_threshold,
        prompt_max_per_hour, prompt_min_gap_min, quiet_hours).
    clock
        Current time, epoch seconds.
    local_minutes
        Epoch seconds -> minutes after local midnight (default: the system time zone).
    local_day
        Epoch seconds -> a local-date key such as ``"2026-11-23"`` (default: system zone).
    """

    def __init__(self, settings: Settings, clock: Callable[[], float], *,
                 local_minutes: Callable[[float], int] | None = None,
                 local_day: Callable[[float], str] | None = None) -> None:
        self._clock = clock
        self._local_minutes = local_minutes or _local_minutes
        self._local_day = local_day or _local_day
        self._settings = settings
        self._quiet = parse_quiet_hours(settings.quiet_hours)
        self._offers: deque[float] = deque()  # epoch s of counted offers (last hour)
        self._last_offer_at: float | None = None
        self._snoozed_until = float("-inf")
        self._dnd = False
        self._in_call = False
        self._streak = 0
        self._tense_run = 0
        self._declines = 0
        self._shift_day: str | None = None
        self.outcomes: list[tuple[float, str]] = []  #: (epoch s, outcome) as recorded

    # ----------------------------------------------------------------- configuration
    @property
    def settings(self) -> Settings:
        """The settings in force."""
        return self._settings

    def update_settings(self, settings: Settings) -> None:
        """Apply changed settings (history such as the hourly count is kept)."""
        self._settings = settings
        self._quiet = parse_quiet_hours(settings.quiet_hours)

    def effective_threshold(self) -> float:
        """Peak arousal (0-100) a tense call must reach, after sensitivity."""
        s = self._settings
        return min(100.0, max(50.0, s.tense_threshold + THRESHOLD_STEP * (3 - s.sensitivity)))

    def min_tense_s(self) -> float:
        """Seconds above the threshold a tense call needs, after sensitivity."""
        return MIN_TENSE_S[self._settings.sensitivity]

    # ----------------------------------------------------------------- agent controls
    def snooze(self, minutes: float) -> None:
        """No prompts for ``minutes`` from now (0 cancels a snooze)."""
        if isinstance(minutes, bool) or not isinstance(minutes, (int, float)) \
                or not 0 <= minutes <= MAX_SNOOZE_MIN:
            raise SessionError(
                f"snooze: minutes must be between 0 and {MAX_SNOOZE_MIN:g}, not {minutes!r}")
        self._snoozed_until = self._clock() + 60.0 * minutes if minutes else float("-inf")

    @property
    def snoozed_until(self) -> float | None:
        """Epoch seconds the snooze ends, or None when not snoozed."""
        return self._snoozed_until if self._snoozed_until > self._clock() else None

    def set_do_not_disturb(self, on: bool) -> None:
        """Do-not-disturb: no prompts at all until switched off."""
        self._dnd = bool(on)

    @property
    def do_not_disturb(self) -> bool:
        """Whether do-not-disturb is on."""
        return self._dnd

    def on_call_state(self, old: CallState, new: CallState, signal: CallSignal) -> None:
        """Listener for :class:`CallStateMachine`: tracks whether a call is on."""
        self._in_call = new is CallState.IN_CALL

    @property
    def in_call(self) -> bool:
        """Whether the policy believes a call is on."""
        return self._in_call

    def record(self, outcome: str) -> None:
        """What the agent did with the last offer: breathe, card, break (prompts then pause
        for :data:`BREAK_MIN` minutes), not_now or dismissed."""
        if outcome not in OUTCOMES:
            raise SessionError(f"intervention outcome {outcome!r} is unknown",
                               f"use one of {', '.join(OUTCOMES)}")
        self.outcomes.append((self._clock(), outcome))
        if outcome in ("not_now", "dismissed"):
            self._declines += 1
            if self._declines >= DECLINES_BEFORE_BACKOFF:
                self._declines = 0
                self._snoozed_until = max(self._snoozed_until,
                                          self._clock() + 60.0 * BACKOFF_MIN)
        else:
            self._declines = 0
        if outcome == "break":
            self._snoozed_until = max(self._snoozed_until, self._clock() + 60.0 * BREAK_MIN)

    # ----------------------------------------------------------------- decisions
    def classify(self, summary: CallFigures) -> Literal["tense", "strained", "calm", "unknown"]:
        """How a call went, by the rules above."""
        outcome = CallOutcome.from_summary(summary)
        if outcome.peak is None:
            return "unknown"
        threshold = self.effective_threshold()
        if outcome.peak >= threshold and outcome.tense_s >= self.min_tense_s():
            return "tense"
        if outcome.peak >= threshold - STRAIN_MARGIN:
            return "strained"
        return "calm"

    def is_tense(self, summary: CallFigures) -> bool:
        """True when the call counts as tense."""
        return self.classify(summary) == "tense"

    @property
    def streak(self) -> int:
        """Strained-or-tense calls in a row since the last offer or calm call."""
        return self._streak

    @property
    def tense_run(self) -> int:
        """Tense calls in a row since the last break suggestion or calm/strained call."""
        return self._tense_run

    def blocked_reason(self, *, counted: bool = True) -> str | None:
        """Why no prompt may be shown now (None = allowed).

        ``counted=False`` skips the hourly cap and the gap (the start-of-shift card).
        """
        s = self._settings
        now = self._clock()
        if not s.prompts_enabled:
            return "prompts_disabled"
        if self._dnd:
            return "do_not_disturb"
        if self._in_call:
            return "in_call"
        if now < self._snoozed_until:
            return "snoozed"
        if in_quiet_hours(self._quiet, self._local_minutes(now)):
            return "quiet_hours"
        if not counted:
            return None
        while self._offers and self._offers[0] <= now - 3600.0:
            self._offers.popleft()
        if len(self._offers) >= s.prompt_max_per_hour:
            return "hourly_cap"
        if self._last_offer_at is not None \
                and now - self._last_offer_at < 60.0 * s.prompt_min_gap_min:
            return "min_gap"
        return None

    def can_prompt_now(self) -> bool:
        """Whether an after-call offer may be shown now (re-check before a delayed show)."""
        return self.blocked_reason() is None

    def after_call(self, summary: CallFigures) -> Offer | None:
        """Judge a finished call; return an offer or None (see the module rules)."""
        kind = self.classify(summary)
        self._count(kind)
        if kind == "tense" and self._tense_run >= TENSE_RUN_FOR_BREAK:
            return self._break_offer()
        if kind == "tense":
            reason: OfferReason = "tense_call"
        elif kind == "strained" and self._streak >= STREAK_CALLS:
            reason = "tense_streak"
        else:
            return None
        if self.blocked_reason() is not None:
            return None
        now = self._clock()
        self._offers.append(now)
        self._last_offer_at = now
        self._streak = 0
        return Offer(reason=reason, moment="after_tense",
                     choices=("breathe", "card", "not_now"), offered_at=now)

    def _count(self, kind: str) -> None:
        """Update the strained-or-tense streak and the run of tense calls."""
        if kind in ("tense", "strained"):
            self._streak += 1
        elif kind == "calm":
            self._streak = 0
        if kind == "tense":
            self._tense_run += 1
        elif kind in ("calm", "strained"):
            self._tense_run = 0

    def _break_offer(self) -> Offer | None:
        """Rule 6: after a run of tense calls, a real break (not bound by the cap or gap)."""
        if self.blocked_reason(counted=False) is not None:
            return None
        now = self._clock()
        self._offers.append(now)
        self._last_offer_at = now
        self._streak = 0
        self._tense_run = 0
        return Offer(reason="tense_run", moment="after_tense",
                     choices=("break", "breathe", "not_now"), offered_at=now)

    def start_of_shift(self) -> Offer | None:
        """A start-of-shift card, once per local day (None if already shown or blocked)."""
        now = self._clock()
        day = self._local_day(now)
        if day == self._shift_day or self.blocked_reason(counted=False) is not None:
            return None
        self._shift_day = day
        return Offer(reason="start_of_shift", moment="start_of_shift",
                     choices=("card", "not_now"), offered_at=now)
