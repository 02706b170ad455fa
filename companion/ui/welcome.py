"""The welcome and microphone check: what Companion does, the privacy promise, a live level
meter with a microphone chooser, the calm-voice calibration, and what happens next.

Runs on the GUI thread. :class:`WelcomeWindow` is the window (plain widgets, so screen readers
read it as a dialog and every control is in tab order); :class:`FirstRun` shows it on the
first start (unless ``Settings.welcome_enabled`` is off, e.g. preset by IT), reopens it from
the tray menu, feeds it the engine's level, faults and calibration, and runs "Recalibrate"
(forget the baseline and learn it again, e.g. after a new headset). Everything in it is
optional: closing it changes nothing, and calibration runs by itself anyway.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QRectF, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QGuiApplication,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from companion import APP_NAME
from companion.errors import CompanionError
from companion.settings import Settings
from companion.store import Store
from companion.ui import a11y
from companion.ui.calibration import CalibrationStatus
from companion.ui.engine import Engine
from companion.ui.i18n import Tr, shown
from companion.ui.openers import WindowOpeners
from companion.ui.qtcompat import emit
from companion.ui.text_fit import set_min_width
from companion.ui.theme import SurfacePalette, surface_palette, surface_qss

if TYPE_CHECKING:
    from companion.pipeline.records import LevelUpdate

log = logging.getLogger(__name__)

#: Level (dBFS) shown as an empty and as a full meter.
METER_FLOOR_DBFS = -60.0
METER_CEIL_DBFS = -6.0
#: Below this level (dBFS) for :data:`QUIET_AFTER_S` of stream time, the microphone is
#: probably muted.
QUIET_DBFS = -58.0
QUIET_AFTER_S = 6.0


_tr = Tr("WelcomeWindow")


def meter_fraction(dbfs: float) -> float:
    """0-1 fill of the level meter for a level in dBFS."""
    if not math.isfinite(dbfs):
        return 0.0
    span = METER_CEIL_DBFS - METER_FLOOR_DBFS
    return min(max((dbfs - METER_FLOOR_DBFS) / span, 0.0), 1.0)


class LevelMeter(QWidget):
    """A horizontal bar that follows the microphone level. It sends no accessibility event per
    block (ten a second would flood a screen reader): the status line says what it means."""

    def __init__(self, pal: SurfacePalette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("levelMeter")
        self.pal = pal
        self.fraction = 0.0
        self.setMinimumHeight(16)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(_tr("Microphone level"))

    def set_level(self, dbfs: float) -> None:
        """Show ``dbfs``."""
        fraction = meter_fraction(dbfs)
        if abs(fraction - self.fraction) > 0.005:
            self.fraction = fraction
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Track with a 1 px border and the filled part."""
        p = QPainter(self)
        try:
            rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
            p.setPen(QPen(QColor(self.pal.meter_track), 1.0))
            p.setBrush(QColor(self.pal.button_bg))
            p.drawRect(rect)
            if self.fraction > 0:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(QColor(self.pal.meter))
                p.drawRect(QRectF(rect.left() + 2, rect.top() + 2,
                                  (rect.width() - 4) * self.fraction, rect.height() - 4))
        finally:
            p.end()


