"""Own voice only, live: a colleague talking agitatedly at the next desk, heard through a real
(virtual) microphone, starts no call, opens no episode and brings no offer; then the wearer
speaks and the call starts as before.

The audio is played into a private PulseAudio server and read by MicSource through PortAudio
on the engine thread, exactly as in the app. The wearer's baseline and voice profile were
learned earlier (as the app keeps them in its store), from their calm calibration speech.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np
import pytest
from helpers.espeak import espeak_available
from helpers.pulse import virtual_mic
from helpers.waiting import wait_for
from helpers.wav import write_wav

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import crosstalk_corpus as cc

from companion.audio.block_source import MicBlockSource
from companion.pipeline import LevelUpdate, VoicePipeline, analyze_file
from companion.session import CallState, CallStateMachine, InterventionPolicy
from companion.settings import Settings
from companion.ui.controller import SessionController
from companion.ui.engine import Engine
from companion.wearer import Talker

pytestmark = [pytest.mark.realaudio, pytest.mark.slow]

WEARER = cc.Voice("en-us", espeak="en-us")
COLLEAGUE = cc.Voice("en+f2", espeak="en+f2")
ROOM = cc.Room("open-plan", 0.6, -3.0, 9)


def test_a_colleague_alone_starts_nothing_then_the_wearer_does(tmp_path: Path, qtbot,
                                                               monkeypatch) -> None:
    if not espeak_available():
        pytest.skip("espeak-ng not found (apt install espeak-ng)")
    calibration = write_wav(tmp_path / "calibration.wav",
                         cc.mix(cc.calibration_speech(WEARER), [], seed=1).samples)
    baseline = analyze_file(calibration).baseline
    assert baseline is not None and baseline.voice is not None
    colleague = write_wav(tmp_path / "colleague.wav", cc.mix(
        None, [cc.colleague(COLLEAGUE, ROOM, -25.0, 30.0)], seed=2).samples)
    wearer = write_wav(tmp_path / "wearer.wav", cc.mix(
        cc.wearer_speech(WEARER, "calm", 14.0), [], seed=3).samples)

    settings = Settings(call_start_speech_s=3.0, call_end_silence_s=6.0)
    machine = CallStateMachine.from_settings(settings, time.time)
    controller = SessionController(machine, InterventionPolicy(settings, time.time), None,
                                   clock=time.time)
    updates: list[LevelUpdate] = []
    episodes: list[object] = []
    offers: list[object] = []
    faults: list[str] = []
    controller.offer_ready.connect(offers.append)
    with virtual_mic() as vm:
        monkeypatch.setenv("PULSE_SOURCE", vm.source)
        engine = Engine(lambda: MicBlockSource(vm.device),
                        lambda: VoicePipeline(baseline.to_dict(), settings=settings))
        engine.update.connect(controller.on_update)
        engine.update.connect(updates.append)
        engine.episode_opened.connect(controller.on_episode_opened)
        engine.episode_opened.connect(episodes.append)
        engine.episode_closed.connect(controller.on_episode_closed)
        engine.fault.connect(lambda message, retry: faults.append(message))
        engine.start()
        try:
            qtbot.waitUntil(lambda: len(updates) >= 5, timeout=15000)     # the stream is live
            player = vm.play(colleague)
            wait_for(lambda: player.poll() is not None, timeout_s=90.0, what="colleague playback")
            heard = sum(u.duration_s for u in updates)
            qtbot.waitUntil(lambda: sum(u.duration_s for u in updates) > heard + 2.0,
                            timeout=10000)                          # the tail went through too
            frames = [u.frames for u in updates]
            talker = np.concatenate([f.talker for f in frames])
            assert (talker == Talker.OTHER).sum() > 300, "the colleague was not even heard"
            assert machine.state is CallState.IDLE and not machine.calls
            assert episodes == [] and offers == [] and not controller.episode_open
            assert (talker == Talker.WEARER).sum() < 50

            vm.play(wearer)
            qtbot.waitUntil(lambda: machine.state is CallState.IN_CALL, timeout=30000)
        finally:
            assert engine.stop(timeout_s=10.0)
    assert not faults, faults
    assert machine.calls[0].start_signal.value == "speech"
