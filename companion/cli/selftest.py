"""`companion self-test` — placeholder until its issue lands (replace this module)."""

from __future__ import annotations

import argparse

from companion.errors import CompanionError


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `self-test` subcommand."""
    parser = subparsers.add_parser("self-test", help="Check Qt, audio, resources and the data dir")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Not available yet."""
    raise CompanionError("'companion self-test' is not available in this build yet")
