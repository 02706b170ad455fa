"""Streaming arousal tracker: FeatureFrames in, one arousal value per frame out.

Runs on the engine worker thread in the app (and on the main thread in ``analyze``); it is
not thread-safe, one tracker per stream. Every block is processed with numpy over all of its
frames. The output for a frame depends only on the frames up to it, and the baseline changes
only at fixed absolute frame indices (calibration end, the slow-update grid), so any split of
the same frames into blocks gives bit-identical output: ``track(frames)`` (batch) *is*
``process(frames)`` + ``flush()``.

Without a baseline the tracker calibrates on the first ``calibration_s`` seconds of speech
(VAD frames) with at least ``min_calibration_voiced_s`` of voiced speech; the index is NaN
until then (no provisional baseline: a few seconds of speech give an unreliable baseline and
a number that later jumps; ``calibration_progress`` tells the UI how far along it is).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, fields

import numpy as np

from companion.arousal.baseline import Baseline, CalibrationError, baseline_from_cues
from companion.arousal.config import ArousalConfig
from companion.arousal.episodes import Episode, EpisodeDetector
from companion.arousal.index import arousal_index
from companion.arousal.window import CUES, STATS, FramesLike, VoicedWindow, frame_cues, voiced_mask
from companion.features.robust import by_finite_column, median
from companion.wearer import OTHER_CODE, WEARER_CODE


def _empty() -> np.ndarray:
    return np.empty(0, dtype=np.float64)


@dataclass
class ArousalFrames:
    """Per-frame arousal, aligned one to one with the FeatureFrames that produced it.

    Attributes
    ----------
    t_s
        Frame centres (s from stream start), copied from the features.
    arousal
        Index 0-100 (50 = the agent's usual); NaN = not enough speech / not calibrated.
    f0_level_z, f0_range_z, loudness_z, effort_z, rate_z
        The clipped component z-scores behind it (NaN where the index is NaN).
    """

    t_s: np.ndarray = field(default_factory=_empty)
    arousal: np.ndarray = field(default_factory=_empty)
    f0_level_z: np.ndarray = field(default_factory=_empty)
    f0_range_z: np.ndarray = field(default_factory=_empty)
    loudness_z: np.ndarray = field(default_factory=_empty)
    effort_z: np.ndarray = field(default_factory=_empty)
    rate_z: np.ndarray = field(default_factory=_empty)

    def __len__(self) -> int:
        return int(self.t_s.shape[0])

    def __getitem__(self, item: slice) -> ArousalFrames:
        if not isinstance(item, slice):
            raise TypeError("ArousalFrames supports slicing only")
        return ArousalFrames(**{f.name: getattr(self, f.name)[item] for f in fields(self)})

    @classmethod
    def concat(cls, parts: list[ArousalFrames]) -> ArousalFrames:
        """Join blocks in order."""
        if not parts:
            return cls()
        if len(parts) == 1:
            return parts[0]
        return cls(**{f.name: np.concatenate([getattr(p, f.name) for p in parts])
                      for f in fields(cls)})

    def equals(self, other: ArousalFrames) -> bool:
        """Exact equality of every array (NaN positions included)."""
        return all(np.array_equal(getattr(self, f.name), getattr(other, f.name), equal_nan=True)
                   for f in fields(self))


class ArousalTracker:
    """Baseline, index and episodes over a stream of FeatureFrames.

    Parameters
    ----------
    config
        Model parameters (default :class:`ArousalConfig`).
    baseline
        The agent's baseline; None = learn it from the first ``calibration_s`` of speech.
    calibrate
        False: without a baseline, never learn one (the index stays NaN until
        :meth:`set_baseline`).
    """

    def __init__(self, config: ArousalConfig | None = None,
                 baseline: Baseline | None = None, *, calibrate: bool = True) -> None:
        self.config = config or ArousalConfig()
        self._baseline = baseline
        self._self_calibrate = calibrate
        self._window = VoicedWindow(self.config.window_frames, self.config.span_s,
                                    self.config.step_frames)
        self._detector = EpisodeDetector(upper=self.config.upper, lower=self.config.lower,
                                         min_speech_s=self.config.min_episode_speech_s,
                                         hop_s=self.config.hop_s,
                                         max_gap_s=self.config.episode_gap_s)
        self._n_seen = 0
        self._calib_target_s = self.config.calibration_s
        self._reset_calibration()
        self._calm: list[np.ndarray] = []

    # ------------------------------------------------------------------------ state
    @property
    def baseline(self) -> Baseline | None:
        """Current baseline (None while calibrating); slowly updated in calm speech."""
        return self._baseline

    @property
    def calibrated(self) -> bool:
        """True once a baseline is in use."""
        return self._baseline is not None

    @property
    def calibration_progress(self) -> float:
        """0-1: share of ``calibration_s`` of speech collected (1 once calibrated)."""
        if self._baseline is not None:
            return 1.0
        return min(1.0, self._calib_speech_n * self.config.hop_s / self._calib_target_s)

    @property
    def episodes(self) -> list[Episode]:
        """Closed episodes so far, oldest first."""
        return self._detector.episodes

    @property
    def open_episode(self) -> Episode | None:
        """The episode in progress, if any (``end_s`` = end of the latest frame)."""
        return self._detector.open_episode

    def recalibrate(self, speech_s: float | None = None) -> None:
        """Forget the baseline and learn a new one from the next ``speech_s`` of speech.

        ``speech_s`` defaults to ``config.calibration_s`` (an explicit "calibrate now" action
        may ask for less, e.g. 60 s). Use after a headset/gain change too.
        """
        if speech_s is not None and not speech_s > 0:
            raise ValueError(f"speech_s must be > 0, got {speech_s!r}")
        self._baseline = None
        self._reset_calibration()
        self._calib_target_s = self.config.calibration_s if speech_s is None else speech_s
        self._calm = []

    def set_baseline(self, baseline: Baseline) -> None:
        """Use ``baseline`` from now on (e.g. loaded from the store)."""
        self._baseline = baseline
        self._reset_calibration()

    def _reset_calibration(self) -> None:
        self._calib_t: list[np.ndarray] = []
        self._calib_cues: list[np.ndarray] = []
        self._calib_speech_n = 0
        self._calib_voiced_n = 0

    # ----------------------------------------------------------------------- processing
    def process(self, frames: FramesLike, talker: np.ndarray | None = None) -> ArousalFrames:
        """Arousal for every frame of ``frames`` (any block size, including 0).

        ``talker`` (one :class:`~companion.wearer.Talker` value per frame) restricts the
        analysis to the wearer: only ``WEARER`` frames count as speech and feed the window,
        the calibration and the baseline update; ``OTHER`` frames get no index (NaN) and so
        can neither open nor extend an episode. Without it every frame is the wearer's.
        """
        t = np.asarray(frames.t_s, dtype=np.float64)
        n = t.shape[0]
        if n == 0:
            return ArousalFrames()
        mask = voiced_mask(frames)
        speech = np.asarray(frames.speech, dtype=bool)
        other = np.zeros(n, dtype=bool)
        if talker is not None:
            own = np.asarray(talker) == WEARER_CODE
            mask &= own
            speech = speech & own
            other = np.asarray(talker) == OTHER_CODE
        cues_all = np.full((n, len(CUES)), np.nan)
        cues_all[mask] = frame_cues(frames, mask)
        cfg = self.config
        out: list[ArousalFrames] = []
        pos = 0
        while pos < n:
            end = min(n, pos + cfg.update_frames - self._n_seen % cfg.update_frames)
            completes = False
            if self._baseline is None and self._self_calibrate:
                j = self._calibration_end(speech[pos:end], mask[pos:end])
                if j is not None:
                    end, completes = pos + j + 1, True
            out.append(self._chunk(t[pos:end], mask[pos:end], cues_all[pos:end],
                                   speech[pos:end], other[pos:end], completes))
            self._n_seen += end - pos
            if self._n_seen % cfg.update_frames == 0:
                self._slow_update()
            pos = end
        return ArousalFrames.concat(out)

    def flush(self) -> ArousalFrames:
        """End of stream: closes an open episode (frames are never held back)."""
        self._detector.flush()
        return ArousalFrames()

    def _calibration_end(self, speech: np.ndarray, mask: np.ndarray) -> int | None:
        """Index in this chunk of the frame that completes calibration, if any."""
        cfg = self.config
        need_speech = max(1, round(self._calib_target_s / cfg.hop_s))
        need_voiced = max(1, round(max(cfg.min_calibration_voiced_s, cfg.min_voiced_s)
                                   / cfg.hop_s))
        sp = self._calib_speech_n + np.cumsum(speech)
        vo = self._calib_voiced_n + np.cumsum(mask)
        hits = np.flatnonzero((sp >= need_speech) & (vo >= need_voiced))
        return int(hits[0]) if hits.size else None

    def _chunk(self, t: np.ndarray, mask: np.ndarray, cues_all: np.ndarray,
               speech: np.ndarray, other: np.ndarray, completes: bool) -> ArousalFrames:
        n = t.shape[0]
        if self._baseline is None:
            self._window.remember(t, mask, cues_all[mask])
            if self._self_calibrate:
                self._calib_t.append(t[mask])
                self._calib_cues.append(cues_all[mask])
                self._calib_speech_n += int(speech.sum())
                self._calib_voiced_n += int(mask.sum())
            arousal = np.full(n, np.nan)
            z = np.full((n, 5), np.nan)
            if completes:
                self._finish_calibration()
        else:
            stats, count, age = self._window.evaluate(t, mask, cues_all[mask])
            centers, scales = self._baseline.vectors()
            arousal, z = arousal_index(stats, count, centers, scales, self.config)
            paused = (age > self.config.hold_s) | other
            arousal[paused] = np.nan
            z[paused] = np.nan
            with np.errstate(invalid="ignore"):
                calm = mask & (arousal <= self.config.lower)
            if calm.any():
                self._calm.append(stats[calm])
        self._detector.process(t, arousal, speech)
        return ArousalFrames(t_s=t.copy(), arousal=arousal, f0_level_z=z[:, 0],
                             f0_range_z=z[:, 1], loudness_z=z[:, 2], effort_z=z[:, 3],
                             rate_z=z[:, 4])

    def calibrate_now(self) -> bool:
        """Finish a calibration in progress with the speech collected so far (the end of a
        short recording). Returns True when there is a baseline afterwards."""
        if self._baseline is None and self._calib_t:
            self._finish_calibration()
        return self._baseline is not None

    def _finish_calibration(self) -> None:
        t = np.concatenate(self._calib_t)
        cues = np.concatenate(self._calib_cues)
        self._reset_calibration()
        self._calm = []
        try:
            self._baseline = baseline_from_cues(t, cues, self.config)
        except CalibrationError:
            self._baseline = None  # start collecting again (deterministic frame)

    def _slow_update(self) -> None:
        """Exponential forgetting: move the centres towards recent calm speech."""
        calm, self._calm = self._calm, []
        cfg = self.config
        if self._baseline is None or cfg.forgetting_s <= 0 or not calm:
            return
        rows = np.concatenate(calm)
        if rows.shape[0] < cfg.min_voiced_frames:
            return
        calm_s = rows.shape[0] * cfg.hop_s
        med = by_finite_column(rows, median)
        old, _ = self._baseline.vectors()
        a = 1.0 - math.exp(-calm_s / cfg.forgetting_s)
        self._baseline = self._baseline.with_centers(old + a * (med - old), calm_s=calm_s)


@dataclass
class TrackResult:
    """Batch output: per-frame arousal, the closed episodes and the final baseline."""

    frames: ArousalFrames
    episodes: list[Episode]
    baseline: Baseline | None


def track(frames: FramesLike, config: ArousalConfig | None = None,
          baseline: Baseline | None = None, talker: np.ndarray | None = None) -> TrackResult:
    """Batch path: exactly ``ArousalTracker(config, baseline).process(frames, talker)`` +
    ``flush()``."""
    tracker = ArousalTracker(config, baseline)
    out = tracker.process(frames, talker)
    tracker.flush()
    return TrackResult(out, list(tracker.episodes), tracker.baseline)


__all__ = ["STATS", "ArousalFrames", "ArousalTracker", "TrackResult", "track"]
