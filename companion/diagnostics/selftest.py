"""The self-test checks: is this installation usable? (``companion self-test``, the support
bundle).

Checks, in order: Qt (a ``QGuiApplication`` on the offscreen platform unless one exists, the
native platform plugin present, the bundled SVG icons render), the audio backend (PortAudio
loads; input devices listed and the one Companion would listen to named, with its host API,
so a remote session shows whether the headset microphone is redirected — none is a
*warning*, since breathing and cards still work), the signal chain (numpy: one second of
synthetic speech through the feature extractor), bundled resources (assets, breathing
patterns, decks load without errors), the data dir (exists, writable, ``0700`` on POSIX) and
IT policy (readable; ignored values are warnings).

Runs on the caller's main/GUI thread (the Qt check needs it); each check imports what it
tests. The SVG renderer is injected (``render_svg``: the UI layer's), so this module does not
depend on the UI.
"""

from __future__ import annotations

import os
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from companion.diagnostics.environment import session_info

#: File name of the report in the data dir.
REPORT_NAME = "self-test.txt"

OK, WARN, FAIL = "ok", "warning", "fail"
_MARK = {OK: "[ ok ]", WARN: "[warn]", FAIL: "[FAIL]"}
_NATIVE_PLATFORM_PLUGIN = {"win32": "qwindows", "darwin": "qcocoa"}
#: What to do when a remote session sees no microphone.
REDIRECTION_HINT = ("this is a remote session: turn on microphone redirection (RDP/AVD/"
                    "Windows 365: audiocapturemode:i:1; Citrix: HDX audio with the "
                    "microphone allowed)")

#: ``render_svg(path, size_px) -> QImage`` (``companion.ui.icons.render_svg``).
SvgRenderer = Callable[[Path, int], Any]


@dataclass(frozen=True)
class CheckResult:
    """One check: ``name``, ``status`` (ok / warning / fail), a one-line ``detail``, and the
    time it took in seconds (``seconds``)."""

    name: str
    status: str
    detail: str
    seconds: float = 0.0


class CheckWarningError(Exception):
    """Raised by a check to report a warning (usable, but something is missing)."""


def check_qt(render_svg: SvgRenderer) -> str:
    """A QGuiApplication (offscreen unless one runs); native plugin present; SVG renders."""
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import QLibraryInfo
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        app = QGuiApplication(["companion-self-test", "-platform", "offscreen"])
    qpa = QGuiApplication.platformName()
    plugins_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    found = sorted(p.name.split(".")[0].removeprefix("lib")
                   for p in plugins_dir.glob("*") if p.is_file()) if plugins_dir.is_dir() else []
    from companion.paths import asset_path

    image = render_svg(asset_path("companion.svg"), 32)
    if image.isNull() or image.width() != 32:
        raise RuntimeError("the SVG icons do not render (Qt's SVG support is missing)")
    detail = (f"PySide6 {pyside_version}, platform '{qpa}' works; "
              f"platform plugins: {', '.join(found) or 'none found'}; SVG icons render")
    native = _NATIVE_PLATFORM_PLUGIN.get(sys.platform, "qxcb")
    if found and native not in found:
        raise CheckWarningError(
            f"{detail}; the native plugin {native} is missing (no tray on a desktop)")
    return detail


def check_audio(requested_device: str = "", *, remote: bool | None = None) -> str:
    """PortAudio loads; input devices are listed (none = warning); names the device that
    Companion listens to for ``requested_device`` ('' = the system default)."""
    from companion.audio.devices import find_input_device, list_input_devices, load_sounddevice
    from companion.audio.errors import DeviceNotFoundError

    remote = session_info().remote if remote is None else remote
    sd = load_sounddevice()
    version = str(sd.get_portaudio_version()[1]).split(",")[0]
    devices = list_input_devices()
    if not devices:
        hint = REDIRECTION_HINT if remote else "plug in a headset for call detection"
        raise CheckWarningError(f"{version} loads, but no input device (microphone) was found — "
                                f"breathing and cue cards work; {hint}")
    names = ", ".join(f"{d.name} [{d.host_api}]" if d.host_api else d.name
                      for d in devices[:6]) + (" ..." if len(devices) > 6 else "")
    listed = f"{len(devices)} input device(s): {names}"
    try:
        chosen = find_input_device(requested_device or None, devices)
    except DeviceNotFoundError:
        raise CheckWarningError(
            f"{version}; the microphone set in settings/policy ('{requested_device}') is not "
            f"present, so Companion cannot listen; {listed}") from None
    why = f"input_device '{requested_device}'" if requested_device else "the system default"
    api = f"{chosen.host_api}, " if chosen.host_api else ""
    return (f"{version}; listens to '{chosen.name}' ({api}{chosen.channels} ch, "
            f"{chosen.default_rate_hz} Hz; {why}); {listed}")


