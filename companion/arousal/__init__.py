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

Names are imported from their modules on first use, so the tray app's GUI thread can read
:class:`ArousalConfig` (no numpy) before the engine thread has loaded numpy.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_MODULES = {
    "baseline": ("Baseline", "BaselineError", "CalibrationError", "calibrate"),
    "config": ("COMPONENTS", "ArousalConfig", "ArousalConfigError"),
    "episodes": ("Episode", "EpisodeDetector"),
    "summary": ("ArousalAccumulator", "CallArousalSummary", "fixed_sum", "summarize_call"),
    "tracker": ("ArousalFrames", "ArousalTracker", "TrackResult", "track"),
}
_WHERE = {name: module for module, names in _MODULES.items() for name in names}

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


def __getattr__(name: str) -> Any:
    """Import ``name`` from its module on first use."""
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'companion.arousal' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"companion.arousal.{module}"), name)
    globals()[name] = value
    return value
