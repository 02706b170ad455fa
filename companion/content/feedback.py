"""Anonymous card feedback: what an agent may choose to share, and a supervisor's merge.

Plain Python (tomllib/tomli-w), no Qt; runs on the CLI's main thread or the GUI thread.

An agent's file holds, for each card they marked, only two counts: ``helpful`` (1 if they
marked it helpful) and ``hidden`` (1 if they hid it). No names, no times, no arousal, no calls,
nothing about when or how often a card was shown. The agent sees the exact text before saving
it, and nothing is ever sent: they hand the file over themselves, if they want to. Merged
files have the same format (``files`` counts how many were added up), so merges can be merged.
The fields are documented in ``docs/privacy.md``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from companion.content.problems import ContentError
from companion.content.toml_io import read_toml_file

#: The ``format`` value that marks a card-feedback file.
FORMAT = "companion-card-feedback"
FORMAT_VERSION = 1
#: Largest feedback file accepted (bytes).
MAX_FEEDBACK_BYTES = 1024 * 1024
#: Largest count accepted in a file (a merge of a very large centre stays far below).
MAX_COUNT = 10_000_000
#: A card key: ``deck-id/card-id``.
KEY_PATTERN = re.compile(r"^[a-z0-9-]{1,64}/[a-z0-9-]{1,64}$")
FIELDS = ("helpful", "hidden")


class FeedbackError(ContentError):
    """A card-feedback file that cannot be used."""


@dataclass(frozen=True)
class CardCounts:
    """How many agents marked one card helpful, and how many hid it."""

    helpful: int = 0
    hidden: int = 0

    def __add__(self, other: CardCounts) -> CardCounts:
        return CardCounts(self.helpful + other.helpful, self.hidden + other.hidden)


@dataclass(frozen=True)
class CardFeedback:
    """Counts per card key (``deck/card``) and how many agents' files were added up."""

    cards: dict[str, CardCounts] = field(default_factory=dict)
    files: int = 1


def feedback_from_marks(marks: Mapping[str, tuple[bool, bool]]) -> CardFeedback:
    """One agent's feedback from their marks: ``{card key: (helpful, hidden)}``. Cards with
    neither mark (and keys that are not ``deck/card``) are left out."""
    cards = {key: CardCounts(int(helpful), int(hidden))
             for key, (helpful, hidden) in sorted(marks.items())
             if (helpful or hidden) and KEY_PATTERN.match(key)}
    return CardFeedback(cards, 1)


def feedback_from_preferences(prefs: Mapping[str, Any]) -> CardFeedback:
    """One agent's feedback from the store's card preferences (``{key: CardPreference}``:
    ``helpful`` True counts, ``hidden`` counts; pins and "not helpful" are left out)."""
    return feedback_from_marks({key: (getattr(p, "helpful", None) is True,
                                      bool(getattr(p, "hidden", False)))
                                for key, p in prefs.items()})


def feedback_to_toml(feedback: CardFeedback) -> str:
    """The file text, exactly as it is saved (the agent is shown this before saving)."""
    lines = [
        "# Companion card feedback. Anonymous: for each card, how many people marked it",
        "# helpful and how many hid it. No names, no times, no voice or arousal data, no calls.",
        f'format = "{FORMAT}"',
        f"version = {FORMAT_VERSION}",
        f"files = {feedback.files}",
    ]
    for key in sorted(feedback.cards):
        counts = feedback.cards[key]
        lines += ["", f'[cards."{key}"]', f"helpful = {counts.helpful}",
                  f"hidden = {counts.hidden}"]
    return "\n".join(lines) + "\n"


def read_feedback_file(path: Path) -> CardFeedback:
    """Read one feedback file; :class:`FeedbackError` (one line, with the file) when it is not
    one or holds anything beyond the documented fields."""
    doc = read_toml_file(path, max_bytes=MAX_FEEDBACK_BYTES, error_cls=FeedbackError)
    data = doc.data
    if data.get("format") != FORMAT:
        raise FeedbackError("not a Companion card-feedback file (format is not "
                            f"'{FORMAT}')", "give the files agents saved with "
                            "'companion deck share-feedback'", path=path)
    if data.get("version") != FORMAT_VERSION:
        raise FeedbackError(f"feedback format version {data.get('version')!r} is not "
                            f"supported (expected {FORMAT_VERSION})",
                            "update Companion", path=path)
    extra = set(data) - {"format", "version", "files", "cards"}
    if extra:
        raise FeedbackError(f"unexpected fields {', '.join(sorted(extra))}: a feedback file "
                            "holds only card counts", path=path)
    files = _count(data.get("files", 1), "files", path, low=1)
    raw = data.get("cards", {})
    if not isinstance(raw, dict):
        raise FeedbackError("cards must be a table of card counts", path=path)
    cards: dict[str, CardCounts] = {}
    for key, counts in raw.items():
        line = doc.line_of("cards", key)
        if not KEY_PATTERN.match(key) or not isinstance(counts, dict) \
                or set(counts) - set(FIELDS):
            raise FeedbackError(f"card '{key}': expected a deck/card key with only "
                                f"{' and '.join(FIELDS)}", path=path, line=line)
        cards[key] = CardCounts(*(_count(counts.get(f, 0), f"{key}: {f}", path, line=line)
                                  for f in FIELDS))
    return CardFeedback(cards, files)


def _count(value: object, label: str, path: Path, *, low: int = 0,
           line: int | None = None) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= MAX_COUNT:
        raise FeedbackError(f"{label} must be a whole number from {low} to {MAX_COUNT}, "
                            f"not {value!r}", path=path, line=line)
    return value


def merge_feedback(feedbacks: Iterable[CardFeedback]) -> CardFeedback:
    """The counts of several files added up, card by card."""
    cards: dict[str, CardCounts] = {}
    files = 0
    for feedback in feedbacks:
        files += feedback.files
        for key, counts in feedback.cards.items():
            cards[key] = cards.get(key, CardCounts()) + counts
    return CardFeedback(dict(sorted(cards.items())), files)


def feedback_table(feedback: CardFeedback, titles: Mapping[str, str] | None = None) -> list[str]:
    """A per-card table (most helpful first), one line each, for the terminal."""
    titles = titles or {}
    rows = sorted(feedback.cards.items(),
                  key=lambda kv: (-kv[1].helpful, kv[1].hidden, kv[0]))
    width = max([len(k) for k in feedback.cards] + [4])
    out = [f"{'card':<{width}}  helpful  hidden  title",
           f"{'-' * width}  -------  ------  -----"]
    for key, counts in rows:
        out.append(f"{key:<{width}}  {counts.helpful:>7}  {counts.hidden:>6}  "
                   f"{titles.get(key, '(not in the decks in use)')}")
    out.append(f"{len(rows)} cards from {feedback.files} feedback file"
               + ("" if feedback.files == 1 else "s"))
    return out
