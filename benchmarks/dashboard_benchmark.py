"""Dashboard benchmark: a month of history (~15 000 minute rows), open + render time.

Run by hand (numbers go into ``docs/dashboard.md``)::

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.dashboard_benchmark [--repeat 5]

It fills a throw-away store with 30 working days (8.5 h of minutes a day, ~30 calls a day,
breathing and card offers), then measures, each ``--repeat`` times:

- ``open``: building the dashboard window on that store (reads today, the week and the data
  summary; draws both charts), until it is shown and painted;
- ``refresh``: re-reading and redrawing (the "Refresh" button, another day);
- ``month``: loading all ~15 000 minutes into the day chart at once (the worst case of a
  zoomed-out view) and painting it.

``--screenshots DIR`` instead plays the built-in demo shift through the real app (in this
process, ``--speed``), takes the breathing break it offers after the heated call, answers
"better", then opens the dashboard and saves ``dashboard-today.png`` and ``dashboard-data.png``
(that shift) and ``dashboard-week.png`` (a synthetic week from :func:`fill_history`, since one
demo shift is one day). Run it under Xvfb for real fonts and window decorations::

    xvfb-run -a -s "-screen 0 1280x1000x24" .venv/bin/python -m benchmarks.dashboard_benchmark \
        --screenshots docs/screenshots

``fill_history`` is also used by ``tests/ui/test_dashboard.py``. Runs on the main (GUI) thread.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

#: Working hours each synthetic day covers (local time).
SHIFT_START_H = 8.5
SHIFT_MINUTES = 510


def fill_history(store: Any, last_day: dt.date, *, days: int = 30, seed: int = 0) -> int:
    """Add ``days`` working days ending with ``last_day`` to ``store``: minutes, calls and
    offers shaped like a real shift (calls of 4-12 min, a few tense ones, breathing after
    some of those). Returns the number of minute rows added. Deterministic for ``seed``.
    """
    from companion.store import CallRecord, InterventionRecord, MinuteAggregate

    rng = np.random.default_rng(seed)
    minutes_added = 0
    for d in range(days):
        day = last_day - dt.timedelta(days=days - 1 - d)
        t0 = dt.datetime.combine(day, dt.time()).timestamp() + SHIFT_START_H * 3600
        level = np.full(SHIFT_MINUTES, np.nan)
        in_call = np.zeros(SHIFT_MINUTES, dtype=bool)
        speech = rng.uniform(0, 6, SHIFT_MINUTES)
        base = 50 + 4 * np.sin(np.arange(SHIFT_MINUTES) / 70 + d)
        m = int(rng.integers(2, 6))
        calls: list[tuple[int, int, bool]] = []
        while m < SHIFT_MINUTES - 14:
            length = int(rng.integers(4, 13))
            tense = rng.random() < 0.12
            calls.append((m, m + length, tense))
            in_call[m:m + length] = True
            speech[m:m + length] = rng.uniform(25, 45, length)
            bump = np.zeros(length)
            if tense:
                k = int(rng.integers(1, max(2, length - 2)))
                bump[k:] = 22 * np.exp(-np.arange(length - k) / 3.0)
            level[m:m + length] = base[m:m + length] + bump + rng.normal(0, 2.5, length)
            m += length + int(rng.integers(2, 9))
        spread = rng.uniform(4, 10, SHIFT_MINUTES)
        rows = []
        for i in range(SHIFT_MINUTES):
            mean = None if math.isnan(level[i]) else float(level[i])
            rows.append(MinuteAggregate(
                t0 + i * 60.0,
                None if mean is None else max(0.0, mean - spread[i]), mean,
                None if mean is None else min(100.0, mean + spread[i]),
                float(speech[i]), bool(in_call[i])))
        minutes_added += store.add_minutes(rows)
        for start_m, end_m, tense in calls:
            seg = level[start_m:end_m]
            start, end = t0 + start_m * 60.0, t0 + end_m * 60.0
            call_id = store.add_call(CallRecord(
                start, end, "speech", float(np.nanmean(seg)), float(np.nanmax(seg) + 8),
                float(rng.uniform(20, 90)) if tense else 0.0,
                float(rng.uniform(40, 200)) if tense else None))
            if tense:
                kind = "breathing" if rng.random() < 0.7 else "card"
                outcome = str(rng.choice(["completed", "completed", "aborted", "skipped"]))
                before = float(np.nanmean(seg[-2:]))
                after = before - (float(rng.uniform(4, 12)) if outcome != "skipped"
                                  else float(rng.uniform(-3, 5)))
                store.add_intervention(InterventionRecord(
                    kind, "resonance" if kind == "breathing" else "default/slow-down",
                    end + 5.0, outcome, before, after, None, call_id))
    return minutes_added


def _painted(widget: Any, app: Any) -> None:
    widget.show()
    app.processEvents()
    widget.grab()   # forces a full paint of every child, charts included


def run(repeat: int = 5, days: int = 30) -> dict[str, Any]:
    """Fill a month and time open / refresh / whole-month chart. Returns the numbers."""
    from PySide6.QtWidgets import QApplication

    from companion.store import Store
    from companion.ui.dashboard import DashboardWindow
    from companion.ui.dashboard_summary import load_day

    app = QApplication.instance() or QApplication(sys.argv[:1])
    today = dt.date.today()
    noon = dt.datetime.combine(today, dt.time(17, 30)).timestamp()
    with tempfile.TemporaryDirectory(prefix="companion-dash-bench-") as tmp:
        store = Store.open(Path(tmp) / "companion.sqlite3")
        t = time.perf_counter()
        rows = fill_history(store, today, days=days)
        fill_s = time.perf_counter() - t
        opens, refreshes, months, loads = [], [], [], []
        for _ in range(repeat):
            t = time.perf_counter()
            window = DashboardWindow(store, clock=lambda: noon)
            _painted(window, app)
            opens.append(time.perf_counter() - t)
            loads.append(window.load_s)
            t = time.perf_counter()
            window.refresh()
            window.grab()
            refreshes.append(time.perf_counter() - t)
            t = time.perf_counter()
            month = load_day(store, today)   # the day's arrays, then widen to the month
            first = today - dt.timedelta(days=days - 1)
            start = dt.datetime.combine(first, dt.time()).timestamp()
            minutes = store.minutes(start, month.end)
            month.minute_start = np.array([m.minute_start for m in minutes])
            for name in ("arousal_min", "arousal_mean", "arousal_max"):
                setattr(month, name, np.array([np.nan if getattr(m, name) is None
                                               else getattr(m, name) for m in minutes]))
            month.speech_s = np.array([m.speech_s for m in minutes])
            month.in_call = np.array([m.in_call for m in minutes])
            month.calls = store.calls(start, month.end)
            month.interventions = store.interventions(start, month.end)
            month.start = start
            window.plot.set_day(month)
            window.plot.grab()
            months.append(time.perf_counter() - t)
            window.close()
            window.deleteLater()
            app.processEvents()
        size = store.stats().size_bytes
        store.close()
    result = {
        "days": days, "minute_rows": rows, "db_bytes": size, "fill_s": round(fill_s, 2),
        "open_median_s": round(statistics.median(opens), 3), "open_max_s": round(max(opens), 3),
        "load_median_s": round(statistics.median(loads), 4),
        "refresh_median_s": round(statistics.median(refreshes), 3),
        "month_chart_median_s": round(statistics.median(months), 3),
        "repeat": repeat,
    }
    return result


class _ShiftAgent:
    """The agent of the screenshot run, driven by the app's signals: takes the first offer
    as a short breathing break, answers "better" when it ends, and has the dashboard grabbed
    once the whole demo shift has played."""

    def __init__(self, parts: Any, out: Path, stream_s: float) -> None:
        self.parts, self.out, self.stream_s = parts, out, stream_s
        self.saved: list[Path] = []
        self.window: Any = None
        self._answered = False
        parts.controller.offer_ready.connect(self.on_offer)
        parts.engine.update.connect(self.on_update)

    def on_offer(self, _offer: Any) -> None:
        if self._answered:
            return
        self._answered = True
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, self.breathe)   # after the prompt has been shown

    def breathe(self) -> None:
        self.parts.prompt.withdraw()
        self.parts.openers.open_breathing(None, 10.0)
        overlay = self.parts.openers.breathing_launcher().overlay
        overlay.session_ended.connect(lambda _result: self._feel(overlay))

    @staticmethod
    def _feel(overlay: Any) -> None:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, lambda: overlay.give_feeling("better"))

    def on_update(self, _update: Any) -> None:
        if self.window is None and self.parts.stats.stream_s >= self.stream_s - 1.0:
            self.grab_all()
            self.parts.shell.quit()

    def grab_all(self) -> None:
        from PySide6.QtCore import QPointF

        window = self.parts.openers.open_dashboard()
        window.resize(1180, 900)
        window.show()
        data = window.day_data
        if data is not None and data.tense_spans:
            span = data.tense_spans[0]
            vb = window.plot.getPlotItem().getViewBox()
            emit_at = vb.mapViewToScene(QPointF((span.start + span.end) / 2, 50))
            window.plot.scene().sigMouseMoved.emit(emit_at)
        for index, name in ((0, "today"), (2, "data")):
            window.tabs.setCurrentIndex(index)
            path = self.out / f"dashboard-{name}.png"
            window.grab().save(str(path))
            self.saved.append(path)
        self.window = window


def screenshots(out: Path, *, speed: float = 40.0) -> list[Path]:
    """Play the demo shift through the app and save the dashboard's tabs into ``out``."""
    import os

    from PySide6.QtWidgets import QApplication

    from companion.app import AppOptions
    from companion.app.lifecycle import exec_event_loop, launch, shutdown
    from companion.audio.demo_source import DEFAULT_SCRIPT
    from companion.store import Store
    from companion.ui.dashboard import DashboardWindow

    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="companion-shots-"))
    for name in ("DATA", "CONFIG", "SITE_CONFIG", "SITE_DATA"):
        os.environ[f"COMPANION_{name}_DIR"] = str(work / name.lower())
    os.environ.setdefault("COMPANION_IPC_NAME", f"companion-shots-{os.getpid()}")

    stream_s = sum(seconds for _, seconds in DEFAULT_SCRIPT)
    # a deadline only: the agent quits the app once the whole shift has played
    parts = launch(AppOptions(demo=True, speed=speed, exit_after_s=stream_s / speed + 60.0))
    if parts is None:
        raise SystemExit("another Companion runs with this IPC name")
    agent = _ShiftAgent(parts, out, stream_s)
    try:
        exec_event_loop()
    finally:
        shutdown(parts)
    saved = agent.saved
    if agent.window is not None:
        agent.window.close()
        agent.window.deleteLater()
        QApplication.processEvents()

    # The week: one demo shift is one day, so the week view is shown on synthetic history.
    today = dt.date.today()
    store = Store.open(work / "week.sqlite3")
    try:
        fill_history(store, today, days=7, seed=11)
        window = DashboardWindow(store, clock=lambda: dt.datetime.combine(
            today, dt.time(17, 30)).timestamp())
        window.resize(1180, 900)
        window.show()
        window.tabs.setCurrentIndex(1)
        QApplication.processEvents()
        path = out / "dashboard-week.png"
        window.grab().save(str(path))
        saved.append(path)
        window.close()
        window.deleteLater()
        QApplication.processEvents()
    finally:
        store.close()
    return saved


def main(argv: list[str] | None = None) -> int:
    """Command line: print the numbers as JSON (or save screenshots)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--days", type=int, default=30)
    parser.add_argument("--screenshots", type=Path, default=None, metavar="DIR")
    parser.add_argument("--speed", type=float, default=40.0)
    args = parser.parse_args(argv)
    if args.screenshots is not None:
        for path in screenshots(args.screenshots, speed=args.speed):
            print(path)
        return 0
    print(json.dumps(run(args.repeat, args.days), indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
