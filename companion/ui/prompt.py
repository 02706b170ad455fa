"""The between-call offer: a small frameless window near the tray that never takes focus by
itself, but can be reached and answered with the keyboard and a screen reader.

Runs on the GUI thread. :class:`PromptWindow` appears after a tense call (never during one:
the controller checks the call state and the policy right before :meth:`PromptWindow.offer`).
It does not steal keyboard focus from the softphone when it appears (``Qt.Tool``,
``WA_ShowWithoutActivating``, ``Qt.WindowDoesNotAcceptFocus``), and it tells screen readers
at once that it is there (an alert role and an assertive announcement that names the way in:
the tray menu's "Respond to the offer…", which calls :meth:`PromptWindow.activate_for_keyboard`).
Once active, every choice is a focusable button with a visible focus ring in tab order;
Enter takes the focused button (Breathe first; "Take a break" first after a run of tense
calls, when it replaces the card), Esc answers "Not now".

It hides itself after ``auto_hide_s`` seconds if ignored, but never while the agent is using
it: the countdown stops while it has the keyboard or the pointer, and once it was activated
from the keyboard it waits for an answer. With ``discreet`` (the default) the words never say
that a call was tense, so nobody at the desk or on a shared screen learns it.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QEvent, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.session import Offer
from companion.ui import a11y
from companion.ui.i18n import Tr
from companion.ui.placement import popup_position
from companion.ui.qtcompat import emit
from companion.ui.theme import surface_palette, surface_qss

#: Seconds the offer stays on screen when ignored.
AUTO_HIDE_S = 45.0
#: Minutes a snooze silences offers.
SNOOZE_MIN = 30
#: Width of the offer (logical px); wider when its row of answers needs more (a longer
#: language).
PROMPT_WIDTH_PX = 360

#: Window flags of the prompt while it waits: a tool window that does not take focus.
PROMPT_FLAGS = (Qt.WindowType.Tool | Qt.WindowType.FramelessWindowHint
                | Qt.WindowType.WindowStaysOnTopHint | Qt.WindowType.WindowDoesNotAcceptFocus)

#: The agent's answer to the prompt (``dismissed`` = it hid itself unanswered).
PromptChoice = Literal["break", "breathe", "card", "not_now", "snooze", "dismissed"]
#: The answers, in tab order ("Take a break" only after a run of tense calls).
CHOICES: tuple[PromptChoice, ...] = ("break", "breathe", "card", "not_now", "snooze")


_tr = Tr("PromptWindow")


def offer_text(offer: Offer, discreet: bool = True) -> tuple[str, str]:
    """Title and body for ``offer`` (by its reason: ``tense_call`` ...).

    ``discreet`` wording never names a call as tense (others may see the screen).
    """
    reason = offer.reason
    if reason == "start_of_shift":
        return (_tr("Before the first call"),
                _tr("A minute of slow breathing to settle in?"))
    if reason == "tense_run":
        if discreet:
            return (_tr("Time for a real break?"),
                    _tr("Ten minutes away from the phone helps more than a card, if you can."))
        return (_tr("Three hard calls in a row"),
                _tr("That is a lot for anyone. A real break helps more than a card: ten "
                    "minutes away, if you can."))
    if discreet:
        return (_tr("A minute for yourself?"),
                _tr("A short breather or a card, before the next call."))
    if reason == "tense_streak":
        return (_tr("A run of tough calls"),
                _tr("You have handled several tense calls. Take a minute?"))
    return _tr("That call sounded tense"), _tr("Take a minute for yourself before the next one?")


def how_to_answer() -> str:
    """The spoken hint that tells keyboard and screen-reader users how to reach the offer."""
    return _tr("To answer with the keyboard, open Companion's tray menu and choose "
               "Respond to the offer.")


class PromptWindow(QWidget):
    """The offer window. ``chosen(str)`` is one of ``break``, ``breathe``, ``card``,
    ``not_now``, ``snooze`` or ``dismissed`` (auto-hidden); ``offer_obj`` holds the current offer;
    ``showing(bool)`` follows its visibility (the tray enables "Respond to the offer…").
    """

    chosen = Signal(str)
    showing = Signal(bool)

    def __init__(self, *, auto_hide_s: float = AUTO_HIDE_S, snooze_min: int = SNOOZE_MIN,
                 discreet: bool = True, high_contrast: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, PROMPT_FLAGS)
        self.setObjectName("promptWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.setWindowTitle(_tr("Companion offer"))
        a11y.set_role(self, "alert")
        self.offer_obj: Offer | None = None
        self.snooze_min = snooze_min
        self.discreet = discreet
        self.high_contrast = False
        self.engaged = False          # activated from the keyboard: wait for an answer
        frame = QFrame(self)
        frame.setObjectName("surfaceFrame")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(8)
        self.title = QLabel()
        self.title.setObjectName("surfaceTitle")
        self.title.setWordWrap(True)
        self.text = QLabel()
        self.text.setObjectName("promptText")
        self.text.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        self.buttons = self._make_buttons(layout)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self.auto_hide_s = float(auto_hide_s)
        self._timer.timeout.connect(lambda: self._choose("dismissed"))
        self.setFixedWidth(PROMPT_WIDTH_PX)
        self.set_high_contrast(high_contrast)

    def _make_buttons(self, layout: QVBoxLayout) -> dict[str, QPushButton]:
        row = QHBoxLayout()
        row.setSpacing(6)
        buttons: dict[str, QPushButton] = {}
        labels = {"break": _tr("&Take a break"), "breathe": _tr("&Breathe (%n s)", n=60),
                  "card": _tr("A &card"),
                  "not_now": _tr("&Not now"),
                  "snooze": _tr("&Snooze offers for %n min", n=self.snooze_min)}
        for key in CHOICES:
            button = QPushButton(labels[key])
            button.setObjectName(f"{key}Button")
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setAutoDefault(True)
            button.clicked.connect(lambda _=False, k=key: self._choose(k))
            buttons[key] = button
        buttons["break"].setProperty("kind", "primary")
        buttons["breathe"].setProperty("kind", "primary")
        buttons["breathe"].setDefault(True)
        buttons["snooze"].setProperty("kind", "link")
        for key in ("break", "breathe", "card", "not_now"):
            row.addWidget(buttons[key])
        layout.addLayout(row)
        layout.addWidget(buttons["snooze"], 0, Qt.AlignmentFlag.AlignRight)
        for first, second in zip(CHOICES, CHOICES[1:], strict=False):
            QWidget.setTabOrder(buttons[first], buttons[second])
        return buttons

    def set_high_contrast(self, on: bool) -> None:
        """Switch between the normal and the high-contrast palette."""
        self.high_contrast = bool(on)
        self.setStyleSheet(surface_qss("promptWindow", surface_palette(self.high_contrast)))

    # ---- showing -----------------------------------------------------------------------
    def offer(self, offer: Offer, anchor: QRect | None = None) -> None:
        """Show ``offer`` near ``anchor`` (the tray icon) without taking focus, and tell
        screen readers about it."""
        self.offer_obj = offer
        self.engaged = False
        title, text = offer_text(offer, self.discreet)
        breaks = "break" in offer.choices
        # Next to "Take a break" the short label keeps the three buttons on one line.
        self.buttons["breathe"].setText(_tr("&Breathe") if breaks
                                        else _tr("&Breathe (%n s)", n=round(offer.breathe_s)))
        for key in ("break", "breathe", "card"):
            self.buttons[key].setVisible(key in offer.choices)
        self.buttons["break"].setDefault(breaks)
        self.buttons["breathe"].setDefault(not breaks)
        self.title.setText(title)
        self.text.setText(text)
        layout = self.layout()
        if layout is not None:    # wrapped text: size for the fixed width, not the hint
            layout.invalidate()
            layout.activate()
            self.setFixedWidth(max(PROMPT_WIDTH_PX, layout.totalMinimumSize().width()))
            self.setFixedHeight(layout.totalHeightForWidth(self.width()))
        self.setAccessibleName(title)
        self.setAccessibleDescription(f"{text} {how_to_answer()}")
        self._set_accepts_focus(False)
        self.adjustSize()
        self.move(self.position_for(anchor))
        self.show()
        self._restart_timer()
        emit(self.showing, True)
        a11y.alert(self)
        a11y.announce(self, f"{title} {text} {how_to_answer()}", assertive=True)

    def activate_for_keyboard(self) -> bool:
        """Give the offer the keyboard (the agent asked: tray menu "Respond to the offer…").

        Focus goes to the first visible answer; the window then waits for an answer.
        Returns False when there is no offer on screen.
        """
        if not self.isVisible() or self.offer_obj is None:
            return False
        self.engaged = True
        self._timer.stop()
        self._set_accepts_focus(True)
        self.raise_()
        self.activateWindow()
        first = next((b for k, b in self.buttons.items() if b.isVisible()), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def withdraw(self) -> None:
        """Hide without an answer (a call started); no ``chosen`` signal."""
        self._timer.stop()
        self.offer_obj = None
        self._hide()

    def position_for(self, anchor: QRect | None) -> QPoint:
        """Top-left so the window sits next to ``anchor`` inside the available screen."""
        return popup_position(self.sizeHint().expandedTo(self.size()), anchor)

    # ---- internals ---------------------------------------------------------------------
    def _set_accepts_focus(self, accepts: bool) -> None:
        """Allow or refuse activation, in place: the widget's flags are overridden and the
        native window told directly, so a shown prompt is not hidden and re-created."""
        refuses = bool(self.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus)
        if refuses != accepts:
            return
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, not accepts)
        flags = self.windowFlags()
        if accepts:
            flags &= ~Qt.WindowType.WindowDoesNotAcceptFocus
        else:
            flags |= Qt.WindowType.WindowDoesNotAcceptFocus
        self.overrideWindowFlags(flags)
        handle = self.windowHandle()
        if handle is not None:
            handle.setFlags(flags)

    def _has_keyboard(self) -> bool:
        """Active and allowed to be (some platforms report a refusing window as active)."""
        refuses = bool(self.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus)
        return self.isActiveWindow() and not refuses

    def _restart_timer(self) -> None:
        if self.auto_hide_s > 0 and self.isVisible() and not self.engaged \
                and not self.underMouse() and not self._has_keyboard():
            self._timer.start(int(self.auto_hide_s * 1000))

    def _hide(self) -> None:
        was_visible = self.isVisible()
        self.hide()
        self.engaged = False
        self._set_accepts_focus(False)
        if was_visible:
            emit(self.showing, False)

    def _choose(self, choice: PromptChoice) -> None:
        self._timer.stop()
        self._hide()
        emit(self.chosen, choice)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc answers "Not now"; Enter on no particular button takes the first offer (the
        break after a run of tense calls, else Breathe)."""
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self._choose("not_now")
            return
        first: PromptChoice | None = next(
            (k for k in ("break", "breathe") if self.buttons[k].isVisible()), None)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and first is not None:
            self._choose(first)
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:  # noqa: D102 - Qt override
        kind = event.type()
        if kind == QEvent.Type.Enter or (kind == QEvent.Type.WindowActivate
                                         and self._has_keyboard()):
            self._timer.stop()
        elif kind in (QEvent.Type.Leave, QEvent.Type.WindowDeactivate):
            self._restart_timer()   # it checks engagement, the pointer and the keyboard
        return super().event(event)
