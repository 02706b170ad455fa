"""``companion deck diff OLD NEW``: what changed between two versions of a deck, in plain words.

Plain Python, no Qt; runs on the CLI's main thread. Cards are matched by id (a translated copy
of a deck keeps its card ids, so it compares card by card too).
"""

from __future__ import annotations

from dataclasses import dataclass

from companion.content.decks import MOMENT_LABELS, CueCard, CueDeck


@dataclass(frozen=True)
class CardChange:
    """One card present in both decks, and what is different about it (plain sentences)."""

    old: CueCard
    new: CueCard
    what: tuple[str, ...]


@dataclass(frozen=True)
class DeckDiff:
    """The differences between ``old`` and ``new`` (see :func:`diff_decks`)."""

    old: CueDeck
    new: CueDeck
    deck: tuple[str, ...]
    added: tuple[CueCard, ...]
    removed: tuple[CueCard, ...]
    changed: tuple[CardChange, ...]
    unchanged: int
    reordered: bool

    @property
    def same(self) -> bool:
        """True when nothing at all differs."""
        return not (self.deck or self.added or self.removed or self.changed or self.reordered)

    def lines(self) -> list[str]:
        """The report, one line each (see ``docs/decks.md``)."""
        old, new = self.old, self.new
        out = [f"Deck '{new.id}': version {old.version} -> {new.version}"]
        out += [f"  {line}" for line in self.deck]
        changes = new.changes_in(new.version)
        if changes and new.version != old.version:
            out.append(f"  What's new (changelog, version {new.version}): {changes}")
        out.append(f"Cards: {len(self.added)} added, {len(self.removed)} removed, "
                   f"{len(self.changed)} changed, {self.unchanged} unchanged"
                   + (" (the order changed)" if self.reordered else ""))
        for card in self.added:
            out.append(f'+ added   {card.id}: "{card.title}" ({_moments(card.when)})')
        for card in self.removed:
            out.append(f'- removed {card.id}: "{card.title}"')
        for change in self.changed:
            out.append(f'~ changed {change.new.id}: "{change.new.title}"')
            out += [f"    {line}" for line in change.what]
        if self.same:
            out.append("No differences.")
        return out


def _moments(when: tuple[str, ...]) -> str:
    return ", ".join(MOMENT_LABELS.get(m, m).lower() for m in when) or "no moment"


def _quoted(text: str) -> str:
    return '"' + " ".join(text.split()) + '"'


def _deck_changes(old: CueDeck, new: CueDeck) -> list[str]:
    out: list[str] = []
    if old.id != new.id:
        out.append(f"These are different decks ('{old.id}' and '{new.id}'): both would be "
                   "used side by side, not one replacing the other.")
    elif new.version <= old.version:
        out.append(f"The version was not raised ({new.version}): machines that already have "
                   f"version {old.version} keep it. Raise version before handing it out.")
    for name, label in (("title", "Title"), ("author", "Author"), ("locale", "Language"),
                        ("description", "Description")):
        before, after = getattr(old, name), getattr(new, name)
        if before != after:
            out.append(f"{label}: {_quoted(before) if before else '(none)'} -> "
                       f"{_quoted(after) if after else '(none)'}")
    if old.support != new.support:
        if new.support is None:
            out.append("The support contact was removed.")
        else:
            verb = "added" if old.support is None else "changed"
            out.append(f"Support contact {verb}: {_quoted(new.support.body)}")
    return out


def _card_changes(old: CueCard, new: CueCard) -> tuple[str, ...]:
    out: list[str] = []
    if old.title != new.title:
        out.append(f"title: {_quoted(old.title)} -> {_quoted(new.title)}")
    if old.body.strip() != new.body.strip():
        out.append(f"text now: {_quoted(new.body)}")
        out.append(f"text was: {_quoted(old.body)}")
    gained = [m for m in new.when if m not in old.when]
    lost = [m for m in old.when if m not in new.when]
    if gained:
        out.append(f"now also shown: {_moments(tuple(gained))}")
    if lost:
        out.append(f"no longer shown: {_moments(tuple(lost))}")
    added = [t for t in new.tags if t not in old.tags]
    dropped = [t for t in old.tags if t not in new.tags]
    if added or dropped:
        parts = ([f"added {', '.join(added)}"] if added else []) \
            + ([f"removed {', '.join(dropped)}"] if dropped else [])
        out.append("tags: " + "; ".join(parts))
    if old.weight != new.weight:
        how = "more" if new.weight > old.weight else "less"
        out.append(f"comes up {how} often (weight {old.weight:g} -> {new.weight:g})")
    return tuple(out)


def diff_decks(old: CueDeck, new: CueDeck) -> DeckDiff:
    """What changed from ``old`` to ``new``: deck fields, cards added, removed and changed
    (matched by card id), and whether the order of the common cards changed."""
    old_ids = {c.id for c in old.cards}
    new_ids = {c.id for c in new.cards}
    changed: list[CardChange] = []
    unchanged = 0
    for card in new.cards:
        before = old.card(card.id)
        if before is None:
            continue
        what = _card_changes(before, card)
        if what:
            changed.append(CardChange(before, card, what))
        else:
            unchanged += 1
    common_old = [c.id for c in old.cards if c.id in new_ids]
    common_new = [c.id for c in new.cards if c.id in old_ids]
    return DeckDiff(old, new, tuple(_deck_changes(old, new)),
                    tuple(c for c in new.cards if c.id not in old_ids),
                    tuple(c for c in old.cards if c.id not in new_ids),
                    tuple(changed), unchanged, common_old != common_new)
