"""Opens the breathing guide, the cue card window, the dashboard and the agent's own card
windows ("What helps me", card feedback).

Runs on the GUI thread. The shell (``ui/shell.py``) calls these three methods from the tray
menu, the prompt and IPC commands. The breathing launcher is made on first use; the card window
and the dashboard plug themselves in (:func:`companion.ui.card_window.install_card_window`,
:class:`DashboardOnDemand` or :func:`companion.ui.dashboard.install_dashboard`); until they do,
their menu items show a short notice.

Footprint: the windows' modules (the breathing guide, the dashboard with pyqtgraph, "What helps
me", card feedback) are imported when first opened, never at start-up, and a closed window is
deleted (:func:`delete_on_close`), so what it held is given back (:func:`give_back_memory`;
the modules stay imported: Python cannot unload them).
"""

from __future__ import annotations

import ctypes
import functools
import gc
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QWidget

from companion.errors import CompanionError
from companion.paths import AppPaths
from companion.settings import Settings
from companion.store import Store
from companion.ui.i18n import Tr, shown

if TYPE_CHECKING:
    from companion.ui.breathing_overlay import BreathingLauncher
    from companion.ui.card_window import CardFeature
    from companion.ui.dashboard import DashboardOpener

_tr = Tr("WindowOpeners")

W = TypeVar("W", bound=QWidget)


def delete_on_close(window: W, forget: Callable[[], None]) -> W:
    """Delete ``window`` (its Qt object and children) once it is closed, then call
    ``forget()`` so the caller drops its reference: a closed window keeps no memory.

    ``forget`` runs when the window is destroyed (Qt's deferred delete, on the next turn of
    the event loop); the caller must not touch the window after that. Then
    :func:`give_back_memory` runs.
    """
    def destroyed(*_: object) -> None:
        forget()
        QTimer.singleShot(0, give_back_memory)   # once Qt has deleted the children too

    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    window.destroyed.connect(destroyed)
    return window


