"""InterventionPolicy on a fake clock: every rule."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from companion.session import (
    CallOutcome,
    CallSignal,
    CallState,
    CallStateMachine,
    InterventionPolicy,
    SessionError,
)
from companion.session.intervention import (
    BACKOFF_MIN,
    MIN_TENSE_S,
    STREAK_CALLS,
    in_quiet_hours,
)
from companion.settings import Settings

DAY0 = 1_700_000_000.0 - (1_700_000_000.0 % 86400)  # a UTC midnight


class FakeClock:
    def __init__(self, t: float) -> None:
        self.t = t

    def __call__(self) -> float:
        return self.t

    def advance(self, s: float) -> None:
        self.t += s


def utc_minutes(t: float) -> int:
    return int(t % 86400) // 60


def utc_day(t: float) -> str:
    return str(int(t // 86400))


TENSE = CallOutcome(peak=85.0, mean=60.0, tense_s=40.0)
STRAINED = CallOutcome(peak=67.0, mean=55.0, tense_s=0.0)
CALM = CallOutcome(peak=55.0, mean=48.0, tense_s=0.0)
UNKNOWN = CallOutcome(peak=None, mean=None, tense_s=0.0)


def make(clock: FakeClock, **changes) -> InterventionPolicy:
    settings = Settings().replace(**changes) if changes else Settings()
    return InterventionPolicy(settings, clock, local_minutes=utc_minutes, local_day=utc_day)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(DAY0 + 12 * 3600)  # noon UTC


def test_tense_call_gets_offer(clock):
    p = make(clock)
    offer = p.after_call(TENSE)
    assert offer is not None
    assert offer.reason == "tense_call" and offer.moment == "after_tense"
    assert offer.choices == ("breathe", "card", "not_now") and offer.breathe_s == 60.0
    assert offer.offered_at == clock.t
    assert offer.to_dict()["choices"] == ["breathe", "card", "not_now"]


def test_calm_and_unknown_calls_get_nothing(clock):
    p = make(clock)
    assert p.after_call(CALM) is None
    assert p.after_call(UNKNOWN) is None
    assert p.classify(UNKNOWN) == "unknown"


def test_classification_by_threshold_and_sensitivity(clock):
    p = make(clock)  # sensitivity 3, threshold 70, 20 s
    assert p.effective_threshold() == 70.0 and p.min_tense_s() == MIN_TENSE_S[3]
    assert p.classify(CallOutcome(peak=70.0, mean=50, tense_s=20.0)) == "tense"
    assert p.classify(CallOutcome(peak=69.9, mean=50, tense_s=60.0)) == "strained"
    assert p.classify(CallOutcome(peak=90.0, mean=50, tense_s=19.0)) == "strained"
    assert p.classify(CallOutcome(peak=64.9, mean=50, tense_s=0.0)) == "calm"
    touchy = make(clock, sensitivity=5)
    assert touchy.effective_threshold() == 60.0
    assert touchy.is_tense(CallOutcome(peak=62.0, mean=50, tense_s=5.0))
    relaxed = make(clock, sensitivity=1, tense_threshold=90.0)
    assert relaxed.effective_threshold() == 100.0  # clamped
    assert not relaxed.is_tense(TENSE)
    assert make(clock, tense_threshold=80.0).classify(TENSE) == "tense"
    assert make(clock, tense_threshold=90.0).classify(TENSE) == "strained"


def test_n_strained_calls_in_a_row(clock):
    p = make(clock)
    for i in range(STREAK_CALLS - 1):
        assert p.after_call(STRAINED) is None
        assert p.streak == i + 1
    offer = p.after_call(STRAINED)
    assert offer is not None and offer.reason == "tense_streak"
    assert p.streak == 0


def test_calm_call_breaks_the_streak_unknown_does_not(clock):
    p = make(clock)
    p.after_call(STRAINED)
    p.after_call(STRAINED)
    p.after_call(UNKNOWN)
    assert p.streak == 2
    p.after_call(CALM)
    assert p.streak == 0
    p.after_call(STRAINED)
    assert p.after_call(STRAINED) is None


def test_never_during_a_call(clock):
    p = make(clock)
    p.on_call_state(CallState.IDLE, CallState.IN_CALL, CallSignal.MANUAL)
    assert p.in_call and p.blocked_reason() == "in_call"
    assert p.after_call(TENSE) is None
    assert p.start_of_shift() is None
    p.on_call_state(CallState.IN_CALL, CallState.WRAP_UP, CallSignal.MANUAL)
    assert p.after_call(TENSE) is not None


def test_policy_as_machine_listener(clock):
    p = make(clock)
    m = CallStateMachine(clock=clock)
    m.add_listener(p.on_call_state)
    m.explicit_start(CallSignal.IPC)
    assert not p.can_prompt_now()
    m.explicit_end(CallSignal.IPC)
    assert p.can_prompt_now()


def test_prompts_disabled_never(clock):
    p = make(clock, prompts_enabled=False)
    assert p.after_call(TENSE) is None
    assert p.blocked_reason() == "prompts_disabled"
    assert p.start_of_shift() is None
    p.update_settings(Settings())
    assert p.after_call(TENSE) is not None


def test_do_not_disturb(clock):
    p = make(clock)
    p.set_do_not_disturb(True)
    assert p.do_not_disturb and p.after_call(TENSE) is None
    assert p.blocked_reason() == "do_not_disturb"
    p.set_do_not_disturb(False)
    assert p.after_call(TENSE) is not None


def test_min_gap(clock):
    p = make(clock, prompt_min_gap_min=10, prompt_max_per_hour=20)
    assert p.after_call(TENSE) is not None
    clock.advance(9 * 60 + 59)
    assert p.after_call(TENSE) is None
    assert p.blocked_reason() == "min_gap"
    clock.advance(1)
    assert p.after_call(TENSE) is not None


def test_hourly_cap_is_a_sliding_hour(clock):
    p = make(clock, prompt_min_gap_min=0, prompt_max_per_hour=3)
    start = clock.t
    for _ in range(3):
        assert p.after_call(TENSE) is not None
        clock.advance(60)
    assert p.after_call(TENSE) is None
    assert p.blocked_reason() == "hourly_cap"
    clock.t = start + 3599
    assert p.after_call(TENSE) is None
    clock.t = start + 3600  # the first offer leaves the hour
    assert p.after_call(TENSE) is not None


def test_cap_zero_means_never(clock):
    p = make(clock, prompt_max_per_hour=0)
    assert p.after_call(TENSE) is None
    assert p.blocked_reason() == "hourly_cap"


def test_blocked_tense_call_keeps_streak_for_later(clock):
    p = make(clock, prompt_min_gap_min=30)
    assert p.after_call(TENSE) is not None
    clock.advance(60)
    assert p.after_call(TENSE) is None  # gap; streak 1
    assert p.after_call(STRAINED) is None  # gap; streak 2
    clock.advance(30 * 60)
    offer = p.after_call(STRAINED)  # streak 3, gap over
    assert offer is not None and offer.reason == "tense_streak"


def test_snooze(clock):
    p = make(clock)
    p.snooze(30)
    assert p.snoozed_until == clock.t + 1800
    assert p.after_call(TENSE) is None and p.blocked_reason() == "snoozed"
    clock.advance(1799)
    assert p.after_call(TENSE) is None
    clock.advance(1)
    assert p.snoozed_until is None
    assert p.after_call(TENSE) is not None


def test_snooze_zero_cancels_and_bad_values_rejected(clock):
    p = make(clock)
    p.snooze(60)
    p.snooze(0)
    assert p.snoozed_until is None and p.can_prompt_now()
    for bad in (-1, 24 * 60 + 1, "10", True):
        with pytest.raises(SessionError, match="snooze"):
            p.snooze(bad)  # type: ignore[arg-type]


def test_quiet_hours_across_midnight(clock):
    p = make(clock, quiet_hours="22:00-07:00")
    for hhmm, quiet in [("21:59", False), ("22:00", True), ("23:59", True), ("00:00", True),
                        ("06:59", True), ("07:00", False), ("12:00", False)]:
        h, m = map(int, hhmm.split(":"))
        clock.t = DAY0 + 86400 + h * 3600 + m * 60
        assert (p.blocked_reason() == "quiet_hours") is quiet, hhmm
    clock.t = DAY0 + 86400 + 23 * 3600
    assert p.after_call(TENSE) is None
    clock.t = DAY0 + 2 * 86400 + 8 * 3600
    assert p.after_call(TENSE) is not None


def test_quiet_hours_same_day_window(clock):
    p = make(clock, quiet_hours="12:00-13:30")
    clock.t = DAY0 + 12 * 3600 + 45 * 60
    assert p.after_call(TENSE) is None
    clock.t = DAY0 + 13 * 3600 + 30 * 60
    assert p.after_call(TENSE) is not None


def test_in_quiet_hours_helper():
    assert not in_quiet_hours(None, 600)
    assert not in_quiet_hours((600, 600), 600)  # empty window
    assert in_quiet_hours((1320, 420), 0)
    assert not in_quiet_hours((60, 120), 120)


def test_three_declines_back_off(clock):
    p = make(clock, prompt_min_gap_min=0, prompt_max_per_hour=20)
    for outcome in ("not_now", "dismissed"):
        assert p.after_call(TENSE) is not None
        p.record(outcome)
    assert p.after_call(TENSE) is not None
    p.record("breathe")  # accepting resets the count
    for _ in range(3):
        assert p.after_call(TENSE) is not None
        p.record("not_now")
    assert p.blocked_reason() == "snoozed"
    assert p.snoozed_until == clock.t + 60 * BACKOFF_MIN
    assert [o for _, o in p.outcomes][-4:] == ["breathe", "not_now", "not_now", "not_now"]
    with pytest.raises(SessionError, match="outcome"):
        p.record("maybe")


def test_start_of_shift_once_per_day(clock):
    p = make(clock)
    offer = p.start_of_shift()
    assert offer is not None
    assert offer.moment == "start_of_shift" and offer.choices == ("card", "not_now")
    assert p.start_of_shift() is None
    # It does not count towards the cap or gap.
    assert p.after_call(TENSE) is not None
    clock.advance(86400)
    assert p.start_of_shift() is not None


def test_start_of_shift_waits_out_quiet_hours(clock):
    p = make(clock, quiet_hours="00:00-08:00")
    clock.t = DAY0 + 7 * 3600
    assert p.start_of_shift() is None
    clock.t = DAY0 + 8 * 3600
    assert p.start_of_shift() is not None


def test_from_summary_duck_typing_and_nan():
    @dataclass
    class Summary:
        mean: float
        peak: float
        tense_s: float
        recovery_s: float = 0.0

    out = CallOutcome.from_summary(Summary(mean=50.0, peak=float("nan"), tense_s=3.0))
    assert out.peak is None and out.mean == 50.0 and out.tense_s == 3.0
    assert CallOutcome.from_summary(TENSE) is TENSE
    with pytest.raises(SessionError, match="lacks"):
        CallOutcome.from_summary(object())


# -- rule 6: three tense calls in a row suggest a real break, not another card ---------------
def test_three_tense_calls_in_a_row_suggest_a_real_break(clock: FakeClock) -> None:
    from companion.session.intervention import BREAK_MIN, TENSE_RUN_FOR_BREAK

    policy = make(clock, prompt_min_gap_min=0)
    reasons = []
    for _ in range(TENSE_RUN_FOR_BREAK):
        offer = policy.after_call(TENSE)
        reasons.append(offer.reason if offer else None)
        clock.advance(120)
    assert reasons == ["tense_call", "tense_call", "tense_run"]
    assert policy.tense_run == 0
    # The break suggestion offers the break first and never a card.
    policy2 = make(clock, prompt_min_gap_min=0)
    for _ in range(TENSE_RUN_FOR_BREAK):
        offer = policy2.after_call(TENSE)
    assert offer is not None and offer.choices == ("break", "breathe", "not_now")
    assert offer.moment == "after_tense"
    # Taking the break quiets prompts for BREAK_MIN minutes.
    policy2.record("break")
    assert policy2.blocked_reason() == "snoozed"
    clock.advance(60 * BREAK_MIN + 1)
    assert policy2.blocked_reason(counted=False) is None


def test_the_break_suggestion_is_not_held_back_by_the_cap_or_gap(clock: FakeClock) -> None:
    policy = make(clock, prompt_min_gap_min=60, prompt_max_per_hour=1)
    first = policy.after_call(TENSE)
    second = policy.after_call(TENSE)          # blocked by the gap and the cap
    third = policy.after_call(TENSE)
    assert first is not None and second is None
    assert third is not None and third.reason == "tense_run"
    # ... but quiet hours, do-not-disturb and a call in progress still hold it back.
    policy.set_do_not_disturb(True)
    for _ in range(3):
        assert policy.after_call(TENSE) is None


@pytest.mark.parametrize(("between", "breaks"), [(CALM, False), (STRAINED, False),
                                                 (UNKNOWN, True)])
def test_a_calm_or_strained_call_ends_the_run(clock: FakeClock, between: CallOutcome,
                                              breaks: bool) -> None:
    policy = make(clock, prompt_min_gap_min=0, prompt_max_per_hour=20)
    policy.after_call(TENSE)
    policy.after_call(TENSE)
    policy.after_call(between)
    offer = policy.after_call(TENSE)
    assert (offer is not None and offer.reason == "tense_run") == breaks
