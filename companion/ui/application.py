"""The process' one ``QApplication``, made on first use (GUI thread), speaking the agent's
language (:mod:`companion.ui.i18n`) before any window is built."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from companion.ui.i18n import install_translator

#: Application property: the language setting the installed translators follow.
_LANGUAGE_SETTING = "companionLanguageSetting"


def gui_application(name: str | None = None, *, quit_on_last_window: bool | None = None,
                    language: str | None = None) -> QApplication:
    """The running ``QApplication``, or a new one (``sys.argv[0]`` only: Qt must not read our
    command-line options).

    ``name`` sets the application name (window titles, settings); ``quit_on_last_window``
    False keeps a tray app running with every window closed (None leaves both as they are).
    The first call installs the translations for ``language`` (the ``language`` setting;
    None or ``""`` = the environment's and the OS's language); a later call with another
    ``language`` replaces them (windows built afterwards use it).
    """
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    if not isinstance(app, QApplication):
        raise RuntimeError("a QCoreApplication (no widgets) already exists in this process")
    setting = language or ""
    if app.property(_LANGUAGE_SETTING) != setting:
        install_translator(app, setting=setting)
        app.setProperty(_LANGUAGE_SETTING, setting)
    if name is not None:
        app.setApplicationName(name)
    if quit_on_last_window is not None:
        app.setQuitOnLastWindowClosed(quit_on_last_window)
    return app
