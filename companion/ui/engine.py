"""The engine thread: audio blocks -> the pipeline -> queued Qt signals, with fault handling.

Threads
-------
* :class:`EngineWorker` lives on its own ``QThread``. Its :meth:`EngineWorker.run` loop pulls
  blocks (~2 s from the microphone) from a
  :class:`~companion.audio.block_source.BlockSource`, runs a :class:`BlockPipeline` (by
  default :class:`companion.pipeline.VoicePipeline`: features -> wearer gate -> arousal)
  and emits signals. It never touches widgets.
* :class:`Engine` lives on the GUI thread. It owns the thread and re-emits the worker's signals
  through queued connections, so every slot connected to :class:`Engine` runs on the GUI
  thread. Its control methods (:meth:`Engine.pause`, :meth:`Engine.resume`, ...) only set
  thread-safe flags: the GUI never blocks on audio.

Fault handling: a device that disappears mid-shift (``DeviceLostError``) or is missing/busy at
start turns into :attr:`Engine.fault` and a retry with exponential backoff (1, 2, 4 ... 30 s);
when the stream opens again :attr:`Engine.recovered` fires. A missing PortAudio library is
permanent: one fault, no retries. Pausing closes the microphone stream.

numpy and the DSP stack are imported on the engine thread when the loop starts, never on the
GUI thread at start-up: the tray icon does not wait for them.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, Qt, QThread, Signal

from companion.errors import CompanionError
from companion.messages import Text
from companion.ui.qtcompat import emit

if TYPE_CHECKING:
    import numpy as np

    from companion.audio.block_source import BlockSource
    from companion.pipeline.records import BlockResult

log = logging.getLogger(__name__)

#: Longest wait between two reconnection attempts (seconds).
MAX_BACKOFF_S = 30.0
#: Stream seconds between two saves of a baseline that keeps learning (slow update, voice
#: profile); the first is sent as soon as calibration completes.
BASELINE_EVERY_S = 600.0


class BlockPipeline(Protocol):
    """Analysis of one block at a time (``companion.pipeline.VoicePipeline``)."""

    def process(self, block: np.ndarray) -> BlockResult:
        """Analyse ``block`` (float32, 16 kHz)."""

    def baseline_dict(self) -> dict[str, Any] | None:
        """The learned baseline as a plain dict, or None while still calibrating."""

    @property
    def calibration_progress(self) -> float:
        """0-1: share of the calibration speech collected (1 once calibrated)."""

    def recalibrate(self) -> None:
        """Forget the baseline (and the voice profile) and learn them again."""


def is_permanent_fault(exc: BaseException) -> bool:
    """True when retrying cannot help (PortAudio is not installed)."""
    from companion.audio.errors import PortAudioMissingError

    return isinstance(exc, PortAudioMissingError)


def fault_message(exc: BaseException) -> str:
    """One line for the agent, from a source error."""
    if isinstance(exc, CompanionError):
        return exc.one_line()
    return Text("AudioError", "microphone unavailable: %1", _first_line(exc))


def _first_line(exc: BaseException) -> str:
    """The first line of an exception's text (its class name when it has none)."""
    return (str(exc).splitlines() or [type(exc).__name__])[0]


class EngineSignals(QObject):
    """The engine's signals, declared once: the worker emits them, :class:`Engine` re-emits
    them on the GUI thread.

    ``update(LevelUpdate)``, ``episode_opened(EpisodeEvent)``, ``episode_closed(EpisodeEvent)``,
    ``fault(str message, float retry_in_s)`` (retry_in_s < 0 means no retry),
    ``recovered(str source_name)``, ``paused_changed(bool)``, ``baseline_ready(dict)`` (when
    calibration completes, then every :data:`BASELINE_EVERY_S` of stream time while it keeps
    learning), ``calibration(float)`` (0-1 share of the calm-voice calibration collected, sent
    when it changes; 1 once a baseline is in use), ``finished()``.
    """

    update = Signal(object)
    episode_opened = Signal(object)
    episode_closed = Signal(object)
    fault = Signal(object, float)   # str (a Text from the audio layer: shown translated)
    recovered = Signal(str)
    paused_changed = Signal(bool)
    baseline_ready = Signal(object)
    calibration = Signal(float)
    finished = Signal()


#: Names of every signal in :class:`EngineSignals`.
SIGNAL_NAMES: tuple[str, ...] = tuple(
    name for name, value in vars(EngineSignals).items() if isinstance(value, Signal))


@dataclass
class _LoopState:
    """What the worker loop carries from one iteration to the next (engine thread only)."""

    pipeline: BlockPipeline
    backoff_s: float
    source: BlockSource | None = None
    faulted: bool = False
    paused_reported: bool = False
    ended: bool = False
    stream_t: float = 0.0
    baseline: dict[str, Any] | None = None
    baseline_at: float = -BASELINE_EVERY_S
    calibration: float = -1.0

    def close_source(self) -> None:
        if self.source is not None:
            self.source.stop()
            self.source = None


