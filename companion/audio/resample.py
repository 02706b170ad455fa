"""Streaming polyphase resampling that equals one-shot :func:`scipy.signal.resample_poly`.

Threads: runs on whichever thread pulls audio (the engine worker thread for the microphone,
the caller's thread for files). Shared by :mod:`~companion.audio.file_source` and
:mod:`~companion.audio.mic_source`.

How it stays exact and seam-free
--------------------------------
``resample_poly(x, up, down)`` is ``upfirdn(h, x, up, down)`` with a zero-phase Kaiser FIR
``h`` (scipy's own design: ``firwin(2*10*max(up, down)+1, 1/max(up, down),
window=("kaiser", 5.0)) * up``, left-padded so output samples land on the filter centre) and
the first ``n_pre_remove`` outputs dropped. Output ``m`` depends only on input samples
``x[i]`` with ``(m + n_pre_remove)*down - len(h) < i*up <= (m + n_pre_remove)*down``.

:class:`StreamingResampler` keeps just enough input history for the next output, and for
each pushed block runs ``upfirdn`` on ``history + block`` starting at an input index that is
a multiple of ``down`` (so the polyphase alignment is the same as in the one-shot call). It
emits exactly the outputs whose inputs have all arrived; :meth:`StreamingResampler.flush`
emits the rest, treating the future as zeros just like the one-shot call does at the end.
The concatenated output equals ``resample_poly(x, up, down)`` to float rounding.
"""

from __future__ import annotations

from math import gcd

import numpy as np

__all__ = ["StreamingResampler", "resample_ratio"]


def resample_ratio(source_rate_hz: int, target_rate_hz: int) -> tuple[int, int]:
    """The reduced ``(up, down)`` pair that converts ``source_rate_hz`` to ``target_rate_hz``."""
    g = gcd(int(source_rate_hz), int(target_rate_hz))
    return int(target_rate_hz) // g, int(source_rate_hz) // g


class StreamingResampler:
    """Resample a mono stream from ``source_rate_hz`` to ``target_rate_hz`` block by block.

    Parameters
    ----------
    source_rate_hz, target_rate_hz
        Integer sample rates in Hz.

    Notes
    -----
    Latency: an output sample is produced once about ``10*max(up, down)/up`` input samples
    after it have arrived (~1 ms for 48 kHz -> 16 kHz, ~0.2 ms for 44.1 kHz).
    """

    def __init__(self, source_rate_hz: int, target_rate_hz: int) -> None:
        if source_rate_hz <= 0 or target_rate_hz <= 0:
            raise ValueError("sample rates must be positive")
        self.source_rate_hz = int(source_rate_hz)
        self.target_rate_hz = int(target_rate_hz)
        up, down = resample_ratio(source_rate_hz, target_rate_hz)
        self._up, self._down = up, down
        self._passthrough = up == down == 1
        self._n_in = 0  # input samples received
        self._m_done = 0  # output samples emitted
        self._hist = np.zeros(0, dtype=np.float64)
        self._hist_start = 0  # absolute input index of _hist[0]; always a multiple of down
        if self._passthrough:
            self._h = np.ones(1)
            self._pre_remove = 0
            return
        max_rate = max(up, down)
        half_len = 10 * max_rate
        from scipy.signal import firwin  # here, not at import: keeps CLI start-up fast

        h = firwin(2 * half_len + 1, 1.0 / max_rate, window=("kaiser", 5.0)) * up
        n_pre_pad = down - half_len % down
        self._pre_remove = (half_len + n_pre_pad) // down
        # scipy may also post-pad h so the one-shot output is long enough; trailing zeros
        # do not change any output value, so they are not needed here.
        self._h = np.concatenate((np.zeros(n_pre_pad), h))

    @property
    def ratio(self) -> tuple[int, int]:
        """``(up, down)``."""
        return self._up, self._down

    def _total_out(self) -> int:
        n = self._n_in * self._up
        return n // self._down + (1 if n % self._down else 0)

    def _emit(self, m_end: int) -> np.ndarray:
        m0 = self._m_done
        if m_end <= m0:
            return np.zeros(0, dtype=np.float32)
        up, down, h = self._up, self._down, self._h
        j0 = m0 + self._pre_remove
        # upfirdn output index j' on hist corresponds to absolute j = j' + hist_start*up/down.
        offset = self._hist_start * up // down
        from scipy.signal import upfirdn

        y = upfirdn(h, self._hist, up, down)
        out = y[j0 - offset : j0 - offset + (m_end - m0)]
        if out.shape[0] < m_end - m0:  # only at flush: the tail is all zeros
            out = np.concatenate((out, np.zeros(m_end - m0 - out.shape[0])))
        self._m_done = m_end
        # Drop history no longer needed by the next output.
        j_next = m_end + self._pre_remove
        lowest = max(0, -(-(j_next * down - h.shape[0] + 1) // up))
        new_start = (lowest // down) * down
        if new_start > self._hist_start:
            self._hist = self._hist[new_start - self._hist_start :]
            self._hist_start = new_start
        return out.astype(np.float32)

    def push(self, block: np.ndarray) -> np.ndarray:
        """Feed input samples; return every output sample that is now final (float32)."""
        block = np.asarray(block, dtype=np.float64).reshape(-1)
        if self._passthrough:
            self._n_in += block.shape[0]
            self._m_done += block.shape[0]
            return block.astype(np.float32)
        if block.shape[0] == 0:
            return np.zeros(0, dtype=np.float32)
        self._hist = np.concatenate((self._hist, block))
        self._n_in += block.shape[0]
        # Output m is final once input index floor((m + pre)*down/up) has arrived.
        ready = (self._n_in * self._up - 1) // self._down - self._pre_remove + 1
        return self._emit(min(ready, self._total_out()))

    def flush(self) -> np.ndarray:
        """End of stream: return the remaining outputs (input beyond the end counts as zero)."""
        if self._passthrough:
            return np.zeros(0, dtype=np.float32)
        return self._emit(self._total_out())
