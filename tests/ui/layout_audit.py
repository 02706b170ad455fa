"""No clipped text: every window Companion shows, built and measured (used by
``test_layout_clipping.py`` and by ``scripts/make_i18n_screenshots.py``).

:class:`PseudoTranslator` lengthens every translated string by about 40 % with accented
letters (``"[Ŝéé ŷöûŕ šĥîƒţ ·····]"``), keeping ``%1``/``%n``/``{name}`` placeholders, tags
and mnemonics, so layouts are tested against German-length text before German exists.
:func:`clipping_problems` compares each visible text widget's size hints with its real
size (and word-wrapped labels' ``heightForWidth``), each window's size with its layout's
minimum, and the breathing guide's painted text with where it was drawn.

Run as a script it audits one language in this process and prints the problems as JSON
(``--lang pseudo|de|es|…``); the test runs it in a subprocess with ``QT_SCALE_FACTOR``.
"""

from __future__ import annotations

import json
import math
import os
import random
import re
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from xml.etree import ElementTree

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QObject,
    QRectF,
    QSize,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QStyle,
    QStyleOptionFrame,
    QTabWidget,
    QWidget,
)

ROOT = Path(__file__).resolve().parents[2]

#: Accented look-alikes (same length, so every check sees the real character count).
_ACCENTS = str.maketrans("AaCcEeIiNnOoSsUuYyZzGgHhJjWwKkLlTt",
                         "ÅáÇçÉéÎîÑñÖöŠšÛûÝýŽžĜĝĤĥĴĵŴŵĶķĹĺŢţ")
#: What pseudo-translation keeps as it is: Qt and Python placeholders, tags, entities,
#: mnemonic ampersands.
_KEEP = re.compile(r"%L?\d+|%n|%%|\{[^{}]*\}|<[^<>]*>|&[A-Za-z]+;|&&|&")
#: How much longer a pseudo-translation is than its source (German runs ~30-40 % longer).
GROWTH = 0.4


def pseudo(source: str) -> str:
    """``source`` with accented letters, about 40 % longer, placeholders intact."""
    parts, last = [], 0
    for m in _KEEP.finditer(source):
        parts.append(source[last:m.start()].translate(_ACCENTS))
        parts.append(m.group(0))
        last = m.end()
    parts.append(source[last:].translate(_ACCENTS))
    body = "".join(parts)
    pad = " " + "·" * max(1, math.ceil(GROWTH * len(source)) - 3)
    if source.lstrip().startswith("<"):      # rich text must start with its tag
        return body + pad
    return f"[{body}{pad}]"


class PseudoTranslator(QTranslator):
    """Answers every ``tr()`` with :func:`pseudo` of the source (English "(s)" plurals
    resolved first, as ``companion_en.qm`` does); ``answered`` counts the strings it
    translated."""

    answered = 0

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        """The pseudo-translation of ``source`` (None for an empty source)."""
        if not source:
            return None
        if n >= 0:
            source = source.replace("(s)", "" if n == 1 else "s")
        self.answered += 1
        return pseudo(source)

    def isEmpty(self) -> bool:
        """Never empty: it answers for every string."""
        return False


