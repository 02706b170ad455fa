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


HOP = 80  # 5 ms envelope hop


def _envelope(x: np.ndarray, win: int = 320) -> np.ndarray:
    """RMS over 20 ms windows every 5 ms (smooth enough that sub-hop offsets do not matter)."""
    c = np.concatenate(([0.0], np.cumsum(x.astype(np.float64) ** 2)))
    starts = np.arange(0, x.shape[0] - win + 1, HOP)
    return np.sqrt((c[starts + win] - c[starts]) / win)


def _best_lag_correlation(played: np.ndarray, recorded: np.ndarray) -> tuple[float, int]:
    """Max Pearson correlation of ``played`` against every shift inside ``recorded``."""
    n = played.shape[0]
    if recorded.shape[0] < n:
        return -1.0, 0
    p = (played - played.mean()) / (played.std() + 1e-12)
    windows = np.lib.stride_tricks.sliding_window_view(recorded, n)
    mu = windows.mean(axis=1)
    sd = windows.std(axis=1) + 1e-12
    r = (windows @ p / n - mu * p.mean()) / sd
    k = int(np.argmax(r))
    return float(r[k]), k


def _piecewise_alignment(played: np.ndarray, recorded: np.ndarray,
                         pieces: int = 4) -> list[tuple[float, int]]:
    """Best (r, lag) of each quarter of the played envelope within the recorded one.

    Piecewise, so that a scheduling hiccup on a loaded CI machine (a short gap inserted by
    the sound server) shifts the later pieces instead of failing the whole comparison.
    """
    n = played.shape[0] // pieces
    out = []
    for i in range(pieces):
        r, lag = _best_lag_correlation(played[i * n : (i + 1) * n], recorded)
        out.append((r, lag - i * n))  # lag of the piece relative to the played start
    return out


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
            # Record until paplay has drained its stream into the sink, plus a short tail.
            t_max = time.monotonic() + played.shape[0] / SAMPLE_RATE_HZ + 15.0
            done_at = None
            while time.monotonic() < t_max:
                chunks.append(mic.read(0.1))
                if done_at is None and player.poll() is not None:
                    done_at = time.monotonic()
                if done_at is not None and time.monotonic() - done_at > 0.8:
                    break
            assert player.wait(5) == 0, player.stderr.read() if player.stderr else ""
            recorded = np.concatenate(chunks)
        finally:
            mic.stop()
    assert recorded.dtype == np.float32
    # Real time: everything played, plus start-up latency and the tail (not much more).
    assert played.shape[0] < recorded.shape[0] < played.shape[0] + 12 * SAMPLE_RATE_HZ
    env_p, env_r = _envelope(played), _envelope(recorded)
    pieces = _piecewise_alignment(env_p, env_r)
    detail = ", ".join(f"r={r:.2f} lag={lag * HOP / 16:.0f} ms" for r, lag in pieces)
    good = [(r, lag) for r, lag in pieces if r > 0.8]
    assert len(good) >= 3, f"recorded envelope does not follow the played speech: {detail}"
    lags = [lag for _, lag in good]
    assert max(lags) - min(lags) < 0.5 * SAMPLE_RATE_HZ / HOP, f"pieces out of place: {detail}"
    lag = min(lags) * HOP
    assert 0 <= lag < 3 * SAMPLE_RATE_HZ, detail  # the speech starts within 3 s of paplay
    aligned = recorded[lag : lag + played.shape[0]]
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
