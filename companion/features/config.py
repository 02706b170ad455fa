"""Feature-extraction settings (:class:`FeatureConfig`) and their validation.

Pure data, no threads of its own: a config is built once (GUI thread or CLI) and read by the
engine worker thread that runs :class:`companion.features.FeatureExtractor`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields

from companion.audio.blocks import SAMPLE_RATE_HZ
from companion.errors import CompanionError

__all__ = ["FeatureConfig", "FeatureConfigError"]


class FeatureConfigError(CompanionError):
    """A :class:`FeatureConfig` value out of range (names the field and the valid range)."""


@dataclass(frozen=True)
class FeatureConfig:
    """Settings of the voice feature engine.

    All times are in seconds, frequencies in Hz, levels in dB. The defaults are the product
    settings; the benchmark and tests use them as they are.

    Attributes
    ----------
    sample_rate_hz
        Input sample rate (the audio layer always delivers 16 000 Hz).
    hop_s
        Frame hop: one output frame per ``hop_s`` of audio (10 ms).
    f0_min_hz, f0_max_hz
        Pitch search range. 60–500 Hz covers adult and most children's speaking voices.
    yin_window_s
        YIN integration window (the difference function sums over this many seconds). It is
        widened automatically to at least one period of ``f0_min_hz``.
    spectrum_window_s
        Hann window of the spectral features (alpha ratio, Hammarberg, slope, centroid).
    energy_window_s
        Rectangular window of the frame RMS level, centred on the frame.
    chunk_frames
        Frames analysed together in one vectorised step. Chunks start at fixed frame indices
        (multiples of ``chunk_frames``), which is what makes streaming and batch output
        identical bit for bit; larger chunks are faster but add latency.
    viterbi_lag_frames
        Look-ahead of the fixed-lag pitch/voicing decoder: the decision for frame ``i`` is
        taken once frame ``i + viterbi_lag_frames`` has been analysed.
    pitch_candidates
        Pitch candidates kept per frame for the decoder (octave-error control).
    octave_jump_cost
        Decoder cost (nats) per semitone of pitch change between frames beyond
        ``free_jump_semitones``; an octave jump costs about 12 times this.
    free_jump_semitones
        Pitch change per frame (semitones) that costs nothing (vibrato, glides).
    voicing_switch_cost
        Decoder cost (nats) of a voiced/unvoiced transition; suppresses one-frame blips.
    voicing_threshold
        Aperiodicity (YIN cumulative-mean-normalised difference, 0–1) at which a frame is
        equally likely voiced or unvoiced, for frames within 6 dB of the recent peak level.
    quiet_voicing_threshold
        The same for frames 20 dB or more below the recent peak level (linear in dB
        between): quiet frames must be more clearly periodic, which keeps background
        talkers and hum from being voiced.
    peak_window_s
        Trailing window of the recent peak level (seconds).
    silence_dbfs
        Frames below this RMS level (dBFS) are never voiced and never speech.
    noise_floor_window_s
        Trailing window of the causal noise-floor tracker (minimum statistics).
    vad_margin_db
        A frame is speech when its level exceeds the noise floor by this many dB.
    vad_hangover_s
        Speech stays on this long after the last frame over the margin.
    syllable_window_s
        Trailing window of the syllable-rate estimate.
    syllable_dip_db
        A syllable nucleus must rise this many dB above the envelope dips on both sides.
    """

    sample_rate_hz: int = SAMPLE_RATE_HZ
    hop_s: float = 0.010
    f0_min_hz: float = 60.0
    f0_max_hz: float = 500.0
    yin_window_s: float = 0.025
    spectrum_window_s: float = 0.032
    energy_window_s: float = 0.020
    chunk_frames: int = 50
    viterbi_lag_frames: int = 15
    pitch_candidates: int = 5
    octave_jump_cost: float = 0.35
    free_jump_semitones: float = 0.6
    voicing_switch_cost: float = 2.5
    voicing_threshold: float = 0.5
    quiet_voicing_threshold: float = 0.3
    peak_window_s: float = 3.0
    silence_dbfs: float = -70.0
    noise_floor_window_s: float = 1.5
    vad_margin_db: float = 6.0
    vad_hangover_s: float = 0.15
    syllable_window_s: float = 3.0
    syllable_dip_db: float = 2.0

    def __post_init__(self) -> None:
        checks: dict[str, tuple[float, float]] = {
            "sample_rate_hz": (4000, 192000),
            "hop_s": (0.001, 0.1),
            "f0_min_hz": (20.0, 2000.0),
            "f0_max_hz": (30.0, 4000.0),
            "yin_window_s": (0.005, 0.2),
            "spectrum_window_s": (0.005, 0.2),
            "energy_window_s": (0.001, 0.2),
            "chunk_frames": (1, 10000),
            "viterbi_lag_frames": (0, 1000),
            "pitch_candidates": (1, 20),
            "octave_jump_cost": (0.0, 100.0),
            "free_jump_semitones": (0.0, 24.0),
            "voicing_switch_cost": (0.0, 100.0),
            "voicing_threshold": (0.01, 0.99),
            "quiet_voicing_threshold": (0.01, 0.99),
            "peak_window_s": (0.1, 60.0),
            "silence_dbfs": (-140.0, 0.0),
            "noise_floor_window_s": (0.1, 60.0),
            "vad_margin_db": (0.0, 60.0),
            "vad_hangover_s": (0.0, 10.0),
            "syllable_window_s": (0.5, 60.0),
            "syllable_dip_db": (0.0, 40.0),
        }
        for f in fields(self):
            value = getattr(self, f.name)
            lo, hi = checks[f.name]
            if not isinstance(value, int | float) or not math.isfinite(value) or not lo <= value <= hi:
                raise FeatureConfigError(
                    f"feature setting {f.name}={value!r} is out of range",
                    f"use a number from {lo} to {hi}",
                )
        if self.f0_max_hz <= self.f0_min_hz * 1.5:
            raise FeatureConfigError(
                f"feature settings f0_min_hz={self.f0_min_hz} and f0_max_hz={self.f0_max_hz} "
                "leave no room for pitch",
                "make f0_max_hz at least 1.5 times f0_min_hz",
            )
        if self.f0_max_hz >= self.sample_rate_hz / 4:
            raise FeatureConfigError(
                f"feature setting f0_max_hz={self.f0_max_hz} is too high for "
                f"sample_rate_hz={self.sample_rate_hz}",
                "keep f0_max_hz below a quarter of the sample rate",
            )
        if round(self.hop_s * self.sample_rate_hz) < 1:
            raise FeatureConfigError("feature setting hop_s is shorter than one sample",
                                     "use hop_s=0.010")

    # Derived sizes (samples or frames), all integers.
    @property
    def hop(self) -> int:
        """Hop in samples."""
        return int(round(self.hop_s * self.sample_rate_hz))

    @property
    def tau_min(self) -> int:
        """Shortest period searched, in samples (from ``f0_max_hz``)."""
        return max(2, int(math.floor(self.sample_rate_hz / self.f0_max_hz)))

    @property
    def tau_max(self) -> int:
        """Longest period searched, in samples (from ``f0_min_hz``)."""
        return int(math.ceil(self.sample_rate_hz / self.f0_min_hz))

    @property
    def yin_window(self) -> int:
        """YIN integration window in samples (at least one longest period)."""
        return max(int(round(self.yin_window_s * self.sample_rate_hz)), self.tau_max + 2)

    @property
    def spectrum_window(self) -> int:
        """Spectral-feature window in samples (even)."""
        n = int(round(self.spectrum_window_s * self.sample_rate_hz))
        return n + (n % 2)

    @property
    def energy_window(self) -> int:
        """RMS window in samples."""
        return max(1, int(round(self.energy_window_s * self.sample_rate_hz)))
