"""Every colour pair WCAG 2.2 AA constrains in Companion's windows, measured from the live
style sheets and palettes (used by ``test_contrast.py`` and by ``make_screenshots.py``,
which writes the table in docs/accessibility.md).

Each surface is built as the app builds it (prompt, welcome, card, undo bar, breathing guide,
settings/dashboard/editor palette), its style sheet parsed with
:func:`companion.ui.contrast.qss_rules`, and the pairs below measured. Painted surfaces (the
guide) are measured from their palette, with the translucent panel over black (no
compositor) and over white (a light desktop behind it).
"""

from __future__ import annotations

import gc
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from companion.ui.contrast import (
    NON_TEXT_MIN,
    TEXT_MIN,
    ContrastCheck,
    border_color,
    over,
    qss_rules,
    to_hex,
)

#: (what, (fg selector, property), (bg selector, property), minimum); property "border"
#: reads the colour of a border declaration.
Pair = tuple[str, tuple[str, str], tuple[str, str], float]

FRAME = ("QFrame#surfaceFrame", "background")
SURFACE_PAIRS: tuple[Pair, ...] = (
    ("title", ("QLabel#surfaceTitle", "color"), FRAME, TEXT_MIN),
    ("body text", ("QLabel", "color"), FRAME, TEXT_MIN),
    ("note text", ("QLabel#surfaceNote", "color"), FRAME, TEXT_MIN),
    ("error text", ("QLabel#surfaceError", "color"), FRAME, TEXT_MIN),
    ("button text", ("QPushButton", "color"), ("QPushButton", "background"), TEXT_MIN),
    ("button text, hover", ("QPushButton", "color"), ("QPushButton:hover", "background"),
     TEXT_MIN),
    ("main button text", ('QPushButton[kind="primary"]', "color"),
     ('QPushButton[kind="primary"]', "background"), TEXT_MIN),
    ("link text", ('QPushButton[kind="link"]', "color"), FRAME, TEXT_MIN),
    ("list box text", ("QComboBox", "color"), ("QComboBox", "background"), TEXT_MIN),
    ("window edge", ("QFrame#surfaceFrame", "border"), FRAME, NON_TEXT_MIN),
    ("button border", ("QPushButton", "border"), FRAME, NON_TEXT_MIN),
    ("list box border", ("QComboBox", "border"), FRAME, NON_TEXT_MIN),
    ("focus ring / button", ("QPushButton:focus", "border"), ("QPushButton", "background"),
     NON_TEXT_MIN),
    ("focus ring / window", ("QPushButton:focus", "border"), FRAME, NON_TEXT_MIN),
    ("focus ring / main button", ('QPushButton[kind="primary"]:focus', "border"),
     ('QPushButton[kind="primary"]', "background"), NON_TEXT_MIN),
    ("focus ring of main button / window", ('QPushButton[kind="primary"]:focus', "border"),
     FRAME, NON_TEXT_MIN),
    ("focus ring / link", ('QPushButton[kind="link"]:focus', "border"), FRAME, NON_TEXT_MIN),
    ("focus ring / list box", ("QComboBox:focus", "border"), ("QComboBox", "background"),
     NON_TEXT_MIN),
)

CARD = ("QFrame#cardFace", "background")
CARD_PAIRS: tuple[Pair, ...] = (
    ("card title", ("QLabel#cardTitle", "color"), CARD, TEXT_MIN),
    ("card text", ("QLabel#cardBody", "color"), CARD, TEXT_MIN),
    ("footer", ("QLabel#cardFooter", "color"), CARD, TEXT_MIN),
    ("note (pinned, helpful)", ("QLabel#cardNote", "color"), CARD, TEXT_MIN),
    ("button text", ("QPushButton", "color"), ("QPushButton", "background"), TEXT_MIN),
    ("button text, checked", ("QPushButton", "color"), ("QPushButton:checked", "background"),
     TEXT_MIN),
    ("card edge", ("QFrame#cardFace", "border"), CARD, NON_TEXT_MIN),
    ("button border", ("QPushButton", "border"), CARD, NON_TEXT_MIN),
    ("checked button border", ("QPushButton:checked", "border"), CARD, NON_TEXT_MIN),
    ("focus ring / button", ("QPushButton:focus", "border"), ("QPushButton", "background"),
     NON_TEXT_MIN),
    ("focus ring / card", ("QPushButton:focus", "border"), CARD, NON_TEXT_MIN),
    ("support box title", ("QLabel#supportTitle", "color"), ("QFrame#supportBox", "background"),
     TEXT_MIN),
    ("support box text", ("QLabel#supportBody", "color"), ("QFrame#supportBox", "background"),
     TEXT_MIN),
)

