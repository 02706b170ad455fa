"""The wearer gate: each feature frame becomes none / wearer / other talker.

Runs on the caller's thread (the engine worker in the app, the CLI thread in ``analyze``);
one gate per stream. The decision for frame ``i`` uses frames up to ``i + lookahead`` only,
and every quantity is carried across blocks, so any split of a stream into blocks gives the
same decisions as the whole stream at once.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from companion.features import FeatureFrames
from companion.wearer.talker import Talker

__all__ = ["GateConfig", "GateOutput", "WearerGate"]


@dataclass(frozen=True)
class GateConfig:
    """Timing of the gate. Seconds; ``hop_s`` must match the features.

    Attributes
    ----------
    hop_s
        Feature frame hop (s).
    lookahead_s
        Frames are decided this long after they arrive (turn onsets are decided with a
        little of what follows).
    voiced_reach_s
        VAD speech counts as talking only within this long of a voiced frame (VAD alone also
        fires on fluctuating noise; noise is not periodic).
    """

    hop_s: float = 0.010
    lookahead_s: float = 0.2
    voiced_reach_s: float = 0.3

    @property
    def lookahead_frames(self) -> int:
        """Look-ahead in frames."""
        return max(0, round(self.lookahead_s / self.hop_s))

    @property
    def reach_frames(self) -> int:
        """Voiced reach in frames."""
        return max(1, round(self.voiced_reach_s / self.hop_s))


@dataclass(frozen=True)
class GateOutput:
    """Frames the gate has decided, with one :class:`Talker` value (``int8``) each."""

    frames: FeatureFrames
    talker: np.ndarray

    def __len__(self) -> int:
        return len(self.frames)


def near_voiced(voiced: np.ndarray, start: int, stop: int, back: int, ahead: int) -> np.ndarray:
    """For each ``i`` in ``[start, stop)``: whether any of ``voiced[i - back : i + ahead + 1]``.

    ``voiced`` is the history plus the frames being decided and their look-ahead; indices
    outside it count as unvoiced.
    """
    csum = np.concatenate(([0], np.cumsum(voiced, dtype=np.int64)))
    i = np.arange(start, stop)
    lo = np.clip(i - back, 0, voiced.shape[0])
    hi = np.clip(i + ahead + 1, 0, voiced.shape[0])
    return (csum[hi] - csum[lo]) > 0


class WearerGate:
    """Frame-level talker decisions over a stream of :class:`FeatureFrames`.

    ``process(frames)`` returns the frames decided so far (they trail the input by
    ``lookahead_s``); ``flush()`` decides the rest at the end of the stream.
    """

    def __init__(self, config: GateConfig | None = None) -> None:
        self.config = config or GateConfig()
        self._pending = FeatureFrames.empty()
        self._voiced_hist = np.zeros(0, dtype=bool)

    def process(self, frames: FeatureFrames) -> GateOutput:
        """Feed frames; returns those now decided (oldest first)."""
        pending = FeatureFrames.concat([self._pending, frames])
        ready = max(0, len(pending) - self.config.lookahead_frames)
        return self._decide(pending, ready)

    def flush(self) -> GateOutput:
        """End of stream: decide every frame still waiting for its look-ahead."""
        out = self._decide(self._pending, len(self._pending))
        self._voiced_hist = np.zeros(0, dtype=bool)
        return out

    def _decide(self, pending: FeatureFrames, ready: int) -> GateOutput:
        cfg = self.config
        voiced = np.concatenate([self._voiced_hist, pending.voiced])
        h = self._voiced_hist.shape[0]
        talking = pending.speech[:ready] & near_voiced(
            voiced, h, h + ready, cfg.reach_frames, cfg.lookahead_frames)
        talker = np.where(talking, Talker.WEARER, Talker.NONE).astype(np.int8)
        keep = voiced[:h + ready]
        self._voiced_hist = keep[max(0, keep.shape[0] - cfg.reach_frames):]
        self._pending = pending[ready:]
        return GateOutput(pending[:ready], talker)
