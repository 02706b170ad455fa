"""The first-run welcome and microphone check, the engine's calibration signal and
recalibration, by keyboard and as a screen reader sees it."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication
from ui_fakes import LevelPipeline, ScriptedSource

from companion.pipeline.records import LevelUpdate
from companion.settings import Settings
from companion.ui.calibration import CalibrationStatus
from companion.ui.engine import Engine
from companion.ui.welcome import FirstRun, WelcomeWindow, meter_fraction, open_your_data


def level(t_s: float, dbfs: float, speaking: bool) -> LevelUpdate:
    return LevelUpdate.uniform(t_s, 0.1, speaking=speaking, arousal=None, rms_dbfs=dbfs)


class Harness:
    def __init__(self, qtbot, tmp_path, settings: Settings | None = None, **kw) -> None:
        self.engine = Engine(lambda: ScriptedSource(), LevelPipeline)
        self.calibration = CalibrationStatus(180.0, calibrated=False)
        self.chosen: list[str] = []
        self.your_data = 0
        self.settings = settings or Settings()
        self.first_run = FirstRun(
            self.engine, self.calibration, marker=tmp_path / "cfg" / "welcome-seen",
            settings=lambda: self.settings, devices=lambda: ["Jabra Evolve2 40", "Built-in"],
            choose_device=self.chosen.append, open_your_data=self._your_data, **kw)
        self.qtbot = qtbot

    def _your_data(self) -> None:
        self.your_data += 1

    def open(self) -> WelcomeWindow:
        window = self.first_run.open()
        self.qtbot.addWidget(window)
        return window


@pytest.fixture
def harness(qtbot, tmp_path):
    h = Harness(qtbot, tmp_path)
    yield h
    h.engine.stop()


def test_first_start_only_and_policy_can_skip_it(qtbot, tmp_path) -> None:
    h = Harness(qtbot, tmp_path)
    assert h.first_run.should_show_at_start()
    window = h.first_run.maybe_show()
    assert window is not None and window.isVisible()
    qtbot.addWidget(window)
    window.close()
    assert h.first_run.marker.exists() and h.first_run.window is None
    assert h.first_run.maybe_show() is None, "shown once"
    preset = Harness(qtbot, tmp_path / "other", settings=Settings(welcome_enabled=False))
    assert not preset.first_run.should_show_at_start()
    h.engine.stop()
    preset.engine.stop()


def test_says_what_it_does_and_the_privacy_promise(harness) -> None:
    window = harness.open()
    text = " ".join(label.text() for label in window.findChildren(type(window.privacy)))
    assert "between calls" in text and "never interrupts a call" in text
    assert "listens only to the microphone below" in text
    assert "nothing but numbers" in text and "never recorded" in text
    assert "Respond to the offer" in text
    window.your_data_button.click()
    assert harness.your_data == 1


def test_level_meter_and_microphone_state_in_plain_words(harness, a11y_events) -> None:
    window = harness.open()
    assert window.mic_status.text() == "Opening the microphone…"
    harness.engine.update.emit(level(0.1, -40.0, False))
    assert window.mic_status.text().startswith("Listening. Say a few words")
    assert window.meter.fraction == pytest.approx(meter_fraction(-40.0))
    harness.engine.update.emit(level(0.2, -20.0, True))
    assert window.mic_status.text() == "Companion hears you."
    assert window.meter.fraction > meter_fraction(-40.0)
    for i in range(80):                                       # 8 s of near silence
        harness.engine.update.emit(level(1.0 + i * 0.1, -70.0, False))
    assert window.mic_status.text().startswith("Very quiet.")
    harness.engine.fault.emit("microphone 'Jabra' was unplugged", 2.0)
    assert window.mic_status.text() == (
        "Companion cannot use the microphone: microphone 'Jabra' was unplugged. Plug the "
        "headset in or choose another microphone; Companion keeps trying.")
    assert window.mic_status.objectName() == "surfaceError"
    harness.engine.fault.emit("PortAudio is not installed", -1.0)
    assert "Breathing and cue cards still work" in window.mic_status.text()
    harness.engine.paused_changed.emit(True)
    assert window.mic_status.text().startswith("Listening is paused.")
    said = a11y_events.of(QAccessible.Event.Announcement)
    assert [e.assertive for e in said if "cannot" in e.message] == [True, True]
    assert said[0].message.startswith("Listening. Say a few words")
    iface = QAccessible.queryAccessibleInterface(window.mic_status)
    assert iface.role() == QAccessible.Role.StatusBar
    assert iface.text(QAccessible.Text.Name) == window.mic_status.text()


def test_device_chooser_and_policy_lock(harness, qtbot, tmp_path) -> None:
    window = harness.open()
    combo = window.device_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "System default", "Jabra Evolve2 40", "Built-in"]
    combo.setCurrentIndex(1)
    combo.activated.emit(1)
    assert harness.chosen == ["Jabra Evolve2 40"]
    assert window.mic_status.text() == "Opening the microphone…"
    locked = Harness(qtbot, tmp_path / "locked", device_locked=lambda: True,
                     settings=Settings(input_device="USB headset"))
    other = locked.open()
    assert not other.device_combo.isEnabled()
    assert other.device_combo.currentText() == "USB headset (not connected)"
    locked.engine.stop()


def test_calibration_progress_and_recalibrate_button(harness) -> None:
    window = harness.open()
    assert window.calibration_label.text() == "Learning your calm voice — 0:00 of 3:00"
    harness.engine.calibration.emit(0.5)
    assert window.calibration_label.text() == "Learning your calm voice — 1:30 of 3:00"
    harness.engine.baseline_ready.emit({"f0": 1.0})
    assert window.calibration_label.text().startswith("Your calm voice is learned.")
    harness.first_run._confirm = lambda title, text: True
    calls: list[int] = []
    harness.engine.recalibrate = lambda: calls.append(1)   # type: ignore[method-assign]
    window.recalibrate_button.click()
    assert calls == [1]
    assert window.calibration_label.text() == "Learning your calm voice — 0:00 of 3:00"


def test_keyboard_only(harness, qtbot) -> None:
    window = harness.open()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    assert QApplication.focusWidget() is window.done_button and window.done_button.isDefault()
    seen = []
    for _ in range(6):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget().objectName())
    assert {"yourDataButton", "deviceCombo", "recalibrateButton", "doneButton"} <= set(seen)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not window.isVisible() and harness.first_run.marker.exists()
    iface = QAccessible.queryAccessibleInterface(window)
    assert iface is None or iface.role() == QAccessible.Role.Dialog


def test_the_meter_gets_the_live_level_only_while_the_welcome_is_open(harness) -> None:
    live: list[bool] = []
    harness.engine.set_live_level = live.append  # type: ignore[method-assign]
    window = harness.open()
    harness.open()                        # raising the open window asks nothing again
    assert live == [True]
    window.close()
    assert live == [True, False]


def test_open_your_data_selects_the_tab() -> None:
    class Tabs:
        current = None

        def setCurrentWidget(self, widget) -> None:
            self.current = widget

    class Window:
        tabs = Tabs()
        data_panel = object()

    class Openers:
        def open_dashboard(self) -> Window:
            return Window()

    window_cls = Window
    open_your_data(Openers())
    assert window_cls.tabs.current is window_cls.data_panel


class CalibratingPipeline(LevelPipeline):
    """A pipeline that needs 1 s of blocks to calibrate and can start again."""

    def __init__(self) -> None:
        super().__init__()
        self.seen = 0
        self.recalibrations = 0

    def process(self, block: np.ndarray):
        self.seen += 1
        return super().process(block)

    @property
    def calibration_progress(self) -> float:
        return min(1.0, self.seen / 10)

    def recalibrate(self) -> None:
        self.recalibrations += 1
        self.seen = 0

    def baseline_dict(self) -> dict | None:
        return {"n": self.recalibrations} if self.seen >= 10 else None


def test_engine_reports_calibration_and_learns_again(qtbot) -> None:
    pipeline = CalibratingPipeline()
    engine = Engine(lambda: ScriptedSource(), lambda: pipeline)
    progress: list[float] = []
    baselines: list[dict] = []
    engine.calibration.connect(progress.append)
    engine.baseline_ready.connect(baselines.append)
    engine.start()
    try:
        qtbot.waitUntil(lambda: baselines == [{"n": 0}], timeout=5000)
        assert progress[:3] == [0.1, 0.2, 0.3] and 1.0 in progress
        engine.recalibrate()
        qtbot.waitUntil(lambda: pipeline.recalibrations == 1, timeout=5000)
        qtbot.waitUntil(lambda: baselines == [{"n": 0}, {"n": 1}], timeout=5000)
        assert 0.1 in progress[progress.index(1.0) + 1:]
    finally:
        engine.stop()
