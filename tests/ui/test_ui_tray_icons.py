"""Tray icons per state (distinct shapes), the menu and its handlers, pause/resume, fallback."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtGui import QAction, QImage
from PySide6.QtWidgets import QSystemTrayIcon
from ui_fakes import FakeClock, LevelPipeline, ScriptedSource

from companion.session import CallState, CallStateMachine, InterventionPolicy
from companion.settings import Settings
from companion.ui.actions import ACTION_SPECS, AppActions
from companion.ui.controller import SessionController
from companion.ui.engine import Engine
from companion.ui.fallback_window import FallbackWindow
from companion.ui.icons import IconSet, TrayState, render_svg, state_svg_path
from companion.ui.openers import WindowOpeners
from companion.ui.prompt import PromptWindow
from companion.ui.shell import AppShell
from companion.ui.tray import Tray, build_menu, tooltip_for


def pixels(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGBA8888)
    data = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.width(), 4)
    return data.copy()


def ink(rgba: np.ndarray) -> np.ndarray:
    """Black/white rendering: luminance over a mid-grey panel, thresholded."""
    alpha = rgba[..., 3] / 255.0
    lum = rgba[..., :3].astype(float) @ [0.299, 0.587, 0.114]
    return (lum * alpha + 128 * (1 - alpha)) > 150


def test_each_state_has_a_distinct_icon_and_shape(qapp) -> None:
    images = {s: pixels(render_svg(state_svg_path(s), 32)) for s in TrayState}
    states = list(TrayState)
    for i, a in enumerate(states):
        assert images[a][..., 3].max() == 255, f"{a} renders empty"
        for b in states[i + 1:]:
            assert not np.array_equal(images[a], images[b]), f"{a} and {b} look the same"
            # Colour-blind safe: in grey-scale (composited on mid-grey, then black/white) the
            # shape or the glyph differs in a clear share of the pixels.
            ink_a, ink_b = ink(images[a]), ink(images[b])
            assert (ink_a != ink_b).mean() > 0.08, f"{a} and {b} differ only by colour"


def test_icons_are_crisp_at_hidpi_sizes(qapp) -> None:
    icons = IconSet()
    sizes = {(s.width(), s.height()) for s in icons.icon(TrayState.LISTENING).availableSizes()}
    assert {(16, 16), (32, 32), (64, 64), (128, 128)} <= sizes


def test_tray_icon_and_tooltip_follow_state(qapp) -> None:
    icons = IconSet()
    tray = Tray(AppActions(), icons)
    for state in TrayState:
        tray.set_state(state, "detail line")
        want = icons.icon(state).pixmap(32, 32).toImage()
        got = tray.current_icon().pixmap(32, 32).toImage()
        assert got == want
        assert tray.icon.toolTip() == tooltip_for(state, "detail line")
        assert state.label in tray.icon.toolTip()
        assert tray.actions.status.text().startswith(state.label)


def test_menu_has_every_action_with_a_mnemonic(qapp) -> None:
    actions = AppActions()
    menu = build_menu(actions)
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts[0] == actions.status.text()
    assert "&Pause listening" in texts
    pause = next(a.menu() for a in menu.actions() if a.text() == "&Pause listening")
    assert [a.objectName() for a in pause.actions()] == [
        "pause_15", "pause_60", "pause_indefinitely"]
    for spec in ACTION_SPECS:
        if spec is not None:
            assert "&" in spec[1], f"{spec[0]} has no mnemonic"
            assert getattr(actions, spec[0]) is actions.get(spec[0]), "typed attribute per spec"
    assert sorted(a.objectName() for a in actions.findChildren(QAction)
                  if a.objectName() and a is not actions.status) \
        == sorted(actions.names()), "every spec makes exactly one action"
    for name in actions.names():   # no Ctrl+letter that works only while the menu is open
        assert actions.get(name).shortcut().isEmpty()


class ShellRig:
    def __init__(self, qtbot) -> None:
        self.clock = FakeClock()
        machine = CallStateMachine.from_settings(Settings(), self.clock)
        self.policy = InterventionPolicy(Settings(), self.clock)
        self.controller = SessionController(machine, self.policy, None, clock=self.clock)
        self.actions = AppActions()
        self.tray = Tray(self.actions, IconSet())
        self.prompt = PromptWindow()
        qtbot.addWidget(self.prompt)
        self.openers = WindowOpeners(self.tray.show_message)
        self.source = ScriptedSource()
        self.engine = Engine(lambda: self.source, LevelPipeline)
        self.quit_calls = 0
        self.shell = AppShell(engine=self.engine, controller=self.controller,
                              presence=self.tray, actions=self.actions, prompt=self.prompt,
                              openers=self.openers,
                              call_command=lambda c, a: {"cmd": c},
                              wall_clock=self.clock, quit_app=self._quit)

    def _quit(self) -> None:
        self.quit_calls += 1


@pytest.fixture
def shell_rig(qtbot):
    rig = ShellRig(qtbot)
    yield rig
    rig.engine.stop()
    for w in rig.shell.windows.values():
        w.close()


def test_menu_actions_trigger_their_handlers(shell_rig: ShellRig) -> None:
    r = shell_rig
    r.actions.breathe.trigger()
    r.actions.card.trigger()
    r.actions.dashboard.trigger()
    assert r.openers.opened == [("breathing", (None, None)), ("card", ("between_calls",)),
                                ("dashboard", ())]
    r.actions.call_start.trigger()
    assert r.controller.in_call and r.tray.state == TrayState.IN_CALL
    r.actions.call_end.trigger()
    assert r.controller.call_state is CallState.WRAP_UP
    r.actions.about.trigger()
    about = r.shell.windows["about"]
    assert about.isVisible()
    r.actions.settings.trigger()
    assert "settings" not in r.shell.windows  # no settings factory injected in this rig
    assert r.tray.state == TrayState.LISTENING
    r.actions.quit.trigger()
    assert r.quit_calls == 1
    r.shell.quit()      # e.g. a queued signal after the event loop ended: must not exit again
    assert r.quit_calls == 1


def test_about_says_wellbeing_not_medical_and_privacy(shell_rig: ShellRig) -> None:
    from PySide6.QtWidgets import QLabel

    about = shell_rig.shell.open_about()
    text = " ".join(label.text() for label in about.findChildren(QLabel))
    assert "a wellbeing aid, not a medical device and not a monitoring tool" in text.lower()
    assert "never leaves this computer" in text


def test_pause_and_resume(shell_rig: ShellRig, qtbot) -> None:
    r = shell_rig
    r.engine.start()
    qtbot.waitUntil(lambda: r.source.reads > 0, timeout=3000)
    r.actions.pause_15.trigger()
    assert r.tray.state == TrayState.PAUSED
    assert r.tray.detail.startswith("until ")
    assert r.actions.resume.isEnabled() and not r.actions.pause_60.isEnabled()
    qtbot.waitUntil(lambda: not r.source.open, timeout=3000)  # the mic is closed
    assert r.shell._resume_timer.isActive()
    assert r.shell._resume_timer.interval() == 15 * 60_000
    r.actions.resume.trigger()
    assert r.tray.state == TrayState.LISTENING
    qtbot.waitUntil(lambda: r.source.open, timeout=3000)
    r.actions.pause_indefinitely.trigger()
    assert r.tray.detail == "until you resume" and not r.shell._resume_timer.isActive()
    r.shell._resume_timer.timeout.emit()   # what the 15-min timer does when it fires
    assert r.tray.state == TrayState.LISTENING


def test_show_command_reminds_where_the_app_is(shell_rig: ShellRig) -> None:
    result = shell_rig.shell.handle_command("show", {})
    assert result == {"done": "show"}
    assert shell_rig.shell.handle_command("call.status", {}) == {"cmd": "call.status"}


def test_fallback_window_offers_the_same_actions(qtbot) -> None:
    assert QSystemTrayIcon.isSystemTrayAvailable() is False  # offscreen: no tray host
    actions = AppActions()
    window = FallbackWindow(actions, IconSet())
    qtbot.addWidget(window)
    window.show()
    assert set(window.buttons) == set(actions.names())
    hits: list[str] = []
    actions.breathe.triggered.connect(lambda: hits.append("breathe"))
    window.buttons["breathe"].click()
    assert hits == ["breathe"]
    assert window.buttons["breathe"].text() == "&Breathe now"   # Alt+B in the window
    window.set_state(TrayState.UNAVAILABLE, "retrying")
    assert "Microphone unavailable" in window.state_label.text()
    window.show_message("Note", "hello")
    assert window.message_label.text() == "Note: hello"
    window.close()                               # closing minimises; the app keeps running
    assert window.isVisible()
    window.allow_close = True
    window.close()
    assert not window.isVisible()
