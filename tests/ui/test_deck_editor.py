"""Deck editor: keyboard-only editing round trip, inline validation, atomic save, the preview
uses the agent's rendering, and bad input to ``run_deck_editor``."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from companion.content import load_deck_file
from companion.content.deck_doc import save_deck_text
from companion.content.decks import deck_template
from companion.content.problems import DeckError
from companion.ui.card_view import CardFace, render_card
from companion.ui.deck_editor import DeckEditor, run_deck_editor

TIMEOUT_MS = 5000


@pytest.fixture
def deck_path(tmp_path: Path) -> Path:
    path = tmp_path / "team-north.toml"
    path.write_text(deck_template("team-north", "North team cues", "Sam"), encoding="utf-8")
    return path


def open_editor(qtbot, path: Path | None, **kw) -> DeckEditor:
    kw.setdefault("confirm", lambda question: "discard")
    editor = DeckEditor(path, **kw)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow, timeout=TIMEOUT_MS)
    return editor


def focused() -> object:
    return QApplication.focusWidget()


def test_keyboard_only_round_trip(qtbot, deck_path: Path) -> None:
    before = load_deck_file(deck_path)
    editor = open_editor(qtbot, deck_path)
    assert editor.problems == []
    # Ctrl+L: the card list; Down: the second card.
    qtbot.keyClick(editor, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert focused() is editor.card_list
    qtbot.keyClick(editor.card_list, Qt.Key.Key_Down)
    assert editor.card_id.text() == "what-i-can-do"
    # Alt+T: the title field. Replace the title.
    qtbot.keyClick(editor, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert focused() is editor.card_title
    qtbot.keyClick(editor.card_title, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor.card_title, "Offer the next step")
    # Tab to the body (Tab leaves a plain-text box instead of typing a tab).
    qtbot.keyClick(editor.card_title, Qt.Key.Key_Tab)
    assert focused() is editor.card_body
    qtbot.keyClick(editor.card_body, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor.card_body, "Say what happens next and when.")
    qtbot.keyClick(editor.card_body, Qt.Key.Key_Tab)
    assert focused() is editor.card_tags
    qtbot.keyClick(editor.card_tags, Qt.Key.Key_End)
    qtbot.keyClicks(editor.card_tags, ", clarity")
    # Alt+H ticks "Start of shift"; Alt+G goes to the weight.
    qtbot.keyClick(editor, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(editor.when_boxes["start_of_shift"].isChecked, timeout=TIMEOUT_MS)
    qtbot.keyClick(editor, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    assert focused() is editor.card_weight
    qtbot.keyClick(editor.card_weight, Qt.Key.Key_Up)          # 1.5 -> 2.0
    # The preview follows as you type.
    assert editor.preview.title.text() == "Offer the next step"
    assert editor.preview.body.text() == "Say what happens next and when."
    assert editor.windowTitle().startswith("team-north.toml *")
    # Ctrl+S saves.
    with qtbot.waitSignal(editor.saved, timeout=TIMEOUT_MS):
        qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not editor.modified
    after = load_deck_file(deck_path)
    edited = after.card("what-i-can-do")
    assert edited.title == "Offer the next step"
    assert edited.body == "Say what happens next and when."
    assert edited.tags == ("positive-language", "clarity")
    assert edited.when == ("between_calls", "start_of_shift")
    assert edited.weight == 2.0
    # Everything else is unchanged.
    assert [c.id for c in after.cards] == [c.id for c in before.cards]
    assert after.card("hear-them-out") == before.card("hear-them-out")
    assert after.card("one-slow-breath") == before.card("one-slow-breath")
    assert (after.id, after.title, after.version, after.author, after.locale) == \
        (before.id, before.title, before.version, before.author, before.locale)
    # Reopening shows exactly what was saved.
    again = open_editor(qtbot, deck_path)
    assert again.deck == editor.deck
    assert again.to_toml() == deck_path.read_text(encoding="utf-8")


def test_add_move_and_delete_cards_by_keyboard(qtbot, deck_path: Path) -> None:
    editor = open_editor(qtbot, deck_path)
    qtbot.keyClick(editor, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(editor.cards) == 4 and editor.card_list.currentRow() == 1
    assert focused() is editor.card_title
    # A new card has no body yet: the validator says so, inline and in the list.
    assert any("body" in p.message for p in editor.errors)
    assert editor.card_errors.isVisible() and "body" in editor.card_errors.text()
    assert editor.card_list.item(1).text().startswith("✗ ")
    assert editor.save() is False
    assert "Not saved" in editor.status.text()
    qtbot.keyClicks(editor.card_title, "Breathe out")
    qtbot.keyClick(editor.card_title, Qt.Key.Key_Tab)
    qtbot.keyClicks(editor.card_body, "A long breath out steadies the voice.")
    editor.validate_now()
    assert editor.errors == []
    assert not editor.card_errors.isVisible()
    qtbot.keyClick(editor, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)   # move down
    assert editor.card_list.currentRow() == 2 and editor.cards[2].id == "new-card-1"
    qtbot.keyClick(editor, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert [c.id for c in editor.cards] == ["hear-them-out", "what-i-can-do",
                                            "one-slow-breath"]


def test_inline_validation_blocks_a_broken_save(qtbot, deck_path: Path) -> None:
    original = deck_path.read_bytes()
    editor = open_editor(qtbot, deck_path)
    editor.card_list.setCurrentRow(0)
    editor.card_title.setFocus()
    editor.card_title.selectAll()
    qtbot.keyClick(editor.card_title, Qt.Key.Key_Delete)
    editor.card_id.setFocus()
    editor.card_id.selectAll()
    qtbot.keyClicks(editor.card_id, "Bad Id")
    for box in editor.when_boxes.values():
        box.setChecked(False)
    problems = editor.validate_now()
    messages = " | ".join(p.message for p in problems if p.is_error)
    assert "title" in messages and "id" in messages and "when" in messages
    assert editor.problem_list.item(0).text().startswith("error: card #1: ")
    assert editor.save() is False
    assert deck_path.read_bytes() == original
    # Enter on a problem goes to its card.
    editor.card_list.setCurrentRow(2)
    editor.problem_list.setFocus()
    editor.problem_list.setCurrentRow(0)
    qtbot.keyClick(editor.problem_list, Qt.Key.Key_Return)
    assert editor.card_list.currentRow() == 0
    # A deck-level problem too.
    editor.deck_fields["id"].setFocus()
    editor.deck_fields["id"].selectAll()
    qtbot.keyClicks(editor.deck_fields["id"], "Team North!")
    assert any("deck.id" in p.message for p in editor.validate_now())


def test_html_body_gives_a_warning_and_shows_literally_in_the_preview(qtbot,
                                                                      deck_path: Path) -> None:
    editor = open_editor(qtbot, deck_path)
    editor.card_body.setPlainText("<b>Hi</b> <img src=http://x>")
    problems = editor.validate_now()
    assert [p.severity for p in problems] == ["warning"]
    assert editor.preview.body.text() == "<b>Hi</b> <img src=http://x>"
    for label in editor.preview.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText
    assert editor.save() is True        # warnings do not stop a save


def test_preview_is_the_agents_rendering(qtbot, deck_path: Path) -> None:
    editor = open_editor(qtbot, deck_path)
    editor.card_list.setCurrentRow(2)
    face = CardFace()
    qtbot.addWidget(face)
    deck = load_deck_file(deck_path)
    render_card(face, deck.card("one-slow-breath"), deck_title=deck.title)
    assert isinstance(editor.preview, CardFace)
    assert editor.preview.width() == face.width()
    for name in ("title", "body", "footer"):
        assert getattr(editor.preview, name).text() == getattr(face, name).text()
    assert editor.current_card() == deck.card("one-slow-breath")


# -- atomic save --------------------------------------------------------------------------
def test_atomic_save_replaces_via_a_temp_file_in_the_same_folder(
        qtbot, deck_path: Path, monkeypatch) -> None:
    os.chmod(deck_path, 0o640)
    editor = open_editor(qtbot, deck_path)
    editor.card_title.setText("x")
    editor._card_edited()
    replaced: list[tuple[str, str]] = []
    real_replace = os.replace

    def spy(src, dst):
        replaced.append((str(src), str(dst)))
        assert Path(src).read_text(encoding="utf-8") == editor.to_toml()   # complete first
        assert deck_path.read_text(encoding="utf-8") != editor.to_toml()   # old one intact
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", spy)
    assert editor.save() is True
    (src, dst), = replaced
    assert Path(src).parent == deck_path.parent and Path(src).name.startswith(".")
    assert dst == str(deck_path)
    assert stat.S_IMODE(deck_path.stat().st_mode) == 0o640
    assert sorted(p.name for p in deck_path.parent.iterdir()) == ["team-north.toml"]


def test_failed_save_keeps_the_old_file_and_leaves_no_temp(qtbot, deck_path: Path,
                                                           monkeypatch) -> None:
    original = deck_path.read_bytes()
    editor = open_editor(qtbot, deck_path)
    editor.card_title.setText("changed")
    editor._card_edited()

    def boom(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", boom)
    assert editor.save() is False
    assert "the disk is full" in editor.status.text()
    assert deck_path.read_bytes() == original
    assert sorted(p.name for p in deck_path.parent.iterdir()) == ["team-north.toml"]
    assert editor.modified


def test_atomic_write_into_a_missing_folder_raises_one_line(tmp_path: Path) -> None:
    with pytest.raises(DeckError) as info:
        save_deck_text(tmp_path / "nope" / "d.toml", "x")
    assert "\n" not in str(info.value) and "cannot save" in str(info.value)


# -- new decks, odd files, bad input ------------------------------------------------------
def test_new_deck_at_a_new_path(qtbot, tmp_path: Path) -> None:
    target = tmp_path / "Night Shift.toml"
    editor = open_editor(qtbot, target)
    assert editor.deck.id == "night-shift" and len(editor.cards) == 3
    assert editor.errors == []
    assert editor.save() is True
    assert load_deck_file(target).id == "night-shift"


def test_save_as_for_a_deck_without_a_path(qtbot, tmp_path: Path) -> None:
    chosen = tmp_path / "mine.toml"
    editor = open_editor(qtbot, None, choose_path=lambda suggested: chosen)
    assert editor.path is None
    assert editor.save() is True
    assert editor.path == chosen and load_deck_file(chosen).id == "my-deck"


def test_opening_an_odd_file_keeps_what_it_can(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "odd.toml"
    path.write_text('# a comment\n[deck]\nid = "odd"\ntitle = "Odd"\nversion = "1.0"\n'
                    'colour = "red"\n\n[[cards]]\nid = "a"\ntitle = "A"\nbody = "B"\n'
                    'when = "between_calls"\nweight = 50\n', encoding="utf-8")
    editor = open_editor(qtbot, path)
    status = editor.status.text()
    assert "version '1.0'" in status and "colour" in status and "comments" in status
    assert "kept" in status
    assert editor.deck.version == 1
    assert editor.cards[0].when == ("between_calls",) and editor.cards[0].weight == 10.0
    assert [p.severity for p in editor.problems] == ["warning"]      # colour is unknown
    assert editor.save() is True
    saved = path.read_text(encoding="utf-8")
    assert saved.startswith("# a comment\n") and 'colour = "red"' in saved
    assert 'when = ["between_calls"]' in saved and "version = 1\n" in saved


def test_close_with_unsaved_changes_asks(qtbot, deck_path: Path) -> None:
    answers = ["cancel", "save"]
    asked: list[str] = []

    def confirm(question: str) -> str:
        asked.append(question)
        return answers.pop(0)

    editor = open_editor(qtbot, deck_path, confirm=confirm)
    editor.card_title.setText("Changed title")
    editor._card_edited()
    assert editor.close() is False and editor.isVisible()
    assert editor.close() is True
    assert len(asked) == 2
    assert load_deck_file(deck_path).cards[0].title == "Changed title"


def test_run_deck_editor_rejects_bad_input(tmp_path: Path) -> None:
    with pytest.raises(DeckError, match="is a folder"):
        run_deck_editor(tmp_path)
    bad = tmp_path / "bad.toml"
    bad.write_text('[deck]\nid = "x\n', encoding="utf-8")
    with pytest.raises(DeckError) as info:
        run_deck_editor(bad)
    assert f"{bad}:2:" in str(info.value) and "not valid TOML" in str(info.value)
    with pytest.raises(DeckError, match="does not exist"):
        run_deck_editor(tmp_path / "missing" / "deck.toml")


# -- comments, support, changelog, try ------------------------------------------------------
def comment_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.lstrip().startswith("#")]


def test_saving_keeps_the_templates_guidance_and_the_authors_comments(qtbot,
                                                                      deck_path: Path) -> None:
    text = deck_path.read_text(encoding="utf-8").replace(
        '[[cards]]\nid = "what-i-can-do"',
        '# Sam: keep this one for the billing queue\n[[cards]]\nid = "what-i-can-do"')
    deck_path.write_text(text, encoding="utf-8")
    editor = open_editor(qtbot, deck_path)
    assert "comments are kept" in editor.status.text()
    editor.card_list.setCurrentRow(1)
    editor.card_title.setText("Offer the next step")
    editor._card_edited()
    editor.move_card(-1)                     # the author's comment moves with its card
    assert editor.save() is True
    saved = deck_path.read_text(encoding="utf-8")
    assert comment_lines(saved) == comment_lines(text)
    lines = saved.splitlines()
    at = lines.index("# Sam: keep this one for the billing queue")
    assert lines[at + 1:at + 3] == ["[[cards]]", 'id = "what-i-can-do"']
    assert load_deck_file(deck_path).cards[0].title == "Offer the next step"
    # A second save after more edits still keeps them (the saved text is the new base).
    editor.delete_card()
    assert editor.save() is True
    assert "# Sam: keep this one" not in deck_path.read_text(encoding="utf-8")
    assert comment_lines(deck_path.read_text(encoding="utf-8")) == [
        c for c in comment_lines(text) if "Sam:" not in c]


def test_support_contact_and_changes_fields(qtbot, deck_path: Path) -> None:
    editor = open_editor(qtbot, deck_path)
    assert editor.deck_fields["support"].text().startswith("Your team lead")
    assert editor.deck_fields["changes"].text() == "First version."
    qtbot.keyClick(editor, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    assert focused() is editor.deck_fields["support"]
    editor.deck_fields["support"].selectAll()
    qtbot.keyClicks(editor.deck_fields["support"], "Team lead: ext. 2040")
    editor.version.setValue(2)                        # a new version: a new changelog entry
    assert editor.deck_fields["changes"].text() == ""
    qtbot.keyClick(editor, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    assert focused() is editor.deck_fields["changes"]
    qtbot.keyClicks(editor.deck_fields["changes"], "Support contact added.")
    assert editor.save() is True
    deck = load_deck_file(deck_path)
    assert deck.version == 2 and deck.support is not None
    assert deck.support.body == "Team lead: ext. 2040"
    assert [(e.version, e.changes) for e in deck.changelog] == [
        (1, "First version."), (2, "Support added.".replace("Support", "Support contact"))]
    editor.deck_fields["support"].clear()
    editor._deck_edited("support", "")
    assert editor.save() is True and load_deck_file(deck_path).support is None


def test_try_shows_the_deck_in_the_real_card_window(qtbot, deck_path: Path) -> None:
    from companion.ui.card_window import CardWindow

    editor = open_editor(qtbot, deck_path)
    editor.card_list.setCurrentRow(2)
    editor.card_tags.setText("recovery, breathing, support")
    editor._card_edited()
    window = editor.try_deck()                       # unsaved edits are what is tried
    assert isinstance(window, CardWindow)
    qtbot.addWidget(window)
    assert window.isVisible() and window.card is not None
    assert window.card.id == "hear-them-out" and "card 1 of 3" in window.face.note.text()
    seen = [window.card.id]
    for _ in range(3):
        window.another()
        seen.append(window.card.id)                  # type: ignore[union-attr]
    assert seen == ["hear-them-out", "what-i-can-do", "one-slow-breath", "hear-them-out"]
    window.another()
    window.another()
    assert window.card.id == "one-slow-breath"        # type: ignore[union-attr]
    assert window.face.support.isVisibleTo(window)    # the support contact, as agents see it
    assert deck_path.read_text(encoding="utf-8") == deck_template(
        "team-north", "North team cues", "Sam")      # nothing was saved
    # With an error there is nothing to try.
    editor.card_title.setText("")
    editor._card_edited()
    assert editor.try_deck() is None and "Cannot try" in editor.status.text()
    editor.close()
    assert not window.isVisible()


def test_editor_functions_are_short() -> None:
    import ast
    import inspect

    import companion.ui.deck_editor as module

    tree = ast.parse(inspect.getsource(module))
    long = [(node.name, node.end_lineno - node.lineno + 1) for node in ast.walk(tree)
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
            and node.end_lineno - node.lineno + 1 > 60]
    assert long == []
