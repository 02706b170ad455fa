"""The agent's own dashboard: today's chart, the shift summary, the week, and data controls.

GUI thread only: it reads the app's :class:`~companion.store.Store` (which belongs to the GUI
thread) and builds widgets. Three tabs:

- **Today**: :class:`~companion.ui.dashboard_plot.DayPlot` for the chosen local day (arrows and
  a date field move between days), a read-out of the minute under the mouse, the shift
  summary as numbered tiles, and "What this means" in plain words.
- **Week**: the seven days ending on the chosen day: calls and tense calls per day, the
  average level on calls, and a table with every number of each day.
- **Your data**: the same as ``companion data summary | export | delete``: what is stored,
  where and for how long; export to JSON or a CSV folder (file dialog; nothing is
  overwritten); delete everything or everything before a date, after a confirmation.

:func:`install_dashboard` makes ``WindowOpeners.open_dashboard()`` show this window. Dialogs
are injected (:class:`Dialogs`) so tests answer them without a user.

Times are epoch seconds; arousal is the 0-100 index (50 = the agent's calm level).
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from companion.errors import CompanionError
from companion.settings import Settings
from companion.store import (
    TENSE_CALL_MIN_S,
    DaySummary,
    Store,
    set_aside_copies,
)
from companion.ui.dashboard_plot import DayPlot, WeekPlot, legend_html
from companion.ui.dashboard_summary import (
    DayData,
    WeekData,
    day_story,
    explanations,
    fmt_change,
    fmt_level,
    load_day,
    load_week,
    own_view_note,
)
from companion.ui.i18n import (
    Tr,
    date_text,
    date_time_text,
    day_header,
    duration_text,
    noop,
    number,
    shown,
    size_text,
)
from companion.ui.openers import WindowContext, WindowOpeners, delete_on_close
from companion.ui.qtcompat import emit
from companion.ui.theme import muted_text_color

_tr = Tr("Dashboard")

log = logging.getLogger(__name__)

#: Summary tiles and the "only you see this" note follow the application palette, so they
#: stay legible in high contrast (the palette's alternate base behind window text).
TILE_ROLE = QPalette.ColorRole.AlternateBase
TILE_STYLE = "QFrame { background: palette(alternate-base); border-radius: 6px; }"
OWN_VIEW_STYLE = ("color: palette(window-text); background: palette(alternate-base); "
                  "border: 1px solid palette(mid); padding: 6px; border-radius: 4px;")

#: What each table holds, in the agent's words (as ``companion data summary`` says it).
TABLE_WORDS = {
    "minutes": noop("Dashboard", "per-minute arousal summaries (lowest/average/highest, "
                    "seconds of speech)"),
    "calls": noop("Dashboard", "calls (start, end, how detected, average/peak arousal, tense "
                  "and recovery seconds)"),
    "interventions": noop("Dashboard", "breathing/card offers (what, when, outcome, arousal "
                          "before/after, feeling)"),
    "baseline": noop("Dashboard", "your calm voice baseline (a few numbers, never audio)"),
    "card_prefs": noop("Dashboard", "your pinned/hidden/helpful marks on cue cards"),
}


@dataclass
class Dialogs:
    """The questions the dashboard asks the agent (replaced in tests).

    ``save_path(title, suggested, fmt)`` returns a path or None (cancelled);
    ``confirm(title, text)`` returns True to go ahead; ``inform(title, text)`` shows a result.
    """

    save_path: Callable[[str, str, str], str | None]
    confirm: Callable[[str, str], bool]
    inform: Callable[[str, str], None]


def qt_dialogs(parent: QWidget) -> Dialogs:
    """Dialogs built from ``QFileDialog`` and ``QMessageBox`` on ``parent``."""

    def save_path(title: str, suggested: str, fmt: str) -> str | None:
        filt = _tr("JSON file (*.json)") if fmt == "json" else _tr("New folder for CSV files (*)")
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filt)
        return path or None

    def confirm(title: str, text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          parent)
        box.button(QMessageBox.StandardButton.Yes).setText(_tr("Delete"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Yes

    def inform(title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    return Dialogs(save_path, confirm, inform)


def _label(text: str = "", *, wrap: bool = True, style: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if style:
        label.setStyleSheet(style)
    return label


def _when(epoch: float | None) -> str:
    return "-" if epoch is None else date_time_text(epoch)


def _rows(pairs: list[tuple[str, str]]) -> list[str]:
    """``label value`` lines with the values in one column (monospace)."""
    width = max(len(label) for label, _ in pairs) + 2
    return [f"{label:<{width}}{value}" for label, value in pairs]


class SummaryTiles(QWidget):
    """The shift summary: one tile per number, each with a short caption."""

    KEYS = ("calls", "tense_calls", "recovery_avg", "recovery_max", "breathing",
            "change_breathing", "change_without", "arousal_mean")
    CAPTIONS = {
        "calls": noop("Dashboard", "calls"),
        "tense_calls": noop("Dashboard", "tense calls"),
        "recovery_avg": noop("Dashboard", "average recovery"),
        "recovery_max": noop("Dashboard", "longest recovery"),
        "breathing": noop("Dashboard", "breathing offered / started / finished"),
        "change_breathing": noop("Dashboard", "next call, after breathing"),
        "change_without": noop("Dashboard", "next call, after no breathing"),
        "arousal_mean": noop("Dashboard", "average level on calls (calm = 50)"),
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.values: dict[str, QLabel] = {}
        for i, key in enumerate(self.KEYS):
            tile = QFrame()
            tile.setFrameShape(QFrame.Shape.StyledPanel)
            tile.setStyleSheet(TILE_STYLE)
            box = QVBoxLayout(tile)
            value = _label("-", wrap=False, style="font-size: 18pt; font-weight: 600;")
            box.addWidget(value)
            box.addWidget(_label(_tr(self.CAPTIONS[key]),
                                 style=f"color: {muted_text_color()};"))
            self.values[key] = value
            grid.addWidget(tile, i // 4, i % 4)

    def set_summary(self, s: DaySummary) -> None:
        """Fill the tiles from one day's summary."""
        v = self.values
        v["calls"].setText(number(s.calls))
        v["tense_calls"].setText(number(s.tense_calls))
        v["recovery_avg"].setText(duration_text(s.recovery_avg_s))
        v["recovery_max"].setText(duration_text(s.recovery_max_s))
        v["breathing"].setText(" / ".join(number(n) for n in (
            s.breathing_offered, s.breathing_accepted, s.breathing_completed)))
        v["change_breathing"].setText(fmt_change(s.change_after_breathing))
        v["change_without"].setText(fmt_change(s.change_without_breathing))
        v["arousal_mean"].setText(fmt_level(s.arousal_mean))

    def text(self, key: str) -> str:
        """The value shown in tile ``key`` (for tests)."""
        return self.values[key].text()


