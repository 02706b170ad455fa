"""Input-device discovery and selection; the only place that imports ``sounddevice``.

Threads: called from the GUI thread (Settings, ``self-test``) or the engine worker thread
(opening the microphone). PortAudio is not thread-safe for (re)initialisation, so
:func:`refresh_devices` must not run while a stream is open.

``sounddevice`` is imported lazily inside functions so that ``import companion.audio`` works
on machines without PortAudio (the Linux wheel does not bundle it): a missing library turns
into :class:`PortAudioMissingError` only when a microphone is actually needed.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from companion.audio.errors import (
    DEVICE_HINT,
    DeviceNotFoundError,
    NoInputDeviceError,
    PortAudioMissingError,
)
from companion.messages import Text

__all__ = [
    "InputDevice",
    "find_input_device",
    "list_input_devices",
    "load_sounddevice",
    "refresh_devices",
]


@dataclass(frozen=True)
class InputDevice:
    """An audio input as PortAudio reports it.

    ``index`` is PortAudio's device index (valid until the next :func:`refresh_devices`),
    ``default_rate_hz`` the device's preferred sample rate in Hz, ``channels`` its maximum
    input channels, ``is_default`` whether it is the system's default input, ``host_api`` the
    PortAudio host API name (e.g. "ALSA", "Windows WASAPI", "Core Audio").
    """

    name: str
    index: int
    default_rate_hz: int
    channels: int
    is_default: bool
    host_api: str = ""


def load_sounddevice() -> ModuleType:
    """Import ``sounddevice`` (which loads the PortAudio library).

    Raises
    ------
    PortAudioMissingError
        ``sounddevice`` is not installed, or the PortAudio shared library is missing.
    """
    try:
        return importlib.import_module("sounddevice")
    except OSError as exc:  # "PortAudio library not found"
        raise PortAudioMissingError(
            f"the PortAudio audio library is not available ({exc})",
            "install it (Debian/Ubuntu: apt install libportaudio2) or use --demo / a WAV file",
        ) from None
    except ImportError:
        raise PortAudioMissingError(
            "the sounddevice package is not installed",
            "reinstall Companion, or use --demo / a WAV file",
        ) from None


def refresh_devices(sd: ModuleType | None = None) -> None:
    """Make PortAudio scan the devices again (new headsets, a sound server started later).

    PortAudio builds its device list once, when it is initialised; a headset plugged in (or
    a PulseAudio server started) afterwards is invisible until it is re-initialised. This
    terminates and re-initialises PortAudio through sounddevice's ``_terminate`` and
    ``_initialize`` (which keep sounddevice's own reference count balanced). Call it only
    while no stream is open: device indexes change and open streams would be invalidated.
    """
    sd = load_sounddevice() if sd is None else sd
    terminate = getattr(sd, "_terminate", None)
    initialize = getattr(sd, "_initialize", None)
    if terminate is None or initialize is None:
        return
    terminate()
    initialize()


def _default_input_index(sd: Any) -> int:
    try:
        dev = sd.default.device  # an (input, output) pair; may be -1/None when unset
        idx = dev if isinstance(dev, int | str) or dev is None else dev[0]
        idx = -1 if idx is None else int(idx)
    except (TypeError, ValueError, IndexError, AttributeError, KeyError):
        idx = -1
    if idx >= 0:
        return idx
    try:
        info = sd.query_devices(kind="input")
        return int(info["index"])
    except Exception:  # noqa: BLE001 - PortAudioError or a stub: no default input
        return -1


def list_input_devices(*, refresh: bool = False) -> list[InputDevice]:
    """Every device with at least one input channel, in PortAudio order.

    Parameters
    ----------
    refresh
        Re-scan first (see :func:`refresh_devices`); only when no stream is open.

    Raises
    ------
    PortAudioMissingError
        PortAudio is not installed.
    """
    sd = load_sounddevice()
    if refresh:
        refresh_devices(sd)
    try:
        devices = list(sd.query_devices())
    except sd.PortAudioError:
        return []
    try:
        apis = [str(a.get("name", "")) for a in sd.query_hostapis()]
    except Exception:  # noqa: BLE001 - host API names are cosmetic
        apis = []
    default = _default_input_index(sd)
    out = []
    for i, d in enumerate(devices):
        channels = int(d.get("max_input_channels", 0))
        if channels <= 0:
            continue
        index = int(d.get("index", i))
        api = d.get("hostapi", -1)
        out.append(InputDevice(
            name=str(d.get("name", f"device {index}")),
            index=index,
            default_rate_hz=int(round(float(d.get("default_samplerate", 0) or 0))),
            channels=channels,
            is_default=index == default,
            host_api=apis[api] if isinstance(api, int) and 0 <= api < len(apis) else "",
        ))
    return out


def find_input_device(name: str | None, devices: list[InputDevice]) -> InputDevice:
    """Pick the device the user asked for.

    ``None`` (or "" / "default") means the system default input, else the first input.
    Otherwise ``name`` is matched case-insensitively: an exact name match wins, then the
    first device (lowest index) whose name contains ``name``; a plain number is also accepted
    as a PortAudio index.

    Raises
    ------
    NoInputDeviceError
        ``devices`` is empty.
    DeviceNotFoundError
        Nothing matches ``name``; the message lists what is available.
    """
    if not devices:
        raise NoInputDeviceError(
            Text("AudioError", "no microphone found (the system reports no audio input)"),
            DEVICE_HINT)
    wanted = (name or "").strip()
    if wanted.casefold() in ("", "default"):
        for d in devices:
            if d.is_default:
                return d
        return devices[0]
    key = wanted.casefold()
    exact = [d for d in devices if d.name.casefold() == key]
    if exact:
        return exact[0]
    partial = [d for d in devices if key in d.name.casefold()]
    if partial:
        return partial[0]
    if wanted.isdigit():
        for d in devices:
            if d.index == int(wanted):
                return d
    names = ", ".join(f"'{d.name}'" for d in devices[:8]) + (", ..." if len(devices) > 8 else "")
    raise DeviceNotFoundError(
        Text("AudioError", "microphone '%1' not found (available: %2)", wanted, names),
        DEVICE_HINT)
