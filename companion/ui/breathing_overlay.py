"""The breathing overlay window, and the launcher that opens it and records the session.

Runs on the GUI thread only. :class:`BreathingOverlay` is a frameless, translucent,
always-on-top tool window. Opened by the agent (tray menu, the offer's Breathe button, IPC)
it takes the keyboard, so Esc stops it at once; :meth:`BreathingOverlay.start` without
``activate`` shows it without activating (the softphone keeps the focus; a click gives it
focus). Everything it paints is also accessible text: a status line names the phase, the
count and the breath ("Breathe in, 4. Breath 2 of 9, 1:12 left."), and every new phase is
announced politely to screen readers, with the optional tones as the non-visual cue. It
animates from an injected
monotonic clock: every frame is painted from ``pattern.at(clock() - started)``, the frame
timer runs only while the window is visible, so tests drive it with a fake clock and
:meth:`BreathingOverlay.tick`.

:class:`BreathingLauncher` turns "breathe now" (tray, prompt, IPC, ``companion breathe``)
into an overlay: it resolves the pattern, applies the settings (reduced motion, high contrast,
size, opacity, tones, screen), and writes an ``InterventionRecord(kind="breathing")`` to the
store: ``accepted`` when it opens, ``completed`` or ``aborted`` when it ends, ``feeling``
when the agent answers.

"Worse" is never a dead end: the overlay then asks "what would help now?" and offers another
pattern (:func:`alternative_pattern`), a longer break or someone to talk to; the last two open
the card window on the "take a real break" / "this was a hard one" card, which shows the
support contact from the decks (:mod:`companion.content.support`). ``arousal_before`` is the mean of a call that ended shortly before;
``arousal_after`` is filled later by ``Store.record_arousal_after`` when the next call starts.

Times: the animation clock is monotonic seconds; store times are epoch seconds.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QPoint,
    QRectF,
    Qt,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import (
    QCloseEvent,
    QCursor,
    QGuiApplication,
    QHideEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from companion.content import BreathingPattern, PatternError, load_default_patterns
from companion.errors import CompanionError
from companion.paths import AppPaths
from companion.settings import Settings
from companion.store import FEELINGS, InterventionRecord, Store
from companion.ui import a11y
from companion.ui.breathing_view import (
    REDUCED_ASPECT,
    FrameState,
    LayerCache,
    PaintedText,
    feeling_question,
    footer_text,
    frame_state,
    guarded,
    motion_rect,
    paint_feeling,
    palette_for,
    phase_levels,
    words_key,
)
from companion.ui.i18n import Tr, noop, preferred_languages
from companion.ui.os_look import SystemLook, effective_look, system_look
from companion.ui.theme import base_point_size

if TYPE_CHECKING:   # card_window -> openers -> this module: import it lazily at run time
    from companion.ui.card_window import CardWindow

log = logging.getLogger(__name__)
_tr = Tr("BreathingGuide")

#: Frame timer interval while animating (ms): about 33 frames per second.
FRAME_INTERVAL_MS = 30
#: Seconds the "how do you feel now?" question stays before closing by itself.
FEELING_TIMEOUT_S = 30.0
#: A call that ended at most this long (seconds) before breathing gives ``arousal_before``.
RECENT_CALL_S = 15 * 60.0
#: What "worse" leads to: (step, button text, tooltip). ``break``/``support`` are card roles.
NEXT_STEPS: tuple[tuple[str, str, str], ...] = (
    ("pattern", noop("BreathingGuide", "&1  Another pattern"),
     noop("BreathingGuide", "Try a different breathing pattern now")),
    ("break", noop("BreathingGuide", "&2  A longer break"),
     noop("BreathingGuide", "Ideas for a real break, and who can cover you")),
    ("support", noop("BreathingGuide", "&3  Someone to talk to"),
     noop("BreathingGuide",
                       "Your team lead, or your organisation's support line")),
)
#: Patterns to suggest after one that did not help, best first (the long exhale of cyclic
#: sighing is the quickest to calm, then a short reset).
ALTERNATIVES = ("cyclic-sighing", "quick-reset", "resonance", "box", "4-7-8")

#: Plays a cue tone by kind (``TonePlayer.play``); its result (queued or not) is not used.
Tone = Callable[[str], object]


@dataclass(frozen=True)
class OverlayOptions:
    """How the overlay looks (from :class:`companion.settings.Settings`).

    ``size_px`` is the width in logical pixels; ``opacity`` 0.3-1.0; ``screen`` a screen name
    ('' = the screen with the mouse pointer).
    """

    reduced_motion: bool = False
    high_contrast: bool = False
    size_px: int = 360
    opacity: float = 0.92
    screen: str = ""
    ask_feeling: bool = True

    @classmethod
    def from_settings(cls, settings: Settings, system: SystemLook | None = None) -> OverlayOptions:
        """Options from the agent's settings; the system's high-contrast and reduced-motion
        preferences (``system``) turn those modes on too."""
        look = effective_look(settings, system or SystemLook())
        return cls(reduced_motion=look.reduced_motion, high_contrast=look.high_contrast,
                   size_px=settings.overlay_size_px, opacity=settings.overlay_opacity,
                   screen=settings.overlay_screen or "")


@dataclass(frozen=True)
class BreathingResult:
    """How a session went: seconds breathed, whether the whole pattern ran, the answer."""

    pattern_id: str
    completed: bool
    elapsed_s: float
    feeling: str | None = None


class BreathingOverlay(QWidget):
    """The paced-breathing window. See the module docstring.

    Parameters
    ----------
    pattern
        The pattern to run (already lengthened/shortened to the wanted duration).
    options
        Look and behaviour.
    clock
        Monotonic seconds (inject a fake one in tests).
    tone
        Called with ``inhale`` / ``hold`` / ``exhale`` at each phase change and ``end`` at
        the end; must not block (see :class:`companion.audio.tones.TonePlayer`). None = silent.
    feeling_timeout_s
        Seconds the closing question waits before the window closes by itself.

    Signals
    -------
    phase_changed(str)
        A new phase began (its kind).
    session_ended(BreathingResult)
        The exercise ended: completed, or stopped early (Esc, close button, :meth:`stop`).
    feeling_given(str)
        The agent answered ``better`` / ``same`` / ``worse``.
    next_step(str)
        After "worse": ``pattern`` (try another), ``break`` or ``support`` (show that card).
    closed(BreathingResult)
        The window is gone (with the feeling, if any).
    """

    phase_changed = Signal(str)
    session_ended = Signal(object)
    feeling_given = Signal(str)
    next_step = Signal(str)
    closed = Signal(object)

    def __init__(self, pattern: BreathingPattern, options: OverlayOptions | None = None, *,
                 clock: Callable[[], float] = time.monotonic, tone: Tone | None = None,
                 feeling_timeout_s: float = FEELING_TIMEOUT_S,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.FramelessWindowHint
                         | Qt.WindowType.WindowStaysOnTopHint)
        self._build(pattern, options, clock, tone, feeling_timeout_s)

    @guarded
    def _build(self, pattern: BreathingPattern, options: OverlayOptions | None,
               clock: Callable[[], float], tone: Tone | None,
               feeling_timeout_s: float) -> None:
        self.pattern = pattern
        self.options = options or OverlayOptions()
        self._clock = clock
        self._tone = tone
        self._levels = phase_levels(pattern.phases)
        self._palette = palette_for(self.options.high_contrast)
        self._layers = LayerCache(self._palette, pattern.name, self.options.reduced_motion)
        self._started: float | None = None
        self._phase_key: tuple[int, int] | None = None
        self._words_shown: tuple[str, int, str] | None = None
        self.mode = "ready"          # ready -> breathing -> feeling (-> worse) -> closed
        self.result: BreathingResult | None = None
        self.recorder: SessionRecorder | None = None
        self.frames_painted = 0
        self._painted: list[PaintedText] = []
        self.engaged = False       # the agent used it (a key or a click): questions wait
        self.state: FrameState = frame_state(pattern, 0.0, self._levels)

        self.setObjectName("breathingOverlay")
        self.setWindowTitle(_tr("Breathing: %1", pattern.name))
        self.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground, True)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        a11y.set_role(self, "dialog")
        self.setAccessibleName(_tr("Breathing guide: %1", pattern.name))
        self.setAccessibleDescription(_tr(
            "Follow the words; press Esc or the close button to stop."))
        self.setWindowOpacity(self.options.opacity)
        width = int(self.options.size_px)
        height = round(width * REDUCED_ASPECT) if self.options.reduced_motion else width
        self.setFixedSize(width, height)
        self.spoken = SpokenText(self)

        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(FRAME_INTERVAL_MS)
        self._timer.timeout.connect(self.tick)
        self._feeling_timer = QTimer(self)
        self._feeling_timer.setSingleShot(True)
        self._feeling_timer.setInterval(max(1, round(feeling_timeout_s * 1000)))
        self._feeling_timer.timeout.connect(self.close)
        self._drag_from: QPoint | None = None

        self.close_button = self._button("✕", "closeButton", _tr("Stop (Esc)"))
        self.close_button.clicked.connect(self.stop)
        self.feeling_buttons: dict[str, QPushButton] = {}
        for key, label, tip in (("better", _tr("&Better"), _tr("I feel better")),
                                ("same", _tr("&Same"), _tr("I feel the same")),
                                ("worse", _tr("&Worse"), _tr("I feel worse"))):
            button = self._button(label, f"feeling_{key}", tip)
            button.clicked.connect(self._feeling_slot(key))
            button.hide()
            self.feeling_buttons[key] = button
        self.step_buttons: dict[str, QPushButton] = {}
        for key, step_label, step_tip in NEXT_STEPS:
            button = self._button(_tr(step_label), f"next_{key}", _tr(step_tip))
            button.clicked.connect(self._step_slot(key))
            button.hide()
            self.step_buttons[key] = button
        self._style_buttons()
        self._layout_buttons()
        self._speak_state(announce=False)

    # ---- construction helpers ---------------------------------------------------------------
    def _feeling_slot(self, feeling: str) -> Callable[[], None]:
        def slot() -> None:
            self.give_feeling(feeling)
        return slot

    def _step_slot(self, step: str) -> Callable[[], None]:
        def slot() -> None:
            self.choose_next(step)
        return slot

    def _button(self, text: str, name: str, tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        return button

    def _style_buttons(self) -> None:
        self.setStyleSheet(overlay_button_qss(min(self.width(), self.height()),
                                              self.options.high_contrast))

    def _layout_buttons(self) -> None:
        """Place the close button, the feeling answers (a row, or a column when a longer
        language does not fit in one) and the next steps, each at least as big as its
        text needs."""
        w, h = self.width(), self.height()
        self.close_button.setGeometry(w - 40, 12, 28, 28)
        feelings = list(self.feeling_buttons.values())
        widths = [max(round(w * 0.24), b.sizeHint().width()) for b in feelings]
        bh = max(32, round(min(w, h) * 0.1), *(b.sizeHint().height() for b in feelings))
        gap = round(w * 0.04)
        if sum(widths) + 2 * gap <= w - 24:
            x = (w - sum(widths) - 2 * gap) // 2
            top = round(h * 0.62)
            for button, bw in zip(feelings, widths, strict=True):
                button.setGeometry(x, top, bw, bh)
                x += bw + gap
        else:
            self._stack(feelings, max(widths))
        self._stack(list(self.step_buttons.values()), round(w * 0.74))

    def _stack(self, buttons: list[QPushButton], width: int) -> None:
        """``buttons`` one under another below the question (painted at 0.3-0.5 h), at
        least ``width`` wide, as tall as the space left allows but never below their text."""
        w, h = self.width(), self.height()
        top = round(h * 0.5)
        gap = max(4, round(h * 0.02))
        text_h = max(b.sizeHint().height() for b in buttons)
        bh = max(text_h, min(max(32, round(min(w, h) * 0.1)),
                             (h - top - 10 - 2 * gap) // len(buttons)))
        bw = min(w - 24, max(width, *(b.sizeHint().width() for b in buttons)))
        for i, button in enumerate(buttons):
            button.setGeometry((w - bw) // 2, top + i * (bh + gap), bw, bh)

    # ---- running ----------------------------------------------------------------------------
    @guarded
    def start(self, activate: bool = False) -> None:
        """Place the window on its screen, show it, start the clock.

        ``activate`` gives it the keyboard (the agent asked for it, so Esc works at once);
        otherwise it is shown without activating.
        """
        self.place_on_screen(self.options.screen)
        self._started = self._clock()
        self.mode = "breathing"
        if activate:
            self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, False)
        self.show()
        if activate:
            self.raise_()
            self.activateWindow()
            self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.tick()

    def place_on_screen(self, screen_name: str = "") -> None:
        """Centre on the screen named ``screen_name`` or else the one with the mouse pointer
        (else the primary screen)."""
        screen = None
        if screen_name:
            screen = next((s for s in QGuiApplication.screens() if s.name() == screen_name),
                          None)
        if screen is None:
            screen = QGuiApplication.screenAt(QCursor.pos())
        if screen is None:
            screen = QGuiApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        self.move(area.center().x() - self.width() // 2, area.center().y() - self.height() // 2)

    @property
    def elapsed_s(self) -> float:
        """Seconds since :meth:`start` (0 before)."""
        return 0.0 if self._started is None else max(0.0, self._clock() - self._started)

    def painted_text(self) -> list[PaintedText]:
        """The texts of the last painted frame (pattern name, phase word, count, status
        line, or the closing question), with where they had to fit."""
        return list(self._painted)

    @property
    def animating(self) -> bool:
        """True while the frame timer runs."""
        return self._timer.isActive()

    @guarded
    def tick(self) -> None:
        """Advance to the clock's time: new phase -> tone; end -> closing question; repaint."""
        if self.mode != "breathing":
            return
        self.state = frame_state(self.pattern, self.elapsed_s, self._levels)
        pos = self.state.position
        if pos.finished:
            self._end(completed=True)
            return
        key = (pos.cycle, pos.index)
        new_phase = key != self._phase_key
        if new_phase:
            self._phase_key = key
            self._play(pos.phase.kind)
            self.phase_changed.emit(pos.phase.kind)
        words = words_key(self.state)
        if words != self._words_shown:
            self._words_shown = words
            self._speak_state(announce=new_phase)
            self.update()
        else:       # only the shape moved: repaint (and flush) just its area
            self.update(motion_rect(QRectF(self.rect()),
                                    self.options.reduced_motion).toAlignedRect())

    @guarded
    def stop(self) -> None:
        """Stop early (close button, Esc) or close the closing question."""
        if self.mode == "breathing":
            self._end(completed=False)
        else:
            self.close()

    @guarded
    def give_feeling(self, feeling: str) -> None:
        """Record the agent's answer and close."""
        if feeling not in FEELINGS:
            raise ValueError(f"feeling must be one of {', '.join(FEELINGS)}, not {feeling!r}")
        if self.mode != "feeling" or self.result is None:
            return
        self.result = replace(self.result, feeling=feeling)
        self.feeling_given.emit(feeling)
        if feeling == "worse":
            self._ask_what_helps()
        else:
            self.close()

    def _ask_what_helps(self) -> None:
        """After "worse": offer another pattern, a longer break or someone to talk to."""
        self.mode = "worse"
        for button in self.feeling_buttons.values():
            button.hide()
        for button in self.step_buttons.values():
            button.show()
        if not (self.engaged and self.isActiveWindow()):   # else: wait for the answer
            self._feeling_timer.start()
        question = _tr("Sorry that did not help. What would help? Another pattern, a longer "
                       "break, or someone to talk to (keys 1, 2, 3).")
        self.spoken.setText(question)
        if self.isActiveWindow():
            self.step_buttons["pattern"].setFocus(Qt.FocusReason.OtherFocusReason)
        a11y.announce(self, question)
        self.update()

    @guarded
    def choose_next(self, step: str) -> None:
        """After "worse": ``pattern``, ``break`` or ``support`` (see :data:`NEXT_STEPS`); the
        launcher acts on ``next_step`` while this window closes."""
        if step not in {key for key, _, _ in NEXT_STEPS}:
            raise ValueError(f"next step must be one of pattern, break, support, not {step!r}")
        if self.mode != "worse":
            return
        self.next_step.emit(step)
        self.close()

    def _end(self, *, completed: bool) -> None:
        elapsed = min(self.elapsed_s, self.pattern.total_s) if completed else self.elapsed_s
        self.result = BreathingResult(self.pattern.id, completed, elapsed)
        self.mode = "ended"
        self._timer.stop()
        self.session_ended.emit(self.result)
        if completed:
            self._play("end")
        if completed and self.options.ask_feeling:
            self.mode = "feeling"
            for button in self.feeling_buttons.values():
                button.show()
            question = _tr("%1: done. %2 Better, Same or Worse (keys 1, 2, 3).",
                           self.pattern.name, feeling_question())
            self.spoken.setText(question)
            if self.isActiveWindow():
                self.feeling_buttons["better"].setFocus(Qt.FocusReason.OtherFocusReason)
            if not (self.engaged and self.isActiveWindow()):   # else: wait for the answer
                self._feeling_timer.start()
            a11y.announce(self, question)
            self.update()
        else:
            self.close()

    def _speak_state(self, *, announce: bool) -> None:
        """Put the painted words into the accessible status line; on a new phase, announce
        the phase and its length politely (a screen reader says it between its own words)."""
        state = self.state
        # Translators: the breathing guide's status line: "Breathe in, 4. Breath 2 of 9, 1:12
        # left." (%1 the phase word, %2 the seconds counting down, %3 the progress line).
        self.spoken.setText(_tr("%1, %2. %3.", state.word, state.countdown,
                                footer_text(state).replace("  ", " ")))
        if announce:
            seconds = max(1, round(state.position.phase.seconds))
            a11y.announce(self, _tr("%1, %n second(s)", state.word, n=seconds))

    def _play(self, kind: str) -> None:
        if self._tone is None:
            return
        try:
            self._tone(kind)
        except Exception as exc:  # noqa: BLE001 - a tone must never break the guide
            log.warning("breathing tone failed: %s", exc)
            self._tone = None

    # ---- Qt events --------------------------------------------------------------------------
    @guarded
    def event(self, event: QEvent) -> bool:
        """Every event handler runs inside :func:`singleton_refs_guard`. The closing question
        waits while the guide has the keyboard, and counts down again once it lost it."""
        if self.mode in ("feeling", "worse"):
            if event.type() == QEvent.Type.WindowActivate and self.engaged:
                self._feeling_timer.stop()
            elif event.type() == QEvent.Type.WindowDeactivate:
                self._feeling_timer.start()
        return bool(super().event(event))

    def showEvent(self, event: QShowEvent) -> None:
        """Animate only while visible."""
        super().showEvent(event)
        if self.mode == "breathing":
            self._timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        """No frames while hidden."""
        self._timer.stop()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing during the exercise counts as stopping early."""
        if self.mode == "breathing":
            self.result = BreathingResult(self.pattern.id, False, self.elapsed_s)
            self._timer.stop()
            self.session_ended.emit(self.result)
        self._timer.stop()
        self._feeling_timer.stop()
        was_closed = self.mode == "closed"
        self.mode = "closed"
        super().closeEvent(event)
        if not was_closed:
            self.closed.emit(self.result or BreathingResult(self.pattern.id, False, 0.0))

    def _engage(self) -> None:
        """The agent is using the guide: the closing question waits for them."""
        self.engaged = True
        if self.mode in ("feeling", "worse"):
            self._feeling_timer.stop()

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab between the buttons counts as using the guide."""
        self._engage()
        return bool(super().focusNextPrevChild(next))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc stops; in the closing question 1/2/3 answer better/same/worse, and after
        "worse" choose another pattern / a longer break / someone to talk to."""
        self._engage()
        if event.key() == Qt.Key.Key_Escape:
            self.stop()
            return
        if self.mode in ("feeling", "worse"):
            answers = FEELINGS if self.mode == "feeling" \
                else tuple(key for key, _, _ in NEXT_STEPS)
            digits = (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3)   # in the order of answers
            answer = dict(zip(digits, answers, strict=True)).get(Qt.Key(event.key()))
            if answer is not None:
                if self.mode == "feeling":
                    self.give_feeling(answer)
                else:
                    self.choose_next(answer)
                return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A click takes the keyboard (so Esc works) and starts a drag."""
        if event.button() == Qt.MouseButton.LeftButton:
            self._engage()
            self.activateWindow()
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self._drag_from = event.globalPosition().toPoint() - self.frameGeometry().topLeft()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Drag the overlay aside."""
        if self._drag_from is not None and event.buttons() & Qt.MouseButton.LeftButton:
            self.move(event.globalPosition().toPoint() - self._drag_from)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """End a drag."""
        self._drag_from = None
        super().mouseReleaseEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint the current frame (or the closing question)."""
        painter = QPainter(self)
        try:
            rect = QRectF(self.rect())
            if self.mode == "feeling":
                done = _tr("%1: done", self.pattern.name)
                self._painted = paint_feeling(painter, rect, self._palette, completed_text=done)
            elif self.mode == "worse":
                self._painted = paint_feeling(painter, rect, self._palette,
                                              completed_text=_tr("Sorry that did not help."),
                                              question=_tr("What would help?"))
            else:
                self._layers.paint(painter, rect, self.state, self.devicePixelRatioF())
                self._painted = self._layers.painted
        finally:
            painter.end()
        self.frames_painted += 1