class DataPanel(QWidget):
    """See, export and delete what is stored (``companion data summary|export|delete``)."""

    changed = Signal()

    def __init__(self, store: Store | None, *, retention_days: int, dialogs: Dialogs,
                 demo: bool = False, today: Callable[[], dt.date] = dt.date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.retention_days = retention_days
        self.dialogs = dialogs
        self._today = today
        layout = QVBoxLayout(self)
        intro = _tr("Companion keeps only numbers summarising your voice (never audio, never "
                    "words) on this computer. They stay in your private folder and are never "
                    "sent anywhere; only you can export them.")
        if demo:
            intro += "\n\n" + _tr("This is the demo: its history is a throw-away copy that is "
                                   "deleted when the demo ends. Your own history is not touched.")
        layout.addWidget(_label(intro))
        layout.addWidget(_label(
            _tr("Never stored: audio, words or transcripts, who you spoke to, phone numbers. "
                "Nothing is sent anywhere: Companion opens no network connections."),
            style=f"color: {muted_text_color()};"))
        self.details = _label(style="font-family: monospace;")
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.details)
        row = QHBoxLayout()
        self.export_json = QPushButton(_tr("Export as JSON file…"))
        self.export_csv = QPushButton(_tr("Export as CSV folder…"))
        row.addWidget(self.export_json)
        row.addWidget(self.export_csv)
        row.addStretch(1)
        layout.addLayout(row)
        row = QHBoxLayout()
        self.delete_all = QPushButton(_tr("Delete everything…"))
        self.before = QDateEdit()
        self.before.setCalendarPopup(True)
        self.before.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        day = today() - dt.timedelta(days=7)
        self.before.setDate(QDate(day.year, day.month, day.day))
        self.delete_before = QPushButton(_tr("Delete everything before this date…"))
        row.addWidget(self.delete_all)
        row.addSpacing(20)
        row.addWidget(self.before)
        row.addWidget(self.delete_before)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(_label(_tr("Deleting removes the rows from the file (it is compacted), "
                                    "not just from view. It cannot be undone. The same is "
                                    "available as 'companion data export' and 'companion data "
                                    "delete'."),
                                style=f"color: {muted_text_color()};"))
        layout.addStretch(1)
        self.export_json.clicked.connect(lambda: self.export("json"))
        self.export_csv.clicked.connect(lambda: self.export("csv"))
        self.delete_all.clicked.connect(lambda: self.delete(None))
        self.delete_before.clicked.connect(lambda: self.delete(self.before_date()))
        self.refresh()

    def before_date(self) -> dt.date:
        """The date in the "delete before" field."""
        q = self.before.date()
        return dt.date(q.year(), q.month(), q.day())

    def refresh(self) -> None:
        """Re-read what is stored."""
        if self.store is None:
            self.details.setText(
                _tr("The history could not be opened, so nothing is shown here."))
            for b in (self.export_json, self.export_csv, self.delete_all, self.delete_before):
                b.setEnabled(False)
            return
        try:
            stats = self.store.stats()
        except CompanionError as exc:
            self.details.setText(shown(exc.one_line()))
            return
        lines = _rows([
            (_tr("Location:"), str(stats.path)),
            (_tr("File size:"), size_text(stats.size_bytes)),
            (_tr("Retention:"), _tr("%n day(s) (older data is deleted automatically)",
                                    n=self.retention_days)),
            (_tr("Date range:"), _tr("%1 to %2", _when(stats.first), _when(stats.last))
             if stats.first is not None else "-")])
        lines.append(_tr("Stored:"))
        for table, count in stats.counts.items():
            words = _tr(TABLE_WORDS[table]) if table in TABLE_WORDS else ""
            lines.append(f"  {table:<14}{_tr('%n row(s)', n=count):>10}  {words}")
        for copy in set_aside_copies(self.store.path):
            lines.append(_tr("Damaged copy set aside: %1 (removed by 'Delete everything')",
                             copy.name))
        self.details.setText("\n".join(lines))

    def export(self, fmt: str) -> Path | None:
        """Ask where, then export every table as ``fmt`` (``json`` or ``csv``)."""
        store = self.store
        if store is None:
            return None
        stamp = self._today().isoformat()
        suggested = str(Path.home() / (f"companion-data-{stamp}"
                                       + (".json" if fmt == "json" else "")))
        title = _tr("Export as JSON") if fmt == "json" else \
            _tr("Export as a new folder of CSV files")
        chosen = self.dialogs.save_path(title, suggested, fmt)
        if not chosen:
            return None
        target = Path(chosen).expanduser()
        if fmt == "json" and target.suffix == "":
            target = target.with_suffix(".json")
        try:
            store.export(target, fmt)
            total = sum(store.stats().counts.values())
        except CompanionError as exc:
            self.dialogs.inform(_tr("Export failed"), shown(exc.one_line()))
            return None
        text = _tr("Exported %n row(s) to the folder %1. It is now yours to keep safe: "
                   "Companion does not track or delete exports.", target, n=total) \
            if fmt == "csv" else \
            _tr("Exported %n row(s) to the file %1. It is now yours to keep safe: Companion "
                "does not track or delete exports.", target, n=total)
        self.dialogs.inform(_tr("Exported"), text)
        return target

    def delete(self, before: dt.date | None) -> dict[str, int] | None:
        """Confirm, then delete everything (``None``) or everything before ``before``."""
        store = self.store
        if store is None:
            return None
        copies = set_aside_copies(store.path) if before is None else []
        if before is not None:
            question = _tr("Delete everything Companion stored before %1? This cannot be "
                           "undone.", date_text(before))
        elif copies:
            question = _tr("Delete everything Companion has stored (and %n damaged cop(y|ies) "
                           "set aside)? This cannot be undone.", n=len(copies))
        else:
            question = _tr("Delete everything Companion has stored? This cannot be undone.")
        if not self.dialogs.confirm(_tr("Delete your data"), question):
            return None
        try:
            counts = store.delete(before)
            removed = []
            if before is None:
                for copy in set_aside_copies(store.path):
                    copy.unlink()
                    removed.append(copy.name)
        except CompanionError as exc:
            self.dialogs.inform(_tr("Delete failed"), shown(exc.one_line()))
            return None
        except OSError as exc:
            self.dialogs.inform(_tr("Delete failed"),
                                _tr("cannot delete a damaged copy: %1", exc.strerror))
            return None
        total = sum(counts.values())
        text = _tr("Deleted %n row(s) and compacted the file. Removed %1.", ", ".join(removed),
                   n=total) if removed else \
            _tr("Deleted %n row(s) and compacted the file.", n=total)
        self.refresh()
        emit(self.changed)
        self.dialogs.inform(_tr("Deleted"), text)
        return counts


