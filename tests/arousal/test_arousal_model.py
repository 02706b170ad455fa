"""Arousal index on hand-built feature frames: levels, invariances, NaN handling."""

from __future__ import annotations

import numpy as np
import pytest
from arousal_fakes import CALM, HEATED, Voice, sequence, silence_frames, voice_frames

from companion.arousal import ArousalConfig, ArousalTracker, CalibrationError, calibrate, track

CFG = ArousalConfig()


def _mean_index(frames, baseline) -> float:
    a = track(frames, CFG, baseline).frames.arousal
    return float(np.nanmean(a))


def test_calm_speech_sits_at_50_and_heated_is_clearly_higher() -> None:
    base = calibrate(voice_frames(60, CALM, seed=1), CFG)
    calm = _mean_index(voice_frames(30, CALM, seed=2), base)
    heated = _mean_index(voice_frames(30, HEATED, seed=3), base)
    assert abs(calm - 50) < 5
    assert heated > 85
    assert np.isclose(base.f0_median_hz, 120, rtol=0.03)
    assert np.isclose(base.loudness_dbfs, -30, atol=1.0)


@pytest.mark.parametrize("cue, value", [
    ("f0_hz", 120 * 2 ** (4 / 12)), ("rms_dbfs", -22.0), ("alpha_ratio_db", -7.0),
    ("hammarberg_db", 15.0), ("slope_db_per_khz", -4.0), ("rate_hz", 5.5),
])
def test_each_cue_raised_alone_raises_the_index(cue: str, value: float) -> None:
    base = calibrate(voice_frames(60, CALM, seed=1), CFG)
    raised = Voice(**{**CALM.__dict__, cue: value})
    calm = _mean_index(voice_frames(20, CALM, seed=5), base)
    up = _mean_index(voice_frames(20, raised, seed=5), base)
    assert up > calm + 3


def test_lower_and_slower_than_usual_is_below_50() -> None:
    base = calibrate(voice_frames(60, CALM, seed=1), CFG)
    subdued = Voice(f0_hz=110, rms_dbfs=-36, rate_hz=3.2)
    assert _mean_index(voice_frames(20, subdued, seed=6), base) < 40


def test_gain_change_after_recalibration_barely_moves_the_index() -> None:
    calib, test = voice_frames(60, CALM, seed=1), voice_frames(30, HEATED, seed=2)
    ref = _mean_index(test, calibrate(calib, CFG))
    quiet_calib = voice_frames(60, CALM, seed=1, gain_db=-12)
    quiet_test = voice_frames(30, HEATED, seed=2, gain_db=-12)
    assert abs(_mean_index(quiet_test, calibrate(quiet_calib, CFG)) - ref) < 1.0
    # Without recalibration a quieter headset reads as calmer: the documented limit.
    quiet_calm = voice_frames(30, CALM, seed=3, gain_db=-12)
    assert _mean_index(quiet_calm, calibrate(calib, CFG)) < 40


def test_other_speaker_at_their_own_calm_baseline_sits_near_50() -> None:
    high = Voice(f0_hz=230, f0_sd_st=3.0, rms_dbfs=-38, alpha_ratio_db=-15, rate_hz=4.8)
    base = calibrate(voice_frames(60, high, seed=7), CFG)
    assert abs(_mean_index(voice_frames(30, high, seed=8), base) - 50) < 5
    # Scored against someone else's baseline they would not be at 50.
    other = calibrate(voice_frames(60, CALM, seed=1), CFG)
    assert abs(_mean_index(voice_frames(30, high, seed=8), other) - 50) > 10


def test_silence_gives_nan_and_so_does_too_little_speech() -> None:
    base = calibrate(voice_frames(60, CALM, seed=1), CFG)
    assert np.isnan(track(silence_frames(10), CFG, base).frames.arousal).all()
    # 0.5 s of speech (~0.3 s voiced) is below min_voiced_s = 1 s: nothing to say.
    short = sequence(("pause", 3), ("speech", 0.5), ("pause", 3))
    assert np.isnan(track(short, CFG, base).frames.arousal).all()
    # Enough speech gives numbers, held through a short pause; a real pause gives NaN.
    frames = sequence(("speech", 5), ("pause", 20))
    a = track(frames, CFG, base).frames.arousal
    t = frames.t_s
    last_voiced = t[frames.voiced][-1]
    assert np.isfinite(a[(t > 3) & (t < last_voiced + CFG.hold_s - 0.05)]).all()
    assert np.isnan(a[t > last_voiced + CFG.hold_s + 0.01]).all()


def test_output_is_aligned_with_input_frames() -> None:
    frames = sequence(("speech", 4), ("pause", 1))
    out = ArousalTracker(CFG, calibrate(voice_frames(30, CALM, seed=1), CFG)).process(frames)
    assert len(out) == len(frames)
    assert np.array_equal(out.t_s, frames.t_s)
    assert np.all((out.arousal[np.isfinite(out.arousal)] >= 0)
                  & (out.arousal[np.isfinite(out.arousal)] <= 100))


