"""Read a WAV file as a stream of 16 kHz float32 mono blocks in bounded memory.

Threads: :meth:`FileSource.blocks` runs on the caller's thread (the engine worker thread in the
app, the main thread in ``companion analyze``). Each call to ``blocks()`` opens the file again,
so a source can be iterated more than once.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from companion.audio.blocks import SAMPLE_RATE_HZ, Rebuffer, block_samples
from companion.audio.errors import WavFormatError
from companion.audio.resample import StreamingResampler
from companion.audio.wav import WavInfo, iter_wav_frames, probe_wav

__all__ = ["FileSource"]


class FileSource:
    """A WAV file as 16 kHz mono float32 blocks.

    Parameters
    ----------
    path
        A RIFF/WAVE file: PCM 8/16/24/32-bit, IEEE float 32/64-bit or
        ``WAVE_FORMAT_EXTENSIBLE`` with either, any channel count (mixed to mono by the mean)
        and any sample rate from 1 kHz to 768 kHz (resampled to 16 kHz).
    block_s
        Output block length in seconds (every block but the last has exactly
        ``round(block_s * 16000)`` samples).

    Raises
    ------
    WavFormatError
        At construction for unreadable or malformed files, and from :meth:`blocks` when float
        data holds NaN or infinity.
    """

    def __init__(self, path: str | os.PathLike[str], *, block_s: float = 0.1) -> None:
        self.path = Path(path)
        self.block_s = float(block_s)
        self._block = block_samples(block_s)
        self._info: WavInfo = probe_wav(self.path)

    @property
    def info(self) -> WavInfo:
        """The parsed WAV header."""
        return self._info

    @property
    def duration_s(self) -> float:
        """Length of the recording in seconds."""
        return self._info.duration_s

    @property
    def source_rate_hz(self) -> int:
        """The file's own sample rate in Hz."""
        return self._info.rate_hz

    @property
    def channels(self) -> int:
        """Channels in the file (they are averaged to mono)."""
        return self._info.channels

    def blocks(self) -> Iterator[np.ndarray]:
        """Yield float32 mono blocks at 16 kHz, values clipped to [-1, 1].

        Memory stays bounded (about one second of source audio at a time) whatever the file
        length.
        """
        info = self._info
        resampler = StreamingResampler(info.rate_hz, SAMPLE_RATE_HZ)
        rebuffer = Rebuffer(self._block)
        read_frames = max(1024, min(info.rate_hz, 1 << 16))
        pos = 0
        for frames in iter_wav_frames(info, read_frames):
            mono = frames.mean(axis=1) if frames.shape[1] > 1 else frames[:, 0]
            if info.sample_format == "float" and not np.isfinite(mono).all():
                bad = pos + int(np.argmin(np.isfinite(mono)))
                raise WavFormatError(
                    f"{self.path}: contains NaN or infinite samples "
                    f"(first at {bad / info.rate_hz:.3f} s)",
                    "re-export the audio; the file is damaged",
                )
            pos += mono.shape[0]
            out = np.clip(resampler.push(mono), -1.0, 1.0)
            yield from rebuffer.push(out)
        yield from rebuffer.push(np.clip(resampler.flush(), -1.0, 1.0))
        yield from rebuffer.flush()

    def read_all(self) -> np.ndarray:
        """The whole file at 16 kHz as one array (convenience for short files and tests)."""
        parts = list(self.blocks())
        return np.concatenate(parts) if parts else np.zeros(0, dtype=np.float32)
