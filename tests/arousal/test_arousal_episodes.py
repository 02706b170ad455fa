"""Episode hysteresis on constructed index sequences, and per-call summaries."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.arousal import ArousalConfig, ArousalFrames, Episode, EpisodeDetector, summarize_call

HOP = 0.01


def _run(levels: list[tuple[float, float]], *, speech: bool = True, splits: int = 1,
         min_speech_s: float = 2.0, seed: int = 0):
    """Index sequence from (seconds, level) pieces; level NaN = pause."""
    a = np.concatenate([np.full(int(round(s / HOP)), v) for s, v in levels])
    t = (np.arange(a.size) + 0.5) * HOP
    sp = np.full(a.size, speech) & np.isfinite(a)
    det = EpisodeDetector(upper=70, lower=60, min_speech_s=min_speech_s, hop_s=HOP)
    cuts = sorted(int(c) for c in np.random.default_rng(seed).choice(
        np.arange(1, a.size), splits - 1, replace=False)) if splits > 1 else []
    for lo, hi in zip([0, *cuts], [*cuts, a.size], strict=True):
        det.process(t[lo:hi], a[lo:hi], sp[lo:hi])
    return det, t, a


def test_short_spike_is_not_an_episode() -> None:
    det, _, _ = _run([(5, 50), (1.5, 90), (5, 50)])
    det.flush()
    assert det.episodes == []


def test_sustained_rise_opens_and_hysteresis_keeps_it_open() -> None:
    # 10 s at 85, dip to 65 (between lower and upper: stays open), back up, then calm.
    det, _, _ = _run([(5, 50), (10, 85), (3, 65), (4, 95), (5, 50)])
    assert det.open_episode is None
    (ep,) = det.episodes
    assert ep.start_s == pytest.approx(5.0, abs=1e-6)
    assert ep.end_s == pytest.approx(22.0, abs=1e-6)  # end of the last frame >= lower
    assert ep.peak == 95 and ep.peak_s == pytest.approx(18.005)
    assert ep.time_above_s == pytest.approx(14.0, abs=1e-6)
    assert ep.mean == pytest.approx((10 * 85 + 3 * 65 + 4 * 95) / 17, abs=1e-6)
    assert ep.last_above_s == pytest.approx(22.0, abs=1e-6)


def test_entry_needs_speech_above_upper_not_just_time() -> None:
    # Above upper but the frames are not speech: never opens.
    det, _, _ = _run([(5, 50), (10, 85), (5, 50)], speech=False)
    det.flush()
    assert det.episodes == []
    # A dip below upper restarts the count: 1.5 s + 1.5 s never reaches 2 s.
    det, _, _ = _run([(1.5, 85), (0.5, 65), (1.5, 85), (5, 50)])
    det.flush()
    assert det.episodes == []


def test_pauses_neither_break_nor_extend_an_episode() -> None:
    det, _, _ = _run([(1.2, 85), (4, np.nan), (1.2, 85), (3, 50)])
    (ep,) = det.episodes
    assert ep.start_s == pytest.approx(0.0, abs=1e-6)
    assert ep.end_s == pytest.approx(6.4, abs=1e-6)
    assert ep.time_above_s == pytest.approx(2.4, abs=1e-6)


def test_a_long_pause_ends_the_episode_so_the_next_call_is_separate() -> None:
    # Tense call, 15 s without speech (> max_gap_s = 10 s), next call starts at 65.
    det, _, _ = _run([(5, 50), (6, 85), (15, np.nan), (3, 65), (5, 50)])
    (ep,) = det.episodes
    assert ep.start_s == pytest.approx(5.0, abs=1e-6)
    assert ep.end_s == pytest.approx(11.0, abs=1e-6)
    # Closed during the pause, not only once the next call has started.
    det, _, _ = _run([(5, 50), (6, 85), (10.5, np.nan)])
    assert not det.is_open and len(det.episodes) == 1
    # A pending run does not survive a long pause either.
    det, _, _ = _run([(1.5, 85), (12, np.nan), (1.5, 85), (3, 50)])
    det.flush()
    assert det.episodes == []


def test_open_episode_is_reported_and_flush_closes_it() -> None:
    det, _, _ = _run([(3, 50), (6, 80)])
    assert det.is_open and det.episodes == []
    assert det.open_episode.start_s == pytest.approx(3.0, abs=1e-6)
    assert det.open_episode.end_s == pytest.approx(9.0, abs=1e-6)
    (ep,) = det.flush()
    assert det.episodes == [ep] and det.open_episode is None


@pytest.mark.parametrize("seed", range(5))
def test_episodes_do_not_depend_on_block_splits(seed: int) -> None:
    rng = np.random.default_rng(seed)
    levels = [(float(rng.uniform(0.2, 4)), float(rng.choice([50, 65, 75, 95, np.nan])))
              for _ in range(40)]
    ref, _, _ = _run(levels)
    ref.flush()
    det, _, _ = _run(levels, splits=int(rng.integers(2, 60)), seed=seed)
    det.flush()
    assert det.episodes == ref.episodes
    assert len(ref.episodes) >= 1


def test_two_separate_episodes() -> None:
    det, _, _ = _run([(5, 50), (4, 90), (5, 50), (4, 90), (5, 50)])
    assert [round(e.start_s, 2) for e in det.episodes] == [5.0, 14.0]


def _frames(levels: list[tuple[float, float]]) -> ArousalFrames:
    a = np.concatenate([np.full(int(round(s / HOP)), v) for s, v in levels])
    return ArousalFrames(t_s=(np.arange(a.size) + 0.5) * HOP, arousal=a)


def test_summary_mean_peak_tense_and_recovery() -> None:
    fr = _frames([(10, 50), (10, 90), (4, 65), (6, 50)])
    eps = [Episode(start_s=10.0, end_s=24.0, peak=90, mean=82.9, time_above_s=10.0,
                   peak_s=10.0, last_above_s=20.0)]
    s = summarize_call(fr, eps, config=ArousalConfig())
    assert s.mean == pytest.approx((10 * 50 + 10 * 90 + 4 * 65 + 6 * 50) / 30)
    assert s.peak == 90 and s.episodes == 1
    assert s.tense_s == pytest.approx(14.0)
    assert s.recovery_s == pytest.approx(4.0, abs=1e-6)  # 20 s -> first frame <= 55
    assert s.recovered is True
    d = s.to_dict()
    assert d["arousal_peak"] == 90 and d["recovered"] is True


def test_summary_without_recovery_and_without_speech() -> None:
    fr = _frames([(10, 50), (10, 90), (5, 65)])
    eps = [Episode(10.0, 25.0, 90, 85, 10.0, 10.0, 20.0)]
    s = summarize_call(fr, eps)
    assert s.recovered is False and s.recovery_s == pytest.approx(5.0, abs=1e-6)
    empty = summarize_call(_frames([(5, np.nan)]), [])
    assert empty.mean is None and empty.peak is None and empty.recovery_s is None
    assert empty.tense_s == 0 and empty.scored_s == 0


def test_summary_is_cut_to_the_call_range() -> None:
    fr = _frames([(10, 90), (10, 50), (10, 80)])
    eps = [Episode(0.0, 10.0, 90, 90, 10.0, 0.0, 10.0), Episode(20.0, 30.0, 80, 80, 10, 20, 30)]
    s = summarize_call(fr, eps, start_s=5.0, end_s=15.0)
    assert s.tense_s == pytest.approx(5.0) and s.episodes == 1
    assert s.peak == 90 and s.recovery_s == pytest.approx(0.0, abs=1e-6)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.floats(0.05, 5.0), st.sampled_from([40.0, 58.0, 65.0, 72.0, 99.0,
                                                                 float("nan")])),
                min_size=1, max_size=30),
       st.booleans())
def test_episode_invariants(levels: list[tuple[float, float]], speech: bool) -> None:
    det, t, a = _run(levels, speech=speech, min_speech_s=1.0)
    det.flush()
    prev_end = -1.0
    for ep in det.episodes:
        assert ep.start_s < ep.end_s and ep.start_s >= prev_end
        inside = (t > ep.start_s) & (t < ep.end_s) & np.isfinite(a)
        assert ep.peak == np.max(a[inside]) and ep.peak >= 70
        assert 60 <= ep.mean <= ep.peak
        assert 1.0 - 1e-9 <= ep.time_above_s <= ep.duration_s + 1e-9
        prev_end = ep.end_s
    if not speech:
        assert det.episodes == []
