"""YIN-family pitch analysis of many frames at once, and the fixed-lag pitch/voicing decoder.

Runs on whichever thread calls :class:`companion.features.FeatureExtractor` (the engine worker
thread in the app, the main thread in the CLI). Pure numpy; no state at module level.

Method (de Cheveigné & Kawahara 2002; candidate weighting after Mauch & Dixon 2014, pYIN):

1. Difference function ``d(τ) = Σ_j (x_j − x_{j+τ})²`` over an integration window of ``W``
   samples, for every frame of a chunk at once: the cross term by FFT cross-correlation,
   the energy terms from cumulative sums.
2. Cumulative mean normalised difference ``d'(τ) = d(τ) / ((1/τ) Σ_{k≤τ} d(k))``.
3. Candidates are the local minima of ``d'`` between the shortest and longest period. Each
   gets the probability that it would be YIN's pick (the first dip under an absolute
   threshold) when the threshold is drawn from a Beta distribution: only dips deeper than
   every dip at a shorter period get weight, which is YIN's guard against sub-octave errors,
   made soft. Dip depths are taken at the parabolic vertex (between whole lags). An octave
   check then damps dips whose half or third lag is about as periodic (sub-octaves, which
   noise and competing talkers otherwise make look deeper). Period refined by parabolic
   interpolation of ``d``.
4. Voicing probability from the deepest dip (aperiodicity) and the frame level.
5. A fixed-lag Viterbi decoder over (candidates + unvoiced) with a semitone-jump cost
   (octave-error control) and a voiced/unvoiced switch cost picks one state per frame.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

__all__ = ["PitchCandidates", "FixedLagViterbi", "yin_candidates"]

#: Beta distribution of YIN thresholds (mean 0.15), as in pYIN.
_BETA_A = 2.0
_BETA_B = 11.33
#: Weight every local minimum keeps even when it is not YIN's pick at any threshold.
_FLOOR_WEIGHT = 0.01
#: Exponent of the per-octave preference for shorter periods in the floor weight.
_OCTAVE_POWER = 1.0
#: Octave check: a dip at lag τ is a likely multiple of the period when the normalised
#: correlation at τ/2 or τ/3 is at least this share of that at τ (at a true period the
#: share is near 0 on average, at a multiple near 1) ...
_OCTAVE_MARGIN = 0.85
#: ... with a logistic of this width ...
_OCTAVE_WIDTH = 0.03
#: ... and then keeps this share of its weight (a real period doubling can still win).
_OCTAVE_KEEP = 0.05
#: Octave check: the divisors of the lag (sub-octave, sub-third) and the lags read around
#: each quotient.
_SUB_DIVISORS = np.array([[2.0], [3.0]])
_SUB_OFFSETS = np.array([-1, 0, 1])[:, None]
#: Cost (nats) standing for "impossible" (finite, so sums never produce NaN).
IMPOSSIBLE = 1.0e6


@dataclass
class PitchCandidates:
    """Pitch candidates of ``n`` frames (``m`` per frame).

    Attributes
    ----------
    f0_hz
        (n, m) candidate frequencies in Hz, heaviest first; NaN where a frame has fewer
        candidates.
    weight
        (n, m) candidate probabilities given the frame is voiced (rows sum to 1 or 0).
    aperiodicity
        (n, m) ``d'`` at each candidate (0 = perfectly periodic, ~1 = noise).
    best_aperiodicity
        (n,) the deepest dip of ``d'`` in the search range (1 when there is none).
    """

    f0_hz: np.ndarray
    weight: np.ndarray
    aperiodicity: np.ndarray
    best_aperiodicity: np.ndarray


@dataclass
class _Dips:
    """The dips of ``n`` frames' ``d'``, each frame's packed to the left of a row of ``k``
    slots in lag order (``k``: the most dips in a frame, at least the candidates kept).

    Attributes
    ----------
    depth
        (n, k) ``d'`` at the parabolic vertex of each dip; +inf in empty slots.
    lag
        (n, k) lag of each dip in samples (whole lags); ``tau_min`` in empty slots.
    weight
        (n, k) candidate weight of each dip (unnormalised); 0 in empty slots.
    best
        (n,) the deepest dip of each frame, at most 1.
    """

    depth: np.ndarray
    lag: np.ndarray
    weight: np.ndarray
    best: np.ndarray


def yin_candidates(segments: np.ndarray, *, sample_rate_hz: float, window: int, tau_min: int,
                   tau_max: int, n_candidates: int, nfft: int,
                   energy_cumsum: np.ndarray | None = None) -> PitchCandidates:
    """Analyse frames with YIN and return the best ``n_candidates`` periods of each.

    Parameters
    ----------
    segments
        (..., window + tau_max + 2) samples, one analysis segment per frame, the frames in
        row-major order over the leading axes (e.g. (chunks, frames per chunk): strided
        views are read once, never copied to (n, ...) first).
    sample_rate_hz
        Sample rate in Hz.
    window
        Integration window ``W`` in samples.
    tau_min, tau_max
        Shortest and longest period searched, samples (``tau_min >= 2``).
    n_candidates
        Candidates kept per frame.
    nfft
        FFT size, at least ``segments.shape[-1]``.
    energy_cumsum
        Optional (..., segment length + 1) running sums of squares (leading axes as
        ``segments``), row ``i`` starting with the sum before segment ``i`` (a strided view
        of one cumulative sum over the whole chunk is much cheaper than a cumulative sum per
        frame). Computed here when omitted.
    """
    top = tau_max + 1  # largest lag needed (right neighbour of tau_max)
    d, dn, e_tau, e0 = _difference(segments, window, top, nfft, energy_cumsum)
    dips = _dip_weights(d, dn, e_tau, e0, tau_min, tau_max, n_candidates)
    return _best_candidates(dips, d, n_candidates=n_candidates, sample_rate_hz=sample_rate_hz)


def _difference(segments: np.ndarray, window: int, top: int, nfft: int,
                energy_cumsum: np.ndarray | None
                ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """YIN's difference function ``d`` (n, top + 1), its cumulative-mean-normalised form
    ``dn``, the window energies ``e_tau`` at every lag and ``e0`` (steps 1-2)."""
    lead, seg_len = segments.shape[:-1], segments.shape[-1]
    n = math.prod(lead)
    # Both transforms in one call on zero-padded float64 rows: numpy's FFT vectorises over
    # rows only when it need not pad them itself (several times faster than two calls).
    padded = np.empty((2 * n, nfft))  # zeroed only where no sample goes
    padded[:n, window:] = 0.0
    padded[n:, seg_len:] = 0.0
    padded[:n].reshape(*lead, nfft)[..., :window] = segments[..., :window]
    padded[n:].reshape(*lead, nfft)[..., :seg_len] = segments
    spectra = np.fft.rfft(padded, axis=1)
    a = spectra[:n]  # in place: fresh megabyte-sized arrays cost page faults
    np.conjugate(a, out=a)
    a *= spectra[n:]
    r = np.fft.irfft(a, nfft, axis=1)[:, : top + 1]
    if energy_cumsum is None:
        energy_cumsum = np.zeros((*lead, seg_len + 1))
        np.cumsum(np.square(segments, dtype=np.float64), axis=-1, out=energy_cumsum[..., 1:])
    ec = energy_cumsum
    # e_tau = sum of x^2 over [tau, tau + W) for tau = 0..top; e0 = e_tau[0].
    e_tau = (ec[..., window:window + top + 1] - ec[..., :top + 1]).reshape(n, top + 1)
    e0 = e_tau[:, 0].copy()
    d = e_tau + e0[:, None]
    r *= 2.0  # in place (exact), r is ours
    d -= r
    np.maximum(d, 0.0, out=d)
    d[:, 0] = 0.0
    cum = np.cumsum(d[:, 1:], axis=1)
    ok = cum > 1e-12 * e0[:, None] + 1e-30
    dn = np.ones_like(d)
    lag_index = np.arange(1, top + 1, dtype=d.dtype)
    np.divide(d[:, 1:] * lag_index, cum, out=dn[:, 1:], where=ok)
    return d, dn, e_tau, e0


def _dip_weights(d: np.ndarray, dn: np.ndarray, e_tau: np.ndarray, e0: np.ndarray,
                 tau_min: int, tau_max: int, n_candidates: int) -> _Dips:
    """The dips of every frame with their candidate weights (step 3)."""
    # Local minima of d' in [tau_min, tau_max]: the deepest one sets the voicing evidence.
    flat, depth = _dips(dn, tau_min, tau_max)  # the dips, row by row (flat indices: cheap gathers)
    n = dn.shape[0]
    ri, ci = np.divmod(flat, tau_max - tau_min + 1)
    lag = ci + tau_min  # samples
    # Each frame's dips packed to the left of a row of k slots (in lag order).
    count = np.bincount(ri, minlength=n)
    k = max(int(count.max(initial=0)), n_candidates)
    rank = np.arange(flat.size) - (np.cumsum(count) - count).take(ri)
    slot = ri * k + rank
    depths = np.full((n, k), np.inf)
    depths.put(slot, depth)
    best = depths.min(axis=1)
    best = np.where(best < 1.0, best, 1.0)

    # Probability of being YIN's first-dip-under-threshold pick for a Beta threshold: the
    # threshold must pass below this dip and above every dip at a shorter period.
    prior = np.minimum.accumulate(depths, axis=1)
    v = np.clip(depth, 0.0, 1.0)
    before = np.ones_like(v)
    inner = rank > 0
    before[inner] = np.minimum(_flat(prior).take(slot[inner] - 1), 1.0)
    # Floor weight, halved per octave of period (Praat-style octave cost): when every dip is
    # shallow (heavy noise) the shorter period still wins a tie against its sub-octave.
    floor = _FLOOR_WEIGHT * (1.0 - v) * (tau_min / lag) ** _OCTAVE_POWER
    wv = np.maximum(_beta_cdf(before) - _beta_cdf(v), 0.0) + floor
    # Octave check: a dip at tau is a multiple of a shorter period when the signal is about
    # as periodic at tau/2 or tau/3 (normalised correlation, which noise scales alike at
    # both lags): such dips keep only a small share of their weight.
    wv *= _octave_check(d, e_tau, e0, ri, lag)
    weights = np.zeros((n, k))
    weights.put(slot, wv)
    lags = np.full((n, k), tau_min, dtype=np.intp)
    lags.put(slot, lag)
    return _Dips(depths, lags, weights, best)


def _best_candidates(dips: _Dips, d: np.ndarray, *, n_candidates: int,
                     sample_rate_hz: float) -> PitchCandidates:
    """The ``n_candidates`` heaviest dips per frame, heaviest first, periods refined by
    parabolic interpolation of ``d``, weights normalised (step 3, end)."""
    n = d.shape[0]
    # Stable: equal weights (the empty slots' zeros) keep lag order, so the order is defined.
    idx = np.argsort(-dips.weight, axis=1, kind="stable")[:, :n_candidates]
    rows = np.arange(n)[:, None]
    w = take_2d(dips.weight, rows, idx)
    valid = w > 0.0
    tau = take_2d(dips.lag, rows, idx)
    # Parabolic interpolation of the raw difference function around each dip.
    d0 = take_2d(d, rows, tau - 1)
    d1 = take_2d(d, rows, tau)
    d2 = take_2d(d, rows, tau + 1)
    denom = d0 - 2.0 * d1 + d2
    pos = denom > 0.0
    shift = np.where(pos, 0.5 * (d0 - d2) / np.where(pos, denom, 1.0), 0.0)
    np.clip(shift, -1.0, 1.0, out=shift)
    f0 = np.where(valid, sample_rate_hz / (tau + shift), np.nan)
    total = w.sum(axis=1, keepdims=True)
    w = np.where(valid, w / np.where(total > 0.0, total, 1.0), 0.0)
    ap = np.where(valid, np.clip(take_2d(dips.depth, rows, idx), 0.0, 1.0), 1.0)
    return PitchCandidates(f0_hz=f0, weight=w, aperiodicity=ap, best_aperiodicity=dips.best)


def _flat(a: np.ndarray) -> np.ndarray:
    """``a`` as one row-major 1-D array (a view when ``a`` is C-contiguous)."""
    return a.reshape(-1)


def take_2d(a: np.ndarray, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """``a[rows, cols]`` of a 2-D array (same values), gathered through flat indices: a
    fraction of the cost of numpy's two-array fancy indexing for these small arrays."""
    return _flat(a).take(rows * a.shape[1] + cols)


