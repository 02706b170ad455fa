"""The streaming voice feature engine: :class:`FeatureExtractor` and :func:`extract_features`.

Threads: an extractor is used from one thread at a time — the engine worker thread in the
app, the main thread in ``companion analyze`` and in the benchmark. It holds only its own
state (no module-level state).

Frame and latency conventions
-----------------------------
- Frame ``i`` stands for the hop ``[i*hop, (i+1)*hop)`` of the stream; its centre is
  ``t_s = (i + 0.5) * hop_s``. A stream of ``n`` samples gives ``ceil(n / hop)`` frames (a
  3.0 s stream: 300 frames). Analysis windows are centred on the frame centre; audio before
  the stream start and after its end counts as silence.
- Frames are analysed in chunks of ``chunk_frames`` that start at fixed frame indices, and the
  pitch/voicing decoder decides frame ``i`` when frame ``i + viterbi_lag_frames`` has been
  analysed. Every later stage uses only past values plus that same look-ahead. Hence
  :meth:`FeatureExtractor.process` returns the same frames, bit for bit, whatever the block
  sizes, and :func:`extract_features` is literally ``process(all) + flush()``.
- Latency: frame ``i`` is returned once the audio up to
  ``t_s + (viterbi_lag_frames + chunk_frames) * hop_s + analysis half-window`` has arrived
  (at most about 0.7 s with the defaults); :meth:`FeatureExtractor.flush` returns the rest.
- Memory is bounded by ``_BATCH_CHUNKS`` chunks plus the trailing windows, whatever the
  stream length.
"""

from __future__ import annotations

from itertools import groupby, pairwise

import numpy as np

from companion.audio.fft_util import next_fast_len
from companion.errors import CompanionError
from companion.features.config import FeatureConfig
from companion.features.frames import FeatureFrames
from companion.features.pitch import (
    IMPOSSIBLE,
    FixedLagViterbi,
    PitchCandidates,
    take_2d,
    yin_candidates,
)
from companion.features.rate import MIN_RATE_SPEECH_S, SyllableRate
from companion.features.robust import median
from companion.features.spectral import (
    SpectralBands,
    level_dbfs,
    spectral_features,
)
from companion.features.strided import strided_blocks, strided_rows

__all__ = ["FeatureExtractor", "FeatureInputError", "extract_features"]

#: Chunks analysed together (when that much audio has arrived): fewer, larger numpy calls
#: for all per-frame work. On a 600 s file (one core) the extractor took 6 % less CPU with 8
#: chunks of 50 frames than with 4 on a machine without AVX-512 (the same on one with it),
#: for 3 MB more peak memory; 16 saved nothing more and added 9 MB; fewer add call overhead.
_BATCH_CHUNKS = 8
#: Half length (taps) of the anti-alias filter before pitch decimation.
_FIR_HALF = 16
#: Width (in units of aperiodicity) of the voicing-probability logistic.
_VOICING_SLOPE = 0.05
#: Frames averaged (power) for the noise-floor tracker and for the VAD decision.
_FLOOR_SMOOTH = 20
_DECISION_SMOOTH = 8
#: Level below the recent peak (dB) where the voicing threshold starts / ends tightening.
_LOUD_DB = 6.0
_QUIET_DB = 20.0
#: Band level above the noise floor (dB) where the voicing threshold starts / ends tightening.
_FLOOR_CLEAR_DB = 9.0
_FLOOR_NEAR_DB = 3.0
_FLOOR_WEIGHT = 0.5
#: Talker-range prior of the pitch decoder: free zone below the recent median (semitones),
#: cost per semitone beyond it (nats), cap (nats), history of decided voiced frames and the
#: least history before it applies (frames).
_RANGE_FREE_ST = 7.0
_RANGE_COST = 0.5
_RANGE_CAP = 3.0
_RANGE_FRAMES = 300
_RANGE_MIN_FRAMES = 50
#: Width (dB) of the absolute-level voicing gate.
_LEVEL_SLOPE_DB = 1.5
#: Syllable nuclei: a peak must be the maximum within ±_PEAK_FRAMES frames...
_PEAK_FRAMES = 5
#: ...and rise ``syllable_dip_db`` above the minimum within ±_DIP_FRAMES frames.
_DIP_FRAMES = 10


