"""The dashboard's charts (pyqtgraph): one day of arousal, and the week's trend.

GUI thread only. :class:`DayPlot` draws a :class:`~companion.ui.dashboard_summary.DayData`:

- the per-minute band from lowest to highest arousal (one bar per stored minute) and the
  per-minute mean as a line (broken where a minute had no speech);
- calls as grey spans, tense stretches as orange spans;
- breathing sessions (green circles) and cue cards (purple diamonds) as markers with tool tips;
- the agent's calm baseline (50) and tense threshold as horizontal lines.

Mouse: wheel zooms, drag pans, right click gives pyqtgraph's usual menu, the small "A" button
resets the view. Moving the mouse emits :attr:`DayPlot.hovered` with a one-line read-out of the
minute under the cursor. Many items draw all their spans/bars as one item, so a month of
minutes (~15 000 rows) stays fast.

x is epoch seconds shown as local clock time; y is the 0-100 arousal index.
"""

from __future__ import annotations

import html
import math
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Signal

from companion.ui.dashboard_summary import (
    BASELINE_LEVEL,
    MINUTE_S,
    DayData,
    WeekData,
    fmt_level,
)
from companion.ui.i18n import Tr, clock_time, day_header, duration_text, noop, number
from companion.ui.qtcompat import emit
from companion.ui.time_axis import LocaleDateAxis

_tr = Tr("DashboardPlot")

#: Colours (RGBA) used by the charts and named in docs/dashboard.md.
COLORS = {
    "band": (70, 110, 190, 70),
    "mean": (35, 70, 150, 255),
    "call": (120, 120, 120, 45),
    "tense": (240, 140, 30, 80),
    "baseline": (40, 150, 80, 255),
    "threshold": (210, 90, 20, 255),
    "breathing": (40, 160, 90, 255),
    "card": (140, 70, 170, 255),
    "tense_bar": (240, 140, 30, 220),
    "calls_bar": (150, 150, 150, 200),
}
#: Axis labels on the white plot area (10:1).
AXIS_TEXT_RGB = (60, 60, 60)
#: Where the markers sit on the 0-100 axis (below most speech).
MARKER_Y = {"breathing": 8.0, "card": 4.0}
_OUTCOME_WORDS = {"offered": noop("DashboardPlot", "offered, no answer"),
                  "accepted": noop("DashboardPlot", "started"),
                  "skipped": noop("DashboardPlot", "skipped"),
                  "snoozed": noop("DashboardPlot", "snoozed"),
                  "completed": noop("DashboardPlot", "finished"),
                  "aborted": noop("DashboardPlot", "stopped early")}
_FEELING_WORDS = {"better": noop("DashboardPlot", "better"),
                  "same": noop("DashboardPlot", "the same"),
                  "worse": noop("DashboardPlot", "worse")}


def _swatch(name: str, glyph: str = "■") -> str:
    r, g, b, a = COLORS[name]
    if a < 200:   # translucent fills are shown as they look on white
        k = a / 255
        r, g, b = (round(255 - (255 - c) * k * 1.6) for c in (r, g, b))
    return f'<span style="color: rgb({r},{g},{b}); font-size: 14pt;">{glyph}</span>'


def legend_html() -> str:
    """The day chart's key, as rich text for a label above the chart."""
    keys = [("mean", "━", _tr("arousal (mean of each minute)")),
            ("band", "■", _tr("lowest to highest in the minute")),
            ("call", "■", _tr("call")),
            ("tense", "■", _tr("tense stretch")),
            ("breathing", "●", _tr("breathing (hollow: not finished)")),
            ("card", "◆", _tr("cue card")),
            ("baseline", "- -", _tr("your calm level")),
            ("threshold", "- -", _tr("tense level"))]
    return "&nbsp;&nbsp;&nbsp;".join(f"{_swatch(name, glyph)} {html.escape(text)}"
                                     for name, glyph, text in keys)


_clock = clock_time


def _brush(name: str) -> Any:
    return pg.mkBrush(*COLORS[name])


def _empty_bars(brush: Any) -> pg.BarGraphItem:
    return pg.BarGraphItem(x0=[], x1=[], y0=[], y1=[], brush=brush, pen=pg.mkPen(None))