class UntranslatedProbe(QTranslator):
    """Installed before the real translators, so Qt asks it last: it sees exactly the
    strings no translation answered, and records Companion's own (``context: source``; the
    contexts of ``translations/companion_de.ts``, not Qt's or pyqtgraph's)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.seen: set[str] = set()
        tree = ElementTree.parse(ROOT / "translations" / "companion_de.ts")
        self.contexts = {name.text for name in tree.iterfind("context/name")}

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        """Record the string; None (no translation here)."""
        if source.strip() and context in self.contexts:
            self.seen.add(f"{context}: {source}")
        return None

    def isEmpty(self) -> bool:
        """Never empty: it sees every string."""
        return False


# ---- the checks ------------------------------------------------------------------------------

#: Rounding slack (logical px) between a hint and a size.
SLACK = 1


def _name(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, QLineEdit):
        text = widget.text() or widget.placeholderText()
    elif isinstance(widget, QLabel | QAbstractButton):
        text = widget.text()
    elif isinstance(widget, QGroupBox):
        text = widget.title()
    elif isinstance(widget, QComboBox):
        text = widget.currentText()
    text = " ".join(text.split())
    shown = (text[:48] + "…") if len(text) > 49 else text
    return f"{type(widget).__name__}#{widget.objectName() or '?'} {shown!r}"


def _short(need: QSize, have: QSize) -> str:
    return f"needs {need.width()}x{need.height()}, has {have.width()}x{have.height()}"


def widget_problem(widget: QWidget) -> str | None:
    """Why ``widget``'s text does not fit its size, or None when it fits."""
    size = widget.size()
    if isinstance(widget, QLabel):
        if not widget.text() or widget.pixmap() is not None and not widget.pixmap().isNull():
            return None
        if widget.wordWrap():
            need = QSize(widget.minimumSizeHint().width(),
                         widget.heightForWidth(size.width()))
        else:
            need = widget.minimumSizeHint()
    elif isinstance(widget, QAbstractButton):
        if not widget.text():
            return None
        need = widget.sizeHint()
    elif isinstance(widget, QLineEdit) and not widget.text() and widget.placeholderText():
        over = _placeholder_overflow(widget)     # Qt elides it: exact, no slack
        if over:
            return f"{_name(widget)} placeholder cut off: {over} px too narrow"
        need = widget.minimumSizeHint()
    elif isinstance(widget, QLineEdit | QComboBox | QGroupBox):
        need = widget.minimumSizeHint()
    else:
        return None
    if need.width() > size.width() + SLACK or need.height() > size.height() + SLACK:
        return f"{_name(widget)} clipped: {_short(need, size)}"
    return None


#: Labels that paint nothing (the breathing guide's words for screen readers: the guide
#: paints them itself, and :func:`painted_problems` checks those).
UNPAINTED = {"breathingStatus"}


def _placeholder_overflow(line: QLineEdit) -> int:
    """How many px ``line``'s placeholder is wider than where QLineEdit paints it (its
    ``paintEvent``: the style's contents rectangle less text margins and 2 px a side)."""
    option = QStyleOptionFrame()
    line.initStyleOption(option)
    rect = line.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, line)
    margins = line.textMargins()
    room = rect.width() - margins.left() - margins.right() - 4
    text = line.placeholderText()
    if line.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, room) == text:
        return 0
    return max(1, math.ceil(QFontMetricsF(line.font()).horizontalAdvance(text)) - room)


def _shown_text_widgets(window: QWidget) -> Iterator[QWidget]:
    for child in window.findChildren(QWidget):
        inner = isinstance(child.parentWidget(), QAbstractSpinBox | QComboBox)
        if child.isVisible() and child.objectName() not in UNPAINTED and not inner:
            yield child


def window_problem(window: QWidget) -> str | None:
    """Why ``window`` is smaller than its layout needs, or None."""
    layout = window.layout()
    if layout is None:
        return None
    need = layout.totalMinimumSize()     # wrapped labels are checked one by one
    have = window.size()
    if need.width() > have.width() + SLACK or need.height() > have.height() + SLACK:
        return f"window {window.objectName() or type(window).__name__} below its layout: " \
               f"{_short(need, have)}"
    return None


def painted_problems(window: QWidget) -> list[str]:
    """Painted text (the breathing guide) that neither fits nor was elided, or whose box
    runs under one of the window's buttons (the ✕ next to a long pattern name)."""
    painted = getattr(window, "painted_text", None)
    if painted is None:
        return []
    out = [f"painted {t.text!r} {t.problem()}" for t in painted() if t.problem()]
    buttons = [b for b in window.findChildren(QAbstractButton) if b.isVisible()]
    for text in painted():
        out += [f"painted {text.text!r} runs under {_name(b)}" for b in buttons
                if text.box.intersects(QRectF(b.geometry()))]
    return out


