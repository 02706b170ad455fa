"""WCAG 2.2 AA contrast, computed from the live style sheets and palettes of every window in
normal and high-contrast mode: a colour change that drops below AA fails here."""

from __future__ import annotations

import pytest
from contrast_audit import all_checks, markdown_table, restore_look

from companion.ui.contrast import (
    adjust_for_contrast,
    contrast_ratio,
    over,
    parse_color,
    qss_rules,
)


def test_wcag_formula_matches_known_values() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    # The findings of issue 14, measured the same way:
    assert contrast_ratio("white", "#009E73") == pytest.approx(3.4, abs=0.05)
    assert contrast_ratio("#9aa5a0", "#ffffff") == pytest.approx(2.5, abs=0.05)


def test_colour_parsing_and_blending() -> None:
    assert parse_color("#abc") == (170.0, 187.0, 204.0, 1.0)
    assert parse_color("#80ff0000")[3] == pytest.approx(128 / 255)
    assert parse_color("rgba(255, 255, 255, 51)")[3] == pytest.approx(0.2)
    assert parse_color("rgba(0,0,0,0.5)")[3] == 0.5
    with pytest.raises(ValueError):
        parse_color("palette(window)")
    assert over("rgba(255,255,255,0.5)", "black")[:3] == (127.5, 127.5, 127.5)
    fixed = adjust_for_contrast("#9aa5a0", "#ffffff", 4.5)
    assert contrast_ratio(fixed, "#ffffff") >= 4.5
    assert adjust_for_contrast("#000000", "#ffffff", 4.5) == "#000000"


def test_style_sheet_reader() -> None:
    rules = qss_rules("QLabel#a, QLabel#b { color: #111; }\n/* c */ QPushButton:focus "
                      "{ border: 3px solid #0060a8; }")
    assert rules["QLabel#a"] == rules["QLabel#b"] == {"color": "#111"}
    assert rules["QPushButton:focus"]["border"] == "3px solid #0060a8"


def test_every_window_meets_wcag_aa_in_both_modes(qapp) -> None:
    checks = all_checks()
    surfaces = {(c.surface, c.mode) for c in checks}
    for surface in ("Offer", "Welcome", "Cue card", "Breathing guide",
                    "Settings, dashboard, editor", "Dashboard"):
        for mode in ("normal", "high contrast"):
            assert (surface, mode) in surfaces, f"{surface} ({mode}) was not measured"
    assert len(checks) > 150
    failing = [c for c in checks if not c.ok]
    assert not failing, "below WCAG 2.2 AA:\n" + markdown_table(failing)


def test_style_sheets_use_points_for_text(qapp) -> None:
    import re

    from companion.ui.breathing_overlay import overlay_button_qss
    from companion.ui.calibration import CalibrationStatus
    from companion.ui.card_view import CardFace
    from companion.ui.prompt import PromptWindow
    from companion.ui.welcome import WelcomeWindow

    sheets = [PromptWindow().styleSheet(), CardFace().styleSheet(),
              WelcomeWindow(CalibrationStatus(180, calibrated=True)).styleSheet(),
              overlay_button_qss(360, False)]
    for qss in sheets:
        units = set(re.findall(r"font-size:\s*[\d.]+(\w+)", qss))
        assert units == {"pt"}, units


def test_app_look_follows_the_setting_and_keeps_a_system_theme(qapp) -> None:
    from PySide6.QtGui import QColor, QPalette

    from companion.ui.theme import apply_app_look, high_contrast_palette

    before, style = QPalette(qapp.palette()), qapp.style().name()
    try:
        look = apply_app_look(qapp, high_contrast=True, system_high_contrast=False)
        assert look.high_contrast
        assert qapp.palette().color(QPalette.ColorRole.Window) == QColor("#000000")
        system = QPalette(high_contrast_palette())
        system.setColor(QPalette.ColorRole.Window, QColor("#1f1f1f"))   # the OS's own theme
        qapp.setPalette(system)
        look = apply_app_look(qapp, high_contrast=True, system_high_contrast=True)
        assert not look.high_contrast and look.system_high_contrast
        assert qapp.palette().color(QPalette.ColorRole.Window) == QColor("#1f1f1f")
        look = apply_app_look(qapp, high_contrast=False, system_high_contrast=False)
        assert qapp.palette().color(QPalette.ColorRole.Window) != QColor("#000000")
    finally:
        restore_look(qapp, style, before)


