"""Cue deck validation: every rule, line numbers in messages, fuzzing, round trip."""

from __future__ import annotations

from pathlib import Path

import pytest
import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.content import care
from companion.content.decks import (
    KNOWN_TAGS,
    ChangelogEntry,
    DeckSupport,
    check_deck_file,
    check_deck_text,
    deck_template,
    deck_to_toml,
    load_deck_file,
    slugify,
    tag_list_note,
)
from companion.content.problems import DeckError
from companion.content.toml_io import LineMap

P = Path("team.toml")


def card(cid: str, **kw: object) -> dict:
    return {"id": cid, "title": f"Title {cid}", "body": "Say what you can do.",
            "tags": ["empathy"], "when": ["between_calls"], **kw}


def deck(cards: list[dict] | None = None, **meta: object) -> dict:
    return {"deck": {"id": "team", "title": "Team", "version": 1, **meta},
            "cards": cards if cards is not None else [card("a"), card("b")]}


def check(data: dict | str):
    return check_deck_text(data if isinstance(data, str) else tomli_w.dumps(data), P)


def errors(data: dict | str) -> list[str]:
    return [p.message for p in check(data).problems if p.is_error]


def test_minimal_deck_is_valid() -> None:
    result = check(deck())
    assert result.problems == []
    d = result.deck
    assert d is not None and d.id == "team" and d.version == 1 and d.locale == "en"
    assert [c.key for c in d.cards] == ["team/a", "team/b"]
    assert d.cards[0].weight == 1.0 and d.cards[0].when == ("between_calls",)


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        ({"cards": [card("a")]}, "[deck] table is missing"),
        (deck([]), "no cards"),
        ({"deck": {"id": "team", "title": "T", "version": 1}}, "no cards"),
        (deck(version="1.2.0"), "whole number like 3"),
        (deck(version=0), "between 1 and"),
        (deck(version=True), "whole number"),
        (deck(id="Team North"), "deck.id must be 1-64 lowercase"),
        (deck(title="x" * 81), "deck.title is 81 characters; at most 80"),
        (deck(locale="english!"), "language tag"),
        (deck([card("a", title="x" * 81)]), "card 'a': title is 81 characters; at most 80"),
        (deck([card("a", body="x" * 601)]), "card 'a': body is 601 characters; at most 600"),
        (deck([card("a", body="   ")]), "card 'a': body is empty"),
        (deck([card("a", title="two\nlines")]), "must be on one line"),
        (deck([card("a", body="bell\x07")]), "control character"),
        (deck([card("A B")]), "card #1: id must be 1-64 lowercase"),
        (deck([card("x" * 65)]), "id must be 1-64"),
        (deck([card("a"), card("a")]), "used twice"),
        (deck([card("a", when=[])]), "non-empty list"),
        (deck([card("a", when="between_calls")]), "when must be a list"),
        (deck([card("a", when=["lunch"])]), "'lunch' is not one of"),
        (deck([{k: v for k, v in card("a").items() if k != "when"}]), "when is missing"),
        (deck([{k: v for k, v in card("a").items() if k != "body"}]), "body is missing"),
        (deck([card("a", weight=0.05)]), "between 0.1 and 10"),
        (deck([card("a", weight=11)]), "between 0.1 and 10"),
        (deck([card("a", weight="heavy")]), "must be a number"),
        (deck([card("a", tags="empathy")]), "tags must be a list"),
        (deck([card("a", tags=["Bad Tag"])]), "must be 1-32 lowercase"),
        (deck([card("a", tags=["x"] * 13)]), "at most 12"),
        (deck([card(f"c{i}") for i in range(501)]), "501 cards; at most 500"),
        ({"deck": "team", "cards": [card("a")]}, "deck must be a table"),
        ({**deck(), "cards": ["a", "b"]}, "cards must be"),
    ],
)
def test_invalid_decks(data: dict, fragment: str) -> None:
    result = check(data)
    assert result.deck is None
    assert any(fragment in m for m in errors(data)), errors(data)


