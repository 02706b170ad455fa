"""Labelled calm/agitated speech for the arousal benchmark and tests (generated, never stored).

Two kinds of talkers:

* **espeak-ng voices** (``en``, ``en-us``, ``en+f3``, ``en+m3``, ...) speaking the same
  sentences in a CALM rendition (lower pitch, narrow range, slower, softer) and an AGITATED
  one (higher pitch, wider range, faster, louder) from ``tests/helpers/espeak.py``;
* **synthetic voices** from :func:`companion.audio.synth_voice` (``calm`` / ``heated``) at
  several base F0s.

Each talker has calibration speech (calm, sentences not used for testing) and test clips
(one calm and one agitated rendition of each test sentence: a *pair*). Everything is
deterministic. Runs on the caller's thread.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # so that ``tests.helpers.espeak`` imports from a checkout
    sys.path.insert(0, str(ROOT))

from tests.helpers.espeak import (  # noqa: E402
    AGITATED,
    CALM,
    espeak_available,
    espeak_samples,
)

SAMPLE_RATE_HZ = 16000

#: Calm speech the baseline is learned from (never scored).
CALIBRATION_SENTENCES: tuple[str, ...] = (
    "Thank you for calling, my name is Sam and I will be looking after you today.",
    "Could you please read me the reference number at the top of your last letter?",
    "I can see the order here, it left our warehouse on Monday morning.",
    "Let me just bring up the details of your contract while we talk.",
    "That is no problem at all, we can change the delivery address for you.",
    "I will send you a confirmation by email as soon as we finish this call.",
)

#: Sentences spoken both calm and agitated (the scored pairs).
TEST_SENTENCES: tuple[str, ...] = (
    "I understand this has been frustrating, and I will check your account right now.",
    "No, the payment was taken twice and nobody has called me back about it.",
    "We have tried three times already and the engineer still has not arrived.",
    "Please listen to me, I need this fixed today and not next week.",
)

#: espeak-ng voices in the default evaluation set (``espeak-ng --voices=en`` for more).
ESPEAK_VOICES: tuple[str, ...] = ("en", "en-us", "en+f3", "en+m3", "en+f2", "en-gb-scotland",
                                  "en-029+f4", "en-us+m5")

#: Synthetic talkers: (name, calm base F0 in Hz, seed).
SYNTH_SPEAKERS: tuple[tuple[str, float, int], ...] = (
    ("synth-95hz", 95.0, 11), ("synth-120hz", 120.0, 12), ("synth-180hz", 180.0, 13),
    ("synth-230hz", 230.0, 14),
)

#: Silence between concatenated sentences (s).
GAP_S = 0.4


@dataclass(frozen=True)
class Clip:
    """One test utterance: ``label`` is ``"calm"`` or ``"agitated"``, audio 16 kHz float32."""

    speaker: str
    label: str
    item: str
    samples: np.ndarray


@dataclass(frozen=True)
class Talker:
    """A talker: calm calibration audio and its scored clips."""

    name: str
    kind: str  # "espeak" | "synth"
    calibration: np.ndarray
    clips: tuple[Clip, ...]


def join(parts: list[np.ndarray], gap_s: float = GAP_S) -> np.ndarray:
    """Concatenate utterances with ``gap_s`` of digital silence between them."""
    gap = np.zeros(int(gap_s * SAMPLE_RATE_HZ), dtype=np.float32)
    out: list[np.ndarray] = []
    for p in parts:
        out += [p.astype(np.float32), gap]
    return np.concatenate(out) if out else np.zeros(0, dtype=np.float32)


def espeak_talker(voice: str, *, n_test: int | None = None,
                  n_calibration: int | None = None) -> Talker:
    """Calibration (calm) speech and calm/agitated pairs for an espeak-ng ``voice``."""
    calib = [espeak_samples(s, voice=voice, rendition=CALM)
             for s in CALIBRATION_SENTENCES[:n_calibration]]
    clips: list[Clip] = []
    for i, sentence in enumerate(TEST_SENTENCES[:n_test]):
        for label, rendition in (("calm", CALM), ("agitated", AGITATED)):
            clips.append(Clip(voice, label, f"s{i}",
                              espeak_samples(sentence, voice=voice, rendition=rendition)))
    return Talker(voice, "espeak", join(calib), tuple(clips))


def synth_talker(name: str, f0_hz: float, seed: int, *, calibration_s: float = 40.0,
                 clip_s: float = 8.0, n_test: int = 4) -> Talker:
    """A :func:`synth_voice` talker: calm calibration and calm/heated pairs."""
    from companion.audio import synth_voice

    calib = synth_voice(calibration_s, mode="calm", seed=seed * 100, f0_hz=f0_hz)
    clips = []
    for i in range(n_test):
        for label, mode in (("calm", "calm"), ("agitated", "heated")):
            clips.append(Clip(name, label, f"t{i}",
                              synth_voice(clip_s, mode=mode, seed=seed * 100 + 1 + i,
                                          f0_hz=f0_hz)))
    return Talker(name, "synth", calib, tuple(clips))


def talkers(*, espeak_voices: tuple[str, ...] = ESPEAK_VOICES,
            synth: tuple[tuple[str, float, int], ...] = SYNTH_SPEAKERS) -> Iterator[Talker]:
    """The evaluation set (espeak talkers only when espeak-ng is installed)."""
    if espeak_available():
        for v in espeak_voices:
            yield espeak_talker(v)
    for name, f0, seed in synth:
        yield synth_talker(name, f0, seed)


def gain(x: np.ndarray, db: float) -> np.ndarray:
    """``x`` scaled by ``db`` decibels (float32)."""
    return (x * 10.0 ** (db / 20.0)).astype(np.float32)
