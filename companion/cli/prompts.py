"""Asking the person at the terminal before a command does something they cannot undo or
that leaves the machine (``data delete``, ``support-bundle``). Standard library only."""

from __future__ import annotations

import sys

from companion.errors import CompanionError


def confirm(question: str, assume_yes: bool, action: str) -> bool:
    """True to go ahead: ``--yes`` given, or the agent typed yes.

    Refuses with a :class:`CompanionError` naming ``action`` (e.g. ``"delete"``) when there
    is no ``--yes`` and stdin is not a terminal (scripts, the windowed Windows build).
    """
    if assume_yes:
        return True
    stdin = sys.stdin
    if stdin is None or not stdin.isatty():
        raise CompanionError(f"refusing to {action} without confirmation: input is not a "
                             "terminal", "add --yes to confirm")
    try:
        answer = input(f"{question} Type 'yes' to confirm: ")
    except EOFError:
        return False
    return answer.strip().lower() in ("y", "yes")
