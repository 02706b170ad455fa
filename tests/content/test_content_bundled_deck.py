"""The bundled default deck: size, validity, plain text, tone rules, the order of care,
coverage, originality."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from companion.content import care
from companion.content.decks import KNOWN_TAGS, MARKUP_PATTERN, CueDeck, check_deck_file
from companion.paths import resource_dir

#: The idea texts the deck was written from, when they sit beside the checkout (or above it).
SEEDS = next((p / "shared" / "seeds" for p in Path(__file__).resolve().parents
              if (p / "shared" / "seeds").is_dir()), Path("shared-seeds-not-found"))


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
    skills = [c for c in default_deck.cards if not c.is_recovery]
    assert all(set(c.when) <= {"between_calls", "start_of_shift"} for c in skills)


def test_after_a_tense_call_every_card_is_recovery_in_the_order_of_care(
        default_deck: CueDeck) -> None:
    after = [c for c in default_deck.cards if "after_tense" in c.when]
    assert after and all(c.is_recovery for c in after)
    steps = Counter(care.care_step(c.tags) for c in after)
    for step, (name, _) in enumerate(care.CARE_STEPS):
        assert steps[step] >= 2, name
    # Settling the body comes with a concrete dose and time ("five rounds, about a minute").
    numbers = r"\b(\d+|one|two|three|four|five|six|ten|twenty|thirty|sixty|half)\b"
    units = r"\b(breaths?|rounds?|seconds?|minutes?|sips?|things)\b"
    for card in after:
        if care.care_step(card.tags) == 0:
            assert re.search(numbers, card.body) and re.search(units, card.body), card.id


def test_real_support_cards_exist(default_deck: CueDeck) -> None:
    assert default_deck.support is not None and "team lead" in default_deck.support.body
    for role in care.ROLES:
        assert any(role in c.tags and "after_tense" in c.when for c in default_deck.cards)


#: Surface acting (faking a feeling) and forced positivity: not in this deck.
FORBIDDEN = ("smile", "relaxed face", "warmth in your voice", "goes right", "stay positive",
             "positive attitude", "good vibes", "cheer up", "don't take it personally",
             "leave it at the door", "grateful for", "look on the bright side")


def test_no_surface_acting_or_forced_positivity(default_deck: CueDeck) -> None:
    for card in default_deck.cards:
        text = f"{card.title} {card.body}".lower()
        assert not [f for f in FORBIDDEN if f in text], card.id
        if "after_tense" in card.when:
            assert care.blames_customer(text) is None, card.id
            assert not re.search(r"\b(should|must)\b", text), card.id   # never blaming


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
