"""Cue card window: plain-text rendering (nothing loaded), no focus stealing, choice by moment,
keyboard actions, auto-dismiss, card preferences kept in the store, and the app seam."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel, QWidget

from companion.content import CueCard, load_decks
from companion.settings import Settings
from companion.store import Store
from companion.ui.card_view import CARD_WIDTH_PX, CardFace, render_card
from companion.ui.card_window import CARD_FLAGS, CardDeck, CardWindow, install_card_window
from companion.ui.openers import WindowContext, WindowOpeners

TIMEOUT_MS = 5000
PROBE_RGB = (255, 0, 255)
ZWSP = "\u200b"

DECK = '''[deck]
id = "team"
title = "Team cues"
version = 1

[[cards]]
id = "slow-down"
title = "Breathe out slowly"
body = "Five slow breaths, each out-breath longer than the in-breath."
tags = ["recovery", "breathing"]
when = ["after_tense"]

[[cards]]
id = "shake-it-off"
title = "Let that call go"
body = "Stand up, roll your shoulders, breathe out slowly."
tags = ["recovery"]
when = ["after_tense"]

[[cards]]
id = "fix-it-fast"
title = "Lower and slower"
body = "Coaching for the next customer: never offered right after a tense call."
tags = ["de-escalation"]
when = ["after_tense"]

[[cards]]
id = "one-thing"
title = "One thing today"
body = "Pick one thing to do well on every call today."
tags = ["intention"]
when = ["start_of_shift"]

[[cards]]
id = "say-can-do"
title = "Say what you can do"
body = "Lead with the next step you can take."
when = ["between_calls"]

[[cards]]
id = "their-time"
title = "Their time matters"
body = "Say how long it will take before you put them on hold."
when = ["between_calls"]

[[cards]]
id = "heard"
title = "Feeling heard"
body = "Repeat back what you heard before you answer."
when = ["between_calls"]
'''


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "decks"
    path.mkdir()
    (path / "team.toml").write_text(DECK, encoding="utf-8")
    return path


@pytest.fixture
def library(folder: Path):
    lib = load_decks([folder])
    assert lib.errors == []
    return lib


def make_window(qtbot, deck: CardDeck, **kw) -> CardWindow:
    window = CardWindow(deck, **kw)
    qtbot.addWidget(window)
    return window


def probe_image(tmp_path: Path) -> Path:
    path = tmp_path / "probe.png"
    image = QImage(120, 60, QImage.Format.Format_RGB32)
    image.fill(QColor(*PROBE_RGB))
    assert image.save(str(path))
    return path


def count_probe_pixels(widget: QWidget) -> int:
    image = widget.grab().toImage()
    probe = QColor(*PROBE_RGB).rgb()
    return sum(image.pixel(x, y) == probe
               for y in range(0, image.height(), 2) for x in range(0, image.width(), 2))


# -- rendering safety ---------------------------------------------------------------------
def test_markup_in_a_card_is_shown_literally_and_loads_nothing(qtbot, tmp_path: Path) -> None:
    probe = probe_image(tmp_path)
    body = f'<img src="{probe.as_uri()}"> <b>bold</b> <a href="http://x">link</a> &amp;'
    card = CueCard("evil", "<i>Title</i> <img src=http://x>", body, when=("between_calls",),
                   deck_id="team")
    face = CardFace()
    qtbot.addWidget(face)
    render_card(face, card, deck_title="<b>Deck</b>")
    face.show()
    qtbot.waitExposed(face)
    for label in face.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
        assert label.openExternalLinks() is False
        assert label.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction
    assert face.body.text().replace(ZWSP, "") == body      # every character, as typed
    assert face.title.text() == "<i>Title</i> <img src=http://x>"
    assert "<b>Deck</b>" in face.footer.text()
    assert count_probe_pixels(face) == 0
    # Control: the same text in a rich-text label does load the picture, so the check above
    # would catch a label that rendered markup.
    rich = QLabel()
    qtbot.addWidget(rich)
    rich.setTextFormat(Qt.TextFormat.RichText)
    rich.setText(body)
    rich.show()
    qtbot.waitExposed(rich)
    assert count_probe_pixels(rich) > 100


def test_long_words_wrap_inside_the_card(qtbot) -> None:
    word = "https://intranet.example/knowledge-base/" + "x" * 200
    card = CueCard("long", "T" * 80, f"See {word} for details.", deck_id="team")
    face = CardFace()
    qtbot.addWidget(face)
    render_card(face, card)
    face.show()
    qtbot.waitExposed(face)
    assert face.body.text().replace(ZWSP, "") == card.body
    # The card grows a little for the widest 30-letter piece of the title (it would be cut
    # off otherwise), never to the width of the 240-character word.
    assert CARD_WIDTH_PX <= face.width() < 1.1 * CARD_WIDTH_PX
    # The 240-character word needs several lines at this width: it wrapped, not clipped.
    assert face.body.height() > 4 * face.body.fontMetrics().height()


def test_card_window_uses_the_shared_rendering(qtbot, library) -> None:
    deck = CardDeck(library, rng=random.Random(3))
    window = make_window(qtbot, deck)
    card = window.show_for("between_calls")
    assert card is not None and "between_calls" in card.when
    assert window.face.title.text() == card.title
    assert window.face.body.text() == card.body
    assert "Team cues" in window.face.footer.text()
    assert window.face.buttons is window.buttons


# -- focus --------------------------------------------------------------------------------
def test_window_flags_do_not_take_focus(qtbot, library, monkeypatch) -> None:
    window = make_window(qtbot, CardDeck(library, rng=random.Random(1)))
    flags = window.windowFlags()
    assert flags & Qt.WindowType.Tool
    assert flags & Qt.WindowType.FramelessWindowHint
    assert flags & Qt.WindowType.WindowStaysOnTopHint
    assert int(flags & CARD_FLAGS) == int(CARD_FLAGS)
    assert window.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert not window.isModal()
    assert window.windowModality() == Qt.WindowModality.NonModal
    calls: list[str] = []
    monkeypatch.setattr(window, "activateWindow", lambda: calls.append("activate"))
    monkeypatch.setattr(window, "setFocus", lambda *a: calls.append("focus"))
    window.show_for("after_tense")
    window.another()
    assert window.isVisible()
    assert calls == []
    # Only an explicit request gives it the keyboard.
    window.activate_for_keyboard()
    assert calls == ["activate"]


def test_window_sits_inside_the_screen_near_the_anchor(qtbot, library) -> None:
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QGuiApplication

    area = QGuiApplication.primaryScreen().availableGeometry()
    window = make_window(qtbot, CardDeck(library, rng=random.Random(1)))
    window.show_for("between_calls")
    for anchor in (None, QRect(area.right() - 30, area.top(), 24, 24),
                   QRect(area.right() - 30, area.bottom() - 24, 24, 24)):
        pos = window.position_for(anchor)
        assert area.contains(QRect(pos, window.size())), (anchor, pos)
    top = window.position_for(QRect(area.right() - 30, area.top(), 24, 24))
    assert top.y() < area.center().y()          # tray at the top: card below it
    bottom = window.position_for(QRect(area.right() - 30, area.bottom() - 24, 24, 24))
    assert bottom.y() > area.top() + 20          # tray at the bottom: card above it


# -- choosing -----------------------------------------------------------------------------
def test_cards_follow_the_moment_and_never_repeat(library) -> None:
    deck = CardDeck(library, rng=random.Random(7))
    after = {deck.pick("after_tense").id for _ in range(40)}
    assert after == {"slow-down", "shake-it-off"}
    assert deck.pick("start_of_shift").id == "one-thing"
    between = [deck.pick("between_calls") for _ in range(60)]
    assert {c.id for c in between} == {"say-can-do", "their-time", "heard"}
    assert all(a.key != b.key for a, b in zip(between, between[1:], strict=False))
    assert deck.pick("no-such-moment") is not None        # treated as between calls


SUPPORT = '''[deck]
id = "acme-support"
title = "Acme support"
version = 1

[support]
title = "Talk to us"
body = "Team lead: ext 2040. Staff line: 0800 000 000 (free, private)."
'''


def test_support_cards_show_the_support_contact_it_first(qtbot, folder: Path,
                                                        tmp_path: Path) -> None:
    from companion.content import ContentSource

    it_dir = tmp_path / "it"
    it_dir.mkdir()
    (it_dir / "acme.toml").write_text(SUPPORT, encoding="utf-8")
    bundled = ContentSource(folder, "bundled")
    library = load_decks([bundled])
    deck = CardDeck(library, rng=random.Random(1))
    window = make_window(qtbot, deck)
    # No deck has a support card or contact: the built-in ones stand in.
    card = window.show_for("support")
    assert card is not None and card.id == "this-was-a-hard-one"
    assert window.face.support.isVisibleTo(window)
    assert "team lead" in window.face.support_body.text().lower()
    # An IT deck with just a contact: its contact is shown.
    library = load_decks([bundled, ContentSource(it_dir, "it")])
    window.deck = CardDeck(library, rng=random.Random(1))
    window.show_for("break")
    assert window.card is not None and "break" in window.card.tags
    assert window.face.support_title.text() == "Talk to us"
    assert "0800 000 000" in window.face.support_body.text()
    assert "0800 000 000" in window.face.accessibleDescription()
    # "Another card" goes on with recovery cards; ordinary cards show no contact.
    window.another()
    assert window.card is not None and window.card.is_recovery
    assert not window.face.support.isVisibleTo(window)


def test_built_in_support_follows_the_agents_language(qtbot, folder: Path) -> None:
    """With no support card or contact in the decks, the built-in ones stand in, in the
    library's language; the key stays the same, so marks on it count in any language."""
    library = load_decks([folder], languages=["de-DE", "de", "en"])
    window = make_window(qtbot, CardDeck(library, rng=random.Random(1)))
    card = window.show_for("support")
    assert card is not None and card.key == "companion/this-was-a-hard-one"
    assert card.title == "Das war ein schwerer Anruf"
    assert window.face.support_title.text() == "Jemand zum Reden"
    assert "Teamleitung" in window.face.support_body.text()
    library.set_languages(["es"])
    assert window.deck.pick_role("break").title == "Hora de un descanso de verdad"


