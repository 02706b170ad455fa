"""`companion call` — placeholder until its issue lands (replace this module)."""

from __future__ import annotations

import argparse

from companion.errors import CompanionError


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `call` subcommand."""
    parser = subparsers.add_parser("call", help="Tell the running app about call state")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Not available yet."""
    raise CompanionError("'companion call' is not available in this build yet")
