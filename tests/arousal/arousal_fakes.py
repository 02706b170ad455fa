"""Hand-built feature frames for arousal tests (no audio, no feature extractor needed).

``voice_frames`` draws per-frame cues around chosen levels, with a syllable-like voicing
pattern, the way ``companion.features`` would report a speaker.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from companion.features import FeatureFrames

HOP_S = 0.010


#: Hand-built frames are real ``FeatureFrames`` records.
FakeFrames = FeatureFrames


@dataclass(frozen=True)
class Voice:
    """Levels of one speaking style."""

    f0_hz: float = 120.0
    f0_sd_st: float = 2.0
    rms_dbfs: float = -30.0
    alpha_ratio_db: float = -12.0
    hammarberg_db: float = 20.0
    slope_db_per_khz: float = -6.0
    rate_hz: float = 4.0
    voiced_share: float = 0.6


CALM = Voice()
HEATED = Voice(f0_hz=120.0 * 2 ** (5 / 12), f0_sd_st=3.5, rms_dbfs=-22.0,
               alpha_ratio_db=-8.0, hammarberg_db=16.0, slope_db_per_khz=-4.5, rate_hz=5.5)


def voice_frames(duration_s: float, voice: Voice = CALM, *, seed: int = 0,
                 t0_s: float = 0.0, gain_db: float = 0.0) -> FakeFrames:
    """``duration_s`` of continuous speech in ``voice`` starting at ``t0_s``."""
    rng = np.random.default_rng(seed)
    n = int(round(duration_s / HOP_S))
    t = t0_s + (np.arange(n) + 0.5) * HOP_S
    syll = np.sin(2 * np.pi * voice.rate_hz * t + rng.uniform(0, 6.28))
    voiced = syll > np.cos(np.pi * voice.voiced_share)
    st = rng.normal(0.0, voice.f0_sd_st, n)
    f0 = np.where(voiced, voice.f0_hz * 2 ** (st / 12), np.nan)
    rms = voice.rms_dbfs + gain_db + rng.normal(0, 4.0, n) - np.where(voiced, 0.0, 10.0)
    return FakeFrames(
        t_s=t, f0_hz=f0, voiced=voiced, periodicity=np.where(voiced, 0.9, 0.2),
        rms_dbfs=rms, speech=np.ones(n, dtype=bool),
        alpha_ratio_db=voice.alpha_ratio_db + rng.normal(0, 3.0, n),
        hammarberg_db=voice.hammarberg_db + rng.normal(0, 3.0, n),
        spectral_slope_db_per_khz=voice.slope_db_per_khz + rng.normal(0, 1.0, n),
        centroid_hz=1500 + rng.normal(0, 200, n),
        syllable_rate_hz=np.clip(voice.rate_hz + rng.normal(0, 0.4, n), 0, None),
    )


def silence_frames(duration_s: float, *, t0_s: float = 0.0, rms_dbfs: float = -70.0) -> FakeFrames:
    """Non-speech frames (VAD off, unvoiced, F0 NaN)."""
    n = int(round(duration_s / HOP_S))
    t = t0_s + (np.arange(n) + 0.5) * HOP_S
    nan = np.full(n, np.nan)
    return FakeFrames(t_s=t, f0_hz=nan.copy(), voiced=np.zeros(n, dtype=bool),
                      periodicity=np.zeros(n), rms_dbfs=np.full(n, rms_dbfs),
                      speech=np.zeros(n, dtype=bool), alpha_ratio_db=nan.copy(),
                      hammarberg_db=nan.copy(), spectral_slope_db_per_khz=nan.copy(),
                      centroid_hz=nan.copy(), syllable_rate_hz=np.zeros(n))


def sequence(*parts: tuple[str, float] | tuple[str, float, Voice], seed: int = 0) -> FakeFrames:
    """Consecutive segments: ("speech", seconds[, voice]) or ("pause", seconds)."""
    out, t0 = [], 0.0
    for i, part in enumerate(parts):
        kind, dur = part[0], part[1]
        if kind == "pause":
            out.append(silence_frames(dur, t0_s=t0))
        else:
            voice = part[2] if len(part) > 2 else CALM  # type: ignore[misc]
            out.append(voice_frames(dur, voice, seed=seed * 1000 + i, t0_s=t0))
        t0 += int(round(dur / HOP_S)) * HOP_S
    return FakeFrames.concat(out)
