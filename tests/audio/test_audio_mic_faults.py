"""MicSource and device selection against a fake sounddevice module: every error path."""

from __future__ import annotations

import importlib.abc
import subprocess
import sys
import types
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from companion.audio import (
    AudioError,
    DeviceBusyError,
    DeviceLostError,
    DeviceNotFoundError,
    NoInputDeviceError,
    PortAudioMissingError,
)
from companion.audio.devices import (
    InputDevice,
    find_input_device,
    list_input_devices,
    refresh_devices,
)
from companion.audio.mic_source import MicSource


class FakePortAudioError(Exception):
    pass


class FakeFlags:
    def __init__(self, input_overflow: bool = False, other: bool = False) -> None:
        self.input_overflow = input_overflow
        self.other = other

    def __bool__(self) -> bool:
        return self.input_overflow or self.other


class FakeStream:
    def __init__(self, sd: FakeSD, **kw: Any) -> None:
        self.sd, self.kw = sd, kw
        self.started = self.closed = False
        if sd.open_error is not None:
            raise sd.open_error
        sd.streams.append(self)

    def start(self) -> None:
        if self.sd.start_error is not None:
            raise self.sd.start_error
        self.started = True

    def stop(self, ignore_errors: bool = True) -> None:
        self.started = False

    def close(self, ignore_errors: bool = True) -> None:
        self.closed = True
        self.kw["finished_callback"]()  # PortAudio calls it when a stream ends

    def feed(self, data: np.ndarray, status: FakeFlags | None = None) -> None:
        data = np.asarray(data, dtype=np.float32)
        if data.ndim == 1:
            data = data[:, None]
        self.kw["callback"](data, data.shape[0], None, status or FakeFlags())

    def die(self) -> None:
        self.kw["finished_callback"]()


def _dev(name: str, ins: int, rate: float = 48000.0, outs: int = 0) -> dict[str, Any]:
    return {"name": name, "max_input_channels": ins, "max_output_channels": outs,
            "default_samplerate": rate, "hostapi": 0}


class _Pair:
    """Like sounddevice's ``_InputOutputPair``: indexable, but not a list or tuple."""

    def __init__(self, inp: int, out: int) -> None:
        self._v = (inp, out)

    def __getitem__(self, i: int) -> int:
        return self._v[i]


class FakeSD(types.ModuleType):
    """Just enough of sounddevice's API for MicSource and devices.py."""

    PortAudioError = FakePortAudioError

    def __init__(self, devices: list[dict[str, Any]], default_input: int = -1,
                 rates: dict[int, set[int]] | None = None, mono_ok: bool = True) -> None:
        super().__init__("sounddevice")
        self.devices = [dict(d, index=i) for i, d in enumerate(devices)]
        self.default = types.SimpleNamespace(device=_Pair(default_input, -1))
        self.rates = rates or {}
        self.mono_ok = mono_ok
        self.open_error: Exception | None = None
        self.start_error: Exception | None = None
        self.streams: list[FakeStream] = []
        self.inits = self.terms = 0
        self.no_default_query = False

    def query_devices(self, device: Any = None, kind: str | None = None) -> Any:
        if kind == "input":
            idx = self.default.device[0]
            if idx < 0 or self.no_default_query:
                raise FakePortAudioError("Error querying device -1", -9996)
            return self.devices[idx]
        return list(self.devices)

    def query_hostapis(self) -> list[dict[str, Any]]:
        return [{"name": "FakeAPI"}]

    def check_input_settings(self, device: int, channels: int, dtype: str,
                             samplerate: float | None = None) -> None:
        if channels == 1 and not self.mono_ok:
            raise FakePortAudioError("Invalid number of channels", -9998)
        if samplerate is not None and int(samplerate) not in self.rates.get(device, set()):
            raise FakePortAudioError("Invalid sample rate", -9997)

    def InputStream(self, **kw: Any) -> FakeStream:
        return FakeStream(self, **kw)

    def _initialize(self) -> None:
        self.inits += 1

    def _terminate(self) -> None:
        self.terms += 1


class FakeClock:
    def __init__(self) -> None:
        self.t = 100.0

    def __call__(self) -> float:
        return self.t

    def sleep(self, dt: float) -> None:
        self.t += dt