def _dips(curve: np.ndarray, tau_min: int, tau_max: int) -> tuple[np.ndarray, np.ndarray]:
    """Local minima of ``curve`` (n, lags) over lags [tau_min, tau_max].

    Returns ``(flat, depth)``: the minima as row-major flat indices into an
    (n, tau_max - tau_min + 1) array, and each one's value at its parabolic vertex (the
    depth between whole lags: at 8 kHz a 400 Hz period is 20 samples, and half a sample off
    the period raises the difference a lot for short periods only, which would bias the
    choice toward longer sub-octave periods).
    """
    mid = curve[:, tau_min:tau_max + 1]
    flat = np.flatnonzero((mid < curve[:, tau_min - 1:tau_max])
                          & (mid <= curve[:, tau_min + 1:tau_max + 2]))
    # The vertex only at the minima (a few in a hundred lags), through flat gathers.
    at = flat + (flat // mid.shape[1]) * (curve.shape[1] - mid.shape[1]) + tau_min
    c = _flat(curve)
    left, centre, right = c.take(at - 1), c.take(at), c.take(at + 1)
    curv = left - 2.0 * centre + right
    ok = curv > 0.0
    drop = np.where(ok, (left - right) ** 2 / (8.0 * np.where(ok, curv, 1.0)), 0.0)
    return flat, np.maximum(centre - drop, 0.0)


def _octave_check(d: np.ndarray, e_tau: np.ndarray, e0: np.ndarray, rows: np.ndarray,
                  tau: np.ndarray) -> np.ndarray:
    """Factor in (0, 1] for dips ``(rows, tau)``: small when ``tau`` looks like a multiple.

    ``nd(τ) = d(τ) / (e_0 + e_τ)`` is 1 − the normalised correlation ``r(τ)`` (0 for a
    periodic signal, about 1 for noise). For a signal periodic at ``τ``, ``r(τ/k)`` (k = 2, 3)
    is the share of its periodic energy in harmonics that are multiples of ``k`` minus the
    rest, weighted by phase: a voice at period ``τ`` has its fundamental and the other
    harmonics too, so ``r(τ/k)`` falls well below ``r(τ)``; at a multiple ``τ = kT`` of the
    true period ``T`` both are whole periods and ``r(τ/k) ≈ r(τ)``, whatever the noise
    (which scales both alike). So a dip whose ratio ``r(τ/k) / r(τ)`` is above
    ``_OCTAVE_MARGIN`` is most likely a sub-octave (sub-third) and keeps only a small share
    of its weight. ``d`` and ``e_tau`` (n, lags) must cover lags ``0 … max(tau) + 1``;
    ``nd`` is computed only at the seven lags each dip reads.
    """
    n_lags = d.shape[1]
    # Lags read per dip: tau, then tau/2 - 1 ... tau/2 + 1 and tau/3 - 1 ... tau/3 + 1.
    sub = np.rint(tau / _SUB_DIVISORS).astype(np.intp)  # (2, dips)
    at = np.empty((7, tau.size), dtype=np.intp)
    at[0] = tau
    np.add(np.minimum(np.maximum(sub, 2), n_lags - 2)[:, None, :], _SUB_OFFSETS,
           out=at[1:].reshape(2, 3, tau.size))
    flat = rows * n_lags + at
    den = _flat(e_tau).take(flat) + e0.take(rows)
    nd = _flat(d).take(flat) / np.where(den > 0.0, den, 1.0)
    r_tau = 1.0 - nd[0]
    r_tau = np.where(r_tau > 1e-3, r_tau, 1e-3)
    nd_sub = np.minimum(np.minimum(nd[1::3], nd[2::3]), nd[3::3])  # (2, dips)
    rho_k = np.where(sub >= 2, (1.0 - nd_sub) / r_tau, -np.inf)
    rho = np.maximum(rho_k[0], rho_k[1])
    z = np.clip((_OCTAVE_MARGIN - rho) / _OCTAVE_WIDTH, -50.0, 50.0)
    return _OCTAVE_KEEP + (1.0 - _OCTAVE_KEEP) / (1.0 + np.exp(-z))


def _beta_cdf(x: np.ndarray) -> np.ndarray:
    """CDF of Beta(2, b) at ``x`` in [0, 1]: ``1 − (1 − x)^b (1 + b x)``."""
    return 1.0 - (1.0 - x) ** _BETA_B * (1.0 + _BETA_B * x)


class FixedLagViterbi:
    """Online Viterbi decoding with a fixed look-ahead, over ``m`` pitch states + unvoiced.

    Frame ``t``'s state is decided when frame ``t + lag`` has been seen, by tracing back from
    the best state at ``t + lag``. Decisions never change afterwards, so feeding the frames
    in any grouping gives the same result; :meth:`finish` decides the last ``lag`` frames
    from the best final state.

    Parameters
    ----------
    n_candidates
        Pitch states per frame; state index ``n_candidates`` is "unvoiced".
    lag
        Look-ahead in frames.
    jump_cost
        Cost (nats) per semitone of pitch change beyond ``free_semitones`` per frame.
    free_semitones
        Pitch change per frame that costs nothing.
    switch_cost
        Cost (nats) of a voiced/unvoiced transition.
    """

    def __init__(self, n_candidates: int, lag: int, *, jump_cost: float, free_semitones: float,
                 switch_cost: float) -> None:
        self.m = n_candidates
        self.lag = lag
        self.jump_cost = jump_cost
        self.free = free_semitones
        self.switch_cost = switch_cost
        self._acc: np.ndarray | None = None
        self._prev_st = np.full(n_candidates, np.nan)
        s = n_candidates + 1
        # Flat index of row i's start in an (s, s) array, and [j, i] -> i (replicates a vector).
        self._rows = np.arange(s) * s
        self._replicate = np.tile(np.arange(s), (s, 1))
        # Back-pointers of the last `lag` frames (the undecided ones), oldest first.
        self._bp_hist = np.empty((0, n_candidates + 1), dtype=np.intp)
        self._frames_seen = 0

    def _transitions(self, f0_hz: np.ndarray) -> np.ndarray:
        """(n, s, s) transition costs into each frame of a chunk: ``[t, j, i]`` is the cost
        of entering state ``j`` at frame ``t`` from state ``i`` at the previous frame."""
        n, m = f0_hz.shape
        st = 12.0 * np.log2(f0_hz)
        prev = np.empty_like(st)
        prev[0] = self._prev_st
        prev[1:] = st[:-1]
        self._prev_st = st[-1].copy()
        jump = np.abs(st[:, :, None] - prev[:, None, :])
        jump -= self.free
        s = m + 1
        trans = np.empty((n, s, s))
        # fmax: 0 where a state is invalid (NaN; see emissions).
        np.multiply(self.jump_cost, np.fmax(jump, 0.0), out=trans[:, :m, :m])
        trans[:, :m, m] = self.switch_cost
        trans[:, m, :m] = self.switch_cost
        trans[:, m, m] = 0.0
        return trans

    def _forward(self, f0_hz: np.ndarray, emission: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Accumulated costs (n, s) and back-pointers (n, s) of ``n`` (>= 1) frames.

        The recursion is sequential, so its cost is numpy's per-call overhead: each frame is
        a few calls on (s, s) arrays of the same shape (no broadcasting, no reductions, the
        cheapest calls): ``tot[j, i] = score[j, i] + acc[i]`` (``acc`` kept replicated over
        rows ``j``), the row argmin, and the minima gathered back replicated.
        """
        s = self.m + 1
        score = self._transitions(f0_hz)
        score += emission[:, :, None]
        rows, replicate = self._rows, self._replicate
        if self._acc is None:
            acc, first = emission[0].take(replicate), 1
            bps, accs = [np.full(s, s - 1, dtype=np.intp)], [acc]
        else:
            acc, first = self._acc.take(replicate), 0
            bps, accs = [], []
        for sc in score[first:]:
            tot = sc + acc
            bp = tot.argmin(axis=1)
            acc = tot.take((bp + rows).take(replicate))
            bps.append(bp)
            accs.append(acc)
        return np.concatenate(accs)[::s], np.concatenate(bps).reshape(-1, s)

    def push(self, f0_hz: np.ndarray, emission: np.ndarray) -> np.ndarray:
        """Feed ``n`` frames; return the states decided by them (oldest first).

        Parameters
        ----------
        f0_hz
            (n, m) candidate frequencies (NaN = no candidate).
        emission
            (n, m + 1) costs in nats (last column: unvoiced).
        """
        n = f0_hz.shape[0]
        if n == 0:
            return np.empty(0, dtype=np.intp)
        accs, bps = self._forward(f0_hz, emission)
        acc = accs[n - 1]
        self._acc = acc - acc.min()

        # Fixed-lag decisions: frame t decides frame t - lag by tracing back from its best state.
        seen = self._frames_seen
        lag = self.lag
        hist = self._bp_hist
        h = hist.shape[0]
        all_bp = np.concatenate([hist, bps]) if h else bps
        s = all_bp.shape[1]
        # Back-pointers as flat indices into the rows before (row 0's are never followed).
        ptr = _flat(all_bp + np.arange(-s, (all_bp.shape[0] - 1) * s, s)[:, None])
        j = np.arange(max(0, lag - seen), n)
        at = (h + j) * s + accs[j].argmin(axis=1)  # flat (frame, best state)
        for _ in range(lag):
            at = ptr.take(at)
        self._bp_hist = all_bp[all_bp.shape[0] - min(lag, seen + n):] if lag else all_bp[:0]
        self._frames_seen = seen + n
        return at % s

    def finish(self) -> np.ndarray:
        """Decide every frame still pending (end of stream), oldest first."""
        hist = self._bp_hist
        if self._acc is None or hist.shape[0] == 0:
            return np.empty(0, dtype=np.intp)
        state = int(self._acc.argmin())
        path = [state]
        for i in range(hist.shape[0] - 1, 0, -1):
            state = int(hist[i, state])
            path.append(state)
        path.reverse()
        self._bp_hist = hist[:0]
        return np.asarray(path, dtype=np.intp)
