"""The gate's cues, computed over a short window around each frame being decided.

Every function takes window arrays ``(rows, width)`` (one row per frame being decided, the
frame itself in column ``center``) or per-frame arrays, and is pure numpy. Rows never look
outside their window, so a frame gets the same numbers whatever block it arrived in.

* **Syllable peaks** (:func:`hill_peaks`): the level contour is cut at its valleys into
  hills (syllables); every frame gets the peak level of its hill. A talker's syllable peaks
  are a far steadier measure of their level than single frames (consonants and onsets are
  10-40 dB lower), and a frame at a turn change takes the level of its own syllable, not of
  the other talker's next to it.
* **Dryness** (:func:`steepest_fall`): the steepest 30 ms fall of the level after a syllable
  of about the same peak level nearby. Close to the mouth the level drops 15-30 dB when a
  syllable ends; across the room the reverberant tail limits the fall to about 60 dB per
  reverberation time after a drop of the direct sound (set by the direct-to-reverberant
  ratio): 5-9 dB in 30 ms in offices.
* **Voice** (:func:`f0_evidence`, :func:`envelope_evidence`): F0 against the wearer's range
  (raised pitch up to :attr:`GateConfig.f0_raise_st` is allowed: arousal raises it) and the
  mel cepstrum against the wearer's mean and spread versus a background model twice as wide.
"""

from __future__ import annotations

import math

import numpy as np

from companion.features.strided import sliding_windows

__all__ = ["envelope_evidence", "f0_evidence", "hill_peaks", "steepest_fall", "windows"]

#: Offset per hill used to run a cumulative maximum that restarts at every hill (dB; far
#: more than any level difference).
_HILL_OFFSET_DB = 1000.0


def windows(x: np.ndarray, rows: np.ndarray, back: int, ahead: int) -> np.ndarray:
    """``(len(rows), back + ahead + 1)`` read-only view: row ``k`` is
    ``x[rows[k] - back : rows[k] + ahead + 1]`` (every index must exist)."""
    return sliding_windows(x, back + ahead + 1)[rows - back]


def valleys(smoothed_db: np.ndarray) -> np.ndarray:
    """Per frame: is it a valley (local minimum) of the smoothed level contour? The first and
    last frames never are."""
    s = smoothed_db
    out = np.zeros(s.shape[0], dtype=bool)
    out[1:-1] = (s[1:-1] <= s[:-2]) & (s[1:-1] < s[2:])
    return out


def hill_peaks(level_win: np.ndarray, valley_win: np.ndarray) -> np.ndarray:
    """Peak level (dB) of the hill each window element belongs to, within its row's window.

    A valley frame starts a new hill. Implemented as a forward and a backward cumulative
    maximum that restart at every hill (each hill is lifted by its own offset).
    """
    # Hill number of each element (the first element starts hill 0 whether or not it is a
    # valley; an integer cumsum: a float one of booleans is several times slower), times the
    # offset: exact in float64.
    hill = np.cumsum(valley_win, axis=1, dtype=np.int32)
    hill -= hill[:, :1]
    offset = hill * _HILL_OFFSET_DB
    fwd = level_win + offset
    np.maximum.accumulate(fwd, axis=1, out=fwd)
    fwd -= offset
    bwd = (level_win - offset)[:, ::-1]
    np.maximum.accumulate(bwd, axis=1, out=bwd)
    bwd = bwd[:, ::-1]
    bwd += offset
    return np.maximum(fwd, bwd, out=fwd)


def steepest_fall(fall_win: np.ndarray, peak_win: np.ndarray, talk_win: np.ndarray,
                  center: int, below_db: float, above_db: float) -> np.ndarray:
    """Per row: the steepest 30 ms fall (dB) starting at a talking frame whose syllable peak
    is within ``[peak - below_db, peak + above_db]`` of the row's own frame; NaN when there is
    none. Only syllables of about the frame's own level count, so the wearer's loud syllable
    ending next to a quiet colleague is not taken for the colleague's."""
    own = peak_win[:, center:center + 1]
    like = talk_win & (peak_win >= own - below_db) & (peak_win <= own + above_db)
    falls = np.where(like, fall_win, -np.inf)
    best = falls.max(axis=1)
    return np.where(np.isfinite(best), best, np.nan)


def f0_evidence(st: np.ndarray, median_st: float, sd_st: float, raise_st: float) -> np.ndarray:
    """Per frame (NaN where unvoiced): +1 inside the wearer's F0 range, down to -2 outside.

    The distance is in robust SDs below the median, or beyond ``raise_st`` semitones above
    it (an aroused wearer speaks higher): ``clip(1 - z**2 / 2, -2, 1)``.
    """
    below = (median_st - st) / sd_st
    above = np.maximum(st - median_st - raise_st, 0.0) / sd_st
    z = np.where(st < median_st, below, above)
    return np.clip(1.0 - 0.5 * z * z, -2.0, 1.0)


def envelope_evidence(cepstrum: np.ndarray, mean: np.ndarray, sd: np.ndarray,
                      background_spread: float) -> np.ndarray:
    """Per frame (NaN in silence): log-likelihood ratio, per coefficient, of the wearer's
    spectral envelope model (diagonal Gaussian) against a background model of the same centre
    and ``background_spread`` times the spread, clipped to [-2, 1].

    ``ln k - (1 - 1/k**2) * mean(z**2) / 2`` with ``z`` the coefficients' distances in the
    wearer's SDs: positive near the wearer's envelope, negative far from it.
    """
    z = (cepstrum - mean[None, :]) / sd[None, :]
    d2 = np.mean(z * z, axis=1)
    k = background_spread
    llr = math.log(k) - 0.5 * (1.0 - 1.0 / (k * k)) * d2
    return np.clip(llr, -2.0, 1.0)
