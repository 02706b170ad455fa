"""`companion deck validate|new|list|edit`: output and exit codes."""

from __future__ import annotations

import subprocess
import sys
import types
from pathlib import Path

import pytest
import tomli_w

from companion.cli import main
from companion.paths import AppPaths, resource_dir


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def good_deck(path: Path, deck_id: str = "team", version: int = 1, n: int = 2) -> Path:
    data = {"deck": {"id": deck_id, "title": "Team", "version": version},
            "cards": [{"id": f"c{i}", "title": "T", "body": "B.", "when": ["between_calls"]}
                      for i in range(n)]}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(tomli_w.dumps(data), encoding="utf-8")
    return path


def test_validate_ok(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = good_deck(tmp_path / "team.toml", n=3)
    code, out, err = run(capsys, "deck", "validate", str(path))
    assert code == 0 and err == ""
    assert out.strip() == f"ok: 3 cards in {path} (deck 'team', version 1)"


def test_validate_bundled_folder(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "deck", "validate", str(resource_dir("decks")))
    assert code == 0 and "ok: " in out and "error" not in out


def test_validate_lists_every_problem_with_file_and_line(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('''[deck]
id = "bad"
title = "Bad"
version = "1.0"

[[cards]]
id = "a"
title = "A"
body = "Fine."
when = ["between_calls"]
tags = ["grumpy"]

[[cards]]
id = "b"
title = "B"
body = "Fine."
when = ["sometimes"]
''', encoding="utf-8")
    good = good_deck(tmp_path / "good.toml", deck_id="good")
    code, out, err = run(capsys, "deck", "validate", str(tmp_path))
    assert code == 1
    lines = out.splitlines()
    assert f"{bad}:4: error: deck.version must be a whole number like 3" in lines[1] or any(
        line.startswith(f"{bad}:4: error: deck.version") for line in lines)
    assert any(line.startswith(f"{bad}:11: warning: card 'a': unknown tag 'grumpy'")
               for line in lines)
    assert any(line.startswith(f"{bad}:17: error: card 'b': when value 'sometimes'")
               for line in lines)
    assert f"ok: 2 cards in {good}" in out
    assert "2 errors, 1 warning in 1 of 2 files" in err


def test_warnings_do_not_fail(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = good_deck(tmp_path / "team.toml")
    path.write_text(path.read_text().replace('title = "T"', 'title = "T"\nmood = 1', 1))
    code, out, _ = run(capsys, "deck", "validate", str(path))
    assert code == 0 and "warning: card 'c0': unknown key 'mood'" in out and "ok: 2 cards" in out


def test_validate_missing_path_and_empty_folder(capsys: pytest.CaptureFixture[str],
                                                tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    code, out, err = run(capsys, "deck", "validate", str(tmp_path / "nope.toml"),
                         str(tmp_path / "empty"))
    assert code == 1
    assert "nope.toml: error: no such file or folder" in out
    assert "no .toml deck files" in out and "2 errors, 0 warnings in 2 of 2 files" in err
    good = good_deck(tmp_path / "good.toml")
    code, out, err = run(capsys, "deck", "validate", str(tmp_path / "nope.toml"), str(good),
                         str(tmp_path / "empty" / ".." / "good.toml"))
    assert code == 1 and "1 error, 0 warnings in 1 of 2 files" in err
    assert out.count("ok: 2 cards") == 1, "the same file named twice is checked once"


def test_validate_reports_duplicate_ids_across_files(capsys: pytest.CaptureFixture[str],
                                                     tmp_path: Path) -> None:
    good_deck(tmp_path / "a.toml")
    good_deck(tmp_path / "b.toml")
    code, out, _ = run(capsys, "deck", "validate", str(tmp_path))
    assert code == 1 and "b.toml:4: error: deck 'team' version 1 is also in" in out
    good_deck(tmp_path / "b.toml", version=2)
    code, out, _ = run(capsys, "deck", "validate", str(tmp_path))
    assert code == 0 and "ok: 4 cards in 2 decks" in out


def test_new_writes_a_template_that_validates(capsys: pytest.CaptureFixture[str],
                                              tmp_path: Path) -> None:
    code, out, _ = run(capsys, "deck", "new", "Team North", "--out", str(tmp_path / "d"),
                       "--author", "Sam")
    target = tmp_path / "d" / "team-north.toml"
    assert code == 0 and target.is_file() and f"wrote {target}" in out
    text = target.read_text(encoding="utf-8")
    assert text.count("#") > 10, "the template explains itself in comments"
    assert 'title = "Team North"' in text and 'author = "Sam"' in text
    code, out, _ = run(capsys, "deck", "validate", str(target))
    assert code == 0 and "ok: 3 cards" in out
    code, _, err = run(capsys, "deck", "new", "Team North", "--out", str(tmp_path / "d"))
    assert code == 2 and "already exists" in err and "--force" in err
    code, _, _ = run(capsys, "deck", "new", "team north", "--out", str(tmp_path / "d"),
                     "--force", "--title", "Other")
    assert code == 0 and 'title = "Other"' in target.read_text(encoding="utf-8")
    code, _, err = run(capsys, "deck", "new", "!!!", "--out", str(tmp_path))
    assert code == 2 and "deck id" in err


def test_new_defaults_to_current_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert run(capsys, "deck", "new", "calm")[0] == 0
    assert 'title = "Calm"' in (tmp_path / "calm.toml").read_text(encoding="utf-8")


def test_list_shows_sources_versions_and_problems(capsys: pytest.CaptureFixture[str],
                                                  isolated_dirs: dict[str, Path]) -> None:
    paths = AppPaths.from_environment()
    good_deck(paths.site_content_dir("decks") / "team.toml", version=3, n=4)
    good_deck(paths.user_content_dir("decks") / "team.toml", version=2)
    good_deck(paths.user_content_dir("decks") / "mine.toml", deck_id="mine", n=1)
    (paths.user_content_dir("decks") / "broken.toml").write_text("[deck\n", encoding="utf-8")
    code, out, _ = run(capsys, "deck", "list")
    assert code == 0
    in_use = out.split("Superseded")[0]
    assert "default" in in_use and "bundled" in in_use
    team = next(line for line in in_use.splitlines() if "team" in line)
    assert "v3" in team and "4 cards" in team and "IT" in team
    assert str(paths.site_content_dir("decks") / "team.toml") in team
    mine = next(line for line in in_use.splitlines() if " mine " in line)
    assert "personal" in mine and "1 cards" in mine
    superseded = out.split("Superseded")[1].split("Sources")[0]
    assert "team" in superseded and "v2" in superseded
    assert "broken.toml:1: error: not valid TOML" in out


def test_list_without_problems(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "deck", "list")
    assert code == 0 and "Problems: none" in out and "(not present)" in out


def test_deck_without_action_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "deck")
    assert code == 2 and "validate|list|new|edit" in err


def test_edit_without_editor_is_a_clear_error(capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "companion.ui.deck_editor", None)
    code, _, err = run(capsys, "deck", "edit", "x.toml")
    assert code == 2 and "editor is not available in this build" in err
    assert "Traceback" not in err and err.count("\n") == 1


def test_edit_calls_the_editor(capsys: pytest.CaptureFixture[str],
                               monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[object] = []
    fake = types.ModuleType("companion.ui.deck_editor")
    fake.run_deck_editor = lambda path: calls.append(path) or 0  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "companion.ui.deck_editor", fake)
    assert run(capsys, "deck", "edit", "team.toml")[0] == 0
    assert run(capsys, "deck", "edit")[0] == 0
    assert calls == [Path("team.toml"), None]


def test_deck_commands_load_no_qt(tmp_path: Path) -> None:
    """`deck validate` / `deck list` add no numpy, Qt or sounddevice to the process."""
    path = good_deck(tmp_path / "team.toml")
    code = (
        "import sys; from companion.cli import build_parser, main; build_parser();"
        "heavy = lambda: {m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'numpy', 'sounddevice', 'pyqtgraph')};"
        "before = heavy();"
        f"rc = main(['deck', 'validate', {str(path)!r}]) + main(['deck', 'list']);"
        "print('ADDED', sorted(heavy() - before), rc)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert "ADDED [] 0" in out.stdout


# -- teaching output, try, diff -------------------------------------------------------------
def test_validate_prints_the_tag_list_once_and_suggests(capsys: pytest.CaptureFixture[str],
                                                        tmp_path: Path) -> None:
    path = good_deck(tmp_path / "team.toml", n=3)
    text = path.read_text().replace('title = "T"', 'title = "T"\ntags = ["empathie"]')
    path.write_text(text.replace('"between_calls"', '"after tense"', 1), encoding="utf-8")
    code, out, _ = run(capsys, "deck", "validate", str(path))
    assert code == 1
    assert "did you mean 'after_tense'?" in out
    assert out.count("unknown tag 'empathie' (did you mean 'empathy'?)") == 3
    assert out.count("Known tags:") == 1 and out.count("self-compassion") == 1


def test_diff_in_plain_words(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    old = good_deck(tmp_path / "old.toml", n=3)
    new = tmp_path / "new.toml"
    new.write_text(old.read_text().replace("version = 1", "version = 2")
                   .replace('id = "c2"', 'id = "c9"')
                   .replace('title = "T"\nbody = "B."', 'title = "Slow down"\nbody = "B."', 1)
                   + '\n[[changelog]]\nversion = 2\nchanges = "A calmer first card."\n',
                   encoding="utf-8")
    code, out, _ = run(capsys, "deck", "diff", str(old), str(new))
    assert code == 0
    assert "Deck 'team': version 1 -> 2" in out
    assert "What's new (changelog, version 2): A calmer first card." in out
    assert "Cards: 1 added, 1 removed, 1 changed, 1 unchanged" in out
    assert '+ added   c9: "T" (between calls)' in out
    assert '- removed c2: "T"' in out
    assert '~ changed c0: "Slow down"' in out and 'title: "T" -> "Slow down"' in out
    code, out, _ = run(capsys, "deck", "diff", str(old), str(old))
    assert "The version was not raised" in out and "No differences" not in out
    bad = tmp_path / "bad.toml"
    bad.write_text("[deck]\n", encoding="utf-8")
    code, _, err = run(capsys, "deck", "diff", str(old), str(bad))
    assert code == 2 and "bad.toml" in err and err.count("\n") == 1


def test_try_hands_the_deck_or_pattern_to_the_card_window(
        capsys: pytest.CaptureFixture[str], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[object, object]] = []
    fake = types.ModuleType("companion.ui.deck_try")
    fake.run_deck_try = lambda deck, pattern: calls.append((deck, pattern)) or 0  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "companion.ui.deck_try", fake)
    deck = good_deck(tmp_path / "team.toml")
    pattern = resource_dir("breathing_patterns") / "box.toml"
    code, out, _ = run(capsys, "deck", "try", str(deck), str(pattern))
    assert code == 0 and "Trying deck 'team' (2 cards)" in out
    (got_deck, got_pattern), = calls
    assert got_deck.id == "team" and got_pattern.id == "box"  # type: ignore[attr-defined]
    assert got_pattern.name == "Box breathing"  # type: ignore[attr-defined]
    settings = AppPaths.from_environment().settings_file   # the agent's language setting
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text('language = "de"\n', encoding="utf-8")
    assert run(capsys, "deck", "try", str(pattern))[0] == 0
    assert calls[-1][1].name == "Box-Atmung"  # type: ignore[attr-defined]
    assert run(capsys, "deck", "try", str(pattern), "--language", "pt-BR")[0] == 0
    assert calls[-1][1].name == "Respiração quadrada"  # type: ignore[attr-defined]
    del calls[1:]
    broken = tmp_path / "broken.toml"
    broken.write_text(deck.read_text().replace('"between_calls"', '"later"'), encoding="utf-8")
    code, _, err = run(capsys, "deck", "try", str(broken))
    assert code == 2 and "broken.toml:" in err and "'later'" in err and len(calls) == 1
    code, _, err = run(capsys, "deck", "try", str(deck), str(deck))
    assert code == 2 and "one deck" in err
