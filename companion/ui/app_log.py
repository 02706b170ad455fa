"""What the running tray app writes to the log file (:mod:`companion.logs`).

* Qt's own messages (``qInstallMessageHandler``): in the windowed Windows build nothing else
  would ever show a Qt warning;
* the Qt/PySide6 versions and the platform plugin at start-up;
* listening state changes: the device opened, paused/resumed, faults and recoveries;
* call state changes at ``debug`` level, without telling a tense call from a calm one (that
  is voice-derived data and stays in the agent's own store).

Never logged: audio, features, arousal values, card or deck text. Runs on the GUI thread
(signal handlers are connected there; Qt may call the message handler from any thread,
which :mod:`logging` allows).
"""

from __future__ import annotations

import contextlib
import logging
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler, qVersion
from PySide6.QtGui import QGuiApplication

from companion.ui.icons import TrayState

if TYPE_CHECKING:
    from companion.ui.controller import SessionController
    from companion.ui.engine import Engine

log = logging.getLogger("companion.app")
qt_log = logging.getLogger("companion.qt")

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def qt_message(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """The Qt message handler: the message goes to the log, and to stderr when there is one
    (as Qt's default handler does)."""
    category = getattr(context, "category", None) or "default"
    level = _QT_LEVELS.get(mode, logging.WARNING)
    qt_log.log(level, "%s%s", "" if category == "default" else f"[{category}] ", message)
    if sys.stderr is not None:
        with contextlib.suppress(OSError, ValueError):  # a closed console
            print(message, file=sys.stderr)


def install_qt_message_handler() -> None:
    """Route Qt's messages into the log (call once, before windows are built)."""
    qInstallMessageHandler(qt_message)


def log_qt_start(app: QGuiApplication) -> None:
    """One line: Qt and PySide6 versions and the platform plugin in use."""
    import PySide6

    log.info("Qt %s (PySide6 %s), platform plugin '%s'", qVersion(), PySide6.__version__,
             app.platformName())


class _CallStateLog:
    """Logs tray-state changes once each; tense is reported as an ordinary call."""

    def __init__(self) -> None:
        self.last: str | None = None

    def __call__(self, state: TrayState) -> None:
        name = state.value
        name = "in-call" if name == "tense" else name
        if name != self.last:
            self.last = name
            log.debug("state: %s", name)


def log_app_events(engine: Engine, controller: SessionController) -> None:
    """Connect the engine's and the controller's signals to log lines (see module doc)."""
    engine.fault.connect(lambda message, retry_in_s: log.warning(
        "listening fault: %s (%s)", message,
        f"retry in {retry_in_s:.0f} s" if retry_in_s >= 0 else "no retry"))
    engine.recovered.connect(lambda name: log.info("listening again (%s)", name))
    engine.paused_changed.connect(
        lambda paused: log.info("listening %s", "paused" if paused else "resumed"))
    controller.state_changed.connect(_CallStateLog())


__all__ = ["install_qt_message_handler", "log_app_events", "log_qt_start", "qt_message"]