class EngineWorker(EngineSignals):
    """Runs the audio loop on the engine thread; see the module docstring."""

    def __init__(self, source_factory: Callable[[], BlockSource],
                 pipeline_factory: Callable[[], BlockPipeline], *,
                 max_backoff_s: float = MAX_BACKOFF_S, first_backoff_s: float = 1.0) -> None:
        super().__init__()
        self._source_factory = source_factory
        self._pipeline_factory = pipeline_factory
        self._max_backoff_s = max_backoff_s
        self._first_backoff_s = first_backoff_s
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._paused = threading.Event()
        self._restart = threading.Event()
        self._recalibrate = threading.Event()
        self._live = threading.Event()
        self._lock = threading.Lock()
        self._pending_factory: Callable[[], BlockSource] | None = None
        self._open: BlockSource | None = None  # the loop's latest source (_interrupt_read)

    # ---- control (any thread) ----------------------------------------------------------------
    def request_stop(self) -> None:
        """Ask the loop to end (closes the source)."""
        self._stop.set()
        self._wake.set()
        self._interrupt_read()

    def set_paused(self, paused: bool) -> None:
        """Pause (close the stream) or resume listening."""
        if paused:
            self._paused.set()
            self._interrupt_read()
        else:
            self._paused.clear()
        self._wake.set()

    def replace_source(self, factory: Callable[[], BlockSource]) -> None:
        """Use a new source (another input device) from the next iteration on; the baseline
        and the voice profile are learned again for it."""
        with self._lock:
            self._pending_factory = factory
        self._restart.set()
        self._wake.set()
        self._interrupt_read()

    def _interrupt_read(self) -> None:
        """Cut a microphone read in progress short (the source is about to be closed)."""
        interrupt = getattr(self._open, "interrupt", None)
        if interrupt is not None:
            interrupt()

    def set_live_level(self, live: bool) -> None:
        """A window shows the live level (True) or none does: the source is read more often
        while one does (an optional ``set_live`` of the source; the demo ignores it)."""
        if live:
            self._live.set()
        else:
            self._live.clear()
        self._tell_live(self._open)

    def _tell_live(self, source: BlockSource | None) -> None:
        set_live = getattr(source, "set_live", None)
        if set_live is not None:
            set_live(self._live.is_set())

    def retry_now(self) -> None:
        """Cut a reconnection backoff short."""
        self._wake.set()

    def recalibrate(self) -> None:
        """Learn the calm-voice baseline again from the next speech."""
        self._recalibrate.set()

    # ---- loop (engine thread) ----------------------------------------------------------------
    def run(self) -> None:
        """The loop. Returns when :meth:`request_stop` is called or the source ends."""
        try:
            self._loop()
        except Exception as exc:
            log.exception("engine stopped")
            emit(self.fault, Text("AudioError", "listening stopped after an internal error (%1)",
                                  _first_line(exc)), -1.0)
        finally:
            emit(self.finished)

    def _loop(self) -> None:
        import numpy as np

        state = _LoopState(self._pipeline_factory(), self._first_backoff_s)
        try:
            while not self._stop.is_set() and not state.ended:
                self._apply_restart(state)
                if self._idle_while_paused(state):
                    continue
                if state.source is None and not self._open_source(state):
                    continue
                block = self._read(state)
                if block is not None and len(block):
                    self._process(state, np.asarray(block, dtype=np.float32))
        finally:
            state.close_source()

    def _wait(self, seconds: float) -> None:
        self._wake.wait(seconds)
        self._wake.clear()

    def _apply_restart(self, state: _LoopState) -> None:
        """Switch to a new source factory when asked (closes the current stream)."""
        if not self._restart.is_set():
            return
        self._restart.clear()
        with self._lock:
            factory, self._pending_factory = self._pending_factory, None
        if factory is not None:
            self._source_factory = factory
            # Another microphone hears the wearer at another level and through another
            # response: learn the baseline and the voice profile again.
            state.pipeline.recalibrate()
            state.baseline = None
        state.close_source()
        state.backoff_s = self._first_backoff_s

    def _idle_while_paused(self, state: _LoopState) -> bool:
        """While paused: close the stream, report it once and wait. True = paused."""
        if self._paused.is_set():
            state.close_source()
            if not state.paused_reported:
                emit(self.paused_changed, True)
                state.paused_reported = True
            self._wait(1.0)
            return True
        if state.paused_reported:
            emit(self.paused_changed, False)
            state.paused_reported = False
        return False

    def _open_source(self, state: _LoopState) -> bool:
        """Open a new source; on failure report it and back off. True when it is open."""
        candidate = self._source_factory()
        if state.faulted and hasattr(candidate, "on_retry"):
            candidate.on_retry()
        try:
            candidate.start()
        except Exception as exc:  # noqa: BLE001 - any open failure is a fault, not a crash
            candidate.stop()
            self._fail(state, exc)
            return False
        state.source = self._open = candidate
        if self._live.is_set():
            self._tell_live(candidate)
        log.info("listening to %s", candidate.name)
        if state.faulted:
            emit(self.recovered, candidate.name)
            state.faulted = False
        state.backoff_s = self._first_backoff_s
        return True

    def _read(self, state: _LoopState) -> np.ndarray | None:
        """The next block; None after a fault (reported) or at the end of the stream."""
        assert state.source is not None
        try:
            block = state.source.read()
        except Exception as exc:  # noqa: BLE001 - device lost mid-shift: fault + retry
            state.close_source()
            self._fail(state, exc)
            return None
        if block is None:
            state.ended = True
        return block

    def _fail(self, state: _LoopState, exc: BaseException) -> None:
        """Report a source failure; then idle (permanent) or wait out the backoff."""
        if is_permanent_fault(exc):
            emit(self.fault, fault_message(exc), -1.0)
            self._stop.wait()  # nothing to retry; idle until asked to quit
            state.ended = True
            return
        emit(self.fault, fault_message(exc), state.backoff_s)
        state.faulted = True
        self._wait(state.backoff_s)
        state.backoff_s = min(self._max_backoff_s, state.backoff_s * 2)

    def _process(self, state: _LoopState, block: np.ndarray) -> None:
        """Run the pipeline on one block and emit what it found."""
        from companion.audio.block_source import block_level_dbfs
        from companion.audio.blocks import SAMPLE_RATE_HZ
        from companion.pipeline.records import LevelUpdate

        read_at = time.perf_counter()
        duration_s = len(block) / SAMPLE_RATE_HZ
        state.stream_t += duration_s
        if self._recalibrate.is_set():
            self._recalibrate.clear()
            state.pipeline.recalibrate()
            state.baseline = None
        result = state.pipeline.process(block)
        progress = round(float(state.pipeline.calibration_progress), 3)
        if progress != state.calibration:
            state.calibration = progress
            emit(self.calibration, progress)
        emit(self.update, LevelUpdate.of(result, t_s=state.stream_t, duration_s=duration_s,
                                         rms_dbfs=block_level_dbfs(block), read_at=read_at))
        for ep in result.closed:
            emit(self.episode_closed, ep)
        if result.opened is not None:
            emit(self.episode_opened, result.opened)
        if state.stream_t - state.baseline_at >= BASELINE_EVERY_S or state.baseline is None:
            base = state.pipeline.baseline_dict()
            if base is not None and base != state.baseline:
                emit(self.baseline_ready, base)
                state.baseline, state.baseline_at = base, state.stream_t


