"""Writing a user-initiated export of every stored table (runs on the caller's thread).

Shapes (documented in ``docs/privacy.md``):

- ``json``: one UTF-8 file holding one object: ``"companion_export"`` (format version, schema
  version, export time) and one key per table with a list of row objects (column → value).
  The baseline's ``data`` column is included as the JSON object it holds.
- ``csv``: ``PATH`` is a new folder holding one ``<table>.csv`` per table (UTF-8, header row of
  column names, empty cell = no value, true/false as 1/0).

Times are epoch seconds (UTC). Exports are created private to the user (0600 files, 0700
folder on POSIX) and never overwrite anything: an existing ``PATH`` is refused.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

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


def _private(path: Path, mode: int) -> None:
    if os.name == "posix":
        os.chmod(path, mode)


def write_json(path: Path, tables: TableDump, header: dict[str, Any]) -> None:
    """Write ``tables`` as one JSON object to the new file ``path`` (atomically)."""
    _check_target(path)
    document: dict[str, Any] = {"companion_export": {"format_version": EXPORT_FORMAT_VERSION,
                                                     **header}}
    for table, (columns, rows) in tables.items():
        objects = []
        for row in rows:
            obj = dict(zip(columns, row, strict=True))
            if table == "baseline" and isinstance(obj.get("data"), str):
                with contextlib.suppress(ValueError):  # else keep the stored text
                    obj["data"] = json.loads(obj["data"])
            objects.append(obj)
        document[table] = objects
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}-", dir=path.parent)
    except OSError as exc:
        raise StoreError(f"cannot write export {path}: {exc.strerror}",
                         "choose a folder you can write to") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(document, fh, indent=1, ensure_ascii=False, allow_nan=False)
            fh.write("\n")
        _private(Path(tmp), 0o600)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise StoreError(f"cannot write export {path}: {exc.strerror}",
                         "check free space and permissions") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_csv(folder: Path, tables: TableDump) -> list[Path]:
    """Create the new folder ``folder`` with one ``<table>.csv`` per table; return the files."""
    _check_target(folder)
    written: list[Path] = []
    try:
        folder.mkdir()
        _private(folder, 0o700)
        for table, (columns, rows) in tables.items():
            target = folder / f"{table}.csv"
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
                writer = csv.writer(fh)
                writer.writerow(columns)
                for row in rows:
                    writer.writerow(["" if v is None else v for v in row])
            written.append(target)
    except OSError as exc:
        raise StoreError(f"cannot write export folder {folder}: {exc.strerror}",
                         "check free space and permissions") from None
    return written
