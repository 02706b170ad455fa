"""Reading content TOML files safely, and finding the line of any key in them.

Plain Python, no Qt; runs on the thread that loads content.

``tomllib`` gives values but no positions. :class:`LineMap` scans the raw text of a document
that ``tomllib`` has already accepted and records the 1-based line where every table, array
element and key starts (``("cards", 3, "title") -> 57``). Because it only ever sees valid TOML
it can be a small structural scanner that understands strings (basic, literal, multi-line),
comments, ``[table]`` / ``[[array]]`` headers, dotted keys, arrays and inline tables -- so a
``[[cards]]`` or ``id = "x"`` inside a multi-line body or a comment never fools it.
"""

from __future__ import annotations

import contextlib
import re
import tomllib
from bisect import bisect_left
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from companion.content.problems import ContentError, Problem, Severity
from companion.content.suggest import did_you_mean
from companion.fileio import FileError
from companion.tomlfile import parse_toml, read_toml

#: Characters allowed in a bare TOML key.
_BARE_KEY = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")

Path_ = tuple[str | int, ...]


@dataclass(frozen=True)
class TomlDocument:
    """A parsed content file: its data, raw text and key-to-line map."""

    path: Path
    data: dict[str, Any]
    text: str
    lines: LineMap

    def line_of(self, *key: str | int) -> int | None:
        """1-based line of ``key`` (a path such as ``("cards", 2, "body")``), falling back to
        the nearest enclosing table or element; None if nothing encloses it."""
        return self.lines.line_of(*key)


def _content_error(exc: FileError, error_cls: type[ContentError]) -> ContentError:
    """The foundation reader's error as ``error_cls`` (path and line in front)."""
    return error_cls(exc.detail, exc.hint, path=exc.path, line=exc.line)


def parse_toml_text(text: str, path: Path, *, error_cls: type[ContentError] = ContentError
                    ) -> TomlDocument:
    """Parse ``text`` (the contents of ``path``) as TOML (with :mod:`companion.tomlfile`, the
    project's one reader).

    Raises
    ------
    ContentError
        (of class ``error_cls``) naming the file and line when the text is not valid TOML.
    """
    if text.startswith("\ufeff"):  # a UTF-8 byte-order mark, as Notepad writes
        text = text[1:]
    try:
        data = parse_toml(text, path)
    except FileError as exc:
        raise _content_error(exc, error_cls) from None
    return TomlDocument(path=path, data=data, text=text, lines=LineMap(text))


def read_toml_file(path: Path, *, max_bytes: int,
                   error_cls: type[ContentError] = ContentError) -> TomlDocument:
    """Read and parse one small TOML content file, at most ``max_bytes`` bytes, with
    :func:`companion.tomlfile.read_toml` (regular files only; UTF-8, or UTF-16/32 with a
    byte-order mark).

    Raises
    ------
    ContentError
        (of class ``error_cls``) with one line naming the file (and line, when known) for a
        missing, unreadable, too large, non-UTF-8 or invalid TOML file.
    """
    try:
        doc = read_toml(path, max_bytes=max_bytes)
    except FileError as exc:
        raise _content_error(exc, error_cls) from None
    return TomlDocument(path=path, data=doc.data, text=doc.text, lines=LineMap(doc.text))


def show(value: Any) -> str:
    """A short human rendering of a TOML value for error messages."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return f"{value:g}"
    if isinstance(value, str):
        text = value if len(value) <= 40 else value[:37] + "..."
        return repr(text)
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return "a date/time" if hasattr(value, "isoformat") else type(value).__name__


def is_number(value: Any) -> bool:
    """True for TOML integers and finite floats (not booleans)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    return value == value and value not in (float("inf"), float("-inf"))


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


