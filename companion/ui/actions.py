"""The app's actions (QAction), shared by the tray menu and the fallback window.

Runs on the GUI thread. Every action has a mnemonic (``&``) for keyboard use while the menu
or the fallback window is open. There are no shortcut keys: a tray menu's Ctrl+letter keys
work only while the menu is open, and global ones would take keys from the softphone or CRM
(where Ctrl+B is bold and Ctrl+K a link). ``ui/shell.py`` connects each action's
``triggered`` to its handler.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from companion import APP_NAME
from companion.ui.i18n import Tr, noop

_tr = Tr("AppActions")

#: (attribute, text) in menu order; None separates groups. Texts are translated in ``_make``.
ACTION_SPECS: tuple[tuple[str, str] | None, ...] = (
    ("respond", noop("AppActions", "Respond to the &offer…")),
    None,
    ("pause_15", noop("AppActions", "Pause for &15 minutes")),
    ("pause_60", noop("AppActions", "Pause for 1 &hour")),
    ("pause_indefinitely", noop("AppActions", "Pause &until I resume")),
    ("resume", noop("AppActions", "&Resume listening")),
    None,
    ("breathe", noop("AppActions", "&Breathe now")),
    ("card", noop("AppActions", "Show a &card")),
    ("my_cards", noop("AppActions", "What helps &me…")),
    ("card_feedback", noop("AppActions", "Share card &feedback…")),
    ("dashboard", noop("AppActions", "&Dashboard")),
    None,
    ("call_start", noop("AppActions", "Mark call &start")),
    ("call_end", noop("AppActions", "Mark call &end")),
    None,
    ("welcome", noop("AppActions", "&Welcome and microphone check…")),
    ("recalibrate", noop("AppActions", "Recalibrate (new &headset)…")),
    ("settings", noop("AppActions", "Se&ttings…")),
    ("about", noop("AppActions", "&About Companion")),
    ("quit", noop("AppActions", "&Quit Companion")),
)

_TEXT_BY_NAME: dict[str, str] = {spec[0]: spec[1] for spec in ACTION_SPECS
                                 if spec is not None}

#: Pause durations of the pause actions (minutes; None = until resumed).
PAUSE_MINUTES: dict[str, int | None] = {
    "pause_15": 15, "pause_60": 60, "pause_indefinitely": None,
}


class AppActions(QObject):
    """One ``QAction`` per menu entry, as typed attributes named like :data:`ACTION_SPECS`.

    ``status`` shows the current state at the top of menus; choosing it opens the welcome
    and microphone check (where the state is explained in full).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.status = QAction(APP_NAME, self)
        self.status.setObjectName("status")
        self._by_name: dict[str, QAction] = {}
        self.respond = self._make("respond")
        self.pause_15 = self._make("pause_15")
        self.pause_60 = self._make("pause_60")
        self.pause_indefinitely = self._make("pause_indefinitely")
        self.resume = self._make("resume")
        self.breathe = self._make("breathe")
        self.card = self._make("card")
        self.my_cards = self._make("my_cards")
        self.card_feedback = self._make("card_feedback")
        self.dashboard = self._make("dashboard")
        self.call_start = self._make("call_start")
        self.call_end = self._make("call_end")
        self.welcome = self._make("welcome")
        self.recalibrate = self._make("recalibrate")
        self.settings = self._make("settings")
        self.about = self._make("about")
        self.quit = self._make("quit")
        self.resume.setEnabled(False)
        self.respond.setEnabled(False)

    def _make(self, name: str) -> QAction:
        """The action of :data:`ACTION_SPECS` called ``name`` (text with its mnemonic)."""
        action = QAction(_tr(_TEXT_BY_NAME[name]), self)
        action.setObjectName(name)
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

    def set_offer_showing(self, showing: bool) -> None:
        """Enable "Respond to the offer…" while an offer is on screen."""
        self.respond.setEnabled(showing)
