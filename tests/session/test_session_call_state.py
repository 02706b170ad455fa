"""CallStateMachine on a fake clock: every transition, override rules, hold-off, wrap-up."""

from __future__ import annotations

import pytest

from companion.errors import CompanionError
from companion.session import (
    CallSignal,
    CallState,
    CallStateMachine,
    SessionError,
    handle_call_command,
)
from companion.settings import Settings

IDLE, IN_CALL, WRAP_UP = CallState.IDLE, CallState.IN_CALL, CallState.WRAP_UP
T0 = 1_700_000_000.0


class FakeClock:
    """Epoch seconds that only move when told."""

    def __init__(self, t: float = T0) -> None:
        self.t = t

    def __call__(self) -> float:
        return self.t

    def advance(self, s: float) -> None:
        self.t += s


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def machine(clock: FakeClock) -> tuple[CallStateMachine, list]:
    m = CallStateMachine(start_speech_s=4.0, end_silence_s=20.0, wrap_up_s=90.0,
                         holdoff_s=30.0, clock=clock)
    events: list = []
    m.add_listener(lambda old, new, sig: events.append((old, new, sig)))
    return m, events


def feed(m: CallStateMachine, clock: FakeClock, speaking: bool, seconds: float,
         step: float = 0.1) -> None:
    """Feed ``seconds`` of activity in ``step`` blocks, advancing the clock with it."""
    n = round(seconds / step)
    for _ in range(n):
        clock.advance(step)
        m.feed_speech(speaking, step)


def test_starts_idle(machine):
    m, events = machine
    assert m.state is IDLE and m.call_started_at is None and events == []
    assert m.status().to_dict() == {"state": "idle", "since": T0, "signal": None,
                                    "call_started_at": None}


def test_sustained_speech_starts_call(machine, clock):
    m, events = machine
    feed(m, clock, True, 3.9)
    assert m.state is IDLE
    feed(m, clock, True, 0.2)
    assert m.state is IN_CALL
    assert events == [(IDLE, IN_CALL, CallSignal.SPEECH)]
    # The start is dated back to where the sustained speech began.
    assert m.call_started_at == pytest.approx(T0, abs=0.15)
    assert m.current_call.start_signal is CallSignal.SPEECH
    assert not m.explicit


def test_short_bursts_spread_out_do_not_start(machine, clock):
    m, _ = machine
    for _ in range(10):  # 1 s of speech every 5 s: never 4 s within the 8 s window
        feed(m, clock, True, 1.0)
        feed(m, clock, False, 4.0)
    assert m.state is IDLE


def test_speech_with_short_pauses_within_window_starts(machine, clock):
    m, _ = machine
    for _ in range(3):  # 1.5 s talk, 0.5 s pause: 4 s of speech within ~6 s
        feed(m, clock, True, 1.5)
        feed(m, clock, False, 0.5)
    assert m.state is IN_CALL


def test_silence_ends_heuristic_call_then_wrap_up_expires(machine, clock):
    m, events = machine
    feed(m, clock, True, 10.0)
    feed(m, clock, False, 19.8)
    assert m.state is IN_CALL
    feed(m, clock, False, 0.3)
    assert m.state is WRAP_UP
    assert events[-1] == (IN_CALL, WRAP_UP, CallSignal.SPEECH)
    call = m.last_call
    assert call.end_signal is CallSignal.SPEECH
    # The end is dated back to the last speech.
    assert call.ended_at == pytest.approx(T0 + 10.0, abs=0.15)
    assert call.duration_s == pytest.approx(10.0, abs=0.3)
    assert m.call_started_at == call.started_at  # still known during wrap-up
    clock.advance(89.0)
    m.tick()
    assert m.state is WRAP_UP
    clock.advance(1.0)
    m.tick()
    assert m.state is IDLE
    assert events[-1] == (WRAP_UP, IDLE, CallSignal.TIMER)
    assert m.call_started_at is None


def test_new_call_during_wrap_up_goes_straight_to_in_call(machine, clock):
    m, events = machine
    feed(m, clock, True, 5.0)
    feed(m, clock, False, 21.0)
    assert m.state is WRAP_UP
    feed(m, clock, True, 4.5)
    assert m.state is IN_CALL
    assert events[-1] == (WRAP_UP, IN_CALL, CallSignal.SPEECH)
    assert len(m.calls) == 2


