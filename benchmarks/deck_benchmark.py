"""Cue deck benchmark: how long validating the largest allowed deck takes.

Builds a deck at the size limits (``MAX_CARDS`` cards with ~400-character bodies, under
``MAX_DECK_BYTES``) and times ``check_deck_text`` on it: what ``companion deck validate``, the
deck editor and the hot reload of a deck folder do for each file. Prints a Markdown row for
``docs/benchmarks.md`` ("## Cue decks"; median and maximum of ``--repeat`` runs, ms).

Run by hand: ``python -m benchmarks.deck_benchmark [--repeat 15]``. Main thread; no files.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import tomli_w

from companion.content.decks import MAX_CARDS, MAX_DECK_BYTES, check_deck_text


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


def main(argv: list[str] | None = None) -> int:
    """Command line: print the Markdown row."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args(argv)
    text = full_size_deck()
    times = time_validation(text, args.repeat)
    print(f"| validate a {MAX_CARDS}-card deck ({len(text.encode()) // 1024} KiB) | "
          f"{statistics.median(times) * 1000:.0f} | {max(times) * 1000:.0f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
