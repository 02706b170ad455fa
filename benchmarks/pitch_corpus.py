"""Pitch-tracking ground truth and the metrics that score a tracker against it.

Everything here is generated in code from fixed seeds; nothing is read from or written to disk
(the espeak-ng subset runs the ``espeak-ng`` binary into a temporary folder).

Synthetic talkers: a glottal-like harmonic source (harmonic amplitudes falling 6 dB/octave,
per-period jitter and shimmer, a little aspiration noise) driven by a known F0 contour
(steady, glide, vibrato, jitter; 60-450 Hz), filtered by male- or female-like vowel formants,
separated by unvoiced gaps (silence, fricative-like noise, short bursts) whose labels are
known. Noisy conditions add white noise or babble (a sum of several other synthetic talkers)
at a given SNR measured against the target talker's voiced samples.

Ground truth is one value per 10 ms frame at frame centre ``t = i * hop_s``: ``f0_hz`` is the
instantaneous F0 averaged over 20 ms around the centre (NaN when unvoiced), ``voiced`` is the
segment label, and ``scored`` is False within ``guard_s`` of a voicing boundary, where the
label of a frame that straddles the boundary is ambiguous.

Metrics (frames pooled over all items of a condition):

- gross pitch error (GPE, %): frames voiced in both reference and estimate whose estimate
  deviates by more than 20 % from the reference;
- fine pitch error (FPE, cents): mean absolute and standard deviation of the cents error on the
  voiced-in-both frames that are not gross errors;
- voicing decision error (VDE, %): frames whose voiced/unvoiced decision differs.

Gross errors are further counted as octave-down / octave-up when the ratio is within 100 cents
of 1/2 or 1/3 (2 or 3); the rest are "other" (typically a competing talker or noise).

Runs on the caller's thread (the benchmark's main thread); pure numpy/scipy, no Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal

import numpy as np
from scipy.signal import lfilter, resample_poly

SAMPLE_RATE_HZ = 16000
HOP_S = 0.010
GUARD_S = 0.020
GROSS_RATIO = 0.20
SNRS_DB = (20, 10, 0)

ContourKind = Literal["steady", "glide", "vibrato", "jitter"]
GapKind = Literal["silence", "fricative", "burst"]
CONTOURS: tuple[ContourKind, ...] = ("steady", "glide", "vibrato", "jitter")
GAPS: tuple[GapKind, ...] = ("silence", "fricative", "burst")

# Vowel formants (Hz) of an adult male voice; female-like voices scale them by 1.17.
_VOWELS_HZ: dict[str, tuple[float, float, float, float]] = {
    "a": (730.0, 1090.0, 2440.0, 3400.0),
    "i": (270.0, 2290.0, 3010.0, 3700.0),
    "u": (300.0, 870.0, 2240.0, 3300.0),
    "e": (530.0, 1840.0, 2480.0, 3500.0),
    "o": (570.0, 840.0, 2410.0, 3300.0),
}
_BANDWIDTHS_HZ = (70.0, 100.0, 130.0, 180.0)


class CorpusError(ValueError):
    """Bad arguments to the corpus generator or a metric (one line, says what to change)."""


@dataclass(frozen=True)
class Talker:
    """A synthetic voice: F0 range in Hz and formant family."""

    name: str
    sex: Literal["male", "female"]
    f0_lo_hz: float
    f0_hi_hz: float

    @property
    def formant_scale(self) -> float:
        """Formant frequency multiplier relative to the male table."""
        return 1.0 if self.sex == "male" else 1.17


TALKERS: tuple[Talker, ...] = (
    Talker("male-low", "male", 60.0, 120.0),
    Talker("male", "male", 85.0, 180.0),
    Talker("female", "female", 150.0, 300.0),
    Talker("female-high", "female", 220.0, 450.0),
)


@dataclass(frozen=True)
class Segment:
    """One stretch of an utterance, in seconds from its start."""

    start_s: float
    end_s: float
    kind: Literal["voiced", "silence", "fricative", "burst"]
    contour: ContourKind | None = None


@dataclass
class Utterance:
    """Clean synthetic speech with per-sample truth (16 kHz float32 samples)."""

    samples: np.ndarray
    f0_per_sample_hz: np.ndarray  # NaN where unvoiced
    segments: list[Segment]
    talker: Talker
    sample_rate_hz: int = SAMPLE_RATE_HZ


@dataclass
class PitchItem:
    """One benchmark clip with frame-level truth.

    ``t_s`` are frame centres in seconds, ``f0_hz`` is NaN where unvoiced, ``scored`` marks
    the frames the metrics use. ``reference`` says where the truth came from: ``"synthetic"``
    (known by construction) or ``"praat"`` (Praat autocorrelation on the clean clip).
    """

    name: str
    condition: str
    samples: np.ndarray
    t_s: np.ndarray
    f0_hz: np.ndarray
    voiced: np.ndarray
    scored: np.ndarray
    reference: str = "synthetic"
    sample_rate_hz: int = SAMPLE_RATE_HZ
    tags: dict[str, str] = field(default_factory=dict)

    @property
    def duration_s(self) -> float:
        """Clip length in seconds."""
        return len(self.samples) / self.sample_rate_hz


@dataclass(frozen=True)
class PitchScores:
    """Scores of one tracker on a set of frames (percentages 0-100, cents)."""

    gpe_pct: float
    fpe_mean_abs_cents: float
    fpe_std_cents: float
    vde_pct: float
    n_scored: int
    n_voiced_both: int
    n_gross: int
    n_octave_down: int = 0  # gross errors with estimate/reference near 1/2 (or 1/3)
    n_octave_up: int = 0  # gross errors near 2x (or 3x)
    n_missed: int = 0  # voiced in the reference, unvoiced in the estimate
    n_false_alarm: int = 0  # unvoiced in the reference, voiced in the estimate


# --------------------------------------------------------------------------- synthesis


def _check_duration(duration_s: float) -> None:
    if not np.isfinite(duration_s) or duration_s < 0.5:
        raise CorpusError(f"duration_s={duration_s!r}: use at least 0.5 seconds per utterance")


def plan_segments(duration_s: float, rng: np.random.Generator, *,
                  first_contour: int = 0, lead_s: float = 0.2,
                  voiced_s: tuple[float, float] = (0.3, 0.9),
                  gap_s: tuple[float, float] = (0.08, 0.35)) -> list[Segment]:
    """Alternate unvoiced gaps and voiced stretches to fill ``duration_s`` seconds.

    Voiced stretches cycle through the contour kinds (starting at ``first_contour``) so every
    utterance mixes them; gaps cycle through silence, fricative noise and short bursts.
    """
    _check_duration(duration_s)
    segments = [Segment(0.0, lead_s, "silence")]
    t, k, g = lead_s, first_contour, int(rng.integers(len(GAPS)))
    while True:
        v_len = float(rng.uniform(*voiced_s))
        if t + v_len > duration_s - 0.15:
            if len(segments) > 1 or duration_s - 0.15 - t < 0.1:
                break
            v_len = duration_s - 0.15 - t  # short utterance: still one voiced stretch
        segments.append(Segment(t, t + v_len, "voiced", CONTOURS[k % len(CONTOURS)]))
        t += v_len
        k += 1
        gap_kind = GAPS[g % len(GAPS)]
        g += 1
        g_len = float(rng.uniform(*gap_s)) if gap_kind != "burst" else float(rng.uniform(0.04, 0.1))
        g_len = min(g_len, duration_s - t)
        segments.append(Segment(t, t + g_len, gap_kind))
        t += g_len
    if t < duration_s:
        segments.append(Segment(t, duration_s, "silence"))
    return segments


def f0_contour(kind: ContourKind, n: int, talker: Talker, rng: np.random.Generator,
               sample_rate_hz: int = SAMPLE_RATE_HZ) -> np.ndarray:
    """Per-sample F0 in Hz for one voiced stretch of ``n`` samples.

    ``steady``: constant; ``glide``: log-linear sweep over at least a third of an octave;
    ``vibrato``: 4-7 Hz sinusoidal modulation of 30-100 cents; ``jitter``: a gently declining
    base with 0.5-2 % random period-to-period perturbation. All values stay inside the
    talker's range.
    """
    lo, hi = talker.f0_lo_hz, talker.f0_hi_hz
    t = np.arange(n) / sample_rate_hz
    log_lo, log_hi = np.log2(lo), np.log2(hi)
    if kind == "steady":
        return np.full(n, 2.0 ** rng.uniform(log_lo, log_hi))
    if kind == "glide":
        span = max(np.log2(1.3), (log_hi - log_lo) * rng.uniform(0.5, 1.0))
        span = min(span, log_hi - log_lo)
        start = rng.uniform(log_lo, log_hi - span)
        a, b = (start, start + span) if rng.random() < 0.5 else (start + span, start)
        return 2.0 ** np.linspace(a, b, n)
    if kind == "vibrato":
        depth = rng.uniform(30.0, 100.0) / 1200.0
        centre = rng.uniform(log_lo + depth, log_hi - depth)
        rate = rng.uniform(4.0, 7.0)
        return 2.0 ** (centre + depth * np.sin(2 * np.pi * rate * t + rng.uniform(0, 2 * np.pi)))
    if kind == "jitter":
        start = rng.uniform(log_lo + 0.1, log_hi)
        base = 2.0 ** (start - 0.1 * t / max(t[-1], 1e-9))  # declination, <= 0.1 octave
        sigma = rng.uniform(0.005, 0.02)
        phase = np.cumsum(base) / sample_rate_hz
        cycle = np.floor(phase).astype(np.int64)
        factors = 1.0 + sigma * rng.standard_normal(int(cycle[-1]) + 1)
        return np.clip(base * factors[cycle], lo, hi)
    raise CorpusError(f"contour kind {kind!r}: use one of {', '.join(CONTOURS)}")


def glottal_source(f0_hz: np.ndarray, rng: np.random.Generator, *,
                   sample_rate_hz: int = SAMPLE_RATE_HZ, shimmer: float = 0.0,
                   aspiration_db: float = -30.0) -> np.ndarray:
    """A band-limited glottal-like pulse train following the per-sample ``f0_hz``.

    Harmonic k has amplitude 1/k (-6 dB/octave, glottal flow derivative) and a fixed random
    phase; harmonics fade out before 0.45 x the sample rate so nothing aliases. ``shimmer`` is
    the relative per-period amplitude perturbation; aspiration noise, gated by the glottal
    cycle, sits ``aspiration_db`` below the harmonic part.
    """
    phase = 2 * np.pi * np.cumsum(f0_hz) / sample_rate_hz
    nyq_limit = 0.45 * sample_rate_hz
    k_max = int(nyq_limit / max(float(np.min(f0_hz)), 1.0))
    out = np.zeros(len(f0_hz))
    for k in range(1, k_max + 1):
        fk = k * f0_hz
        taper = np.clip((nyq_limit - fk) / (0.05 * sample_rate_hz), 0.0, 1.0)
        if not taper.any():
            break
        out += taper * np.sin(k * phase + rng.uniform(0, 2 * np.pi)) / k
    cycle = np.floor(phase / (2 * np.pi)).astype(np.int64)
    if shimmer > 0:
        out *= (1.0 + shimmer * rng.standard_normal(int(cycle[-1]) + 1))[cycle]
    rms = float(np.sqrt(np.mean(out**2))) or 1.0
    gate = 0.5 + 0.5 * np.cos(phase)  # noise bursts around glottal closure
    noise = rng.standard_normal(len(out)) * gate
    noise *= rms * 10 ** (aspiration_db / 20) / (float(np.sqrt(np.mean(noise**2))) or 1.0)
    return out + noise


def formant_filter(x: np.ndarray, vowel: str, talker: Talker,
                   sample_rate_hz: int = SAMPLE_RATE_HZ) -> np.ndarray:
    """Cascade of four two-pole resonators (unity gain at DC) for ``vowel``."""
    if vowel not in _VOWELS_HZ:
        raise CorpusError(f"vowel {vowel!r}: use one of {', '.join(_VOWELS_HZ)}")
    y = x
    for f, bw in zip(_VOWELS_HZ[vowel], _BANDWIDTHS_HZ, strict=True):
        f = min(f * talker.formant_scale, 0.45 * sample_rate_hz)
        r = np.exp(-np.pi * bw / sample_rate_hz)
        a = np.array([1.0, -2 * r * np.cos(2 * np.pi * f / sample_rate_hz), r * r])
        y = lfilter([a.sum()], a, y)
    return y


def _ramp(n: int, ramp_n: int) -> np.ndarray:
    env = np.ones(n)
    ramp_n = min(ramp_n, n // 2)
    if ramp_n > 0:
        r = 0.5 - 0.5 * np.cos(np.pi * np.arange(ramp_n) / ramp_n)
        env[:ramp_n], env[n - ramp_n:] = r, r[::-1]
    return env


def synth_utterance(talker: Talker, duration_s: float, seed: int, *,
                    first_contour: int = 0, level_dbfs: float = -20.0,
                    segments: list[Segment] | None = None,
                    sample_rate_hz: int = SAMPLE_RATE_HZ) -> Utterance:
    """Clean synthetic speech of ``duration_s`` seconds with per-sample F0 truth.

    Voiced stretches have an RMS near ``level_dbfs`` (dBFS, +-3 dB per stretch), 15 ms
    raised-cosine on/offsets; fricatives are 2.5-7 kHz band noise 12 dB below, bursts are
    broadband and 6 dB below; a -75 dBFS noise floor runs under everything.
    """
    rng = np.random.default_rng(seed)
    segs = segments if segments is not None else plan_segments(
        duration_s, rng, first_contour=first_contour)
    n_total = int(round(duration_s * sample_rate_hz))
    x = np.zeros(n_total)
    f0 = np.full(n_total, np.nan)
    target_rms = 10 ** (level_dbfs / 20)
    vowels = list(_VOWELS_HZ)
    for seg in segs:
        i0 = int(round(seg.start_s * sample_rate_hz))
        i1 = min(int(round(seg.end_s * sample_rate_hz)), n_total)
        n = i1 - i0
        if n <= 0:
            continue
        if seg.kind == "voiced":
            assert seg.contour is not None
            contour = f0_contour(seg.contour, n, talker, rng, sample_rate_hz)
            src = glottal_source(contour, rng, sample_rate_hz=sample_rate_hz,
                                 shimmer=0.05 if seg.contour == "jitter" else 0.01)
            y = formant_filter(src, vowels[int(rng.integers(len(vowels)))], talker,
                               sample_rate_hz)
            y *= target_rms * 10 ** (rng.uniform(-3, 3) / 20) / np.sqrt(np.mean(y**2))
            x[i0:i1] = y * _ramp(n, int(0.015 * sample_rate_hz))
            f0[i0:i1] = contour
        elif seg.kind == "fricative":
            noise = rng.standard_normal(n + 64)
            b, a = _bandpass(2500.0, 7000.0, sample_rate_hz)
            y = lfilter(b, a, noise)[64:]
            y *= target_rms * 10 ** (-12 / 20) / np.sqrt(np.mean(y**2))
            x[i0:i1] = y * _ramp(n, int(0.01 * sample_rate_hz))
        elif seg.kind == "burst":
            y = rng.standard_normal(n) * np.exp(-np.arange(n) / (0.02 * sample_rate_hz))
            y *= target_rms * 10 ** (-6 / 20) / np.sqrt(np.mean(y**2))
            x[i0:i1] = y * _ramp(n, int(0.003 * sample_rate_hz))
    x += rng.standard_normal(n_total) * 10 ** (-75 / 20)
    return Utterance(x.astype(np.float32), f0, segs, talker, sample_rate_hz)


def _bandpass(lo_hz: float, hi_hz: float, sample_rate_hz: int) -> tuple[np.ndarray, np.ndarray]:
    from scipy.signal import butter

    b, a = butter(4, [lo_hz, hi_hz], btype="bandpass", fs=sample_rate_hz)
    return b, a


# --------------------------------------------------------------------------- frame truth


def frame_times(n_samples: int, *, sample_rate_hz: int = SAMPLE_RATE_HZ,
                hop_s: float = HOP_S) -> np.ndarray:
    """Frame centres in seconds, ``i * hop_s`` for every frame inside the clip."""
    n_frames = int(np.floor(n_samples / (hop_s * sample_rate_hz))) + 1
    t = np.arange(n_frames) * hop_s
    return t[t <= (n_samples - 1) / sample_rate_hz]


def frame_truth(utt: Utterance, *, hop_s: float = HOP_S, guard_s: float = GUARD_S,
                average_s: float = 0.020) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """``(t_s, f0_hz, voiced, scored)`` per frame for a synthetic utterance.

    ``f0_hz`` is the instantaneous F0 averaged over ``average_s`` seconds around each frame
    centre (NaN for unvoiced frames); ``scored`` is False within ``guard_s`` seconds of a
    voiced/unvoiced boundary and of the clip ends.
    """
    sr = utt.sample_rate_hz
    t = frame_times(len(utt.samples), sample_rate_hz=sr, hop_s=hop_s)
    centre = np.round(t * sr).astype(np.int64)
    voiced_s = np.isfinite(utt.f0_per_sample_hz)
    filled = np.where(voiced_s, utt.f0_per_sample_hz, 0.0)
    half = max(int(average_s * sr / 2), 1)
    csum = np.concatenate([[0.0], np.cumsum(filled)])
    cnt = np.concatenate([[0], np.cumsum(voiced_s)])
    lo = np.clip(centre - half, 0, len(filled))
    hi = np.clip(centre + half + 1, 0, len(filled))
    n_v = cnt[hi] - cnt[lo]
    mean_f0 = (csum[hi] - csum[lo]) / np.maximum(n_v, 1)
    voiced = voiced_s[centre]
    f0 = np.where(voiced, mean_f0, np.nan)
    boundaries = [0.0, len(utt.samples) / sr]
    prev_voiced: bool | None = None
    for seg in utt.segments:
        is_v = seg.kind == "voiced"
        if prev_voiced is not None and is_v != prev_voiced:
            boundaries.append(seg.start_s)
        prev_voiced = is_v
    dist = np.min(np.abs(t[:, None] - np.asarray(boundaries)[None, :]), axis=1)
    scored = dist > guard_s
    return t, f0, voiced, scored


# --------------------------------------------------------------------------- noise


def active_power(samples: np.ndarray, active: np.ndarray) -> float:
    """Mean power of ``samples`` over the ``active`` (bool, per sample) part."""
    if samples.shape != active.shape:
        raise CorpusError("samples and active mask must have the same length")
    sel = samples[active].astype(np.float64)
    if sel.size == 0:
        raise CorpusError("no active samples: the clip has no voiced speech to set an SNR on")
    return float(np.mean(sel**2))


def mix_at_snr(clean: np.ndarray, noise: np.ndarray, snr_db: float,
               active: np.ndarray) -> np.ndarray:
    """``clean + g * noise`` with g chosen so the SNR over ``active`` samples is ``snr_db`` dB.

    The mix is scaled down as a whole if it would clip (the SNR is unchanged by that).
    """
    if len(noise) < len(clean):
        raise CorpusError(f"noise has {len(noise)} samples, need at least {len(clean)}")
    noise = noise[: len(clean)].astype(np.float64)
    p_sig = active_power(clean, active)
    p_noise = float(np.mean(noise**2)) or 1.0
    g = np.sqrt(p_sig / (p_noise * 10 ** (snr_db / 10)))
    mix = clean.astype(np.float64) + g * noise
    peak = float(np.max(np.abs(mix)))
    if peak > 0.99:
        mix *= 0.99 / peak
    return mix.astype(np.float32)


def babble(n_samples: int, seed: int, *, n_talkers: int = 5,
           sample_rate_hz: int = SAMPLE_RATE_HZ) -> np.ndarray:
    """Babble-like noise: the sum of ``n_talkers`` synthetic talkers with short pauses.

    Each talker is normalised to the same RMS before summing; the result is float64.
    """
    if n_samples <= 0:
        raise CorpusError(f"babble of {n_samples} samples: ask for at least one")
    rng = np.random.default_rng(seed)
    out = np.zeros(n_samples)
    # Each talker speaks a little longer than needed and enters at a random offset, so the
    # lead-in and trailing silences of the generator never line up into a common pause.
    long_s = n_samples / sample_rate_hz + 1.5
    for k in range(n_talkers):
        talker = TALKERS[(k + int(rng.integers(len(TALKERS)))) % len(TALKERS)]
        sub = np.random.default_rng(int(rng.integers(2**31)))
        segs = plan_segments(long_s, sub, first_contour=k, lead_s=0.05,
                             voiced_s=(0.2, 0.7), gap_s=(0.03, 0.15))
        u = synth_utterance(talker, long_s, int(sub.integers(2**31)), segments=segs,
                            sample_rate_hz=sample_rate_hz)
        start = int(sub.integers(int(0.05 * sample_rate_hz), int(0.6 * sample_rate_hz)))
        y = u.samples[start:start + n_samples].astype(np.float64)
        out += y / (np.sqrt(np.mean(y**2)) or 1.0)
    return out


# --------------------------------------------------------------------------- corpus


@dataclass(frozen=True)
class CorpusSpec:
    """How much synthetic material to make: ``talker_repeats`` utterances per talker."""

    utterance_s: float = 8.0
    talker_repeats: int = 2
    seed: int = 2026
    espeak_texts: tuple[str, ...] = (
        "The quick brown fox jumps over the lazy dog while we wait on the line.",
        "I understand this is frustrating, and I will do what I can to fix it today.",
        "Could you please read me the order number printed at the top of the letter?",
    )
    espeak_voices: tuple[str, ...] = ("en", "en-us", "en+f3", "en+m3")
    espeak_styles: tuple[str, ...] = ("calm", "agitated")  # alternated over voice x text


QUICK_SPEC = CorpusSpec(utterance_s=3.0, talker_repeats=1,
                        espeak_texts=CorpusSpec.espeak_texts[:1],
                        espeak_voices=("en", "en+f3"))
FULL_SPEC = CorpusSpec()


def synthetic_clean(spec: CorpusSpec) -> list[tuple[PitchItem, np.ndarray]]:
    """Clean items plus each item's per-sample voiced mask (for SNR scaling)."""
    items = []
    idx = 0
    for rep in range(spec.talker_repeats):
        for talker in TALKERS:
            utt = synth_utterance(talker, spec.utterance_s, spec.seed + 1000 * idx,
                                  first_contour=idx)
            t, f0, voiced, scored = frame_truth(utt)
            items.append((PitchItem(f"{talker.name}-{rep}", "clean", utt.samples, t, f0,
                                    voiced, scored, tags={"talker": talker.name}),
                          np.isfinite(utt.f0_per_sample_hz)))
            idx += 1
    return items