def clipping_problems(window: QWidget) -> list[str]:
    """Every clipped text in the shown ``window`` (with its tabs each brought to front)."""
    _settle()
    problems = [p for p in [window_problem(window)] if p]
    pages: list[tuple[QTabWidget | None, int]] = [
        (t, i) for t in window.findChildren(QTabWidget) if t.isVisible()
        for i in range(t.count())] or [(None, 0)]
    for tabs, index in pages:
        if tabs is not None:
            tabs.setCurrentIndex(index)
            _settle()
        for child in _shown_text_widgets(window):
            problem = widget_problem(child)
            if problem and problem not in problems:
                problems.append(problem)
    for tabs in {t for t, _ in pages if t is not None}:
        tabs.setCurrentIndex(0)
    _settle()
    problems += painted_problems(window)
    return problems


def _settle() -> None:
    """Let layouts and deferred resizes run (no timers involved: posted events only)."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.processEvents()


# ---- every window -----------------------------------------------------------------------------

#: A window for the audit: ``build()`` returns it shown; objects to keep alive go in .keep.
Builder = Callable[[], QWidget]

#: A card in Hebrew and one in Arabic (decks may be written in any language).
RTL_CARDS = (("he", "נשימה אחת איטית", "שאף דרך האף, ונשוף לאט דרך הפה. אתה עושה עבודה טובה."),
             ("ar", "نفس واحد بطيء", "خذ نفسًا من الأنف، ثم أخرجه ببطء من الفم. أنت تقوم بعمل جيد."))
#: A pattern name longer than any bundled one (supervisors write their own patterns).
LONG_PATTERN_NAME = ("Extended coherent breathing for the end of a very long and "
                     "difficult shift")


def _languages() -> list[str]:
    """The languages content is picked in: the installed language's (QLocale's default
    follows it), then English."""
    from companion.languages import with_fallbacks

    return with_fallbacks([QLocale().bcp47Name()])


def _bundled_deck() -> Path:
    """The bundled deck in the installed language (``default.de.toml``), else English."""
    from companion.paths import resource_dir

    folder = resource_dir("decks")
    return next((folder / f"default.{tag}.toml" for tag in _languages()
                 if (folder / f"default.{tag}.toml").is_file()), folder / "default.toml")


def _offer(reason: str, discreet: bool, choices: tuple[str, ...], *,
           high_contrast: bool = False) -> Builder:
    def build() -> QWidget:
        from companion.session import Offer
        from companion.ui.prompt import PromptWindow

        prompt = PromptWindow(auto_hide_s=0, discreet=discreet, high_contrast=high_contrast)
        prompt.offer(Offer(reason=reason, moment="after_tense",  # type: ignore[arg-type]
                           choices=choices, offered_at=0.0))  # type: ignore[arg-type]
        return prompt
    return build


def _card(*, marks: bool = False, undo: bool = False, role: str = "between_calls",
          card_text: tuple[str, str] | None = None, high_contrast: bool = False) -> Builder:
    def build() -> QWidget:
        from companion.content import load_default_decks
        from companion.content.decks import CueCard
        from companion.ui.card_window import CardDeck, CardWindow

        window = CardWindow(CardDeck(load_default_decks(languages=_languages()),
                                     rng=random.Random(4)),
                            high_contrast=high_contrast)
        if card_text is not None:
            window.show_card(CueCard(id="rtl", title=card_text[0], body=card_text[1]))
        else:
            window.show_for(role)
        if marks:
            window.toggle_helpful()
            window.toggle_pin()
        if undo:
            window.hide_card()
        return window
    return build


def _guide(*, mode: str = "breathing", reduced: bool = False, name: str = "",
           at_s: float = 3.3, high_contrast: bool = False) -> Builder:
    def build() -> QWidget:
        from dataclasses import replace

        from companion.content import load_default_patterns
        from companion.ui.breathing_overlay import BreathingOverlay, OverlayOptions

        clock = [1000.0]
        pattern = load_default_patterns(languages=_languages()).items["cyclic-sighing"]
        if name:
            pattern = replace(pattern, name=name)
        options = OverlayOptions(reduced_motion=reduced, opacity=1.0,
                                 high_contrast=high_contrast)
        overlay = BreathingOverlay(pattern, options, clock=lambda: clock[0])
        overlay.start()
        clock[0] += at_s if mode == "breathing" else pattern.total_s
        overlay.tick()
        if mode == "worse":
            overlay.give_feeling("worse")
        overlay.repaint()
        return overlay
    return build


def _welcome() -> QWidget:
    from companion.pipeline.records import LevelUpdate
    from companion.ui.calibration import CalibrationStatus
    from companion.ui.welcome import WelcomeWindow

    calibration = CalibrationStatus(180.0, calibrated=False)
    calibration.on_progress(80 / 180)
    window = WelcomeWindow(calibration, devices=lambda: ["Jabra Evolve2 40", "Built-in"],
                           current_device="Jabra Evolve2 40")
    window.on_level(LevelUpdate.uniform(1.0, 0.1, speaking=True, arousal=None, rms_dbfs=-22))
    window.keep = calibration  # type: ignore[attr-defined]
    return window


def _welcome_done() -> QWidget:
    from companion.ui.calibration import CalibrationStatus
    from companion.ui.welcome import WelcomeWindow

    calibration = CalibrationStatus(180.0, calibrated=True)
    window = WelcomeWindow(calibration, devices=lambda: ["Built-in"])
    window.keep = calibration  # type: ignore[attr-defined]
    return window


def _settings() -> QWidget:
    from companion.settings import Settings
    from companion.ui.settings_window import SettingsWindow

    window = SettingsWindow(Settings(input_device="Jabra Evolve2 40"), Path(os.devnull),
                            locked={"autostart"},
                            list_devices=lambda: ["Jabra Evolve2 40", "Built-in"])
    quiet = window.editors["quiet_hours"]
    assert isinstance(quiet, QLineEdit)
    quiet.setText("6pm")
    assert not window.save()           # the error line, as the agent sees it
    quiet.setText("")
    return window


def _dashboard() -> QWidget:
    import datetime as dt

    from benchmarks.dashboard_benchmark import fill_history
    from companion.store import Store
    from companion.ui.dashboard import DashboardWindow

    folder = Path(tempfile.mkdtemp(prefix="layout-audit-"))
    store = Store.open(folder / "audit.sqlite3")
    today = dt.date(2026, 3, 12)
    fill_history(store, today, days=7)
    now = dt.datetime.combine(today, dt.time(16, 30)).timestamp()
    window = DashboardWindow(store, clock=lambda: now)
    window.keep = store  # type: ignore[attr-defined]
    return window


def _about() -> QWidget:
    from companion.ui.about import AboutDialog

    return AboutDialog(make_bundle=_small_bundle, choose_path=lambda name: None)


def _small_bundle():  # type: ignore[no-untyped-def]
    from companion.diagnostics.bundle import BundleFile, SupportBundle

    return SupportBundle([BundleFile("README.txt", "what this is", b"hello"),
                          BundleFile("logs/companion.log", "log file", b"x" * 3000)])


def _bundle() -> QWidget:
    from companion.ui.about import SupportBundleDialog

    return SupportBundleDialog(_small_bundle(), lambda name: None)


def _editor() -> QWidget:
    from companion.ui.deck_editor import DeckEditor

    editor = DeckEditor(_bundled_deck())
    editor.resize(1000, 680)
    return editor


def _deck_try() -> QWidget:
    from companion.content import load_deck_file
    from companion.ui.deck_try import TryCardWindow

    window = TryCardWindow(load_deck_file(_bundled_deck()))
    window.start()
    return window


def _my_cards() -> QWidget:
    from companion.content import load_deck_file
    from companion.ui.my_cards import MyCardsWindow

    folder = Path(tempfile.mkdtemp(prefix="layout-audit-"))
    window = MyCardsWindow(folder / "my-cards.toml", choose_path=lambda suggested: None)
    sample = load_deck_file(_bundled_deck()).cards[0]     # a card in the agent's language
    window.title_edit.setText(sample.title)
    window.body_edit.setPlainText(sample.body)
    return window


def _feedback() -> QWidget:
    from companion.ui.feedback_window import FeedbackWindow

    return FeedbackWindow("# card feedback\n[[card]]\nkey = \"default/breathe\"\nhelpful = 3\n",
                          choose_path=lambda suggested: None)


def _calibrating() -> str:
    """The tray's calibration detail, as the app words it ("… 1:20 of 3:00")."""
    from companion.ui.calibration import CalibrationStatus

    status = CalibrationStatus(180.0, calibrated=False)
    status.on_progress(80 / 180)
    return status.text()


