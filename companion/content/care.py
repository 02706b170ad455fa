"""The order of care after a hard call, as rules the deck checker and the card picker share.

Plain Python, no Qt; runs wherever decks are checked or cards are picked.

After a tense call the agent comes first, in this order (``docs/decks.md``):

1. **Settle the body**: slow breathing, grounding, water, a stretch (tags ``breathing``,
   ``grounding``, ``self-care``), with a concrete dose and time.
2. **Name the feeling** and hear that it is normal (``feelings``).
3. **Be kind to yourself** (``self-compassion``).
4. **A boundary**: abuse is not part of the job (``boundaries``).
5. **Real support**: someone to talk to, a longer break (``support``, ``break``).

Skills for the next customer (empathy, positive language, ...) wait until the agent is calm:
``between_calls`` and ``start_of_shift``. So every ``after_tense`` card carries the tag
:data:`RECOVERY_TAG`, and the picker offers nothing else after a tense call.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: The tag every card offered after a tense call must carry.
RECOVERY_TAG = "recovery"
#: Cards with this tag show the deck's support contact; "someone to talk to".
SUPPORT_TAG = "support"
#: Cards with this tag suggest a longer break (shown after a run of tense calls).
BREAK_TAG = "break"
#: The card roles the app can ask for by name (the support contact, a longer break).
ROLES: tuple[str, ...] = (SUPPORT_TAG, BREAK_TAG)

#: The steps of care after a tense call, in order, and the tags that put a card in each.
CARE_STEPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("settle the body", ("breathing", "grounding", "self-care")),
    ("name the feeling", ("feelings",)),
    ("be kind to yourself", ("self-compassion",)),
    ("a boundary", ("boundaries",)),
    ("real support", (SUPPORT_TAG, BREAK_TAG)),
)

#: Soft limits: longer titles and bodies still work but are hard to take in at a glance.
SOFT_TITLE_WORDS = 6
SOFT_BODY_WORDS = 40

_PEOPLE = r"(?:customers?|callers?|clients?|people|someone|they|he|she)"
_LABELS = (r"(?:difficult|rude|angry|nasty|awful|horrible|impossible|unreasonable|toxic|crazy|"
           r"stupid|bad|aggressive|abusive|demanding|entitled|problem)")
#: Wording that makes the customer the problem ("that rude caller", "customers are
#: unreasonable"): after a hard call a card should help the agent settle, not take sides.
BLAME_PATTERN = re.compile(
    rf"\b{_LABELS}\s+(?:customers?|callers?|clients?)\b"
    rf"|\b{_PEOPLE}\s+(?:was|were|is|are|can be|get|gets)\s+(?:so\s+|just\s+|being\s+)?"
    rf"{_LABELS}\b"
    r"|\b(?:their|the customer's|the caller's) fault\b",
    re.IGNORECASE,
)


def is_recovery(tags: Iterable[str]) -> bool:
    """True for a card that may be shown right after a tense call."""
    return RECOVERY_TAG in tuple(tags)


def care_step(tags: Iterable[str]) -> int | None:
    """Index in :data:`CARE_STEPS` of the first step ``tags`` belong to (None: no step)."""
    tag_set = set(tags)
    return next((i for i, (_, step_tags) in enumerate(CARE_STEPS)
                 if tag_set.intersection(step_tags)), None)


def blames_customer(text: str) -> str | None:
    """The words in ``text`` that name the customer as the problem, or None."""
    match = BLAME_PATTERN.search(text)
    return match.group(0) if match else None


def word_count(text: str) -> int:
    """Words in ``text``: runs of non-space characters holding a letter or digit.

    Free-standing punctuation is not a word, so French spacing ("Essayez « et » ?")
    counts the same as English.
    """
    return sum(1 for token in text.split() if any(ch.isalnum() for ch in token))
