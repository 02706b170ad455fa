"""Control edges drawn by Companion's Fusion proxy reach 3:1 (WCAG 2.2 SC 1.4.11), measured
on painted pixels in the normal and the high-contrast palette."""

from __future__ import annotations

import pytest
from contrast_audit import restore_look
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStyleFactory,
    QWidget,
)

from companion.ui.contrast import contrast_ratio
from companion.ui.outline_style import StrongOutlineStyle, outline_color, use_strong_outlines
from companion.ui.theme import high_contrast_palette, repaired_palette


def _rgba(c: QColor) -> tuple[float, float, float, float]:
    return float(c.red()), float(c.green()), float(c.blue()), 1.0


def edge_contrast(widget: QWidget, palette: QPalette) -> float:
    """Best contrast, against the window and field colours, of the pixels on the widget's
    left edge (the outline is there)."""
    image = widget.grab().toImage()
    y = image.height() // 2
    backs = [palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.Base),
             palette.color(QPalette.ColorRole.Button)]
    best = 0.0
    for x in range(0, 3):
        pixel = _rgba(QColor(image.pixel(x, y)))
        best = max(best, min(contrast_ratio(pixel, _rgba(b)) for b in backs))
    return best


@pytest.mark.parametrize("high_contrast", [False, True])
def test_control_edges_reach_3_to_1(qtbot, high_contrast) -> None:
    fusion = QStyleFactory.create("fusion")
    palette = high_contrast_palette() if high_contrast else repaired_palette(
        fusion.standardPalette())
    style = StrongOutlineStyle()
    box = QCheckBox()                         # only the indicator: its edge is at x = 0..2
    widgets = [QLineEdit("text"), QSpinBox(), QComboBox(), QPushButton("OK"), box]
    widgets[2].addItem("System default")
    for widget in widgets:
        qtbot.addWidget(widget)
        widget.setStyle(style)
        widget.setPalette(palette)
        widget.resize(widget.sizeHint())
        assert edge_contrast(widget, palette) >= 3.0, type(widget).__name__
    plain = QLineEdit("text")                  # Fusion alone: about 2:1, or invisible
    qtbot.addWidget(plain)
    plain.setStyle(fusion)
    plain.setPalette(palette)
    plain.resize(plain.sizeHint())
    assert edge_contrast(plain, palette) < 3.0


def test_outline_colour_and_install(qapp) -> None:
    for palette in (high_contrast_palette(), repaired_palette(
            QStyleFactory.create("fusion").standardPalette())):
        colour = outline_color(palette)
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
            assert contrast_ratio(_rgba(colour), _rgba(palette.color(role))) >= 3.0
    before, style = QPalette(qapp.palette()), qapp.style().name()
    try:
        assert use_strong_outlines(qapp)
        assert isinstance(qapp.style(), StrongOutlineStyle)
        assert use_strong_outlines(qapp), "a second call keeps it"
    finally:
        restore_look(qapp, style, before)
