"""The speech call rule on exact stream positions, and exact per-call summaries."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.arousal import ArousalConfig, ArousalFrames, Episode, summarize_call
from companion.pipeline import CallRecorder, EpisodeEvent, ScoredFrames, SpeechCalls
from companion.pipeline.call_rule import SpeechCallRule
from companion.wearer import Talker

HOP = 0.01


def _edges(runs: list[tuple[bool, float]]) -> list[tuple[str, float]]:
    calls = SpeechCalls(4.0, 20.0)
    out = []
    for speaking, seconds in runs:
        edge = calls.feed(speaking, seconds)
        if edge is not None:
            out.append(edge)
    return out


def _split(runs: list[tuple[bool, int]], cuts: list[int]) -> list[tuple[bool, float]]:
    """The same frames as ``runs`` (frame counts) cut into pieces of ``cuts`` frames."""
    flags = np.concatenate([np.full(n, s) for s, n in runs]) if runs else np.zeros(0, bool)
    out, pos, k = [], 0, 0
    while pos < flags.size:
        step = max(1, cuts[k % len(cuts)])
        piece = flags[pos:pos + step]
        edges = np.flatnonzero(np.diff(piece.astype(np.int8))) + 1
        for part in np.split(piece, edges):
            out.append((bool(part[0]), part.size * HOP))
        pos += step
        k += 1
    return out


def test_start_is_dated_back_to_where_the_speech_began() -> None:
    # 2 s silence, then speech: the call starts at 2.0 s, found once 4 s are spoken.
    assert _edges([(False, 2.0), (True, 10.0), (False, 25.0)]) == [("start", 2.0),
                                                                   ("end", 12.0)]


def test_start_inside_one_long_run_is_found_where_the_rule_is_met() -> None:
    rule = SpeechCallRule(4.0, 20.0)
    rule.feed(True, 3000, watch="start")   # 3 s
    rule.feed(False, 10000, watch="start")  # pushes it out of the 8 s window
    assert rule.feed(True, 30000, watch="start") == 13000


runs_strategy = st.lists(st.tuples(st.booleans(), st.integers(1, 900)), min_size=1,
                         max_size=40)


@settings(max_examples=150, deadline=None)
@given(runs_strategy, st.lists(st.integers(1, 700), min_size=1, max_size=8))
def test_any_grouping_of_the_same_speech_gives_the_same_calls(runs, cuts) -> None:
    whole = [(s, n * HOP) for s, n in runs]
    assert _edges(_split(runs, cuts)) == _edges(whole)


def _frames(values: np.ndarray, talking: np.ndarray) -> ScoredFrames:
    t = (np.arange(values.size) + 0.5) * HOP
    return ScoredFrames(t, np.where(talking, Talker.WEARER, Talker.NONE).astype(np.int8),
                        values)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.one_of(st.none(), st.floats(20.0, 99.0)), min_size=200, max_size=3000),
       st.integers(0, 100), st.integers(0, 400), st.lists(st.integers(1, 500), min_size=1,
                                                           max_size=6))
def test_recorder_equals_summarize_call_whatever_the_blocks(values, start, length, cuts) -> None:
    cfg = ArousalConfig()
    a = np.array([np.nan if v is None else v for v in values])
    talking = np.isfinite(a)
    fr = _frames(a, talking)
    n = a.size
    s0 = start * HOP * n / 100.0
    s1 = min(n * HOP, s0 + length * 0.1)
    above = np.flatnonzero(a >= cfg.upper)
    episodes = []
    if above.size:
        i, j = int(above[0]), int(above[-1])
        episodes.append(Episode(i * HOP, (j + 1) * HOP, float(a[above].max()), math.nan,
                                math.nan, last_above_s=(j + 1) * HOP))
    recorder = CallRecorder(cfg, lookback_s=n * HOP + 10.0)
    pos, k = 0, 0
    while pos < n:
        step = cuts[k % len(cuts)]
        closed = ()
        if pos + step >= n and episodes:
            e = episodes[0]
            closed = (EpisodeEvent(e.start_s, e.end_s, e.peak, e.last_above_s),)
        recorder.add(fr[pos:pos + step], closed)
        pos, k = pos + step, k + 1
    recorder.start(s0)
    got = recorder.end(s1)
    want = summarize_call(ArousalFrames(t_s=fr.t_s, arousal=a), episodes, config=cfg,
                          start_s=s0, end_s=s1, talking=talking)
    assert got == want


def test_recorder_forgets_frames_beyond_its_lookback() -> None:
    cfg = ArousalConfig()
    recorder = CallRecorder(cfg, lookback_s=10.0)
    a = np.full(6000, 50.0)
    for i in range(0, 6000, 100):
        recorder.add(_frames(a, np.ones(6000, bool))[i:i + 100])
    assert sum(len(f) for f in recorder._ring) <= (10.0 + 5.0) / HOP + 100
    recorder.start(45.0)
    summary = recorder.end(55.0)
    assert summary.mean == 50.0 and summary.speech_s == pytest.approx(10.0)
