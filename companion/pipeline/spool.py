"""Exact medians and percentiles of a long stream of numbers in bounded memory.

``companion analyze`` reports medians over every voiced frame of a file (pitch, level, rate):
for an 8-hour recording that is millions of numbers. :class:`SpooledValues` keeps the first
few tens of thousands in memory and spills the rest to an anonymous temporary file (numbers
derived from features, never audio; deleted when closed), then finds order statistics by
narrowing a histogram over a few passes. The result equals ``numpy.median`` /
``numpy.percentile`` (linear) on all the values, bit for bit.

Runs on the caller's thread (the CLI thread).
"""

from __future__ import annotations

import math
import tempfile
from collections.abc import Callable, Iterator
from typing import IO

import numpy as np

__all__ = ["SpooledValues"]

#: Values kept in memory before spilling to the temporary file, and the most values a
#: selection pass collects in memory.
_MEMORY_VALUES = 1 << 16
#: Histogram bins per narrowing pass.
_BINS = 1024
#: Values read back from the file per chunk.
_READ_VALUES = 1 << 16


class SpooledValues:
    """float64 values appended in chunks; exact order statistics at the end."""

    def __init__(self, memory_values: int = _MEMORY_VALUES) -> None:
        self._limit = max(1, int(memory_values))
        self._mem: list[np.ndarray] = []
        self._mem_n = 0
        self._file: IO[bytes] | None = None
        self._file_n = 0

    def __len__(self) -> int:
        return self._mem_n + self._file_n

    def extend(self, values: np.ndarray) -> None:
        """Append finite values (others are ignored)."""
        v = np.asarray(values, dtype=np.float64)
        v = v[np.isfinite(v)]
        if not v.size:
            return
        self._mem.append(v.copy())
        self._mem_n += v.size
        if self._mem_n > self._limit:
            if self._file is None:
                self._file = tempfile.TemporaryFile(  # noqa: SIM115 - closed by close()
                    prefix="companion-analyze-")
            self._file.write(np.concatenate(self._mem).tobytes())
            self._file_n += self._mem_n
            self._mem, self._mem_n = [], 0

    def close(self) -> None:
        """Delete the temporary file (idempotent)."""
        if self._file is not None:
            self._file.close()
            self._file = None

    def _chunks(self) -> Iterator[np.ndarray]:
        if self._file is not None:
            self._file.seek(0)
            left = self._file_n
            while left > 0:
                k = min(left, _READ_VALUES)
                yield np.frombuffer(self._file.read(8 * k), dtype=np.float64)
                left -= k
        yield from self._mem

    def kth(self, k: int) -> float:
        """The ``k``-th smallest value (0-based)."""
        lo, hi = -math.inf, math.inf
        hi_closed = True
        below = 0  # values < lo
        while True:
            inside = self._inside(lo, hi, hi_closed)
            n, vmin, vmax = self._stats(inside)
            if n <= self._limit or vmin == vmax:
                vals = np.concatenate([c[inside(c)] for c in self._chunks()])
                return float(np.partition(vals, k - below)[k - below])
            edges = np.linspace(vmin, vmax, _BINS + 1)
            counts = np.zeros(_BINS, dtype=np.int64)
            for c in self._chunks():
                counts += np.histogram(c[inside(c)], bins=edges)[0]
            cum = np.cumsum(counts)
            j = int(np.searchsorted(cum, k - below, side="right"))
            below += int(cum[j - 1]) if j else 0
            lo, hi, hi_closed = float(edges[j]), float(edges[j + 1]), j == _BINS - 1

    @staticmethod
    def _inside(lo: float, hi: float, hi_closed: bool) -> Callable[[np.ndarray], np.ndarray]:
        def test(c: np.ndarray) -> np.ndarray:
            return (c >= lo) & ((c <= hi) if hi_closed else (c < hi))
        return test

    def _stats(self, inside: Callable[[np.ndarray], np.ndarray]) -> tuple[int, float, float]:
        n, vmin, vmax = 0, math.inf, -math.inf
        for c in self._chunks():
            sel = c[inside(c)]
            if sel.size:
                n += sel.size
                vmin, vmax = min(vmin, float(sel.min())), max(vmax, float(sel.max()))
        return n, vmin, vmax

    def median(self) -> float | None:
        """``numpy.median`` of all values (None when there are none)."""
        n = len(self)
        if n == 0:
            return None
        if n % 2:
            return self.kth(n // 2)
        return float(np.mean(np.array([self.kth(n // 2 - 1), self.kth(n // 2)])))

    def percentile(self, q: float) -> float | None:
        """``numpy.percentile(values, q)`` (linear interpolation); None when empty."""
        n = len(self)
        if n == 0:
            return None
        pos = q / 100.0 * (n - 1)
        i = int(math.floor(pos))
        a, b, t = self.kth(i), self.kth(min(i + 1, n - 1)), pos - i
        # numpy's linear interpolation, written as it does it (the same bits).
        return b - (b - a) * (1.0 - t) if t >= 0.5 else a + (b - a) * t
