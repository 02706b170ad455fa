"""Screenshots for docs/languages.md: every window in German and Spanish (or any language).

Run by hand (not collected by pytest)::

    .venv/bin/python scripts/make_i18n_screenshots.py            # de and es
    .venv/bin/python scripts/make_i18n_screenshots.py fr pt-BR   # others

Each language runs in its own offscreen process (a translator is process-wide) with the
windows of ``tests/ui/layout_audit.py``: built, shown, checked for clipped text (a problem is
printed and fails the run) and painted with ``QWidget.grab()``. Writes
``docs/screenshots/i18n/<lang>/<window>.png`` (made small with ``pngquant`` when it is
installed: ``apt-get install pngquant``) and the table of them in ``docs/languages.md``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots" / "i18n"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "ui"))     # layout_audit

DOC = ROOT / "docs" / "languages.md"
START, END = "<!-- i18n-screenshots:start -->", "<!-- i18n-screenshots:end -->"
#: The windows shown in docs/languages.md: (name in layout_audit.WINDOWS, caption).
SHOWN = (("tray-menu", "Tray menu"), ("welcome", "Welcome and calibration"),
         ("offer", "Offer after a call"), ("offer-break", "Offer after hard calls"),
         ("card", "Cue card"), ("card-undo", "Card hidden, with Undo"),
         ("guide", "Breathing guide"), ("guide-done", "After breathing"),
         ("guide-worse", "When it did not help"), ("dashboard", "Dashboard"),
         ("settings", "Settings"), ("about", "About"), ("my-cards", "What helps me"),
         ("feedback", "Share card feedback"), ("deck-editor", "Deck editor (supervisors)"),
         ("fallback", "Window without a tray"))


def shoot(lang: str) -> int:
    """Grab every window of :data:`SHOWN` in ``lang`` (in this process); the problems."""
    import layout_audit as audit
    from PySide6.QtWidgets import QApplication

    from companion.ui.application import gui_application
    from companion.ui.theme import apply_app_look

    audit.ensure_translations()
    app = gui_application("Companion", language="en")
    apply_app_look(app, high_contrast=False, system_high_contrast=False)
    audit.install_language(app, lang)
    folder = OUT / lang
    folder.mkdir(parents=True, exist_ok=True)
    problems = 0
    builders = dict(audit.WINDOWS)
    for name, _ in SHOWN:
        window = builders[name]()
        try:
            audit.show(window)
            for problem in audit.clipping_problems(window):
                print(f"{lang} {name}: {problem}", file=sys.stderr)
                problems += 1
            window.repaint()
            QApplication.processEvents()
            path = folder / f"{name}.png"
            window.grab().save(str(path))
            print(path.relative_to(ROOT))
        finally:
            audit.close(window)
    return problems


def shrink(folder: Path) -> None:
    """Quantise the PNGs in ``folder`` to 256 colours (pngquant), when it is installed."""
    pngquant = shutil.which("pngquant")
    if pngquant is None:
        print("pngquant not found: PNGs left as they are", file=sys.stderr)
        return
    files = [str(p) for p in sorted(folder.glob("*.png"))]
    subprocess.run([pngquant, "--force", "--skip-if-larger", "--strip", "--ext", ".png",
                    "--quality", "70-95", *files], check=False)


def write_gallery(langs: list[str]) -> None:
    """A table of the screenshots (a row per window, a column per language) between the
    markers of docs/languages.md."""
    from companion.languages import LANGUAGE_NAMES

    head = "| Window | " + " | ".join(LANGUAGE_NAMES.get(lang, lang) for lang in langs) + " |"
    rows = [head, "|---" * (len(langs) + 1) + "|"]
    for name, caption in SHOWN:
        cells = [f"![{caption} ({lang})](screenshots/i18n/{lang}/{name}.png)"
                 for lang in langs]
        rows.append(f"| {caption} | " + " | ".join(cells) + " |")
    text = DOC.read_text(encoding="utf-8")
    before, rest = text.split(START, 1)
    _, after = rest.split(END, 1)
    DOC.write_text(before + START + "\n\n" + "\n".join(rows) + "\n\n" + END + after,
                   encoding="utf-8")


def main(argv: list[str]) -> int:
    """Shoot each language in its own process; non-zero when any text was clipped."""
    if argv[:1] == ["--child"]:
        return 1 if shoot(argv[1]) else 0
    failed = False
    langs = argv or ["de", "es"]
    for lang in langs:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        done = subprocess.run([sys.executable, __file__, "--child", lang], env=env,
                              check=False)
        failed |= done.returncode != 0
        shrink(OUT / lang)
    write_gallery(langs)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
