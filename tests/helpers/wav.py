"""Writing test audio to WAV files (16-bit PCM mono), for tests that run the CLI or play
audio into a virtual microphone."""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np


def write_wav(path: Path, x: np.ndarray, rate: int = 16000) -> Path:
    """``x`` (float, full scale ±1, clipped) as a 16-bit mono WAV at ``rate`` Hz."""
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes((np.clip(x, -1, 1) * 32767).astype("<i2").tobytes())
    return path
