"""companion.audio: everything that produces samples (file, demo and microphone sources).

Every source delivers float32 mono blocks at :data:`SAMPLE_RATE_HZ` (16 000 Hz) with values
in [-1, 1]. Importing this package needs neither PortAudio nor a sound card: ``sounddevice``
is imported lazily, only when a microphone is listed or opened.

Threads: see each module (the PortAudio callback thread only ever touches
:meth:`RingBuffer.write`; everything else runs on the thread that pulls audio).
"""

from __future__ import annotations

from companion.audio.blocks import SAMPLE_RATE_HZ
from companion.audio.demo_source import DemoSegment, DemoSource, synth_voice
from companion.audio.devices import (
    InputDevice,
    find_input_device,
    list_input_devices,
    refresh_devices,
)
from companion.audio.errors import (
    AudioError,
    DeviceBusyError,
    DeviceLostError,
    DeviceNotFoundError,
    NoInputDeviceError,
    PortAudioMissingError,
    WavFormatError,
)
from companion.audio.file_source import FileSource
from companion.audio.mic_source import MicSource
from companion.audio.resample import StreamingResampler
from companion.audio.ring import RingBuffer

__all__ = [
    "SAMPLE_RATE_HZ",
    "AudioError",
    "DemoSegment",
    "DemoSource",
    "DeviceBusyError",
    "DeviceLostError",
    "DeviceNotFoundError",
    "FileSource",
    "InputDevice",
    "MicSource",
    "NoInputDeviceError",
    "PortAudioMissingError",
    "RingBuffer",
    "StreamingResampler",
    "WavFormatError",
    "find_input_device",
    "list_input_devices",
    "refresh_devices",
    "synth_voice",
]