def test_trying_a_deck_shows_the_built_in_cards_in_its_language(tmp_path: Path) -> None:
    from companion.content.decks import load_deck_file
    from companion.ui.deck_try import TryDeck

    path = tmp_path / "team.es.toml"
    path.write_text('[deck]\nid = "team"\ntitle = "Equipo"\nversion = 1\nlocale = "es"\n\n'
                    '[[cards]]\nid = "a"\ntitle = "Respira"\nbody = "Despacio."\n'
                    'when = ["between_calls"]\n', encoding="utf-8")
    tried = TryDeck(load_deck_file(path))
    assert tried.pick_role("support").title == "Esta fue difícil"
    assert tried.support(tried.pick_role("break")).title == "Alguien con quien hablar"


def test_keyboard_actions(qtbot, library) -> None:
    deck = CardDeck(library, rng=random.Random(5))
    window = make_window(qtbot, deck)
    window.show_for("between_calls")
    qtbot.waitExposed(window)
    # The agent clicks the card (or asks for it from the tray): now it has the keyboard.
    window.activate_for_keyboard()
    qtbot.waitUntil(window.isActiveWindow, timeout=TIMEOUT_MS)
    assert window.focusWidget() is window.buttons["another"]
    seen = [window.card.key]
    for _ in range(6):
        qtbot.keyClick(window, Qt.Key.Key_A)
        assert window.card.key != seen[-1]
        seen.append(window.card.key)
    card = window.card
    qtbot.keyClick(window, Qt.Key.Key_H)
    assert deck.preference(card).helpful is True
    assert window.buttons["helpful"].isChecked()
    assert "Marked helpful" in window.face.note.text()
    qtbot.keyClick(window, Qt.Key.Key_P)
    assert deck.preference(card).pinned is True
    assert window.buttons["pin"].text() == "Un&pin"
    qtbot.keyClick(window, Qt.Key.Key_D)
    assert deck.preference(card).hidden is True
    assert window.card is not None and window.card.key != card.key
    with qtbot.waitSignal(window.closed, timeout=TIMEOUT_MS) as closed:
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert closed.args == ["close"]
    assert not window.isVisible()
    # Every button can be reached with Tab.
    for button in window.buttons.values():
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert button.accessibleName()


