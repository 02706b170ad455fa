"""Crosstalk corpus for the wearer-gate benchmark, built in code (nothing is stored).

An open-plan contact-centre floor as the agent's headset microphone hears it:

* **the wearer**: close-talk and dry, calm active speech level :data:`WEARER_LEVEL_DBFS`;
* **colleagues** at the next desks: espeak-ng and synthetic voices, reverberated with
  synthetic room impulse responses (a direct path, a few early reflections and an
  exponentially decaying, darkening noise tail with a chosen T60 and direct-to-reverberant
  ratio), scaled to -30 / -20 / -10 dB relative to the wearer's calm active level;
* **babble**: six reverberated talkers at once;
* **the customer leaking from the earpiece**: telephone-band (300-3400 Hz) speech at -30 dB;
* a pink noise floor :data:`NOISE_FLOOR_REL_DB` below the wearer.

Voices and rooms come in a *tuning* split (used while designing the gate) and a *held-out*
split (never looked at while designing, reported separately). Everything is deterministic.

scipy is used here (benchmark only, never by the app). Runs on the caller's thread.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy as np
from arousal_corpus import CALIBRATION_SENTENCES as CALM_SENTENCES
from arousal_corpus import join as join_with_gaps
from scipy.signal import butter, fftconvolve, sosfilt, sosfiltfilt

from tests.helpers.espeak import (
    AGITATED,
    CALM,
    Rendition,
    espeak_available,
    espeak_samples,
)

SR = 16000
#: Calm active speech level of the wearer at the headset microphone (dBFS).
WEARER_LEVEL_DBFS = -26.0
#: Noise floor relative to the wearer's calm active level (dB).
NOISE_FLOOR_REL_DB = -45.0
#: Silence between utterances of one talker (s).
GAP_S = 0.45

#: The wearer's calm calibration speech (never scored): the arousal corpus's, and two more.
CALIBRATION_SENTENCES: tuple[str, ...] = (
    *CALM_SENTENCES,
    "Bear with me for a moment while I check the payment history on the account.",
    "The engineer can come on Thursday between eight in the morning and noon.",
)

#: What the wearer says in the scored scenes.
WEARER_SENTENCES: tuple[str, ...] = (
    "I understand this has been frustrating, and I will check your account right now.",
    "I can see two payments on the fourth, so one of them should not be there.",
    "Let me raise a refund for the second payment while you are on the line.",
    "It usually takes three to five working days to reach your bank account.",
    "Is there anything else I can help you with today?",
    "I have added a note so that anyone you speak to can see the whole story.",
)

#: What colleagues (and the customer in the earpiece) say.
OTHER_SENTENCES: tuple[str, ...] = (
    "No, the payment was taken twice and nobody has called me back about it.",
    "We have tried three times already and the engineer still has not arrived.",
    "Please listen to me, I need this fixed today and not next week.",
    "I have been on hold for forty minutes and this is the third time I call.",
    "Can you put me through to a manager, because this is not acceptable.",
    "The router keeps dropping the connection every evening after six.",
    "You told me last week that the refund had already been processed.",
    "I want to cancel the whole contract if this is not sorted out now.",
)


@dataclass(frozen=True)
class Voice:
    """A talker: an espeak-ng voice name, or a synthetic voice (base F0, seed)."""

    name: str
    espeak: str = ""
    f0_hz: float = 0.0
    seed: int = 0

    @property
    def kind(self) -> str:
        """``espeak`` or ``synth``."""
        return "espeak" if self.espeak else "synth"


@dataclass(frozen=True)
class Room:
    """A synthetic room response from a next desk: T60 (s), direct-to-reverberant ratio (dB)."""

    name: str
    t60_s: float
    drr_db: float
    seed: int


def _e(v: str) -> Voice:
    return Voice(v, espeak=v)


def _s(name: str, f0: float, seed: int) -> Voice:
    return Voice(name, f0_hz=f0, seed=seed)


#: Design (tuning) split.
TUNING_WEARERS = (_e("en-us"), _e("en+f3"), _s("synth-120hz", 120.0, 12))
TUNING_OTHERS = (_e("en+m3"), _e("en-gb-scotland"), _s("synth-180hz", 180.0, 13), _e("en+f2"))
TUNING_ROOMS = (Room("office-a", 0.45, 0.0, 1), Room("office-b", 0.65, -4.0, 2))
#: Held-out split: voices and rooms never used while designing the gate.
HELDOUT_WEARERS = (_e("en+f4"), _e("en-029"), _s("synth-230hz", 230.0, 14))
HELDOUT_OTHERS = (_e("en-gb-x-rp"), _e("en+m5"), _s("synth-95hz", 95.0, 11), _e("en+f1"))
HELDOUT_ROOMS = (Room("hall-c", 0.85, -6.0, 3), Room("meeting-d", 0.3, 2.0, 4))


@functools.lru_cache(maxsize=512)
def _espeak(text: str, voice: str, rendition: Rendition) -> np.ndarray:
    return espeak_samples(text, voice=voice, rendition=rendition)


def utterances(voice: Voice, sentences: tuple[str, ...], mode: str) -> list[np.ndarray]:
    """One clip per sentence (``mode`` calm or agitated), dry, float32 at 16 kHz."""
    if voice.kind == "espeak":
        rendition = CALM if mode == "calm" else AGITATED
        return [_espeak(s, voice.espeak, rendition) for s in sentences]
    from companion.audio import synth_voice

    synth_mode = "calm" if mode == "calm" else "heated"
    return [synth_voice(0.08 * len(s), mode=synth_mode, seed=voice.seed * 1000 + i,
                        f0_hz=voice.f0_hz) for i, s in enumerate(sentences)]


def join(parts: list[np.ndarray], gap_s: float = GAP_S) -> np.ndarray:
    """Utterances with ``gap_s`` of silence between them."""
    return join_with_gaps(parts, gap_s)


def speech(voice: Voice, sentences: tuple[str, ...], mode: str, seconds: float,
           offset: int = 0) -> np.ndarray:
    """At least ``seconds`` of ``voice`` saying ``sentences`` in turn (cycling), with gaps."""
    parts: list[np.ndarray] = []
    total, i = 0, offset
    while total < seconds * SR:
        u = utterances(voice, (sentences[i % len(sentences)],), mode)[0]
        parts.append(u)
        total += u.size + int(GAP_S * SR)
        i += 1
    return join(parts)[:int(seconds * SR)]


def room_response(room: Room) -> np.ndarray:
    """Impulse response: direct path, early reflections, darkening exponential tail."""
    rng = np.random.default_rng(room.seed)
    n = int(room.t60_s * 1.2 * SR)
    t = np.arange(n) / SR
    tail = rng.normal(0.0, 1.0, n) * np.exp(-6.91 * t / room.t60_s)
    tail[: int(0.004 * SR)] = 0.0
    # High frequencies die away faster (air, furnishings): a gentle low-pass on the tail.
    tail = sosfilt(butter(1, 3500, fs=SR, output="sos"), tail)
    for delay_ms, amp in zip(rng.uniform(3.0, 18.0, 5), rng.uniform(0.2, 0.5, 5), strict=True):
        tail[int(delay_ms * SR / 1000)] += amp * rng.choice([-1.0, 1.0])
    h = np.zeros(n)
    h[0] = 1.0
    tail *= np.sqrt(10 ** (-room.drr_db / 10) / np.sum(tail ** 2))
    return h + tail


def reverberate(x: np.ndarray, room: Room) -> np.ndarray:
    """``x`` as heard from a next desk in ``room`` (same length)."""
    return fftconvolve(x.astype(np.float64), room_response(room))[: x.size].astype(np.float32)


def telephone(x: np.ndarray) -> np.ndarray:
    """Band-limited to 300-3400 Hz (a telephone line or a narrowband headset)."""
    sos = butter(4, [300, 3400], btype="band", fs=SR, output="sos")
    return sosfiltfilt(sos, x.astype(np.float64)).astype(np.float32)


def active_level_db(x: np.ndarray) -> float:
    """Active speech level (dB re full scale): RMS over the 10 ms frames within 35 dB of the
    loudest one (a simple P.56-like measure)."""
    n = x.size // 160
    if n == 0:
        return -120.0
    e = np.mean(x[: n * 160].astype(np.float64).reshape(n, 160) ** 2, axis=1)
    active = e[e > e.max() * 10 ** (-3.5)]
    return float(10 * np.log10(np.mean(active)))


def at_level(x: np.ndarray, level_db: float) -> np.ndarray:
    """``x`` scaled so that its active level is ``level_db`` dBFS."""
    return (x * 10 ** ((level_db - active_level_db(x)) / 20)).astype(np.float32)


def pink_noise(n: int, level_db: float, seed: int) -> np.ndarray:
    """Pink noise with an RMS of ``level_db`` dBFS."""
    spec = np.fft.rfft(np.random.default_rng(seed).normal(0.0, 1.0, n))
    f = np.fft.rfftfreq(n, 1 / SR)
    spec /= np.sqrt(np.maximum(f, 20.0))
    x = np.fft.irfft(spec, n)
    return (x / np.sqrt(np.mean(x ** 2)) * 10 ** (level_db / 20)).astype(np.float32)


@dataclass
class Mix:
    """A scene at the microphone, with its parts (for frame-level ground truth)."""

    samples: np.ndarray
    wearer: np.ndarray
    other: np.ndarray


def mix(wearer: np.ndarray | None, others: list[np.ndarray], seed: int,
        noise_rel_db: float = NOISE_FLOOR_REL_DB) -> Mix:
    """Sum the parts (each already at its level) over the noise floor."""
    n = max([0 if wearer is None else wearer.size] + [o.size for o in others])
    w = np.zeros(n, np.float32)
    if wearer is not None:
        w[: wearer.size] = wearer
    o = np.zeros(n, np.float32)
    for part in others:
        o[: part.size] += part
    noise = pink_noise(n, WEARER_LEVEL_DBFS + noise_rel_db, seed)
    return Mix(np.clip(w + o + noise, -1.0, 1.0), w, o)


def colleague(voice: Voice, room: Room, rel_db: float, seconds: float, *, mode: str = "agitated",
              offset: int = 0) -> np.ndarray:
    """A colleague talking at the next desk, ``rel_db`` relative to the wearer's calm level."""
    dry = speech(voice, OTHER_SENTENCES, mode, seconds, offset)
    return at_level(reverberate(dry, room), WEARER_LEVEL_DBFS + rel_db)


