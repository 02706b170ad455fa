"""`companion deck mine`: the agent's own cards, "what helps me".

Runs on the main thread of the CLI process; only the standard library at module level.
Exit codes: 0 done; 2 bad input or not allowed by policy (one line on stderr).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from companion.errors import CompanionError

if TYPE_CHECKING:
    from companion.content.decks import CueDeck


def register(actions: argparse._SubParsersAction) -> None:
    """Add the `mine` action (with list, add, remove, export, edit) to `companion deck`."""
    mine = actions.add_parser(
        "mine", help='Your own cards, "what helps me"',
        description="A few cards of your own, shown with the others after a tense call and "
                    "between calls. Kept only on this computer, in their own folder.")
    mine.set_defaults(func=run_list)
    steps = mine.add_subparsers(title="actions", metavar="ACTION")
    steps.add_parser("list", help="Show your cards and where they are kept") \
        .set_defaults(func=run_list)
    add = steps.add_parser("add", help="Add a card: a short title and a sentence or two")
    add.add_argument("title", metavar="TITLE", help='e.g. "Look at the photo of my dog"')
    add.add_argument("body", metavar="TEXT", help="one to three short sentences")
    add.set_defaults(func=run_add)
    remove = steps.add_parser("remove", help="Remove one of your cards")
    remove.add_argument("card_id", metavar="ID", help="the card's id (see 'deck mine list')")
    remove.set_defaults(func=run_remove)
    export = steps.add_parser("export", help="Copy your cards to a file (another computer)")
    export.add_argument("path", type=Path, metavar="FILE", help="a new .toml file")
    export.set_defaults(func=run_export)
    steps.add_parser("edit", help="Open your cards in the deck editor") \
        .set_defaults(func=run_edit)


def _where() -> Path:
    from companion.content.personal import allowed, my_cards_file
    from companion.paths import AppPaths
    from companion.policy import effective_settings

    paths = AppPaths.from_environment()
    allowed(effective_settings(paths).settings)
    return my_cards_file(paths)


def _read(path: Path) -> tuple[CueDeck, str | None]:
    from companion.content.personal import read_my_cards

    return read_my_cards(path)


def _save(path: Path, deck: CueDeck, base: str | None) -> None:
    """Check and save; the last card removed removes the file."""
    from companion.content.deck_doc import save_deck_text
    from companion.content.personal import check_my_cards

    if not deck.cards:
        path.unlink(missing_ok=True)
        return
    text, check = check_my_cards(deck, base, path)
    if check.errors:
        raise CompanionError("not saved: " + " ".join(check.errors[0].message.split()),
                             "cards are checked like any deck (docs/decks.md)")
    path.parent.mkdir(parents=True, exist_ok=True)
    save_deck_text(path, text)


def run_list(args: argparse.Namespace) -> int:
    """Print the agent's cards."""
    path = _where()
    deck, _ = _read(path)
    print(f"Your cards ({len(deck.cards)}), kept in {path}:")
    for card in deck.cards:
        print(f"  {card.id}: {card.title} — {' '.join(card.body.split())}")
    if not deck.cards:
        print('  none yet. Add one: companion deck mine add "Title" "A sentence or two."')
    return 0


def run_add(args: argparse.Namespace) -> int:
    """Add a card (checked like any deck card)."""
    from companion.content.personal import MAX_MY_CARDS, make_card, with_card

    path = _where()
    deck, base = _read(path)
    if len(deck.cards) >= MAX_MY_CARDS:
        raise CompanionError(f"you already have {MAX_MY_CARDS} cards",
                             "remove one first: companion deck mine remove ID")
    card = make_card(deck, args.title, args.body)
    _save(path, with_card(deck, card), base)
    print(f"Added '{card.id}'. It comes up after a tense call and between calls.")
    return 0


def run_remove(args: argparse.Namespace) -> int:
    """Remove one card."""
    from companion.content.personal import without_card

    path = _where()
    deck, base = _read(path)
    _save(path, without_card(deck, args.card_id), base)
    print(f"Removed '{args.card_id}'.")
    return 0


def run_export(args: argparse.Namespace) -> int:
    """Write a copy of the agent's cards to a new file."""
    from companion.content.deck_doc import save_deck_text
    from companion.content.personal import export_my_cards

    deck, base = _read(_where())
    if not deck.cards:
        raise CompanionError("you have no cards to export yet",
                             'add one: companion deck mine add "Title" "A sentence or two."')
    target: Path = args.path
    if target.exists():
        raise CompanionError(f"{target} already exists", "choose a new file name")
    save_deck_text(target, export_my_cards(deck, base))
    print(f"Wrote {len(deck.cards)} cards to {target}. On another computer, put it in the "
          f"folder 'deck mine list' shows there.")
    return 0


def run_edit(args: argparse.Namespace) -> int:
    """Open the agent's cards in the deck editor."""
    from companion.cli.deck import run_edit as edit

    path = _where()
    if not path.exists():
        raise CompanionError("you have no cards yet, so there is nothing to edit",
                             'add one first: companion deck mine add "Title" "A sentence."')
    return edit(argparse.Namespace(path=path))
