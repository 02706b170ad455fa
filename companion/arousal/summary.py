"""Arousal summaries over a stretch of stream time: mean, peak, time tense, recovery.

One definition, used everywhere (a call in the app, a call or a whole file in
``companion analyze``, a minute aggregate): over the frames of the stretch,

* **mean** and **peak**: mean and highest *finite* per-frame index (the wearer's speech and
  their short pauses; frames of other talkers and real pauses have no index);
* **tense_s**: total time of the episodes overlapping the stretch, clipped to it;
* **recovery_s**: after the last of those episodes, from the end of its last frame at or above
  ``upper`` until the first frame with an index at or below ``recovery_level``.

:class:`ArousalAccumulator` computes this incrementally from frames fed in time order, in
bounded memory, and exactly: the mean is a fixed-point integer sum, so any grouping of the same
frames gives the same bits. :func:`summarize_call` runs it over a whole array.

Pure numpy; runs on whichever thread asks (the GUI thread when a call ends, the CLI thread in
``analyze``).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

import numpy as np

from companion.arousal.config import ArousalConfig
from companion.arousal.episodes import Episode
from companion.arousal.tracker import ArousalFrames

#: Fixed-point resolution of exact sums of index values (0-100): 2**-30 ~ 1e-9 index points.
SUM_BITS = 30
#: Frames summed per int64 step (100 * 2**30 * 2**16 < 2**63).
_SUM_CHUNK = 1 << 16


def fixed_sum(values: np.ndarray) -> int:
    """Exact sum of finite ``values`` in units of ``2**-SUM_BITS`` (a Python int).

    Integer addition is associative, so the sum of a stream does not depend on how the stream
    was cut into blocks (a float sum would).
    """
    total = 0
    for i in range(0, values.shape[0], _SUM_CHUNK):
        part = np.rint(values[i:i + _SUM_CHUNK] * float(1 << SUM_BITS)).astype(np.int64)
        total += int(part.sum())
    return total


@dataclass(frozen=True)
class CallArousalSummary:
    """Arousal over one call (or file, or minute). Levels 0-100, times in seconds.

    Attributes
    ----------
    mean, peak
        Mean and highest finite index; None when there was too little of the wearer's speech.
    tense_s
        Total duration of the episodes inside the stretch.
    recovery_s
        After the last episode: from the end of its last frame above ``upper`` until the
        index is back at or below ``recovery_level`` ("near baseline"). None without an
        episode; when the stretch ended before recovery, the time until its end.
    recovered
        False when the stretch ended before the index came back near baseline; None without
        an episode.
    episodes
        Number of episodes in the stretch.
    scored_s
        Seconds with a finite index.
    speech_s
        Seconds of the wearer's own speech (frames marked as talking).
    minimum
        Lowest finite index (None without one).
    """

    mean: float | None
    peak: float | None
    tense_s: float
    recovery_s: float | None
    recovered: bool | None
    episodes: int
    scored_s: float
    speech_s: float = 0.0
    minimum: float | None = None

    def to_dict(self) -> dict[str, float | int | bool | None]:
        """Rounded JSON-ready record."""
        def r(v: float | None, nd: int) -> float | None:
            return None if v is None else round(v, nd)
        return {"arousal_mean": r(self.mean, 2), "arousal_peak": r(self.peak, 2),
                "tense_s": round(self.tense_s, 2), "recovery_s": r(self.recovery_s, 2),
                "recovered": self.recovered, "episodes": self.episodes,
                "scored_s": round(self.scored_s, 2), "speech_s": round(self.speech_s, 2)}


@dataclass
class ArousalAccumulator:
    """Running :class:`CallArousalSummary` numbers over frames fed in time order.

    Parameters
    ----------
    config
        For ``hop_s``, ``upper`` and ``recovery_level``.
    start_s
        Start of the stretch (stream seconds); frames before it must not be fed.
    """

    config: ArousalConfig
    start_s: float = -math.inf
    _sum_q: int = 0
    _n: int = 0
    _talk_n: int = 0
    _peak: float = -math.inf
    _min: float = math.inf
    _low_pending: bool = True
    _lows: list[float] = field(default_factory=list)

    def add(self, t_s: np.ndarray, arousal: np.ndarray,
            talking: np.ndarray | None = None) -> None:
        """Fold in frames (centres ``t_s``, index ``arousal`` with NaN = none, optional
        ``talking`` flags for the speech time), oldest first, all after earlier ones."""
        if talking is not None:
            self._talk_n += int(np.count_nonzero(talking))
        fin = np.isfinite(arousal)
        if not fin.any():
            return
        t, a = t_s[fin], arousal[fin]
        self._sum_q += fixed_sum(a)
        self._n += int(a.shape[0])
        self._peak = max(self._peak, float(a.max()))
        self._min = min(self._min, float(a.min()))
        self._track_recovery(t, a)

    def _track_recovery(self, t: np.ndarray, a: np.ndarray) -> None:
        """Remember the first frame at/below ``recovery_level`` after every run of frames
        at/above ``upper`` (and the very first one): enough to answer
        :meth:`first_low_after` for whichever episode turns out to be the last."""
        cfg = self.config
        high = np.flatnonzero(a >= cfg.upper)
        low = np.flatnonzero(a <= cfg.recovery_level)
        if self._low_pending and low.size and (not high.size or low[0] < high[0]):
            self._lows.append(float(t[low[0]]))
        if high.size:
            run_ends = high[np.append(np.diff(high) > 1, True)]
            # Ascending (run_ends are); a repeated index repeats a time the check below skips.
            nxt = np.searchsorted(low, run_ends, side="right")
            for k in nxt[nxt < low.size].tolist():
                if not self._lows or t[low[k]] > self._lows[-1]:
                    self._lows.append(float(t[low[k]]))
            self._low_pending = not (low.size and low[-1] > high[-1])
        elif low.size:
            self._low_pending = False

    def copy(self) -> ArousalAccumulator:
        """An independent copy (to look at a running total without changing it)."""
        return replace(self, _lows=list(self._lows))

    @property
    def mean(self) -> float | None:
        """Mean finite index so far (exact), or None."""
        return self._sum_q / float(1 << SUM_BITS) / self._n if self._n else None

    @property
    def speech_s(self) -> float:
        """Seconds of talking frames so far."""
        return self._talk_n * self.config.hop_s

    def first_low_after(self, ref_s: float) -> float | None:
        """Centre of the first frame at/after ``ref_s`` with an index <= ``recovery_level``."""
        for t in self._lows:
            if t >= ref_s:
                return t
        return None

    def summary(self, end_s: float, episodes: Iterable[Episode], *,
                last_frame_end_s: float | None = None) -> CallArousalSummary:
        """The summary of ``[start_s, end_s)`` given the episodes known (closed ones plus the
        open one, if any); episodes overlapping the stretch count, clipped to it. With an
        open-ended stretch (``end_s`` infinite), an unrecovered episode counts until
        ``last_frame_end_s``."""
        lo, hi, cfg = self.start_s, end_s, self.config
        eps = [e for e in episodes if e.end_s > lo and e.start_s < hi]
        tense = sum(min(e.end_s, hi) - max(e.start_s, lo) for e in eps)
        recovery: float | None = None
        recovered: bool | None = None
        if eps:
            last = eps[-1]
            ref = last.last_above_s if math.isfinite(last.last_above_s) else last.end_s
            back = self.first_low_after(ref)
            if back is not None and back < hi:
                recovery, recovered = max(0.0, back - 0.5 * cfg.hop_s - ref), True
            else:
                stop = hi if math.isfinite(hi) else (
                    ref if last_frame_end_s is None else last_frame_end_s)
                recovery, recovered = max(0.0, stop - ref), False
        n = self._n
        return CallArousalSummary(
            mean=self.mean, peak=self._peak if n else None, tense_s=float(tense),
            recovery_s=recovery, recovered=recovered, episodes=len(eps),
            scored_s=n * cfg.hop_s, speech_s=self.speech_s, minimum=self._min if n else None)


def summarize_call(frames: ArousalFrames, episodes: list[Episode], *,
                   config: ArousalConfig | None = None, start_s: float | None = None,
                   end_s: float | None = None,
                   talking: np.ndarray | None = None) -> CallArousalSummary:
    """Summarise ``frames`` (and ``episodes``) between ``start_s`` and ``end_s``.

    Parameters
    ----------
    frames
        Tracker output covering the stretch (it may extend beyond; it is cut to the range).
    episodes
        Closed episodes (append ``tracker.open_episode`` if one is still open).
    config
        For ``hop_s``, ``upper`` and ``recovery_level``.
    start_s, end_s
        Range in stream seconds (default: all of ``frames``; frames with
        ``start_s <= t_s < end_s`` count).
    talking
        Per-frame flags of the wearer's speech, for ``speech_s`` (optional).
    """
    config = config or ArousalConfig()
    t, a = frames.t_s, frames.arousal
    lo = -math.inf if start_s is None else start_s
    hi = math.inf if end_s is None else end_s
    sel = (t >= lo) & (t < hi)
    acc = ArousalAccumulator(config, start_s=lo)
    acc.add(t[sel], a[sel], None if talking is None else talking[sel])
    last_end = float(t[sel][-1]) + 0.5 * config.hop_s if sel.any() else None
    return acc.summary(hi, episodes, last_frame_end_s=last_end)