def babble(voices: tuple[Voice, ...], rooms: tuple[Room, ...], rel_db: float,
           seconds: float) -> np.ndarray:
    """Six talkers at once (voices and rooms cycled), together ``rel_db`` below the wearer."""
    parts = []
    for k in range(6):
        v, r = voices[k % len(voices)], rooms[k % len(rooms)]
        room = Room(f"{r.name}-{k}", r.t60_s, r.drr_db - 3.0, r.seed * 10 + k)
        parts.append(reverberate(speech(v, OTHER_SENTENCES, "calm", seconds, offset=k), room))
    return at_level(np.sum(parts, axis=0).astype(np.float32), WEARER_LEVEL_DBFS + rel_db)


def earpiece(voice: Voice, rel_db: float, seconds: float) -> np.ndarray:
    """The customer's voice leaking from the earpiece: telephone band, ``rel_db`` re wearer."""
    dry = speech(voice, OTHER_SENTENCES, "agitated", seconds, offset=3)
    return at_level(telephone(dry), WEARER_LEVEL_DBFS + rel_db)


def wearer_speech(voice: Voice, mode: str, seconds: float, *, offset: int = 0,
                  gain_db: float = 0.0) -> np.ndarray:
    """The wearer, close-talk and dry; calm speech sits at :data:`WEARER_LEVEL_DBFS` (agitated
    speech is louder by what the voice itself does), plus ``gain_db``."""
    calm = speech(voice, WEARER_SENTENCES, "calm", seconds, offset)
    scale = 10 ** ((WEARER_LEVEL_DBFS - active_level_db(calm)) / 20)
    x = calm if mode == "calm" else speech(voice, WEARER_SENTENCES, mode, seconds, offset)
    return (x * scale * 10 ** (gain_db / 20)).astype(np.float32)


