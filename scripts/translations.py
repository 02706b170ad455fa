"""Companion's translation sources: extract the strings, update the .ts files, build the .qm.

    python scripts/translations.py update     # .ts files from the code (keeps translations)
    python scripts/translations.py release [--out DIR]   # .qm files (pyside6-lrelease)
    python scripts/translations.py list       # every string found, one per line

Why not ``pyside6-lupdate`` on the Python files directly: its Python parser drops messages
whose plural count is an expression (``len(items)``), never marks
``QCoreApplication.translate(..., n)`` as a plural, and knows no per-module helper. So the
strings are found here, with Python's own ``ast`` (the forms below), written as a C++ file
that ``pyside6-lupdate`` reads reliably, and lupdate merges them into the ``.ts`` files as
usual (existing translations kept, changed sources marked unfinished, removed ones dropped).

Forms found (``Context`` and ``source`` must be string literals):

* ``_tr = Tr("Context")`` at module level, then ``_tr("source", *args, n=count,
  disambiguation="...")``;
* ``QCoreApplication.translate("Context", "source"[, disambiguation[, n]])``;
* ``noop("Context", "source")`` or Qt's ``QT_TRANSLATE_NOOP("Context", "source")`` (marks
  a string that a table holds);
* ``_spec(default, "help", ...)`` in ``companion/settings.py`` (context ``Settings``: the
  settings window's tooltips; not for IT-only keys).

A ``# Translators: ...`` comment on the lines just above a call becomes the note translators
see. ``companion_en.ts`` holds only the plural forms (English has two); new ones are filled
in here: "%n minute(s)" -> "%n minute" / "%n minutes", "%n (was|were)" -> "%n was" / "%n
were"; correct any other by hand (finished forms are kept).
"""

from __future__ import annotations

import argparse
import ast
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: Where the .ts sources live (and, untracked, the .qm files a checkout builds).
TS_DIR = ROOT / "translations"
#: The code that shows text: scanned for strings.
SOURCE_DIRS = ("companion/ui", "companion/app", "companion/cli", "companion/settings.py")
#: Target languages (Qt file names), English first.
#: Files that implement the helpers rather than use them.
SKIP = ("companion/ui/i18n.py",)
LANGUAGES = ("en", "de", "es", "fr", "pt_BR")
CATALOG = "companion"
TR_CLASS = "Tr"
NOOPS = ("noop", "QT_TRANSLATE_NOOP")
#: Calls whose argument is a string in a fixed context: name -> (context, argument index).
#: ``_spec(default, "help", ...)`` in ``companion/settings.py``: the settings' help texts
#: (tooltips of the settings window); IT-only keys (``user=False``) are not shown there.
FIXED_CONTEXT = {"_spec": ("Settings", 1)}
PLURAL_MARK = "(s)"
#: "(one|other)" in an English plural source: the word for one and for several.
_ALTERNATIVES = re.compile(r"\(([^()|]*)\|([^()|]*)\)")


class ExtractError(Exception):
    """A translatable call the extractor cannot read (names file and line)."""


@dataclass(frozen=True, order=True)
class Message:
    """One translatable string."""

    context: str
    source: str
    disambiguation: str = ""
    plural: bool = False
    note: str = ""
    where: str = ""


def _literal(node: ast.expr | None) -> str | None:
    """The value of a string literal (implicit concatenation included); None otherwise."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _is_dynamic_text(node: ast.expr) -> bool:
    """An f-string, ``"..." + x``, ``"...".format(...)`` or ``"..." % x``: a sentence built
    in code, which translators cannot reorder."""
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        return _literal(node.left) is not None or _literal(node.right) is not None \
            or _is_dynamic_text(node.left)
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
        and node.func.attr == "format" and _literal(node.func.value) is not None


def _call_name(node: ast.Call) -> str:
    """``translate`` for ``QCoreApplication.translate(...)``, ``f`` for ``f(...)``/``x.f``."""
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def tr_helpers(tree: ast.Module) -> dict[str, str]:
    """Module-level ``name = Tr("Context")`` assignments: name -> context."""
    found: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call) \
                and _call_name(node.value) == TR_CLASS and len(node.targets) == 1 \
                and isinstance(node.targets[0], ast.Name) and node.value.args:
            context = _literal(node.value.args[0])
            if context is not None:
                found[node.targets[0].id] = context
    return found


def _keyword(node: ast.Call, name: str) -> ast.expr | None:
    return next((k.value for k in node.keywords if k.arg == name), None)


def _translator_note(lines: list[str], lineno: int) -> str:
    """A ``# Translators:`` comment just above line ``lineno`` (1-based), joined."""
    block: list[str] = []
    index = lineno - 2
    while index >= 0 and lines[index].strip().startswith("#"):
        block.insert(0, lines[index].strip().lstrip("#").strip())
        index -= 1
    text = " ".join(block)
    mark = text.find("Translators:")
    return text[mark + len("Translators:"):].strip() if mark >= 0 else ""


