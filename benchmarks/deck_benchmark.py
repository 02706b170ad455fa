"""Cue deck benchmark: how long validating (and, in the editor, re-writing) a deck takes.

Builds a deck at the size limits (``MAX_CARDS`` cards with ~400-character bodies, under
``MAX_DECK_BYTES``) and times ``check_deck_text`` on it: what ``companion deck validate``, the
deck editor and the hot reload of a deck folder do for each file. Also times what the deck
editor does after each edit (200 ms after the last keystroke): ``render_deck`` of the edited
deck over the file's text (tomlkit, comments kept) and ``check_deck_text`` of the result, for
the bundled 66-card deck and for the largest deck. Prints Markdown rows for
``docs/benchmarks.md`` ("## Cue decks"; median and maximum of ``--repeat`` runs, ms).

Run by hand: ``python -m benchmarks.deck_benchmark [--repeat 15]``. Main thread; no files.
"""

from __future__ import annotations

import argparse
import dataclasses
import statistics
import time
from pathlib import Path

import tomli_w

from companion.content.deck_doc import render_deck
from companion.content.decks import (
    MAX_CARDS,
    MAX_DECK_BYTES,
    check_deck_text,
    draft_from_document,
)
from companion.content.toml_io import parse_toml_text
from companion.paths import resource_dir


def full_size_deck() -> str:
    """TOML text of a valid deck with ``MAX_CARDS`` cards."""
    cards = [{"id": f"card-{i}", "title": f"Card {i}",
              "body": "A fairly ordinary sentence about calm. " * 10,
              "tags": ["empathy", "time"], "when": ["between_calls"]} for i in range(MAX_CARDS)]
    text = tomli_w.dumps({"deck": {"id": "team", "title": "Team", "version": 1},
                          "cards": cards})
    assert len(text.encode()) <= MAX_DECK_BYTES
    return text


def time_validation(text: str, repeat: int) -> list[float]:
    """Seconds per ``check_deck_text`` call, ``repeat`` times."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        result = check_deck_text(text, Path("team.toml"))
        times.append(time.perf_counter() - started)
        assert result.deck is not None and len(result.deck.cards) == MAX_CARDS
    return times


def time_editor_step(text: str, repeat: int) -> list[float]:
    """Seconds per editor re-validation: change one title, write over ``text``, check."""
    path = Path("team.toml")
    deck, _ = draft_from_document(parse_toml_text(text, path))
    edited = dataclasses.replace(deck, cards=(
        dataclasses.replace(deck.cards[0], title="Changed title"), *deck.cards[1:]))
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        result = check_deck_text(render_deck(edited, text), path)
        times.append(time.perf_counter() - started)
        assert result.deck is not None and result.deck.cards[0].title == "Changed title"
    return times


def _row(label: str, times: list[float]) -> str:
    return f"| {label} | {statistics.median(times) * 1000:.0f} | {max(times) * 1000:.0f} |"


def main(argv: list[str] | None = None) -> int:
    """Command line: print the Markdown row."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args(argv)
    text = full_size_deck()
    size = f"{MAX_CARDS}-card deck ({len(text.encode()) // 1024} KiB)"
    print(_row(f"validate a {size}", time_validation(text, args.repeat)))
    bundled = (resource_dir("decks") / "default.toml").read_text(encoding="utf-8")
    print(_row("editor: edit, re-write (comments kept) and validate the bundled 66-card deck",
               time_editor_step(bundled, args.repeat)))
    print(_row(f"editor: the same for a {size}", time_editor_step(text, args.repeat)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
