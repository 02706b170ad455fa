"""The wearer's voice profile: a few numbers that say what *their* voice looks like at *this*
microphone. Never audio.

Learned at calibration from the frames the gate attributed to the wearer (their speech is the
dominant close-talk voice), saved with the arousal baseline, and moved slowly towards recent
confident wearer frames (exponential forgetting, like the baseline). Plain data and numpy; any
thread.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from companion.errors import CompanionError
from companion.features.robust import median, robust_sd
from companion.features.spectral import N_CEPSTRUM

__all__ = ["PROFILE_FIELDS", "ProfileError", "VoiceProfile", "fit_profile"]

#: Least robust spreads used when a profile is fitted (very steady calibration speech).
F0_SD_FLOOR_ST = 1.0
LEVEL_SD_FLOOR_DB = 1.0
CEPSTRUM_SD_FLOOR_DB = 0.5
#: Calibration frames whose syllable peak lies further than this below the median are left
#: out of the fit (another talker the bootstrap took for the wearer), dB.
FIT_LEVEL_RANGE_DB = 10.0


class ProfileError(CompanionError):
    """A voice-profile record is malformed."""


@dataclass(frozen=True)
class VoiceProfile:
    """What the wearer's voice looks like at this microphone.

    Attributes
    ----------
    peak_level_dbfs, peak_level_sd_db
        Median and robust SD of the wearer's syllable peak levels (dBFS, dB): the close-talk
        level, relative to which other voices are 15-30 dB quieter. Gain-relative: learned
        again after a recalibration on a new headset.
    f0_median_hz, f0_sd_st
        Median F0 of the wearer's voiced frames (Hz) and its robust SD (semitones).
    cepstrum_mean, cepstrum_sd
        Mean and SD of the mel cepstrum c1..c12 of the wearer's voiced frames (dB): a compact
        model of their spectral envelope at this microphone.
    voiced_s
        Seconds of voiced speech the profile was learned from.
    updates_s
        Seconds of confident wearer speech folded in since by the slow update.
    """

    peak_level_dbfs: float
    peak_level_sd_db: float
    f0_median_hz: float
    f0_sd_st: float
    cepstrum_mean: tuple[float, ...]
    cepstrum_sd: tuple[float, ...]
    voiced_s: float
    updates_s: float = 0.0

    @property
    def f0_median_st(self) -> float:
        """Median F0 in semitones re 1 Hz."""
        return 12.0 * math.log2(self.f0_median_hz)

    def cepstrum_arrays(self) -> tuple[np.ndarray, np.ndarray]:
        """``(mean, sd)`` as arrays."""
        return (np.asarray(self.cepstrum_mean, dtype=np.float64),
                np.asarray(self.cepstrum_sd, dtype=np.float64))

    def with_centers(self, peak_level_dbfs: float, f0_median_st: float,
                     cepstrum_mean: np.ndarray, *, seconds: float) -> VoiceProfile:
        """A copy with new centres (spreads kept), after ``seconds`` of speech folded in."""
        return replace(self, peak_level_dbfs=float(peak_level_dbfs),
                       f0_median_hz=float(2.0 ** (f0_median_st / 12.0)),
                       cepstrum_mean=tuple(float(v) for v in cepstrum_mean),
                       updates_s=self.updates_s + seconds)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready record (numbers rounded to 4 decimals)."""
        def r(v: float) -> float:
            return round(float(v), 4)
        return {"peak_level_dbfs": r(self.peak_level_dbfs),
                "peak_level_sd_db": r(self.peak_level_sd_db),
                "f0_median_hz": r(self.f0_median_hz), "f0_sd_st": r(self.f0_sd_st),
                "cepstrum_mean": [r(v) for v in self.cepstrum_mean],
                "cepstrum_sd": [r(v) for v in self.cepstrum_sd],
                "voiced_s": r(self.voiced_s), "updates_s": r(self.updates_s)}

    @classmethod
    def from_dict(cls, data: Any, *, source: str = "voice profile") -> VoiceProfile:
        """Validate a record written by :meth:`to_dict`.

        Raises
        ------
        ProfileError
            One line naming ``source`` and the offending key.
        """
        hint = "recalibrate (or delete the baseline) to learn your voice again"
        if not isinstance(data, dict):
            raise ProfileError(f"{source}: expected an object", hint)
        unknown = sorted(set(data) - set(PROFILE_FIELDS))
        if unknown:
            raise ProfileError(f"{source}: unknown key '{unknown[0]}'", hint)
        values: dict[str, Any] = {"updates_s": 0.0}
        for name in PROFILE_FIELDS:
            if name not in data:
                if name in values:
                    continue
                raise ProfileError(f"{source}: missing key '{name}'", hint)
            values[name] = _checked(name, data[name], source, hint)
        if not 30.0 <= values["f0_median_hz"] <= 1000.0:
            raise ProfileError(f"{source}: 'f0_median_hz' is not a voice (30-1000 Hz)", hint)
        return cls(**values)


