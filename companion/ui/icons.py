"""Tray icons: one SVG per listening state, rendered crisp at every size and device pixel ratio.

Runs on the GUI thread. Each state differs by SHAPE and GLYPH as well as colour (circle with
level bars, rounded square with a headset, diamond with a jagged wave, hollow ring with pause
bars, octagon with a struck-through microphone), so the states stay distinguishable for
colour-blind agents and on monochrome panels.
"""

from __future__ import annotations

import enum
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from companion.paths import asset_path
from companion.ui.i18n import Tr

_tr = Tr("TrayState")

#: Pixel sizes rendered into each QIcon (tray panels use 16-32 px; HiDPI doubles them).
ICON_SIZES_PX = (16, 20, 22, 24, 32, 40, 44, 48, 64, 128)


class TrayState(enum.Enum):
    """What the tray icon shows, in order of precedence when several apply."""

    LISTENING = "listening"
    IN_CALL = "in-call"
    TENSE = "tense"
    PAUSED = "paused"
    UNAVAILABLE = "unavailable"

    @property
    def label(self) -> str:
        """Short human text for tooltips and the fallback window."""
        return {
            TrayState.LISTENING: _tr("Listening (between calls)"),
            TrayState.IN_CALL: _tr("In a call"),
            TrayState.TENSE: _tr("In a call (running tense)"),
            TrayState.PAUSED: _tr("Listening paused"),
            TrayState.UNAVAILABLE: _tr("Microphone unavailable"),
        }[self]


def state_svg_path(state: TrayState) -> Path:
    """The bundled SVG for ``state`` (``assets/tray-<state>.svg``)."""
    return asset_path(f"tray-{state.value}.svg")


def render_svg(path: Path, size_px: int) -> QImage:
    """Render the SVG at ``path`` into a transparent ``size_px`` x ``size_px`` image."""
    renderer = QSvgRenderer(str(path))
    if not renderer.isValid():
        raise ValueError(f"icon {path} is not a valid SVG")
    image = QImage(size_px, size_px, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size_px, size_px))
    painter.end()
    return image


def svg_icon(path: Path) -> QIcon:
    """A QIcon holding crisp pixmaps of ``path`` at every size in :data:`ICON_SIZES_PX`."""
    icon = QIcon()
    for size in ICON_SIZES_PX:
        icon.addPixmap(QPixmap.fromImage(render_svg(path, size)))
    return icon


class IconSet:
    """The tray icons, rendered once (QIcons need a QGuiApplication)."""

    def __init__(self) -> None:
        self._icons = {state: svg_icon(state_svg_path(state)) for state in TrayState}
        self.app_icon = svg_icon(asset_path("companion.svg"))

    def icon(self, state: TrayState) -> QIcon:
        """The icon for ``state``."""
        return self._icons[state]
