"""The agent's language: tags from setting/environment/OS, translators, formats, plurals."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTime
from PySide6.QtWidgets import QDialogButtonBox

from companion import languages
from companion.paths import TRANSLATIONS_DIR_ENV
from companion.ui import i18n
from companion.ui.i18n import Tr, fill, install_translator

ROOT = Path(__file__).resolve().parents[2]


# ---- languages (no Qt) ------------------------------------------------------------------
@pytest.mark.parametrize(("name", "tag"), [
    ("de_DE.UTF-8", "de-DE"), ("pt_BR", "pt-BR"), ("fr", "fr"), ("C", ""), ("C.UTF-8", ""),
    ("POSIX", ""), ("", ""), ("sr_RS@latin", "sr-RS"), ("zh-hans-cn", "zh-Hans-CN"),
    ("not a tag", ""),
])
def test_normalize_tag(name: str, tag: str) -> None:
    assert languages.normalize_tag(name) == tag


def test_setting_wins_then_environment_then_system() -> None:
    env = {"LANGUAGE": "es:fr", "LANG": "de_DE.UTF-8"}
    assert languages.preferred_languages("pt-BR", env=env, system=["it-IT"]) == \
        ["pt-BR", "pt", "en"]
    assert languages.preferred_languages("", env=env, system=["it-IT"]) == \
        ["es", "fr", "de-DE", "de", "it-IT", "it", "en"]
    assert languages.preferred_languages("", env={"LANG": "C.UTF-8"}, system=["fr-CA"]) == \
        ["fr-CA", "fr", "en"]
    assert languages.preferred_languages("", env={}, system=[]) == ["en"]


def test_language_works_under_a_c_locale() -> None:
    """``LANGUAGE=de companion`` on a machine whose locale is C (unlike gettext)."""
    assert languages.env_languages({"LANGUAGE": "de", "LANG": "C.UTF-8"}) == ["de"]
    assert languages.env_languages({"LC_ALL": "fr_FR.UTF-8", "LANG": "de_DE"}) == ["fr-FR"]


@pytest.mark.parametrize(("wanted", "chosen"), [
    (["de-AT", "de", "en"], "de"), (["pt-PT", "pt", "en"], "pt-BR"), (["ja", "en"], "en"),
    (["it", "fr", "en"], "fr"), (["en-GB", "en"], "en"), ([], "en"),
])
def test_ui_language_falls_back_by_language_then_to_english(wanted: list[str],
                                                              chosen: str) -> None:
    assert languages.ui_language(wanted) == chosen


def test_setting_accepts_the_ui_languages_only() -> None:
    from companion.errors import CompanionError
    from companion.settings import Settings

    assert Settings().language == ""
    assert Settings().replace(language="pt-BR").language == "pt-BR"
    with pytest.raises(CompanionError, match="language"):
        Settings().replace(language="klingon")


# ---- translators ------------------------------------------------------------------------
def test_english_plurals_come_from_the_english_file(qapp) -> None:
    tr = Tr("WelcomeWindow")
    source = ("Next, Companion learns how your voice sounds when you are calm, from your "
              "first %n minute(s) of speech, on calls or between them. Until then it makes no "
              "offers.")
    assert "first 1 minute of speech" in tr(source, n=1)
    assert "first 3 minutes of speech" in tr(source, n=3)


def test_german_translations_and_qt_buttons(qapp, ui_language, tmp_path, monkeypatch) -> None:
    folder = _catalog(tmp_path, "de", "Greeting", "Hello, %1", "Hallo, %1")
    monkeypatch.setenv(TRANSLATIONS_DIR_ENV, str(folder))
    choice = ui_language("de")
    assert choice.language == "de"
    assert "companion_de" in choice.loaded and "qtbase_de" in choice.loaded
    assert Tr("Greeting")("Hello, %1", "Ana") == "Hallo, Ana"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"
    assert QLocale().name() == "de_DE"
    install_translator(qapp)
    assert Tr("Greeting")("Hello, %1", "Ana") == "Hello, Ana"


def test_a_missing_file_leaves_english_and_says_so(qapp, ui_language, tmp_path, monkeypatch,
                                                   caplog) -> None:
    monkeypatch.setenv(TRANSLATIONS_DIR_ENV, str(tmp_path / "nothing-here"))
    with caplog.at_level(logging.WARNING, logger="companion.ui.i18n"):
        choice = ui_language("fr")
    assert choice.language == "fr"
    assert "companion_fr" not in choice.loaded
    assert "companion_fr.qm not found" in caplog.text
    assert Tr("PromptWindow")("&Not now") == "&Not now"


def test_setting_and_environment_choose_the_language(qapp, ui_language,
                                                      monkeypatch) -> None:
    monkeypatch.setenv("LANGUAGE", "es")
    assert install_translator(qapp).language == "es"
    assert install_translator(qapp, setting="fr").language == "fr"
    monkeypatch.setenv("LANGUAGE", "ja:de")
    assert i18n.preferred_languages() == ["ja", "de", "en"]
    assert install_translator(qapp).language == "de"


@pytest.mark.parametrize(("language", "time_text"), [("de", "14:05"), ("en", "2:05\u202fPM"),
                                                     ("pt-BR", "14:05")])
def test_formats_follow_a_chosen_language(qapp, ui_language, language: str,
                                          time_text: str) -> None:
    ui_language(language)
    shown = QLocale().toString(QTime(14, 5), QLocale.FormatType.ShortFormat)
    assert shown.replace(" ", "\u202f") == time_text


def test_formats_stay_the_systems_when_the_language_is_the_systems() -> None:
    system = QLocale.system()
    assert i18n.format_locale(["en"], "en", explicit=False) == system
    # The chosen language is only the fallback for one without a translation.
    assert i18n.format_locale(["ja", "en"], "en", explicit=True) == system
    assert i18n.format_locale(["de-AT", "de", "en"], "de", explicit=True).name() == "de_AT"


def test_fill_replaces_placeholders_once() -> None:
    assert fill("%2 before %1", "a", "b") == "b before a"
    assert fill("%1 and %2", "%2", "x") == "%2 and x"
    assert fill("%1 of %3", "a") == "a of %3"


def test_gui_application_follows_a_changed_setting(qapp, ui_language, tmp_path,
                                                   monkeypatch) -> None:
    from companion.ui.application import gui_application

    folder = _catalog(tmp_path, "es", "Greeting", "Hello, %1", "Hola, %1")
    monkeypatch.setenv(TRANSLATIONS_DIR_ENV, str(folder))
    gui_application(language="es")
    assert Tr("Greeting")("Hello, %1", "Ana") == "Hola, Ana"
    gui_application(language="")
    assert Tr("Greeting")("Hello, %1", "Ana") == "Hello, Ana"


def _catalog(folder: Path, language: str, context: str, source: str, text: str) -> Path:
    """A one-string ``companion_<language>.qm`` (plus the real English one) in ``folder``."""
    from tests.conftest import built_translations

    ts = folder / f"companion_{languages.qt_name(language)}.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="{languages.qt_name(language)}">'
        f"<context><name>{context}</name><message><source>{source}</source>"
        f"<translation>{text}</translation></message></context></TS>\n", encoding="utf-8")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(ts)], check=True)
    (folder / "companion_en.qm").write_bytes(
        (built_translations() / "companion_en.qm").read_bytes())
    assert QCoreApplication.instance() is not None
    return folder


# ---- locale-aware formats ---------------------------------------------------------------------
@pytest.fixture
def locale_default():
    """Set QLocale's default for one test (``locale_default("de_DE")``); restored after."""
    before = QLocale()
    yield lambda name: QLocale.setDefault(QLocale(name))
    QLocale.setDefault(before)


