"""Translations: the agent's language, Qt's translators and the ``tr`` helpers (GUI thread).

QtCore only, and cheap: it loads at most three small ``.qm`` files, so every entry point that
makes a ``QApplication`` installs it before any window is built (:func:`install_translator`).

* :func:`preferred_languages` — the agent's languages as BCP-47 tags (``["de-DE", "de",
  "en"]``): the ``language`` setting, else ``LANGUAGE`` / ``LC_ALL`` / ``LC_MESSAGES`` /
  ``LANG``, else the OS's list; callers need no Qt (content picks deck variants with it).
* :func:`install_translator` — installs ``companion_en.qm`` (English plural forms), the
  chosen language's ``companion_<lang>.qm`` and Qt's own ``qtbase_<lang>.qm`` (standard
  buttons and dialogs), and sets ``QLocale.setDefault`` so times, dates and numbers follow.
  A missing ``.qm`` is a log line, and the text stays English.
* :class:`Tr` — ``_tr = Tr("PromptWindow")`` then ``_tr("Take a break")``,
  ``_tr("%n minute(s)", n=count)``, ``_tr("Breathing guide: %1", name)``: one context per
  module or window (a class name), read by ``scripts/update_translations``.
* :func:`~companion.messages.noop` (``noop("Context", "text")``, like Qt's
  ``QT_TRANSLATE_NOOP`` but typed; from the Qt-free :mod:`companion.messages`, re-exported
  here with :func:`~companion.messages.fill`) marks a string where a table defines it;
  translate it where it is shown with ``Tr("Context")(text)``.
* :func:`number`, :func:`size_text`, :func:`clock_time`, :func:`date_text`, :func:`date_time_text`,
  :func:`weekday_name`, :func:`day_header`, :func:`duration_text` — numbers, times, dates
  and durations as QLocale's default locale writes them (12/24 h as the locale says).

How to add a string or a language: ``docs/architecture.md`` ("Translations").
"""

from __future__ import annotations

import datetime as dt
import logging
import math
import os
import sys
from dataclasses import dataclass

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from companion import languages
from companion.messages import Text
from companion.messages import fill as fill  # re-exported for the windows
from companion.messages import noop as noop
from companion.paths import translations_dir
from companion.store.records import size_step

log = logging.getLogger(__name__)

#: File name stem of Companion's translation files (``companion_de.qm``).
CATALOG = "companion"
#: Object name of the translators this module installs (to replace them on a change).
_OWN = "companionTranslator"


@dataclass(frozen=True)
class LanguageChoice:
    """What :func:`install_translator` did: the UI ``language`` (a tag in
    :data:`languages.UI_LANGUAGES`), the ``locale`` name used for formats, and the ``.qm``
    files loaded."""

    language: str
    locale: str
    loaded: tuple[str, ...]


def system_languages() -> list[str]:
    """The OS's UI languages, most wanted first (``QLocale.system().uiLanguages()``) on
    Windows and macOS. Elsewhere the environment is the OS's answer (Qt reads the same
    variables, but keeps what it read first), so :func:`preferred_languages` reads it."""
    if sys.platform not in ("win32", "darwin"):
        return []
    return [tag for tag in QLocale.system().uiLanguages() if tag and tag != "C"]


def preferred_languages(setting: str = "") -> list[str]:
    """The agent's languages as BCP-47 tags, most wanted first, always ending with ``en``.

    ``setting`` is the ``language`` setting (``""`` = follow the environment and the OS)."""
    return languages.preferred_languages(setting, env=os.environ, system=system_languages())


def install_translator(app: QCoreApplication, language: str | None = None, *,
                       setting: str = "") -> LanguageChoice:
    """Install Companion's and Qt's translators on ``app`` for ``language`` (a tag such as
    ``de``; None = from ``setting`` / the environment / the OS), replacing the ones an
    earlier call installed, and make QLocale's default follow (see :func:`format_locale`).
    ``install_translator(app)`` goes back to the agent's own language. Never raises for a
    missing or broken file: that text stays English and the log names the file."""
    explicit = bool(language or languages.normalize_tag(setting)
                    or languages.env_languages(os.environ))
    wanted = languages.with_fallbacks([language]) if language else \
        preferred_languages(setting)
    chosen = languages.ui_language(wanted)
    for old in app.findChildren(QTranslator, _OWN):
        app.removeTranslator(old)
        old.deleteLater()
    names = [f"{CATALOG}_en"]   # English plural forms, asked last
    if chosen != languages.SOURCE_LANGUAGE:
        names += [f"qtbase_{languages.qt_name(chosen)}", f"{CATALOG}_{languages.qt_name(chosen)}"]
    loaded = tuple(name for name in names if _load(app, name))
    locale = format_locale(wanted, chosen, explicit=explicit)
    QLocale.setDefault(locale)
    log.info("language %s, formats %s (wanted %s)", chosen, locale.name(), ", ".join(wanted))
    return LanguageChoice(chosen, locale.name(), loaded)


