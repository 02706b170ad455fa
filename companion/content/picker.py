"""Choosing which cue card to show: pure, seeded, and testable.

Plain Python, no Qt; used on the GUI thread.

Rules of :meth:`CardPicker.pick`:

* The pool is every card whose ``when`` contains the moment: ``start_of_shift`` (intention
  cards) or ``between_calls``. If no card fits the moment, the ``between_calls`` pool is used
  instead.
* After a tense call (``after_tense``) only **recovery** cards are offered (tag ``recovery``,
  see :mod:`companion.content.care`): never a coaching card. They come in the order of care:
  after :meth:`CardPicker.start` the first card settles the body (``breathing``,
  ``grounding``, ``self-care``, or a pinned recovery card); each further pick moves on to the
  next step that has a card (the feeling, self-compassion, a boundary, real support), then
  any recovery card. Recovery cards listed for other moments fill in when no ``after_tense``
  card is tagged ``recovery``; with none at all, ``pick`` returns None (the card window then
  shows the built-in "this was a hard one" card).
* :meth:`CardPicker.pick_role` picks a card for a role (``support``: someone to talk to;
  ``break``: a longer break) from the cards tagged with it.
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

from companion.content import care
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
        self.care_step = 0   #: the next step of care after a tense call (see ``start``)

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

    def start(self, moment: str) -> None:
        """A new card session for ``moment`` begins (the card window opens): after a tense
        call the order of care starts again from settling the body."""
        if moment == "after_tense":
            self.care_step = 0

    def candidates(self, moment: str) -> list[CueCard]:
        """Cards that may be picked for ``moment`` now (hidden and last-shown removed)."""
        if moment not in WHEN_VALUES:
            raise ValueError(f"unknown moment {moment!r}; expected one of {WHEN_VALUES}")
        if moment == "after_tense":
            return self._care_pool()[1]
        visible = self._visible()
        pool = [c for c in visible if moment in c.when]
        if not pool and moment != "between_calls":
            pool = [c for c in visible if "between_calls" in c.when]
        return [c for c in pool if c.key != self.last_key]

    def _visible(self) -> list[CueCard]:
        return [c for c in self.library.cards() if not _matches(c, self.hidden)]

    def _care_pool(self) -> tuple[int | None, list[CueCard]]:
        """The step of care to offer now and its cards (only recovery cards, ever)."""
        visible = [c for c in self._visible() if c.key != self.last_key]
        recovery = [c for c in visible if "after_tense" in c.when and c.is_recovery] \
            or [c for c in visible if c.is_recovery]
        for step in range(self.care_step, len(care.CARE_STEPS)):
            pool = [c for c in recovery if care.care_step(c.tags) == step
                    or (step == 0 and _matches(c, self.pinned))]
            if pool:
                return step, pool
        return None, recovery

    def pick_role(self, role: str) -> CueCard | None:
        """A visible card tagged ``role`` (``support`` or ``break``), preferring cards for
        after a tense call; None when there is none."""
        if role not in care.ROLES:
            raise ValueError(f"unknown card role {role!r}; expected one of {care.ROLES}")
        tagged = [c for c in self._visible() if role in c.tags]
        pool = [c for c in tagged if "after_tense" in c.when] or tagged
        if not pool:
            return None
        card = self._weighted(pool)
        self.last_key = card.key
        return card

    def weight(self, card: CueCard) -> float:
        """The weight used for ``card`` (its own weight, boosted if marked helpful)."""
        return card.weight * (self.helpful_boost if _matches(card, self.helpful) else 1.0)

    def pick(self, moment: str) -> CueCard | None:
        """Choose a card for ``moment`` (``after_tense``, ``between_calls``,
        ``start_of_shift``) and remember it as last shown; None if there is none to show."""
        step: int | None = None
        if moment == "after_tense":
            step, pool = self._care_pool()
        else:
            pool = self.candidates(moment)
        if not pool:
            return None
        if step is not None:
            self.care_step = step + 1
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