def test_explicit_start_in_wrap_up_goes_to_in_call(machine, clock):
    m, events = machine
    assert m.explicit_start(CallSignal.MANUAL)
    assert m.explicit_end(CallSignal.MANUAL)
    clock.advance(5)
    assert m.explicit_start(CallSignal.IPC)
    assert [e[1] for e in events] == [IN_CALL, WRAP_UP, IN_CALL]


@pytest.mark.parametrize("signal", [CallSignal.MANUAL, CallSignal.IPC, CallSignal.OS_MIC])
def test_explicit_call_is_not_ended_by_silence(machine, clock, signal):
    m, events = machine
    assert m.explicit_start(signal)
    assert m.state is IN_CALL and m.explicit
    assert events == [(IDLE, IN_CALL, signal)]
    feed(m, clock, False, 600.0, step=1.0)
    assert m.state is IN_CALL
    clock.advance(3)
    assert m.explicit_end(signal)
    assert m.state is WRAP_UP
    assert m.last_call.start_signal is signal and m.last_call.end_signal is signal
    assert m.last_call.duration_s == pytest.approx(603.0)


def test_os_mic_release_ends_a_manual_call(machine, clock):
    m, _ = machine
    m.explicit_start(CallSignal.MANUAL)
    m.feed_mic_in_use(True)  # already in a call: no transition
    assert m.state is IN_CALL and len(m.calls) == 1
    clock.advance(60)
    m.feed_mic_in_use(False)
    assert m.state is WRAP_UP
    assert m.last_call.end_signal is CallSignal.OS_MIC


def test_explicit_start_upgrades_a_heuristic_call(machine, clock):
    m, events = machine
    feed(m, clock, True, 5.0)
    assert m.state is IN_CALL and not m.explicit
    assert not m.explicit_start(CallSignal.IPC)  # no transition
    assert m.explicit and len(events) == 1
    feed(m, clock, False, 60.0, step=1.0)
    assert m.state is IN_CALL  # silence no longer ends it


def test_holdoff_blocks_heuristic_after_explicit_end(machine, clock):
    m, events = machine
    m.explicit_start(CallSignal.IPC)
    clock.advance(100)
    m.explicit_end(CallSignal.IPC)
    assert m.holdoff_until == clock.t + 30.0
    feed(m, clock, True, 25.0)  # talking about the call right after: no new call
    assert m.state is WRAP_UP
    feed(m, clock, True, 5.0)  # hold-off over at +30 s, but speech before it never counts
    assert m.state is WRAP_UP
    feed(m, clock, True, 4.2)
    assert m.state is IN_CALL
    assert events[-1] == (WRAP_UP, IN_CALL, CallSignal.SPEECH)


def test_explicit_end_while_idle_also_holds_off(machine, clock):
    m, _ = machine
    assert not m.explicit_end(CallSignal.MANUAL)
    assert m.state is IDLE
    feed(m, clock, True, 10.0)
    assert m.state is IDLE


def test_explicit_start_cancels_holdoff(machine, clock):
    m, _ = machine
    m.explicit_start(CallSignal.MANUAL)
    m.explicit_end(CallSignal.MANUAL)
    m.explicit_start(CallSignal.MANUAL)
    m.explicit_end(CallSignal.OS_MIC)
    assert m.state is WRAP_UP
    m.explicit_start(CallSignal.MANUAL)
    assert m.holdoff_until == float("-inf")


def test_heuristic_cannot_end_explicit_and_explicit_end_is_noop_when_idle(machine):
    m, events = machine
    assert not m.explicit_end(CallSignal.IPC)
    assert events == []


def test_wrap_up_expires_lazily_on_other_inputs(machine, clock):
    m, events = machine
    m.explicit_start(CallSignal.MANUAL)
    m.explicit_end(CallSignal.MANUAL)
    clock.advance(120)
    assert m.status().state is IDLE  # status() expires a due wrap-up
    assert events[-1] == (WRAP_UP, IDLE, CallSignal.TIMER)


def test_explicit_start_after_wrap_up_expiry_goes_from_idle(machine, clock):
    m, events = machine
    m.explicit_start(CallSignal.MANUAL)
    m.explicit_end(CallSignal.MANUAL)
    clock.advance(91)
    m.explicit_start(CallSignal.OS_MIC)
    assert events[-2:] == [(WRAP_UP, IDLE, CallSignal.TIMER),
                           (IDLE, IN_CALL, CallSignal.OS_MIC)]


