"""The arousal model on real feature extraction: espeak-ng voices, synthetic voices, demo.

Audio is generated in the test (nothing committed) and features come from
``companion.features.extract_features``; clips are cached in module-scoped fixtures.
"""

from __future__ import annotations

import numpy as np
import pytest
from helpers.espeak import AGITATED, CALM, espeak_available, espeak_samples

from companion.arousal import (
    ArousalConfig,
    ArousalFrames,
    ArousalTracker,
    calibrate,
    summarize_call,
    track,
)
from companion.audio import DemoSource, synth_voice
from companion.features import FeatureConfig, FeatureExtractor, FeatureFrames, extract_features

CFG = ArousalConfig()
FCFG = FeatureConfig()
CALIB = ("Thank you for calling, my name is Sam and I will be looking after you today.",
         "Could you please read me the reference number at the top of your last letter?",
         "That is no problem at all, we can change the delivery address for you.")
TEST = ("I understand this has been frustrating, and I will check your account right now.",
        "No, the payment was taken twice and nobody has called me back about it.")
GAP = np.zeros(6400, dtype=np.float32)

needs_espeak = pytest.mark.skipif(not espeak_available(), reason="espeak-ng is not installed")


def _join(parts: list[np.ndarray]) -> np.ndarray:
    return np.concatenate([x for p in parts for x in (p, GAP)])


def _score(samples: np.ndarray, baseline) -> float:
    a = track(extract_features(samples, FCFG), CFG, baseline).frames.arousal
    assert np.isfinite(a).any()
    return float(np.nanmean(a))


@pytest.fixture(scope="module")
def voices() -> dict[str, dict[str, object]]:
    """Per voice: calm calibration audio and calm/agitated renditions of the test sentences."""
    if not espeak_available():
        pytest.skip("espeak-ng is not installed")
    out = {}
    for v in ("en", "en+f3"):
        out[v] = {
            "calib": _join([espeak_samples(s, voice=v, rendition=CALM) for s in CALIB]),
            "calm": [espeak_samples(s, voice=v, rendition=CALM) for s in TEST],
            "agitated": [espeak_samples(s, voice=v, rendition=AGITATED) for s in TEST],
        }
    return out


@needs_espeak
def test_agitated_scores_clearly_above_calm_for_every_voice(voices) -> None:
    for v, d in voices.items():
        base = calibrate(extract_features(d["calib"], FCFG), CFG)
        for calm, agitated in zip(d["calm"], d["agitated"], strict=True):
            c, a = _score(calm, base), _score(agitated, base)
            assert abs(c - 50) < 12, (v, c)
            assert a > 80 and a > c + 25, (v, c, a)


@needs_espeak
def test_other_speaker_sits_near_50_on_their_own_baseline(voices) -> None:
    male = calibrate(extract_features(voices["en"]["calib"], FCFG), CFG)
    female = calibrate(extract_features(voices["en+f3"]["calib"], FCFG), CFG)
    assert female.f0_median_hz > 1.4 * male.f0_median_hz
    f_calm = voices["en+f3"]["calm"][0]
    assert abs(_score(f_calm, female) - 50) < 12
    assert _score(f_calm, male) > 75  # the same clip against someone else's baseline


@needs_espeak
def test_gain_change_after_recalibration_moves_the_index_by_a_few_points(voices) -> None:
    d = voices["en"]
    g = 10 ** (-12 / 20)
    base = calibrate(extract_features(d["calib"], FCFG), CFG)
    base_quiet = calibrate(extract_features(d["calib"] * g, FCFG), CFG)
    assert base_quiet.loudness_dbfs == pytest.approx(base.loudness_dbfs - 12, abs=0.5)
    for clip in (d["calm"][0], d["agitated"][1]):
        assert abs(_score(clip * g, base_quiet) - _score(clip, base)) < 3.0


def test_synthetic_heated_voice_scores_higher_than_calm() -> None:
    for f0, seed in ((110.0, 1), (210.0, 2)):
        base = calibrate(extract_features(synth_voice(30, mode="calm", seed=seed, f0_hz=f0),
                                          FCFG), CFG)
        calm = [_score(synth_voice(8, mode="calm", seed=seed + k, f0_hz=f0), base)
                for k in (10, 11, 12)]
        heated = [_score(synth_voice(8, mode="heated", seed=seed + k, f0_hz=f0), base)
                  for k in (10, 11)]
        assert abs(np.mean(calm) - 50) < 12 and max(calm) < 70, (f0, calm)
        assert min(heated) > 80, (f0, heated)


