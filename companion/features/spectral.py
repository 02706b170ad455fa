"""Frame level and spectral vocal-effort features (eGeMAPS style), many frames at once.

Runs on the caller's thread (engine worker or CLI main thread). Pure numpy.

References: Eyben et al. (2016), "The Geneva Minimalistic Acoustic Parameter Set (GeMAPS)
for Voice Research and Affective Computing", IEEE Trans. Affective Computing 7(2) — alpha
ratio, Hammarberg index, spectral slope. Davis & Mermelstein (1980), "Comparison of
parametric representations for monosyllabic word recognition in continuously spoken
sentences", IEEE Trans. ASSP 28(4) — mel-frequency cepstral coefficients (the spectral
envelope of the wearer's voice profile).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

__all__ = ["CEPSTRUM_BANDS", "N_CEPSTRUM", "SpectralBands", "SpectralFeatures", "grouped_matmul",
           "level_dbfs", "spectral_features"]

#: Floor of the level in dBFS (digital silence), keeps every value finite.
LEVEL_FLOOR_DBFS = -120.0
_POWER_FLOOR = 10.0 ** (LEVEL_FLOOR_DBFS / 10.0)
#: dB per neper of power: 10 log10(p) = this * ln(p).
_DB_PER_NEPER_POWER = 10.0 / np.log(10.0)
#: Mel bands of the cepstral envelope, and their range in Hz.
CEPSTRUM_BANDS = 24
_MEL_LO_HZ, _MEL_HI_HZ = 80.0, 7600.0
#: Cepstral coefficients kept (c1..c12; c0, the level, is left out: it is ``rms_dbfs``'s job).
N_CEPSTRUM = 12


def _mel(f_hz: np.ndarray | float) -> np.ndarray:
    return 2595.0 * np.log10(1.0 + np.asarray(f_hz, dtype=np.float64) / 700.0)


def mel_filterbank(f_hz: np.ndarray, n_bands: int, lo_hz: float, hi_hz: float) -> np.ndarray:
    """(bins, bands) triangular filters evenly spaced on the mel scale, unit peak."""
    edges_mel = np.linspace(_mel(lo_hz), _mel(hi_hz), n_bands + 2)
    edges = 700.0 * (10.0 ** (edges_mel / 2595.0) - 1.0)
    lo, mid, hi = edges[:-2], edges[1:-1], edges[2:]
    f = f_hz[:, None]
    rise = (f - lo) / (mid - lo)
    fall = (hi - f) / (hi - mid)
    return np.clip(np.minimum(rise, fall), 0.0, None)


def cepstrum_basis(n_bands: int, n_coef: int) -> np.ndarray:
    """(bands, coefficients) orthonormal DCT-II basis for c1..c``n_coef``."""
    b = np.arange(n_bands) + 0.5
    k = np.arange(1, n_coef + 1)
    return np.sqrt(2.0 / n_bands) * np.cos(np.pi * np.outer(b, k) / n_bands)


def level_dbfs(segments: np.ndarray) -> np.ndarray:
    """RMS level in dBFS of each row of ``segments`` (n, w): ``10·log10(mean(x²))``."""
    power = np.mean(segments * segments, axis=1)
    return 10.0 * np.log10(np.maximum(power, _POWER_FLOOR))


@dataclass(frozen=True)
class SpectralBands:
    """Precomputed window and bin masks for one window length and sample rate."""

    window: np.ndarray
    low: slice        # 50–1000 Hz (alpha ratio, denominator)
    high: slice       # 1–5 kHz (alpha ratio, numerator)
    ham_low: slice    # 0–2 kHz (Hammarberg)
    ham_high: slice   # 2–5 kHz (Hammarberg)
    slope_weights: np.ndarray  # least-squares slope over 50 Hz–5 kHz of the natural log of
    #                            power, in dB per kHz (10 / ln 10 folded in)
    slope_bins: slice
    centroid_bins: slice
    centroid_hz: np.ndarray
    envelope: slice   # 300–2500 Hz (syllable envelope)
    mel: np.ndarray   # (bins, CEPSTRUM_BANDS) mel filterbank
    dct: np.ndarray   # (CEPSTRUM_BANDS, N_CEPSTRUM) cepstrum basis

    @classmethod
    def make(cls, n: int, sample_rate_hz: int) -> SpectralBands:
        """Bands for an ``n``-sample Hann window at ``sample_rate_hz``."""
        f = np.fft.rfftfreq(n, 1.0 / sample_rate_hz)
        nyq = sample_rate_hz / 2.0

        def band(lo: float, hi: float) -> slice:
            idx = np.flatnonzero((f >= lo) & (f < min(hi, nyq)))
            return slice(int(idx[0]), int(idx[-1]) + 1)

        slope_bins = band(50.0, 5000.0)
        fk = f[slope_bins] / 1000.0
        fc = fk - fk.mean()
        centroid_bins = band(50.0, 8000.0)
        return cls(
            window=np.hanning(n + 2)[1:-1],
            low=band(50.0, 1000.0), high=band(1000.0, 5000.0),
            ham_low=band(0.0, 2000.0), ham_high=band(2000.0, 5000.0),
            slope_weights=_DB_PER_NEPER_POWER * fc / np.sum(fc * fc), slope_bins=slope_bins,
            centroid_bins=centroid_bins, centroid_hz=f[centroid_bins],
            envelope=band(300.0, 2500.0),
            mel=mel_filterbank(f, CEPSTRUM_BANDS, _MEL_LO_HZ, min(_MEL_HI_HZ, 0.95 * nyq)),
            dct=cepstrum_basis(CEPSTRUM_BANDS, N_CEPSTRUM),
        )


@dataclass
class SpectralFeatures:
    """Spectral features of ``n`` frames (NaN where the frame is silent)."""

    alpha_ratio_db: np.ndarray
    hammarberg_db: np.ndarray
    slope_db_per_khz: np.ndarray
    centroid_hz: np.ndarray
    envelope_db: np.ndarray  # band level 300–2500 Hz, dB (finite everywhere)
    cepstrum: np.ndarray     # (n, N_CEPSTRUM) mel cepstrum c1..c12 of the log power, dB


def grouped_matmul(a: np.ndarray, b: np.ndarray, rows: int) -> np.ndarray:
    """``a @ b`` for a 2-D ``a``, as one matrix product per group of ``rows`` rows (the last
    group may be shorter).

    BLAS's matrix-vector products can round the last bit of a row differently depending on
    how many rows one call holds, so the feature engine always multiplies the rows of one
    chunk together: then a frame's value does not depend on how many chunks were analysed
    at once (streaming equals batch). The full groups still go in one numpy call.
    """
    n = a.shape[0]
    full = n - n % rows
    tail = b.shape[1:]
    parts = []
    if full:
        parts.append((a[:full].reshape(full // rows, rows, a.shape[1]) @ b).reshape(full, *tail))
    if full < n:
        parts.append(a[full:] @ b)
    return np.concatenate(parts) if len(parts) > 1 else parts[0]


def spectral_features(segments: np.ndarray, bands: SpectralBands, silent: np.ndarray,
                      rows: int) -> SpectralFeatures:
    """Spectral features of each row of ``segments`` (n, window) where ``silent`` is False;
    matrix products are done per ``rows`` rows (:func:`grouped_matmul`)."""
    spec = np.fft.rfft(segments * bands.window, axis=1)
    p = np.square(spec.real)
    p += np.square(spec.imag)
    p += _POWER_FLOOR * 1e-3
    alpha = 10.0 * np.log10(p[:, bands.high].sum(axis=1) / p[:, bands.low].sum(axis=1))
    ham = 10.0 * np.log10(p[:, bands.ham_low].max(axis=1) / p[:, bands.ham_high].max(axis=1))
    # The slope's ~160 logarithms per frame in float32 (SIMD, a fifth of the float64 log10's
    # time): ~1e-6 dB/kHz, far below what the voice changes it by.
    log_p = np.log(p[:, bands.slope_bins].astype(np.float32)).astype(np.float64)
    slope = grouped_matmul(log_p, bands.slope_weights, rows)
    pc = p[:, bands.centroid_bins]
    centroid = grouped_matmul(pc, bands.centroid_hz, rows) / pc.sum(axis=1)
    env = 10.0 * np.log10(p[:, bands.envelope].sum(axis=1))
    cep = grouped_matmul(10.0 * np.log10(grouped_matmul(p, bands.mel, rows) + _POWER_FLOOR),
                         bands.dct, rows)
    nan = np.nan
    return SpectralFeatures(
        alpha_ratio_db=np.where(silent, nan, alpha),
        hammarberg_db=np.where(silent, nan, ham),
        slope_db_per_khz=np.where(silent, nan, slope),
        centroid_hz=np.where(silent, nan, centroid),
        envelope_db=env,
        cepstrum=np.where(silent[:, None], nan, cep),
    )
