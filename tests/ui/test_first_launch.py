"""A first launch on a machine with a microphone (a PulseAudio virtual one), as the
composition root runs it: the welcome appears and hears the microphone, the tray shows the
calibration progress the engine reports, and the second launch starts quietly."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers.pulse import virtual_mic

from companion.app import AppOptions, load_settings
from companion.app.lifecycle import shutdown, start
from companion.app.parts import build
from companion.app.wiring import wire
from companion.paths import AppPaths
from companion.ui.autostart import Autostart

pytestmark = [pytest.mark.realaudio, pytest.mark.slow]


def launch(tmp_path: Path, device: str) -> Any:
    paths = AppPaths.from_environment()
    parts = build(AppOptions(device=device), paths, load_settings(paths),
                  autostart=Autostart(platform="linux", home=tmp_path / "home", env={}))
    wire(parts)
    start(parts)
    return parts


def test_first_launch_shows_the_welcome_then_the_calibration(qapp, qtbot, tmp_path,
                                                             monkeypatch) -> None:
    with virtual_mic() as vm:
        monkeypatch.setenv("PULSE_SOURCE", vm.source)
        parts = launch(tmp_path, vm.device)
        try:
            window = parts.first_run.window
            assert window is not None and window.isVisible(), "the welcome on the first start"
            qtbot.waitUntil(lambda: window.mic_state == "listening", timeout=20000)
            assert window.mic_status.text().startswith("Listening. Say a few words")
            # The engine's own calibration signal (silence so far: nothing learned yet).
            qtbot.waitUntil(lambda: "Learning your calm voice — 0:00 of 3:00"
                            in parts.presence.toolTip(), timeout=20000)
            assert window.calibration_label.text() == "Learning your calm voice — 0:00 of 3:00"
            parts.engine.calibration.emit(0.3)      # as after 54 s of speech
            assert "Learning your calm voice — 0:54 of 3:00" in parts.presence.toolTip()
            window.close()
            assert parts.paths.welcome_seen_file.exists()
        finally:
            shutdown(parts)
        again = launch(tmp_path, vm.device)
        try:
            assert again.first_run.window is None, "seen once: the next start is quiet"
        finally:
            shutdown(again)