UNDO = ("QFrame#undoBar", "background")
UNDO_PAIRS: tuple[Pair, ...] = (
    ("undo line text", ("QLabel#undoText", "color"), UNDO, TEXT_MIN),
    ("Undo button text", ("QPushButton#undoButton", "color"),
     ("QPushButton#undoButton", "background"), TEXT_MIN),
    ("Undo button border", ("QPushButton#undoButton", "border"), UNDO, NON_TEXT_MIN),
    ("focus ring / Undo", ("QPushButton#undoButton:focus", "border"),
     ("QPushButton#undoButton", "background"), NON_TEXT_MIN),
)


def dispose(*widgets: QObject) -> None:
    """Delete ``widgets`` now (not at some later event loop, where their garbage would show
    up in another test's reference counts)."""
    for widget in widgets:
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def _value(rules: dict[str, dict[str, str]], selector: str, prop: str) -> str | None:
    decls = rules.get(selector)
    if decls is None:
        return None
    if prop == "border":
        return border_color(decls)
    return decls.get(prop)


def stylesheet_checks(surface: str, mode: str, qss: str, pairs: Iterable[Pair], *,
                      behind: str = "white") -> list[ContrastCheck]:
    """The ``pairs`` found in ``qss`` (pairs whose selectors the sheet lacks are skipped)."""
    rules = qss_rules(qss)
    out = []
    for what, (fg_sel, fg_prop), (bg_sel, bg_prop), minimum in pairs:
        fg, bg = _value(rules, fg_sel, fg_prop), _value(rules, bg_sel, bg_prop)
        if fg is None or bg is None or fg == "transparent":
            continue
        out.append(ContrastCheck(surface, mode, what, fg, bg, minimum, behind=behind))
    return out


def _mode(high_contrast: bool) -> str:
    return "high contrast" if high_contrast else "normal"


def prompt_checks(high_contrast: bool) -> list[ContrastCheck]:
    from companion.ui.prompt import PromptWindow

    prompt = PromptWindow(high_contrast=high_contrast)
    try:
        return stylesheet_checks("Offer", _mode(high_contrast), prompt.styleSheet(),
                                 SURFACE_PAIRS)
    finally:
        dispose(prompt)


def welcome_checks(high_contrast: bool) -> list[ContrastCheck]:
    from companion.ui.calibration import CalibrationStatus
    from companion.ui.welcome import WelcomeWindow

    window = WelcomeWindow(CalibrationStatus(180.0, calibrated=False),
                           high_contrast=high_contrast)
    try:
        checks = stylesheet_checks("Welcome", _mode(high_contrast), window.styleSheet(),
                                   SURFACE_PAIRS)
        pal = window.pal
        checks.append(ContrastCheck("Welcome", _mode(high_contrast), "level meter fill",
                                    pal.meter, pal.button_bg, NON_TEXT_MIN))
        checks.append(ContrastCheck("Welcome", _mode(high_contrast), "level meter edge",
                                    pal.meter_track, pal.background, NON_TEXT_MIN))
        return checks
    finally:
        dispose(window)


def card_checks(high_contrast: bool) -> list[ContrastCheck]:
    from companion.ui.card_view import CardFace
    from companion.ui.card_window import UndoBar

    face = CardFace(high_contrast=high_contrast)
    bar = UndoBar()
    bar.set_high_contrast(high_contrast)
    try:
        mode = _mode(high_contrast)
        return (stylesheet_checks("Cue card", mode, face.styleSheet(), CARD_PAIRS)
                + stylesheet_checks("Cue card", mode, bar.styleSheet(), UNDO_PAIRS))
    finally:
        dispose(face, bar)


def _qcolor(c: object) -> str:
    from PySide6.QtGui import QColor

    assert isinstance(c, QColor)
    return f"rgba({c.red()},{c.green()},{c.blue()},{c.alpha()})"


