"""Writing a user-initiated export of every stored table (runs on the caller's thread).

Shapes (documented in ``docs/privacy.md``):

- ``json``: one UTF-8 file holding one object: ``"companion_export"`` (format version, schema
  version, export time) and one key per table with a list of row objects (column → value).
  The baseline's ``data`` column is included as the JSON object it holds.
- ``csv``: ``PATH`` is a new folder holding one ``<table>.csv`` per table (UTF-8, header row of
  column names, empty cell = no value, true/false as 1/0).

Times are epoch seconds (UTC). Exports are created private to the user (0600 files, 0700
folder on POSIX) and never overwrite anything: an existing ``PATH`` is refused. A failed
export (full disk, unplugged stick) leaves nothing at ``PATH``.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from companion.fileio import FileWriteError, atomic_writer, describe_os_error
from companion.store.errors import StoreError

#: Version of the export layout (bumped when the shape above changes).
EXPORT_FORMAT_VERSION = 1
EXPORT_FORMATS = ("json", "csv")

#: ``{table: (columns, rows)}``
TableDump = dict[str, tuple[Sequence[str], Sequence[Sequence[Any]]]]


def _check_target(path: Path) -> None:
    if path.exists() or path.is_symlink():
        raise StoreError(f"export target {path} already exists",
                         "choose a new file or folder name; nothing was overwritten")
    if not path.parent.is_dir():
        raise StoreError(f"cannot export to {path}: folder {path.parent} does not exist",
                         "create it first or choose another location")


def _json_rows(table: str, columns: Sequence[str],
               rows: Sequence[Sequence[Any]]) -> Iterator[dict[str, Any]]:
    for row in rows:
        obj = dict(zip(columns, row, strict=True))
        if table == "baseline" and isinstance(obj.get("data"), str):
            with contextlib.suppress(ValueError):  # else keep the stored text
                obj["data"] = json.loads(obj["data"])
        yield obj


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, allow_nan=False)


def write_json(path: Path, tables: TableDump, header: dict[str, Any]) -> None:
    """Write ``tables`` as one JSON object to the new file ``path``, row by row, through
    :func:`companion.fileio.atomic_writer`: a full disk leaves no file at ``path``."""
    _check_target(path)
    head = {"format_version": EXPORT_FORMAT_VERSION, **header}
    try:
        with atomic_writer(path, mode=0o600, overwrite=False, what="export") as fh:
            fh.write('{\n "companion_export": ' + _dumps(head))
            for table, (columns, rows) in tables.items():
                fh.write(",\n " + _dumps(table) + ": [")
                for i, obj in enumerate(_json_rows(table, columns, rows)):
                    fh.write(("\n  " if i == 0 else ",\n  ") + _dumps(obj))
                fh.write("\n ]" if rows else "]")
            fh.write("\n}\n")
    except FileWriteError as exc:
        raise StoreError(exc.message, exc.hint) from None


def write_csv(folder: Path, tables: TableDump) -> list[Path]:
    """Create the new folder ``folder`` with one ``<table>.csv`` per table; return the files.

    The files are written into a hidden folder (0700) beside ``folder`` that is renamed into place
    when all are complete: a full disk leaves no half-written export behind.
    """
    _check_target(folder)
    try:
        work = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", suffix=".tmp",
                                     dir=folder.parent))
    except OSError as exc:
        raise StoreError(f"cannot write export folder {folder}: {describe_os_error(exc)}",
                         "choose a folder you can write to") from None
    try:
        for table, (columns, rows) in tables.items():
            fd = os.open(work / f"{table}.csv", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
                writer = csv.writer(fh)
                writer.writerow(columns)
                for row in rows:
                    writer.writerow(["" if v is None else v for v in row])
                fh.flush()
                os.fsync(fh.fileno())
        if os.path.lexists(folder):
            raise FileExistsError(folder)
        os.rename(work, folder)
    except OSError as exc:
        shutil.rmtree(work, ignore_errors=True)
        if isinstance(exc, FileExistsError):
            raise StoreError(f"export target {folder} already exists",
                             "choose a new file or folder name; nothing was overwritten") from None
        raise StoreError(f"cannot write export folder {folder}: {describe_os_error(exc)}",
                         "free some space or choose another location; nothing was left "
                         "behind") from None
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return [folder / f"{table}.csv" for table in tables]