def calibration_speech(voice: Voice, *, gain_db: float = 0.0) -> np.ndarray:
    """The wearer's calm calibration sentences, close-talk, at their calm level."""
    x = join(utterances(voice, CALIBRATION_SENTENCES, "calm"))
    return at_level(x, WEARER_LEVEL_DBFS + gain_db)


#: A pause of the wearer shorter than this (s) is part of their turn (stop closures, breaths
#: between words); the frames of another talker inside it are the wearer's turn.
TURN_GAP_S = 0.15
#: Frames this close to a change between the wearer's turn and another talker are not scored
#: (the usual "collar" of speaker-turn evaluation; diarization uses 250 ms).
COLLAR_S = 0.1


def _frame_db(x: np.ndarray, n: int) -> np.ndarray:
    e = np.mean(x[: n * 160].astype(np.float64).reshape(n, 160) ** 2, axis=1)
    return 10 * np.log10(e + 1e-20)


def _close_gaps(active: np.ndarray, gap: int) -> np.ndarray:
    """``active`` with inactive runs shorter than ``gap`` frames between active ones filled."""
    out = active.copy()
    idx = np.flatnonzero(active)
    if idx.size:
        d = np.diff(idx)
        for a, k in zip(idx[:-1][(d > 1) & (d <= gap)], d[(d > 1) & (d <= gap)], strict=True):
            out[a:a + k] = True
    return out


def truth(m: Mix) -> np.ndarray:
    """Per 10 ms frame, at the level of speaker turns: 1 = the wearer's turn (their speech and
    its pauses under :data:`TURN_GAP_S`), 2 = another talker speaks outside the wearer's
    turn, 0 = nobody, or within :data:`COLLAR_S` of a change between the two."""
    n = m.samples.size // 160
    floor = WEARER_LEVEL_DBFS + NOISE_FLOOR_REL_DB + 10.0
    wearer = _close_gaps(_frame_db(m.wearer, n) > floor, round(TURN_GAP_S * 100))
    other = (_frame_db(m.other, n) > floor) & ~wearer
    out = np.zeros(n, np.int8)
    out[wearer] = 1
    out[other] = 2
    change = np.flatnonzero(np.diff(out.astype(np.int16)) != 0) + 1
    collar = round(COLLAR_S * 100)
    for c in change:
        lo, hi = out[c - 1], out[c]
        if {int(lo), int(hi)} == {1, 2}:
            out[max(0, c - collar):c + collar] = 0
    return out


__all__ = [
    "HELDOUT_OTHERS", "HELDOUT_ROOMS", "HELDOUT_WEARERS", "Mix", "Room", "SR", "TUNING_OTHERS",
    "TUNING_ROOMS", "TUNING_WEARERS", "Voice", "WEARER_LEVEL_DBFS", "active_level_db",
    "at_level", "babble", "calibration_speech", "colleague", "earpiece", "espeak_available",
    "mix", "reverberate", "telephone", "truth", "wearer_speech",
]
