"""Tiny WAV writers for the audio tests (files are written to tmp_path, never committed)."""

from __future__ import annotations

import struct
import wave
from pathlib import Path

import numpy as np

_SUBTYPE_TAIL = b"\x00\x00\x00\x00\x10\x00\x80\x00\x00\xaa\x00\x38\x9b\x71"


def pcm_bytes(x: np.ndarray, bits: int) -> bytes:
    """Interleaved float samples in [-1, 1] as little-endian integer PCM bytes."""
    x = np.clip(np.asarray(x, dtype=np.float64), -1.0, 1.0 - 1e-9)
    if bits == 8:
        return np.round(x * 127 + 128).astype(np.uint8).tobytes()
    if bits == 16:
        return np.round(x * 32767).astype("<i2").tobytes()
    if bits == 24:
        v = np.round(x * 8388607).astype("<i4").reshape(-1, 1).view(np.uint8).reshape(-1, 4)
        return v[:, :3].tobytes()
    return np.round(x * 2147483647).astype("<i4").tobytes()


def write_pcm(path: Path, x: np.ndarray, rate: int, bits: int = 16) -> Path:
    """Write ``x`` (frames,) or (frames, channels) as PCM with the stdlib wave module."""
    x2 = x.reshape(x.shape[0], -1)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(x2.shape[1])
        w.setsampwidth(bits // 8)
        w.setframerate(rate)
        w.writeframes(pcm_bytes(x2.reshape(-1), bits))
    return path


def riff(fmt: bytes, data: bytes, *, extra_chunks: bytes = b"", data_size: int | None = None,
         tail: bytes = b"") -> bytes:
    """Assemble a RIFF/WAVE byte string from a fmt body and data bytes."""
    size = len(data) if data_size is None else data_size
    body = (b"WAVE" + b"fmt " + struct.pack("<I", len(fmt)) + fmt + extra_chunks
            + b"data" + struct.pack("<I", size) + data + (b"\x00" if len(data) & 1 else b"")
            + tail)
    return b"RIFF" + struct.pack("<I", len(body)) + body


def fmt_chunk(tag: int, channels: int, rate: int, bits: int, *, block_align: int | None = None,
              sub_tag: int | None = None, valid_bits: int | None = None) -> bytes:
    """A fmt chunk body; with ``sub_tag`` a WAVE_FORMAT_EXTENSIBLE one."""
    ba = channels * bits // 8 if block_align is None else block_align
    base = struct.pack("<HHIIHH", tag, channels, rate, (rate * ba) & 0xFFFFFFFF, ba, bits)
    if sub_tag is None:
        return base + (struct.pack("<H", 0) if tag != 1 else b"")
    guid = struct.pack("<H", sub_tag) + _SUBTYPE_TAIL
    return base + struct.pack("<HHI", 22, valid_bits or bits, 0x4) + guid


def write_float(path: Path, x: np.ndarray, rate: int, bits: int = 32, *,
                extensible: bool = False) -> Path:
    """Write IEEE float samples (tag 3 or WAVE_FORMAT_EXTENSIBLE/float)."""
    x2 = x.reshape(x.shape[0], -1)
    data = x2.astype("<f4" if bits == 32 else "<f8").tobytes()
    fmt = (fmt_chunk(0xFFFE, x2.shape[1], rate, bits, sub_tag=3) if extensible
           else fmt_chunk(3, x2.shape[1], rate, bits))
    path.write_bytes(riff(fmt, data, extra_chunks=b"LIST\x04\x00\x00\x00abcd"))
    return path


def write_extensible_pcm(path: Path, x: np.ndarray, rate: int, bits: int) -> Path:
    """Write WAVE_FORMAT_EXTENSIBLE with the PCM sub-format."""
    x2 = x.reshape(x.shape[0], -1)
    fmt = fmt_chunk(0xFFFE, x2.shape[1], rate, bits, sub_tag=1)
    path.write_bytes(riff(fmt, pcm_bytes(x2.reshape(-1), bits)))
    return path