def test_limits_are_inclusive() -> None:
    data = deck([card("a", title="x" * 80, body="y" * 600, weight=10),
                 card("b" * 64, weight=0.1)] + [card(f"c{i}") for i in range(498)])
    result = check(data)
    assert result.problems == [] and result.deck is not None and len(result.deck.cards) == 500


def test_unknown_tags_and_keys_warn_only() -> None:
    result = check(deck([card("a", tags=["empathy", "grumpy"], colour="red")], mood="x"))
    assert result.deck is not None
    messages = [(p.severity, p.message) for p in result.problems]
    assert all(sev == "warning" for sev, _ in messages)
    assert any("unknown tag 'grumpy'" in m for _, m in messages)
    assert any("unknown key 'colour'" in m for _, m in messages)
    assert any("unknown key 'mood'" in m for _, m in messages)


def warnings(data: dict | str) -> list[str]:
    return [p.message for p in check(data).problems if not p.is_error]


@pytest.mark.parametrize(("value", "meant"), [("empathie", "empathy"), ("Empathy", "empathy"),
                                              ("self care", "self-care"), ("recover", "recovery")])
def test_unknown_tags_suggest_the_known_one(value: str, meant: str) -> None:
    found = [m for m in warnings(deck([card("a", tags=[value])])) + errors(
        deck([card("a", tags=[value])])) if value in m]
    assert found and f"did you mean '{meant}'?" in found[0], found


@pytest.mark.parametrize(("value", "meant"), [("after tense", "after_tense"),
                                              ("betwen_calls", "between_calls"),
                                              ("Start of shift", "start_of_shift")])
def test_unknown_moments_suggest_the_known_one(value: str, meant: str) -> None:
    found = [m for m in errors(deck([card("a", when=[value])])) if value in m]
    assert found and f"did you mean '{meant}'?" in found[0]
    assert f'when = ["{meant}"]' in errors(deck([card("a", when=value)]))[0]


def test_unknown_keys_suggest_the_known_one() -> None:
    got = warnings(deck([card("a", tittle="x")]))
    assert any("'tittle'" in m and "did you mean 'title'?" in m for m in got), got


def test_the_tag_list_is_given_once_not_per_tag() -> None:
    result = check(deck([card("a", tags=["grumpy"]), card("b", tags=["sleepy", "dopey"])]))
    unknown = [p for p in result.problems if "unknown tag" in p.message]
    assert len(unknown) == 3 and not any("recovery" in p.message for p in unknown)
    note = tag_list_note(result.problems)
    assert note is not None and note.count("empathy") == 1 and "self-compassion" in note
    assert tag_list_note(check(deck()).problems) is None


def test_soft_warnings_are_warnings_never_errors() -> None:
    long_title = "One two three four five six seven"
    long_body = " ".join(["word"] * 41) + "."
    blame = "That rude caller was not your fault."
    result = check(deck([card("a", title=long_title), card("b", body=long_body),
                         card("c", body=blame, tags=["recovery"], when=["after_tense"]),
                         card("d", body=blame, when=["between_calls"])]))
    assert result.deck is not None and not result.errors
    text = " | ".join(p.message for p in result.problems)
    assert "title has 7 words" in text and "body has 41 words" in text
    assert "card 'c': 'rude caller' names the customer as the problem" in text
    assert "card 'd'" not in text          # only after a tense call


def test_after_tense_card_without_recovery_tag_teaches_the_order_of_care() -> None:
    result = check(deck([card("a", when=["after_tense"], tags=["empathy"])]))
    assert result.deck is not None
    [problem] = result.problems
    assert problem.severity == "warning" and "not tagged 'recovery'" in problem.message
    assert "between_calls" in problem.message and "agent comes first" in problem.message


