"""Companion's windows for the AT-SPI test, driven one command per line on stdin.

Run with the project's interpreter inside the accessibility session of
``tests/helpers/atspi.py`` (``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1``); not collected by pytest.
Answers each command with one line:

* ``offer``   shows the between-call offer          -> ``offered``
* ``respond`` "Respond to the offer…" (gives it the keyboard) -> ``responded <focused name>``
* ``answer``  Esc on the offer                       -> ``answered <choice>``
* ``card``    opens a cue card as the tray menu does -> ``card <title>``
* ``guide``   opens the breathing guide (box)        -> ``guide``
* ``at T``    moves the guide's clock to T seconds   -> ``at <word>``
* ``welcome`` opens the welcome window               -> ``welcome``
* ``quit``.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSocketNotifier, Qt
from PySide6.QtWidgets import QApplication

from companion.content import load_decks, load_default_patterns
from companion.session import Offer
from companion.ui.breathing_overlay import BreathingOverlay, OverlayOptions
from companion.ui.calibration import CalibrationStatus
from companion.ui.card_window import install_card_window
from companion.ui.openers import WindowOpeners
from companion.ui.prompt import PromptWindow
from companion.ui.welcome import WelcomeWindow

DECK = """[deck]
id = "a11y"
title = "Team cues"
version = 1

[[cards]]
id = "slow-down"
title = "Lower and slower"
body = "Drop your voice a little and slow down."
when = ["between_calls"]
"""


class Clock:
    def __init__(self) -> None:
        self.t = 100.0

    def __call__(self) -> float:
        return self.t


def main() -> int:
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Companion")
    app.setQuitOnLastWindowClosed(False)
    folder = Path(sys.argv[1])
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "a11y.toml").write_text(DECK, encoding="utf-8")
    prompt = PromptWindow(auto_hide_s=0)
    answers: list[str] = []
    prompt.chosen.connect(answers.append)
    openers = WindowOpeners(lambda *_: None)
    cards = install_card_window(openers, library=load_decks([folder]), rng=random.Random(1))
    clock = Clock()
    keep: dict[str, object] = {}

    def handle(line: str) -> str:
        cmd, _, arg = line.partition(" ")
        if cmd == "offer":
            prompt.offer(Offer(reason="tense_call", moment="after_tense",
                               choices=("breathe", "card", "not_now"), offered_at=0.0))
            return "offered"
        if cmd == "respond":
            prompt.activate_for_keyboard()
            deadline = time.monotonic() + 10
            while not prompt.isActiveWindow() and time.monotonic() < deadline:
                app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            focus = app.focusWidget()
            return f"responded {focus.objectName() if focus else '-'}"
        if cmd == "answer":
            from PySide6.QtTest import QTest

            QTest.keyClick(app.focusWidget() or prompt, Qt.Key.Key_Escape)
            # With a screen reader on the bus, Qt first offers every key to it (AT-SPI key
            # snooping) and delivers it when the reader answers: wait for the answer.
            deadline = time.monotonic() + 10
            while not answers and time.monotonic() < deadline:
                app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            return f"answered {answers[-1] if answers else '-'}"
        if cmd == "card":
            openers.open_card("between_calls")
            return f"card {cards.window.card.title if cards.window.card else '-'}"
        if cmd == "guide":
            overlay = BreathingOverlay(load_default_patterns().items["box"], OverlayOptions(),
                                       clock=clock)
            keep["guide"] = overlay
            overlay.start(activate=True)
            return "guide"
        if cmd == "at":
            overlay = keep["guide"]
            clock.t = 100.0 + float(arg)
            overlay.tick()  # type: ignore[attr-defined]
            return f"at {overlay.state.word}"  # type: ignore[attr-defined]
        if cmd == "welcome":
            window = WelcomeWindow(CalibrationStatus(180.0, calibrated=False))
            keep["welcome"] = window
            window.show()
            return "welcome"
        if cmd == "quit":
            app.quit()
            return "bye"
        return f"unknown {cmd}"

    def on_stdin() -> None:
        line = sys.stdin.readline()
        if not line:
            app.quit()
            return
        print(handle(line.strip()), flush=True)

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(on_stdin)
    print("ready", flush=True)
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())
