"""Is another app (the softphone) using the microphone? OS signals behind one small interface.

Runs on the GUI thread: the app polls :meth:`MicInUseDetector.poll` every ~2 s from a
``QTimer`` and feeds the result to :meth:`CallStateMachine.feed_mic_in_use`. Each poll is a
handful of registry reads (Windows) or CoreAudio property reads (macOS), well under 1 ms.
This module imports no Qt; ``winreg`` is imported only on Windows and CoreAudio is loaded
only on macOS, so the decision logic is tested anywhere with fake registries and backends.

* **Windows 10/11**: the privacy "consent store" under
  ``HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore\\
  microphone`` has one subkey per packaged app and, under ``NonPackaged``, one per desktop exe
  (path with ``\\`` written as ``#``). An app whose ``LastUsedTimeStop`` is 0 while its
  ``LastUsedTimeStart`` is not is using the microphone now. Our own executable is skipped.
* **macOS 14.2+**: CoreAudio process objects (``kAudioHardwarePropertyProcessObjectList``);
  any process other than ours with ``kAudioProcessPropertyIsRunningInput`` set is recording.
  Older macOS: ``kAudioDevicePropertyDeviceIsRunningSomewhere`` on the default input device,
  which cannot tell us apart from others, so it is only trusted while our own input is paused
  (``own_input_active()`` False); otherwise the answer is None (cannot tell).
* Elsewhere: :class:`NullDetector` (always None).
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import PureWindowsPath
from typing import Any, Protocol

CONSENT_STORE_MICROPHONE = (
    r"Software\Microsoft\Windows\CurrentVersion\CapabilityAccessManager\ConsentStore\microphone"
)
NON_PACKAGED = "NonPackaged"


class MicInUseDetector(Protocol):
    """Reports whether another application is using the microphone right now."""

    def poll(self) -> bool | None:
        """True = in use by another app, False = not, None = cannot tell on this system."""
        ...


class NullDetector:
    """For systems without a usable signal: always "cannot tell"."""

    def poll(self) -> bool | None:
        """Always None."""
        return None


@dataclass
class FakeDetector:
    """A detector for tests and demos: returns ``value``; counts polls."""

    value: bool | None = None
    polls: int = 0

    def poll(self) -> bool | None:
        """The configured value."""
        self.polls += 1
        return self.value


# --------------------------------------------------------------------------------- Windows
class RegistryReader(Protocol):
    """The few registry reads the consent-store detector needs (paths relative to HKCU)."""

    def subkeys(self, path: str) -> list[str] | None:
        """Names of the subkeys of ``path``; None if the key does not exist."""
        ...

    def value(self, path: str, name: str) -> Any | None:
        """The value ``name`` of key ``path``; None if the key or value does not exist."""
        ...


class WinRegReader:
    """:class:`RegistryReader` over the real ``HKEY_CURRENT_USER`` (Windows only)."""

    def __init__(self) -> None:
        import winreg  # only importable on Windows

        self._winreg = winreg

    def subkeys(self, path: str) -> list[str] | None:
        """Subkey names, or None when the key is missing or unreadable."""
        wr = self._winreg
        try:
            with wr.OpenKey(wr.HKEY_CURRENT_USER, path) as key:
                count = wr.QueryInfoKey(key)[0]
                return [wr.EnumKey(key, i) for i in range(count)]
        except OSError:
            return None

    def value(self, path: str, name: str) -> Any | None:
        """One value, or None when missing or unreadable."""
        wr = self._winreg
        try:
            with wr.OpenKey(wr.HKEY_CURRENT_USER, path) as key:
                return wr.QueryValueEx(key, name)[0]
        except OSError:
            return None


@dataclass
class FakeRegistry:
    """A registry tree for tests: ``{"path": {"values": {...}, "keys": {...}}}`` made easy.

    ``keys`` maps a key path (backslash-separated, relative to HKCU) to its values; parent
    keys exist implicitly.
    """

    keys: dict[str, dict[str, Any]] = field(default_factory=dict)

    def set(self, path: str, **values: Any) -> None:
        """Create ``path`` (and its parents) and set values on it."""
        self.keys.setdefault(path, {}).update(values)

    def _exists(self, path: str) -> bool:
        low = path.lower()
        return any(k.lower() == low or k.lower().startswith(low + "\\") for k in self.keys)

    def subkeys(self, path: str) -> list[str] | None:
        """Direct children of ``path``."""
        if not self._exists(path):
            return None
        prefix = path.lower() + "\\"
        names: list[str] = []
        for key in self.keys:
            if key.lower().startswith(prefix):
                child = key[len(prefix):].split("\\", 1)[0]
                if child not in names:
                    names.append(child)
        return names

    def value(self, path: str, name: str) -> Any | None:
        """A value of ``path``."""
        for key, values in self.keys.items():
            if key.lower() == path.lower():
                return values.get(name)
        return None


def consent_store_name(exe_path: str) -> str:
    """How the consent store names a desktop exe: its full path with ``\\`` as ``#``."""
    return str(PureWindowsPath(exe_path)).replace("\\", "#")


