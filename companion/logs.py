"""The log file the helpdesk reads: what happened, never what was said.

One rotating file per user, :attr:`AppPaths.log_file` (``companion.log`` in platformdirs'
user log folder: ``%LOCALAPPDATA%\\Companion\\Logs``, ``~/Library/Logs/Companion``,
``~/.local/state/Companion/log``), at most :data:`MAX_BYTES` x (1 + :data:`BACKUP_COUNT`)
bytes on disk. The Windows build is windowed (no console), so this file is the only place
warnings, Qt messages and uncaught exceptions can be seen.

What goes in: versions, platform, the device listened to, state changes (listening, paused,
faults, recovered), policy and content problems, errors. What never goes in: audio, features,
arousal values, card or deck text. Callers keep to that; :class:`_Cap` also cuts any single
message to :data:`MAX_MESSAGE_CHARS` so a stray dump cannot fill the file.

Several processes may write the file at once (the tray app and a ``companion`` command):
each line names its process id, and a rotation another process blocks (Windows cannot rename
an open file) is skipped rather than raised. Pure standard library, no Qt (the Qt message
bridge is :mod:`companion.ui.app_log`); configured once per process by the command line
(:func:`companion.cli.main`) on the main thread.
"""

from __future__ import annotations

import errno
import logging
import os
import stat
import sys
import threading
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from companion.settings import LOG_LEVELS

#: Size at which the file is rotated, bytes.
MAX_BYTES = 1_000_000
#: Rotated copies kept (``companion.log.1`` ...): at most 4 MB on disk in all.
BACKUP_COUNT = 3
#: Longest message written, characters (the rest is cut).
MAX_MESSAGE_CHARS = 2000
#: Level when neither ``--log-level`` nor the ``log_level`` key says otherwise.
DEFAULT_LEVEL = "info"
LINE_FORMAT = "%(asctime)s %(levelname)-7s [%(process)d %(threadName)s] %(name)s: %(message)s"

log = logging.getLogger(__name__)


class _Cap(logging.Filter):
    """Cuts overly long messages (a log line is one event, never a data dump)."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if len(message) > MAX_MESSAGE_CHARS:
            record.msg = message[:MAX_MESSAGE_CHARS] + f" ... [{len(message)} characters, cut]"
            record.args = None
        return True


class _SharedRotatingHandler(RotatingFileHandler):
    """A rotating file that other processes may hold open too; never raises."""

    def doRollover(self) -> None:  # noqa: N802 - logging's name
        try:
            super().doRollover()
        except OSError:  # another process holds the file (Windows): keep writing to it
            if self.stream is None:
                self.stream = self._open()

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802
        """A log that cannot be written must never disturb the app: drop the record."""


def level_number(name: str) -> int:
    """``"debug"`` ... ``"error"`` as a :mod:`logging` level."""
    if name not in LOG_LEVELS:
        raise ValueError(f"unknown log level {name!r}")
    return int(getattr(logging, name.upper()))


def _our_handlers(root: logging.Logger) -> list[logging.Handler]:
    return [h for h in root.handlers if getattr(h, "companion_log", False)]


def setup_logging(path: Path, level: str = DEFAULT_LEVEL) -> Path | None:
    """Send log records of ``level`` and above to the file ``path`` (rotated beside it).

    Replaces the handler of an earlier call (tests call the CLI many times in one process).
    Returns the file, or None when the folder cannot be written (the app runs on without a
    log; nothing is raised). Records then go to a null handler: without one, Python's
    last-resort handler would print every warning on stderr beside the CLI's own message.
    """
    shutdown_logging()
    root = logging.getLogger()
    number = level_number(level)
    try:
        _private_file(path)
        handler: logging.Handler = _SharedRotatingHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
    except OSError:
        handler = logging.NullHandler()
        handler.companion_log = True  # type: ignore[attr-defined]
        root.addHandler(handler)
        return None
    handler.companion_log = True  # type: ignore[attr-defined]
    handler.setLevel(number)
    handler.setFormatter(logging.Formatter(LINE_FORMAT))
    handler.addFilter(_Cap())
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > number:
        root.setLevel(number)
    return path


def _private_file(path: Path) -> None:
    """Create the folder and the file private to the user (0700 / 0600 on POSIX)."""
    from companion.paths import ensure_private_dir

    ensure_private_dir(path.parent)
    # O_NONBLOCK: a FIFO put in the log's place would otherwise block this open for ever.
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NONBLOCK", 0),
                 0o600)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, "the log file is not a regular file", str(path))
    finally:
        os.close(fd)
    if os.name == "posix":
        os.chmod(path, 0o600)


def shutdown_logging() -> None:
    """Close and remove the handler :func:`setup_logging` installed (if any)."""
    root = logging.getLogger()
    for handler in _our_handlers(root):
        root.removeHandler(handler)
        handler.close()


def log_files(path: Path) -> list[Path]:
    """The log file ``path`` and its rotated copies that exist, newest first."""
    candidates = [path] + [path.with_name(f"{path.name}.{i}") for i in range(1, BACKUP_COUNT + 1)]
    return [p for p in candidates if p.is_file()]


def install_exception_hooks() -> None:
    """Log exceptions nobody caught (main thread, other threads) before the default hooks
    run: a windowed build has no console where a traceback could be seen."""
    previous = sys.excepthook
    previous_thread = threading.excepthook

    def hook(kind: type[BaseException], value: BaseException,
             tb: TracebackType | None) -> None:
        if not issubclass(kind, KeyboardInterrupt):
            log.critical("uncaught exception", exc_info=(kind, value, tb))
        previous(kind, value, tb)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is not SystemExit and args.exc_value is not None:
            name = args.thread.name if args.thread is not None else "?"
            log.critical("uncaught exception in thread %s", name,
                         exc_info=(args.exc_type, args.exc_value, args.exc_traceback))
        previous_thread(args)

    if getattr(sys.excepthook, "companion_hook", False):
        return
    hook.companion_hook = True  # type: ignore[attr-defined]
    sys.excepthook = hook
    threading.excepthook = thread_hook


def runtime_summary() -> str:
    """One line: Companion, Python and platform versions, frozen or not (no user data)."""
    import platform

    from companion import __version__

    frozen = "frozen bundle" if getattr(sys, "frozen", False) else "Python install"
    return (f"Companion {__version__} ({frozen}), Python {platform.python_version()}, "
            f"{platform.system()} {platform.release()} {platform.machine()}")


__all__ = ["BACKUP_COUNT", "DEFAULT_LEVEL", "MAX_BYTES", "install_exception_hooks",
           "level_number", "log_files", "runtime_summary", "setup_logging", "shutdown_logging"]