def test_support_block_and_changelog() -> None:
    data = {**deck(version=3), "support": {"body": "Team lead: ext 2040."},
            "changelog": [{"version": 2, "changes": "More cards."},
                          {"version": 3, "changes": "Recovery first."}]}
    result = check(data)
    assert result.problems == [] and result.deck is not None
    assert result.deck.support == DeckSupport("Team lead: ext 2040.", "Someone to talk to")
    assert result.deck.changelog == (ChangelogEntry(2, "More cards."),
                                     ChangelogEntry(3, "Recovery first."))
    assert result.deck.changes_in(3) == "Recovery first." and result.deck.changes_in(1) == ""
    assert deck_to_toml(result.deck).count("[[changelog]]") == 2


@pytest.mark.parametrize(("extra", "fragment", "severity"), [
    ({"support": "call Sam"}, "support must be a table", "error"),
    ({"support": {"title": "x"}}, "support.body is missing", "error"),
    ({"support": {"body": "x" * 401}}, "at most 400", "error"),
    ({"changelog": [{"version": 1}]}, "changes is missing", "error"),
    ({"changelog": {"version": 1}}, "changelog must be", "error"),
    ({"changelog": [{"version": "1.0", "changes": "x"}]}, "whole number", "error"),
    ({"changelog": [{"version": 9, "changes": "x"}]}, "deck is version 1", "warning"),
    ({"changelog": [{"version": 9, "changes": "x"}]}, "no entry for version 1", "warning"),
])
def test_bad_support_or_changelog(extra: dict, fragment: str, severity: str) -> None:
    result = check({**deck(), **extra})
    found = [p for p in result.problems if fragment in p.message]
    assert found and found[0].severity == severity, result.problems


def test_a_support_only_deck_is_valid() -> None:
    data = {"deck": {"id": "acme-support", "title": "Support", "version": 1},
            "support": {"body": "Staff line: 0800 000 000"}}
    result = check(data)
    assert result.problems == [] and result.deck is not None and result.deck.cards == ()
    assert "no cards" in errors({"deck": data["deck"]})[0]


def test_html_in_body_is_a_warning() -> None:
    result = check(deck([card("a", body="Be <b>kind</b>")]))
    assert result.deck is not None
    assert [p.severity for p in result.problems] == ["warning"]
    assert "plain text" in result.problems[0].message


def test_every_problem_is_listed_not_just_the_first() -> None:
    data = deck([card("a", title="x" * 90), card("b", when=["nope"]), card("c", weight=99)],
                version="2")
    assert len(errors(data)) == 4


TEXT = '''# A team deck
[deck]
id = "team"
title = "Team"
version = 2

[[cards]]
id = "first"
title = "First"
body = """
A body that mentions
[[cards]]
id = "decoy"
inside a multi-line string."""
when = ["between_calls"]

[[cards]]  # second card
id = "second"
title = "Second"
body = 'Plain.'
tags = ["empathy",
        "Not Ok"]
when = ["between_calls"]

[[cards]]
id = "third"
title = "Third"
body = "Third body."
when = ["between_calls", "sometimes"]
weight = 50
'''


def test_errors_name_file_and_line() -> None:
    result = check(TEXT)
    found = {(p.line, p.message.split(":")[0]) for p in result.problems}
    assert (22, "card 'second'") in found  # the "Not Ok" tag element's own line
    assert (29, "card 'third'") in found  # the when line
    assert (30, "card 'third'") in found  # weight
    lines = TEXT.splitlines()
    for p in result.problems:
        assert p.line is not None
        assert "third" in p.message or "second" in p.message
    assert "Not Ok" in lines[22 - 1] and "sometimes" in lines[29 - 1]
    assert str(result.problems[0]).startswith("team.toml:22: error: card 'second'")


def test_missing_key_points_at_card_header() -> None:
    text = TEXT.replace('title = "Third"\n', "")
    result = check(text)
    missing = [p for p in result.problems if "title is missing" in p.message]
    assert missing and missing[0].line == 25  # the [[cards]] line of the third card


