"""A chart axis of clock times and dates as the agent's locale writes them (GUI thread).

pyqtgraph's :class:`~pyqtgraph.DateAxisItem` picks its ticks well (hours, minutes, days as
the view zooms) but writes their labels with ``strftime`` (``%H:%M``: always 24-hour, English
day and month names). :class:`LocaleDateAxis` keeps its ticks and writes each label with
QLocale's default locale (``2:05 PM`` / ``14:05``, ``Sun 6`` / ``So. 6``; see
:func:`companion.ui.i18n.install_translator`). Local time, like pyqtgraph without a UTC offset.
"""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QDateTime, QLocale

from companion.ui.i18n import Tr, number

_fmt = Tr("Formats")
#: A wide moment (local 22:58:58 on a Wednesday the 28th) to size labels with.
_WIDE = QDateTime.fromString("2026-10-28T22:58:58", "yyyy-MM-ddTHH:mm:ss")


def seconds_format(locale: QLocale) -> str:
    """The locale's short time format with seconds (``h:mm AP`` -> ``h:mm:ss AP``)."""
    short = locale.timeFormat(QLocale.FormatType.ShortFormat)
    at = short.find("mm")
    if at < 0 or "ss" in short:
        return short
    sep = short[at - 1] if at > 0 and not short[at - 1].isalpha() else ":"
    return f"{short[:at]}mm{sep}ss{short[at + 2:]}"


def tick_text(moment: QDateTime, fmt: str) -> str:
    """A label for ``moment`` (local time) in the locale's words, for pyqtgraph's strftime
    tick format ``fmt`` (``%H:%M``, ``%H:%M:%S``, ``%S.%f``, ``%a %d``, ``%d``, ``%b``,
    ``%Y``)."""
    locale, date, time = QLocale(), moment.date(), moment.time()
    if fmt == "%H:%M":
        return locale.toString(time, QLocale.FormatType.ShortFormat)
    if fmt == "%H:%M:%S":
        return locale.toString(time, seconds_format(locale))
    if fmt == "%S.%f":
        return number(time.second() + time.msec() / 1000, 3)
    if fmt == "%a %d":
        return _fmt("%1 %2", locale.dayName(date.dayOfWeek(), QLocale.FormatType.ShortFormat),
                    number(date.day()))
    if fmt == "%d":
        return number(date.day())
    if fmt == "%b":
        return locale.standaloneMonthName(date.month(), QLocale.FormatType.ShortFormat)
    return locale.toString(date, "yyyy")


class LocaleDateAxis(pg.DateAxisItem):
    """pyqtgraph's date axis with labels from QLocale (see the module docstring)."""

    def __init__(self, orientation: str = "bottom", **kwargs: Any) -> None:
        super().__init__(orientation, **kwargs)
        # Size each zoom level by its widest label in this locale ("10:58 PM" is wider
        # than the "00:00" pyqtgraph measures), so labels never overlap.
        levels: Any = self.zoomLevels  # type: ignore[has-type]
        self.zoomLevels = type(levels)(
            (spacing, self._sized(level)) for spacing, level in levels.items())

    @staticmethod
    def _sized(level: Any) -> Any:
        texts = [level.exampleText, *(tick_text(_WIDE, s.format) for s in level.tickSpecs)]
        return type(level)(level.tickSpecs, max(texts, key=len))

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        """Labels for tick ``values`` (epoch seconds) at ``spacing`` (pyqtgraph's API)."""
        spec = next((s for s in self.zoomLevel.tickSpecs if s.spacing == spacing), None)
        if spec is None:
            return super().tickStrings(values, scale, spacing)
        return [tick_text(QDateTime.fromMSecsSinceEpoch(round(v * 1000)), spec.format)
                for v in values]
