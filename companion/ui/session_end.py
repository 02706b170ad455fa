"""Ending the shift cleanly, however the session ends: nothing recorded is lost.

Every way a desktop session can end the app leads here, on the GUI thread:

* **POSIX signals**: ``SIGTERM`` (sign-out, shutdown, ``kill``), ``SIGINT`` (Ctrl+C),
  ``SIGHUP`` (the terminal closed). The Python handler only notes the signal; a self-pipe
  (``signal.set_wakeup_fd`` + ``QSocketNotifier``) wakes Qt's event loop, which then calls
  ``end`` and quits. No ``KeyboardInterrupt`` is ever raised inside a Qt slot. A second signal
  while ending exits at once.
* **The session manager** (``QGuiApplication.commitDataRequest``): sign-out or shutdown on
  X11/Wayland and Windows (``WM_QUERYENDSESSION``). The user may still cancel it, so only
  ``checkpoint`` runs: the running call and an offer on screen are stored provisionally.
* **Windows ``WM_ENDSESSION``** (the session really ends; the process may be killed as soon as
  the message returns): a native event filter calls ``end`` synchronously.
* **``aboutToQuit``**: Quit in the menu, ``companion call``'s ``quit``, ``--exit-after``, and
  macOS ``applicationShouldTerminate`` (sign-out, shutdown, Cmd+Q), which Qt turns into a
  quit.

``end`` runs once; the composition root then stops the engine, closes the store and the
command channel and removes temporary files, and the process exits 0.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import socket
import sys
from collections.abc import Callable
from types import FrameType
from typing import Any

from PySide6.QtCore import QAbstractNativeEventFilter, QCoreApplication, QObject, QSocketNotifier
from PySide6.QtGui import QGuiApplication

log = logging.getLogger(__name__)

#: Signals that end the session on POSIX.
END_SIGNALS: tuple[int, ...] = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP") if hasattr(signal, name))
#: ``WM_ENDSESSION`` (Windows).
_WM_ENDSESSION = 0x0016


class SessionEnd(QObject):
    """Connects the session-ending events to ``checkpoint`` and ``end`` (see the module).

    Parameters
    ----------
    app
        The running ``QGuiApplication``.
    checkpoint
        Store what would be lost, without ending anything (may be called more than once).
    end
        End the shift (called once, on the GUI thread, before the event loop stops).
    """

    def __init__(self, app: QCoreApplication, *, checkpoint: Callable[[], None],
                 end: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._checkpoint = checkpoint
        self._end = end
        self.reason: str | None = None
        self._pending: list[int] = []
        self._previous: dict[int, Any] = {}
        self._pipe: tuple[socket.socket, socket.socket] | None = None
        self._notifier: QSocketNotifier | None = None
        self._previous_wakeup_fd = -1
        self._filter: _EndSessionFilter | None = None

    # -- installing ---------------------------------------------------------------------------
    def install(self) -> None:
        """Take over the signals and connect the Qt session events."""
        self._app.aboutToQuit.connect(lambda: self.finish("quit"))
        if isinstance(self._app, QGuiApplication):
            self._app.commitDataRequest.connect(lambda _manager: self.save("session manager"))
        if sys.platform == "win32":  # pragma: no cover - Windows
            self._filter = _EndSessionFilter(lambda: self.finish("windows session end"))
            self._app.installNativeEventFilter(self._filter)
        if os.name == "posix":
            self._install_signals()

    def _install_signals(self) -> None:
        reader, writer = socket.socketpair()
        reader.setblocking(False)
        writer.setblocking(False)
        self._pipe = (reader, writer)
        self._previous_wakeup_fd = signal.set_wakeup_fd(writer.fileno(), warn_on_full_buffer=False)
        self._notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_wakeup)
        for signum in END_SIGNALS:
            self._previous[signum] = signal.signal(signum, self._on_signal)

    def uninstall(self) -> None:
        """Give the signals back (tests; the process normally exits right after)."""
        for signum, handler in self._previous.items():
            with contextlib.suppress(ValueError, TypeError):
                signal.signal(signum, handler)
        self._previous.clear()
        if self._pipe is not None:
            with contextlib.suppress(ValueError):
                signal.set_wakeup_fd(self._previous_wakeup_fd)
            if self._notifier is not None:
                self._notifier.setEnabled(False)
            for end in self._pipe:
                end.close()
            self._pipe = None
        if self._filter is not None:  # pragma: no cover - Windows
            self._app.removeNativeEventFilter(self._filter)
            self._filter = None

    # -- events ---------------------------------------------------------------------------------
    def _on_signal(self, signum: int, frame: FrameType | None) -> None:
        """Python-level handler: only note it (the wakeup fd wakes the event loop)."""
        if self.reason is not None:  # a second signal while ending: stop waiting
            os._exit(128 + signum)
        self._pending.append(signum)

    def _on_wakeup(self) -> None:
        if self._pipe is not None:
            with contextlib.suppress(OSError):
                while self._pipe[0].recv(512):
                    pass
        if self._pending:
            signum = self._pending[0]
            self._pending.clear()
            self.finish(signal.Signals(signum).name)
            # exit(), not quit(): a window that refuses to close must not veto the end.
            self._app.exit(0)

    def save(self, why: str) -> None:
        """Checkpoint (the session may end soon)."""
        if self.reason is not None:
            return
        log.info("saving for a possible end of the session (%s)", why)
        try:
            self._checkpoint()
        except Exception:
            log.exception("checkpoint failed")

    def finish(self, reason: str) -> None:
        """End the shift once (the first reason wins)."""
        if self.reason is not None:
            return
        self.reason = reason
        log.info("ending the session: %s", reason)
        try:
            self._end()
        except Exception:
            log.exception("ending the session failed")


class _EndSessionFilter(QAbstractNativeEventFilter):  # pragma: no cover - Windows
    """Calls ``on_end`` for ``WM_ENDSESSION`` with ``wParam`` TRUE (the session ends)."""

    def __init__(self, on_end: Callable[[], None]) -> None:
        super().__init__()
        self._on_end = on_end

    def nativeEventFilter(self, event_type: Any, message: Any) -> Any:
        if bytes(event_type) == b"windows_generic_MSG":
            import ctypes.wintypes

            msg = ctypes.wintypes.MSG.from_address(int(message))
            if msg.message == _WM_ENDSESSION and msg.wParam:
                self._on_end()
        return False, 0


__all__ = ["END_SIGNALS", "SessionEnd"]
