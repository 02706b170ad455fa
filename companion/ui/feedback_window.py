"""The "Share card feedback" window: the agent sees the whole anonymous file before saving it.

Runs on the GUI thread. The box shows exactly the text that *Save as…* writes (see
:mod:`companion.content.feedback` and ``docs/privacy.md``); nothing is saved until the agent
chooses a file, and nothing is ever sent.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.content.deck_doc import save_deck_text
from companion.errors import CompanionError
from companion.store import Store
from companion.ui.card_view import plain_label
from companion.ui.i18n import Tr, shown

_tr = Tr("FeedbackWindow")

class FeedbackWindow(QWidget):
    """Shows ``text`` read-only; *Save as…* writes exactly that text.

    ``choose_path(suggested) -> Path | None`` picks the file (a dialog by default).
    """

    def __init__(self, text: str, *, choose_path: Callable[[Path], Path | None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("feedbackWindow")
        self.setWindowTitle(_tr("Share card feedback — Companion"))
        self.text = text
        self.saved_to: Path | None = None
        self._choose_path = choose_path or self._dialog_path
        layout = QVBoxLayout(self)
        intro = plain_label("feedbackIntro", self)
        intro.setText(_tr("This is everything the file holds: for each card you marked, 1 if "
                          "you found it helpful and 1 if you hid it. No names, no times, "
                          "nothing about your voice or your calls. Nothing is sent: if you save "
                          "it, you decide whether to hand it to your supervisor."))
        layout.addWidget(intro)
        self.view = QPlainTextEdit(self)
        self.view.setObjectName("feedbackText")
        self.view.setReadOnly(True)
        self.view.setPlainText(text)
        self.view.setAccessibleName(_tr("The feedback file, exactly as it would be saved"))
        layout.addWidget(self.view, 1)
        self.status = plain_label("feedbackStatus", self)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        self.save_button = QPushButton(_tr("&Save as…"), self)
        self.save_button.clicked.connect(self.save)
        close = QPushButton(_tr("&Close without saving"), self)
        close.clicked.connect(self.close)
        row.addStretch(1)
        row.addWidget(self.save_button)
        row.addWidget(close)
        layout.addLayout(row)
        self.resize(560, 420)

    def save(self) -> Path | None:
        """Ask for a new file and write the text shown (never over an existing file)."""
        target = self._choose_path(Path.home() / "card-feedback.toml")
        if target is None:
            return None
        if target.exists():
            self.status.setText(_tr("Not saved: %1 already exists. Choose a new name.", target))
            return None
        try:
            save_deck_text(target, self.text)
        except CompanionError as exc:
            self.status.setText(_tr("Not saved: %1", shown(exc.one_line())))
            return None
        self.saved_to = target
        self.status.setText(_tr("Saved %1. Nothing was sent anywhere.", target))
        return target

    def _dialog_path(self, suggested: Path) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, _tr("Save card feedback"), str(suggested),
                                              _tr("Card feedback (*.toml)"))
        return Path(name) if name else None


def feedback_window(store: Store | None) -> FeedbackWindow:
    """The window for the app (``WindowOpeners.share_card_feedback``), from the agent's
    marks in ``store`` (no marks without a store)."""
    from companion.content.feedback import feedback_from_preferences, feedback_to_toml

    prefs = store.card_preferences() if store is not None else {}
    return FeedbackWindow(feedback_to_toml(feedback_from_preferences(prefs)))
