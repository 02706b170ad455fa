"""Is the agent presenting, sharing a full screen or in do-not-disturb? OS signals behind one
small interface, so a between-call offer never pops up in front of an audience.

Runs on the GUI thread, and only when an offer is about to be shown (not polled): each check
is one system call (Windows), one small file read (macOS) or one or two short commands
(Linux, at most :data:`COMMAND_TIMEOUT_S` each). No Qt; platform code is loaded lazily, so the
decisions are tested anywhere with fakes.

* **Windows**: ``SHQueryUserNotificationState`` (shell32), the state Windows itself uses to
  hold back notifications: presentation mode, a full-screen or Direct3D app, "quiet time", or
  the user away (locked / screen saver) all count as busy.
* **macOS**: Focus (do not disturb) switched on by hand, read from
  ``~/Library/DoNotDisturb/DB/Assertions.json`` where the system lets us read it.
  A Focus started by a schedule, and screen sharing, are not readable there.
* **Linux**: GNOME's ``show-banners`` switched off (do not disturb), or the freedesktop
  notification server's ``Inhibited`` property (KDE Plasma and others).

Screen sharing from a meeting or softphone app has no public OS signal on any platform; on
Windows sharing a whole screen usually makes it full screen or presentation mode.
"""

from __future__ import annotations

import ctypes
import json
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Protocol

#: Seconds one helper command may take before it counts as "cannot tell".
COMMAND_TIMEOUT_S = 1.0


class BusyReason(Enum):
    """Why the desktop says "not now"."""

    PRESENTING = "presenting"
    FULL_SCREEN = "full_screen"
    DO_NOT_DISTURB = "do_not_disturb"
    AWAY = "away"


@dataclass(frozen=True)
class BusyStatus:
    """The answer: ``busy`` and, when busy, why."""

    busy: bool
    reason: BusyReason | None = None

    @classmethod
    def free(cls) -> BusyStatus:
        """Not busy."""
        return cls(False, None)

    @classmethod
    def because(cls, reason: BusyReason) -> BusyStatus:
        """Busy for ``reason``."""
        return cls(True, reason)


class BusyDetector(Protocol):
    """Reports whether an offer should wait."""

    def poll(self) -> BusyStatus | None:
        """The status now; None = cannot tell on this system (treated as not busy)."""
        ...


class NullBusyDetector:
    """For systems without a usable signal: always "cannot tell"."""

    def poll(self) -> BusyStatus | None:
        """Always None."""
        return None


@dataclass
class FakeBusyDetector:
    """A detector for tests: returns ``status``; counts polls."""

    status: BusyStatus | None = None
    polls: int = 0

    def poll(self) -> BusyStatus | None:
        """The configured status."""
        self.polls += 1
        return self.status


# ------------------------------------------------------------------------- helper commands
#: Runs a command and returns its standard output, or None when it is missing or fails.
CommandRunner = Callable[[Sequence[str]], str | None]


