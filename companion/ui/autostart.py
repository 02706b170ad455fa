"""'Start with the system': the per-user autostart entry on Windows, macOS and Linux.

Runs on the GUI thread when the agent saves Settings (no Qt used). Per-user only, never
machine-wide (IT installs machine-wide autostart with the MSI/pkg):

* Windows: value ``Companion`` under ``HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run``;
* macOS: ``~/Library/LaunchAgents/org.companion.app.plist`` (``RunAtLoad``);
* Linux and other XDG desktops: ``$XDG_CONFIG_HOME/autostart/companion.desktop``.

The entry starts ``companion --autostart``: the app then exits at once when the effective
``autostart`` setting is off (a stale entry, or IT turned it off), and never pops a window
when it is already running.

Agreement with the installer's machine-wide entry (MSI ``AUTOSTART=1``, the pkg's choice):
that entry is read as IT policy (:mod:`companion.machine_autostart`), which locks the
"Start with the system" box ticked. :func:`sync_autostart` (at start-up and when settings are
saved) then keeps the per-user entry only when it is wanted *and* no machine-wide entry
already starts Companion, and rewrites it when it points at an old install.

Everything touching the system is injected (home folder, environment, registry module), so
tests run on any OS. Failures raise :class:`AutostartError` with one line naming the place.
"""

from __future__ import annotations

import contextlib
import os
import plistlib
import shlex
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from companion import APP_NAME
from companion.errors import CompanionError
from companion.fileio import FileReadError, FileWriteError, atomic_write, read_small_file

RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
LAUNCH_AGENT_LABEL = "org.companion.app"


class AutostartError(CompanionError):
    """The autostart entry could not be written or removed."""


#: Option the sign-in entries pass (see :class:`companion.app.AppOptions`).
AUTOSTART_OPTION = "--autostart"


def launch_command(executable: str | None = None, frozen: bool | None = None) -> list[str]:
    """How a sign-in entry starts the app: the frozen executable, or ``python -m companion``,
    with ``--autostart``."""
    executable = executable or sys.executable
    frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
    base = [executable] if frozen else [executable, "-m", "companion"]
    return [*base, AUTOSTART_OPTION]


class Autostart:
    """The agent's autostart entry on ``platform``.

    Parameters
    ----------
    platform
        ``sys.platform`` value.
    home
        The user's home folder (macOS LaunchAgents, XDG default).
    env
        Environment (``XDG_CONFIG_HOME``).
    winreg
        The ``winreg`` module or a fake with the same functions (Windows only).
    command
        The command line to register (default :func:`launch_command`).
    """

    def __init__(self, *, platform: str = sys.platform, home: Path | None = None,
                 env: Mapping[str, str] | None = None, winreg: Any = None,
                 command: list[str] | None = None) -> None:
        self.platform = platform
        self.home = home or Path.home()
        self.env = os.environ if env is None else env
        self._winreg = winreg
        self.command = command or launch_command()

    # ---- where -------------------------------------------------------------------------------
    @property
    def location(self) -> str:
        """Human-readable place of the entry (for messages and docs)."""
        if self.platform == "win32":
            return f"HKCU\\{RUN_KEY}\\{APP_NAME}"
        return str(self._file())

    def _file(self) -> Path:
        if self.platform == "darwin":
            return self.home / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT_LABEL}.plist"
        config = self.env.get("XDG_CONFIG_HOME") or str(self.home / ".config")
        return Path(config) / "autostart" / "companion.desktop"

    def _reg(self) -> Any:
        if self._winreg is None:
            import winreg  # Windows only

            self._winreg = winreg
        return self._winreg

    # ---- state -------------------------------------------------------------------------------
    def is_enabled(self) -> bool:
        """True when the entry exists."""
        return self._current() is not None

    def _current(self) -> bytes | None:
        """The entry as written (the Run value's text, or the file's bytes), None if absent."""
        if self.platform == "win32":
            reg = self._reg()
            try:
                with reg.OpenKey(reg.HKEY_CURRENT_USER, RUN_KEY) as key:
                    value, _ = reg.QueryValueEx(key, APP_NAME)
                return str(value).encode()
            except OSError:
                return None
        try:  # regular files only: a FIFO here would block start-up
            return read_small_file(self._file(), max_bytes=64 * 1024, what="autostart entry")
        except FileReadError:
            return None

    def _wanted(self) -> bytes:
        if self.platform == "win32":
            return self._run_value().encode()
        return self._content()

    def reconcile(self, want: bool) -> bool:
        """Make the entry exist (with this install's command) iff ``want``; True if changed."""
        current = self._current()
        if (current is not None) == want and (not want or current == self._wanted()):
            return False
        self.set_enabled(want)
        return True

    def set_enabled(self, on: bool) -> None:
        """Create or remove the entry (idempotent)."""
        try:
            if self.platform == "win32":
                self._set_windows(on)
            elif on:
                path = self._file()
                path.parent.mkdir(parents=True, exist_ok=True)
                atomic_write(path, self._content(), what="autostart entry")
            else:
                self._file().unlink(missing_ok=True)
        except FileWriteError as exc:
            raise AutostartError(
                f"cannot create the autostart entry {self.location}: {exc.reason}",
                "check the folder's permissions") from None
        except OSError as exc:
            raise AutostartError(
                f"cannot {'create' if on else 'remove'} the autostart entry {self.location}: "
                f"{exc.strerror or exc}", "check the folder's permissions") from None

    def _set_windows(self, on: bool) -> None:
        reg = self._reg()
        with reg.CreateKey(reg.HKEY_CURRENT_USER, RUN_KEY) as key:
            if on:
                reg.SetValueEx(key, APP_NAME, 0, reg.REG_SZ, self._run_value())
            else:
                with contextlib.suppress(FileNotFoundError):
                    reg.DeleteValue(key, APP_NAME)

    def _run_value(self) -> str:
        return " ".join(f'"{part}"' if " " in part else part for part in self.command)

    def _content(self) -> bytes:
        if self.platform == "darwin":
            return plistlib.dumps({
                "Label": LAUNCH_AGENT_LABEL, "ProgramArguments": list(self.command),
                "RunAtLoad": True, "ProcessType": "Interactive",
            })
        exec_line = " ".join(shlex.quote(part) for part in self.command)
        return (
            "[Desktop Entry]\n"
            "Type=Application\n"
            f"Name={APP_NAME}\n"
            "Comment=Wellbeing companion for contact-center agents\n"
            f"Exec={exec_line}\n"
            "Terminal=false\n"
            "X-GNOME-Autostart-enabled=true\n"
        ).encode()


def sync_autostart(want: bool, *, autostart: Autostart | None = None,
                   machine_entry: str | None | bool = False) -> str | None:
    """Bring the agent's entry in line with the effective ``autostart`` setting.

    The per-user entry is kept only when ``want`` and no machine-wide entry (the installer's,
    found by :func:`companion.machine_autostart.machine_autostart_entry` unless
    ``machine_entry`` is given) already starts Companion. Returns None, or one line saying
    why the entry could not be changed (shown to the agent; nothing raised).
    """
    auto = autostart or Autostart()
    if machine_entry is False:
        from companion.machine_autostart import machine_autostart_entry

        machine_entry = machine_autostart_entry(auto.platform, winreg=(
            auto._reg() if auto.platform == "win32" else None))
    try:
        auto.reconcile(want and not machine_entry)
    except CompanionError as exc:
        return exc.one_line()
    return None
