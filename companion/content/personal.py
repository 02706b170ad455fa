"""The agent's own cards, "what helps me": a small personal deck in its own folder.

Plain Python, no Qt; used by ``companion deck mine`` (CLI main thread) and the "What helps
me" window (GUI thread).

The cards live in ``<config>/my-cards/what-helps-me.toml`` (:func:`my_cards_file`), a normal
deck with id ``my-cards`` checked by the same validation as every deck. They are offered
after a tense call and between calls (tags ``recovery`` and ``self-care``, so after a tense
call they come with the first step of care: settling the body). IT policy
``allow_personal_decks = false`` turns them off, together with the personal decks folder.
They are exported on their own (:func:`export_my_cards`), not with the store's data export.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from companion.content.deck_doc import render_deck
from companion.content.decks import (
    MAX_DECK_BYTES,
    CueCard,
    CueDeck,
    DeckCheck,
    check_deck_text,
    draft_from_document,
    slugify,
)
from companion.content.problems import DeckError
from companion.content.toml_io import read_toml_file
from companion.errors import CompanionError
from companion.paths import AppPaths
from companion.settings import Settings

#: The personal deck's id, title and folder (under the agent's configuration folder).
MY_DECK_ID = "my-cards"
MY_DECK_TITLE = "What helps me"
MY_FOLDER = "my-cards"
MY_FILE = "what-helps-me.toml"
#: "A few" cards: more than this is a deck, and decks have their own folder.
MAX_MY_CARDS = 20
#: Every personal card is for the agent: after a tense call and between calls.
MY_TAGS = ("recovery", "self-care")
MY_WHEN = ("after_tense", "between_calls")

_HEADER = """# What helps me: your own cards, shown with the others after a tense call and between
# calls. Only on this computer. Change them with 'companion deck mine' or the
# "What helps me" window; both check them like any deck.
"""


def my_cards_file(paths: AppPaths) -> Path:
    """Where the agent's own cards are kept."""
    return paths.user_content_dir(MY_FOLDER) / MY_FILE


def allowed(settings: Settings) -> None:
    """Raise :class:`CompanionError` when IT policy turns personal cards off."""
    if not settings.allow_personal_decks:
        raise CompanionError("your organisation's policy turns personal cards off "
                             "(allow_personal_decks = false)",
                             "ask your team lead or IT if you would like them")


def empty_deck() -> CueDeck:
    """The personal deck before any card is written."""
    return CueDeck(MY_DECK_ID, MY_DECK_TITLE, 1, ())


def read_my_cards(path: Path) -> tuple[CueDeck, str | None]:
    """The agent's cards and the file's text (None when there is no file yet).

    Raises :class:`DeckError` for a file that cannot be read or is not valid TOML.
    """
    if not path.exists():
        return empty_deck(), None
    doc = read_toml_file(path, max_bytes=MAX_DECK_BYTES, error_cls=DeckError)
    deck, _ = draft_from_document(doc)
    return deck, doc.text


def make_card(deck: CueDeck, title: str, body: str) -> CueCard:
    """A personal card with an id from its title (unique in ``deck``)."""
    base = slugify(title) or "my-card"
    ids = {c.id for c in deck.cards}
    card_id, n = base, 2
    while card_id in ids:
        card_id = f"{base[:60]}-{n}"
        n += 1
    return CueCard(card_id, " ".join(title.split()), body.strip(), MY_TAGS, MY_WHEN,
                   deck_id=MY_DECK_ID)


def with_card(deck: CueDeck, card: CueCard) -> CueDeck:
    """``deck`` with ``card`` added (or replacing the card with its id)."""
    cards = [c for c in deck.cards if c.id != card.id]
    old = deck.card(card.id)
    at = deck.cards.index(old) if old is not None else len(cards)
    cards.insert(at, card)
    return dataclasses.replace(deck, cards=tuple(cards))


def without_card(deck: CueDeck, card_id: str) -> CueDeck:
    """``deck`` without the card ``card_id`` (:class:`CompanionError` if there is none)."""
    if deck.card(card_id) is None:
        known = ", ".join(c.id for c in deck.cards) or "none yet"
        raise CompanionError(f"you have no card '{card_id}'", f"your cards: {known}")
    return dataclasses.replace(deck, cards=tuple(c for c in deck.cards if c.id != card_id))


def my_cards_text(deck: CueDeck, base: str | None) -> str:
    """The file text for ``deck`` (a new file starts with a short explanation)."""
    return render_deck(deck, base if base is not None else _HEADER + "\n")


def check_my_cards(deck: CueDeck, base: str | None, path: Path) -> tuple[str, DeckCheck]:
    """The text to save and its check: the deck rules, plus at most :data:`MAX_MY_CARDS`
    cards (an empty file is fine: it just has no cards)."""
    text = my_cards_text(deck, base)
    check = check_deck_text(text, path, origin="personal")
    if len(deck.cards) > MAX_MY_CARDS:
        from companion.content.problems import Problem

        check.problems.insert(0, Problem(path, None, f"{len(deck.cards)} cards; keep it to "
                                                     f"{MAX_MY_CARDS} or fewer"))
        check.deck = None
    return text, check


def export_my_cards(deck: CueDeck, base: str | None) -> str:
    """The text of a copy to take to another computer (``deck mine export``)."""
    return my_cards_text(deck, base)
