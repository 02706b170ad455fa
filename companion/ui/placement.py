"""Where small popups (the between-call prompt, a cue card) appear: next to the tray icon.

GUI thread only.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication

#: Gap between a popup, the tray icon and the screen edges (logical pixels).
MARGIN_PX = 12


def popup_position(size: QSize, anchor: QRect | None) -> QPoint:
    """Top-left corner for a popup of ``size`` next to ``anchor`` (the tray icon's geometry),
    kept inside the primary screen's available area: below the icon when it fits (a top
    panel), above it otherwise (a bottom taskbar). Without a valid anchor: the bottom-right
    corner of the screen.
    """
    screen = QGuiApplication.primaryScreen()
    area = screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 800)
    if anchor is None or not anchor.isValid():
        x = area.right() - size.width() - MARGIN_PX
        y = area.bottom() - size.height() - MARGIN_PX
    else:
        x = anchor.center().x() - size.width() // 2
        below = anchor.bottom() + MARGIN_PX
        above = anchor.top() - size.height() - MARGIN_PX
        y = below if below + size.height() <= area.bottom() else above
    x = max(area.left() + MARGIN_PX, min(x, area.right() - size.width() - MARGIN_PX))
    y = max(area.top() + MARGIN_PX, min(y, area.bottom() - size.height() - MARGIN_PX))
    return QPoint(x, y)
