"""Per-call arousal summary: mean, peak, time tense and recovery time.

Pure function of the tracker's output; runs on whichever thread asks (the GUI thread when a
call ends, the CLI in ``analyze``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from companion.arousal.config import ArousalConfig
from companion.arousal.episodes import Episode
from companion.arousal.tracker import ArousalFrames


@dataclass(frozen=True)
class CallArousalSummary:
    """Arousal over one call (or file). Levels 0-100, times in seconds.

    Attributes
    ----------
    mean, peak
        Mean and highest finite index in the call; None when there was too little speech.
    tense_s
        Total duration of the episodes inside the call.
    recovery_s
        After the last episode: from the end of its last frame above ``upper`` until the
        index is back at or below ``recovery_level`` ("near baseline"). None without an
        episode; when the call ended before recovery, the time until the call's end.
    recovered
        False when the call ended before the index came back near baseline; None without
        an episode.
    episodes
        Number of episodes in the call.
    scored_s
        Seconds with a finite index.
    """

    mean: float | None
    peak: float | None
    tense_s: float
    recovery_s: float | None
    recovered: bool | None
    episodes: int
    scored_s: float

    def to_dict(self) -> dict[str, float | int | bool | None]:
        """Rounded JSON-ready record."""
        def r(v: float | None, nd: int) -> float | None:
            return None if v is None else round(v, nd)
        return {"arousal_mean": r(self.mean, 2), "arousal_peak": r(self.peak, 2),
                "tense_s": round(self.tense_s, 2), "recovery_s": r(self.recovery_s, 2),
                "recovered": self.recovered, "episodes": self.episodes,
                "scored_s": round(self.scored_s, 2)}


def summarize_call(frames: ArousalFrames, episodes: list[Episode], *,
                   config: ArousalConfig | None = None, start_s: float | None = None,
                   end_s: float | None = None) -> CallArousalSummary:
    """Summarise ``frames`` (and ``episodes``) between ``start_s`` and ``end_s``.

    Parameters
    ----------
    frames
        Tracker output covering the call (it may extend beyond; it is cut to the range).
    episodes
        Closed episodes (append ``tracker.open_episode`` if one is still open); episodes
        overlapping the range count, clipped to it.
    config
        For ``hop_s`` and ``recovery_level``.
    start_s, end_s
        Call range in stream seconds (default: all of ``frames``).
    """
    config = config or ArousalConfig()
    t, a = frames.t_s, frames.arousal
    lo = -math.inf if start_s is None else start_s
    hi = math.inf if end_s is None else end_s
    sel = (t >= lo) & (t < hi)
    t, a = t[sel], a[sel]
    fin = np.isfinite(a)
    mean = float(a[fin].mean()) if fin.any() else None
    peak = float(a[fin].max()) if fin.any() else None
    eps = [e for e in episodes if e.end_s > lo and e.start_s < hi]
    tense = sum(min(e.end_s, hi) - max(e.start_s, lo) for e in eps)
    recovery: float | None = None
    recovered: bool | None = None
    if eps:
        last = eps[-1]
        ref = last.last_above_s if math.isfinite(last.last_above_s) else last.end_s
        with np.errstate(invalid="ignore"):
            back = np.flatnonzero((t >= ref) & (a <= config.recovery_level))
        if back.size:
            start_back = float(t[back[0]]) - 0.5 * config.hop_s
            recovery, recovered = max(0.0, start_back - ref), True
        else:
            call_end = hi if math.isfinite(hi) else (
                float(t[-1]) + 0.5 * config.hop_s if t.size else ref)
            recovery, recovered = max(0.0, call_end - ref), False
    return CallArousalSummary(mean=mean, peak=peak, tense_s=float(tense), recovery_s=recovery,
                              recovered=recovered, episodes=len(eps),
                              scored_s=float(fin.sum()) * config.hop_s)
