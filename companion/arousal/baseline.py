"""The agent's calm baseline: robust statistics of their own voice, a few numbers, no audio.

Pure data and numpy; runs on the caller's thread (the engine worker when the tracker
calibrates itself, the GUI/CLI thread when a baseline is loaded or saved).

Centres are medians of the window statistics over the calibration speech; spreads are robust
standard deviations (1.4826 x MAD): of the per-frame values for the level cues (F0, loudness,
alpha ratio, Hammarberg index, spectral slope, "robust statistics of voiced frames"), and of
the window series for the F0 range and speech rate, which only exist per window.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

import numpy as np

from companion.arousal.config import ArousalConfig
from companion.arousal.index import arousal_index
from companion.arousal.window import FramesLike, VoicedWindow, frame_cues, voiced_mask
from companion.errors import CompanionError
from companion.features.robust import by_finite_column, median, robust_sd
from companion.fileio import FileReadError, FileWriteError, atomic_write, read_small_file
from companion.wearer import ProfileError, VoiceProfile

#: ``to_dict()["kind"]`` / ``["version"]`` of the persisted record. Version 2 adds the
#: wearer's voice profile (``"voice"``); version 1 records still load (without one).
BASELINE_KIND = "companion-voice-baseline"
BASELINE_VERSION = 2
SUPPORTED_VERSIONS = (1, 2)

#: Largest baseline file accepted (bytes); a real one is ~1.5 KB (with the voice profile).
MAX_BASELINE_BYTES = 16 * 1024


class BaselineError(CompanionError):
    """A baseline record or file is malformed, or there is too little speech to learn one."""


class CalibrationError(BaselineError):
    """Too little voiced speech to compute a baseline."""


@dataclass(frozen=True)
class Baseline:
    """Robust statistics of one agent's calm voice.

    Every ``*_sd_*`` is a robust standard deviation (1.4826 x MAD). Fields other than the F0
    ones may be NaN when the features did not provide that cue.

    Attributes
    ----------
    f0_median_hz
        Median F0 (Hz); F0 cues are semitones relative to it.
    f0_sd_st
        Robust SD of per-frame F0 (semitones).
    f0_range_st, f0_range_sd_st
        Median and robust SD of the window 10-90 % F0 spread (semitones).
    loudness_dbfs, loudness_sd_db
        Median and robust SD of voiced-frame RMS level (dBFS, dB).
    alpha_ratio_db, alpha_ratio_sd_db
        Alpha ratio (dB).
    hammarberg_db, hammarberg_sd_db
        Hammarberg index (dB).
    spectral_slope_db_per_khz, spectral_slope_sd_db_per_khz
        Spectral slope (dB/kHz).
    rate_hz, rate_sd_hz
        Syllable rate (syllables/s) median and robust SD of the window series.
    voiced_s
        Seconds of voiced speech the baseline was learned from.
    calm_updates_s
        Seconds of calm voiced speech folded in since by the slow update.
    voice
        The wearer's voice profile for the wearer gate (None: not learned yet, or a
        version-1 record).
    """

    f0_median_hz: float
    f0_sd_st: float
    f0_range_st: float
    f0_range_sd_st: float
    loudness_dbfs: float
    loudness_sd_db: float
    alpha_ratio_db: float
    alpha_ratio_sd_db: float
    hammarberg_db: float
    hammarberg_sd_db: float
    spectral_slope_db_per_khz: float
    spectral_slope_sd_db_per_khz: float
    rate_hz: float
    rate_sd_hz: float
    voiced_s: float
    calm_updates_s: float = 0.0
    voice: VoiceProfile | None = None

    def with_voice(self, voice: VoiceProfile | None) -> Baseline:
        """A copy holding ``voice`` as the wearer's voice profile."""
        return replace(self, voice=voice)

    # ---------------------------------------------------------------------------- vectors
    def vectors(self) -> tuple[np.ndarray, np.ndarray]:
        """``(centers, scales)`` in :data:`companion.arousal.window.STATS` order.

        The F0 level centre is in semitones re 1 Hz like the window statistic.
        """
        centers = np.array([12.0 * math.log2(self.f0_median_hz), self.f0_range_st,
                            self.loudness_dbfs, self.alpha_ratio_db, self.hammarberg_db,
                            self.spectral_slope_db_per_khz, self.rate_hz], dtype=np.float64)
        scales = np.array([self.f0_sd_st, self.f0_range_sd_st, self.loudness_sd_db,
                           self.alpha_ratio_sd_db, self.hammarberg_sd_db,
                           self.spectral_slope_sd_db_per_khz, self.rate_sd_hz],
                          dtype=np.float64)
        return centers, scales

    def with_centers(self, centers: np.ndarray, *, calm_s: float = 0.0) -> Baseline:
        """A copy with new centres (``STATS`` order; NaN entries keep the old value)."""
        old, _ = self.vectors()
        c = np.where(np.isfinite(centers), centers, old)
        return replace(
            self, f0_median_hz=float(2.0 ** (c[0] / 12.0)), f0_range_st=float(c[1]),
            loudness_dbfs=float(c[2]), alpha_ratio_db=float(c[3]), hammarberg_db=float(c[4]),
            spectral_slope_db_per_khz=float(c[5]), rate_hz=float(c[6]),
            calm_updates_s=self.calm_updates_s + calm_s)

    # ---------------------------------------------------------------------- persistence
    def to_dict(self) -> dict[str, Any]:
        """JSON-ready record (NaN as ``null``), with ``kind``, ``version`` and ``voice``."""
        out: dict[str, Any] = {"kind": BASELINE_KIND, "version": BASELINE_VERSION}
        for key in _NUMBERS:
            value = getattr(self, key)
            out[key] = round(value, 6) if math.isfinite(value) else None
        out["voice"] = None if self.voice is None else self.voice.to_dict()
        return out

    @classmethod
    def from_dict(cls, data: Any, *, source: str = "baseline") -> Baseline:
        """Validate a record written by :meth:`to_dict`.

        Raises
        ------
        BaselineError
            One line naming ``source`` and the offending key.
        """
        hint = "recalibrate (or delete the file) to learn a new baseline"
        _check_header(data, source, hint)
        values: dict[str, float] = {}
        for name in _NUMBERS:
            if name not in data:
                if name == "calm_updates_s":
                    values[name] = 0.0
                    continue
                raise BaselineError(f"{source}: missing key '{name}'", hint)
            values[name] = _number(name, data[name], source, hint)
        if not 30.0 <= values["f0_median_hz"] <= 1000.0:
            raise BaselineError(
                f"{source}: 'f0_median_hz' {values['f0_median_hz']:g} is not a voice "
                "(30-1000 Hz)", hint)
        voice = None
        if data.get("voice") is not None:
            try:
                voice = VoiceProfile.from_dict(data["voice"], source=f"{source}: voice")
            except ProfileError as exc:
                raise BaselineError(exc.message, exc.hint) from None
        return cls(**values, voice=voice)

    def to_json(self) -> str:
        """The record as indented JSON text (what :meth:`save` writes)."""
        return json.dumps(self.to_dict(), indent=2) + "\n"

    def save(self, path: Path) -> None:
        """Write the record as JSON to ``path`` (atomically; a few hundred bytes)."""
        path = Path(path)
        text = self.to_json()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(path, text, mode=0o600, what="baseline")
        except FileWriteError as exc:
            raise BaselineError(exc.message, exc.hint) from None
        except OSError as exc:
            raise BaselineError(f"cannot write baseline {path}: {exc.strerror or exc}",
                                "choose a writable location") from None

    @classmethod
    def load(cls, path: Path) -> Baseline:
        """Read and validate a baseline JSON file (see :meth:`from_dict`)."""
        path = Path(path)
        try:  # regular files only: a FIFO would block for ever
            text = read_small_file(path, max_bytes=MAX_BASELINE_BYTES,
                                   what="baseline").decode("utf-8")
        except FileReadError as exc:
            if exc.detail.startswith("larger than"):
                raise BaselineError(f"{path}: not a baseline file ({exc.detail})") from None
            raise BaselineError(f"cannot read baseline {path}: {exc.detail}",
                                "pass a file written by --save-baseline") from None
        except UnicodeDecodeError:
            raise BaselineError(f"cannot read baseline {path}: not UTF-8 text",
                                "pass a file written by --save-baseline") from None
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise BaselineError(f"{path}: line {exc.lineno}: not valid JSON ({exc.msg})",
                                "pass a file written by --save-baseline") from None
        return cls.from_dict(data, source=str(path))

    @classmethod
    def from_frames(cls, frames: FramesLike, config: ArousalConfig | None = None) -> Baseline:
        """Same as :func:`calibrate` (all voiced frames of ``frames``)."""
        return calibrate(frames, config)


