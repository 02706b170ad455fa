"""WCAG 2.2 AA contrast, computed from the live style sheets and palettes of every window in
normal and high-contrast mode: a colour change that drops below AA fails here."""

from __future__ import annotations

import pytest
from contrast_audit import all_checks, markdown_table

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

    before = QPalette(qapp.palette())
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
        qapp.setPalette(before)
