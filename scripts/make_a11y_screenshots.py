"""Screenshots for docs/accessibility.md: every window at 1x and 2x, normal and high
contrast; and the measured contrast table.

Run by hand (not collected by pytest)::

    .venv/bin/python scripts/make_a11y_screenshots.py          # screenshots and table
    .venv/bin/python scripts/make_a11y_screenshots.py --table  # only the table

For each scale it starts a private ``Xvfb`` (stopped by PID) and runs itself inside it with
``QT_SCALE_FACTOR``; each window is painted with ``QWidget.grab()`` at the device pixel
ratio, so a 2x picture has twice the pixels. Writes ``docs/screenshots/a11y/*.png`` and the
table between the ``contrast-table`` markers of ``docs/accessibility.md``.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots" / "a11y"
DOC = ROOT / "docs" / "accessibility.md"
START, END = "<!-- contrast-table:start -->", "<!-- contrast-table:end -->"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "ui"))     # contrast_audit


def write_table() -> None:
    """Measure every pair (contrast_audit) and put the tables into docs/accessibility.md."""
    from contrast_audit import all_checks, markdown_table, summary_table
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication(sys.argv[:1])
    checks = all_checks()
    block = "\n".join([START, "", summary_table(checks), "", "<details><summary>Every "
                       f"measured pair ({len(checks)})</summary>", "", markdown_table(checks),
                       "", "</details>", "", END])
    text = DOC.read_text(encoding="utf-8")
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    DOC.write_text(head + block + tail, encoding="utf-8")
    print(f"wrote the contrast table ({len(checks)} pairs) into {DOC.relative_to(ROOT)}")


def shoot(scale: int) -> list[Path]:
    """Grab every window in both modes (inside the Xvfb started by :func:`main`)."""
    from companion.ui.application import gui_application

    app = gui_application("Companion")
    from companion.ui.theme import apply_app_look

    written = []
    for high_contrast in (False, True):
        apply_app_look(app, high_contrast=high_contrast, system_high_contrast=False)
        mode = "high-contrast" if high_contrast else "normal"
        for name, make in WINDOWS:
            widget = make(high_contrast)
            widget.show()
            for _ in range(20):
                app.processEvents()
                time.sleep(0.01)
            path = OUT / f"{name}-{mode}-{scale}x.png"
            widget.grab().save(str(path))
            written.append(path)
            widget.close()
            app.processEvents()
    return written


def _offer(hc: bool):
    from companion.session import Offer
    from companion.ui.prompt import PromptWindow

    prompt = PromptWindow(auto_hide_s=0, high_contrast=hc)
    prompt.offer(Offer(reason="tense_call", moment="after_tense",
                       choices=("breathe", "card", "not_now"), offered_at=0.0))
    prompt.activate_for_keyboard()      # the focus ring on "Breathe"
    return prompt


def _card(hc: bool):
    from companion.content import load_default_decks
    from companion.ui.card_window import CardDeck, CardWindow

    window = CardWindow(CardDeck(load_default_decks(), rng=random.Random(4)), high_contrast=hc)
    window.show_for("between_calls")
    window.toggle_helpful()
    window.activate_for_keyboard()      # as when opened from the menu: focus on "Another card"
    return window


def _card_undo(hc: bool):
    window = _card(hc)
    window.hide_card()
    window.activateWindow()
    window.undo_bar.undo_button.setFocus()
    return window


class _Clock:
    t = 1000.0

    def __call__(self) -> float:
        return self.t


def _guide(hc: bool, reduced: bool = False):
    from companion.content import load_default_patterns
    from companion.ui.breathing_overlay import BreathingOverlay, OverlayOptions

    clock = _Clock()
    overlay = BreathingOverlay(load_default_patterns().items["cyclic-sighing"],
                               OverlayOptions(high_contrast=hc, reduced_motion=reduced,
                                              opacity=1.0), clock=clock)
    overlay.start()
    clock.t += 3.3                       # "A second, short sip"
    overlay.tick()
    return overlay


def _guide_reduced(hc: bool):
    return _guide(hc, reduced=True)


def _welcome(hc: bool):
    from companion.pipeline.records import LevelUpdate
    from companion.ui.calibration import CalibrationStatus
    from companion.ui.welcome import WelcomeWindow

    calibration = CalibrationStatus(180.0, calibrated=False)
    calibration.on_progress(80 / 180)
    window = WelcomeWindow(calibration, devices=lambda: ["Jabra Evolve2 40", "Built-in"],
                           current_device="Jabra Evolve2 40", high_contrast=hc)
    window.on_level(LevelUpdate.uniform(1.0, 0.1, speaking=True, arousal=None, rms_dbfs=-22))
    return window


def _settings(hc: bool):
    from companion.settings import Settings
    from companion.ui.settings_window import SettingsWindow

    window = SettingsWindow(Settings(input_device="Jabra Evolve2 40", high_contrast=hc),
                            Path(os.devnull), locked={"autostart"},
                            list_devices=lambda: ["Jabra Evolve2 40", "Built-in"])
    window.show_error("setting 'quiet_hours' must look like '18:00-08:00', not '6pm'")
    return window


def _dashboard(hc: bool):
    from benchmarks.dashboard_benchmark import fill_history
    from companion.store import Store
    from companion.ui.dashboard import DashboardWindow

    folder = Path(tempfile.mkdtemp(prefix="a11y-shots-"))
    store = Store.open(folder / "shots.sqlite3")
    today = dt.date.today()
    fill_history(store, today, days=7)
    now = dt.datetime.combine(today, dt.time(16, 30)).timestamp()
    return DashboardWindow(store, clock=lambda: now)


def _editor(hc: bool):
    from companion.paths import resource_dir
    from companion.ui.deck_editor import DeckEditor

    editor = DeckEditor(resource_dir("decks") / "default.toml")
    editor.resize(1000, 680)
    return editor


def _menu(hc: bool):
    from companion.ui.actions import AppActions
    from companion.ui.icons import IconSet, TrayState
    from companion.ui.tray import build_menu, status_text

    actions = AppActions()
    actions.status.setText(status_text(TrayState.LISTENING,
                                       "Learning your calm voice — 1:20 of 3:00"))
    actions.status.setIcon(IconSet().icon(TrayState.LISTENING))
    actions.set_offer_showing(True)
    actions.set_in_call(False)
    menu = build_menu(actions)
    menu._actions = actions   # type: ignore[attr-defined]  # keep them alive
    menu.setActiveAction(actions.respond)
    return menu


WINDOWS = (("offer", _offer), ("card", _card), ("card-undo", _card_undo),
           ("guide", _guide), ("guide-reduced-motion", _guide_reduced),
           ("welcome", _welcome), ("settings", _settings), ("dashboard", _dashboard),
           ("deck-editor", _editor), ("tray-menu", _menu))


def main(argv: list[str]) -> int:
    if "--table" in argv:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        write_table()
        return 0
    if "--child" in argv:
        scale = int(argv[argv.index("--child") + 1])
        for path in shoot(scale):
            print(path.relative_to(ROOT))
        return 0
    OUT.mkdir(parents=True, exist_ok=True)
    for scale in (1, 2):
        display = f":{150 + scale}"
        xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0",
                                 f"{1280 * scale}x{900 * scale}x24", "-nolisten", "tcp"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 10
            while not Path(f"/tmp/.X11-unix/X{display[1:]}").exists():
                if time.monotonic() > deadline:
                    raise SystemExit("Xvfb did not start")
                time.sleep(0.05)
            env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb",
                       QT_SCALE_FACTOR=str(scale))
            subprocess.run([sys.executable, __file__, "--child", str(scale)], env=env,
                           check=True)
        finally:
            xvfb.terminate()
            xvfb.wait(5)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    write_table()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