class Checker:
    """Collects :class:`Problem` records for one document, each with the line of its key."""

    def __init__(self, doc: TomlDocument) -> None:
        self.doc = doc
        self.problems: list[Problem] = []

    def add(self, severity: Severity, message: str, key: tuple[str | int, ...]) -> None:
        """Record a problem at the line of ``key`` (or its nearest enclosing table)."""
        self.problems.append(Problem(self.doc.path, self.doc.line_of(*key), message, severity))

    def error(self, message: str, *key: str | int) -> None:
        """Record an error at ``key``."""
        self.add("error", message, key)

    def warn(self, message: str, *key: str | int) -> None:
        """Record a warning at ``key``."""
        self.add("warning", message, key)

    @property
    def ok(self) -> bool:
        """No errors so far."""
        return not any(p.is_error for p in self.problems)

    def text(self, table: dict[str, Any], name: str, label: str, key: tuple[str | int, ...], *,
             max_len: int, required: bool = True, multiline: bool = False) -> str | None:
        """Validate ``table[name]`` as text; returns it stripped, or None if bad/missing."""
        if name not in table:
            if required:
                self.error(f"{label} is missing", *key)
            return None
        value = table[name]
        where = (*key, name)
        if not isinstance(value, str):
            self.error(f"{label} must be text in quotes, not {show(value)}", *where)
            return None
        text = value.replace("\r\n", "\n").strip()
        if required and not text:
            self.error(f"{label} is empty", *where)
            return None
        if len(text) > max_len:
            self.error(f"{label} is {len(text)} characters; at most {max_len} allowed", *where)
            return None
        if _CONTROL.search(text):
            self.error(f"{label} contains a control character", *where)
            return None
        if not multiline and ("\n" in text or "\r" in text):
            self.error(f"{label} must be on one line", *where)
            return None
        return text

    def number(self, table: dict[str, Any], name: str, label: str,
               key: tuple[str | int, ...], *, low: float, high: float, unit: str = "",
               integer: bool = False) -> float | None:
        """Validate ``table[name]`` as a number in ``[low, high]``; None if bad or missing."""
        value = table[name]
        where = (*key, name)
        kind = "a whole number" if integer else "a number"
        if not is_number(value) or (integer and not isinstance(value, int)):
            self.error(f"{label} must be {kind}, not {show(value)}", *where)
            return None
        if not low <= value <= high:
            self.error(f"{label} must be between {low:g} and {high:g}{unit}, not {value:g}",
                       *where)
            return None
        return float(value)

    def unknown_keys(self, table: dict[str, Any], known: tuple[str, ...], label: str,
                     key: tuple[str | int, ...]) -> None:
        """Warn about keys not in ``known`` (they are ignored)."""
        for name in table:
            if name not in known:
                hint = did_you_mean(name, known) or f" (known keys: {', '.join(known)})"
                self.warn(f"{label}unknown key '{name}' is ignored{hint}", *key, name)


class LineMap:
    """Where each table, array element and key of a valid TOML document starts.

    Paths are tuples of keys and 0-based array indexes, as they appear in the parsed data:
    ``("deck", "title")``, ``("cards", 0)``, ``("cards", 0, "tags", 1)``,
    ``("phases", 2, "seconds")``. Lines are 1-based.
    """

    def __init__(self, text: str) -> None:
        self._lines: dict[Path_, int] = {}
        scanner = _Scanner(text, self._lines)
        # Errors are only possible for text tomllib rejects: keep what was found.
        with contextlib.suppress(IndexError, ValueError, RecursionError,
                                 tomllib.TOMLDecodeError):
            scanner.run()

    def line_of(self, *key: str | int) -> int | None:
        """Line of ``key``, else of its nearest recorded parent, else None."""
        path: Path_ = tuple(key)
        while path:
            line = self._lines.get(path)
            if line is not None:
                return line
            path = path[:-1]
        return None

    def exact(self, *key: str | int) -> int | None:
        """Line of exactly ``key`` or None (no fallback to parents)."""
        return self._lines.get(tuple(key))


