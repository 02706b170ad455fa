"""Synthetic test signals with known pitch (shared by the feature tests; generated, never stored)."""

from __future__ import annotations

import numpy as np

SR = 16000


def harmonic(f0_hz: np.ndarray | float, duration_s: float, *, n_harmonics: int = 12,
             tilt_db_per_octave: float = -6.0, amplitude: float = 0.3) -> np.ndarray:
    """A harmonic-rich periodic signal following ``f0_hz`` (scalar or one value per sample)."""
    n = int(round(duration_s * SR))
    f0 = np.broadcast_to(np.asarray(f0_hz, dtype=np.float64), (n,))
    phase = 2.0 * np.pi * np.cumsum(f0) / SR
    x = np.zeros(n)
    for k in range(1, n_harmonics + 1):
        gain = 10.0 ** (tilt_db_per_octave * np.log2(k) / 20.0)
        below_nyquist = (k * f0) < SR / 2 - 200
        x += gain * np.sin(k * phase) * below_nyquist
    return (amplitude * x / np.max(np.abs(x))).astype(np.float32)


def white(duration_s: float, rms: float, seed: int = 0) -> np.ndarray:
    """White Gaussian noise with the given RMS (full scale 1)."""
    rng = np.random.default_rng(seed)
    return (rms * rng.standard_normal(int(round(duration_s * SR)))).astype(np.float32)


def rms(x: np.ndarray) -> float:
    """RMS of a signal."""
    return float(np.sqrt(np.mean(np.asarray(x, dtype=np.float64) ** 2)))


def syllables(rate_hz: float, duration_s: float, f0_hz: float = 160.0) -> np.ndarray:
    """Voiced 'syllables': a harmonic tone gated into ``rate_hz`` bursts per second."""
    n = int(round(duration_s * SR))
    t = np.arange(n) / SR
    gate = np.clip(np.sin(np.pi * rate_hz * t) ** 2 * 1.6 - 0.3, 0.0, 1.0)
    return (harmonic(f0_hz, duration_s) * gate).astype(np.float32)
