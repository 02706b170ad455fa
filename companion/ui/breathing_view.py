"""Drawing of the breathing guide: what to show at a moment, and how to paint it.

Runs on the GUI thread (painting). :func:`frame_state` is a pure function of a
:class:`~companion.content.BreathingPattern` and elapsed seconds, so tests check the geometry
and words at exact times; :func:`paint_frame` paints a :class:`FrameState` with ``QPainter``
(antialiased vector drawing in logical pixels, so it is crisp at any device pixel ratio).

The shape follows the breath: a run of inhale phases takes the "lung level" from 0 to 1, a run
of exhale phases back to 0, holds keep it; inside each phase the change follows a sine ease
(``0.5 - 0.5 cos(pi p)``), so the shape starts and ends each phase gently. With reduced motion
nothing scales: a bar fills with the phase's progress and the words carry the rhythm.

All sizes are logical pixels; times are seconds.
"""

from __future__ import annotations

import ctypes
import functools
import math
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontInfo,
    QFontMetricsF,
    QGuiApplication,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QRadialGradient,
)

from companion.content import BreathingPattern, Phase, PhasePosition
from companion.ui.i18n import fill

#: Words shown for each phase kind (source strings; see :func:`phase_word`).
PHASE_WORDS = {"inhale": QT_TRANSLATE_NOOP("BreathingGuide", "Breathe in"),
               "hold": QT_TRANSLATE_NOOP("BreathingGuide", "Hold"),
               "exhale": QT_TRANSLATE_NOOP("BreathingGuide", "Breathe out")}
#: The word for an inhale that follows an inhale (cyclic sighing's top-up breath).
SIP_WORD = QT_TRANSLATE_NOOP("BreathingGuide", "A second, short sip")
#: Free space kept on each side of the title for the close button (logical px).
TITLE_SIDE_PX = 48
#: Smallest and largest circle radius as fractions of the widget's shorter side.
MIN_RADIUS_FRACTION = 0.13
MAX_RADIUS_FRACTION = 0.31
#: Height of the reduced-motion panel as a fraction of its width.
REDUCED_ASPECT = 0.62


F = TypeVar("F", bound=Callable[..., Any])

#: References added per guarded call on top of those measured lost (the call's own return
#: value and arguments are still held while counting; a surplus is harmless).
_GUARD_MARGIN = 2


def guarded(func: F) -> F:
    """Run ``func`` and then give back references to ``None``/``True``/``False`` lost in it.

    PySide6 6.12.0 returns ``None`` from every void method (and ``True`` from ``emit``)
    without taking a reference. On Python 3.11, where these objects are not immortal, each
    painted frame loses dozens of references and a few minutes of animation would abort the
    process ("none_dealloc: deallocating None"). The overlay's Qt entry points (events, the
    frame tick, start/stop) are wrapped in this: the counts are topped back up after the call
    (a surplus reference is harmless, a missing one fatal). Costs six ``getrefcount`` calls.
    pyproject.toml now excludes 6.12.0; this stays as a safety net for a build that bundles
    it anyway.
    """
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        before = _singleton_counts()
        try:
            return func(*args, **kwargs)
        finally:
            after = _singleton_counts()
            for obj, was, now in zip((None, True, False), before, after, strict=True):
                for _ in range(was + _GUARD_MARGIN - now):
                    ctypes.pythonapi.Py_IncRef(ctypes.py_object(obj))
    return wrapper  # type: ignore[return-value]


def _singleton_counts() -> tuple[int, int, int]:
    return sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)


def phase_word(phases: Sequence[Phase], index: int) -> str:
    """The word shown during ``phases[index]``: "Breathe in", "Hold", "Breathe out", or
    "A second, short sip" for an inhale right after another inhale (cyclic sighing)."""
    kind = phases[index].kind
    before = phases[index - 1].kind if len(phases) > 1 else ""
    text = SIP_WORD if kind == "inhale" and before == "inhale" else PHASE_WORDS[kind]
    return QCoreApplication.translate("BreathingGuide", str(text))


