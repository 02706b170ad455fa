"""Speech test material from espeak-ng, generated on demand (nothing is committed).

Calm vs agitated renditions of the same text differ the way the literature describes vocal
arousal: agitated speech is higher, wider in pitch range, faster and louder.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import wave
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy.signal import resample_poly


@dataclass(frozen=True)
class Rendition:
    """espeak-ng prosody settings: pitch 0-99, speed words/min, amplitude 0-200."""

    pitch: int
    speed: int
    amplitude: int
    pitch_range: str = "medium"  # SSML prosody range: x-low .. x-high


CALM = Rendition(pitch=35, speed=140, amplitude=60, pitch_range="low")
AGITATED = Rendition(pitch=70, speed=205, amplitude=170, pitch_range="x-high")


def espeak_available() -> bool:
    """True when the ``espeak-ng`` binary is on PATH."""
    return shutil.which("espeak-ng") is not None


def espeak_wav(text: str, path: Path, *, voice: str = "en", rendition: Rendition = CALM) -> Path:
    """Write ``text`` spoken by ``voice`` to ``path`` (espeak's native 22.05 kHz 16-bit mono)."""
    ssml = f'<speak><prosody range="{rendition.pitch_range}">{text}</prosody></speak>'
    subprocess.run(
        ["espeak-ng", "-m", "-v", voice, "-p", str(rendition.pitch), "-s", str(rendition.speed),
         "-a", str(rendition.amplitude), "-w", str(path), ssml],
        check=True, capture_output=True,
    )
    return path


def read_wav_mono(path: Path) -> tuple[np.ndarray, int]:
    """A 16-bit PCM WAV as float32 mono in [-1, 1] and its sample rate (test helper only)."""
    with wave.open(str(path), "rb") as w:
        rate, channels = w.getframerate(), w.getnchannels()
        data = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2").astype(np.float32)
    return data.reshape(-1, channels).mean(axis=1) / 32768.0, rate


def espeak_samples(text: str, *, voice: str = "en", rendition: Rendition = CALM,
                   sample_rate_hz: int = 16000) -> np.ndarray:
    """``text`` spoken by espeak-ng as float32 mono at ``sample_rate_hz``."""
    with tempfile.TemporaryDirectory() as tmp:
        x, rate = read_wav_mono(espeak_wav(text, Path(tmp) / "s.wav", voice=voice,
                                           rendition=rendition))
    if rate != sample_rate_hz:
        g = np.gcd(rate, sample_rate_hz)
        x = resample_poly(x, sample_rate_hz // g, rate // g).astype(np.float32)
    return x
