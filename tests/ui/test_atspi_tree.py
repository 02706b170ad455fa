"""What a screen reader sees, end to end: Companion's windows under Xvfb with the AT-SPI bus
(what Orca reads on Linux; Narrator/NVDA and VoiceOver read the same Qt interfaces), walked
with pyatspi from the system interpreter. Roles, names, text, focusable/showing/focused
states, and the events a reader acts on: the offer's assertive announcement, focus moving to
its first answer after "Respond to the offer…", the guide's polite phase announcements and
its status text, and the card read out when it opens."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from tests.helpers.atspi import SYSTEM_PYTHON, AccessibilitySession, missing_tools

HERE = Path(__file__).resolve().parent
pytestmark = [pytest.mark.xvfb, pytest.mark.slow]


def find(node: dict, role: str, name: str | None = None) -> list[dict]:
    """Every object below ``node`` with ``role`` (and ``name``)."""
    found = []
    if node.get("role") == role and (name is None or node.get("name") == name):
        found.append(node)
    for child in node.get("children", []):
        found += find(child, role, name)
    return found


def window(tree: dict, role: str, name: str) -> dict:
    hits = [w for w in tree["children"] if w["role"] == role and w["name"] == name]
    assert len(hits) == 1, [(w["role"], w["name"]) for w in tree["children"]]
    return hits[0]


@pytest.fixture(scope="module")
def session(tmp_path_factory):
    problem = missing_tools()
    if problem:
        pytest.skip(problem)
    with AccessibilitySession() as s:
        app = s.spawn([sys.executable, str(HERE / "atspi_app.py"),
                       str(tmp_path_factory.mktemp("decks"))])
        assert app.read_line() == "ready"
        walker = s.spawn([str(SYSTEM_PYTHON), str(HERE / "atspi_walker.py"), "Companion"])
        assert walker.read_line(60) == "ready", walker.stderr_tail()
        yield app, walker


def ask_event(walker, kind: str, text: str) -> dict:
    event = json.loads(walker.ask(f"wait {kind} {text}"))
    assert event is not None, f"no {kind} event with {text!r}"
    return event


def test_offer_is_an_alert_that_is_announced_and_reachable(session) -> None:
    app, walker = session
    assert app.ask("offer") == "offered"
    said = ask_event(walker, "announcement", "A minute for yourself?")
    assert said["role"] == "alert" and said["detail1"] == 2, "assertive"
    assert "Respond to the offer" in said["data"]
    tree = json.loads(walker.ask("dump"))
    alert = window(tree, "alert", "A minute for yourself?")
    assert "showing" in alert["states"]
    # Hidden answers ("Take a break" is only shown after three tense calls in a row) stay in
    # Qt's tree without "showing"; a screen reader skips them.
    buttons = {b["name"]: b for b in find(alert, "push button") if "showing" in b["states"]}
    assert list(buttons) == ["Breathe (60 s)", "A card", "Not now", "Snooze offers for 30 min"]
    assert all("focusable" in b["states"] and "showing" in b["states"]
               for b in buttons.values())
    assert not any("focused" in b["states"] for b in buttons.values()), \
        "the offer does not take the keyboard by itself"
    labels = [label["name"] for label in find(alert, "label")]
    assert labels == ["A minute for yourself?",
                      "A short breather or a card, before the next call."]

    assert app.ask("respond") == "responded breatheButton"
    focused = ask_event(walker, "state-changed:focused", "Breathe (60 s)")
    assert focused["detail1"] == 1 and focused["role"] == "push button"
    assert app.ask("answer") == "answered not_now"


def test_breathing_guide_speaks_its_phases(session) -> None:
    app, walker = session
    assert app.ask("guide") == "guide"
    assert app.ask("at 4.5") == "at Hold"
    said = ask_event(walker, "announcement", "Hold, 4 second")
    assert said["detail1"] == 1, "polite"
    assert said["name"] == "Breathing guide: Box breathing"
    focused = ask_event(walker, "state-changed:focused", "Breathing guide")
    assert focused["detail1"] == 1, "opened by the agent: it has the keyboard (Esc works)"
    tree = json.loads(walker.ask("dump"))
    guide = window(tree, "dialog", "Breathing guide: Box breathing")
    status = find(guide, "status bar")
    assert len(status) == 1 and status[0]["name"].startswith("Hold, 4. Breath 1 of 4")
    assert "showing" in status[0]["states"]
    stop = find(guide, "push button", "Stop (Esc)")
    assert stop and "focusable" in stop[0]["states"]


def test_cue_card_is_read_and_has_the_keyboard(session) -> None:
    app, walker = session
    assert app.ask("card") == "card Lower and slower"
    said = ask_event(walker, "announcement", "Drop your voice")
    assert said["data"] == "Lower and slower. Drop your voice a little and slow down."
    ask_event(walker, "state-changed:focused", "Another card")
    tree = json.loads(walker.ask("dump"))
    card = window(tree, "dialog", "Lower and slower")
    names = [b["name"] for b in find(card, "push button") + find(card, "check box")
             if "showing" in b["states"]]
    assert set(names) == {"Another card", "Helpful", "Pin", "Hide this card", "Close"}
    assert [label["name"] for label in find(card, "label") if label["name"]][:2] == [
        "Lower and slower", "Drop your voice a little and slow down."]


def test_welcome_window_reads_as_a_dialog(session) -> None:
    app, walker = session
    assert app.ask("welcome") == "welcome"
    ask_event(walker, "state-changed:showing", "Welcome to Companion")
    tree = json.loads(walker.ask("dump"))
    welcome = window(tree, "dialog", "Welcome to Companion")
    statuses = [s["name"] for s in find(welcome, "status bar")]
    assert statuses == ["Opening the microphone…", "Learning your calm voice — 0:00 of 3:00"]
    assert find(welcome, "combo box"), "the microphone chooser"
    focusable = [n for n in find(welcome, "push button") if "focusable" in n["states"]]
    assert [b["name"] for b in focusable] == ["See what is kept: Your data",
                                              "Recalibrate (new headset)…", "Done"]
    unnamed = [n for n in find(welcome, "filler")
               if "focusable" in n["states"] and not n["name"]]
    assert not unnamed, "no nameless stop for the Tab key"
