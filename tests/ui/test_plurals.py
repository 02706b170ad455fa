"""English plural forms for ``%n`` strings before any translation file exists."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from companion.ui.plurals import EnglishPlurals


def test_english_plurals_fill_the_gap(qapp) -> None:
    translator = EnglishPlurals()
    assert qapp.installTranslator(translator)
    try:
        def tr(text: str, n: int = -1) -> str:
            return QCoreApplication.translate("Test", text, None, n)

        assert tr("from your first %n minute(s) of speech", 1) == \
            "from your first 1 minute of speech"
        assert tr("from your first %n minute(s) of speech", 3) == \
            "from your first 3 minutes of speech"
        assert tr("Breathe in, %n second(s)", 0) == "Breathe in, 0 seconds"
        assert tr("no count (s)") == "no count (s)", "only strings translated with a count"
        assert tr("Plain text") == "Plain text", "other strings are left alone (not blanked)"
        assert tr("Snooze offers for %n min", 30) == "Snooze offers for 30 min"
    finally:
        qapp.removeTranslator(translator)
