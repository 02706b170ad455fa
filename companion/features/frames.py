"""The :class:`FeatureFrames` record: one entry per 10 ms frame, as equal-length numpy arrays.

Plain data; created on the engine worker thread (or the CLI's main thread) and handed on
read-only.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from companion.features.spectral import N_CEPSTRUM

__all__ = ["EXTRA_FIELDS", "FRAME_FIELDS", "FeatureFrames"]

#: Field name -> numpy dtype, in the order of the dataclass (and of CSV columns).
FRAME_FIELDS: dict[str, type] = {
    "t_s": np.float64,
    "f0_hz": np.float64,
    "voiced": np.bool_,
    "periodicity": np.float64,
    "rms_dbfs": np.float64,
    "speech": np.bool_,
    "alpha_ratio_db": np.float64,
    "hammarberg_db": np.float64,
    "spectral_slope_db_per_khz": np.float64,
    "centroid_hz": np.float64,
    "syllable_rate_hz": np.float64,
}

#: Per-frame fields that are not CSV columns: name -> (dtype, shape of one frame's value).
EXTRA_FIELDS: dict[str, tuple[type, tuple[int, ...]]] = {
    "cepstrum": (np.float64, (N_CEPSTRUM,)),
    "nucleus": (np.bool_, ()),
}


def _unset() -> np.ndarray:
    return np.empty(0)


@dataclass(eq=False)
class FeatureFrames:
    """Per-frame voice features, every attribute an array of the same length.

    Attributes
    ----------
    t_s
        Frame centre, seconds from the start of the stream (frame ``i`` covers the hop
        ``[i*hop, (i+1)*hop)``, so ``t_s[i] = (i + 0.5) * hop_s``).
    f0_hz
        Fundamental frequency in Hz; NaN when unvoiced.
    voiced
        True when the frame is voiced (periodic).
    periodicity
        1 − YIN aperiodicity of the chosen (voiced) or best (unvoiced) period, 0–1.
    rms_dbfs
        RMS level in dB relative to full scale (a full-scale square wave is 0 dBFS, a
        full-scale sine −3 dBFS); digital silence is −120 dBFS.
    speech
        Voice activity (speech/non-speech) against a causal adaptive noise floor.
    alpha_ratio_db
        10·log10 of energy 1–5 kHz over energy 50–1000 Hz (rises with vocal effort); NaN in
        silence.
    hammarberg_db
        Strongest spectral peak 0–2 kHz over strongest peak 2–5 kHz, dB (falls with vocal
        effort); NaN in silence.
    spectral_slope_db_per_khz
        Least-squares slope of the log power spectrum over 50 Hz–5 kHz, dB per kHz
        (negative = steeper tilt, less effort); NaN in silence.
    centroid_hz
        Spectral centroid of the power spectrum 50 Hz–8 kHz, Hz; NaN in silence.
    syllable_rate_hz
        Syllable nuclei per second of speech over the trailing window; NaN when the window
        holds too little speech.
    cepstrum
        ``(n, 12)`` mel-frequency cepstral coefficients c1..c12 of the frame's log power
        spectrum (dB; 24 mel bands 80–7600 Hz, orthonormal DCT): the spectral envelope, gain
        left out. NaN in silence.
    nucleus
        True at the frames counted as syllable nuclei for ``syllable_rate_hz``.

    ``cepstrum`` and ``nucleus`` are optional when building a record by hand (NaN / False
    then) and are not CSV columns (:data:`EXTRA_FIELDS`).
    """

    t_s: np.ndarray
    f0_hz: np.ndarray
    voiced: np.ndarray
    periodicity: np.ndarray
    rms_dbfs: np.ndarray
    speech: np.ndarray
    alpha_ratio_db: np.ndarray
    hammarberg_db: np.ndarray
    spectral_slope_db_per_khz: np.ndarray
    centroid_hz: np.ndarray
    syllable_rate_hz: np.ndarray
    cepstrum: np.ndarray = field(default_factory=_unset)
    nucleus: np.ndarray = field(default_factory=_unset)

    def __post_init__(self) -> None:
        n = 0
        for i, (name, dtype) in enumerate(FRAME_FIELDS.items()):
            arr: np.ndarray = np.asarray(getattr(self, name), dtype=dtype)
            if arr.ndim != 1:
                raise ValueError(f"FeatureFrames.{name} must be one-dimensional")
            if i == 0:
                n = arr.shape[0]
            elif arr.shape[0] != n:
                raise ValueError(f"FeatureFrames.{name} has {arr.shape[0]} entries, t_s has {n}")
            object.__setattr__(self, name, arr)
        for name, (dtype, shape) in EXTRA_FIELDS.items():
            arr = np.asarray(getattr(self, name), dtype=dtype)
            if arr.size == 0:
                fill = np.nan if dtype is np.float64 else False
                arr = np.full((n, *shape), fill, dtype=dtype)
            if arr.shape != (n, *shape):
                raise ValueError(f"FeatureFrames.{name} has shape {arr.shape}, "
                                 f"expected {(n, *shape)}")
            object.__setattr__(self, name, arr)

    @classmethod
    def empty(cls) -> FeatureFrames:
        """A record with zero frames."""
        return cls(**{name: np.empty(0, dtype=dtype) for name, dtype in FRAME_FIELDS.items()})

    @staticmethod
    def names() -> tuple[str, ...]:
        """Every field: the CSV columns, then :data:`EXTRA_FIELDS`."""
        return (*FRAME_FIELDS, *EXTRA_FIELDS)

    @classmethod
    def concat(cls, parts: list[FeatureFrames] | tuple[FeatureFrames, ...]) -> FeatureFrames:
        """Join records end to end (an empty list gives an empty record)."""
        parts = [p for p in parts if len(p)]
        if not parts:
            return cls.empty()
        if len(parts) == 1:
            return parts[0]
        return cls(**{name: np.concatenate([getattr(p, name) for p in parts])
                      for name in cls.names()})

    def __len__(self) -> int:
        return int(self.t_s.shape[0])

    def __getitem__(self, index: slice) -> FeatureFrames:
        if not isinstance(index, slice):
            raise TypeError("FeatureFrames supports slicing only, e.g. frames[10:20]")
        return FeatureFrames(**{name: getattr(self, name)[index] for name in self.names()})

    def columns(self) -> dict[str, np.ndarray]:
        """The per-frame scalar arrays by field name, in :data:`FRAME_FIELDS` order (the CSV
        columns; the cepstrum is left out)."""
        return {name: getattr(self, name) for name in FRAME_FIELDS}

    def equals(self, other: FeatureFrames) -> bool:
        """True when every array is identical, NaN positions included (bit-for-bit test)."""
        return all(
            np.array_equal(getattr(self, n), getattr(other, n),
                           equal_nan=np.asarray(getattr(self, n)).dtype.kind == "f")
            for n in self.names()
        )
