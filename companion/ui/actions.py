"""The app's actions (QAction), shared by the tray menu and the fallback window.

Runs on the GUI thread. Every action has a mnemonic (``&``) and, where it makes sense, a
shortcut: there is no global hotkey, but the menu and the fallback window are fully usable
from the keyboard. ``ui/shell.py`` connects each action's ``triggered`` to its handler.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

#: (attribute, text, shortcut) in menu order; None separates groups.
ACTION_SPECS: tuple[tuple[str, str, str] | None, ...] = (
    ("pause_15", "Pause for &15 minutes", ""),
    ("pause_60", "Pause for 1 &hour", ""),
    ("pause_indefinitely", "Pause &until I resume", ""),
    ("resume", "&Resume listening", "Ctrl+R"),
    None,
    ("breathe", "&Breathe now", "Ctrl+B"),
    ("card", "Show a &card", "Ctrl+K"),
    ("dashboard", "&Dashboard", "Ctrl+D"),
    None,
    ("call_start", "Mark call &start", "Ctrl+Shift+S"),
    ("call_end", "Mark call &end", "Ctrl+Shift+E"),
    None,
    ("settings", "Se&ttings…", "Ctrl+,"),
    ("about", "&About Companion", ""),
    ("quit", "&Quit Companion", "Ctrl+Q"),
)

_SPEC_BY_NAME: dict[str, tuple[str, str]] = {
    spec[0]: (spec[1], spec[2]) for spec in ACTION_SPECS if spec is not None
}

#: Pause durations of the pause actions (minutes; None = until resumed).
PAUSE_MINUTES: dict[str, int | None] = {
    "pause_15": 15, "pause_60": 60, "pause_indefinitely": None,
}


class AppActions(QObject):
    """One ``QAction`` per menu entry, as typed attributes named like :data:`ACTION_SPECS`.

    ``status`` is a disabled action showing the current state at the top of menus.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.status = QAction("Companion", self)
        self.status.setEnabled(False)
        self._by_name: dict[str, QAction] = {}
        self.pause_15 = self._make("pause_15")
        self.pause_60 = self._make("pause_60")
        self.pause_indefinitely = self._make("pause_indefinitely")
        self.resume = self._make("resume")
        self.breathe = self._make("breathe")
        self.card = self._make("card")
        self.dashboard = self._make("dashboard")
        self.call_start = self._make("call_start")
        self.call_end = self._make("call_end")
        self.settings = self._make("settings")
        self.about = self._make("about")
        self.quit = self._make("quit")
        self.resume.setEnabled(False)

    def _make(self, name: str) -> QAction:
        """The action of :data:`ACTION_SPECS` called ``name`` (text, mnemonic, shortcut)."""
        text, shortcut = _SPEC_BY_NAME[name]
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self._by_name[name] = action
        return action

    def get(self, name: str) -> QAction:
        """The action called ``name`` (KeyError for unknown names)."""
        return self._by_name[name]

    def names(self) -> list[str]:
        """All action names in menu order."""
        return [spec[0] for spec in ACTION_SPECS if spec is not None]

    def set_paused(self, paused: bool) -> None:
        """Enable resume while paused, the pause actions otherwise."""
        self.resume.setEnabled(paused)
        for name in PAUSE_MINUTES:
            self._by_name[name].setEnabled(not paused)

    def set_in_call(self, in_call: bool) -> None:
        """Offer 'mark call end' during a call and 'mark call start' otherwise."""
        self.call_start.setEnabled(not in_call)
        self.call_end.setEnabled(in_call)
