"""Breathing tones: generated shape and level, no clicks, and a player that never blocks its
caller (a slow fake backend), drops a backlog and goes silent after a failure."""

from __future__ import annotations

import threading
import time

import numpy as np
import pytest

from companion.audio.tones import (
    TONE_KINDS,
    TONE_LEVEL_DBFS,
    TONE_RATE_HZ,
    TonePlayer,
    make_tone,
)


@pytest.mark.parametrize("kind", TONE_KINDS)
def test_tone_shape_and_level(kind: str) -> None:
    x = make_tone(kind)
    assert x.dtype == np.float32 and x.ndim == 1
    assert 0.3 * TONE_RATE_HZ < len(x) < 1.2 * TONE_RATE_HZ
    peak_dbfs = 20 * np.log10(np.max(np.abs(x)))
    assert peak_dbfs == pytest.approx(TONE_LEVEL_DBFS, abs=0.01)
    # Starts and ends in silence, and no sample-to-sample jump (click) anywhere.
    edge = int(0.002 * TONE_RATE_HZ)
    assert np.max(np.abs(x[:edge])) < 0.01 * np.max(np.abs(x))
    assert np.max(np.abs(x[-edge:])) < 0.01 * np.max(np.abs(x))
    # (a smooth 659 Hz sine with its harmonic moves at most ~0.12 of its peak per sample)
    assert np.max(np.abs(np.diff(x))) < 0.2 * np.max(np.abs(x))


def _dominant_hz(x: np.ndarray) -> float:
    spectrum = np.abs(np.fft.rfft(x * np.hanning(len(x))))
    return float(np.argmax(spectrum) * TONE_RATE_HZ / len(x))


def test_inhale_rises_exhale_falls() -> None:
    inhale, exhale = make_tone("inhale"), make_tone("exhale")
    q = TONE_RATE_HZ // 8
    assert _dominant_hz(inhale[:q]) < _dominant_hz(inhale[-2 * q:])
    assert _dominant_hz(exhale[:q]) > _dominant_hz(exhale[-2 * q:])
    assert _dominant_hz(make_tone("hold")) == pytest.approx(494, abs=5)


def test_bad_tone_requests() -> None:
    with pytest.raises(ValueError, match="unknown tone 'beep'"):
        make_tone("beep")
    with pytest.raises(ValueError, match="sample rate"):
        make_tone("hold", rate_hz=100)
    with pytest.raises(ValueError, match="0 dBFS"):
        make_tone("hold", level_dbfs=3.0)


def test_player_never_blocks_and_drops_a_backlog(qtbot) -> None:
    gate = threading.Event()
    left_gate = threading.Event()
    played: list[tuple[int, int]] = []

    def slow_backend(samples: np.ndarray, rate_hz: int) -> None:
        gate.wait(5)                      # a device that takes its time
        left_gate.set()
        played.append((len(samples), rate_hz))

    player = TonePlayer(lambda: slow_backend, max_pending=2)
    results = [player.play(k) for k in ("inhale", "hold", "exhale", "inhale", "exhale")]
    assert not left_gate.is_set()         # every play() returned while the device was busy
    assert results[:2] == [True, True] and not all(results)
    assert player.dropped >= 1
    gate.set()
    qtbot.waitUntil(lambda: player.played == sum(results), timeout=5000)
    assert played[0] == (len(make_tone("inhale")), TONE_RATE_HZ)
    player.close()
    assert player._thread is None
    with pytest.raises(ValueError):
        player.play("beep")


def test_player_goes_silent_after_a_failure(qtbot) -> None:
    def broken() -> None:
        raise OSError("no output device")

    player = TonePlayer(broken)
    assert player.play("inhale")
    qtbot.waitUntil(lambda: player.failed is not None, timeout=5000)
    assert player.failed == "no output device"
    assert player.play("exhale") is False
    player.close()


@pytest.mark.realaudio
def test_tones_reach_a_real_output_device() -> None:
    """A tone played through PortAudio into a PulseAudio null sink comes back on its monitor
    (the virtual microphone) at the tone's pitch, while play() returned at once."""
    from helpers.pulse import virtual_mic

    from companion.audio import SAMPLE_RATE_HZ
    from companion.audio.mic_source import MicSource

    with virtual_mic() as vm:
        mic = MicSource(vm.device, stale_timeout_s=5.0)
        mic.start()
        player = TonePlayer(device=vm.device, level_dbfs=-12.0)
        try:
            deadline = time.monotonic() + 5.0
            while not mic.read(0.1).shape[0] and time.monotonic() < deadline:
                pass
            assert player.play("hold")       # queued; it never waits for the device
            chunks = []
            deadline = time.monotonic() + 4.0
            while time.monotonic() < deadline:
                chunks.append(mic.read(0.1))
                if player.played and sum(c.shape[0] for c in chunks) > SAMPLE_RATE_HZ:
                    break
            chunks.extend(mic.read(0.1) for _ in range(5))
        finally:
            player.close()
            mic.stop()
    assert player.failed is None and player.played == 1
    recorded = np.concatenate(chunks).astype(np.float64)
    win = SAMPLE_RATE_HZ // 5
    frames = recorded[: len(recorded) // win * win].reshape(-1, win)
    loudest = frames[np.argmax(np.sqrt(np.mean(frames**2, axis=1)))]
    level_db = 20 * np.log10(np.sqrt(np.mean(loudest**2)) + 1e-12)
    assert level_db > -40, level_db
    spectrum = np.abs(np.fft.rfft(loudest * np.hanning(win)))
    assert np.argmax(spectrum) * SAMPLE_RATE_HZ / win == pytest.approx(494, abs=10)
