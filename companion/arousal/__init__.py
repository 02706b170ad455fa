"""Vocal arousal: per-agent calm baseline, 0-100 arousal index, tense episodes.

Pure numpy, no Qt, no audio devices; runs on the engine worker thread in the app and on the
main thread in ``companion analyze``. See docs/arousal.md for the model and its validation.

Typical use::

    tracker = ArousalTracker(ArousalConfig.from_settings(settings), baseline=None)
    for block in feature_blocks:             # FeatureFrames from FeatureExtractor
        out = tracker.process(block)         # ArousalFrames (t_s, arousal 0-100 / NaN)
    tracker.flush()
    summary = summarize_call(out_all, tracker.episodes)

Batch (``analyze`` calibrating on the file itself)::

    baseline = calibrate(frames, config)     # or Baseline.load(path)
    result = track(frames, config, baseline) # == ArousalTracker(...).process + flush
"""

from companion.arousal.baseline import (
    Baseline,
    BaselineError,
    CalibrationError,
    calibrate,
)
from companion.arousal.config import COMPONENTS, ArousalConfig, ArousalConfigError
from companion.arousal.episodes import Episode, EpisodeDetector
from companion.arousal.summary import (
    ArousalAccumulator,
    CallArousalSummary,
    fixed_sum,
    summarize_call,
)
from companion.arousal.tracker import ArousalFrames, ArousalTracker, TrackResult, track

__all__ = [
    "COMPONENTS",
    "ArousalAccumulator",
    "ArousalConfig",
    "ArousalConfigError",
    "ArousalFrames",
    "ArousalTracker",
    "Baseline",
    "BaselineError",
    "CalibrationError",
    "CallArousalSummary",
    "Episode",
    "EpisodeDetector",
    "TrackResult",
    "calibrate",
    "fixed_sum",
    "summarize_call",
    "track",
]
