"""Every shipped language is complete: each message of ``translations/companion_<lang>.ts`` is
translated, keeps the source's placeholders, mnemonics and tags, and has all its plural forms.

A string added to the code (and to the .ts files by the update script) without its four
translations fails here, on purpose: translate it in each file (docs/glossary.md has the words).
No Qt needed: the .ts files are XML.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "translations"
#: Shipped languages and their number of plural forms in Qt's rules (two each: German and
#: Spanish "1 / other"; French and Brazilian Portuguese "0 and 1 / other").
PLURAL_FORMS = {"de": 2, "es": 2, "fr": 2, "pt_BR": 2}
#: Placeholders that must survive translation: Qt's %1..%9 and %n, Python's {name}.
PLACEHOLDER = re.compile(r"%[1-9n]|\{[A-Za-z_][A-Za-z0-9_.]*(?:![rsa])?(?::[^{}]*)?\}")
TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)\b[^>]*>")
#: A mnemonic: '&' before a character other than '&' ("&&" is a literal ampersand).
MNEMONIC = re.compile(r"&(?!&)(\S)")


@dataclass(frozen=True)
class Message:
    """One finished or unfinished message of a .ts file."""

    context: str
    source: str
    #: The translation, or each plural form for a ``%n`` message.
    forms: tuple[str, ...]
    numerus: bool
    unfinished: bool

    def where(self) -> str:
        """The message as a line of a failure report."""
        return f"[{self.context}] {self.source!r}"


def ts_path(lang: str) -> Path:
    """The .ts file of ``lang``."""
    return TRANSLATIONS / f"companion_{lang}.ts"


def read_messages(path: Path) -> list[Message]:
    """The current messages of ``path`` (vanished and obsolete ones left out)."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = "" if translation is None else translation.get("type", "")
            if kind in ("vanished", "obsolete"):
                continue
            numerus = message.get("numerus") == "yes"
            if translation is None:
                forms: tuple[str, ...] = ()
            elif numerus:
                forms = tuple(f.text or "" for f in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            found.append(Message(name, message.findtext("source", ""), forms, numerus,
                                 translation is None or kind == "unfinished"))
    return found


def mnemonic(text: str) -> str | None:
    """The mnemonic character of ``text`` (lower case), or None."""
    found = MNEMONIC.findall(text.replace("&&", ""))
    return found[0].lower() if found else None


def message_problems(message: Message, plural_forms: int) -> list[str]:
    """What is wrong with one message's translation (empty when it is fine)."""
    if message.unfinished:
        return [f"{message.where()} is not translated yet"]
    if message.numerus and len(message.forms) != plural_forms:
        return [f"{message.where()} has {len(message.forms)} plural forms, needs {plural_forms}"]
    problems = []
    want_fields = sorted(PLACEHOLDER.findall(message.source))
    want_tags = sorted(TAG.findall(message.source))
    want_mnemonics = len(MNEMONIC.findall(message.source.replace("&&", "")))
    for form in message.forms:
        if not form.strip():
            problems.append(f"{message.where()} has an empty translation")
            continue
        if sorted(PLACEHOLDER.findall(form)) != want_fields:
            problems.append(f"{message.where()} -> {form!r}: placeholders "
                            f"{sorted(PLACEHOLDER.findall(form))} instead of {want_fields}")
        if sorted(TAG.findall(form)) != want_tags:
            problems.append(f"{message.where()} -> {form!r}: tags differ from the source")
        if len(MNEMONIC.findall(form.replace("&&", ""))) != want_mnemonics:
            problems.append(f"{message.where()} -> {form!r}: needs {want_mnemonics} '&' mnemonic")
    return problems


def mnemonic_clashes(messages: list[Message]) -> list[str]:
    """Pairs in one context whose translations share a mnemonic that English keeps apart."""
    clashes = []
    by_context: dict[str, list[tuple[str, str, Message]]] = {}
    for m in messages:
        source_key = mnemonic(m.source)
        if m.unfinished or source_key is None:
            continue
        for form in m.forms:
            key = mnemonic(form)
            if key is not None:
                by_context.setdefault(m.context, []).append((source_key, key, m))
    for entries in by_context.values():
        for i, (src_a, key_a, a) in enumerate(entries):
            for src_b, key_b, b in entries[i + 1:]:
                if key_a == key_b and src_a != src_b:
                    clashes.append(f"{a.where()} and {b.where()} both use '&{key_a}'")
    return clashes


@pytest.mark.parametrize("lang", sorted(PLURAL_FORMS))
def test_every_message_is_translated(lang: str) -> None:
    path = ts_path(lang)
    assert path.is_file(), f"{path} is missing: run the update script (docs/architecture.md)"
    messages = read_messages(path)
    assert messages, f"{path} holds no messages"
    problems = [p for m in messages for p in message_problems(m, PLURAL_FORMS[lang])]
    assert not problems, f"{path.name}: {len(problems)} problem(s):\n" + "\n".join(problems)


@pytest.mark.parametrize("lang", sorted(PLURAL_FORMS))
def test_mnemonics_stay_unique(lang: str) -> None:
    clashes = mnemonic_clashes(read_messages(ts_path(lang)))
    assert not clashes, f"{lang}: mnemonics clash:\n" + "\n".join(clashes)


@pytest.mark.parametrize("lang", sorted(PLURAL_FORMS))
def test_file_declares_its_language(lang: str) -> None:
    language = ET.parse(ts_path(lang)).getroot().get("language", "")
    assert language.split("_")[0] == lang.split("_")[0], f"{lang}: language={language!r}"
    assert lang != "pt_BR" or language == "pt_BR", f"pt_BR: language={language!r}"


def test_checks_catch_bad_translations(tmp_path: Path) -> None:
    """The checks above fail on the mistakes they exist for."""
    ts = tmp_path / "companion_xx.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="xx">'
        "<context><name>W</name>"
        "<message><source>New</source><translation type=\"unfinished\"></translation></message>"
        "<message><source>Gone</source><translation type=\"vanished\">Weg</translation></message>"
        "<message><source>Saved %1 of {total}</source><translation>%1 gespeichert</translation>"
        "</message>"
        '<message numerus="yes"><source>%n minute(s)</source><translation>'
        "<numerusform>%n Minute</numerusform><numerusform></numerusform></translation></message>"
        "<message><source>&amp;Save</source><translation>&amp;Sichern</translation></message>"
        "<message><source>S&amp;top</source><translation>&amp;Stopp</translation></message>"
        "<message><source>&amp;Open</source><translation>Öffnen</translation></message>"
        "</context></TS>", encoding="utf-8")
    messages = read_messages(ts)
    assert [m.source for m in messages][:2] == ["New", "Saved %1 of {total}"]
    problems = "\n".join(p for m in messages for p in message_problems(m, 2))
    assert "'New' is not translated yet" in problems
    assert "placeholders ['%1'] instead of ['%1', '{total}']" in problems
    assert "'%n minute(s)' has an empty translation" in problems
    assert "needs 1 '&' mnemonic" in problems
    assert "Gone" not in problems
    assert mnemonic_clashes(messages) == ["[W] '&Save' and [W] 'S&top' both use '&s'"]
    assert message_problems(messages[2], 3)[0].endswith("has 2 plural forms, needs 3")
