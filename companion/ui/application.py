"""The process' one ``QApplication``, made on first use (GUI thread)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from companion.ui.plurals import install_english_plurals


def gui_application(name: str | None = None, *,
                    quit_on_last_window: bool | None = None) -> QApplication:
    """The running ``QApplication``, or a new one (``sys.argv[0]`` only: Qt must not read our
    command-line options).

    ``name`` sets the application name (window titles, settings); ``quit_on_last_window``
    False keeps a tray app running with every window closed (None leaves both as they are).
    """
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    if not isinstance(app, QApplication):
        raise RuntimeError("a QCoreApplication (no widgets) already exists in this process")
    install_english_plurals(app)
    if name is not None:
        app.setApplicationName(name)
    if quit_on_last_window is not None:
        app.setQuitOnLastWindowClosed(quit_on_last_window)
    return app
