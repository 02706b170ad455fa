"""The translation sources: what the extractor finds, and .ts files in step with the code."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
import translations  # noqa: E402


def _messages(tmp_path: Path, code: str) -> list[translations.Message]:
    path = tmp_path / "mod.py"
    path.write_text(code, encoding="utf-8")
    return translations.messages_in(path, "mod.py")


def test_extractor_reads_every_form(tmp_path: Path) -> None:
    found = _messages(tmp_path, '''
from companion.ui.i18n import Tr
_tr = Tr("Prompt")
LABELS = {"a": QT_TRANSLATE_NOOP("Table", "&Save")}

def f(count, items, name):
    # Translators: the title of the offer.
    _tr("A minute for yourself?")
    _tr("%n call(s) today", n=len(items))
    _tr("Hello %1", name, disambiguation="greeting")
    QCoreApplication.translate("Other", "%n second(s)", None, count)
    _tr(LABELS["a"])          # a marked table entry: not a new string
    raise StoreError(Text("Store", "cannot read %1", path))
''')
    assert {(m.context, m.source, m.disambiguation, m.plural) for m in found} == {
        ("Prompt", "A minute for yourself?", "", False),
        ("Prompt", "%n call(s) today", "", True),
        ("Prompt", "Hello %1", "greeting", False),
        ("Other", "%n second(s)", "", True),
        ("Table", "&Save", "", False),
        ("Store", "cannot read %1", "", False),
    }
    (titled,) = [m for m in found if m.source == "A minute for yourself?"]
    assert titled.note == "the title of the offer."


@pytest.mark.parametrize("call", [
    '_tr(f"Hello {name}")', '_tr("Hello " + name)', '_tr("Hello {}".format(name))',
    '_tr("Hello %s" % name)', 'self.tr("Hello")', 'QCoreApplication.translate(ctx, "Hi")',
])
def test_extractor_refuses_sentences_built_in_code(tmp_path: Path, call: str) -> None:
    with pytest.raises(translations.ExtractError, match="mod.py:4"):
        _messages(tmp_path, f'_tr = Tr("Ctx")\n\ndef f(self, name, ctx):\n    {call}\n')


def test_cpp_stub_escapes_text() -> None:
    stub = translations.cpp_stub([translations.Message("C", 'Say "hi"\\\n', "", True, "n")])
    assert 'QCoreApplication::translate("C", "Say \\"hi\\"\\\\\\n", "", n);' in stub


def _ts_messages(path: Path) -> set[tuple[str, str, str]]:
    root = ET.parse(path).getroot()
    return {(ctx.findtext("name", ""), msg.findtext("source", ""), msg.findtext("comment", ""))
            for ctx in root.iter("context") for msg in ctx.iter("message")}


@pytest.mark.parametrize("language", [lang for lang in translations.LANGUAGES if lang != "en"])
def test_ts_files_hold_exactly_the_strings_of_the_code(language: str) -> None:
    """Fails when a string was added, changed or removed without running
    ``python scripts/translations.py update``."""
    code = {(m.context, m.source, m.disambiguation) for m in translations.extract()}
    ts = _ts_messages(translations.TS_DIR / f"companion_{language}.ts")
    assert sorted(code - ts) == [], "run: python scripts/translations.py update"
    assert sorted(ts - code) == [], "run: python scripts/translations.py update"


def test_english_file_has_every_plural_form() -> None:
    plurals = {(m.context, m.source) for m in translations.extract() if m.plural}
    root = ET.parse(translations.TS_DIR / "companion_en.ts").getroot()
    done = {}
    for ctx in root.iter("context"):
        for msg in ctx.iter("message"):
            forms = [f.text for f in msg.iter("numerusform")]
            unfinished = msg.find("translation").get("type") == "unfinished"
            done[(ctx.findtext("name"), msg.findtext("source"))] = \
                not unfinished and len(forms) == 2 and all(forms)
    assert set(done) == plurals
    assert [key for key, ok in done.items() if not ok] == []


# ---- the guard: a user-visible string without tr() fails ----------------------------------------
def test_every_user_visible_string_is_translatable() -> None:
    """Text a user sees in companion/ui and companion/app goes through Tr / translate
    (``python scripts/translations.py check`` lists what does not)."""
    found = translations.untranslated()
    assert found == [], "\n".join(f"{f.where}: {f.text!r}" for f in found)


PLANTED = '''
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton
from companion.ui.i18n import Tr, noop
_tr = Tr("Planted")
TABLE = {"a": noop("Planted", "A marked label")}

def build(self, name, n):
    QLabel("Hello there")                                   # 8: a literal in a widget
    self.button.setToolTip(f"Open {name} now")              # 9: an f-string
    self.status.setText("Saved " + name)                    # 10: concatenation
    QMessageBox.warning(self, "Careful", _tr("Fine"))       # 11: the title is not
    title = "A sentence kept in a variable."                # 12: sentence-like literal
    self.setWindowTitle("Companion: %s" % name)             # 13: %-formatting
    self.label.setText("{} rows".format(n))                 # 14: .format
    self.label.setText(_tr("Fine %1", name))                # translated: fine
    self.setObjectName("promptWindow")                      # an object name: fine
    self.setStyleSheet("QLabel { color: red; }")            # a style sheet: fine
    log.warning("could not store the offer: %s", name)     # a log line: fine
    raise ValueError("Bad input given here")                # an exception: fine
    QPushButton(TABLE["a"])                                  # a marked table entry
    self.label.setText("✕")                                 # no words: fine
'''


def test_guard_finds_planted_untranslated_strings(tmp_path: Path) -> None:
    path = tmp_path / "planted.py"
    path.write_text(PLANTED, encoding="utf-8")
    found = translations.untranslated_in(path, "planted.py")
    lines = {int(f.where.split(":")[1]) for f in found}
    assert lines == {8, 9, 10, 11, 12, 13, 14}, found


def test_guard_runs_over_a_tree_with_an_untranslated_window(tmp_path: Path) -> None:
    """The whole-tree check fails on a planted file in companion/ui (and names it)."""
    ui = tmp_path / "companion" / "ui"
    ui.mkdir(parents=True)
    (tmp_path / "companion" / "app").mkdir()
    (ui / "window.py").write_text('def f(w):\n    w.setWindowTitle("My window")\n',
                                  encoding="utf-8")
    assert translations.untranslated(tmp_path) == [
        translations.Untranslated("companion/ui/window.py:2", "My window")]
