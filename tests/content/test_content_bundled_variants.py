"""The bundled deck's translations (every ``decks/default.*.toml``): each validates without a
warning, keeps the base's cards, and is what an agent of that language sees."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from companion.content.decks import MARKUP_PATTERN, CueDeck, check_deck_file
from companion.content.library import load_default_decks
from companion.content.locales import file_tag, normalize_tag
from companion.content.variants import compare_variant
from companion.paths import AppPaths, resource_dir
from companion.settings import Settings

DECKS = resource_dir("decks")
VARIANTS = sorted(DECKS.glob("default.*.toml"))


@pytest.fixture(scope="module")
def base() -> CueDeck:
    check = check_deck_file(DECKS / "default.toml", origin="bundled")
    assert check.deck is not None and check.problems == []
    return check.deck


def _load(path: Path) -> CueDeck:
    check = check_deck_file(path, origin="bundled")
    assert check.problems == [], [str(p) for p in check.problems]   # not even warnings
    assert check.deck is not None
    return check.deck


def test_spanish_and_german_are_bundled() -> None:
    assert {"es", "de"} <= {file_tag(p) for p in VARIANTS}


@pytest.mark.parametrize("path", VARIANTS, ids=lambda p: p.name)
def test_translation_validates_and_keeps_the_base_cards(path: Path, base: CueDeck) -> None:
    deck = _load(path)
    tag = file_tag(path)
    assert tag is not None and normalize_tag(deck.locale) == normalize_tag(tag)
    assert deck.id == base.id and deck.version == base.version
    assert compare_variant(base, deck) == []            # card ids, when, tags, version
    assert [c.id for c in deck.cards] == [c.id for c in base.cards]   # same order: reviewable
    assert [c.weight for c in deck.cards] == [c.weight for c in base.cards]
    assert [e.version for e in deck.changelog] == [e.version for e in base.changelog]
    assert deck.support is not None and base.support is not None
    assert deck.support.title != base.support.title and deck.support.body != base.support.body
    assert deck.title != base.title and deck.description != base.description


@pytest.mark.parametrize("path", VARIANTS, ids=lambda p: p.name)
def test_translation_reads_at_a_glance(path: Path, base: CueDeck) -> None:
    deck = _load(path)
    english = {c.id: c.body for c in base.cards}
    same = [c.id for c in deck.cards if c.body == english[c.id]]
    assert same == [], "every body is translated"
    for card in deck.cards:
        for text in (card.title, card.body):
            assert not MARKUP_PATTERN.search(text) and "\n" not in text, card.id
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", card.body) if s]
        assert 1 <= len(sentences) <= 3, card.id


@pytest.mark.parametrize("path", VARIANTS, ids=lambda p: p.name)
def test_agents_of_that_language_see_it(path: Path, isolated_dirs: dict[str, Path]) -> None:
    tag = file_tag(path)
    assert tag is not None
    library = load_default_decks(AppPaths.from_environment(), Settings(), languages=[tag, "en"])
    assert library.problems == [], [str(p) for p in library.problems]
    assert library.by_id["default"].path == path
    assert tag in library.releases["default"].locales
