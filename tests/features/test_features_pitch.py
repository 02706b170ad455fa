"""Pitch: steady tones, glides, vibrato across 60-450 Hz, noise, silence (checked in log f)."""

from __future__ import annotations

import numpy as np
import pytest
from feature_signals import SR, harmonic, rms, white

from companion.features import FeatureConfig, extract_features


def _middle(frames, t0: float, t1: float) -> np.ndarray:
    return (frames.t_s > t0) & (frames.t_s < t1)


@pytest.mark.parametrize("f0", [60.0, 75.0, 110.0, 150.0, 220.0, 310.0, 450.0])
def test_steady_tone_pitch_within_a_few_cents(f0: float) -> None:
    x = harmonic(f0, 1.0)
    fr = extract_features(x)
    sel = _middle(fr, 0.1, 0.9)
    assert fr.voiced[sel].mean() > 0.97
    err = np.abs(np.log2(fr.f0_hz[sel & fr.voiced] / f0))
    assert np.median(err) < 0.005  # ~6 cents
    assert err.max() < 0.02        # no octave or gross errors at all


def test_weak_fundamental_is_not_an_octave_up() -> None:
    # Missing fundamental: harmonics 2..10 only; YIN must still report the period of f0.
    n = SR
    t = np.arange(n) / SR
    x = sum(np.sin(2 * np.pi * k * 120.0 * t) / k for k in range(2, 11)).astype(np.float32) * 0.1
    fr = extract_features(x)
    sel = _middle(fr, 0.1, 0.9)
    assert np.all(np.abs(np.log2(fr.f0_hz[sel] / 120.0)) < 0.02)


def test_glide_is_followed() -> None:
    n = int(1.5 * SR)
    f = np.geomspace(90.0, 360.0, n)
    fr = extract_features(harmonic(f, 1.5))
    truth = np.interp(fr.t_s, np.arange(n) / SR, f)
    sel = _middle(fr, 0.1, 1.4)
    assert fr.voiced[sel].all()
    assert np.abs(np.log2(fr.f0_hz[sel] / truth[sel])).max() < 0.03


def test_vibrato_is_followed() -> None:
    n = int(1.5 * SR)
    t = np.arange(n) / SR
    f = 220.0 * 2.0 ** (np.sin(2 * np.pi * 5.5 * t) / 12.0)  # +-1 semitone at 5.5 Hz
    fr = extract_features(harmonic(f, 1.5))
    truth = np.interp(fr.t_s, t, f)
    sel = _middle(fr, 0.1, 1.4)
    err = np.abs(np.log2(fr.f0_hz[sel] / truth[sel]))
    assert fr.voiced[sel].all()
    assert np.median(err) < 0.01 and err.max() < 0.04


def test_white_noise_at_10_db_snr_keeps_gross_errors_low() -> None:
    x = harmonic(140.0, 2.0)
    noisy = x + white(2.0, rms(x) / np.sqrt(10.0), seed=3)
    fr = extract_features(noisy)
    sel = _middle(fr, 0.1, 1.9)
    assert fr.voiced[sel].mean() > 0.95
    v = sel & fr.voiced
    gross = np.abs(fr.f0_hz[v] / 140.0 - 1.0) > 0.2
    assert gross.mean() < 0.02


def test_babble_like_interferer_at_10_db() -> None:
    target = harmonic(200.0, 2.0)
    t = np.arange(len(target)) / SR
    babble = sum(harmonic(f * (1 + 0.05 * np.sin(2 * np.pi * 0.7 * k * t)), 2.0)
                 for k, f in enumerate((97.0, 131.0, 173.0, 247.0), 1))
    babble *= rms(target) / rms(babble) / np.sqrt(10.0)
    fr = extract_features((target + babble).astype(np.float32))
    sel = _middle(fr, 0.1, 1.9) & fr.voiced
    assert sel.sum() > 150
    assert (np.abs(fr.f0_hz[sel] / 200.0 - 1.0) > 0.2).mean() < 0.05


def test_digital_silence_is_unvoiced_nan() -> None:
    fr = extract_features(np.zeros(SR, dtype=np.float32))
    assert len(fr) == 100
    assert not fr.voiced.any() and np.isnan(fr.f0_hz).all()
    assert np.all(fr.rms_dbfs == -120.0)
    assert not fr.speech.any()
    assert np.isnan(fr.alpha_ratio_db).all() and np.isnan(fr.syllable_rate_hz).all()


def test_tone_then_silence_switches_off_quickly() -> None:
    x = np.concatenate([harmonic(180.0, 1.0), np.zeros(SR, dtype=np.float32)])
    fr = extract_features(x)
    assert not fr.voiced[fr.t_s > 1.05].any()
    assert fr.voiced[(fr.t_s > 0.05) & (fr.t_s < 0.95)].all()


def test_white_noise_is_unvoiced() -> None:
    fr = extract_features(white(2.0, 0.05, seed=9))
    assert fr.voiced.mean() < 0.02


def test_f0_range_is_configurable() -> None:
    x = harmonic(90.0, 1.0)
    cfg = FeatureConfig(f0_min_hz=120.0, f0_max_hz=600.0)
    fr = extract_features(x, cfg)
    # 90 Hz is outside the range: either unvoiced or reported inside the range (an octave up).
    f = fr.f0_hz[fr.voiced]
    assert np.all((f >= 120.0 * 0.97) & (f <= 600.0 * 1.03))
    fr2 = extract_features(harmonic(450.0, 1.0), FeatureConfig(f0_min_hz=60.0, f0_max_hz=500.0))
    assert np.nanmedian(fr2.f0_hz) == pytest.approx(450.0, rel=0.01)