def check_signal_chain() -> str:
    """One second of synthetic speech through the feature extractor (numpy only)."""
    import numpy as np

    from companion.audio.demo_source import synth_voice
    from companion.features import FeatureExtractor

    voice = synth_voice(1.0, mode="calm", seed=1)
    frames = FeatureExtractor().process(voice)
    voiced = int(np.count_nonzero(frames.voiced))
    if len(frames.t_s) == 0:
        raise RuntimeError("the feature extractor produced no frames")
    return f"{len(frames.t_s)} frames from 1 s of synthetic speech, {voiced} voiced"


def check_resources() -> str:
    """Assets, breathing patterns and decks are bundled and load without errors."""
    from companion.content import load_default_decks, load_default_patterns
    from companion.paths import RESOURCE_FOLDERS, AppPaths, resource_dir
    from companion.policy import effective_settings

    dirs = {name: resource_dir(name) for name in RESOURCE_FOLDERS if name != "translations"}
    paths = AppPaths.from_environment()
    svgs = sorted(p.name for p in dirs["assets"].glob("*.svg"))
    if "companion.svg" not in svgs:
        raise RuntimeError(f"assets folder {dirs['assets']} has no companion.svg — reinstall")
    patterns = load_default_patterns(paths)
    decks = load_default_decks(paths, effective_settings(paths).settings)
    errors = [str(p) for p in list(patterns.problems) + list(decks.problems) if p.is_error]
    if errors:
        raise RuntimeError(f"{len(errors)} content error(s), first: {errors[0]}")
    if not patterns.items or not decks.decks:
        raise RuntimeError(f"no breathing patterns or no decks found under {dirs['assets'].parent}")
    warnings = [str(p) for p in list(patterns.problems) + list(decks.problems)]
    detail = (f"{len(svgs)} icons, {len(patterns.items)} breathing patterns, "
              f"{len(decks.decks)} deck(s) with {len(decks.cards())} cards "
              f"(from {dirs['assets'].parent})")
    if warnings:
        raise CheckWarningError(f"{detail}; {len(warnings)} warning(s), first: {warnings[0]}")
    return detail


def check_translations() -> str:
    """Companion's ``.qm`` file of every UI language loads, and Qt's own (standard buttons and
    dialogs) for each language but English; a missing one is a warning (that text is shown
    in English)."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from companion.languages import UI_LANGUAGES, qt_name
    from companion.paths import translations_dir

    folder = translations_dir()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    missing = []
    for tag in UI_LANGUAGES:
        names = [f"companion_{qt_name(tag)}"] + ([f"qtbase_{qt_name(tag)}"] if tag != "en" else [])
        for name in names:
            folders = [str(folder)] if folder else []
            folders += [qt_folder] if name.startswith("qtbase_") else []
            if not any(QTranslator().load(name, where) for where in folders):
                missing.append(f"{name}.qm")
    detail = f"{', '.join(UI_LANGUAGES)} (from {folder or 'nowhere'})"
    if missing:
        raise CheckWarningError(f"{detail}; missing {', '.join(missing)}: that text is "
                                "shown in English — reinstall")
    return f"{detail}, with Qt's own for each"


def check_data_dir(data_dir: Path, *, set_by_policy: bool = False) -> str:
    """The data dir exists (created if needed), is writable and private (0700 on POSIX)."""
    from companion.paths import ensure_private_dir

    where = f"{data_dir}{' (policy data_folder)' if set_by_policy else ''}"
    try:
        ensure_private_dir(data_dir)
    except OSError as exc:
        raise RuntimeError(f"{where} cannot be created ({exc.strerror}) — check the folder "
                           "and its parent") from None
    probe = data_dir / f".self-test-{os.getpid()}"
    try:
        probe.write_bytes(b"ok")
        probe.unlink()
    except OSError as exc:
        raise RuntimeError(f"{where} is not writable ({exc.strerror}) — check its "
                           "owner and permissions") from None
    if os.name == "posix":
        mode = data_dir.stat().st_mode & 0o777
        if mode != 0o700:
            raise RuntimeError(f"{where} has mode {mode:04o}, expected 0700 — run "
                               f"chmod 700 '{data_dir}'")
        return f"{where} writable, mode 0700"
    return f"{where} writable"


def check_policy() -> str:
    """IT policy and the agent's settings are readable; ignored values are warnings."""
    from companion.paths import AppPaths
    from companion.policy import effective_settings

    eff = effective_settings(AppPaths.from_environment())
    locked = eff.locked_keys()
    detail = (f"sources: {', '.join(eff.sources)}; {len(locked)} key(s) set by policy"
              + (f" ({', '.join(locked)})" if locked else ""))
    if eff.problems:
        raise CheckWarningError(f"{detail}; {len(eff.problems)} value(s) ignored, first: {eff.problems[0]}")
    return detail


