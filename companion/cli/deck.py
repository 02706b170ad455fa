"""`companion deck` — placeholder until its issue lands (replace this module)."""

from __future__ import annotations

import argparse

from companion.errors import CompanionError


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `deck` subcommand."""
    parser = subparsers.add_parser("deck", help="Cue decks: validate, list, new, edit")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Not available yet."""
    raise CompanionError("'companion deck' is not available in this build yet")
