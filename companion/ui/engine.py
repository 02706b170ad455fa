"""The live pipeline worker: audio blocks -> features -> arousal -> queued Qt signals.

Threads
-------
* :class:`EngineWorker` lives on its own ``QThread``. Its :meth:`EngineWorker.run` loop pulls
  ~100 ms blocks from a :class:`BlockSource`, runs a :class:`BlockPipeline` (by default
  ``FeatureExtractor`` then ``ArousalTracker``) and emits signals. It never touches widgets.
* :class:`Engine` lives on the GUI thread. It owns the thread and re-emits the worker's signals
  through queued connections, so every slot connected to :class:`Engine` runs on the GUI
  thread. Its control methods (:meth:`Engine.pause`, :meth:`Engine.resume`, ...) only set
  thread-safe flags: the GUI never blocks on audio.

Fault handling: a device that disappears mid-shift (``DeviceLostError``) or is missing/busy at
start turns into :attr:`Engine.fault` and a retry with exponential backoff (1, 2, 4 ... 30 s);
when the stream opens again :attr:`Engine.recovered` fires. A missing PortAudio library is
permanent: one fault, no retries. Pausing closes the microphone stream.
"""

from __future__ import annotations

import contextlib
import logging
import math
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

import numpy as np
from PySide6.QtCore import QObject, Qt, QThread, Signal

from companion.errors import CompanionError
from companion.ui.qtcompat import emit

log = logging.getLogger(__name__)

#: Every source delivers float32 mono at this rate (Hz), see ``companion.audio``.
SAMPLE_RATE_HZ = 16000
#: Longest wait between two reconnection attempts (seconds).
MAX_BACKOFF_S = 30.0


# --------------------------------------------------------------------------------------------
# Records


@dataclass(frozen=True)
class LevelUpdate:
    """What one processed block says. Times are seconds of stream time.

    Attributes
    ----------
    t_s
        Stream time at the end of the block (seconds since the source started).
    duration_s
        Audio in the block (seconds).
    speaking
        True when at least half of the block's frames were speech.
    speech_runs
        The block's speech decisions run-length encoded, oldest first:
        ``((speaking, seconds), ...)``; their seconds add up to the analysed audio.
    arousal
        Mean arousal index (0-100) over the block's speech frames, or None when there was not
        enough speech (or the tracker is still calibrating).
    rms_dbfs
        Level of the block (dBFS; -120 for digital silence).
    read_at
        ``time.perf_counter()`` when the block came out of the source (latency measurement).
    """

    t_s: float
    duration_s: float
    speaking: bool
    speech_runs: tuple[tuple[bool, float], ...]
    arousal: float | None
    rms_dbfs: float
    read_at: float = 0.0


@dataclass(frozen=True)
class EpisodeEvent:
    """A tense episode opened (``end_s`` None) or closed. Times in stream seconds, peak 0-100."""

    start_s: float
    end_s: float | None
    peak: float


@dataclass
class PipelineResult:
    """Output of :meth:`BlockPipeline.process` for one block."""

    speech_runs: tuple[tuple[bool, float], ...]
    arousal: float | None
    opened: EpisodeEvent | None = None
    closed: list[EpisodeEvent] = field(default_factory=list)


# --------------------------------------------------------------------------------------------
# Protocols for sources and pipelines (injected; tests use fakes)


class BlockSource(Protocol):
    """Where audio comes from. Called only on the worker thread."""

    name: str

    def start(self) -> None:
        """Open the stream (may raise ``CompanionError`` subclasses)."""

    def read(self) -> np.ndarray | None:
        """Next float32 block at 16 kHz (may be empty); None when the stream has ended.
        Blocks for at most ~0.2 s."""

    def stop(self) -> None:
        """Close the stream; idempotent."""


class BlockPipeline(Protocol):
    """Features and arousal for one block at a time. Called only on the worker thread."""

    def process(self, block: np.ndarray) -> PipelineResult:
        """Analyse ``block`` (float32, 16 kHz)."""

    def baseline_dict(self) -> dict[str, Any] | None:
        """The learned baseline as a plain dict, or None while still calibrating."""


# --------------------------------------------------------------------------------------------
# Sources


