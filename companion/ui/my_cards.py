"""The "What helps me" window: the agent writes a few cards of their own.

Runs on the GUI thread. The cards are a small personal deck (:mod:`companion.content.personal`)
checked by the same rules as every deck, saved at once (atomically) to their own folder, and
picked up by the running app's deck watcher. IT policy ``allow_personal_decks = false`` turns
them off: the window then says so and offers nothing to edit. Plain text only, as everywhere.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.content import personal
from companion.content.deck_doc import save_deck_text
from companion.content.decks import CueCard, CueDeck
from companion.errors import CompanionError
from companion.paths import AppPaths
from companion.settings import Settings
from companion.ui.card_view import CardFace, plain_label, render_card
from companion.ui.i18n import Tr, shown

_tr = Tr("MyCardsWindow")

class MyCardsWindow(QWidget):
    """Add, change, remove and export the agent's own cards.

    Parameters
    ----------
    path
        The personal cards file (:func:`companion.content.personal.my_cards_file`).
    allowed
        False when IT policy turns personal cards off.
    choose_path
        ``choose_path(suggested) -> Path | None`` for "Export a copy" (a dialog by default).

    Signals: ``saved(Path)`` after each change is written.
    """

    saved = Signal(object)

    def __init__(self, path: Path, *, allowed: bool = True,
                 choose_path: Callable[[Path], Path | None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("myCardsWindow")
        self.setWindowTitle(_tr("What helps me — Companion"))
        self.path = path
        self.allowed = allowed
        self._choose_path = choose_path or self._dialog_path
        self.deck: CueDeck = personal.empty_deck()
        self.base: str | None = None
        self._build()
        if allowed:
            self.reload()
        else:
            self.status.setText(_tr("Your organisation's policy turns personal cards off "
                                    "(allow_personal_decks). Ask your team lead or IT if you "
                                    "would like them."))
            for widget in (self.card_list, self.title_edit, self.body_edit,
                           *self.buttons.values()):
                widget.setEnabled(False)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        intro = plain_label("myCardsIntro", self)
        intro.setText(_tr("A few cards of your own: what helps you after a hard call (a photo "
                          "you like, a stretch, a line that steadies you). They come up with "
                          "the others after a tense call and between calls. Only on this "
                          "computer."))
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.card_list = QListWidget(self)
        self.card_list.setObjectName("myCardList")
        self.card_list.currentRowChanged.connect(self._select)
        row.addWidget(self.card_list, 1)
        form = QFormLayout()
        self.title_edit = QLineEdit(self)
        self.body_edit = QPlainTextEdit(self)
        self.body_edit.setTabChangesFocus(True)
        self.body_edit.setMaximumHeight(110)
        for label, widget in ((_tr("&Title"), self.title_edit),
                              (_tr("Te&xt"), self.body_edit)):
            caption = QLabel(label, self)
            caption.setBuddy(widget)
            form.addRow(caption, widget)
        self.title_edit.textEdited.connect(self._preview)
        self.body_edit.textChanged.connect(self._preview)
        self.preview = CardFace(interactive=False, parent=self)
        form.addRow(self.preview)
        row.addLayout(form, 2)
        layout.addLayout(row, 1)
        self.status = plain_label("myCardsStatus", self)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (("add", _tr("&Add as a new card"), self.add),
                                ("update", _tr("&Save changes"), self.update_card),
                                ("remove", _tr("&Remove"), self.remove),
                                ("export", _tr("&Export a copy…"), self.export)):
            button = QPushButton(text, self)
            button.setObjectName(f"{key}Button")
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            self.buttons[key] = button
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QPushButton(_tr("Close"), self)
        close.clicked.connect(self.close)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.resize(820, 420)

    # -- data ----------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the cards from the file again."""
        try:
            self.deck, self.base = personal.read_my_cards(self.path)
        except CompanionError as exc:
            self.status.setText(_tr("Your cards file cannot be read: %1", shown(exc.one_line())))
        self.card_list.clear()
        for card in self.deck.cards:
            self.card_list.addItem(" ".join(card.title.split()))
        self.card_list.setCurrentRow(0 if self.deck.cards else -1)
        self.buttons["export"].setEnabled(self.allowed and bool(self.deck.cards))
        self._preview()

    def current(self) -> CueCard | None:
        """The selected card."""
        row = self.card_list.currentRow()
        return self.deck.cards[row] if 0 <= row < len(self.deck.cards) else None

    def _select(self, _row: int) -> None:
        card = self.current()
        self.title_edit.setText(card.title if card else "")
        self.body_edit.setPlainText(card.body if card else "")
        self._preview()

    def _draft(self) -> CueCard:
        return personal.make_card(self.deck, self.title_edit.text(),
                                  self.body_edit.toPlainText())

    def _preview(self) -> None:
        render_card(self.preview, self._draft() if self.title_edit.text().strip() else None,
                    deck_title=personal.MY_DECK_TITLE)

    # -- actions -------------------------------------------------------------------------
    def add(self) -> bool:
        """Add the title and text as a new card."""
        if len(self.deck.cards) >= personal.MAX_MY_CARDS:
            self.status.setText(_tr("You have %n card(s): remove one first.",
                                    n=personal.MAX_MY_CARDS))
            return False
        return self._save(personal.with_card(self.deck, self._draft()))

    def update_card(self) -> bool:
        """Replace the selected card with the title and text."""
        card = self.current()
        if card is None:
            return self.add()
        edited = dataclasses.replace(card, title=" ".join(self.title_edit.text().split()),
                                     body=self.body_edit.toPlainText().strip())
        return self._save(personal.with_card(self.deck, edited))

    def remove(self) -> bool:
        """Remove the selected card."""
        card = self.current()
        return card is not None and self._save(personal.without_card(self.deck, card.id))

    def _save(self, deck: CueDeck) -> bool:
        try:
            if deck.cards:
                text, check = personal.check_my_cards(deck, self.base, self.path)
                if check.errors:
                    self.status.setText(_tr("Not saved: %1", " ".join(
                        check.errors[0].message.split())))
                    return False
                self.path.parent.mkdir(parents=True, exist_ok=True)
                save_deck_text(self.path, text)
                warnings = [" ".join(p.message.split()) for p in check.warnings]
            else:
                self.path.unlink(missing_ok=True)
                warnings = []
        except (CompanionError, OSError) as exc:
            reason = shown(exc.one_line()) if isinstance(exc, CompanionError) else str(exc)
            self.status.setText(_tr("Not saved: %1", reason))
            return False
        row = self.card_list.currentRow()
        self.reload()
        self.card_list.setCurrentRow(min(max(row, 0), len(self.deck.cards) - 1))
        self.status.setText(_tr("Saved. Note: %1", "; ".join(warnings)) if warnings
                            else _tr("Saved."))
        self.saved.emit(self.path)
        return True

    def export(self) -> Path | None:
        """Save a copy of the cards to a file of the agent's choice."""
        target = self._choose_path(Path.home() / "what-helps-me.toml")
        if target is None:
            return None
        try:
            save_deck_text(target, personal.export_my_cards(self.deck, self.base))
        except CompanionError as exc:
            self.status.setText(_tr("Not exported: %1", shown(exc.one_line())))
            return None
        self.status.setText(_tr("Copied %n card(s) to %1.", target, n=len(self.deck.cards)))
        return target

    def _dialog_path(self, suggested: Path) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, _tr("Export your cards"), str(suggested),
                                              _tr("Cue decks (*.toml)"))
        return Path(name) if name else None


def my_cards_window(paths: AppPaths, settings: Settings) -> MyCardsWindow:
    """The window for the app (``WindowOpeners.open_my_cards``): the agent's file, and
    whether IT policy allows personal cards."""
    return MyCardsWindow(personal.my_cards_file(paths), allowed=settings.allow_personal_decks)
