"""The cue card with the keyboard and a screen reader: keys work at once when the agent
opens it, screen readers hear the card, a note line never pushes the buttons out of the
window, and a hidden card comes back with U."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from companion.content.library import DeckLibrary, load_decks
from companion.ui.card_window import CardDeck, CardWindow, install_card_window
from companion.ui.openers import WindowOpeners

DECK = """
[deck]
id = "a11y"
title = "Test deck"
version = 1

[[cards]]
id = "one"
title = "Slow down"
body = "Lower your voice and slow your pace for the first sentence."
when = ["between_calls"]

[[cards]]
id = "two"
title = "Their time"
body = "Say what you can do, then how long it takes."
when = ["between_calls"]
"""


@pytest.fixture
def library(tmp_path: Path) -> DeckLibrary:
    folder = tmp_path / "decks"
    folder.mkdir()
    (folder / "a11y.toml").write_text(DECK, encoding="utf-8")
    lib = load_decks([folder])
    assert lib.errors == []
    return lib


def test_opened_by_the_agent_keys_work_at_once(qtbot, library, a11y_events) -> None:
    openers = WindowOpeners(lambda *_: None)
    feature = install_card_window(openers, library=library, rng=random.Random(3))
    window = feature.window
    qtbot.addWidget(window)
    openers.open_card("between_calls")
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    assert QApplication.focusWidget() is window.buttons["another"]
    first = window.card
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_A)
    assert window.card is not None and window.card.key != first.key
    said = a11y_events.announcements()
    assert said and said[0] == f"{first.title}. {first.body}"
    iface = QAccessible.queryAccessibleInterface(window)
    assert iface.role() == QAccessible.Role.Dialog
    assert iface.text(QAccessible.Text.Name) == window.card.title
    feature.stop()


def test_helpful_and_pin_notes_never_clip_the_buttons(qtbot, library) -> None:
    window = CardWindow(CardDeck(library, rng=random.Random(1)))
    qtbot.addWidget(window)
    window.show_for("between_calls")
    qtbot.waitExposed(window)
    before = window.height()
    window.toggle_helpful()
    window.toggle_pin()
    assert window.face.note.isVisible()
    assert window.height() > before
    for button in window.buttons.values():
        bottom = button.mapTo(window, button.rect().bottomLeft()).y()
        assert bottom < window.height(), f"{button.objectName()} is cut off"


def test_hide_then_undo_with_the_keyboard(qtbot, library, a11y_events) -> None:
    deck = CardDeck(library, rng=random.Random(1))
    window = CardWindow(deck)
    qtbot.addWidget(window)
    window.show_for("between_calls")
    window.activate_for_keyboard()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    hidden = window.card
    qtbot.keyClick(window, Qt.Key.Key_D)
    assert deck.preference(hidden).hidden is True
    assert window.undo_bar.isVisible()
    assert window.height() == window.face.height() + window.undo_bar.sizeHint().height()
    assert a11y_events.announcements()[-1].endswith("Press U or Undo to bring it back.")
    qtbot.keyClick(window, Qt.Key.Key_U)
    assert window.card.key == hidden.key and deck.preference(hidden).hidden is False
    assert not window.undo_bar.isVisible()
    assert window.height() == window.face.height()