def test_low_frequency_noise_does_not_pull_pitch_an_octave_down() -> None:
    # Noise with most power at low frequencies (like babble) raises the difference function
    # at the true period more than at its double; the octave check must keep the true one.
    from scipy.signal import lfilter

    target = harmonic(200.0, 2.0)
    noise = lfilter([1.0], [1.0, -0.95], white(2.0, 1.0, seed=200))
    noise *= rms(target) / rms(noise) / 10 ** (5.0 / 20.0)
    fr = extract_features((target + noise).astype(np.float32))
    sel = _middle(fr, 0.1, 1.9) & fr.voiced
    assert sel.sum() > 150
    assert (np.abs(fr.f0_hz[sel] / 200.0 - 1.0) > 0.2).mean() < 0.05


def test_octave_check_damps_multiples_of_the_period_only() -> None:
    from companion.features.pitch import _octave_check

    def check(nd: np.ndarray, tau: np.ndarray) -> np.ndarray:
        # Window energies summing to 1 at every lag, so that d / (e_0 + e_tau) is ``nd``.
        return _octave_check(nd, np.zeros_like(nd), np.ones(1), np.zeros(3, dtype=np.intp), tau)

    # One frame of a clean signal with period 40 samples: 1 - r(tau) is ~0 at 40, 80, 120
    # and ~1 elsewhere (0.6 at 20 and ~1 at 13.3: half and third of the true period).
    nd = np.ones((1, 130))
    nd[0, [40, 80, 120]] = 0.05
    nd[0, 20] = 0.6
    taus = np.array([40, 80, 120])
    f = check(nd, taus)
    assert f[0] > 0.9          # the true period keeps its weight
    assert f[1] < 0.1          # its double (half lag 40 is as periodic) is damped
    assert f[2] < 0.1          # and its triple (third lag 40)
    # Noise scales both lags alike: the double stays damped at 0 dB-like depths.
    nd_noisy = 0.5 + 0.5 * nd
    assert check(nd_noisy, taus)[1] < 0.1
    assert check(nd_noisy, taus)[0] > 0.9


def test_voice_at_the_recent_peak_stays_voiced_in_loud_steady_noise() -> None:
    # Syllable-like bursts 3 dB below steady white noise: the bursts are the loudest frames
    # of the last seconds (foreground), so the near-noise-floor tightening must not unvoice
    # them; the noise alone (before and between the bursts) stays unvoiced.
    dur = 4.0
    target = harmonic(140.0, dur)
    t = np.arange(len(target)) / SR
    on = (t > 1.0) & (((t - 1.0) % 0.5) < 0.3)
    x = target * on
    noise = white(dur, rms(x[on]) * 10 ** (3.0 / 20.0), seed=5)
    fr = extract_features((x + noise).astype(np.float32))
    phase = (fr.t_s - 1.0) % 0.5
    bursts = (fr.t_s > 1.0) & (phase > 0.05) & (phase < 0.25)
    gaps = (fr.t_s > 1.0) & (phase > 0.35) & (phase < 0.45)
    assert fr.voiced[bursts].mean() > 0.8
    assert not fr.voiced[gaps].any()
    assert not fr.voiced[fr.t_s < 0.95].any()
    v = bursts & fr.voiced
    assert np.all(np.abs(fr.f0_hz[v] / 140.0 - 1.0) < 0.2)


def test_talker_range_prior_resists_a_competing_voice_at_half_the_pitch() -> None:
    # A talker at 240 Hz, then a second voice at 120 Hz (6 dB weaker) joins: the mixture is
    # periodic at 120 Hz, but the decoder knows the talker's recent range and stays at 240.
    target = harmonic(240.0, 3.0)
    sub = harmonic(120.0, 3.0)
    sub *= rms(target) / rms(sub) / 10 ** (6.0 / 20.0)
    sub[: int(1.5 * SR)] = 0.0
    fr = extract_features((target + sub).astype(np.float32))
    sel = _middle(fr, 1.6, 2.9) & fr.voiced
    assert sel.sum() > 120
    assert np.all(np.abs(fr.f0_hz[sel] / 240.0 - 1.0) < 0.2)


@pytest.mark.parametrize(("f_high", "f_low"), [(300.0, 70.0), (400.0, 90.0)])
def test_lower_talker_after_a_higher_one_is_tracked_at_once(f_high: float, f_low: float) -> None:
    # The talker-range prior is capped: a new voice two octaves lower is not pushed to
    # unvoiced or to a harmonic while the median still reflects the previous talker.
    x = np.concatenate([harmonic(f_high, 3.0), harmonic(f_low, 3.0)])
    fr = extract_features(x)
    sel = _middle(fr, 3.1, 5.9)
    assert fr.voiced[sel].all()
    assert np.all(np.abs(fr.f0_hz[sel] / f_low - 1.0) < 0.05)


def test_weakly_periodic_sound_at_the_noise_floor_is_background() -> None:
    # A steady tone 3.5 dB under white noise, from the stream start: every frame is at the
    # noise-floor level (and at the recent peak, since nothing louder came before). Frames at
    # the floor keep the stricter voicing threshold, so this stays mostly unvoiced.
    tone = harmonic(150.0, 3.0)
    x = tone + white(3.0, rms(tone) * 10 ** (3.5 / 20.0), seed=7)
    fr = extract_features(x.astype(np.float32))
    assert fr.voiced[fr.t_s > 0.2].mean() < 0.3