def run_command(args: Sequence[str], timeout_s: float = COMMAND_TIMEOUT_S) -> str | None:
    """``args``' standard output, or None when the program is missing, fails or is slow."""
    if shutil.which(args[0]) is None:
        return None
    try:
        done = subprocess.run(list(args), capture_output=True, text=True, timeout=timeout_s,
                              check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout if done.returncode == 0 else None


def gsettings_value(schema: str, key: str, runner: CommandRunner = run_command) -> str | None:
    """A GSettings value as text without quotes (``true``, ``false``, ``default``), or None
    when gsettings or the schema is missing."""
    out = runner(["gsettings", "get", schema, key])
    if out is None:
        return None
    return out.strip().strip("'\"") or None


# ----------------------------------------------------------------------------------- Windows
#: ``QUERY_USER_NOTIFICATION_STATE`` values (shellapi.h).
QUNS_NOT_PRESENT = 1
QUNS_BUSY = 2
QUNS_RUNNING_D3D_FULL_SCREEN = 3
QUNS_PRESENTATION_MODE = 4
QUNS_ACCEPTS_NOTIFICATIONS = 5
QUNS_QUIET_TIME = 6
QUNS_APP = 7

WINDOWS_STATES: dict[int, BusyReason | None] = {
    QUNS_NOT_PRESENT: BusyReason.AWAY,
    QUNS_BUSY: BusyReason.FULL_SCREEN,
    QUNS_RUNNING_D3D_FULL_SCREEN: BusyReason.FULL_SCREEN,
    QUNS_PRESENTATION_MODE: BusyReason.PRESENTING,
    QUNS_ACCEPTS_NOTIFICATIONS: None,
    QUNS_QUIET_TIME: BusyReason.DO_NOT_DISTURB,
    QUNS_APP: BusyReason.FULL_SCREEN,
}


def sh_query_user_notification_state() -> int | None:  # pragma: no cover - needs Windows
    """The raw state from shell32, or None when the call fails."""
    shell32 = ctypes.WinDLL("shell32")  # type: ignore[attr-defined]
    state = ctypes.c_int(0)
    if shell32.SHQueryUserNotificationState(ctypes.byref(state)) != 0:   # S_OK == 0
        return None
    return int(state.value)


@dataclass
class WindowsNotificationStateDetector:
    """Busy when Windows would hold back its own notifications."""

    query: Callable[[], int | None] = sh_query_user_notification_state

    def poll(self) -> BusyStatus | None:
        """See :data:`WINDOWS_STATES`; an unknown or failed state is None."""
        try:
            state = self.query()
        except OSError:
            return None
        if state is None or state not in WINDOWS_STATES:
            return None
        reason = WINDOWS_STATES[state]
        return BusyStatus.free() if reason is None else BusyStatus.because(reason)


# ------------------------------------------------------------------------------------- macOS
#: Where macOS 12+ keeps the Focus switched on by hand (per user).
MAC_FOCUS_ASSERTIONS = Path("Library/DoNotDisturb/DB/Assertions.json")
#: Largest assertions file read (bytes); real ones are a few kilobytes.
MAX_ASSERTIONS_BYTES = 1024 * 1024


def _read_small(path: Path) -> str | None:
    try:
        if path.stat().st_size > MAX_ASSERTIONS_BYTES:
            return None
        return path.read_text(encoding="utf-8")
    except OSError:
        return None


@dataclass
class MacFocusDetector:
    """Busy while a Focus (do not disturb) is switched on by hand."""

    home: Path = field(default_factory=Path.home)
    read_text: Callable[[Path], str | None] = _read_small

    def poll(self) -> BusyStatus | None:
        """None when the file is unreadable (no permission, older macOS)."""
        text = self.read_text(self.home / MAC_FOCUS_ASSERTIONS)
        if text is None:
            return None
        try:
            data = json.loads(text)
        except ValueError:
            return None
        entries = data.get("data") if isinstance(data, dict) else None
        if not isinstance(entries, list):
            return None
        active = any(isinstance(e, dict) and e.get("storeAssertionRecords") for e in entries)
        return BusyStatus.because(BusyReason.DO_NOT_DISTURB) if active else BusyStatus.free()


# ------------------------------------------------------------------------------------- Linux
NOTIFICATIONS_INHIBITED = ("busctl", "--user", "--auto-start=no", "get-property",
                           "org.freedesktop.Notifications", "/org/freedesktop/Notifications",
                           "org.freedesktop.Notifications", "Inhibited")


@dataclass
class LinuxDoNotDisturbDetector:
    """Busy when GNOME's banners are off or the notification server is inhibited."""

    runner: CommandRunner = run_command

    def poll(self) -> BusyStatus | None:
        """None when neither signal exists on this desktop."""
        banners = gsettings_value("org.gnome.desktop.notifications", "show-banners",
                                  self.runner)
        if banners == "false":
            return BusyStatus.because(BusyReason.DO_NOT_DISTURB)
        inhibited = self.runner(list(NOTIFICATIONS_INHIBITED))
        if inhibited is not None and inhibited.strip() == "b true":
            return BusyStatus.because(BusyReason.DO_NOT_DISTURB)
        if banners is None and inhibited is None:
            return None
        return BusyStatus.free()


def busy_detector_for_platform(platform: str | None = None) -> BusyDetector:
    """The detector for ``platform`` (``sys.platform`` by default)."""
    platform = platform or sys.platform
    if platform == "win32":
        return WindowsNotificationStateDetector()
    if platform == "darwin":
        return MacFocusDetector()
    if platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return LinuxDoNotDisturbDetector()
    return NullBusyDetector()
