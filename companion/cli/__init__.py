"""The ``companion`` command line.

``companion`` alone starts the tray app; subcommands are registered from small modules in this
package, each exposing ``register(subparsers)``. Modules here import only argparse and the
standard library at import time; heavy layers (numpy, Qt, sounddevice) are imported inside the
command that needs them, so ``companion analyze`` never loads Qt and start-up stays fast.

Errors: a :class:`companion.errors.CompanionError` becomes one line on stderr and a non-zero
exit code; never a traceback for bad input.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from companion import __version__
from companion.errors import CompanionError

#: Subcommand modules, in the order ``--help`` lists them.
COMMAND_MODULES = (
    "companion.cli.analyze",
    "companion.cli.call",
    "companion.cli.breathe",
    "companion.cli.deck",
    "companion.cli.data",
    "companion.cli.policy_cmd",
    "companion.cli.selftest",
)


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser (app options plus every subcommand)."""
    parser = argparse.ArgumentParser(
        prog="companion",
        description=(
            "Companion: an on-device wellbeing aid for contact-center agents. "
            "Run without a command to start the tray app. "
            "A wellbeing aid, not a medical device and not a monitoring tool."
        ),
    )
    parser.add_argument("--version", action="version", version=f"companion {__version__}")
    from companion.cli import app_cmd

    app_cmd.add_app_arguments(parser)
    parser.set_defaults(func=app_cmd.run)
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``companion`` console script. Returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except CompanionError as exc:
        print(f"companion: error: {exc.one_line()}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("companion: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
