"""Property test: random mixes of speech, explicit signals, mic polls and time keep the call
state machine's invariants."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from companion.session import CallSignal, CallState, CallStateMachine

EXPLICIT = [CallSignal.MANUAL, CallSignal.IPC, CallSignal.OS_MIC]

steps = st.lists(
    st.one_of(
        st.tuples(st.just("speech"), st.booleans(), st.floats(0.0, 30.0)),
        st.tuples(st.just("start"), st.sampled_from(EXPLICIT)),
        st.tuples(st.just("end"), st.sampled_from(EXPLICIT)),
        st.tuples(st.just("mic"), st.sampled_from([True, False, None])),
        st.tuples(st.just("wait"), st.floats(0.0, 200.0)),
    ),
    max_size=60,
)


@settings(max_examples=300, deadline=None)
@given(steps)
def test_invariants_hold_for_any_input_sequence(seq):
    t = [1_000.0]
    m = CallStateMachine(start_speech_s=4.0, end_silence_s=20.0, wrap_up_s=90.0,
                         holdoff_s=30.0, clock=lambda: t[0])
    events = []

    def listener(old, new, sig):
        events.append((old, new, sig))
        if sig is CallSignal.SPEECH and new is CallState.IN_CALL:
            # The heuristic never starts a call inside the hold-off of an explicit end.
            assert t[0] >= m.holdoff_until

    m.add_listener(listener)
    for step in seq:
        explicit_before = m.explicit
        state_before = m.state
        kind = step[0]
        if kind == "speech":
            _, speaking, seconds = step
            t[0] += seconds
            m.feed_speech(speaking, seconds)
        elif kind == "start":
            m.explicit_start(step[1])
            assert m.state is CallState.IN_CALL and m.explicit
        elif kind == "end":
            m.explicit_end(step[1])
            assert m.holdoff_until == t[0] + m.holdoff_s
            assert m.state is not CallState.IN_CALL
        elif kind == "mic":
            m.feed_mic_in_use(step[1])
        else:
            t[0] += step[1]
            m.tick()
        # An explicit call is never ended by the speech heuristic.
        if explicit_before and state_before is CallState.IN_CALL and kind == "speech":
            assert m.state is CallState.IN_CALL
        # WRAP_UP never outlives wrap_up_s once ticked.
        m.tick()
        if m.state is CallState.WRAP_UP:
            assert t[0] - m.since < m.wrap_up_s

    prev = CallState.IDLE
    for old, new, sig in events:
        assert old is prev and old is not new  # listeners see a consistent chain
        prev = new
        if new is CallState.IDLE:
            assert old is CallState.WRAP_UP and sig is CallSignal.TIMER
        if sig is CallSignal.TIMER:
            assert new is CallState.IDLE
    assert prev is m.state
    for span in m.calls:
        if span.ended_at is not None:
            assert span.ended_at >= span.started_at
            assert span.end_signal is not None
    # At most the last call is open, and only while IN_CALL.
    open_calls = [s for s in m.calls if s.ended_at is None]
    assert len(open_calls) == (1 if m.state is CallState.IN_CALL else 0)
