"""What the operating system says about the agent's display preferences: high contrast and
reduced motion.

Runs on the GUI thread (read when a window opens; each read is a system call or, on Linux, one
short ``gsettings`` call). :func:`system_look` asks, in this order:

* **Qt** (6.10 and later): ``QStyleHints.accessibility().contrastPreference()`` reports the
  Windows high-contrast themes and macOS "Increase contrast";
* **Windows**: ``SystemParametersInfoW`` (``SPI_GETHIGHCONTRAST``, and
  ``SPI_GETCLIENTAREAANIMATION`` off = "Animation effects" off in Settings > Accessibility);
* **macOS**: ``defaults read com.apple.universalaccess`` (``increaseContrast``,
  ``reduceMotion``);
* **GNOME and other GSettings desktops**: ``org.gnome.desktop.a11y.interface high-contrast``
  and ``org.gnome.desktop.interface enable-animations``.

A preference that cannot be read counts as "off": Companion's own settings still apply. The
platform readers are injected, so the decision is tested anywhere with fakes.
"""

from __future__ import annotations

import ctypes
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass

from companion.session.busy import CommandRunner, gsettings_value, run_command

#: ``SystemParametersInfoW`` actions (winuser.h).
SPI_GETHIGHCONTRAST = 0x0042
SPI_GETCLIENTAREAANIMATION = 0x1042
HCF_HIGHCONTRASTON = 0x00000001


@dataclass(frozen=True)
class SystemLook:
    """The OS preferences Companion follows (None = could not tell)."""

    high_contrast: bool | None = None
    reduced_motion: bool | None = None


#: Reads one platform's preferences.
LookReader = Callable[[], SystemLook]


class _HighContrastW(ctypes.Structure):
    _fields_ = [("cbSize", ctypes.c_uint), ("dwFlags", ctypes.c_uint),
                ("lpszDefaultScheme", ctypes.c_wchar_p)]


def windows_look() -> SystemLook:  # pragma: no cover - needs Windows
    """High contrast and animation effects from ``SystemParametersInfoW``."""
    user32 = ctypes.WinDLL("user32", use_last_error=True)  # type: ignore[attr-defined]
    hc = _HighContrastW()
    hc.cbSize = ctypes.sizeof(_HighContrastW)
    high = None
    if user32.SystemParametersInfoW(SPI_GETHIGHCONTRAST, hc.cbSize, ctypes.byref(hc), 0):
        high = bool(hc.dwFlags & HCF_HIGHCONTRASTON)
    animate = ctypes.c_int(1)
    reduced = None
    if user32.SystemParametersInfoW(SPI_GETCLIENTAREAANIMATION, 0, ctypes.byref(animate), 0):
        reduced = not bool(animate.value)
    return SystemLook(high, reduced)


def macos_look(runner: CommandRunner = run_command) -> SystemLook:
    """``increaseContrast`` and ``reduceMotion`` from the universal-access defaults."""
    def flag(key: str) -> bool | None:
        out = runner(["defaults", "read", "com.apple.universalaccess", key])
        return None if out is None else out.strip() == "1"
    return SystemLook(flag("increaseContrast"), flag("reduceMotion"))


def gsettings_look(runner: CommandRunner = run_command) -> SystemLook:
    """GNOME's high-contrast switch and animations switch (None where not installed)."""
    high = gsettings_value("org.gnome.desktop.a11y.interface", "high-contrast", runner)
    anim = gsettings_value("org.gnome.desktop.interface", "enable-animations", runner)
    return SystemLook(None if high is None else high == "true",
                      None if anim is None else anim == "false")


def qt_high_contrast() -> bool | None:
    """Qt's contrast preference (Qt 6.10+ with a platform that reports it), else None."""
    try:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QGuiApplication
    except ImportError:  # pragma: no cover - PySide6 is a dependency
        return None
    if QGuiApplication.instance() is None:
        return None
    hints = QGuiApplication.styleHints()
    access = getattr(hints, "accessibility", None)
    pref_enum = getattr(Qt, "ContrastPreference", None)
    if access is None or pref_enum is None:
        return None
    pref = access().contrastPreference()
    if pref == pref_enum.HighContrast:
        return True
    return None   # "no preference" is not a "no": the platform reader may know better


def platform_reader(platform: str | None = None) -> LookReader:
    """The reader for ``platform`` (``sys.platform`` by default)."""
    platform = platform or sys.platform
    if platform == "win32":
        return windows_look
    if platform == "darwin":
        return macos_look
    return gsettings_look


def system_look(reader: LookReader | None = None,
                qt_hint: Callable[[], bool | None] = qt_high_contrast) -> SystemLook:
    """The OS preferences: Qt's hint first, then the platform reader; a reader that fails
    (missing tool, sandbox) means "could not tell"."""
    try:
        found = (reader or platform_reader())()
    except (OSError, AttributeError, ValueError, subprocess.SubprocessError):
        found = SystemLook()
    hint = qt_hint()
    return SystemLook(True if hint else found.high_contrast, found.reduced_motion)


@dataclass(frozen=True)
class Look:
    """What Companion's windows use: the agent's setting OR the system's preference."""

    high_contrast: bool
    reduced_motion: bool
    system_high_contrast: bool
    system_reduced_motion: bool


def effective_look(settings: object, system: SystemLook) -> Look:
    """Combine ``settings.high_contrast`` / ``settings.reduced_motion`` (either may be
    missing) with the system preferences: either one turns a mode on."""
    sys_hc = bool(system.high_contrast)
    sys_rm = bool(system.reduced_motion)
    return Look(high_contrast=bool(getattr(settings, "high_contrast", False)) or sys_hc,
                reduced_motion=bool(getattr(settings, "reduced_motion", False)) or sys_rm,
                system_high_contrast=sys_hc, system_reduced_motion=sys_rm)