def _as_int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, bytes) and len(value) == 8:  # a QWORD read as REG_BINARY
        return int.from_bytes(value, "little")
    return None


@dataclass(frozen=True)
class ConsentEntry:
    """One app's microphone usage record (FILETIME ticks; 0 = never/still running)."""

    name: str
    last_used_start: int
    last_used_stop: int

    @property
    def in_use(self) -> bool:
        """Started and not yet stopped."""
        return self.last_used_start != 0 and self.last_used_stop == 0


class WindowsConsentStoreDetector:
    """Mic in use by another app, from the Windows consent store (see the module doc).

    Parameters
    ----------
    reader
        Registry access (default: the real HKCU via ``winreg``; Windows only).
    own_exe
        Our executable path, skipped (default ``sys.executable``).
    """

    def __init__(self, reader: RegistryReader | None = None, own_exe: str | None = None) -> None:
        self._reader = reader if reader is not None else WinRegReader()
        self._own = consent_store_name(own_exe or sys.executable).lower()

    def entries(self) -> list[ConsentEntry] | None:
        """Every app's record (packaged apps, then desktop exes); None = store missing."""
        root = CONSENT_STORE_MICROPHONE
        packaged = self._reader.subkeys(root)
        if packaged is None:
            return None
        found: list[ConsentEntry] = []
        groups: list[tuple[str, Iterable[str]]] = [
            (root, [n for n in packaged if n.lower() != NON_PACKAGED.lower()]),
            (root + "\\" + NON_PACKAGED, self._reader.subkeys(root + "\\" + NON_PACKAGED) or []),
        ]
        for parent, names in groups:
            for name in names:
                path = parent + "\\" + name
                start = _as_int(self._reader.value(path, "LastUsedTimeStart"))
                stop = _as_int(self._reader.value(path, "LastUsedTimeStop"))
                if start is None or stop is None:
                    continue
                found.append(ConsentEntry(name, start, stop))
        return found

    def users(self) -> list[str] | None:
        """Names of the apps other than us using the microphone now (None = cannot tell)."""
        entries = self.entries()
        if entries is None:
            return None
        return [e.name for e in entries if e.in_use and e.name.lower() != self._own]

    def poll(self) -> bool | None:
        """True when any other app is using the microphone."""
        users = self.users()
        return None if users is None else bool(users)


# --------------------------------------------------------------------------------- macOS
def fourcc(code: str) -> int:
    """A CoreAudio four-character code as its UInt32 value (``'gone'`` -> 0x676F6E65)."""
    raw = code.encode("ascii")
    if len(raw) != 4:
        raise ValueError(f"a four-character code needs 4 ASCII characters, not {code!r}")
    return int.from_bytes(raw, "big")


