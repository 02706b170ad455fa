"""Nothing lost at the end of a session, and every offer stored, answered or not (items 5
and 6 of the hardening issue): the controller and shell on a real store."""

from __future__ import annotations

import pytest
from test_ui_session_wiring import Rig

from companion.session import CallSignal


@pytest.fixture
def rig(tmp_path, qtbot):
    r = Rig(tmp_path)
    qtbot.addWidget(r.prompt)
    yield r
    r.close()


def tense_call_then_offer(rig: Rig) -> None:
    rig.tense(45, 90.0)
    rig.feed(25, False, None)
    assert rig.prompt.isVisible()


def test_offer_hidden_by_the_next_call_is_stored_as_not_answered(rig: Rig) -> None:
    """Regression: a prompt hidden because the next call started recorded nothing."""
    tense_call_then_offer(rig)
    rig.controller.mark_call_start(CallSignal.MANUAL)
    assert not rig.prompt.isVisible()
    (offer,) = rig.store.interventions()
    (call,) = rig.store.calls()
    assert offer.outcome == "offered" and offer.call_id == call.id
    assert offer.arousal_before == pytest.approx(90.0) and offer.kind == "breathing"
    rig.feed(25, True, 60.0)   # the next call: "arousal after" reaches the unanswered offer
    assert rig.store.interventions()[0].arousal_after == pytest.approx(60.0)


def test_every_offer_of_a_long_shift_is_stored(rig: Rig) -> None:
    """Regression: an 8-hour demo gave 34 tense calls and 0 intervention rows."""
    rig.policy.update_settings(rig.policy.settings.replace(prompt_min_gap_min=0,
                                                           prompt_max_per_hour=20))
    for _ in range(6):
        rig.tense(45, 90.0)
        rig.feed(25, False, None)
        rig.feed(100, False, None)    # wrap-up ends; the prompt waits, unanswered
        rig.feed(6, True, 55.0)       # the next call starts and hides it
    assert len(rig.offers) == 6
    assert [r.outcome for r in rig.store.interventions()] == ["offered"] * 6


def test_prompt_timing_out_is_no_answer_and_a_card_is_counted(rig: Rig) -> None:
    tense_call_then_offer(rig)
    rig.prompt._timer.timeout.emit()          # auto-hidden after its time on screen
    rig.prompt.offer(rig.offers[0])
    rig.prompt.buttons["card"].click()
    rig.controller.mark_call_start(CallSignal.MANUAL)  # nothing left on screen to store
    records = rig.store.interventions()
    assert [(r.kind, r.outcome) for r in records] == [("breathing", "offered"),
                                                       ("card", "accepted")]
    assert records[1].item_id == "after_tense"


def test_end_of_session_mid_call_keeps_the_call_cut_short(rig: Rig) -> None:
    """Regression: a clean quit (or a signal) in the middle of a call wrote no row."""
    rig.feed(10, True, 60.0)
    assert rig.controller.in_call
    rig.shell.end_session()
    (call,) = rig.store.calls()
    assert call.cut_short and call.end is not None and call.arousal_mean == pytest.approx(60.0)
    assert rig.store.minutes(), "the current minute is flushed"
    rig.feed(30, True, 80.0)    # nothing is stored after the end (late engine updates)
    assert len(rig.store.calls()) == 1 and rig.offers == []
    rig.shell.end_session()     # idempotent
    assert len(rig.store.calls()) == 1


def test_end_of_session_with_an_offer_on_screen_stores_it(rig: Rig) -> None:
    tense_call_then_offer(rig)
    rig.shell.end_session()
    assert [r.outcome for r in rig.store.interventions()] == ["offered"]
    assert not rig.prompt.isVisible()


def test_checkpoint_then_the_session_goes_on(rig: Rig) -> None:
    """Sign-out asked applications to save, then was cancelled: the provisional rows become
    the real ones, never duplicates."""
    rig.feed(10, True, 60.0)
    rig.shell.checkpoint()
    (provisional,) = rig.store.calls()
    assert provisional.cut_short
    rig.feed(25, False, None)             # the call ends normally after all
    (call,) = rig.store.calls()
    assert call.id == provisional.id and not call.cut_short and call.end > provisional.end

    rig.feed(100, False, None)
    tense_call_then_offer(rig)
    rig.shell.checkpoint()
    assert [r.outcome for r in rig.store.interventions()] == ["offered"]
    rig.prompt.buttons["not_now"].click()
    assert [r.outcome for r in rig.store.interventions()] == ["skipped"]


def test_checkpointed_offer_then_breathing_leaves_no_duplicate(rig: Rig) -> None:
    tense_call_then_offer(rig)
    rig.shell.checkpoint()
    rig.prompt.buttons["breathe"].click()   # the breathing guide records its own row
    assert rig.store.interventions() == []
