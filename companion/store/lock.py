"""One Companion app per data folder: an operating-system lock on ``<data folder>/companion.lock``.

The single-instance command channel (:mod:`companion.ipc`) only sees instances of the same
user on the same machine. A data folder can also be reached from two places at once: the
same profile signed in on two sessions, a roaming or redirected profile, a VDI host writing
to a network share (the ``data_folder`` policy key). Without a lock both instances would
store the same call twice.

The lock is the kernel's, not a marker file: ``flock`` on POSIX, ``msvcrt.locking`` (a
byte-range lock, honoured over SMB) on Windows. It is released when the process ends, however
it ends (a crash or ``kill -9`` leaves no stale lock behind). The holder writes who it is
(process id, host, start time) into the file, so the second instance can say who holds it.

Only the tray app takes the lock (``companion data`` may read and delete while the app runs:
SQLite handles that). The app that cannot get it runs without storing anything (see
``docs/deploy.md``). Standard library only, no Qt; the app takes it on the GUI thread.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import socket
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from companion.fileio import describe_os_error
from companion.messages import Text
from companion.store.errors import StoreError

#: Name of the lock file inside the data folder.
LOCK_NAME = "companion.lock"
#: Bytes locked on Windows (the holder record is written after them).
_WINDOWS_LOCK_BYTES = 1
_HOLDER_MAX_BYTES = 4096


class FolderInUseError(StoreError):
    """Another Companion holds the data folder's lock; ``holder`` says who (may be empty)."""

    def __init__(self, message: str, hint: str | None = None, *,
                 holder: dict[str, Any] | None = None) -> None:
        self.holder = holder or {}
        super().__init__(message, hint)


@dataclass
class DataFolderLock:
    """A held lock; :meth:`release` (or process exit) frees it."""

    path: Path
    _file: IO[bytes] | None

    @classmethod
    def acquire(cls, folder: Path, *, clock: Any = time.time) -> DataFolderLock:
        """Take the lock of ``folder`` (created private if missing) without waiting.

        Raises
        ------
        FolderInUseError
            Another process holds it; the message names that process (pid, host, since).
        StoreError
            The lock file cannot be created or locked (read-only folder, a file system
            without locks): one line naming it.
        """
        from companion.paths import ensure_private_dir

        path = folder / LOCK_NAME
        try:
            ensure_private_dir(folder)
            fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0)
                         | getattr(os, "O_CLOEXEC", 0), 0o600)
        except OSError as exc:
            raise StoreError(Text("StoreError", "cannot create the lock file %1: %2", path,
                                  describe_os_error(exc)),
                             Text("StoreError", "check the data folder's permissions")) from None
        handle = os.fdopen(fd, "r+b")
        try:
            locked = _try_lock(handle)
        except OSError as exc:
            handle.close()
            raise StoreError(Text("StoreError", "cannot lock %1: %2", path,
                                  describe_os_error(exc)),
                             Text("StoreError", "the data folder must be on a disk or share "
                                  "that supports file locks")) from None
        if not locked:
            holder = _read_holder(handle)
            handle.close()
            raise FolderInUseError(_in_use_message(folder, holder), Text(
                "StoreError", "this Companion runs without storing anything, so nothing is "
                "counted twice; quit the other one to keep your history here"), holder=holder)
        _write_holder(handle, clock)
        return cls(path, handle)

    def release(self) -> None:
        """Free the lock (idempotent). The file stays: removing it could race a newcomer."""
        if self._file is None:
            return
        with contextlib.suppress(OSError):
            _unlock(self._file)
        self._file.close()
        self._file = None

    @property
    def held(self) -> bool:
        """True until :meth:`release`."""
        return self._file is not None


def _try_lock(handle: IO[bytes]) -> bool:
    """Lock without waiting; False when someone else holds it."""
    if sys.platform == "win32":  # pragma: no cover - Windows
        import msvcrt

        handle.seek(0)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, _WINDOWS_LOCK_BYTES)
        except PermissionError:
            return False
        except OSError as exc:
            if exc.errno in (13, 36):  # EACCES / EDEADLOCK: held by another process
                return False
            raise
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(handle: IO[bytes]) -> None:
    if sys.platform == "win32":  # pragma: no cover - Windows
        import msvcrt

        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, _WINDOWS_LOCK_BYTES)
        return
    import fcntl

    fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _holder_offset() -> int:
    # Windows forbids reading locked bytes: the record goes after the locked range.
    return _WINDOWS_LOCK_BYTES if os.name == "nt" else 0


def _write_holder(handle: IO[bytes], clock: Any) -> None:
    record = {"pid": os.getpid(), "host": socket.gethostname(), "since": float(clock())}
    data = json.dumps(record).encode("utf-8")
    with contextlib.suppress(OSError):  # who holds it is a courtesy; the lock is what counts
        handle.seek(0)
        handle.truncate()
        handle.seek(_holder_offset())
        handle.write(data)
        handle.flush()


def _read_holder(handle: IO[bytes]) -> dict[str, Any]:
    try:
        handle.seek(_holder_offset())
        data = json.loads(handle.read(_HOLDER_MAX_BYTES).decode("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _in_use_message(folder: Path, holder: dict[str, Any]) -> str:
    who: list[str] = []
    if isinstance(holder.get("pid"), int):
        who.append(Text("StoreError", "process %1", holder["pid"]))
    if isinstance(holder.get("host"), str) and holder["host"]:
        who.append(Text("StoreError", "on %1", holder["host"][:64]))
    since = holder.get("since")
    if isinstance(since, (int, float)) and 0 < since < 1e11:
        when = dt.datetime.fromtimestamp(since).strftime("%Y-%m-%d %H:%M")
        who.append(Text("StoreError", "since %1", when))
    by: str = who[0] if who else Text("StoreError", "an unknown process")
    for part in who[1:]:
        by = Text("Errors", "%1 %2", by, part)
    return Text("StoreError", "the data folder %1 is in use by another Companion (%2)",
                folder, by)


__all__ = ["LOCK_NAME", "DataFolderLock", "FolderInUseError"]
