"""The sliding window of voiced-frame cues equals a frame-by-frame recomputation from scratch,
bit for bit, for any stream and any split of it into blocks."""

from __future__ import annotations

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.arousal.window import CUES, STATS, VoicedWindow

HOP_S = 0.01


def _reference(t: np.ndarray, mask: np.ndarray, cues: np.ndarray, size: int, span_s: float,
               step: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Statistics, counts and ages frame by frame, straight from the definition: the last
    ``size`` voiced frames at or before the newest grid frame, those at most ``span_s`` old."""
    voiced_t = t[mask]
    values = cues[mask].astype(np.float32)  # the window keeps float32 cues
    stats = np.full((t.size, len(STATS)), np.nan)
    count = np.zeros(t.size, dtype=np.intp)
    age = np.full(t.size, np.inf)
    held, held_count = np.full(len(STATS), np.nan), 0
    for i in range(t.size):
        seen = int(mask[:i + 1].sum())
        if seen:
            age[i] = t[i] - voiced_t[seen - 1]
        if i % step == 0:
            entries = [j for j in range(max(0, seen - size), seen)
                       if not t[i] - voiced_t[j] > span_s]
            held, held_count = _window_stats(values[entries]), 0
            if entries:
                held_count = int(np.isfinite(values[entries, 0]).sum())
        stats[i], count[i] = held, held_count
    return stats, count, age


def _window_stats(values: np.ndarray) -> np.ndarray:
    """Medians of every cue and the 10-90 % spread of the first (semitones)."""
    med = np.full(len(CUES), np.nan)
    spread = np.nan
    for c in range(len(CUES)):
        v = np.sort(values[:, c][np.isfinite(values[:, c])]).astype(np.float64)
        k = v.size
        if not k:
            continue
        med[c] = 0.5 * (v[(k - 1) // 2] + v[k // 2])
        if c == 0:
            q = []
            for frac in (0.9, 0.1):
                pos = frac * (k - 1)
                lo = int(np.floor(pos))
                hi = min(lo + 1, k - 1)
                q.append(v[lo] + (pos - lo) * (v[hi] - v[lo]))
            spread = q[0] - q[1]
    return np.array([med[0], spread, *med[1:]])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 2**32 - 1), n=st.integers(1, 300), size=st.integers(1, 12),
       step=st.integers(1, 3), span_frames=st.integers(1, 40), voiced_share=st.floats(0.05, 1.0),
       cuts=st.lists(st.integers(0, 300), max_size=80))
def test_window_equals_recomputation_from_scratch(seed: int, n: int, size: int, step: int,
                                                  span_frames: int, voiced_share: float,
                                                  cuts: list[int]) -> None:
    rng = np.random.default_rng(seed)
    t = (np.arange(n) + 0.5) * HOP_S  # frame centres, as the feature extractor gives them
    mask = rng.random(n) < voiced_share
    # Few distinct values (ties), some missing cues.
    cues = rng.choice([-3.0, 0.5, 1.25, 2.0, 7.5, 40.0, np.nan], size=(n, len(CUES)))
    cues[:, 0] = np.where(rng.random(n) < 0.9, 80 + rng.integers(0, 4, n) * 0.7, np.nan)
    span_s = span_frames * HOP_S
    expected = _reference(t, mask, cues, size, span_s, step)

    window = VoicedWindow(size, span_s, step)
    parts = []
    bounds = [0, *sorted(c for c in cuts if c < n), n]
    for a, b in zip(bounds[:-1], bounds[1:], strict=True):
        m = mask[a:b]
        parts.append(window.evaluate(t[a:b], m, cues[a:b][m]))
    got = [np.concatenate([p[k] for p in parts]) for k in range(3)]
    for g, e in zip(got, expected, strict=True):
        assert np.array_equal(g, e, equal_nan=True)


def test_remember_leaves_the_window_as_evaluate_does() -> None:
    rng = np.random.default_rng(7)
    t = (np.arange(400) + 0.5) * HOP_S
    mask = rng.random(400) < 0.6
    cues = rng.normal(size=(400, len(CUES)))
    a, b = VoicedWindow(50, 1.0, 2), VoicedWindow(50, 1.0, 2)
    a.evaluate(t[:250], mask[:250], cues[:250][mask[:250]])
    b.remember(t[:250], mask[:250], cues[:250][mask[:250]])
    rest = (t[250:], mask[250:], cues[250:][mask[250:]])
    for x, y in zip(a.evaluate(*rest), b.evaluate(*rest), strict=True):
        assert np.array_equal(x, y, equal_nan=True)
