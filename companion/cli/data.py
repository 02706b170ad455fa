"""`companion data` — placeholder until its issue lands (replace this module)."""

from __future__ import annotations

import argparse

from companion.errors import CompanionError


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `data` subcommand."""
    parser = subparsers.add_parser("data", help="Your stored data: summary, export, delete")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Not available yet."""
    raise CompanionError("'companion data' is not available in this build yet")
