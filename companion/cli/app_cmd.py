"""``companion [--demo] [--speed X] [--device NAME] [--exit-after S]``: start the tray app.

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
    parser.add_argument("--stats-file", type=Path, default=None, help=argparse.SUPPRESS)


def run(args: argparse.Namespace) -> int:
    """Start the app (or hand over to the instance that already runs)."""
    speed = float(getattr(args, "speed", 1.0))
    if speed > 120:
        raise CompanionError(f"--speed {speed:g} is too fast", "use at most --speed 120")
    if speed != 1.0 and not args.demo:
        raise CompanionError("--speed only applies to --demo", "add --demo, or drop --speed")
    from companion.app import AppOptions, run_app

    return run_app(AppOptions(
        demo=bool(args.demo), speed=speed, device=args.device,
        exit_after_s=args.exit_after, stats_file=args.stats_file,
    ))