def ease_sine(progress: float) -> float:
    """Sine ease-in-out of ``progress`` (0..1): 0 -> 0, 0.5 -> 0.5, 1 -> 1, flat at the ends."""
    p = min(max(float(progress), 0.0), 1.0)
    return 0.5 - 0.5 * math.cos(math.pi * p)


def phase_levels(phases: Sequence[Phase]) -> tuple[tuple[float, float], ...]:
    """Lung level (0 = empty, 1 = full) at the start and end of each phase of a cycle.

    Consecutive inhales (holds between them allowed) share the climb from the level they start
    at to 1 in proportion to their seconds, so cyclic sighing's long inhale fills 3/4 and the
    short second one the rest; exhales likewise share the way down to 0. A cycle starts at the
    level its last breathing run leaves (empty when it ends with an exhale).
    """
    n = len(phases)
    moving = [i for i, p in enumerate(phases) if p.kind != "hold"]
    if not moving:
        return tuple((0.0, 0.0) for _ in phases)
    level = 1.0 if phases[moving[-1]].kind == "inhale" else 0.0
    out: list[tuple[float, float]] = []
    i = 0
    while i < n:
        phase = phases[i]
        if phase.kind == "hold":
            out.append((level, level))
            i += 1
            continue
        # The run: this phase and the following same-kind phases, holds allowed in between.
        run = [i]
        j = i + 1
        while j < n and phases[j].kind in ("hold", phase.kind):
            if phases[j].kind == phase.kind:
                run.append(j)
            j += 1
        # Holds after the last member of the run belong to the run's end level.
        end_index = run[-1]
        target = 1.0 if phase.kind == "inhale" else 0.0
        total = math.fsum(phases[k].seconds for k in run)
        start, done = level, 0.0
        for k in range(i, end_index + 1):
            if phases[k].kind == "hold":
                out.append((level, level))
                continue
            done += phases[k].seconds
            new_level = start + (target - start) * (done / total)
            out.append((level, new_level))
            level = new_level
        level = target
        i = end_index + 1
    return tuple(out)


@dataclass(frozen=True)
class FrameState:
    """Everything the painter needs for one moment of the exercise.

    Attributes
    ----------
    t_s
        Seconds since the exercise started.
    position
        The pattern's :class:`~companion.content.PhasePosition` at ``t_s``.
    kind, word
        Phase kind (``inhale`` / ``hold`` / ``exhale``) and the word shown.
    countdown
        Whole seconds left in the phase, rounded up (what the agent reads).
    level
        Lung level 0..1 with sine easing (the circle's size).
    bar
        Phase progress 0..1 (the reduced-motion bar and the progress arc).
    cycle, cycles
        1-based breath number and how many breaths in all.
    remaining_s
        Seconds left in the whole exercise.
    """

    t_s: float
    position: PhasePosition
    kind: str
    word: str
    countdown: int
    level: float
    bar: float
    cycle: int
    cycles: int
    remaining_s: float

    @property
    def finished(self) -> bool:
        """True once the exercise is over."""
        return self.position.finished


def frame_state(pattern: BreathingPattern, t_s: float,
                levels: Sequence[tuple[float, float]] | None = None) -> FrameState:
    """The :class:`FrameState` ``t_s`` seconds after the start (``levels`` from
    :func:`phase_levels`, computed when not given)."""
    levels = phase_levels(pattern.phases) if levels is None else levels
    pos = pattern.at(t_s)
    start, end = levels[pos.index]
    level = start + (end - start) * ease_sine(pos.progress)
    countdown = 0 if pos.finished else max(1, math.ceil(pos.seconds_left - 1e-9))
    remaining = max(0.0, pattern.total_s - max(0.0, float(t_s)))
    return FrameState(
        t_s=float(t_s), position=pos, kind=pos.phase.kind,
        word=phase_word(pattern.phases, pos.index),
        countdown=countdown, level=level, bar=pos.progress, cycle=pos.cycle + 1,
        cycles=pattern.cycles, remaining_s=remaining,
    )