def _shell_tr(source: str, *args: object) -> str:
    """A notice of the app shell in the installed language."""
    from companion.ui.i18n import Tr

    return Tr("AppShell")(source, *args)


def _fallback() -> QWidget:
    from companion.ui.actions import AppActions
    from companion.ui.fallback_window import FallbackWindow
    from companion.ui.icons import IconSet, TrayState

    actions = AppActions()
    window = FallbackWindow(actions, IconSet())
    window.set_state(TrayState.LISTENING, _calibrating())
    window.show_message(_shell_tr("Listening again"), _shell_tr("Microphone: %1",
                                                                "Jabra Evolve2 40"))
    window.allow_close = True
    window.keep = actions  # type: ignore[attr-defined]
    return window


def _menu() -> QWidget:
    from companion.ui.actions import AppActions
    from companion.ui.icons import IconSet, TrayState
    from companion.ui.tray import build_menu, status_text

    actions = AppActions()
    actions.status.setText(status_text(TrayState.LISTENING, _calibrating()))
    actions.status.setIcon(IconSet().icon(TrayState.LISTENING))
    actions.set_offer_showing(True)
    actions.set_in_call(False)
    menu = build_menu(actions)
    menu.keep = actions  # type: ignore[attr-defined]
    return menu


#: Every window and state the agent or a supervisor can see: (name, builder).
WINDOWS: tuple[tuple[str, Builder], ...] = (
    ("tray-menu", _menu),
    ("welcome", _welcome),
    ("welcome-calibrated", _welcome_done),
    ("offer", _offer("tense_call", True, ("breathe", "card", "not_now"))),
    ("offer-not-discreet", _offer("tense_call", False, ("breathe", "card", "not_now"))),
    ("offer-break", _offer("tense_run", False, ("break", "breathe", "card", "not_now"))),
    ("offer-start-of-shift", _offer("start_of_shift", True, ("breathe", "not_now"))),
    ("offer-break-high-contrast", _offer("tense_run", True, ("break", "breathe", "card",
                                                             "not_now"), high_contrast=True)),
    ("card", _card()),
    ("card-helpful-pinned", _card(marks=True)),
    ("card-undo", _card(undo=True)),
    ("card-support", _card(role="support")),
    ("card-high-contrast", _card(marks=True, undo=True, high_contrast=True)),
    ("card-hebrew", _card(card_text=RTL_CARDS[0][1:])),
    ("card-arabic", _card(card_text=RTL_CARDS[1][1:])),
    ("guide", _guide()),
    ("guide-reduced-motion", _guide(reduced=True)),
    ("guide-long-name", _guide(name=LONG_PATTERN_NAME)),
    ("guide-long-name-reduced-motion", _guide(name=LONG_PATTERN_NAME, reduced=True)),
    ("guide-feeling", _guide(mode="feeling", name=LONG_PATTERN_NAME)),
    ("guide-done", _guide(mode="feeling")),
    ("guide-worse", _guide(mode="worse")),
    ("guide-feeling-reduced-motion", _guide(mode="feeling", name=LONG_PATTERN_NAME,
                                            reduced=True)),
    ("guide-worse-reduced-motion", _guide(mode="worse", reduced=True)),
    ("guide-high-contrast", _guide(mode="feeling", high_contrast=True)),
    ("dashboard", _dashboard),
    ("settings", _settings),
    ("about", _about),
    ("support-bundle", _bundle),
    ("deck-editor", _editor),
    ("deck-try", _deck_try),
    ("my-cards", _my_cards),
    ("feedback", _feedback),
    ("fallback", _fallback),
)


