"""Sanity of the pitch benchmark's ground truth, noise mixing, alignment and metrics.

No peer tools (librosa, aubio, Praat) are needed: the trackers here are oracles built from
the truth itself, or deliberately broken ones with a known score.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import pitch_benchmark as pb  # noqa: E402
from benchmarks import pitch_corpus as pc  # noqa: E402

SR = pc.SAMPLE_RATE_HZ
MALE, FEMALE_HIGH = pc.TALKERS[1], pc.TALKERS[3]


def _autocorr_f0(x: np.ndarray, lo: float = 50.0, hi: float = 500.0) -> float:
    """Plain autocorrelation F0 (Hz) of a steady signal, for checking the generator."""
    x = x - x.mean()
    spec = np.fft.rfft(x, 2 * len(x))
    ac = np.fft.irfft(np.abs(spec) ** 2)[: len(x)]
    lags = np.arange(int(SR / hi), int(SR / lo))
    lag = lags[np.argmax(ac[lags])]
    a, b, c = ac[lag - 1], ac[lag], ac[lag + 1]
    return SR / (lag + 0.5 * (a - c) / (a - 2 * b + c))


# --------------------------------------------------------------------------- generator


@pytest.mark.parametrize("f0", [62.0, 118.0, 245.0, 440.0])
def test_glottal_source_through_formants_has_the_requested_f0(f0: float) -> None:
    rng = np.random.default_rng(1)
    src = pc.glottal_source(np.full(SR // 2, f0), rng)
    y = pc.formant_filter(src, "a", MALE if f0 < 200 else FEMALE_HIGH)
    assert _autocorr_f0(y[2000:]) == pytest.approx(f0, rel=0.01)


def test_glottal_source_is_band_limited_and_rich_in_harmonics() -> None:
    src = pc.glottal_source(np.full(SR, 100.0), np.random.default_rng(2), aspiration_db=-80)
    mag = np.abs(np.fft.rfft(src * np.hanning(len(src))))
    freqs = np.fft.rfftfreq(len(src), 1 / SR)
    assert mag[freqs > 0.46 * SR].max() < 1e-3 * mag.max()  # nothing near Nyquist: no aliasing
    h10 = mag[np.argmin(np.abs(freqs - 1000.0))]
    assert h10 > 0.03 * mag.max()  # the 10th harmonic is still there (a pulse, not a sine)


def test_contours_stay_in_range_and_have_their_shape() -> None:
    rng = np.random.default_rng(3)
    n = SR  # one second
    for talker in pc.TALKERS:
        for kind in pc.CONTOURS:
            f = pc.f0_contour(kind, n, talker, rng)
            assert f.shape == (n,)
            assert f.min() >= talker.f0_lo_hz - 1e-6 and f.max() <= talker.f0_hi_hz + 1e-6
    steady = pc.f0_contour("steady", n, MALE, rng)
    assert np.ptp(steady) == 0
    glide = pc.f0_contour("glide", n, MALE, rng)
    assert np.all(np.diff(glide) > 0) or np.all(np.diff(glide) < 0)
    assert abs(np.log2(glide[-1] / glide[0])) >= np.log2(1.3) - 1e-9
    vib = pc.f0_contour("vibrato", n, MALE, rng)
    depth_cents = np.ptp(pc.cents(vib, np.full(n, np.exp(np.log(vib).mean())))) / 2
    assert 25 <= depth_cents <= 105
    jit = pc.f0_contour("jitter", n, MALE, rng)
    step = np.abs(np.diff(jit)) / jit[1:]
    assert step.max() > 0.002  # period-to-period jumps exist
    with pytest.raises(pc.CorpusError, match="contour kind"):
        pc.f0_contour("warble", n, MALE, rng)  # type: ignore[arg-type]


def test_utterance_is_deterministic_per_seed() -> None:
    a = pc.synth_utterance(MALE, 2.0, seed=11)
    b = pc.synth_utterance(MALE, 2.0, seed=11)
    c = pc.synth_utterance(MALE, 2.0, seed=12)
    np.testing.assert_array_equal(a.samples, b.samples)
    assert not np.array_equal(a.samples, c.samples)
    assert a.samples.dtype == np.float32 and np.abs(a.samples).max() < 1.0


def test_frame_truth_matches_segments() -> None:
    utt = pc.synth_utterance(FEMALE_HIGH, 4.0, seed=5)
    t, f0, voiced, scored = pc.frame_truth(utt)
    assert np.allclose(np.diff(t), pc.HOP_S)
    assert t[0] == 0.0 and t[-1] <= 4.0
    kinds = {s.kind for s in utt.segments}
    assert "voiced" in kinds and len(kinds) >= 3  # voiced plus at least two kinds of gap
    for seg in utt.segments:
        inside = (t > seg.start_s + pc.GUARD_S) & (t < seg.end_s - pc.GUARD_S)
        assert np.all(voiced[inside] == (seg.kind == "voiced")), seg
    assert np.all(np.isnan(f0[~voiced])) and np.all(np.isfinite(f0[voiced]))
    assert np.nanmin(f0) >= FEMALE_HIGH.f0_lo_hz - 1 and np.nanmax(f0) <= FEMALE_HIGH.f0_hi_hz + 1
    # frames next to a voicing boundary are not scored, the rest are
    first_voiced = next(s for s in utt.segments if s.kind == "voiced")
    near = np.abs(t - first_voiced.start_s) <= pc.GUARD_S
    assert not scored[near].any()
    assert 0.7 < scored.mean() < 0.97
    # the truth is the F0 that is really in the signal: check one steady stretch
    steady = next(s for s in utt.segments if s.contour == "steady")
    i0, i1 = int((steady.start_s + 0.05) * SR), int((steady.end_s - 0.05) * SR)
    mid = (t > steady.start_s + 0.05) & (t < steady.end_s - 0.05)
    assert _autocorr_f0(utt.samples[i0:i1], 200, 500) == pytest.approx(np.nanmedian(f0[mid]),
                                                                       rel=0.01)


def test_plan_segments_rejects_a_too_short_utterance() -> None:
    with pytest.raises(pc.CorpusError, match="at least 0.5 seconds"):
        pc.plan_segments(0.1, np.random.default_rng(0))


# --------------------------------------------------------------------------- noise


@pytest.mark.parametrize("snr_db", [20.0, 10.0, 0.0])
def test_mix_at_snr_hits_the_requested_snr(snr_db: float) -> None:
    utt = pc.synth_utterance(MALE, 3.0, seed=8)
    active = np.isfinite(utt.f0_per_sample_hz)
    noise = np.random.default_rng(9).standard_normal(len(utt.samples) + 100)
    mix = pc.mix_at_snr(utt.samples, noise, snr_db, active).astype(np.float64)
    scale = 1.0 if np.abs(mix).max() < 0.99 else None
    if scale is None:  # the mix was scaled to avoid clipping: undo it by regression
        scale = float(np.dot(mix, utt.samples) / np.dot(utt.samples, utt.samples))
    residual = mix / scale - utt.samples
    measured = 10 * np.log10(np.mean(utt.samples[active].astype(np.float64) ** 2)
                             / np.mean(residual**2))
    assert measured == pytest.approx(snr_db, abs=0.2)


def test_mix_at_snr_rejects_short_noise_and_silent_speech() -> None:
    x = np.ones(100, dtype=np.float32)
    with pytest.raises(pc.CorpusError, match="noise has 50 samples"):
        pc.mix_at_snr(x, np.ones(50), 10.0, np.ones(100, dtype=bool))
    with pytest.raises(pc.CorpusError, match="no active samples"):
        pc.mix_at_snr(x, np.ones(100), 10.0, np.zeros(100, dtype=bool))


def test_babble_is_dense_pitched_and_deterministic() -> None:
    n = 3 * SR
    a, b = pc.babble(n, seed=4), pc.babble(n, seed=4)
    np.testing.assert_array_equal(a, b)
    assert len(a) == n
    frame_rms = np.sqrt(np.mean(a[: n // 160 * 160].reshape(-1, 160) ** 2, axis=1))
    assert np.mean(frame_rms > 0.2 * np.median(frame_rms)) > 0.9  # hardly any pauses


def test_noisy_conditions_cover_white_and_babble_at_each_snr() -> None:
    spec = pc.CorpusSpec(utterance_s=1.0, talker_repeats=1)
    assert all(it.voiced.any() for it, _ in pc.synthetic_clean(spec))  # even when short
    clean = pc.synthetic_clean(spec)
    noisy = pc.noisy_conditions(clean, spec.seed)
    conds = sorted({i.condition for i in noisy})
    assert conds == sorted(f"{k} {s} dB" for k in ("white", "babble") for s in (20, 10, 0))
    assert len(noisy) == 6 * len(clean)
    for item in noisy:
        ref = next(c for c, _ in clean if c.name == item.name)
        assert item.samples.shape == ref.samples.shape
        np.testing.assert_array_equal(item.voiced, ref.voiced)  # truth is the target talker's


# --------------------------------------------------------------------------- alignment + metrics


def test_align_nearest_picks_the_closest_frame_and_marks_gaps_unvoiced() -> None:
    t_src = np.array([0.004, 0.014, 0.024, 0.054])
    f0 = np.array([100.0, 110.0, 0.0, 130.0])
    v = np.array([True, True, True, True])
    dst = np.array([0.0, 0.01, 0.02, 0.03, 0.04, 0.05])
    f, vv = pc.align_nearest(t_src, f0, v, dst, interpolate_f0=False)
    np.testing.assert_allclose(f[:2], [100.0, 110.0])
    assert list(vv) == [True, True, False, False, False, True]  # 0 Hz is unvoiced; 0.04 is a gap
    assert np.isnan(f[2]) and f[5] == 130.0
    # interpolated: 0.01 lies 60 % of the way from 0.004 (100 Hz) to 0.014 (110 Hz), in log F
    fi, vi = pc.align_nearest(t_src, f0, v, dst)
    np.testing.assert_array_equal(vi, vv)
    np.testing.assert_allclose(fi[[0, 1, 5]], [100.0, 100.0 * 1.1**0.6, 130.0])
    with pytest.raises(pc.CorpusError, match="strictly increasing"):
        pc.align_nearest(t_src[::-1], f0, v, np.array([0.0]))
    with pytest.raises(pc.CorpusError, match="differ in length"):
        pc.align_nearest(t_src, f0[:2], v, np.array([0.0]))
    f, vv = pc.align_nearest(np.array([]), np.array([]), np.array([], bool), np.array([0.0]))
    assert not vv.any()


def test_score_frames_counts_gross_fine_and_voicing_errors() -> None:
    ref = np.array([100.0, 100.0, 100.0, 100.0, np.nan, np.nan, 200.0, 200.0])
    ref_v = np.isfinite(ref)
    est = np.array([100.0, 200.0, 101.0, np.nan, np.nan, 150.0, 200 * 2 ** (10 / 1200),
                    200.0 * 1.19])
    est_v = np.isfinite(est)
    s = pc.score_frames(ref, ref_v, est, est_v)
    # voiced in both: frames 0,1,2,6,7 -> one gross (octave) error
    assert s.n_voiced_both == 5 and s.n_gross == 1
    assert s.gpe_pct == pytest.approx(20.0)
    assert (s.n_octave_up, s.n_octave_down) == (1, 0)
    # voicing: frame 3 (missed) and 5 (false alarm) of 8
    assert s.vde_pct == pytest.approx(25.0)
    assert (s.n_missed, s.n_false_alarm) == (1, 1)
    fine = pc.cents(np.array([100.0, 101.0, 100.0 * 2 ** (10 / 1200), 200 * 1.19]),
                    np.array([100.0, 100.0, 100.0, 200.0]))
    assert s.fpe_mean_abs_cents == pytest.approx(np.mean(np.abs(fine)))
    assert s.fpe_std_cents == pytest.approx(np.std(fine))
    # scoring mask: only the first two frames
    s2 = pc.score_frames(ref, ref_v, est, est_v, np.arange(8) < 2)
    assert (s2.gpe_pct, s2.vde_pct, s2.n_scored) == (50.0, 0.0, 2)


def test_score_frames_edge_cases() -> None:
    ref = np.array([np.nan, np.nan])
    s = pc.score_frames(ref, np.zeros(2, bool), ref, np.zeros(2, bool))
    assert np.isnan(s.gpe_pct) and s.vde_pct == 0.0
    with pytest.raises(pc.CorpusError, match="align them first"):
        pc.score_frames(ref, np.zeros(2, bool), np.ones(3), np.ones(3, bool))


def _item(seed: int = 21) -> pc.PitchItem:
    utt = pc.synth_utterance(MALE, 2.0, seed=seed)
    t, f0, voiced, scored = pc.frame_truth(utt)
    return pc.PitchItem("m", "clean", utt.samples, t, f0, voiced, scored)


def test_oracle_tracker_scores_perfectly_and_octave_tracker_fails_completely() -> None:
    item = _item()

    def oracle(x: np.ndarray, rate: int) -> pb.Track:
        return pb.Track(item.t_s, item.f0_hz, item.voiced)

    def octave_up(x: np.ndarray, rate: int) -> pb.Track:
        return pb.Track(item.t_s, 2 * item.f0_hz, item.voiced)

    good = pb.run_tool(pb.Tool("oracle", "oracle", oracle, ""), [item], "clean")
    assert (good.gpe_pct, good.vde_pct) == (0.0, 0.0)
    assert good.fpe_mean_abs_cents == pytest.approx(0.0, abs=1e-9)
    assert good.rtf > 0 and good.audio_s == pytest.approx(2.0)
    bad = pb.run_tool(pb.Tool("octave", "octave", octave_up, ""), [item], "clean")
    assert bad.gpe_pct == 100.0 and bad.vde_pct == 0.0
    assert bad.n_octave_up == bad.n_gross == bad.n_voiced_both > 50
    assert bad.per_clip["m"]["octave_up"] == bad.n_gross
    rep = pb.BenchReport("quick", results=[good, bad])
    lines = pb.per_clip_lines(rep, "octave")
    assert len(lines) == 1 and "GPE 100.00 %" in lines[0]
    assert pb.per_clip_lines(rep, "oracle") == []
    assert pb._jsonable({"a": [float("nan"), 1.0]}) == {"a": [None, 1.0]}


def test_espeak_reference_truth_from_a_reference_track() -> None:
    # a fake "Praat" that says voiced from 0.1 s to 0.3 s at 150 Hz, on a 5 ms-offset grid
    def reference(x: np.ndarray, rate: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        t = np.arange(0.005, len(x) / rate, 0.01)
        v = (t > 0.1) & (t < 0.3)
        return t, np.where(v, 150.0, 0.0), v

    spec = pc.CorpusSpec(espeak_texts=("a",), espeak_voices=("x", "y"))
    items = pc.espeak_items(spec, reference, lambda text, voice, style: np.ones(SR // 2) * 0.1)
    assert [i.name for i in items] == ["x-0", "y-0"]
    assert [i.tags["style"] for i in items] == ["calm", "agitated"]
    it = items[0]
    assert it.reference == "praat" and it.condition == "espeak"
    np.testing.assert_allclose(it.f0_hz[it.voiced], 150.0)
    onset = it.t_s[np.argmax(it.voiced)] - pc.HOP_S / 2  # where the reference turns voiced
    assert 0.09 <= onset <= 0.11
    assert not it.scored[np.abs(it.t_s - onset) < pc.GUARD_S].any()
    assert it.scored[np.abs(it.t_s - 0.2) < 0.02].all()
    assert np.abs(it.samples).max() == pytest.approx(0.5)


# --------------------------------------------------------------------------- harness


def test_missing_peer_is_skipped_with_a_note(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> pb.Tool:
        raise ImportError("No module named 'nope'")

    def fine() -> pb.Tool:
        return pb.Tool("fine", "fine", lambda x, r: pb.Track(np.zeros(0), np.zeros(0),
                                                             np.zeros(0, bool)), "")

    monkeypatch.setattr(pb, "TOOL_FACTORIES", (("nope", broken, "pip install nope"),
                                               ("fine", fine, "")))
    notes: list[str] = []
    tools = pb.load_tools(notes)
    assert [t.name for t in tools] == ["fine"]
    assert notes == ["nope: skipped (ImportError: No module named 'nope'; pip install nope)"]


def _report() -> pb.BenchReport:
    rep = pb.BenchReport("quick", wall_s=3.0, machine="test")
    rep.tools = {"companion": "ours", "pyin": "peer"}
    rep.conditions = [("clean", 1, 2.0, 150), ("white 10 dB", 1, 2.0, 150)]
    for cond, ours, peer in (("clean", (1.0, 5.0), (0.5, 6.0)), ("white 10 dB", (7.0, 4.0),
                                                                 (8.0, 5.0))):
        rep.results.append(pb.ToolResult("companion", cond, ours[0], 3.0, 4.0, ours[1], 500.0,
                                         2.0, 0.004, 150, 100))
        rep.results.append(pb.ToolResult("pyin", cond, peer[0], 9.0, 9.0, peer[1], 9.0, 2.0,
                                         0.22, 150, 100))
    return rep


def test_target_checks_are_honest() -> None:
    checks = dict((text, ok) for ok, text in pb.target_checks(_report()))
    assert checks["GPE ≤ 2 % on clean: 1.00 %"] is True
    assert checks["GPE ≤ 5 % at white 10 dB: 7.00 %"] is False
    assert checks["no worse than pyin on clean (worse: GPE 1.00 vs 0.50)"] is False
    assert checks["no worse than pyin on white 10 dB"] is True
    assert checks["≥ 200× realtime overall: 500×"] is True


def test_write_docs_replaces_only_the_marked_block(tmp_path: Path) -> None:
    doc = tmp_path / "benchmarks.md"
    doc.write_text("# Benchmarks\n\n## Pitch tracking\n\nintro\n\n"
                   f"{pb.TABLE_START}\nold table\n{pb.TABLE_END}\n\ncommentary\n\n"
                   "## Other\n\nkept\n", encoding="utf-8")
    md = pb.render_markdown(_report())
    pb.write_docs(md, doc)
    pb.write_docs(md, doc)  # idempotent
    text = doc.read_text(encoding="utf-8")
    assert "old table" not in text and text.count(pb.TABLE_START) == 1
    assert "intro" in text and "commentary" in text and "## Other\n\nkept" in text
    assert "| **companion** | 1.00 | 3.0 | 4.0 | 5.00 | 500× |" in text
    assert "❌ GPE ≤ 5 % at white 10 dB: 7.00 %" in text
    assert "| clean | 0 | 0 | 0 | 0 | 0 |" in text  # companion's error breakdown
    assert "| white 10 dB | 7.0 / 4.0 | 8.0 / 5.0 |" in text  # summary GPE / VDE
    fresh = tmp_path / "new.md"
    pb.write_docs(md, fresh)
    assert "## Pitch tracking" in fresh.read_text(encoding="utf-8")


def test_write_looped_wav_loops_the_clip_to_the_requested_length(tmp_path: Path) -> None:
    import wave

    clip = (0.5 * np.sin(2 * np.pi * 200 * np.arange(SR // 4) / SR)).astype(np.float32)
    path = tmp_path / "loop.wav"
    pb.write_looped_wav(path, clip, 1.3, 48000)
    with wave.open(str(path), "rb") as w:
        assert (w.getframerate(), w.getnchannels(), w.getsampwidth()) == (48000, 1, 2)
        assert w.getnframes() == int(round(1.3 * 48000))
        x = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2") / 32767.0
    assert np.abs(x).max() == pytest.approx(0.5, abs=0.02)
    assert _autocorr_f0(x[::3][: SR // 4]) == pytest.approx(200.0, rel=0.01)


def test_build_corpus_without_espeak_skips_that_subset_with_a_note(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import tests.helpers.espeak as espeak_helper

    monkeypatch.setattr(espeak_helper, "espeak_available", lambda: False)
    notes: list[str] = []
    items = pb.build_corpus(pc.CorpusSpec(utterance_s=1.0, talker_repeats=1), notes)
    assert notes == ["espeak: skipped (espeak-ng not on PATH; apt-get install espeak-ng)"]
    assert {i.condition for i in items} == {"clean"} | {f"{k} {s} dB" for k in ("white", "babble")
                                                         for s in (20, 10, 0)}
