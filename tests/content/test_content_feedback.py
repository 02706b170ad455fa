"""Anonymous card feedback: exactly the documented fields, shown before saving, nothing sent
by itself; files merge into a per-card table (and merges merge again); bad files are one line."""

from __future__ import annotations

import io
import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.cli import main
from companion.content.feedback import (
    FIELDS,
    CardCounts,
    CardFeedback,
    FeedbackError,
    feedback_from_marks,
    feedback_table,
    feedback_to_toml,
    merge_feedback,
    read_feedback_file,
)
from companion.paths import AppPaths
from companion.store import CardPreference, Store

MARKS = {"default/let-them-finish": (True, False), "default/own-it-kindly": (False, True),
         "default/unmarked": (False, False), "team/both": (True, True)}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_the_file_holds_only_the_documented_fields() -> None:
    text = feedback_to_toml(feedback_from_marks(MARKS))
    keys = {m.group(1) for m in re.finditer(r"^(\w+) =", text, re.MULTILINE)}
    assert keys == {"format", "version", "files", *FIELDS}
    assert "unmarked" not in text                       # only cards with a mark
    assert not re.search(r"\d{4}-\d{2}-\d{2}|\d{2}:\d{2}", text)   # no dates, no times
    for word in ("arousal", "call", "time", "name", "user"):
        assert word not in re.sub(r"^#.*$", "", text, flags=re.MULTILINE).lower()


def test_documented_fields_match(tmp_path: Path) -> None:
    doc = (Path(__file__).resolve().parents[2] / "docs" / "privacy.md").read_text("utf-8")
    section = doc.split("## Card feedback", 1)[1].split("\n## ", 1)[0]
    documented = set(re.findall(r"^\| `(\w+)`", section, re.MULTILINE))
    assert documented == {"format", "version", "files", *FIELDS}


def test_round_trip_and_merge(tmp_path: Path) -> None:
    a = tmp_path / "a.toml"
    a.write_text(feedback_to_toml(feedback_from_marks(MARKS)), encoding="utf-8")
    b = tmp_path / "b.toml"
    b.write_text(feedback_to_toml(feedback_from_marks({"default/let-them-finish": (True, False)})),
                 encoding="utf-8")
    merged = merge_feedback([read_feedback_file(a), read_feedback_file(b)])
    assert merged.files == 2
    assert merged.cards["default/let-them-finish"] == CardCounts(2, 0)
    assert merged.cards["team/both"] == CardCounts(1, 1)
    again = tmp_path / "merged.toml"
    again.write_text(feedback_to_toml(merged), encoding="utf-8")
    assert read_feedback_file(again) == merged          # a merge is a feedback file too


@settings(max_examples=60, deadline=None)
@given(st.lists(st.dictionaries(st.sampled_from(["d/a", "d/b", "e/c"]),
                                st.tuples(st.booleans(), st.booleans()), max_size=3),
                min_size=1, max_size=5))
def test_merging_adds_up_card_by_card(agents: list[dict[str, tuple[bool, bool]]]) -> None:
    merged = merge_feedback(feedback_from_marks(m) for m in agents)
    assert merged.files == len(agents)
    for key in ("d/a", "d/b", "e/c"):
        counts = merged.cards.get(key, CardCounts())
        assert counts.helpful == sum(m.get(key, (False, False))[0] for m in agents)
        assert counts.hidden == sum(m.get(key, (False, False))[1] for m in agents)


@pytest.mark.parametrize(("text", "fragment"), [
    ('format = "other"\n', "not a Companion card-feedback file"),
    ('format = "companion-card-feedback"\nversion = 9\n', "not supported"),
    ('format = "companion-card-feedback"\nversion = 1\nwhen = "2026-01-01"\n',
     "unexpected fields when"),
    ('format = "companion-card-feedback"\nversion = 1\n[cards."d/a"]\nhelpful = -1\n',
     "whole number"),
    ('format = "companion-card-feedback"\nversion = 1\n[cards."d/a"]\narousal = 70\n',
     "only helpful and hidden"),
    ('format = "companion-card-feedback"\nversion = 1\n[cards."Not A Key"]\nhelpful = 1\n',
     "deck/card key"),
    ("format = \n", "not valid TOML"),
])
def test_bad_files_are_one_line(tmp_path: Path, text: str, fragment: str) -> None:
    path = tmp_path / "f.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(FeedbackError) as info:
        read_feedback_file(path)
    assert fragment in str(info.value) and "\n" not in str(info.value)


