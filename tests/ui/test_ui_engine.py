"""The engine worker: queued signals, fault -> retry with backoff -> recovered, pause closes."""

from __future__ import annotations

import threading

import numpy as np
import pytest
from PySide6.QtCore import QThread
from ui_fakes import LevelPipeline, ScriptedSource

from companion.audio.block_source import (
    LIVE_PACE_S,
    PACE_S,
    MicBlockSource,
    PacedBlockSource,
    block_level_dbfs,
)
from companion.audio.errors import PortAudioMissingError
from companion.errors import CompanionError
from companion.pipeline import LevelUpdate, speech_runs
from companion.ui.engine import SIGNAL_NAMES, Engine, EngineWorker, is_permanent_fault


class LostError(CompanionError):
    """Stands in for DeviceLostError."""


def make_engine(sources: list[ScriptedSource], **kw) -> Engine:
    it = iter(sources)
    last: list[ScriptedSource] = []

    def factory() -> ScriptedSource:
        src = next(it, None) or last[-1]
        last.append(src)
        return src

    return Engine(factory, LevelPipeline, first_backoff_s=0.05, max_backoff_s=0.2, **kw)


def test_updates_arrive_on_gui_thread_with_level_and_speech(qtbot, qapp) -> None:
    engine = make_engine([ScriptedSource()])
    threads: list[object] = []
    got: list[LevelUpdate] = []

    def on_update(update: LevelUpdate) -> None:
        threads.append(QThread.currentThread())
        got.append(update)

    engine.update.connect(on_update)
    engine.start()
    try:
        qtbot.waitUntil(lambda: len(got) >= 3, timeout=3000)
    finally:
        assert engine.stop()
    assert all(t is qapp.thread() for t in threads)
    first = got[0]
    assert first.speaking is True
    assert first.arousal == pytest.approx(10.0, abs=0.01)
    assert first.duration_s == pytest.approx(0.1)
    assert first.rms_dbfs == pytest.approx(-20.0, abs=0.01)
    assert got[1].t_s == pytest.approx(0.2)


def test_fault_at_start_then_lost_mid_stream_then_recovered(qtbot) -> None:
    bad = ScriptedSource(start_errors=[LostError("microphone 'USB headset' is not connected")])
    flaky = ScriptedSource(read_plan=lambda n: LostError("microphone 'USB headset' was lost")
                           if n == 3 else np.full(1600, 0.2, dtype=np.float32))
    good = ScriptedSource()
    engine = make_engine([bad, flaky, good])
    faults: list[tuple[str, float]] = []
    recovered: list[str] = []
    engine.fault.connect(lambda m, r: faults.append((m, r)))
    engine.recovered.connect(recovered.append)
    engine.start()
    try:
        qtbot.waitUntil(lambda: len(recovered) >= 2 and good.reads > 2, timeout=5000)
    finally:
        assert engine.stop()
    assert [m for m, _ in faults] == ["microphone 'USB headset' is not connected",
                                      "microphone 'USB headset' was lost"]
    assert all(r > 0 for _, r in faults)
    assert recovered == ["fake mic", "fake mic"]
    assert bad.retries == 0 and flaky.retries == 1 and good.retries == 1  # rescan on retry
    assert flaky.stops >= 1 and not flaky.open


def test_backoff_doubles_up_to_the_cap(qtbot) -> None:
    always_bad = ScriptedSource(start_errors=[LostError("gone")] * 50)
    engine = make_engine([always_bad])
    faults: list[float] = []
    engine.fault.connect(lambda m, r: faults.append(r))
    engine.start()
    try:
        qtbot.waitUntil(lambda: len(faults) >= 5, timeout=5000)
    finally:
        assert engine.stop()
    assert faults[:5] == pytest.approx([0.05, 0.1, 0.2, 0.2, 0.2])