def test_targets_are_at_least_24_pixels(qtbot) -> None:
    """WCAG 2.2 SC 2.5.8: every button on Companion's own surfaces is 24 x 24 or larger."""
    import random

    from PySide6.QtWidgets import QPushButton

    from companion.content import load_default_decks, load_default_patterns
    from companion.session import Offer
    from companion.ui.breathing_overlay import BreathingOverlay
    from companion.ui.calibration import CalibrationStatus
    from companion.ui.card_window import CardDeck, CardWindow
    from companion.ui.prompt import PromptWindow
    from companion.ui.welcome import WelcomeWindow

    prompt = PromptWindow()
    prompt.offer(Offer(reason="tense_call", moment="after_tense",
                       choices=("breathe", "card", "not_now"), offered_at=0.0))
    card = CardWindow(CardDeck(load_default_decks(), rng=random.Random(1)))
    card.show_for("between_calls")
    card.hide_card()                    # the undo bar's button too
    guide = BreathingOverlay(load_default_patterns().items["box"])
    guide.start()
    welcome = WelcomeWindow(CalibrationStatus(180, calibrated=False))
    welcome.show()
    for window in (prompt, card, guide, welcome):
        qtbot.addWidget(window)
        qtbot.waitExposed(window)
        for button in window.findChildren(QPushButton):
            if button.isVisible():
                size = button.size()
                assert size.width() >= 24 and size.height() >= 24, \
                    (window.objectName(), button.objectName(), size)


def _box(decls: dict[str, str], base: dict[str, str]) -> tuple[int, int]:
    """Border plus padding (vertical, horizontal) in px of a rule, inheriting from ``base``."""
    import re

    border = decls.get("border", base.get("border", "0px"))
    width = int(re.match(r"(\d+)px", border).group(1)) if re.match(r"\d+px", border) else 0
    padding = decls.get("padding", base.get("padding", "0px")).replace("px", "").split()
    vertical, horizontal = (int(padding[0]), int(padding[-1])) if padding else (0, 0)
    return width + vertical, width + horizontal


def test_focus_ring_never_changes_a_controls_size(qapp) -> None:
    """A thicker focus border is paid for with less padding, so focusing a button or list box
    never clips its text (the layout does not re-measure a style-sheet state)."""
    from companion.ui.breathing_overlay import overlay_button_qss
    from companion.ui.card_view import CardFace
    from companion.ui.card_window import UndoBar
    from companion.ui.prompt import PromptWindow

    sheets = []
    for hc in (False, True):
        bar = UndoBar()
        bar.set_high_contrast(hc)
        sheets += [PromptWindow(high_contrast=hc).styleSheet(),
                   CardFace(high_contrast=hc).styleSheet(), bar.styleSheet(),
                   overlay_button_qss(360, hc)]
    for qss in sheets:
        rules = qss_rules(qss)
        for selector, decls in rules.items():
            if not selector.endswith(":focus") or "border" not in decls:
                continue
            plain = selector[:-len(":focus")]
            base = dict(rules.get(plain.split("[")[0].split("#")[0], {}))
            base.update(rules.get(plain, {}))
            assert _box(decls, base) == _box(base, {}), (selector, decls, base)


def test_the_documented_table_is_the_measured_one(qapp) -> None:
    from pathlib import Path

    from contrast_audit import summary_table

    doc = (Path(__file__).resolve().parents[2] / "docs" / "accessibility.md").read_text(
        encoding="utf-8")
    assert summary_table(all_checks()) in doc, (
        "docs/accessibility.md is out of date: run "
        ".venv/bin/python scripts/make_a11y_screenshots.py --table")