K_AUDIO_OBJECT_SYSTEM_OBJECT = 1
K_AUDIO_OBJECT_PROPERTY_SCOPE_GLOBAL = fourcc("glob")
K_AUDIO_OBJECT_PROPERTY_ELEMENT_MAIN = 0
K_AUDIO_HARDWARE_PROPERTY_DEFAULT_INPUT_DEVICE = fourcc("dIn ")
K_AUDIO_DEVICE_PROPERTY_DEVICE_IS_RUNNING_SOMEWHERE = fourcc("gone")
K_AUDIO_HARDWARE_PROPERTY_PROCESS_OBJECT_LIST = fourcc("prs#")  # macOS 14.2+
K_AUDIO_PROCESS_PROPERTY_PID = fourcc("ppid")
K_AUDIO_PROCESS_PROPERTY_IS_RUNNING_INPUT = fourcc("piri")


class AudioObjectPropertyAddress(ctypes.Structure):
    """CoreAudio's ``AudioObjectPropertyAddress`` (three UInt32: selector, scope, element)."""

    _fields_ = [("mSelector", ctypes.c_uint32), ("mScope", ctypes.c_uint32),
                ("mElement", ctypes.c_uint32)]


def property_address(selector: int) -> AudioObjectPropertyAddress:
    """A global-scope, main-element address for ``selector``."""
    return AudioObjectPropertyAddress(selector, K_AUDIO_OBJECT_PROPERTY_SCOPE_GLOBAL,
                                      K_AUDIO_OBJECT_PROPERTY_ELEMENT_MAIN)


class CoreAudioBackend(Protocol):
    """The property reads the macOS detector needs (None = the read failed/unsupported)."""

    def get_u32(self, obj: int, selector: int) -> int | None:
        """A UInt32 (or AudioObjectID / pid) property of ``obj``."""
        ...

    def get_u32_list(self, obj: int, selector: int) -> list[int] | None:
        """An array-of-UInt32 property of ``obj``."""
        ...