class _Scanner:
    """Recursive-descent walk over valid TOML recording positions (not values)."""

    def __init__(self, text: str, out: dict[Path_, int]) -> None:
        self.s = text
        self.n = len(text)
        self.i = 0
        self.out = out
        self.newlines = [m.start() for m in re.finditer("\n", text)]
        self.aot_index: dict[Path_, int] = {}

    # -- helpers -------------------------------------------------------------------------
    def line(self, pos: int) -> int:
        return bisect_left(self.newlines, pos) + 1

    def record(self, path: Path_, pos: int) -> None:
        self.out.setdefault(path, self.line(pos))

    def skip_inline_ws(self) -> None:
        while self.i < self.n and self.s[self.i] in " \t":
            self.i += 1

    def skip_comment(self) -> None:
        if self.i < self.n and self.s[self.i] == "#":
            end = self.s.find("\n", self.i)
            self.i = self.n if end < 0 else end

    def skip_all_ws(self) -> None:
        """Spaces, tabs, newlines and comments."""
        while self.i < self.n:
            c = self.s[self.i]
            if c in " \t\r\n":
                self.i += 1
            elif c == "#":
                self.skip_comment()
            else:
                return

    def skip_string(self) -> str:
        """Skip the string starting at ``i``; return its raw source text."""
        s, start = self.s, self.i
        if s.startswith('"""', start) or s.startswith("'''", start):
            quote = s[start]
            j = start + 3
            while True:
                if quote == '"' and s[j] == "\\":
                    j += 2
                    continue
                if s.startswith(quote * 3, j):
                    k = j
                    while k < self.n and s[k] == quote and k - j < 5:
                        k += 1
                    self.i = k
                    return s[start:k]
                j += 1
        quote = s[start]
        j = start + 1
        while True:
            c = s[j]
            if quote == '"' and c == "\\":
                j += 2
                continue
            if c == quote:
                self.i = j + 1
                return s[start: j + 1]
            if c == "\n":
                raise ValueError("newline in string")
            j += 1

    def parse_key(self) -> list[str]:
        """A (possibly dotted, possibly quoted) key."""
        parts: list[str] = []
        while True:
            self.skip_inline_ws()
            c = self.s[self.i]
            if c == '"':
                raw = self.skip_string()
                parts.append(tomllib.loads("k = " + raw)["k"])
            elif c == "'":
                parts.append(self.skip_string()[1:-1])
            else:
                start = self.i
                while self.i < self.n and self.s[self.i] in _BARE_KEY:
                    self.i += 1
                if self.i == start:
                    raise ValueError("empty key")
                parts.append(self.s[start: self.i])
            self.skip_inline_ws()
            if self.i < self.n and self.s[self.i] == ".":
                self.i += 1
                continue
            return parts

    def expect(self, token: str) -> None:
        if not self.s.startswith(token, self.i):
            raise ValueError(f"expected {token!r}")
        self.i += len(token)

    def resolve(self, keys: list[str]) -> Path_:
        """Header keys as a data path, stepping into the current element of arrays of
        tables (``[cards.extra]`` after the 3rd ``[[cards]]`` -> ``("cards", 2, "extra")``)."""
        path: Path_ = ()
        for key in keys:
            path = (*path, key)
            if path in self.aot_index:
                path = (*path, self.aot_index[path])
        return path

    # -- grammar ---------------------------------------------------------------------------
    def run(self) -> None:
        prefix: Path_ = ()
        while True:
            self.skip_all_ws()
            if self.i >= self.n:
                return
            start = self.i
            if self.s.startswith("[[", self.i):
                self.i += 2
                keys = self.parse_key()
                self.expect("]]")
                array = (*self.resolve(keys[:-1]), keys[-1])
                index = self.aot_index.get(array, -1) + 1
                self.aot_index[array] = index
                self.record(array, start)
                prefix = (*array, index)
                self.record(prefix, start)
            elif self.s[self.i] == "[":
                self.i += 1
                keys = self.parse_key()
                self.expect("]")
                prefix = self.resolve(keys)
                self.record(prefix, start)
            else:
                keys = self.parse_key()
                self.expect("=")
                self.record_keys(prefix, keys, start)
                self.parse_value((*prefix, *keys))
            self.skip_inline_ws()
            self.skip_comment()

    def record_keys(self, prefix: Path_, keys: list[str], pos: int) -> None:
        for k in range(1, len(keys) + 1):
            self.record((*prefix, *keys[:k]), pos)

    def parse_value(self, path: Path_) -> None:
        self.skip_inline_ws()
        c = self.s[self.i]
        if c in "\"'":
            self.skip_string()
        elif c == "[":
            self.i += 1
            index = 0
            while True:
                self.skip_all_ws()
                if self.s[self.i] == "]":
                    self.i += 1
                    return
                self.record((*path, index), self.i)
                self.parse_value((*path, index))
                self.skip_all_ws()
                if self.s[self.i] == ",":
                    self.i += 1
                    index += 1
                    continue
                self.expect("]")
                return
        elif c == "{":
            self.i += 1
            while True:
                self.skip_all_ws()
                if self.s[self.i] == "}":
                    self.i += 1
                    return
                start = self.i
                keys = self.parse_key()
                self.expect("=")
                self.record_keys(path, keys, start)
                self.parse_value((*path, *keys))
                self.skip_all_ws()
                if self.s[self.i] == ",":
                    self.i += 1
                    continue
                self.expect("}")
                return
        else:
            while self.i < self.n and self.s[self.i] not in ",]}\n#":
                self.i += 1
