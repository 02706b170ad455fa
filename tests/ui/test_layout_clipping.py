"""Layouts that survive translation: no text is clipped in any window, in English, German and
pseudo-localised (every string ~40 % longer, accented), at 1x and 2x; painted text wraps or
elides; right-to-left cards read right to left.

The whole-app audit runs ``layout_audit.py`` in a subprocess per language and scale (a
translator and ``QT_SCALE_FACTOR`` are process-wide); the checks themselves are tested here
against widgets made to clip.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from layout_audit import (
    WINDOWS,
    PseudoTranslator,
    clipping_problems,
    painted_problems,
    pseudo,
)
from PySide6.QtCore import QCoreApplication, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.ui.breathing_view import PaintedText, wrap_lines
from companion.ui.text_fit import fit_placeholder, set_min_width, text_direction

AUDIT = Path(__file__).with_name("layout_audit.py")
ROOT = AUDIT.parents[2]


#: The screen the audit runs on (logical px): a common contact-centre laptop.
SCREEN = (1366, 768)


def run_audit(lang: str, scale: int, folder: Path) -> dict:
    """The audit's JSON for ``lang`` at ``scale`` (its own offscreen process, on a
    :data:`SCREEN`-sized screen of ``scale`` device pixels per pixel)."""
    config = folder / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "laptop", "x": 0, "y": 0, "width": SCREEN[0] * scale,
        "height": SCREEN[1] * scale, "logicalDpi": 96, "logicalBaseDpi": 96}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}",
               QT_SCALE_FACTOR=str(scale))
    done = subprocess.run([sys.executable, str(AUDIT), "--lang", lang], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout)


@pytest.mark.parametrize("scale", [1, 2])
@pytest.mark.parametrize("lang", ["en", "pseudo", "de"])
def test_no_text_is_clipped_in_any_window(lang: str, scale: int, tmp_path: Path) -> None:
    """German is the longest of the shipped languages; the pseudo-translation is ~40 %
    longer than English everywhere, including strings a language has not translated yet."""
    result = run_audit(lang, scale, tmp_path)
    assert result["device_pixel_ratio"] == scale
    assert result["screen"] == list(SCREEN)
    assert list(result["windows"]) == [name for name, _ in WINDOWS]     # every one built
    if lang == "pseudo":
        assert result["translated"] > 50      # the translator really answered
    clipped = {name: found for name, found in result["windows"].items() if found}
    assert not clipped, json.dumps(clipped, ensure_ascii=False, indent=1)


# ---- the pseudo-translation -------------------------------------------------------------------

def test_pseudo_translation_is_longer_accented_and_keeps_placeholders() -> None:
    source = "&Snooze offers for %n min: {title} (%1) <b>now</b>"
    out = pseudo(source)
    assert out.startswith("[") and out.endswith("]")
    assert len(out) >= 1.4 * len(source)
    for kept in ("&", "%n", "{title}", "%1", "<b>", "</b>"):
        assert kept in out
    assert "Snooze" not in out and "Šñööžé" in out
    rich = pseudo("<b>Companion</b> 1.0")
    assert rich.startswith("<b>")              # still recognised as rich text


def test_pseudo_translator_answers_tr_with_plurals_resolved(qapp) -> None:
    translator = PseudoTranslator()
    qapp.installTranslator(translator)
    try:
        assert QCoreApplication.translate("X", "%n minute(s)", None, 1) == pseudo("1 minute")
        assert QCoreApplication.translate("X", "%n minute(s)", None, 3) == pseudo("3 minutes")
        assert QCoreApplication.translate("X", "{name}: done").format(name="Box").startswith(
            "[Box: ")
    finally:
        qapp.removeTranslator(translator)
    assert QCoreApplication.translate("X", "Close") == "Close"


# ---- the checks find clipping ---------------------------------------------------------------

def _window(qtbot) -> tuple[QWidget, QLabel, QLabel, QPushButton]:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    plain = QLabel("A label that needs all of its width to be read")
    wrapped = QLabel("A wrapped label with enough words to take three or four lines at this "
                     "width, and all of them must be seen")
    wrapped.setWordWrap(True)
    button = QPushButton("A button with a long text")
    row = QHBoxLayout()
    row.addWidget(button)
    layout.addWidget(plain)
    layout.addWidget(wrapped)
    layout.addLayout(row)
    window.show()
    qtbot.waitExposed(window)
    return window, plain, wrapped, button


def test_checks_pass_a_window_that_fits(qtbot) -> None:
    window, *_ = _window(qtbot)
    assert clipping_problems(window) == []


def test_checks_find_squeezed_labels_buttons_and_windows(qtbot) -> None:
    window, plain, wrapped, button = _window(qtbot)
    plain.setFixedWidth(60)
    wrapped.setFixedSize(200, 20)
    button.setFixedWidth(40)
    found = "\n".join(clipping_problems(window))
    assert "QLabel" in found and "needs all of its" in found
    assert "A wrapped label" in found and "has 200x20" in found
    assert "QPushButton" in found
    window.setMinimumSize(10, 10)           # an explicit minimum replaces the layout's
    window.resize(10, 10)
    qtbot.waitUntil(lambda: window.width() == 10)
    assert "below its layout" in clipping_problems(window)[0]


def test_placeholders_are_checked_and_fitted(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    line = QLineEdit(window)
    QVBoxLayout(window).addWidget(line)
    line.setPlaceholderText("e.g. 18:00-08:00 (empty = none), a hint longer than the field")
    window.show()
    qtbot.waitExposed(window)
    assert "placeholder cut off" in "\n".join(clipping_problems(window))
    fit_placeholder(line)
    qtbot.waitUntil(lambda: line.width() >= line.minimumWidth())
    assert clipping_problems(window) == []


def test_min_width_keeps_the_layouts_minimum(qtbot) -> None:
    window, plain, *_ = _window(qtbot)
    plain.setText("A label that has become a good deal longer in a longer language, "
                  "much longer than the window's fixed minimum")
    set_min_width(window, 120)
    assert window.minimumWidth() >= plain.minimumSizeHint().width()
    set_min_width(window, 5000)
    assert window.minimumWidth() == 5000


def test_painted_text_must_fit_or_be_elided(qtbot) -> None:
    box = QRectF(0, 0, 100, 20)
    assert PaintedText("Hold", "Hold", box, QSizeF(40, 16)).problem() == ""
    assert PaintedText("A long name", "A lo…", box, QSizeF(98, 16)).problem() == ""
    assert PaintedText("Two lines", "Two\nlines", QRectF(0, 0, 100, 40),
                       QSizeF(50, 32)).problem() == ""
    assert "wide" in PaintedText("Breathe out", "Breathe out", box, QSizeF(130, 16)).problem()
    assert "tall" in PaintedText("Hold", "Hold", box, QSizeF(40, 30)).problem()
    assert "ellipsis" in PaintedText("Breathe", "Brea", box, QSizeF(40, 16)).problem()
    window = QWidget()
    qtbot.addWidget(window)
    close = QPushButton("✕", window)
    close.setGeometry(90, 0, 20, 20)
    window.painted_text = lambda: [PaintedText("A name", "A name", box,   # type: ignore
                                               QSizeF(50, 16))]
    window.show()
    assert painted_problems(window) == [
        "painted 'A name' runs under QPushButton#? '✕'"]


def test_long_words_wrap_then_elide(qapp) -> None:
    font = QFont()
    font.setPixelSize(14)
    metrics = QFontMetricsF(font)
    text = "Extended coherent breathing for the end of a very long and difficult shift"
    two = wrap_lines(metrics, text, 260, 2)
    assert len(two) == 2 and all(metrics.horizontalAdvance(line) <= 260 for line in two)
    one = wrap_lines(metrics, text, 260, 1)
    assert len(one) == 1 and one[0].endswith("…")
    spaced = "Breath 1 of 6  ·  0:57 left"
    assert wrap_lines(metrics, spaced, 400, 1) == [spaced]     # fitting text is untouched


# ---- the breathing guide and the cards ----------------------------------------------------------

def test_long_pattern_names_wrap_clear_of_the_close_button(qtbot) -> None:
    from layout_audit import LONG_PATTERN_NAME, show

    build = dict(WINDOWS)["guide-long-name"]
    overlay = build()
    qtbot.addWidget(overlay)
    show(overlay)
    overlay.repaint()
    title = overlay.painted_text()[0]
    assert title.text == LONG_PATTERN_NAME
    assert "\n" in title.drawn and not title.elided and title.problem() == ""
    assert not title.box.intersects(QRectF(overlay.close_button.geometry()))
    overlay.close()


def _ink_columns(label: QLabel) -> tuple[int, int]:
    """The left- and rightmost columns of ``label`` with text on them (device px)."""
    image = label.grab().toImage()
    back = QColor(image.pixelColor(0, 0))
    columns = [x for x in range(image.width())
               if any(image.pixelColor(x, y) != back for y in range(image.height()))]
    return columns[0], image.width() - 1 - columns[-1]


@pytest.mark.parametrize("lang, title, body", [
    ("he", "נשימה אחת איטית", "שאף דרך האף, ונשוף לאט דרך הפה."),
    ("ar", "نفس واحد بطيء", "خذ نفسًا من الأنف، ثم أخرجه ببطء من الفم."),
])
def test_right_to_left_cards_read_right_to_left_in_a_left_to_right_app(
        qtbot, lang: str, title: str, body: str) -> None:
    from companion.content.decks import CueCard
    from companion.ui.card_view import CardFace, render_card

    face = CardFace()
    qtbot.addWidget(face)
    render_card(face, CueCard(id=lang, title=title, body=body))
    face.show()
    qtbot.waitExposed(face)
    assert face.layoutDirection() == Qt.LayoutDirection.LeftToRight     # the app stays LTR
    for label in (face.title, face.body):
        assert label.layoutDirection() == Qt.LayoutDirection.RightToLeft
        left, right = _ink_columns(label)
        assert right < left, f"{label.text()!r} is not at the right edge ({left}, {right})"
    assert face.footer.layoutDirection() == Qt.LayoutDirection.LeftToRight   # our own words
    render_card(face, CueCard(id="en", title="One slow breath", body="In, and out."))
    assert face.body.layoutDirection() == Qt.LayoutDirection.LeftToRight
    left, right = _ink_columns(face.body)
    assert left < right


def test_text_direction_follows_the_first_strong_letter() -> None:
    assert text_direction("שלום") == Qt.LayoutDirection.RightToLeft
    assert text_direction("«مرحبا» 3") == Qt.LayoutDirection.RightToLeft
    assert text_direction("123 Hello שלום") == Qt.LayoutDirection.LeftToRight
    assert text_direction("") == Qt.LayoutDirection.LeftToRight
