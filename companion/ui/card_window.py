"""The agent's cue card window, the card choice behind it, and its wiring into the app.

Runs on the GUI thread.

* :class:`CardDeck` (plain Python) joins the deck library, the :class:`CardPicker` and the
  agent's card preferences in the store: it picks a card for a moment (after a tense call only
  recovery cards, in the order of care; a built-in "this was a hard one" card when the decks
  have none) or a role (``support``, ``break``), and records *helpful*, *pin* and *hide* marks
  (kept on this computer only; without a store they last for the session). Cards tagged
  ``support`` or ``break`` show the support contact (:mod:`companion.content.support`).
* :class:`CardWindow` is a small, non-modal panel near the tray. It never takes focus when it
  appears (``Qt.Tool``, ``WA_ShowWithoutActivating``), so a softphone keeps the keyboard; a click
  on it (or :meth:`CardWindow.activate_for_keyboard`) gives it focus, and then every action has a
  key: ``H`` helpful, ``A`` another card, ``P`` pin, ``D`` hide this card, ``U`` undo the
  hide, ``Esc`` close, ``Tab`` moves between buttons. Opened by the agent (tray menu, the
  offer's "A card") it takes the keyboard at once and screen readers hear the card. A hidden
  card can be brought back from the undo bar that appears under the card. Text is plain only
  (see :mod:`companion.ui.card_view`).
  ``card_auto_dismiss_s`` > 0 closes it after that many seconds; the countdown waits while the
  pointer is over the card or the card has focus.
* :func:`install_card_window` replaces ``WindowOpeners.open_card`` with one that shows this
  window, and starts the deck watcher (:class:`~companion.ui.content_watcher.ContentWatcher`).
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from companion.content import care
from companion.content.decks import WHEN_VALUES, CueCard, DeckSupport
from companion.content.library import DeckLibrary
from companion.content.picker import CardPicker, RandomSource
from companion.content.support import fallback_card, shows_support, support_for
from companion.errors import CompanionError
from companion.ui import a11y
from companion.ui.card_view import CardFace, palette_for, render_card
from companion.ui.i18n import Tr, preferred_languages
from companion.ui.openers import WindowOpeners
from companion.ui.os_look import effective_look, system_look
from companion.ui.placement import MARGIN_PX, popup_position
from companion.ui.theme import font_pt

_tr = Tr("CardWindow")

log = logging.getLogger(__name__)

#: Distance from the tray icon / screen edge (pixels).

#: Window flags of the card: a frameless tool window above others, not in the task bar.
CARD_FLAGS = (Qt.WindowType.Tool | Qt.WindowType.FramelessWindowHint
              | Qt.WindowType.WindowStaysOnTopHint)



class CardDeck:
    """Pick cards and keep the agent's marks on them.

    Parameters
    ----------
    library
        The deck library (reloaded by the watcher; read on every pick).
    store
        A :class:`companion.store.Store` (``card_preferences`` / ``set_card_preference``) or
        None: then marks live in memory for this session.
    rng
        Randomness for the picker (seed it in tests).

    Marks are stored under the card's key ``"deck/card"``.
    """

    def __init__(self, library: DeckLibrary, store: Any | None = None, *,
                 rng: RandomSource | None = None) -> None:
        self.library = library
        self.store = store
        self.picker = CardPicker(library, rng=rng or random.Random())
        self._prefs: dict[str, Any] = {}
        self.load_preferences()

    # -- preferences ---------------------------------------------------------------------
    def load_preferences(self) -> None:
        """Read the agent's marks from the store (a store error keeps what is known)."""
        if self.store is not None:
            try:
                self._prefs = dict(self.store.card_preferences())
            except CompanionError as exc:
                log.warning("card preferences unavailable: %s", exc.one_line())
        self._apply()

    def _apply(self) -> None:
        prefs = self._prefs.values()
        self.picker.set_pinned(p.card_id for p in prefs if p.pinned)
        self.picker.set_hidden(p.card_id for p in prefs if p.hidden)
        self.picker.set_helpful(p.card_id for p in prefs if p.helpful)

    def preference(self, card: CueCard) -> Any:
        """The agent's marks on ``card`` (a ``CardPreference``; all unset if none)."""
        from companion.store import CardPreference

        return self._prefs.get(card.key) or CardPreference(card.key)

    def _update(self, card: CueCard, **changes: Any) -> Any:
        import dataclasses

        pref = dataclasses.replace(self.preference(card), updated_at=None, **changes)
        if self.store is not None:
            try:
                pref = self.store.set_card_preference(pref)
            except CompanionError as exc:   # keep the mark for this session anyway
                log.warning("card preference not saved: %s", exc.one_line())
        self._prefs[card.key] = pref
        self._apply()
        return pref

    def set_helpful(self, card: CueCard, helpful: bool | None) -> Any:
        """Mark ``card`` helpful (True), not helpful (False) or unrated (None)."""
        return self._update(card, helpful=helpful)

    def set_pinned(self, card: CueCard, pinned: bool) -> Any:
        """Pin (prefer) or unpin ``card``."""
        return self._update(card, pinned=pinned)

    def set_hidden(self, card: CueCard, hidden: bool) -> Any:
        """Hide (never show again) or unhide ``card``."""
        return self._update(card, hidden=hidden)

    # -- choosing ------------------------------------------------------------------------
    def start(self, moment: str) -> None:
        """A new card session (the window opens for ``moment``)."""
        if moment in WHEN_VALUES:
            self.picker.start(moment)

    def pick(self, moment: str) -> CueCard | None:
        """A card for ``moment`` (unknown moments count as ``between_calls``) or for a role
        (``support``, ``break``); None if there is none the agent has not hidden, other than
        the one shown last.

        After a tense call only recovery cards come up; when the decks have none, the
        built-in "this was a hard one" card stands in (never a coaching card)."""
        if moment in care.ROLES:
            return self.pick_role(moment)
        if moment not in WHEN_VALUES:
            moment = "between_calls"
        card = self.picker.pick(moment)
        if card is None and moment == "after_tense":
            fallback = fallback_card(care.SUPPORT_TAG, self.library.languages)
            if self.picker.last_key != fallback.key \
                    and not {fallback.key, fallback.id} & self.picker.hidden:
                self.picker.note_shown(fallback)
                return fallback
        return card

    def pick_role(self, role: str) -> CueCard:
        """A card for ``role`` (``support``: someone to talk to; ``break``: a longer break),
        or the built-in one when no deck in use has such a card."""
        card = self.picker.pick_role(role) or fallback_card(role, self.library.languages)
        self.picker.note_shown(card)
        return card

    def support(self, card: CueCard | None) -> DeckSupport | None:
        """The support contact to show under ``card`` (None for cards that do not ask)."""
        if card is None or not shows_support(card):
            return None
        return support_for(self.library.decks, self.library.languages)

    def deck_title(self, card: CueCard) -> str:
        """Title of the deck ``card`` belongs to ('' if unknown)."""
        deck = self.library.by_id.get(card.deck_id)
        return deck.title if deck else ""


