"""Calls from the wearer's speech, and exact per-call arousal summaries over stream time.

* :class:`SpeechCalls` applies the call-state machine's speech rule
  (:class:`~companion.pipeline.call_rule.SpeechCallRule`) without explicit signals: the calls
  ``companion analyze`` finds in a recording.
* :class:`CallRecorder` keeps the last few seconds of frames and the episodes, and turns a
  call's stream-time span into a :class:`~companion.arousal.CallArousalSummary` with the one
  definition of :mod:`companion.arousal.summary`. The app and ``analyze`` both use it, so the
  same samples give the same call summaries bit for bit.

Plain Python + numpy; the app drives these from the GUI thread, ``analyze`` from the CLI
thread.
"""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass

from companion.arousal import ArousalAccumulator, ArousalConfig, CallArousalSummary, Episode
from companion.pipeline.call_rule import TICK_S, SpeechCallRule, to_ticks
from companion.pipeline.records import EpisodeEvent, ScoredFrames

#: Extra stream time the recorder keeps beyond what the rule can date a call back by (s).
_LOOKBACK_MARGIN_S = 5.0

__all__ = ["CallRecorder", "CallSpanSummary", "SpeechCalls"]

class SpeechCalls:
    """Calls started and ended by the wearer's speech alone (no explicit signals): what the
    app's call-state machine does with the speech input, for ``companion analyze``."""

    def __init__(self, start_speech_s: float = 4.0, end_silence_s: float = 20.0) -> None:
        self.rule = SpeechCallRule(start_speech_s, end_silence_s)
        self.in_call = False

    def feed(self, speaking: bool, duration_s: float) -> tuple[str, float] | None:
        """Feed a speech run; returns ``("start" | "end", stream seconds)`` on a change."""
        watch = "end" if self.in_call else "start"
        hit = self.rule.feed(speaking, to_ticks(duration_s), watch=watch)
        if hit is None:
            return None
        self.in_call = not self.in_call
        self.rule.clear()
        return watch, hit * TICK_S


@dataclass(frozen=True)
class CallSpanSummary:
    """One call found in a recording: stream seconds and its arousal summary."""

    start_s: float
    end_s: float
    arousal: CallArousalSummary

    def to_dict(self) -> dict[str, float | int | bool | None]:
        """Rounded JSON-ready record (``start_s``, ``end_s`` and the summary's fields)."""
        return {"start_s": round(self.start_s, 3), "end_s": round(self.end_s, 3),
                **self.arousal.to_dict()}


class CallRecorder:
    """Exact arousal summaries of calls given as stream-time spans.

    Feed every block's frames and episode changes with :meth:`add` (before telling it
    about call starts and ends found in that block); :meth:`start` and :meth:`end` take
    stream seconds that may lie up to ``lookback_s`` in the past.

    Parameters
    ----------
    config
        Arousal settings (``hop_s``, ``upper``, ``recovery_level``).
    lookback_s
        How far back a start or end may be dated (at least the call rule's start window
        and end silence).
    """

    def __init__(self, config: ArousalConfig, *, lookback_s: float) -> None:
        self.config = config
        self.lookback_s = float(lookback_s) + _LOOKBACK_MARGIN_S
        self._ring: deque[ScoredFrames] = deque()
        self._acc: ArousalAccumulator | None = None
        self._closed: list[Episode] = []
        self._open: EpisodeEvent | None = None
        self._end_s = 0.0  # end of the newest frame

    @classmethod
    def for_rule(cls, config: ArousalConfig, rule: SpeechCallRule) -> CallRecorder:
        """A recorder that can date calls back as far as ``rule`` does."""
        return cls(config, lookback_s=max(rule.start_window_s, rule.end_silence_s))

    @property
    def in_call(self) -> bool:
        """True between :meth:`start` and :meth:`end`."""
        return self._acc is not None

    def add(self, frames: ScoredFrames, closed: tuple[EpisodeEvent, ...] = (),
            open_episode: EpisodeEvent | None = None) -> None:
        """Frames (in stream order) and the episode changes that came with them."""
        if len(frames):
            self._ring.append(frames)
            self._end_s = float(frames.t_s[-1]) + 0.5 * self.config.hop_s
        self._closed.extend(e.as_episode(self._end_s) for e in closed)
        self._open = open_episode
        horizon = self._end_s - self.lookback_s
        while self._ring and self._ring[0].t_s[-1] < horizon:
            old = self._ring.popleft()
            if self._acc is not None:
                self._fold(self._acc, old, math.inf)
        if self._acc is None:
            keep = horizon - self.lookback_s
            self._closed = [e for e in self._closed if e.end_s > keep]

    def _fold(self, acc: ArousalAccumulator, frames: ScoredFrames, end_s: float) -> None:
        sel = (frames.t_s >= acc.start_s) & (frames.t_s < end_s)
        if sel.any():
            acc.add(frames.t_s[sel], frames.arousal[sel], frames.talking[sel])

    def start(self, at_s: float) -> None:
        """A call started at stream second ``at_s``."""
        self._acc = ArousalAccumulator(self.config, start_s=at_s)

    def progress(self) -> tuple[float | None, float]:
        """The call so far: ``(mean index or None, seconds of the wearer's speech)``."""
        if self._acc is None:
            return None, 0.0
        acc = self._acc.copy()
        for frames in self._ring:
            self._fold(acc, frames, math.inf)
        return acc.mean, acc.speech_s

    def end(self, at_s: float) -> CallArousalSummary:
        """The call ended at stream second ``at_s``: its summary."""
        acc, self._acc = self._acc, None
        return self._summary(acc, at_s)

    def so_far(self) -> CallArousalSummary:
        """The running call's summary up to the newest frame, without ending it (what to
        keep if the process ended now)."""
        return self._summary(None if self._acc is None else self._acc.copy(), self._end_s)

    def _summary(self, acc: ArousalAccumulator | None, at_s: float) -> CallArousalSummary:
        if acc is None:
            acc = ArousalAccumulator(self.config, start_s=at_s)
        for frames in self._ring:
            self._fold(acc, frames, at_s)
        episodes = list(self._closed)
        if self._open is not None:
            episodes.append(self._open.as_episode(self._end_s))
        return acc.summary(at_s, episodes)

    @property
    def end_s(self) -> float:
        """End of the newest frame fed (stream seconds)."""
        return self._end_s

