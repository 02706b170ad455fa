"""The dashboard: data loading, words, the charts, hover, day/week views, data controls."""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPointF

from companion.paths import AppPaths
from companion.settings import Settings
from companion.store import CallRecord, InterventionRecord, MinuteAggregate, Store
from companion.ui.dashboard import DashboardWindow, Dialogs, install_dashboard
from companion.ui.dashboard_summary import (
    day_story,
    explanations,
    fmt_change,
    load_day,
    own_view_note,
    tense_spans,
)
from companion.ui.i18n import date_text, day_header, duration_text
from companion.ui.openers import WindowContext, WindowOpeners

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from benchmarks.dashboard_benchmark import fill_history  # noqa: E402

DAY = dt.date(2026, 3, 10)


def at(hh: int, mm: int = 0, day: dt.date = DAY) -> float:
    return dt.datetime.combine(day, dt.time(hh, mm)).timestamp()


NOW = at(17, 0)


class Answers:
    """Scripted dialog answers; records what was asked."""

    def __init__(self, path: str | None = None, confirm: bool = True) -> None:
        self.path, self.ok = path, confirm
        self.asked: list[tuple[str, str]] = []
        self.told: list[tuple[str, str]] = []

    def dialogs(self) -> Dialogs:
        return Dialogs(save_path=lambda title, suggested, fmt: self._save(title, fmt),
                       confirm=self._confirm, inform=lambda t, x: self.told.append((t, x)))

    def _save(self, title: str, fmt: str) -> str | None:
        self.asked.append(("save", fmt))
        return self.path

    def _confirm(self, title: str, text: str) -> bool:
        self.asked.append(("confirm", text))
        return self.ok


