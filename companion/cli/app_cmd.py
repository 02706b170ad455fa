"""``companion [--demo] [--speed X]``: start the tray app (placeholder until issue 5 lands)."""

from __future__ import annotations

import argparse

from companion.errors import CompanionError


def add_app_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of the app itself (no subcommand)."""
    parser.add_argument(
        "--demo", action="store_true",
        help="run on the built-in synthetic voice (a simulated shift), no microphone needed",
    )
    parser.add_argument(
        "--speed", type=float, default=1.0,
        help="with --demo: play the simulated shift this many times faster than real time",
    )


def run(args: argparse.Namespace) -> int:
    """Start the app."""
    raise CompanionError("the tray app is not available in this build yet")