class Engine(EngineSignals):
    """Owns the engine thread; every signal here is delivered on the GUI thread."""

    def __init__(self, source_factory: Callable[[], BlockSource],
                 pipeline_factory: Callable[[], BlockPipeline], *,
                 max_backoff_s: float = MAX_BACKOFF_S, first_backoff_s: float = 1.0,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("companion-engine")
        self.worker = EngineWorker(source_factory, pipeline_factory,
                                   max_backoff_s=max_backoff_s, first_backoff_s=first_backoff_s)
        self.worker.moveToThread(self._thread)
        queued = Qt.ConnectionType.QueuedConnection
        for name in SIGNAL_NAMES:
            getattr(self.worker, name).connect(getattr(self, name), queued)
        self._thread.started.connect(self.worker.run)
        self.worker.finished.connect(self._thread.quit, Qt.ConnectionType.DirectConnection)
        self._started = False

    def start(self) -> None:
        """Start the engine thread (the loop begins listening at once unless paused)."""
        if not self._started:
            self._started = True
            self._thread.start()

    def pause(self) -> None:
        """Stop listening: the microphone stream is closed."""
        self.worker.set_paused(True)

    def resume(self) -> None:
        """Listen again."""
        self.worker.set_paused(False)

    def replace_source(self, factory: Callable[[], BlockSource]) -> None:
        """Switch to another source (the input device changed in settings); the baseline and
        the voice profile are learned again for the new microphone (``calibration`` follows)."""
        self.worker.replace_source(factory)

    def set_live_level(self, live: bool) -> None:
        """A window that shows the live microphone level opened (True) or closed (False):
        the microphone is read every ~250 ms instead of every ~2 s while one is open."""
        self.worker.set_live_level(live)

    def retry_now(self) -> None:
        """Try to reopen a failed microphone now instead of after the backoff."""
        self.worker.retry_now()

    def recalibrate(self) -> None:
        """Learn the calm-voice baseline again (a new headset); ``calibration`` follows."""
        self.worker.recalibrate()

    def stop(self, timeout_s: float = 5.0) -> bool:
        """Stop the loop and join the thread; True when it ended within ``timeout_s``."""
        self.worker.request_stop()
        if not self._started:
            return True
        return bool(self._thread.wait(int(timeout_s * 1000)))

    @property
    def running(self) -> bool:
        """True while the engine thread runs."""
        return self._thread.isRunning()
