"""Recovery first, end to end: a demo shift's heated call -> the offer -> "A card" -> the
first card the agent sees is a recovery card that settles the body."""

from __future__ import annotations

import random

from ui_fakes import FakeClock, FakePresence

from companion.app.parts import DEMO_CALIBRATION_S
from companion.audio import DemoSource
from companion.content import care
from companion.content.library import load_default_decks
from companion.pipeline import LevelUpdate, VoicePipeline
from companion.session import CallStateMachine, InterventionPolicy
from companion.settings import Settings
from companion.ui.card_window import install_card_window
from companion.ui.controller import SessionController
from companion.ui.openers import WindowContext, WindowOpeners
from companion.ui.prompt import PromptWindow

#: The same shift the app's demo test plays: a calm call to calibrate, then a heated one.
SCRIPT = (("pause", 3.0), ("calm", 70.0), ("pause", 22.0), ("heated", 40.0), ("pause", 23.0))


def test_after_the_demo_shifts_heated_call_the_first_card_is_recovery(
        qtbot, isolated_dirs) -> None:
    settings = Settings()
    clock = FakeClock()
    machine = CallStateMachine.from_settings(settings, clock)
    policy = InterventionPolicy(settings, clock)
    controller = SessionController(machine, policy, None, clock=clock,
                                   tense_threshold=settings.tense_threshold, demo=True)
    presence = FakePresence()
    openers = WindowOpeners(presence.show_message, WindowContext(settings=settings))
    feature = install_card_window(openers, library=load_default_decks(),
                                  rng=random.Random(3))
    qtbot.addWidget(feature.window)
    prompt = PromptWindow()
    qtbot.addWidget(prompt)
    offers: list = []
    controller.offer_ready.connect(offers.append)
    controller.offer_ready.connect(lambda offer: prompt.offer(offer, None))
    prompt.chosen.connect(lambda choice: openers.open_card(prompt.offer_obj.moment)
                          if choice == "card" else None)

    pipeline = VoicePipeline(None, settings=settings, calibration_s=DEMO_CALIBRATION_S)
    t = 0.0
    try:   # what the engine thread does per block (ui/engine.py), without the thread
        for block in DemoSource(script=SCRIPT).blocks():
            result = pipeline.process(block)
            seconds = len(block) / 16000.0
            t += seconds
            clock.advance(seconds)
            controller.on_update(LevelUpdate.of(result, t_s=t, duration_s=seconds,
                                                rms_dbfs=-20.0))
            for episode in result.closed:
                controller.on_episode_closed(episode)
            if result.opened is not None:
                controller.on_episode_opened(result.opened)
            controller.tick()
            if offers:
                break
        assert offers, "the heated call earned no offer"
        assert offers[0].moment == "after_tense" and machine.state.name != "IN_CALL"
        assert prompt.isVisible()
        prompt.buttons["card"].click()
        card = feature.window.card
        assert feature.window.isVisible() and card is not None
        assert card.is_recovery, card
        assert care.care_step(card.tags) == 0, card      # first: settle the body
        # However often the agent asks for another, never a coaching card after this call.
        for _ in range(15):
            feature.window.another()
            assert feature.window.card is not None and feature.window.card.is_recovery
    finally:
        feature.stop()
