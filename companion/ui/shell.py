"""What the tray app does when something happens: the handlers behind menu, prompt and IPC.

Runs on the GUI thread. :class:`AppShell` is handed its collaborators by ``companion.app``
(the composition root) and reacts to them: menu actions, prompt answers, IPC commands,
engine faults and pauses. It builds nothing heavy itself except the small settings/about
windows on demand.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from companion import APP_NAME
from companion.errors import CompanionError
from companion.session import BusyDetector, CallSignal, Offer
from companion.ui.actions import PAUSE_MINUTES, AppActions
from companion.ui.controller import SessionController
from companion.ui.engine import Engine
from companion.ui.i18n import Tr, clock_time, shown
from companion.ui.icons import TrayState
from companion.ui.openers import OpenWindows, WindowOpeners
from companion.ui.prompt import PromptWindow
from companion.ui.qtcompat import emit
from companion.ui.tray import Presence
from companion.ui.welcome import FirstRun

_tr = Tr("AppShell")

log = logging.getLogger(__name__)

#: Seconds between two looks at a busy desktop while an offer waits.
BUSY_RECHECK_S = 15.0
#: Longest an offer waits for the desktop to be free (seconds); then it is dropped.
BUSY_HOLD_S = 300.0


class AppShell(QObject):
    """The handlers of the running app.

    Parameters
    ----------
    engine, controller, presence, actions, prompt, openers
        The collaborators (built by ``companion.app``).
    call_command
        ``(cmd, args) -> dict`` serving ``call.start|end|status`` (``handle_call_command``).
    settings_window
        ``() -> QWidget`` building the settings window (its ``saved`` signal is connected by
        the caller of the factory).
    wall_clock
        Epoch seconds of the real world (pause end times shown to the agent).
    quit_app
        Ends the event loop.
    first_run
        The welcome window and recalibration (:class:`companion.ui.welcome.FirstRun`);
        its calibration progress shows in the tooltip and the menu's status line.
    busy
        Says when the agent is presenting or in do-not-disturb
        (:class:`companion.session.BusyDetector`); an offer then waits (see :meth:`on_offer`).
    """

    quitting = Signal()

    def __init__(self, *, engine: Engine, controller: SessionController, presence: Presence,
                 actions: AppActions, prompt: PromptWindow, openers: WindowOpeners,
                 call_command: Callable[[str, dict], dict],
                 settings_window: Callable[[], QWidget] | None = None,
                 wall_clock: Callable[[], float] = time.time,
                 quit_app: Callable[[], None] | None = None,
                 first_run: FirstRun | None = None, busy: BusyDetector | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.controller = controller
        self.presence = presence
        self.actions = actions
        self.prompt = prompt
        self.openers = openers
        self._call_command = call_command
        self._settings_factory = settings_window
        self._wall_clock = wall_clock
        # exit(), not quit(): Qt 6's quit() is cancelled by a window that refuses to close
        # (the fallback window minimises instead of closing).
        self._quit_app = quit_app or (lambda: QApplication.exit(0))
        self.paused_until: float | None = None
        self.quit_requested = False
        self.fault_message: str | None = None
        self.windows = OpenWindows()
        #: Row stored early for the offer on screen (a checkpoint), updated when it is answered.
        self._offer_row: int | None = None
        self._resume_timer = QTimer(self)
        self._resume_timer.setSingleShot(True)
        self._resume_timer.timeout.connect(self.resume)
        self.first_run = first_run
        self.busy = busy
        self.held_offer: Offer | None = None
        self._held_since = 0.0
        self._busy_timer = QTimer(self)
        self._busy_timer.setInterval(int(BUSY_RECHECK_S * 1000))
        self._busy_timer.timeout.connect(self._recheck_held_offer)
        self._connect()

    # ---- wiring ------------------------------------------------------------------------------
    def _connect(self) -> None:
        a, c, e = self.actions, self.controller, self.engine
        for name, minutes in PAUSE_MINUTES.items():
            a.get(name).triggered.connect(lambda _=False, m=minutes: self.pause(m))
        a.resume.triggered.connect(self.resume)
        a.breathe.triggered.connect(lambda: self.openers.open_breathing(None, None))
        a.card.triggered.connect(lambda: self.openers.open_card("between_calls"))
        a.my_cards.triggered.connect(self.openers.open_my_cards)
        a.card_feedback.triggered.connect(self.openers.share_card_feedback)
        a.dashboard.triggered.connect(self.openers.open_dashboard)
        a.call_start.triggered.connect(lambda: self.controller.mark_call_start(CallSignal.MANUAL))
        a.call_end.triggered.connect(lambda: self.controller.mark_call_end(CallSignal.MANUAL))
        a.settings.triggered.connect(self.open_settings)
        a.about.triggered.connect(self.open_about)
        a.quit.triggered.connect(self.quit)
        e.update.connect(c.on_update)
        e.episode_opened.connect(c.on_episode_opened)
        e.episode_closed.connect(c.on_episode_closed)
        e.fault.connect(self.on_fault)
        e.recovered.connect(self.on_recovered)
        e.paused_changed.connect(c.on_paused)
        c.state_changed.connect(self.refresh)
        c.offer_ready.connect(self.on_offer)
        c.offer_withdrawn.connect(self.withdraw_offer)
        c.notice.connect(lambda line: self.presence.show_message(APP_NAME, line))
        self.prompt.chosen.connect(self.on_prompt_choice)
        self.prompt.showing.connect(a.set_offer_showing)
        a.respond.triggered.connect(self.respond_to_offer)
        self._connect_first_run()
        a.set_in_call(False)
        self.refresh()

    def _connect_first_run(self) -> None:
        a, first_run = self.actions, self.first_run
        if first_run is None:
            for action in (a.status, a.welcome, a.recalibrate):
                action.setEnabled(False)
            return
        a.status.triggered.connect(first_run.open)
        a.welcome.triggered.connect(first_run.open)
        a.recalibrate.triggered.connect(first_run.recalibrate)
        first_run.calibration.changed.connect(self.refresh)

    # ---- state display -------------------------------------------------------------------------
    def detail(self) -> str:
        """Second tooltip line for the current state."""
        state = self.controller.tray_state
        if state == TrayState.PAUSED:
            if self.paused_until is None:
                return _tr("until you resume")
            return _tr("until %1", clock_time(self.paused_until))
        if state == TrayState.UNAVAILABLE and self.fault_message:
            return self.fault_message
        if self.first_run is not None:
            return str(self.first_run.calibration.text())
        return ""

    def refresh(self, *_: object) -> None:
        """Update icon, tooltip and enabled actions from the controller's state."""
        self.presence.set_state(self.controller.tray_state, self.detail())
        self.actions.set_paused(self.controller.paused)
        self.actions.set_in_call(self.controller.in_call)

    # ---- pause / resume ----------------------------------------------------------------------
    def pause(self, minutes: int | None) -> None:
        """Stop listening (the microphone closes) for ``minutes`` or until resumed."""
        self.engine.pause()
        self._resume_timer.stop()
        if minutes is None:
            self.paused_until = None
        else:
            self.paused_until = self._wall_clock() + minutes * 60
            self._resume_timer.start(int(minutes * 60_000))
        self.controller.on_paused(True)
        self.refresh()

    def resume(self) -> None:
        """Listen again."""
        self._resume_timer.stop()
        self.paused_until = None
        self.engine.resume()
        self.controller.on_paused(False)
        self.refresh()

    # ---- engine faults -----------------------------------------------------------------------
    def on_fault(self, message: str, retry_in_s: float) -> None:
        """The microphone failed: say so once, keep breathing and cards available."""
        first = self.fault_message is None
        message = shown(message)
        self.fault_message = message
        self.controller.on_fault(message, retry_in_s)
        if first:
            text = _tr("%1. Breathing and cue cards still work from this menu.", message) \
                if retry_in_s < 0 else \
                _tr("%1. Companion keeps trying; breathing and cue cards still work.", message)
            self.presence.show_message(_tr("Microphone unavailable"), text)
        self.refresh()

    def on_recovered(self, name: str) -> None:
        """The microphone is back."""
        self.fault_message = None
        self.controller.on_recovered(name)
        self.presence.show_message(_tr("Listening again"), _tr("Microphone: %1", name))
        self.refresh()

    # ---- offers ------------------------------------------------------------------------------
    def on_offer(self, offer: Offer) -> None:
        """Show the prompt if the agent is still between calls and the policy agrees.

        While the desktop says the agent is presenting or in do-not-disturb the offer is
        held and checked again every :data:`BUSY_RECHECK_S` seconds, for at most
        :data:`BUSY_HOLD_S`; a call that starts drops it.
        """
        if not self.controller.offer_still_allowed():
            self._drop_held_offer()
            return
        status = self.busy.poll() if self.busy is not None else None
        if status is not None and status.busy:
            if self.held_offer is None:
                self._held_since = time.monotonic()
                log.info("offer held: the desktop is busy (%s)",
                         status.reason.value if status.reason else "busy")
            self.held_offer = offer
            self._busy_timer.start()
            return
        self._drop_held_offer()
        if self.prompt.offer_obj is not None:   # a newer offer replaces one left unanswered
            self._record_offer("offered")
        self._offer_row = None
        self.prompt.offer(offer, self.presence.anchor())

    def _recheck_held_offer(self) -> None:
        offer = self.held_offer
        if offer is None or time.monotonic() - self._held_since > BUSY_HOLD_S:
            self._drop_held_offer()
            return
        self.on_offer(offer)

    def _drop_held_offer(self) -> None:
        self.held_offer = None
        self._busy_timer.stop()

    def withdraw_offer(self) -> None:
        """A call started: the offer (shown or held) goes away unanswered; one that was on
        screen is stored as not answered (``offered``)."""
        self._drop_held_offer()
        if self.prompt.offer_obj is not None:
            self._record_offer("offered")
            self._offer_row = None
        self.prompt.withdraw()

    def respond_to_offer(self) -> None:
        """Tray "Respond to the offer…": give the offer the keyboard."""
        if not self.prompt.activate_for_keyboard():
            self.presence.show_message(APP_NAME, _tr(
                "There is no offer to respond to right now."))

    def on_prompt_choice(self, choice: str) -> None:
        """The agent answered the prompt (or it timed out: no answer): ``chosen`` of the
        prompt. Every answer is stored (a breathing session stores its own row)."""
        offer = self.prompt.offer_obj
        if offer is None:      # withdrawn (a call started) before the answer arrived
            return
        policy = self.controller.policy
        outcome = {"breathe": "breathe", "card": "card", "break": "break",
                   "not_now": "not_now", "snooze": "not_now", "dismissed": "dismissed"}[choice]
        try:
            policy.record(outcome)
            if choice == "snooze":
                policy.snooze(self.prompt.snooze_min)
        except CompanionError as exc:
            log.warning("policy: %s", exc.one_line())
        stored = {"not_now": "skipped", "dismissed": "offered", "snooze": "snoozed",
                  "card": "accepted", "break": "accepted"}
        if choice in stored:
            self._record_offer(stored[choice], card=choice in ("card", "break"), offer=offer,
                               moment="break" if choice == "break" else None)
        elif self._offer_row is not None:  # breathing records its own row
            self.controller.forget_offer(self._offer_row)
        self._offer_row = None
        self.prompt.offer_obj = None   # answered: nothing left to store for it
        if choice == "breathe":
            self.openers.open_breathing(None, offer.breathe_s)
        elif choice == "card":
            self.openers.open_card(offer.moment)
        elif choice == "break":      # the "take a real break" card, with the support contact
            self.openers.open_card("break")

    def _record_offer(self, outcome: str, *, card: bool = False, offer: Offer | None = None,
                      moment: str | None = None) -> None:
        """Store the prompt's offer with ``outcome``: breathing with the default pattern, or
        a card (``item_id`` = the moment it was for: which card opens is the card window's)."""
        offer = offer if offer is not None else self.prompt.offer_obj
        if offer is None:
            return
        if card:
            kind, item = "card", moment or offer.moment
        else:
            kind, item = "breathing", self.openers.context.settings.default_breathing_pattern
        self._offer_row = self.controller.record_offer(offer, outcome, kind=kind, item_id=item,
                                                       row_id=self._offer_row)

    # ---- end of the session ------------------------------------------------------------------
    def checkpoint(self) -> None:
        """Logout or shutdown may follow (the agent can still cancel it): store what would be
        lost, the running call and an offer on screen, without ending anything."""
        if self.prompt.offer_obj is not None:
            self._record_offer("offered")
        self.controller.checkpoint()

    def end_session(self) -> None:
        """The shift ends now: an offer on screen is stored as not answered, the running call
        as cut short (see ``SessionController.end_session``). Idempotent."""
        if self.prompt.offer_obj is not None:
            self._record_offer("offered")
            self._offer_row = None
        self.prompt.withdraw()
        self.controller.end_session()

    # ---- windows -----------------------------------------------------------------------------
    def _show_window(self, key: str, factory: Callable[[], QWidget]) -> QWidget:
        window = self.windows.get(key)
        if window is None or not window.isVisible():
            window = self.windows.keep(key, factory())
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def open_settings(self) -> QWidget | None:
        """Open (or raise) the settings window."""
        if self._settings_factory is None:
            self.presence.show_message(_tr("Settings"), _tr("Settings are not available."))
            return None
        return self._show_window("settings", self._settings_factory)

    def open_about(self) -> QWidget:
        """Open (or raise) the About box."""
        from companion.ui.about import AboutDialog

        return self._show_window("about", AboutDialog)

    # ---- IPC -----------------------------------------------------------------------------------
    def handle_command(self, cmd: str, args: dict) -> dict:
        """Serve one IPC command (``companion call start``, a second launch's ``show``, ...)."""
        if cmd.startswith("call."):
            return self._call_command(cmd, args)
        if cmd == "breathe":
            pattern = args.get("pattern")
            duration = args.get("duration_s")
            if duration is not None and (isinstance(duration, bool)
                                         or not isinstance(duration, (int, float))):
                raise CompanionError(f"breathe: duration_s must be a number of seconds, "
                                     f"not {duration!r}")
            self.openers.open_breathing(None if pattern is None else str(pattern),
                                        None if duration is None else float(duration))
        elif cmd == "card":
            self.openers.open_card(str(args.get("moment", "between_calls")))
        elif cmd == "dashboard":
            self.openers.open_dashboard()
        elif cmd == "show":
            self.show_presence()
        elif cmd == "quit":
            QTimer.singleShot(0, self.quit)
        else:
            raise CompanionError(f"unknown command '{cmd}'",
                                 "known: call.start, call.end, call.status, breathe, card, "
                                 "dashboard, show, quit")
        return {"done": cmd}

    def show_presence(self) -> None:
        """A second launch: remind the agent where Companion is."""
        self.presence.show()
        if isinstance(self.presence, QWidget):
            self.presence.showNormal()
            self.presence.raise_()
        self.presence.show_message(
            _tr("Companion is running"),
            _tr("%1. Use this icon's menu for breathing, cards and settings.",
                self.controller.tray_state.label))

    # ---- quit --------------------------------------------------------------------------------
    def quit(self) -> None:
        """Close windows and end the event loop (cleanup happens in ``companion.app``).

        Only the first call acts: a later one (a queued signal delivered after the event loop
        ended) must not call ``QApplication.exit`` outside ``exec()``, where Qt would remember
        it and end the next event loop at once.
        """
        if self.quit_requested:
            return
        self.quit_requested = True
        emit(self.quitting)
        self.end_session()
        if hasattr(self.presence, "allow_close"):
            self.presence.allow_close = True
        for window in self.windows.values():
            window.close()
        self._quit_app()
