"""A PulseAudio virtual microphone for tests that need real audio through PortAudio.

Usage (in a test or a fixture)::

    from helpers.pulse import virtual_mic

    def test_something(tmp_path):
        with virtual_mic() as vm:          # skips the test if PulseAudio/PortAudio is missing
            mic = MicSource(vm.device)      # "pulse": PortAudio's ALSA device for PulseAudio
            mic.start()
            vm.play(wav_path)               # non-blocking paplay into the virtual sink
            ...
            mic.stop()                      # close streams before leaving the block

What it sets up (see /work/shared/NOTES.md):

* a user PulseAudio daemon, unless one already answers ``pactl info``. It runs with
  ``--daemonize=no`` under :class:`subprocess.Popen`, so the PID we kill at the end is the
  daemon's own (``pulseaudio -D`` forks and the PID of the command we ran is not the daemon);
* ``module-null-sink`` (the speaker we play into) and ``module-remap-source`` of its monitor
  (the virtual microphone), with names unique to this process, made the default source;
* a keep-alive ``pacat`` playing digital silence into the sink, so the virtual microphone
  delivers samples continuously like a real one (an idle null sink's monitor sends nothing,
  which a stale-data watchdog would rightly call a lost device).

PortAudio and new devices: PortAudio enumerates devices once, when it is initialised (when
``sounddevice`` is imported). If PulseAudio starts later, PortAudio's ALSA ``pulse``/``default``
devices are missing until PortAudio is re-initialised. The reliable way is sounddevice's own
``_terminate()`` followed by ``_initialize()`` (which keeps sounddevice's reference count
balanced); :func:`companion.audio.devices.refresh_devices` does exactly that. This helper calls
it after setup and again after teardown, so no stream may be open at either point.

Cleanup unloads the modules it loaded, restores the previous default source, and stops the
processes it started (``paplay``, ``pacat``, the daemon) by PID.
"""

from __future__ import annotations

import contextlib
import ctypes.util
import os
import shutil
import subprocess
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest


def _missing_reason() -> str | None:
    for tool, pkg in (("pulseaudio", "pulseaudio"), ("pactl", "pulseaudio-utils"),
                      ("paplay", "pulseaudio-utils"), ("pacat", "pulseaudio-utils")):
        if shutil.which(tool) is None:
            return f"{tool} not found (apt install {pkg})"
    if ctypes.util.find_library("portaudio") is None:
        return "PortAudio library not found (apt install libportaudio2)"
    try:
        import sounddevice  # noqa: F401
    except OSError as exc:
        return f"sounddevice cannot load PortAudio: {exc}"
    return None


def _pactl(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["pactl", *args], capture_output=True, text=True, timeout=10,
                          check=check)


def _server_up() -> bool:
    try:
        return _pactl("info", check=False).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


def _stop(proc: subprocess.Popen[bytes] | None, timeout_s: float = 5.0) -> None:
    if proc is None or proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(timeout_s)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout_s)


def _refresh_portaudio() -> None:
    from companion.audio.devices import refresh_devices

    refresh_devices()


@dataclass
class VirtualMic:
    """The running virtual microphone.

    ``sink`` is the PulseAudio sink to play into, ``source`` the virtual microphone (also the
    default source), ``device`` the PortAudio input device name to open (``"pulse"``),
    ``started_daemon`` whether this helper started the PulseAudio daemon.
    """

    sink: str
    source: str
    device: str = "pulse"
    started_daemon: bool = False
    _players: list[subprocess.Popen[bytes]] = field(default_factory=list)
    _daemon: subprocess.Popen[bytes] | None = None

    def play(self, wav_path: str | os.PathLike[str]) -> subprocess.Popen[bytes]:
        """Start playing ``wav_path`` into the virtual sink; returns the ``paplay`` process."""
        proc = subprocess.Popen(["paplay", f"--device={self.sink}", str(Path(wav_path))],
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        self._players.append(proc)
        return proc

    def kill_server(self) -> None:
        """Stop the PulseAudio daemon this helper started (simulates a dying audio device).

        Calls :func:`pytest.skip` when the daemon was already running before the helper: we
        never stop a sound server we did not start.
        """
        if self._daemon is None:
            pytest.skip("PulseAudio was already running; not stopping a server we did not start")
        _stop(self._daemon)


def _wait_for_server(proc: subprocess.Popen[bytes], timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
            raise RuntimeError(f"pulseaudio exited with {proc.returncode}: {err.strip()}")
        if _server_up():
            return
        time.sleep(0.1)
    raise RuntimeError(f"pulseaudio did not answer within {timeout_s} s")


@contextlib.contextmanager
def virtual_mic(*, startup_timeout_s: float = 10.0) -> Iterator[VirtualMic]:
    """Set up a PulseAudio null sink + remapped monitor as the default microphone.

    Calls :func:`pytest.skip` with the exact reason when PulseAudio or PortAudio is missing.
    """
    reason = _missing_reason()
    if reason:
        pytest.skip(reason)
    daemon: subprocess.Popen[bytes] | None = None
    keepalive: subprocess.Popen[bytes] | None = None
    modules: list[str] = []
    previous_source = ""
    tag = f"companion_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    vm = VirtualMic(sink=f"{tag}_sink", source=f"{tag}_mic")
    try:
        if not _server_up():
            daemon = subprocess.Popen(
                ["pulseaudio", "--daemonize=no", "--exit-idle-time=-1", "--system=false",
                 "--log-target=stderr", "--log-level=error"],
                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
            _wait_for_server(daemon, startup_timeout_s)
            vm.started_daemon, vm._daemon = True, daemon
        previous_source = _pactl("get-default-source", check=False).stdout.strip()
        modules.append(_pactl("load-module", "module-null-sink", f"sink_name={vm.sink}",
                              f"sink_properties=device.description={vm.sink}").stdout.strip())
        modules.append(_pactl("load-module", "module-remap-source",
                              f"master={vm.sink}.monitor",
                              f"source_name={vm.source}").stdout.strip())
        _pactl("set-default-source", vm.source)
        keepalive = subprocess.Popen(
            ["pacat", "--playback", "--raw", "--format=s16le", "--rate=16000", "--channels=1",
             f"--device={vm.sink}", "/dev/zero"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _refresh_portaudio()
        yield vm
    finally:
        for proc in vm._players:
            _stop(proc)
        _stop(keepalive)
        if _server_up():
            if previous_source and previous_source != vm.source:
                _pactl("set-default-source", previous_source, check=False)
            for index in reversed(modules):
                if index.isdigit():
                    _pactl("unload-module", index, check=False)
        _stop(daemon)
        if daemon is not None or modules:
            with contextlib.suppress(Exception):
                _refresh_portaudio()