def test_duplicate_id_names_first_line() -> None:
    text = TEXT.replace('id = "third"', 'id = "first"').replace(', "sometimes"', "")
    text = text.replace("weight = 50", "weight = 5")
    dup = [p for p in check(text).problems if "used twice" in p.message]
    assert dup and dup[0].line == 26 and "first at line 7" in dup[0].message


def test_invalid_toml_reports_line(tmp_path: Path) -> None:
    path = tmp_path / "t.toml"
    path.write_text(TEXT.replace('title = "Second"', 'title = "Second'), encoding="utf-8")
    result = check_deck_file(path)
    assert result.deck is None and result.problems[0].line == 19
    assert "not valid TOML" in result.problems[0].message
    with pytest.raises(DeckError) as info:
        load_deck_file(path)
    assert f"{path}:19:" in str(info.value)


def test_file_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.toml"
    path.write_text(tomli_w.dumps(deck()) + "#" * (256 * 1024), encoding="utf-8")
    assert "256 KiB" in check_deck_file(path).problems[0].message


def test_inline_table_cards_get_lines() -> None:
    text = '''deck = {id = "t", title = "T", version = 1}
cards = [
  {id = "a", title = "A", body = "b", when = ["between_calls"]},
  {id = "b", title = "B", body = "b", when = ["later"]},
]
'''
    result = check(text)
    assert [p.line for p in result.problems] == [4]


def test_cards_inside_deck_table_get_a_hint() -> None:
    text = '[deck]\nid = "t"\ntitle = "T"\nversion = 1\n[deck.cards]\nid = "a"\n'
    problems = [p for p in check(text).problems if p.is_error]
    assert problems and "[[cards]]" in problems[0].message and "after" in problems[0].message


def test_template_validates_and_round_trips() -> None:
    text = deck_template("team-north", 'North "team"', "Sam")
    result = check_deck_text(text, Path("team-north.toml"))
    assert result.problems == [] and result.deck is not None
    again = check_deck_text(deck_to_toml(result.deck), Path("x.toml"))
    assert again.deck == result.deck
    with pytest.raises(DeckError):
        deck_template("Bad Id", "x")


def test_slugify() -> None:
    assert slugify("Team North!") == "team-north"
    assert slugify("  ") == ""
    assert len(slugify("x" * 100)) == 64


def test_known_tags_cover_the_brief() -> None:
    for tag in ("anger", "apology", "positive-language", "empathy", "recovery", "trust",
                "time", "teamwork", "self-care", "intention", "breathing"):
        assert tag in KNOWN_TAGS


# -- fuzzing -------------------------------------------------------------------------------
FUZZ = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])


@FUZZ
@given(st.text(max_size=400))
def test_fuzz_text_never_crashes(text: str) -> None:
    result = check_deck_text(text, P)
    if result.deck is None:
        assert any(p.is_error for p in result.problems)
    for p in result.problems:
        assert str(p).startswith("team.toml") and "\n" not in str(p)


_scalar = st.one_of(st.integers(-3, 700), st.floats(allow_nan=False), st.booleans(),
                    st.text(max_size=12), st.just("between_calls"), st.just("empathy"))
_card = st.fixed_dictionaries({}, optional={
    "id": st.one_of(st.from_regex(r"[a-z0-9-]{1,8}", fullmatch=True), _scalar),
    "title": st.one_of(st.text(max_size=90), _scalar),
    "body": st.one_of(st.text(max_size=30), _scalar),
    "tags": st.one_of(st.lists(st.sampled_from([*KNOWN_TAGS, "odd", "Bad"]), max_size=4),
                      _scalar),
    "when": st.one_of(st.lists(st.sampled_from(["after_tense", "between_calls",
                                                "start_of_shift", "x"]), max_size=3),
                      _scalar),
    "weight": _scalar,
})