def _load(app: QCoreApplication, name: str) -> bool:
    """Install ``name.qm`` from Companion's translations folder (or, for Qt's own
    ``qtbase_*``, from Qt's); False and a log line when it is missing or unreadable."""
    folders = [str(p) for p in [translations_dir()] if p is not None]
    if name.startswith("qtbase_"):
        folders.append(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    translator = QTranslator(app)
    translator.setObjectName(_OWN)
    if not any(translator.load(name, folder) for folder in folders):
        log.warning("translation %s.qm not found in %s: that text stays English", name,
                    " or ".join(folders) or "(no translations folder)")
        translator.deleteLater()
        return False
    app.installTranslator(translator)
    return True


def format_locale(wanted: list[str], chosen: str, *, explicit: bool) -> QLocale:
    """The locale for times, dates and numbers. The system's when the language came from
    the OS (``explicit`` False: the agent's own clock and date settings stay), when the
    system speaks the chosen language, or when the chosen language is only the fallback
    for one without a translation; else the agent's first tag (``de-AT``) or the chosen
    language (``de`` -> ``de_DE``)."""
    system = QLocale.system()
    base = chosen.split("-", 1)[0]
    if not explicit or system.language() == QLocale(languages.qt_name(chosen)).language() \
            or wanted[0].split("-", 1)[0] != base:
        return system
    return QLocale(languages.qt_name(wanted[0] if "-" in wanted[0] else chosen))


class Tr:
    """Translate in one context: ``_tr = Tr("PromptWindow")``; ``_tr(source, *args, n=,
    disambiguation=)``.

    ``%1`` … ``%9`` in the translated text are replaced by ``args`` in one pass (translators
    may reorder them); ``%n`` by ``n`` (and the plural form for ``n`` is chosen)."""

    def __init__(self, context: str) -> None:
        self.context = context

    def __call__(self, source: str, *args: object, n: int = -1,
                 disambiguation: str | None = None) -> str:
        """The translation of ``source`` (the source itself when there is none)."""
        text = QCoreApplication.translate(self.context, source, disambiguation, n)
        return fill(text, *args) if args else text


def shown(text: str) -> str:
    """``text`` in the agent's language when it is a :class:`~companion.messages.Text` made
    by a Qt-free layer (its values translated too); any other string as it is. Call it where
    such text reaches a window (notices, error lines)."""
    if not isinstance(text, Text):
        return text
    values = [shown(v) if isinstance(v, str) else v for v in text.args]
    return fill(QCoreApplication.translate(text.context, text.template), *values)


# ---- locale-aware formats (QLocale's default locale: see install_translator) ------------------
_fmt = Tr("Formats")


def number(value: float, decimals: int = 0) -> str:
    """``value`` with the locale's digits and separators (``1,234.5`` / ``1.234,5``)."""
    return QLocale().toString(float(value), "f", decimals)


def size_text(n_bytes: int) -> str:
    """A file size in the locale's words and digits (``512 bytes``, ``12 KB``, ``3.4 MB`` /
    ``3,4 Mo``); the steps of :func:`companion.store.records.size_step`."""
    unit, value, decimals = size_step(n_bytes)
    if unit == "bytes":
        return _fmt("%n byte(s)", n=int(n_bytes))
    return _fmt("%1 KB", number(value)) if unit == "KB" else _fmt("%1 MB", number(value, decimals))


def clock_time(epoch_s: float) -> str:
    """The local time of day of ``epoch_s`` as the locale writes it (``14:05`` / ``2:05 PM``)."""
    moment = QDateTime.fromMSecsSinceEpoch(round(epoch_s * 1000))
    return QLocale().toString(moment.time(), QLocale.FormatType.ShortFormat)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def date_text(day: dt.date, *, long: bool = False) -> str:
    """A calendar date as the locale writes it (short ``12/6/26`` / ``06.12.26``, or long
    ``Sunday, December 6, 2026``)."""
    kind = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return QLocale().toString(_qdate(day), kind)


def date_time_text(epoch_s: float) -> str:
    """The local date and time of ``epoch_s`` (short formats: ``12/6/26 2:05 PM``)."""
    moment = QDateTime.fromMSecsSinceEpoch(round(epoch_s * 1000))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def weekday_name(day: dt.date, *, short: bool = False) -> str:
    """The locale's name of ``day``'s day of the week (``Sunday`` / ``Sonntag``; ``Sun``)."""
    kind = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return QLocale().dayName(day.isoweekday(), kind)


def day_header(day: dt.date) -> str:
    """A short column heading for a day: ``Sun 12/6/26`` in the locale's words and order."""
    return _fmt("%1 %2", weekday_name(day, short=True), date_text(day))


def duration_text(seconds: float | None) -> str:
    """``45 s``, ``3 min 5 s``, ``1 h 20 min`` in the locale's words; ``-`` for None."""
    if seconds is None or not math.isfinite(seconds):
        return "-"
    s = int(round(max(0.0, seconds)))
    if s < 60:
        return _fmt("%1 s", number(s))
    if s < 3600:
        m, rest = divmod(s, 60)
        return _fmt("%1 min %2 s", number(m), number(rest)) if rest else \
            _fmt("%1 min", number(m))
    h, rest = divmod(s, 3600)
    m = rest // 60
    return _fmt("%1 h %2 min", number(h), number(m)) if m else _fmt("%1 h", number(h))