def run_check(name: str, func: Callable[[], str],
              clock: Callable[[], float] = time.perf_counter) -> CheckResult:
    """Run one check; a warning, a CompanionError or any crash becomes its result."""
    from companion.errors import CompanionError

    start = clock()
    try:
        status, detail = OK, func()
    except CheckWarningError as warn:
        status, detail = WARN, str(warn)
    except CompanionError as exc:
        status, detail = FAIL, exc.one_line()
    except Exception as exc:  # noqa: BLE001 - a self-test reports, it never crashes
        frame = traceback.extract_tb(exc.__traceback__)[-1]
        where = f"{Path(frame.filename).name}:{frame.lineno}"
        status, detail = FAIL, f"{type(exc).__name__}: {exc} (at {where})"
    return CheckResult(name, status, " ".join(detail.split()), round(clock() - start, 3))


def run_checks(render_svg: SvgRenderer) -> list[CheckResult]:
    """Every check, in report order, for the current environment's paths and settings."""
    from companion.paths import AppPaths
    from companion.policy import effective_settings

    paths = AppPaths.from_environment()
    eff = effective_settings(paths)
    checks: list[tuple[str, Callable[[], str]]] = [
        ("Qt", lambda: check_qt(render_svg)),
        ("Audio", lambda: check_audio(eff.settings.input_device)),
        ("Signal chain", check_signal_chain),
        ("Resources", check_resources),
        ("Translations", check_translations),
        ("Data dir", lambda: check_data_dir(paths.data_dir,
                                            set_by_policy=eff.locked("data_folder"))),
        ("Policy", check_policy),
    ]
    return [run_check(name, func) for name, func in checks]


def report_header() -> dict[str, Any]:
    """Version, build, platform, session and time for the top of the report."""
    import platform

    from companion import __version__

    return {
        "version": __version__,
        "frozen": bool(getattr(sys, "frozen", False)),
        "platform": f"{platform.system()} {platform.release()} ({platform.machine()}), "
                    f"Python {platform.python_version()}",
        "session": session_info().describe(),
        "time": time.strftime("%Y-%m-%d %H:%M:%S %Z"),
    }


def format_report(results: list[CheckResult], header: dict[str, Any]) -> str:
    """The human-readable report (one line per check, then the verdict)."""
    lines = [f"Companion self-test — version {header['version']}, "
             f"{'frozen bundle' if header['frozen'] else 'Python install'}, "
             f"{header['platform']}, {header['time']}"]
    if header.get("session"):
        lines.append(f"Session: {header['session']}")
    width = max(len(r.name) for r in results)
    lines += [f"{_MARK[r.status]} {r.name:<{width}}  {r.detail}" for r in results]
    fails = sum(r.status == FAIL for r in results)
    warns = sum(r.status == WARN for r in results)
    verdict = "NOT usable" if fails else "usable"
    lines.append(f"Result: {verdict} ({fails} failed, {warns} warning(s))")
    return "\n".join(lines) + "\n"


def is_usable(results: list[CheckResult]) -> bool:
    """True when no check failed (warnings allowed)."""
    return not any(r.status == FAIL for r in results)


__all__ = ["FAIL", "OK", "REPORT_NAME", "WARN", "CheckResult", "CheckWarningError",
           "check_audio", "check_data_dir", "check_policy", "check_qt", "check_resources",
           "check_signal_chain", "format_report", "is_usable", "report_header", "run_check",
           "run_checks"]
