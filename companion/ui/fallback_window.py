"""A small always-available window with the tray's actions, for desktops without a tray.

Runs on the GUI thread. Used when ``QSystemTrayIcon.isSystemTrayAvailable()`` is False (some
Linux desktops, kiosk sessions). It shows the state icon and label and one button per action;
every button is in tab order and has a mnemonic (Alt+B breathe, ...).
Closing the window minimises it, so the app keeps listening; "Quit" ends the app.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from companion import APP_NAME
from companion.ui.actions import PAUSE_MINUTES, AppActions
from companion.ui.i18n import Tr, shown
from companion.ui.icons import IconSet, TrayState
from companion.ui.tray import status_text, tooltip_for

_tr = Tr("FallbackWindow")

#: Buttons in the grid, in reading order.
BUTTONS = ("respond", *PAUSE_MINUTES, "resume", "breathe", "card", "my_cards",
           "card_feedback", "dashboard", "call_start", "call_end", "welcome", "recalibrate",
           "settings", "about", "quit")


class FallbackWindow(QWidget):
    """The tray's stand-in; offers the :class:`~companion.ui.tray.Presence` methods."""

    def __init__(self, actions: AppActions, icons: IconSet,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fallbackWindow")
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(icons.app_icon)
        self.app_actions = actions
        self.icons = icons
        self.allow_close = False
        self.state = TrayState.LISTENING
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        self.icon_label = QLabel()
        self.icon_label.setObjectName("stateIcon")
        self.state_label = QLabel()
        self.state_label.setObjectName("stateLabel")
        self.state_label.setWordWrap(True)
        head.addWidget(self.icon_label)
        head.addWidget(self.state_label, 1)
        layout.addLayout(head)
        self.message_label = QLabel()
        self.message_label.setObjectName("messageLabel")
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        layout.addWidget(self.message_label)
        grid = QGridLayout()
        self.buttons: dict[str, QToolButton] = {}
        for i, name in enumerate(BUTTONS):
            button = QToolButton()
            action = actions.get(name)
            action.setIconText(action.text())   # keep the mnemonic on the button (Alt+letter)
            button.setDefaultAction(action)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.buttons[name] = button
            grid.addWidget(button, i // 2, i % 2)
        layout.addLayout(grid)
        self.set_state(TrayState.LISTENING)

    def set_state(self, state: TrayState, detail: str = "") -> None:
        """Show ``state`` as icon and text."""
        self.state = state
        self.icon_label.setPixmap(self.icons.icon(state).pixmap(32, 32))
        self.state_label.setText(state.label + (f"\n{detail}" if detail else ""))
        self.setToolTip(tooltip_for(state, detail))
        self.app_actions.status.setText(status_text(state, detail))

    def show_message(self, title: str, text: str) -> None:
        """Show a notice line inside the window."""
        title, text = shown(title), shown(text)
        self.message_label.setText(_tr("%1: %2", title, text) if title else text)
        self.message_label.show()

    def anchor(self) -> QRect | None:
        """Prompts appear next to this window."""
        return self.frameGeometry() if self.isVisible() else None

    def closeEvent(self, event: QCloseEvent) -> None:
        """Minimise instead of closing, unless the app is quitting."""
        if self.allow_close:
            event.accept()
            return
        event.ignore()
        self.showMinimized()
