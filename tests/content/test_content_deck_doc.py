"""Writing decks with tomlkit: unchanged files stay byte-identical, edits keep comments,
comments travel with their card, unknown keys stay; fuzzed edit sequences round-trip."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from companion.content.deck_doc import card_lines, render_deck
from companion.content.decks import (
    ChangelogEntry,
    CueDeck,
    DeckSupport,
    check_deck_text,
    deck_template,
    deck_to_toml,
    draft_from_document,
    new_card,
)
from companion.content.toml_io import parse_toml_text

P = Path("team.toml")

TEXT = '''# My team deck: keep this header.
[deck]
id = "team"  # do not change
title = "Team"
version = 1
colour = "teal"   # a key Companion does not know

# Guidance for every card below.

[[cards]]
id = "a"
title = "A"
body = """
First line \\
and more."""
when = ["between_calls"]
# a note inside card a

# About card b
[[cards]]
id = "b"
title = "B"
body = "Bee."
tags = ["empathy"]
when = ["between_calls"]
mood = "odd"

# About card c
# (two lines)
[[cards]]
id = "c"   # c's id
title = "C"
body = "Sea."
when = ["between_calls"]
weight = 2

# The end.
'''


def draft(text: str = TEXT) -> CueDeck:
    deck, notes = draft_from_document(parse_toml_text(text, P))
    assert notes == []
    return deck


def reordered(deck: CueDeck, order: list[int]) -> CueDeck:
    return replace(deck, cards=tuple(deck.cards[i] for i in order))


def comments(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip().startswith("#")]


def test_unchanged_files_are_written_back_byte_for_byte() -> None:
    assert render_deck(draft(), TEXT) == TEXT
    template = deck_template("team-north", "North", "Sam")
    assert render_deck(draft(template), template) == template


def test_an_edit_changes_only_its_line() -> None:
    deck = draft()
    edited = replace(deck, cards=(replace(deck.cards[0], title="A new title"),
                                  *deck.cards[1:]))
    out = render_deck(edited, TEXT)
    changed = [(a, b) for a, b in zip(TEXT.splitlines(), out.splitlines(), strict=True)
               if a != b]
    assert changed == [('title = "A"', 'title = "A new title"')]


def test_comments_travel_with_their_card() -> None:
    out = render_deck(reordered(draft(), [2, 0, 1]), TEXT)
    assert check_deck_text(out, P).deck is not None
    assert sorted(comments(out)) == sorted(comments(TEXT))
    # "About card b" still sits right above b's table; the header and the end stay put.
    lines = out.splitlines()
    b_header = lines.index('id = "b"') - 1
    assert lines[b_header] == "[[cards]]" and lines[b_header - 1] == "# About card b"
    assert lines[0] == "# My team deck: keep this header." and lines[-1] == "# The end."
    assert 'colour = "teal"' in out and 'mood = "odd"' in out   # unknown keys kept


def test_deleting_a_card_drops_its_own_comments_only() -> None:
    out = render_deck(reordered(draft(), [0, 2]), TEXT)
    assert "# About card b" not in out and "mood" not in out
    assert set(comments(out)) == set(comments(TEXT)) - {"# About card b"}


def test_multi_line_style_kept_until_the_text_changes() -> None:
    deck = draft()
    assert '"""\nFirst line \\\nand more."""' in render_deck(deck, TEXT)
    edited = replace(deck, cards=(replace(deck.cards[0], body="One\nTwo"), *deck.cards[1:]))
    out = render_deck(edited, TEXT)
    assert check_deck_text(out, P).deck.cards[0].body == "One\nTwo"  # type: ignore[union-attr]


def test_new_support_and_changelog_go_above_the_cards() -> None:
    deck = replace(draft(), support=DeckSupport("Team lead: ext 2040."), version=2,
                   changelog=(ChangelogEntry(2, "Support added."),))
    out = render_deck(deck, TEXT)
    assert out.index("[support]") < out.index("[[changelog]]") < out.index("[[cards]]")
    again = check_deck_text(out, P)
    assert not again.errors and again.deck is not None
    assert again.deck.support == deck.support and again.deck.changelog == deck.changelog
    removed = render_deck(replace(again.deck, support=None, changelog=()), out)
    assert "[support]" not in removed and "changelog" not in removed


def test_weight_and_tags_back_to_defaults_remove_their_keys() -> None:
    deck = draft()
    plain = replace(deck, cards=(deck.cards[0], replace(deck.cards[1], tags=()),
                                 replace(deck.cards[2], weight=1.0)))
    out = render_deck(plain, TEXT)
    assert "tags" not in out and "weight" not in out


def test_card_lines_follow_the_saved_text() -> None:
    out = render_deck(reordered(draft(), [2, 0, 1]), TEXT)
    lines = card_lines(out, 3)
    assert all(n is not None and out.splitlines()[n - 1] == "[[cards]]" for n in lines)
    assert check_deck_text(out, P).deck.cards[0].line == lines[0]  # type: ignore[union-attr]


def test_a_new_file_needs_no_base() -> None:
    deck = draft()
    text = deck_to_toml(deck)
    assert not text.startswith("\n") and "\n\n\n" not in text
    assert check_deck_text(text, P).deck == check_deck_text(TEXT, P).deck


# -- fuzzing: any sequence of edits ----------------------------------------------------------
_edit = st.one_of(
    st.tuples(st.just("title"), st.integers(0, 20),
              st.from_regex(r"[a-z][a-z \"']{0,10}[a-z]", fullmatch=True)),
    st.tuples(st.just("body"), st.integers(0, 20),
              st.from_regex(r"[a-z][a-z\n .\"\\]{0,30}[a-z.]", fullmatch=True)),
    st.tuples(st.just("weight"), st.integers(0, 20), st.sampled_from([1.0, 0.5, 2.0, 3.5])),
    st.tuples(st.just("tags"), st.integers(0, 20), st.sampled_from([(), ("empathy",),
                                                                    ("recovery", "breathing")])),
    st.tuples(st.just("delete"), st.integers(0, 20), st.none()),
    st.tuples(st.just("add"), st.integers(0, 20), st.none()),
    st.tuples(st.just("move"), st.integers(0, 20), st.integers(0, 20)),
)


@settings(max_examples=120, deadline=None)
@given(st.lists(_edit, max_size=10))
@example([("title", 0, "aa"), ("body", 0, "a\n\n\na")])   # a body with a blank line of its own
def test_any_edits_round_trip_and_keep_the_comments_of_kept_cards(edits: list) -> None:
    deck = draft()
    cards = list(deck.cards)
    for kind, i, value in edits:
        if kind == "add":
            cards.insert(i % (len(cards) + 1), replace(new_card({c.id for c in cards}),
                                                       body="New."))
            continue
        if not cards:
            continue
        i %= len(cards)
        if kind == "delete":
            del cards[i]
        elif kind == "move":
            cards.insert(value % len(cards), cards.pop(i))
        else:
            cards[i] = replace(cards[i], **{kind: value})
    edited = replace(deck, cards=tuple(cards))
    out = render_deck(edited, TEXT)
    again = check_deck_text(out, P)
    if not cards:
        assert "no cards" in again.errors[0].message and "# The end." in out
        return
    assert again.deck is not None, (out, again.problems)
    assert [replace(c, deck_id="team") for c in again.deck.cards] == \
        [replace(c, deck_id="team", body=c.body.strip()) for c in cards]
    for keep in ("# My team deck: keep this header.", "# Guidance for every card below.",
                 "# The end."):
        assert keep in out
    kept_ids = {c.id for c in cards if c.line is not None}
    for cid, note in (("b", "# About card b"), ("c", "# About card c")):
        assert (note in out) == (cid in kept_ids), (cid, out)
    layout = re.sub(r'"""(?:.|\n)*?"""', '""', out)   # a body may hold blank lines itself
    assert not re.search(r"\n\n\n", layout)
