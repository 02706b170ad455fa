"""One pipeline: ``companion analyze`` of a recording gives, bit for bit, the call summaries
the live path (engine blocks of any size -> SessionController -> call-state machine) produced
from the same samples."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from helpers.wav import write_wav
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ui_fakes import FakeClock

from companion.audio import DemoSource, FileSource
from companion.pipeline import LevelUpdate, VoicePipeline, analyze_file
from companion.session import CallStateMachine, InterventionPolicy
from companion.settings import Settings
from companion.ui.controller import CallSummary, SessionController

SHIFT = (("pause", 3.0), ("calm", 30.0), ("pause", 25.0), ("heated", 30.0), ("calm", 8.0),
         ("pause", 26.0))


def _wav(path: Path, script: tuple, seed: int) -> Path:
    return write_wav(path, np.concatenate(list(DemoSource(script=script, seed=seed).blocks())))


@pytest.fixture(scope="module")
def recording(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    folder = tmp_path_factory.mktemp("live")
    calm = _wav(folder / "calm.wav", (("calm", 60.0),), seed=5)
    baseline = analyze_file(calm).baseline
    assert baseline is not None
    return _wav(folder / "shift.wav", SHIFT, seed=9), baseline.to_dict()


def _live(samples: np.ndarray, baseline: dict, cuts: list[int]) -> tuple[list, list]:
    """The app's path without the thread: blocks -> VoicePipeline -> LevelUpdate ->
    SessionController (real call-state machine, fake clock)."""
    s = Settings()
    clock = FakeClock()
    machine = CallStateMachine.from_settings(s, clock)
    controller = SessionController(machine, InterventionPolicy(s, clock), None, clock=clock,
                                   tense_threshold=s.tense_threshold)
    calls: list[CallSummary] = []
    controller.call_finished.connect(calls.append)
    pipeline = VoicePipeline(baseline, settings=s)
    pos, k, t = 0, 0, 0.0
    while pos < samples.size:
        block = samples[pos:pos + cuts[k % len(cuts)]]
        pos, k = pos + block.size, k + 1
        result = pipeline.process(block)
        t += block.size / 16000
        clock.advance(block.size / 16000)
        controller.on_update(LevelUpdate.of(result, t_s=t, duration_s=block.size / 16000,
                                            rms_dbfs=-20.0))
        for ep in result.closed:
            controller.on_episode_closed(ep)
        if result.opened is not None:
            controller.on_episode_opened(result.opened)
        controller.tick()
    return calls, machine.calls


@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.integers(400, 40000), min_size=1, max_size=6))
def test_analyze_gives_the_live_call_summaries_bit_for_bit(recording, qapp, cuts) -> None:
    wav, baseline = recording
    summary = analyze_file(wav, baseline=baseline, settings=Settings())
    live, spans = _live(FileSource(wav).read_all(), baseline, cuts)
    assert len(summary.calls) == len(live) == 2
    for offline, online, span in zip(summary.calls, live, spans, strict=True):
        a = offline.arousal
        assert (a.mean, a.peak, a.tense_s, a.recovery_s) == (
            online.mean, online.peak, online.tense_s, online.recovery_s)
        assert (offline.start_s, offline.end_s) == (span.start_stream_s, span.end_stream_s)
    heated = summary.calls[1].arousal
    assert heated.tense_s > 10.0 and heated.peak > 80.0
    assert summary.calls[0].arousal.tense_s == 0.0