class SpokenText(QLabel):
    """The guide's words as accessible text (a status line), painted by the guide itself.

    It covers the guide, takes no mouse events and paints nothing (the guide draws the same
    words larger), so a screen reader can read "Breathe in, 4. Breath 2 of 9, 1:12 left."
    while sighted users see the painted guide.
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("breathingStatus")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.setGeometry(0, 0, parent.width(), parent.height())
        self.lower()
        a11y.set_role(self, "status")

    def paintEvent(self, event: QPaintEvent) -> None:
        """Nothing: the guide paints these words."""


def overlay_button_qss(side: float, high_contrast: bool) -> str:
    """Style of the guide's buttons (close, and the closing question's answers): font sizes
    in points (never below the OS text size), borders and focus rings of 3:1 or more."""
    size_pt = max(base_point_size(), side * 0.045 * 0.75)
    if high_contrast:
        fg, bg, border, hover = "#ffffff", "#000000", "#ffffff", "#333333"
    else:
        fg, bg, border, hover = ("#f4fbfa", "rgba(255,255,255,30)", "rgba(255,255,255,150)",
                                 "rgba(255,255,255,60)")
    return (f"QPushButton {{ color: {fg}; background: {bg}; border: 1px solid {border};"
            f" border-radius: 8px; font-size: {size_pt:.1f}pt; padding: 4px 10px; }}"
            f" QPushButton:hover {{ background: {hover}; }}"
            f" QPushButton:focus {{ border: 3px solid {fg}; padding: 2px 8px; }}"
            f" QPushButton#closeButton {{ border-radius: 14px; padding: 0;"
            f" font-size: {max(base_point_size(), 11.0):.1f}pt; }}")


# ---- launching and recording ----------------------------------------------------------------


def resolve_pattern(patterns: Mapping[str, BreathingPattern], pattern_id: str | None,
                    default_id: str = "resonance",
                    duration_s: float | None = None) -> BreathingPattern:
    """The pattern to run.

    ``pattern_id`` None means the settings' default, then ``resonance``, then any pattern.
    ``duration_s`` lengthens or shortens it in whole cycles (10-600 s).

    Raises
    ------
    PatternError
        An unknown ``pattern_id`` (naming the known ones), no pattern at all, or a duration
        outside 10-600 s.
    """
    if pattern_id is not None:
        pattern = patterns.get(pattern_id)
        if pattern is None:
            known = ", ".join(sorted(patterns)) or "none"
            raise PatternError(f"no breathing pattern '{pattern_id}'",
                               f"known patterns: {known}")
    else:
        pattern = patterns.get(default_id) or patterns.get("resonance")
        if pattern is None and patterns:
            pattern = patterns[sorted(patterns)[0]]
        if pattern is None:
            raise PatternError("no breathing pattern could be loaded",
                               "check the breathing_patterns folders ('companion self-test')")
    if duration_s is not None:
        if isinstance(duration_s, bool) or not isinstance(duration_s, (int, float)) \
                or not math.isfinite(duration_s):
            raise PatternError(f"duration must be a number of seconds, not {duration_s!r}",
                               "e.g. --duration 60")
        pattern = pattern.with_duration(float(duration_s))
    return pattern


def alternative_pattern(patterns: Mapping[str, BreathingPattern],
                        current_id: str) -> BreathingPattern | None:
    """A different pattern to try after ``current_id`` did not help (:data:`ALTERNATIVES`
    first, then any other); None when there is no other pattern."""
    for pattern_id in (*ALTERNATIVES, *sorted(patterns)):
        if pattern_id != current_id and pattern_id in patterns:
            return patterns[pattern_id]
    return None


class SessionRecorder:
    """Writes one breathing session to the store (``None`` store: does nothing).

    Store failures are logged, never raised: the guide works without a store.
    """

    def __init__(self, store: Store | None, *, clock: Callable[[], float] = time.time) -> None:
        self.store = store
        self._clock = clock
        self.intervention_id: int | None = None

    def started(self, pattern_id: str) -> None:
        """The overlay opened: an ``accepted`` breathing intervention."""
        if self.store is None:
            return
        now = self._clock()
        try:
            record = InterventionRecord(
                kind="breathing", item_id=pattern_id, offered_at=now, outcome="accepted",
                arousal_before=self._recent_arousal(self.store, now))
            self.intervention_id = self.store.add_intervention(record)
        except Exception as exc:  # noqa: BLE001 - a full disk must not stop the exercise
            log.warning("could not store the breathing session: %s", exc)

    def ended(self, result: BreathingResult) -> None:
        """The exercise finished (``completed``) or was stopped (``aborted``)."""
        self._update(outcome="completed" if result.completed else "aborted")

    def feeling(self, feeling: str) -> None:
        """The agent's answer to "how do you feel now?"."""
        self._update(feeling=feeling)

    def _update(self, **fields: str) -> None:
        if self.store is None or self.intervention_id is None:
            return
        try:
            self.store.update_intervention(self.intervention_id, **fields)
        except Exception as exc:  # noqa: BLE001 - see started()
            log.warning("could not update the breathing session: %s", exc)

    @staticmethod
    def _recent_arousal(store: Store, now: float) -> float | None:
        """Mean arousal of a call that ended within :data:`RECENT_CALL_S` (else None)."""
        recent = [c for c in store.calls(now - 4 * 3600.0, None)
                  if c.end is not None and now - RECENT_CALL_S <= c.end <= now + 1.0]
        return recent[-1].arousal_mean if recent else None


