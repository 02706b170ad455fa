"""A preallocated float32 ring buffer for one writer thread and one reader thread.

Threads: :meth:`RingBuffer.write` runs on the PortAudio callback thread (the only writer);
:meth:`RingBuffer.read` runs on the engine worker thread (the only reader).

Why no lock is needed
---------------------
Positions are unbounded Python ints counted in samples since creation: ``_published`` (end of
the data the writer has finished copying), ``_claimed`` (end of the data the writer is *about*
to copy) and ``_read`` (start of the data the reader has not consumed). Each is assigned by
exactly one thread, and a Python attribute store is atomic under the GIL, so the other thread
always sees either the old or the new int, never a torn value.

* The writer never waits for the reader. When the reader is too slow it simply overwrites the
  oldest samples (counting an overflow); it stores ``_claimed`` *before* copying and
  ``_published`` *after*, so ``_published`` never covers a half-written slot.
* The reader copies ``[max(_read, _published - capacity), _published)`` out of the array and
  then re-reads ``_claimed``: any position below ``_claimed - capacity`` may have been
  overwritten while it was copying (numpy can release the GIL during large copies), so those
  samples are discarded from the front of the result (seqlock-style validation). What the
  reader returns is therefore always a contiguous, oldest-first run of real samples.

``write`` does only slice assignments into the preallocated array: no locks, no allocation of
sample memory, no Python logic that depends on the data.
"""

from __future__ import annotations

import numpy as np

__all__ = ["RingBuffer"]


class RingBuffer:
    """Single-producer / single-consumer ring of float32 samples.

    Parameters
    ----------
    capacity_samples
        Number of samples held (a power of two, at least 2). At 16 kHz, 65536 samples is
        about 4.1 s of audio.
    """

    def __init__(self, capacity_samples: int) -> None:
        cap = int(capacity_samples)
        if cap < 2 or cap & (cap - 1):
            raise ValueError(f"ring capacity must be a power of two >= 2, got {capacity_samples}")
        self._buf = np.zeros(cap, dtype=np.float32)
        self._cap = cap
        self._mask = cap - 1
        self._claimed = 0  # writer-owned
        self._published = 0  # writer-owned
        self._read = 0  # reader-owned
        self._overflows = 0  # writer-owned
        self._dropped = 0  # writer-owned
        self._discarded = 0  # reader-owned

    @staticmethod
    def capacity_for(seconds: float, rate_hz: float) -> int:
        """The smallest power-of-two capacity holding ``seconds`` of audio at ``rate_hz``."""
        need = max(2, int(np.ceil(seconds * rate_hz)))
        return 1 << (need - 1).bit_length()

    @property
    def capacity(self) -> int:
        """Capacity in samples."""
        return self._cap

    @property
    def overflows(self) -> int:
        """How many writes had to drop unread samples because the reader was too slow."""
        return self._overflows

    @property
    def dropped_samples(self) -> int:
        """Total unread samples lost to overflows."""
        return self._dropped

    @property
    def discarded_samples(self) -> int:
        """Samples the reader threw away because they were overwritten while it copied."""
        return self._discarded

    @property
    def total_written(self) -> int:
        """Samples written since creation (a progress counter, e.g. for a stale-data watchdog)."""
        return self._published

    @property
    def available(self) -> int:
        """Samples that :meth:`read` could return right now (at most ``capacity``)."""
        return min(self._published - self._read, self._cap)

    def write(self, block: np.ndarray) -> None:
        """Append ``block`` (1-D, float32 or convertible); never blocks.

        When the unread data plus ``block`` exceed the capacity, the oldest samples are
        overwritten and :attr:`overflows` is incremented.
        """
        n = block.shape[0]
        if n == 0:
            return
        cap = self._cap
        if n > cap:
            block = block[n - cap :]
            skipped = n - cap
            n = cap
        else:
            skipped = 0
        start = self._published
        unread = min(start - self._read, cap)
        lost = unread + n - cap
        if lost > 0 or skipped:
            self._overflows += 1
            self._dropped += max(lost, 0) + skipped
        self._claimed = start + n
        i = start & self._mask
        first = min(n, cap - i)
        self._buf[i : i + first] = block[:first]
        if first < n:
            self._buf[: n - first] = block[first:]
        self._published = start + n

    def read(self, max_samples: int | None = None) -> np.ndarray:
        """Return (a copy of) up to ``max_samples`` unread samples, oldest first.

        Returns an empty float32 array when nothing is available.
        """
        cap = self._cap
        end = self._published
        lo = max(self._read, end - cap)
        hi = end if max_samples is None else min(end, lo + max(0, int(max_samples)))
        n = hi - lo
        if n <= 0:
            return np.zeros(0, dtype=np.float32)
        out = np.empty(n, dtype=np.float32)
        i = lo & self._mask
        first = min(n, cap - i)
        out[:first] = self._buf[i : i + first]
        if first < n:
            out[first:] = self._buf[: n - first]
        # Anything the writer may have overwritten while we copied is not trustworthy.
        valid_from = self._claimed - cap
        self._read = hi
        if valid_from > lo:
            cut = min(valid_from - lo, n)
            self._discarded += cut
            return out[cut:].copy()
        return out
