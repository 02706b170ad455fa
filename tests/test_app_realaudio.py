"""The live pipeline on a real (virtual) microphone: espeak-ng speech played into PulseAudio,
heard by MicSource through PortAudio, run through the engine thread (features + arousal) into
the call state machine: the call starts while the voice talks and ends in wrap-up after it
stops.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from helpers.espeak import CALM, espeak_available, espeak_wav
from helpers.pulse import virtual_mic

from companion.audio.block_source import MicBlockSource
from companion.pipeline import LevelUpdate, VoicePipeline
from companion.session import CallState, CallStateMachine, InterventionPolicy
from companion.settings import Settings
from companion.ui.controller import SessionController
from companion.ui.engine import Engine

pytestmark = [pytest.mark.realaudio, pytest.mark.slow]

TEXT = ("Thank you for calling, my name is Sam and I am happy to help you today. "
        "I can see the order you placed last week. Let me check with the courier.")


def test_live_pipeline_detects_a_call_on_the_virtual_mic(tmp_path: Path, qtbot,
                                                        monkeypatch) -> None:
    if not espeak_available():
        pytest.skip("espeak-ng not found (apt install espeak-ng)")
    wav = espeak_wav(TEXT, tmp_path / "call.wav", rendition=CALM)
    settings = Settings(call_start_speech_s=3.0, call_end_silence_s=4.0, wrap_up_s=30.0)
    machine = CallStateMachine.from_settings(settings, time.time)
    controller = SessionController(machine, InterventionPolicy(settings, time.time), None,
                                   clock=time.time)
    states: list[tuple[CallState, CallState]] = []
    machine.add_listener(lambda old, new, signal: states.append((old, new)))
    updates: list[LevelUpdate] = []
    with virtual_mic() as vm:
        # Record our own virtual mic even if something else changes the default source.
        monkeypatch.setenv("PULSE_SOURCE", vm.source)
        engine = Engine(lambda: MicBlockSource(vm.device),
                        lambda: VoicePipeline(None, settings=settings))
        engine.update.connect(controller.on_update)
        engine.update.connect(updates.append)
        faults: list[str] = []
        t0 = time.monotonic()
        engine.fault.connect(lambda message, retry: faults.append(
            f"{time.monotonic() - t0:.1f}s n={len(updates)} {message}"))
        engine.recovered.connect(lambda name: faults.append(
            f"{time.monotonic() - t0:.1f}s recovered"))
        events: list[str] = []
        engine.start()
        try:
            qtbot.waitUntil(lambda: len(updates) >= 5, timeout=15000)   # stream is live
            quiet = [u for u in updates if u.speaking]
            assert not quiet, "silence on the virtual mic counted as speech"
            events.append(f"{time.monotonic() - t0:.1f}s play")
            vm.play(wav)
            qtbot.waitUntil(lambda: machine.state is CallState.IN_CALL, timeout=20000)
            assert any(u.speaking for u in updates)
            assert max(u.rms_dbfs for u in updates) > -40.0
            qtbot.waitUntil(lambda: machine.state is CallState.WRAP_UP, timeout=40000)
            events.append(f"{time.monotonic() - t0:.1f}s wrap-up")
        finally:
            assert engine.stop(timeout_s=10.0)
    assert states[:2] == [(CallState.IDLE, CallState.IN_CALL),
                          (CallState.IN_CALL, CallState.WRAP_UP)]
    assert not faults, (faults, events)
    call = machine.last_call
    assert call is not None and call.duration_s is not None and call.duration_s > 5.0
