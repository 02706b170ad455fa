"""A private Linux accessibility session for tests: Xvfb, a D-Bus session bus and the AT-SPI
bus, as a desktop with Orca has them; plus line-based helper processes.

Everything is started by this process and stopped by PID (never by name). Waits are on
conditions (a socket appears, a bus answers, a line arrives) with deadlines.
"""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import time
from collections.abc import Sequence
from pathlib import Path

from helpers.waiting import WaitTimeoutError, wait_for

AT_SPI_LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")
SYSTEM_PYTHON = Path("/usr/bin/python3")


def missing_tools() -> str | None:
    """What is missing for an accessibility session here (None when all is there)."""
    for tool in ("Xvfb", "dbus-daemon", "dbus-send"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (bash scripts/setup --dev)"
    if not AT_SPI_LAUNCHER.exists():
        return "at-spi2-core is not installed (bash scripts/setup --dev)"
    probe = subprocess.run([str(SYSTEM_PYTHON), "-c", "import pyatspi"], capture_output=True,
                           check=False) if SYSTEM_PYTHON.exists() else None
    if probe is None or probe.returncode != 0:
        return "python3-pyatspi is not installed (bash scripts/setup --dev)"
    return None


class LineProcess:
    """A child process spoken to one line at a time."""

    def __init__(self, args: Sequence[str], env: dict[str, str], cwd: Path | None = None) -> None:
        self.args = list(args)
        self.proc = subprocess.Popen(self.args, env=env, cwd=cwd, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                     bufsize=1)

    def read_line(self, timeout_s: float = 30.0) -> str:
        """The next line of output (AssertionError with its stderr on timeout or exit)."""
        assert self.proc.stdout is not None
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            ready, _, _ = select.select([self.proc.stdout], [], [], 0.2)
            if ready:
                line = self.proc.stdout.readline()
                if line:
                    return line.rstrip("\n")
            if self.proc.poll() is not None:
                break
        raise AssertionError(f"{self.args[-1]}: no answer; stderr:\n{self.stderr_tail()}")

    def ask(self, command: str, timeout_s: float = 30.0) -> str:
        """Send ``command`` and return its one-line answer."""
        assert self.proc.stdin is not None
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()
        return self.read_line(timeout_s)

    def stderr_tail(self) -> str:
        if self.proc.poll() is None:
            return "(still running)"
        assert self.proc.stderr is not None
        return self.proc.stderr.read()[-3000:]

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)


class AccessibilitySession:
    """``with AccessibilitySession() as s: s.env`` has DISPLAY, the session bus and Qt's
    "accessibility always on"; :meth:`spawn` starts helpers inside it."""

    def __init__(self) -> None:
        self.env: dict[str, str] = {}
        self._procs: list[subprocess.Popen] = []
        self.helpers: list[LineProcess] = []

    def __enter__(self) -> AccessibilitySession:
        try:
            display = self._start_xvfb()
            address = self._start_session_bus()
            self.env = dict(os.environ, DISPLAY=display, DBUS_SESSION_BUS_ADDRESS=address,
                            QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
                            QT_ACCESSIBILITY="1", NO_AT_BRIDGE="0")
            self.env.pop("AT_SPI_BUS_ADDRESS", None)
            self._procs.append(subprocess.Popen(
                [str(AT_SPI_LAUNCHER), "--launch-immediately"], env=self.env,
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
            self._wait_for_a11y_bus()
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def _start_xvfb(self) -> str:
        for number in range(180, 240):
            if not Path(f"/tmp/.X11-unix/X{number}").exists() \
                    and not Path(f"/tmp/.X{number}-lock").exists():
                break
        proc = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", "1280x800x24",
                                 "-nolisten", "tcp"], stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        self._procs.append(proc)
        socket = Path(f"/tmp/.X11-unix/X{number}")
        try:
            wait_for(lambda: socket.exists() or proc.poll() is not None, timeout_s=15,
                     what=f"Xvfb on :{number}")
        except WaitTimeoutError:
            raise RuntimeError("Xvfb did not start") from None
        if not socket.exists():
            raise RuntimeError(f"Xvfb exited with {proc.returncode}")
        return f":{number}"

    def _start_session_bus(self) -> str:
        proc = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--nopidfile",
                                 "--print-address=1"], stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, text=True)
        self._procs.append(proc)
        assert proc.stdout is not None
        ready, _, _ = select.select([proc.stdout], [], [], 15)
        address = proc.stdout.readline().strip() if ready else ""
        if not address:
            raise RuntimeError("dbus-daemon did not start")
        return address

    def _wait_for_a11y_bus(self) -> None:
        def answers() -> bool:
            probe = subprocess.run(
                ["dbus-send", "--session", "--dest=org.a11y.Bus", "--print-reply",
                 "/org/a11y/bus", "org.a11y.Bus.GetAddress"], env=self.env,
                capture_output=True, text=True, check=False, timeout=10)
            return probe.returncode == 0 and "unix:" in probe.stdout

        try:
            wait_for(answers, timeout_s=15, what="the AT-SPI bus", interval_s=0.1)
        except WaitTimeoutError:
            raise RuntimeError("the AT-SPI bus did not start") from None

    def spawn(self, args: Sequence[str], cwd: Path | None = None) -> LineProcess:
        """Start a helper that speaks lines (stopped when the session ends)."""
        helper = LineProcess(args, self.env, cwd)
        self.helpers.append(helper)
        return helper

    def __exit__(self, *exc: object) -> None:
        for helper in reversed(self.helpers):
            helper.stop()
        for proc in reversed(self._procs):
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(5)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait(5)