def test_hiding_the_last_card_can_be_undone(qtbot, library) -> None:
    deck = CardDeck(library, rng=random.Random(2))
    window = make_window(qtbot, deck)
    assert window.show_for("start_of_shift").id == "one-thing"
    # Hide every other card so only one is left for the moment.
    for card in library.cards():
        if card.id not in ("one-thing",):
            deck.set_hidden(card, True)
    window.buttons["hide"].click()
    assert window.isVisible(), "the window stays, so the hide can be undone"
    assert window.card is None
    assert window.face.title.text() == "No card to show"
    assert not window.buttons["helpful"].isEnabled()
    assert window.undo_bar.isVisible()
    assert window.undo_bar.label.text().startswith("“One thing today” is hidden.")
    window.undo_bar.undo_button.click()
    assert window.card is not None and window.card.id == "one-thing"
    assert deck.preference(window.card).hidden is False
    assert not window.undo_bar.isVisible()


def test_auto_dismiss(qtbot, library) -> None:
    softphone = QWidget()
    qtbot.addWidget(softphone)
    softphone.show()
    window = make_window(qtbot, CardDeck(library, rng=random.Random(1)), auto_dismiss_s=0.3)
    window.show_for("between_calls")
    # While the agent is using the card (it is the active window) it stays.
    window.activate_for_keyboard()
    qtbot.waitUntil(window.isActiveWindow, timeout=TIMEOUT_MS)
    assert not window._timer.isActive()      # no countdown while the agent uses the card
    # Back to the softphone: the countdown runs and the card closes itself.
    with qtbot.waitSignal(window.closed, timeout=TIMEOUT_MS) as closed:
        softphone.activateWindow()
    assert closed.args == ["auto"]
    window.set_auto_dismiss(0)
    window.show_for("between_calls")
    softphone.activateWindow()               # even with the agent elsewhere ...
    qtbot.waitUntil(softphone.isActiveWindow, timeout=TIMEOUT_MS)
    assert not window._timer.isActive()      # ... no countdown: the card stays until closed
    assert window.isVisible()


