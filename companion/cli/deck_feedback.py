"""`companion deck share-feedback` (an agent, by choice) and `companion deck feedback FILES`
(a supervisor): anonymous card feedback, shown in full before it is saved, never sent.

Runs on the main thread of the CLI process; only the standard library at module level.
Exit codes: 0 done; 1 the agent chose not to save; 2 bad input (one line on stderr).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from companion.errors import CompanionError


def register(actions: argparse._SubParsersAction) -> None:
    """Add the `share-feedback` and `feedback` actions to `companion deck`."""
    share = actions.add_parser(
        "share-feedback", help="Save an anonymous card-feedback file (you see all of it first)",
        description="Shows exactly what the file will hold (for each card you marked: helpful "
                    "1/0 and hidden 1/0; no names, times, voice data or calls), then saves it "
                    "if you agree. Nothing is sent: hand the file over yourself if you want.")
    share.add_argument("--out", type=Path, default=Path("card-feedback.toml"), metavar="FILE",
                       help="where to save it (default: card-feedback.toml here)")
    share.add_argument("--yes", action="store_true",
                       help="save without asking (for scripts; the text is still printed)")
    share.set_defaults(func=run_share)

    merge = actions.add_parser(
        "feedback", help="Add up agents' card-feedback files into a per-card table",
        description="Reads the files agents saved with 'companion deck share-feedback' and "
                    "prints, per card, how many marked it helpful and how many hid it.")
    merge.add_argument("files", nargs="+", type=Path, metavar="FILE")
    merge.add_argument("--out", type=Path, default=None, metavar="FILE",
                       help="also save the added-up counts (same format; can be merged again)")
    merge.set_defaults(func=run_merge)


def agent_feedback_text(store: Any) -> str:
    """The feedback file text from the agent's card marks in ``store``."""
    from companion.content.feedback import feedback_from_preferences, feedback_to_toml

    return feedback_to_toml(feedback_from_preferences(store.card_preferences()))


def run_share(args: argparse.Namespace) -> int:
    """Print the agent's feedback file in full; save it if they agree."""
    from companion.content.deck_doc import save_deck_text
    from companion.paths import AppPaths
    from companion.store import Store

    paths = AppPaths.from_environment()
    if not paths.database_file.exists():
        raise CompanionError("you have not marked any card yet, so there is nothing to share",
                             "mark cards Helpful or Hide them in the card window first")
    store = Store.open(paths.database_file)
    try:
        text = agent_feedback_text(store)
    finally:
        store.close()
    target: Path = args.out
    if target.exists():
        raise CompanionError(f"{target} already exists", "choose another --out FILE")
    print(f"This is everything the file {target} will hold:")
    print("-" * 72)
    print(text, end="")
    print("-" * 72)
    from companion.cli.prompts import confirm

    if not confirm("Save it?", args.yes, "save the feedback file"):
        print("Not saved. Nothing was written or sent.")
        return 1
    save_deck_text(target, text)
    print(f"Saved {target}. Nothing was sent anywhere: give it to your supervisor yourself, "
          "if you want to.")
    return 0


def run_merge(args: argparse.Namespace) -> int:
    """Add up feedback files and print the per-card table."""
    from companion.content.feedback import (
        feedback_table,
        feedback_to_toml,
        merge_feedback,
        read_feedback_file,
    )
    from companion.content.library import load_default_decks

    merged = merge_feedback(read_feedback_file(path) for path in args.files)
    library = load_default_decks()
    titles = {card.key: card.title for card in library.cards()}
    for line in feedback_table(merged, titles):
        print(line)
    if args.out is not None:
        from companion.content.deck_doc import save_deck_text

        save_deck_text(args.out, feedback_to_toml(merged))
        print(f"Saved the added-up counts to {args.out}.")
    return 0
