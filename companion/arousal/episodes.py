"""Tense episodes: hysteresis on the arousal index.

Runs on the tracker's thread. An episode *opens* once the index has stayed at or above
``upper`` for ``min_episode_speech_s`` seconds of speech (NaN frames, i.e. pauses, neither
break nor extend that run; a finite value below ``upper`` resets it); it starts at the first
frame of that run. It *closes* at the first finite value below ``lower``; its end is the end
of the last frame at or above ``lower``. The work per block is vectorised; the only Python
loop is over state changes (a handful per call at most).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Episode:
    """One tense stretch. Times in seconds from stream start, levels on the 0-100 index.

    Attributes
    ----------
    start_s, end_s
        Start of the first frame of the run above ``upper``; end of the last speech frame
        at or above ``lower`` (frames span ``t_s ± hop_s / 2``).
    peak, mean
        Highest and mean finite index inside the episode.
    time_above_s
        Seconds of frames at or above ``upper`` inside the episode.
    peak_s
        Time of the peak.
    last_above_s
        End of the last frame at or above ``upper`` (recovery is measured from here).
    """

    start_s: float
    end_s: float
    peak: float
    mean: float
    time_above_s: float
    peak_s: float = float("nan")
    last_above_s: float = float("nan")

    @property
    def duration_s(self) -> float:
        """``end_s - start_s``."""
        return self.end_s - self.start_s

    def to_dict(self) -> dict[str, float]:
        """Rounded JSON-ready numbers (``start_s``, ``end_s``, ``peak``, ``mean``, ...)."""
        return {"start_s": round(self.start_s, 3), "end_s": round(self.end_s, 3),
                "peak": round(self.peak, 2), "mean": round(self.mean, 2),
                "time_above_s": round(self.time_above_s, 3)}


#: Fixed-point resolution of the exact episode sums (index values * 2**_Q fit in int64 for
#: any block of up to 2**12 frames, and the running total is a Python int).
_Q = 40


@dataclass
class _Acc:
    """Running numbers of a candidate or open episode."""

    start_s: float
    peak: float = -np.inf
    peak_s: float = np.nan
    total_q: int = 0  # exact sum of index values in units of 2**-_Q (split-independent)
    n: int = 0
    above_n: int = 0
    above_speech_n: int = 0
    last_ge_lower_s: float = np.nan
    last_above_s: float = np.nan

    def add(self, t: np.ndarray, a: np.ndarray, speech: np.ndarray, upper: float,
            lower: float, hop_s: float) -> None:
        fin = np.isfinite(a)
        if not fin.any():
            return
        af, tf = a[fin], t[fin]
        i = int(np.argmax(af))
        if af[i] > self.peak:
            self.peak, self.peak_s = float(af[i]), float(tf[i])
        self.total_q += int(np.sum(np.rint(af * 2.0**_Q).astype(np.int64)))
        self.n += int(af.size)
        above = af >= upper
        self.above_n += int(above.sum())
        self.above_speech_n += int((above & speech[fin]).sum())
        ge = np.flatnonzero((af >= lower) & speech[fin])
        if ge.size:
            self.last_ge_lower_s = float(tf[ge[-1]]) + 0.5 * hop_s
        ab = np.flatnonzero(above)
        if ab.size:
            self.last_above_s = float(tf[ab[-1]]) + 0.5 * hop_s

    def episode(self, end_s: float, hop_s: float) -> Episode:
        return Episode(start_s=self.start_s, end_s=end_s, peak=self.peak,
                       mean=self.total_q / 2.0**_Q / max(self.n, 1), time_above_s=self.above_n * hop_s,
                       peak_s=self.peak_s, last_above_s=self.last_above_s)


class EpisodeDetector:
    """Streaming hysteresis detector; feed it index blocks with :meth:`process`.

    Episodes also end after ``max_gap_s`` without speech, so a tense call does not stay
    "open" through the pause until the next call.

    Parameters
    ----------
    upper, lower
        Open / close levels (0-100).
    min_speech_s
        Seconds of speech at or above ``upper`` before an episode opens.
    hop_s
        Frame hop (s).
    max_gap_s
        A stretch this long without a finite index (no speech) ends an open episode, at its
        last speech frame at or above ``lower``, and cancels a pending run.
    """

    def __init__(self, *, upper: float, lower: float, min_speech_s: float,
                 hop_s: float, max_gap_s: float = 10.0) -> None:
        self.upper, self.lower, self.hop_s = upper, lower, hop_s
        self.max_gap_s = max_gap_s
        self._last_finite_t = -np.inf
        self._need = max(1, int(round(min_speech_s / hop_s)))
        self._cand: _Acc | None = None
        self._open: _Acc | None = None
        self._last_t = np.nan
        self.episodes: list[Episode] = []

    @property
    def open_episode(self) -> Episode | None:
        """The episode in progress (``end_s`` = end of the latest frame), or None."""
        if self._open is None:
            return None
        return self._open.episode(self._last_t + 0.5 * self.hop_s, self.hop_s)

    @property
    def is_open(self) -> bool:
        """True while an episode is in progress."""
        return self._open is not None

    def process(self, t_s: np.ndarray, arousal: np.ndarray, speech: np.ndarray) -> list[Episode]:
        """Advance over one block; returns the episodes closed in it (also in ``.episodes``)."""
        n = t_s.shape[0]
        if n == 0:
            return []
        self._last_t = float(t_s[-1])
        finite = np.isfinite(arousal)
        last_fin = np.maximum.accumulate(np.where(finite, t_s, -np.inf))
        last_fin = np.maximum(last_fin, self._last_finite_t)
        self._last_finite_t = float(last_fin[-1])
        long_gap = (t_s - last_fin) > self.max_gap_s  # False on finite frames
        with np.errstate(invalid="ignore"):
            above = arousal >= self.upper
            below_upper = (arousal < self.upper) | long_gap  # NaN alone does not break a run
            below_lower = (arousal < self.lower) | long_gap
        closed: list[Episode] = []
        pos = 0
        while pos < n:
            if self._open is not None:
                hits = np.flatnonzero(below_lower[pos:])
                stop = pos + int(hits[0]) if hits.size else n
                self._open.add(t_s[pos:stop], arousal[pos:stop], speech[pos:stop],
                               self.upper, self.lower, self.hop_s)
                if stop == n:
                    break
                ep = self._open.episode(self._open.last_ge_lower_s, self.hop_s)
                closed.append(ep)
                self._open = None
                pos = stop
                continue
            if self._cand is None:
                hits = np.flatnonzero(above[pos:])
                if not hits.size:
                    break
                pos += int(hits[0])
                self._cand = _Acc(start_s=float(t_s[pos]) - 0.5 * self.hop_s)
            # Candidate: runs until a finite value below upper.
            hits = np.flatnonzero(below_upper[pos:])
            stop = pos + int(hits[0]) if hits.size else n
            run_speech = np.cumsum(above[pos:stop] & speech[pos:stop])
            reach = np.flatnonzero(run_speech + self._cand.above_speech_n >= self._need)
            if reach.size:
                j = pos + int(reach[0]) + 1
                self._cand.add(t_s[pos:j], arousal[pos:j], speech[pos:j], self.upper,
                               self.lower, self.hop_s)
                self._open, self._cand = self._cand, None
                pos = j
                continue
            self._cand.add(t_s[pos:stop], arousal[pos:stop], speech[pos:stop], self.upper,
                           self.lower, self.hop_s)
            if stop < n:
                self._cand = None
            pos = stop
        self.episodes.extend(closed)
        return closed

    def flush(self) -> list[Episode]:
        """End of stream: close an open episode at the end of its last frame >= lower."""
        self._cand = None
        if self._open is None:
            return []
        end = self._open.last_ge_lower_s
        if not np.isfinite(end):
            end = self._last_t + 0.5 * self.hop_s
        ep = self._open.episode(end, self.hop_s)
        self._open = None
        self.episodes.append(ep)
        return [ep]
