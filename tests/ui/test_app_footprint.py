"""The tray app's footprint: what start-up imports, and that closed windows are deleted.

Start-up (the GUI thread, up to the tray icon) imports neither the windows' modules nor numpy
and the DSP stack: the engine thread imports numpy once the icon is up.

The app runs in a subprocess (offscreen, demo source), because this test process has long
imported pyqtgraph and the windows for other tests. Numbers (RSS, CPU) are measured by
``benchmarks/``, not here.
"""

from __future__ import annotations

import json
import subprocess
import sys

from helpers.app_process import app_env

#: Modules only a window the agent opens needs; none may be imported at start-up.
ON_DEMAND = ("pyqtgraph", "companion.ui.dashboard", "companion.ui.dashboard_plot",
             "companion.ui.dashboard_summary", "companion.ui.deck_editor",
             "companion.ui.deck_try", "companion.ui.breathing_overlay",
             "companion.ui.my_cards", "companion.ui.feedback_window", "companion.ui.about",
             "companion.content.deck_doc", "tomlkit")

#: Imported once the icon is up, never by the GUI thread before: numpy and the DSP stack
#: (the engine thread's), the decks and the card window (the GUI's, right after the icon).
AFTER_ICON = ("numpy", "companion.features", "companion.wearer", "companion.arousal.episodes",
              "companion.pipeline.records", "companion.audio.block_source",
              "companion.ui.card_window", "companion.content.library")

SCRIPT = """
import gc, json, sys, threading, time
first_import = {}

def audit(event, args):
    if event == "import" and args[0] not in first_import:
        first_import[args[0]] = (threading.current_thread() is threading.main_thread(),
                                 time.time())

sys.addaudithook(audit)
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication
from companion.ui.qtcompat import skip_source_scan
skip_source_scan()   # as companion.app.run_app does
from companion.app import AppOptions
from companion.app.lifecycle import launch, shutdown

ON_DEMAND = %r

def loaded():
    return sorted(m for m in ON_DEMAND if m in sys.modules)

def settle(done, what):
    deadline = time.monotonic() + 30.0
    while not done():
        if time.monotonic() > deadline:
            raise SystemExit("timed out waiting for " + what)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()

def widgets():
    return len(QApplication.allWidgets())

parts = launch(AppOptions(demo=True))
settle(lambda: parts.stats.tray_painted_at is not None, "the first event loop turn")
settle(lambda: parts.cards is not None, "the decks and the card window")
report = {"at_start": loaded(), "widgets_at_start": widgets()}
settle(lambda: parts.stats.updates > 0, "the first update from the engine")
painted = parts.stats.tray_painted_at
report["not_imported"] = sorted(m for m in %r if m not in first_import)
report["gui_before_icon"] = sorted(m for m, (gui, at) in first_import.items()
                                   if gui and at <= painted)
openers, shell = parts.openers, parts.shell
windows = [openers.open_dashboard(), openers.open_my_cards(), openers.share_card_feedback(),
           shell.open_settings(), shell.open_about()]
report["after_open"] = loaded()
report["widgets_open"] = widgets()
for window in windows:
    window.close()
del windows, window
dashboard = openers.dashboard_opener.opener
settle(lambda: dashboard.window is None and not openers.windows and not shell.windows,
       "the closed windows to be deleted")
gc.collect()
report["widgets_after_close"] = widgets()
from companion.ui.dashboard import DashboardWindow
report["dashboards_alive"] = sum(isinstance(o, DashboardWindow) for o in gc.get_objects())
again = openers.open_dashboard()
report["reopened"] = again is dashboard.window and again.isVisible()
shutdown(parts)
print(json.dumps(report))
"""


def test_start_up_imports_no_window_module_nor_numpy_and_closed_windows_are_deleted() -> None:
    proc = subprocess.run([sys.executable, "-c", SCRIPT % (ON_DEMAND, AFTER_ICON)],
                          env=app_env(QT_QPA_PLATFORM="offscreen"), capture_output=True,
                          text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    assert report["at_start"] == []
    assert report["not_imported"] == []          # by the time the first update arrived
    assert not set(AFTER_ICON) & set(report["gui_before_icon"])
    assert {"pyqtgraph", "companion.ui.dashboard", "companion.ui.my_cards",
            "companion.ui.feedback_window", "companion.ui.about"} <= set(report["after_open"])
    assert report["widgets_open"] > report["widgets_at_start"]
    assert report["widgets_after_close"] == report["widgets_at_start"]
    assert report["dashboards_alive"] == 0
    assert report["reopened"] is True


def test_pyside_no_longer_reads_the_source_of_every_imported_module(tmp_path, monkeypatch
                                                                     ) -> None:
    import linecache

    from companion.ui.qtcompat import skip_source_scan

    source = tmp_path / "footprint_probe_module.py"
    source.write_text("from PySide6.QtCore import QObject\n\nPROBE = QObject\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "footprint_probe_module", raising=False)
    assert skip_source_scan() is True    # the PySide6 this project depends on has the scan
    linecache.clearcache()
    __import__("footprint_probe_module")   # an import statement (PySide6 hooks __import__)
    assert str(source) not in linecache.cache


def test_giving_memory_back_trims_the_heap_on_glibc() -> None:
    import platform

    from companion.ui.openers import give_back_memory

    trimmed = give_back_memory()
    assert trimmed is (sys.platform.startswith("linux") and platform.libc_ver()[0] == "glibc")