class CardWindow(QWidget):
    """The card panel. Signals: ``closed(str)`` with the reason (``close``, ``auto``,
    ``hidden-all``), ``shown(object)`` with the card shown."""

    closed = Signal(str)
    shown = Signal(object)

    def __init__(self, deck: CardDeck, *, auto_dismiss_s: float = 0.0,
                 high_contrast: bool = False,
                 anchor: Callable[[], QRect | None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, CARD_FLAGS)
        self.setObjectName("cardWindow")
        self.setWindowTitle(_tr("Companion cue card"))
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.deck = deck
        self.card: CueCard | None = None
        self.moment = "between_calls"
        self._anchor = anchor
        self.face = CardFace(high_contrast=high_contrast, parent=self)
        self.face.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.face)
        self.undo_bar = UndoBar(self)
        self.undo_bar.set_high_contrast(high_contrast)
        self.undo_bar.undo_button.clicked.connect(self.undo_hide)
        layout.addWidget(self.undo_bar)
        self.hidden_card: CueCard | None = None
        a11y.set_role(self, "dialog")
        self.buttons = self.face.buttons
        self.buttons["helpful"].clicked.connect(self.toggle_helpful)
        self.buttons["another"].clicked.connect(self.another)
        self.buttons["pin"].clicked.connect(self.toggle_pin)
        self.buttons["hide"].clicked.connect(self.hide_card)
        self.buttons["close"].clicked.connect(lambda: self.dismiss("close"))
        # Plain-letter keys work once the card has focus (mnemonics need Alt).
        for key, slot in (("H", self.toggle_helpful), ("A", self.another),
                          ("P", self.toggle_pin), ("D", self.hide_card),
                          ("U", self.undo_hide), ("Escape", lambda: self.dismiss("close"))):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(lambda: self.dismiss("auto"))
        self.auto_dismiss_s = 0.0
        self.set_auto_dismiss(auto_dismiss_s)

    # -- options -------------------------------------------------------------------------
    def set_auto_dismiss(self, seconds: float) -> None:
        """Close the card ``seconds`` after it appears (0 = stay until closed)."""
        self.auto_dismiss_s = max(0.0, float(seconds))
        self._timer.setInterval(int(self.auto_dismiss_s * 1000))
        if self.auto_dismiss_s <= 0:
            self._timer.stop()

    def set_high_contrast(self, on: bool) -> None:
        """Follow ``Settings.high_contrast``."""
        self.face.set_high_contrast(on)
        self.undo_bar.set_high_contrast(on)

    # -- showing -------------------------------------------------------------------------
    def show_for(self, moment: str = "between_calls") -> CueCard | None:
        """Pick a card for ``moment`` (or a role: ``support``, ``break``) and show it near the
        tray, without taking focus. After a role card, "Another card" goes on with the
        recovery cards."""
        self.deck.start(moment)
        self.moment = "after_tense" if moment in care.ROLES else moment
        self.show_card(self.deck.pick(moment))
        return self.card

    def show_card(self, card: CueCard | None) -> None:
        """Show ``card`` (None: a short "no card" note)."""
        self.card = card
        self._render()
        if not self.isVisible():
            self.move(self.position_for(self._anchor() if self._anchor else None))
            self.show()
        self._restart_timer()
        self.shown.emit(card)

    def _render(self) -> None:
        card = self.card
        pref = self.deck.preference(card) if card is not None else None
        for key in ("helpful", "pin", "hide", "another"):
            self.buttons[key].setEnabled(card is not None or key == "another")
        self.buttons["helpful"].setChecked(bool(pref and pref.helpful))
        self.buttons["pin"].setChecked(bool(pref and pref.pinned))
        self.buttons["pin"].setText(_tr("Un&pin") if pref and pref.pinned else _tr("&Pin"))
        render_card(self.face, card, deck_title=self.deck.deck_title(card) if card else "",
                    pinned=bool(pref and pref.pinned), helpful=pref.helpful if pref else None,
                    support=self.deck.support(card))   # sized with the buttons' new text
        self.setAccessibleName(self.face.title.text())
        self.setAccessibleDescription(self.face.accessibleDescription())
        self._fit()

    def _fit(self) -> None:
        """Size the window to the card (and the undo bar), kept inside the screen: a note
        line or the bar that appears later must never push the buttons out of sight."""
        height = self.face.height() + (self.undo_bar.sizeHint().height()
                                       if self.undo_bar.isVisibleTo(self) else 0)
        self.setFixedSize(self.face.width(), height)
        if not self.isVisible():
            return
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        bottom = area.bottom() - MARGIN_PX
        if self.geometry().bottom() > bottom:
            self.move(self.x(), max(area.top() + MARGIN_PX, bottom - height))

    def activate_for_keyboard(self) -> None:
        """Give the card keyboard focus (only on the agent's explicit request) and let
        screen readers hear it."""
        self.raise_()
        self.activateWindow()
        self.buttons["another"].setFocus(Qt.FocusReason.OtherFocusReason)
        a11y.announce(self, f"{self.face.title.text()}. {self.face.body.text()}")

    def position_for(self, anchor: QRect | None) -> QPoint:
        """Top-left so the card sits next to ``anchor`` (the tray icon) inside the screen;
        bottom-right corner of the screen when there is no anchor."""
        return popup_position(self.sizeHint().expandedTo(self.size()), anchor)

    # -- actions -------------------------------------------------------------------------
    def toggle_helpful(self) -> None:
        """Mark the card helpful, or take the mark back."""
        if self.card is None:
            return
        now = not bool(self.deck.preference(self.card).helpful)
        self.deck.set_helpful(self.card, True if now else None)
        self._render()
        self._restart_timer()

    def toggle_pin(self) -> None:
        """Pin the card, or unpin it."""
        if self.card is None:
            return
        self.deck.set_pinned(self.card, not self.deck.preference(self.card).pinned)
        self._render()
        self._restart_timer()

    def another(self) -> None:
        """Show a different card for the same moment (never the same one twice in a row)."""
        if self.card is not None:
            self.deck.picker.note_shown(self.card)
        card = self.deck.pick(self.moment)
        if card is not None or self.card is None:
            self.show_card(card)
        self._restart_timer()

    def hide_card(self) -> None:
        """Never show this card again and show another one (or "No card to show" when none
        is left); the undo bar under it brings the hidden card back."""
        if self.card is None:
            return
        hidden = self.card
        self.deck.set_hidden(hidden, True)
        self.hidden_card = hidden
        self.undo_bar.show_for(hidden.title)
        self.show_card(self.deck.pick(self.moment))
        a11y.announce(self, self.undo_bar.label.text())

    def undo_hide(self) -> None:
        """Bring back the card hidden last, and show it again."""
        card = self.hidden_card
        if card is None:
            return
        self.hidden_card = None
        self.deck.set_hidden(card, False)
        self.undo_bar.hide()
        self.show_card(card)

    def dismiss(self, reason: str = "close") -> None:
        """Close the card; ``closed(reason)`` follows."""
        self._timer.stop()
        self.hidden_card = None
        self.undo_bar.hide()
        was_visible = self.isVisible()
        self.hide()
        if was_visible:
            self.closed.emit(reason)

    # -- auto-dismiss pauses while the agent is reading or using the card ---------------
    def _restart_timer(self) -> None:
        if self.auto_dismiss_s > 0 and self.isVisible() and not self.underMouse():
            self._timer.start()

    def event(self, event: QEvent) -> bool:  # noqa: D102 - Qt override
        kind = event.type()
        if kind in (QEvent.Type.Enter, QEvent.Type.WindowActivate):
            self._timer.stop()
        elif (kind == QEvent.Type.Leave and not self.isActiveWindow()) \
                or kind == QEvent.Type.WindowDeactivate:
            self._restart_timer()
        return super().event(event)


