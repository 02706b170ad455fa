"""`companion deck try`: the real card window walks through a deck's cards; a pattern file
runs in the real breathing guide; closing the windows ends the run; nothing is written."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from companion.content import load_deck_file, load_pattern_file
from companion.paths import resource_dir
from companion.ui.breathing_overlay import BreathingOverlay
from companion.ui.deck_try import TryCardWindow, run_deck_try


def test_try_window_goes_through_every_card_in_order(qtbot) -> None:
    deck = load_deck_file(resource_dir("decks") / "default.toml")
    window = TryCardWindow(deck)
    qtbot.addWidget(window)
    window.start()
    assert window.isVisible()
    seen = [window.card.id]  # type: ignore[union-attr]
    for _ in range(len(deck.cards) - 1):
        window.another()
        seen.append(window.card.id)  # type: ignore[union-attr]
    assert seen == [c.id for c in deck.cards]
    assert f"card {len(deck.cards)} of {len(deck.cards)}" in window.face.note.text()
    window.another()
    assert window.card == deck.cards[0]          # round again
    support = next(i for i, c in enumerate(deck.cards) if "support" in c.tags)
    for _ in range(support):
        window.another()
    assert window.face.support.isVisibleTo(window)
    assert deck.support is not None and window.face.support_body.text() == deck.support.body


def test_run_deck_try_ends_when_its_windows_close(qtbot, tmp_path: Path) -> None:
    deck = load_deck_file(resource_dir("decks") / "default.toml")
    pattern = load_pattern_file(resource_dir("breathing_patterns") / "box.toml")
    seen: list[str] = []

    def close_them() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, TryCardWindow) and widget.isVisible():
                seen.append(widget.card.id)  # type: ignore[union-attr]
                widget.dismiss()
            elif isinstance(widget, BreathingOverlay) and widget.mode == "breathing":
                seen.append(widget.pattern.id)
                widget.stop()

    QTimer.singleShot(0, close_them)
    assert run_deck_try(deck, pattern) == 0
    assert sorted(seen) == sorted([deck.cards[0].id, "box"])
