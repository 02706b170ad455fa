"""The speech rule that starts and ends calls, on exact stream positions.

:class:`SpeechCallRule`: ``start_speech_s`` of the wearer's speech within ``start_window_s``
starts a call, dated back to where that speech began; ``end_silence_s`` without it ends the
call, dated back to the end of the last speech. Positions are whole milliseconds (integers),
so any grouping of the same speech runs gives the same call boundaries.
``companion.session.CallStateMachine`` uses it for its speech input and ``companion analyze``
(:class:`companion.pipeline.calls.SpeechCalls`) for the calls in a recording.

Standard library only; driven from the GUI thread in the app, the CLI thread in ``analyze``.
"""

from __future__ import annotations

from collections import deque

__all__ = ["TICK_S", "SpeechCallRule", "to_ticks"]

#: Resolution of stream positions in the call rule: one millisecond.
TICK_S = 0.001

def to_ticks(seconds: float) -> int:
    """Seconds to whole :data:`TICK_S` ticks."""
    return int(round(seconds / TICK_S))


class SpeechCallRule:
    """The speech heuristic on integer stream positions (see the module docstring).

    ``feed`` is told what to watch for: ``"start"`` (no call on), ``"end"`` (a call the
    speech heuristic may end) or ``None`` (an explicit call, or a hold-off: only the
    position and the trailing silence advance).
    """

    def __init__(self, start_speech_s: float, end_silence_s: float) -> None:
        self.start_speech_s = float(start_speech_s)
        self.end_silence_s = float(end_silence_s)
        #: Stream seconds over which speech is summed for the start rule.
        self.start_window_s = max(2.0 * self.start_speech_s, 6.0)
        self._need = max(1, to_ticks(self.start_speech_s))
        self._window = to_ticks(self.start_window_s)
        self._quiet = max(1, to_ticks(self.end_silence_s))
        self._spans: deque[tuple[int, int]] = deque()  # speech [a, b) inside the window
        self.position = 0  # ticks fed so far
        self._silence_from = 0  # where the trailing silence began

    @property
    def position_s(self) -> float:
        """Stream seconds fed so far."""
        return self.position * TICK_S

    def clear(self) -> None:
        """Forget the speech in the window and the trailing silence (a call started or
        ended, or a hold-off: that speech must never count later)."""
        self._spans.clear()
        self._silence_from = self.position

    def feed(self, speaking: bool, ticks: int, *, watch: str | None) -> int | None:
        """Advance by ``ticks`` of speech or silence; returns the position (ticks) of a
        call start (``watch="start"``) or end (``watch="end"``) found in it, else None."""
        p = self.position
        self.position += ticks
        hit = None
        if speaking:
            if watch == "start":
                hit = self._start_in(p, ticks)
            self._silence_from = self.position
            if self._spans and self._spans[-1][1] == p:
                self._spans[-1] = (self._spans[-1][0], self.position)
            else:
                self._spans.append((p, self.position))
        elif watch == "end" and self.position - self._silence_from >= self._quiet:
            hit = self._silence_from
        while self._spans and self._spans[0][1] <= self.position - self._window:
            self._spans.popleft()
        return hit

    def _count(self, x: int, run_start: int) -> int:
        """Speech ticks in the window ending at ``x`` (the current run began at
        ``run_start`` and lasts at least until ``x``)."""
        lo = x - self._window
        count = x - max(run_start, lo)
        for a, b in self._spans:
            count += max(0, b - max(a, lo))
        return count

    def _start_in(self, p: int, ticks: int) -> int | None:
        """Where the speech began if the run ``[p, p + ticks)`` completes the start rule."""
        if self._count(p + ticks, p) < self._need:
            return None
        lo, hi = p + 1, p + ticks  # the smallest x with enough speech in its window
        while lo < hi:
            mid = (lo + hi) // 2
            if self._count(mid, p) >= self._need:
                hi = mid
            else:
                lo = mid + 1
        begin = lo - self._window
        for a, b in self._spans:
            if b > begin:
                return max(a, begin)
        return max(p, begin)