class FeatureInputError(CompanionError):
    """Audio handed to the feature engine that cannot be analysed (NaN/inf, wrong shape)."""


def _lowpass(taps: int, cutoff: float) -> np.ndarray:
    """Hamming-windowed sinc low-pass, ``cutoff`` in cycles per sample, unit DC gain."""
    k = np.arange(taps) - (taps - 1) / 2.0
    h = np.sinc(2.0 * cutoff * k) * np.hamming(taps)
    return (h / h.sum()).astype(np.float32)


def _trailing(values: np.ndarray, history: np.ndarray, size: int, fill: float,
              reduce: str) -> tuple[np.ndarray, np.ndarray]:
    """Trailing-window min or max over ``history + values``; returns (result, new history).

    ``history`` holds the last ``size - 1`` earlier values (padded with ``fill`` at the stream
    start). Exact (no arithmetic), so any grouping of the input gives identical output.
    """
    ext = np.concatenate([history, values])
    win = strided_rows(ext, size, len(values))
    out = win.min(axis=1) if reduce == "min" else win.max(axis=1)
    return out, ext[len(ext) - (size - 1):] if size > 1 else ext[:0]


def _nanmean_rows(rows: np.ndarray) -> np.ndarray:
    """``np.nanmean(rows, axis=1)`` (same values), without its copies when there is no NaN
    (every frame but the first few of a stream)."""
    if np.isnan(rows).any():
        return np.nanmean(rows, axis=1)
    return np.add.reduce(rows, axis=1) / rows.shape[1]