class BreathingLauncher:
    """Opens the overlay for "breathe now", the prompt, IPC and the CLI.

    Parameters
    ----------
    settings
        A :class:`companion.settings.Settings` (``settings`` may be replaced later).
    store
        A ``companion.store.Store`` or None.
    patterns
        ``() -> Mapping[id, BreathingPattern]`` (default: bundled, IT and personal folders,
        read again on every open so edits apply).
    tone_factory
        ``() -> (tone callable, close callable)`` used when ``breathing_tones`` is on
        (default: :class:`companion.audio.tones.TonePlayer`).
    clock, monotonic
        Epoch seconds (store) and monotonic seconds (animation).
    quit_signal
        A signal after which a running guide closes (default: ``QApplication.aboutToQuit``).
    look
        The system's high-contrast / reduced-motion preferences (read on every open).
    card_opener
        ``card_opener(role)`` shows the card window on a role card (``break``, ``support``)
        after "worse" (the app's card window); None: the launcher opens its own card window
        on the decks in use (``companion breathe``).
    """

    def __init__(self, settings: Settings, store: Store | None = None, *,
                 patterns: Callable[[], Mapping[str, BreathingPattern]] | None = None,
                 tone_factory: Callable[[], tuple[Tone, Callable[[], None]]] | None = None,
                 clock: Callable[[], float] = time.time,
                 monotonic: Callable[[], float] = time.monotonic,
                 feeling_timeout_s: float = FEELING_TIMEOUT_S,
                 paths: AppPaths | None = None,
                 quit_signal: SignalInstance | None = None,
                 look: Callable[[], SystemLook] = system_look,
                 card_opener: Callable[[str], None] | None = None) -> None:
        self.settings = settings
        self._system_look = look
        self.paths = paths
        self.card_opener = card_opener
        self.card_window: CardWindow | None = None  # our own, when there is no card_opener
        self._when_done: list[Callable[[], None]] = []
        self._quit_signal = quit_signal
        self.store = store
        self._patterns = patterns or (lambda: _default_patterns(
            paths, preferred_languages(self.settings.language)))
        self._tone_factory = tone_factory or _tone_player
        self._clock = clock
        self._monotonic = monotonic
        self._feeling_timeout_s = feeling_timeout_s
        self.overlay: BreathingOverlay | None = None
        self.last_result: BreathingResult | None = None

    @guarded
    def open(self, pattern_id: str | None = None, duration_s: float | None = None,
             activate: bool = True) -> BreathingOverlay:
        """Show the guide (an overlay already running is kept, not restarted; the request
        is still checked, so a bad one is reported). ``activate`` gives it the keyboard.

        Raises
        ------
        PatternError
            Unknown pattern, no patterns, or a duration outside 10-600 s.
        """
        default_id = self.settings.default_breathing_pattern
        pattern = resolve_pattern(self._patterns(), pattern_id, default_id, duration_s)
        if self.overlay is not None and self.overlay.mode in ("breathing", "feeling"):
            return self.overlay
        options = OverlayOptions.from_settings(self.settings, self._system_look())
        tone: Tone | None = None
        close_tone: Callable[[], None] = _nothing
        if self.settings.breathing_tones:
            try:
                tone, close_tone = self._tone_factory()
            except CompanionError as exc:
                log.warning("breathing tones unavailable: %s", exc.one_line())
        overlay = BreathingOverlay(pattern, options, clock=self._monotonic, tone=tone,
                                   feeling_timeout_s=self._feeling_timeout_s)
        recorder = SessionRecorder(self.store, clock=self._clock)
        overlay.recorder = recorder      # kept alive as long as the window
        overlay.session_ended.connect(recorder.ended)
        overlay.feeling_given.connect(recorder.feeling)
        overlay.next_step.connect(lambda step: self._next_step(step, pattern.id))
        overlay.closed.connect(lambda result: self._closed(result, close_tone))
        recorder.started(pattern.id)
        quitting = self._quit_signal
        if quitting is None:
            app = QApplication.instance()
            quitting = None if app is None else app.aboutToQuit
        if quitting is not None:    # quitting the app mid-exercise records it as aborted
            quitting.connect(overlay.close)
        self.overlay = overlay
        overlay.start(activate=activate)
        return overlay

    def _closed(self, result: BreathingResult, close_tone: Callable[[], None]) -> None:
        # The closed window is kept until the next open() replaces it (deleting it from
        # inside its own close event is not safe).
        self.last_result = result
        close_tone()
        self._check_done()

    # ---- after "worse" ----------------------------------------------------------------------
    def _next_step(self, step: str, pattern_id: str) -> None:
        """Act on the agent's choice after "worse" (see :data:`NEXT_STEPS`)."""
        if step == "pattern":
            other = alternative_pattern(self._patterns(), pattern_id)
            self.open(other.id if other is not None else pattern_id)
            return
        if self.card_opener is not None:
            self.card_opener(step)
            return
        self._own_card_window().show_for(step)

    def _own_card_window(self) -> CardWindow:
        """A card window on the decks in use, for ``companion breathe`` (no app around)."""
        from companion.content.library import load_default_decks
        from companion.ui.card_window import CardDeck, CardWindow

        if self.card_window is None:
            library = load_default_decks(self.paths, self.settings,
                                         languages=preferred_languages(self.settings.language))
            window = CardWindow(CardDeck(library, self.store),
                                high_contrast=self.settings.high_contrast)
            window.closed.connect(lambda _reason: self._check_done())
            self.card_window = window
        return self.card_window

    def when_done(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` once nothing this launcher opened is on screen any more (the
        guide, a second pattern after "worse", its own card window)."""
        self._when_done.append(callback)

    @property
    def busy(self) -> bool:
        """True while a guide or this launcher's own card window is open."""
        overlay_open = self.overlay is not None and self.overlay.mode != "closed"
        return overlay_open or (self.card_window is not None and self.card_window.isVisible())

    def _check_done(self) -> None:
        if self.busy:
            return
        for callback in self._when_done:
            callback()


def _nothing() -> None:
    return None


def _default_patterns(paths: AppPaths | None,
                      languages: Sequence[str]) -> Mapping[str, BreathingPattern]:
    loaded = load_default_patterns(paths, languages=languages)
    for problem in loaded.problems:
        log.info("breathing pattern: %s", problem)
    return loaded.items


def _tone_player() -> tuple[Tone, Callable[[], None]]:
    from companion.audio.tones import TonePlayer

    player = TonePlayer()
    return player.play, player.close