def _local_epoch(hour: int, minute: int) -> float:
    import datetime as dt

    return dt.datetime(2026, 12, 6, hour, minute).timestamp()


@pytest.mark.parametrize(("name", "clock", "date", "day", "num"), [
    ("en_US", "2:05\u202fPM", "12/6/26", "Sunday", "1,234.5"),
    ("de_DE", "14:05", "06.12.26", "Sonntag", "1.234,5"),
    ("fr_FR", "14:05", "06/12/2026", "dimanche", "1\u202f234,5"),
])
def test_times_dates_and_numbers_follow_qlocale(locale_default, name: str, clock: str,
                                                date: str, day: str, num: str) -> None:
    import datetime as dt

    locale_default(name)
    assert i18n.clock_time(_local_epoch(14, 5)).replace(" ", "\u202f") == clock
    assert i18n.date_text(dt.date(2026, 12, 6)) == date
    assert i18n.weekday_name(dt.date(2026, 12, 6)) == day
    assert i18n.number(1234.5, 1) == num
    assert i18n.duration_text(185).startswith("3") and i18n.duration_text(None) == "-"


@pytest.mark.parametrize(("language", "sizes"), [
    ("en", ["1 byte", "512 bytes", "12 KB", "3.4 MB"]),
    ("de", ["1 Byte", "512 Byte", "12 KB", "3,4 MB"]),
    ("fr", ["1 octet", "512 octets", "12 Ko", "3,4 Mo"]),
])
def test_file_sizes_in_the_agents_language(qapp, ui_language, language: str,
                                           sizes: list[str]) -> None:
    ui_language(language)
    shown = [i18n.size_text(n) for n in (1, 512, 12 * 1024, int(3.4 * 1024 * 1024))]
    assert [text.replace("\u202f", " ").replace("\xa0", " ") for text in shown] == sizes


