"""Session wiring: engine updates -> call state -> store -> policy -> prompt (never IN_CALL)."""

from __future__ import annotations

import pytest
from ui_fakes import FakeClock, FakePresence, LevelPipeline, ScriptedSource

from companion.pipeline import EpisodeEvent, LevelUpdate
from companion.session import CallSignal, CallState, CallStateMachine, InterventionPolicy
from companion.settings import Settings
from companion.store import Store
from companion.ui.actions import AppActions
from companion.ui.controller import SessionController, tray_state_for
from companion.ui.engine import Engine
from companion.ui.icons import TrayState
from companion.ui.openers import WindowOpeners
from companion.ui.prompt import PromptWindow
from companion.ui.shell import AppShell


def update(t: float, speaking: bool, arousal: float | None, dur: float = 0.5) -> LevelUpdate:
    return LevelUpdate.uniform(t, dur, speaking=speaking, arousal=arousal)


class Rig:
    """A controller + shell on real session objects, a real store and a fake clock."""

    def __init__(self, tmp_path, settings: Settings | None = None) -> None:
        self.clock = FakeClock()
        settings = settings or Settings()
        self.machine = CallStateMachine.from_settings(settings, self.clock)
        self.policy = InterventionPolicy(settings, self.clock)
        self.store = Store.open(tmp_path / "s.sqlite3", clock=self.clock)
        self.controller = SessionController(self.machine, self.policy, self.store,
                                            clock=self.clock,
                                            tense_threshold=settings.tense_threshold)
        self.presence = FakePresence()
        self.actions = AppActions()
        self.prompt = PromptWindow()
        self.openers = WindowOpeners(self.presence.show_message)
        self.engine = Engine(ScriptedSource, LevelPipeline)
        self.shell = AppShell(engine=self.engine, controller=self.controller,
                              presence=self.presence, actions=self.actions, prompt=self.prompt,
                              openers=self.openers,
                              call_command=lambda c, a: {}, quit_app=lambda: None)
        self.t = 0.0
        self.offers: list[object] = []
        self.controller.offer_ready.connect(self.offers.append)
        self.prompt_seen_in_call = False
        self.controller.offer_ready.connect(self._check)

    def _check(self, _offer: object) -> None:
        if self.controller.in_call:
            self.prompt_seen_in_call = True

    def feed(self, seconds: float, speaking: bool, arousal: float | None) -> None:
        for _ in range(int(round(seconds / 0.5))):
            self.t += 0.5
            self.clock.advance(0.5)
            self.controller.on_update(update(self.t, speaking, arousal))
            self._check_no_prompt_in_call()
            self.controller.tick()

    def episode(self, event: EpisodeEvent) -> None:
        """What the engine sends for an episode change: an update carrying it, then the
        episode signal."""
        closed = event.end_s is not None
        self.controller.on_update(LevelUpdate(
            t_s=self.t, duration_s=0.0, speaking=False, speech_runs=(), arousal=None,
            rms_dbfs=-20.0, closed=(event,) if closed else (),
            open_episode=None if closed else event))
        if closed:
            self.controller.on_episode_closed(event)
        else:
            self.controller.on_episode_opened(event)

    def tense(self, seconds: float, arousal: float) -> None:
        """Speech well above the threshold, with the episode the tracker would report."""
        start = self.t
        self.episode(EpisodeEvent(start, None, arousal))
        self.feed(seconds, True, arousal)
        self.episode(EpisodeEvent(start, self.t, arousal, last_above_s=self.t))

    def _check_no_prompt_in_call(self) -> None:
        if self.controller.in_call:
            assert not self.prompt.isVisible(), "prompt visible during a call"

    def close(self) -> None:
        self.store.close()


@pytest.fixture
def rig(tmp_path, qtbot):
    r = Rig(tmp_path)
    qtbot.addWidget(r.prompt)
    yield r
    r.close()


