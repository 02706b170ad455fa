"""Render the deck and card screenshots of docs/decks.md under Xvfb.

Run by hand (not collected by pytest)::

    .venv/bin/python scripts/make_deck_screenshots.py

Starts ``Xvfb :96`` (stopped again by PID) and grabs each window with ``QWidget.grab``:
the deck editor (a deck, and a deck with problems), ``deck try``, the first card after a
tense call, the support card, a marked card, high contrast, the breathing guide after
"worse" and the break suggestion. Needs: xvfb.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
DISPLAY = ":96"

TEAM = '''# North team cues. Check with: companion deck validate team-north.toml

[deck]
id = "team-north"
title = "North team cues"
version = 3
author = "Sam Okafor (team lead)"
locale = "en-GB"

# Who to turn to after a hard call.
[support]
body = "Sam (team lead): ext. 2040. Staff support line, free and private, any hour: 0800 000 000."

[[changelog]]
version = 3
changes = "After a tense call the cards now look after you first."

[[cards]]
id = "slow-exhale"
title = "Breathe out longer"
body = "In for four, out for six. Five rounds, about a minute."
tags = ["recovery", "breathing"]
when = ["after_tense", "between_calls"]

[[cards]]
id = "this-was-a-hard-one"
title = "This was a hard one"
body = "That call took a lot. Talk it over with Sam or a colleague before the end of the day."
tags = ["recovery", "support"]
when = ["after_tense"]

# Sam: keep this one for the billing queue.
[[cards]]
id = "refund-next-step"
title = "Say when the refund lands"
body = "Give the date the refund will show, not just \\"soon\\". A clear date calms people."
tags = ["positive-language", "time", "trust"]
when = ["between_calls"]
weight = 2
'''


def main() -> int:
    xvfb = subprocess.Popen(["Xvfb", DISPLAY, "-screen", "0", "1400x900x24", "-nolisten",
                             "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(1.0)
        os.environ["DISPLAY"] = DISPLAY
        os.environ["QT_QPA_PLATFORM"] = "xcb"
        with tempfile.TemporaryDirectory() as tmp:
            for name in ("DATA", "CONFIG", "SITE_CONFIG", "SITE_DATA"):
                os.environ[f"COMPANION_{name}_DIR"] = str(Path(tmp) / name.lower())
            shoot(Path(tmp))
    finally:
        xvfb.terminate()
        xvfb.wait(timeout=10)
    return 0


def settle(app: object, seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.02)


def save(widget: object, name: str, app: object) -> None:
    settle(app)
    image = widget.grab()  # type: ignore[attr-defined]
    image.save(str(OUT / name))
    print("wrote", OUT / name, image.width(), "x", image.height())


def shoot(tmp: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from companion.content import load_deck_file
    from companion.content.library import load_default_decks
    from companion.paths import resource_dir
    from companion.session import Offer
    from companion.ui.breathing_overlay import BreathingOverlay
    from companion.ui.card_window import CardDeck, CardWindow
    from companion.ui.deck_editor import DeckEditor
    from companion.ui.deck_try import TryCardWindow
    from companion.ui.prompt import PromptWindow

    app = QApplication([sys.argv[0]])
    team = tmp / "team-north.toml"
    team.write_text(TEAM, encoding="utf-8")

    editor = DeckEditor(team, confirm=lambda _q: "discard")
    editor.show()
    editor.card_list.setCurrentRow(1)
    save(editor, "editor-deck.png", app)
    editor.card_list.setCurrentRow(2)
    editor.card_tags.setText("positive-language, empathie")
    editor.when_boxes["after_tense"].setChecked(True)
    editor._card_edited()
    editor.card_list.setCurrentRow(0)
    editor.card_id.setText("Slow Exhale")
    editor._card_edited()
    editor.validate_now()
    editor.card_list.setCurrentRow(2)
    save(editor, "editor-problems.png", app)
    editor.close()

    tried = TryCardWindow(load_deck_file(team))
    tried.start()
    save(tried, "deck-try.png", app)
    tried.dismiss()

    library = load_default_decks()
    deck = CardDeck(library, rng=random.Random(3))
    window = CardWindow(deck)
    window.show_for("after_tense")
    save(window, "card-after-tense.png", app)
    window.show_card(library.card("default/this-was-a-hard-one"))
    save(window, "card-support.png", app)
    window.show_for("between_calls")
    window.toggle_helpful()
    save(window, "card-marked-helpful.png", app)
    window.set_high_contrast(True)
    window.show_for("start_of_shift")
    save(window, "card-high-contrast.png", app)
    window.dismiss()

    patterns = {p.stem: p for p in resource_dir("breathing_patterns").glob("*.toml")}
    from companion.content import load_pattern_file

    clock = [0.0]
    overlay = BreathingOverlay(load_pattern_file(patterns["quick-reset"]),
                               clock=lambda: clock[0])
    overlay.start()
    clock[0] = 60.0
    overlay.tick()
    overlay.give_feeling("worse")
    save(overlay, "breathing-worse.png", app)
    overlay.close()

    prompt = PromptWindow()
    prompt.offer(Offer("tense_run", "after_tense", ("break", "breathe", "not_now"), 0.0))
    save(prompt, "prompt-break.png", app)
    prompt.withdraw()
    library_unused = library  # keep alive until the end
    del library_unused


if __name__ == "__main__":
    sys.exit(main())
