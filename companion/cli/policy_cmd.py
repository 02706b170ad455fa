"""`companion policy` — placeholder until its issue lands (replace this module)."""

from __future__ import annotations

import argparse

from companion.errors import CompanionError


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `policy` subcommand."""
    parser = subparsers.add_parser("policy", help="Show effective settings and where each came from")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Not available yet."""
    raise CompanionError("'companion policy' is not available in this build yet")
