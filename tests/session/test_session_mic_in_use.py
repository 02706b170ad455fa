"""Mic-in-use detectors: Windows consent store on a fake registry, macOS logic on a fake
CoreAudio backend, the factory and the fakes."""

from __future__ import annotations

import ctypes
import sys

import pytest

from companion.session import (
    CallState,
    CallStateMachine,
    FakeDetector,
    MacCoreAudioDetector,
    NullDetector,
    WindowsConsentStoreDetector,
    detector_for_platform,
)
from companion.session.mic_in_use import (
    CONSENT_STORE_MICROPHONE as ROOT,
)
from companion.session.mic_in_use import (
    K_AUDIO_DEVICE_PROPERTY_DEVICE_IS_RUNNING_SOMEWHERE as IS_RUNNING_SOMEWHERE,
)
from companion.session.mic_in_use import (
    K_AUDIO_HARDWARE_PROPERTY_DEFAULT_INPUT_DEVICE as DEFAULT_INPUT,
)
from companion.session.mic_in_use import (
    K_AUDIO_HARDWARE_PROPERTY_PROCESS_OBJECT_LIST as PROCESS_LIST,
)
from companion.session.mic_in_use import (
    K_AUDIO_OBJECT_PROPERTY_SCOPE_GLOBAL,
    K_AUDIO_OBJECT_SYSTEM_OBJECT,
    AudioObjectPropertyAddress,
    FakeCoreAudio,
    FakeRegistry,
    consent_store_name,
    fourcc,
    property_address,
)
from companion.session.mic_in_use import (
    K_AUDIO_PROCESS_PROPERTY_IS_RUNNING_INPUT as IS_RUNNING_INPUT,
)
from companion.session.mic_in_use import (
    K_AUDIO_PROCESS_PROPERTY_PID as PID,
)

OWN_EXE = r"C:\Program Files\Companion\Companion.exe"
NP = ROOT + r"\NonPackaged"


def registry(**apps: tuple[int, int]) -> FakeRegistry:
    reg = FakeRegistry()
    reg.set(ROOT, Value="Allow")
    reg.set(NP, Value="Allow")
    for name, (start, stop) in apps.items():
        reg.set(ROOT + "\\" + name, LastUsedTimeStart=start, LastUsedTimeStop=stop)
    return reg


# ----------------------------------------------------------------------------- Windows
def test_consent_store_name():
    assert consent_store_name(OWN_EXE) == "C:#Program Files#Companion#Companion.exe"


def test_no_app_in_use():
    reg = registry(Microsoft_SkypeApp=(133_000_000_000_000_000, 133_000_000_100_000_000))
    d = WindowsConsentStoreDetector(reg, own_exe=OWN_EXE)
    assert d.poll() is False
    assert d.users() == []


def test_packaged_app_in_use():
    reg = registry(MSTeams_8wekyb3d8bbwe=(133_000_000_000_000_000, 0))
    d = WindowsConsentStoreDetector(reg, own_exe=OWN_EXE)
    assert d.poll() is True
    assert d.users() == ["MSTeams_8wekyb3d8bbwe"]


def test_desktop_app_in_use_under_nonpackaged():
    reg = registry()
    softphone = r"C:#Program Files#Softphone#phone.exe"
    reg.set(NP + "\\" + softphone, LastUsedTimeStart=133_000_000_000_000_000,
            LastUsedTimeStop=0)
    d = WindowsConsentStoreDetector(reg, own_exe=OWN_EXE)
    assert d.poll() is True and d.users() == [softphone]
    reg.set(NP + "\\" + softphone, LastUsedTimeStop=133_000_000_200_000_000)
    assert d.poll() is False


def test_our_own_exe_is_ignored_case_insensitively():
    reg = registry()
    reg.set(NP + r"\c:#program files#companion#companion.exe",
            LastUsedTimeStart=133_000_000_000_000_000, LastUsedTimeStop=0)
    assert WindowsConsentStoreDetector(reg, own_exe=OWN_EXE).poll() is False
    assert WindowsConsentStoreDetector(reg, own_exe=r"C:\Other\x.exe").poll() is True


def test_never_used_app_is_not_in_use():
    reg = registry(NeverUsed=(0, 0))
    assert WindowsConsentStoreDetector(reg, own_exe=OWN_EXE).poll() is False


def test_qword_as_bytes_and_missing_values():
    reg = registry()
    reg.set(ROOT + r"\BinaryApp", LastUsedTimeStart=(5).to_bytes(8, "little"),
            LastUsedTimeStop=bytes(8))
    reg.set(ROOT + r"\NoValues")
    reg.set(ROOT + r"\OnlyStart", LastUsedTimeStart=7)
    d = WindowsConsentStoreDetector(reg, own_exe=OWN_EXE)
    assert d.users() == ["BinaryApp"]


def test_missing_store_means_cannot_tell():
    assert WindowsConsentStoreDetector(FakeRegistry(), own_exe=OWN_EXE).poll() is None