def test_pause_closes_the_stream_and_resume_reopens(qtbot) -> None:
    src = ScriptedSource()
    engine = make_engine([src])
    paused: list[bool] = []
    engine.paused_changed.connect(paused.append)
    engine.start()
    try:
        qtbot.waitUntil(lambda: src.reads > 0, timeout=3000)
        engine.pause()
        qtbot.waitUntil(lambda: paused == [True], timeout=3000)
        assert not src.open
        reads = src.reads
        engine.resume()
        qtbot.waitUntil(lambda: paused == [True, False] and src.reads > reads, timeout=3000)
        assert src.open and src.starts == 2
        assert src.reads_while_closed == 0    # nothing was read while paused (stream closed)
    finally:
        assert engine.stop()
    assert not src.open


def test_permanent_fault_reports_once_and_never_retries(qtbot) -> None:
    missing = PortAudioMissingError("PortAudio library not found", "install libportaudio2")
    src = ScriptedSource(start_errors=[missing] * 5)
    engine = make_engine([src])
    faults: list[tuple[str, float]] = []
    engine.fault.connect(lambda m, r: faults.append((m, r)))
    engine.start()
    qtbot.waitUntil(lambda: len(faults) == 1, timeout=3000)
    assert faults[0][1] == -1.0 and faults[0][0].startswith("PortAudio library not found")
    assert engine.stop()
    assert src.starts == 1                 # never retried, however long it idled


def test_is_permanent_fault_knows_the_real_audio_errors() -> None:
    from companion.audio import DeviceBusyError, DeviceLostError, DeviceNotFoundError

    assert is_permanent_fault(PortAudioMissingError("PortAudio library not found"))
    for retryable in (DeviceLostError("lost"), DeviceBusyError("busy"),
                      DeviceNotFoundError("gone"), OSError("io"), CompanionError("x")):
        assert not is_permanent_fault(retryable)


def test_the_facade_mirrors_every_worker_signal() -> None:
    assert set(SIGNAL_NAMES) == {"update", "episode_opened", "episode_closed", "fault",
                                 "recovered", "paused_changed", "baseline_ready", "calibration",
                                 "finished"}
    assert all(hasattr(Engine, n) and hasattr(EngineWorker, n) for n in SIGNAL_NAMES)


def test_source_end_finishes_the_engine(qtbot) -> None:
    src = ScriptedSource(read_plan=lambda n: None if n >= 2 else np.zeros(1600, np.float32))
    engine = make_engine([src])
    with qtbot.waitSignal(engine.finished, timeout=3000):
        engine.start()
    assert engine.stop()


def test_paced_source_keeps_real_time_and_merges_blocks_when_fast() -> None:
    now = [0.0]
    slept: list[float] = []

    def sleep(s: float) -> None:
        slept.append(s)
        now[0] += s

    blocks = lambda: iter([np.ones(1600, np.float32) * i for i in range(30)])  # noqa: E731
    src = PacedBlockSource(blocks, speed=10.0, loop=False, sleep=sleep, clock=lambda: now[0])
    src.start()
    first = src.read()
    assert first is not None and len(first) == 16000  # 1 s of audio per 0.1 s of wall time
    assert slept[-1] == pytest.approx(0.1)
    assert src.read() is not None and src.read() is not None
    assert src.read() is None  # 30 blocks = 3 s, then the end
    with pytest.raises(CompanionError, match="--speed"):
        PacedBlockSource(blocks, speed=0)


def test_paced_source_loops_a_demo() -> None:
    src = PacedBlockSource(lambda: iter([np.ones(800, np.float32)]), speed=1.0,
                           sleep=lambda s: None)
    assert all(len(src.read()) == 1600 for _ in range(3))


def test_helpers() -> None:
    assert speech_runs(np.array([1, 1, 0, 0, 0, 1], bool), 0.01) == (
        (True, 0.02), (False, 0.03), (True, 0.01))
    assert speech_runs(np.array([], bool), 0.01) == ()
    assert block_level_dbfs(np.zeros(10, np.float32)) == -120.0
    assert block_level_dbfs(np.ones(10, np.float32)) == pytest.approx(0.0)


