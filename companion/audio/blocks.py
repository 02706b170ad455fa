"""The stream format every source delivers, and helpers to cut streams into blocks.

Threads: pure helpers; each instance is used by one thread (the one pulling audio).
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

__all__ = ["SAMPLE_RATE_HZ", "Rebuffer", "block_samples"]

SAMPLE_RATE_HZ = 16000
"""Sample rate of every stream the audio layer delivers, in Hz."""


def block_samples(block_s: float) -> int:
    """Samples per output block at 16 kHz for a block length in seconds (at least 1)."""
    if not block_s > 0:
        raise ValueError(f"block_s must be > 0 seconds, got {block_s}")
    return max(1, round(block_s * SAMPLE_RATE_HZ))


class Rebuffer:
    """Cut a stream of arbitrary-length arrays into blocks of exactly ``size`` samples."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._parts: list[np.ndarray] = []
        self._n = 0

    def push(self, x: np.ndarray) -> Iterator[np.ndarray]:
        """Add ``x``; yield every full block now available."""
        if x.shape[0]:
            self._parts.append(x)
            self._n += x.shape[0]
        while self._n >= self.size:
            buf = np.concatenate(self._parts) if len(self._parts) > 1 else self._parts[0]
            yield buf[: self.size]
            rest = buf[self.size :]
            self._parts = [rest] if rest.shape[0] else []
            self._n = rest.shape[0]

    def flush(self) -> Iterator[np.ndarray]:
        """Yield what is left (shorter than ``size``), if anything."""
        if self._n:
            yield np.concatenate(self._parts)
        self._parts, self._n = [], 0
