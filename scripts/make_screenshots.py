"""Render docs/screenshots/tray-*.png and prompt-*.png under Xvfb with a real tray (trayer).

Run by hand (a script, not a test: it gives the X server and the tray host time to paint
before each grab)::

    .venv/bin/python scripts/make_screenshots.py

Starts ``Xvfb :97`` and ``trayer`` (stopped again by PID), shows the tray icon in each state,
opens the tray menu and the between-call prompt, and grabs the screen with ImageMagick
``import``. Needs: xvfb, trayer, imagemagick.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
DISPLAY = ":97"
SCREEN = (1280, 800)


def grab(path: Path, crop: tuple[int, int, int, int]) -> None:
    """Screen region (x, y, w, h) to ``path``."""
    x, y, w, h = crop
    subprocess.run(["import", "-display", DISPLAY, "-window", "root",
                    "-crop", f"{w}x{h}+{x}+{y}", "+repage", str(path)], check=True)


def main() -> int:
    xvfb = subprocess.Popen(["Xvfb", DISPLAY, "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24",
                             "-nolisten", "tcp"], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    trayer = None
    try:
        socket = Path(f"/tmp/.X11-unix/X{DISPLAY.lstrip(':')}")
        deadline = time.monotonic() + 10.0
        while not socket.exists() and xvfb.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)            # Xvfb is another process: poll for its socket
        os.environ["DISPLAY"] = DISPLAY
        os.environ["QT_QPA_PLATFORM"] = "xcb"
        from PySide6.QtCore import QRect
        from PySide6.QtGui import QColor, QLinearGradient, QPainter
        from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget

        from companion.session import Offer
        from companion.ui.actions import AppActions
        from companion.ui.icons import IconSet, TrayState
        from companion.ui.prompt import PromptWindow
        from companion.ui.tray import Tray

        app = QApplication([sys.argv[0]])
        app.setQuitOnLastWindowClosed(False)

        class Desktop(QWidget):
            def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
                p = QPainter(self)
                g = QLinearGradient(0, 0, 0, self.height())
                g.setColorAt(0, QColor("#3d5a6c"))
                g.setColorAt(1, QColor("#203340"))
                p.fillRect(self.rect(), g)
                p.fillRect(0, 0, self.width(), 32, QColor("#1b2329"))   # a top panel

        desk = Desktop()
        desk.setGeometry(0, 0, *SCREEN)
        desk.show()

        def pump(seconds: float) -> None:
            end = time.monotonic() + seconds
            while time.monotonic() < end:
                app.processEvents()
                time.sleep(0.02)

        pump(0.5)
        trayer = subprocess.Popen(["trayer", "--edge", "top", "--align", "right",
                                   "--widthtype", "request", "--height", "32",
                                   "--tint", "0x1b2329", "--transparent", "true",
                                   "--alpha", "0", "--SetDockType", "true"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(100):
            pump(0.1)
            if QSystemTrayIcon.isSystemTrayAvailable():
                break
        if not QSystemTrayIcon.isSystemTrayAvailable():
            print("no system tray appeared", file=sys.stderr)
            return 1
        actions = AppActions()
        tray = Tray(actions, IconSet())
        tray.show()
        pump(1.5)
        OUT.mkdir(parents=True, exist_ok=True)
        for state in TrayState:
            tray.set_state(state)
            pump(0.6)
            grab(OUT / f"tray-{state.value}.png", (SCREEN[0] - 200, 0, 200, 32))
        tiles = []
        for state in TrayState:
            tile = OUT / f".tile-{state.value}.png"
            subprocess.run(["convert", str(OUT / f"tray-{state.value}.png"), "-gravity", "east",
                            "-crop", "44x32+0+0", "+repage", "-scale", "300%", str(tile)],
                           check=True)
            tiles += ["-label", state.label, str(tile)]
        subprocess.run(["montage", *tiles, "-tile", f"{len(TrayState)}x1", "-geometry",
                        "+34+8", "-background", "#f4f4f2", "-pointsize", "13", "-font",
                        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                        str(OUT / "tray-states.png")], check=True)
        for tile in OUT.glob(".tile-*.png"):
            tile.unlink()
        tray.set_state(TrayState.LISTENING)
        pump(0.5)
        anchor = tray.anchor() or QRect(SCREEN[0] - 32, 0, 32, 32)
        actions.set_in_call(False)
        tray.menu.popup(anchor.bottomLeft())
        pump(1.0)
        menu_rect = tray.menu.geometry()
        x = max(0, min(menu_rect.left(), anchor.left()) - 20)
        grab(OUT / "tray-menu.png",
             (x, 0, SCREEN[0] - x, menu_rect.bottom() + 20))
        tray.menu.hide()
        pump(0.3)
        prompt = PromptWindow(auto_hide_s=60)
        prompt.offer(Offer(reason="tense_call", moment="after_tense",
                           choices=("breathe", "card", "not_now"), offered_at=time.time()),
                     anchor)
        pump(1.0)
        g = prompt.frameGeometry()
        grab(OUT / "prompt-after-tense-call.png",
             (g.left() - 60, 0, SCREEN[0] - g.left() + 60, g.bottom() + 24))
        prompt.withdraw()
        from companion.settings import Settings
        from companion.ui.settings_window import SettingsWindow

        window = SettingsWindow(
            Settings(input_device="Jabra Evolve2 40", quiet_hours="18:00-08:00"),
            Path(os.devnull), locked={"autostart"},
            list_devices=lambda: ["Jabra Evolve2 40", "Built-in Microphone"])
        window.move(420, 120)
        window.show()
        pump(1.0)
        g = window.geometry()
        grab(OUT / "tray-settings.png", (g.left() - 1, g.top() - 1, g.width() + 2,
                                          g.height() + 2))
        window.close()
        from companion.ui.fallback_window import FallbackWindow

        fallback_actions = AppActions()
        fallback_actions.set_paused(True)
        fallback_actions.set_in_call(False)
        fallback = FallbackWindow(fallback_actions, IconSet())
        fallback.set_state(TrayState.PAUSED, "until 14:35")
        fallback.move(420, 120)
        fallback.resize(420, fallback.sizeHint().height())
        fallback.show()
        pump(1.0)
        g = fallback.geometry()
        grab(OUT / "tray-fallback-window.png", (g.left() - 1, g.top() - 1, g.width() + 2,
                                                 g.height() + 2))
        fallback.allow_close = True
        fallback.close()
        tray.hide()
        pump(0.3)
        print("wrote", ", ".join(sorted(p.name for p in OUT.glob("*.png"))))
        return 0
    finally:
        if trayer is not None:
            trayer.terminate()
            trayer.wait(5)
        xvfb.terminate()
        xvfb.wait(5)


if __name__ == "__main__":
    raise SystemExit(main())
