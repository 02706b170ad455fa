"""SpooledValues: exact medians and percentiles of a stream, in bounded memory."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.pipeline.spool import SpooledValues

VALUES = st.lists(st.floats(-1e6, 1e6, allow_nan=False), min_size=1, max_size=300)


@settings(max_examples=150, deadline=None)
@given(VALUES, st.integers(1, 64), st.floats(0.0, 100.0))
def test_equals_numpy_bit_for_bit(values: list[float], memory: int, q: float) -> None:
    spool = SpooledValues(memory_values=memory)   # small: most values go to the file
    try:
        for part in np.array_split(np.array(values), 5):
            spool.extend(part)
        x = np.array(values)
        assert spool.median() == float(np.median(x))
        assert spool.percentile(q) == float(np.percentile(x, q))
        assert spool.percentile(10) == float(np.percentile(x, 10))
        assert spool.percentile(90) == float(np.percentile(x, 90))
    finally:
        spool.close()


def test_non_finite_values_are_ignored_and_empty_is_none() -> None:
    spool = SpooledValues()
    assert spool.median() is None and spool.percentile(50) is None
    spool.extend(np.array([np.nan, np.inf, 2.0, -np.inf, 4.0]))
    assert len(spool) == 2
    assert spool.median() == 3.0
    spool.close()