@pytest.fixture
def fake_sd(monkeypatch: pytest.MonkeyPatch) -> FakeSD:
    sd = FakeSD(
        [_dev("Speakers", 0, outs=2), _dev("Built-in Microphone", 2, 48000),
         _dev("USB Headset Microphone", 1, 44100), _dev("Headset", 1, 16000)],
        default_input=1, rates={1: {48000}, 2: {44100}, 3: {16000, 48000}},
    )
    monkeypatch.setitem(sys.modules, "sounddevice", sd)
    return sd


def _mic(device: str | None = None, **kw: Any) -> tuple[MicSource, FakeClock]:
    clock = FakeClock()
    return MicSource(device, clock=clock, sleep=clock.sleep, **kw), clock


def _one_line(exc: pytest.ExceptionInfo[AudioError], *words: str) -> None:
    msg = str(exc.value)
    assert "\n" not in msg
    for w in words:
        assert w.lower() in msg.lower(), msg


# --- device listing and lookup -----------------------------------------------------------------

def test_list_input_devices(fake_sd: FakeSD) -> None:
    devs = list_input_devices()
    assert [d.name for d in devs] == ["Built-in Microphone", "USB Headset Microphone", "Headset"]
    assert devs[0] == InputDevice("Built-in Microphone", 1, 48000, 2, True, "FakeAPI")
    assert [d.is_default for d in devs] == [True, False, False]


def test_default_from_query_when_pair_unset(monkeypatch: pytest.MonkeyPatch) -> None:
    sd = FakeSD([_dev("A", 1), _dev("B", 1)], default_input=1)
    monkeypatch.setitem(sys.modules, "sounddevice", sd)
    sd.default.device = _Pair(-1, -1)
    assert [d.is_default for d in list_input_devices()] == [False, False]
    sd.default.device = _Pair(0, -1)
    assert [d.is_default for d in list_input_devices()] == [True, False]
    sd.no_default_query = True
    sd.default.device = _Pair(-1, -1)
    assert find_input_device(None, list_input_devices()).name == "A"


def test_list_with_refresh_reinitialises(fake_sd: FakeSD) -> None:
    list_input_devices(refresh=True)
    assert (fake_sd.terms, fake_sd.inits) == (1, 1)
    refresh_devices()
    assert (fake_sd.terms, fake_sd.inits) == (2, 2)


def test_lookup_rules(fake_sd: FakeSD) -> None:
    devs = list_input_devices()
    assert find_input_device(None, devs).name == "Built-in Microphone"
    assert find_input_device("default", devs).name == "Built-in Microphone"
    assert find_input_device("HEADSET", devs).name == "Headset"  # exact beats substring
    assert find_input_device("usb", devs).name == "USB Headset Microphone"
    assert find_input_device("microphone", devs).name == "Built-in Microphone"  # first match
    assert find_input_device("3", devs).name == "Headset"  # PortAudio index
    no_default = [InputDevice(d.name, d.index, d.default_rate_hz, d.channels, False)
                  for d in devs]
    assert find_input_device(None, no_default).name == "Built-in Microphone"


def test_lookup_not_found_lists_devices(fake_sd: FakeSD) -> None:
    with pytest.raises(DeviceNotFoundError) as info:
        find_input_device("Jabra", list_input_devices())
    _one_line(info, "'Jabra'", "not found", "'Headset'", "Settings")


def test_no_input_devices(monkeypatch: pytest.MonkeyPatch) -> None:
    sd = FakeSD([_dev("Speakers", 0, outs=2)])
    monkeypatch.setitem(sys.modules, "sounddevice", sd)
    assert list_input_devices() == []
    with pytest.raises(NoInputDeviceError) as info:
        MicSource().start()
    _one_line(info, "no microphone", "plug in a headset")


def test_query_error_means_no_devices(monkeypatch: pytest.MonkeyPatch) -> None:
    sd = FakeSD([])

    def broken(*a: Any, **k: Any) -> Any:
        raise FakePortAudioError("Error querying device -1", -9999)

    sd.query_devices = broken  # type: ignore[method-assign]
    monkeypatch.setitem(sys.modules, "sounddevice", sd)
    assert list_input_devices() == []


