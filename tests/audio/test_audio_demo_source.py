"""Synthetic voice and demo shift: deterministic, and calm vs heated differ the right way."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.signal import find_peaks, welch

from companion.audio import SAMPLE_RATE_HZ, AudioError
from companion.audio.demo_source import DEFAULT_SCRIPT, DemoSegment, DemoSource, synth_voice

FS = SAMPLE_RATE_HZ


def _f0_track(x: np.ndarray) -> np.ndarray:
    """Crude autocorrelation F0 (Hz) of 40 ms frames that are loud and periodic."""
    fr = 640
    frames = x[: x.shape[0] // fr * fr].reshape(-1, fr).astype(np.float64)
    frames = frames[np.sqrt(np.mean(frames**2, axis=1)) > 0.01]
    frames = frames - frames.mean(axis=1, keepdims=True)
    spec = np.fft.rfft(frames, 2 * fr)
    ac = np.fft.irfft(np.abs(spec) ** 2)[:, :fr]
    lo, hi = FS // 400, FS // 60
    lag = lo + np.argmax(ac[:, lo:hi], axis=1)
    strength = ac[np.arange(ac.shape[0]), lag] / ac[:, 0]
    return FS / lag[strength > 0.5]


def _active_level_db(x: np.ndarray) -> float:
    fr = 160
    e = np.mean(x[: x.shape[0] // fr * fr].reshape(-1, fr).astype(np.float64) ** 2, axis=1)
    return float(10 * np.log10(np.mean(e[e > 1e-5])))


def _alpha_ratio_db(x: np.ndarray) -> float:
    f, p = welch(x, FS, nperseg=1024)
    return float(10 * np.log10(p[(f >= 1000) & (f < 5000)].sum() / p[(f >= 50) & (f < 1000)].sum()))


def _syllable_rate_hz(x: np.ndarray) -> float:
    """Envelope peaks (syllable nuclei) per second of non-silent time."""
    fr = 160  # 10 ms
    e = np.mean(x[: x.shape[0] // fr * fr].reshape(-1, fr).astype(np.float64) ** 2, axis=1)
    k = np.hanning(7)
    db = 10 * np.log10(np.convolve(e, k / k.sum(), "same") + 1e-10)
    peaks, _ = find_peaks(db, prominence=6, distance=8, height=db.max() - 35)
    return peaks.shape[0] / (np.count_nonzero(db > db.max() - 40) * 0.01)


@pytest.fixture(scope="module")
def voices() -> dict[str, np.ndarray]:
    return {m: synth_voice(40.0, mode=m, seed=7) for m in ("calm", "heated")}


def test_length_dtype_range(voices: dict[str, np.ndarray]) -> None:
    for x in voices.values():
        assert x.dtype == np.float32 and x.shape == (40 * FS,)
        assert np.isfinite(x).all() and np.abs(x).max() <= 1.0
    assert synth_voice(0.5, seed=1).shape == (8000,)
    assert synth_voice(0.0).shape == (0,)


def test_deterministic_for_seed() -> None:
    a = synth_voice(3.0, mode="heated", seed=11)
    np.testing.assert_array_equal(a, synth_voice(3.0, mode="heated", seed=11))
    assert not np.array_equal(a, synth_voice(3.0, mode="heated", seed=12))


def test_heated_pitch_is_higher_and_wider(voices: dict[str, np.ndarray]) -> None:
    calm, heated = _f0_track(voices["calm"]), _f0_track(voices["heated"])
    assert calm.shape[0] > 50 and heated.shape[0] > 50
    shift_st = 12 * np.log2(np.median(heated) / np.median(calm))
    assert 3.5 <= shift_st <= 7.0, shift_st
    spread = [12 * np.log2(np.percentile(f, 90) / np.percentile(f, 10)) for f in (calm, heated)]
    assert spread[1] > spread[0] * 1.2, spread
    assert 90 <= np.median(calm) <= 140


def test_f0_parameter_moves_pitch() -> None:
    f = _f0_track(synth_voice(15.0, seed=3, f0_hz=200.0))
    assert 180 <= np.median(f) <= 230


def test_heated_is_louder(voices: dict[str, np.ndarray]) -> None:
    diff = _active_level_db(voices["heated"]) - _active_level_db(voices["calm"])
    assert 6.0 <= diff <= 10.5, diff


def test_heated_has_flatter_tilt(voices: dict[str, np.ndarray]) -> None:
    assert _alpha_ratio_db(voices["heated"]) > _alpha_ratio_db(voices["calm"]) + 2.0


def test_heated_is_faster(voices: dict[str, np.ndarray]) -> None:
    calm, heated = _syllable_rate_hz(voices["calm"]), _syllable_rate_hz(voices["heated"])
    assert 3.0 <= calm <= 5.0, calm
    assert heated > calm * 1.2, (calm, heated)


def test_has_pauses(voices: dict[str, np.ndarray]) -> None:
    silent = np.abs(voices["calm"]) < 1e-6
    assert 0.1 < silent.mean() < 0.6


def test_bad_arguments() -> None:
    with pytest.raises(ValueError):
        synth_voice(1.0, mode="angry")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        synth_voice(-1.0)
    with pytest.raises(ValueError):
        synth_voice(1.0, f0_hz=5.0)


# --- DemoSource ------------------------------------------------------------------------------

def test_default_script_is_a_shift() -> None:
    src = DemoSource()
    segs = src.segments
    assert 600 <= src.duration_s <= 900
    assert segs[0].start_s == 0.0 and segs[-1].end_s == src.duration_s
    assert all(a.end_s == b.start_s for a, b in zip(segs, segs[1:], strict=False))
    calls = {s.call for s in segs if s.call is not None}
    assert len(calls) >= 4
    heated_calls = {s.call for s in segs if s.kind == "heated"}
    assert heated_calls and len(heated_calls) < len(calls)
    # Some call starts calm and heats up.
    assert any({s.kind for s in segs if s.call == c} == {"calm", "heated"} for c in calls)
    pauses = [s.duration_s for s in segs[1:-1] if s.kind == "pause"]
    assert all(30 <= p <= 90 for p in pauses)
    assert all(s.call is None for s in segs if s.kind == "pause")
    assert len(DEFAULT_SCRIPT) == len(segs)


SHORT = [("pause", 1.0), ("calm", 3.0), ("heated", 2.0), ("pause", 1.5), ("calm", 2.55)]


def test_custom_script_segments_and_blocks() -> None:
    src = DemoSource(seed=5, script=SHORT, block_s=0.1)
    assert src.segments == [
        DemoSegment(0.0, 1.0, "pause", None),
        DemoSegment(1.0, 4.0, "calm", 1),
        DemoSegment(4.0, 6.0, "heated", 1),
        DemoSegment(6.0, 7.5, "pause", None),
        DemoSegment(7.5, 10.05, "calm", 2),
    ]
    blocks = list(src.blocks())
    assert all(b.shape == (1600,) and b.dtype == np.float32 for b in blocks[:-1])
    x = np.concatenate(blocks)
    assert x.shape == (int(10.05 * FS),)
    assert np.isfinite(x).all() and np.abs(x).max() <= 1.0


def test_demo_deterministic_and_seed_dependent() -> None:
    a = DemoSource(seed=1, script=SHORT).read_all()
    np.testing.assert_array_equal(a, DemoSource(seed=1, script=SHORT).read_all())
    assert not np.array_equal(a, DemoSource(seed=2, script=SHORT).read_all())


def test_pauses_hold_a_low_noise_floor() -> None:
    x = DemoSource(seed=3, script=SHORT).read_all().astype(np.float64)
    pause = x[int(6.1 * FS) : int(7.4 * FS)]
    level = 10 * np.log10(np.mean(pause**2))
    assert -70 < level < -55, level  # not digital silence, far below speech
    speech = x[int(1.0 * FS) : int(4.0 * FS)]
    assert 10 * np.log10(np.mean(speech**2)) > level + 20


@pytest.mark.parametrize(
    "script",
    [[], [("shout", 3.0)], [("calm", 0.0)], [("calm", -1)], [("calm",)], ["calm"], [(1, "x")]],
)
def test_bad_scripts(script: list) -> None:
    with pytest.raises(AudioError) as info:
        DemoSource(script=script)
    assert "\n" not in str(info.value)


def test_demo_segments_are_synth_voice_streamed() -> None:
    """Lazy phrase-by-phrase generation gives exactly the one-shot synth_voice samples."""
    src = DemoSource(seed=4, script=SHORT)
    seg = src.segment_audio(2)  # the heated part of call 1
    seed = int(np.random.SeedSequence([4, 2]).generate_state(1)[0])
    ref = synth_voice(2.0, mode="heated", seed=seed)
    np.testing.assert_array_equal(seg.astype(np.float32), ref)
    assert not src.segment_audio(0).any()  # pauses hold no speech (the floor is added later)


# --- the numpy/scipy.fft filters equal the scipy.signal designs they replace ------------------

def test_resonator_cascade_equals_lfilter(rng: np.random.Generator) -> None:
    from scipy.fft import irfft, next_fast_len, rfft
    from scipy.signal import lfilter

    from companion.audio.demo_source import (
        _BANDWIDTHS_HZ,
        _VOWELS,
        _resonator_cascade_response,
        _resonator_tail,
    )

    x = rng.standard_normal(6000)
    freqs = _VOWELS[2] * 1.01
    ref = x.copy()
    for fr, bw in zip(freqs, _BANDWIDTHS_HZ, strict=True):
        r = np.exp(-np.pi * bw / FS)
        a = np.array([1.0, -2.0 * r * np.cos(2 * np.pi * fr / FS), r * r])
        ref = lfilter([a.sum()], a, ref)
    n_fft = next_fast_len(x.shape[0] + _resonator_tail(_BANDWIDTHS_HZ), real=True)
    y = irfft(rfft(x, n_fft) * _resonator_cascade_response(freqs, _BANDWIDTHS_HZ, n_fft),
              n_fft)[: x.shape[0]]
    np.testing.assert_allclose(y, ref, atol=1e-8 * np.abs(ref).max())


@pytest.mark.parametrize(("lo", "hi", "order"), [(4000, 7500, 4), (2000, 5000, 4), (500, 6000, 2)])
def test_butter_gain_equals_scipy_butter(lo: float, hi: float, order: int) -> None:
    from scipy.signal import butter, sosfreqz

    from companion.audio.demo_source import _butter_bandpass_gain

    n_fft = 4096
    gain = _butter_bandpass_gain(lo, hi, order, n_fft)
    _, h = sosfreqz(butter(order, [lo, hi], "bandpass", fs=FS, output="sos"),
                    worN=np.arange(n_fft // 2 + 1) * FS / n_fft, fs=FS)
    np.testing.assert_allclose(gain, np.abs(h), atol=1e-9)


def test_noise_floor_is_the_one_pole_iir_across_chunks() -> None:
    from scipy.signal import lfilter

    from companion.audio.demo_source import NOISE_FLOOR_DBFS

    script = [("pause", 1.3), ("pause", 2.7)]
    x = DemoSource(seed=9, script=script).read_all().astype(np.float64)
    white = np.concatenate([np.random.default_rng([9, i, 1]).standard_normal(n)
                            for i, secs in enumerate((1.3, 2.7))
                            for n in _chunk_sizes(int(round(secs * FS)))])
    gain = 10 ** (NOISE_FLOOR_DBFS / 20) / (0.05 / np.sqrt(1 - 0.95**2))
    ref = (gain * lfilter([0.05], [1.0, -0.95], white)).astype(np.float32)
    np.testing.assert_allclose(x, ref, atol=1e-9)


def _chunk_sizes(n: int) -> list[int]:
    """Pauses are generated in 1-second chunks; one rng per segment draws them in order."""
    return [n] if n else []
