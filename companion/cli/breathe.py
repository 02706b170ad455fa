"""``companion breathe [--pattern NAME] [--duration S]``: open the paced-breathing guide.

When Companion runs, the command goes to it over the local command channel
(:mod:`companion.ipc`) and the running app shows the guide. Otherwise it runs standalone: a
``QApplication`` with just the overlay, then the "how do you feel now?" question; the session
is recorded in the agent's store like one opened from the tray.

Imports only the standard library at module level (Qt, numpy and the store load inside
:func:`run`). Runs on the main thread. Exit codes: 0 shown (or finished), 2 bad input or no
display.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from companion.errors import CompanionError

if TYPE_CHECKING:   # the CLI imports only the standard library at start-up
    from companion.paths import AppPaths
    from companion.settings import Settings

#: Accepted ``--duration`` range (seconds); the pattern's own rules say the same.
MIN_DURATION_S = 10.0
MAX_DURATION_S = 600.0


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``breathe`` subcommand."""
    parser = subparsers.add_parser(
        "breathe", help="Open the paced-breathing guide",
        description=(
            "Open the paced-breathing guide: in the running Companion if there is one, else "
            "on its own. Patterns: resonance, box, 4-7-8, cyclic-sighing, quick-reset, plus "
            "any from your IT or personal breathing_patterns folder."),
    )
    parser.add_argument("--pattern", default=None, metavar="NAME",
                        help="pattern id (default: the one in settings, usually resonance)")
    parser.add_argument("--duration", type=float, default=None, metavar="S",
                        help="about this many seconds, in whole breaths (10-600)")
    parser.add_argument("--language", action="append", default=None, metavar="TAG",
                        help="the pattern's name and description in this language, e.g. de "
                             "or pt-BR (repeat for a list, best first; default: the language "
                             "setting, else the system's); "
                             "a running Companion uses its own")
    # For tests and benchmarks: run the clock faster; do not contact a running instance.
    parser.add_argument("--speed", type=float, default=1.0, help=argparse.SUPPRESS)
    parser.add_argument("--standalone", action="store_true", help=argparse.SUPPRESS)
    parser.set_defaults(func=run)


def check_duration(value: float | None) -> float | None:
    """``--duration`` as seconds, or :class:`CompanionError` naming the allowed range."""
    if value is None:
        return None
    if not math.isfinite(value) or not MIN_DURATION_S <= value <= MAX_DURATION_S:
        raise CompanionError(f"--duration {value:g} is out of range",
                             f"give {MIN_DURATION_S:g} to {MAX_DURATION_S:g} seconds, "
                             "e.g. --duration 60")
    return float(value)


def forward(pattern: str | None, duration_s: float | None) -> bool:
    """Ask a running instance to open the guide. False when none runs.

    Raises
    ------
    CompanionError
        The running instance refused (e.g. unknown pattern) or did not answer.
    """
    from companion import ipc

    if not ipc.is_listening():
        return False
    args: dict[str, Any] = {}
    if pattern is not None:
        args["pattern"] = pattern
    if duration_s is not None:
        args["duration_s"] = duration_s
    try:
        reply = ipc.send_command("breathe", args)
    except ipc.NotRunningError:
        return False
    if not reply.get("ok"):
        raise CompanionError(f"Companion could not open the breathing guide: "
                             f"{reply.get('error', 'no reason given')}")
    return True


def _settings(paths: AppPaths) -> Settings:
    """Effective settings (defaults < the agent's < IT policy); each problem (a bad value,
    an unreadable file: its default applies) is a warning line."""
    from companion.policy import effective_settings

    eff = effective_settings(paths)
    for problem in eff.problems:
        print(f"companion: warning: {problem}", file=sys.stderr)
    return eff.settings


def run_standalone(pattern: str | None, duration_s: float | None, *,
                   speed: float = 1.0, languages: Sequence[str] | None = None) -> int:
    """Show the guide in this process until it closes; record it in the store. Pattern
    names and descriptions are in the best of ``languages`` (None: the agent's, as the
    app's windows: the ``language`` setting, else the system's)."""
    import time

    from companion.app import check_display
    from companion.content import load_default_patterns
    from companion.paths import AppPaths
    from companion.ui.i18n import preferred_languages

    paths = AppPaths.from_environment()
    settings = _settings(paths)
    if languages is None:
        languages = preferred_languages(settings.language)
    loaded = load_default_patterns(paths, languages=languages)
    # Check the pattern before opening a window, so bad input never flashes one.
    from companion.ui.breathing_overlay import resolve_pattern

    default_id = str(getattr(settings, "default_breathing_pattern", "resonance"))
    resolve_pattern(loaded.items, pattern, default_id, duration_s)
    check_display()

    from companion import APP_NAME
    from companion.ui.application import gui_application
    from companion.ui.breathing_overlay import FEELING_TIMEOUT_S, BreathingLauncher

    app = gui_application(APP_NAME, quit_on_last_window=False, language=settings.language)
    store = None
    try:
        from companion.store import Store

        store = Store.open(paths.database_file)
    except CompanionError as exc:
        print(f"companion: warning: the session is not recorded: {exc.one_line()}",
              file=sys.stderr)
    t0 = time.monotonic()
    launcher = BreathingLauncher(
        settings, store, patterns=lambda: loaded.items, paths=paths,
        monotonic=lambda: t0 + (time.monotonic() - t0) * speed,
        feeling_timeout_s=FEELING_TIMEOUT_S / speed)
    try:
        launcher.when_done(app.quit)      # the guide, and what "worse" led to, are closed
        launcher.open(pattern, duration_s)
        app.exec()
    finally:
        if store is not None:
            store.close()
    result = launcher.last_result
    if result is not None:
        how = "completed" if result.completed else "stopped early"
        feeling = f", feeling {result.feeling}" if result.feeling else ""
        print(f"breathing: {result.pattern_id} {how} after {result.elapsed_s:.0f} s{feeling}")
    return 0


def run(args: argparse.Namespace) -> int:
    """Forward to the running app, or show the guide here."""
    from companion.content.locales import checked_languages

    duration = check_duration(args.duration)
    given = getattr(args, "language", None)
    languages = checked_languages(given) if given else None
    speed = float(getattr(args, "speed", 1.0))
    if not math.isfinite(speed) or not 0 < speed <= 1000:
        raise CompanionError(f"--speed {speed:g} is out of range", "use 1 (real time)")
    pattern = args.pattern
    if pattern is not None and not pattern.strip():
        raise CompanionError("--pattern is empty", "give a pattern id such as resonance")
    if not getattr(args, "standalone", False) and forward(pattern, duration):
        print("Opened the breathing guide in the running Companion.")
        return 0
    return run_standalone(pattern, duration, speed=speed, languages=languages)
