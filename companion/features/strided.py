"""Read-only sliding-window views of numpy arrays, without numpy's per-call overhead.

``numpy.lib.stride_tricks.sliding_window_view`` and ``as_strided`` cost several microseconds
of Python per call; the DSP calls them a few times per 0.5 s chunk of every stream, which
adds up in the live path. These build the same views with the plain ``ndarray``
constructor. Pure numpy, no state; any thread.
"""

from __future__ import annotations

import numpy as np
from numpy.lib.stride_tricks import as_strided, sliding_window_view

__all__ = ["sliding_windows", "strided_blocks", "strided_rows"]


def strided_rows(x: np.ndarray, width: int, count: int, step: int = 1,
                 start: int = 0) -> np.ndarray:
    """Read-only ``(count, width)`` view of 1-D ``x``: row ``k`` is ``x[start + k*step:][:width]``.

    Raises ``ValueError`` when a row would run past the end of ``x`` (a programming error).
    """
    if start + (count - 1) * step + width > x.shape[0] or count < 0 or start < 0:
        raise ValueError("window view out of bounds")
    st = x.strides[0]
    if not x.flags.c_contiguous:
        return as_strided(x[start:], shape=(count, width), strides=(st * step, st),
                          writeable=False)
    view = np.ndarray((count, width), dtype=x.dtype, buffer=x, offset=start * st,
                      strides=(st * step, st))
    view.flags.writeable = False
    return view


def strided_blocks(x: np.ndarray, blocks: int, block_step: int, width: int, count: int,
                   step: int = 1, start: int = 0) -> np.ndarray:
    """Read-only ``(blocks, count, width)`` view of C-contiguous 1-D ``x``: element
    ``[b, k, i]`` is ``x[start + b*block_step + k*step + i]`` (:func:`strided_rows` repeated
    every ``block_step`` samples).

    Raises ``ValueError`` when an element would lie past the end of ``x`` (a programming error).
    """
    last = start + (blocks - 1) * block_step + (count - 1) * step + width
    if last > x.shape[0] or min(blocks, count, start) < 0 or not x.flags.c_contiguous:
        raise ValueError("block view out of bounds")
    st = x.strides[0]
    view = np.ndarray((blocks, count, width), dtype=x.dtype, buffer=x, offset=start * st,
                      strides=(st * block_step, st * step, st))
    view.flags.writeable = False
    return view


def sliding_windows(x: np.ndarray, width: int) -> np.ndarray:
    """``sliding_window_view(x, width, axis=-1)`` (read-only) for a 1-D or 2-D array:
    shape ``(*x.shape[:-1], n - width + 1, width)`` where ``n = x.shape[-1]``."""
    n = x.shape[-1]
    if x.ndim not in (1, 2) or not x.flags.c_contiguous or not 0 < width <= n:
        return sliding_window_view(x, width, axis=-1)
    st = x.strides[-1]
    shape = (*x.shape[:-1], n - width + 1, width)
    strides = (*x.strides[:-1], st, st)
    view = np.ndarray(shape, dtype=x.dtype, buffer=x, strides=strides)
    view.flags.writeable = False
    return view