def guide_checks(high_contrast: bool) -> list[ContrastCheck]:
    """The painted guide: words over the circle and the panel, graphics over the panel, and
    its buttons; the translucent panel measured over black and over white."""
    from companion.ui.breathing_overlay import overlay_button_qss
    from companion.ui.breathing_view import palette_for

    pal = palette_for(high_contrast)
    mode = _mode(high_contrast)
    out: list[ContrastCheck] = []
    panel = _qcolor(pal.panel)
    for behind in ("black", "white"):
        back = to_hex(over(panel, behind))
        tag = f" (panel over {behind})"
        out += [
            ContrastCheck("Breathing guide", mode, "phase word and count on panel" + tag,
                          _qcolor(pal.text), back, TEXT_MIN),
            ContrastCheck("Breathing guide", mode, "name and status line" + tag,
                          _qcolor(pal.subtext), back, TEXT_MIN),
            ContrastCheck("Breathing guide", mode, "circle edge" + tag,
                          _qcolor(pal.outline), back, NON_TEXT_MIN),
            ContrastCheck("Breathing guide", mode, "full-breath ring" + tag,
                          _qcolor(pal.guide), back, NON_TEXT_MIN),
        ]
        for kind, colour in pal.phase.items():
            out.append(ContrastCheck("Breathing guide", mode,
                                     f"{kind} arc and bar" + tag, _qcolor(colour), back,
                                     NON_TEXT_MIN))
            out.append(ContrastCheck("Breathing guide", mode, f"{kind} bar on its track" + tag,
                                     _qcolor(colour), to_hex(over(_qcolor(pal.bar_back), back)),
                                     NON_TEXT_MIN))
    for what, fill in (("centre", pal.fill_inner), ("rim", pal.fill_outer)):
        out.append(ContrastCheck("Breathing guide", mode, f"phase word on circle {what}",
                                 _qcolor(pal.text), _qcolor(fill), TEXT_MIN))
        out.append(ContrastCheck("Breathing guide", mode, f"circle edge on circle {what}",
                                 _qcolor(pal.outline), _qcolor(fill), NON_TEXT_MIN))
    out.append(ContrastCheck("Breathing guide", mode, "phase word on its halo",
                             _qcolor(pal.text), _qcolor(pal.text_halo), TEXT_MIN))
    panel_black = to_hex(over(panel, "black"))
    rules = qss_rules(overlay_button_qss(360, high_contrast))
    button_bg = to_hex(over(rules["QPushButton"]["background"], panel_black))
    out += [
        ContrastCheck("Breathing guide", mode, "button text", rules["QPushButton"]["color"],
                      button_bg, TEXT_MIN),
        ContrastCheck("Breathing guide", mode, "button border",
                      str(border_color(rules["QPushButton"])), panel_black, NON_TEXT_MIN),
        ContrastCheck("Breathing guide", mode, "focus ring",
                      str(border_color(rules["QPushButton:focus"])), button_bg, NON_TEXT_MIN),
    ]
    return out


def app_palette_checks(high_contrast: bool) -> list[ContrastCheck]:
    """Settings, dashboard and deck editor: the application palette as Companion installs it,
    the error line, and the dashboard's own tiles and chart text."""
    from companion.ui.outline_style import outline_color
    from companion.ui.theme import apply_app_look, error_color, palette_checks

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before, style = QPalette(app.palette()), app.style().name()
    try:
        look = apply_app_look(app, high_contrast=high_contrast, system_high_contrast=False)
        pal = look.palette
        mode = _mode(high_contrast)
        checks = palette_checks(pal, "Settings, dashboard, editor", mode)
        window = pal.color(QPalette.ColorRole.Window).name()
        checks.append(ContrastCheck("Settings, dashboard, editor", mode, "error line",
                                    error_color(pal), window, TEXT_MIN))
        edge = outline_color(pal).name()
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
            checks.append(ContrastCheck(
                "Settings, dashboard, editor", mode,
                f"control edges (fields, check boxes, buttons) on {role.name}", edge,
                pal.color(role).name(), NON_TEXT_MIN))
        checks += dashboard_checks(pal, mode)
        return checks
    finally:
        restore_look(app, style, before)


def restore_look(app: QApplication, style: str, palette: QPalette) -> None:
    """Put back the style and palette a test found (apply_app_look changes both)."""
    from PySide6.QtWidgets import QStyleFactory

    if app.style().name() != style:
        app.setStyle(QStyleFactory.create(style))
    app.setPalette(palette)