class CtypesCoreAudio:
    """:class:`CoreAudioBackend` over the real CoreAudio framework via ctypes (macOS only)."""

    def __init__(self) -> None:
        lib = ctypes.cdll.LoadLibrary(
            "/System/Library/Frameworks/CoreAudio.framework/CoreAudio")
        self._size_fn = lib.AudioObjectGetPropertyDataSize
        self._size_fn.restype = ctypes.c_int32
        self._size_fn.argtypes = [ctypes.c_uint32, ctypes.POINTER(AudioObjectPropertyAddress),
                                  ctypes.c_uint32, ctypes.c_void_p,
                                  ctypes.POINTER(ctypes.c_uint32)]
        self._get_fn = lib.AudioObjectGetPropertyData
        self._get_fn.restype = ctypes.c_int32
        self._get_fn.argtypes = [ctypes.c_uint32, ctypes.POINTER(AudioObjectPropertyAddress),
                                 ctypes.c_uint32, ctypes.c_void_p,
                                 ctypes.POINTER(ctypes.c_uint32), ctypes.c_void_p]

    def get_u32(self, obj: int, selector: int) -> int | None:
        """One UInt32 property (pid_t is read the same way: 4 bytes)."""
        address = property_address(selector)
        out = ctypes.c_uint32(0)
        size = ctypes.c_uint32(ctypes.sizeof(out))
        status = self._get_fn(obj, ctypes.byref(address), 0, None, ctypes.byref(size),
                              ctypes.byref(out))
        return None if status != 0 else int(out.value)

    def get_u32_list(self, obj: int, selector: int) -> list[int] | None:
        """An array of UInt32 (e.g. AudioObjectIDs)."""
        address = property_address(selector)
        size = ctypes.c_uint32(0)
        if self._size_fn(obj, ctypes.byref(address), 0, None, ctypes.byref(size)) != 0:
            return None
        count = size.value // 4
        if count == 0:
            return []
        array = (ctypes.c_uint32 * count)()
        if self._get_fn(obj, ctypes.byref(address), 0, None, ctypes.byref(size),
                        ctypes.byref(array)) != 0:
            return None
        return [int(v) for v in array[: size.value // 4]]


@dataclass
class FakeCoreAudio:
    """A CoreAudio backend for tests: ``props[(obj, selector)] = value or list``."""

    props: Mapping[tuple[int, int], Any] = field(default_factory=dict)

    def get_u32(self, obj: int, selector: int) -> int | None:
        """Stored scalar or None."""
        value = self.props.get((obj, selector))
        return value if isinstance(value, int) else None

    def get_u32_list(self, obj: int, selector: int) -> list[int] | None:
        """Stored list or None."""
        value = self.props.get((obj, selector))
        return list(value) if isinstance(value, (list, tuple)) else None


class MacCoreAudioDetector:
    """Mic in use by another process, from CoreAudio (see the module doc).

    Parameters
    ----------
    backend
        Property access (default: CoreAudio via ctypes; macOS only).
    own_pid
        Our process id, skipped in the per-process list (default ``os.getpid()``).
    own_input_active
        Returns True while our own input stream runs; the device-wide fallback is only
        trusted when this is False. None = assume our input is always running.
    """

    def __init__(self, backend: CoreAudioBackend | None = None, own_pid: int | None = None,
                 own_input_active: Callable[[], bool] | None = None) -> None:
        self._backend = backend if backend is not None else CtypesCoreAudio()
        self._own_pid = os.getpid() if own_pid is None else own_pid
        self._own_input_active = own_input_active

    def per_process(self) -> bool | None:
        """On macOS 14.2+: does any other process run input? None when the API is missing."""
        b = self._backend
        processes = b.get_u32_list(K_AUDIO_OBJECT_SYSTEM_OBJECT,
                                   K_AUDIO_HARDWARE_PROPERTY_PROCESS_OBJECT_LIST)
        if processes is None:
            return None
        for obj in processes:
            pid = b.get_u32(obj, K_AUDIO_PROCESS_PROPERTY_PID)
            if pid is None or pid == self._own_pid:
                continue
            if b.get_u32(obj, K_AUDIO_PROCESS_PROPERTY_IS_RUNNING_INPUT):
                return True
        return False

    def device_running_somewhere(self) -> bool | None:
        """Is the default input device running for anyone (us included)? None = unknown."""
        b = self._backend
        device = b.get_u32(K_AUDIO_OBJECT_SYSTEM_OBJECT,
                           K_AUDIO_HARDWARE_PROPERTY_DEFAULT_INPUT_DEVICE)
        if not device:  # None or kAudioObjectUnknown (0)
            return None
        running = b.get_u32(device, K_AUDIO_DEVICE_PROPERTY_DEVICE_IS_RUNNING_SOMEWHERE)
        return None if running is None else bool(running)

    def poll(self) -> bool | None:
        """Per-process answer when available; else the device-wide one while we are paused."""
        answer = self.per_process()
        if answer is not None:
            return answer
        if self._own_input_active is None or self._own_input_active():
            return None  # "running somewhere" would be true because of us
        return self.device_running_somewhere()


def detector_for_platform(platform: str | None = None, *,
                          own_input_active: Callable[[], bool] | None = None
                          ) -> MicInUseDetector:
    """The best detector for ``platform`` (default ``sys.platform``); NullDetector when the
    OS offers no signal or loading it fails."""
    platform = platform or sys.platform
    try:
        if platform == "win32":
            return WindowsConsentStoreDetector()
        if platform == "darwin":
            return MacCoreAudioDetector(own_input_active=own_input_active)
    except (ImportError, OSError, AttributeError):
        pass
    return NullDetector()
