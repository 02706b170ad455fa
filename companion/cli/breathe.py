"""`companion breathe` — placeholder until its issue lands (replace this module)."""

from __future__ import annotations

import argparse

from companion.errors import CompanionError


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `breathe` subcommand."""
    parser = subparsers.add_parser("breathe", help="Open the paced-breathing guide")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Not available yet."""
    raise CompanionError("'companion breathe' is not available in this build yet")
