"""The tray with the keyboard: a readable status line, "Respond to the offer…", calibration
progress in the tooltip and menu, recalibration, and offers held while the desktop is busy."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication
from ui_fakes import FakeClock, LevelPipeline, ScriptedSource

from companion.session import (
    BusyReason,
    BusyStatus,
    CallStateMachine,
    FakeBusyDetector,
    InterventionPolicy,
    Offer,
)
from companion.settings import Settings
from companion.ui.actions import AppActions
from companion.ui.calibration import CalibrationStatus, clock_text
from companion.ui.controller import SessionController
from companion.ui.engine import Engine
from companion.ui.icons import IconSet, TrayState
from companion.ui.openers import WindowOpeners
from companion.ui.prompt import PromptWindow
from companion.ui.shell import BUSY_HOLD_S, AppShell
from companion.ui.tray import STATUS_MAX_CHARS, Tray, build_menu, status_text
from companion.ui.welcome import FirstRun

OFFER = Offer(reason="tense_call", moment="after_tense",
              choices=("breathe", "card", "not_now"), offered_at=0.0)


class FakeStore:
    def __init__(self) -> None:
        self.forgotten = 0

    def forget_baseline(self) -> None:
        self.forgotten += 1


class Rig:
    def __init__(self, qtbot, tmp_path, *, calibrated: bool = False) -> None:
        self.clock = FakeClock()
        machine = CallStateMachine.from_settings(Settings(), self.clock)
        self.policy = InterventionPolicy(Settings(), self.clock)
        self.controller = SessionController(machine, self.policy, None, clock=self.clock)
        self.actions = AppActions()
        self.tray = Tray(self.actions, IconSet())
        self.prompt = PromptWindow()
        qtbot.addWidget(self.prompt)
        self.openers = WindowOpeners(self.tray.show_message)
        self.engine = Engine(lambda: ScriptedSource(), LevelPipeline)
        self.recalibrations = 0
        self.engine.recalibrate = self._recalibrate   # type: ignore[method-assign]
        self.store = FakeStore()
        self.answers: list[bool] = [True]
        self.calibration = CalibrationStatus(180.0, calibrated=calibrated)
        self.first_run = FirstRun(self.engine, self.calibration,
                                  marker=tmp_path / "welcome-seen", settings=Settings,
                                  store=self.store, confirm=lambda t, x: self.answers.pop(0))
        self.busy = FakeBusyDetector()
        self.shell = AppShell(engine=self.engine, controller=self.controller,
                              presence=self.tray, actions=self.actions, prompt=self.prompt,
                              openers=self.openers,
                              call_command=lambda c, a: {"cmd": c}, wall_clock=self.clock,
                              quit_app=lambda: None, first_run=self.first_run, busy=self.busy)

    def _recalibrate(self) -> None:
        self.recalibrations += 1

    def level(self, calibration: float) -> None:
        self.engine.calibration.emit(calibration)


@pytest.fixture
def rig(qtbot, tmp_path):
    r = Rig(qtbot, tmp_path)
    yield r
    if r.first_run.window is not None:
        r.first_run.window.close()
    r.engine.stop()


def test_a_long_error_does_not_stretch_the_menu(qapp) -> None:
    actions = AppActions()
    tray = Tray(actions, IconSet())
    error = "Error querying device -1 " * 20
    tray.set_state(TrayState.UNAVAILABLE, error)
    assert len(actions.status.text()) <= STATUS_MAX_CHARS
    assert actions.status.text().endswith("…")
    assert error.split()[0] in tray.icon.toolTip() and error.strip() in actions.status.toolTip()
    assert tray.menu.sizeHint().width() < 600
    assert actions.status.isEnabled(), "enabled: readable text, opens the microphone check"
    assert status_text(TrayState.LISTENING, "a & b") == f"{TrayState.LISTENING.label} · a && b"


def test_menu_mnemonics_are_unique_and_there_are_no_shortcuts(qapp) -> None:
    menu = build_menu(AppActions())
    letters = []
    for action in menu.actions():
        text = action.text()
        if action.isSeparator() or "&" not in text.replace("&&", ""):
            continue
        letters.append(text[text.index("&") + 1].lower())
        assert action.shortcut().isEmpty()
    assert len(letters) == len(set(letters)), letters


def test_respond_to_the_offer_gives_it_the_keyboard(rig: Rig, qtbot) -> None:
    assert not rig.actions.respond.isEnabled()
    rig.shell.on_offer(OFFER)
    assert rig.prompt.isVisible() and rig.actions.respond.isEnabled()
    rig.actions.respond.trigger()
    qtbot.waitUntil(rig.prompt.isActiveWindow, timeout=3000)
    assert QApplication.focusWidget() is rig.prompt.buttons["breathe"]
    rig.prompt.buttons["not_now"].click()
    assert not rig.prompt.isVisible() and not rig.actions.respond.isEnabled()


def test_offers_wait_while_the_desktop_is_busy(rig: Rig) -> None:
    rig.busy.status = BusyStatus.because(BusyReason.PRESENTING)
    rig.shell.on_offer(OFFER)
    assert not rig.prompt.isVisible()
    assert rig.shell.held_offer is OFFER and rig.shell._busy_timer.isActive()
    rig.shell._recheck_held_offer()            # what the timer does every 15 s
    assert not rig.prompt.isVisible() and rig.busy.polls == 2
    rig.busy.status = BusyStatus.free()
    rig.shell._recheck_held_offer()
    assert rig.prompt.isVisible() and rig.shell.held_offer is None
    assert not rig.shell._busy_timer.isActive()


def test_a_held_offer_is_dropped_by_a_call_or_after_a_while(rig: Rig) -> None:
    rig.busy.status = BusyStatus.because(BusyReason.DO_NOT_DISTURB)
    rig.shell.on_offer(OFFER)
    rig.controller.offer_withdrawn.emit()
    assert rig.shell.held_offer is None and not rig.shell._busy_timer.isActive()
    rig.shell.on_offer(OFFER)
    rig.shell._held_since -= BUSY_HOLD_S + 1
    rig.busy.status = None                    # "cannot tell" is not busy, but it is too late
    rig.shell._recheck_held_offer()
    assert rig.shell.held_offer is None and not rig.prompt.isVisible()
    rig.busy.status = None
    rig.shell.on_offer(OFFER)
    assert rig.prompt.isVisible(), "a desktop that cannot tell does not hold offers"


def test_calibration_progress_shows_in_tooltip_and_menu(rig: Rig) -> None:
    rig.level(0.0)
    assert "Learning your calm voice — 0:00 of 3:00" in rig.tray.icon.toolTip()
    rig.level(80 / 180)
    assert "Learning your calm voice — 1:20 of 3:00" in rig.tray.icon.toolTip()
    assert "1:20 of 3:00" in rig.actions.status.text()
    rig.engine.baseline_ready.emit({"f0": 1})
    assert "Learning" not in rig.tray.icon.toolTip()
    assert rig.actions.status.text() == TrayState.LISTENING.label
    assert clock_text(59.99) == "0:59" and clock_text(3600) == "60:00"


def test_recalibrate_asks_then_forgets_and_learns_again(rig: Rig) -> None:
    rig.engine.baseline_ready.emit({"f0": 1})
    rig.answers = [False, True]
    assert not rig.first_run.recalibrate()
    assert rig.recalibrations == 0 and rig.store.forgotten == 0
    rig.actions.recalibrate.trigger()
    assert rig.recalibrations == 1 and rig.store.forgotten == 1
    assert "Learning your calm voice — 0:00 of 3:00" in rig.tray.icon.toolTip()
    rig.level(1.0)        # a block analysed before the engine saw the request
    assert "0:00 of 3:00" in rig.tray.icon.toolTip()
    rig.level(0.5)
    assert "1:30 of 3:00" in rig.tray.icon.toolTip()


def test_status_and_welcome_items_open_the_welcome(rig: Rig, qtbot) -> None:
    rig.actions.status.trigger()
    window = rig.first_run.window
    assert window is not None and window.isVisible()
    window.close()
    assert (rig.first_run.marker).exists()
    rig.actions.welcome.trigger()
    assert rig.first_run.window is not None and rig.first_run.window.isVisible()


def test_prompt_appears_next_to_the_tray_anchor(rig: Rig) -> None:
    rig.prompt.offer(OFFER, QRect(900, 0, 24, 24))
    assert rig.prompt.geometry().top() > 0