class MicBlockSource:
    """The live microphone (``companion.audio.MicSource``) as a :class:`BlockSource`.

    ``device`` is a device NAME ('' or None = system default), ``factory`` builds the
    ``MicSource`` (injected in tests).
    """

    def __init__(self, device: str | None = None, *,
                 factory: Callable[[str | None], Any] | None = None,
                 read_timeout_s: float = 0.2, pace_s: float = 0.09,
                 sleep: Callable[[float], None] = time.sleep,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.device = device or None
        self._factory = factory
        self._timeout_s = read_timeout_s
        self._pace_s = pace_s
        self._sleep = sleep
        self._clock = clock
        self._last_data = -math.inf
        self._mic: Any = None
        self._rescan = False
        self.name = device or "System default"

    def on_retry(self) -> None:
        """The previous attempt failed: rescan devices before opening (a headset plugged in
        after start-up is invisible to PortAudio until it re-initialises)."""
        self._rescan = True

    def start(self) -> None:
        """Open the microphone stream."""
        if self._rescan and self._factory is None:
            from companion.audio import refresh_devices

            with contextlib.suppress(CompanionError, OSError):
                refresh_devices()
        factory = self._factory
        if factory is None:
            from companion.audio import MicSource

            def factory(device: str | None) -> Any:
                return MicSource(device)

        mic = factory(self.device)
        mic.start()
        self._mic = mic
        self.name = getattr(mic, "device_name", None) or self.name

    def read(self) -> np.ndarray | None:
        """Whatever arrived within ``read_timeout_s`` (may be empty).

        Sleeps until ``pace_s`` after the previous data first: blocks arrive every ~100 ms,
        so asking earlier would only make ``MicSource.read`` poll (CPU) for nothing.
        """
        if self._mic is None:
            return np.zeros(0, dtype=np.float32)
        wait = self._last_data + self._pace_s - self._clock()
        if wait > 0:
            self._sleep(wait)
        block = self._mic.read(self._timeout_s)
        if len(block):
            self._last_data = self._clock()
        return block

    def stop(self) -> None:
        """Close the stream (errors while closing a dead stream are ignored)."""
        mic, self._mic = self._mic, None
        if mic is not None:
            # A lost device may fail to close; there is nothing more to do about it.
            with contextlib.suppress(Exception):
                mic.stop()


class PacedBlockSource:
    """Blocks from an iterator factory (e.g. ``DemoSource.blocks``), paced in real time.

    ``speed`` > 1 plays faster than real time: each read returns ~``chunk_wall_s`` of wall
    time worth of audio (``speed`` x ``chunk_wall_s`` seconds), so the UI still sees ~10
    updates a second. ``loop`` restarts the iterator when it ends (a demo shift repeats).
    """

    def __init__(self, blocks: Callable[[], Iterator[np.ndarray]], *, speed: float = 1.0,
                 name: str = "demo", loop: bool = True, chunk_wall_s: float = 0.1,
                 sleep: Callable[[float], None] = time.sleep,
                 clock: Callable[[], float] = time.monotonic) -> None:
        if not speed > 0 or not math.isfinite(speed):
            raise CompanionError(f"--speed {speed} is not a positive number",
                                 "use e.g. --speed 1 (real time) or --speed 20")
        self.name = name
        self._blocks = blocks
        self._speed = float(speed)
        self._loop = loop
        self._chunk_samples = max(1, round(chunk_wall_s * speed * SAMPLE_RATE_HZ))
        self._sleep = sleep
        self._clock = clock
        self._it: Iterator[np.ndarray] | None = None
        self._pending = np.zeros(0, dtype=np.float32)
        self._due = 0.0

    def start(self) -> None:
        """Begin (or continue after a pause) the paced stream."""
        if self._it is None:
            self._it = iter(self._blocks())
        self._due = self._clock()

    def _next_samples(self, n: int) -> np.ndarray | None:
        parts = [self._pending]
        have = len(self._pending)
        while have < n:
            assert self._it is not None
            try:
                block = np.asarray(next(self._it), dtype=np.float32)
            except StopIteration:
                if not self._loop:
                    break
                self._it = iter(self._blocks())
                continue
            parts.append(block)
            have += len(block)
        data = np.concatenate(parts) if len(parts) > 1 else parts[0]
        if len(data) == 0:
            return None
        self._pending = data[n:]
        return data[:n]

    def read(self) -> np.ndarray | None:
        """The next chunk, after sleeping until it is due in (scaled) real time."""
        if self._it is None:
            self.start()
        chunk = self._next_samples(self._chunk_samples)
        if chunk is None:
            return None
        self._due += len(chunk) / SAMPLE_RATE_HZ / self._speed
        wait = self._due - self._clock()
        if wait > 0:
            self._sleep(wait)
        elif wait < -1.0:  # fell far behind (machine busy): do not try to catch up in a burst
            self._due = self._clock()
        return chunk

    def stop(self) -> None:
        """Nothing to close; the position is kept so a resumed demo continues."""


# --------------------------------------------------------------------------------------------
# The default pipeline: companion.features + companion.arousal


def _runs(speech: np.ndarray, hop_s: float) -> tuple[tuple[bool, float], ...]:
    """Run-length encode a boolean frame array into ``((value, seconds), ...)``."""
    if len(speech) == 0:
        return ()
    s = np.asarray(speech, dtype=bool)
    edges = np.flatnonzero(s[1:] != s[:-1]) + 1
    starts = np.concatenate(([0], edges))
    ends = np.concatenate((edges, [len(s)]))
    return tuple((bool(s[a]), float((b - a) * hop_s)) for a, b in zip(starts, ends, strict=True))


#: Speech frames count as the agent talking only within this many seconds of a voiced frame
#: (VAD alone also fires on fluctuating background noise; noise is not periodic).
VOICED_REACH_S = 0.3


def talking(speech: np.ndarray, voiced: np.ndarray, reach_frames: int) -> np.ndarray:
    """``speech`` frames that lie within ``reach_frames`` of a voiced frame (same block)."""
    if len(speech) == 0:
        return speech.astype(bool)
    kernel = np.ones(2 * reach_frames + 1)
    full = np.convolve(voiced.astype(float), kernel, mode="full")
    near_voiced = full[reach_frames:reach_frames + len(speech)] > 0
    return speech & near_voiced


def _episode_event(ep: Any, closed: bool) -> EpisodeEvent:
    return EpisodeEvent(float(ep.start_s), float(ep.end_s) if closed else None,
                        float(getattr(ep, "peak", float("nan"))))


class ArousalPipeline:
    """``FeatureExtractor`` then ``ArousalTracker`` (``companion.features``/``arousal``).

    ``baseline`` is a plain dict from :meth:`baseline_dict` of an earlier session (or None to
    calibrate on the first minutes of speech); ``settings`` (``companion.settings.Settings``)
    sets the tense threshold, calibration length and sensitivity; ``calibration_s`` overrides
    the calibration length (seconds of speech; the demo uses a short one).
    """

    def __init__(self, baseline: dict[str, Any] | None = None, *, settings: Any = None,
                 calibration_s: float | None = None) -> None:
        from companion import arousal, features

        config = features.FeatureConfig()
        self._extractor = features.FeatureExtractor(config)
        self.hop_s = float(config.hop_s)
        base = arousal.Baseline.from_dict(baseline) if baseline else None
        overrides = {} if calibration_s is None else {"calibration_s": float(calibration_s)}
        if settings is not None:
            tracker_config = arousal.ArousalConfig.from_settings(settings, **overrides)
        else:
            tracker_config = arousal.ArousalConfig().replace(**overrides)
        self._tracker = arousal.ArousalTracker(tracker_config, baseline=base)
        self._voiced_reach = max(1, round(VOICED_REACH_S / self.hop_s))
        self._closed_seen = 0
        self._open_start: float | None = None

    def process(self, block: np.ndarray) -> PipelineResult:
        """Analyse one block: speech runs, mean arousal, episode changes."""
        frames = self._extractor.process(block)
        if len(frames) == 0:
            return PipelineResult((), None)
        out = self._tracker.process(frames)
        values = np.asarray(out.arousal, dtype=float)
        speech = talking(np.asarray(frames.speech, dtype=bool),
                         np.asarray(frames.voiced, dtype=bool), self._voiced_reach)
        valid = values[np.isfinite(values) & speech[: len(values)]] if len(values) else values
        arousal_value = float(np.mean(valid)) if len(valid) else None
        result = PipelineResult(_runs(speech, self.hop_s), arousal_value)
        episodes = list(self._tracker.episodes)
        for ep in episodes[self._closed_seen:]:
            result.closed.append(_episode_event(ep, closed=True))
        self._closed_seen = len(episodes)
        open_ep = self._tracker.open_episode
        if open_ep is not None and open_ep.start_s != self._open_start:
            result.opened = _episode_event(open_ep, closed=False)
        self._open_start = None if open_ep is None else open_ep.start_s
        return result

    def baseline_dict(self) -> dict[str, Any] | None:
        """The tracker's baseline once calibrated."""
        if not getattr(self._tracker, "calibrated", False):
            return None
        base = self._tracker.baseline
        return None if base is None else dict(base.to_dict())


# --------------------------------------------------------------------------------------------
# Error classification


def _audio_class(name: str) -> type[BaseException] | tuple[()]:
    try:
        import companion.audio as audio
    except Exception:  # noqa: BLE001 - audio layer not importable: nothing to match
        return ()
    return getattr(audio, name, ())


def is_permanent_fault(exc: BaseException) -> bool:
    """True when retrying cannot help (PortAudio is not installed)."""
    cls = _audio_class("PortAudioMissingError")
    return bool(cls) and isinstance(exc, cls)


def fault_message(exc: BaseException) -> str:
    """One line for the agent, from a source error."""
    if isinstance(exc, CompanionError):
        return exc.one_line()
    return f"microphone unavailable: {exc}".splitlines()[0]


def rms_dbfs(block: np.ndarray) -> float:
    """Level of ``block`` in dBFS (-120 for silence or an empty block)."""
    if len(block) == 0:
        return -120.0
    power = float(np.mean(np.square(block, dtype=np.float64)))
    return max(-120.0, 10.0 * math.log10(power)) if power > 0 else -120.0


# --------------------------------------------------------------------------------------------
# The worker (engine thread)


class EngineWorker(QObject):
    """Runs the audio loop on the engine thread; see the module docstring.

    Signals carry plain records: ``update(LevelUpdate)``, ``episode_opened(EpisodeEvent)``,
    ``episode_closed(EpisodeEvent)``, ``fault(str message, float retry_in_s)`` (retry_in_s < 0
    means no retry), ``recovered(str source_name)``, ``paused_changed(bool)``,
    ``baseline_ready(dict)``, ``finished()``.
    """

    update = Signal(object)
    episode_opened = Signal(object)
    episode_closed = Signal(object)
    fault = Signal(str, float)
    recovered = Signal(str)
    paused_changed = Signal(bool)
    baseline_ready = Signal(object)
    finished = Signal()

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
        self._lock = threading.Lock()
        self._pending_factory: Callable[[], BlockSource] | None = None

    # ---- control (any thread) ----------------------------------------------------------------
    def request_stop(self) -> None:
        """Ask the loop to end (closes the source)."""
        self._stop.set()
        self._wake.set()

    def set_paused(self, paused: bool) -> None:
        """Pause (close the stream) or resume listening."""
        if paused:
            self._paused.set()
        else:
            self._paused.clear()
        self._wake.set()

    def replace_source(self, factory: Callable[[], BlockSource]) -> None:
        """Use a new source (e.g. another input device) from the next iteration on."""
        with self._lock:
            self._pending_factory = factory
        self._restart.set()
        self._wake.set()

    def retry_now(self) -> None:
        """Cut a reconnection backoff short."""
        self._wake.set()

    # ---- loop (engine thread) ----------------------------------------------------------------
    def _wait(self, seconds: float) -> None:
        self._wake.wait(seconds)
        self._wake.clear()

    def run(self) -> None:
        """The loop. Returns when :meth:`request_stop` is called or the source ends."""
        try:
            self._loop()
        except Exception as exc:  # noqa: BLE001 - a bug must not end listening silently
            log.exception("engine stopped")
            emit(self.fault, f"listening stopped after an internal error ({exc})"
                 .splitlines()[0], -1.0)
        finally:
            emit(self.finished)

    def _loop(self) -> None:
        pipeline = self._pipeline_factory()
        source: BlockSource | None = None
        backoff = self._first_backoff_s
        faulted = False
        paused_reported = False
        stream_t = 0.0
        baseline_sent = False
        while not self._stop.is_set():
            if self._restart.is_set():
                self._restart.clear()
                with self._lock:
                    factory, self._pending_factory = self._pending_factory, None
                if factory is not None:
                    self._source_factory = factory
                if source is not None:
                    source.stop()
                    source = None
                backoff = self._first_backoff_s
            if self._paused.is_set():
                if source is not None:
                    source.stop()
                    source = None
                if not paused_reported:
                    emit(self.paused_changed, True)
                    paused_reported = True
                self._wait(1.0)
                continue
            if paused_reported:
                emit(self.paused_changed, False)
                paused_reported = False
            if source is None:
                candidate = self._source_factory()
                if faulted and hasattr(candidate, "on_retry"):
                    candidate.on_retry()
                try:
                    candidate.start()
                except Exception as exc:  # noqa: BLE001 - any open failure is a fault, not a crash
                    candidate.stop()
                    if is_permanent_fault(exc):
                        emit(self.fault, fault_message(exc), -1.0)
                        self._stop.wait()  # nothing to retry; idle until asked to quit
                        break
                    emit(self.fault, fault_message(exc), backoff)
                    faulted = True
                    self._wait(backoff)
                    backoff = min(self._max_backoff_s, backoff * 2)
                    continue
                source = candidate
                log.info("listening to %s", source.name)
                if faulted:
                    emit(self.recovered, source.name)
                    faulted = False
                backoff = self._first_backoff_s
            try:
                block = source.read()
            except Exception as exc:  # noqa: BLE001 - device lost mid-shift: fault + retry
                source.stop()
                source = None
                emit(self.fault, fault_message(exc), backoff)
                faulted = True
                self._wait(backoff)
                backoff = min(self._max_backoff_s, backoff * 2)
                continue
            if block is None:
                source.stop()
                break
            if len(block) == 0:
                continue
            read_at = time.perf_counter()
            block = np.asarray(block, dtype=np.float32)
            duration_s = len(block) / SAMPLE_RATE_HZ
            stream_t += duration_s
            result = pipeline.process(block)
            speech_s = sum(d for s, d in result.speech_runs if s)
            total_s = sum(d for _, d in result.speech_runs)
            emit(self.update, LevelUpdate(
                t_s=stream_t, duration_s=duration_s,
                speaking=total_s > 0 and speech_s >= 0.5 * total_s,
                speech_runs=result.speech_runs, arousal=result.arousal,
                rms_dbfs=rms_dbfs(block), read_at=read_at,
            ))
            for ep in result.closed:
                emit(self.episode_closed, ep)
            if result.opened is not None:
                emit(self.episode_opened, result.opened)
            if not baseline_sent:
                base = pipeline.baseline_dict()
                if base is not None:
                    emit(self.baseline_ready, base)
                    baseline_sent = True
        if source is not None:
            source.stop()


# --------------------------------------------------------------------------------------------
# The GUI-side facade


class Engine(QObject):
    """Owns the engine thread; every signal here is delivered on the GUI thread.

    Signals mirror :class:`EngineWorker`'s.
    """

    update = Signal(object)
    episode_opened = Signal(object)
    episode_closed = Signal(object)
    fault = Signal(str, float)
    recovered = Signal(str)
    paused_changed = Signal(bool)
    baseline_ready = Signal(object)
    finished = Signal()

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
        for name in ("update", "episode_opened", "episode_closed", "fault", "recovered",
                     "paused_changed", "baseline_ready", "finished"):
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
        """Switch to another source (e.g. the input device changed in settings)."""
        self.worker.replace_source(factory)

    def retry_now(self) -> None:
        """Try to reopen a failed microphone now instead of after the backoff."""
        self.worker.retry_now()

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