def show(window: QWidget) -> None:
    """Show ``window`` as the app does (a menu pops up; others are shown) and settle."""
    if isinstance(window, QMenu):
        window.popup(window.pos())
    elif not window.isVisible():
        window.show()
    _settle()


def close(window: QWidget) -> None:
    """Close and delete ``window`` now."""
    if hasattr(window, "allow_close"):
        window.allow_close = True
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def ensure_translations() -> None:
    """Build the ``.qm`` files into a temporary folder (``COMPANION_TRANSLATIONS_DIR``)
    unless the tests or ``scripts/setup`` built them already."""
    from companion.paths import TRANSLATIONS_DIR_ENV, translations_dir

    built = translations_dir()
    if built is not None and (built / "companion_en.qm").is_file():
        return
    sys.path.insert(0, str(ROOT / "scripts"))
    import translations

    folder = Path(tempfile.mkdtemp(prefix="companion-qm-"))
    translations.release(folder)
    os.environ[TRANSLATIONS_DIR_ENV] = str(folder)


def install_language(app: QCoreApplication, lang: str) -> tuple[QTranslator,
                                                                 UntranslatedProbe]:
    """Install ``lang`` ("pseudo" or a tag of ``companion.languages.UI_LANGUAGES``) the way
    the app does, and under it a probe that records what stays untranslated. The ``.qm``
    files come from ``COMPANION_TRANSLATIONS_DIR`` or the checkout's ``translations``,
    else they are built here. Returns (the pseudo-translator or the probe, the probe)."""
    from companion.ui.i18n import install_translator

    ensure_translations()
    probe = UntranslatedProbe(app)
    app.installTranslator(probe)        # asked last: sees what nothing else translated
    choice = install_translator(app, "en" if lang == "pseudo" else lang)
    wanted = lang.replace("-", "_")
    if lang not in ("en", "pseudo") and f"companion_{wanted}" not in choice.loaded:
        raise SystemExit(f"companion_{wanted}.qm did not load (loaded: {choice.loaded})")
    if lang != "pseudo":
        return probe, probe
    translator = PseudoTranslator(app)
    app.installTranslator(translator)
    return translator, probe