#: The numeric fields of the record, in order.
_NUMBERS: tuple[str, ...] = tuple(f.name for f in fields(Baseline) if f.name != "voice")


def _check_header(data: Any, source: str, hint: str) -> None:
    """A JSON object of our kind, a version we read, and no keys we do not know."""
    if not isinstance(data, dict):
        raise BaselineError(f"{source}: expected a JSON object", hint)
    if data.get("kind", BASELINE_KIND) != BASELINE_KIND:
        raise BaselineError(f"{source}: 'kind' is {data.get('kind')!r}, "
                            f"not {BASELINE_KIND!r}", hint)
    version = data.get("version", BASELINE_VERSION)
    if version not in SUPPORTED_VERSIONS:
        raise BaselineError(f"{source}: unsupported baseline version {version!r}", hint)
    allowed = {"kind", "version"} | ({"voice"} if version >= 2 else set())
    unknown = sorted(set(data) - set(_NUMBERS) - allowed)
    if unknown:
        raise BaselineError(f"{source}: unknown key '{unknown[0]}'", hint)


#: Fields that must be finite numbers (the others may be ``null`` = cue not available).
_REQUIRED = frozenset({"f0_median_hz", "f0_sd_st", "voiced_s"})


def _number(name: str, v: Any, source: str, hint: str) -> float:
    """One numeric field of the record (NaN for ``null`` where a cue may be missing)."""
    if v is None and name not in _REQUIRED:
        return math.nan
    if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v):
        raise BaselineError(f"{source}: '{name}' must be a finite number, not {v!r}", hint)
    if ("_sd_" in name or name.endswith("_s")) and v < 0:
        raise BaselineError(f"{source}: '{name}' must be >= 0, not {v!r}", hint)
    return float(v)


