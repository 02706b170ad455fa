"""Trying a deck before it is handed out: its cards in the real card window, nothing installed.

Runs on the GUI thread (``companion deck try`` starts a ``QApplication``; the deck editor's
*Try* button opens it inside the editor's process).

:class:`TryCardWindow` is the agent's :class:`~companion.ui.card_window.CardWindow`, fed by a
:class:`TryDeck`: *Another card* walks through the deck's cards in file order (so every card
is seen once), the card's footer shows its moments, a note says "card 3 of 12" and the
support contact appears under ``support``/``break`` cards exactly as agents will see it.
Marks (helpful, pin, hide) are kept in memory only; nothing is written anywhere.
:func:`run_deck_try` does the same for files, and runs a breathing-pattern file in the real
breathing guide.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtWidgets import QWidget

from companion.content.decks import CueCard, CueDeck
from companion.content.library import DeckLibrary
from companion.content.patterns import BreathingPattern
from companion.errors import CompanionError
from companion.ui.card_view import fit_height
from companion.ui.card_window import CardDeck, CardWindow
from companion.ui.i18n import Tr

_tr = Tr("TryCardWindow")


class TryDeck(CardDeck):
    """A :class:`CardDeck` over one deck that deals its cards in file order, round and round
    (nothing hidden, no store)."""

    def __init__(self, deck: CueDeck) -> None:
        super().__init__(DeckLibrary.of([deck], languages=[deck.locale]))
        self.deck = deck
        self.position = -1

    def start(self, moment: str) -> None:
        """Every try starts at the first card."""
        self.position = -1

    def pick(self, moment: str) -> CueCard | None:
        """The next card of the deck (the moment does not matter when trying)."""
        if not self.deck.cards:
            return None
        self.position = (self.position + 1) % len(self.deck.cards)
        return self.deck.cards[self.position]


class TryCardWindow(CardWindow):
    """The real card window showing a deck being tried; ``closed`` when the agent closes it."""

    def __init__(self, deck: CueDeck, *, high_contrast: bool = False,
                 parent: QWidget | None = None) -> None:
        self.try_deck = TryDeck(deck)
        super().__init__(self.try_deck, high_contrast=high_contrast, parent=parent)
        self.setWindowTitle(_tr("Trying %1", deck.title))

    def start(self) -> None:
        """Show the first card and take the keyboard (the supervisor asked for this window)."""
        self.show_for("between_calls")
        self.activate_for_keyboard()

    def _render(self) -> None:
        super()._render()
        deck = self.try_deck.deck
        if deck.cards:
            self.face.note.setText(_tr("Trying %1: card %2 of %3. Nothing is installed or saved.",
                                       deck.id, self.try_deck.position + 1, len(deck.cards)))
        else:
            self.face.title.setText(deck.title)
            self.face.body.setText(_tr("This deck has no cards, only a support contact (shown "
                                       "under the support cards of the other decks)."))
        self.face.note.setVisible(True)
        fit_height(self.face)
        self._fit()


def _has_display() -> bool:
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("QT_QPA_PLATFORM") or os.environ.get("DISPLAY")
                or os.environ.get("WAYLAND_DISPLAY"))


def run_deck_try(deck: CueDeck | None = None, pattern: BreathingPattern | None = None) -> int:
    """Show ``deck`` in the card window and/or run breathing ``pattern`` in the breathing
    guide, until the last one is closed (``companion deck try``). Returns 0."""
    if not _has_display():
        raise CompanionError("no graphical display to try the deck on (DISPLAY is not set)",
                             "check it with 'companion deck validate PATH' instead")
    from companion.ui.application import gui_application
    from companion.ui.breathing_overlay import BreathingOverlay

    app = gui_application()
    windows: list[QWidget] = []
    still_open = [0]

    def closed(*_: object) -> None:
        still_open[0] -= 1
        if still_open[0] <= 0:
            app.quit()

    if deck is not None:
        window = TryCardWindow(deck)
        window.closed.connect(closed)
        windows.append(window)
    if pattern is not None:
        overlay = BreathingOverlay(pattern)
        overlay.closed.connect(closed)
        windows.append(overlay)
    if not windows:
        return 0
    still_open[0] = len(windows)
    for shown in windows:
        shown.start()  # type: ignore[attr-defined]
    return int(app.exec())
