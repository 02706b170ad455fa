"""The look of Companion's own small windows: palettes, style sheets, fonts in points, and the
application palette, all meeting WCAG 2.2 AA (see :mod:`companion.ui.contrast`).

Runs on the GUI thread. The between-call prompt and the welcome window share one
:class:`SurfacePalette` (normal: calm paper; high contrast: black on white with a blue focus
ring) and one style sheet from :func:`surface_qss`. Font sizes are written in points and
derived from the application font (:func:`font_pt`), so the operating system's text size
applies. :func:`apply_app_look` gives the standard windows (dashboard, settings, deck editor)
a palette whose text, selection and placeholder colours pass AA, and a high-contrast palette
when the agent's setting asks for it and the system is not already in a high-contrast theme
(then the system's own colours are kept).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QGuiApplication, QPalette

from companion.ui.contrast import (
    TEXT_MIN,
    ContrastCheck,
    adjust_for_contrast,
    contrast_ratio,
)

#: Point size assumed when no application font is known yet.
FALLBACK_BASE_PT = 9.0


@dataclass(frozen=True)
class SurfacePalette:
    """Colours of the prompt and the welcome window (CSS colour strings)."""

    name: str
    background: str
    frame_border: str
    accent_bar: str
    title: str
    text: str
    subtext: str
    button_bg: str
    button_text: str
    button_border: str
    hover_bg: str
    primary_bg: str
    primary_text: str
    primary_border: str
    primary_focus: str
    link: str
    focus: str
    error: str
    meter: str
    meter_track: str


#: Normal look: calm paper, dark green-grey text, a deep green primary button.
NORMAL = SurfacePalette(
    name="normal", background="#fbfbf8", frame_border="#5f6d68", accent_bar="#00785a",
    title="#14231f", text="#24332f", subtext="#3d4b47", button_bg="#ffffff",
    button_text="#14231f", button_border="#5f6d68", hover_bg="#eef4f1",
    primary_bg="#00785a", primary_text="#ffffff", primary_border="#004d3a",
    primary_focus="#0b1f3a", link="#005a8c",
    focus="#0060a8", error="#a4001d", meter="#00785a", meter_track="#5f6d68",
)
#: High contrast: black on white, heavy borders, a blue focus ring, yellow hover; the main
#: button is told apart by its bold label (a black fill would hide a focus ring of any colour
#: that also stands out on white).
HIGH_CONTRAST = SurfacePalette(
    name="high contrast", background="#ffffff", frame_border="#000000", accent_bar="#000000",
    title="#000000", text="#000000", subtext="#000000", button_bg="#ffffff",
    button_text="#000000", button_border="#000000", hover_bg="#ffff00",
    primary_bg="#ffffff", primary_text="#000000", primary_border="#000000",
    primary_focus="#0000ff", link="#0000cc",
    focus="#0000ff", error="#a4001d", meter="#000000", meter_track="#000000",
)


def surface_palette(high_contrast: bool) -> SurfacePalette:
    """:data:`HIGH_CONTRAST` or :data:`NORMAL`."""
    return HIGH_CONTRAST if high_contrast else NORMAL


def base_point_size() -> float:
    """The application font's point size (the OS text size), or :data:`FALLBACK_BASE_PT`."""
    app = QGuiApplication.instance()
    if app is None:
        return FALLBACK_BASE_PT
    size = QGuiApplication.font().pointSizeF()
    return float(size) if size > 0 else FALLBACK_BASE_PT


def font_pt(scale: float = 1.0) -> str:
    """A style-sheet font size in points: ``scale`` times the OS text size."""
    return f"{base_point_size() * scale:.1f}pt"


