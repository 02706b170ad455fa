"""``companion [--demo [--speed X] [--demo-script ...]] [--device NAME] [--exit-after S]``:
start the tray app.

Imports only the standard library at module level; Qt and the audio stack load inside
:func:`run`.
"""

from __future__ import annotations

import argparse
import math
from pathlib import Path

from companion.errors import CompanionError


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not math.isfinite(value) or value <= 0:
        raise argparse.ArgumentTypeError(f"{text!r} must be a number greater than 0")
    return value


def add_app_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of the app itself (no subcommand)."""
    parser.add_argument(
        "--demo", action="store_true",
        help="run on the built-in synthetic voice (a simulated shift), no microphone needed",
    )
    parser.add_argument(
        "--speed", type=_positive_float, default=1.0, metavar="X",
        help="with --demo: play the simulated shift X times faster than real time (max 120)",
    )
    parser.add_argument(
        "--device", default=None, metavar="NAME",
        help="listen to this input device (by name) instead of the one in settings",
    )
    parser.add_argument(
        "--exit-after", type=_positive_float, default=None, metavar="SECONDS",
        help="quit by itself after SECONDS (for tests and benchmarks)",
    )
    parser.add_argument(
        "--demo-script", type=parse_demo_script, default=None, metavar="KIND:SECONDS,...",
        help="with --demo: play this shift instead of the built-in one, e.g. "
             "'pause:5,calm:80,pause:25,heated:60,pause:25' (kinds: pause, calm, heated)",
    )
    parser.add_argument(
        "--autostart", action="store_true",
        help="used by the sign-in entries: exit at once when 'Start with the system' is off, "
             "and stay quiet when Companion already runs",
    )
    parser.add_argument("--stats-file", type=Path, default=None, help=argparse.SUPPRESS)


#: Longest segment and whole script accepted by --demo-script (seconds).
MAX_DEMO_SEGMENT_S = 3600.0


def parse_demo_script(text: str) -> tuple[tuple[str, float], ...]:
    """``'pause:5,calm:80'`` as ``(("pause", 5.0), ("calm", 80.0))``."""
    items: list[tuple[str, float]] = []
    for part in text.split(","):
        kind, _, seconds = part.strip().partition(":")
        if kind not in ("pause", "calm", "heated"):
            raise argparse.ArgumentTypeError(
                f"demo script item {part.strip()!r}: kind must be pause, calm or heated")
        try:
            value = float(seconds)
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"demo script item {part.strip()!r}: seconds must be a number") from None
        if not 0 < value <= MAX_DEMO_SEGMENT_S:
            raise argparse.ArgumentTypeError(
                f"demo script item {part.strip()!r}: seconds must be between 0 and "
                f"{MAX_DEMO_SEGMENT_S:g}")
        items.append((kind, value))
    return tuple(items)


def run(args: argparse.Namespace) -> int:
    """Start the app (or hand over to the instance that already runs)."""
    speed = float(getattr(args, "speed", 1.0))
    if speed > 120:
        raise CompanionError(f"--speed {speed:g} is too fast", "use at most --speed 120")
    if speed != 1.0 and not args.demo:
        raise CompanionError("--speed only applies to --demo", "add --demo, or drop --speed")
    if args.demo_script is not None and not args.demo:
        raise CompanionError("--demo-script only applies to --demo", "add --demo")
    from companion.app import AppOptions, run_app

    return run_app(AppOptions(
        demo=bool(args.demo), speed=speed, device=args.device,
        exit_after_s=args.exit_after, stats_file=args.stats_file,
        demo_script=args.demo_script, autostart=bool(args.autostart),
    ))
