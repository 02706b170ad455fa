"""The 0-100 arousal index: robust z-scores of window statistics against the baseline.

Runs on the caller's thread (engine worker in the app). Vectorised over frames.

For every frame the window statistics (:mod:`companion.arousal.window`) are turned into five
component z-scores, each ``(value - baseline median) / max(baseline robust SD, floor)``,
clipped to ``±z_clip``:

========== ==========================================================================
f0_level   median F0 of the window in semitones vs the agent's median F0
f0_range   10-90 % semitone spread of the window vs the agent's usual spread
loudness   median RMS level (dBFS) vs the agent's own median level (gain cancels)
effort     mean of the high-frequency-energy cues: alpha ratio, -Hammarberg index,
           spectral slope (each vs the agent's median); more effort = more HF energy
rate       median syllable rate vs the agent's usual rate
========== ==========================================================================

``D`` is their weighted mean (weights from :class:`ArousalConfig`, renormalised over the
components that are available) and ``index = 100 / (1 + exp(-gain * D))``: 50 is the
agent's usual, ~75 one robust SD above on every cue, 90+ two or more. See docs/arousal.md.
"""

from __future__ import annotations

import numpy as np

from companion.arousal.config import COMPONENTS, ArousalConfig

#: Sign of each effort cue so that "more vocal effort" is positive: a higher alpha ratio
#: (more 1-5 kHz energy relative to 50-1000 Hz), a lower Hammarberg index (smaller gap
#: between the 0-2 kHz and 2-5 kHz peaks) and a flatter (less negative) spectral slope.
EFFORT_SIGNS: tuple[float, float, float] = (1.0, -1.0, 1.0)


def component_z(stats: np.ndarray, centers: np.ndarray, scales: np.ndarray,
                config: ArousalConfig) -> np.ndarray:
    """Clipped z-scores ``(n, len(COMPONENTS))`` of window ``stats`` ``(n, len(STATS))``.

    ``centers`` and ``scales`` are the baseline medians and robust SDs of the statistics in
    :data:`companion.arousal.window.STATS` order (see :meth:`Baseline.vectors`); scales are
    floored with the config floors here. NaN where a statistic or its baseline is missing.
    """
    floors = np.array([config.f0_floor_st, config.f0_range_floor_st, config.loudness_floor_db,
                       config.tilt_floor_db, config.tilt_floor_db,
                       config.slope_floor_db_per_khz, config.rate_floor_hz])
    with np.errstate(invalid="ignore"):
        sd = np.fmax(scales, floors)  # fmax: NaN scale -> floor
        z = np.clip((stats - centers[None, :]) / sd[None, :], -config.z_clip, config.z_clip)
        effort_parts = z[:, 3:6] * np.asarray(EFFORT_SIGNS)[None, :]
        finite = np.isfinite(effort_parts)
        n_eff = np.sum(finite, axis=1)
        total = np.where(finite, effort_parts, 0.0).sum(axis=1)  # nansum without its overhead
        effort = np.where(n_eff > 0, total / np.maximum(n_eff, 1), np.nan)
    return np.column_stack([z[:, 0], z[:, 1], z[:, 2], effort, z[:, 6]])


def arousal_from_z(z: np.ndarray, config: ArousalConfig) -> np.ndarray:
    """Index 0-100 from component z-scores ``(n, len(COMPONENTS))``; NaN if none is finite."""
    # Summed column after column, per frame (an accumulation; not a BLAS matmul, whose
    # rounding can depend on the block shape): the same frame gives the same bits whatever
    # block it arrives in.
    ok = np.isfinite(z)
    w = np.asarray(config.weights)
    wsum = np.add.accumulate(np.where(ok, w, 0.0), axis=1)[:, -1]
    d = np.add.accumulate(np.where(ok, z * w, 0.0), axis=1)[:, -1]
    with np.errstate(invalid="ignore", divide="ignore"):
        d = np.where(wsum > 0, d / wsum, np.nan)
    return 100.0 / (1.0 + np.exp(-config.gain * d))


def arousal_index(stats: np.ndarray, count: np.ndarray, centers: np.ndarray,
                  scales: np.ndarray, config: ArousalConfig) -> tuple[np.ndarray, np.ndarray]:
    """Index and z-scores for window statistics; NaN where the window has too little speech.

    Returns ``(arousal (n,), z (n, len(COMPONENTS)))``.
    """
    z = component_z(stats, centers, scales, config)
    few = (count < config.min_voiced_frames) | ~np.isfinite(z[:, 0])
    z[few] = np.nan
    return arousal_from_z(z, config), z


__all__ = ["COMPONENTS", "EFFORT_SIGNS", "arousal_from_z", "arousal_index", "component_z"]