#: Keys of the persisted record, in order.
PROFILE_FIELDS: tuple[str, ...] = ("peak_level_dbfs", "peak_level_sd_db", "f0_median_hz",
                                   "f0_sd_st", "cepstrum_mean", "cepstrum_sd", "voiced_s",
                                   "updates_s")


def _number(v: Any) -> bool:
    return not isinstance(v, bool) and isinstance(v, (int, float)) and math.isfinite(v)


def _checked(name: str, v: Any, source: str, hint: str) -> Any:
    """One validated field value."""
    if name.startswith("cepstrum_"):
        if not isinstance(v, list) or len(v) != N_CEPSTRUM or not all(_number(x) for x in v):
            raise ProfileError(f"{source}: '{name}' must be {N_CEPSTRUM} finite numbers", hint)
        if name == "cepstrum_sd" and min(v) <= 0:
            raise ProfileError(f"{source}: '{name}' must be positive", hint)
        return tuple(float(x) for x in v)
    if not _number(v):
        raise ProfileError(f"{source}: '{name}' must be a finite number, not {v!r}", hint)
    if (name.endswith("_sd_db") or name.endswith("_sd_st")) and v <= 0 or \
            name.endswith("_s") and v < 0:
        raise ProfileError(f"{source}: '{name}' is out of range ({v!r})", hint)
    return float(v)


def _robust_sd(x: np.ndarray, floor: float) -> float:
    return max(floor, robust_sd(x))


def fit_profile(peak_dbfs: np.ndarray, f0_hz: np.ndarray, cepstrum: np.ndarray,
                hop_s: float) -> VoiceProfile | None:
    """A profile from the wearer's voiced calibration frames (their syllable peak levels in
    dBFS, F0 in Hz, cepstra ``(n, 12)``); None when there are none.

    Frames whose syllable peak is more than :data:`FIT_LEVEL_RANGE_DB` below the median are
    left out first: they belong to another talker that the level-free bootstrap took for the
    wearer (the wearer is the dominant close-talk voice, so the median is theirs).
    """
    ok = np.isfinite(peak_dbfs) & np.isfinite(f0_hz) & (f0_hz > 0)
    if not ok.any():
        return None
    keep = ok & (peak_dbfs >= median(peak_dbfs[ok]) - FIT_LEVEL_RANGE_DB)
    peaks, st = peak_dbfs[keep], 12.0 * np.log2(f0_hz[keep])
    cep = cepstrum[keep]
    cep = cep[np.isfinite(cep).all(axis=1)]
    if not cep.shape[0]:
        return None
    return VoiceProfile(
        peak_level_dbfs=median(peaks),
        peak_level_sd_db=_robust_sd(peaks, LEVEL_SD_FLOOR_DB),
        f0_median_hz=float(2.0 ** (median(st) / 12.0)),
        f0_sd_st=_robust_sd(st, F0_SD_FLOOR_ST),
        cepstrum_mean=tuple(float(v) for v in cep.mean(axis=0)),
        cepstrum_sd=tuple(float(max(v, CEPSTRUM_SD_FLOOR_DB)) for v in cep.std(axis=0)),
        voiced_s=float(keep.sum() * hop_s))
