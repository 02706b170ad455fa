"""Reading and writing the app's own files safely: the one atomic writer and the one small-file
reader every layer uses.

* :func:`read_small_file` opens **regular files only** (a FIFO, a device or a socket at a
  settings, policy or content path would otherwise block start-up forever or read without
  end), reads at most ``max_bytes`` and names the file in every error.
* :func:`atomic_write` / :func:`atomic_writer` write a temporary file in the target's folder
  (its name starts with ``.`` so content folders ignore it), ``fsync`` it, then rename it over
  the target: a reader sees the old file or the new one, never half of one, and a full disk
  or a crash leaves the old file as it was. The target's permission bits are kept; a new file
  gets ``mode`` (or the usual ``0666 & ~umask``). On any failure the temporary file is removed
  and :class:`FileWriteError` (a :class:`~companion.errors.CompanionError`) names the file and
  the reason (``the disk is full`` for ENOSPC/EDQUOT/EFBIG).

Standard library only, no Qt; any layer may import it. Runs on the caller's thread.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import IO, BinaryIO, Literal, cast, overload

from companion.errors import CompanionError

#: errno values that mean "no room": shown as "the disk is full".
_NO_SPACE = frozenset(
    code for code in (errno.ENOSPC, getattr(errno, "EDQUOT", None), errno.EFBIG) if code
)


class FileError(CompanionError):
    """A file the app reads or writes cannot be used.

    The one-line message is ``<what> <path>[:<line>]: <detail>``
    (``settings file /x/settings.toml:3: not valid TOML: ...``); ``path``, ``line`` and
    ``detail`` are kept so a caller can re-raise in its own error class.
    """

    def __init__(self, detail: str, hint: str | None = None, *, path: Path,
                 what: str = "file", line: int | None = None) -> None:
        self.path = path
        self.detail = detail
        self.what = what
        self.line = line
        where = f"{path}:{line}" if line else f"{path}"
        super().__init__(f"{what} {where}: {detail}", hint)


class FileReadError(FileError):
    """A file cannot be read (missing, unreadable, not a regular file, too large).

    A missing file keeps its ``FileNotFoundError`` as ``__cause__`` (see :attr:`missing`).
    """

    @property
    def missing(self) -> bool:
        """True when the file does not exist."""
        return isinstance(self.__cause__, FileNotFoundError)


class NotRegularFileError(FileReadError):
    """A folder, FIFO, device or socket where a regular file belongs; ``kind`` says which
    (``"a named pipe (FIFO)"``)."""

    def __init__(self, kind: str, hint: str | None = None, *, path: Path,
                 what: str = "file") -> None:
        self.kind = kind
        super().__init__(f"{kind}, not a regular file", hint, path=path, what=what)


class FileWriteError(FileError):
    """A file cannot be written; the target is unchanged and no temporary file is left.

    ``reason`` is the short cause (``"the disk is full"``, ``"already exists"``, ...).
    """

    def __init__(self, reason: str, hint: str | None = None, *, path: Path,
                 what: str = "file", exists: bool = False) -> None:
        self.reason = reason
        self.exists = exists
        detail = reason if exists else f"cannot be written: {reason}"
        super().__init__(detail, hint, path=path, what=what)


def describe_os_error(exc: OSError) -> str:
    """A short reason for ``exc`` ("the disk is full", "permission denied", ...)."""
    if exc.errno in _NO_SPACE:
        return "the disk is full"
    text = exc.strerror or str(exc) or type(exc).__name__
    return text[:1].lower() + text[1:]


def file_kind(mode: int) -> str:
    """``"a folder"``, ``"a named pipe (FIFO)"``, ... for an ``st_mode`` that is not a file."""
    kinds = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a named pipe (FIFO)"),
             (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
             (stat.S_ISSOCK, "a socket"))
    for test, name in kinds:
        if test(mode):
            return name
    return "not a regular file"


def open_regular_file(path: Path, what: str = "file") -> BinaryIO:
    """Open ``path`` for reading in binary mode, refusing anything but a regular file.

    The open itself never blocks (``O_NONBLOCK``: a FIFO with no writer would block
    ``open()``); the kind is checked on the open descriptor, so a file swapped for a FIFO in
    between is caught too.

    Raises
    ------
    FileReadError
        Missing, unreadable, or not a regular file (``FileNotFoundError`` is kept as the
        ``__cause__`` for callers that treat a missing file as empty).
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0) \
        | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError as exc:
        raise FileReadError("not found", path=path, what=what) from exc
    except IsADirectoryError:
        raise NotRegularFileError("a folder", path=path, what=what) from None
    except OSError as exc:
        raise FileReadError(f"cannot be read: {describe_os_error(exc)}",
                            "check the file's permissions", path=path, what=what) from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotRegularFileError(file_kind(mode), "point it at a regular file",
                                      path=path, what=what)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return cast(BinaryIO, os.fdopen(fd, "rb"))
    except BaseException:
        os.close(fd)
        raise


