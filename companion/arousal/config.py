"""Tuning of the arousal model: smoothing window, thresholds, calibration, index weights.

Pure data (no threads, no I/O). Built once by the composition root (``companion.app`` / ``analyze``)
and handed to :class:`companion.arousal.tracker.ArousalTracker`; usable from any thread.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any

from companion.errors import CompanionError

if TYPE_CHECKING:
    from companion.settings import Settings

#: Names of the index components, in the order of :attr:`ArousalConfig.weights`.
COMPONENTS: tuple[str, ...] = ("f0_level", "f0_range", "loudness", "effort", "rate")

#: ``settings.sensitivity`` (1 = rarely .. 5 = readily) -> seconds of speech above the upper
#: level before an episode opens.
SENSITIVITY_EPISODE_SPEECH_S: dict[int, float] = {1: 6.0, 2: 4.5, 3: 3.0, 4: 2.0, 5: 1.0}


class ArousalConfigError(CompanionError):
    """An :class:`ArousalConfig` value is out of range."""


@dataclass(frozen=True)
class ArousalConfig:
    """Parameters of the arousal index, its smoothing, episodes and calibration.

    Durations are seconds, levels are on the 0-100 index scale (50 = the agent's usual).

    Attributes
    ----------
    hop_s
        Feature frame hop (s); must match ``FeatureConfig.hop_s``.
    window_s
        Smoothing window: seconds of *voiced* speech the index is computed over.
    step_s
        The window statistics are recomputed every ``step_s`` of stream time (on a fixed
        grid) and held in between: at most ``step_s - hop_s`` extra delay, less work.
    span_s
        Voiced frames older than this (wall-clock seconds) leave the window, so the index
        goes back to NaN after a long pause.
    hold_s
        The index is NaN once the newest voiced frame is more than ``hold_s`` old: short
        pauses between phrases keep the last value, a real pause shows "no speech".
    min_voiced_s
        Fewer voiced seconds than this in the window -> the index is NaN.
    upper, lower
        Episode hysteresis levels: open above ``upper``, close below ``lower``.
    min_episode_speech_s
        Seconds of speech the index must stay at or above ``upper`` before an episode opens.
    episode_gap_s
        This long without a finite index (no speech) ends an open episode.
    recovery_level
        "Back near baseline": recovery time runs until the index is at or below this.
    calibration_s
        Seconds of speech (VAD) the tracker learns the baseline from when it has none.
    min_calibration_voiced_s
        Least voiced speech (s) a baseline may be computed from.
    calibration_trim
        Calibration windows that score above this against a first estimate are left out
        and the baseline is refitted once (a heated stretch inside the calibration);
        100 disables it.
    forgetting_s
        Time constant (s of calm voiced speech) of the slow baseline update; 0 disables it.
    update_every_s
        Stream seconds between two baseline updates (a fixed grid, so that streaming and
        batch give identical numbers).
    weights
        Weights of :data:`COMPONENTS` (normalised to sum 1).
    z_clip
        Each component's z-score is clipped to ``[-z_clip, z_clip]``.
    gain
        Logistic slope: ``index = 100 / (1 + exp(-gain * D))`` for the weighted deviation
        ``D``; ``ln 3`` maps ``D = 1`` (one robust SD above baseline on every cue) to 75.
    f0_floor_st, f0_range_floor_st, loudness_floor_db, tilt_floor_db, slope_floor_db_per_khz,
    rate_floor_hz
        Smallest robust SD used in the z-scores, so a very steady speaker does not blow up.
    """

    hop_s: float = 0.010
    window_s: float = 3.0
    step_s: float = 0.02
    span_s: float = 12.0
    hold_s: float = 1.5
    min_voiced_s: float = 1.0
    upper: float = 70.0
    lower: float = 60.0
    min_episode_speech_s: float = 3.0
    episode_gap_s: float = 10.0
    recovery_level: float = 55.0
    calibration_s: float = 180.0
    min_calibration_voiced_s: float = 3.0
    calibration_trim: float = 75.0
    forgetting_s: float = 1800.0
    update_every_s: float = 10.0
    weights: tuple[float, float, float, float, float] = (0.30, 0.10, 0.25, 0.20, 0.15)
    z_clip: float = 4.0
    gain: float = math.log(3.0)
    f0_floor_st: float = 1.0
    f0_range_floor_st: float = 1.5
    loudness_floor_db: float = 2.0
    tilt_floor_db: float = 1.0
    slope_floor_db_per_khz: float = 0.3
    rate_floor_hz: float = 0.6

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            values = value if isinstance(value, tuple) else (value,)
            for v in values:
                if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v):
                    raise ArousalConfigError(f"arousal config: '{f.name}' must be a finite number")
        positive = ("hop_s", "window_s", "step_s", "span_s", "hold_s", "episode_gap_s", "min_voiced_s", "update_every_s", "z_clip",
                    "gain", "f0_floor_st", "f0_range_floor_st", "loudness_floor_db",
                    "tilt_floor_db", "slope_floor_db_per_khz", "rate_floor_hz",
                    "min_calibration_voiced_s", "calibration_s")
        for name in positive:
            if getattr(self, name) <= 0:
                raise ArousalConfigError(f"arousal config: '{name}' must be > 0")
        if self.min_episode_speech_s < 0 or self.forgetting_s < 0:
            raise ArousalConfigError(
                "arousal config: 'min_episode_speech_s' and 'forgetting_s' must be >= 0")
        if not 0.0 < self.lower <= self.upper < 100.0:
            raise ArousalConfigError(
                f"arousal config: need 0 < lower <= upper < 100, got lower={self.lower:g} "
                f"upper={self.upper:g}")
        if not 50.0 < self.calibration_trim <= 100.0:
            raise ArousalConfigError("arousal config: 'calibration_trim' must be in (50, 100]")
        if not 0.0 < self.recovery_level <= self.upper:
            raise ArousalConfigError("arousal config: 'recovery_level' must be in (0, upper]")
        if self.update_every_s > 600.0:
            raise ArousalConfigError("arousal config: 'update_every_s' must be <= 600")
        if self.min_voiced_s > self.window_s or self.window_s > self.span_s:
            raise ArousalConfigError(
                "arousal config: need min_voiced_s <= window_s <= span_s")
        if len(self.weights) != len(COMPONENTS) or min(self.weights) < 0 or sum(
                self.weights) <= 0:
            raise ArousalConfigError(
                f"arousal config: 'weights' needs {len(COMPONENTS)} non-negative numbers "
                f"({', '.join(COMPONENTS)}) with a positive sum")

    # Derived frame counts -------------------------------------------------------------------
    @property
    def window_frames(self) -> int:
        """Voiced frames in a full smoothing window."""
        return max(1, round(self.window_s / self.hop_s))

    @property
    def step_frames(self) -> int:
        """Frames between two evaluations of the window statistics."""
        return max(1, round(self.step_s / self.hop_s))

    @property
    def min_voiced_frames(self) -> int:
        """Least voiced frames in the window for a finite index."""
        return max(1, round(self.min_voiced_s / self.hop_s))

    @property
    def update_frames(self) -> int:
        """Frames between two baseline updates (also the largest internal chunk)."""
        return max(1, round(self.update_every_s / self.hop_s))

    def replace(self, **changes: Any) -> ArousalConfig:
        """A validated copy with ``changes`` applied."""
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        unknown = set(changes) - set(values)
        if unknown:
            raise ArousalConfigError(f"arousal config: unknown key(s) {', '.join(sorted(unknown))}")
        values.update(changes)
        return ArousalConfig(**values)

    def with_threshold(self, upper: float) -> ArousalConfig:
        """A copy whose episodes open above ``upper`` (``settings.tense_threshold``): lower
        = upper - 10 (at least 51), recovery level = min(55, upper)."""
        return self.replace(upper=float(upper), lower=max(float(upper) - 10.0, 51.0),
                            recovery_level=min(55.0, float(upper)))

    @classmethod
    def from_settings(cls, settings: Settings, **overrides: float) -> ArousalConfig:
        """Config for the effective :class:`companion.settings.Settings`.

        Uses ``tense_threshold`` as the upper level (see :meth:`with_threshold`),
        ``calibration_min`` (minutes of speech) and ``sensitivity`` (1-5, see
        :data:`SENSITIVITY_EPISODE_SPEECH_S`). ``overrides`` win.
        """
        values: dict[str, Any] = {
            "calibration_s": float(settings.calibration_min) * 60.0,
            "min_episode_speech_s": SENSITIVITY_EPISODE_SPEECH_S.get(
                int(settings.sensitivity), 3.0),
        }
        values.update(overrides)
        base = cls().with_threshold(float(settings.tense_threshold))
        return base.replace(**values)