def test_stop_is_prompt_even_during_backoff(qtbot) -> None:
    always_bad = ScriptedSource(start_errors=[LostError("gone")] * 50)
    engine = Engine(lambda: always_bad, LevelPipeline, first_backoff_s=30.0)
    faults: list[float] = []
    engine.fault.connect(lambda m, r: faults.append(r))
    engine.start()
    qtbot.waitUntil(lambda: faults == [30.0], timeout=3000)
    done = threading.Event()
    assert engine.stop(timeout_s=2.0)
    done.set()


def test_long_runs_do_not_leak_references_to_true(qtbot) -> None:
    """PySide6 6.12.0's emit() drops a reference to True per call; on Python 3.11 a shift
    of engine updates would abort the interpreter. The engine must not bleed it."""
    import gc
    import sys

    from PySide6.QtCore import QCoreApplication, QEvent

    from companion.ui.qtcompat import emit


    engine = make_engine([ScriptedSource(read_plan=lambda n: np.full(160, 0.2, np.float32))])
    got: list[LevelUpdate] = []
    engine.update.connect(got.append)
    # Widgets earlier tests left for deletion must not be freed (with their references to
    # True) while this counts.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    before = sys.getrefcount(True)
    engine.start()
    try:
        qtbot.waitUntil(lambda: len(got) >= 300, timeout=20000)
    finally:
        assert engine.stop()
    updates = len(got)
    got.clear()
    # The bug drops at least one reference per update; unrelated objects freed meanwhile
    # (more of them on a loaded machine) may drop a few, never one per update.
    assert sys.getrefcount(True) - before > -updates // 2
    probe = make_engine([ScriptedSource()])
    before = sys.getrefcount(True)
    for _ in range(500):
        emit(probe.worker.paused_changed, True)
    assert sys.getrefcount(True) - before > -50


def test_mic_source_rescans_devices_only_on_retry(monkeypatch) -> None:
    import companion.audio as audio

    calls: list[str] = []
    monkeypatch.setattr(audio, "refresh_devices", lambda: calls.append("refresh"))

    class FakeMic:
        device_name = "Jabra"

        def __init__(self, device):
            calls.append(f"open {device}")

        def start(self):
            pass

        def read(self, timeout_s):
            return np.zeros(160, np.float32)

        def stop(self):
            calls.append("stop")

    monkeypatch.setattr(audio, "MicSource", FakeMic)
    first = MicBlockSource("Jabra")
    first.start()
    assert calls == ["open Jabra"] and first.name == "Jabra"
    assert len(first.read()) == 160
    first.stop()
    first.stop()
    second = MicBlockSource("Jabra")
    second.on_retry()
    second.start()
    assert calls == ["open Jabra", "stop", "refresh", "open Jabra"]


class FakeClock:
    """Time for a :class:`MicBlockSource` under test: ``sleep`` records each wait (seconds)
    and moves the clock on by it."""

    def __init__(self) -> None:
        self.now = 100.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(round(seconds, 3))
        self.now += seconds


def paced_mic(clock: FakeClock, read_s: float = 0.0, **kw) -> MicBlockSource:
    """A started ``MicBlockSource`` on ``clock`` whose microphone delivers 1600 samples per
    read, each read taking ``read_s`` seconds."""

    class FakeMic:
        device_name = "Jabra"

        def start(self):
            pass

        def read(self, timeout_s):
            clock.now += read_s
            return np.zeros(1600, np.float32)

        def stop(self):
            pass

    src = MicBlockSource("Jabra", factory=lambda d: FakeMic(), sleep=clock.sleep, clock=clock,
                         **kw)
    src.start()
    return src


def test_mic_reads_are_paced_to_the_block_rate() -> None:
    clock = FakeClock()
    slept = clock.slept
    src = paced_mic(clock, read_s=0.01, pace_s=0.09)
    src.read()
    assert slept == []                  # the first read does not wait
    src.read()
    assert slept == [0.09]              # then waits until the next block is due
    clock.now += 0.5                    # processing took long: no extra wait
    src.read()
    assert slept == [0.09]