def test_tray_and_dashboard_times_follow_qlocale(qapp, locale_default) -> None:
    """The shell's "until ..." and the dashboard's minute readout use the locale's clock."""
    import datetime as dt

    import numpy as np

    from companion.store import DaySummary
    from companion.ui.dashboard_plot import DayPlot
    from companion.ui.dashboard_summary import DayData

    start = dt.datetime(2026, 12, 6).timestamp()
    data = DayData(dt.date(2026, 12, 6), start, start + 86400, np.array([_local_epoch(14, 5)]),
                   np.array([40.0]), np.array([50.0]), np.array([60.0]), np.array([30.0]),
                   np.array([False]), [], [], [], DaySummary(start, start + 86400), 70.0)
    plot = DayPlot()
    plot.set_day(data)
    for name, shown in (("en_US", "2:05"), ("de_DE", "14:05")):
        locale_default(name)
        readout = plot.readout(_local_epoch(14, 5) + 20)
        assert readout.startswith(shown), readout
        assert ("PM" in readout) == (name == "en_US")


@pytest.mark.parametrize(("name", "labels"), [
    ("en_US", ["2:05 PM", "2:05:07 PM", "7.250", "Sun 6", "Dec"]),
    ("de_DE", ["14:05", "14:05:07", "7,250", "So. 6", "Dez"]),
])
def test_chart_tick_labels_follow_qlocale(qapp, locale_default, name: str,
                                          labels: list[str]) -> None:
    from PySide6.QtCore import QDateTime

    from companion.ui.time_axis import tick_text

    locale_default(name)
    moment = QDateTime.fromString("2026-12-06T14:05:07.250", "yyyy-MM-ddTHH:mm:ss.zzz")
    shown = [tick_text(moment, fmt).replace("\u202f", " ")
             for fmt in ("%H:%M", "%H:%M:%S", "%S.%f", "%a %d", "%b")]
    assert shown == labels


@pytest.mark.parametrize("name", ["en_US", "de_DE"])
def test_day_chart_time_axis_follows_qlocale(qapp, qtbot, locale_default, name: str) -> None:
    """The ticks pyqtgraph picks for a shift (every hour or so) read as the locale's clock:
    12-hour with AM/PM in en_US, 24-hour in de_DE."""
    import re

    from companion.ui.dashboard_plot import DayPlot

    locale_default(name)
    plot = DayPlot()
    qtbot.addWidget(plot)
    plot.resize(800, 300)
    plot.setXRange(_local_epoch(8, 0), _local_epoch(17, 0), padding=0)
    plot.grab()   # lays the axis out (pyqtgraph measures its labels while painting)
    axis = plot.getPlotItem().getAxis("bottom")
    texts = [text for spacing, values in axis.tickValues(_local_epoch(8, 0),
                                                          _local_epoch(17, 0), 800)
             for text in axis.tickStrings(values, 1.0, spacing)]
    assert texts
    assert ("13:00" in texts) == (name == "de_DE"), texts
    twelve_hour = re.compile(r"^\d{1,2}:\d\d\s?[AP]M$")
    assert all(bool(twelve_hour.match(t.replace("\u202f", " "))) == (name == "en_US")
               for t in texts), texts


