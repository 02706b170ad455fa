"""``companion analyze FILE.wav [--json | --csv] [--plot OUT.png]`` — offline analysis.

Runs the WAV file through the same streaming feature engine as the live app
(:func:`companion.pipeline.analyze_file`) and prints a short summary, the JSON object of the
DESIGN.md contract (``--json``) or one CSV row per frame (``--csv``). ``--plot`` draws pitch,
level and arousal over time to a PNG with pyqtgraph, offscreen when there is no display;
Qt is imported only then.

Threads: the CLI's main thread. Imports only the standard library at module level; numpy and
the pipeline load inside :func:`run`.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from companion.errors import CompanionError

if TYPE_CHECKING:
    from companion.pipeline import Analysis


class PlotError(CompanionError):
    """The plot could not be drawn or written."""


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``analyze`` subcommand."""
    parser = subparsers.add_parser(
        "analyze", help="Analyse a WAV file offline (pitch, level, voice features)",
        description=("Analyse a WAV file with the same feature engine the app uses live. "
                     "Prints a short summary, or the per-frame data with --json / --csv."))
    parser.add_argument("file", metavar="FILE.wav", help="WAV file to analyse (any rate, mono/stereo)")
    fmt = parser.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true",
                     help="print one JSON object: frames (t, f0_hz, voiced, rms_dbfs, arousal) "
                          "and a summary")
    fmt.add_argument("--csv", action="store_true",
                     help="print a CSV header and one row per 10 ms frame with every feature")
    parser.add_argument("--plot", metavar="OUT.png",
                        help="also draw pitch, level (and arousal) over time to this PNG file")
    parser.add_argument("--baseline", metavar="FILE.json",
                        help="score arousal against this saved calm baseline instead of "
                             "calibrating on the file itself")
    parser.add_argument("--save-baseline", metavar="FILE.json",
                        help="write the calm baseline used (learned from this file unless "
                             "--baseline is given) to FILE.json: a few numbers, no audio")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Analyse ``args.file`` and print the requested output; returns the exit code."""
    from companion.arousal import Baseline
    from companion.pipeline import analyze_with_arousal

    plot_path = Path(args.plot) if args.plot else None
    if plot_path is not None:
        _check_plot_path(plot_path)
    baseline = Baseline.load(Path(args.baseline)) if args.baseline else None
    analysis, used = analyze_with_arousal(args.file, baseline=baseline)
    if args.save_baseline:
        if used is None:
            raise CompanionError(f"no baseline to save: {args.file} has too little voiced speech",
                                 "analyse a recording with at least a few seconds of speech")
        used.save(Path(args.save_baseline))
    if args.json:
        sys.stdout.write(analysis.to_json() + "\n")
    elif args.csv:
        analysis.write_csv(sys.stdout)
    else:
        sys.stdout.write(format_summary(analysis))
    if plot_path is not None:
        write_plot(analysis, plot_path)
        if not (args.json or args.csv):
            sys.stdout.write(f"plot written to {plot_path}\n")
    return 0


def format_summary(a: Analysis) -> str:
    """A few readable lines about the analysis."""
    import numpy as np

    fr = a.frames
    lines = [f"{a.source}: {a.duration_s:.2f} s, {len(fr)} frames of {a.hop_s * 1000:g} ms"]
    f0 = a.f0_median_hz
    voiced = f"voiced {a.voiced_ratio * 100:.1f} %"
    if f0 is not None:
        f = fr.f0_hz[fr.voiced]
        lo, hi = np.percentile(f, [10, 90])
        voiced += f", pitch median {f0:.1f} Hz (10–90 %: {lo:.0f}–{hi:.0f} Hz)"
    lines.append(voiced)
    speech = fr.speech
    line = f"speech {a.speech_ratio * 100:.1f} %"
    if speech.any():
        line += f", level median {np.median(fr.rms_dbfs[speech]):.1f} dBFS while speaking"
        rate = fr.syllable_rate_hz[np.isfinite(fr.syllable_rate_hz)]
        if rate.size:
            line += f", {np.median(rate):.1f} syllables/s"
    lines.append(line)
    if a.arousal_mean is None:
        lines.append("arousal: not available (too little voiced speech to learn a baseline)")
    else:
        lines.append(f"arousal: mean {a.arousal_mean:.0f} / 100, {len(a.episodes)} tense episode(s)")
        for e in a.episodes:
            lines.append(f"  {e.start_s:.1f}–{e.end_s:.1f} s, peak {e.peak:.0f}")
    return "\n".join(lines) + "\n"


def _check_plot_path(path: Path) -> None:
    parent = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise PlotError(f"cannot write the plot to {path}: it is a directory",
                        "give a file name such as plot.png")
    if not parent.is_dir():
        raise PlotError(f"cannot write the plot to {path}: folder {parent} does not exist",
                        "create the folder or choose another path")
    if not os.access(parent, os.W_OK):
        raise PlotError(f"cannot write the plot to {path}: folder {parent} is not writable",
                        "choose another path")


def write_plot(a: Analysis, path: Path) -> None:
    """Draw pitch, level and arousal (when present) against time into a PNG at ``path``."""
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
        _draw_and_export(pg, ImageExporter, app, a, path)
    finally:
        pg.setConfigOptions(**saved)


def _draw_and_export(pg: Any, image_exporter: Any, app: Any, a: Analysis, path: Path) -> None:
    """Build the plot widgets and export them to ``path`` (pyqtgraph already imported)."""
    import numpy as np

    fr = a.frames
    t = fr.t_s
    layout = pg.GraphicsLayoutWidget()
    layout.resize(1200, 720 if np.isfinite(a.arousal).any() else 520)

    pitch = layout.addPlot(row=0, col=0, title=f"Pitch — {Path(a.source).name}")
    pitch.setLabel("left", "F0", units="Hz")
    pitch.showGrid(x=True, y=True, alpha=0.3)
    pitch.plot(t, np.where(fr.voiced, fr.f0_hz, np.nan), pen=None, symbol="o", symbolSize=3,
               symbolBrush=(30, 90, 200), symbolPen=None, connect="finite")
    if fr.voiced.any():
        f = fr.f0_hz[fr.voiced]
        pitch.setYRange(float(f.min()) * 0.8, float(f.max()) * 1.25)
    level = layout.addPlot(row=1, col=0, title="Level")
    level.setLabel("left", "RMS", units="dBFS")
    level.showGrid(x=True, y=True, alpha=0.3)
    level.plot(t, np.maximum(fr.rms_dbfs, -90.0), pen=pg.mkPen((80, 80, 80), width=1))
    level.setXLink(pitch)
    bottom = level
    if np.isfinite(a.arousal).any():
        ar = layout.addPlot(row=2, col=0, title="Arousal (0–100)")
        ar.setYRange(0, 100)
        ar.showGrid(x=True, y=True, alpha=0.3)
        ar.plot(t, a.arousal, pen=pg.mkPen((200, 60, 40), width=2), connect="finite")
        for e in a.episodes:
            ar.addItem(pg.LinearRegionItem((e.start_s, e.end_s), movable=False,
                                           brush=(200, 60, 40, 40)))
        ar.setXLink(pitch)
        bottom = ar
    bottom.setLabel("bottom", "time", units="s")
    layout.show()
    app.processEvents()
    exporter = image_exporter(layout.scene())
    exporter.parameters()["width"] = 1200
    try:
        ok = exporter.export(str(path))
    except OSError as exc:
        raise PlotError(f"cannot write the plot to {path}: {exc.strerror or exc}",
                        "choose another path") from None
    finally:
        layout.close()
    if ok is False or not path.is_file():
        raise PlotError(f"cannot write the plot to {path}", "choose another path")