class UndoBar(QFrame):
    """The line under the card after "Hide this card": what was hidden and an Undo button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undoBar")
        self.label = QLabel()
        self.label.setObjectName("undoText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.undo_button = QPushButton(_tr("&Undo"))
        self.undo_button.setObjectName("undoButton")
        self.undo_button.setToolTip(_tr("Show the hidden card again [U]"))
        self.undo_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 6, 12, 8)
        row.addWidget(self.label, 1)
        row.addWidget(self.undo_button)
        self.set_high_contrast(False)
        self.hide()

    def show_for(self, title: str) -> None:
        """Say that the card called ``title`` is hidden."""
        self.label.setText(_tr("“%1” is hidden. Press U or Undo to bring it back.",
                               " ".join(title.split())))
        self.show()

    def set_high_contrast(self, on: bool) -> None:
        """Same palette as the card."""
        self.setStyleSheet(undo_bar_qss(palette_for(on), heavy=on))


def undo_bar_qss(p: Any, *, heavy: bool) -> str:
    """Style of :class:`UndoBar` from a card palette (fonts in points)."""
    border = 3 if heavy else 1
    return f"""
QFrame#undoBar {{ background: {p.background}; border: {border}px solid {p.border};
                  border-top: none; }}
QLabel#undoText {{ color: {p.body}; font-size: {font_pt(1.0)}; }}
QPushButton#undoButton {{ padding: 4px 7px; border-radius: 5px; font-size: {font_pt(1.1)};
                          color: {p.title}; border: 1px solid {p.border};
                          background: #ffffff; }}
