"""The between-call prompt with the keyboard and a screen reader: it appears without taking
focus, tells assistive technology at once, and is answered with real key presses once the
agent reaches it through the tray menu ("Respond to the offer…")."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QEvent, QPointF, QRect, Qt
from PySide6.QtGui import QAccessible, QEnterEvent
from PySide6.QtWidgets import QApplication

from companion.session import Offer
from companion.ui.prompt import CHOICES, PROMPT_FLAGS, PromptWindow, offer_text

TENSE = Offer(reason="tense_call", moment="after_tense",
              choices=("breathe", "card", "not_now"), offered_at=0.0)
STREAK = Offer(reason="tense_streak", moment="after_tense",
               choices=("breathe", "card", "not_now"), offered_at=0.0)


def shown_prompt(qtbot, **kwargs) -> PromptWindow:
    prompt = PromptWindow(**kwargs)
    qtbot.addWidget(prompt)
    prompt.offer(TENSE, QRect(1000, 0, 24, 24))
    qtbot.waitExposed(prompt)
    return prompt


def test_appears_without_taking_focus_but_every_answer_is_focusable(qtbot) -> None:
    prompt = PromptWindow()
    qtbot.addWidget(prompt)
    assert prompt.windowFlags() & PROMPT_FLAGS == PROMPT_FLAGS
    assert prompt.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert not prompt.isModal()
    for key in CHOICES:
        assert prompt.buttons[key].focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert prompt.buttons["breathe"].isDefault()


def test_text_buttons_and_auto_hide_when_ignored(qtbot) -> None:
    prompt = shown_prompt(qtbot, auto_hide_s=0.2)
    assert prompt.buttons["breathe"].text() == "&Breathe (60 s)"
    assert prompt.buttons["card"].text() == "A &card"
    assert prompt.buttons["not_now"].text() == "&Not now"
    assert prompt.buttons["snooze"].text() == "&Snooze offers for 30 min"
    assert prompt.title.text() == offer_text(TENSE)[0]
    with qtbot.waitSignal(prompt.chosen, timeout=3000) as blocker:
        pass
    assert blocker.args == ["dismissed"]
    assert not prompt.isVisible()


def test_discreet_wording_never_names_the_call(qtbot) -> None:
    for offer in (TENSE, STREAK):
        title, text = offer_text(offer)            # discreet is the default
        assert "tense" not in f"{title} {text}".lower()
        assert "tough" not in f"{title} {text}".lower()
        assert title == "A minute for yourself?"
    assert offer_text(TENSE, discreet=False)[0] == "That call sounded tense"
    assert offer_text(STREAK, discreet=False)[0] == "A run of tough calls"
    prompt = shown_prompt(qtbot, discreet=False)
    assert prompt.title.text() == "That call sounded tense"


def test_offer_raises_an_alert_and_an_assertive_announcement(qtbot, a11y_events) -> None:
    prompt = shown_prompt(qtbot)
    iface = QAccessible.queryAccessibleInterface(prompt)
    assert iface.role() == QAccessible.Role.AlertMessage
    assert iface.text(QAccessible.Text.Name) == "A minute for yourself?"
    assert "Respond to the offer" in iface.text(QAccessible.Text.Description)
    alerts = a11y_events.of(QAccessible.Event.Alert)
    assert [e.object_name for e in alerts] == ["promptWindow"]
    said = a11y_events.of(QAccessible.Event.Announcement)
    assert len(said) == 1 and said[0].assertive
    assert said[0].message.startswith("A minute for yourself?")
    assert "tray menu" in said[0].message and "Respond to the offer" in said[0].message


def test_keyboard_user_reaches_and_answers_with_tab_and_enter(qtbot) -> None:
    prompt = shown_prompt(qtbot, auto_hide_s=0.05)
    assert prompt.activate_for_keyboard()
    qtbot.waitUntil(prompt.isActiveWindow, timeout=3000)
    assert QApplication.focusWidget() is prompt.buttons["breathe"]
    assert not prompt._timer.isActive(), "an engaged prompt waits for its answer"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is prompt.buttons["card"]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is prompt.buttons["not_now"]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is prompt.buttons["snooze"]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is prompt.buttons["card"]
    assert not prompt._timer.isActive()
    with qtbot.waitSignal(prompt.chosen, timeout=2000) as blocker:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert blocker.args == ["card"]
    assert not prompt.isVisible()
    assert prompt.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus, \
        "the next offer again appears without taking focus"


@pytest.mark.parametrize(("key", "modifier", "answer"), [
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier, "not_now"),
    (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "breathe"),
    (Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier, "snooze"),
    (Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier, "not_now"),
])
def test_escape_enter_and_mnemonics_answer(qtbot, key, modifier, answer) -> None:
    # A fresh prompt per case: the offscreen platform keeps a hidden window as its focus
    # window, so a re-shown one cannot be activated there (Xvfb: test_atspi_tree.py).
    prompt = shown_prompt(qtbot)
    prompt.activate_for_keyboard()
    qtbot.waitUntil(prompt.isActiveWindow, timeout=3000)
    with qtbot.waitSignal(prompt.chosen, timeout=2000) as blocker:
        qtbot.keyClick(QApplication.focusWidget(), key, modifier)
    assert blocker.args == [answer]


def test_pointer_on_the_prompt_pauses_the_countdown(qtbot) -> None:
    prompt = shown_prompt(qtbot, auto_hide_s=30)
    assert prompt._timer.isActive()
    centre = QPointF(prompt.rect().center())
    QApplication.sendEvent(prompt, QEnterEvent(centre, centre, QPointF(prompt.mapToGlobal(
        prompt.rect().center()))))
    assert not prompt._timer.isActive()
    QApplication.sendEvent(prompt, QEvent(QEvent.Type.Leave))
    assert prompt._timer.isActive(), "the countdown starts again when the pointer leaves"


def test_nothing_to_respond_to_without_an_offer(qtbot) -> None:
    prompt = PromptWindow()
    qtbot.addWidget(prompt)
    assert not prompt.activate_for_keyboard()
    prompt.offer(TENSE)
    prompt.withdraw()
    assert not prompt.activate_for_keyboard()


def test_high_contrast_changes_the_style_sheet(qtbot) -> None:
    prompt = PromptWindow()
    qtbot.addWidget(prompt)
    normal = prompt.styleSheet()
    prompt.set_high_contrast(True)
    assert prompt.styleSheet() != normal and "#000000" in prompt.styleSheet()
    units = re.findall(r"font-size:\s*[\d.]+(\w+)", normal)
    assert units and set(units) == {"pt"}, "font sizes are in points (the OS text size applies)"