def read_small_file(path: Path, *, max_bytes: int, what: str = "file") -> bytes:
    """The bytes of the regular file ``path``, at most ``max_bytes`` of them.

    Raises
    ------
    FileReadError
        As :func:`open_regular_file`, or the file is larger than ``max_bytes``.
    """
    with open_regular_file(path, what) as fh:
        try:
            raw = fh.read(max_bytes + 1)
        except OSError as exc:
            raise FileReadError(f"cannot be read: {describe_os_error(exc)}", path=path,
                                what=what) from None
    if len(raw) > max_bytes:
        limit = f"{max_bytes // 1024} KiB" if max_bytes >= 1024 else f"{max_bytes} bytes"
        raise FileReadError(f"larger than the {limit} allowed", "is this the right file?",
                            path=path, what=what)
    return raw


def read_tail(path: Path, *, max_bytes: int, what: str = "file") -> bytes:
    """The last ``max_bytes`` bytes of the regular file ``path`` (a log that grew, or a FIFO
    put in its place, never blocks or fills memory).

    Raises
    ------
    FileReadError
        As :func:`open_regular_file`.
    """
    with open_regular_file(path, what) as fh:
        try:
            size = os.fstat(fh.fileno()).st_size
            fh.seek(max(0, size - max_bytes))
            return fh.read(max_bytes)
        except OSError as exc:
            raise FileReadError(f"cannot be read: {describe_os_error(exc)}", path=path,
                                what=what) from None