QPushButton#undoButton:focus {{ border: 3px solid {p.focus}; padding: 2px 5px; }}
"""


class CardFeature(QObject):
    """What :func:`install_card_window` builds: the library, watcher, deck and window."""

    def __init__(self, library: DeckLibrary, deck: CardDeck, window: CardWindow,
                 watcher: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.deck = deck
        self.window = window
        self.watcher = watcher

    def stop(self) -> None:
        """Stop watching and close the window."""
        self.watcher.stop()
        self.window.dismiss("close")


def install_card_window(openers: WindowOpeners, *,
                        anchor: Callable[[], QRect | None] | None = None,
                        library: DeckLibrary | None = None,
                        rng: RandomSource | None = None) -> CardFeature:
    """Make ``openers.open_card(moment)`` show the card window and start hot reload.

    ``openers`` is the app's :class:`~companion.ui.openers.WindowOpeners`; its ``context``
    gives ``settings``, ``store`` and ``paths`` (read again on every open, so new settings
    apply at once). Deck problems found at start and on reload go to ``openers.notify``
    (a tray notice). ``library`` defaults to :func:`load_default_decks`. The opener keeps the
    result (and so the watcher) alive.
    """
    from companion.content.library import load_default_decks
    from companion.ui.content_watcher import ContentWatcher, describe_problems

    ctx = openers.context
    notify = openers.notify
    if library is None:
        library = load_default_decks(ctx.paths, ctx.settings,
                                     languages=preferred_languages(ctx.settings.language))
    deck = CardDeck(library, ctx.store, rng=rng)
    window = CardWindow(deck, anchor=anchor)
    watcher = ContentWatcher(library)
    watcher.problems.connect(
        lambda problems: notify(_tr("Cue decks"), describe_problems(problems)))
    watcher.start()
    if library.errors:
        notify(_tr("Cue decks"), describe_problems(library.problems))
    feature = CardFeature(library, deck, window, watcher)

    def open_card(moment: str = "between_calls") -> None:
        settings = ctx.settings
        feature.window.set_auto_dismiss(float(settings.card_auto_dismiss_s or 0))
        feature.window.set_high_contrast(effective_look(settings, system_look()).high_contrast)
        feature.window.show_for(moment)
        feature.window.activate_for_keyboard()   # the agent asked for it: keys work at once

    openers.card_opener = open_card          # also the breathing guide's "worse" flow
    openers.content_changed = watcher.notify_changed   # "What helps me" saved a file
    return feature
