"""MicSource on real audio: espeak-ng speech played into a PulseAudio virtual microphone."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import pytest
from helpers.espeak import CALM, espeak_available, espeak_wav
from helpers.pulse import virtual_mic

from companion.audio import SAMPLE_RATE_HZ, DeviceLostError, FileSource
from companion.audio.devices import list_input_devices
from companion.audio.mic_source import MicSource

pytestmark = pytest.mark.realaudio


def _envelope(x: np.ndarray, hop: int = 160) -> np.ndarray:
    n = x.shape[0] // hop
    return np.sqrt(np.mean(x[: n * hop].reshape(n, hop).astype(np.float64) ** 2, axis=1))


def _best_lag_correlation(played: np.ndarray, recorded: np.ndarray) -> tuple[float, int]:
    """Max Pearson correlation of ``played`` against every shift inside ``recorded``."""
    n = played.shape[0]
    p = (played - played.mean()) / (played.std() + 1e-12)
    best, lag = -1.0, 0
    for k in range(0, recorded.shape[0] - n + 1):
        r = recorded[k : k + n]
        c = float(np.mean(p * (r - r.mean()) / (r.std() + 1e-12)))
        if c > best:
            best, lag = c, k
    return best, lag


def test_mic_records_speech_played_into_virtual_mic(tmp_path: Path) -> None:
    if not espeak_available():
        pytest.skip("espeak-ng not found (apt install espeak-ng)")
    wav = espeak_wav("Thank you for calling. Let me look into that for you right away.",
                     tmp_path / "speech.wav", rendition=CALM)
    played = FileSource(wav).read_all()
    with virtual_mic() as vm:
        names = [d.name for d in list_input_devices()]
        assert vm.device in names, names
        mic = MicSource(vm.device, stale_timeout_s=5.0)
        mic.start()
        try:
            assert mic.device_name == vm.device
            chunks = []
            deadline = time.monotonic() + 5.0
            while not sum(c.shape[0] for c in chunks) and time.monotonic() < deadline:
                chunks.append(mic.read(0.1))  # wait for the stream to run
            assert sum(c.shape[0] for c in chunks), "virtual microphone delivered nothing"
            before = np.concatenate(chunks)
            chunks = []
            player = vm.play(wav)
            t_end = time.monotonic() + played.shape[0] / SAMPLE_RATE_HZ + 2.0
            while time.monotonic() < t_end:
                chunks.append(mic.read(0.1))
            assert player.wait(5) == 0, player.stderr.read() if player.stderr else ""
            recorded = np.concatenate(chunks)
        finally:
            mic.stop()
    assert recorded.dtype == np.float32
    # Roughly real time: we asked for ~len(played)+2 s of audio.
    expected = played.shape[0] + 2 * SAMPLE_RATE_HZ
    assert 0.7 * expected < recorded.shape[0] < 1.3 * expected
    env_p, env_r = _envelope(played), _envelope(recorded)
    corr, lag = _best_lag_correlation(env_p, env_r)
    assert corr > 0.8, f"recorded envelope does not follow the played speech (r={corr:.2f})"
    aligned = recorded[lag * 160 : lag * 160 + played.shape[0]]
    level_db = 20 * np.log10(np.sqrt(np.mean(aligned.astype(np.float64) ** 2)) + 1e-12)
    played_db = 20 * np.log10(np.sqrt(np.mean(played.astype(np.float64) ** 2)))
    assert abs(level_db - played_db) < 6.0, (level_db, played_db)
    floor_db = 20 * np.log10(np.sqrt(np.mean(before.astype(np.float64) ** 2)) + 1e-12)
    assert level_db > floor_db + 30


def test_mic_reports_lost_device_when_sound_server_dies() -> None:
    with virtual_mic() as vm:
        mic = MicSource(vm.device, stale_timeout_s=2.0)
        mic.start()
        try:
            deadline = time.monotonic() + 5.0
            while not mic.read(0.1).shape[0]:
                assert time.monotonic() < deadline, "virtual microphone delivered nothing"
            vm.kill_server()
            with pytest.raises(DeviceLostError) as info:
                end = time.monotonic() + 5.0
                while time.monotonic() < end:
                    mic.read(0.1)
            assert "'pulse'" in str(info.value) and "\n" not in str(info.value)
        finally:
            mic.stop()
