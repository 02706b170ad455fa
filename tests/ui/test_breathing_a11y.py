"""The breathing guide without seeing it: its painted words as accessible text, a polite
announcement per phase, Esc at once when the agent opened it, the closing question by
keyboard, long names clear of the close button, the system's preferences, and OCR of the
painted guide as a legibility check."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QAccessible, QImage
from PySide6.QtWidgets import QApplication

from companion.content import BreathingPattern, load_default_patterns
from companion.paths import AppPaths
from companion.settings import Settings
from companion.ui.breathing_overlay import BreathingLauncher, BreathingOverlay, OverlayOptions
from companion.ui.breathing_view import phase_word, title_rect
from companion.ui.os_look import SystemLook

BUNDLED = load_default_patterns(AppPaths.from_environment()).items


class FakeClock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def started(qtbot, pattern: BreathingPattern, *, activate: bool = False, **opts):
    clock = FakeClock()
    overlay = BreathingOverlay(pattern, OverlayOptions(**opts), clock=clock,
                               feeling_timeout_s=60.0)
    qtbot.addWidget(overlay)
    overlay.start(activate=activate)
    return overlay, clock


def at(overlay: BreathingOverlay, clock: FakeClock, t_s: float) -> None:
    clock.t = 1000.0 + t_s
    overlay.tick()


def test_painted_words_are_accessible_text(qtbot, a11y_events) -> None:
    overlay, clock = started(qtbot, BUNDLED["box"])
    iface = QAccessible.queryAccessibleInterface(overlay.spoken)
    assert iface.role() == QAccessible.Role.StatusBar
    assert iface.text(QAccessible.Text.Name).startswith("Breathe in, 4. Breath 1 of 4")
    at(overlay, clock, 1.5)
    assert overlay.spoken.text().startswith("Breathe in, 3.")
    at(overlay, clock, 4.2)
    assert overlay.spoken.text().startswith("Hold, 4.")
    at(overlay, clock, 8.2)
    assert overlay.spoken.text().startswith("Breathe out, 4.")
    said = a11y_events.announcements()
    assert [s.split(" 4 second")[0] for s in said] == ["Breathe in,", "Hold,", "Breathe out,"]
    assert not any(e.assertive for e in a11y_events.of(QAccessible.Event.Announcement))
    name = QAccessible.queryAccessibleInterface(overlay).text(QAccessible.Text.Name)
    assert name == "Breathing guide: Box breathing"


def test_cyclic_sighing_says_a_second_short_sip(qtbot, a11y_events) -> None:
    pattern = BUNDLED["cyclic-sighing"]
    assert [phase_word(pattern.phases, i) for i in range(3)] == [
        "Breathe in", "A second, short sip", "Breathe out"]
    overlay, clock = started(qtbot, pattern)
    at(overlay, clock, 3.2)
    assert overlay.state.word == "A second, short sip"
    assert a11y_events.announcements()[-1].startswith("A second, short sip, 1 second")


def test_opened_by_the_agent_escape_works_without_a_click(qtbot) -> None:
    launcher = BreathingLauncher(Settings(), None, patterns=lambda: BUNDLED,
                                 look=SystemLook)
    overlay = launcher.open("box")
    qtbot.addWidget(overlay)
    qtbot.waitUntil(overlay.isActiveWindow, timeout=3000)
    assert QApplication.focusWidget() is overlay
    qtbot.keyClick(overlay, Qt.Key.Key_Escape)
    assert not overlay.isVisible() and overlay.result is not None
    assert not overlay.result.completed


def test_closing_question_by_keyboard(qtbot, a11y_events) -> None:
    overlay, clock = started(qtbot, BUNDLED["quick-reset"], activate=True)
    qtbot.waitUntil(overlay.isActiveWindow, timeout=3000)
    at(overlay, clock, overlay.pattern.total_s + 0.1)
    assert overlay.mode == "feeling"
    assert QApplication.focusWidget() is overlay.feeling_buttons["better"]
    assert overlay._feeling_timer.isActive(), "nobody has answered yet: it may close itself"
    assert "How do you feel now?" in a11y_events.announcements()[-1]
    assert "keys 1, 2, 3" in overlay.spoken.text()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is overlay.feeling_buttons["same"]
    assert not overlay._feeling_timer.isActive(), "the agent is answering: it waits (2.2.1)"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2)
    assert overlay.result is not None and overlay.result.feeling == "same"


def test_long_pattern_names_stay_clear_of_the_close_button(qtbot) -> None:
    long_name = "A very long pattern name that a supervisor wrote for the team"
    pattern = dataclasses.replace(BUNDLED["quick-reset"], name=long_name)
    for reduced in (False, True):
        overlay, _ = started(qtbot, pattern, reduced_motion=reduced)
        side = min(overlay.width(), overlay.height())
        title = title_rect(QRectF(overlay.rect()), side)
        assert title.right() < overlay.close_button.geometry().left()
        overlay.close()


def test_system_preferences_turn_modes_on() -> None:
    opts = OverlayOptions.from_settings(Settings(), SystemLook(True, True))
    assert opts.high_contrast and opts.reduced_motion
    opts = OverlayOptions.from_settings(Settings(), SystemLook(None, None))
    assert not opts.high_contrast and not opts.reduced_motion


def test_button_fonts_are_in_points(qtbot) -> None:
    import re

    overlay, _ = started(qtbot, BUNDLED["box"])
    units = set(re.findall(r"font-size:\s*[\d.]+(\w+)", overlay.styleSheet()))
    assert units == {"pt"}


def _ocr(image_path: Path) -> str:
    out = subprocess.run(["tesseract", str(image_path), "-", "-l", "eng", "--psm", "3"],
                         capture_output=True, text=True, timeout=120, check=True)
    return " ".join(out.stdout.split())


@pytest.mark.parametrize(("reduced", "high_contrast"), [(False, False), (True, False),
                                                         (False, True)])
def test_painted_guide_is_legible_to_ocr(qtbot, tmp_path, reduced, high_contrast) -> None:
    if shutil.which("tesseract") is None:
        pytest.skip("tesseract is not installed (bash scripts/setup --dev installs it)")
    overlay, clock = started(qtbot, BUNDLED["cyclic-sighing"], reduced_motion=reduced,
                             high_contrast=high_contrast)
    at(overlay, clock, 3.2)           # the second, short sip
    path = tmp_path / "guide.png"
    _binarised(overlay.grab().toImage()).save(str(path))
    text = _ocr(path).lower()
    assert "cyclic sighing" in text, text
    assert "a second, short sip" in text, text
    assert "breath 1 of 6" in text, text


def _binarised(image: QImage) -> QImage:
    """Light text on the dark guide as black on white, three times larger: the guide's words
    are light (>= 55 % grey) and its panel and circle dark, so only legible text survives."""
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height = grey.width(), grey.height()
    rows = np.frombuffer(grey.constBits(), np.uint8).reshape(height, grey.bytesPerLine())
    ink = np.where(rows[:, :width] >= 0.55 * 255, 0, 255).astype(np.uint8)
    out = QImage(ink.tobytes(), width, height, width, QImage.Format.Format_Grayscale8).copy()
    return out.scaled(width * 3, height * 3, Qt.AspectRatioMode.KeepAspectRatio,
                      Qt.TransformationMode.SmoothTransformation)
