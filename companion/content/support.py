"""Real support: which ``[support]`` contact is shown, and the built-in cards that stand in
when no deck in use has a card for a role.

Plain Python, no Qt; used on the GUI thread by the card window.

Supervisors or IT write the contact (``[support]`` in a deck, see
:class:`~companion.content.decks.DeckSupport`). When several decks in use have one, the one
from an IT deck wins (the first in load order), then the agent's own, then any other, then
the bundled one: so IT can hand out the real numbers in a small deck of its own without
touching the bundled deck. With no contact anywhere, :data:`FALLBACK_SUPPORT` is used.
"""

from __future__ import annotations

from collections.abc import Iterable

from companion.content import care
from companion.content.decks import CueCard, CueDeck, DeckSupport

#: The deck id of the built-in cards (no file has it; marks on them are kept like any other).
BUILTIN_DECK_ID = "companion"

#: Shown when no deck in use has a ``[support]`` block.
FALLBACK_SUPPORT = DeckSupport(
    "Your team lead or a colleague you trust. Many employers also run a free, private "
    "staff support line: ask your team lead for its number.")

#: Stand-ins when no deck in use has a card for the role (they carry the role's tag).
FALLBACK_CARDS: dict[str, CueCard] = {
    care.SUPPORT_TAG: CueCard(
        "this-was-a-hard-one", "This was a hard one",
        "That call asked a lot of you. Nobody has to carry a call like that alone: talk it "
        "over with someone today.",
        (care.RECOVERY_TAG, care.SUPPORT_TAG), ("after_tense",), deck_id=BUILTIN_DECK_ID),
    care.BREAK_TAG: CueCard(
        "take-a-real-break", "Time for a real break",
        "Three tense calls in a row is a lot for anyone. If you can, leave the desk for ten "
        "minutes; ask your team lead to cover you.",
        (care.RECOVERY_TAG, care.BREAK_TAG), ("after_tense",), deck_id=BUILTIN_DECK_ID),
}

#: Which deck's support block wins, by origin (lower first).
_ORIGIN_RANK = {"it": 0, "personal": 1, "folder": 2, "bundled": 3}


def support_for(decks: Iterable[CueDeck]) -> DeckSupport:
    """The support contact to show, from the decks in use (in load order)."""
    with_support = [d for d in decks if d.support is not None]
    if not with_support:
        return FALLBACK_SUPPORT
    best = min(with_support, key=lambda d: _ORIGIN_RANK.get(d.origin, 2))
    assert best.support is not None
    return best.support


def shows_support(card: CueCard) -> bool:
    """True when the card window shows the support contact under ``card``."""
    return any(role in card.tags for role in care.ROLES)
