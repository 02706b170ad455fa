"""The fast window views equal numpy's own, are read-only, and refuse out-of-range rows."""

from __future__ import annotations

import numpy as np
import pytest
from numpy.lib.stride_tricks import as_strided, sliding_window_view

from companion.features.strided import sliding_windows, strided_blocks, strided_rows

ARRAYS = [np.arange(20.0), np.arange(30.0).reshape(3, 10), np.arange(12) % 3 == 0,
          np.arange(40.0)[::2], np.arange(30.0).reshape(3, 10)[:, 2:]]


@pytest.mark.parametrize("x", ARRAYS)
def test_sliding_windows_equal_numpy_and_are_read_only(x: np.ndarray) -> None:
    for width in (1, 3, x.shape[-1]):
        ours = sliding_windows(x, width)
        ref = sliding_window_view(x, width, axis=-1)
        assert ours.shape == ref.shape and ours.dtype == ref.dtype
        assert np.array_equal(ours, ref)
        assert not ours.flags.writeable


@pytest.mark.parametrize("x", [np.arange(50.0), np.arange(100.0)[::2]])
def test_strided_rows_equal_as_strided(x: np.ndarray) -> None:
    st = x.strides[0]
    ours = strided_rows(x, 7, 5, step=4, start=3)
    ref = as_strided(x[3:], shape=(5, 7), strides=(4 * st, st))
    assert np.array_equal(ours, ref) and not ours.flags.writeable
    with pytest.raises(ValueError, match="out of bounds"):
        strided_rows(x, 7, 12, step=4, start=3)


def test_strided_blocks_repeat_strided_rows() -> None:
    x = np.arange(100.0)
    view = strided_blocks(x, 3, 20, 7, 4, step=3, start=2)
    assert view.shape == (3, 4, 7) and not view.flags.writeable
    for b in range(3):
        assert np.array_equal(view[b], strided_rows(x, 7, 4, step=3, start=2 + 20 * b))
    with pytest.raises(ValueError):
        strided_blocks(x, 6, 20, 7, 4, step=3, start=2)
