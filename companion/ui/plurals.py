"""English plural forms for Qt's ``%n`` strings until translation files exist.

GUI thread. User-visible strings with a number are written the Qt way — ``tr("%n minute(s)",
"", n)`` — so translators give every language its own plural forms. Without a translation
file Qt would show "3 minute(s)"; :class:`EnglishPlurals` is the last-resort translator that
turns "(s)" into "" for one and "s" otherwise. Any real translator installed later is asked
first, so it only fills the gap for English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTranslator

#: The marker of an English plural in a source string.
PLURAL_MARK = "(s)"
#: Application property set once the translator is installed.
_INSTALLED = "companionEnglishPlurals"


class EnglishPlurals(QTranslator):
    """Resolves "(s)" in source strings translated with a count ``n``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        """The English plural of ``source`` for ``n``; None (Qt's null string: "no
        translation here", so the source text is used) otherwise. An empty string would
        be taken as a translation and blank the text."""
        if n < 0 or PLURAL_MARK not in source:
            return None
        return source.replace(PLURAL_MARK, "" if n == 1 else "s")

    def isEmpty(self) -> bool:
        """Never empty: it answers for every plural string."""
        return False


def install_english_plurals(app: QCoreApplication) -> None:
    """Install :class:`EnglishPlurals` on ``app`` once (later calls do nothing)."""
    if app.property(_INSTALLED):
        return
    translator = EnglishPlurals(app)
    app.installTranslator(translator)
    app.setProperty(_INSTALLED, True)