@dataclass(frozen=True)
class Palette:
    """Colours of the guide. ``panel`` is painted with its own alpha (the window's opacity
    setting applies on top where a compositor exists)."""

    panel: QColor
    border: QColor
    guide: QColor
    fill_inner: QColor
    fill_outer: QColor
    outline: QColor
    text: QColor
    subtext: QColor
    bar_back: QColor
    phase: dict[str, QColor]
    text_halo: QColor


def palette_for(high_contrast: bool) -> Palette:
    """The normal (calm teal on dark blue-grey) or high-contrast (white/yellow on black) set.

    Both are dark so that they look the same without a compositor, where the transparent
    corners show as black. The circle is a deep teal so the white words painted over it keep
    at least 4.5:1 (WCAG 2.2 AA) at every size; its light outline marks its edge at 3:1 or
    more against the panel.
    """
    if high_contrast:
        return Palette(
            panel=QColor(0, 0, 0, 255), border=QColor("#ffffff"), guide=QColor("#ffffff"),
            fill_inner=QColor("#0a3dff"), fill_outer=QColor("#0029b8"),
            outline=QColor("#ffffff"), text=QColor("#ffffff"), subtext=QColor("#ffff00"),
            bar_back=QColor("#333333"),
            phase={"inhale": QColor("#ffff00"), "hold": QColor("#ffffff"),
                   "exhale": QColor("#00ffff")},
            text_halo=QColor("#000000"),
        )
    return Palette(
        panel=QColor(18, 28, 38, 238), border=QColor(255, 255, 255, 40),
        guide=QColor(160, 220, 215, 130), fill_inner=QColor("#2b776f"),
        fill_outer=QColor("#1b5a54"), outline=QColor(190, 240, 232, 200),
        text=QColor("#f4fbfa"), subtext=QColor("#a9bfc4"), bar_back=QColor(255, 255, 255, 38),
        phase={"inhale": QColor("#5fd3c4"), "hold": QColor("#e9c46a"),
               "exhale": QColor("#7aa7e0")},
        text_halo=QColor("#0e2a27"),
    )


def circle_radius(side_px: float, level: float) -> float:
    """Circle radius (logical px) for lung ``level`` 0..1 in a widget whose shorter side is
    ``side_px``."""
    lo, hi = MIN_RADIUS_FRACTION * side_px, MAX_RADIUS_FRACTION * side_px
    return lo + (hi - lo) * min(max(level, 0.0), 1.0)


def circle_centre(rect: QRectF) -> QPointF:
    """Centre of the breathing circle: horizontally centred, a little above the middle."""
    return QPointF(rect.center().x(), rect.top() + rect.height() * 0.47)


def base_font_px() -> int:
    """The OS text size in pixels (the application font), or 12 without an application."""
    if QGuiApplication.instance() is None:
        return 12
    return max(8, QFontInfo(QGuiApplication.font()).pixelSize())


def _font(size_px: float, bold: bool = False, *, floor_px: int = 8) -> QFont:
    font = QFont()
    font.setPixelSize(max(floor_px, round(size_px)))
    font.setBold(bold)
    return font


def fitted_font(text: str, width: float, size_px: float, *, bold: bool = False,
                floor_px: int = 8, height: float | None = None) -> QFont:
    """The font of ``size_px`` (at least ``floor_px``), made smaller until ``text`` fits in
    ``width`` logical pixels (and its line in ``height``, when given), but never below
    ``floor_px`` (text that still does not fit is elided by the caller)."""
    font = _font(size_px, bold, floor_px=floor_px)
    if QGuiApplication.instance() is None:    # no font database to measure with
        return font

    def too_big() -> bool:
        metrics = QFontMetricsF(font)
        return metrics.horizontalAdvance(text) > width or (
            height is not None and metrics.height() > height)

    while font.pixelSize() > floor_px and too_big():
        font.setPixelSize(font.pixelSize() - 1)
    return font