class FeatureExtractor:
    """Turns a stream of 16 kHz float32 mono blocks into :class:`FeatureFrames`.

    ``process(block)`` accepts any block size (one sample or an hour) and returns the frames
    completed so far; ``flush()`` ends the stream, returns the remaining frames and makes the
    extractor ready for a new stream starting at ``t_s = 0``.

    Raises
    ------
    FeatureInputError
        A block that is not float, not one-dimensional, or holds NaN/infinite samples.
    """

    def __init__(self, config: FeatureConfig | None = None) -> None:
        cfg = config if config is not None else FeatureConfig()
        self.config = cfg
        self._hop = cfg.hop
        # Pitch is analysed at half the rate (a low-passed, decimated copy) when the rate and
        # hop allow: same accuracy for voice pitch at a third of the cost.
        self._q = (2 if cfg.sample_rate_hz >= 16000 and self._hop % 2 == 0
                   and cfg.f0_max_hz <= cfg.sample_rate_hz / 8 else 1)
        sr_p = cfg.sample_rate_hz / self._q
        self._sr_p = sr_p
        self._tau_min = max(2, int(np.floor(sr_p / cfg.f0_max_hz)))
        self._tau_max = int(np.ceil(sr_p / cfg.f0_min_hz))
        self._yin_w = max(int(round(cfg.yin_window_s * sr_p)), self._tau_max + 2)
        self._seg = self._yin_w + self._tau_max + 2
        self._nfft = next_fast_len(self._seg)
        # YIN's estimate at lag tau describes the middle of [start, start + W + tau): start the
        # segment so that this middle is the frame centre for the geometric-mean period of
        # the range (bias under +-2.5 ms for 80-400 Hz, instead of up to 8 ms).
        tau_ref = float(np.sqrt(self._tau_min * self._tau_max))
        self._seg_left = int(round((self._yin_w + tau_ref) / 2.0))
        if self._q > 1:
            self._fir = _lowpass(2 * _FIR_HALF + 1, 0.45 * sr_p / cfg.sample_rate_hz)
            pitch_left = self._q * self._seg_left + _FIR_HALF + 1
            pitch_right = self._q * (self._seg - self._seg_left) + _FIR_HALF + 1
        else:
            self._fir = np.ones(1)
            pitch_left, pitch_right = self._seg_left, self._seg - self._seg_left
        self._spec_w = cfg.spectrum_window
        self._energy_w = cfg.energy_window
        sizes = (self._spec_w, self._energy_w)
        self._left = max(pitch_left, *(n // 2 for n in sizes))
        self._left += self._left % 2
        self._right = max(pitch_right, *(n - n // 2 for n in sizes))
        self._bands = SpectralBands.make(self._spec_w, cfg.sample_rate_hz)
        self._lag = cfg.viterbi_lag_frames
        self._peak = min(_PEAK_FRAMES, self._lag)
        self._dip = min(_DIP_FRAMES, self._lag)
        self._floor_n = max(1, int(round(cfg.noise_floor_window_s / cfg.hop_s)))
        self._peak_n = max(1, int(round(cfg.peak_window_s / cfg.hop_s)))
        self._hang_n = int(round(cfg.vad_hangover_s / cfg.hop_s)) + 1
        self._rate_n = max(1, int(round(cfg.syllable_window_s / cfg.hop_s)))
        self._min_rate_frames = int(np.ceil(MIN_RATE_SPEECH_S / cfg.hop_s))
        self._reset()

    # ------------------------------------------------------------------ state
    def _reset(self) -> None:
        cfg = self.config
        self._buf = np.zeros(self._left, dtype=np.float32)  # padded coordinates
        self._buf_start = 0
        self._blocks: list[np.ndarray] = []
        self._n_samples = 0
        self._next_frame = 0
        self._viterbi = FixedLagViterbi(
            cfg.pitch_candidates, self._lag, jump_cost=cfg.octave_jump_cost,
            free_semitones=cfg.free_jump_semitones, switch_cost=cfg.voicing_switch_cost)
        self._floor_hist = np.full(self._floor_n - 1, np.inf)
        self._power_hist = np.full(_FLOOR_SMOOTH - 1, np.nan)
        self._peak_hist = np.full(self._peak_n - 1, -np.inf)
        self._hang_hist = np.zeros(self._hang_n - 1, dtype=bool)
        self._pending: dict[str, np.ndarray] | None = None
        self._undecided_f0 = np.empty((0, cfg.pitch_candidates))
        self._recent_st = np.empty(0)
        self._states: list[np.ndarray] = []
        self._n_states = 0
        self._env_hist = np.full(self._dip, -np.inf)
        self._rate = SyllableRate(self._rate_n, self._min_rate_frames, cfg.hop_s)

    def _centre(self, frame: int) -> int:
        """Padded-coordinate sample index of frame ``frame``'s centre minus the left pad."""
        return frame * self._hop + self._hop // 2

    def _span_end(self, last_frame: int) -> int:
        return self._centre(last_frame) + self._left + self._right

    # ------------------------------------------------------------------ public API
    def process(self, block: np.ndarray) -> FeatureFrames:
        """Feed samples (float, mono, ``config.sample_rate_hz``); return newly completed frames."""
        x = np.asarray(block)
        if x.ndim != 1:
            if x.ndim == 2 and 1 in x.shape:
                x = x.reshape(-1)
            else:
                raise FeatureInputError(
                    f"audio block of shape {x.shape} is not mono",
                    "pass a one-dimensional array of samples")
        if x.dtype.kind != "f":
            raise FeatureInputError(
                f"audio samples of type {x.dtype} are not floating point",
                "pass float samples scaled to [-1, 1]")
        if x.size == 0:
            return FeatureFrames.empty()
        x = x.astype(np.float32, copy=True)
        if not np.isfinite(x).all():
            raise FeatureInputError("audio holds NaN or infinite samples",
                                    "check the recording or the audio device")
        self._blocks.append(x)
        self._n_samples += x.size
        k = self.config.chunk_frames
        available = self._left + self._n_samples
        first = self._next_frame
        last = first
        while available >= self._span_end(last + k - 1):
            last += k
        return FeatureFrames.concat(self._analyse(list(range(first, last + 1, k))))

    def flush(self) -> FeatureFrames:
        """End the stream: analyse what is left and return all remaining frames."""
        total = -(-self._n_samples // self._hop)
        k = self.config.chunk_frames
        if total > self._next_frame:
            need = self._span_end(total - 1) - (self._left + self._n_samples)
            if need > 0:
                self._blocks.append(np.zeros(need, dtype=np.float32))
        bounds = list(range(self._next_frame, total, k)) + [total]
        parts = self._analyse(bounds) if total > self._next_frame else []
        states = self._viterbi.finish()
        if states.size:
            self._states.append(states)
            self._n_states += states.size
        parts.append(self._emit(final=True))
        self._reset()
        return FeatureFrames.concat(parts)

    # ------------------------------------------------------------------ analysis
    def _samples(self, start: int, stop: int) -> np.ndarray:
        """Padded samples [start, stop) as float64 (merging received blocks first)."""
        if self._blocks:
            self._buf = np.concatenate([self._buf, *self._blocks])
            self._blocks = []
        return self._buf[start - self._buf_start:stop - self._buf_start]

    def _frames_of(self, span: np.ndarray, width: int, n: int) -> np.ndarray:
        return strided_rows(span, width, n, self._hop, self._left - width // 2)

    def _pitch_frames(self, span: np.ndarray, sizes: list[int]) -> tuple[np.ndarray, np.ndarray]:
        """Pitch-analysis segments (..., seg) (decimated by ``_q``) of consecutive chunks of
        ``sizes`` frames, the first starting at ``span[0]``, and their energy running sums
        (..., seg + 1): strided (chunks, frames, ...) views when the chunks are all the same
        size, else (n, ...) arrays.

        Each chunk is decimated and summed on its own, exactly as if it were analysed alone
        (one matrix product per chunk, see :func:`~companion.features.spectral.grouped_matmul`), so that a frame's values
        do not depend on how many chunks are analysed at once.
        """
        segments, energy = [], []
        frame = 0
        for size, group in groupby(sizes):
            count = len(list(group))
            seg, ec = self._pitch_run(span, frame, count, size)
            segments.append(seg)
            energy.append(ec)
            frame += count * size
        if len(segments) == 1:
            return segments[0], energy[0]
        return (np.concatenate([s.reshape(-1, self._seg) for s in segments]),
                np.concatenate([e.reshape(-1, self._seg + 1) for e in energy]))

    def _pitch_run(self, span: np.ndarray, frame: int, chunks: int,
                   size: int) -> tuple[np.ndarray, np.ndarray]:
        """:meth:`_pitch_frames` of ``chunks`` chunks of ``size`` frames from frame ``frame``
        of ``span``: per chunk, the (decimated) samples and one float64 cumulative sum of
        their squares, of which the rows are strided (chunks, size, ...) views."""
        hop = self._hop
        length = (size - 1) * hop + self._left + self._right  # samples of one chunk's span
        if self._q == 1:
            y = np.array(strided_blocks(span, chunks, size * hop, length, 1, 1, frame * hop)[:, 0])
            step, first = hop, self._left - self._seg_left
        else:
            # y[k] is the low-passed span centred on span[q*k + _FIR_HALF] (h is symmetric),
            # computed only at the kept (decimated) positions, one matrix product per chunk.
            taps = self._fir.shape[0]
            count = (length - taps) // self._q + 1
            y = np.ascontiguousarray(strided_blocks(
                span, chunks, size * hop, taps, count, self._q, frame * hop)) @ self._fir
            step = hop // self._q
            first = (self._left - _FIR_HALF) // self._q - self._seg_left
        width = y.shape[1]
        csum = np.zeros((chunks, width + 1))
        np.cumsum(np.square(y, dtype=np.float64), axis=1, out=csum[:, 1:])
        return (strided_blocks(y.reshape(-1), chunks, width, self._seg, size, step, first),
                strided_blocks(csum.reshape(-1), chunks, width + 1, self._seg + 1, size, step,
                               first))

    def _analyse(self, bounds: list[int]) -> list[FeatureFrames]:
        """Analyse the chunks ``[bounds[j], bounds[j + 1])``, feed the decoder chunk by chunk
        and return the frames each chunk completes (at most ``_BATCH_CHUNKS`` at a time)."""
        parts = []
        for g in range(0, len(bounds) - 1, _BATCH_CHUNKS):
            parts += self._analyse_batch(bounds[g:g + _BATCH_CHUNKS + 1])
        return parts

    def _analyse_batch(self, bounds: list[int]) -> list[FeatureFrames]:
        """:meth:`_analyse` of a few chunks. All per-frame work (level, spectrum, YIN
        candidates, VAD, emissions) runs on all their frames at once: row by row it is the
        same arithmetic as for one chunk alone (matrix products stay per chunk, see
        :func:`~companion.features.spectral.grouped_matmul`), so one chunk or many give the same bits, with fewer, larger
        numpy calls. The decoder then runs chunk by chunk (:meth:`_decode`)."""
        if len(bounds) < 2:
            return []
        cfg = self.config
        i0, i1 = bounds[0], bounds[-1]
        n = i1 - i0
        span32 = self._samples(self._centre(i0), self._span_end(i1 - 1))
        span = span32.astype(np.float64)
        # Drop samples no later chunk needs.
        keep_from = self._centre(i1) - self._buf_start
        self._buf = self._buf[keep_from:]
        self._buf_start += keep_from

        rms = level_dbfs(self._frames_of(span, self._energy_w, n))
        silent = rms < cfg.silence_dbfs
        spec = spectral_features(self._frames_of(span, self._spec_w, n), self._bands, silent,
                                 cfg.chunk_frames)
        segments, energy = self._pitch_frames(span32, [b - a for a, b in pairwise(bounds)])
        cand = yin_candidates(
            segments, sample_rate_hz=self._sr_p, window=self._yin_w, tau_min=self._tau_min,
            tau_max=self._tau_max, n_candidates=cfg.pitch_candidates, nfft=self._nfft,
            energy_cumsum=energy)
        speech, above_floor = self._vad(spec.envelope_db, silent, n)
        self._decode(bounds, cand.f0_hz, self._emission(cand, rms, above_floor))
        self._queue({
            "t_s": (np.arange(i0, i1) + 0.5) * cfg.hop_s,
            "cand_f0": cand.f0_hz,
            "cand_ap": cand.aperiodicity,
            "best_ap": cand.best_aperiodicity,
            "rms_dbfs": rms,
            "speech": speech,
            "alpha_ratio_db": spec.alpha_ratio_db,
            "hammarberg_db": spec.hammarberg_db,
            "spectral_slope_db_per_khz": spec.slope_db_per_khz,
            "centroid_hz": spec.centroid_hz,
            "env": spec.envelope_db,
            "cepstrum": spec.cepstrum,
        })
        self._next_frame = i1
        return [self._emit(final=False)]

    def _decode(self, bounds: list[int], cand_f0_hz: np.ndarray, emission: np.ndarray) -> None:
        """The pitch decoder over the chunks ``[bounds[j], bounds[j + 1])``, chunk by chunk
        in stream order: a chunk's range prior (:meth:`_range_cost`) uses the pitch decided
        up to the chunk before it. ``emission`` (all the chunks' rows) is updated in place."""
        m = cand_f0_hz.shape[1]
        for a, b in pairwise(bounds):
            rows = slice(a - bounds[0], b - bounds[0])
            f0 = cand_f0_hz[rows]
            chunk_emission = emission[rows]
            chunk_emission[:, :m] += self._range_cost(f0)
            states = self._viterbi.push(f0, chunk_emission)
            self._remember_pitch(f0, states)
            if states.size:
                self._states.append(states)
                self._n_states += states.size

    def _queue(self, new: dict[str, np.ndarray]) -> None:
        """Append analysed frames to those waiting for their decoder decision."""
        if self._pending is None:
            self._pending = new
        else:
            self._pending = {k: np.concatenate([v, new[k]]) for k, v in self._pending.items()}

    def _vad(self, envelope_db: np.ndarray, silent: np.ndarray,
             n: int) -> tuple[np.ndarray, np.ndarray]:
        """Speech flags of ``n`` frames and their short-term band level above the noise floor
        (dB).

        Causal minimum-statistics noise floor on the 300-2500 Hz band power (where speech is
        and rumble mostly is not), smoothed over 200 ms for the floor and 80 ms for the
        decision so that fluctuating noise is not "speech"; then a hangover.
        """
        power = np.concatenate([self._power_hist, 10.0 ** (envelope_db / 10.0)])
        self._power_hist = power[len(power) - (_FLOOR_SMOOTH - 1):]
        long_db = 10.0 * np.log10(_nanmean_rows(strided_rows(power, _FLOOR_SMOOTH, n)))
        short_db = 10.0 * np.log10(_nanmean_rows(
            strided_rows(power, _DECISION_SMOOTH, n, 1, _FLOOR_SMOOTH - _DECISION_SMOOTH)))
        floor, self._floor_hist = _trailing(long_db, self._floor_hist, self._floor_n, np.inf, "min")
        raw = (short_db > floor + self.config.vad_margin_db) & ~silent
        speech, self._hang_hist = _trailing(raw, self._hang_hist, self._hang_n, False, "max")
        return speech, short_db - floor

    def _emission(self, cand: PitchCandidates, rms: np.ndarray,
                  above_floor: np.ndarray) -> np.ndarray:
        """Emission costs (nats) of the decoder: ``(n, candidates + 1)``, unvoiced last,
        without the range prior (:meth:`_decode` adds it chunk by chunk)."""
        cfg = self.config
        # Voicing: the aperiodicity threshold tightens for frames well below the recent peak.
        peak, self._peak_hist = _trailing(rms, self._peak_hist, self._peak_n, -np.inf, "max")
        quiet = np.clip((peak - rms - _LOUD_DB) / (_QUIET_DB - _LOUD_DB), 0.0, 1.0)
        # ... and for frames close to the noise floor (background talkers, babble).
        near_floor = np.clip((_FLOOR_CLEAR_DB - above_floor)
                             / (_FLOOR_CLEAR_DB - _FLOOR_NEAR_DB), 0.0, 1.0)
        # That rule is for frames below the recent peak: a frame at the peak level is the
        # foreground however loud steady noise makes the floor (white noise at 0 dB SNR), so
        # it fades out over the top _LOUD_DB; except for frames at the floor level itself
        # (within _FLOOR_NEAR_DB), which are background whatever the peak (e.g. babble at
        # the start of a stream, before the peak has seen the foreground talker).
        near_floor *= np.clip((peak - rms) / _LOUD_DB, 0.0, 1.0)
        at_floor = np.clip((_FLOOR_NEAR_DB - above_floor) / _FLOOR_NEAR_DB, 0.0, 1.0)
        near_floor = np.maximum(near_floor, at_floor)
        quiet = np.maximum(quiet, _FLOOR_WEIGHT * near_floor)
        threshold = cfg.voicing_threshold + quiet * (cfg.quiet_voicing_threshold
                                                     - cfg.voicing_threshold)
        z = np.clip((cand.best_aperiodicity - threshold) / _VOICING_SLOPE, -50, 50)
        p_periodic = 1.0 / (1.0 + np.exp(z))
        g = np.clip((rms - cfg.silence_dbfs) / _LEVEL_SLOPE_DB, -50, 50)
        p_voiced = np.clip(p_periodic / (1.0 + np.exp(-g)), 1e-4, 1.0 - 1e-4)
        m = cand.f0_hz.shape[1]
        emission = np.empty((rms.shape[0], m + 1))
        pv = p_voiced[:, None] * cand.weight
        emission[:, :m] = np.where(pv > 0.0, -np.log(np.where(pv > 0.0, pv, 1.0)), IMPOSSIBLE)
        emission[:, m] = -np.log(1.0 - p_voiced)
        return emission

    def _range_cost(self, cand_f0_hz: np.ndarray) -> np.ndarray:
        """(n, m) decoder cost (nats) of candidates far below the talker's recent pitch.

        Speakers rarely go more than a fifth (``_RANGE_FREE_ST``) below their median F0,
        whereas sub-octave errors (babble, a competing talker at half the pitch) land a full
        octave below. So candidates more than a fifth below the median of the last
        ``_RANGE_FRAMES`` decided voiced frames cost ``_RANGE_COST`` nats per semitone
        beyond, capped at ``_RANGE_CAP`` (below the cost of calling a clearly periodic frame
        unvoiced, so a new, lower-pitched talker is still tracked at once and soon moves the
        median). No cost until ``_RANGE_MIN_FRAMES`` voiced frames have been decided. Uses
        only decided (past) frames, so streaming and batch stay identical.
        """
        if self._recent_st.size < _RANGE_MIN_FRAMES:
            return np.zeros(cand_f0_hz.shape)
        ok = np.isfinite(cand_f0_hz)
        st = 12.0 * np.log2(np.where(ok, cand_f0_hz, 1.0))
        below = median(self._recent_st) - st - _RANGE_FREE_ST
        cost = np.minimum(_RANGE_COST * np.maximum(below, 0.0), _RANGE_CAP)
        return np.where(ok, cost, 0.0)

    def _remember_pitch(self, cand_f0_hz: np.ndarray, states: np.ndarray) -> None:
        """Keep the candidates of undecided frames and the pitch (semitones re 1 Hz) of the
        last ``_RANGE_FRAMES`` decided voiced frames; ``states`` were just decided."""
        q = np.concatenate([self._undecided_f0, cand_f0_hz])
        k = states.size
        if k:
            voiced = states < q.shape[1]
            f0 = q[np.arange(k)[voiced], states[voiced]]
            st = np.concatenate([self._recent_st, 12.0 * np.log2(f0)])
            self._recent_st = st[max(0, st.size - _RANGE_FRAMES):]
        self._undecided_f0 = q[k:]

    # ------------------------------------------------------------------ output
    def _emit(self, *, final: bool) -> FeatureFrames:
        """Frames whose decoder state is decided, with voicing and syllable rate filled in."""
        d = self._n_states
        if d == 0 or self._pending is None:
            return FeatureFrames.empty()
        states = np.concatenate(self._states) if len(self._states) > 1 else self._states[0]
        self._states = []
        self._n_states = 0
        pend = self._pending
        out = {k: v[:d] for k, v in pend.items()}
        self._pending = {k: v[d:] for k, v in pend.items()}

        m = out["cand_f0"].shape[1]
        rows = np.arange(d)
        voiced = states < m
        sel = np.minimum(states, m - 1)
        f0 = np.where(voiced, take_2d(out["cand_f0"], rows, sel), np.nan)
        ap = np.where(voiced, take_2d(out["cand_ap"], rows, sel), out["best_ap"])
        periodicity = np.clip(1.0 - ap, 0.0, 1.0)

        # Syllable nuclei (de Jong & Wempe 2009 style) on the band envelope.
        env_all = np.concatenate([self._env_hist, pend["env"]])
        if final:
            env_all = np.concatenate([env_all, np.full(self._dip, -np.inf)])
        h = self._dip
        centre = env_all[h:h + d]
        nucleus = voiced & out["speech"]
        if self._peak > 0:
            left = strided_rows(env_all, self._peak, d, 1, h - self._peak)
            right = strided_rows(env_all, self._peak, d, 1, h + 1)
            nucleus &= (centre > left.max(axis=1)) & (centre >= right.max(axis=1))
        if self._dip > 0:
            left = strided_rows(env_all, h, d, 1, 0)
            right = strided_rows(env_all, h, d, 1, h + 1)
            dip = self.config.syllable_dip_db
            nucleus &= (centre - left.min(axis=1) >= dip) & (centre - right.min(axis=1) >= dip)
        self._env_hist = env_all[d:d + h]

        rate = self._rate.process(nucleus, out["speech"])

        return FeatureFrames(
            t_s=out["t_s"], f0_hz=f0, voiced=voiced, periodicity=periodicity,
            rms_dbfs=out["rms_dbfs"], speech=out["speech"],
            alpha_ratio_db=out["alpha_ratio_db"], hammarberg_db=out["hammarberg_db"],
            spectral_slope_db_per_khz=out["spectral_slope_db_per_khz"],
            centroid_hz=out["centroid_hz"], syllable_rate_hz=rate, cepstrum=out["cepstrum"],
            nucleus=nucleus,
        )


def extract_features(samples: np.ndarray, config: FeatureConfig | None = None) -> FeatureFrames:
    """All frames of a whole recording: exactly ``process(samples)`` then ``flush()``.

    Parameters
    ----------
    samples
        Mono float samples at ``config.sample_rate_hz`` (16 kHz by default), full scale ±1.
    config
        Feature settings (defaults when omitted).
    """
    ex = FeatureExtractor(config)
    return FeatureFrames.concat([ex.process(samples), ex.flush()])
