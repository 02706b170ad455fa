"""companion.features.robust: the same medians as numpy, without importing numpy.ma."""

from __future__ import annotations

import math
import subprocess
import sys

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from companion.features.robust import MAD_TO_SD, by_finite_column, median, robust_sd

FLOATS = st.floats(allow_nan=True, allow_infinity=False, width=32)


@settings(max_examples=300, deadline=None)
@given(arrays(st.sampled_from([np.float32, np.float64]), st.integers(1, 41), elements=FLOATS))
def test_median_is_numpys_bit_for_bit(values: np.ndarray) -> None:
    expected = float(np.median(values))
    got = median(values)
    assert (math.isnan(got) and math.isnan(expected)) or got == expected


@pytest.mark.parametrize(("values", "expected"), [
    ([3.0], 3.0), ([1.0, 2.0], 1.5), ([5.0, 1.0, 3.0], 3.0), ([4.0, 1.0, 3.0, 2.0], 2.5),
    ([1.0, np.nan, 2.0], math.nan), ([np.inf, 1.0, 2.0], 2.0), ([], math.nan),
])
def test_median_small_cases(values: list[float], expected: float) -> None:
    got = median(np.array(values, dtype=np.float64))
    assert (math.isnan(got) and math.isnan(expected)) or got == expected


def test_median_leaves_its_input_alone() -> None:
    values = np.array([3.0, 1.0, 2.0, 0.0])
    median(values)
    assert values.tolist() == [3.0, 1.0, 2.0, 0.0]


def test_robust_sd_is_scaled_mad() -> None:
    rng = np.random.default_rng(3)
    x = rng.normal(0.0, 2.0, 20001)
    assert robust_sd(x) == MAD_TO_SD * float(np.median(np.abs(x - np.median(x))))
    assert robust_sd(x) == pytest.approx(2.0, rel=0.03)   # the SD of normal data


def test_by_finite_column_skips_non_finite_values() -> None:
    x = np.array([[1.0, np.nan, np.inf], [3.0, np.nan, 2.0], [2.0, np.nan, 4.0]])
    med = by_finite_column(x, median)
    assert med[0] == 2.0 and np.isnan(med[1]) and med[2] == 3.0
    sd = by_finite_column(x, robust_sd)
    assert sd[0] == MAD_TO_SD * 1.0 and np.isnan(sd[1]) and sd[2] == MAD_TO_SD * 1.0


def test_no_numpy_ma_import() -> None:
    """The point of the module: np.median imports numpy.ma (~10 ms, ~1 MB) on first use."""
    code = ("import sys, numpy as np; from companion.features.robust import median, robust_sd; "
            "median(np.arange(6.0)); robust_sd(np.arange(7.0)); "
            "print('numpy.ma' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "False"
