"""A deterministic synthetic voice and a scripted "shift" of calls, for demos and tests.

Threads: :func:`synth_voice` and :meth:`DemoSource.blocks` run on the caller's thread (the
engine worker in ``companion --demo``, the test thread in tests). No shared state.

The voice is a source-filter model, generated phrase by phrase with vectorised numpy and
``numpy.fft`` (scipy is not imported at all: it would cost tens of MB of RSS and of
installer):

* **Source**: a Rosenberg glottal-flow pulse train whose phase integrates a time-varying F0;
  its derivative (flow derivative = glottal excitation with lip radiation) is the excitation.
  A shorter closing phase (``closing_frac``) makes a sharper glottal closure and so more
  high-frequency energy (a flatter spectral tilt), as in effortful/heated speech.
* **F0 contour** (semitones re the speaker's base F0): phrase declination, pitch accents on
  stressed syllables, a phrase-final fall (sometimes a rise when heated), slow drift, plus
  jitter (cycle-scale F0 noise) and shimmer (per-cycle amplitude noise).
* **Filter**: a cascade of four two-pole formant resonators per vowel, applied in the
  frequency domain with their analytic response (zero-padded past the impulse-response decay,
  so it equals causal IIR filtering); each syllable picks a vowel and the vowel filters are
  cross-faded (~25 ms) so transitions are smooth. Consonant noise is white noise shaped by
  Butterworth band-pass magnitude responses (zero phase).
* **Noise floor** (:class:`DemoSource`): a one-pole low-pass of white noise, applied as its
  truncated impulse response (540 taps, < 1e-12 left) with the previous chunk's input carried
  over, so it is continuous across chunks exactly as the IIR filter with carried state.
* **Rhythm**: syllable-rate amplitude modulation (~4 syllables/s calm, ~6/s heated),
  consonant-like noise bursts (fricatives, plosive bursts) at syllable onsets, phrases of a few
  syllables separated by short pauses and by longer "listening" gaps (the customer talking).

Heated vs calm: base F0 +5 semitones, pitch range ~2x wider, speech level +8 dB, sharper
glottal closure and stronger consonants (more energy above 1 kHz), 1.5x faster syllable rate,
shorter pauses.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal

import numpy as np

from companion.audio.blocks import SAMPLE_RATE_HZ, Rebuffer, block_samples
from companion.audio.errors import AudioError
from companion.audio.fft_util import next_fast_len

__all__ = ["DEFAULT_SCRIPT", "DemoSegment", "DemoSource", "synth_voice"]

Mode = Literal["calm", "heated"]
SegmentKind = Literal["pause", "calm", "heated"]

_FS = SAMPLE_RATE_HZ

# (F1, F2, F3, F4) in Hz for a few vowels of an adult male voice: a, e, i, o, u, schwa.
_VOWELS = np.array(
    [
        [730, 1090, 2440, 3400],
        [530, 1840, 2480, 3500],
        [300, 2200, 2950, 3700],
        [570, 840, 2410, 3300],
        [320, 870, 2240, 3300],
        [500, 1500, 2500, 3500],
    ],
    dtype=np.float64,
)
_BANDWIDTHS_HZ = np.array([70.0, 100.0, 140.0, 200.0])


@dataclass(frozen=True)
class _Style:
    """Prosody and voice-quality settings for one speaking mode (units in the names)."""

    f0_shift_st: float  # base F0 offset, semitones
    accent_st: float  # pitch-accent height, semitones
    declination_st: float  # fall across a phrase, semitones
    final_fall_st: float  # phrase-final fall, semitones
    final_rise_prob: float  # chance of a phrase-final rise instead
    syllable_rate_hz: float  # syllables per second
    syllables: tuple[int, int]  # syllables per phrase [lo, hi)
    pause_s: tuple[float, float]  # pause between phrases
    listen_prob: float  # chance that a pause is a longer listening gap
    listen_s: tuple[float, float]
    level_dbfs: float  # RMS over voiced speech
    opening_frac: float  # Rosenberg opening phase, fraction of the period
    closing_frac: float  # Rosenberg closing phase (smaller = sharper closure, more HF)
    consonant_db: float  # consonant noise level re the vowel level
    jitter: float  # relative F0 perturbation
    shimmer: float  # relative per-cycle amplitude perturbation


_STYLES: Mapping[str, _Style] = MappingProxyType({
    "calm": _Style(0.0, 2.5, 2.5, 3.0, 0.0, 4.0, (5, 12), (0.35, 0.9), 0.3, (1.5, 4.0),
                   -26.0, 0.42, 0.30, -16.0, 0.006, 0.04),
    "heated": _Style(5.0, 5.5, 2.0, 4.5, 0.3, 6.0, (7, 16), (0.15, 0.45), 0.12, (0.8, 2.0),
                     -18.0, 0.36, 0.09, -10.0, 0.010, 0.06),
})


def _resonator_cascade_response(freqs_hz: np.ndarray, bws_hz: np.ndarray,
                                 n_fft: int) -> np.ndarray:
    """Frequency response, on the ``rfft`` grid of ``n_fft`` points, of cascaded two-pole
    resonators (centre ``freqs_hz``, bandwidth ``bws_hz``, both in Hz), each with unity gain
    at 0 Hz: ``H_k(z) = A_k(1) / (1 - 2 r cos(w) z^-1 + r^2 z^-2)`` with
    ``r = exp(-pi*bw/fs)``, ``w = 2*pi*f/fs``.

    Multiplying an ``n_fft``-point spectrum by it is circular convolution with the (infinite)
    impulse response; with ``n_fft`` at least :func:`_resonator_tail` samples longer than the
    signal, this equals causal IIR filtering from rest to ~1e-9.
    """
    z1 = np.exp(-1j * np.pi * np.arange(n_fft // 2 + 1) / (n_fft / 2))  # z^-1 on the grid
    h = np.ones(z1.shape[0], dtype=np.complex128)
    for fr, bw in zip(freqs_hz, bws_hz, strict=True):
        r = np.exp(-np.pi * bw / _FS)
        a1, a2 = -2.0 * r * np.cos(2 * np.pi * fr / _FS), r * r
        h *= (1.0 + a1 + a2) / (1.0 + a1 * z1 + a2 * z1 * z1)
    return h


def _resonator_tail(bws_hz: np.ndarray) -> int:
    """Samples until the slowest resonator's impulse response has decayed below ~1e-10
    (with a margin for the cascade's polynomial growth)."""
    r = np.exp(-np.pi * float(np.min(bws_hz)) / _FS)
    return int(np.ceil(np.log(1e-10) / np.log(r))) + 512


def _butter_bandpass_gain(lo_hz: float, hi_hz: float, order: int,
                          n_fft: int) -> np.ndarray:
    """Magnitude response on the ``rfft`` grid of ``n_fft`` points of a digital Butterworth
    band-pass designed like ``butter(order, [lo_hz, hi_hz], "bandpass", fs=16000)``
    (pre-warped bilinear transform of ``s -> (s^2 + w0^2) / (s*bw)``).

    Used on white noise, so the phase does not matter (zero-phase shaping)."""
    f = np.arange(n_fft // 2 + 1) * (_FS / n_fft)
    warp = 2.0 * _FS * np.tan(np.pi * np.minimum(f, _FS / 2 * (1 - 1e-9)) / _FS)
    w1, w2 = (2.0 * _FS * np.tan(np.pi * v / _FS) for v in (lo_hz, hi_hz))
    w0_sq, bw = w1 * w2, w2 - w1
    with np.errstate(divide="ignore", over="ignore"):
        x = np.abs(warp * warp - w0_sq) / (warp * bw)  # inf at 0 Hz: gain 0
        return 1.0 / np.sqrt(1.0 + x ** (2 * order))


# Consonant noise bands: "s"-like, "sh"-like, plosive burst (Hz, Butterworth order).
_CONSONANT_BANDS = ((4000.0, 7500.0, 4), (2000.0, 5000.0, 4), (500.0, 6000.0, 2))

# Noise floor: one-pole low-pass y[n] = 0.95 y[n-1] + 0.05 x[n] (pink-ish), applied as an FIR
# of its impulse response truncated where 0.95**n < 1e-12 (540 taps).
_FLOOR_POLE = 0.95
_FLOOR_IR = (1 - _FLOOR_POLE) * _FLOOR_POLE ** np.arange(
    int(np.ceil(np.log(1e-12) / np.log(_FLOOR_POLE))))
_FLOOR_IR.setflags(write=False)


def _smooth(x: np.ndarray, n: int) -> np.ndarray:
    """Centred moving average over ``n`` samples along axis 0 (edges held)."""
    if n <= 1:
        return x
    k = np.ones(n) / n
    pad = np.pad(x, ((n // 2, n - 1 - n // 2),) + ((0, 0),) * (x.ndim - 1), mode="edge")
    return np.apply_along_axis(lambda c: np.convolve(c, k, mode="valid"), 0, pad)


@dataclass(frozen=True)
class _Syllables:
    """The timing of one phrase, per sample (``t``, 16 kHz) and per syllable."""

    n: int                      #: samples in the phrase
    t: np.ndarray               #: sample index
    edges: np.ndarray           #: syllable boundaries (samples)
    syl: np.ndarray             #: syllable of each sample
    u: np.ndarray               #: position within its syllable, 0..1 (up to 1.5 in the tail)
    stressed: np.ndarray        #: per syllable
    cons_kind: np.ndarray       #: per syllable: 0 "s"-like, 1 "sh"-like, 2 plosive burst
    env_v: np.ndarray           #: vowel envelope per sample
    env_c: np.ndarray           #: consonant envelope per sample
    in_cons: np.ndarray         #: sample lies in a consonant onset
    c_u: np.ndarray             #: position within the consonant, 0..1


def _phrase(rng: np.random.Generator, style: _Style, f0_hz: float) -> np.ndarray:
    """One spoken phrase (no trailing pause), float64 at 16 kHz.

    Syllable timing -> F0 contour -> glottal excitation -> formant-filtered vowels plus
    consonant noise, mixed at the style's level. Each step draws from ``rng`` in turn.
    """
    s = _syllables(rng, style)
    f0 = _f0_contour(rng, style, f0_hz, s)
    exc = _glottal_excitation(rng, style, f0, s.n) * s.env_v
    voiced, n_fft = _vowels(rng, s, exc, f0_hz)
    cons, env_c = _consonants(rng, s, n_fft)
    speaking = s.env_v > 0.1
    v_rms = np.sqrt(np.mean(voiced[speaking] ** 2)) if speaking.any() else 1.0
    target = 10 ** ((style.level_dbfs + rng.normal(0, 1.0)) / 20)
    out = voiced * (target / max(v_rms, 1e-12))
    c_rms = np.sqrt(np.mean(cons[s.in_cons] ** 2)) if s.in_cons.any() else 1.0
    out += cons * env_c * (target * 10 ** (style.consonant_db / 20) / max(c_rms, 1e-12))
    return out


def _syllables(rng: np.random.Generator, style: _Style) -> _Syllables:
    """Syllable count, durations and structure (optional consonant onset, vowel nucleus)."""
    n_syl = int(rng.integers(*style.syllables))
    dur = rng.lognormal(0.0, 0.25, n_syl) / style.syllable_rate_hz
    dur[-1] *= 1.4  # phrase-final lengthening
    dur = np.clip(dur, 0.09, 0.6)
    edges = np.concatenate(([0], np.cumsum(np.round(dur * _FS).astype(int))))
    n = int(edges[-1]) + int(0.06 * _FS)  # room for the last decay
    t = np.arange(n)
    syl = np.clip(np.searchsorted(edges, t, side="right") - 1, 0, n_syl - 1)
    u = np.clip((t - edges[syl]) / np.maximum(edges[syl + 1] - edges[syl], 1), 0.0, 1.5)
    has_cons = rng.random(n_syl) < 0.7
    cons_frac = np.where(has_cons, rng.uniform(0.18, 0.32, n_syl), 0.0)
    cons_kind = rng.integers(0, 3, n_syl)
    stressed = rng.random(n_syl) < 0.35
    stressed[0] |= rng.random() < 0.5
    gain_db = np.where(stressed, 3.0, 0.0) + rng.normal(0, 1.0, n_syl)
    cf = cons_frac[syl]
    v_u = np.clip((u - cf) / np.maximum(1.0 - cf, 1e-6), 0.0, 1.0)
    in_vowel = (u >= cf) & (u < 1.0)
    env_v = np.where(in_vowel, np.sin(np.pi * v_u) ** 0.6, 0.0) * 10 ** (gain_db[syl] / 20)
    c_u = np.clip(u / np.maximum(cf, 1e-6), 0.0, 1.0)
    in_cons = (u < cf) & has_cons[syl]
    env_c = np.where(in_cons, np.sin(np.pi * c_u) ** 2, 0.0)
    return _Syllables(n, t, edges, syl, u, stressed, cons_kind, env_v, env_c, in_cons, c_u)


def _f0_contour(rng: np.random.Generator, style: _Style, f0_hz: float,
                s: _Syllables) -> np.ndarray:
    """F0 (Hz) per sample: declination, pitch accents, a final fall or rise, drift, jitter."""
    n, t = s.n, s.t
    pos = t / n
    st = style.f0_shift_st + rng.uniform(-0.5, 1.0) - style.declination_st * pos
    centres = (s.edges[:-1] + s.edges[1:]) / 2
    widths = np.diff(s.edges) * 0.45
    heights = np.where(s.stressed, style.accent_st * rng.uniform(0.5, 1.0, len(s.stressed)),
                       0.0)
    for c, w, h in zip(centres[s.stressed], widths[s.stressed], heights[s.stressed],
                       strict=True):
        st = st + h * np.exp(-0.5 * ((t - c) / w) ** 2)
    last = s.syl == len(s.stressed) - 1
    ramp = np.where(last, s.u, 0.0) ** 1.5
    rise = rng.random() < style.final_rise_prob
    st = st + (1 if rise else -1) * style.final_fall_st * ramp
    drift = np.interp(t, np.linspace(0, n, 6), rng.normal(0, 0.4, 6))
    jit_knots = np.arange(0, n + 160, 80)  # ~200 Hz noise: cycle-scale perturbation
    jit = np.interp(t, jit_knots, rng.normal(0, style.jitter, jit_knots.shape[0]))
    return f0_hz * 2 ** ((st + drift) / 12) * (1 + jit)


def _glottal_excitation(rng: np.random.Generator, style: _Style, f0: np.ndarray,
                        n: int) -> np.ndarray:
    """Derivative of a Rosenberg glottal flow following ``f0`` (Hz), with shimmer and a
    little aspiration noise."""
    phase = np.cumsum(f0 / _FS) + rng.random()
    frac = phase % 1.0
    tp, tn = style.opening_frac, style.closing_frac
    flow = np.where(frac < tp, 0.5 * (1 - np.cos(np.pi * frac / tp)),
                    np.where(frac < tp + tn, np.cos(0.5 * np.pi * (frac - tp) / tn), 0.0))
    cycle = np.floor(phase).astype(np.int64)
    cycle -= cycle[0]
    shimmer = 1 + style.shimmer * rng.standard_normal(int(cycle[-1]) + 2)
    flow = flow * shimmer[cycle]
    exc = np.diff(flow, prepend=flow[0])
    exc += 0.004 * rng.standard_normal(n) * flow
    return exc


def _vowels(rng: np.random.Generator, s: _Syllables, exc: np.ndarray,
            f0_hz: float) -> tuple[np.ndarray, int]:
    """The excitation through each syllable's vowel formants, vowels cross-faded; and the
    FFT length used (filtering in the frequency domain: numpy.fft, no scipy at run time)."""
    vowel = rng.integers(0, _VOWELS.shape[0], len(s.stressed))
    voiced = np.zeros(s.n)
    weights = _smooth(np.eye(_VOWELS.shape[0])[vowel[s.syl]], int(0.025 * _FS))
    scale = f0_hz / 2000.0  # keep the excitation level independent of F0 resolution
    n_fft = next_fast_len(s.n + _resonator_tail(_BANDWIDTHS_HZ))
    exc_spec = np.fft.rfft(exc / scale, n_fft)
    for v in np.unique(vowel):
        freqs = _VOWELS[v] * rng.uniform(0.97, 1.03, _VOWELS.shape[1])
        y = np.fft.irfft(exc_spec * _resonator_cascade_response(freqs, _BANDWIDTHS_HZ, n_fft),
                         n_fft)[:s.n]
        voiced += weights[:, v] * y
    return voiced, n_fft


def _consonants(rng: np.random.Generator, s: _Syllables,
                n_fft: int) -> tuple[np.ndarray, np.ndarray]:
    """Consonant noise bursts (white noise shaped by Butterworth band-pass magnitudes) and
    their envelope (plosives decay fast)."""
    noise_spec = np.fft.rfft(rng.standard_normal(n_fft))
    kinds = s.cons_kind[s.syl]
    cons = np.zeros(s.n)
    for k, (lo, hi, order) in enumerate(_CONSONANT_BANDS):
        mask = s.in_cons & (kinds == k)
        if mask.any():
            band = np.fft.irfft(noise_spec * _butter_bandpass_gain(lo, hi, order, n_fft),
                                n_fft)[:s.n]
            cons += np.where(mask, band, 0.0)
    plosive = s.in_cons & (kinds == 2)
    return cons, np.where(plosive, np.exp(-s.c_u * 6.0), s.env_c)


def _speech_chunks(duration_s: float, rng: np.random.Generator, style: _Style,
                   f0_hz: float) -> Iterator[np.ndarray]:
    """``duration_s`` seconds of speech as consecutive float64 chunks (about one phrase each).

    Phrases are generated only when needed, so memory stays at a few phrases whatever the
    duration. The last 20 ms are faded out (no click when the end cuts a phrase).
    """
    n_total = int(round(duration_s * _FS))
    fade = min(int(0.02 * _FS), n_total)

    def parts() -> Iterator[np.ndarray]:
        yield np.zeros(int(rng.uniform(0.05, 0.3) * _FS))
        while True:
            yield _phrase(rng, style, f0_hz)
            listen = rng.random() < style.listen_prob
            yield np.zeros(int(rng.uniform(*(style.listen_s if listen else style.pause_s)) * _FS))

    carry = np.zeros(0)
    emitted = 0
    for part in parts():
        take = part[: n_total - emitted]
        emitted += take.shape[0]
        buf = np.concatenate((carry, take))
        if buf.shape[0] > fade:
            yield buf[: buf.shape[0] - fade]
            carry = buf[buf.shape[0] - fade :]
        else:
            carry = buf
        if emitted >= n_total:
            break
    if fade:
        carry = carry * np.linspace(1.0, 0.0, carry.shape[0])
    yield carry


def synth_voice(duration_s: float, *, mode: Mode = "calm", seed: int = 0,
                f0_hz: float | None = None) -> np.ndarray:
    """A synthetic talker: ``duration_s`` seconds of float32 mono speech at 16 kHz.

    Parameters
    ----------
    duration_s
        Length in seconds (the output has exactly ``round(duration_s * 16000)`` samples).
    mode
        ``"calm"``: ~4 syllables/s, narrow pitch range, voiced speech at about -26 dBFS RMS.
        ``"heated"``: F0 +5 semitones, wider range, about -18 dBFS, flatter spectral tilt,
        ~6 syllables/s, shorter pauses.
    seed
        The same seed (and arguments) always gives the same samples.
    f0_hz
        The speaker's calm base F0 in Hz (default 115 Hz; heated speech sits 5 semitones
        higher).

    Speech starts within 0.3 s; phrases are separated by pauses of 0.15–4 s of digital
    silence (add your own noise floor, as :class:`DemoSource` does).
    """
    if mode not in _STYLES:
        raise ValueError(f"mode must be 'calm' or 'heated', got {mode!r}")
    if not duration_s >= 0:
        raise ValueError(f"duration_s must be >= 0, got {duration_s}")
    rng = np.random.default_rng(seed)
    base = 115.0 if f0_hz is None else float(f0_hz)
    if not 50.0 <= base <= 400.0:
        raise ValueError(f"f0_hz must be within 50-400 Hz, got {f0_hz}")
    x = np.concatenate(list(_speech_chunks(duration_s, rng, _STYLES[mode], base)))
    return np.clip(x, -1.0, 1.0).astype(np.float32)


@dataclass(frozen=True)
class DemoSegment:
    """One stretch of the demo shift: ``start_s``/``end_s`` in seconds from the stream start;
    ``kind`` is ``"pause"`` (noise floor only), ``"calm"`` or ``"heated"`` speech; ``call`` is
    the 1-based call number (None for pauses)."""

    start_s: float
    end_s: float
    kind: SegmentKind
    call: int | None

    @property
    def duration_s(self) -> float:
        """Length in seconds."""
        return self.end_s - self.start_s


DEFAULT_SCRIPT: tuple[tuple[SegmentKind, float], ...] = (
    ("pause", 8.0),
    ("calm", 100.0),  # call 1: calm, long enough to calibrate a baseline
    ("pause", 40.0),
    ("calm", 90.0),  # call 2: calm
    ("pause", 50.0),
    ("heated", 100.0),  # call 3: clearly heated from the start
    ("pause", 75.0),
    ("calm", 80.0),  # call 4: calm again
    ("pause", 45.0),
    ("calm", 40.0),  # call 5: starts calm ...
    ("heated", 50.0),  # ... and heats up
    ("pause", 60.0),
    ("calm", 60.0),  # call 6: calm
    ("pause", 20.0),
)
"""The built-in shift: 6 calls (one heated, one that heats up), 13.6 minutes in total.
Consecutive speech items form one call; a pause ends it."""

NOISE_FLOOR_DBFS = -62.0


class DemoSource:
    """A scripted synthetic shift, delivered as 16 kHz float32 mono blocks.

    Parameters
    ----------
    seed
        Everything is deterministic for a seed.
    script
        ``(kind, seconds)`` items with kind ``"pause" | "calm" | "heated"``; consecutive speech
        items belong to the same call. Default: :data:`DEFAULT_SCRIPT`.
    block_s
        Block length in seconds.

    Audio is generated lazily, about one phrase at a time, so a 15-minute shift never sits
    in memory at once. A low pink-ish noise floor (about -62 dBFS) runs under everything.
    """

    def __init__(self, *, seed: int = 0, script: Sequence[tuple[str, float]] | None = None,
                 block_s: float = 0.1, f0_hz: float | None = None) -> None:
        self.seed = int(seed)
        self.block_s = float(block_s)
        self._block = block_samples(block_s)
        self._f0_hz = f0_hz
        items = DEFAULT_SCRIPT if script is None else tuple(script)
        if not items:
            raise AudioError("demo script is empty", "give at least one (kind, seconds) item")
        segments: list[DemoSegment] = []
        t, call, in_call = 0.0, 0, False
        for i, item in enumerate(items):
            try:
                kind, seconds = str(item[0]), float(item[1])
            except (TypeError, ValueError, IndexError):
                raise AudioError(f"demo script item {i + 1} is not (kind, seconds): {item!r}",
                                 "use e.g. ('calm', 60)") from None
            if kind not in ("pause", "calm", "heated"):
                raise AudioError(f"demo script item {i + 1} has unknown kind {kind!r}",
                                 "use 'pause', 'calm' or 'heated'")
            if not 0 < seconds <= 4 * 3600:
                raise AudioError(f"demo script item {i + 1} lasts {seconds} s",
                                 "use a length between 0 and 4 hours")
            if kind == "pause":
                in_call = False
            elif not in_call:
                call, in_call = call + 1, True
            segments.append(DemoSegment(t, t + seconds, kind,  # type: ignore[arg-type]
                                        None if kind == "pause" else call))
            t += seconds
        self._segments = segments

    @property
    def segments(self) -> list[DemoSegment]:
        """The script as timed segments (a copy)."""
        return list(self._segments)

    @property
    def duration_s(self) -> float:
        """Total length in seconds."""
        return self._segments[-1].end_s

    @property
    def source_rate_hz(self) -> int:
        """Always 16 000 Hz."""
        return SAMPLE_RATE_HZ

    def _segment_chunks(self, index: int) -> Iterator[np.ndarray]:
        """Segment ``index`` (speech only, float64) in phrase-sized chunks, exact length."""
        seg = self._segments[index]
        n = int(round(seg.end_s * _FS)) - int(round(seg.start_s * _FS))
        if seg.kind == "pause":
            step = _FS
            for i in range(0, n, step):
                yield np.zeros(min(step, n - i))
            return
        # Same as synth_voice(seg.duration_s, mode=seg.kind, seed=seed, f0_hz=...), streamed.
        seed = int(np.random.SeedSequence([self.seed, index]).generate_state(1)[0])
        base = 115.0 if self._f0_hz is None else float(self._f0_hz)
        done = 0
        for chunk in _speech_chunks(seg.duration_s, np.random.default_rng(seed),
                                    _STYLES[seg.kind], base):
            chunk = np.clip(chunk, -1.0, 1.0).astype(np.float32).astype(np.float64)
            chunk = chunk[: n - done]
            done += chunk.shape[0]
            if chunk.shape[0]:
                yield chunk
        if done < n:
            yield np.zeros(n - done)

    def segment_audio(self, index: int) -> np.ndarray:
        """The speech of segment ``index`` without the noise floor (zeros for pauses)."""
        return np.concatenate([np.zeros(0), *self._segment_chunks(index)])

    def blocks(self) -> Iterator[np.ndarray]:
        """Yield float32 blocks of ``block_s`` seconds (the last may be shorter).

        Generated lazily, about one phrase at a time: memory stays at a few MB.
        """
        rebuffer = Rebuffer(self._block)
        ir = _FLOOR_IR
        hist = np.zeros(ir.shape[0] - 1)  # last input samples of the previous chunk
        floor = 10 ** (NOISE_FLOOR_DBFS / 20)
        # RMS of the filtered floor for unit white noise: 0.05 / sqrt(1 - 0.95**2).
        gain = floor / ((1 - _FLOOR_POLE) / np.sqrt(1 - _FLOOR_POLE**2))
        for i in range(len(self._segments)):
            rng = np.random.default_rng([self.seed, i, 1])
            for speech in self._segment_chunks(i):
                white = np.concatenate((hist, rng.standard_normal(speech.shape[0])))
                noise = np.convolve(white, ir, mode="valid")  # continuous across chunks
                hist = white[white.shape[0] - hist.shape[0]:]
                x = np.clip(speech + gain * noise, -1.0, 1.0).astype(np.float32)
                yield from rebuffer.push(x)
        yield from rebuffer.flush()

    def read_all(self) -> np.ndarray:
        """The whole shift as one array (about 52 MB for the default script)."""
        return np.concatenate(list(self.blocks()))
