"""Is the agent on a call? The call-state machine ``IDLE -> IN_CALL -> WRAP_UP -> IDLE``.

Runs on the GUI thread (a plain Python object the app drives from Qt signals and a ~1 s
timer); it imports no Qt and reads time only from the injected ``clock`` (epoch seconds), so
tests run it on a fake clock.

Inputs, weakest to strongest:

* the **speech heuristic** (:meth:`CallStateMachine.feed_speech`): at least ``start_speech_s``
  seconds of the *wearer's own* speech within a short window (``2 * start_speech_s``, at least
  6 s) starts a call; ``end_silence_s`` seconds without it end it. Other talkers never count:
  the engine feeds only the frames the wearer gate attributes to the wearer. Durations are
  *stream* seconds as fed, not clock seconds, so a sped-up demo source behaves like real time;
  the rule itself is :class:`companion.pipeline.SpeechCallRule` (exact stream positions, the
  same rule ``companion analyze`` applies), and each :class:`CallSpan` keeps the stream
  seconds where the call began and ended.
* **explicit signals** (:meth:`CallStateMachine.explicit_start` / ``explicit_end``): the tray
  action or keyboard (``MANUAL``), ``companion call start|end`` (``IPC``) and the OS
  mic-in-use detector (``OS_MIC``). They override the heuristic: a call started explicitly is
  never ended by silence (only by an explicit end, OS mic release included), and after an
  explicit end the heuristic cannot start a call for ``holdoff_s`` seconds.

``WRAP_UP`` lasts ``wrap_up_s`` seconds (expired by :meth:`CallStateMachine.tick`), then
``IDLE``; a new call during wrap-up goes straight back to ``IN_CALL``. Listeners are called as
``fn(old_state, new_state, signal)`` after every transition.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from companion.errors import CompanionError
from companion.pipeline.call_rule import TICK_S, SpeechCallRule, to_ticks
from companion.settings import Settings
from companion.store.records import CallSignal


class SessionError(CompanionError):
    """A bad parameter given to the session logic (call state, policy, detectors)."""


class CallState(enum.Enum):
    """Where the agent is in the call cycle."""

    IDLE = "idle"
    IN_CALL = "in_call"
    WRAP_UP = "wrap_up"


#: Signals that count as explicit (override the speech heuristic).
EXPLICIT_SIGNALS = frozenset({CallSignal.MANUAL, CallSignal.IPC, CallSignal.OS_MIC})

Listener = Callable[[CallState, CallState, CallSignal], None]


@dataclass
class CallSpan:
    """One call: start/end as epoch seconds and the signals that started/ended it.

    ``start_stream_s`` / ``end_stream_s`` are the same instants in stream seconds (the
    position in the speech fed to the machine), for the call's arousal summary.
    """

    started_at: float
    start_signal: CallSignal
    ended_at: float | None = None
    end_signal: CallSignal | None = None
    start_stream_s: float = 0.0
    end_stream_s: float | None = None

    @property
    def duration_s(self) -> float | None:
        """Call length in seconds (None while the call is on)."""
        return None if self.ended_at is None else self.ended_at - self.started_at


@dataclass(frozen=True)
class CallStatus:
    """A snapshot for ``companion call status`` and the tray tooltip."""

    state: CallState
    since: float  #: epoch seconds the current state was entered
    signal: CallSignal | None  #: what caused the current state (None = initial IDLE)
    call_started_at: float | None  #: start of the current (or wrap-up's) call

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (the ``call.status`` IPC reply)."""
        return {
            "state": self.state.value,
            "since": self.since,
            "signal": None if self.signal is None else self.signal.value,
            "call_started_at": self.call_started_at,
        }