def _default_mode() -> int:
    """``0o666 & ~umask`` without touching the process umask (read from /proc when possible:
    setting the umask to read it is not thread-safe)."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return 0o666 & ~int(line.split()[1], 8)
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


def _target(path: Path) -> Path:
    """Where to write: through a symlink to its file (a settings file linked from elsewhere
    stays linked)."""
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def _fsync_folder(folder: Path) -> None:
    """Make the rename durable (POSIX; folders cannot be opened on Windows)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _create_temp(folder: Path, name: str, mode: int, suffix: str = "") -> tuple[int, Path]:
    """A new, exclusive temporary file next to the target, named ``.<name>.<random>.tmp``
    plus ``suffix`` (an exporter may need one, e.g. ``.png``)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) \
        | getattr(os, "O_CLOEXEC", 0)
    for _ in range(100):
        tmp = folder / f".{name}.{os.urandom(4).hex()}.tmp{suffix}"
        try:
            return os.open(tmp, flags, mode), tmp
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(folder))


def _install(tmp: Path, target: Path, overwrite: bool) -> None:
    """Move the finished temporary file onto ``target`` (never replacing an existing file
    when ``overwrite`` is false)."""
    if overwrite:
        os.replace(tmp, target)
        return
    if os.name == "nt":
        os.rename(tmp, target)  # fails when the target exists
        return
    try:
        os.link(tmp, target)  # fails when the target exists: no check-then-replace race
    except FileExistsError:
        raise
    except OSError:  # no hard links here (FAT, some network shares): check, then rename
        if os.path.lexists(target):
            raise FileExistsError(errno.EEXIST, "exists", str(target)) from None
        os.rename(tmp, target)
        return
    os.unlink(tmp)


_Writer = contextlib.AbstractContextManager


@overload
def atomic_writer(path: Path, *, binary: Literal[False] = ..., mode: int | None = ...,
                  overwrite: bool = ..., what: str = ...) -> _Writer[IO[str]]: ...
@overload
def atomic_writer(path: Path, *, binary: Literal[True], mode: int | None = ...,
                  overwrite: bool = ..., what: str = ...) -> _Writer[IO[bytes]]: ...


def atomic_writer(path: Path, *, binary: bool = False, mode: int | None = None,
                  overwrite: bool = True, what: str = "file"
                  ) -> _Writer[IO[str]] | _Writer[IO[bytes]]:
    """A context manager yielding a file to write ``path``'s new contents into (text: UTF-8,
    ``\\n`` line ends). The file appears at ``path`` only when the block ends without an
    exception; otherwise nothing changes and the temporary file is removed.

    Parameters
    ----------
    mode
        Permission bits of a new file (e.g. ``0o600`` for private data); an existing
        target keeps its own.
    overwrite
        False: refuse (``FileWriteError``) when ``path`` exists, at the very end too.

    Raises
    ------
    FileWriteError
        The folder is missing or not writable, the disk is full, or ``path`` exists and
        ``overwrite`` is false. The original exception of the ``with`` block propagates as is.
    """
    return _atomic_writer(Path(path), binary=binary, mode=mode, overwrite=overwrite, what=what)


@contextlib.contextmanager
def atomic_path(path: Path, *, suffix: str = "", mode: int | None = None,
                overwrite: bool = True, what: str = "file") -> Iterator[Path]:
    """A temporary path beside ``path`` (an empty, exclusively created file whose name ends in
    ``suffix``) for writers that need a file name (an image exporter); when the block ends
    without an exception it is fsynced and renamed onto ``path``, else removed. Same rules and
    errors as :func:`atomic_writer`."""
    path = Path(path)
    target = _target(path) if overwrite else path
    folder = target.parent
    tmp: Path | None = None

    def fail(exc: OSError) -> FileWriteError:
        if isinstance(exc, FileExistsError):
            return FileWriteError("already exists", "choose a new name; nothing was overwritten",
                                  path=path, what=what, exists=True)
        hint = ("free some space, or choose another location" if exc.errno in _NO_SPACE
                else "choose a folder you can write to")
        return FileWriteError(describe_os_error(exc), hint, path=path, what=what)

    try:
        if not overwrite and os.path.lexists(target):
            raise FileExistsError(errno.EEXIST, "exists", str(target))
        try:
            keep: int | None = stat.S_IMODE(os.stat(target).st_mode)
        except OSError:
            keep = None
        fd, tmp = _create_temp(folder, target.name, 0o600, suffix)
        os.close(fd)
    except OSError as exc:
        raise fail(exc) from None
    try:
        yield tmp
        fd = os.open(tmp, os.O_RDWR | getattr(os, "O_BINARY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        final_mode = keep if keep is not None else (mode if mode is not None else _default_mode())
        os.chmod(tmp, final_mode)
        _install(tmp, target, overwrite)
        tmp = None
        _fsync_folder(folder)
    except OSError as exc:
        raise fail(exc) from None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


@contextlib.contextmanager
def _atomic_writer(path: Path, *, binary: bool, mode: int | None, overwrite: bool,
                   what: str) -> Iterator[IO]:
    with atomic_path(path, mode=mode, overwrite=overwrite, what=what) as tmp, \
            (open(tmp, "wb") if binary else open(tmp, "w", encoding="utf-8",
                                                  newline="\n")) as fh:
        yield fh


def atomic_write(path: Path, data: str | bytes, *, mode: int | None = None,
                 overwrite: bool = True, what: str = "file") -> None:
    """Write ``data`` (text is UTF-8) to ``path`` atomically; see :func:`atomic_writer`."""
    if isinstance(data, bytes):
        with atomic_writer(path, binary=True, mode=mode, overwrite=overwrite, what=what) as fb:
            fb.write(data)
    else:
        with atomic_writer(path, mode=mode, overwrite=overwrite, what=what) as ft:
            ft.write(data)


__all__ = [
    "FileError", "FileReadError", "FileWriteError", "NotRegularFileError", "atomic_path", "atomic_write", "atomic_writer",
    "describe_os_error", "file_kind", "open_regular_file", "read_small_file", "read_tail",
]