def messages_in(path: Path, rel: str) -> list[Message]:
    """Every translatable string in one Python file."""
    text = path.read_text(encoding="utf-8")
    tree = ast.parse(text, filename=rel)
    helpers = tr_helpers(tree)
    lines = text.splitlines()
    out: list[Message] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            found = _message(node, helpers, f"{rel}:{node.lineno}")
            if found is not None:
                note = _translator_note(lines, node.lineno)
                out.append(Message(found.context, found.source, found.disambiguation,
                                   found.plural, note, rel))
    return out


def _message(node: ast.Call, helpers: dict[str, str], where: str) -> Message | None:
    """The message of one call, None when it is not a translation call (or translates a
    string that is not a literal: a table entry marked with ``noop``)."""
    name = _call_name(node)
    if isinstance(node.func, ast.Name) and name in helpers:
        context, args = helpers[name], node.args
        disambiguation, plural = _keyword(node, "disambiguation"), _keyword(node, "n")
    elif name == "translate" and len(node.args) >= 2:
        context = _literal(node.args[0])
        if context is None:
            raise ExtractError(f"{where}: translate() needs a literal context")
        args = node.args[1:]
        disambiguation = node.args[2] if len(node.args) > 2 else \
            _keyword(node, "disambiguation")
        plural = node.args[3] if len(node.args) > 3 else _keyword(node, "n")
    elif name in NOOPS and len(node.args) == 2:
        context, args, disambiguation, plural = _literal(node.args[0]), node.args[1:], None, None
        if context is None:
            raise ExtractError(f"{where}: {name}() needs a literal context")
    elif name in FIXED_CONTEXT and isinstance(node.func, ast.Name):
        context, index = FIXED_CONTEXT[name]
        user = _keyword(node, "user")
        if len(node.args) <= index or (isinstance(user, ast.Constant) and user.value is False):
            return None
        args, disambiguation, plural = node.args[index:index + 1], None, None
    elif name == "tr" and isinstance(node.func, ast.Attribute):
        raise ExtractError(f"{where}: use the module's Tr(\"Context\") helper, not self.tr() "
                           "(its context changes in subclasses)")
    else:
        return None
    if not args:
        raise ExtractError(f"{where}: a translation call without a text")
    if _is_dynamic_text(args[0]):
        raise ExtractError(f"{where}: a sentence built in code cannot be translated: "
                           "use %1, %2 placeholders (Tr(...)(text, value))")
    source = _literal(args[0])
    if source is None:
        return None
    note = _literal(disambiguation) or ""
    return Message(context, source, note, plural is not None and not (
        isinstance(plural, ast.Constant) and plural.value == -1))


def extract(root: Path = ROOT) -> list[Message]:
    """Every translatable string under :data:`SOURCE_DIRS`, sorted, duplicates merged (the
    first file's note wins)."""
    seen: dict[tuple[str, str, str], Message] = {}
    for folder in SOURCE_DIRS:
        where = root / folder
        for path in sorted(where.rglob("*.py") if where.is_dir() else [where]):
            rel = path.relative_to(root).as_posix()
            if rel in SKIP:
                continue
            for message in messages_in(path, rel):
                key = (message.context, message.source, message.disambiguation)
                if key in seen and seen[key].plural != message.plural:
                    raise ExtractError(f"{message.where}: '{message.source}' is used both "
                                       "with and without a count in " + message.context)
                seen.setdefault(key, message)
    return sorted(seen.values())


