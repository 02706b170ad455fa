"""Audio errors: one line each, naming the file or device and what the user can do.

All are :class:`companion.errors.CompanionError` subclasses, so the CLI prints them as
``companion: error: <line>`` and the app shows them in a notice. Raised on whichever thread
calls the failing function (never on the PortAudio callback thread).
"""

from __future__ import annotations

from companion.errors import CompanionError
from companion.messages import Text

__all__ = [
    "AudioError",
    "DeviceBusyError",
    "DeviceLostError",
    "DeviceNotFoundError",
    "NoInputDeviceError",
    "PortAudioMissingError",
    "WavFormatError",
]

DEVICE_HINT = Text("AudioError", "plug in a headset or pick another device in Settings")


class AudioError(CompanionError):
    """Base class for every problem with an audio file or device."""


class WavFormatError(AudioError):
    """A file that is not a WAV we can read (wrong format, damaged, unreadable, NaN samples)."""


class PortAudioMissingError(AudioError):
    """The PortAudio library (or the sounddevice package) is not installed."""


class NoInputDeviceError(AudioError):
    """The system reports no audio input device at all."""


class DeviceNotFoundError(AudioError):
    """The configured input device does not exist (or no longer exists)."""


class DeviceBusyError(AudioError):
    """The input device exists but could not be opened (busy, or refused the settings)."""


class DeviceLostError(AudioError):
    """The input stream stopped delivering audio (device unplugged or driver error)."""
