"""The ``companion`` command line.

``companion`` alone starts the tray app; subcommands are registered from small modules in this
package, each exposing ``register(subparsers)``. Modules here import only argparse and the
standard library at import time; heavy layers (numpy, Qt, sounddevice) are imported inside the
command that needs them, so ``companion analyze`` never loads Qt and start-up stays fast. A
command's module is the only one imported when that command runs; ``--help`` and top-level
errors register them all.

Errors: a :class:`companion.errors.CompanionError` becomes one line on stderr and a non-zero
exit code; never a traceback for bad input.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

from companion import __version__
from companion.errors import CompanionError
from companion.fileio import describe_os_error

#: Subcommand modules by command name, in the order ``--help`` lists them.
COMMAND_MODULES = {
    "analyze": "companion.cli.analyze",
    "call": "companion.cli.call",
    "breathe": "companion.cli.breathe",
    "deck": "companion.cli.deck",
    "data": "companion.cli.data",
    "policy": "companion.cli.policy_cmd",
    "self-test": "companion.cli.selftest",
    "support-bundle": "companion.cli.support_bundle",
}

#: Values of ``--log-level`` (same as the ``log_level`` setting).
LOG_LEVEL_CHOICES = ("debug", "info", "warning", "error")


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The argument parser: app options plus every subcommand, or, when ``argv`` names a
    command, plus only that command (its module alone is imported; what it accepts, its
    help and its errors are the same as in the full parser)."""
    command = _command_of(argv) if argv is not None else None
    parser = _base_parser(argparse.ArgumentParser())
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND", dest="command")
    for module in (COMMAND_MODULES.values() if command is None else (command,)):
        importlib.import_module(module).register(subparsers)
    _add_log_level(subparsers)   # `companion self-test --log-level debug` works too
    return parser


def _base_parser(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """``parser`` as the top-level parser with the app's options, before any subcommand."""
    parser.prog = "companion"
    parser.description = (
        "Companion: an on-device wellbeing aid for contact-center agents. "
        "Run without a command to start the tray app. "
        "A wellbeing aid, not a medical device and not a monitoring tool."
    )
    parser.add_argument("--version", action="version", version=f"companion {__version__}")
    parser.add_argument("--log-level", choices=LOG_LEVEL_CHOICES, default=None,
                        help="detail of the log file for this run (default: the log_level "
                             "setting, 'info')")
    from companion.cli import app_cmd

    app_cmd.add_app_arguments(parser)
    parser.set_defaults(func=app_cmd.run)
    return parser


class _ProbeError(Exception):
    """The probe parser could not tell the command; the full parser reports the problem."""


class _Probe(argparse.ArgumentParser):
    """A parser that raises instead of printing or exiting, for finding the command."""

    def error(self, message: str) -> NoReturn:
        raise _ProbeError(message)

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        raise _ProbeError(message)

    def _print_message(self, message: str, file: Any = None) -> None:
        """Print nothing (``--version``): the full parser prints it."""


def _command_of(argv: Sequence[str]) -> str | None:
    """The module of the subcommand ``argv`` runs, as argparse reads it, or None when it runs
    none, asks for the top-level help or has a top-level error (then every command is
    registered, so help and errors list them all)."""
    probe = _base_parser(_Probe(add_help=False))
    subparsers = probe.add_subparsers(dest="command")
    for name, module in COMMAND_MODULES.items():
        # everything after the command is the command's own: positionals, never options
        sub = subparsers.add_parser(name, add_help=False, prefix_chars="\0")
        sub.add_argument("rest", nargs="*")
        sub.set_defaults(module=module)
    try:
        args, unknown = probe.parse_known_args(list(argv))
    except _ProbeError:
        return None
    return None if unknown or args.command is None else str(args.module)


def _add_log_level(subparsers: argparse._SubParsersAction) -> None:
    """Accept ``--log-level`` after every (nested) command as well."""
    for sub in {id(p): p for p in subparsers.choices.values()}.values():
        sub.add_argument("--log-level", choices=LOG_LEVEL_CHOICES, default=argparse.SUPPRESS,
                         help="detail of the log file for this run")
        for action in sub._actions:
            if isinstance(action, argparse._SubParsersAction):
                _add_log_level(action)


def start_logging(args: argparse.Namespace) -> None:
    """Open the log file at ``--log-level`` or the ``log_level`` setting; never raises.

    Every process logs to the same per-user file (:mod:`companion.logs`), so the helpdesk
    sees the tray app and the commands run beside it in one place.
    """
    import logging

    from companion.logs import install_exception_hooks, setup_logging
    from companion.paths import AppPaths
    from companion.policy import effective_settings

    paths = AppPaths.from_environment()
    level = getattr(args, "log_level", None) or effective_settings(paths).settings.log_level
    setup_logging(paths.log_file, level)
    install_exception_hooks()
    logging.getLogger("companion.cli").debug("command: %s", getattr(args, "command", None)
                                             or "app")


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``companion`` console script. Returns the exit code."""
    parser = build_parser(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(argv)
    start_logging(args)
    try:
        code = int(args.func(args) or 0)
        sys.stdout.flush()
        return code
    except OSError as exc:
        if isinstance(exc, BrokenPipeError) or not _stdout_failed():
            if isinstance(exc, BrokenPipeError):
                silence_stdout()
                return 0
            raise
        print(f"companion: error: cannot write the output: {describe_os_error(exc)} — free "
              "some space, or send the output somewhere else", file=sys.stderr)
        return 2
    except CompanionError as exc:
        import logging

        logging.getLogger("companion.cli").warning("%s: %s", getattr(args, "command", None)
                                                   or "app", exc.one_line())
        print(f"companion: error: {exc.one_line()}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("companion: interrupted", file=sys.stderr)
        return 130


def _stdout_failed() -> bool:
    """True when standard output cannot take what is buffered (a full disk, a closed pipe);
    it is then pointed at the null device so the interpreter does not fail again at exit."""
    try:
        sys.stdout.flush()
    except OSError:
        silence_stdout()
        return True
    return False


def silence_stdout() -> None:
    """Point standard output at the null device, so buffered text that could not be written
    is not retried (and reported again) when the interpreter exits."""
    import contextlib
    import os

    with contextlib.suppress(OSError, ValueError, AttributeError):
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