def _positive(name: str, value: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not value > 0:
        raise SessionError(f"call state: {name} must be a positive number of seconds, not {value!r}")
    return float(value)


class CallStateMachine:
    """Tracks the call state from speech activity and explicit signals.

    Parameters
    ----------
    start_speech_s
        Seconds of agent speech within the start window that start a call (heuristic).
    end_silence_s
        Seconds without speech that end a heuristically started call.
    wrap_up_s
        Seconds spent in ``WRAP_UP`` before ``IDLE``.
    holdoff_s
        Seconds after an explicit end during which the heuristic cannot start a call.
    clock
        Returns the current time in epoch seconds.
    """

    def __init__(self, *, start_speech_s: float = 4.0, end_silence_s: float = 20.0,
                 wrap_up_s: float = 90.0, holdoff_s: float = 30.0,
                 clock: Callable[[], float]) -> None:
        self.start_speech_s = _positive("start_speech_s", start_speech_s)
        self.end_silence_s = _positive("end_silence_s", end_silence_s)
        self.wrap_up_s = _positive("wrap_up_s", wrap_up_s)
        self.holdoff_s = _positive("holdoff_s", holdoff_s)
        self.rule = SpeechCallRule(self.start_speech_s, self.end_silence_s)
        #: Stream seconds over which speech is summed for the start rule.
        self.start_window_s = self.rule.start_window_s
        self._clock = clock
        self._state = CallState.IDLE
        self._since = clock()
        self._signal: CallSignal | None = None
        self._explicit = False
        self._holdoff_until = float("-inf")
        self._listeners: list[Listener] = []
        self._calls: list[CallSpan] = []
        self._mic_in_use: bool | None = None

    @classmethod
    def from_settings(cls, settings: Settings, clock: Callable[[], float]) -> CallStateMachine:
        """Built from :class:`companion.settings.Settings` (call_start_speech_s,
        call_end_silence_s, wrap_up_s)."""
        return cls(start_speech_s=settings.call_start_speech_s,
                   end_silence_s=settings.call_end_silence_s,
                   wrap_up_s=settings.wrap_up_s, clock=clock)

    # ----------------------------------------------------------------- read-only state
    @property
    def state(self) -> CallState:
        """The current state."""
        return self._state

    @property
    def since(self) -> float:
        """Epoch seconds when the current state was entered."""
        return self._since

    @property
    def explicit(self) -> bool:
        """True while the current call was started (or confirmed) by an explicit signal."""
        return self._state is CallState.IN_CALL and self._explicit

    @property
    def current_call(self) -> CallSpan | None:
        """The call in progress (None unless IN_CALL)."""
        if self._state is CallState.IN_CALL and self._calls:
            return self._calls[-1]
        return None

    @property
    def last_call(self) -> CallSpan | None:
        """The most recent finished call."""
        for span in reversed(self._calls):
            if span.ended_at is not None:
                return span
        return None

    @property
    def calls(self) -> list[CallSpan]:
        """Every call seen since start, oldest first (a copy)."""
        return list(self._calls)

    @property
    def call_started_at(self) -> float | None:
        """Start of the current call, or of the call being wrapped up; else None."""
        if self._state is CallState.IDLE or not self._calls:
            return None
        return self._calls[-1].started_at

    @property
    def holdoff_until(self) -> float:
        """Epoch seconds until which the heuristic may not start a call."""
        return self._holdoff_until

    def status(self) -> CallStatus:
        """A snapshot of the state (after expiring a due wrap-up)."""
        self.tick()
        return CallStatus(self._state, self._since, self._signal, self.call_started_at)

    # ----------------------------------------------------------------- listeners
    def add_listener(self, fn: Listener) -> None:
        """Call ``fn(old, new, signal)`` after every transition."""
        self._listeners.append(fn)

    def remove_listener(self, fn: Listener) -> None:
        """Stop calling ``fn`` (no error when it was not registered)."""
        if fn in self._listeners:
            self._listeners.remove(fn)

    # ----------------------------------------------------------------- inputs
    def tick(self) -> None:
        """Expire a finished wrap-up (WRAP_UP -> IDLE after ``wrap_up_s``)."""
        if self._state is CallState.WRAP_UP and self._clock() - self._since >= self.wrap_up_s:
            self._transition(CallState.IDLE, CallSignal.TIMER)

    def feed_speech(self, speaking: bool, duration_s: float) -> None:
        """Feed ``duration_s`` stream seconds of voice activity (True = the wearer spoke).

        Starts a call after ``start_speech_s`` of speech within ``start_window_s``; ends a
        heuristically started call after ``end_silence_s`` of continuous silence. Durations
        count in whole milliseconds.
        """
        if isinstance(duration_s, bool) or not isinstance(duration_s, (int, float)) \
                or not duration_s >= 0:
            raise SessionError(
                f"call state: speech duration must be >= 0 seconds, not {duration_s!r}")
        self.tick()
        ticks = to_ticks(float(duration_s))
        if ticks == 0:
            return
        now = self._clock()
        end_pos = self.rule.position + ticks

        def clock_at(pos: int) -> float:
            return now - (end_pos - pos) * TICK_S

        if self._state is CallState.IN_CALL:
            hit = self.rule.feed(speaking, ticks, watch=None if self._explicit else "end")
            if hit is not None:
                self._end_call(CallSignal.SPEECH, ended_at=clock_at(hit), stream_at=hit)
            return
        if now < self._holdoff_until:
            self.rule.feed(speaking, ticks, watch=None)
            self.rule.clear()  # speech during the hold-off never counts later
            return
        hit = self.rule.feed(speaking, ticks, watch="start")
        if hit is not None:
            self._start_call(CallSignal.SPEECH, explicit=False, started_at=clock_at(hit),
                             stream_at=hit)

    def explicit_start(self, signal: CallSignal) -> bool:
        """An explicit "call started" (MANUAL, IPC or OS_MIC). Returns True if the state changed.

        During a heuristic call it only marks the call explicit (silence no longer ends it).
        """
        self._check_explicit(signal)
        self.tick()
        self._holdoff_until = float("-inf")
        if self._state is CallState.IN_CALL:
            self._explicit = True
            return False
        self._start_call(signal, explicit=True, started_at=self._clock(),
                         stream_at=self.rule.position)
        return True

    def explicit_end(self, signal: CallSignal) -> bool:
        """An explicit "call ended". Returns True if a call was ended.

        Starts the hold-off in any state: right after an explicit end the agent's talk (notes,
        a colleague) must not restart a call.
        """
        self._check_explicit(signal)
        self.tick()
        now = self._clock()
        self._holdoff_until = now + self.holdoff_s
        self.rule.clear()
        if self._state is not CallState.IN_CALL:
            return False
        self._end_call(signal, ended_at=now, stream_at=self.rule.position)
        return True

    def feed_mic_in_use(self, in_use: bool | None) -> None:
        """Feed one :meth:`MicInUseDetector.poll` result; edges become OS_MIC start/end.

        ``None`` (cannot tell) changes nothing. The first known value only starts a call if it
        is True (an app already holding the mic when we start counts as a call).
        """
        if in_use is None:
            return
        previous, self._mic_in_use = self._mic_in_use, bool(in_use)
        if in_use and previous is not True:
            self.explicit_start(CallSignal.OS_MIC)
        elif not in_use and previous is True:
            self.explicit_end(CallSignal.OS_MIC)

    # ----------------------------------------------------------------- internals
    @staticmethod
    def _check_explicit(signal: CallSignal) -> None:
        if signal not in EXPLICIT_SIGNALS:
            raise SessionError(
                f"call state: {signal!r} is not an explicit signal",
                "use CallSignal.MANUAL, CallSignal.IPC or CallSignal.OS_MIC")

    def _start_call(self, signal: CallSignal, *, explicit: bool, started_at: float,
                    stream_at: int) -> None:
        self._explicit = explicit
        self.rule.clear()
        self._calls.append(CallSpan(started_at=started_at, start_signal=signal,
                                    start_stream_s=stream_at * TICK_S))
        self._transition(CallState.IN_CALL, signal)

    def _end_call(self, signal: CallSignal, *, ended_at: float, stream_at: int) -> None:
        span = self._calls[-1]
        span.ended_at = max(ended_at, span.started_at)
        span.end_stream_s = max(stream_at * TICK_S, span.start_stream_s)
        span.end_signal = signal
        self._explicit = False
        self.rule.clear()
        self._transition(CallState.WRAP_UP, signal)

    def _transition(self, new: CallState, signal: CallSignal) -> None:
        old = self._state
        self._state = new
        self._since = self._clock()
        self._signal = signal
        for fn in list(self._listeners):
            fn(old, new, signal)


#: The ``call.*`` IPC commands :func:`handle_call_command` serves.
CALL_COMMANDS = ("call.start", "call.end", "call.status")


def handle_call_command(machine: CallStateMachine, cmd: str,
                        args: dict[str, Any] | None = None) -> dict[str, Any]:
    """Serve ``call.start``, ``call.end`` or ``call.status`` from the IPC handler.

    Returns the status dict (see :meth:`CallStatus.to_dict`) plus ``"changed"`` (bool).
    """
    if cmd == "call.start":
        changed = machine.explicit_start(CallSignal.IPC)
    elif cmd == "call.end":
        changed = machine.explicit_end(CallSignal.IPC)
    elif cmd == "call.status":
        changed = False
    else:
        raise SessionError(f"unknown call command {cmd!r}", f"use one of {', '.join(CALL_COMMANDS)}")
    result = machine.status().to_dict()
    result["changed"] = changed
    return result