def give_back_memory() -> bool:
    """Collect Python's garbage and, with glibc, hand free heap pages back to the system
    (``malloc_trim``; after the dashboard closed, a few MB more than deleting it alone:
    docs/app.md). True when the heap could be trimmed (glibc); the C libraries of Windows
    and macOS have no such call."""
    gc.collect()
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    """The C library's ``malloc_trim`` (glibc), or None (another OS or C library)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        trim: Callable[[int], int] = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):   # not glibc (musl has no malloc_trim)
        return None
    return trim


class OpenWindows(dict[str, QWidget]):
    """Windows by kind (``"settings"``, ``"my_cards"``, ...): :meth:`keep` adds one that is
    deleted when closed and then leaves this mapping by itself."""

    def keep(self, key: str, window: W) -> W:
        """Hold ``window`` under ``key`` until it is closed (then it is deleted)."""
        window_id = id(window)
        self[key] = delete_on_close(window, lambda: self._forget(key, window_id))
        return window

    def _forget(self, key: str, window_id: int) -> None:
        """The window of ``key`` was deleted: drop it unless a newer one took its place."""
        if id(self.get(key)) == window_id:
            del self[key]


@dataclass
class WindowContext:
    """What the windows read every time they open: the app replaces ``settings`` when the
    agent saves them, so the next window follows the new values.

    ``store`` None = nothing is recorded; ``paths`` None = bundled content only; ``clock``
    gives epoch seconds (sped up in the demo).
    """

    settings: Settings = field(default_factory=Settings)
    store: Store | None = None
    paths: AppPaths | None = None
    clock: Callable[[], float] = time.time


class WindowOpeners:
    """Open the other windows. ``notify(title, text)`` shows a short tray notice."""

    def __init__(self, notify: Callable[[str, str], None],
                 context: WindowContext | None = None) -> None:
        self.notify = notify
        self.context = context or WindowContext()
        self.opened: list[tuple[str, tuple[object, ...]]] = []   # for tests and diagnostics
        self.breathing: BreathingLauncher | None = None
        #: ``(moment) -> None``, set by ``install_card_window``.
        self.card_opener: Callable[[str], None] | None = None
        #: Installs the card window (loads the decks) when first needed: see
        #: :meth:`install_cards`. The app sets it; None once it has run.
        self.card_installer: Callable[[], CardFeature | None] | None = None
        #: What the installer made: the decks, their watcher and the card window (None
        #: before it ran, or when the decks did not load).
        self.cards: CardFeature | None = None
        #: ``() -> window``, set by ``install_dashboard``.
        self.dashboard_opener: Callable[[], QWidget] | None = None
        #: ``(path) -> None``: a deck file changed (the deck watcher's, set by
        #: ``install_card_window``).
        self.content_changed: Callable[[Path], None] | None = None
        #: The agent's own windows opened from here ("What helps me", card feedback).
        self.windows = OpenWindows()

    def breathing_launcher(self) -> BreathingLauncher:
        """The launcher (made on first use), following the current settings and store."""
        ctx = self.context
        if self.breathing is None:
            from companion.ui.breathing_overlay import BreathingLauncher

            self.breathing = BreathingLauncher(ctx.settings, ctx.store, clock=ctx.clock,
                                               paths=ctx.paths)
        self.breathing.settings = ctx.settings
        self.breathing.store = ctx.store
        self.install_cards()
        self.breathing.card_opener = self.card_opener   # where "worse" shows its cards
        return self.breathing

    def open_breathing(self, pattern_id: str | None = None,
                       duration_s: float | None = None) -> None:
        """Start paced breathing (``pattern_id`` None = the default pattern).

        An unknown ``pattern_id`` raises ``PatternError`` (an IPC caller gets it as the error
        line); with no ``pattern_id`` a problem becomes a notice.
        """
        self.opened.append(("breathing", (pattern_id, duration_s)))
        try:
            self.breathing_launcher().open(pattern_id, duration_s)
        except CompanionError as exc:
            if pattern_id is not None:
                raise
            self.notify(_tr("Breathing guide"), shown(exc.one_line()))

    def open_card(self, moment: str = "between_calls") -> None:
        """Show a cue card for ``moment`` (``after_tense`` / ``between_calls`` / ...)."""
        self.opened.append(("card", (moment,)))
        self.install_cards()
        if self.card_opener is None:
            self.notify(_tr("Cue cards"),
                        _tr("Cue cards are not available (the decks did not load)."))
            return
        self.card_opener(moment)

    def install_cards(self) -> None:
        """Run :attr:`card_installer` now if it has not run yet. The app runs it once the tray
        icon is on screen (reading and checking the decks takes a tenth of a second or more),
        or sooner when a card or the breathing guide needs the cards first."""
        install, self.card_installer = self.card_installer, None
        if install is not None:
            self.cards = install()

    def open_my_cards(self) -> QWidget:
        """Show the agent's own cards ("What helps me"); the window."""
        self.opened.append(("my_cards", ()))
        from companion.ui.my_cards import my_cards_window

        ctx = self.context
        window = my_cards_window(ctx.paths or AppPaths.from_environment(), ctx.settings)
        if self.content_changed is not None:
            window.saved.connect(self.content_changed)
        return self._show("my_cards", window)

    def share_card_feedback(self) -> QWidget:
        """Show the anonymous card-feedback file (the agent may save it); the window."""
        self.opened.append(("card_feedback", ()))
        from companion.ui.feedback_window import feedback_window

        return self._show("card_feedback", feedback_window(self.context.store))

    def _show(self, key: str, window: QWidget) -> QWidget:
        """Show ``window``, replacing (and closing) an earlier one of its kind."""
        old = self.windows.get(key)
        if old is not None:
            old.close()
        self.windows.keep(key, window)
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def open_dashboard(self) -> QWidget | None:
        """Show the agent's own dashboard; the window, or None when there is none."""
        self.opened.append(("dashboard", ()))
        if self.dashboard_opener is None:
            self.notify(_tr("Dashboard"), _tr("The dashboard is not available."))
            return None
        return self.dashboard_opener()


class DashboardOnDemand:
    """The app's dashboard opener: imports the dashboard (and pyqtgraph, ~30 MB) on the first
    open, not at start-up. Then the same as :class:`companion.ui.dashboard.DashboardOpener`.
    """

    def __init__(self, context: WindowContext) -> None:
        self.context = context
        #: The real opener, made on the first open.
        self.opener: DashboardOpener | None = None

    def __call__(self) -> QWidget:
        """Show the dashboard (imported and made on first use) and return it."""
        if self.opener is None:
            from companion.ui.dashboard import DashboardOpener

            self.opener = DashboardOpener(self.context)
        return self.opener()
