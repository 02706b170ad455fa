"""Control outlines that meet WCAG 2.2 AA (3:1) in Qt's Fusion style.

GUI thread. Fusion (the style Qt uses on Linux, and whenever no native style exists) draws the
edges of check boxes, radio buttons, text fields, spin boxes, combo boxes and push buttons in
the window colour made 40 % darker: about 2:1 against the window, and invisible on a black
high-contrast window. :class:`StrongOutlineStyle` keeps everything Fusion draws and redraws
just those edges (and the frames of text areas and lists) in a colour of at least 3:1 against the window and field colours of the
palette in use (normal or high contrast). Native Windows and macOS styles are left alone.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QStyleOptionComplex, QWidget

from companion.ui.contrast import NON_TEXT_MIN, adjust_for_contrast, contrast_ratio

#: Primitives whose edge is redrawn (the radio button's edge is round).
OUTLINED = (QStyle.PrimitiveElement.PE_IndicatorCheckBox,
            QStyle.PrimitiveElement.PE_IndicatorRadioButton,
            QStyle.PrimitiveElement.PE_FrameLineEdit,
            QStyle.PrimitiveElement.PE_PanelButtonCommand,
            QStyle.PrimitiveElement.PE_Frame)     # text areas and lists
#: Complex controls whose frame is redrawn.
OUTLINED_COMPLEX = (QStyle.ComplexControl.CC_SpinBox, QStyle.ComplexControl.CC_ComboBox)
#: Margin above the minimum, so antialiasing never brings an edge below it.
MARGIN = 0.4


def _rgba(color: QColor) -> tuple[float, float, float, float]:
    return float(color.red()), float(color.green()), float(color.blue()), color.alphaF()


def outline_color(palette: QPalette) -> QColor:
    """An edge colour with at least 3:1 against the palette's window, base and button
    colours: the palette's mid colour, darkened (light palettes) or lightened (dark ones)."""
    backs = [palette.color(role) for role in (QPalette.ColorRole.Window,
                                              QPalette.ColorRole.Base,
                                              QPalette.ColorRole.Button)]
    colour = _rgba(palette.color(QPalette.ColorRole.Mid))
    for back in backs:
        if contrast_ratio(colour, _rgba(back)) < NON_TEXT_MIN + MARGIN:
            colour = _rgba(QColor(adjust_for_contrast(colour, _rgba(back),
                                                      NON_TEXT_MIN + MARGIN)))
    return QColor(int(colour[0]), int(colour[1]), int(colour[2]))


class StrongOutlineStyle(QProxyStyle):
    """Fusion, with the edges listed in :data:`OUTLINED` and :data:`OUTLINED_COMPLEX`
    drawn in :func:`outline_color`."""

    def __init__(self, base: str = "fusion") -> None:
        super().__init__(base)
        self.setObjectName("companionOutlineStyle")

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption,
                      painter: QPainter, widget: QWidget | None = None) -> None:
        """Fusion's drawing, then a stronger edge for the outlined primitives."""
        super().drawPrimitive(element, option, painter, widget)
        if element in OUTLINED:
            round_edge = element == QStyle.PrimitiveElement.PE_IndicatorRadioButton
            self._edge(option, painter, round_edge)

    def drawComplexControl(self, control: QStyle.ComplexControl,
                           option: QStyleOptionComplex, painter: QPainter,
                           widget: QWidget | None = None) -> None:
        """Fusion's drawing, then a stronger frame for spin boxes and combo boxes."""
        super().drawComplexControl(control, option, painter, widget)
        if control in OUTLINED_COMPLEX:
            self._edge(option, painter, False)

    @staticmethod
    def _edge(option: QStyleOption, painter: QPainter, round_edge: bool) -> None:
        rect = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
        if rect.width() < 4 or rect.height() < 4:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(outline_color(option.palette), 1.0))
        if round_edge:
            painter.drawEllipse(rect)
        else:
            painter.drawRoundedRect(rect, 2.0, 2.0)
        painter.restore()


def use_strong_outlines(app: object) -> bool:
    """Wrap the application's Fusion style in :class:`StrongOutlineStyle` (once). Returns
    True when the style is (now) Companion's; other styles are left as they are."""
    style_of = getattr(app, "style", None)
    set_style = getattr(app, "setStyle", None)
    if style_of is None or set_style is None:
        return False
    style = style_of()
    if isinstance(style, StrongOutlineStyle):
        return True
    if style.name().lower() != "fusion":
        return False
    set_style(StrongOutlineStyle())
    return True