# --- PortAudio missing ---------------------------------------------------------------------------

class _RaisingFinder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    def find_spec(self, name: str, path: Any, target: Any = None) -> Any:
        if name == "sounddevice":
            return importlib.util.spec_from_loader(name, self)
        return None

    def create_module(self, spec: Any) -> None:
        return None

    def exec_module(self, module: Any) -> None:
        raise OSError("PortAudio library not found")


def test_portaudio_library_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sys.modules, "sounddevice", raising=False)
    monkeypatch.setattr(sys, "meta_path", [_RaisingFinder(), *sys.meta_path])
    with pytest.raises(PortAudioMissingError) as info:
        list_input_devices()
    _one_line(info, "PortAudio", "libportaudio2")
    with pytest.raises(PortAudioMissingError):
        MicSource("x").start()


def test_sounddevice_package_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "sounddevice", None)
    with pytest.raises(PortAudioMissingError) as info:
        list_input_devices()
    _one_line(info, "sounddevice")


def test_import_companion_audio_needs_no_portaudio(tmp_path: Path) -> None:
    code = ("import sys; sys.modules['sounddevice'] = None\n"
            "import companion.audio as a\n"
            "from companion.audio import mic_source, devices\n"
            "assert a.SAMPLE_RATE_HZ == 16000\n"
            "print('ok')")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=60)
    assert out.returncode == 0 and out.stdout.strip() == "ok", out.stderr


# --- opening -----------------------------------------------------------------------------------

def test_opens_default_device_at_16k_when_supported(fake_sd: FakeSD) -> None:
    mic, _ = _mic("headset")
    mic.start()
    st = fake_sd.streams[-1]
    assert mic.device_name == "Headset" and mic.device_rate_hz == 16000
    assert st.kw["samplerate"] == 16000 and st.kw["channels"] == 1 and st.kw["device"] == 3
    assert st.kw["dtype"] == "float32" and st.kw["blocksize"] == 4000 and st.started
    x = np.linspace(-0.5, 0.5, 1600)
    st.feed(x)
    np.testing.assert_allclose(mic.read(), x, atol=1e-7)
    mic.stop()
    assert st.closed and not mic.running


def test_falls_back_to_default_rate_and_resamples(fake_sd: FakeSD) -> None:
    mic, _ = _mic()  # Built-in Microphone: only 48 kHz
    mic.start()
    st = fake_sd.streams[-1]
    assert mic.device_rate_hz == 48000 and st.kw["samplerate"] == 48000
    t = np.arange(48000) / 48000
    tone = 0.5 * np.sin(2 * np.pi * 300 * t)
    out = []
    for i in range(0, 48000, 4800):
        st.feed(tone[i : i + 4800])
        out.append(mic.read())
    y = np.concatenate(out)
    assert 15900 <= y.shape[0] <= 16000
    tt = np.arange(y.shape[0]) / 16000
    np.testing.assert_allclose(y[100:-100], 0.5 * np.sin(2 * np.pi * 300 * tt)[100:-100],
                               atol=2e-3)
    mic.stop()


def test_stereo_only_device_uses_first_channel(monkeypatch: pytest.MonkeyPatch) -> None:
    sd = FakeSD([_dev("Interface", 2, 16000)], default_input=0, rates={0: {16000}},
                mono_ok=False)
    monkeypatch.setitem(sys.modules, "sounddevice", sd)
    mic, _ = _mic()
    mic.start()
    st = sd.streams[-1]
    assert st.kw["channels"] == 2
    st.feed(np.stack([np.full(800, 0.25), np.full(800, -0.75)], axis=1))
    np.testing.assert_allclose(mic.read(), np.full(800, 0.25))
    mic.stop()