class WelcomeWindow(QWidget):
    """The welcome window. Signals: ``device_chosen(str)`` ('' = system default),
    ``recalibrate_requested()``, ``your_data_requested()``, ``closed()``.

    Parameters
    ----------
    calibration
        The calibration state (its ``changed`` signal updates the window).
    devices
        Input device names (may raise ``CompanionError``: then only the system default).
    current_device
        The device in use ('' = system default).
    device_locked
        IT chooses the microphone: the chooser is shown disabled.
    high_contrast
        Use the high-contrast palette.
    """

    device_chosen = Signal(str)
    recalibrate_requested = Signal()
    your_data_requested = Signal()
    closed = Signal()

    def __init__(self, calibration: CalibrationStatus, *,
                 devices: Callable[[], list[str]] | None = None, current_device: str = "",
                 device_locked: bool = False, high_contrast: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("welcomeWindow")
        self.setWindowTitle(_tr("Welcome to %1", APP_NAME))
        a11y.set_role(self, "dialog")
        self.calibration = calibration
        self.pal = surface_palette(high_contrast)
        self.setStyleSheet(surface_qss("welcomeWindow", self.pal))
        self.mic_state = "opening"
        self._last_speech_t: float | None = None
        self._quiet_since: float | None = None
        frame = QFrame()
        frame.setObjectName("surfaceFrame")
        body = QVBoxLayout(frame)
        body.setContentsMargins(20, 16, 20, 16)
        body.setSpacing(10)
        self._add_intro(body)
        self._add_microphone(body, devices, current_device, device_locked)
        self._add_calibration(body)
        self._add_next(body)
        body.addStretch(1)          # extra height goes below the text, not between it
        self._add_buttons(body)
        scroll = QScrollArea()
        scroll.setObjectName("welcomeScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)   # Tab goes to the controls inside
        scroll.setWidget(frame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        calibration.changed.connect(self.refresh_calibration)
        self.refresh_calibration()
        self._set_mic_text(_tr("Opening the microphone…"))
        set_min_width(self, 520)
        self.resize(560, self._fitting_height(frame, 560))

    @staticmethod
    def _fitting_height(frame: QFrame, width: int) -> int:
        """The height that shows the whole text at ``width`` (logical px), at most 85 % of the
        screen (the rest scrolls)."""
        frame.ensurePolished()
        layout = frame.layout()
        needed = layout.totalHeightForWidth(width) if layout is not None else 640
        screen = QGuiApplication.primaryScreen()
        most = int(screen.availableGeometry().height() * 0.85) if screen is not None else 800
        return max(360, min(needed + 24, most))   # + room for the frame, no scroll bar

    # ---- construction -------------------------------------------------------------------
    def _label(self, text: str, name: str = "") -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        if name:
            label.setObjectName(name)
        return label

    def _heading(self, layout: QVBoxLayout, text: str) -> None:
        heading = self._label(text, "surfaceTitle")
        layout.addWidget(heading)

    def _add_intro(self, layout: QVBoxLayout) -> None:
        self._heading(layout, _tr("Welcome to %1", APP_NAME))
        layout.addWidget(self._label(_tr(
            "Companion looks after you between calls. It notices when your voice sounds "
            "tense during a call and, once the call is over, offers a minute of paced "
            "breathing or a short cue card. It never interrupts a call.")))
        self.privacy = self._label(_tr(
            "It listens only to the microphone below, and only on this computer. Your voice "
            "is never recorded: Companion keeps nothing but numbers (per call and per "
            "minute), and nobody else sees them."), "privacyText")
        layout.addWidget(self.privacy)
        self.your_data_button = QPushButton(_tr("See what is kept: &Your data"))
        self.your_data_button.setObjectName("yourDataButton")
        self.your_data_button.setProperty("kind", "link")
        self.your_data_button.clicked.connect(lambda: emit(self.your_data_requested))
        layout.addWidget(self.your_data_button, 0, Qt.AlignmentFlag.AlignLeft)

    def _add_microphone(self, layout: QVBoxLayout, devices: Callable[[], list[str]] | None,
                        current: str, locked: bool) -> None:
        self._heading(layout, _tr("Your microphone"))
        row = QHBoxLayout()
        label = self._label(_tr("&Microphone:"))
        self.device_combo = QComboBox()
        self.device_combo.setObjectName("deviceCombo")
        label.setBuddy(self.device_combo)
        self.device_combo.addItem(_tr("System default"), "")
        names: list[str] = []
        if devices is not None:
            try:
                names = list(devices())
            except CompanionError as exc:
                self.device_combo.setToolTip(shown(exc.one_line()))
        for name in names:
            if name and self.device_combo.findData(name) < 0:
                self.device_combo.addItem(name, name)
        if current and self.device_combo.findData(current) < 0:
            self.device_combo.addItem(_tr("%1 (not connected)", current), current)
        self.device_combo.setCurrentIndex(max(0, self.device_combo.findData(current)))
        if locked:
            self.device_combo.setEnabled(False)
            label.setText(_tr("&Microphone (set by your organisation):"))
        self.device_combo.activated.connect(self._device_activated)
        row.addWidget(label)
        row.addWidget(self.device_combo, 1)
        layout.addLayout(row)
        self.meter = LevelMeter(self.pal)
        layout.addWidget(self.meter)
        self.mic_status = self._label("", "micStatus")
        a11y.set_role(self.mic_status, "status")
        layout.addWidget(self.mic_status)

    def _add_calibration(self, layout: QVBoxLayout) -> None:
        self._heading(layout, _tr("Learning your calm voice"))
        minutes = max(1, math.ceil(self.calibration.target_s / 60.0 - 1e-9))
        layout.addWidget(self._label(_tr(
            "Next, Companion learns how your voice sounds when you are calm, from your first "
            "%n minute(s) of speech, on calls or between them. Until then it makes no offers.",
            n=minutes)))
        row = QHBoxLayout()
        self.calibration_label = self._label("", "calibrationStatus")
        a11y.set_role(self.calibration_label, "status")
        self.recalibrate_button = QPushButton(_tr("&Recalibrate (new headset)…"))
        self.recalibrate_button.setObjectName("recalibrateButton")
        self.recalibrate_button.clicked.connect(lambda: emit(self.recalibrate_requested))
        row.addWidget(self.calibration_label, 1)
        row.addWidget(self.recalibrate_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)

    def _add_next(self, layout: QVBoxLayout) -> None:
        self._heading(layout, _tr("What happens next"))
        layout.addWidget(self._label(_tr(
            "After a tense call, a small offer appears next to Companion's tray icon; it never "
            "takes your keyboard. To answer it with the keyboard, open the tray menu and choose "
            "Respond to the offer. You can pause listening at any time from the same menu, and "
            "open this window again with Welcome and microphone check.")))

    def _add_buttons(self, layout: QVBoxLayout) -> None:
        row = QHBoxLayout()
        row.addStretch(1)
        self.done_button = QPushButton(_tr("&Done"))
        self.done_button.setObjectName("doneButton")
        self.done_button.setProperty("kind", "primary")
        self.done_button.setAutoDefault(True)
        self.done_button.setDefault(True)
        self.done_button.clicked.connect(self.close)
        row.addWidget(self.done_button)
        layout.addLayout(row)

    # ---- live state -----------------------------------------------------------------------
    def refresh_calibration(self) -> None:
        """Show the calibration progress (or that it is done)."""
        text = self.calibration.text() or _tr(
            "Your calm voice is learned. After changing headset, choose Recalibrate.")
        self.calibration_label.setText(text)

    def on_level(self, update: LevelUpdate) -> None:
        """A ``LevelUpdate``: move the meter and say whether Companion hears the agent."""
        dbfs, t_s = float(update.rms_dbfs), float(update.t_s)
        self.meter.set_level(dbfs)
        if update.speaking:
            self._last_speech_t = t_s
        self._quiet_since = (self._quiet_since if self._quiet_since is not None else t_s) \
            if dbfs < QUIET_DBFS else None
        if self._quiet_since is not None and t_s - self._quiet_since >= QUIET_AFTER_S:
            self._set_mic_state("quiet", _tr(
                "Very quiet. Check that the microphone is not muted, or choose another one."))
        elif self._last_speech_t is not None:
            self._set_mic_state("hearing", _tr("Companion hears you."))
        elif self.mic_state in ("opening", "fault", "paused", "quiet"):
            self._set_mic_state("listening", _tr(
                "Listening. Say a few words: the bar moves when Companion hears you."))

    def on_fault(self, message: str, retry_in_s: float) -> None:
        """The microphone failed: say so in plain words."""
        self.meter.set_level(-math.inf)
        self._last_speech_t = None
        if retry_in_s < 0:
            text = _tr("Companion cannot listen on this computer: %1. Breathing and "
                       "cue cards still work.", message)
        else:
            text = _tr("Companion cannot use the microphone: %1. Plug the headset "
                       "in or choose another microphone; Companion keeps trying.", message)
        self._set_mic_state("fault", text)

    def on_paused(self, paused: bool) -> None:
        """Listening was paused or resumed from the tray."""
        if paused:
            self.meter.set_level(-math.inf)
            self._set_mic_state("paused", _tr(
                "Listening is paused. Resume it from the tray menu to check the microphone."))
        elif self.mic_state == "paused":
            self._set_mic_state("opening", _tr("Opening the microphone…"))

    def _set_mic_state(self, state: str, text: str) -> None:
        if state == self.mic_state and self.mic_status.text() == text:
            return
        self.mic_state = state
        self._set_mic_text(text)
        if self.isVisible():
            a11y.announce(self.mic_status, text, assertive=state == "fault")

    def _set_mic_text(self, text: str) -> None:
        self.mic_status.setText(text)
        self.mic_status.setObjectName("surfaceError" if self.mic_state == "fault"
                                      else "micStatus")
        self.mic_status.style().unpolish(self.mic_status)
        self.mic_status.style().polish(self.mic_status)

    def _device_activated(self, index: int) -> None:
        name = str(self.device_combo.itemData(index) or "")
        self._last_speech_t = None
        self._quiet_since = None
        self._set_mic_state("opening", _tr("Opening the microphone…"))
        emit(self.device_chosen, name)

    # ---- Qt events -------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc closes (everything here is optional)."""
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing in any way counts as "seen"."""
        super().closeEvent(event)
        emit(self.closed)


class FirstRun(QObject):
    """Shows the welcome on the first start and from the tray; runs "Recalibrate".

    Parameters
    ----------
    engine
        The app's ``Engine`` (signals ``update``, ``fault``, ``paused_changed``,
        ``calibration``, ``baseline_ready``; method ``recalibrate()``).
    calibration
        The calibration state shown in the tray and here.
    marker
        File whose existence means the welcome was seen (``AppPaths.welcome_seen_file``).
    settings
        ``() -> Settings`` (read on every open: device, locks, high contrast).
    devices
        Input device names for the chooser.
    choose_device
        Saves the agent's new microphone and switches the engine to it.
    open_your_data
        Opens the dashboard's "Your data" tab.
    store
        The store (its baseline is forgotten on recalibration) or None.
    confirm
        ``(title, text) -> bool`` asking before recalibrating (a message box by default).
    notify
        ``(title, text)`` short tray notice.
    device_locked
        ``() -> bool``: IT chooses the microphone.
    high_contrast
        ``() -> bool``: the effective high-contrast mode (setting or system).
    """

    def __init__(self, engine: Engine, calibration: CalibrationStatus, *, marker: Path | None,
                 settings: Callable[[], Settings],
                 devices: Callable[[], list[str]] | None = None,
                 choose_device: Callable[[str], None] | None = None,
                 open_your_data: Callable[[], None] | None = None, store: Store | None = None,
                 confirm: Callable[[str, str], bool] | None = None,
                 notify: Callable[[str, str], None] | None = None,
                 device_locked: Callable[[], bool] = lambda: False,
                 high_contrast: Callable[[], bool] = lambda: False,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.calibration = calibration
        self.marker = marker
        self._settings = settings
        self._devices = devices
        self._choose_device = choose_device
        self._open_your_data = open_your_data
        self.store = store
        self._confirm = confirm or _confirm_box
        self._notify = notify or (lambda _t, _x: None)
        self._device_locked = device_locked
        self._high_contrast = high_contrast
        self.window: WelcomeWindow | None = None
        self.paused = False
        engine.calibration.connect(calibration.on_progress)
        engine.baseline_ready.connect(calibration.on_baseline_ready)
        engine.update.connect(self._on_level)
        engine.fault.connect(self._on_fault)
        engine.paused_changed.connect(self._on_paused)

    def _on_level(self, update: LevelUpdate) -> None:
        if self.window is not None:
            self.window.on_level(update)

    def _on_fault(self, message: str, retry_in_s: float) -> None:
        if self.window is not None:
            self.window.on_fault(message, retry_in_s)

    def _on_paused(self, paused: bool) -> None:
        self.paused = bool(paused)
        if self.window is not None:
            self.window.on_paused(self.paused)

    # ---- showing -------------------------------------------------------------------------
    def should_show_at_start(self) -> bool:
        """True on the first start, unless the welcome is turned off (setting or policy)."""
        if not self._settings().welcome_enabled:
            return False
        return self.marker is not None and not self.marker.exists()

    def maybe_show(self) -> WelcomeWindow | None:
        """Open the welcome if this is the first start."""
        return self.open() if self.should_show_at_start() else None

    def open(self) -> WelcomeWindow:
        """Open (or raise) the welcome window and give it the keyboard."""
        window = self.window
        if window is None or not window.isVisible():
            settings = self._settings()
            window = WelcomeWindow(
                self.calibration, devices=self._devices,
                current_device=settings.input_device,
                device_locked=self._device_locked(), high_contrast=self._high_contrast())
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            window.device_chosen.connect(self._device_chosen)
            window.recalibrate_requested.connect(self.recalibrate)
            window.your_data_requested.connect(self._your_data)
            window.closed.connect(self._closed)
            if self.paused:
                window.on_paused(True)
            self.window = window
            self.engine.set_live_level(True)
        window.show()
        window.raise_()
        window.activateWindow()
        window.done_button.setFocus(Qt.FocusReason.OtherFocusReason)
        return window

    def _closed(self) -> None:
        self.window = None
        self.engine.set_live_level(False)
        self.mark_seen()

    def mark_seen(self) -> None:
        """Remember that the welcome was shown (a failure only means it shows again)."""
        if self.marker is None or self.marker.exists():
            return
        try:   # an empty file: only its existence counts, so no partial write can matter
            self.marker.parent.mkdir(parents=True, exist_ok=True)
            self.marker.touch(mode=0o600)
        except OSError as exc:
            log.warning("could not remember the welcome as seen: %s", exc)

    def _device_chosen(self, name: str) -> None:
        if self._choose_device is not None:
            self._choose_device(name)

    def _your_data(self) -> None:
        if self._open_your_data is not None:
            self._open_your_data()

    # ---- recalibration ---------------------------------------------------------------------
    def recalibrate(self) -> bool:
        """Ask, then forget the baseline and learn the calm voice again. True when started."""
        minutes = max(1, math.ceil(self.calibration.target_s / 60.0 - 1e-9))
        ok = self._confirm(
            _tr("Recalibrate"),
            _tr("Learn your calm voice again? Companion forgets what it learned and "
                    "listens to your next %n minute(s) of speech. Do this after changing "
                    "headset or microphone.", n=minutes))
        if not ok:
            return False
        self.engine.recalibrate()
        if self.store is not None:
            try:
                self.store.forget_baseline()
            except CompanionError as exc:
                log.warning("old baseline not deleted: %s", exc.one_line())
        self.calibration.restart()
        self._notify(APP_NAME, self.calibration.text())
        return True


def _confirm_box(title: str, text: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Yes).setText(
        QCoreApplication.translate("FirstRun", "&Recalibrate"))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Yes


def open_your_data(openers: WindowOpeners) -> None:
    """Open the dashboard on its "Your data" tab (what is kept, export, delete)."""
    window = openers.open_dashboard()
    tabs = getattr(window, "tabs", None)
    panel = getattr(window, "data_panel", None)
    if tabs is not None and panel is not None:
        tabs.setCurrentWidget(panel)
