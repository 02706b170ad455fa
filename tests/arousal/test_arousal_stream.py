"""Streaming with any block split gives exactly the batch numbers, calibration included."""

from __future__ import annotations

import numpy as np
import pytest
from arousal_fakes import HEATED, sequence
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.arousal import ArousalConfig, ArousalFrames, ArousalTracker, calibrate, track

CFG = ArousalConfig(calibration_s=15.0, update_every_s=4.0, forgetting_s=30.0,
                    min_episode_speech_s=1.0)
FRAMES = sequence(("speech", 25), ("pause", 3), ("speech", 12, HEATED), ("speech", 10),
                  ("pause", 15), ("speech", 8, HEATED), seed=3)
BATCH = track(FRAMES, CFG)
GIVEN = calibrate(FRAMES[:2000], CFG)
GIVEN_BATCH = track(FRAMES, CFG, GIVEN)


def _stream(cuts: list[int], baseline=None) -> tuple[ArousalFrames, ArousalTracker]:
    tracker = ArousalTracker(CFG, baseline)
    parts, pos = [], 0
    for c in [*sorted(cuts), len(FRAMES)]:
        parts.append(tracker.process(FRAMES[pos:c]))
        pos = c
    tracker.flush()
    return ArousalFrames.concat(parts), tracker


def test_batch_has_calibration_scores_and_episodes() -> None:
    a = BATCH.frames.arousal
    assert np.isnan(a[:1400]).all() and np.isfinite(a).sum() > 3000
    assert len(BATCH.episodes) == 2
    assert BATCH.baseline.calm_updates_s > 0  # the slow update ran


@pytest.mark.parametrize("seed", range(4))
def test_random_block_splits_equal_batch_exactly(seed: int) -> None:
    rng = np.random.default_rng(seed)
    sizes = rng.integers(1, [6, 17, 300, 3000][seed], size=8000)
    cuts = [int(c) for c in np.cumsum(sizes) if c < len(FRAMES)]
    out, tracker = _stream(cuts)
    assert out.equals(BATCH.frames)
    assert tracker.episodes == BATCH.episodes
    assert tracker.baseline == BATCH.baseline


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.integers(min_value=0, max_value=len(FRAMES)), max_size=40))
def test_any_split_with_a_given_baseline(cuts: list[int]) -> None:
    out, tracker = _stream(cuts, GIVEN)
    assert out.equals(GIVEN_BATCH.frames) and tracker.episodes == GIVEN_BATCH.episodes
    assert tracker.baseline == GIVEN_BATCH.baseline


def test_empty_blocks_are_fine() -> None:
    tracker = ArousalTracker(CFG)
    assert len(tracker.process(FRAMES[0:0])) == 0
    assert len(tracker.flush()) == 0
