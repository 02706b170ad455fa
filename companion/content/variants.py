"""Language variants of a deck: which copy of a deck id an agent is shown.

Plain Python, no Qt; runs wherever decks are loaded (the app's GUI thread, the CLI).

A deck comes in *language variants*: full deck files with the same ``[deck] id`` and the same
card ids, each with its own ``locale`` (``default.toml`` in English, ``default.es.toml`` in
Spanish, ...). Tags are matched by :mod:`companion.content.locales`.

Which copy of a deck id is used (:func:`resolve_release`, then :meth:`DeckRelease.pick`):

1. **The newest version wins, whatever its language.** The *release* of a deck is every file
   with its highest ``version``, plus translations of an older version that sit in the same
   folder as one of those files (a translation that lags behind its base, in the same folder).
   So IT shipping ``default`` version 2 in English alone replaces the bundled deck in every
   language: agents of every language get IT's newer content until IT ships its translations.
2. **The agent's language is picked within the release**: for each preferred language in turn,
   the exact tag, then a variant of the same language (``de`` for ``de-AT``, the plain
   language first); when none matches, the deck's base file (no language in its file name),
   else English, else the first file. A deck is never mixed from two languages.
3. **Two files with the same id, version and language conflict**: the one read first is kept.

A variant whose card ids or ``when`` lists differ from its base is not used (an error that
names the file and the ids); an older ``version`` than the base, or different tags, is a
warning.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from companion.content.decks import CueDeck
from companion.content.locales import (
    DEFAULT_LANGUAGES,
    best_match,
    display_tag,
    file_tag,
    language_of,
    normalize_tag,
)
from companion.content.problems import Problem


@dataclass
class DeckRelease:
    """The files of one deck id that are used together: the newest version in each language.

    Attributes
    ----------
    deck_id
        The deck's id.
    base
        The base file: the one the translations are checked against and the fallback.
    variants
        Every usable language variant: ``base`` first, then the others in precedence order.
    superseded
        Files replaced by a newer version (or by a file of the same language read first).
    problems
        Conflicts, translations whose cards differ from the base (errors: not used), older
        translations and different tags (warnings).
    """

    deck_id: str
    base: CueDeck
    variants: list[CueDeck]
    superseded: list[CueDeck] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def locales(self) -> list[str]:
        """The languages this deck is available in (``en``, ``es``, ``pt-BR``, ...)."""
        return [display_tag(d.locale) for d in self.variants]

    def pick(self, languages: Sequence[str] = DEFAULT_LANGUAGES) -> CueDeck:
        """The variant for someone who prefers ``languages`` (see the module docstring)."""
        index = best_match([d.locale for d in self.variants], languages)
        return self.base if index is None else self.variants[index]


def _folder(deck: CueDeck) -> Path | None:
    if deck.path is None:
        return None
    try:
        return deck.path.parent.resolve()
    except OSError:
        return deck.path.parent.absolute()


def _where(deck: CueDeck, label: Callable[[CueDeck], str] | None) -> str:
    return f"{deck.path} ({label(deck)})" if label is not None else str(deck.path)


def resolve_release(decks: Sequence[CueDeck],
                    label: Callable[[CueDeck], str] | None = None) -> DeckRelease:
    """The release of one deck id from its good files ``decks`` (in precedence order; at
    least one). ``label`` names a deck's source in conflict messages (``IT``)."""
    newest = max(d.version for d in decks)
    folders = {_folder(d) for d in decks if d.version == newest}
    order = {id(d): i for i, d in enumerate(decks)}
    chosen: list[CueDeck] = []
    superseded: list[CueDeck] = []
    problems: list[Problem] = []
    for deck in sorted(decks, key=lambda d: -d.version):   # stable: precedence within a version
        same = next((m for m in chosen
                     if normalize_tag(m.locale) == normalize_tag(deck.locale)), None)
        if same is not None and same.version == deck.version:
            problems.append(Problem(
                deck.path or Path(deck.id), deck.line,
                f"deck '{deck.id}' version {deck.version} is also in {_where(same, label)} "
                f"in the same language ({display_tag(deck.locale)}), which is kept; give the "
                "copy you want used a higher version, or remove one of them"))
        elif same is None and (deck.version == newest or _folder(deck) in folders):
            chosen.append(deck)
        else:
            superseded.append(deck)
    chosen.sort(key=lambda d: order[id(d)])
    base = _base(chosen)
    variants = [base]
    for deck in chosen:
        if deck is base:
            continue
        found = compare_variant(base, deck)
        problems.extend(found)
        if not any(p.is_error for p in found):
            variants.append(deck)
    variants.sort(key=lambda d: (d is not base, order[id(d)]))
    return DeckRelease(base.id, base, variants, superseded, problems)


def _base(decks: Sequence[CueDeck]) -> CueDeck:
    """The file with no language in its name, else the English one, else the first."""
    return next((d for d in decks if file_tag(d.path) is None),
                next((d for d in decks if language_of(d.locale) == "en"), decks[0]))


def _ids(ids: Sequence[str]) -> str:
    return ", ".join(ids)


def compare_variant(base: CueDeck, variant: CueDeck) -> list[Problem]:
    """How ``variant`` differs from its ``base`` where a translation must not: card ids and
    ``when`` lists (errors), tags and an older version (warnings)."""
    path = variant.path or Path(variant.id)
    name = base.path.name if base.path else f"the {display_tag(base.locale)} deck"
    tag = display_tag(variant.locale)
    problems: list[Problem] = []
    base_ids = [c.id for c in base.cards]
    missing = [i for i in base_ids if variant.card(i) is None]
    extra = [c for c in variant.cards if base.card(c.id) is None]
    if missing:
        problems.append(Problem(path, variant.line, f"the {tag} translation of deck "
                                f"'{base.id}' lacks cards that {name} has: {_ids(missing)}; "
                                "translate them (same ids) so this file can be used"))
    if extra:
        problems.append(Problem(path, extra[0].line, f"the {tag} translation of deck "
                                f"'{base.id}' has cards that {name} does not: "
                                f"{_ids([c.id for c in extra])}; a translation keeps the "
                                "base's card ids (add new cards to the base first)"))
    for card in variant.cards:
        original = base.card(card.id)
        if original is None:
            continue
        if set(card.when) != set(original.when):
            problems.append(Problem(path, card.line, f"card '{card.id}': when = "
                                    f"{list(card.when)} here but {list(original.when)} in "
                                    f"{name}; a translation keeps the base's when"))
        elif set(card.tags) != set(original.tags):
            problems.append(Problem(path, card.line, f"card '{card.id}': tags "
                                    f"{list(card.tags)} here but {list(original.tags)} in "
                                    f"{name}; copy the base's tags", "warning"))
    if variant.version < base.version:
        problems.append(Problem(path, variant.line, f"the {tag} translation is version "
                                f"{variant.version} but {name} is version {base.version}: "
                                "bring the translation up to date and give it the same "
                                "version", "warning"))
    return problems
