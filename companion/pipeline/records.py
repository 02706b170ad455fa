"""Records the pipeline hands on: per-frame outcome, episode events, one block's result.

Plain data; created on the engine worker thread (or the CLI thread) and read on the GUI
thread (a :class:`LevelUpdate` crosses threads in a queued Qt signal; it is immutable).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, fields
from typing import Any

import numpy as np

from companion.arousal import Episode
from companion.features import FeatureFrames
from companion.wearer import WEARER_CODE, Talker

__all__ = ["BlockResult", "EpisodeEvent", "LevelUpdate", "ScoredFrames", "speech_runs"]


def _empty(dtype: type) -> np.ndarray:
    return np.empty(0, dtype=dtype)


@dataclass(frozen=True, eq=False)
class ScoredFrames:
    """What the pipeline concluded for each 10 ms frame.

    Attributes
    ----------
    t_s
        Frame centres, seconds of stream time (``float64``).
    talker
        :class:`~companion.wearer.Talker` value per frame (``int8``).
    arousal
        Index 0-100 per frame (``float64``); NaN = none (not calibrated, too little of the
        wearer's speech, a real pause, or another talker).
    """

    t_s: np.ndarray = field(default_factory=lambda: _empty(np.float64))
    talker: np.ndarray = field(default_factory=lambda: _empty(np.int8))
    arousal: np.ndarray = field(default_factory=lambda: _empty(np.float64))

    def __len__(self) -> int:
        return int(self.t_s.shape[0])

    def __getitem__(self, item: slice) -> ScoredFrames:
        if not isinstance(item, slice):
            raise TypeError("ScoredFrames supports slicing only")
        return ScoredFrames(self.t_s[item], self.talker[item], self.arousal[item])

    @classmethod
    def concat(cls, parts: list[ScoredFrames]) -> ScoredFrames:
        """Join records end to end."""
        parts = [p for p in parts if len(p)]
        if len(parts) == 1:
            return parts[0]
        if not parts:
            return cls()
        return cls(*(np.concatenate([getattr(p, f.name) for p in parts]) for f in fields(cls)))

    @classmethod
    def uniform(cls, t_end_s: float, duration_s: float, *, talking: bool,
                arousal: float | None, hop_s: float = 0.01) -> ScoredFrames:
        """Frames of one constant state ending at ``t_end_s`` (for tests and fakes)."""
        n = max(0, round(duration_s / hop_s))
        first = round(t_end_s / hop_s) - n
        t = (np.arange(first, first + n) + 0.5) * hop_s
        value = np.nan if arousal is None else float(arousal)
        return cls(t, np.full(n, Talker.WEARER if talking else Talker.NONE, dtype=np.int8),
                   np.full(n, value))

    @property
    def talking(self) -> np.ndarray:
        """True where the wearer speaks."""
        return self.talker == WEARER_CODE

    def equals(self, other: ScoredFrames) -> bool:
        """Bit-for-bit equality (NaN positions included)."""
        return (np.array_equal(self.t_s, other.t_s) and np.array_equal(self.talker, other.talker)
                and np.array_equal(self.arousal, other.arousal, equal_nan=True))


def speech_runs(talking: np.ndarray, hop_s: float) -> tuple[tuple[bool, float], ...]:
    """Run-length encode per-frame flags into ``((value, seconds), ...)``, oldest first."""
    if len(talking) == 0:
        return ()
    s = np.asarray(talking, dtype=bool)
    edges = np.flatnonzero(s[1:] != s[:-1]) + 1
    starts = np.concatenate(([0], edges))
    ends = np.concatenate((edges, [len(s)]))
    return tuple((bool(s[a]), float((b - a) * hop_s)) for a, b in zip(starts, ends, strict=True))


@dataclass(frozen=True)
class EpisodeEvent:
    """A tense episode opened (``end_s`` None) or closed. Stream seconds, peak 0-100.

    ``last_above_s`` is the end of its last frame at or above the upper level so far (where
    recovery is measured from); NaN when unknown.
    """

    start_s: float
    end_s: float | None
    peak: float
    last_above_s: float = math.nan

    @classmethod
    def of(cls, episode: Any, *, closed: bool) -> EpisodeEvent:
        """From a ``companion.arousal.Episode`` (``end_s`` kept only when ``closed``)."""
        return cls(float(episode.start_s), float(episode.end_s) if closed else None,
                   float(episode.peak), float(episode.last_above_s))

    def as_episode(self, end_s: float) -> Episode:
        """An :class:`~companion.arousal.Episode` (an open one ends at ``end_s``)."""
        end = self.end_s if self.end_s is not None else end_s
        return Episode(start_s=self.start_s, end_s=end, peak=self.peak, mean=math.nan,
                       time_above_s=math.nan, last_above_s=self.last_above_s)


@dataclass(frozen=True)
class BlockResult:
    """What the pipeline made of one block of audio.

    Attributes
    ----------
    features
        The frames decided in this block (their features).
    scored
        Talker and arousal of the same frames.
    opened
        The episode that opened in this block, if any.
    closed
        Episodes that closed in this block, oldest first.
    open_episode
        The episode in progress after this block (its ``end_s`` is None), if any.
    hop_s
        Frame hop (s).
    """

    features: FeatureFrames
    scored: ScoredFrames
    opened: EpisodeEvent | None = None
    closed: tuple[EpisodeEvent, ...] = ()
    open_episode: EpisodeEvent | None = None
    hop_s: float = 0.01

    @property
    def speech_runs(self) -> tuple[tuple[bool, float], ...]:
        """The wearer's speech, run-length encoded over the block's frames."""
        return speech_runs(self.scored.talking, self.hop_s)

    @property
    def arousal(self) -> float | None:
        """Mean index over the block's frames that have one (None when none do)."""
        a = self.scored.arousal
        fin = a[np.isfinite(a)]
        return float(fin.mean()) if fin.size else None


@dataclass(frozen=True)
class LevelUpdate:
    """What one processed block says, as the GUI thread gets it. Seconds of stream time.

    Attributes
    ----------
    t_s
        Stream time at the end of the block (seconds since the source started).
    duration_s
        Audio in the block (seconds).
    speaking
        True when the wearer spoke in at least half of the block's decided frames.
    speech_runs
        The wearer's speech run-length encoded, oldest first: ``((speaking, seconds), ...)``;
        their seconds add up to the frames decided in this block.
    arousal
        Mean index over the block's frames that have one, or None.
    rms_dbfs
        Level of the block (dBFS; -120 for digital silence).
    read_at
        ``time.perf_counter()`` when the block came out of the source (latency measurement).
    frames
        The decided frames themselves (talker and index), for the call and minute summaries.
    opened, closed, open_episode
        Episode changes in this block and the episode in progress (see :class:`BlockResult`).
    """

    t_s: float
    duration_s: float
    speaking: bool
    speech_runs: tuple[tuple[bool, float], ...]
    arousal: float | None
    rms_dbfs: float
    read_at: float = 0.0
    frames: ScoredFrames = field(default_factory=ScoredFrames)
    opened: EpisodeEvent | None = None
    closed: tuple[EpisodeEvent, ...] = ()
    open_episode: EpisodeEvent | None = None

    @classmethod
    def of(cls, result: BlockResult, *, t_s: float, duration_s: float, rms_dbfs: float,
           read_at: float = 0.0) -> LevelUpdate:
        """The update for one block's :class:`BlockResult`."""
        runs = result.speech_runs
        speech_s = sum(d for s, d in runs if s)
        total_s = sum(d for _, d in runs)
        return cls(t_s=t_s, duration_s=duration_s,
                   speaking=total_s > 0 and speech_s >= 0.5 * total_s, speech_runs=runs,
                   arousal=result.arousal, rms_dbfs=rms_dbfs, read_at=read_at,
                   frames=result.scored, opened=result.opened, closed=result.closed,
                   open_episode=result.open_episode)

    @classmethod
    def uniform(cls, t_s: float, duration_s: float, *, speaking: bool,
                arousal: float | None, rms_dbfs: float = -20.0) -> LevelUpdate:
        """A block of one constant state (for tests and fakes)."""
        frames = ScoredFrames.uniform(t_s, duration_s, talking=speaking, arousal=arousal)
        return cls(t_s=t_s, duration_s=duration_s, speaking=speaking,
                   speech_runs=((speaking, duration_s),) if duration_s > 0 else (),
                   arousal=arousal, rms_dbfs=rms_dbfs, frames=frames)