def test_tracker_calibrates_itself_then_scores() -> None:
    cfg = CFG.replace(calibration_s=20.0)
    frames = sequence(("speech", 30), ("speech", 20, HEATED))
    tracker = ArousalTracker(cfg)
    assert not tracker.calibrated and tracker.calibration_progress == 0.0
    a = tracker.process(frames).arousal
    assert tracker.calibrated and tracker.calibration_progress == 1.0
    t = frames.t_s
    assert np.isnan(a[t < 20.0]).all()  # NaN until calibration completes
    assert abs(np.nanmean(a[(t > 21) & (t < 30)]) - 50) < 5
    assert np.nanmean(a[t > 34]) > 85
    # Calibration used exactly the first 20 s of speech: same as calibrate() on them.
    assert tracker.baseline.f0_median_hz == pytest.approx(
        calibrate(frames[:2000], cfg).f0_median_hz, rel=0.02)


def test_recalibrate_forgets_the_baseline() -> None:
    cfg = CFG.replace(calibration_s=10.0)
    tracker = ArousalTracker(cfg)
    tracker.process(voice_frames(15, CALM, seed=1))
    assert tracker.calibrated
    tracker.recalibrate()
    assert not tracker.calibrated
    out = tracker.process(voice_frames(5, CALM, seed=2, t0_s=15))
    assert np.isnan(out.arousal).all()
    # An explicit "calibrate now" can ask for a shorter calibration.
    tracker.recalibrate(speech_s=4.0)
    assert tracker.calibration_progress == 0.0
    out = tracker.process(voice_frames(10, CALM, seed=3, t0_s=20))
    assert tracker.calibrated and np.isfinite(out.arousal[out.t_s > 25]).all()
    with pytest.raises(ValueError):
        tracker.recalibrate(speech_s=0)


def test_calibration_needs_voiced_speech() -> None:
    with pytest.raises(CalibrationError, match="too little voiced speech"):
        calibrate(sequence(("pause", 10), ("speech", 1.0)), CFG)
    with pytest.raises(CalibrationError):
        calibrate(silence_frames(30), CFG)


def test_baseline_follows_calm_speech_slowly_but_not_heated_speech() -> None:
    cfg = CFG.replace(forgetting_s=60.0, update_every_s=5.0)
    base = calibrate(voice_frames(60, CALM, seed=1), cfg)
    louder_calm = Voice(**{**CALM.__dict__, "rms_dbfs": -27.0})  # +3 dB, still calm
    r = track(voice_frames(120, louder_calm, seed=2), cfg, base)
    assert base.loudness_dbfs < r.baseline.loudness_dbfs < -27.0 + 0.5
    assert r.baseline.loudness_dbfs > base.loudness_dbfs + 1.5
    assert r.baseline.calm_updates_s > 30
    r_hot = track(voice_frames(120, HEATED, seed=3), cfg, base)
    assert r_hot.baseline.loudness_dbfs == pytest.approx(base.loudness_dbfs, abs=0.2)
    # forgetting_s = 0 freezes the baseline
    frozen = track(voice_frames(60, louder_calm, seed=2), cfg.replace(forgetting_s=0), base)
    assert frozen.baseline == base


def test_missing_effort_cues_leave_the_other_components_working() -> None:
    calib, heated = voice_frames(40, CALM, seed=1), voice_frames(20, HEATED, seed=2)
    for fr in (calib, heated):
        fr.alpha_ratio_db[:] = np.nan
        fr.hammarberg_db[:] = np.nan
        fr.spectral_slope_db_per_khz[:] = np.nan
    base = calibrate(calib, CFG)
    assert np.isnan(base.alpha_ratio_db)
    out = track(heated, CFG, base).frames
    assert np.isnan(out.effort_z).all()
    assert np.nanmean(out.arousal) > 85


def test_calibration_leaves_out_a_heated_stretch() -> None:
    mixed = sequence(("speech", 60), ("speech", 45, HEATED), seed=2)
    calm, heated = voice_frames(30, CALM, seed=9), voice_frames(30, HEATED, seed=9)
    trimmed = calibrate(mixed, CFG)
    untrimmed = calibrate(mixed, CFG.replace(calibration_trim=100.0))
    clean = calibrate(voice_frames(60, CALM, seed=1), CFG)
    # The trimmed baseline is close to the calm-only one: spreads not inflated by heat.
    assert trimmed.loudness_sd_db == pytest.approx(clean.loudness_sd_db, rel=0.1)
    assert untrimmed.loudness_sd_db > 1.2 * clean.loudness_sd_db
    assert abs(_mean_index(calm, trimmed) - 50) < 3
    assert _mean_index(heated, trimmed) > _mean_index(heated, untrimmed) + 4
