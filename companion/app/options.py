"""How the app was started and the settings it starts with (no Qt; runs before ``QApplication``).

Order of the checks ``run_app`` makes before any window exists: a display to show windows on
(:func:`check_display`), the settings with IT policy (:func:`load_settings`), and whether
policy allows what was asked for on the command line (:func:`check_allowed`).
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from companion.errors import CompanionError
from companion.paths import AppPaths
from companion.settings import Settings, load_user_settings

log = logging.getLogger(__name__)

#: QT_QPA_PLATFORM values that need no display server.
HEADLESS_PLATFORMS = ("offscreen", "minimal", "vnc", "linuxfb", "eglfs", "vkkhrdisplay")


class NoDisplayError(CompanionError):
    """There is no graphical session to show a tray app in."""


@dataclass(frozen=True)
class AppOptions:
    """How ``companion`` was started (from ``companion.cli.app_cmd``).

    ``speed`` scales the demo (1 = real time); ``exit_after_s`` ends the app after that many
    seconds (tests, benchmarks); ``stats_file`` receives a JSON report at exit (benchmarks);
    ``command`` is forwarded to an instance that already runs. ``autostart``: started by a
    sign-in entry (``--autostart``): exit at once when the ``autostart`` setting is off, and
    forward nothing to an instance that already runs.
    """

    demo: bool = False
    speed: float = 1.0
    device: str | None = None
    exit_after_s: float | None = None
    stats_file: Path | None = None
    demo_script: tuple[tuple[str, float], ...] | None = None
    command: str = "show"
    command_args: Mapping[str, Any] = field(default_factory=dict)
    autostart: bool = False


@dataclass
class AppSettings:
    """The settings the app runs with.

    ``effective`` = defaults < the agent's settings < IT policy (a bad value anywhere is
    ignored and its default applies); ``user`` = the agent's own layer, what the settings
    window edits (defaults when the agent's file cannot be used); ``locked`` = keys IT policy
    sets; ``notice`` = the first problem found, shown once at start.
    """

    effective: Settings
    user: Settings
    locked: set[str]
    notice: str | None = None


def check_display(env: Mapping[str, str] | None = None, platform: str | None = None) -> None:
    """Raise :class:`NoDisplayError` when Qt would have no display to open (Linux/BSD).

    Qt aborts the process when it cannot connect to a display, so this runs before the
    ``QApplication`` exists.
    """
    env = os.environ if env is None else env
    platform = platform or sys.platform
    if platform in ("win32", "darwin"):
        return
    qpa = env.get("QT_QPA_PLATFORM", "").split(":")[0].strip()
    if qpa in HEADLESS_PLATFORMS:
        return
    if qpa == "wayland" and env.get("WAYLAND_DISPLAY"):
        return
    if qpa == "xcb" and env.get("DISPLAY"):
        return
    if not qpa and (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
        return
    raise NoDisplayError(
        "no graphical display for Companion's windows (DISPLAY and WAYLAND_DISPLAY are not set)",
        "start Companion in a desktop session; on a server use 'companion analyze' or "
        "'companion self-test'",
    )


def load_settings(paths: AppPaths) -> AppSettings:
    """Read the agent's settings and IT policy (never raises for bad values: see
    :class:`AppSettings`)."""
    from companion.policy import effective_settings
    from companion.ui.settings_window import locked_keys_from

    eff = effective_settings(paths)
    for problem in eff.problems:
        log.warning("settings/policy: %s", problem)
    log.info("policy sources %s; set by policy: %s", ", ".join(eff.sources),
             ", ".join(eff.locked_keys()) or "nothing")
    try:
        user = load_user_settings(paths.settings_file)
    except CompanionError:
        user = Settings()
    notice = eff.notice()
    return AppSettings(eff.settings, user, locked_keys_from(eff), notice)


def check_allowed(options: AppOptions, settings: Settings) -> None:
    """Refuse command-line options IT policy turns off (``CompanionError`` with a hint)."""
    if options.device is not None and not settings.allow_device_selection:
        raise CompanionError("--device is not allowed: your organisation's policy chooses the "
                             "microphone (allow_device_selection)", "run 'companion' without "
                             "--device")
    if options.demo and settings.demo_disabled:
        raise CompanionError("demo mode is turned off by your organisation's policy "
                             "(demo_disabled)", "ask your IT team, or run 'companion' normally")
