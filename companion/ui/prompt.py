"""The between-call offer: a small frameless window near the tray that never takes focus.

Runs on the GUI thread. :class:`PromptWindow` appears after a tense call (never during one:
the controller checks the call state and the policy right before :meth:`PromptWindow.offer`),
does not steal keyboard focus from the softphone (``Qt.WindowDoesNotAcceptFocus``,
``WA_ShowWithoutActivating``, ``Qt.Tool``), offers "Breathe (60 s)", "A card", "Not now" and
a snooze, and hides itself after :data:`AUTO_HIDE_S` seconds if the agent ignores it.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.session import Offer
from companion.ui.placement import popup_position
from companion.ui.qtcompat import emit

#: Seconds the offer stays on screen when ignored.
AUTO_HIDE_S = 45.0
#: Minutes a snooze silences offers.
SNOOZE_MIN = 30
#: Distance from the tray icon / screen edge (pixels).

#: Window flags of the prompt: a tool window that never takes focus.
PROMPT_FLAGS = (Qt.WindowType.Tool | Qt.WindowType.FramelessWindowHint
                | Qt.WindowType.WindowStaysOnTopHint | Qt.WindowType.WindowDoesNotAcceptFocus)

_STYLE = """
QWidget#promptWindow { background: #fbfbf8; }
QFrame#promptFrame { background: #fbfbf8; border: 1px solid #7f8c87; border-top: 4px solid #009E73; }
QLabel#promptTitle { font-size: 15px; font-weight: 600; color: #1d2b27; }
QLabel#promptText { color: #33413d; }
QPushButton { padding: 6px 12px; border-radius: 6px; border: 1px solid #9aa5a0;
              background: #ffffff; color: #1d2b27; }
QPushButton#breatheButton { background: #009E73; border-color: #00553e; color: white;
                            font-weight: 600; }
QPushButton#notNowButton { background: transparent; }
QPushButton#snoozeButton { background: transparent; border: none; color: #2f5d50;
                           text-decoration: underline; padding: 2px 4px; }
"""


#: The agent's answer to the prompt (``dismissed`` = it hid itself unanswered).
PromptChoice = Literal["breathe", "card", "not_now", "snooze", "dismissed"]


def offer_text(offer: Offer) -> tuple[str, str]:
    """Title and body for ``offer`` (by its reason: ``tense_call`` ...)."""
    reason = offer.reason
    if reason == "start_of_shift":
        return "Before the first call", "A minute of slow breathing to settle in?"
    if reason == "tense_streak":
        return "A run of tough calls", "You have handled several tense calls. Take a minute?"
    return "That call sounded tense", "Take a minute for yourself before the next one?"


class PromptWindow(QWidget):
    """The offer window. ``chosen(str)`` is one of ``breathe``, ``card``, ``not_now``,
    ``snooze`` or ``dismissed`` (auto-hidden); ``offer`` holds the current offer.
    """

    chosen = Signal(str)

    def __init__(self, *, auto_hide_s: float = AUTO_HIDE_S, snooze_min: int = SNOOZE_MIN,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, PROMPT_FLAGS)
        self.setObjectName("promptWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWindowTitle("Companion")
        self.setStyleSheet(_STYLE)
        self.offer_obj: Offer | None = None
        self.snooze_min = snooze_min
        frame = QFrame(self)
        frame.setObjectName("promptFrame")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(8)
        self.title = QLabel()
        self.title.setObjectName("promptTitle")
        self.text = QLabel()
        self.text.setObjectName("promptText")
        self.text.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        row = QHBoxLayout()
        row.setSpacing(6)
        self.buttons: dict[str, QPushButton] = {}
        buttons: tuple[tuple[PromptChoice, str, str], ...] = (
            ("breathe", "Breathe (60 s)", "breatheButton"), ("card", "A card", "cardButton"),
            ("not_now", "Not now", "notNowButton"))
        for key, label, name in buttons:
            button = QPushButton(label)
            button.setObjectName(name)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, k=key: self._choose(k))
            self.buttons[key] = button
            row.addWidget(button)
        layout.addLayout(row)
        self.snooze_button = QPushButton(f"Snooze offers for {snooze_min} min")
        self.snooze_button.setObjectName("snoozeButton")
        self.snooze_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.snooze_button.clicked.connect(lambda: self._choose("snooze"))
        self.buttons["snooze"] = self.snooze_button
        layout.addWidget(self.snooze_button, 0, Qt.AlignmentFlag.AlignRight)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(int(auto_hide_s * 1000))
        self._timer.timeout.connect(lambda: self._choose("dismissed"))
        self.setFixedWidth(340)

    def offer(self, offer: Offer, anchor: QRect | None = None) -> None:
        """Show ``offer`` near ``anchor`` (the tray icon) without taking focus."""
        self.offer_obj = offer
        title, text = offer_text(offer)
        self.buttons["breathe"].setText(f"Breathe ({round(offer.breathe_s)} s)")
        self.buttons["card"].setVisible("card" in offer.choices)
        self.buttons["breathe"].setVisible("breathe" in offer.choices)
        self.title.setText(title)
        self.text.setText(text)
        self.adjustSize()
        self.move(self.position_for(anchor))
        self.show()
        self._timer.start()

    def withdraw(self) -> None:
        """Hide without an answer (a call started); no signal."""
        self._timer.stop()
        self.offer_obj = None
        self.hide()

    def position_for(self, anchor: QRect | None) -> QPoint:
        """Top-left so the window sits next to ``anchor`` inside the available screen."""
        return popup_position(self.sizeHint().expandedTo(self.size()), anchor)

    def _choose(self, choice: PromptChoice) -> None:
        self._timer.stop()
        self.hide()
        emit(self.chosen, choice)