@dataclass(frozen=True)
class PaintedText:
    """One text the guide painted, for checks that nothing is cut off (logical px).

    ``text`` is what was asked for, ``drawn`` what was painted (``text`` shortened with "…"
    when it did not fit), ``box`` where it had to fit, ``size`` the drawn line's advance
    and height.
    """

    text: str
    drawn: str
    box: QRectF
    size: QSizeF

    @property
    def elided(self) -> bool:
        """True when the text was shortened with "…" to fit (wrapping alone is not)."""
        return " ".join(self.drawn.split()) != " ".join(self.text.split())

    def problem(self) -> str:
        """Why this text is cut off ('' when it fits, wrapped or was elided to fit)."""
        if self.size.width() > self.box.width() + 0.5:
            return f"is {self.size.width():.0f} px wide in a {self.box.width():.0f} px box"
        if self.size.height() > self.box.height() + 0.5:
            return f"is {self.size.height():.0f} px tall in a {self.box.height():.0f} px box"
        if self.elided and "…" not in self.drawn:
            return f"was cut to {self.drawn!r} without an ellipsis"
        return ""


def wrap_lines(metrics: QFontMetricsF, text: str, width: float, max_lines: int) -> list[str]:
    """``text`` broken at spaces into lines of at most ``width`` logical px, at most
    ``max_lines`` of them: the last line (or a word longer than a line) elided with "…"."""
    if metrics.horizontalAdvance(text) <= width:
        return [text]
    lines: list[str] = []
    words = text.split()
    while words and len(lines) < max_lines:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line = f"{line} {words.pop(0)}"
        if words and len(lines) == max_lines - 1:
            line = " ".join([line, *words])
            words = []
        lines.append(metrics.elidedText(line, Qt.TextElideMode.ElideRight, width))
    return lines or [""]


