"""Per-frame voice cues and their robust statistics over a sliding window of voiced speech.

Runs on whichever thread calls the tracker (the engine worker thread in the app, the main
thread in ``analyze``). Everything is numpy-vectorised over the frames of a block; the
window for frame *i* is "the last ``window_frames`` voiced frames at or before frame *i*
that are at most ``span_s`` old", so every output depends only on the frames up to *i*:
any split of the stream into blocks gives bit-identical numbers.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import numpy as np

from companion.features.strided import sliding_windows

#: Per-frame cues taken from each voiced frame (columns of :func:`frame_cues`).
CUES: tuple[str, ...] = ("f0_st", "rms_dbfs", "alpha_ratio_db", "hammarberg_db",
                         "spectral_slope_db_per_khz", "syllable_rate_hz")

#: Window statistics (columns of :meth:`VoicedWindow.evaluate`).
STATS: tuple[str, ...] = ("f0_level_st", "f0_range_st", "loudness_dbfs", "alpha_ratio_db",
                          "hammarberg_db", "spectral_slope_db_per_khz", "rate_hz")

#: Largest number of windows sorted in one vectorised step (bounds memory; results do not
#: depend on it).
_MAX_EVAL_FRAMES = 256

# F0 range: spread between these quantiles of the window's semitone values.
_RANGE_LO_Q, _RANGE_HI_Q = 0.10, 0.90


class FramesLike(Protocol):
    """The fields of ``companion.features.FeatureFrames`` the arousal model reads."""

    t_s: np.ndarray
    f0_hz: np.ndarray
    voiced: np.ndarray
    speech: np.ndarray
    rms_dbfs: np.ndarray
    alpha_ratio_db: np.ndarray
    hammarberg_db: np.ndarray
    spectral_slope_db_per_khz: np.ndarray
    syllable_rate_hz: np.ndarray


def voiced_mask(frames: FramesLike) -> np.ndarray:
    """Frames usable for arousal: voiced with a finite, positive F0."""
    f0 = np.asarray(frames.f0_hz, dtype=np.float64)
    with np.errstate(invalid="ignore"):
        return np.asarray(frames.voiced, dtype=bool) & np.isfinite(f0) & (f0 > 0)


def frame_cues(frames: FramesLike, mask: np.ndarray) -> np.ndarray:
    """Cue matrix ``(n_masked, len(CUES))`` of the frames selected by ``mask``.

    F0 is in semitones re 1 Hz (``12 log2 f0``), so that differences are semitones.
    Non-finite cue values stay NaN and are ignored by the statistics.
    """
    cols = [
        12.0 * np.log2(np.asarray(frames.f0_hz, dtype=np.float64)[mask]),
        np.asarray(frames.rms_dbfs, dtype=np.float64)[mask],
        np.asarray(frames.alpha_ratio_db, dtype=np.float64)[mask],
        np.asarray(frames.hammarberg_db, dtype=np.float64)[mask],
        np.asarray(frames.spectral_slope_db_per_khz, dtype=np.float64)[mask],
        np.asarray(frames.syllable_rate_hz, dtype=np.float64)[mask],
    ]
    out = np.stack(cols, axis=1) if cols[0].size else np.empty((0, len(CUES)))
    out[~np.isfinite(out)] = np.nan
    return out


def _stats_sorted(values: np.ndarray, k: np.ndarray) -> np.ndarray:
    """Window statistics ``(n, len(STATS))`` of windows ``values`` ``(n, len(CUES), m)``
    (C-contiguous, NaN for missing entries; sorted in place), ``k`` ``(n, len(CUES))``
    counting the finite entries of each window; a window without any gives NaN.

    Medians are the mean of the two middle values; the F0 range is the difference of the
    10 % and 90 % quantiles (linear interpolation) of the semitones.
    """
    values.sort(axis=2)  # NaN sorts last
    n, c, m = values.shape
    top = np.maximum(k - 1, 0)
    row = np.arange(n * c).reshape(n, c) * m  # flat offset of each window
    pos = np.array([_RANGE_HI_Q, _RANGE_LO_Q])[:, None] * top[:, 0]  # (2, n)
    lo = np.floor(pos).astype(np.intp)
    at = np.concatenate([(row + top // 2).ravel(),
                         (row + np.minimum(np.maximum(k, 1) // 2, top)).ravel(),
                         (row[:, 0] + lo).ravel(),
                         (row[:, 0] + np.minimum(lo + 1, top[:, 0])).ravel()])
    v = values.reshape(-1)[at].astype(np.float64)
    nc = n * c
    med = (0.5 * (v[:nc] + v[nc:2 * nc])).reshape(n, c)
    med[k == 0] = np.nan
    q_lo, q_hi = v[2 * nc:2 * nc + 2 * n].reshape(2, n), v[2 * nc + 2 * n:].reshape(2, n)
    q = q_lo + (pos - lo) * (q_hi - q_lo)
    rng = q[0] - q[1]
    rng[k[:, 0] == 0] = np.nan
    return np.column_stack([med[:, 0], rng, med[:, 1:]])


def _aged(t: np.ndarray, times: np.ndarray, span_s: float) -> np.ndarray:
    """Per time ``t``: how many of the ascending ``times`` are more than ``span_s`` before it
    (``t - time > span_s`` exactly as written, which holds for a prefix of ``times``)."""
    last = times.shape[0] - 1
    c = np.searchsorted(times, t - span_s)
    while True:  # t - span_s rounds differently from t - time: move to the exact boundary
        up = (c <= last) & (t - times[np.minimum(c, last)] > span_s)
        down = (c > 0) & ~(t - times[np.maximum(c - 1, 0)] > span_s)
        if not (up.any() or down.any()):
            return c
        c += up
        c -= down


@dataclass
class VoicedWindow:
    """The trailing window of voiced-frame cues, carried across blocks.

    Statistics are computed at every ``step``-th frame of the stream (absolute frame index
    a multiple of ``step``) and held for the frames in between, so they lag by at most
    ``step - 1`` frames; the grid is absolute, so block splits do not matter.

    Attributes
    ----------
    size
        Voiced frames in a full window.
    span_s
        Frames older than this (s) before the evaluated frame are left out.
    step
        Evaluate every ``step`` frames (1 = every frame).
    """

    size: int
    span_s: float
    step: int = 1

    def __post_init__(self) -> None:
        # Cue-major float32 history: sorting float32 rows is ~3x faster than float64 and
        # dB / semitone values need nowhere near 7 significant digits.
        self._cues = np.full((len(CUES), self.size), np.nan, dtype=np.float32)
        self._t = np.full(self.size, -np.inf)
        self._n = 0  # frames seen
        self._seen = 0  # voiced frames seen
        self._last_stats = np.full(len(STATS), np.nan)
        self._last_count = 0
        # The window behind _last_stats: (first, first not aged out) voiced frame, counted
        # from the start of the stream; None before any.
        self._last_window: tuple[int, int] | None = None

    def evaluate(self, t_s: np.ndarray, mask: np.ndarray,
                 cues: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Window statistics at every frame of a block, then remember the block.

        Parameters
        ----------
        t_s
            Frame times (s), shape ``(n,)``.
        mask
            Which frames are voiced, shape ``(n,)``.
        cues
            :func:`frame_cues` of the voiced frames, shape ``(mask.sum(), len(CUES))``.

        Returns
        -------
        stats, count, age
            ``(n, len(STATS))`` statistics, ``(n,)`` voiced-frame counts per window and
            ``(n,)`` seconds since the newest voiced frame (inf before any).
        """
        t_s = np.asarray(t_s, dtype=np.float64)
        grid = (self._n + np.arange(t_s.shape[0])) % self.step == 0
        stats, count, which, age = self._advance(t_s, mask, cues, np.flatnonzero(grid))
        use = which[np.cumsum(grid)]  # row 0: the value carried from the previous block
        return stats[use], count[use], age

    def remember(self, t_s: np.ndarray, mask: np.ndarray, cues: np.ndarray) -> None:
        """Remember a block whose statistics nobody reads (the tracker is still learning
        its baseline): only its last evaluation is computed, the one the next block carries
        until its own first one, so what follows is the same as after :meth:`evaluate`."""
        t_s = np.asarray(t_s, dtype=np.float64)
        grid = (self._n + np.arange(t_s.shape[0])) % self.step == 0
        self._advance(t_s, mask, cues, np.flatnonzero(grid)[-1:])

    def _advance(self, t_s: np.ndarray, mask: np.ndarray, cues: np.ndarray,
                 at: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Distinct window statistics and counts (row 0: the carried value), which of them
        belongs to each of ``[carried, *at]`` (the block's frames ``at``) and the age (s) of
        the newest voiced frame at every frame; then take the block into the history."""
        size = self.size
        all_cues = np.concatenate([self._cues, cues.T.astype(np.float32)], axis=1)
        all_t = np.concatenate([self._t, t_s[mask]])
        ends = np.cumsum(mask, dtype=np.intp)
        # Window of the frame at row r: entries lo .. ends[r] + size - 1 of all_*, where
        # entries before lo >= ends[r] are older than span_s; a contiguous range.
        starts = ends[at]
        lo = starts
        if at.size and t_s[at[-1]] - all_t[starts[0]] > self.span_s:  # else none is too old
            lo = np.clip(_aged(t_s[at], all_t, self.span_s), starts, starts + size)
        # A row whose window holds the same entries as the row before it (no voiced frame
        # came, none aged out: most rows in pauses) has the same statistics: sort once.
        new = np.ones(at.size, dtype=bool)
        new[1:] = (starts[1:] != starts[:-1]) | (lo[1:] != lo[:-1])
        base = self._seen - size  # stream count of the voiced frame in column 0 of all_*
        if at.size:
            new[0] = (base + int(starts[0]), base + int(lo[0])) != self._last_window
            self._last_window = (base + int(starts[-1]), base + int(lo[-1]))
        first = np.flatnonzero(new)
        finite = np.zeros((all_t.shape[0] + 1, len(CUES)), dtype=np.intp)
        np.cumsum(np.isfinite(all_cues.T), axis=0, out=finite[1:])
        win_cues = sliding_windows(all_cues, size).transpose(1, 0, 2)
        ev_stats = np.empty((first.size + 1, len(STATS)))
        ev_count = np.empty(first.size + 1, dtype=np.intp)
        ev_stats[0], ev_count[0] = self._last_stats, self._last_count
        for a in range(0, first.size, _MAX_EVAL_FRAMES):
            s, f = starts[first[a:a + _MAX_EVAL_FRAMES]], lo[first[a:a + _MAX_EVAL_FRAMES]]
            vals = win_cues[s]  # (rows, cues, size), a C-contiguous copy
            aged = f > s
            if aged.any():
                vals[aged] = np.where(np.arange(size) < (f - s)[aged, None, None], np.nan,
                                      vals[aged])
            k = finite[s + size] - finite[f]
            ev_stats[1 + a:1 + a + s.size] = _stats_sorted(vals, k)
            ev_count[1 + a:1 + a + s.size] = k[:, 0]
        which = np.concatenate([[0], np.cumsum(new)])
        age = t_s - all_t[ends + size - 1]
        self._last_stats, self._last_count = ev_stats[-1].copy(), int(ev_count[-1])
        self._cues = all_cues[:, -size:].copy()
        self._t = all_t[-size:].copy()
        self._n += t_s.shape[0]
        self._seen += all_t.shape[0] - size
        return ev_stats, ev_count, which, age