def _call_text(call: Any) -> str:
    """A call in the readout: "call 14:05-14:12, 1 min 5 s tense, recovered in 45 s"."""
    span = _tr("%1-%2", _clock(call.start), _clock(call.end)) if call.end \
        else _clock(call.start)
    desc = _tr("call %1", span)
    if call.tense_s:
        desc = _tr("%1, %2 tense", desc, duration_text(call.tense_s))
    if call.recovery_s is not None:
        desc = _tr("%1, recovered in %2", desc, duration_text(call.recovery_s))
    return desc


class DayPlot(pg.PlotWidget):
    """Arousal over one day (see the module docstring)."""

    hovered = Signal(str)

    def __init__(self, parent: Any = None) -> None:
        axis = LocaleDateAxis(orientation="bottom")
        super().__init__(parent=parent, axisItems={"bottom": axis}, background="w")
        self.data: DayData | None = None
        item = self.getPlotItem()
        item.showGrid(x=True, y=True, alpha=0.15)
        item.setLabel("left", _tr("Arousal (50 = your calm level)"))
        item.setLabel("bottom", _tr("Time of day"))
        item.setMenuEnabled(True)
        for name in ("left", "bottom"):
            item.getAxis(name).setTextPen(pg.mkPen(*AXIS_TEXT_RGB))
            item.getAxis(name).setPen(pg.mkPen(120, 120, 120))
        self.call_spans = _empty_bars(_brush("call"))
        self.tense_spans = _empty_bars(_brush("tense"))
        self.band = _empty_bars(_brush("band"))
        self.mean_line = pg.PlotDataItem([], [], pen=pg.mkPen(COLORS["mean"], width=2),
                                         connect="finite")
        self.baseline = pg.InfiniteLine(
            BASELINE_LEVEL, angle=0, movable=False,
            pen=pg.mkPen(COLORS["baseline"], width=1.5, style=pg.QtCore.Qt.PenStyle.DashLine),
            label=_tr("your calm level (50)"),
            labelOpts={"position": 0.98, "color": COLORS["baseline"], "anchors": [(1, 1), (1, 1)]})
        self.threshold = pg.InfiniteLine(
            70.0, angle=0, movable=False,
            pen=pg.mkPen(COLORS["threshold"], width=1.5, style=pg.QtCore.Qt.PenStyle.DashLine),
            label=_tr("tense level"),
            labelOpts={"position": 0.98, "color": COLORS["threshold"], "anchors": [(1, 1), (1, 1)]})
        self.breathing = pg.ScatterPlotItem(hoverable=True, tip=self._tip, size=13,
                                            hoverSize=16)
        self.cards = pg.ScatterPlotItem(hoverable=True, tip=self._tip, size=12, symbol="d",
                                        hoverSize=15)
        self.cursor = pg.InfiniteLine(angle=90, movable=False,
                                      pen=pg.mkPen(90, 90, 90, 120, width=1))
        self.message = pg.TextItem("", color=(90, 90, 90), anchor=(0.5, 0.5))
        for z, it in enumerate((self.call_spans, self.tense_spans, self.band, self.mean_line,
                                self.breathing, self.cards)):
            it.setZValue(z)
            item.addItem(it)
        for it in (self.baseline, self.threshold, self.cursor):
            item.addItem(it, ignoreBounds=True)
        item.addItem(self.message, ignoreBounds=True)
        self.cursor.setVisible(False)
        item.setMouseEnabled(x=True, y=True)
        item.getViewBox().setLimits(yMin=-5, yMax=105, minYRange=5, minXRange=120)
        self.scene().sigMouseMoved.connect(self._mouse_moved)

    # ---- data ----------------------------------------------------------------------------------
    def set_day(self, data: DayData) -> None:
        """Draw ``data`` and show the part of the day that has records."""
        self.data = data
        n = len(data.minute_start)
        has_range = ~np.isnan(data.arousal_min) & ~np.isnan(data.arousal_max)
        x0 = data.minute_start[has_range]
        self.band.setOpts(x0=x0, x1=x0 + MINUTE_S, y0=data.arousal_min[has_range],
                          y1=np.maximum(data.arousal_max[has_range],
                                        data.arousal_min[has_range] + 0.5))
        # one point per minute centre, NaN (no speech) and gaps break the line
        x = data.minute_start + MINUTE_S / 2
        y = data.arousal_mean.copy()
        if n > 1:
            gap = np.flatnonzero(np.diff(data.minute_start) > MINUTE_S * 1.5)
            x = np.insert(x, gap + 1, x[gap] + MINUTE_S)
            y = np.insert(y, gap + 1, np.nan)
        self.mean_line.setData(x, y, connect="finite")
        calls = [(c.start, c.end if c.end is not None else c.start + MINUTE_S)
                 for c in data.calls]
        self._spans(self.call_spans, calls, 0.0, 100.0)
        self._spans(self.tense_spans, [(s.start, s.end) for s in data.tense_spans],
                    0.0, 100.0)
        self.threshold.setValue(data.tense_threshold)
        self._markers(data)
        item = self.getPlotItem()
        vb = item.getViewBox()
        vb.setLimits(xMin=data.start - 3600, xMax=data.end + 3600)
        rng = data.data_range()
        if rng is None:
            lo, hi = data.start + 8 * 3600, data.start + 18 * 3600
            self.message.setText(_tr("Nothing recorded on this day"))
        else:
            pad = max(120.0, (rng[1] - rng[0]) * 0.04)
            lo, hi = rng[0] - pad, rng[1] + pad
            self.message.setText("")
        self.message.setPos((lo + hi) / 2, 50)
        vb.setRange(xRange=(lo, hi), yRange=(0, 100), padding=0)
        self.hovered_text = ""

    @staticmethod
    def _spans(bars: pg.BarGraphItem, spans: list[tuple[float, float]], y0: float,
               y1: float) -> None:
        a = np.array(spans, dtype=np.float64).reshape(-1, 2)
        bars.setOpts(x0=a[:, 0], x1=a[:, 1], y0=np.full(len(a), y0), y1=np.full(len(a), y1))

    def _markers(self, data: DayData) -> None:
        for kind, item in (("breathing", self.breathing), ("card", self.cards)):
            color = COLORS[kind]
            spots = []
            for rec in data.interventions:
                if rec.kind != kind:
                    continue
                done = rec.outcome == "completed" or (kind == "card" and rec.outcome in
                                                       ("accepted", "completed", "aborted"))
                spots.append({"pos": (rec.offered_at, MARKER_Y[kind]),
                              "data": self._marker_text(rec),
                              "brush": pg.mkBrush(*color) if done else pg.mkBrush(255, 255,
                                                                                  255, 230),
                              "pen": pg.mkPen(color, width=2)})
            item.clear()
            if spots:
                item.setData(spots=spots)
            item.setVisible(bool(spots))

    @staticmethod
    def _marker_text(rec: Any) -> str:
        outcome = _tr(_OUTCOME_WORDS[rec.outcome]) if rec.outcome in _OUTCOME_WORDS \
            else rec.outcome
        text = _tr("Breathing at %1: %2", _clock(rec.offered_at), outcome) \
            if rec.kind == "breathing" else _tr("Cue card at %1: %2", _clock(rec.offered_at),
                                                 outcome)
        if rec.feeling:
            feeling = _tr(_FEELING_WORDS[rec.feeling]) if rec.feeling in _FEELING_WORDS \
                else rec.feeling
            text = _tr("%1; you felt %2", text, feeling)
        if rec.arousal_before is not None:
            before = fmt_level(rec.arousal_before)
            text += "\n" + (_tr("before: %1, at the next call: %2", before,
                                fmt_level(rec.arousal_after))
                            if rec.arousal_after is not None else _tr("before: %1", before))
        return text

    @staticmethod
    def _tip(x: float, y: float, data: Any) -> str:
        return str(data)

    # ---- hover ---------------------------------------------------------------------------------
    def readout(self, t: float) -> str:
        """One line describing epoch second ``t``: the minute's arousal, call and tense state."""
        data = self.data
        if data is None or not data.start - 3600 <= t < data.end + 3600:
            return ""
        parts = [_clock(t)]
        i = data.minute_index(t)
        if i is None:
            parts.append(_tr("not listening"))
        else:
            mean = data.arousal_mean[i]
            speech = number(data.speech_s[i])
            if math.isnan(mean):
                parts.append(_tr("too little speech to tell (%1 s)", speech))
            else:
                parts.append(_tr("arousal %1 (lowest %2, highest %3)", fmt_level(mean),
                                 fmt_level(data.arousal_min[i]),
                                 fmt_level(data.arousal_max[i])))
                parts.append(_tr("%1 s of speech", speech))
        call = data.call_at(t)
        if call is not None:
            parts.append(_call_text(call))
        if any(s.start <= t < s.end for s in data.tense_spans):
            parts.append(_tr("tense stretch"))
        return " · ".join(parts)

    def _mouse_moved(self, pos: QPointF) -> None:
        vb = self.getPlotItem().getViewBox()
        if not vb.sceneBoundingRect().contains(pos):
            self.cursor.setVisible(False)
            return
        t = vb.mapSceneToView(pos).x()
        self.cursor.setValue(t)
        self.cursor.setVisible(True)
        self.hovered_text = self.readout(t)
        emit(self.hovered, self.hovered_text)


