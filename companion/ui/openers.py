"""Seams to the breathing overlay, the cue card window and the dashboard.

Runs on the GUI thread. The shell (``ui/shell.py``) calls these three methods from the tray menu, the prompt
and IPC commands. Until the modules ``companion.ui.breathing_overlay``, ``companion.ui.
card_window`` and ``companion.ui.dashboard`` exist, each one shows a short "not available yet"
notice; the helpers that build those windows replace the bodies here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class WindowOpeners:
    """Open the other windows. ``notify(title, text)`` shows a short tray notice;
    ``context`` carries what the windows need (settings, store, paths, ...)."""

    def __init__(self, notify: Callable[[str, str], None], **context: Any) -> None:
        self._notify = notify
        self.context = context
        self.opened: list[tuple[str, tuple[Any, ...]]] = []   # for tests and diagnostics

    def open_breathing(self, pattern_id: str | None = None,
                       duration_s: float | None = None) -> None:
        """Start paced breathing (``pattern_id`` None = the default pattern).

        Needs ``context["settings"]`` (the app passes settings, store, paths, clock). An unknown
        ``pattern_id`` raises ``PatternError`` (an IPC caller gets it as the error line); with
        no ``pattern_id`` a problem becomes a notice.
        """
        self.opened.append(("breathing", (pattern_id, duration_s)))
        if "settings" not in self.context:
            self._notify("Breathing guide", "The breathing guide is not available yet.")
            return
        from companion.errors import CompanionError
        from companion.ui.breathing_overlay import launcher_from_context

        try:
            launcher_from_context(self.context).open(pattern_id, duration_s)
        except CompanionError as exc:
            if pattern_id is not None:
                raise
            self._notify("Breathing guide", exc.one_line())

    def open_card(self, moment: str = "between_calls") -> None:
        """Show a cue card for ``moment`` (``after_tense`` / ``between_calls`` / ...)."""
        self.opened.append(("card", (moment,)))
        self._notify("Cue cards", "Cue cards are not available yet.")

    def open_dashboard(self) -> None:
        """Show the agent's own dashboard."""
        self.opened.append(("dashboard", ()))
        self._notify("Dashboard", "The dashboard is not available yet.")
