"""The agent's windows: "What helps me" (own cards, same checks, own folder, policy off) and
"Share card feedback" (the whole file shown, saved only on request); both from the menu."""

from __future__ import annotations

from pathlib import Path

from companion.content import load_deck_file
from companion.content.feedback import read_feedback_file
from companion.content.personal import MY_DECK_ID, my_cards_file
from companion.paths import AppPaths
from companion.settings import Settings
from companion.store import CardPreference, Store
from companion.ui.feedback_window import FeedbackWindow, feedback_window
from companion.ui.my_cards import MyCardsWindow
from companion.ui.openers import WindowContext, WindowOpeners


def test_my_cards_add_change_remove_and_export(qtbot, isolated_dirs, tmp_path: Path) -> None:
    path = my_cards_file(AppPaths.from_environment())
    copy = tmp_path / "copy.toml"
    window = MyCardsWindow(path, choose_path=lambda suggested: copy)
    qtbot.addWidget(window)
    window.show()
    assert window.card_list.count() == 0 and not window.buttons["export"].isEnabled()
    window.title_edit.setText("Hands under cold water")
    window.body_edit.setPlainText("Ten seconds, then dry them slowly.")
    assert window.preview.title.text() == "Hands under cold water"     # the agent's view
    with qtbot.waitSignal(window.saved):
        assert window.add() is True
    deck = load_deck_file(path)
    assert deck.id == MY_DECK_ID and deck.cards[0].is_recovery
    window.body_edit.setPlainText("Ten seconds of cold water, then dry them slowly.")
    assert window.update_card() is True
    assert load_deck_file(path).cards[0].body.startswith("Ten seconds of cold water")
    assert window.export() == copy and load_deck_file(copy).cards == load_deck_file(path).cards
    # The same checks as any deck: an empty title is refused, nothing written.
    before = path.read_text(encoding="utf-8")
    window.title_edit.setText("")
    window.body_edit.setPlainText("Body.")
    assert window.add() is False and "title is empty" in window.status.text()
    assert path.read_text(encoding="utf-8") == before
    window.card_list.setCurrentRow(0)
    assert window.remove() is True and not path.exists()


def test_my_cards_respect_the_policy(qtbot, isolated_dirs) -> None:
    openers = WindowOpeners(lambda *_: None, WindowContext(settings=Settings().replace(
        allow_personal_decks=False), paths=AppPaths.from_environment()))
    window = openers.open_my_cards()
    qtbot.addWidget(window)
    assert isinstance(window, MyCardsWindow)
    assert "allow_personal_decks" in window.status.text()
    assert not window.title_edit.isEnabled() and not window.buttons["add"].isEnabled()
    assert openers.opened == [("my_cards", ())]


def test_feedback_window_shows_the_file_and_saves_exactly_it(qtbot, isolated_dirs,
                                                            tmp_path: Path) -> None:
    paths = AppPaths.from_environment()
    store = Store.open(paths.database_file)
    store.set_card_preference(CardPreference("default/breathe-out-longer", helpful=True))
    store.set_card_preference(CardPreference("default/own-it-kindly", hidden=True))
    store.set_card_preference(CardPreference("default/feet-on-the-floor", pinned=True))
    try:
        openers = WindowOpeners(lambda *_: None, WindowContext(store=store, paths=paths))
        window = openers.share_card_feedback()
        qtbot.addWidget(window)
        assert isinstance(window, FeedbackWindow) and window.isVisible()
        shown = window.view.toPlainText()
        assert "breathe-out-longer" in shown and "own-it-kindly" in shown
        assert "feet-on-the-floor" not in shown and window.view.isReadOnly()
        assert not list(tmp_path.glob("*.toml"))               # nothing saved by itself
        target = tmp_path / "feedback.toml"
        window._choose_path = lambda suggested: target
        assert window.save() == target
        assert target.read_text(encoding="utf-8") == shown
        assert read_feedback_file(target).cards["default/own-it-kindly"].hidden == 1
        assert window.save() is None and "already exists" in window.status.text()
    finally:
        store.close()
    empty = feedback_window(None)
    qtbot.addWidget(empty)
    assert "[cards" not in empty.view.toPlainText()


def test_both_are_in_the_tray_menu_and_the_fallback_window(qtbot) -> None:
    from companion.ui.actions import AppActions
    from companion.ui.fallback_window import FallbackWindow
    from companion.ui.icons import IconSet
    from companion.ui.tray import build_menu

    actions = AppActions()
    menu = build_menu(actions)
    names = [a.objectName() for a in menu.actions()]
    assert names.index("card") < names.index("my_cards") < names.index("card_feedback")
    window = FallbackWindow(actions, IconSet())
    qtbot.addWidget(window)
    assert {"my_cards", "card_feedback"} <= set(window.buttons)