def surface_qss(root: str, pal: SurfacePalette) -> str:
    """The style sheet of a surface whose top widget is named ``root``.

    Widgets are picked by object name (``surfaceFrame``, ``surfaceTitle``, ...) and by the
    dynamic property ``kind`` of buttons (``primary``, ``link``).
    """
    thick = 3 if pal is HIGH_CONTRAST else 1
    # The focus ring is 3 px; the padding shrinks by what the border grows, so a focused
    # control keeps its size (its text is never clipped).
    fpad = f"{6 + thick - 3}px {12 + thick - 3}px"
    cpad = f"{3 + thick - 3}px {6 + thick - 3}px"
    return f"""
QWidget#{root} {{ background: {pal.background}; }}
QFrame#surfaceFrame {{ background: {pal.background}; border: {thick}px solid {pal.frame_border};
                       border-top: 4px solid {pal.accent_bar}; }}
QLabel#surfaceTitle {{ font-size: {font_pt(1.35)}; font-weight: 600; color: {pal.title}; }}
QLabel {{ color: {pal.text}; font-size: {font_pt(1.1)}; }}
QLabel#surfaceNote {{ color: {pal.subtext}; font-size: {font_pt(1.0)}; }}
QLabel#surfaceError {{ color: {pal.error}; font-size: {font_pt(1.1)}; font-weight: 600; }}
QPushButton {{ padding: 6px 12px; border-radius: 6px; font-size: {font_pt(1.1)};
               border: {thick}px solid {pal.button_border}; background: {pal.button_bg};
               color: {pal.button_text}; }}
QPushButton:hover {{ background: {pal.hover_bg}; }}
QPushButton:focus {{ border: 3px solid {pal.focus}; padding: {fpad}; }}
QPushButton[kind="primary"] {{ background: {pal.primary_bg}; color: {pal.primary_text};
                               border: {thick}px solid {pal.primary_border}; font-weight: 600; }}
QPushButton[kind="primary"]:focus {{ border: 3px solid {pal.primary_focus}; padding: {fpad}; }}
QPushButton[kind="link"] {{ background: transparent; border: 2px solid transparent;
                            color: {pal.link}; text-decoration: underline; padding: 2px 4px; }}
QPushButton[kind="link"]:focus {{ border: 2px solid {pal.focus}; padding: 2px 4px; }}
QComboBox {{ font-size: {font_pt(1.1)}; color: {pal.button_text}; background: {pal.button_bg};
             border: {thick}px solid {pal.button_border}; padding: 3px 6px; }}
QComboBox:focus {{ border: 3px solid {pal.focus}; padding: {cpad}; }}
QProgressBar {{ border: 1px solid {pal.meter_track}; background: {pal.button_bg};
                color: {pal.text}; height: 14px; text-align: center; }}
QProgressBar::chunk {{ background: {pal.meter}; }}
"""


# ---- the application palette (dashboard, settings, deck editor) -----------------------------

#: (text role, background role, minimum) pairs checked and repaired in the app palette.
PALETTE_PAIRS: tuple[tuple[QPalette.ColorRole, QPalette.ColorRole, float], ...] = (
    (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window, TEXT_MIN),
    (QPalette.ColorRole.Text, QPalette.ColorRole.Base, TEXT_MIN),
    (QPalette.ColorRole.Text, QPalette.ColorRole.AlternateBase, TEXT_MIN),
    (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button, TEXT_MIN),
    (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight, TEXT_MIN),
    (QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Base, TEXT_MIN),
    (QPalette.ColorRole.Link, QPalette.ColorRole.Base, TEXT_MIN),
    (QPalette.ColorRole.ToolTipText, QPalette.ColorRole.ToolTipBase, TEXT_MIN),
)


def _rgba(color: QColor) -> tuple[float, float, float, float]:
    return float(color.red()), float(color.green()), float(color.blue()), color.alphaF()


def palette_checks(palette: QPalette, surface: str, mode: str) -> list[ContrastCheck]:
    """The :data:`PALETTE_PAIRS` of ``palette`` (active colour group) as checks."""
    group = QPalette.ColorGroup.Active
    out = []
    for fg_role, bg_role, minimum in PALETTE_PAIRS:
        fg = palette.color(group, fg_role)
        bg = palette.color(group, bg_role)
        out.append(ContrastCheck(surface, mode, f"{fg_role.name} on {bg_role.name}",
                                 _hex_argb(fg), _hex_argb(bg), minimum))
    return out


def _hex_argb(color: QColor) -> str:
    return f"#{color.alpha():02x}{color.red():02x}{color.green():02x}{color.blue():02x}"


