"""`companion deck mine`: the agent's own cards — same validation, own folder, own export,
picked up by the deck library, and turned off by IT policy (allow_personal_decks)."""

from __future__ import annotations

from pathlib import Path

import pytest

from companion.cli import main
from companion.content.library import load_default_decks
from companion.content.personal import MAX_MY_CARDS, MY_DECK_ID, my_cards_file
from companion.content.picker import CardPicker
from companion.paths import AppPaths
from companion.settings import Settings


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_add_list_remove_and_export(capsys, isolated_dirs: dict[str, Path],
                                    tmp_path: Path) -> None:
    paths = AppPaths.from_environment()
    code, out, _ = run(capsys, "deck", "mine")
    assert code == 0 and "none yet" in out and str(my_cards_file(paths)) in out
    code, out, _ = run(capsys, "deck", "mine", "add", "Look at the dog photo",
                       "Thirty seconds with the photo on my desk.")
    assert code == 0 and "Added 'look-at-the-dog-photo'" in out
    assert run(capsys, "deck", "mine", "add", "Look at the dog photo", "Again.")[0] == 0
    code, out, _ = run(capsys, "deck", "mine", "list")
    assert "look-at-the-dog-photo:" in out and "look-at-the-dog-photo-2:" in out
    # Its own folder, a real deck checked like any other, and used by the app's library.
    path = my_cards_file(paths)
    assert path.parent.name == "my-cards" and path.parent.parent == paths.config_dir
    assert run(capsys, "deck", "validate", str(path))[0] == 0
    library = load_default_decks(paths, Settings())
    mine = library.by_id[MY_DECK_ID]
    assert mine.origin == "personal" and len(mine.cards) == 2
    assert all(c.is_recovery and "after_tense" in c.when for c in mine.cards)
    picker = CardPicker(library, rng=__import__("random").Random(0), hidden=set(
        c.key for c in library.cards() if c.deck_id != MY_DECK_ID))
    picker.start("after_tense")
    assert picker.pick("after_tense").deck_id == MY_DECK_ID  # type: ignore[union-attr]
    # Its own export.
    copy = tmp_path / "copy.toml"
    code, out, _ = run(capsys, "deck", "mine", "export", str(copy))
    assert code == 0 and "Wrote 2 cards" in out and copy.read_text() == path.read_text()
    code, _, err = run(capsys, "deck", "mine", "export", str(copy))
    assert code == 2 and "already exists" in err
    # Remove; the last one removes the file.
    assert run(capsys, "deck", "mine", "remove", "look-at-the-dog-photo-2")[0] == 0
    code, _, err = run(capsys, "deck", "mine", "remove", "nope")
    assert code == 2 and "no card 'nope'" in err and "look-at-the-dog-photo" in err
    assert run(capsys, "deck", "mine", "remove", "look-at-the-dog-photo")[0] == 0
    assert not path.exists()


def test_same_validation_as_any_deck(capsys, isolated_dirs: dict[str, Path]) -> None:
    code, _, err = run(capsys, "deck", "mine", "add", "Fine", "x" * 601)
    assert code == 2 and "at most 600" in err and err.count("\n") == 1
    code, _, err = run(capsys, "deck", "mine", "add", "   ", "Body.")
    assert code == 2 and "title is empty" in err
    for i in range(MAX_MY_CARDS):
        assert run(capsys, "deck", "mine", "add", f"Card {i}", "Body.")[0] == 0
    code, _, err = run(capsys, "deck", "mine", "add", "One more", "Body.")
    assert code == 2 and f"already have {MAX_MY_CARDS}" in err


def test_policy_turns_them_off(capsys, isolated_dirs: dict[str, Path]) -> None:
    paths = AppPaths.from_environment()
    assert run(capsys, "deck", "mine", "add", "Mine", "Body.")[0] == 0
    paths.policy_file.parent.mkdir(parents=True, exist_ok=True)
    paths.policy_file.write_text("allow_personal_decks = false\n", encoding="utf-8")
    for argv in (("list",), ("add", "Another", "Body."), ("export", "x.toml")):
        code, _, err = run(capsys, "deck", "mine", *argv)
        assert code == 2 and "allow_personal_decks" in err, argv
    library = load_default_decks(paths, Settings().replace(allow_personal_decks=False))
    assert MY_DECK_ID not in library.by_id


def test_edit_opens_the_editor_on_the_agents_file(capsys, isolated_dirs: dict[str, Path],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    import sys
    import types

    code, _, err = run(capsys, "deck", "mine", "edit")
    assert code == 2 and "no cards yet" in err
    assert run(capsys, "deck", "mine", "add", "Mine", "Body.")[0] == 0
    calls: list[object] = []
    fake = types.ModuleType("companion.ui.deck_editor")
    fake.run_deck_editor = lambda path: calls.append(path) or 0  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "companion.ui.deck_editor", fake)
    assert run(capsys, "deck", "mine", "edit")[0] == 0
    assert calls == [my_cards_file(AppPaths.from_environment())]


def test_writing_cards_and_feedback_needs_no_qt(tmp_path: Path) -> None:
    """The CLI's deck writers are Qt-free: a login script or a server without Qt can run them."""
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from companion.cli import main\n"
        "assert main(['deck', 'mine', 'add', 'Stretch', 'Stand and stretch for a minute.']) == 0\n"
        f"assert main(['deck', 'mine', 'export', {str(tmp_path / 'mine.toml')!r}]) == 0\n"
        "sys.exit(1 if any(m.startswith('PySide6') for m in sys.modules) else 0)\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "mine.toml").is_file()