@pytest.fixture(scope="module")
def demo() -> tuple[DemoSource, FeatureFrames]:
    src = DemoSource(seed=3, script=[("pause", 3), ("calm", 45), ("pause", 15),
                                     ("heated", 35), ("pause", 15), ("calm", 30)])
    fx = FeatureExtractor(FCFG)
    frames = [fx.process(b) for b in src.blocks()] + [fx.flush()]
    return src, FeatureFrames.concat(frames)


def test_demo_heated_segment_opens_an_episode_and_calm_ones_do_not(demo) -> None:
    src, frames = demo
    cfg = CFG.replace(calibration_s=25.0)
    tracker = ArousalTracker(cfg)  # calibrates itself on the first calm call
    out = ArousalFrames.concat([tracker.process(frames[i:i + 10])
                                for i in range(0, len(frames), 10)])
    tracker.flush()
    assert tracker.calibrated
    segs = [s for s in src.segments if s.kind != "pause"]
    for s in segs:
        eps = [e for e in tracker.episodes if e.end_s > s.start_s and e.start_s < s.end_s]
        if s.kind == "heated":
            assert len(eps) == 1
            assert eps[0].start_s - s.start_s < 10.0  # opens within seconds
            assert eps[0].peak > 85
            assert eps[0].end_s < s.end_s + 2.0  # closes with the speech (VAD), not the pause
            summary = summarize_call(out, tracker.episodes, config=cfg, start_s=s.start_s,
                                     end_s=s.end_s)
            assert 20 < summary.tense_s <= s.end_s - s.start_s
            assert summary.recovered is False  # the call ended while still tense
            later = summarize_call(out, tracker.episodes, config=cfg, start_s=s.start_s)
            assert later.recovered is True and later.recovery_s > 10
        else:
            assert eps == [], s
            calm = out.arousal[(out.t_s > s.start_s) & (out.t_s < s.end_s)]
            if s.start_s > 30:
                assert abs(np.nanmean(calm) - 50) < 10


def test_streaming_audio_to_arousal_equals_batch(demo) -> None:
    src, _ = demo
    audio = src.read_all()[: 16000 * 70]
    base = calibrate(extract_features(audio[: 16000 * 40], FCFG), CFG)
    ref = track(extract_features(audio, FCFG), CFG, base).frames
    rng = np.random.default_rng(5)
    fx, tr = FeatureExtractor(FCFG), ArousalTracker(CFG, base)
    parts, pos = [], 0
    while pos < audio.size:
        n = int(rng.integers(1, 4000))
        parts.append(tr.process(fx.process(audio[pos:pos + n])))
        pos += n
    parts.append(tr.process(fx.flush()))
    tr.flush()
    out = ArousalFrames.concat(parts)
    assert out.equals(ref)
    assert np.isfinite(out.arousal).sum() > 2000


@needs_espeak
def test_analyze_file_equals_the_scorer_on_its_frames_at_once(tmp_path) -> None:
    """pipeline.analyze_file with a baseline (100 ms blocks) gives what one FrameScorer call
    over all its frames gives: same index, same episodes."""
    from helpers.espeak import espeak_wav

    from companion.pipeline import FrameCollector, FrameScorer, analyze_file

    calm = espeak_wav(" ".join(CALIB), tmp_path / "calm.wav", voice="en", rendition=CALM)
    heated = espeak_wav(" ".join(TEST), tmp_path / "heated.wav", voice="en",
                        rendition=AGITATED)
    base = analyze_file(calm, arousal_config=CFG).baseline
    assert base is not None and base.voice is not None
    got = FrameCollector()
    summary = analyze_file(heated, baseline=base, arousal_config=CFG, sinks=[got])
    scorer = FrameScorer(base, config=CFG)
    parts = [scorer.process(got.features), scorer.flush()]
    ref = np.concatenate([p.scored.arousal for p in parts])
    assert np.array_equal(got.scored.arousal, ref, equal_nan=True)
    episodes = [e for p in parts for e in p.closed]
    assert [(e.start_s, e.end_s, e.peak) for e in summary.episodes] == [
        (e.start_s, e.end_s, e.peak) for e in episodes] and len(episodes) == 1
    assert np.nanmean(got.scored.arousal) > 80
