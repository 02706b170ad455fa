"""`companion self-test` — is this installation usable? (for IT and for the frozen bundle).

Checks, in order: Qt (a ``QGuiApplication`` on the offscreen platform, the native platform
plugin present, the bundled SVG icons render), the audio backend (PortAudio loads; input
devices listed — none is a *warning*, since breathing and cards still work), the signal
chain (numpy: one second of synthetic speech through the feature extractor), bundled
resources (assets, breathing patterns, decks load without errors), the data dir (exists,
writable, ``0700`` on POSIX) and IT policy (readable; ignored values are warnings).

The report is printed and also written to ``self-test.txt`` in the data dir (a windowed
Windows exe has no stdout), or to ``--report PATH``. Exit code 0 when usable (warnings
allowed), 1 when any check failed. Runs on the CLI's main thread; only the standard library
is imported at module level, each check imports what it tests.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

#: File name of the report in the data dir.
REPORT_NAME = "self-test.txt"

OK, WARN, FAIL = "ok", "warning", "fail"
_MARK = {OK: "[ ok ]", WARN: "[warn]", FAIL: "[FAIL]"}
_NATIVE_PLATFORM_PLUGIN = {"win32": "qwindows", "darwin": "qcocoa"}


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


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `self-test` subcommand."""
    parser = subparsers.add_parser(
        "self-test", help="Check Qt, audio, resources and the data dir",
        description="Check that this installation is usable; prints a report and writes it "
                    f"to {REPORT_NAME} in the data dir. Exit code 0 when usable.",
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--report", metavar="PATH", type=Path,
                        help=f"write the report here instead of <data dir>/{REPORT_NAME}")
    parser.set_defaults(func=run)


# -- checks -------------------------------------------------------------------------------
def check_qt() -> str:
    """A QGuiApplication on the offscreen platform; native plugin present; SVG renders."""
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
    from companion.ui.icons import render_svg

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


def check_audio() -> str:
    """PortAudio loads; input devices are listed (none = warning)."""
    from companion.audio.devices import list_input_devices, load_sounddevice

    sd = load_sounddevice()
    version = str(sd.get_portaudio_version()[1]).split(",")[0]
    devices = list_input_devices()
    if not devices:
        raise CheckWarningError(f"{version} loads, but no input device (microphone) was found — "
                    "breathing and cue cards work; plug in a headset for call detection")
    default = next((d.name for d in devices if d.is_default), devices[0].name)
    names = ", ".join(d.name for d in devices[:4]) + (" ..." if len(devices) > 4 else "")
    return f"{version}; {len(devices)} input device(s): {names}; default '{default}'"


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

    dirs = {name: resource_dir(name) for name in RESOURCE_FOLDERS}
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


def check_data_dir(data_dir: Path) -> str:
    """The data dir exists (created if needed), is writable and private (0700 on POSIX)."""
    from companion.paths import ensure_private_dir

    ensure_private_dir(data_dir)
    probe = data_dir / f".self-test-{os.getpid()}"
    try:
        probe.write_bytes(b"ok")
        probe.unlink()
    except OSError as exc:
        raise RuntimeError(f"{data_dir} is not writable ({exc.strerror}) — check its "
                           "owner and permissions") from None
    if os.name == "posix":
        mode = data_dir.stat().st_mode & 0o777
        if mode != 0o700:
            raise RuntimeError(f"{data_dir} has mode {mode:04o}, expected 0700 — run "
                               f"chmod 700 '{data_dir}'")
        return f"{data_dir} writable, mode 0700"
    return f"{data_dir} writable"


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


def run_checks(data_dir: Path) -> list[CheckResult]:
    """Every check, in report order."""
    checks: list[tuple[str, Callable[[], str]]] = [
        ("Qt", check_qt),
        ("Audio", check_audio),
        ("Signal chain", check_signal_chain),
        ("Resources", check_resources),
        ("Data dir", lambda: check_data_dir(data_dir)),
        ("Policy", check_policy),
    ]
    return [run_check(name, func) for name, func in checks]


def format_report(results: list[CheckResult], header: dict[str, Any]) -> str:
    """The human-readable report (one line per check, then the verdict)."""
    lines = [f"Companion self-test — version {header['version']}, "
             f"{'frozen bundle' if header['frozen'] else 'Python install'}, "
             f"{header['platform']}, {header['time']}"]
    width = max(len(r.name) for r in results)
    lines += [f"{_MARK[r.status]} {r.name:<{width}}  {r.detail}" for r in results]
    fails = sum(r.status == FAIL for r in results)
    warns = sum(r.status == WARN for r in results)
    verdict = "NOT usable" if fails else "usable"
    lines.append(f"Result: {verdict} ({fails} failed, {warns} warning(s))")
    return "\n".join(lines) + "\n"


def run(args: argparse.Namespace) -> int:
    """Run the checks, print and save the report; 0 when usable."""
    from companion import __version__
    from companion.paths import AppPaths

    paths = AppPaths.from_environment()
    results = run_checks(paths.data_dir)
    header = {
        "version": __version__,
        "frozen": bool(getattr(sys, "frozen", False)),
        "platform": f"{platform.system()} {platform.release()} ({platform.machine()}), "
                    f"Python {platform.python_version()}",
        "time": time.strftime("%Y-%m-%d %H:%M:%S %Z"),
    }
    text = format_report(results, header)
    usable = not any(r.status == FAIL for r in results)
    target = args.report or paths.data_dir / REPORT_NAME
    saved = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        saved = target
    except OSError as exc:
        text += f"(report not saved: {target}: {exc.strerror})\n"
    if args.json:
        out = {**header, "usable": usable, "report_file": str(saved) if saved else None,
               "checks": [asdict(r) for r in results]}
        _print(json.dumps(out, indent=2))
    else:
        _print(text + (f"Report saved to {saved}" if saved else ""))
    return 0 if usable else 1


def _print(text: str) -> None:
    """Print when there is a console (a windowed Windows exe has ``sys.stdout`` None)."""
    if sys.stdout is not None:
        print(text)