def test_a_pipeline_bug_becomes_a_fault_not_a_silent_stop(qtbot) -> None:
    class Broken(LevelPipeline):
        def process(self, block):
            raise ZeroDivisionError("division by zero")

    engine = Engine(ScriptedSource, Broken)
    faults: list[tuple[str, float]] = []
    engine.fault.connect(lambda m, r: faults.append((m, r)))
    with qtbot.waitSignal(engine.finished, timeout=3000):
        engine.start()
    qtbot.waitUntil(lambda: bool(faults), timeout=2000)
    assert faults == [("listening stopped after an internal error (division by zero)", -1.0)]
    assert engine.stop()


def test_a_new_microphone_is_used_and_the_voice_learned_again(qtbot) -> None:
    from ui_fakes import LevelPipeline

    first, second = ScriptedSource(name="headset A"), ScriptedSource(name="headset B")
    engine = make_engine([first])
    before = LevelPipeline.recalibrations
    engine.start()
    try:
        qtbot.waitUntil(lambda: first.reads > 2, timeout=3000)
        engine.replace_source(lambda: second)
        qtbot.waitUntil(lambda: second.reads > 2, timeout=3000)
    finally:
        assert engine.stop()
    assert not first.open and first.stops >= 1
    assert LevelPipeline.recalibrations == before + 1


def test_an_interrupt_cuts_a_paced_microphone_wait_short_once() -> None:
    reads: list[float] = []

    class FakeMic:
        device_name = "Jabra"

        def start(self):
            pass

        def read(self, timeout_s):
            reads.append(timeout_s)
            return np.zeros(1600, np.float32)

        def stop(self):
            pass

    src = MicBlockSource("Jabra", factory=lambda d: FakeMic(), pace_s=3600.0)
    src.start()
    assert len(src.read()) == 1600        # the first read does not wait
    src.interrupt()                       # without it this read would wait an hour
    assert len(src.read()) == 0 and len(reads) == 1
    threading.Timer(0.05, src.interrupt).start()   # also from another thread, mid-wait
    assert len(src.read()) == 0 and len(reads) == 1


def test_stopping_the_engine_interrupts_a_waiting_read(qtbot) -> None:
    waiting = threading.Event()

    class SlowMic(ScriptedSource):
        """Each read waits up to a minute unless interrupted (a long microphone pace)."""

        def __init__(self) -> None:
            super().__init__()
            self.cut = threading.Event()

        def read(self):
            waiting.set()
            self.cut.wait(60.0)
            return np.zeros(0, np.float32)

        def interrupt(self) -> None:
            self.cut.set()

    source = SlowMic()
    engine = Engine(lambda: source, LevelPipeline)
    engine.start()
    qtbot.waitUntil(waiting.is_set, timeout=5000)
    assert engine.stop(timeout_s=30.0)    # returns once the read is cut short, not in 60 s
    assert source.cut.is_set()


def test_a_live_view_makes_the_microphone_read_more_often_until_it_closes() -> None:
    clock = FakeClock()
    slept = clock.slept
    src = paced_mic(clock)
    src.read()
    src.read()
    assert slept == [PACE_S]              # nothing shows the level: the long pace
    src.set_live(True)
    assert len(src.read()) == 0           # the change is felt at once (the wait is cut)
    src.read()
    assert slept[-1] == LIVE_PACE_S < PACE_S
    src.set_live(False)
    src.read()
    src.read()
    assert slept[-1] == PACE_S


def test_the_engine_passes_the_live_view_to_every_source_it_opens(qtbot) -> None:
    class LiveSource(ScriptedSource):
        def __init__(self, name: str) -> None:
            super().__init__(name=name)
            self.live: list[bool] = []

        def set_live(self, live: bool) -> None:
            self.live.append(live)

    first, second = LiveSource("headset A"), LiveSource("headset B")
    engine = make_engine([first])
    engine.start()
    try:
        qtbot.waitUntil(lambda: first.reads > 1, timeout=3000)
        assert first.live == []           # the default pace until a live view opens
        engine.set_live_level(True)
        assert first.live == [True]
        engine.replace_source(lambda: second)
        qtbot.waitUntil(lambda: second.reads > 1, timeout=3000)
        assert second.live == [True]      # a new microphone keeps the live pace
        engine.set_live_level(False)
        assert second.live == [True, False]
    finally:
        assert engine.stop()