@FUZZ
@given(st.fixed_dictionaries({}, optional={
    "deck": st.one_of(st.fixed_dictionaries({}, optional={
        "id": _scalar, "title": _scalar, "version": _scalar, "locale": _scalar}), _scalar),
    "cards": st.one_of(st.lists(_card, max_size=6), _scalar),
}))
def test_fuzz_structured_decks(data: dict) -> None:
    try:
        text = tomli_w.dumps(data)
    except (TypeError, ValueError):
        return
    result = check_deck_text(text, P)
    if result.deck is not None:
        d = result.deck
        assert 1 <= len(d.cards) <= 500
        assert len({c.id for c in d.cards}) == len(d.cards)
        for c in d.cards:
            assert c.title and len(c.title) <= 80 and c.body and len(c.body) <= 600
            assert c.when and 0.1 <= c.weight <= 10
    else:
        errs = [p for p in result.problems if p.is_error]
        assert errs and all(p.message for p in errs)


@FUZZ
@given(st.lists(st.tuples(st.from_regex(r"[a-z][a-z0-9-]{0,10}", fullmatch=True),
                          st.sampled_from(["header", "inline-compact", "spaced"]),
                          st.text(alphabet='ab "[]=#\n', max_size=30)),
                min_size=1, max_size=8, unique_by=lambda t: t[0]))
def test_fuzz_line_map_finds_every_card(cards: list[tuple[str, str, str]]) -> None:
    """Whatever the layout and however tricky the bodies, each card's id line is found."""
    parts = ['[deck]\nid = "t"\ntitle = "T"\nversion = 1\n']
    for cid, style, body in cards:
        body_toml = '"""' + body.replace("\\", "").replace('"', "'") + '"""'
        if style == "header":
            parts.append(f'\n[[cards]]\nid = "{cid}"\nbody = {body_toml}\n')
        elif style == "spaced":
            parts.append(f'\n# [[cards]] id = "{cid}"\n[[ cards ]]\n  body = {body_toml}\n'
                         f'  "id" = "{cid}"\n')
        else:
            parts.append(f'\n[[cards]]\nbody = {body_toml}\nid="{cid}"  # id = "no"\n')
    text = "".join(parts)
    lines = LineMap(text)
    source = text.splitlines()
    for i, (cid, _, _) in enumerate(cards):
        line = lines.exact("cards", i, "id")
        assert line is not None
        assert f'"{cid}"' in source[line - 1] and "#" not in source[line - 1].split("=")[0]


def test_windows_line_endings_keep_line_numbers() -> None:
    crlf = check(TEXT.replace("\n", "\r\n"))
    lf = check(TEXT)
    assert [(p.line, p.message) for p in crlf.problems] == [
        (p.line, p.message) for p in lf.problems]


def test_full_size_deck_validates() -> None:
    """How fast is measured by ``benchmarks/deck_benchmark.py`` (docs/benchmarks.md)."""
    data = deck([card(f"card-{i}", body="A fairly ordinary sentence about calm. " * 10,
                      tags=["empathy", "time"]) for i in range(500)])
    text = tomli_w.dumps(data)
    assert len(text.encode()) < 256 * 1024
    result = check(text)
    assert result.deck is not None and len(result.deck.cards) == 500
    assert not [p for p in result.problems if p.is_error]


def test_pattern_file_given_as_deck_gets_a_hint() -> None:
    text = 'name = "Box"\ncycles = 2\n[[phases]]\nkind = "inhale"\nseconds = 4\n'
    assert any("looks like a breathing pattern" in m for m in errors(text))


def test_free_standing_punctuation_is_not_a_word() -> None:
    french = "Essayez\u00a0« et » plutôt que « mais »\u00a0?"
    assert care.word_count(french) == 5
    assert care.word_count("Breathe in — then out.") == 4
    result = check(deck([card("a", title="Essayez « et » plutôt que « mais » ?")]))
    assert not any("title has" in p.message for p in result.problems)
