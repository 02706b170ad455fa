"""Soak: an 8-hour shift of the demo at 60x speed (8 minutes), sampled for leaks and drift.

Run by hand (results and the plot go into ``docs/app.md``, "Performance")::

    .venv/bin/python benchmarks/soak_benchmark.py [--hours 8] [--speed 60] [--json out.json]
        [--png docs/screenshots/soak.png] [--tracemalloc]
    .venv/bin/python benchmarks/soak_benchmark.py --replot out.json   # the plot again

The real app runs in this process (``companion.app.lifecycle.launch`` with the demo source,
its throw-away store filling up with calls and minutes as in a shift), under Xvfb with a tray
host when both are installed, else offscreen, until the engine has analysed ``--hours`` of
audio (on a busy machine the engine may fall behind 60x; the run then takes longer, at most
three times the nominal wall time). Every ``--every`` wall seconds it samples:

* **RSS** of the process (MB) and **CPU** since the previous sample (% of one core, all
  threads: at 60x the engine analyses 60 s of audio per wall second, so this is about 60x
  the real-time listening CPU; what matters is that it stays flat);
* **Qt objects**: ``QApplication.allWidgets()`` and every ``QObject`` reachable from the
  application and the top-level windows (``findChildren``), plus the Python wrappers of
  ``QObject`` that the garbage collector tracks;
* **Python objects** the garbage collector tracks (``gc.get_objects()``).

Growth is the last tenth of the run against the samples after the first simulated hour
(warm-up: caches, the first calls, the store's pages). ``--tracemalloc`` also lists the ten
source lines whose allocations grew most over the same span (slows the run).

Then the **windows** phase: with listening paused, it opens and closes the dashboard (and
the settings, About, "What helps me" and card-feedback windows) five times on the shift's
data and notes RSS after the first open, after each close (closed windows deleted, garbage
collected) and after ``malloc_trim(0)`` (glibc only): what Python and Qt give back.

The plot (RSS, CPU, Qt objects over the simulated hours) is drawn with pyqtgraph, exported
to ``--png`` after the run, so pyqtgraph is not in memory during it.
"""

from __future__ import annotations

import argparse
import ctypes
import ctypes.util
import gc
import json
import os
import statistics
import sys
import tempfile
import time
import tracemalloc
import uuid
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.app_benchmark import start_display  # noqa: E402

PAGE = os.sysconf("SC_PAGE_SIZE")


@dataclass
class Sample:
    """One sample (see the module docstring); ``hours`` is simulated shift time."""

    wall_s: float
    hours: float
    rss_mb: float
    cpu_pct: float
    widgets: int
    qobjects: int
    qobject_wrappers: int
    py_objects: int


def rss_mb() -> float:
    """Resident memory of this process (MB)."""
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * PAGE / 2**20


def malloc_trim() -> bool:
    """Give free heap pages back to the OS (glibc); False where there is no such call."""
    libc = ctypes.util.find_library("c")
    try:
        return bool(ctypes.CDLL(libc).malloc_trim(0)) if libc else False
    except AttributeError:
        return False


def reachable_qobjects() -> list[Any]:
    """Every QObject reachable from the application and the top-level windows."""
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    found: list[Any] = []
    for root in (app, *QApplication.topLevelWidgets()):
        found += [root, *root.findChildren(QObject)]
    return found


def qt_counts() -> tuple[int, int, int]:
    """(widgets, QObjects reachable from the application and top-level windows, Python
    wrappers of QObject tracked by gc)."""
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QApplication

    wrappers = sum(1 for o in gc.get_objects() if isinstance(o, QObject))
    return len(QApplication.allWidgets()), len(reachable_qobjects()), wrappers


class Sampler:
    """Samples every ``every_s`` on a Qt timer until the engine has analysed ``hours`` of
    audio (or ``max_wall_s`` passed), then ends the event loop."""

    def __init__(self, parts: Any, *, hours: float, max_wall_s: float, every_s: float) -> None:
        from PySide6.QtCore import QTimer

        self.parts, self.hours, self.max_wall_s = parts, hours, max_wall_s
        self.samples: list[Sample] = []
        self.snapshots: list[Any] = []
        self._t0 = time.monotonic()
        self._cpu = (self._t0, time.process_time())
        self._timer = QTimer()
        self._timer.setInterval(int(every_s * 1000))
        self._timer.timeout.connect(self.sample)
        self._timer.start()

    def sample(self) -> None:
        """Take one sample; at the end, stop the loop."""
        from PySide6.QtWidgets import QApplication

        now, cpu = time.monotonic(), time.process_time()
        cpu_pct = 100.0 * (cpu - self._cpu[1]) / max(1e-9, now - self._cpu[0])
        widgets, qobjects, wrappers = qt_counts()
        wall, hours = now - self._t0, self.parts.stats.stream_s / 3600.0
        self.samples.append(Sample(
            wall_s=wall, hours=hours, rss_mb=rss_mb(), cpu_pct=cpu_pct,
            widgets=widgets, qobjects=qobjects, qobject_wrappers=wrappers,
            py_objects=len(gc.get_objects())))
        self._cpu = (time.monotonic(), time.process_time())   # the sampling itself excluded
        if tracemalloc.is_tracing() and not self.snapshots and hours >= 1.0:
            self.snapshots.append(tracemalloc.take_snapshot())
        if hours >= self.hours or wall >= self.max_wall_s:
            self._timer.stop()
            if tracemalloc.is_tracing():
                self.snapshots.append(tracemalloc.take_snapshot())
            QApplication.exit(0)