def noisy_conditions(clean: Sequence[tuple[PitchItem, np.ndarray]], seed: int,
                     snrs_db: Sequence[float] = SNRS_DB) -> list[PitchItem]:
    """White and babble versions of every clean item at each SNR (dB)."""
    total = sum(len(it.samples) for it, _ in clean)
    babble_track = babble(total, seed + 7)
    white_track = np.random.default_rng(seed + 3).standard_normal(total)
    out: list[PitchItem] = []
    for kind, track in (("white", white_track), ("babble", babble_track)):
        for snr in snrs_db:
            pos = 0
            for item, active in clean:
                n = len(item.samples)
                mix = mix_at_snr(item.samples, track[pos:pos + n], snr, active)
                pos += n
                out.append(PitchItem(item.name, f"{kind} {snr:g} dB", mix, item.t_s, item.f0_hz,
                                     item.voiced, item.scored, item.reference,
                                     tags=dict(item.tags)))
    return out


def reference_from_track(t_ref: np.ndarray, f0_ref: np.ndarray, voiced_ref: np.ndarray,
                         t_frames: np.ndarray, *, guard_s: float = GUARD_S,
                         ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Frame truth ``(f0_hz, voiced, scored)`` at ``t_frames`` from a reference tracker.

    Nearest reference frame; ``scored`` excludes frames within ``guard_s`` of a change in the
    reference's voicing decision and frames with no reference frame within one hop.
    """
    f0, voiced = align_nearest(t_ref, f0_ref, voiced_ref, t_frames)
    change_t = t_frames[1:][voiced[1:] != voiced[:-1]] - HOP_S / 2
    scored = align_coverage(t_ref, t_frames)
    if change_t.size:
        dist = np.min(np.abs(t_frames[:, None] - change_t[None, :]), axis=1)
        scored &= dist > guard_s
    return f0, voiced, scored


def espeak_items(spec: CorpusSpec,
                 reference: Callable[[np.ndarray, int], tuple[np.ndarray, np.ndarray, np.ndarray]],
                 synthesize: Callable[[str, str, str], np.ndarray]) -> list[PitchItem]:
    """espeak-ng speech for every voice x text, truth from ``reference`` (e.g. Praat).

    ``synthesize(text, voice, style)`` returns 16 kHz float32 samples, ``style`` being one of
    ``spec.espeak_styles`` (alternating, so every voice gets each style); ``reference(samples,
    rate)`` returns ``(t_s, f0_hz, voiced)`` of the reference tracker.
    """
    items = []
    for v, voice in enumerate(spec.espeak_voices):
        for k, text in enumerate(spec.espeak_texts):
            style = spec.espeak_styles[(v + k) % len(spec.espeak_styles)]
            x = np.asarray(synthesize(text, voice, style), dtype=np.float32)
            peak = float(np.max(np.abs(x))) or 1.0
            x = (x * (0.5 / peak)).astype(np.float32)
            t = frame_times(len(x))
            t_ref, f0_ref, v_ref = reference(x, SAMPLE_RATE_HZ)
            f0, voiced, scored = reference_from_track(t_ref, f0_ref, v_ref, t)
            items.append(PitchItem(f"{voice}-{k}", "espeak", x, t, f0, voiced, scored,
                                   reference="praat", tags={"voice": voice, "style": style}))
    return items


def resample_to(x: np.ndarray, rate_hz: int, target_hz: int = SAMPLE_RATE_HZ) -> np.ndarray:
    """Polyphase resampling of ``x`` from ``rate_hz`` to ``target_hz`` (float32 out)."""
    if rate_hz <= 0:
        raise CorpusError(f"sample rate {rate_hz!r} Hz: must be positive")
    if rate_hz == target_hz:
        return np.asarray(x, dtype=np.float32)
    g = int(np.gcd(rate_hz, target_hz))
    return resample_poly(x, target_hz // g, rate_hz // g).astype(np.float32)


# --------------------------------------------------------------------------- alignment + metrics


def align_nearest(t_src: np.ndarray, f0_src: np.ndarray, voiced_src: np.ndarray,
                  t_dst: np.ndarray, *, max_gap_s: float = HOP_S,
                  interpolate_f0: bool = True) -> tuple[np.ndarray, np.ndarray]:
    """A tracker's output at the ground-truth frame times.

    Returns ``(f0_hz, voiced)`` at ``t_dst``. The voicing decision is the nearest source
    frame's (ties go to the earlier frame); a destination frame with no source frame within
    ``max_gap_s`` seconds counts as unvoiced (the tracker said nothing there). A source frame
    counts as voiced only if its flag is set and its F0 is finite and positive. With
    ``interpolate_f0``, a voiced destination frame lying between two voiced source frames
    gets their F0 interpolated linearly in log frequency (so a tracker whose frames sit half
    a hop off the truth grid is not charged for the offset); otherwise the nearest frame's F0.
    """
    t_src = np.asarray(t_src, dtype=np.float64)
    f0_src = np.asarray(f0_src, dtype=np.float64)
    voiced_src = np.asarray(voiced_src, dtype=bool)
    if not (t_src.shape == f0_src.shape == voiced_src.shape):
        raise CorpusError("tracker output arrays t_s, f0_hz and voiced differ in length")
    t_dst = np.asarray(t_dst, dtype=np.float64)
    if t_src.size == 0:
        return np.full(t_dst.shape, np.nan), np.zeros(t_dst.shape, dtype=bool)
    if np.any(np.diff(t_src) <= 0):
        raise CorpusError("tracker frame times must be strictly increasing")
    j = np.clip(np.searchsorted(t_src, t_dst), 1, max(len(t_src) - 1, 1))
    j = np.where(np.abs(t_src[j - 1] - t_dst) <= np.abs(t_src[j] - t_dst), j - 1, j)
    j = np.clip(j, 0, len(t_src) - 1)
    near = np.abs(t_src[j] - t_dst) <= max_gap_s + 1e-9
    src_v = voiced_src & np.isfinite(f0_src) & (np.nan_to_num(f0_src) > 0)
    f0 = f0_src[j].copy()
    voiced = src_v[j] & near
    if interpolate_f0 and len(t_src) > 1:
        k = np.clip(np.searchsorted(t_src, t_dst, side="right"), 1, len(t_src) - 1)
        lo, hi = k - 1, k
        inside = (t_src[lo] <= t_dst) & (t_dst <= t_src[hi])
        both = voiced & inside & src_v[lo] & src_v[hi] & (t_src[hi] - t_src[lo] <= 2 * max_gap_s)
        w = (t_dst - t_src[lo]) / np.maximum(t_src[hi] - t_src[lo], 1e-12)
        with np.errstate(divide="ignore", invalid="ignore"):
            log_f = (1 - w) * np.log(f0_src[lo]) + w * np.log(f0_src[hi])
        f0 = np.where(both, np.exp(log_f), f0)
    return np.where(voiced, f0, np.nan), voiced


def align_coverage(t_src: np.ndarray, t_dst: np.ndarray, *, max_gap_s: float = HOP_S) -> np.ndarray:
    """True where a source frame lies within ``max_gap_s`` seconds of each destination frame."""
    t_src = np.asarray(t_src, dtype=np.float64)
    if t_src.size == 0:
        return np.zeros(len(t_dst), dtype=bool)
    j = np.clip(np.searchsorted(t_src, t_dst), 1, max(len(t_src) - 1, 1))
    d = np.minimum(np.abs(t_src[j - 1] - t_dst), np.abs(t_src[np.minimum(j, len(t_src) - 1)] - t_dst))
    return d <= max_gap_s + 1e-9


def cents(est_hz: np.ndarray, ref_hz: np.ndarray) -> np.ndarray:
    """Pitch difference in cents (1200 x log2 ratio) of ``est_hz`` over ``ref_hz``."""
    return 1200.0 * np.log2(np.asarray(est_hz, dtype=np.float64) / np.asarray(ref_hz, dtype=np.float64))


def score_frames(ref_f0: np.ndarray, ref_voiced: np.ndarray, est_f0: np.ndarray,
                 est_voiced: np.ndarray, scored: np.ndarray | None = None) -> PitchScores:
    """GPE/FPE/VDE over the ``scored`` frames (all frames when ``scored`` is None)."""
    ref_f0 = np.asarray(ref_f0, dtype=np.float64)
    est_f0 = np.asarray(est_f0, dtype=np.float64)
    ref_voiced = np.asarray(ref_voiced, dtype=bool)
    est_voiced = np.asarray(est_voiced, dtype=bool)
    sel = np.ones(ref_f0.shape, dtype=bool) if scored is None else np.asarray(scored, dtype=bool)
    if not (ref_f0.shape == ref_voiced.shape == est_f0.shape == est_voiced.shape == sel.shape):
        raise CorpusError("reference and estimate frame arrays differ in length; align them first")
    ref_v = ref_voiced & np.isfinite(ref_f0) & (np.nan_to_num(ref_f0) > 0)
    est_v = est_voiced & np.isfinite(est_f0) & (np.nan_to_num(est_f0) > 0)
    n_scored = int(sel.sum())
    both = sel & ref_v & est_v
    n_both = int(both.sum())
    missed = int(np.sum(sel & ref_v & ~est_v))
    false_alarm = int(np.sum(sel & ~ref_v & est_v))
    vde = 100.0 * (missed + false_alarm) / n_scored if n_scored else float("nan")
    if n_both == 0:
        return PitchScores(float("nan"), float("nan"), float("nan"), vde, n_scored, 0, 0,
                           n_missed=missed, n_false_alarm=false_alarm)
    ratio = est_f0[both] / ref_f0[both]
    gross = np.abs(ratio - 1.0) > GROSS_RATIO
    c = cents(est_f0[both][~gross], ref_f0[both][~gross])
    fpe_mean = float(np.mean(np.abs(c))) if c.size else float("nan")
    fpe_std = float(np.std(c)) if c.size else float("nan")
    octave = np.abs(1200.0 * np.log2(ratio[gross]))
    down = ratio[gross] < 1.0
    harmonic = (np.abs(octave - 1200.0) < 100.0) | (np.abs(octave - 1902.0) < 100.0)
    return PitchScores(100.0 * float(gross.sum()) / n_both, fpe_mean, fpe_std, vde, n_scored,
                       n_both, int(gross.sum()), int(np.sum(harmonic & down)),
                       int(np.sum(harmonic & ~down)), missed, false_alarm)