def test_mic_in_use_edges(machine, clock):
    m, events = machine
    m.feed_mic_in_use(None)
    m.feed_mic_in_use(False)
    assert events == []
    m.feed_mic_in_use(True)
    m.feed_mic_in_use(True)
    m.feed_mic_in_use(None)  # cannot tell: no change
    assert m.state is IN_CALL and len(events) == 1
    m.feed_mic_in_use(False)
    assert m.state is WRAP_UP
    m.feed_mic_in_use(False)
    assert len(events) == 2
    assert [e[2] for e in events] == [CallSignal.OS_MIC, CallSignal.OS_MIC]


def test_listener_removal(machine, clock):
    m, events = machine
    seen = []

    def fn(old, new, sig):
        seen.append(new)

    m.add_listener(fn)
    m.explicit_start(CallSignal.MANUAL)
    m.remove_listener(fn)
    m.remove_listener(fn)  # no error
    m.explicit_end(CallSignal.MANUAL)
    assert seen == [IN_CALL] and len(events) == 2


def test_since_tracks_transition_time(machine, clock):
    m, _ = machine
    clock.advance(7)
    m.explicit_start(CallSignal.IPC)
    assert m.since == T0 + 7
    status = m.status()
    assert status.state is IN_CALL and status.signal is CallSignal.IPC
    assert status.call_started_at == T0 + 7


def test_bad_inputs_raise_one_line_errors(clock):
    with pytest.raises(SessionError, match="start_speech_s"):
        CallStateMachine(start_speech_s=0, clock=clock)
    with pytest.raises(SessionError, match="wrap_up_s"):
        CallStateMachine(wrap_up_s=-1, clock=clock)
    with pytest.raises(CompanionError, match="holdoff_s"):
        CallStateMachine(holdoff_s="x", clock=clock)  # type: ignore[arg-type]
    m = CallStateMachine(clock=clock)
    with pytest.raises(SessionError, match="duration"):
        m.feed_speech(True, -0.1)
    with pytest.raises(SessionError, match="duration"):
        m.feed_speech(True, float("nan"))
    with pytest.raises(SessionError, match="not an explicit signal") as info:
        m.explicit_start(CallSignal.SPEECH)
    assert "\n" not in str(info.value)
    with pytest.raises(SessionError):
        m.explicit_end(CallSignal.TIMER)
    m.feed_speech(True, 0.0)  # zero duration is a no-op
    assert m.state is IDLE


def test_from_settings_uses_setting_values(clock):
    s = Settings().replace(call_start_speech_s=2.0, call_end_silence_s=5.0, wrap_up_s=10.0)
    m = CallStateMachine.from_settings(s, clock)
    assert (m.start_speech_s, m.end_silence_s, m.wrap_up_s) == (2.0, 5.0, 10.0)
    feed(m, clock, True, 2.1)
    assert m.state is IN_CALL
    feed(m, clock, False, 5.1)
    assert m.state is WRAP_UP


def test_large_chunks_count_partially(clock):
    m = CallStateMachine(start_speech_s=4.0, clock=clock)
    m.feed_speech(True, 3.0)
    m.feed_speech(False, 10.0)  # pushes the speech out of the 8 s window
    m.feed_speech(True, 3.0)
    assert m.state is IDLE
    m.feed_speech(True, 30.0)  # one big chunk longer than the window
    assert m.state is IN_CALL


def test_handle_call_command(machine, clock):
    m, _ = machine
    r = handle_call_command(m, "call.start", {})
    assert r["state"] == "in_call" and r["signal"] == "ipc" and r["changed"] is True
    assert handle_call_command(m, "call.start", {})["changed"] is False
    clock.advance(30)
    r = handle_call_command(m, "call.status")
    assert r["state"] == "in_call" and r["call_started_at"] == T0 and not r["changed"]
    r = handle_call_command(m, "call.end", {})
    assert r["state"] == "wrap_up" and r["changed"] is True and r["since"] == T0 + 30
    with pytest.raises(SessionError, match="unknown call command"):
        handle_call_command(m, "call.pause", {})
