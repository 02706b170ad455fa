"""Errors and problem records for content files (breathing patterns, cue decks).

Plain Python, no Qt: runs on whichever thread loads content (the GUI thread in the app, the
main thread in the CLI).

A bad content file never stops the app: loaders collect :class:`Problem` records (file, line,
severity, message) and skip the file. Code that wants one file or nothing (``companion deck
validate`` is the exception: it lists every problem) gets a :class:`ContentError` subclass
whose one-line message names the file, the line and what is wrong.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Generic, Literal, TypeVar

from companion.errors import CompanionError

Severity = Literal["error", "warning"]
T = TypeVar("T")


class ContentError(CompanionError):
    """A content file (pattern or deck) that cannot be used.

    ``path`` and ``line`` (both optional) are put in front of the message, so the one-line text
    reads ``decks/team.toml:12: card 'x': title is too long ...``.
    """

    def __init__(self, message: str, hint: str | None = None, *, path: Path | None = None,
                 line: int | None = None) -> None:
        self.path = path
        self.line = line
        self.detail = message
        where = "" if path is None else (f"{path}:{line}: " if line else f"{path}: ")
        super().__init__(where + message, hint)


class PatternError(ContentError):
    """A breathing-pattern file or value that cannot be used."""


class DeckError(ContentError):
    """A cue-deck file that cannot be used."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a content file.

    Attributes
    ----------
    path
        The file (or folder) concerned, as it was given to the loader.
    line
        1-based line in ``path`` where the problem is, or None when it concerns the whole file.
    message
        What is wrong and, where useful, what to do; one line.
    severity
        ``"error"`` (the file is not used) or ``"warning"`` (the file is used anyway).
    """

    path: Path
    line: int | None
    message: str
    severity: Severity = "error"

    @property
    def is_error(self) -> bool:
        """True for problems that stop the file from being used."""
        return self.severity == "error"

    def location(self) -> str:
        """``path:line`` (or just ``path`` when no line is known)."""
        return f"{self.path}:{self.line}" if self.line else str(self.path)

    def __str__(self) -> str:
        return f"{self.location()}: {self.severity}: {' '.join(self.message.split())}"


    def to_error(self, cls: type[ContentError] = ContentError) -> ContentError:
        """The problem as an exception of class ``cls``."""
        return cls(self.message, path=self.path, line=self.line)


def first_error(problems: list[Problem]) -> Problem | None:
    """The first error-severity problem in ``problems``, or None."""
    return next((p for p in problems if p.is_error), None)


@dataclass
class Loaded(Generic[T]):
    """Content loaded from several sources: the usable items by id, and what went wrong.

    Attributes
    ----------
    items
        Usable items by id, in load order.
    problems
        Every problem found (errors: the file was skipped; warnings: it was used anyway).
    """

    items: dict[str, T]
    problems: list[Problem]

    def get(self, item_id: str) -> T | None:
        """The item with ``item_id`` or None."""
        return self.items.get(item_id)

    def __contains__(self, item_id: object) -> bool:
        return item_id in self.items

    def __len__(self) -> int:
        return len(self.items)

    @property
    def errors(self) -> list[Problem]:
        """Only the error-severity problems."""
        return [p for p in self.problems if p.is_error]