def test_tense_call_gives_offer_after_the_call_and_stores_it(rig: Rig) -> None:
    rig.feed(3, False, None)
    rig.feed(6, True, 55.0)
    assert rig.controller.in_call
    rig.episode(EpisodeEvent(10.0, None, 88.0))
    assert rig.presence.states[-1][0] == TrayState.TENSE
    rig.feed(40, True, 88.0)           # 40 s well above the threshold
    rig.episode(EpisodeEvent(10.0, 49.0, 88.0, last_above_s=49.0))
    assert rig.offers == [] and not rig.prompt.isVisible()
    rig.feed(25, False, None)          # silence ends the call (end_silence_s = 20)
    assert rig.controller.call_state is CallState.WRAP_UP
    assert len(rig.offers) == 1 and not rig.prompt_seen_in_call
    assert rig.prompt.isVisible()
    assert rig.offers[0].reason == "tense_call"
    calls = rig.store.calls()
    assert len(calls) == 1
    assert calls[0].arousal_peak == pytest.approx(88.0)
    assert calls[0].tense_s == pytest.approx(39.0)    # the episode, 10-49 s of stream time
    assert calls[0].source == "speech"
    assert rig.presence.states[-1][0] == TrayState.LISTENING


def test_calm_call_gives_no_offer(rig: Rig) -> None:
    rig.feed(40, True, 50.0)
    rig.feed(25, False, None)
    assert rig.controller.call_state is CallState.WRAP_UP
    assert rig.offers == [] and not rig.prompt.isVisible()
    assert len(rig.store.calls()) == 1


def test_prompt_is_withdrawn_when_a_new_call_starts(rig: Rig) -> None:
    rig.tense(45, 90.0)
    rig.feed(25, False, None)
    assert rig.prompt.isVisible()
    rig.controller.mark_call_start(CallSignal.MANUAL)
    assert rig.controller.in_call
    assert not rig.prompt.isVisible()


def test_delayed_offer_is_not_shown_during_a_call(rig: Rig) -> None:
    rig.tense(45, 90.0)
    rig.feed(25, False, None)
    offer = rig.offers[0]
    rig.prompt.withdraw()
    rig.controller.mark_call_start(CallSignal.MANUAL)
    rig.shell.on_offer(offer)            # a late delivery must not pop up in the call
    assert not rig.prompt.isVisible()


def test_prompt_choices_reach_policy_and_openers(rig: Rig) -> None:
    rig.tense(45, 90.0)
    rig.feed(25, False, None)
    rig.prompt.buttons["breathe"].click()
    assert rig.openers.opened[-1] == ("breathing", (None, 60.0))
    overlay = rig.openers.breathing_launcher().overlay
    assert overlay is not None and overlay.isVisible()
    overlay.close()
    assert rig.policy.outcomes[-1][1] == "breathe"
    assert not rig.prompt.isVisible()
    rig.prompt.offer(rig.offers[0])
    rig.prompt.buttons["snooze"].click()
    assert rig.policy.snoozed_until is not None
    assert rig.store.interventions()[-1].outcome == "snoozed"


def test_minute_aggregates_are_written(rig: Rig) -> None:
    rig.feed(130, True, 60.0)
    minutes = rig.store.minutes()
    assert len(minutes) >= 2
    full = [m for m in minutes if m.speech_s > 55]
    assert full and full[0].arousal_mean == pytest.approx(60.0)
    assert any(m.in_call for m in minutes)


def test_manual_marks_and_ipc_commands(rig: Rig) -> None:
    rig.actions.call_start.trigger()
    assert rig.controller.in_call
    assert rig.machine.status().signal == CallSignal.MANUAL
    assert rig.actions.call_end.isEnabled() and not rig.actions.call_start.isEnabled()
    rig.actions.call_end.trigger()
    assert rig.controller.call_state is CallState.WRAP_UP
    rig.shell.handle_command("breathe", {"pattern": "box", "duration_s": 90})
    assert rig.openers.opened[-1] == ("breathing", ("box", 90.0))
    rig.shell.handle_command("card", {})
    assert rig.openers.opened[-1] == ("card", ("between_calls",))
    from companion.errors import CompanionError

    with pytest.raises(CompanionError, match="unknown command"):
        rig.shell.handle_command("format-disk", {})
    with pytest.raises(CompanionError, match="duration_s must be a number"):
        rig.shell.handle_command("breathe", {"duration_s": "long"})