def test_no_nonpackaged_subkey_is_fine():
    reg = FakeRegistry()
    reg.set(ROOT + r"\App", LastUsedTimeStart=1, LastUsedTimeStop=0)
    assert WindowsConsentStoreDetector(reg, own_exe=OWN_EXE).poll() is True


# ----------------------------------------------------------------------------- macOS
def test_fourcc_values():
    assert fourcc("gone") == 0x676F6E65
    assert fourcc("glob") == 0x676C6F62
    assert fourcc("dIn ") == 0x64496E20
    assert fourcc("prs#") == 0x70727323
    assert fourcc("piri") == IS_RUNNING_INPUT and fourcc("ppid") == PID
    with pytest.raises(ValueError):
        fourcc("abc")
    with pytest.raises(ValueError):
        fourcc("ab\u00e9d")


def test_property_address_layout():
    addr = property_address(IS_RUNNING_SOMEWHERE)
    assert ctypes.sizeof(AudioObjectPropertyAddress) == 12
    raw = bytes(addr)
    order = sys.byteorder
    assert int.from_bytes(raw[0:4], order) == fourcc("gone")
    assert int.from_bytes(raw[4:8], order) == K_AUDIO_OBJECT_PROPERTY_SCOPE_GLOBAL
    assert int.from_bytes(raw[8:12], order) == 0


SYS = K_AUDIO_OBJECT_SYSTEM_OBJECT


def test_mac_per_process_other_app_recording():
    ca = FakeCoreAudio({(SYS, PROCESS_LIST): [100, 101],
                        (100, PID): 4242, (100, IS_RUNNING_INPUT): 1,
                        (101, PID): 555, (101, IS_RUNNING_INPUT): 0})
    assert MacCoreAudioDetector(ca, own_pid=4242).poll() is False  # only we record
    assert MacCoreAudioDetector(ca, own_pid=1).poll() is True


def test_mac_per_process_nobody_recording_and_empty_list():
    ca = FakeCoreAudio({(SYS, PROCESS_LIST): [100], (100, PID): 7,
                        (100, IS_RUNNING_INPUT): 0})
    assert MacCoreAudioDetector(ca, own_pid=1).poll() is False
    assert MacCoreAudioDetector(FakeCoreAudio({(SYS, PROCESS_LIST): []}), own_pid=1).poll() \
        is False


def test_mac_fallback_only_while_our_input_is_paused():
    ca = FakeCoreAudio({(SYS, DEFAULT_INPUT): 73, (73, IS_RUNNING_SOMEWHERE): 1})
    ours_running = {"on": True}
    d = MacCoreAudioDetector(ca, own_pid=1, own_input_active=lambda: ours_running["on"])
    assert d.poll() is None  # running somewhere, but maybe only because of us
    ours_running["on"] = False
    assert d.poll() is True
    ca.props[(73, IS_RUNNING_SOMEWHERE)] = 0
    assert d.poll() is False
    # Without a way to know our own state the fallback is never trusted.
    assert MacCoreAudioDetector(ca, own_pid=1).poll() is None


def test_mac_no_default_device_means_cannot_tell():
    d = MacCoreAudioDetector(FakeCoreAudio({(SYS, DEFAULT_INPUT): 0}), own_pid=1,
                             own_input_active=lambda: False)
    assert d.poll() is None
    assert MacCoreAudioDetector(FakeCoreAudio(), own_pid=1,
                                own_input_active=lambda: False).poll() is None


# ----------------------------------------------------------------------------- others
def test_null_and_fake_detectors():
    assert NullDetector().poll() is None
    fake = FakeDetector(True)
    assert fake.poll() is True and fake.polls == 1
    fake.value = False
    assert fake.poll() is False and fake.polls == 2


def test_factory_falls_back_to_null_off_windows_and_mac():
    assert isinstance(detector_for_platform("linux"), NullDetector)
    if sys.platform not in ("win32", "darwin"):
        # winreg / CoreAudio are missing here: the factory must not crash.
        assert isinstance(detector_for_platform("win32"), NullDetector)
        assert isinstance(detector_for_platform("darwin"), NullDetector)


def test_fake_detector_drives_the_state_machine():
    t = [0.0]
    m = CallStateMachine(clock=lambda: t[0])
    fake = FakeDetector(False)
    m.feed_mic_in_use(fake.poll())
    fake.value = True
    m.feed_mic_in_use(fake.poll())
    assert m.state is CallState.IN_CALL
    fake.value = False
    m.feed_mic_in_use(fake.poll())
    assert m.state is CallState.WRAP_UP


# ----------------------------------------------------------------------------- OS bindings
class _FakeKey:
    def __init__(self, path: str) -> None:
        self.path = path

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def _fake_winreg(reg: FakeRegistry):
    """A stand-in for the ``winreg`` module backed by a FakeRegistry."""
    import types

    mod = types.ModuleType("winreg")
    mod.HKEY_CURRENT_USER = object()

    def open_key(root, path):
        assert root is mod.HKEY_CURRENT_USER
        if reg.subkeys(path) is None:
            raise FileNotFoundError(path)
        return _FakeKey(path)

    def query_info_key(key):
        return (len(reg.subkeys(key.path)), 0, 0)

    def enum_key(key, i):
        return reg.subkeys(key.path)[i]

    def query_value_ex(key, name):
        value = reg.value(key.path, name)
        if value is None:
            raise FileNotFoundError(name)
        return value, 11  # REG_QWORD

    mod.OpenKey, mod.QueryInfoKey = open_key, query_info_key
    mod.EnumKey, mod.QueryValueEx = enum_key, query_value_ex
    return mod