class DashboardWindow(QWidget):
    """The dashboard window (see the module docstring).

    Parameters
    ----------
    store
        The app's store (None: the window says the history is unavailable).
    settings
        Gives ``tense_threshold`` and ``retention_days`` (defaults 70 and 30).
    clock
        Epoch seconds; "today" is the local date of ``clock()``.
    demo
        The store is the demo's throw-away history.
    dialogs
        Replaces the file dialog and message boxes (tests).
    """

    def __init__(self, store: Store | None, *, settings: Settings | None = None,
                 clock: Callable[[], float] = time.time, demo: bool = False,
                 dialogs: Dialogs | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Companion: your dashboard"))
        self.store = store
        self.settings = settings or Settings()
        self._clock = clock
        self.dialogs = dialogs or qt_dialogs(self)
        self.day_data: DayData | None = None
        self.week_data: WeekData | None = None
        self.load_s: float | None = None
        self.resize(1100, 780)
        outer = QVBoxLayout(self)
        outer.addWidget(_label(own_view_note(), style=OWN_VIEW_STYLE))
        outer.addLayout(self._build_nav())
        self.tabs = QTabWidget()
        outer.addWidget(self.tabs, 1)
        self.tabs.addTab(self._build_today_tab(), _tr("Today"))
        self.tabs.addTab(self._build_week_tab(), _tr("Week"))
        self.data_panel = DataPanel(store, retention_days=self.settings.retention_days,
                                    dialogs=self.dialogs, demo=demo, today=self.today)
        self.tabs.addTab(self.data_panel, _tr("Your data"))
        self._connect()
        self._day = self.today()
        self._set_date_field(self._day)
        self.refresh()

    def _build_nav(self) -> QHBoxLayout:
        """Day navigation: previous, date, next, today ... refresh."""
        nav = QHBoxLayout()
        self.prev_day = QPushButton("◀")
        self.next_day = QPushButton("▶")
        self.today_button = QPushButton(_tr("Today"))
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.LongFormat))
        for w in (self.prev_day, self.date, self.next_day, self.today_button):
            nav.addWidget(w)
        nav.addStretch(1)
        self.refresh_button = QPushButton(_tr("Refresh"))
        nav.addWidget(self.refresh_button)
        return nav

    def _build_today_tab(self) -> QWidget:
        """The day's chart, the minute readout, the tiles and the story."""
        today = QWidget()
        tl = QVBoxLayout(today)
        legend = QLabel(legend_html())
        legend.setTextFormat(Qt.TextFormat.RichText)
        legend.setWordWrap(True)
        tl.addWidget(legend)
        self.plot = DayPlot()
        self.plot.setMinimumHeight(300)
        tl.addWidget(self.plot, 3)
        self.readout = _label(_tr("Move the mouse over the chart to see each minute. Wheel: "
                                  "zoom; drag: move; 'A' button: whole day."),
                              style=f"color: {muted_text_color()};")
        tl.addWidget(self.readout)
        self.tiles = SummaryTiles()
        tl.addWidget(self.tiles)
        self.story = _label(style="font-size: 11pt;")
        self.meaning = _label(style=f"color: {muted_text_color()};")
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        inner = QWidget()
        il = QVBoxLayout(inner)
        il.addWidget(self.story)
        il.addWidget(_label(_tr("What this means"), style="font-weight: 600; margin-top: 6px;"))
        il.addWidget(self.meaning)
        il.addStretch(1)
        scroll.setWidget(inner)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        tl.addWidget(scroll, 2)
        return today

    def _build_week_tab(self) -> QWidget:
        """The week's chart, story and table."""
        week = QWidget()
        wl = QVBoxLayout(week)
        self.week_plot = WeekPlot()
        wl.addWidget(self.week_plot, 3)
        self.week_story = _label(style="font-size: 11pt;")
        wl.addWidget(self.week_story)
        self.week_table = QTableWidget()
        self.week_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        wl.addWidget(self.week_table, 2)
        return week

    def _connect(self) -> None:
        self.plot.hovered.connect(self._hovered)
        self.prev_day.clicked.connect(lambda: self.step_day(-1))
        self.next_day.clicked.connect(lambda: self.step_day(1))
        self.today_button.clicked.connect(lambda: self.show_day(self.today()))
        self.refresh_button.clicked.connect(self.refresh)
        self.date.dateChanged.connect(self._date_changed)
        self.data_panel.changed.connect(self.refresh)

    def apply_settings(self, settings: Settings) -> None:
        """Follow new settings (tense threshold, retention) and redraw."""
        self.settings = settings
        self.data_panel.retention_days = settings.retention_days
        self.refresh()

    # ---- navigation ------------------------------------------------------------------------------
    def today(self) -> dt.date:
        """The local date of the injected clock."""
        return dt.date.fromtimestamp(self._clock())

    @property
    def day(self) -> dt.date:
        """The day shown."""
        return self._day

    def _set_date_field(self, day: dt.date) -> None:
        self.date.blockSignals(True)
        self.date.setDate(QDate(day.year, day.month, day.day))
        self.date.blockSignals(False)

    def _date_changed(self, q: QDate) -> None:
        self.show_day(dt.date(q.year(), q.month(), q.day()))

    def step_day(self, days: int) -> None:
        """Show the day ``days`` before (negative) or after the current one."""
        self.show_day(self._day + dt.timedelta(days=days))

    def show_day(self, day: dt.date) -> None:
        """Show ``day`` (its chart, summary and the week ending on it)."""
        self._day = day
        self._set_date_field(day)
        self.refresh()

    def _hovered(self, text: str) -> None:
        if text:
            self.readout.setText(text)

    # ---- loading ---------------------------------------------------------------------------------
    def _threshold(self) -> float:
        return float(self.settings.tense_threshold)

    def refresh(self) -> None:
        """Read the store again and redraw every tab (the time it took is in ``load_s``)."""
        started = time.perf_counter()
        self.next_day.setEnabled(self._day < self.today())
        if self.store is None:
            self.story.setText(
                _tr("Your history could not be opened, so there is nothing to show."))
            self.data_panel.refresh()
            return
        try:
            threshold = self._threshold()
            self.day_data = load_day(self.store, self._day, tense_threshold=threshold)
            self.week_data = load_week(self.store, self._day, tense_threshold=threshold)
        except CompanionError as exc:
            self.story.setText(shown(exc.one_line()))
            return
        self.plot.set_day(self.day_data)
        s = self.day_data.summary
        self.tiles.set_summary(s)
        self.story.setText("\n".join(day_story(s, tense_threshold=threshold,
                                               tense_call_min_s=TENSE_CALL_MIN_S)))
        self.meaning.setText("\n\n".join(explanations().values()))
        self.week_plot.set_week(self.week_data)
        self.week_story.setText("\n".join(self.week_data.notes))
        self._fill_week_table(self.week_data)
        self.data_panel.refresh()
        self.load_s = time.perf_counter() - started

    def _fill_week_table(self, week: WeekData) -> None:
        rows = [
            (_tr("Calls"), lambda s: number(s.calls)),
            (_tr("Tense calls"), lambda s: number(s.tense_calls)),
            (_tr("Time on calls"), lambda s: duration_text(s.call_time_s) if s.calls else "-"),
            (_tr("Average level on calls"), lambda s: fmt_level(s.arousal_mean)),
            (_tr("Average recovery"), lambda s: duration_text(s.recovery_avg_s)),
            (_tr("Longest recovery"), lambda s: duration_text(s.recovery_max_s)),
            (_tr("Breathing offered"), lambda s: number(s.breathing_offered)),
            (_tr("Breathing started"), lambda s: number(s.breathing_accepted)),
            (_tr("Breathing finished"), lambda s: number(s.breathing_completed)),
            (_tr("Cue cards offered / opened"),
             lambda s: f"{number(s.cards_offered)} / {number(s.cards_accepted)}"),
            (_tr("Next call after breathing"), lambda s: fmt_change(s.change_after_breathing)),
            (_tr("Next call after no breathing"),
             lambda s: fmt_change(s.change_without_breathing)),
        ]
        t = self.week_table
        t.clear()
        t.setRowCount(len(rows))
        t.setColumnCount(len(week.days))
        t.setHorizontalHeaderLabels([day_header(d) for d in week.days])
        t.setVerticalHeaderLabels([name for name, _ in rows])
        for r, (_, fn) in enumerate(rows):
            for c, s in enumerate(week.summaries):
                item = QTableWidgetItem(fn(s))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                t.setItem(r, c, item)
        t.resizeColumnsToContents()