def test_fault_and_recovery_change_the_tray(rig: Rig) -> None:
    rig.shell.on_fault("microphone 'USB' was lost", 1.0)
    assert rig.presence.states[-1] == (TrayState.UNAVAILABLE, "microphone 'USB' was lost")
    assert rig.presence.messages[-1][0] == "Microphone unavailable"
    rig.shell.on_fault("microphone 'USB' was lost", 2.0)
    assert len(rig.presence.messages) == 1  # said once, not on every retry
    rig.shell.on_recovered("USB")
    assert rig.presence.states[-1][0] == TrayState.LISTENING


def test_tray_state_precedence() -> None:
    assert tray_state_for(paused=True, unavailable=True, in_call=True, tense=True) \
        == TrayState.PAUSED
    assert tray_state_for(paused=False, unavailable=True, in_call=True, tense=True) \
        == TrayState.UNAVAILABLE
    assert tray_state_for(paused=False, unavailable=False, in_call=True, tense=True) \
        == TrayState.TENSE
    assert tray_state_for(paused=False, unavailable=False, in_call=True, tense=False) \
        == TrayState.IN_CALL
    assert tray_state_for(paused=False, unavailable=False, in_call=False, tense=True) \
        == TrayState.LISTENING


def test_arousal_at_the_start_of_the_next_call_is_stored_on_the_offer(rig: Rig) -> None:
    from companion.store import InterventionRecord

    rig.feed(3, False, None)
    rig.feed(6, True, 55.0)
    rig.tense(40, 88.0)
    rig.feed(25, False, None)          # tense call ends -> offer
    assert len(rig.offers) == 1
    offered = rig.store.add_intervention(InterventionRecord(
        kind="breathing", item_id="resonance", offered_at=rig.clock(), outcome="completed"))
    rig.feed(100, False, None)         # wrap-up passes
    rig.feed(10, True, 60.0)           # next call: not yet 20 s of speech
    assert rig.controller.in_call
    assert rig.store.interventions()[0].arousal_after is None
    rig.feed(20, True, 60.0)
    # The prompt was still on screen when the call started: stored as not answered too.
    records = {r.outcome: r for r in rig.store.interventions()}
    assert offered and set(records) == {"completed", "offered"}
    assert all(r.arousal_after == pytest.approx(60.0) for r in records.values())


def test_declined_offers_are_stored_with_the_call_arousal(rig: Rig) -> None:
    rig.tense(45, 90.0)
    rig.feed(25, False, None)
    rig.prompt.buttons["not_now"].click()
    rig.prompt.offer(rig.offers[0])
    rig.prompt.buttons["snooze"].click()
    rig.prompt.offer(rig.offers[0])
    rig.prompt.buttons["breathe"].click()   # the breathing guide records that one itself
    records = rig.store.interventions()
    assert [r.outcome for r in records] == ["skipped", "snoozed"]
    assert all(r.kind == "breathing" and r.arousal_before == pytest.approx(90.0)
               for r in records)


def test_three_tense_calls_in_a_row_offer_a_break_not_a_card(rig: Rig) -> None:
    for _ in range(3):
        rig.feed(6, True, 55.0)
        start = rig.t
        rig.episode(EpisodeEvent(start, None, 90.0))
        rig.feed(40, True, 90.0)
        rig.episode(EpisodeEvent(start, rig.t, 90.0, last_above_s=rig.t))
        rig.feed(40, False, None)
    assert [o.reason for o in rig.offers] == ["tense_call", "tense_run"]   # gap held the 2nd
    assert rig.prompt.isVisible() and "real break" in rig.prompt.title.text()  # discreet
    assert rig.prompt.buttons["break"].isVisibleTo(rig.prompt)
    assert not rig.prompt.buttons["card"].isVisibleTo(rig.prompt)
    rig.prompt.buttons["break"].click()
    assert rig.openers.opened[-1] == ("card", ("break",))
    assert rig.policy.outcomes[-1][1] == "break" and rig.policy.snoozed_until is not None


# -- nothing lost at the end of a session; every offer stored, answered or not ---------------
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