class WeekPlot(pg.GraphicsLayoutWidget):
    """Calls and tense calls per day (bars), and the average arousal on calls (line)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent=parent)
        self.setBackground("w")
        self.calls_plot = self.addPlot(row=0, col=0)
        self.level_plot = self.addPlot(row=1, col=0)
        self.calls_plot.setLabel("left", _tr("Calls"))
        self.level_plot.setLabel("left", _tr("Average on calls"))
        self.calls_plot.addLegend(offset=(10, 2), labelTextColor=(40, 40, 40),
                                  brush=pg.mkBrush(255, 255, 255, 200), colCount=2)
        self.calls_bars = pg.BarGraphItem(x=[], height=[], width=0.6, brush=_brush("calls_bar"),
                                          pen=pg.mkPen(None))
        self.tense_bars = pg.BarGraphItem(x=[], height=[], width=0.6, brush=_brush("tense_bar"),
                                          pen=pg.mkPen(None))
        self.calls_plot.addItem(self.calls_bars)
        self.calls_plot.addItem(self.tense_bars)
        self.calls_plot.legend.addItem(self.calls_bars, _tr("calls"))
        self.calls_plot.legend.addItem(self.tense_bars, _tr("tense calls"))
        self.level_line = pg.PlotDataItem([], [], pen=pg.mkPen(COLORS["mean"], width=2),
                                          connect="finite")
        self.level_points = pg.ScatterPlotItem(size=8, brush=_brush("mean"), pen=None)
        self.level_plot.addItem(self.level_line)
        self.level_plot.addItem(self.level_points)
        self.level_plot.addItem(pg.InfiniteLine(
            BASELINE_LEVEL, angle=0, movable=False,
            pen=pg.mkPen(COLORS["baseline"], style=pg.QtCore.Qt.PenStyle.DashLine)))
        for plot in (self.calls_plot, self.level_plot):
            plot.showGrid(y=True, alpha=0.15)
            plot.setMouseEnabled(x=False, y=False)
            for name in ("left", "bottom"):
                plot.getAxis(name).setTextPen(pg.mkPen(*AXIS_TEXT_RGB))
        self.level_plot.setXLink(self.calls_plot)
        self.week: WeekData | None = None

    def set_week(self, week: WeekData) -> None:
        """Draw one bar pair and one point per day."""
        self.week = week
        x = np.arange(len(week.days), dtype=np.float64)
        calls = np.array([s.calls for s in week.summaries], dtype=np.float64)
        tense = np.array([s.tense_calls for s in week.summaries], dtype=np.float64)
        level = np.array([np.nan if s.arousal_mean is None else s.arousal_mean
                          for s in week.summaries], dtype=np.float64)
        self.calls_bars.setOpts(x=x, height=calls, width=0.6)
        self.tense_bars.setOpts(x=x, height=tense, width=0.6)
        finite = np.isfinite(level)
        self.level_line.setData(x, level, connect="finite")
        self.level_points.clear()   # only days with calls get a point
        if finite.any():
            self.level_points.setData(x=x[finite], y=level[finite])
        ticks = [[(float(i), day_header(d)) for i, d in enumerate(week.days)]]
        for plot in (self.calls_plot, self.level_plot):
            plot.getAxis("bottom").setTicks(ticks)
            plot.setXRange(-0.6, len(week.days) - 0.4, padding=0)
        self.calls_plot.setYRange(0, max(4.0, float(calls.max(initial=0)) * 1.3), padding=0)
        known = level[finite]
        lo = min(40.0, float(known.min()) - 5) if known.size else 40.0
        hi = max(60.0, float(known.max()) + 5) if known.size else 60.0
        self.level_plot.setYRange(max(0.0, lo), min(100.0, hi), padding=0)