def _draw_fitted(p: QPainter, rect: QRectF, align: Qt.AlignmentFlag, text: str,
                 size_px: float, *, bold: bool = False, floor_px: int = 8,
                 halo: QColor | None = None) -> PaintedText:
    """Draw ``text`` in ``rect`` shrunk to fit; if it still does not fit on one line, wrapped
    onto as many lines as ``rect`` holds, the last elided with "…". What was drawn.

    ``halo`` outlines every glyph in that colour first, so words painted across the
    circle's light rim keep their shape (and their contrast) where they cross it.
    """
    font = fitted_font(text, rect.width(), size_px, bold=bold, floor_px=floor_px,
                       height=rect.height())
    p.setFont(font)
    if QGuiApplication.instance() is None:
        p.drawText(rect, align, text)
        return PaintedText(text, text, rect, QSizeF(0.0, 0.0))
    metrics = QFontMetricsF(font)
    line_h = metrics.height()
    lines = wrap_lines(metrics, text, rect.width(), max(1, int(rect.height() // line_h)))
    widths = [metrics.horizontalAdvance(line) for line in lines]
    top = rect.center().y() - line_h * len(lines) / 2
    for i, (line, width) in enumerate(zip(lines, widths, strict=True)):
        if align & Qt.AlignmentFlag.AlignRight:
            x = rect.right() - width
        elif align & Qt.AlignmentFlag.AlignLeft:
            x = rect.left()
        else:
            x = rect.center().x() - width / 2
        baseline = top + i * line_h + metrics.ascent()
        if halo is None:
            p.drawText(QPointF(x, baseline), line)
            continue
        path = QPainterPath()
        path.addText(QPointF(x, baseline), font, line)
        colour = p.pen().color()
        p.strokePath(path, QPen(halo, max(2.0, font.pixelSize() * 0.14), Qt.PenStyle.SolidLine,
                                Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        p.fillPath(path, colour)
    return PaintedText(text, "\n".join(lines), rect,
                       QSizeF(max(widths), line_h * len(lines)))


def time_text(seconds: float) -> str:
    """``m:ss`` for whole seconds left, rounded up."""
    whole = max(0, math.ceil(seconds - 1e-9))
    return f"{whole // 60}:{whole % 60:02d}"


def footer_text(state: FrameState) -> str:
    """The small status line under the guide."""
    return fill(QCoreApplication.translate("BreathingGuide", "Breath %1 of %2  ·  %3 left"),
                state.cycle, state.cycles, time_text(state.remaining_s))


def paint_panel(p: QPainter, rect: QRectF, pal: Palette) -> None:
    """The rounded background panel."""
    radius = min(rect.width(), rect.height()) * 0.07
    p.setPen(QPen(pal.border, 1.0))
    p.setBrush(pal.panel)
    p.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)


def paint_frame(p: QPainter, rect: QRectF, state: FrameState, pal: Palette, *,
                title: str, reduced_motion: bool) -> list[PaintedText]:
    """Paint one moment of the exercise into ``rect`` (logical px) with ``p`` (uncached:
    the background, the moving shape, then the words); the texts painted."""
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painted = paint_static(p, rect, pal, title, reduced_motion)
    paint_motion(p, rect, state, pal, reduced_motion)
    return painted + paint_words(p, rect, state, pal, reduced_motion)


def paint_static(p: QPainter, rect: QRectF, pal: Palette, title: str,
                 reduced_motion: bool) -> list[PaintedText]:
    """Layer 1, the same all exercise long: panel, title, guide ring / bar track; the
    texts painted (the title)."""
    paint_panel(p, rect, pal)
    if reduced_motion:
        w = rect.width()
        painted = _paint_title(p, rect, pal, title, w * 0.9)
        bar = reduced_bar_rect(rect)
        radius = bar.height() / 2
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(pal.bar_back)
        p.drawRoundedRect(bar, radius, radius)
        return [painted]
    side = min(rect.width(), rect.height())
    centre = circle_centre(rect)
    r_max = circle_radius(side, 1.0)
    painted = _paint_title(p, rect, pal, title, side)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(QPen(pal.guide, max(1.5, side * 0.005)))
    p.drawEllipse(centre, r_max, r_max)
    p.setPen(QPen(pal.bar_back, side * 0.012, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    p.drawEllipse(_arc_rect(rect))
    return [painted]


def _arc_rect(rect: QRectF) -> QRectF:
    side = min(rect.width(), rect.height())
    centre = circle_centre(rect)
    arc_r = circle_radius(side, 1.0) + side * 0.03
    return QRectF(centre.x() - arc_r, centre.y() - arc_r, 2 * arc_r, 2 * arc_r)


def paint_motion(p: QPainter, rect: QRectF, state: FrameState, pal: Palette,
                 reduced_motion: bool) -> None:
    """Layer 2, every frame: the breathing circle and the phase arc, or the bar's fill."""
    colour = pal.phase[state.kind]
    if reduced_motion:
        bar = reduced_bar_rect(rect)
        radius = bar.height() / 2
        filled = QRectF(bar.left(), bar.top(), bar.width() * state.bar, bar.height())
        if filled.width() > 0.5:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colour)
            p.drawRoundedRect(filled, min(radius, filled.width() / 2), radius)
        if pal.outline.alpha() == 255:   # high contrast: a visible frame round the bar
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(pal.outline, 2.0))
            p.drawRoundedRect(bar, radius, radius)
        return
    side = min(rect.width(), rect.height())
    centre = circle_centre(rect)
    radius = circle_radius(side, state.level)
    span = -round(360 * 16 * state.bar)
    if span:
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(colour, side * 0.012, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        p.drawArc(_arc_rect(rect), 90 * 16, span)
    # A soft halo just outside the circle: a stroked ring (the circle covers the inside,
    # so filling a whole disc under it would only cost time).
    halo = QColor(pal.fill_outer)
    halo.setAlpha(70)
    halo_w = side * 0.018
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(QPen(halo, halo_w))
    p.drawEllipse(centre, radius + halo_w / 2, radius + halo_w / 2)
    # The gradient disc is filled without antialiasing (the costly part of a frame) and its
    # edge is then covered by an antialiased outline, so it still looks smooth.
    grad = QRadialGradient(centre, radius)
    grad.setColorAt(0.0, pal.fill_inner)
    grad.setColorAt(1.0, pal.fill_outer)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(grad))
    p.drawEllipse(centre, radius, radius)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(QPen(pal.outline, max(1.5, side * 0.006)))
    p.drawEllipse(centre, radius, radius)


def motion_rect(rect: QRectF, reduced_motion: bool) -> QRectF:
    """The area :func:`paint_motion` can touch (logical px), with a small margin."""
    if reduced_motion:
        return reduced_bar_rect(rect).adjusted(-4, -4, 4, 4)
    side = min(rect.width(), rect.height())
    pad = side * 0.012 + 4      # the arc's pen and antialiasing
    return _arc_rect(rect).adjusted(-pad, -pad, pad, pad)


def words_key(state: FrameState) -> tuple[str, int, str]:
    """What the words layer shows (it changes about once a second)."""
    return state.word, state.countdown, footer_text(state)


def paint_words(p: QPainter, rect: QRectF, state: FrameState, pal: Palette,
                reduced_motion: bool) -> list[PaintedText]:
    """Layer 3, once a second: the phase word, the countdown and the status line; the
    texts painted."""
    if reduced_motion:
        w = rect.width()
        p.setPen(pal.text)
        word_rect = QRectF(rect.left() + w * 0.04, rect.top() + rect.height() * 0.2, w * 0.64,
                           rect.height() * 0.36)
        word = _draw_fitted(p, word_rect,
                            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                            state.word, w * 0.085, bold=True, floor_px=base_font_px())
        p.setPen(pal.phase[state.kind])
        count = _draw_fitted(p, QRectF(rect.left() + w * 0.72, word_rect.top(), w * 0.2,
                                       word_rect.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             str(state.countdown), w * 0.12, bold=True)
        bar = reduced_bar_rect(rect)
        p.setPen(pal.subtext)
        footer = _draw_fitted(p, QRectF(rect.left() + w * 0.04,
                                        bar.bottom() + rect.height() * 0.05, w * 0.92,
                                        rect.height() * 0.1), Qt.AlignmentFlag.AlignCenter,
                              footer_text(state), w * 0.036, floor_px=base_font_px())
        return [word, count, footer]
    side = min(rect.width(), rect.height())
    centre = circle_centre(rect)
    floor = base_font_px()
    p.setPen(pal.text)
    inside = 2 * circle_radius(side, 1.0) * 0.96    # words stay inside the guide ring
    word = _draw_fitted(p, QRectF(centre.x() - inside / 2, centre.y() - side * 0.11, inside,
                                  side * 0.08),
                        Qt.AlignmentFlag.AlignCenter, state.word, side * 0.062, bold=True,
                        floor_px=floor, halo=pal.text_halo)
    count = _draw_fitted(p, QRectF(rect.left(), centre.y() - side * 0.035, rect.width(),
                                   side * 0.15),
                         Qt.AlignmentFlag.AlignCenter, str(state.countdown), side * 0.14,
                         bold=True, floor_px=floor, halo=pal.text_halo)
    p.setPen(pal.subtext)
    footer = _draw_fitted(p, QRectF(rect.left() + side * 0.04, rect.bottom() - side * 0.115,
                                    rect.width() - side * 0.08, side * 0.07),
                          Qt.AlignmentFlag.AlignCenter, footer_text(state), side * 0.042,
                          floor_px=floor)
    return [word, count, footer]


def title_rect(rect: QRectF, side: float) -> QRectF:
    """Where the pattern's name goes: centred, clear of the close button on the right."""
    margin = max(side * 0.08, TITLE_SIDE_PX)
    return QRectF(rect.left() + margin, rect.top() + side * 0.035,
                  rect.width() - 2 * margin, max(side * 0.08, base_font_px() * 1.6))


def _paint_title(p: QPainter, rect: QRectF, pal: Palette, title: str,
                 side: float) -> PaintedText:
    p.setPen(pal.subtext)
    return _draw_fitted(p, title_rect(rect, side), Qt.AlignmentFlag.AlignCenter, title,
                        side * 0.045, bold=True, floor_px=base_font_px())


def reduced_bar_rect(rect: QRectF) -> QRectF:
    """Where the reduced-motion progress bar goes (logical px)."""
    w = rect.width()
    return QRectF(rect.left() + w * 0.1, rect.top() + rect.height() * 0.66, w * 0.8,
                  max(10.0, rect.height() * 0.07))


class LayerCache:
    """Paints frames from cached layers: the static background and the words are drawn
    into pixmaps (at the device pixel ratio, so they stay crisp) and only redrawn when
    they change; every frame draws just the moving shape between them. This keeps a
    frame well under a millisecond of painting. :attr:`painted` holds the texts of the
    layers shown last (title, phase word, count, status line)."""

    def __init__(self, pal: Palette, title: str, reduced_motion: bool) -> None:
        self.pal, self.title, self.reduced_motion = pal, title, reduced_motion
        self._static: tuple[tuple[int, int, float], QPixmap] | None = None
        self._words: tuple[tuple[Any, ...], QPixmap] | None = None
        self._texts: dict[str, list[PaintedText]] = {"static": [], "words": []}

    @property
    def painted(self) -> list[PaintedText]:
        """The texts on the layers painted last."""
        return self._texts["static"] + self._texts["words"]

    def _layer(self, rect: QRectF, dpr: float, layer: str,
               draw: Callable[[QPainter], list[PaintedText]]) -> QPixmap:
        pix = QPixmap(round(rect.width() * dpr), round(rect.height() * dpr))
        pix.setDevicePixelRatio(dpr)
        pix.fill(Qt.GlobalColor.transparent)
        q = QPainter(pix)
        q.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        q.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        self._texts[layer] = draw(q)
        q.end()
        return pix

    def paint(self, p: QPainter, rect: QRectF, state: FrameState, dpr: float) -> None:
        """Paint ``state`` into ``rect`` (logical px, origin 0,0) at ``dpr``."""
        size_key = (round(rect.width()), round(rect.height()), float(dpr))
        if self._static is None or self._static[0] != size_key:
            self._static = (size_key, self._layer(rect, dpr, "static", lambda q: paint_static(
                q, rect, self.pal, self.title, self.reduced_motion)))
            self._words = None
        key = (size_key, *words_key(state))
        if self._words is None or self._words[0] != key:
            self._words = (key, self._layer(rect, dpr, "words", lambda q: paint_words(
                q, rect, state, self.pal, self.reduced_motion)))
        p.drawPixmap(0, 0, self._static[1])
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        paint_motion(p, rect, state, self.pal, self.reduced_motion)
        p.drawPixmap(0, 0, self._words[1])


def paint_feeling(p: QPainter, rect: QRectF, pal: Palette, *, completed_text: str,
                  question: str | None = None) -> list[PaintedText]:
    """The closing panel's words (the buttons are child widgets of the overlay); the same
    panel asks "what would help now?" after a session that did not help. The texts
    painted."""
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    paint_panel(p, rect, pal)
    side = min(rect.width(), rect.height() / REDUCED_ASPECT if rect.height() < rect.width()
               else rect.height())
    floor = base_font_px()
    margin = max(side * 0.04, TITLE_SIDE_PX)
    inner = rect.width() - 2 * margin
    p.setPen(pal.subtext)
    # Room for two lines above the question: "<a long pattern name>: done" wraps.
    done = _draw_fitted(p, QRectF(rect.left() + margin, rect.top() + rect.height() * 0.07,
                                  inner, rect.height() * 0.19), Qt.AlignmentFlag.AlignCenter,
                        completed_text, side * 0.048, bold=True, floor_px=floor)
    p.setPen(pal.text)
    asked = _draw_fitted(p, QRectF(rect.left() + side * 0.04, rect.top() + rect.height() * 0.3,
                                   rect.width() - side * 0.08, rect.height() * 0.2),
                         Qt.AlignmentFlag.AlignCenter, question or feeling_question(),
                         side * 0.075, bold=True, floor_px=floor)
    return [done, asked]


def feeling_question() -> str:
    """The closing question."""
    return QCoreApplication.translate("BreathingGuide", "How do you feel now?")
