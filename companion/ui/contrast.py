"""Colour contrast as WCAG 2.2 measures it, and a reader for the colours in a Qt style sheet.

Pure functions (no Qt), used by :mod:`companion.ui.theme` to keep Companion's palettes legible
and by the tests that fail CI when a style sheet or palette drops below WCAG 2.2 AA:

* text: contrast ratio >= 4.5 (>= 3.0 for large text: 18 pt, or 14 pt bold) — SC 1.4.3;
* borders of controls, focus indicators and meaningful graphics: >= 3.0 — SC 1.4.11.

Colours are ``(r, g, b, a)`` tuples with r, g, b in 0-255 and a in 0-1. A translucent colour
is measured after blending it over what is behind it (:func:`over`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: A colour: red, green, blue 0-255 and alpha 0-1.
RGBA = tuple[float, float, float, float]

#: WCAG 2.2 AA minimum ratios.
TEXT_MIN = 4.5
LARGE_TEXT_MIN = 3.0
NON_TEXT_MIN = 3.0

#: The few colour names our style sheets use.
NAMED: dict[str, RGBA] = {
    "white": (255.0, 255.0, 255.0, 1.0),
    "black": (0.0, 0.0, 0.0, 1.0),
    "transparent": (0.0, 0.0, 0.0, 0.0),
}

_FUNC = re.compile(r"^(rgba?)\(\s*([^)]*)\)$")


def parse_color(text: str) -> RGBA:
    """``#rgb``, ``#rrggbb``, ``#aarrggbb`` (Qt's order), ``rgb(r, g, b)``,
    ``rgba(r, g, b, a)`` (a 0-255 as in Qt style sheets, or 0-1 when written with a point)
    or a name from :data:`NAMED`.

    Raises
    ------
    ValueError
        Anything else.
    """
    s = text.strip().lower()
    if s in NAMED:
        return NAMED[s]
    if s.startswith("#"):
        digits = s[1:]
        if len(digits) == 3:
            digits = "".join(ch * 2 for ch in digits)
        if len(digits) == 6:
            r, g, b = (int(digits[i:i + 2], 16) for i in (0, 2, 4))
            return float(r), float(g), float(b), 1.0
        if len(digits) == 8:
            a, r, g, b = (int(digits[i:i + 2], 16) for i in (0, 2, 4, 6))
            return float(r), float(g), float(b), a / 255.0
    match = _FUNC.match(s)
    if match:
        parts = [p.strip() for p in match.group(2).split(",")]
        if len(parts) in (3, 4):
            red, green, blue = (float(p) for p in parts[:3])
            alpha = 1.0
            if len(parts) == 4:
                alpha = float(parts[3]) if "." in parts[3] else float(parts[3]) / 255.0
            return red, green, blue, min(max(alpha, 0.0), 1.0)
    raise ValueError(f"not a colour: {text!r}")


def as_rgba(color: str | RGBA) -> RGBA:
    """``color`` parsed when it is text."""
    return parse_color(color) if isinstance(color, str) else color


def over(fg: str | RGBA, bg: str | RGBA) -> RGBA:
    """``fg`` painted over ``bg`` (source-over blending; the result is as opaque as ``bg``
    and ``fg`` together)."""
    f, b = as_rgba(fg), as_rgba(bg)
    fa, ba = f[3], b[3]
    out_a = fa + ba * (1.0 - fa)
    if out_a <= 0:
        return 0.0, 0.0, 0.0, 0.0
    rgb = [(f[i] * fa + b[i] * ba * (1.0 - fa)) / out_a for i in range(3)]
    return rgb[0], rgb[1], rgb[2], out_a


def relative_luminance(color: str | RGBA) -> float:
    """WCAG relative luminance (0 = black, 1 = white) of the colour's RGB (alpha ignored)."""
    c = as_rgba(color)

    def channel(v: float) -> float:
        s = v / 255.0
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c[0]) + 0.7152 * channel(c[1]) + 0.0722 * channel(c[2])


