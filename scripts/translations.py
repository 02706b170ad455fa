"""Companion's translation sources: extract the strings, update the .ts files, build the .qm.

    python scripts/translations.py update     # .ts files from the code (keeps translations)
    python scripts/translations.py release [--out DIR]   # .qm files (pyside6-lrelease)
    python scripts/translations.py list       # every string found, one per line
    python scripts/translations.py check      # user-visible strings that are not translatable

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
* ``Text("Context", "source", *values)`` (``companion/messages.py``): a message made by a
  Qt-free layer (store, audio, policy), translated where a window shows it;
* ``_spec(default, "help", ...)`` in ``companion/settings.py`` (context ``Settings``: the
  settings window's tooltips and the Group Policy templates' labels).

The Group Policy generator (``packaging/admx/generate_admx.py``) marks its own text with
``noop("GroupPolicy", ...)`` and reads the translations from the ``.ts`` files.

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
SOURCE_DIRS = ("companion", "packaging/admx/generate_admx.py")
#: Target languages (Qt file names), English first.
LANGUAGES = ("en", "de", "es", "fr", "pt_BR")
CATALOG = "companion"
TR_CLASS = "Tr"
NOOPS = ("noop", "QT_TRANSLATE_NOOP")
#: ``Text("Context", "template", *args)``: a message of a Qt-free layer (companion/messages.py).
TEXT_CLASS = "Text"
#: Calls whose argument is a string in a fixed context: name -> (context, argument index).
#: ``_spec(default, "help", ...)`` in ``companion/settings.py``: the settings' help texts
#: (tooltips of the settings window, labels of the Group Policy templates).
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


#: What a translation call says: context, the arguments from the text on, the
#: disambiguation and the count (None when there is none).
_Parts = tuple[str, list[ast.expr], ast.expr | None, ast.expr | None]


def _translate_parts(node: ast.Call, where: str) -> _Parts | None:
    """``QCoreApplication.translate(context, source, disambiguation, n)``."""
    context = _literal(node.args[0])
    if context is None and _literal(node.args[1]) is None:
        return None   # a helper passing its own context on (Tr.__call__)
    if context is None:
        raise ExtractError(f"{where}: translate() needs a literal context")
    disambiguation = node.args[2] if len(node.args) > 2 else _keyword(node, "disambiguation")
    plural = node.args[3] if len(node.args) > 3 else _keyword(node, "n")
    return context, node.args[1:], disambiguation, plural


def _call_parts(node: ast.Call, helpers: dict[str, str], where: str) -> _Parts | None:
    """The parts of a translation call of any form; None for any other call."""
    name = _call_name(node)
    bare = isinstance(node.func, ast.Name)
    if bare and name in helpers:
        return helpers[name], node.args, _keyword(node, "disambiguation"), _keyword(node, "n")
    if name == "translate" and len(node.args) >= 2:
        return _translate_parts(node, where)
    if (name in NOOPS and len(node.args) == 2) or (name == TEXT_CLASS and len(node.args) >= 2):
        context = _literal(node.args[0])
        if context is None:
            raise ExtractError(f"{where}: {name}() needs a literal context")
        return context, node.args[1:], None, None
    if bare and name in FIXED_CONTEXT:
        context, index = FIXED_CONTEXT[name]
        if len(node.args) <= index:
            return None
        return context, node.args[index:index + 1], None, None
    if name == "tr" and not bare:
        raise ExtractError(f"{where}: use the module's Tr(\"Context\") helper, not self.tr() "
                           "(its context changes in subclasses)")
    return None


def _message(node: ast.Call, helpers: dict[str, str], where: str) -> Message | None:
    """The message of one call, None when it is not a translation call (or translates a
    string that is not a literal: a table entry marked with ``noop``)."""
    parts = _call_parts(node, helpers, where)
    if parts is None:
        return None
    context, args, disambiguation, plural = parts
    if not args:
        raise ExtractError(f"{where}: a translation call without a text")
    if _is_dynamic_text(args[0]):
        raise ExtractError(f"{where}: a sentence built in code cannot be translated: "
                           "use %1, %2 placeholders (Tr(...)(text, value))")
    source = _literal(args[0])
    if source is None:
        return None
    counted = plural is not None and not (isinstance(plural, ast.Constant)
                                          and plural.value == -1)
    return Message(context, source, _literal(disambiguation) or "", counted)


def extract(root: Path = ROOT) -> list[Message]:
    """Every translatable string under :data:`SOURCE_DIRS`, sorted, duplicates merged (the
    first file's note wins)."""
    seen: dict[tuple[str, str, str], Message] = {}
    for folder in SOURCE_DIRS:
        where = root / folder
        for path in sorted(where.rglob("*.py") if where.is_dir() else [where]):
            rel = path.relative_to(root).as_posix()
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


# ---- the guard: user-visible text that is not translatable -----------------------------------
#: Where every user-visible string must go through a translation call.
GUARDED_DIRS = ("companion/ui", "companion/app")
#: Methods and classes whose text arguments a user sees (Qt's and Companion's own).
TEXT_SINKS = frozenset({
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis",
    "setPlaceholderText", "setAccessibleName", "setAccessibleDescription", "addAction",
    "addMenu", "setTitle", "showMessage", "show_message", "notify", "announce", "setLabelText",
    "setInformativeText", "setDetailedText", "addItem", "insertItem", "setItemText", "addTab",
    "setTabText", "setHeaderLabels", "setHorizontalHeaderLabels", "setVerticalHeaderLabels",
    "setSuffix", "setPrefix", "setSpecialValueText", "setButtonText", "addButton",
    "information", "warning", "critical", "question", "about", "getSaveFileName",
    "getOpenFileName", "getExistingDirectory", "getText", "setPlainText", "setLabel",
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMenu",
    "QToolButton", "QMessageBox", "QCommandLinkButton", "QListWidgetItem", "QTableWidgetItem",
    "QTreeWidgetItem", "InfiniteLine", "TextItem", "LabelItem",
})
#: Sinks whose text is only some of their arguments (by position); others: all of them.
_TEXT_ARGS = {"addItem": (0,), "insertItem": (1,), "setItemText": (1,), "addTab": (1,),
              "setTabText": (1,), "setLabel": (1,), "addButton": (0,),
              "getSaveFileName": (1, 3), "getOpenFileName": (1, 3), "getExistingDirectory": (1,)}
#: Receivers whose calls are log lines, not user text (``log.warning(...)``).
_LOGGERS = frozenset({"log", "logging", "logger"})
#: Calls whose string arguments are already translatable (or mark text for it).
_TRANSLATING = frozenset({"_tr", "_help", "_fmt", "translate", "Tr", TEXT_CLASS, *NOOPS})
#: A literal that reads like words for people: a capitalised word and more words after it.
_SENTENCE = re.compile(r"^[\W\d]*[A-Z][^\W\d_]*[\s,:;!?.…—–-]+\S")
_LETTER = re.compile(r"[^\W\d_]")
_TAG = re.compile(r"<[^>]*>")
#: Code text that looks like words (style sheets, file formats, strftime formats such as
#: ``%H:%M``): never user text.
_CODE = re.compile(r"\{\s|\s\}|^\[|^(?:%[A-Za-z][\s:.,/-]*)+$")
#: Non-user strings the rules above would flag: (file, text). Keep this short.
ALLOWED: frozenset[tuple[str, str]] = frozenset()


@dataclass(frozen=True, order=True)
class Untranslated:
    """A user-visible string literal that does not go through a translation call."""

    where: str
    text: str


def _words(text: str) -> bool:
    """True when ``text`` has letters outside HTML tags (so a person would read it)."""
    return bool(_LETTER.search(_TAG.sub("", text)))


def _shown_text(node: ast.expr) -> str | None:
    """The literal text of an argument a user would see, or None: a plain literal, an
    f-string, ``"..." + x``, ``"..." % x``, ``"...".format(...)`` or either branch of
    ``a if c else b`` with words in it."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value if _words(node.value) and not _CODE.search(node.value) else None
    if isinstance(node, ast.JoinedStr):
        parts = "".join(v.value for v in node.values
                        if isinstance(v, ast.Constant) and isinstance(v.value, str))
        return ast.unparse(node) if _words(parts) and not _CODE.search(parts) else None
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        return _shown_text(node.left) or _shown_text(node.right)
    if isinstance(node, ast.IfExp):
        return _shown_text(node.body) or _shown_text(node.orelse)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
            and node.func.attr == "format":
        return _shown_text(node.func.value)
    return None


def _exempt(tree: ast.Module) -> set[int]:
    """Nodes whose strings are not user text: docstrings, log lines, exceptions, asserts and
    what already goes through a translation call."""
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) \
                and node.body and isinstance(node.body[0], ast.Expr):
            skip.add(id(node.body[0].value))
        elif isinstance(node, ast.Call):
            func = node.func
            owner = func.value.id if isinstance(func, ast.Attribute) \
                and isinstance(func.value, ast.Name) else ""
            if owner in _LOGGERS or _call_name(node) in _TRANSLATING:
                skip.update(id(n) for n in ast.walk(node))
        elif isinstance(node, ast.Raise) and node.exc is not None:
            skip.update(id(n) for n in ast.walk(node.exc))
        elif isinstance(node, ast.Assert) and node.msg is not None:
            skip.update(id(n) for n in ast.walk(node.msg))
    return skip


def untranslated_in(path: Path, rel: str) -> list[Untranslated]:
    """Strings in one file that a user sees and that are not translatable: text given to a
    :data:`TEXT_SINKS` call, and any other literal that reads like a sentence."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=rel)
    skip = _exempt(tree)
    found: set[Untranslated] = set()
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Call) and _call_name(node) in TEXT_SINKS:
            positions = _TEXT_ARGS.get(_call_name(node))
            args = [a for i, a in enumerate(node.args) if positions is None or i in positions]
            for arg in [*args, *(k.value for k in node.keywords)]:
                text = None if id(arg) in skip else _shown_text(arg)
                if text is not None:
                    found.add(Untranslated(f"{rel}:{arg.lineno}", text))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) \
                and _SENTENCE.match(node.value) and not _CODE.search(node.value):
            found.add(Untranslated(f"{rel}:{node.lineno}", node.value))
    return sorted(f for f in found if (rel, f.text) not in ALLOWED)


