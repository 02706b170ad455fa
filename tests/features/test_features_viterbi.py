"""The fixed-lag pitch/voicing decoder against a plain reference Viterbi."""

from __future__ import annotations

from itertools import pairwise

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.features.pitch import IMPOSSIBLE, FixedLagViterbi

JUMP, FREE, SWITCH = 0.35, 0.6, 2.5


def _reference(f0_hz: np.ndarray, emission: np.ndarray, lag: int) -> np.ndarray:
    """Frame ``t``'s state traced back from the best state at ``min(t + lag, last)``, by a
    plain forward recursion over the whole sequence."""
    n, m = f0_hz.shape
    s = m + 1
    semitones = 12.0 * np.log2(f0_hz)
    acc = np.empty((n, s))
    bp = np.zeros((n, s), dtype=np.intp)
    acc[0] = emission[0]
    for t in range(1, n):
        trans = np.full((s, s), SWITCH)
        trans[m, m] = 0.0
        jump = np.abs(semitones[t][:, None] - semitones[t - 1][None, :])
        trans[:m, :m] = np.nan_to_num(JUMP * np.maximum(jump - FREE, 0.0), nan=0.0)
        total = trans + acc[t - 1][None, :]
        bp[t] = total.argmin(axis=1)
        acc[t] = total.min(axis=1) + emission[t]
    out = np.empty(n, dtype=np.intp)
    for t in range(n):
        end = min(t + lag, n - 1)
        state = int(acc[end].argmin())
        for u in range(end, t, -1):
            state = int(bp[u, state])
        out[t] = state
    return out


def _decode(f0_hz: np.ndarray, emission: np.ndarray, lag: int, cuts: list[int]) -> np.ndarray:
    viterbi = FixedLagViterbi(f0_hz.shape[1], lag, jump_cost=JUMP, free_semitones=FREE,
                              switch_cost=SWITCH)
    bounds = [0, *sorted(set(cuts)), f0_hz.shape[0]]
    parts = [viterbi.push(f0_hz[a:b], emission[a:b]) for a, b in pairwise(bounds)]
    parts.append(viterbi.finish())
    return np.concatenate(parts)


@settings(max_examples=150, deadline=None)
@given(n=st.integers(1, 40), m=st.integers(1, 4), lag=st.integers(0, 12),
       seed=st.integers(0, 2**32 - 1), data=st.data())
def test_decoder_matches_reference_viterbi_in_any_chunking(n: int, m: int, lag: int, seed: int,
                                                           data: st.DataObject) -> None:
    rng = np.random.default_rng(seed)
    # Random pitch candidates (some missing) and tie-free random costs.
    f0 = 100.0 * 2.0 ** rng.uniform(0.0, 2.0, (n, m))
    f0[rng.random((n, m)) < 0.3] = np.nan
    emission = rng.uniform(0.0, 4.0, (n, m + 1))
    emission[:, :m][np.isnan(f0)] = IMPOSSIBLE
    cuts = data.draw(st.lists(st.integers(1, max(1, n - 1)), max_size=6)) if n > 1 else []
    got = _decode(f0, emission, lag, cuts)
    assert got.shape == (n,)
    np.testing.assert_array_equal(got, _reference(f0, emission, lag))


def test_decoder_with_nothing_pushed_decides_nothing() -> None:
    viterbi = FixedLagViterbi(3, 5, jump_cost=JUMP, free_semitones=FREE, switch_cost=SWITCH)
    assert viterbi.push(np.empty((0, 3)), np.empty((0, 4))).size == 0
    assert viterbi.finish().size == 0
