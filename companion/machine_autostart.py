"""The installer's machine-wide autostart entry, read as a policy source.

IT can start Companion for every user at sign-in: the MSI's ``AUTOSTART=1`` writes
``HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run\\Companion``, the pkg's autostart
choice installs ``/Library/LaunchAgents/org.companion.app.autostart.plist``, and on Linux a
``companion.desktop`` in ``/etc/xdg/autostart`` (``$XDG_CONFIG_DIRS``) does the same. The
agent's own "Start with the system" box cannot switch such an entry off, so to keep the box
truthful the entry counts as IT policy: :class:`MachineAutostartReader` (label
``machine-autostart``, the lowest-precedence source) sets ``autostart = true``, which locks
the box ("set by your organisation"). A policy that sets ``autostart = false`` (Group Policy,
a profile, ``policy.toml``) wins over it; the app, started by the entry with ``--autostart``,
then exits at once. See ``docs/deploy.md`` ("Autostart").

Pure standard library, no Qt; ``winreg`` injected (tests). Called wherever policy is read.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from companion import APP_NAME
from companion.policy import PolicyRead

#: Registry key (under HKLM, 64-bit view) of the machine-wide Run entry.
MACHINE_RUN_KEY = r"SOFTWARE\Microsoft\Windows\CurrentVersion\Run"
#: The pkg's machine-wide LaunchAgent.
MACHINE_LAUNCH_AGENT = Path("/Library/LaunchAgents/org.companion.app.autostart.plist")
#: File name of the XDG autostart entry (the same name per user and machine-wide).
DESKTOP_FILE = "companion.desktop"
#: Label of the policy source (``policy:machine-autostart``).
LABEL = "machine-autostart"


def _windows_entry(winreg: Any) -> str | None:
    access = (getattr(winreg, "KEY_READ", 0x20019) | getattr(winreg, "KEY_WOW64_64KEY", 0x0100))
    try:
        handle = winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, MACHINE_RUN_KEY, 0, access)
    except OSError:
        return None
    try:
        winreg.QueryValueEx(handle, APP_NAME)
    except OSError:
        return None
    finally:
        winreg.CloseKey(handle)
    return f"HKLM\\{MACHINE_RUN_KEY}\\{APP_NAME}"


def machine_autostart_entry(platform: str, *, winreg: Any = None,
                            env: Mapping[str, str] | None = None,
                            launch_agent: Path = MACHINE_LAUNCH_AGENT) -> str | None:
    """Where the machine-wide entry is (for messages), or None when there is none.

    ``winreg`` is required on Windows; ``env`` (``XDG_CONFIG_DIRS``) defaults to the process
    environment.
    """
    if platform == "win32":
        return _windows_entry(winreg) if winreg is not None else None
    if platform == "darwin":
        return str(launch_agent) if launch_agent.is_file() else None
    env = os.environ if env is None else env
    for folder in (env.get("XDG_CONFIG_DIRS") or "/etc/xdg").split(os.pathsep):
        candidate = Path(folder) / "autostart" / DESKTOP_FILE
        if folder and candidate.is_file():
            return str(candidate)
    return None


@dataclass(frozen=True)
class MachineAutostartReader:
    """Policy source ``machine-autostart``: ``autostart = true`` because ``location`` (the
    machine-wide entry) starts Companion for everyone."""

    location: str
    label: str = LABEL

    def read(self) -> PolicyRead:
        """Always ``{"autostart": True}`` (the reader exists only while the entry does)."""
        return PolicyRead({"autostart": True}, [])


__all__ = ["LABEL", "MACHINE_LAUNCH_AGENT", "MACHINE_RUN_KEY", "MachineAutostartReader",
           "machine_autostart_entry"]