def untranslated(root: Path = ROOT) -> list[Untranslated]:
    """Every untranslatable user-visible string under :data:`GUARDED_DIRS`."""
    out: list[Untranslated] = []
    for folder in GUARDED_DIRS:
        for path in sorted((root / folder).rglob("*.py")):
            out += untranslated_in(path, path.relative_to(root).as_posix())
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("update", help="update translations/*.ts from the code")
    rel = sub.add_parser("release", help="build the .qm files")
    rel.add_argument("--out", type=Path, default=TS_DIR, help="folder for the .qm files")
    sub.add_parser("list", help="print every translatable string")
    sub.add_parser("check", help="list user-visible strings that are not translatable")
    args = parser.parse_args(argv)
    try:
        if args.command == "update":
            for ts in update():
                print(f"updated {ts.relative_to(ROOT)}")
        elif args.command == "release":
            for qm in release(args.out.resolve()):
                print(f"built {os.path.relpath(qm)}")
        elif args.command == "check":
            found = untranslated()
            for item in found:
                print(f"{item.where}: not translatable: {item.text!r}")
            return 1 if found else 0
        else:
            for m in extract():
                print(f"{m.context}\t{m.source!r}" + ("\t(plural)" if m.plural else ""))
    except ExtractError as exc:
        print(f"translations: error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