def audit(names: list[str] | None = None) -> dict[str, list[str]]:
    """Build each window (all, or ``names``), show it and list its clipped text."""
    out: dict[str, list[str]] = {}
    for name, build in WINDOWS:
        if names and name not in names:
            continue
        window = build()
        try:
            show(window)
            out[name] = clipping_problems(window)
        finally:
            close(window)
    return out


def main(argv: list[str]) -> int:
    """``--lang L [--only NAME ...]``: print ``{"lang", "device_pixel_ratio", "screen",
    "translated", "untranslated", "windows": {name: [problems]}}`` as JSON."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from companion.ui.application import gui_application
    from companion.ui.theme import apply_app_look

    lang = argv[argv.index("--lang") + 1] if "--lang" in argv else "pseudo"
    only = argv[argv.index("--only") + 1:] if "--only" in argv else None
    ensure_translations()
    app = gui_application("Companion", language="en")
    apply_app_look(app, high_contrast=False, system_high_contrast=False)
    translator, probe = install_language(app, lang)
    windows = audit(only)
    screen = app.primaryScreen().geometry()
    result = {"lang": lang, "device_pixel_ratio": app.devicePixelRatio(),
              "screen": [screen.width(), screen.height()],
              "translated": getattr(translator, "answered", None),
              "untranslated": sorted(probe.seen), "windows": windows}
    print(json.dumps(result, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
