"""Translatable text without Qt: markers the extractor finds, and ``%1`` placeholders.

Any layer may import this (no Qt, no state). The text is translated where it is shown:

* :class:`Text` — a message made by a Qt-free layer (the store, the audio sources, policy):
  ``Text("StoreNotice", "Your history %1 was deleted", path)``. It *is* the English string
  (a ``str``: logs, the CLI and tests read it as before) and remembers its context,
  template and values, so a window shows it in the agent's language
  (:func:`companion.ui.i18n.shown`); values may be :class:`Text` themselves.

* :func:`noop` — ``noop("Context", "source")`` marks a string for translation where a table
  or a Qt-free layer defines it (like Qt's ``QT_TRANSLATE_NOOP``) and returns it unchanged;
  ``scripts/translations.py`` finds it, the UI translates it with ``Tr("Context")(source)``.
  Build tools read the same translations from the ``.ts`` files (the Group Policy ADML).
* :func:`fill` — replaces ``%1`` … ``%9`` by values in one pass (translators may reorder).
"""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%(\d)")


class Text(str):
    """An English message that a window can show translated (see the module docstring).

    ``Text(context, template, *args)``: ``context`` and ``template`` are string literals
    (``scripts/translations.py`` finds them), ``template`` uses ``%1`` … ``%9`` for ``args``.
    """

    context: str
    template: str
    args: tuple[object, ...]

    def __new__(cls, context: str, template: str, *args: object) -> Text:
        """The English text (``template`` filled with ``args``), remembering all three."""
        text = super().__new__(cls, fill(template, *args))
        text.context, text.template, text.args = context, template, args
        return text

    def __reduce__(self) -> tuple[object, ...]:
        """Copies and pickles stay :class:`Text` (a queued signal may copy it)."""
        return (Text, (self.context, self.template, *self.args))


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
