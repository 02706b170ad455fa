"""Soft tones for the breathing guide: generated with numpy, played without blocking.

Threads: :func:`make_tone` is pure and runs anywhere. :class:`TonePlayer.play` is called from
the GUI thread and only puts the tone's name in a small queue; a worker thread owned by the
player opens a PortAudio output stream and writes the samples (blocking there, never in the
caller). Playback failures (no PortAudio, no output device) are logged once and later tones
are dropped: the guide goes on silently.

Tones: a sine with a quiet second harmonic, a raised-cosine attack and release (no clicks)
and a slow decay; ``inhale`` glides up a fourth (440 -> 587 Hz), ``exhale`` glides down
(587 -> 440 Hz), ``hold`` is a steady 494 Hz, ``end`` two gentle notes (523 + 659 Hz).
Levels are dBFS peak; times seconds; rates Hz. Nothing is written to disk.
"""

from __future__ import annotations

import contextlib
import logging
import queue
import threading
from collections.abc import Callable
from typing import Any

import numpy as np

log = logging.getLogger(__name__)

#: Output sample rate (Hz) of generated tones.
TONE_RATE_HZ = 48_000
#: Peak level (dBFS) of a tone: soft, under a headset's speech level.
TONE_LEVEL_DBFS = -24.0
#: (start Hz, end Hz, seconds) of each tone; ``end`` is two notes.
TONE_SHAPES: dict[str, tuple[tuple[float, float, float], ...]] = {
    "inhale": ((440.0, 587.33, 0.55),),
    "hold": ((493.88, 493.88, 0.40),),
    "exhale": ((587.33, 440.0, 0.70),),
    "end": ((523.25, 523.25, 0.35), (659.26, 659.26, 0.60)),
}
TONE_KINDS = tuple(TONE_SHAPES)
#: Attack / release of every note (seconds).
EDGE_S = 0.04

Backend = Callable[[np.ndarray, int], None]