def test_open_errors_map_to_user_errors(fake_sd: FakeSD) -> None:
    fake_sd.open_error = FakePortAudioError("Device unavailable", -9985)
    with pytest.raises(DeviceBusyError) as info:
        MicSource("usb").start()
    _one_line(info, "'USB Headset Microphone'", "busy", "close other apps")
    fake_sd.open_error = FakePortAudioError("Invalid device", -9996)
    with pytest.raises(DeviceNotFoundError) as info2:
        MicSource("usb").start()
    _one_line(info2, "'USB Headset Microphone'", "no longer available")
    fake_sd.open_error = FakePortAudioError("Unanticipated host error", -9999,
                                           (0, -16, "Device or resource busy"))
    with pytest.raises(DeviceBusyError) as info3:
        MicSource("usb").start()
    _one_line(info3, "could not be opened")
    fake_sd.open_error = ValueError("No input device matching 'x'")
    with pytest.raises(DeviceBusyError):
        MicSource("usb").start()
    fake_sd.open_error = None
    fake_sd.start_error = FakePortAudioError("Device unavailable", -9985)
    mic = MicSource("usb")
    with pytest.raises(DeviceBusyError):
        mic.start()
    assert fake_sd.streams[-1].closed and not mic.running


def test_unknown_name_is_device_not_found(fake_sd: FakeSD) -> None:
    with pytest.raises(DeviceNotFoundError):
        MicSource("Jabra Evolve").start()


# --- running -----------------------------------------------------------------------------------

def test_read_waits_and_returns_empty_when_nothing(fake_sd: FakeSD) -> None:
    mic, clock = _mic("headset")
    mic.start()
    t0 = clock()
    out = mic.read(0.3)
    assert out.shape == (0,) and out.dtype == np.float32
    assert clock() - t0 == pytest.approx(0.3, abs=0.01)
    mic.stop()


def test_read_before_start_is_a_bug(fake_sd: FakeSD) -> None:
    with pytest.raises(RuntimeError):
        MicSource().read()


def test_status_flags_and_ring_overflows_are_counted(fake_sd: FakeSD) -> None:
    mic, _ = _mic("headset", ring_s=0.5)  # 8192 samples
    mic.start()
    st = fake_sd.streams[-1]
    st.feed(np.zeros(160), FakeFlags(input_overflow=True))
    st.feed(np.zeros(160), FakeFlags(other=True))
    assert mic.status_errors == 2 and mic.overflows == 1
    for _ in range(10):  # 16000 samples without reading: the ring overflows
        st.feed(np.zeros(1600))
    assert mic.overflows > 1
    assert mic.read().shape[0] == 8192
    mic.stop()


def test_device_unplugged_raises_lost_after_draining(fake_sd: FakeSD) -> None:
    mic, _ = _mic("headset")
    mic.start()
    st = fake_sd.streams[-1]
    st.feed(np.full(320, 0.1))
    st.die()  # PortAudio ended the stream on its own
    assert mic.read().shape == (320,)  # what arrived before is still delivered
    with pytest.raises(DeviceLostError) as info:
        mic.read()
    _one_line(info, "'Headset'", "stopped", "plug in a headset")
    mic.stop()


def test_stop_is_not_a_loss(fake_sd: FakeSD) -> None:
    mic, _ = _mic("headset")
    with mic:
        assert mic.running
    assert not mic.running and fake_sd.streams[-1].closed
    mic.stop()  # twice is fine


def test_stale_stream_watchdog(fake_sd: FakeSD) -> None:
    mic, clock = _mic("headset", stale_timeout_s=2.0)
    mic.start()
    st = fake_sd.streams[-1]
    st.feed(np.zeros(1600))
    assert mic.read().shape == (1600,)
    clock.t += 1.5
    assert mic.read(0.1).shape == (0,)  # quiet for 1.6 s: still fine
    st.feed(np.zeros(1600))
    assert mic.read().shape == (1600,)  # progress resets the watchdog
    with pytest.raises(DeviceLostError) as info:
        mic.read(3.0)
    _one_line(info, "'Headset'", "sent no audio")
    mic.stop()


def test_stream_that_never_starts(fake_sd: FakeSD) -> None:
    mic, _ = _mic("headset", stale_timeout_s=1.0, start_timeout_s=4.0)
    mic.start()
    assert mic.read(3.5).shape == (0,)  # within the start grace period
    with pytest.raises(DeviceLostError) as info:
        mic.read(1.0)
    _one_line(info, "delivered no audio after starting")
    mic.stop()
