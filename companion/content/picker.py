"""Choosing which cue card to show: pure, seeded, and testable.

Plain Python, no Qt; used on the GUI thread.

Rules of :meth:`CardPicker.pick`:

* The pool is every card whose ``when`` contains the moment: ``after_tense`` (de-escalation and
  recovery cards after a tense call), ``start_of_shift`` (intention cards) or
  ``between_calls``. If no card fits the moment, the ``between_calls`` pool is used instead.
* Hidden cards are never picked.
* The card shown last is never picked twice in a row; if it is the only one left, ``pick``
  returns None rather than repeat it.
* Pinned cards are preferred: when any pinned card is in the pool, one of the pinned cards is
  picked with probability ``pinned_share`` (default 0.5, weighted among the pinned cards);
  otherwise the pick is made from the whole pool, so other cards still come up.
* Each card's chance is proportional to its ``weight`` (times ``helpful_boost`` for cards the
  agent marked helpful).

Pins, hides and helpful marks name a card by its key ``"deck/card"`` or by its bare card id
(which then matches that id in any deck).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from companion.content.decks import WHEN_VALUES, CueCard
from companion.content.library import DeckLibrary

#: Default probability of drawing from the pinned cards when any fits the moment.
PINNED_SHARE = 0.5
#: Default weight multiplier for cards the agent marked helpful.
HELPFUL_BOOST = 2.0


class RandomSource(Protocol):
    """Anything with ``random() -> float in [0, 1)``: ``random.Random`` or a numpy
    ``Generator``."""

    def random(self) -> float:
        """A number in [0, 1)."""
        ...


def _matches(card: CueCard, names: frozenset[str]) -> bool:
    return card.key in names or card.id in names


class CardPicker:
    """Weighted random choice of cue cards for a moment (see the module docstring).

    Parameters
    ----------
    library
        The deck library; it may be reloaded between picks (the picker reads it each time).
    rng
        Source of randomness (seed it in tests).
    pinned, hidden, helpful
        Card keys (``"deck/card"``) or bare card ids.
    pinned_share
        Probability (0–1) of drawing from the pinned cards when any fits.
    helpful_boost
        Weight multiplier for helpful cards (≥ 1).
    """

    def __init__(self, library: DeckLibrary, *, rng: RandomSource,
                 pinned: Iterable[str] = (), hidden: Iterable[str] = (),
                 helpful: Iterable[str] = (), pinned_share: float = PINNED_SHARE,
                 helpful_boost: float = HELPFUL_BOOST) -> None:
        if not 0.0 <= pinned_share <= 1.0:
            raise ValueError("pinned_share must be between 0 and 1")
        if helpful_boost < 1.0:
            raise ValueError("helpful_boost must be at least 1")
        self.library = library
        self.rng = rng
        self.pinned = frozenset(pinned)
        self.hidden = frozenset(hidden)
        self.helpful = frozenset(helpful)
        self.pinned_share = pinned_share
        self.helpful_boost = helpful_boost
        self.last_key: str | None = None

    def set_pinned(self, keys: Iterable[str]) -> None:
        """Replace the pinned set."""
        self.pinned = frozenset(keys)

    def set_hidden(self, keys: Iterable[str]) -> None:
        """Replace the hidden set."""
        self.hidden = frozenset(keys)

    def set_helpful(self, keys: Iterable[str]) -> None:
        """Replace the helpful set."""
        self.helpful = frozenset(keys)

    def note_shown(self, card: CueCard | str) -> None:
        """Tell the picker a card was shown by other means (so it is not repeated next)."""
        self.last_key = card if isinstance(card, str) else card.key

    def candidates(self, moment: str) -> list[CueCard]:
        """Cards that may be picked for ``moment`` now (hidden and last-shown removed)."""
        if moment not in WHEN_VALUES:
            raise ValueError(f"unknown moment {moment!r}; expected one of {WHEN_VALUES}")
        visible = [c for c in self.library.cards() if not _matches(c, self.hidden)]
        pool = [c for c in visible if moment in c.when]
        if not pool and moment != "between_calls":
            pool = [c for c in visible if "between_calls" in c.when]
        return [c for c in pool if c.key != self.last_key]

    def weight(self, card: CueCard) -> float:
        """The weight used for ``card`` (its own weight, boosted if marked helpful)."""
        return card.weight * (self.helpful_boost if _matches(card, self.helpful) else 1.0)

    def pick(self, moment: str) -> CueCard | None:
        """Choose a card for ``moment`` (``after_tense``, ``between_calls``,
        ``start_of_shift``) and remember it as last shown; None if there is none to show."""
        pool = self.candidates(moment)
        if not pool:
            return None
        pinned = [c for c in pool if _matches(c, self.pinned)]
        if pinned and self.pinned_share > 0 and self.rng.random() < self.pinned_share:
            pool = pinned
        card = self._weighted(pool)
        self.last_key = card.key
        return card

    def _weighted(self, pool: list[CueCard]) -> CueCard:
        weights = [self.weight(c) for c in pool]
        target = float(self.rng.random()) * sum(weights)
        acc = 0.0
        for card, w in zip(pool, weights, strict=True):
            acc += w
            if target < acc:
                return card
        return pool[-1]