def contrast_ratio(fg: str | RGBA, bg: str | RGBA, *, behind: str | RGBA = "black") -> float:
    """Contrast ratio (1-21) of ``fg`` on ``bg``. A translucent ``bg`` is first blended over
    ``behind`` (what shows through it), then a translucent ``fg`` over that."""
    back = over(bg, behind)
    front = over(fg, back)
    la, lb = relative_luminance(front), relative_luminance(back)
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


def to_hex(color: str | RGBA) -> str:
    """``#rrggbb`` of the colour's RGB (alpha dropped)."""
    c = as_rgba(color)
    return "#" + "".join(f"{round(min(max(v, 0.0), 255.0)):02x}" for v in c[:3])


def adjust_for_contrast(fg: str | RGBA, bg: str | RGBA, minimum: float) -> str:
    """``fg`` as ``#rrggbb``, made darker (on a light ``bg``) or lighter (on a dark one) in
    small steps until it reaches ``minimum`` against ``bg``; unchanged when it already does."""
    f = over(fg, bg)
    target = 0.0 if relative_luminance(bg) > 0.18 else 255.0
    for step in range(0, 41):
        k = step / 40.0
        candidate = tuple(f[i] + (target - f[i]) * k for i in range(3)) + (1.0,)
        if contrast_ratio(candidate, bg) >= minimum:  # type: ignore[arg-type]
            return to_hex(candidate)  # type: ignore[arg-type]
    return to_hex((target, target, target, 1.0))


def qss_rules(qss: str) -> dict[str, dict[str, str]]:
    """The declarations of a (simple) Qt style sheet by selector: ``{"QLabel#title":
    {"color": "#1d2b27", ...}}``. Selectors separated by commas each get the declarations;
    a selector that appears twice has its declarations merged (later ones win)."""
    text = re.sub(r"/\*.*?\*/", "", qss, flags=re.S)
    rules: dict[str, dict[str, str]] = {}
    for block in text.split("}"):
        if "{" not in block:
            continue
        head, body = block.split("{", 1)
        decls: dict[str, str] = {}
        for part in body.split(";"):
            if ":" in part:
                key, value = part.split(":", 1)
                decls[key.strip().lower()] = value.strip()
        for selector in head.split(","):
            name = " ".join(selector.split())
            if name:
                rules.setdefault(name, {}).update(decls)
    return rules


def border_color(declarations: dict[str, str], side: str = "") -> str | None:
    """The colour of a ``border`` (or ``border-<side>``) declaration such as
    ``1px solid #7f8c87``; None when there is none (or ``border: none``)."""
    value = declarations.get(f"border-{side}" if side else "border")
    if value is None and side:
        value = declarations.get("border")
    if value is None or value.strip() in ("none", "0", "0px"):
        return None
    match = re.search(r"(#[0-9a-fA-F]{3,8}|rgba?\([^)]*\)|\b(?:white|black)\b)", value)
    return match.group(1) if match else None


@dataclass(frozen=True)
class ContrastCheck:
    """One measured pair: ``what`` (e.g. "title text") on ``surface`` in ``mode``."""

    surface: str
    mode: str
    what: str
    fg: str
    bg: str
    minimum: float
    behind: str = "black"

    @property
    def ratio(self) -> float:
        """The measured contrast ratio."""
        return contrast_ratio(self.fg, self.bg, behind=self.behind)

    @property
    def ok(self) -> bool:
        """True when the ratio meets the minimum."""
        return self.ratio + 1e-9 >= self.minimum

    def row(self) -> str:
        """A Markdown table row: surface, mode, what, colours, ratio, minimum, verdict."""
        verdict = "pass" if self.ok else "**FAIL**"
        back = over(self.bg, self.behind)
        front = to_hex(over(self.fg, back))
        return (f"| {self.surface} | {self.mode} | {self.what} | `{front}` on `{to_hex(back)}` "
                f"| {self.ratio:.1f}:1 | {self.minimum:g}:1 | {verdict} |")