def test_table_lists_cards_most_helpful_first() -> None:
    feedback = CardFeedback({"d/a": CardCounts(1, 3), "d/b": CardCounts(5, 0)}, 6)
    lines = feedback_table(feedback, {"d/b": "Breathe out longer"})
    assert lines[2].startswith("d/b") and "Breathe out longer" in lines[2]
    assert "(not in the decks in use)" in lines[3]
    assert lines[-1] == "2 cards from 6 feedback files"


# -- the CLI: the agent sees everything first; nothing is saved without a yes ----------------
@pytest.fixture
def marked_store(isolated_dirs: dict[str, Path]) -> AppPaths:
    paths = AppPaths.from_environment()
    store = Store.open(paths.database_file)
    store.set_card_preference(CardPreference("default/let-them-finish", helpful=True))
    store.set_card_preference(CardPreference("default/own-it-kindly", hidden=True))
    store.set_card_preference(CardPreference("default/feet-on-the-floor", pinned=True))
    store.close()
    return paths


def test_share_shows_the_whole_file_then_saves_on_yes(capsys, marked_store: AppPaths,
                                                      tmp_path: Path, monkeypatch) -> None:
    out_file = tmp_path / "mine.toml"
    monkeypatch.setattr(sys, "stdin", _Terminal("y\n"))
    code, out, _ = run(capsys, "deck", "share-feedback", "--out", str(out_file))
    assert code == 0 and out_file.is_file()
    saved = out_file.read_text(encoding="utf-8")
    assert saved in out                               # exactly what was shown
    assert "feet-on-the-floor" not in saved           # pins are not part of it
    assert "Nothing was sent" in out
    code, _, err = run(capsys, "deck", "share-feedback", "--out", str(out_file))
    assert code == 2 and "already exists" in err


def test_share_saves_nothing_on_no_or_without_a_terminal(capsys, marked_store: AppPaths,
                                                         tmp_path: Path, monkeypatch) -> None:
    out_file = tmp_path / "mine.toml"
    monkeypatch.setattr(sys, "stdin", _Terminal("n\n"))
    code, out, _ = run(capsys, "deck", "share-feedback", "--out", str(out_file))
    assert code == 1 and not out_file.exists() and "Not saved" in out
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    code, out, err = run(capsys, "deck", "share-feedback", "--out", str(out_file))
    assert code == 2 and not out_file.exists() and "--yes" in err
    assert "let-them-finish" in out                   # shown even when not saved
    code, _, _ = run(capsys, "deck", "share-feedback", "--out", str(out_file), "--yes")
    assert code == 0 and out_file.is_file()


def test_share_with_no_marks_says_so(capsys, isolated_dirs: dict[str, Path]) -> None:
    code, _, err = run(capsys, "deck", "share-feedback", "--yes")
    assert code == 2 and "not marked any card" in err


def test_supervisor_merges_files_into_a_table(capsys, tmp_path: Path,
                                              isolated_dirs: dict[str, Path]) -> None:
    files = []
    for i, marks in enumerate(({"default/breathe-out-longer": (True, False)},
                               {"default/breathe-out-longer": (True, False),
                                "default/own-it-kindly": (False, True)})):
        path = tmp_path / f"agent{i}.toml"
        path.write_text(feedback_to_toml(feedback_from_marks(marks)), encoding="utf-8")
        files.append(str(path))
    merged = tmp_path / "team.toml"
    code, out, _ = run(capsys, "deck", "feedback", *files, "--out", str(merged))
    assert code == 0
    row = next(line for line in out.splitlines() if "breathe-out-longer" in line)
    assert row.split()[1:3] == ["2", "0"] and "Breathe out longer" in row
    assert "2 cards from 2 feedback files" in out
    assert read_feedback_file(merged).files == 2
    bad = tmp_path / "bad.toml"
    bad.write_text("x = 1\n", encoding="utf-8")
    code, _, err = run(capsys, "deck", "feedback", str(bad))
    assert code == 2 and "bad.toml" in err and err.count("\n") == 1


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True
