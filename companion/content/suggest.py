""""Did you mean ...?": the closest known word to a typo, for validation messages.

Plain Python (``difflib``), no Qt; used wherever content files are checked.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

#: How alike (0-1, :class:`difflib.SequenceMatcher` ratio) a known word must be to be offered.
CUTOFF = 0.6


def _normal(word: str) -> str:
    """Lowercase, with spaces, dots and hyphens read as the '_' or '-' a name would use."""
    return "".join(c if c.isalnum() else "_" for c in word.strip().lower())


def closest(word: object, choices: Iterable[str]) -> str | None:
    """The choice ``word`` was most likely meant to be, or None when nothing is close.

    Separators do not count against a match, so ``"after tense"`` finds ``after_tense`` and
    ``"positive language"`` finds ``positive-language``.
    """
    if not isinstance(word, str) or not word.strip():
        return None
    options = list(choices)
    by_normal = {_normal(c): c for c in options}
    key = _normal(word)
    if key in by_normal and by_normal[key] != word:
        return by_normal[key]
    found = difflib.get_close_matches(key, list(by_normal), n=1, cutoff=CUTOFF)
    return by_normal[found[0]] if found and by_normal[found[0]] != word else None


def did_you_mean(word: object, choices: Iterable[str]) -> str:
    """``" (did you mean 'x'?)"`` for the closest choice, or ``""``."""
    match = closest(word, choices)
    return f" (did you mean '{match}'?)" if match else ""
