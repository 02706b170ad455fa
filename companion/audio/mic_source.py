"""Live microphone input through PortAudio (``sounddevice``), delivered at 16 kHz.

Threads
-------
* **PortAudio callback thread**: :meth:`MicSource._callback` copies channel 0 of each
  incoming block into the :class:`~companion.audio.ring.RingBuffer` and counts status flags.
  Nothing else: no allocation of sample memory, no locks, no logging, no exceptions.
* **Engine worker thread**: :meth:`MicSource.start`, :meth:`MicSource.read` and
  :meth:`MicSource.stop` (call all three from the same thread). ``read`` drains the ring,
  resamples from the device rate to 16 kHz with the same
  :class:`~companion.audio.resample.StreamingResampler` that :class:`FileSource` uses, and
  watches for a dead stream.

Channels: the stream is opened with one channel when the device allows it (the host API
down-mixes or picks the first channel); otherwise with up to two channels, and the callback
copies **the first channel** (headset microphones are mono; on stereo interfaces the mic is
usually on input 1, and averaging with an unused input would lose 6 dB).

A lost device shows up in two ways, both turned into :class:`DeviceLostError` by ``read``:
PortAudio ends the stream (``finished_callback`` fires without ``stop()`` having been
called), or the stream silently stops delivering samples (a stale-data watchdog: no new
samples for ``stale_timeout_s``).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import numpy as np

from companion.audio.blocks import SAMPLE_RATE_HZ, block_samples
from companion.audio.devices import (
    InputDevice,
    find_input_device,
    list_input_devices,
    load_sounddevice,
)
from companion.audio.errors import (
    DEVICE_HINT,
    DeviceBusyError,
    DeviceLostError,
    DeviceNotFoundError,
    NoInputDeviceError,
)
from companion.audio.resample import StreamingResampler
from companion.audio.ring import RingBuffer
from companion.messages import Text

__all__ = ["MicSource"]

# PortAudio PaErrorCode values that mean "this device does not exist (any more)".
_PA_INVALID_DEVICE = -9996
_PA_DEVICE_UNAVAILABLE = -9985


class MicSource:
    """A microphone as a pull source of 16 kHz float32 mono samples.

    Parameters
    ----------
    device
        Device name (case-insensitive; exact match preferred, else substring) or ``None``
        for the system default input. See :func:`~companion.audio.devices.find_input_device`.
    block_s
        PortAudio buffer length in seconds (the callback period; 0.25 s: each callback costs
        the same whatever its length, and the engine reads every ~2 s, or ~250 ms
        while a window shows the live level).
    ring_s
        Seconds of audio the ring holds before the oldest is dropped (reader too slow).
    stale_timeout_s
        Once audio flows, ``read`` raises :class:`DeviceLostError` when no samples arrived
        for this many seconds.
    start_timeout_s
        Grace period for the first samples after :meth:`start` (some host APIs, e.g. ALSA's
        PulseAudio plugin, take up to ~2 s to deliver the first buffer).
    clock, sleep
        Monotonic clock (seconds) and sleep function; injectable for tests.
    """

    def __init__(self, device: str | None = None, *, block_s: float = 0.25, ring_s: float = 8.0,
                 stale_timeout_s: float = 2.0, start_timeout_s: float = 5.0,
                 clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        block_samples(block_s)  # validates block_s
        self.requested_device = device
        self.block_s = float(block_s)
        self.ring_s = float(ring_s)
        self.stale_timeout_s = float(stale_timeout_s)
        self.start_timeout_s = float(start_timeout_s)
        self._clock = clock
        self._sleep = sleep
        self._stream: Any = None
        self._device: InputDevice | None = None
        self._rate_hz = 0
        self._ring: RingBuffer | None = None
        self._resampler: StreamingResampler | None = None
        # Written by the callback thread, read by the worker thread (plain int stores).
        self._status_count = 0
        self._input_overflows = 0
        self._finished = False
        self._stopping = False
        self._seen_written = 0
        self._last_progress = 0.0

    # --- properties ---------------------------------------------------------------------------

    @property
    def device_name(self) -> str | None:
        """Name of the opened device (the requested name before :meth:`start`)."""
        return self._device.name if self._device else self.requested_device

    @property
    def device(self) -> InputDevice | None:
        """The opened device, or None before :meth:`start`."""
        return self._device

    @property
    def device_rate_hz(self) -> int:
        """The rate the stream runs at on the device (16 000 when supported), in Hz."""
        return self._rate_hz

    @property
    def overflows(self) -> int:
        """Input overflows: PortAudio-reported plus ring-buffer overruns (reader too slow)."""
        ring = self._ring.overflows if self._ring else 0
        return ring + self._input_overflows

    @property
    def status_errors(self) -> int:
        """Callbacks that carried any PortAudio status flag."""
        return self._status_count

    @property
    def running(self) -> bool:
        """True between a successful :meth:`start` and :meth:`stop`."""
        return self._stream is not None

    # --- PortAudio callback thread ------------------------------------------------------------

    def _callback(self, indata: np.ndarray, frames: int, time_info: Any, status: Any) -> None:
        self._ring.write(indata[:, 0])  # type: ignore[union-attr]
        if status:
            self._status_count += 1
            if status.input_overflow:
                self._input_overflows += 1

    def _finished_callback(self) -> None:
        self._finished = True

    # --- worker thread ------------------------------------------------------------------------

    def start(self) -> None:
        """Open and start the input stream.

        Raises
        ------
        PortAudioMissingError, NoInputDeviceError, DeviceNotFoundError, DeviceBusyError
        """
        if self._stream is not None:
            return
        sd = load_sounddevice()
        device = find_input_device(self.requested_device, list_input_devices())
        channels, rate = self._choose_settings(sd, device)
        self._device, self._rate_hz = device, rate
        self._ring = RingBuffer(RingBuffer.capacity_for(self.ring_s, rate))
        self._resampler = StreamingResampler(rate, SAMPLE_RATE_HZ)
        self._finished = self._stopping = False
        self._status_count = self._input_overflows = 0
        try:
            stream = sd.InputStream(
                device=device.index, samplerate=rate, channels=channels, dtype="float32",
                blocksize=max(1, round(self.block_s * rate)), callback=self._callback,
                finished_callback=self._finished_callback,
            )
        except (sd.PortAudioError, ValueError) as exc:  # ValueError: settings it refused
            raise self._open_error(exc, device) from None
        try:
            stream.start()
        except (sd.PortAudioError, ValueError) as exc:
            stream.close(ignore_errors=True)
            raise self._open_error(exc, device) from None
        self._stream = stream
        self._seen_written = 0
        self._last_progress = self._clock()

    def _choose_settings(self, sd: Any, device: InputDevice) -> tuple[int, int]:
        """(channels, rate): 1 channel if possible; 16 kHz if supported, else the default."""
        channels = 1
        for ch in (1, min(2, device.channels)):
            try:
                sd.check_input_settings(device=device.index, channels=ch, dtype="float32")
                channels = ch
                break
            except Exception:  # noqa: BLE001 - PortAudioError/ValueError: try the next
                continue
        try:
            sd.check_input_settings(device=device.index, channels=channels, dtype="float32",
                                    samplerate=SAMPLE_RATE_HZ)
            return channels, SAMPLE_RATE_HZ
        except Exception:  # noqa: BLE001 - unsupported rate: use the device's own
            rate = device.default_rate_hz if device.default_rate_hz > 0 else 48000
            return channels, rate

    @staticmethod
    def _open_error(exc: Exception, device: InputDevice) -> Exception:
        code = exc.args[1] if len(exc.args) > 1 else None
        text = str(exc.args[0]) if exc.args else str(exc)
        detail = " ".join(text.split())
        if code == _PA_INVALID_DEVICE or "invalid device" in detail.lower():
            return DeviceNotFoundError(Text("AudioError", "microphone '%1' is no longer "
                                            "available (%2)", device.name, detail), DEVICE_HINT)
        if "error querying device" in detail.lower():
            return NoInputDeviceError(
                Text("AudioError", "no microphone could be opened (%1)", detail), DEVICE_HINT)
        message = Text("AudioError", "microphone '%1' is busy or unavailable (%2)",
                       device.name, detail) if code == _PA_DEVICE_UNAVAILABLE else \
            Text("AudioError", "microphone '%1' could not be opened (%2)", device.name, detail)
        return DeviceBusyError(message, Text(
            "AudioError", "close other apps using it, plug in a headset or pick another device "
            "in Settings"))

    def read(self, timeout_s: float = 0.0) -> np.ndarray:
        """Whatever arrived since the last call, as 16 kHz float32 in [-1, 1].

        Waits up to ``timeout_s`` seconds for the first samples; returns an empty array when
        nothing arrived (yet).

        Raises
        ------
        DeviceLostError
            The stream ended without :meth:`stop` (device unplugged, driver error) or has
            delivered nothing for ``stale_timeout_s`` seconds.
        """
        ring, resampler = self._ring, self._resampler
        if self._stream is None or ring is None or resampler is None:
            raise RuntimeError("MicSource.read() called before start()")
        deadline = self._clock() + max(0.0, timeout_s)
        while True:
            self._check_alive(ring)
            if ring.available:
                break
            now = self._clock()
            if now >= deadline:
                return np.zeros(0, dtype=np.float32)
            self._sleep(min(0.005, deadline - now))
        raw = ring.read()
        return np.clip(resampler.push(raw), -1.0, 1.0)

    def _check_alive(self, ring: RingBuffer) -> None:
        written = ring.total_written
        now = self._clock()
        if written != self._seen_written:
            self._seen_written, self._last_progress = written, now
            return
        if ring.available:
            return  # deliver what is left before reporting a loss
        name = self.device_name
        if self._finished and not self._stopping:
            raise DeviceLostError(
                Text("AudioError", "microphone '%1' stopped (unplugged or driver error)", name),
                DEVICE_HINT)
        started = self._seen_written > 0
        limit = self.stale_timeout_s if started else max(self.stale_timeout_s,
                                                          self.start_timeout_s)
        if now - self._last_progress > limit:
            silent = f"{now - self._last_progress:.1f}"
            raise DeviceLostError(
                Text("AudioError", "microphone '%1' sent no audio for %2 s", name, silent)
                if started else Text("AudioError", "microphone '%1' delivered no audio after "
                                     "starting for %2 s", name, silent), DEVICE_HINT)

    def stop(self) -> None:
        """Stop and close the stream (safe to call more than once)."""
        stream, self._stream = self._stream, None
        if stream is None:
            return
        self._stopping = True
        try:
            stream.stop(ignore_errors=True)
        finally:
            stream.close(ignore_errors=True)

    def __enter__(self) -> MicSource:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
