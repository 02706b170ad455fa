"""``companion analyze --plot``: pitch, level and arousal over time as a PNG (pyqtgraph).

:class:`PlotCollector` is a pipeline sink that keeps what the plot needs in bounded memory:
every frame of a short file, and an evenly thinned subset of a long one (at most
:data:`MAX_POINTS` per series), plus the stretches where another talker spoke (shaded grey).
:func:`write_plot` draws offscreen when there is no display. Qt is imported only here.

Threads: the CLI's main thread.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import numpy as np

from companion.errors import CompanionError
from companion.pipeline import AnalysisSummary, BlockResult
from companion.wearer import Talker

__all__ = ["MAX_POINTS", "PlotCollector", "PlotError", "render_png"]

#: Most points kept per plotted series (a 10-minute file is drawn frame by frame).
MAX_POINTS = 60_000
#: Other-talker stretches closer than this (s) are shaded as one.
_MERGE_GAP_S = 0.5
#: Most shaded stretches; beyond it neighbours are merged.
_MAX_REGIONS = 2_000


class PlotError(CompanionError):
    """The plot could not be drawn or written."""


class PlotCollector:
    """Sink: the thinned series and the other-talker stretches of an analysis."""

    def __init__(self) -> None:
        self._step = 1
        self._seen = 0
        self._parts: list[np.ndarray] = []  # rows: t, f0 (NaN unless voiced), rms, arousal
        self._kept = 0
        self.regions: list[list[float]] = []
        self._merge_gap_s = _MERGE_GAP_S
        self._hop_s = 0.01

    def write(self, result: BlockResult) -> None:
        """Keep every ``step``-th frame and note the other-talker stretches."""
        fr, sc = result.features, result.scored
        n = len(fr)
        if not n:
            return
        self._hop_s = result.hop_s
        idx = np.flatnonzero((self._seen + np.arange(n)) % self._step == 0)
        self._seen += n
        f0 = np.where(fr.voiced, fr.f0_hz, np.nan)
        rows = np.stack([fr.t_s[idx], f0[idx], fr.rms_dbfs[idx], sc.arousal[idx]])
        self._parts.append(rows)
        self._kept += idx.size
        if self._kept > MAX_POINTS:
            self._thin()
        self._note_other(sc.t_s, sc.talker == Talker.OTHER, result.hop_s)

    def _thin(self) -> None:
        """Halve the points kept so far and keep every other frame from now on."""
        rows = np.concatenate(self._parts, axis=1)
        frame = np.floor(rows[0] / self._hop_s).astype(np.int64)
        keep = np.flatnonzero(frame % (2 * self._step) == 0)
        self._parts = [rows[:, keep]]
        self._kept = keep.size
        self._step *= 2

    def _note_other(self, t: np.ndarray, other: np.ndarray, hop_s: float) -> None:
        if not other.any():
            return
        edges = np.flatnonzero(np.diff(np.concatenate(([0], other.astype(np.int8), [0]))))
        for a, b in zip(edges[::2], edges[1::2], strict=True):
            start, end = float(t[a]) - hop_s / 2, float(t[b - 1]) + hop_s / 2
            if self.regions and start - self.regions[-1][1] < self._merge_gap_s:
                self.regions[-1][1] = end
            else:
                self.regions.append([start, end])
        while len(self.regions) > _MAX_REGIONS:
            self._merge_gap_s *= 2
            merged: list[list[float]] = []
            for r in self.regions:
                if merged and r[0] - merged[-1][1] < self._merge_gap_s:
                    merged[-1][1] = r[1]
                else:
                    merged.append(r)
            self.regions = merged

    def series(self) -> np.ndarray:
        """``(4, n)``: t, f0 (NaN unless voiced), rms dBFS, arousal (NaN = none)."""
        return np.concatenate(self._parts, axis=1) if self._parts else np.empty((4, 0))


def render_png(plot: PlotCollector, summary: AnalysisSummary) -> bytes:
    """The plot as PNG bytes, rendered in memory (the caller writes them: a write error is
    then an ``OSError`` it reports, not a message of the image library)."""
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        import pyqtgraph as pg
        from pyqtgraph.exporters import ImageExporter
    except ImportError as exc:  # pragma: no cover - depends on the installation
        raise PlotError(f"cannot draw the plot: {exc}", "install PySide6 and pyqtgraph") from None

    app = pg.mkQApp("companion-analyze")
    # pyqtgraph options are process-wide: set them for this drawing only.
    saved = {k: pg.getConfigOption(k) for k in ("antialias", "background", "foreground")}
    pg.setConfigOptions(antialias=True, background="w", foreground="k")
    try:
        layout = _draw(pg, plot, summary)
        try:
            layout.show()
            app.processEvents()
            exporter = ImageExporter(layout.scene())
            exporter.parameters()["width"] = 1200
            image = exporter.export(toBytes=True)
        finally:
            layout.close()
    finally:
        pg.setConfigOptions(**saved)
    return _png_bytes(image)


def _png_bytes(image: Any) -> bytes:
    """PNG encoding of a ``QImage``."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    ok = image.save(buffer, "PNG")
    buffer.close()
    if not ok or data.isEmpty():
        raise PlotError("cannot draw the plot (PNG encoding failed)", "try again")
    return bytes(data.data())


def _shade(pg: Any, item: Any, regions: list[list[float]]) -> None:
    for start, end in regions:
        item.addItem(pg.LinearRegionItem((start, end), movable=False, brush=(120, 120, 120, 45),
                                         pen=pg.mkPen(None)))


def _draw(pg: Any, plot: PlotCollector, summary: AnalysisSummary) -> Any:
    """The plot widgets: pitch, level and (when there is one) arousal, sharing the time axis."""
    t, f0, rms, arousal = plot.series()
    has_arousal = bool(np.isfinite(arousal).any())
    layout = pg.GraphicsLayoutWidget()
    layout.resize(1200, 720 if has_arousal else 520)
    shaded = " (grey: another talker, not analysed)" if plot.regions else ""
    pitch = layout.addPlot(row=0, col=0, title=f"Pitch — {Path(summary.source).name}{shaded}")
    pitch.setLabel("left", "F0", units="Hz")
    pitch.showGrid(x=True, y=True, alpha=0.3)
    pitch.plot(t, f0, pen=None, symbol="o", symbolSize=3, symbolBrush=(30, 90, 200),
               symbolPen=None, connect="finite")
    if np.isfinite(f0).any():
        pitch.setYRange(float(np.nanmin(f0)) * 0.8, float(np.nanmax(f0)) * 1.25)
    level = layout.addPlot(row=1, col=0, title="Level")
    level.setLabel("left", "RMS", units="dBFS")
    level.showGrid(x=True, y=True, alpha=0.3)
    level.plot(t, np.maximum(rms, -90.0), pen=pg.mkPen((80, 80, 80), width=1))
    level.setXLink(pitch)
    _shade(pg, pitch, plot.regions)
    _shade(pg, level, plot.regions)
    bottom = level
    if has_arousal:
        ar = layout.addPlot(row=2, col=0, title="Arousal (0–100), your voice only")
        ar.setYRange(0, 100)
        ar.showGrid(x=True, y=True, alpha=0.3)
        ar.plot(t, arousal, pen=pg.mkPen((200, 60, 40), width=2), connect="finite")
        for e in summary.episodes:
            ar.addItem(pg.LinearRegionItem((e.start_s, e.end_s), movable=False,
                                           brush=(200, 60, 40, 40)))
        ar.setXLink(pitch)
        bottom = ar
    bottom.setLabel("bottom", "time", units="s")
    return layout
