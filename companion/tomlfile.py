"""The one TOML file reader: settings, IT policy, cue decks and breathing patterns.

Reads the way Windows tools actually write text, because IT admins and supervisors edit these
files with Notepad and PowerShell:

* a UTF-8 byte-order mark (Notepad's "UTF-8 with BOM", PowerShell 5 ``-Encoding UTF8``) is
  dropped;
* UTF-16 with a byte-order mark (Notepad's "Unicode", PowerShell 5 ``>`` and ``Out-File``)
  and UTF-32 with one are decoded;
* CRLF line ends are TOML already;
* anything else that is not UTF-8 (a legacy code page, UTF-16 without a mark) is one clear
  error naming the file and line, with how to save it as UTF-8;
* a Windows path in double quotes (``"C:\\Decks"``) gets a hint to use single quotes.

Only regular files are read, with a size cap (:func:`companion.fileio.read_small_file`).
Errors are :class:`~companion.fileio.FileReadError` / :class:`TomlFileError` (both
:class:`~companion.errors.CompanionError`) with ``path``, ``line`` (1-based, when known) and
``detail`` (the message without the file), so a content loader can re-raise them in its own
error class. Standard library only, no Qt.
"""

from __future__ import annotations

import codecs
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from companion.fileio import FileReadError, read_small_file

_TOML_POS = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")
_TOML_END = re.compile(r"\s*\(at end of document\)\s*$")
#: Byte-order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one).
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
         (codecs.BOM_UTF16_BE, "utf-16-be"))
_SAVE_AS_UTF8 = ("save it as UTF-8 (Notepad: Save as > Encoding: UTF-8; PowerShell: "
                 "Set-Content -Encoding utf8)")
_WINDOWS_PATH_HINT = ("write Windows paths in single quotes ('C:\\Decks') or with forward "
                      "slashes (\"C:/Decks\")")


class TomlFileError(FileReadError):
    """A file that is not text or not valid TOML (``line`` names the line when known)."""


@dataclass(frozen=True)
class TomlText:
    """A parsed TOML file: its ``data`` and the decoded ``text`` (without a BOM)."""

    path: Path
    data: dict[str, Any]
    text: str


def decode_text(raw: bytes, path: Path, *, what: str = "file") -> str:
    """``raw`` as text: a byte-order mark chooses UTF-8/16/32, else it must be UTF-8.

    Raises
    ------
    TomlFileError
        Not UTF-8 (naming the line of the first bad byte), or undecodable after a BOM.
    """
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return raw[len(bom):].decode(encoding)
            except UnicodeDecodeError:
                raise TomlFileError(f"not valid {encoding.upper()} text", _SAVE_AS_UTF8,
                                    path=path, what=what) from None
    if b"\x00" in raw:  # valid UTF-8, but never text: UTF-16 without a mark, or binary
        if raw.count(b"\x00") * 3 >= len(raw):
            raise TomlFileError("UTF-16 text without a byte-order mark", _SAVE_AS_UTF8,
                                path=path, what=what)
        line = raw[: raw.index(b"\x00")].count(b"\n") + 1
        raise TomlFileError("not text (it holds a NUL byte)", "is this the right file?",
                            path=path, line=line, what=what)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise TomlFileError("not UTF-8 text", _SAVE_AS_UTF8, path=path, line=line,
                            what=what) from None


def parse_toml(text: str, path: Path, *, what: str = "file") -> dict[str, Any]:
    """Parse ``text`` (the contents of ``path``; a leading BOM is ignored).

    Raises
    ------
    TomlFileError
        Naming the line (and column) when the text is not valid TOML.
    """
    if text.startswith("\ufeff"):
        text = text[1:]
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        line: int | None = None
        match = _TOML_POS.search(message)
        if match:
            line = int(match.group(1))
            message = message[: match.start()] + f" (column {match.group(2)})"
        else:
            match = _TOML_END.search(message)
            if match:
                line = text.count("\n") + 1
                message = message[: match.start()] + " (at the end of the file)"
        hint = (_WINDOWS_PATH_HINT if "'\\'" in message or "escape" in message.lower()
                else "fix that line (check quotes, brackets and '=' signs)")
        raise TomlFileError(f"not valid TOML: {message}", hint, path=path, line=line,
                            what=what) from None
    except RecursionError:
        raise TomlFileError("not valid TOML: nested too deeply", path=path,
                            what=what) from None


def read_toml(path: Path, *, max_bytes: int, what: str = "file") -> TomlText:
    """Read, decode and parse the regular file ``path`` (at most ``max_bytes`` bytes).

    Raises
    ------
    FileReadError
        Missing (``.missing``), unreadable, not a regular file, too large; its subclass
        :class:`TomlFileError` when the file is not text or not valid TOML.
    """
    raw = read_small_file(path, max_bytes=max_bytes, what=what)
    text = decode_text(raw, path, what=what)
    if text.startswith("\ufeff"):  # a BOM inside the UTF-8 BOM (converted twice)
        text = text[1:]
    return TomlText(path, parse_toml(text, path, what=what), text)


__all__ = ["TomlFileError", "TomlText", "decode_text", "parse_toml", "read_toml"]
