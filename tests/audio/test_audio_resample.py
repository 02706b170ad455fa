"""StreamingResampler equals one-shot resample_poly for any block split."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.signal import resample_poly

from companion.audio.resample import StreamingResampler, kaiser_lowpass, resample_ratio


def _stream(x: np.ndarray, src: int, sizes: np.ndarray) -> np.ndarray:
    r = StreamingResampler(src, 16000)
    out, i, k = [], 0, 0
    while i < x.shape[0]:
        n = int(sizes[k % sizes.shape[0]])
        out.append(r.push(x[i : i + n]))
        i += n
        k += 1
    out.append(r.flush())
    return np.concatenate(out)


@pytest.mark.parametrize("src", [8000, 11025, 16000, 22050, 44100, 48000, 96000, 12345])
def test_streaming_equals_one_shot(src: int, rng: np.random.Generator) -> None:
    x = rng.standard_normal(int(src * 1.3) + 17) * 0.3
    up, down = resample_ratio(src, 16000)
    ref = resample_poly(x, up, down)
    y = _stream(x, src, rng.integers(1, 2500, size=50))
    assert y.dtype == np.float32
    assert y.shape == ref.shape
    np.testing.assert_allclose(y, ref, atol=1e-6)


def test_single_sample_pushes(rng: np.random.Generator) -> None:
    x = rng.standard_normal(2000)
    ref = resample_poly(x, 160, 441)
    y = _stream(x, 44100, np.array([1]))
    np.testing.assert_allclose(y, ref, atol=1e-6)


def test_history_stays_bounded(rng: np.random.Generator) -> None:
    r = StreamingResampler(44100, 16000)
    for _ in range(300):
        r.push(rng.standard_normal(441))
    assert r._hist.shape[0] < 2000


def test_tone_survives_resampling() -> None:
    t = np.arange(48000) / 48000
    x = np.sin(2 * np.pi * 440 * t)
    y = _stream(x, 48000, np.array([480]))
    tt = np.arange(y.shape[0]) / 16000
    mid = slice(200, -200)
    np.testing.assert_allclose(y[mid], np.sin(2 * np.pi * 440 * tt)[mid], atol=2e-3)


def test_bad_rate_rejected() -> None:
    with pytest.raises(ValueError):
        StreamingResampler(0, 16000)


@settings(max_examples=25, deadline=None)
@given(src=st.sampled_from([8000, 11025, 22050, 24000, 32000, 44100, 48000, 88200]),
       n=st.integers(1, 3000), seed=st.integers(0, 2**16))
def test_streaming_equals_one_shot_property(src: int, n: int, seed: int) -> None:
    gen = np.random.default_rng(seed)
    x = gen.standard_normal(n)
    up, down = resample_ratio(src, 16000)
    y = _stream(x, src, gen.integers(1, 700, size=20))
    np.testing.assert_allclose(y, resample_poly(x, up, down), atol=1e-6)


# --- the numpy Kaiser FIR is scipy's firwin ---------------------------------------------------

@pytest.mark.parametrize(("up", "down"), [(1, 2), (1, 3), (160, 441), (2, 3), (160, 147),
                                          (3200, 2469), (1, 6)])
def test_kaiser_lowpass_equals_firwin(up: int, down: int) -> None:
    from scipy.signal import firwin

    max_rate = max(up, down)
    n = 2 * 10 * max_rate + 1
    ref = firwin(n, 1.0 / max_rate, window=("kaiser", 5.0))
    np.testing.assert_allclose(kaiser_lowpass(n, 1.0 / max_rate), ref, rtol=0, atol=1e-12)


@pytest.mark.parametrize(("n", "cutoff", "beta"), [(31, 0.3, 5.0), (64, 0.5, 8.6), (1, 0.2, 5.0)])
def test_kaiser_lowpass_other_shapes(n: int, cutoff: float, beta: float) -> None:
    from scipy.signal import firwin

    np.testing.assert_allclose(kaiser_lowpass(n, cutoff, beta),
                               firwin(n, cutoff, window=("kaiser", beta)), atol=1e-12)
    assert abs(kaiser_lowpass(n, cutoff, beta).sum() - 1.0) < 1e-12  # unity DC gain


def test_kaiser_lowpass_bad_arguments() -> None:
    with pytest.raises(ValueError):
        kaiser_lowpass(0, 0.5)
    with pytest.raises(ValueError):
        kaiser_lowpass(11, 1.0)


def test_polyphase_matches_upfirdn_for_44k1(rng: np.random.Generator) -> None:
    from scipy.signal import upfirdn

    r = StreamingResampler(44100, 16000)
    x = rng.standard_normal(5000)
    y = np.concatenate((r.push(x), r.flush()))
    ref = upfirdn(r._h, x, 160, 441)[r._pre_remove : r._pre_remove + y.shape[0]]
    np.testing.assert_allclose(y, ref, atol=2e-7)