# ---- messages from the Qt-free layers, shown translated ----------------------------------------
def test_text_is_the_english_string_and_keeps_its_template() -> None:
    import copy
    import pickle

    from companion.messages import Text

    inner = Text("AudioError", "microphone '%1' stopped", "USB")
    text = Text("Errors", "%1 — %2", inner, "try again")
    assert text == "microphone 'USB' stopped — try again" and isinstance(text, str)
    for again in (copy.copy(text), pickle.loads(pickle.dumps(text))):
        assert isinstance(again, Text) and again.template == "%1 — %2" and again == text


def test_microphone_and_history_messages_show_in_the_agents_language(
        qapp, ui_language, tmp_path) -> None:
    """An audio error and a store notice are made without Qt, in English (logs, CLI); a
    window shows them in the agent's language, values kept."""
    from companion.audio.devices import find_input_device
    from companion.audio.errors import NoInputDeviceError
    from companion.store import Store
    from companion.ui.engine import fault_message

    with pytest.raises(NoInputDeviceError) as caught:
        find_input_device(None, [])
    line = fault_message(caught.value)
    assert line.startswith("no microphone found") and "headset" in line
    db = tmp_path / "companion.sqlite3"
    db.write_bytes(b"not a database at all" * 100)
    with Store.open(db) as store:
        notice = store.recovered_notice
    assert notice is not None and notice.startswith("Your Companion history could not be read")
    assert i18n.shown(line) == line and i18n.shown("plain text") == "plain text"
    ui_language("de")
    assert i18n.shown(line) == ("kein Mikrofon gefunden (das System meldet keinen Audioeingang) "
                                "— schließe ein Headset an oder wähle in den Einstellungen ein "
                                "anderes Gerät")
    shown = i18n.shown(notice)
    assert shown.startswith("Dein Companion-Verlauf konnte nicht gelesen werden")
    assert notice.args[1] in shown   # the set-aside file's name


def test_data_folder_in_use_shows_in_the_agents_language(qapp, ui_language, tmp_path) -> None:
    import os

    from companion.store import DataFolderLock, FolderInUseError

    folder = tmp_path / "data"
    first = DataFolderLock.acquire(folder)
    try:
        with pytest.raises(FolderInUseError) as info:
            DataFolderLock.acquire(folder)
    finally:
        first.release()
    line = info.value.one_line()
    assert f"is in use by another Companion (process {os.getpid()} on " in line
    ui_language("es")
    shown = i18n.shown(line)
    assert shown.startswith(f"otro Companion está usando la carpeta de datos {folder} "
                            f"(proceso {os.getpid()} en ")
    assert "para que nada se cuente dos veces" in shown and "\n" not in shown


def test_policy_problem_lines_show_in_the_agents_language(ui_language) -> None:
    from companion.policy import PolicyRead, combine

    eff = combine({"quiet_hours": "lunch", "demo_disabled": True},
                  [("HKLM", PolicyRead({"retention_days": 9999}))], user_source="settings.toml")
    english = list(eff.problems)
    assert english[0].startswith("settings.toml: setting 'quiet_hours' must look like")
    ui_language("de")
    german = [i18n.shown(line) for line in eff.problems]
    assert german[0].startswith("settings.toml: Die Einstellung 'quiet_hours' muss so "
                                "aussehen: '18:00-08:00', nicht 'lunch' — "), german[0]
    assert german[0].endswith(" (ignoriert)")
    assert "kann nur deine Organisation per IT-Richtlinie festlegen" in german[1]
    assert german[2].startswith("policy:HKLM: Die Einstellung 'retention_days' darf höchstens "
                                "365 sein, nicht 9999 — ")
    assert german[2].endswith("(der Standardwert 30 gilt)"), german[2]
    assert i18n.shown(eff.notice() or "") == \
        f"{german[0]} (und 2 weitere: 'companion policy show' zeigt sie)"


def test_store_file_errors_show_in_the_agents_language(ui_language, tmp_path) -> None:
    from companion.store import Store, StoreError

    (tmp_path / "file").write_text("not a folder", encoding="utf-8")
    folder = tmp_path / "file" / "data"
    with pytest.raises(StoreError) as info:
        Store.open(folder / "history.db")
    line = info.value.one_line()
    assert line.startswith(f"cannot create the data folder {folder}: ")
    ui_language("de")
    german = i18n.shown(line)
    assert german.startswith(f"Der Datenordner {folder} kann nicht angelegt werden: "), german
    assert german.endswith(" — prüfe, ob der Ordner existiert und du darin schreiben darfst")