def _cpp_string(text: str) -> str:
    """A C++ string literal of ``text`` (UTF-8 source)."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") \
        .replace("\t", "\\t").replace("\r", "\\r")
    return f'"{escaped}"'


def cpp_stub(messages: list[Message]) -> str:
    """The strings as C++ ``translate`` calls, the form lupdate reads best."""
    out = ["// Generated by scripts/translations.py; read by pyside6-lupdate only.", ""]
    for m in messages:
        note = " ".join(x for x in (m.note, f"({m.where})") if x)
        out.append(f"//: {note}")
        count = ", n" if m.plural else ""
        out.append(f"QCoreApplication::translate({_cpp_string(m.context)}, "
                   f"{_cpp_string(m.source)}, {_cpp_string(m.disambiguation)}{count});")
    return "\n".join(out) + "\n"


def _tool(name: str) -> str:
    """Path of a Qt tool that PySide6 ships (``pyside6-lupdate``), next to this Python."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: run 'bash scripts/setup' (PySide6 ships it)")
    return found


def update(ts_dir: Path = TS_DIR, messages: list[Message] | None = None) -> list[Path]:
    """Run lupdate for every language; returns the .ts files written."""
    messages = extract() if messages is None else messages
    ts_dir.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as tmp:
        stub = Path(tmp) / "companion_strings.cpp"
        stub.write_text(cpp_stub(messages), encoding="utf-8")
        for lang in LANGUAGES:
            ts = ts_dir / f"{CATALOG}_{lang}.ts"
            cmd = [_tool("pyside6-lupdate"), "-silent", "-locations", "none", "-no-obsolete",
                   "-source-language", "en", "-target-language", lang, str(stub), "-ts", str(ts)]
            if lang == "en":
                cmd.insert(2, "-pluralonly")
            subprocess.run(cmd, check=True)
            if lang == "en":
                fill_english_plurals(ts)
            written.append(ts)
    return written


def english_forms(source: str) -> tuple[str, str]:
    """The English singular and plural of a ``%n`` source: "(s)" dropped / made "s", and
    "(one|other)" choosing the words ("%n of them (was|were) tense", "offered (once|%n
    times)")."""
    one = _ALTERNATIVES.sub(r"\1", source.replace(PLURAL_MARK, ""))
    other = _ALTERNATIVES.sub(r"\2", source.replace(PLURAL_MARK, "s"))
    return one, other


def fill_english_plurals(ts: Path) -> None:
    """Give new English plurals their two forms (:func:`english_forms`; a source without
    "(s)" or "(a|b)", such as "%n min", is the same for both). Forms written by hand
    (finished) are kept."""
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source", "")
        if translation is None or translation.get("type") != "unfinished":
            continue
        forms = translation.findall("numerusform")
        for form, text in zip(forms, english_forms(source), strict=False):
            form.text = text
        del translation.attrib["type"]
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                  encoding="utf-8")


def release(out_dir: Path = TS_DIR, ts_dir: Path = TS_DIR) -> list[Path]:
    """Build ``companion_<lang>.qm`` from each .ts into ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    built = []
    for lang in LANGUAGES:
        ts, qm = ts_dir / f"{CATALOG}_{lang}.ts", out_dir / f"{CATALOG}_{lang}.qm"
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                       check=True)
        built.append(qm)
    return built


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("update", help="update translations/*.ts from the code")
    rel = sub.add_parser("release", help="build the .qm files")
    rel.add_argument("--out", type=Path, default=TS_DIR, help="folder for the .qm files")
    sub.add_parser("list", help="print every translatable string")
    args = parser.parse_args(argv)
    try:
        if args.command == "update":
            for ts in update():
                print(f"updated {ts.relative_to(ROOT)}")
        elif args.command == "release":
            for qm in release(args.out.resolve()):
                print(f"built {os.path.relpath(qm)}")
        else:
            for m in extract():
                print(f"{m.context}\t{m.source!r}" + ("\t(plural)" if m.plural else ""))
    except ExtractError as exc:
        print(f"translations: error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
