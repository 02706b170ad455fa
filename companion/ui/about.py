"""The About box: version, what the app is (and is not), and what it keeps.

Runs on the GUI thread. Non-modal, so it never blocks the tray.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from companion import APP_NAME, __version__

#: Shown in the About box and in docs/app.md.
NOT_MEDICAL = ("A wellbeing aid, not a medical device and not a monitoring tool. "
               "It does not diagnose anything, and nobody else sees what it notices.")
PRIVACY = ("Your voice never leaves this computer and is never recorded: Companion keeps only "
           "per-minute and per-call numbers, on this machine, for a limited time. "
           "You can see, export and delete them (companion data ...).")


class AboutDialog(QDialog):
    """About Companion."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(f"About {APP_NAME}")
        self.setModal(False)
        layout = QVBoxLayout(self)
        title = QLabel(f"<b>{APP_NAME}</b> {__version__}")
        title.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(title)
        for name, text in (("notMedical", NOT_MEDICAL), ("privacy", PRIVACY),
                           ("license", "Licensed under the Apache License 2.0.")):
            label = QLabel(text)
            label.setObjectName(name)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)