# -- preferences --------------------------------------------------------------------------
def test_card_preferences_are_kept_in_the_store(qtbot, library, tmp_path: Path) -> None:
    db = tmp_path / "data" / "companion.sqlite3"
    store = Store.open(db)
    deck = CardDeck(library, store, rng=random.Random(4))
    window = make_window(qtbot, deck)
    shown = window.show_for("between_calls")
    window.buttons["helpful"].click()
    window.buttons["pin"].click()
    hidden = library.card("team/slow-down")
    deck.set_hidden(hidden, True)
    window.dismiss()
    store.close()

    again = Store.open(db)
    prefs = again.card_preferences()
    assert prefs[shown.key].helpful is True and prefs[shown.key].pinned is True
    assert prefs[shown.key].hidden is False
    assert prefs["team/slow-down"].hidden is True
    fresh = CardDeck(library, again, rng=random.Random(9))
    assert shown.key in fresh.picker.pinned and shown.key in fresh.picker.helpful
    picks = [fresh.pick("after_tense") for _ in range(20)]
    # The hidden card never comes up; the only other recovery card is not repeated back to
    # back: the built-in "this was a hard one" card stands in (never a coaching card).
    assert [c.id for c in picks] == ["shake-it-off", "this-was-a-hard-one"] * 10
    # Taking a mark back is stored too.
    fresh.set_helpful(shown, None)
    assert again.card_preferences()[shown.key].helpful is None
    again.close()


def test_store_failure_keeps_marks_for_the_session(library) -> None:
    from companion.store import StoreError

    class BrokenStore:
        def card_preferences(self):
            raise StoreError("database is locked", "close the other program")

        def set_card_preference(self, pref):
            raise StoreError("database is locked", "close the other program")

    deck = CardDeck(library, BrokenStore(), rng=random.Random(1))
    card = library.card("team/heard")
    deck.set_hidden(card, True)
    assert deck.preference(card).hidden is True
    assert all(deck.pick("between_calls").id != "heard" for _ in range(30))


# -- the app seam -------------------------------------------------------------------------
class NoticeList(list):
    def __call__(self, title: str, text: str) -> None:
        self.append((title, text))


def test_install_card_window_replaces_the_seam_and_reloads(qtbot, folder: Path,
                                                           library) -> None:
    notices = NoticeList()
    openers = WindowOpeners(notices, WindowContext(
        settings=Settings(card_auto_dismiss_s=0, high_contrast=True)))
    openers.open_card("between_calls")             # not installed yet: a notice
    assert notices.pop()[0] == "Cue cards"
    feature = install_card_window(openers, library=library, rng=random.Random(1))
    openers.opened.clear()
    qtbot.addWidget(feature.window)
    try:
        openers.open_card("after_tense")
        assert openers.opened == [("card", ("after_tense",))]
        assert feature.window.isVisible()
        assert "after_tense" in feature.window.card.when
        assert feature.window.face.high_contrast is True
        # A broken edit of the deck file is announced; the cards stay usable.
        (folder / "team.toml").write_text(DECK.replace('["start_of_shift"]', '["later"]'),
                                          encoding="utf-8")
        qtbot.waitUntil(lambda: bool(notices), timeout=TIMEOUT_MS)
        title, text = notices[0]
        assert title == "Cue decks"
        assert "team.toml, line" in text and "last good version stays" in text
        assert library.card("team/one-thing") is not None
        # New settings apply on the next open.
        openers.context.settings = Settings(card_auto_dismiss_s=1)
        openers.open_card("between_calls")
        assert feature.window.auto_dismiss_s == 1.0
        assert feature.window.face.high_contrast is False
    finally:
        feature.stop()
    assert not feature.window.isVisible()


def test_cards_follow_the_language_setting(qtbot) -> None:
    """The bundled deck in the agent's language (the app switches the library's languages
    when the setting changes: test_app_composition)."""
    openers = WindowOpeners(NoticeList(), WindowContext(
        settings=Settings(language="de", card_auto_dismiss_s=0)))
    feature = install_card_window(openers, rng=random.Random(1))
    qtbot.addWidget(feature.window)
    try:
        german = feature.library.by_id["default"]
        assert german.locale == "de" and feature.library.languages[0] == "de"
        openers.open_card("between_calls")
        assert feature.window.card in german.cards
        feature.library.set_languages(["es"])
        openers.open_card("start_of_shift")
        spanish = feature.library.by_id["default"]
        assert spanish.locale == "es" and feature.window.card in spanish.cards
        assert {c.key for c in spanish.cards} == {c.key for c in german.cards}
    finally:
        feature.stop()