def test_winreg_reader_through_a_fake_winreg_module(monkeypatch):
    from companion.session.mic_in_use import WinRegReader

    reg = registry(Teams=(133_000_000_000_000_000, 0))
    reg.set(NP + r"\C:#Program Files#Companion#Companion.exe",
            LastUsedTimeStart=133_000_000_000_000_000, LastUsedTimeStop=0)
    monkeypatch.setitem(sys.modules, "winreg", _fake_winreg(reg))
    reader = WinRegReader()
    assert sorted(reader.subkeys(ROOT)) == ["NonPackaged", "Teams"]
    assert reader.subkeys(ROOT + r"\Missing") is None
    assert reader.value(ROOT + r"\Teams", "LastUsedTimeStop") == 0
    assert reader.value(ROOT + r"\Teams", "Nope") is None
    d = WindowsConsentStoreDetector(reader, own_exe=OWN_EXE)
    assert d.users() == ["Teams"] and d.poll() is True
    assert isinstance(detector_for_platform("win32"), WindowsConsentStoreDetector)


def _fake_coreaudio_lib(props: dict):
    """CFUNCTYPE stand-ins for AudioObjectGetPropertyData(Size) reading ``props``."""
    import types

    addr_p = ctypes.POINTER(AudioObjectPropertyAddress)
    size_t = ctypes.CFUNCTYPE(ctypes.c_int32, ctypes.c_uint32, addr_p, ctypes.c_uint32,
                              ctypes.c_void_p, ctypes.POINTER(ctypes.c_uint32))
    get_t = ctypes.CFUNCTYPE(ctypes.c_int32, ctypes.c_uint32, addr_p, ctypes.c_uint32,
                             ctypes.c_void_p, ctypes.POINTER(ctypes.c_uint32), ctypes.c_void_p)
    unknown = 2003332927  # kAudioHardwareUnknownPropertyError ('who?')

    def data(obj, address):
        a = address.contents
        assert a.mScope == K_AUDIO_OBJECT_PROPERTY_SCOPE_GLOBAL and a.mElement == 0
        value = props.get((obj, a.mSelector))
        if value is None:
            return None
        values = list(value) if isinstance(value, (list, tuple)) else [value]
        return (ctypes.c_uint32 * len(values))(*values)

    def get_size(obj, address, qsize, qdata, io_size):
        arr = data(obj, address)
        if arr is None:
            return unknown
        io_size[0] = ctypes.sizeof(arr)
        return 0

    def get_data(obj, address, qsize, qdata, io_size, out):
        arr = data(obj, address)
        if arr is None:
            return unknown
        n = min(io_size[0], ctypes.sizeof(arr))
        ctypes.memmove(out, arr, n)
        io_size[0] = n
        return 0

    lib = types.SimpleNamespace(AudioObjectGetPropertyDataSize=size_t(get_size),
                                AudioObjectGetPropertyData=get_t(get_data))
    return lib


def test_ctypes_coreaudio_marshalling_with_fake_framework(monkeypatch):
    from companion.session.mic_in_use import CtypesCoreAudio

    props = {(SYS, PROCESS_LIST): [40, 41], (40, PID): 4242, (40, IS_RUNNING_INPUT): 0,
             (41, PID): 77, (41, IS_RUNNING_INPUT): 1,
             (SYS, DEFAULT_INPUT): 90, (90, IS_RUNNING_SOMEWHERE): 1}
    lib = _fake_coreaudio_lib(props)
    loaded = []
    monkeypatch.setattr(ctypes.cdll, "LoadLibrary", lambda path: loaded.append(path) or lib)
    ca = CtypesCoreAudio()
    assert loaded == ["/System/Library/Frameworks/CoreAudio.framework/CoreAudio"]
    assert ca.get_u32_list(SYS, PROCESS_LIST) == [40, 41]
    assert ca.get_u32(41, PID) == 77
    assert ca.get_u32(SYS, DEFAULT_INPUT) == 90
    assert ca.get_u32(99, PID) is None  # error status -> None
    assert ca.get_u32_list(99, PROCESS_LIST) is None
    assert MacCoreAudioDetector(ca, own_pid=4242).poll() is True
    props[(41, IS_RUNNING_INPUT)] = 0
    assert MacCoreAudioDetector(ca, own_pid=4242).poll() is False
    del props[(SYS, PROCESS_LIST)]  # macOS before 14.2: no process objects
    assert MacCoreAudioDetector(ca, own_pid=4242, own_input_active=lambda: False).poll() is True
    assert isinstance(detector_for_platform("darwin"), MacCoreAudioDetector)
