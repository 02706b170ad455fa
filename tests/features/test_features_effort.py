"""VAD on silence/noise/speech; vocal-effort features move the right way; syllable rate."""

from __future__ import annotations

import numpy as np
from feature_signals import SR, harmonic, syllables, white

from companion.features import extract_features


def test_vad_rejects_steady_noise_and_accepts_speech_bursts() -> None:
    noise = white(6.0, 0.003, seed=4)  # about -50 dBFS
    x = noise.copy()
    burst = syllables(4.0, 1.0)
    for start in (1.5, 3.5):
        i = int(start * SR)
        x[i:i + len(burst)] += burst
    fr = extract_features(x)
    noise_only = ((fr.t_s > 0.3) & (fr.t_s < 1.4)) | ((fr.t_s > 2.7) & (fr.t_s < 3.4)) | (fr.t_s > 4.8)
    assert fr.speech[noise_only].mean() < 0.05
    in_burst = ((fr.t_s > 1.6) & (fr.t_s < 2.4)) | ((fr.t_s > 3.6) & (fr.t_s < 4.4))
    assert fr.speech[in_burst].mean() > 0.6
    assert not fr.voiced[noise_only].any()


def test_vad_adapts_when_the_noise_gets_louder() -> None:
    x = np.concatenate([white(2.0, 0.001, seed=1), white(4.0, 0.02, seed=2)])
    fr = extract_features(x)
    # After the step, the floor catches up within the floor window (1.5 s) plus margin.
    assert fr.speech[fr.t_s > 3.8].mean() < 0.02
    assert fr.speech[fr.t_s < 1.9][30:].mean() < 0.02


def test_level_in_dbfs() -> None:
    n = SR
    t = np.arange(n) / SR
    fr = extract_features((0.5 * np.sin(2 * np.pi * 200 * t)).astype(np.float32))
    mid = fr.rms_dbfs[20:80]
    assert np.allclose(mid, 20 * np.log10(0.5 / np.sqrt(2)), atol=0.2)


def _effort(tilt_db_per_octave: float, amplitude: float) -> dict[str, float]:
    fr = extract_features(harmonic(150.0, 1.0, n_harmonics=40, tilt_db_per_octave=tilt_db_per_octave,
                                   amplitude=amplitude))
    sel = slice(20, 80)
    return {name: float(np.median(getattr(fr, name)[sel])) for name in
            ("alpha_ratio_db", "hammarberg_db", "spectral_slope_db_per_khz", "centroid_hz",
             "rms_dbfs")}


def test_brighter_louder_voice_moves_effort_features_the_right_way() -> None:
    soft = _effort(-12.0, 0.05)   # steep tilt: soft, breathy-ish effort
    loud = _effort(-4.0, 0.5)     # flat tilt, louder: high vocal effort
    assert loud["rms_dbfs"] > soft["rms_dbfs"] + 8
    assert loud["alpha_ratio_db"] > soft["alpha_ratio_db"] + 10
    assert loud["hammarberg_db"] < soft["hammarberg_db"] - 10
    assert loud["spectral_slope_db_per_khz"] > soft["spectral_slope_db_per_khz"] + 1
    assert loud["centroid_hz"] > soft["centroid_hz"] + 300
    assert soft["spectral_slope_db_per_khz"] < 0


def test_syllable_rate_tracks_the_burst_rate() -> None:
    slow = extract_features(syllables(3.0, 6.0) + white(6.0, 0.001, seed=5))
    fast = extract_features(syllables(6.0, 6.0) + white(6.0, 0.001, seed=6))
    rs = np.nanmedian(slow.syllable_rate_hz[slow.t_s > 3.5])
    rf = np.nanmedian(fast.syllable_rate_hz[fast.t_s > 3.5])
    # Rates are per second of speech (pauses excluded), so they sit above the burst rate.
    assert 2.5 < rs < 6.0
    assert rf > rs * 1.5


def test_syllable_rate_is_nan_without_speech() -> None:
    fr = extract_features(white(4.0, 0.01, seed=7))
    assert np.isnan(fr.syllable_rate_hz[fr.t_s > 1.0]).all()


def test_vad_rejects_fluctuating_low_frequency_noise() -> None:
    from scipy.signal import lfilter

    rng = np.random.default_rng(11)
    red = lfilter([0.05], [1.0, -0.95], rng.standard_normal(8 * SR)).astype(np.float32)
    red *= 0.001 / float(np.sqrt(np.mean(red ** 2)))  # about -60 dBFS, rumbly
    x = red.copy()
    burst = syllables(4.0, 1.5)
    x[4 * SR:4 * SR + len(burst)] += burst
    fr = extract_features(x)
    quiet = ((fr.t_s > 1.0) & (fr.t_s < 3.9)) | (fr.t_s > 5.8)  # after a 1 s start-up
    assert fr.speech[quiet].mean() < 0.03
    assert fr.speech[(fr.t_s > 4.1) & (fr.t_s < 5.4)].mean() > 0.6
