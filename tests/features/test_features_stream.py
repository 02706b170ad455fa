"""Streaming with any block sizes equals batch bit for bit; frame-time conventions."""

from __future__ import annotations

import numpy as np
import pytest
from feature_signals import SR, harmonic, syllables, white
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.features import (
    FeatureConfig,
    FeatureConfigError,
    FeatureExtractor,
    FeatureFrames,
    FeatureInputError,
    extract_features,
)


def _material() -> np.ndarray:
    """0.9 s mixing voiced glide, silence, noise and syllables: every code path runs."""
    rng_glide = harmonic(np.geomspace(110, 260, int(0.35 * SR)), 0.35)
    return np.concatenate([
        rng_glide, np.zeros(int(0.1 * SR), np.float32), white(0.1, 0.02, seed=1),
        syllables(5.0, 0.35) + white(0.35, 0.002, seed=2),
    ]).astype(np.float32)


MATERIAL = _material()
BATCH = extract_features(MATERIAL)


def _stream(x: np.ndarray, sizes: list[int], config: FeatureConfig | None = None) -> FeatureFrames:
    ex = FeatureExtractor(config)
    parts, i, k = [], 0, 0
    while i < len(x):
        n = sizes[k % len(sizes)]
        parts.append(ex.process(x[i:i + n]))
        i += n
        k += 1
    parts.append(ex.flush())
    return FeatureFrames.concat(parts)


def _assert_identical(a: FeatureFrames, b: FeatureFrames) -> None:
    assert len(a) == len(b)
    for name, arr in a.columns().items():
        other = getattr(b, name)
        assert np.array_equal(arr, other, equal_nan=arr.dtype.kind == "f"), name


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.integers(min_value=1, max_value=4001), min_size=1, max_size=12))
def test_stream_equals_batch_for_random_block_sizes(sizes: list[int]) -> None:
    _assert_identical(_stream(MATERIAL, sizes), BATCH)


@pytest.mark.parametrize("sizes", [[1], [7, 1, 333], [160], [1600], [len(MATERIAL)]])
def test_stream_equals_batch_for_awkward_sizes(sizes: list[int]) -> None:
    x = MATERIAL[: int(0.45 * SR) + 3] if sizes == [1] else MATERIAL
    _assert_identical(_stream(x, sizes), extract_features(x))


def test_stream_equals_batch_with_other_settings() -> None:
    cfg = FeatureConfig(chunk_frames=7, viterbi_lag_frames=3, f0_min_hz=80.0, f0_max_hz=400.0)
    _assert_identical(_stream(MATERIAL, [999, 5], cfg), extract_features(MATERIAL, cfg))


def test_frame_times_are_centres_and_count_matches_duration() -> None:
    fr = extract_features(np.zeros(3 * SR, np.float32))
    assert len(fr) == 300
    assert fr.t_s[0] == pytest.approx(0.005) and fr.t_s[-1] == pytest.approx(2.995)
    assert np.allclose(np.diff(fr.t_s), 0.01)
    assert len(extract_features(np.zeros(3 * SR + 1, np.float32))) == 301
    assert len(extract_features(np.zeros(0, np.float32))) == 0
    assert len(extract_features(np.zeros(5, np.float32))) == 1


def test_latency_is_bounded_and_flush_starts_a_new_stream() -> None:
    ex = FeatureExtractor()
    got = 0
    x = harmonic(150.0, 2.0)
    for i in range(0, len(x), 1600):
        got += len(ex.process(x[i:i + 1600]))
        fed_s = (i + 1600) / SR
        assert got >= int((fed_s - 0.7) * 100)  # frames lag the audio by < 0.7 s
    rest = ex.flush()
    assert got + len(rest) == 200
    again = FeatureFrames.concat([ex.process(x), ex.flush()])
    _assert_identical(again, extract_features(x))


def test_bad_input_is_a_clear_error() -> None:
    ex = FeatureExtractor()
    with pytest.raises(FeatureInputError, match="NaN"):
        ex.process(np.array([0.0, np.nan], np.float32))
    with pytest.raises(FeatureInputError, match="infinite"):
        ex.process(np.array([np.inf], np.float32))
    with pytest.raises(FeatureInputError, match="floating point"):
        ex.process(np.zeros(100, np.int16))
    with pytest.raises(FeatureInputError, match="mono"):
        ex.process(np.zeros((100, 2), np.float32))
    with pytest.raises(FeatureConfigError, match="f0_max_hz"):
        FeatureConfig(f0_min_hz=300.0, f0_max_hz=320.0)
    with pytest.raises(FeatureConfigError, match="hop_s"):
        FeatureConfig(hop_s=float("nan"))


def test_frames_record_slicing_and_concat() -> None:
    assert len(BATCH[10:20]) == 10
    joined = FeatureFrames.concat([BATCH[:33], BATCH[33:]])
    assert joined.equals(BATCH)
    assert len(FeatureFrames.concat([])) == 0
    with pytest.raises(ValueError, match="entries"):
        FeatureFrames(**{**BATCH.columns(), "f0_hz": np.zeros(3)})


def test_stream_equals_batch_with_the_talker_range_prior_active() -> None:
    # Long enough voicing (> 0.5 s decided) for the decoder's talker-range prior to act,
    # then a competing voice at half the pitch plus noise: the prior's history must evolve
    # identically whatever the block sizes.
    voice = harmonic(np.geomspace(180.0, 240.0, int(2.0 * SR)), 2.0)
    low = harmonic(110.0, 2.0) * 0.4
    low[: SR] = 0.0
    x = (voice + low + white(2.0, 0.01, seed=4)).astype(np.float32)
    batch = extract_features(x)
    for sizes in ([1, 999, 160], [4001], [37, 2]):
        _assert_identical(_stream(x, sizes), batch)


LONG = np.concatenate([MATERIAL] * 7 + [MATERIAL[:1234]])  # 6.4 s: several multi-chunk batches


@pytest.mark.parametrize("sizes", [[len(LONG)], [4000], [1231, 77777], [SR * 3, 17]])
def test_stream_equals_batch_over_many_chunk_batches(sizes: list[int]) -> None:
    # Batches of several chunks and a partial last chunk: every field (cepstrum too) is the
    # same whatever the number of chunks analysed at once.
    assert _stream(LONG, sizes).equals(extract_features(LONG))


def test_stream_equals_batch_without_pitch_decimation() -> None:
    # At 8 kHz pitch is analysed at the full rate (no decimation filter).
    cfg = FeatureConfig(sample_rate_hz=8000)
    x = LONG[::2].copy()
    assert _stream(x, [2999, 40000], cfg).equals(extract_features(x, cfg))
