"""Streaming polyphase resampling that equals one-shot :func:`scipy.signal.resample_poly`.

Threads: runs on whichever thread pulls audio (the engine worker thread for the microphone,
the caller's thread for files). Shared by :mod:`~companion.audio.file_source` and
:mod:`~companion.audio.mic_source`.

Pure numpy: ``scipy.signal`` is not imported at run time (it pulls in scipy.linalg, optimize,
sparse, stats ... and costs ~50 MB RSS and ~70 MB of installer). The tests compare this module
against scipy's ``firwin``/``resample_poly``.

How it stays exact and seam-free
--------------------------------
``resample_poly(x, up, down)`` is ``upfirdn(h, x, up, down)`` with a zero-phase Kaiser FIR
``h`` (scipy's design: ``firwin(2*10*max(up, down)+1, 1/max(up, down),
window=("kaiser", 5.0)) * up``, reproduced by :func:`kaiser_lowpass`), left-padded so output
samples land on the filter centre, with the first ``n_pre_remove`` outputs dropped. Output
``j`` of ``upfirdn`` is ``sum_k h[j*down - k*up] * x[k]``, so it depends only on input samples
``x[k]`` with ``j*down - len(h) < k*up <= j*down``.

:class:`StreamingResampler` keeps just enough input history for the next output. For each
output ``j`` the filter phase is ``(j*down) % up`` and the newest input is ``(j*down) // up``;
the output is a dot product of ``taps_per_phase`` history samples (rows of a sliding-window
view gathered by fancy indexing) with that phase's taps ``h[phase + i*up]``; phases repeat
every ``up`` outputs, so a batch is one ``einsum`` over (periods, up, taps). It emits exactly the
outputs whose inputs have all arrived; :meth:`StreamingResampler.flush` emits the rest,
treating the future as zeros just like the one-shot call does at the end. The concatenated
output equals ``resample_poly(x, up, down)`` to float rounding.
"""

from __future__ import annotations

from math import gcd

import numpy as np

__all__ = ["StreamingResampler", "kaiser_lowpass", "resample_ratio"]

_KAISER_BETA = 5.0
_HALF_LEN_PER_RATE = 10
_BATCH = 2048  # output samples per vectorised gather


def resample_ratio(source_rate_hz: int, target_rate_hz: int) -> tuple[int, int]:
    """The reduced ``(up, down)`` pair that converts ``source_rate_hz`` to ``target_rate_hz``."""
    g = gcd(int(source_rate_hz), int(target_rate_hz))
    return int(target_rate_hz) // g, int(source_rate_hz) // g


def kaiser_lowpass(numtaps: int, cutoff: float, beta: float = _KAISER_BETA) -> np.ndarray:
    """Windowed-sinc low-pass FIR, the same as ``scipy.signal.firwin(numtaps, cutoff,
    window=("kaiser", beta))``.

    ``cutoff`` is relative to the Nyquist frequency (0 < cutoff < 1). The taps are
    ``cutoff * sinc(cutoff * (n - (numtaps-1)/2)) * kaiser(numtaps, beta)``, scaled so the gain
    at 0 Hz is exactly 1.
    """
    if numtaps < 1 or not 0.0 < cutoff < 1.0:
        raise ValueError("numtaps must be >= 1 and 0 < cutoff < 1")
    m = np.arange(numtaps) - (numtaps - 1) / 2.0
    h = cutoff * np.sinc(cutoff * m) * np.kaiser(numtaps, beta)
    return h / h.sum()


class StreamingResampler:
    """Resample a mono stream from ``source_rate_hz`` to ``target_rate_hz`` block by block.

    Parameters
    ----------
    source_rate_hz, target_rate_hz
        Integer sample rates in Hz.

    Notes
    -----
    Latency: an output sample is produced once about ``10*max(up, down)/up`` input samples
    after it have arrived (~1 ms for 48 kHz -> 16 kHz, ~0.2 ms for 44.1 kHz). Cost: one
    ``taps_per_phase``-long dot product per output sample (21 for 48 kHz, ~56 for 44.1 kHz).
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
        self._hist_start = 0  # absolute input index of _hist[0]
        if self._passthrough:
            self._h = np.ones(1)
            self._pre_remove = 0
            self._taps = 1
            self._phases = self._phases_rev = np.ones((1, 1))
            return
        max_rate = max(up, down)
        half_len = _HALF_LEN_PER_RATE * max_rate
        h = kaiser_lowpass(2 * half_len + 1, 1.0 / max_rate) * up
        n_pre_pad = down - half_len % down
        self._pre_remove = (half_len + n_pre_pad) // down
        h = np.concatenate((np.zeros(n_pre_pad), h))
        self._h = h
        # Polyphase table: row p holds h[p], h[p+up], h[p+2up], ... (zero-padded).
        self._taps = -(-h.shape[0] // up)
        padded = np.zeros(self._taps * up)
        padded[: h.shape[0]] = h
        self._phases = padded.reshape(self._taps, up).T.copy()
        self._phases_rev = self._phases[:, ::-1].copy()  # oldest input first

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
        up, down, taps = self._up, self._down, self._taps
        # History padded with zeros on both sides: inputs before the stream start and (at
        # flush) after its end count as zero, as in the one-shot call. The extra `down` zeros
        # let the last batch round up to whole phase periods (surplus outputs are dropped).
        buf = np.concatenate((np.zeros(taps), self._hist, np.zeros(taps + down)))
        windows = np.lib.stride_tricks.sliding_window_view(buf, taps)  # no copy
        n_out = m_end - m0
        out = np.empty(n_out)
        batch = up * max(1, _BATCH // up)
        for b0 in range(0, n_out, batch):  # batches bound the gather's memory
            n_b = min(batch, n_out - b0)
            n_pad = -(-n_b // up) * up  # whole periods of `up` outputs
            j = np.arange(n_pad, dtype=np.int64) + (m0 + b0 + self._pre_remove)
            # Output j uses inputs newest-taps+1 .. newest with newest = j*down // up, and
            # the filter phase (j*down) % up, which repeats every `up` outputs.
            first = (j * down) // up - self._hist_start + 1  # window start in buf
            rows = windows[first].reshape(n_pad // up, up, taps)
            coef = self._phases_rev[(j[:up] * down) % up]  # (up, taps), oldest input first
            out[b0 : b0 + n_b] = np.einsum("kri,ri->kr", rows, coef).reshape(-1)[:n_b]
        self._m_done = m_end
        # Drop history no longer needed by the next output.
        j_next = m_end + self._pre_remove
        lowest = max(0, (j_next * down) // up - taps + 1)
        if lowest > self._hist_start:
            self._hist = self._hist[lowest - self._hist_start :]
            self._hist_start = lowest
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