#: Calibration evaluates its windows every this many seconds of voicing (the live tracker's
#: grid is finer). Neighbouring windows share 97 % of their frames, so the baseline (medians
#: over thousands of windows) hardly moves: on the 600 s demo shift the index moved by at
#: most 0.09 points (mean 0.03) against evaluating every 20 ms, for a fifth of the sorting.
_CALIBRATION_STEP_S = 0.1


def baseline_from_cues(t_s: np.ndarray, cues: np.ndarray, config: ArousalConfig) -> Baseline:
    """Baseline from the cues of voiced frames (times ``t_s``), as :func:`calibrate`.

    The tracker calls this with the voiced frames it collected while calibrating, so a
    streamed calibration equals ``calibrate(frames)`` on the same frames.
    """
    voiced_s = cues.shape[0] * config.hop_s
    need = max(config.min_calibration_voiced_s, config.min_voiced_s)
    if voiced_s + 1e-9 < need:
        raise CalibrationError(
            f"too little voiced speech to calibrate ({voiced_s:.1f} s, need {need:g} s)",
            "speak for longer in a calm voice, then calibrate again")
    step = max(config.step_frames, round(_CALIBRATION_STEP_S / config.hop_s))
    window = VoicedWindow(config.window_frames, config.span_s, step)
    stats, count, _ = window.evaluate(t_s, np.ones(cues.shape[0], dtype=bool), cues)
    valid = count >= config.min_voiced_frames  # one row per voiced frame
    if not valid.any():  # defensive: speech too scattered in time to fill a window
        raise CalibrationError("the calibration speech is too scattered to learn a baseline",
                               "speak for longer in a calm voice, then calibrate again")
    base = _fit(stats[valid], cues, voiced_s)
    if config.calibration_trim < 100.0:
        # One trimming pass: leave out windows that already read as clearly raised against
        # the first estimate (a heated stretch inside the calibration), then refit.
        centers, scales = base.vectors()
        index, _ = arousal_index(stats, count, centers, scales, config)
        with np.errstate(invalid="ignore"):
            keep = valid & (index <= config.calibration_trim)
        if keep.sum() >= max(config.min_voiced_frames, valid.sum() // 2):
            base = _fit(stats[keep], cues[keep], voiced_s)
    return base


def _fit(good: np.ndarray, cues: np.ndarray, voiced_s: float) -> Baseline:
    """Baseline from window statistics ``good`` and per-frame ``cues`` of calm speech."""
    centers = by_finite_column(good, median)
    # per-frame cues: f0, rms, alpha, hammarberg, slope, rate
    frame_sd = by_finite_column(cues, robust_sd)
    window_sd = by_finite_column(good, robust_sd)
    return Baseline(
        f0_median_hz=float(2.0 ** (centers[0] / 12.0)), f0_sd_st=float(frame_sd[0]),
        f0_range_st=float(centers[1]), f0_range_sd_st=float(window_sd[1]),
        loudness_dbfs=float(centers[2]), loudness_sd_db=float(frame_sd[1]),
        alpha_ratio_db=float(centers[3]), alpha_ratio_sd_db=float(frame_sd[2]),
        hammarberg_db=float(centers[4]), hammarberg_sd_db=float(frame_sd[3]),
        spectral_slope_db_per_khz=float(centers[5]),
        spectral_slope_sd_db_per_khz=float(frame_sd[4]),
        rate_hz=float(centers[6]), rate_sd_hz=float(window_sd[6]),
        voiced_s=float(voiced_s),
    )


def calibrate(frames: FramesLike, config: ArousalConfig | None = None) -> Baseline:
    """Learn a baseline from all voiced frames of ``frames`` (no length limit).

    This is the batch path ``companion analyze`` uses to calibrate on the file itself;
    ``ArousalTracker`` without a baseline does the same on the first ``calibration_s`` of
    speech. Raises :class:`CalibrationError` with too little voiced speech.
    """
    config = config or ArousalConfig()
    mask = voiced_mask(frames)
    return baseline_from_cues(np.asarray(frames.t_s, dtype=np.float64)[mask],
                              frame_cues(frames, mask), config)
