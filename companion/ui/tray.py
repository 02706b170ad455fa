"""The system-tray presence: icon per state, tooltip, menu, balloon messages.

Runs on the GUI thread. :class:`Tray` shows a ``QSystemTrayIcon`` whose icon tells the state
by shape and colour (see :mod:`companion.ui.icons`) and whose menu holds the
:class:`~companion.ui.actions.AppActions`. Where the desktop has no tray
(``QSystemTrayIcon.isSystemTrayAvailable()`` is False) the app uses
:class:`~companion.ui.fallback_window.FallbackWindow` instead; both offer the same methods
(:class:`Presence`).
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, QRect
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from companion import APP_NAME
from companion.ui.actions import PAUSE_MINUTES, AppActions
from companion.ui.i18n import Tr, shown
from companion.ui.icons import IconSet, TrayState

_tr = Tr("Tray")

#: How long balloon messages stay (milliseconds).
MESSAGE_MS = 6000


class Presence(Protocol):
    """What the app needs from the tray or its fallback window."""

    def set_state(self, state: TrayState, detail: str = "") -> None:
        """Show ``state`` (icon + tooltip/label); ``detail`` adds a line (e.g. paused until)."""

    def show_message(self, title: str, text: str) -> None:
        """A short, non-modal notice."""

    def anchor(self) -> QRect | None:
        """Where prompts should appear near (global coordinates), or None."""

    def show(self) -> None:
        """Make the presence visible."""

    def hide(self) -> None:
        """Remove it (at quit)."""


def tooltip_for(state: TrayState, detail: str = "") -> str:
    """Tooltip text: app name, state, optional detail."""
    # Translators: the tray icon's tooltip: "Companion: In a call".
    text = _tr("%1: %2", APP_NAME, state.label)
    return f"{text}\n{detail}" if detail else text


#: Longest status line in the menu (characters); the full text is in the tooltip.
STATUS_MAX_CHARS = 72


def status_text(state: TrayState, detail: str = "") -> str:
    """The menu's status line: the state and its detail on one line, shortened with "…" so
    a long error message cannot stretch the menu across the screen."""
    text = state.label + (f" · {detail}" if detail else "")
    text = " ".join(text.split())
    if len(text) > STATUS_MAX_CHARS:
        text = text[:STATUS_MAX_CHARS - 1].rstrip() + "…"
    return text.replace("&", "&&")


def build_menu(actions: AppActions, parent: QMenu | None = None) -> QMenu:
    """The tray menu: status line and "Respond to the offer…", pause submenu, resume, help,
    calls, welcome/recalibrate/settings, about, quit."""
    menu = QMenu(parent)
    menu.setObjectName("trayMenu")
    menu.setToolTipsVisible(True)
    menu.addAction(actions.status)
    menu.addAction(actions.respond)
    menu.addSeparator()
    pause_menu = menu.addMenu(_tr("&Pause listening"))
    pause_menu.setObjectName("pauseMenu")
    for name in PAUSE_MINUTES:
        pause_menu.addAction(actions.get(name))
    menu.addAction(actions.resume)
    menu.addSeparator()
    for name in ("breathe", "card", "my_cards", "card_feedback", "dashboard"):
        menu.addAction(actions.get(name))
    menu.addSeparator()
    for name in ("call_start", "call_end"):
        menu.addAction(actions.get(name))
    menu.addSeparator()
    for name in ("welcome", "recalibrate", "settings", "about", "quit"):
        menu.addAction(actions.get(name))
    return menu


class Tray(QObject):
    """The tray icon and its menu."""

    def __init__(self, actions: AppActions, icons: IconSet,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.actions = actions
        self.icons = icons
        self.menu = build_menu(actions)
        self.icon = QSystemTrayIcon(self)
        self.icon.setContextMenu(self.menu)
        self.state = TrayState.LISTENING
        self.detail = ""
        self.set_state(TrayState.LISTENING)
        self.icon.activated.connect(self._on_activated)

    def set_state(self, state: TrayState, detail: str = "") -> None:
        """Show ``state`` in the icon, tooltip and status line."""
        self.state, self.detail = state, detail
        self.icon.setIcon(self.icons.icon(state))
        self.icon.setToolTip(tooltip_for(state, detail))
        self.actions.status.setText(status_text(state, detail))
        self.actions.status.setToolTip(tooltip_for(state, detail))
        self.actions.status.setIcon(self.icons.icon(state))

    def current_icon(self) -> QIcon:
        """The icon shown now."""
        return self.icon.icon()

    def show_message(self, title: str, text: str) -> None:
        """A balloon/notification from the tray icon."""
        self.icon.showMessage(shown(title), shown(text), self.icons.app_icon, MESSAGE_MS)

    def anchor(self) -> QRect | None:
        """The icon's geometry on screen (empty on some desktops: then None)."""
        rect = self.icon.geometry()
        return rect if rect.isValid() and not rect.isEmpty() else None

    def show(self) -> None:
        """Put the icon in the tray."""
        self.icon.show()

    def hide(self) -> None:
        """Remove the icon."""
        self.icon.hide()

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        # A left click opens the same menu (many agents never right-click a tray icon).
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            rect = self.anchor()
            if rect is not None:
                self.menu.popup(rect.bottomLeft())
