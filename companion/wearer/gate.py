"""The wearer gate ("personal VAD"): each feature frame becomes none / wearer / other talker.

Runs on the caller's thread (the engine worker in the app, the CLI thread in ``analyze``); one
gate per stream. Model, weights and measurements: docs/arousal.md, "Own voice only".

For each frame the gate adds up evidence (positive = the wearer, negative = someone else)
from the cues of :mod:`companion.wearer.cues` over a short window around it:

* **close-talk level**: the frame's syllable peak against the wearer's usual syllable peak at
  this microphone (a boom or headset microphone hears the wearer 15-30 dB louder than anyone at
  the next desk; gain-relative, learned at calibration);
* **dryness**: the steepest fall after syllables of the same level nearby (a far-field voice
  has a reverberant tail; the customer leaking from the earpiece is caught by its level);
* **voice profile**: F0 against the wearer's range, mel-cepstral envelope against theirs.

The evidence is averaged over the talking frames within ``smooth_s`` and decided with
hysteresis: switching to "another talker" needs much stronger evidence than staying with the
wearer, and a new talk segment (after ``segment_gap_s`` without talking) starts from the sign
of its evidence. So decisions follow talker turns rather than flickering per frame.

Calibration: without a voice profile the gate bootstraps on the assumption that the wearer is
the dominant close-talk voice: the level reference is the loudest *dry* syllables heard so far
(a slowly decaying peak hold), and only level and dryness count. After ``calibration_s`` of
the wearer's speech the profile is fitted from those frames; afterwards it moves slowly towards
confident wearer frames (``forgetting_s``), on a fixed grid of frames.

Streaming = batch: the decision for frame ``i`` uses frames up to ``i + lookahead`` only; every
carried quantity changes at fixed absolute frames. Any split of a stream into blocks gives the
same decisions.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from companion.features import FeatureFrames
from companion.features.robust import median
from companion.features.spectral import N_CEPSTRUM
from companion.features.strided import sliding_windows
from companion.wearer.cues import (
    envelope_evidence,
    f0_evidence,
    hill_peaks,
    steepest_fall,
    valleys,
    windows,
)
from companion.wearer.profile import VoiceProfile, fit_profile
from companion.wearer.talker import NONE_CODE, OTHER_CODE, WEARER_CODE

__all__ = ["GateConfig", "GateOutput", "WearerGate"]

#: Frames of context before a decided frame: the window (back_frames) plus the voiced reach
#: of its first frame and the smoothing of the level contour.
_SMOOTH = 3

#: The feature fields the gate reads; its history of past frames keeps only these.
_READS: tuple[str, ...] = ("rms_dbfs", "voiced", "speech", "f0_hz", "cepstrum")


@dataclass(frozen=True)
class GateConfig:
    """Parameters of the wearer gate. Seconds, dB, semitones; weights are unitless.

    Attributes
    ----------
    hop_s
        Feature frame hop (s).
    voiced_reach_s, voiced_ahead_s
        VAD speech counts as talking only within this long after (before) a voiced frame:
        the VAD alone also fires on fluctuating noise, which is not periodic.
    talk_range_db
        ... and only when at most this far below the loudest frame within that reach (the
        VAD's hangover and reverberation tails after speech are nobody's talk).
    back_s, ahead_s
        Context of a decision: the window of frames looked at around it (``ahead_s`` is the
        look-ahead; frames come out ``ahead_s + voiced_ahead_s`` after they arrive).
    smooth_s
        Evidence is averaged over the talking frames within this long on either side.
    segment_gap_s
        This long without talking starts a new talk segment (a new turn, decided afresh).
    level_center_db, level_scale_db, level_min
        Level evidence ``clip((peak - usual peak - center) / scale, level_min, 2)``.
    dry_center_db, dry_scale_db
        Dryness evidence ``clip((steepest fall - center) / scale, -2, 2)``.
    dry_below_db, dry_above_db
        Which syllables count for a frame's dryness: peaks within this range of its own.
    own_range_db
        A wearer frame feeds the arousal index only when its syllable peaks within this much
        of the loudest talking syllable within ``smooth_s``: quieter ones in the wearer's turn
        are mostly a colleague heard in the wearer's pauses.
    own_pitch_st, own_pitch_frames
        ... and, when voiced, only when its F0 lies within ``own_pitch_st`` of the median F0
        of the wearer's last ``own_pitch_frames`` such frames (the pitch tracker locks on to
        a louder colleague for a moment; an aroused wearer's pitch rises gradually).
    f0_raise_st, f0_sd_floor_st
        F0 allowed above the wearer's median before it counts against them; least SD.
    background_spread
        Width of the envelope background model in units of the wearer's spread.
    weight_level, weight_dry, weight_f0, weight_envelope
        Weights of the four cues (see docs/arousal.md for the measurements behind them).
    to_wearer, to_other
        Hysteresis: averaged evidence above ``to_wearer`` switches to the wearer, below
        ``-to_other`` to another talker. A new talk segment starts with the sign of its
        evidence.
    bootstrap_typical_db, bootstrap_decay_db_per_s, bootstrap_dry
        Calibration bootstrap: the usual syllable peak is taken ``typical_db`` below the
        loudest dry syllables heard (a peak hold decaying by ``decay`` per second of talking);
        a syllable counts as dry at dryness evidence ``bootstrap_dry`` or more.
    calibration_s, min_voiced_s
        Seconds of the wearer's speech (and at least ``min_voiced_s`` voiced) the profile is
        learned from.
    update_every_s, forgetting_s, confident
        Slow update: every ``update_every_s`` of stream time, the profile's centres move
        towards the frames decided with averaged evidence at least ``confident``, with time
        constant ``forgetting_s`` of such speech (0 freezes the profile).
    """

    hop_s: float = 0.010
    voiced_reach_s: float = 0.3
    voiced_ahead_s: float = 0.1
    talk_range_db: float = 30.0
    back_s: float = 0.3
    ahead_s: float = 0.2
    smooth_s: float = 0.12
    segment_gap_s: float = 0.3
    level_center_db: float = -7.0
    level_scale_db: float = 2.5
    level_min: float = -4.0
    dry_center_db: float = 9.0
    dry_scale_db: float = 2.0
    dry_below_db: float = 4.0
    dry_above_db: float = 3.0
    own_range_db: float = 8.0
    own_pitch_st: float = 6.0
    own_pitch_frames: int = 100
    f0_raise_st: float = 6.0
    f0_sd_floor_st: float = 1.5
    background_spread: float = 2.0
    weight_level: float = 1.0
    weight_dry: float = 0.75
    weight_f0: float = 1.0
    weight_envelope: float = 0.5
    to_wearer: float = 0.3
    to_other: float = 1.2
    bootstrap_typical_db: float = 6.0
    bootstrap_decay_db_per_s: float = 0.2
    bootstrap_dry: float = 1.0
    calibration_s: float = 180.0
    min_voiced_s: float = 3.0
    update_every_s: float = 10.0
    forgetting_s: float = 1800.0
    confident: float = 1.5

    def frames(self, seconds: float) -> int:
        """A duration in whole frames."""
        return max(0, round(seconds / self.hop_s))

    @property
    def lookahead_frames(self) -> int:
        """How many frames a decision waits for."""
        return self.frames(self.ahead_s) + self.frames(self.voiced_ahead_s)

    @property
    def history_frames(self) -> int:
        """Frames kept before the first undecided one."""
        return self.frames(self.back_s) + self.frames(self.voiced_reach_s) + _SMOOTH


@dataclass(frozen=True)
class _Spans:
    """The gate's durations in whole frames, worked out once per gate (they are read on every
    block)."""

    voiced_reach: int
    voiced_ahead: int
    back: int
    ahead: int
    smooth: int
    segment_gap: int
    update: int  #: the slow-update grid (at least 1)
    calibration: int
    min_voiced: int
    second: int
    lookahead: int
    history: int

    @classmethod
    def of(cls, cfg: GateConfig) -> _Spans:
        """The spans of ``cfg``."""
        f = cfg.frames
        return cls(voiced_reach=f(cfg.voiced_reach_s), voiced_ahead=f(cfg.voiced_ahead_s),
                   back=f(cfg.back_s), ahead=f(cfg.ahead_s), smooth=f(cfg.smooth_s),
                   segment_gap=f(cfg.segment_gap_s), update=max(1, f(cfg.update_every_s)),
                   calibration=f(cfg.calibration_s), min_voiced=f(cfg.min_voiced_s),
                   second=f(1.0), lookahead=cfg.lookahead_frames, history=cfg.history_frames)


@dataclass(frozen=True)
class GateOutput:
    """Frames the gate has decided, with one :class:`Talker` value (``int8``) each.

    ``talker`` follows talker turns (the wearer's turn includes its short pauses, where a
    colleague may be louder for a moment). ``own`` marks the wearer's frames whose own
    syllable is at the wearer's level: the frames whose voice features are theirs, which is
    what the arousal index reads. ``evidence`` is the averaged evidence per frame (NaN where
    nobody talks): positive for the wearer (benchmarks and tests look at it).
    """

    frames: FeatureFrames
    talker: np.ndarray
    own: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=bool))
    evidence: np.ndarray = field(default_factory=lambda: np.empty(0))

    def __len__(self) -> int:
        return len(self.frames)


def _silence(n: int) -> FeatureFrames:
    """``n`` frames of digital silence (padding before the stream and after its end)."""
    z = np.zeros(n)
    nan = np.full(n, np.nan)
    return FeatureFrames(t_s=nan, f0_hz=nan, voiced=z.astype(bool), periodicity=z,
                         rms_dbfs=np.full(n, -120.0), speech=z.astype(bool),
                         alpha_ratio_db=nan, hammarberg_db=nan, spectral_slope_db_per_khz=nan,
                         centroid_hz=nan, syllable_rate_hz=nan,
                         cepstrum=np.full((n, N_CEPSTRUM), np.nan))


@dataclass
class _Frames:
    """Per-frame arrays of the buffer the gate works on."""

    level: np.ndarray
    valley: np.ndarray
    fall: np.ndarray
    talking: np.ndarray
    voiced: np.ndarray
    st: np.ndarray
    cepstrum: np.ndarray
    f0_e: np.ndarray
    env_e: np.ndarray


@dataclass
class _Decided:
    """Decisions for a run of frames: talker, own-voice flags, averaged evidence, syllable
    peak (dBFS) and the bootstrap peak-hold candidates (dBFS + decay clock; -inf where
    none)."""

    talker: np.ndarray
    own: np.ndarray
    level_own: np.ndarray
    evidence: np.ndarray
    peak: np.ndarray
    lifted: np.ndarray


def _samples(a: _Frames, rows: np.ndarray, d: _Decided, keep: np.ndarray) -> np.ndarray:
    """Voice-profile samples of the decided rows ``rows[keep]`` (``keep`` indexes ``rows``
    and ``d``), one row each: syllable peak (dBFS), F0 (Hz), cepstrum."""
    r = rows[keep]
    return np.column_stack([d.peak[keep], 2.0 ** (a.st[r] / 12.0), a.cepstrum[r]])


class WearerGate:
    """Frame-level talker decisions over a stream of :class:`FeatureFrames`.

    ``process(frames)`` returns the frames decided so far (they trail the input by
    :attr:`GateConfig.lookahead_frames`); ``flush()`` decides the rest at the end.

    Parameters
    ----------
    config
        Gate parameters.
    profile
        The wearer's voice profile (None: bootstrap, then learn it).
    """

    def __init__(self, config: GateConfig | None = None,
                 profile: VoiceProfile | None = None) -> None:
        self.config = config or GateConfig()
        self._spans = _Spans.of(self.config)
        self._profile = profile
        silence = _silence(self._spans.history)
        self._hist = {name: getattr(silence, name) for name in _READS}
        self._pending = FeatureFrames.empty()
        self._n = 0  # frames decided so far (absolute index of the next one)
        self._state = WEARER_CODE
        self._last_talk = -(1 << 40)  # absolute index of the last talking frame
        self._talk_n = 0  # talking frames decided so far (bootstrap decay clock)
        self._hold = -math.inf  # peak hold of dry syllables (+ decay * talk count)
        self._calib: list[np.ndarray] = []  # rows: peak dBFS, f0 Hz, cepstrum...
        self._calib_speech = 0
        self._calib_voiced = 0
        self._recent: list[np.ndarray] = []  # confident wearer frames for the slow update
        self._own_st = np.full(self.config.own_pitch_frames, np.nan)  # recent own F0 (st)

    # ------------------------------------------------------------------------ state
    @property
    def profile(self) -> VoiceProfile | None:
        """The wearer's voice profile (None while bootstrapping)."""
        return self._profile

    @property
    def calibration_progress(self) -> float:
        """0-1: share of the calibration speech collected (1 with a profile)."""
        if self._profile is not None:
            return 1.0
        return min(1.0, self._calib_speech * self.config.hop_s / self.config.calibration_s)

    def recalibrate(self) -> None:
        """Forget the voice profile and bootstrap again (a new headset or gain)."""
        self._profile = None
        self._hold = -math.inf
        self._calib, self._calib_speech, self._calib_voiced = [], 0, 0
        self._recent = []
        self._own_st = np.full(self.config.own_pitch_frames, np.nan)

    def calibrate_now(self) -> bool:
        """Fit the profile from the speech collected so far (the end of a short recording);
        True when there is a profile afterwards."""
        if self._profile is None and self._calib:
            self._fit()
        return self._profile is not None

    # ------------------------------------------------------------------------ streaming
    def process(self, frames: FeatureFrames) -> GateOutput:
        """Feed frames; returns those now decided (oldest first)."""
        if not len(frames):
            return GateOutput(FeatureFrames.empty(), np.empty(0, np.int8))
        self._pending = FeatureFrames.concat([self._pending, frames])
        return self._run(len(self._pending) - self._spans.lookahead)

    def flush(self) -> GateOutput:
        """End of stream: decide every frame still waiting for its look-ahead."""
        n = len(self._pending)
        self._pending = FeatureFrames.concat(
            [self._pending, _silence(self._spans.lookahead)])
        return self._run(n)

    def _run(self, ready: int) -> GateOutput:
        """Decide the first ``ready`` pending frames."""
        if ready <= 0:
            return GateOutput(FeatureFrames.empty(), np.empty(0, np.int8))
        buf = {name: np.concatenate([self._hist[name], getattr(self._pending, name)])
               for name in _READS}
        arrays = self._arrays(buf)
        h = self._hist["voiced"].shape[0]
        talker, own, evidence = self._decide_range(arrays, h, h + ready)
        out = GateOutput(self._pending[:ready], talker, own, evidence)
        keep = h + ready
        self._hist = {name: a[keep - self._spans.history:keep] for name, a in buf.items()}
        self._pending = self._pending[ready:]
        return out

    # ------------------------------------------------------------------------ evidence
    def _arrays(self, buf: dict[str, np.ndarray]) -> _Frames:
        """Per-frame quantities of the buffer (the :data:`_READS` fields of the history and
        the pending frames; each uses only frames near it)."""
        cfg = self.config
        level = np.asarray(buf["rms_dbfs"], dtype=np.float64)
        smooth = np.convolve(level, np.full(_SMOOTH, 1.0 / _SMOOTH), mode="same")
        fall = np.full(level.shape, -np.inf)
        fall[:-3] = smooth[:-3] - smooth[3:]
        voiced = np.asarray(buf["voiced"], dtype=bool)
        back, ahead = self._spans.voiced_reach, self._spans.voiced_ahead
        csum = np.concatenate(([0], np.cumsum(voiced, dtype=np.int64)))
        idx = np.arange(level.shape[0])
        near = csum[np.minimum(idx + ahead + 1, idx.size)] - csum[np.maximum(idx - back, 0)] > 0
        padded = np.concatenate([np.full(back, -np.inf), level, np.full(ahead, -np.inf)])
        loudest = sliding_windows(padded, back + ahead + 1).max(axis=1)
        near &= level >= loudest - cfg.talk_range_db
        f0 = buf["f0_hz"]
        st = 12.0 * np.log2(np.where(voiced & (f0 > 0), f0, np.nan))
        a = _Frames(level=level, valley=valleys(smooth), fall=fall,
                    talking=np.asarray(buf["speech"], dtype=bool) & near, voiced=voiced,
                    st=st, cepstrum=np.asarray(buf["cepstrum"]), f0_e=np.empty(0),
                    env_e=np.empty(0))
        self._voice_evidence(a)
        return a

    def _voice_evidence(self, a: _Frames) -> None:
        """Per-frame F0 and envelope evidence for the current profile (NaN without one)."""
        cfg = self.config
        p = self._profile
        if p is None:
            a.f0_e = np.full(a.level.shape, np.nan)
            a.env_e = np.full(a.level.shape, np.nan)
            return
        a.f0_e = f0_evidence(a.st, p.f0_median_st, max(p.f0_sd_st, cfg.f0_sd_floor_st),
                             cfg.f0_raise_st)
        mean, sd = p.cepstrum_arrays()
        a.env_e = envelope_evidence(a.cepstrum, mean, sd, cfg.background_spread)

    def _evidence(self, a: _Frames,
                  rows: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Averaged evidence, syllable peak (dBFS), its level against the loudest syllable
        nearby (dB) and the peak-hold candidates of the frames ``rows``.

        Only talking rows are computed (each row reads its own window only); the others get
        NaN (-inf candidates): nothing reads them, as nobody talks there."""
        talking = a.talking[rows]
        out = (np.full(rows.size, np.nan), np.full(rows.size, np.nan),
               np.full(rows.size, np.nan), np.full(rows.size, -np.inf))
        if talking.any():
            for full, part in zip(out, self._talking_evidence(a, rows[talking]), strict=True):
                full[talking] = part
        return out

    def _talking_evidence(self, a: _Frames, rows: np.ndarray
                          ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """:meth:`_evidence` of talking frames ``rows``."""
        cfg = self.config
        back, ahead, k = self._spans.back, self._spans.ahead, self._spans.smooth
        peaks = hill_peaks(windows(a.level, rows, back, ahead),
                           windows(a.valley, rows, back, ahead))
        talk = windows(a.talking, rows, back, ahead)
        fall = steepest_fall(windows(a.fall, rows, back, ahead), peaks, talk, back,
                             cfg.dry_below_db, cfg.dry_above_db)
        dry = np.where(np.isnan(fall), 0.0,
                       np.clip((fall - cfg.dry_center_db) / cfg.dry_scale_db, -2.0, 2.0))
        usual, lifted = self._usual_peak(peaks[:, back], dry)
        sl = slice(back - k, back + k + 1)
        level = np.clip((peaks[:, sl] - usual[:, None] - cfg.level_center_db)
                        / cfg.level_scale_db, cfg.level_min, 2.0)
        level = np.where(np.isfinite(usual)[:, None], level, 0.0)
        per_frame = cfg.weight_level * level
        if self._profile is not None:
            f0 = windows(a.f0_e, rows, k, k)  # the columns of ``sl``; NaN (unvoiced) -> 0
            env = windows(a.env_e, rows, k, k)
            f0 = np.where(np.isnan(f0), 0.0, f0)
            env = np.where(np.isnan(env), 0.0, env)
            per_frame = per_frame + cfg.weight_f0 * f0 + cfg.weight_envelope * env
        t = talk[:, sl]
        mean = np.where(t, per_frame, 0.0).sum(axis=1) / np.maximum(t.sum(axis=1), 1)
        loudest = np.where(t, peaks[:, sl], -np.inf).max(axis=1)
        own_level = peaks[:, back] - loudest
        return mean + cfg.weight_dry * dry, peaks[:, back], own_level, lifted

    def _usual_peak(self, peak: np.ndarray, dry: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The wearer's usual syllable peak (dBFS) for each of the run's talking frames, and
        their peak-hold candidates: from the profile, or while bootstrapping from the loudest
        dry syllables heard so far (a peak hold that decays with the talking time)."""
        cfg = self.config
        if self._profile is not None:
            return np.full(peak.shape, self._profile.peak_level_dbfs), np.full(peak.shape,
                                                                                -np.inf)
        decay = cfg.bootstrap_decay_db_per_s * cfg.hop_s
        clock = self._talk_n + np.arange(1, peak.shape[0] + 1)
        lifted = np.where(dry >= cfg.bootstrap_dry, peak + decay * clock, -np.inf)
        hold = np.maximum.accumulate(np.concatenate(([self._hold], lifted)))[1:]
        return hold - decay * clock - cfg.bootstrap_typical_db, lifted

    # ------------------------------------------------------------------------ decisions
    def _decide_range(self, a: _Frames, start: int,
                      stop: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Decide buffer rows [start, stop) in pieces that end where the model changes
        (calibration complete, slow-update grid): talker, own-voice flag, evidence."""
        grid = self._spans.update
        talkers, owns, evidence = [], [], []
        pos = start
        while pos < stop:
            end = min(stop, pos + grid - self._n % grid)
            profile = self._profile
            d = self._decide(a, np.arange(pos, end))
            end = pos + self._learn(a, np.arange(pos, end), d)
            talkers.append(d.talker[:end - pos])
            owns.append(d.own[:end - pos])
            evidence.append(d.evidence[:end - pos])
            self._commit(a, np.arange(pos, end), d)
            if self._profile is not profile:  # learned or moved: later rows use the new one
                self._voice_evidence(a)
            pos = end
        return np.concatenate(talkers), np.concatenate(owns), np.concatenate(evidence)

    def _decide(self, a: _Frames, rows: np.ndarray) -> _Decided:
        """Talker of each row: hysteresis over the averaged evidence, per talk segment."""
        cfg = self.config
        s, peak, own_level, lifted = self._evidence(a, rows)
        talking = a.talking[rows]
        absolute = self._n + np.arange(rows.size)
        prev = np.maximum.accumulate(np.where(talking, absolute, self._last_talk))
        prev = np.concatenate(([self._last_talk], prev[:-1]))
        fresh = talking & (absolute - prev > self._spans.segment_gap)
        vote = np.where(s > cfg.to_wearer, WEARER_CODE,
                        np.where(s < -cfg.to_other, OTHER_CODE, 0))
        vote = np.where(fresh, np.where(s > 0, WEARER_CODE, OTHER_CODE), vote)
        vote = np.where(talking, vote, 0)
        last = np.maximum.accumulate(np.where(vote != 0, np.arange(rows.size), -1))
        state = np.where(last >= 0, vote[np.maximum(last, 0)], self._state)
        talker = np.where(talking, state, NONE_CODE).astype(np.int8)
        level_own = (talker == WEARER_CODE) & (own_level >= -cfg.own_range_db)
        own = level_own & self._on_own_pitch(a.st[rows], level_own)
        return _Decided(talker, own, level_own, np.where(talking, s, np.nan), peak, lifted)

    def _on_own_pitch(self, st: np.ndarray, own: np.ndarray) -> np.ndarray:
        """Per row of ``own``: True unless the frame is voiced and its F0 is more than
        ``own_pitch_st`` away from the median of the wearer's last ``own_pitch_frames``
        voiced own frames before it (at least a fifth of them needed). Rows outside ``own``
        are True (nothing reads them)."""
        cfg = self.config
        k = cfg.own_pitch_frames
        cand = own & np.isfinite(st)
        out = np.ones(st.shape[0], dtype=bool)
        if not cand.any():
            return out
        st_c = st[cand]
        history = np.concatenate([self._own_st, st_c])
        # The i-th candidate's reference: the k values before it, history[i:i + k].
        recent = np.sort(sliding_windows(history, k)[:st_c.size], axis=1).ravel()  # NaN last
        finite = np.concatenate(([0], np.cumsum(np.isfinite(history))))
        count = finite[k:k + st_c.size] - finite[:st_c.size]
        row = np.arange(st_c.size) * k  # flat offset of each sorted window
        top = np.maximum(count - 1, 0)
        ref = 0.5 * (recent[row + top // 2]
                     + recent[row + np.minimum(np.maximum(count, 1) // 2, top)])
        with np.errstate(invalid="ignore"):
            out[cand] = (count < k // 5) | (np.abs(st_c - ref) <= cfg.own_pitch_st)
        return out

    def _commit(self, a: _Frames, rows: np.ndarray, d: _Decided) -> None:
        """Carry the state of the decided rows to the next ones."""
        talking = a.talking[rows]
        n = rows.size
        if talking[:n].any():
            last = int(np.flatnonzero(talking[:n])[-1])
            self._last_talk = self._n + last
            self._state = int(d.talker[last])
        if n:
            self._hold = max(self._hold, float(np.max(d.lifted[:n])))
            cand = d.level_own[:n] & np.isfinite(a.st[rows])
            self._own_st = np.concatenate([self._own_st, a.st[rows][cand]])[
                -self.config.own_pitch_frames:]
        self._talk_n += int(talking[:n].sum())
        self._n += n
        if self._n % self._spans.update == 0:
            self._slow_update()

    # ------------------------------------------------------------------------ learning
    def _learn(self, a: _Frames, rows: np.ndarray, d: _Decided) -> int:
        """Collect calibration / update frames from decided rows; returns how many rows the
        current model decided (fewer when calibration completes inside them)."""
        wearer = d.talker == WEARER_CODE
        voiced = d.own & a.voiced[rows]
        if self._profile is not None:
            sure = np.flatnonzero(voiced & (d.evidence >= self.config.confident))
            if sure.size:
                self._recent.append(_samples(a, rows, d, sure))
            return rows.size
        speech = self._calib_speech + np.cumsum(wearer)
        vo = self._calib_voiced + np.cumsum(voiced)
        done = np.flatnonzero((speech >= self._spans.calibration)
                              & (vo >= self._spans.min_voiced))
        n = int(done[0]) + 1 if done.size else rows.size
        self._calib.append(_samples(a, rows, d, np.flatnonzero(voiced[:n])))
        self._calib_speech += int(wearer[:n].sum())
        self._calib_voiced += int(voiced[:n].sum())
        if done.size:
            self._fit()
        return n

    def _fit(self) -> None:
        data = np.concatenate(self._calib) if self._calib else np.empty((0, 2 + N_CEPSTRUM))
        self._calib = []
        self._profile = fit_profile(data[:, 0], data[:, 1], data[:, 2:], self.config.hop_s)

    def _slow_update(self) -> None:
        """Exponential forgetting: move the profile's centres towards recent confident
        wearer frames."""
        recent, self._recent = self._recent, []
        cfg = self.config
        if self._profile is None or cfg.forgetting_s <= 0 or not recent:
            return
        rows = np.concatenate(recent)
        if rows.shape[0] < self._spans.second:
            return
        seconds = rows.shape[0] * cfg.hop_s
        alpha = 1.0 - math.exp(-seconds / cfg.forgetting_s)
        p = self._profile
        cep = rows[:, 2:]
        cep = cep[np.isfinite(cep).all(axis=1)]
        old_cep, _ = p.cepstrum_arrays()
        new_cep = old_cep + alpha * (cep.mean(axis=0) - old_cep) if cep.shape[0] else old_cep
        level = p.peak_level_dbfs + alpha * (median(rows[:, 0]) - p.peak_level_dbfs)
        st = p.f0_median_st + alpha * (
            median(12.0 * np.log2(rows[:, 1])) - p.f0_median_st)
        self._profile = p.with_centers(level, st, new_cep, seconds=seconds)