def _note(f_start_hz: float, f_end_hz: float, duration_s: float, rate_hz: int) -> np.ndarray:
    """One note: exponential glide from ``f_start_hz`` to ``f_end_hz``, enveloped, peak 1."""
    n = max(2, round(duration_s * rate_hz))
    t = np.arange(n, dtype=np.float64) / rate_hz
    # Frequency glides geometrically; phase is its running integral (vectorised cumsum).
    freq = f_start_hz * (f_end_hz / f_start_hz) ** (t / duration_s)
    phase = 2.0 * np.pi * np.cumsum(freq) / rate_hz
    wave = np.sin(phase) + 0.18 * np.sin(2.0 * phase)
    edge = max(2, min(round(EDGE_S * rate_hz), n // 2))
    env = np.exp(-2.2 * t / duration_s)
    ramp = 0.5 - 0.5 * np.cos(np.pi * np.arange(edge) / edge)
    env[:edge] *= ramp
    env[-edge:] *= ramp[::-1]
    out = wave * env
    return out / np.max(np.abs(out))


def make_tone(kind: str, *, rate_hz: int = TONE_RATE_HZ,
              level_dbfs: float = TONE_LEVEL_DBFS) -> np.ndarray:
    """The float32 mono samples of tone ``kind`` (one of :data:`TONE_KINDS`) at ``rate_hz``,
    peaking at ``level_dbfs``, starting and ending at silence.

    Raises
    ------
    ValueError
        Unknown ``kind``, a rate under 8000 Hz or a level above 0 dBFS.
    """
    if kind not in TONE_SHAPES:
        raise ValueError(f"unknown tone '{kind}'; known: {', '.join(TONE_KINDS)}")
    if not 8000 <= int(rate_hz) <= 192_000:
        raise ValueError(f"tone sample rate must be 8000-192000 Hz, not {rate_hz}")
    if not level_dbfs <= 0.0:
        raise ValueError(f"tone level must be at most 0 dBFS, not {level_dbfs}")
    notes = [_note(a, b, s, int(rate_hz)) for a, b, s in TONE_SHAPES[kind]]
    gap = np.zeros(round(0.03 * rate_hz))
    parts: list[np.ndarray] = []
    for i, note in enumerate(notes):
        if i:
            parts.append(gap)
        parts.append(note)
    samples = np.concatenate(parts)
    return (samples * 10.0 ** (level_dbfs / 20.0)).astype(np.float32)


def sounddevice_backend(device: str | int | None = None) -> Backend:
    """A backend that plays samples on ``device`` (None = default output) through PortAudio,
    blocking until done. Raises ``PortAudioMissingError`` when PortAudio is missing."""
    from companion.audio.devices import load_sounddevice

    sd = load_sounddevice()

    def play(samples: np.ndarray, rate_hz: int) -> None:
        with sd.OutputStream(samplerate=rate_hz, channels=1, dtype="float32",
                             device=device) as stream:
            stream.write(np.ascontiguousarray(samples.reshape(-1, 1)))

    return play


class TonePlayer:
    """Plays tones on a worker thread; :meth:`play` never blocks.

    Parameters
    ----------
    backend_factory
        ``() -> backend``, a backend being ``(samples, rate_hz) -> None`` that plays and may
        block. Called once, on the worker thread (default: PortAudio output on ``device`` via
        :func:`sounddevice_backend`).
    device
        Output device name or index for the default backend (None = system default).
    rate_hz, level_dbfs
        Tone sample rate (Hz) and peak level (dBFS).
    max_pending
        Tones waiting at most; more are dropped (latest phases matter, not a backlog).
    """

    def __init__(self, backend_factory: Callable[[], Backend] | None = None, *,
                 device: str | int | None = None, rate_hz: int = TONE_RATE_HZ,
                 level_dbfs: float = TONE_LEVEL_DBFS, max_pending: int = 2) -> None:
        self._make_backend: Callable[[], Backend] = (
            backend_factory or (lambda: sounddevice_backend(device)))
        self.rate_hz = int(rate_hz)
        self.level_dbfs = float(level_dbfs)
        self._queue: queue.Queue[str | None] = queue.Queue(maxsize=max_pending)
        self._cache: dict[str, np.ndarray] = {}
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self.failed: str | None = None
        self.played = 0
        self.dropped = 0

    def play(self, kind: str) -> bool:
        """Queue tone ``kind``; returns False when it was dropped (full queue, or playback
        failed earlier). Never blocks."""
        if kind not in TONE_SHAPES:
            raise ValueError(f"unknown tone '{kind}'; known: {', '.join(TONE_KINDS)}")
        if self.failed is not None:
            self.dropped += 1
            return False
        self._ensure_thread()
        try:
            self._queue.put_nowait(kind)
        except queue.Full:
            self.dropped += 1
            return False
        return True

    def close(self, timeout_s: float = 2.0) -> None:
        """Stop the worker after the tone that is playing (idempotent)."""
        thread = self._thread
        if thread is None:
            return
        while True:   # make room for the stop marker: pending tones are not needed any more
            try:
                self._queue.get_nowait()
            except queue.Empty:
                break
        with contextlib.suppress(queue.Full):   # emptied just above
            self._queue.put_nowait(None)
        thread.join(timeout_s)
        self._thread = None

    def _ensure_thread(self) -> None:
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="companion-tones",
                                                daemon=True)
                self._thread.start()

    def _samples(self, kind: str) -> np.ndarray:
        if kind not in self._cache:
            self._cache[kind] = make_tone(kind, rate_hz=self.rate_hz,
                                          level_dbfs=self.level_dbfs)
        return self._cache[kind]

    def _run(self) -> None:
        backend: Backend | None = None
        while True:
            kind = self._queue.get()
            if kind is None:
                return
            try:
                if backend is None:
                    backend = self._make_backend()
                backend(self._samples(kind), self.rate_hz)
                self.played += 1
            except Exception as exc:  # noqa: BLE001 - any audio failure: go silent, say once
                self.failed = _one_line(exc)
                log.warning("breathing tones turned off: %s", self.failed)
                return


def _one_line(exc: Any) -> str:
    text = getattr(exc, "one_line", None)
    return text() if callable(text) else " ".join(str(exc).split()) or type(exc).__name__
