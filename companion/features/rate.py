"""Speech rate: syllable nuclei per second of speech over a trailing window.

One streaming counter, used by the feature extractor (every talker's speech: the
``syllable_rate_hz`` feature) and by the pipeline for the wearer's own speech only (the rate
cue of the arousal index). Integer counts over absolute frames, so any block split gives the
same values. Runs on the caller's thread.
"""

from __future__ import annotations

import math

import numpy as np

__all__ = ["MIN_RATE_SPEECH_S", "SyllableRate"]

#: Least speech (s) in the trailing window for a rate.
MIN_RATE_SPEECH_S = 0.5


class SyllableRate:
    """Trailing-window syllable rate (Hz) of a stream of frames.

    Parameters
    ----------
    window_frames
        Frames in the trailing window (including the current one).
    min_speech_frames
        Least speech frames in the window for a rate; NaN below.
    hop_s
        Frame hop (s).
    """

    def __init__(self, window_frames: int, min_speech_frames: int, hop_s: float) -> None:
        self.window = max(1, int(window_frames))
        self.min_speech = int(min_speech_frames)
        self.hop_s = float(hop_s)
        self._nuc = np.zeros(self.window - 1, dtype=np.int64)
        self._speech = np.zeros(self.window - 1, dtype=np.int64)

    @classmethod
    def of(cls, window_s: float, min_speech_s: float, hop_s: float) -> SyllableRate:
        """From durations in seconds."""
        return cls(max(1, round(window_s / hop_s)), math.ceil(min_speech_s / hop_s - 1e-9),
                   hop_s)

    def process(self, nucleus: np.ndarray, speech: np.ndarray) -> np.ndarray:
        """Rate at each new frame: nuclei / speech time in the window ending there."""
        w = self.window
        nuc = np.concatenate([self._nuc, np.asarray(nucleus, dtype=np.int64)])
        spk = np.concatenate([self._speech, np.asarray(speech, dtype=np.int64)])
        cn = np.concatenate([[0], np.cumsum(nuc)])
        cs = np.concatenate([[0], np.cumsum(spk)])
        n_nuc = cn[w:] - cn[:-w]
        n_sp = cs[w:] - cs[:-w]
        rate = np.where(n_sp >= self.min_speech, n_nuc / np.maximum(n_sp, 1) / self.hop_s,
                        np.nan)
        self._nuc = nuc[len(nuc) - (w - 1):] if w > 1 else nuc[:0]
        self._speech = spk[len(spk) - (w - 1):] if w > 1 else spk[:0]
        return rate