def dashboard_checks(pal: QPalette, mode: str) -> list[ContrastCheck]:
    """The dashboard's own colours: summary tiles (palette-based), the privacy note, the
    chart's axis text and lines on its white plot area."""
    from companion.ui.dashboard import TILE_ROLE
    from companion.ui.dashboard_plot import AXIS_TEXT_RGB, COLORS
    from companion.ui.theme import muted_text_color

    tile = pal.color(TILE_ROLE).name()
    window = pal.color(QPalette.ColorRole.Window).name()
    value = pal.color(QPalette.ColorRole.WindowText).name()
    caption = muted_text_color(pal)
    checks = [
        ContrastCheck("Dashboard", mode, "summary tile number and note", value, tile, TEXT_MIN),
        ContrastCheck("Dashboard", mode, "captions on tiles", caption, tile, TEXT_MIN),
        ContrastCheck("Dashboard", mode, "captions on the window", caption, window, TEXT_MIN),
        ContrastCheck("Dashboard", mode, "chart axis text", "rgb({},{},{})".format(
            *AXIS_TEXT_RGB), "white", TEXT_MIN),
    ]
    checks += dashboard_label_checks(pal, mode)
    for name in ("mean", "baseline", "threshold", "breathing", "card"):
        r, g, b, a = COLORS[name]
        checks.append(ContrastCheck("Dashboard", mode, f"chart {name} line or marker",
                                    f"rgba({r},{g},{b},{a})", "white", NON_TEXT_MIN))
    return checks


def dashboard_label_checks(pal: QPalette, mode: str) -> list[ContrastCheck]:
    """Every label of a live dashboard window that sets its own colour, against the window
    and tile colours (or its own background): a hard-coded grey that fails in one of the two
    palettes shows up here."""
    from PySide6.QtWidgets import QLabel

    from companion.ui.dashboard import TILE_ROLE, DashboardWindow

    window = DashboardWindow(None)
    try:
        backs = [pal.color(QPalette.ColorRole.Window).name(), pal.color(TILE_ROLE).name()]
        seen: set[tuple[str, str]] = set()
        checks = []
        for label in window.findChildren(QLabel):
            rules = qss_rules("QLabel {" + label.styleSheet() + "}").get("QLabel", {})
            colour = rules.get("color", "")
            if not colour or colour.startswith("palette("):
                continue
            own = rules.get("background", "")
            for back in ([own] if own and not own.startswith("palette(") else backs):
                if (colour, back) not in seen:
                    seen.add((colour, back))
                    what = " ".join(label.text().split())[:40] or label.objectName()
                    checks.append(ContrastCheck("Dashboard", mode, f"label: {what}", colour,
                                                back, TEXT_MIN))
        return checks
    finally:
        dispose(window)


def all_checks() -> list[ContrastCheck]:
    """Every check, normal then high contrast, surface by surface."""
    out: list[ContrastCheck] = []
    for collect in (prompt_checks, welcome_checks, card_checks, guide_checks,
                    app_palette_checks):
        for high_contrast in (False, True):
            out += collect(high_contrast)
    return out


def markdown_table(checks: Iterable[ContrastCheck]) -> str:
    """The checks as a Markdown table."""
    head = ("| Window | Mode | What | Colours (text or part on background) | Ratio | "
            "Needs | Result |\n|---|---|---|---|---|---|---|")
    return "\n".join([head, *(c.row() for c in checks)])



def lowest(items: list[ContrastCheck]) -> str:
    """The lowest ratio of ``items`` and what it is ("—" for none)."""
    if not items:
        return "—"
    worst = min(items, key=lambda check: check.ratio)
    return f"{worst.ratio:.1f}:1 ({worst.what})"


def summary_table(checks: Iterable[ContrastCheck]) -> str:
    """One row per window and mode: pairs measured, the lowest text and non-text ratios."""
    groups: dict[tuple[str, str], list[ContrastCheck]] = {}
    for check in checks:
        groups.setdefault((check.surface, check.mode), []).append(check)
    rows = ["| Window | Mode | Pairs | Lowest text ratio (needs 4.5) | "
            "Lowest border / focus / graphic ratio (needs 3) | Result |",
            "|---|---|---|---|---|---|"]
    for (surface, mode), group in groups.items():
        text = [c for c in group if c.minimum >= TEXT_MIN]
        other = [c for c in group if c.minimum < TEXT_MIN]
        result = "pass" if all(c.ok for c in group) else "**FAIL**"
        rows.append(f"| {surface} | {mode} | {len(group)} | {lowest(text)} | {lowest(other)} "
                    f"| {result} |")
    return "\n".join(rows)
