"""Fakes for the tray-app tests: sources, a pipeline, a clock, a presence (imported by
the tests/ui modules as ``ui_fakes``)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import numpy as np

from companion.features import FeatureFrames
from companion.pipeline import BlockResult, ScoredFrames


class FakeClock:
    """Epoch seconds that only move when told."""

    def __init__(self, t: float = 1_800_000_000.0) -> None:
        self.t = t

    def __call__(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds


class ScriptedSource:
    """A BlockSource whose start()/read() follow a script of outcomes.

    ``start_errors``: exceptions raised by successive start() calls (None = succeed).
    ``read_plan``: callable(n) -> block | Exception for the n-th read.
    """

    def __init__(self, start_errors: list[BaseException | None] | None = None,
                 read_plan: Callable[[int], object] | None = None, name: str = "fake mic") -> None:
        self.name = name
        self.start_errors = list(start_errors or [])
        self.read_plan = read_plan or (lambda n: np.full(1600, 0.1, dtype=np.float32))
        self.starts = 0
        self.stops = 0
        self.reads = 0
        self.retries = 0
        self.open = False
        self.reads_while_closed = 0   # the engine must never read a stopped source
        self.lock = threading.Lock()

    def on_retry(self) -> None:
        self.retries += 1

    def start(self) -> None:
        with self.lock:
            self.starts += 1
            err = self.start_errors.pop(0) if self.start_errors else None
        if err is not None:
            raise err
        self.open = True

    def read(self) -> np.ndarray | None:
        # A device read blocks for about a block; pacing the fake the same way keeps the engine
        # thread from spinning. This models the device; no test waits on it.
        time.sleep(0.01)
        with self.lock:
            n = self.reads
            self.reads += 1
            if not self.open:
                self.reads_while_closed += 1
        out = self.read_plan(n)
        if isinstance(out, BaseException):
            raise out
        return out  # type: ignore[return-value]

    def stop(self) -> None:
        with self.lock:
            self.stops += 1
            self.open = False


class LevelPipeline:
    """Speech = block RMS above 0.01; arousal = 100 x peak amplitude (0.5 -> 50)."""

    hop_s = 0.01

    def __init__(self) -> None:
        self.t_s = 0.0

    def process(self, block: np.ndarray) -> BlockResult:
        n = max(1, len(block) // 160)
        speaking = float(np.sqrt(np.mean(block.astype(np.float64) ** 2))) > 0.01
        arousal = float(np.max(np.abs(block)) * 100.0) if speaking else None
        self.t_s += n * self.hop_s
        frames = ScoredFrames.uniform(self.t_s, n * self.hop_s, talking=speaking,
                                      arousal=arousal)
        return BlockResult(FeatureFrames.empty(), frames)

    def baseline_dict(self) -> dict | None:
        return {"f0_median_hz": 120.0}

    calibration_progress = 1.0
    recalibrations = 0

    def recalibrate(self) -> None:
        LevelPipeline.recalibrations += 1


class FakePresence:
    """Records what the app shows."""

    def __init__(self) -> None:
        self.states: list[tuple[object, str]] = []
        self.messages: list[tuple[str, str]] = []
        self.shown = False

    def set_state(self, state, detail: str = "") -> None:
        self.states.append((state, detail))

    def show_message(self, title: str, text: str) -> None:
        self.messages.append((title, text))

    def anchor(self):
        return None

    def show(self) -> None:
        self.shown = True

    def hide(self) -> None:
        self.shown = False