def repaired_palette(palette: QPalette) -> QPalette:
    """A copy of ``palette`` whose :data:`PALETTE_PAIRS` all pass: a failing text colour is
    darkened (light background) or lightened (dark background) just enough, except that a
    selection keeps its text colour and its highlight is deepened instead; pairs that already
    pass are kept as the style or OS made them."""
    out = QPalette(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for fg_role, bg_role, minimum in PALETTE_PAIRS:
            fg, bg = out.color(group, fg_role), out.color(group, bg_role)
            if contrast_ratio(_rgba(fg), _rgba(bg)) >= minimum:
                continue
            if bg_role == QPalette.ColorRole.Highlight:   # keep the selection's text colour
                out.setColor(group, bg_role, QColor(adjust_for_contrast(
                    _rgba(bg), _rgba(fg), minimum + 0.05)))
            else:
                out.setColor(group, fg_role, QColor(adjust_for_contrast(
                    _rgba(fg), _rgba(bg), minimum + 0.05)))
    return out


def high_contrast_palette() -> QPalette:
    """White on black with a yellow selection and cyan links (like Windows "High Contrast
    Black"); disabled text stays readable (grey 7:1)."""
    pal = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#000000", QPalette.ColorRole.WindowText: "#ffffff",
        QPalette.ColorRole.Base: "#000000", QPalette.ColorRole.AlternateBase: "#1a1a1a",
        QPalette.ColorRole.Text: "#ffffff", QPalette.ColorRole.Button: "#000000",
        QPalette.ColorRole.ButtonText: "#ffffff", QPalette.ColorRole.Highlight: "#ffff00",
        QPalette.ColorRole.HighlightedText: "#000000", QPalette.ColorRole.Link: "#00ffff",
        QPalette.ColorRole.LinkVisited: "#ff80ff", QPalette.ColorRole.ToolTipBase: "#000000",
        QPalette.ColorRole.ToolTipText: "#ffffff", QPalette.ColorRole.PlaceholderText: "#c0c0c0",
        QPalette.ColorRole.BrightText: "#ffff00", QPalette.ColorRole.Light: "#ffffff",
        QPalette.ColorRole.Midlight: "#c0c0c0", QPalette.ColorRole.Mid: "#ffffff",
        QPalette.ColorRole.Dark: "#ffffff", QPalette.ColorRole.Shadow: "#ffffff",
    }
    for role, colour in colours.items():
        pal.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor("#a0a0a0"))
    return pal


@dataclass
class AppLook:
    """What :func:`apply_app_look` did: ``high_contrast`` (our palette is in use),
    ``system_high_contrast`` (the OS theme is kept), ``palette`` (the one installed)."""

    high_contrast: bool
    system_high_contrast: bool
    palette: QPalette


def apply_app_look(app: QGuiApplication, *, high_contrast: bool,
                   system_high_contrast: bool, style_palette: QPalette | None = None) -> AppLook:
    """Install the application palette for the standard windows.

    ``style_palette`` is the style's own palette (default: ``app.style().standardPalette()``
    for widget apps, else the current one). With the OS in a high-contrast theme its palette is
    kept untouched; otherwise the agent's ``high_contrast`` setting selects
    :func:`high_contrast_palette`, and the normal palette is :func:`repaired_palette`. Under
    Fusion, control edges are redrawn at 3:1 (:mod:`companion.ui.outline_style`).
    """
    from companion.ui.outline_style import use_strong_outlines

    use_strong_outlines(app)
    if style_palette is None:
        style = getattr(app, "style", None)
        style_palette = style().standardPalette() if callable(style) else app.palette()
    if system_high_contrast:
        palette = QPalette(app.palette())
    elif high_contrast:
        palette = high_contrast_palette()
    else:
        palette = repaired_palette(style_palette)
    app.setPalette(palette)
    return AppLook(high_contrast and not system_high_contrast, system_high_contrast, palette)


def error_color(palette: QPalette | None = None) -> str:
    """A red for one-line error messages that passes AA on the window colour of ``palette``
    (the application's by default): dark red on light windows, light red on dark ones."""
    pal = palette or QGuiApplication.palette()
    window = _rgba(pal.color(QPalette.ColorRole.Window))
    return adjust_for_contrast("#b00020" if contrast_ratio("#b00020", window) >= TEXT_MIN
                               else "#ff8a80", window, TEXT_MIN + 0.05)


def muted_text_color(palette: QPalette | None = None) -> str:
    """A quieter text colour for captions that still passes AA on the window colour of
    ``palette`` (the application's by default): the text colour a third of the way to the
    window colour, darkened or lightened back to 4.5:1 where needed."""
    pal = palette or QGuiApplication.palette()
    text = _rgba(pal.color(QPalette.ColorRole.WindowText))
    window = _rgba(pal.color(QPalette.ColorRole.Window))
    mixed = tuple(t * 0.65 + w * 0.35 for t, w in zip(text[:3], window[:3], strict=True))
    return adjust_for_contrast((mixed[0], mixed[1], mixed[2], 1.0), window, TEXT_MIN + 0.3)