class DashboardOpener:
    """Shows (or raises and refreshes) the one dashboard window; a new store (the demo's)
    gets a new window. Reads ``store``, ``settings``, ``paths`` and ``clock`` of ``context``
    on every open. A closed window is deleted (its charts and data are given back); the next
    open makes a new one."""

    def __init__(self, context: WindowContext, dialogs: Dialogs | None = None) -> None:
        self.context = context
        self.dialogs = dialogs
        self.window: DashboardWindow | None = None

    def __call__(self) -> DashboardWindow:
        """Show the window (made on first use) and return it."""
        ctx, window = self.context, self.window
        if window is None or window.store is not ctx.store:
            demo = bool(ctx.store is not None and ctx.paths is not None
                        and Path(ctx.store.path) != Path(ctx.paths.database_file))
            if window is not None:
                window.close()
            window = DashboardWindow(ctx.store, settings=ctx.settings, clock=ctx.clock,
                                     demo=demo, dialogs=self.dialogs)
            window_id = id(window)
            self.window = delete_on_close(window, lambda: self._forget(window_id))
        else:
            window.apply_settings(ctx.settings)
        window.show()
        window.raise_()
        return window

    def _forget(self, window_id: int) -> None:
        if id(self.window) == window_id:
            self.window = None


def install_dashboard(openers: WindowOpeners, *,
                      dialogs: Dialogs | None = None) -> DashboardOpener:
    """Make ``openers.open_dashboard()`` show the dashboard (the Dashboard menu item and the
    ``dashboard`` IPC command)."""
    opener = DashboardOpener(openers.context, dialogs)
    openers.dashboard_opener = opener
    return opener
