"""`companion analyze` — placeholder until its issue lands (replace this module)."""

from __future__ import annotations

import argparse

from companion.errors import CompanionError


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `analyze` subcommand."""
    parser = subparsers.add_parser("analyze", help="Analyse a WAV file offline")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Not available yet."""
    raise CompanionError("'companion analyze' is not available in this build yet")
