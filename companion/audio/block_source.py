"""Block sources for the engine thread: the live microphone and a paced iterator (the demo).

A :class:`BlockSource` is what the app's engine worker pulls blocks from (float32 mono at
16 kHz; ~2 s from the microphone, ~250 ms while a window shows the live level, ~100 ms of
wall time from the demo). :class:`MicBlockSource` wraps :class:`~companion.audio.MicSource`
(PortAudio is loaded only when it starts); :class:`PacedBlockSource` plays any block iterator in (scaled)
real time.

Threads: every method runs on the engine worker thread (the factories that build sources are
called there too).
"""

from __future__ import annotations

import contextlib
import math
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any, Protocol

import numpy as np

from companion.audio.blocks import SAMPLE_RATE_HZ
from companion.errors import CompanionError

__all__ = ["LIVE_PACE_S", "PACE_S", "BlockSource", "MicBlockSource", "PacedBlockSource",
           "block_level_dbfs"]

#: Seconds between microphone reads while nothing shows the live level: fewer, larger
#: blocks cost the engine and the GUI less per second of audio (each block also pays for
#: caches gone cold while the thread slept; docs/app.md, "Listening CPU").
PACE_S = 2.0
#: Seconds between reads while a window shows the live level (the welcome's meter); the
#: microphone stream delivers every ~250 ms, so reading sooner would only poll for nothing.
LIVE_PACE_S = 0.25


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

    # Optional: ``on_retry()`` (the previous open failed), ``interrupt()`` (called from any
    # thread: make a waiting ``read`` return soon) and ``set_live(bool)`` (called from any
    # thread: a window shows the live level, read more often).


class MicBlockSource:
    """The live microphone (``companion.audio.MicSource``) as a :class:`BlockSource`.

    ``device`` is a device NAME ('' or None = system default), ``factory`` builds the
    ``MicSource`` (injected in tests). ``pace_s`` and ``live_pace_s`` are the seconds between
    reads without and with a live view (:meth:`set_live`). ``sleep`` waits between reads
    (seconds); by default an :meth:`interrupt` cuts it short.
    """

    def __init__(self, device: str | None = None, *,
                 factory: Callable[[str | None], Any] | None = None,
                 read_timeout_s: float = 0.4, pace_s: float = PACE_S,
                 live_pace_s: float = LIVE_PACE_S,
                 sleep: Callable[[float], object] | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.device = device or None
        self._factory = factory
        self._timeout_s = read_timeout_s
        self._pace_s = pace_s
        self._live_pace_s = live_pace_s
        self._live = False
        self._interrupted = threading.Event()
        self._sleep = sleep if sleep is not None else self._interrupted.wait
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

        Sleeps until ``pace_s`` (seconds) after the previous data first, then takes all that
        arrived (see :data:`PACE_S`). After :meth:`interrupt` it
        returns an empty block at once (once: the read after that waits as usual).
        """
        if self._mic is None:
            return np.zeros(0, dtype=np.float32)
        pace = self._live_pace_s if self._live else self._pace_s
        wait = self._last_data + pace - self._clock()
        if wait > 0:
            self._sleep(wait)
        if self._interrupted.is_set():
            self._interrupted.clear()
            return np.zeros(0, dtype=np.float32)
        block = self._mic.read(self._timeout_s)
        if len(block):
            self._last_data = self._clock()
        return block

    def interrupt(self) -> None:
        """Cut the wait of a :meth:`read` on the worker thread short (from any thread): the
        engine is stopping, pausing or switching devices, and need not wait for the next
        block. The next read (or the one waiting) returns an empty block."""
        self._interrupted.set()

    def set_live(self, live: bool) -> None:
        """Read every ``live_pace_s`` while a window shows the live level, else every
        ``pace_s`` (from any thread; a waiting read returns at once so the change is felt
        now)."""
        self._live = live
        self.interrupt()

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




def block_level_dbfs(block: np.ndarray) -> float:
    """Level of ``block`` in dBFS (-120 for silence or an empty block)."""
    if len(block) == 0:
        return -120.0
    power = float(np.mean(np.square(block, dtype=np.float64)))
    return max(-120.0, 10.0 * math.log10(power)) if power > 0 else -120.0
