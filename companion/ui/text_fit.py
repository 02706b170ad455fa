"""Text that fits: windows that grow with their text (translations run up to ~40 % longer
than English), and labels laid out in their own text's direction (right-to-left cards).

GUI thread only. Sizes are logical pixels.
"""

from __future__ import annotations

import math
import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QLabel, QLineEdit, QStyle, QStyleOptionFrame, QWidget

#: Qt's inner horizontal margin of a line edit's text (``QLineEditPrivate::horizontalMargin``).
_LINE_EDIT_MARGIN_PX = 2


def set_min_width(window: QWidget, width_px: int) -> None:
    """Keep ``window`` at least ``width_px`` wide, or wider when its layout needs more.

    ``QWidget.setMinimumWidth`` alone replaces the minimum the layout would set, so a
    longer translation of a button row or a label is cut off; this takes the larger of the
    two (call it after the window's contents are built).
    """
    layout = window.layout()
    window.ensurePolished()
    needed = layout.totalMinimumSize().width() if layout is not None else 0
    window.setMinimumWidth(max(width_px, needed))


def text_direction(text: str) -> Qt.LayoutDirection:
    """Right to left when the first letter with a strong direction is Hebrew, Arabic or
    another right-to-left script (as ``QString::isRightToLeft``), else left to right."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
    return Qt.LayoutDirection.LeftToRight


def follow_text_direction(label: QLabel) -> None:
    """Lay ``label`` out in the direction of its own text: a Hebrew or Arabic card reads
    right to left and sits at the right edge, inside an otherwise left-to-right window."""
    label.setLayoutDirection(text_direction(label.text()))


def fit_placeholder(line: QLineEdit) -> None:
    """Make ``line`` wide enough to show its whole placeholder text (a hint such as "e.g.
    18:00-08:00 (empty = none)" is cut off with "…" otherwise)."""
    line.ensurePolished()
    option = QStyleOptionFrame()
    line.initStyleOption(option)
    # What QLineEdit paints the text into: the style's contents rectangle, less the text
    # margins and Qt's own inner margin on each side.
    contents = line.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, line)
    margins = line.textMargins()
    room = contents.width() - margins.left() - margins.right() - 2 * _LINE_EDIT_MARGIN_PX
    needed = math.ceil(QFontMetricsF(line.font()).horizontalAdvance(line.placeholderText()))
    line.setMinimumWidth(line.width() - room + needed)


def grow_for_wrapped_text(window: QWidget) -> None:
    """Make ``window`` tall enough for its word-wrapped text at its width (call it after
    showing a line that wraps, such as an error: a window's minimum height does not count
    wrapping, so on a small screen the other rows would be squeezed). The minimum height
    only grows."""
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    width = window.width() if window.isVisible() else \
        max(window.minimumWidth(), window.sizeHint().width())     # as it will be shown
    needed = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() \
        else layout.totalMinimumSize().height()
    window.setMinimumHeight(max(window.minimumHeight(), needed))
    if needed > window.height():
        window.resize(window.width(), needed)
