"""Translatable text without Qt: markers the extractor finds, and ``%1`` placeholders.

Any layer may import this (no Qt, no state). The text is translated where it is shown:

* :func:`noop` — ``noop("Context", "source")`` marks a string for translation where a table
  or a Qt-free layer defines it (like Qt's ``QT_TRANSLATE_NOOP``) and returns it unchanged;
  ``scripts/translations.py`` finds it, the UI translates it with ``Tr("Context")(source)``.
  Build tools read the same translations from the ``.ts`` files (the Group Policy ADML).
* :func:`fill` — replaces ``%1`` … ``%9`` by values in one pass (translators may reorder).
"""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%(\d)")


def noop(context: str, source: str) -> str:
    """Mark ``source`` for translation in ``context`` without translating it; returns
    ``source``. Translate it where it is shown (``Tr(context)(source)``)."""
    del context
    return source


def fill(text: str, *args: object) -> str:
    """Replace ``%1`` … ``%9`` in ``text`` by ``args`` (``str()`` of each) in one pass: a
    value containing ``%2`` is never replaced again. A placeholder without a value stays."""

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(args[index]) if 0 <= index < len(args) else match.group(0)

    return _PLACEHOLDER.sub(value, text)