def growth(samples: list[Sample], key: str, warmup_h: float = 1.0) -> dict[str, float]:
    """Median of ``key`` after warm-up (the first tenth of what follows it) and in the last
    tenth of the run, and the difference."""
    after = [s for s in samples if s.hours >= warmup_h] or samples
    n = max(1, len(after) // 10)
    first = statistics.median(getattr(s, key) for s in after[:n])
    last = statistics.median(getattr(s, key) for s in after[-n:])
    return {"after_warmup": first, "end": last, "growth": last - first}


def settle(seconds: float = 0.5) -> None:
    """Run the event loop for ``seconds`` (deferred deletes included), then collect."""
    from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def windows_phase(parts: Any, rounds: int = 5) -> dict[str, Any]:
    """RSS around opening and closing the windows (listening paused)."""
    parts.engine.pause()
    settle(2.0)
    report: dict[str, Any] = {"listening_mb": rss_mb(), "after_close_mb": [],
                              "after_trim_mb": [], "qobjects_after_close": []}
    before = Counter(type(o).__name__ for o in reachable_qobjects())
    for i in range(rounds):
        opened = [parts.openers.open_dashboard(), parts.shell.open_settings(),
                  parts.shell.open_about(), parts.openers.open_my_cards(),
                  parts.openers.share_card_feedback()]
        settle(1.0)
        if i == 0:
            report["open_mb"] = rss_mb()
        for window in opened:
            window.close()
        del opened
        settle(1.0)
        report["after_close_mb"].append(rss_mb())
        report["qobjects_after_close"].append(len(reachable_qobjects()))
        report["malloc_trim"] = malloc_trim()
        report["after_trim_mb"].append(rss_mb())
    report["widgets_after"], report["qobjects_after"], _ = qt_counts()
    after = Counter(type(o).__name__ for o in reachable_qobjects())
    report["qobjects_left"] = dict(after - before)
    return report


def plot_png(samples: list[Sample], path: Path, title: str) -> None:
    """RSS, CPU and Qt objects over the simulated shift, as a PNG (pyqtgraph)."""
    import pyqtgraph as pg
    from pyqtgraph.exporters import ImageExporter

    pg.setConfigOptions(antialias=True, background="w", foreground="k")
    hours = [s.hours for s in samples]
    layout = pg.GraphicsLayoutWidget()
    layout.resize(1000, 760)
    layout.addLabel(title, row=0, col=0)
    rows: tuple[tuple[str, str, list[float], str], ...] = (("Resident memory", "MB", [s.rss_mb for s in samples], "#1f77b4"),
            ("CPU, all threads (the engine analysing many times real time)", "% of one core",
             [s.cpu_pct for s in samples], "#d62728"),
            ("Qt objects: QObjects reachable (solid), widgets (dashed)", "count",
             [s.qobjects for s in samples], "#2ca02c"))
    plots = []
    for row, (title_text, unit, values, colour) in enumerate(rows, start=1):
        plot = layout.addPlot(row=row, col=0, title=title_text)
        plot.setLabel("left", unit)
        plot.showGrid(x=True, y=True, alpha=0.3)
        plot.plot(hours, values, pen=pg.mkPen(colour, width=2))
        plot.setYRange(0, max(values) * 1.15)
        for axis in ("left", "bottom"):
            plot.getAxis(axis).enableAutoSIPrefix(False)
        plots.append(plot)
    plots[2].plot(hours, [s.widgets for s in samples],
                  pen=pg.mkPen("#2ca02c", width=2, style=pg.QtCore.Qt.PenStyle.DashLine))
    plots[-1].setLabel("bottom", "shift time analysed (hours)")
    for plot in plots[:-1]:
        plot.setXLink(plots[-1])
    layout.show()
    settle(0.3)
    exporter = ImageExporter(layout.scene())
    exporter.parameters()["width"] = 1000
    path.parent.mkdir(parents=True, exist_ok=True)
    exporter.export(str(path))
    layout.close()


def top_growth(snapshots: list[Any], n: int = 10) -> list[str]:
    """The ``n`` source lines whose traced allocations grew most between two snapshots."""
    if len(snapshots) < 2:
        return []
    stats = snapshots[1].compare_to(snapshots[0], "lineno")
    return [str(s) for s in stats[:n]]


def prepare_environment() -> list[Any]:
    """Display, throw-away folders and a private IPC name for the app in this process."""
    env, helpers = start_display()
    os.environ.update({k: v for k, v in env.items()
                       if k in ("DISPLAY", "QT_QPA_PLATFORM")})
    tmp = Path(tempfile.mkdtemp(prefix="companion-soak-"))
    for name in ("DATA", "CONFIG", "SITE_CONFIG", "SITE_DATA", "LOG"):
        os.environ[f"COMPANION_{name}_DIR"] = str(tmp / name.lower())
    os.environ["COMPANION_IPC_NAME"] = f"companion-soak-{uuid.uuid4().hex[:10]}"
    return helpers


def run(hours: float, speed: float, every_s: float, trace: bool) -> dict[str, Any]:
    """Run the soak; the report (samples included)."""
    from companion.ui.qtcompat import skip_source_scan

    skip_source_scan()   # as companion.app.run_app does
    from companion.app import AppOptions
    from companion.app.lifecycle import exec_event_loop, launch, shutdown

    if trace:
        tracemalloc.start(10)
    wall_s = hours * 3600.0 / speed
    parts = launch(AppOptions(demo=True, speed=speed))
    if parts is None:
        raise SystemExit("another Companion answered on the IPC name")
    load_before = os.getloadavg()
    sampler = Sampler(parts, hours=hours, max_wall_s=3 * wall_s, every_s=every_s)
    exec_event_loop()
    load_after = os.getloadavg()
    windows = windows_phase(parts)
    stream_h = parts.stats.stream_s / 3600.0
    shutdown(parts)
    samples = sampler.samples
    return {
        "hours": hours, "speed": speed, "wall_s": samples[-1].wall_s, "stream_h": stream_h,
        "platform": os.environ.get("QT_QPA_PLATFORM"),
        "load_avg_before": load_before, "load_avg_after": load_after,
        "calls": parts.stats.calls, "offers": parts.stats.offers,
        "rss_mb": growth(samples, "rss_mb"), "cpu_pct": growth(samples, "cpu_pct"),
        "qobjects": growth(samples, "qobjects"), "widgets": growth(samples, "widgets"),
        "qobject_wrappers": growth(samples, "qobject_wrappers"),
        "py_objects": growth(samples, "py_objects"),
        "rss_first_mb": samples[0].rss_mb if samples else None,
        "windows": windows, "tracemalloc_top_growth": top_growth(sampler.snapshots),
        "samples": [asdict(s) for s in samples],
    }


def plot_title(report: dict[str, Any]) -> str:
    """The plot's title: the shift, how fast it was really analysed, calls and offers."""
    speed = report["stream_h"] * 3600.0 / max(1e-9, report["wall_s"])
    return (f"Companion: {report['stream_h']:.1f} h demo shift analysed in "
            f"{report['wall_s'] / 60:.1f} min ({speed:.0f}x real time; asked {report['speed']:g}x), "
            f"{report['calls']} calls, {report['offers']} offers")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hours", type=float, default=8.0, help="simulated shift (hours)")
    parser.add_argument("--speed", type=float, default=60.0, help="demo speed (max 120)")
    parser.add_argument("--every", type=float, default=5.0, help="wall seconds per sample")
    parser.add_argument("--png", type=Path, default=ROOT / "docs/screenshots/soak.png")
    parser.add_argument("--json", type=Path, help="also write the report here")
    parser.add_argument("--replot", type=Path, metavar="JSON",
                        help="only draw the plot again from a report written with --json")
    parser.add_argument("--tracemalloc", action="store_true",
                        help="list the source lines whose allocations grew most")
    args = parser.parse_args()
    if args.replot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication

        app = QApplication([])   # noqa: F841 - the plot needs one
        report = json.loads(args.replot.read_text())
        plot_png([Sample(**s) for s in report["samples"]], args.png, plot_title(report))
        print(f"plot: {args.png}")
        return 0
    helpers = prepare_environment()
    try:
        report = run(args.hours, args.speed, args.every, args.tracemalloc)
        plot_png([Sample(**s) for s in report["samples"]], args.png, plot_title(report))
    finally:
        for helper in helpers:
            helper.terminate()
            helper.wait(5)
    if args.json:
        args.json.write_text(json.dumps(report, indent=1))
    for key, value in report.items():
        if key != "samples":
            print(f"{key:24s} {value}")
    print(f"plot: {args.png}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