def flush_qt_garbage() -> None:
    """Destroy closed windows now (deferred deletes + Python's cycle collector), so their
    objects are not freed in the middle of a later test (the engine's refcount test counts
    references to ``True``, which pyqtgraph items hold many of)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()
        gc.collect()


@pytest.fixture(autouse=True)
def _destroy_windows(qapp) -> Iterator[None]:
    yield
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, DashboardWindow):
            widget.close()
            widget.deleteLater()
    flush_qt_garbage()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store.open(tmp_path / "data" / "companion.sqlite3", clock=lambda: NOW)
    yield s
    s.close()


def a_day(store: Store) -> dict[str, int]:
    """09:00-09:40 of minutes; a calm call 09:02-09:10; a tense call 09:15-09:25 (tense
    minutes 09:18-09:21); breathing after it; a card declined after the calm call."""
    rows = []
    for i in range(40):
        t = at(9, i)
        if i == 30:
            rows.append(MinuteAggregate(t, None, None, None, 0.0, False))   # no speech
            continue
        mean = 78.0 if 18 <= i <= 20 else 50.0 + (i % 3)
        rows.append(MinuteAggregate(t, mean - 6, mean, mean + 6, 30.0, 2 <= i < 25))
    store.add_minutes(rows)
    calm = store.add_call(CallRecord(at(9, 2), at(9, 10), "speech", 51.0, 58.0, 0.0, None))
    tense = store.add_call(CallRecord(at(9, 15), at(9, 25), "speech", 66.0, 84.0, 150.0,
                                      95.0))
    store.add_intervention(InterventionRecord("card", "deck/c1", at(9, 11), "skipped", 51.0,
                                              54.0, None, calm))
    store.add_intervention(InterventionRecord("breathing", "resonance", at(9, 26), "completed",
                                              66.0, 52.0, "better", tense))
    return {"calm": calm, "tense": tense}


# ---- pure parts ---------------------------------------------------------------------------------


def test_tense_spans_are_runs_of_adjacent_minutes() -> None:
    starts = np.array([0, 60, 120, 180, 300, 360, 420], dtype=float)
    peaks = np.array([80, 90, 50, 75, 71, np.nan, 72], dtype=float)
    spans = tense_spans(starts, peaks, 70.0)
    # 0-120 (two minutes), 180-240 (the next stored minute is 300: a gap), 300-360, 420-480
    assert [(s.start, s.end) for s in spans] == [(0, 120), (180, 240), (300, 360), (420, 480)]
    assert spans[0].peak == 90
    assert tense_spans(starts, peaks, 95.0) == []
    assert tense_spans(np.array([]), np.array([]), 70.0) == []


def test_words_units_and_no_clinical_claims() -> None:
    assert duration_text(None) == "-"
    assert duration_text(44.6) == "45 s"
    assert duration_text(185) == "3 min 5 s"
    assert duration_text(4800) == "1 h 20 min"
    assert fmt_change(-6.2) == "6 points lower"
    assert fmt_change(1.0) == "1 point higher"
    assert fmt_change(0.2) == "about the same"
    text = " ".join([*explanations().values(), own_view_note()]).lower()
    for word in ("diagnos", "disorder", "anxiety", "depress", "burnout", "treat", "symptom",
                 "clinical"):
        assert word not in text, word
    assert "not a medical device" in text and "not a monitoring tool" in text
    assert "your own view" in text


def test_load_day_reads_minutes_calls_offers_and_derives_tense_spans(store: Store) -> None:
    a_day(store)
    data = load_day(store, DAY, tense_threshold=70.0)
    assert len(data.minute_start) == 40
    assert np.isnan(data.arousal_mean[30]) and data.speech_s[30] == 0
    assert data.in_call.sum() == 23
    assert [(s.start, s.end) for s in data.tense_spans] == [(at(9, 18), at(9, 21))]
    assert data.tense_spans[0].peak == 84.0
    assert data.data_range() == (at(9, 0), at(9, 40))
    assert data.minute_index(at(9, 5) + 30) == 5 and data.minute_index(at(10, 0)) is None
    assert data.call_at(at(9, 20)).tense_s == 150.0 and data.call_at(at(9, 12)) is None
    s = data.summary
    assert (s.calls, s.tense_calls, s.breathing_offered, s.breathing_completed) == (2, 1, 1, 1)
    assert s.change_after_breathing == pytest.approx(-14.0)
    assert s.change_without_breathing == pytest.approx(3.0)
    # another day is empty, and says so
    other = load_day(store, DAY - dt.timedelta(days=1))
    assert other.empty and other.data_range() is None
    assert "Nothing was recorded" in day_story(other.summary)[0]


def test_day_story_tells_the_day_in_plain_words(store: Store) -> None:
    a_day(store)
    story = "\n".join(day_story(load_day(store, DAY).summary))
    assert "You took 2 calls (18 min on calls); 1 of them was tense" in story
    assert "1 min 35 s to settle back" in story
    assert "Breathing was offered once; you started 1 and finished 1." in story
    assert "14 points lower after breathing" in story
    assert "3 points higher" in story
    assert "hint, not a result" in story       # two comparisons only


# ---- the window -----------------------------------------------------------------------------------


def make_window(qtbot, store: Store | None, answers: Answers | None = None,
                now: float = NOW, **kw) -> DashboardWindow:
    window = DashboardWindow(store, clock=lambda: now,
                             dialogs=(answers or Answers()).dialogs(), **kw)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_today_view_draws_every_layer(qtbot, store: Store) -> None:
    a_day(store)
    w = make_window(qtbot, store)
    p = w.plot
    assert w.day == DAY
    assert len(p.band.opts["x0"]) == 39                  # the no-speech minute has no band
    x, y = p.mean_line.getData()
    assert np.isnan(y).sum() == 1                       # and breaks the line
    assert list(p.call_spans.opts["x0"]) == [at(9, 2), at(9, 15)]
    assert list(p.tense_spans.opts["x1"]) == [at(9, 21)]
    assert p.threshold.value() == 70.0 and p.baseline.value() == 50.0
    assert len(p.breathing.data) == 1 and len(p.cards.data) == 1
    assert "finished" in p.breathing.data[0]["data"] and "felt better" in p.breathing.data[0][
        "data"]
    (lo, hi), (ylo, yhi) = p.getPlotItem().getViewBox().viewRange()
    assert lo < at(9, 0) and at(9, 40) < hi < at(10, 0)   # zoomed to the records, not 24 h
    assert (ylo, yhi) == pytest.approx((0, 100), abs=1)
    assert w.tiles.text("calls") == "2" and w.tiles.text("tense_calls") == "1"
    assert w.tiles.text("recovery_avg") == "1 min 35 s"
    assert w.tiles.text("breathing") == "1 / 1 / 1"
    assert w.tiles.text("change_breathing") == "14 points lower"
    assert w.tiles.text("change_without") == "3 points higher"
    assert "You took 2 calls" in w.story.text()
    assert "What this means" not in w.story.text() and "Orange spans" in w.meaning.text()
    assert w.load_s is not None and w.load_s < 1.0


def test_hover_reads_out_the_minute_under_the_mouse(qtbot, store: Store) -> None:
    a_day(store)
    w = make_window(qtbot, store)
    vb = w.plot.getPlotItem().getViewBox()
    scene_pos = vb.mapViewToScene(QPointF(at(9, 19) + 30, 50))
    w.plot.scene().sigMouseMoved.emit(scene_pos)
    text = w.readout.text()
    assert text.startswith("09:19")
    assert "arousal 78 (lowest 72, highest 84)" in text
    assert "call 09:15-09:25, 2 min 30 s tense, recovered in 1 min 35 s" in text
    assert "tense stretch" in text
    assert w.plot.cursor.isVisible()
    assert "too little speech" in w.plot.readout(at(9, 30) + 5)
    assert "not listening" in w.plot.readout(at(11, 0))
    # the markers explain themselves in a tool tip
    assert "Cue card at 09:11: skipped" in w.plot.cards.data[0]["data"]


def test_zoom_and_pan_are_pyqtgraph_defaults_within_limits(qtbot, store: Store) -> None:
    a_day(store)
    w = make_window(qtbot, store)
    vb = w.plot.getPlotItem().getViewBox()
    assert vb.state["mouseEnabled"] == [True, True]
    (lo, hi), _ = vb.viewRange()
    vb.scaleBy((0.5, 1.0))                               # what the wheel does
    (lo2, hi2), _ = vb.viewRange()
    assert hi2 - lo2 == pytest.approx((hi - lo) / 2, rel=0.01)
    vb.translateBy(x=-600)                               # what a drag does
    (lo3, _), _ = vb.viewRange()
    assert lo3 == pytest.approx(lo2 - 600, abs=1)
    vb.setYRange(-500, 500)
    _, (ylo, yhi) = vb.viewRange()
    assert ylo >= -5 and yhi <= 105                       # cannot lose the 0-100 scale


def test_day_navigation_and_an_empty_day(qtbot, store: Store) -> None:
    a_day(store)
    w = make_window(qtbot, store)
    assert not w.next_day.isEnabled()                    # nothing after today
    w.prev_day.click()
    assert w.day == DAY - dt.timedelta(days=1)
    assert w.plot.message.textItem.toPlainText() == "Nothing recorded on this day"
    assert "Nothing was recorded" in w.story.text()
    assert w.tiles.text("calls") == "0"
    assert w.next_day.isEnabled()
    w.today_button.click()
    assert w.day == DAY and w.tiles.text("calls") == "2"


def test_week_view_has_a_trend_per_day(qtbot, store: Store) -> None:
    fill_history(store, DAY, days=7, seed=3)
    w = make_window(qtbot, store)
    week = w.week_data
    assert week is not None and week.days[-1] == DAY and len(week.days) == 7
    assert all(s.calls > 20 for s in week.summaries)
    heights = w.week_plot.calls_bars.opts["height"]
    assert list(heights) == [s.calls for s in week.summaries]
    _, level = w.week_plot.level_line.getData()
    assert np.all((level > 40) & (level < 65))
    assert w.week_table.columnCount() == 7
    assert w.week_table.item(0, 6).text() == str(week.summaries[-1].calls)
    assert w.week_table.horizontalHeaderItem(6).text() == day_header(DAY)   # the locale's
    assert "calls on 7 days" in w.week_story.text()


def test_a_month_of_history_opens_and_paints(qtbot, tmp_path: Path) -> None:
    """How fast is measured by ``benchmarks/dashboard_benchmark.py`` (docs/dashboard.md)."""
    store = Store.open(tmp_path / "month.sqlite3")
    try:
        rows = fill_history(store, DAY, days=30)
        assert rows > 15000
        w = make_window(qtbot, store)
        assert not w.grab().isNull()
        assert w.tiles.text("calls") != "0"
        assert w.load_s is not None                      # the load was timed for the readout
        assert len(w.week_data.days) == 7
    finally:
        store.close()


def test_no_store_is_said_plainly(qtbot) -> None:
    w = make_window(qtbot, None)
    assert "could not be opened" in w.story.text()
    assert not w.data_panel.export_json.isEnabled()


# ---- data controls ---------------------------------------------------------------------------------


def test_data_tab_shows_what_is_stored(qtbot, store: Store) -> None:
    a_day(store)
    w = make_window(qtbot, store, settings=Settings(retention_days=14))
    text = w.data_panel.details.text()
    assert str(store.path) in text
    assert re.search(r"Retention: +14 days", text)
    assert re.search(r"minutes +40 rows", text) and re.search(r"calls +2 rows", text)


def test_export_json_and_csv_like_the_cli(qtbot, store: Store, tmp_path: Path) -> None:
    a_day(store)
    answers = Answers(path=str(tmp_path / "mine"))
    w = make_window(qtbot, store, answers)
    target = w.data_panel.export("json")
    assert target == tmp_path / "mine.json"                 # suffix added
    doc = json.loads(target.read_text())
    assert len(doc["minutes"]) == 40 and len(doc["calls"]) == 2
    assert doc["companion_export"]["format_version"] == 1
    assert answers.told[-1][0] == "Exported" and "44 rows" in answers.told[-1][1]
    answers.path = str(tmp_path / "csv-out")
    folder = w.data_panel.export("csv")
    assert sorted(p.name for p in folder.iterdir()) == [
        "baseline.csv", "calls.csv", "card_prefs.csv", "interventions.csv", "meta.csv",
        "minutes.csv"]
    # nothing is overwritten; the reason is shown in one line
    before = target.read_bytes()
    answers.path = str(target)
    assert w.data_panel.export("json") is None
    assert answers.told[-1][0] == "Export failed" and "already exists" in answers.told[-1][1]
    assert target.read_bytes() == before
    # cancelled dialog: nothing happens
    answers.path = None
    assert w.data_panel.export("json") is None


def test_delete_before_a_date_asks_first_and_keeps_newer(qtbot, store: Store) -> None:
    a_day(store)
    store.add_minute(MinuteAggregate(at(9, 0, DAY - dt.timedelta(days=3)), 40, 45, 50, 20))
    answers = Answers(confirm=False)
    w = make_window(qtbot, store, answers)
    w.data_panel.before.setDate(DAY - dt.timedelta(days=1))
    w.data_panel.delete_before.click()
    assert answers.asked[-1][0] == "confirm" and f"before {date_text(dt.date(2026, 3, 9))}?" in answers.asked[-1][1]
    assert store.stats().counts["minutes"] == 41                     # declined: kept
    answers.ok = True
    w.data_panel.delete_before.click()
    assert store.stats().counts["minutes"] == 40                     # only the old one
    assert w.tiles.text("calls") == "2"
    assert answers.told[-1][0] == "Deleted"


def test_delete_everything_removes_rows_and_set_aside_copies(qtbot, store: Store) -> None:
    a_day(store)
    copy = store.path.with_name(store.path.name + ".corrupt-20260101-000000")
    copy.write_bytes(b"old damaged history")
    answers = Answers(confirm=True)
    w = make_window(qtbot, store, answers)
    assert "Damaged copy set aside" in w.data_panel.details.text()
    w.data_panel.delete_all.click()
    assert "1 damaged copy" in answers.asked[-1][1]
    assert all(n == 0 for n in store.stats().counts.values())
    assert not copy.exists()
    assert w.tiles.text("calls") == "0" and "Nothing was recorded" in w.story.text()
    assert re.search(r"minutes +0 rows", w.data_panel.details.text())


def test_install_dashboard_replaces_the_opener_and_reuses_the_window(qtbot, store: Store,
                                                                     tmp_path: Path) -> None:
    a_day(store)
    notices: list[tuple[str, str]] = []
    paths = dataclasses.replace(AppPaths.from_environment(), data_dir=tmp_path / "real")
    openers = WindowOpeners(lambda *a: notices.append(a), WindowContext(
        store=store, paths=paths, clock=lambda: NOW))
    assert openers.open_dashboard() is None and notices[-1][0] == "Dashboard"  # not installed
    notices.clear()
    install_dashboard(openers, dialogs=Answers().dialogs())
    first = openers.open_dashboard()
    qtbot.addWidget(first)
    assert first.isVisible() and notices == []
    assert openers.opened[-1] == ("dashboard", ())
    assert "throw-away" in first.data_panel.findChildren(type(first.readout))[0].text()  # demo
    store.add_call(CallRecord(at(10, 0), at(10, 5), "speech"))
    openers.context.settings = Settings(retention_days=9, tense_threshold=60.0)
    again = openers.open_dashboard()
    assert again is first and again.tiles.text("calls") == "3"      # refreshed, not rebuilt
    assert re.search(r"Retention: +9 days", again.data_panel.details.text())  # new settings apply
    assert again.plot.threshold.value() == 60.0


def test_real_confirmation_box_defaults_to_cancel(qtbot) -> None:
    """The default dialogs: the delete question is a message box whose default is Cancel."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

    from companion.ui.dashboard import qt_dialogs

    parent = QWidget()
    qtbot.addWidget(parent)
    dialogs = qt_dialogs(parent)
    seen: list[str] = []

    def answer(button: QMessageBox.StandardButton | None) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.defaultButton().text())
        if button is None:
            box.defaultButton().click()          # Enter: the default
        else:
            box.button(button).click()

    QTimer.singleShot(200, lambda: answer(None))
    assert dialogs.confirm("Delete your data", "Delete everything?") is False
    QTimer.singleShot(200, lambda: answer(QMessageBox.StandardButton.Yes))
    assert dialogs.confirm("Delete your data", "Delete everything?") is True
    assert seen == ["Cancel", "Cancel"]
