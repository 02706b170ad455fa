"""The bundled default deck: size, validity, plain text, tone rules, coverage, originality."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from companion.content.decks import KNOWN_TAGS, MARKUP_PATTERN, CueDeck, check_deck_file
from companion.paths import resource_dir

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"


@pytest.fixture(scope="module")
def default_deck() -> CueDeck:
    check = check_deck_file(resource_dir("decks") / "default.toml", origin="bundled")
    assert check.problems == [], [str(p) for p in check.problems]  # not even warnings
    assert check.deck is not None
    return check.deck


def test_at_least_40_valid_cards(default_deck: CueDeck) -> None:
    assert default_deck.id == "default" and len(default_deck.cards) >= 40


def test_no_markup_in_bodies_or_titles(default_deck: CueDeck) -> None:
    for card in default_deck.cards:
        for text in (card.title, card.body):
            assert not MARKUP_PATTERN.search(text), card.id
            assert "<" not in text and ">" not in text and "http" not in text, card.id


def test_cards_are_readable_at_a_glance(default_deck: CueDeck) -> None:
    for card in default_deck.cards:
        assert len(card.title.split()) <= 6, card.id
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", card.body) if s]
        assert 1 <= len(sentences) <= 3, card.id
        assert len(card.body) <= 200, card.id
        assert "\n" not in card.body


def test_tags_are_all_known_and_themes_covered(default_deck: CueDeck) -> None:
    tags = Counter(t for c in default_deck.cards for t in c.tags)
    assert set(tags) <= set(KNOWN_TAGS)
    for theme in ("empathy", "anger", "positive-language", "time", "trust", "accountability",
                  "breathing", "recovery", "teamwork", "intention", "self-care", "apology",
                  "de-escalation"):
        assert tags[theme] >= 2, theme
    assert all(card.tags for card in default_deck.cards)


def test_every_moment_has_enough_cards(default_deck: CueDeck) -> None:
    when = Counter(w for c in default_deck.cards for w in c.when)
    assert when["start_of_shift"] >= 6
    assert when["after_tense"] >= 15
    assert when["between_calls"] >= 25
    intention = [c for c in default_deck.cards if "intention" in c.tags]
    assert all("start_of_shift" in c.when for c in intention)
    after = [c for c in default_deck.cards if "after_tense" in c.when]
    assert sum("recovery" in c.tags or "de-escalation" in c.tags or "anger" in c.tags
               or "breathing" in c.tags for c in after) >= 12


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z']+", text.lower().replace("\u2019", "'"))


@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared/seeds not beside the checkout")
def test_no_sentence_copied_from_the_seed_texts(default_deck: CueDeck) -> None:
    seed_words = _words(" ".join(p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")))
    n = 7
    seed_grams = {tuple(seed_words[i:i + n]) for i in range(len(seed_words) - n + 1)}
    for card in default_deck.cards:
        words = _words(card.body)
        for i in range(len(words) - n + 1):
            assert tuple(words[i:i + n]) not in seed_grams, (card.id, words[i:i + n])
