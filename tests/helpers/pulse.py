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

What it sets up (the usual PulseAudio virtual-microphone recipe, made private):

* its **own** PulseAudio daemon in a temporary runtime directory (``PULSE_RUNTIME_PATH``,
  ``PULSE_STATE_PATH``, ``PULSE_COOKIE``), reached through ``PULSE_SERVER``. A private server
  never touches a developer's real sound setup (no default source changed behind their back)
  and two test runs on one machine cannot kill each other's server; a user daemon that
  already runs is simply left alone. The daemon runs with ``--daemonize=no`` under
  :class:`subprocess.Popen`, so the PID we stop at the end is the daemon's own
  (``pulseaudio -D`` forks, and the PID of the command we ran is not the daemon);
* ``module-null-sink`` (the speaker we play into) and ``module-remap-source`` of its monitor
  (the virtual microphone), made the server's default source;
* a keep-alive ``pacat`` playing digital silence into the sink, so the virtual microphone
  delivers samples continuously like a real one (an idle null sink's monitor sends nothing,
  which a stale-data watchdog would rightly call a lost device).

PortAudio and new devices: PortAudio enumerates devices once, when it is initialised (when
``sounddevice`` is imported), and its ALSA ``pulse``/``default`` devices exist only while a
PulseAudio server answers. So the helper sets ``PULSE_SERVER`` in this process (libpulse,
inside ALSA's pulse plugin, reads it whenever it connects) and then re-initialises PortAudio.
The reliable way is sounddevice's own ``_terminate()`` followed by ``_initialize()`` (which
keeps sounddevice's reference count balanced); :func:`companion.audio.devices.refresh_devices`
does exactly that. The helper calls it after setup and again after teardown (with the
environment restored), so no stream may be open at either point.

Cleanup stops the processes it started (``paplay``, ``pacat``, the daemon) by PID, restores
the environment and deletes the temporary directory.
"""

from __future__ import annotations

import contextlib
import ctypes.util
import os
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from helpers.waiting import WaitTimeoutError, wait_for


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


def _run_pactl(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["pactl", *args], capture_output=True, text=True, timeout=10,
                          env=env, check=False)


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

    ``sink`` is the PulseAudio sink to play into, ``source`` the virtual microphone (the
    server's default source), ``device`` the PortAudio input device name to open
    (``"pulse"``), ``env`` the environment for PulseAudio client tools (``PULSE_SERVER``...).
    """

    sink: str
    source: str
    env: dict[str, str]
    device: str = "pulse"
    _players: list[subprocess.Popen[bytes]] = field(default_factory=list)
    _daemon: subprocess.Popen[bytes] | None = None

    def play(self, wav_path: str | os.PathLike[str]) -> subprocess.Popen[bytes]:
        """Start playing ``wav_path`` into the virtual sink; returns the ``paplay`` process."""
        proc = subprocess.Popen(["paplay", f"--device={self.sink}", str(Path(wav_path))],
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=self.env)
        self._players.append(proc)
        return proc

    def kill_server(self) -> None:
        """Stop the private PulseAudio daemon now (simulates a dying audio device)."""
        _stop(self._daemon)


def _wait_for_server(proc: subprocess.Popen[bytes], env: dict[str, str], log: Path,
                     timeout_s: float) -> None:
    def answers() -> bool:
        if proc.poll() is not None:
            err = log.read_text(errors="replace").strip()
            raise RuntimeError(f"pulseaudio exited with {proc.returncode}: {err}")
        return _run_pactl(env, "info").returncode == 0

    try:
        wait_for(answers, timeout_s=timeout_s, what="pulseaudio answering", interval_s=0.1)
    except WaitTimeoutError as exc:
        raise RuntimeError(str(exc)) from None


def _checked(result: subprocess.CompletedProcess[str]) -> str:
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(map(str, result.args))} failed: {result.stderr.strip()}")
    return result.stdout.strip()


@contextlib.contextmanager
def virtual_mic(*, startup_timeout_s: float = 15.0) -> Iterator[VirtualMic]:
    """Run a private PulseAudio server whose default source is a virtual microphone.

    Calls :func:`pytest.skip` with the exact reason when PulseAudio or PortAudio is missing.
    """
    reason = _missing_reason()
    if reason:
        pytest.skip(reason)
    keys = ("PULSE_SERVER", "PULSE_RUNTIME_PATH", "PULSE_STATE_PATH", "PULSE_COOKIE")
    saved = {k: os.environ.get(k) for k in keys}
    daemon: subprocess.Popen[bytes] | None = None
    keepalive: subprocess.Popen[bytes] | None = None
    vm: VirtualMic | None = None
    with tempfile.TemporaryDirectory(prefix="companion-pulse-") as tmp:
        root = Path(tmp)
        (root / "run").mkdir()
        (root / "state").mkdir()
        pulse_env = {
            "PULSE_RUNTIME_PATH": str(root / "run"),
            "PULSE_STATE_PATH": str(root / "state"),
            "PULSE_COOKIE": str(root / "cookie"),
            "PULSE_SERVER": f"unix:{root / 'run' / 'native'}",
        }
        env = {**os.environ, **pulse_env}
        log = root / "pulseaudio.log"
        try:
            with log.open("wb") as log_file:
                daemon = subprocess.Popen(
                    ["pulseaudio", "--daemonize=no", "--exit-idle-time=-1", "--system=false",
                     "--log-target=stderr", "--log-level=error"],
                    stdout=subprocess.DEVNULL, stderr=log_file, env=env,
                    start_new_session=True)
            _wait_for_server(daemon, env, log, startup_timeout_s)
            tag = f"companion_{uuid.uuid4().hex[:8]}"
            vm = VirtualMic(sink=f"{tag}_sink", source=f"{tag}_mic", env=env, _daemon=daemon)
            _checked(_run_pactl(env, "load-module", "module-null-sink", f"sink_name={vm.sink}",
                                f"sink_properties=device.description={vm.sink}"))
            _checked(_run_pactl(env, "load-module", "module-remap-source",
                                f"master={vm.sink}.monitor", f"source_name={vm.source}"))
            _checked(_run_pactl(env, "set-default-source", vm.source))
            keepalive = subprocess.Popen(
                ["pacat", "--playback", "--raw", "--format=s16le", "--rate=16000",
                 "--channels=1", f"--device={vm.sink}", "/dev/zero"],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
            os.environ.update(pulse_env)  # for libpulse inside PortAudio's ALSA pulse plugin
            _refresh_portaudio()
            yield vm
        finally:
            for proc in vm._players if vm else []:
                _stop(proc)
            _stop(keepalive)
            _stop(daemon)
            for k, v in saved.items():
                if v is None:
                    os.environ.pop(k, None)
                else:
                    os.environ[k] = v
            with contextlib.suppress(Exception):
                _refresh_portaudio()
