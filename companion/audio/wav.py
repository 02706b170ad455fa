"""WAV header parsing and sample decoding (PCM 8/16/24/32-bit, IEEE float 32/64-bit).

Threads: runs on the caller's thread (the engine worker or the CLI); no shared state.

A minimal RIFF chunk walker validates every file first (so that damaged files fail with one
clear line before any audio is produced) and locates the ``data`` chunk. Plain PCM
(format tag 1) is then read through the stdlib :mod:`wave` module; IEEE float (tag 3) and
``WAVE_FORMAT_EXTENSIBLE`` (tag 0xFFFE, PCM or float sub-format; not readable by :mod:`wave`
on Python 3.11) are read straight from the ``data`` chunk. Either way samples come out in
bounded-size blocks.
"""

from __future__ import annotations

import os
import struct
import wave
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import BinaryIO

import numpy as np

from companion.audio.errors import WavFormatError
from companion.fileio import FileReadError, NotRegularFileError, open_regular_file

__all__ = ["WavInfo", "probe_wav", "iter_wav_frames"]

FORMAT_PCM = 0x0001
FORMAT_FLOAT = 0x0003
FORMAT_ALAW = 0x0006
FORMAT_MULAW = 0x0007
FORMAT_EXTENSIBLE = 0xFFFE
# The GUID tail shared by the KSDATAFORMAT_SUBTYPE_* GUIDs (the first 2 bytes are the tag).
_GUID_TAIL = b"\x00\x00\x00\x00\x10\x00\x80\x00\x00\xaa\x00\x38\x9b\x71"

_KNOWN_NAMES: Mapping[int, str] = MappingProxyType({
    0x0002: "Microsoft ADPCM",
    FORMAT_ALAW: "A-law",
    FORMAT_MULAW: "mu-law",
    0x0011: "IMA ADPCM",
    0x0031: "GSM 6.10",
    0x0055: "MP3",
    0x0092: "Dolby AC3",
    0x2000: "AC3",
})
_CONVERT_HINT = "convert it to 16-bit PCM WAV (e.g. `sox in.wav -b 16 -e signed out.wav`)"

MIN_RATE_HZ = 1000
MAX_RATE_HZ = 768_000
MAX_CHANNELS = 64


@dataclass(frozen=True)
class WavInfo:
    """What a WAV file holds.

    ``rate_hz`` is the sample rate in Hz; ``frames`` is the number of sample frames (one
    sample per channel each); ``sample_format`` is ``"pcm"`` or ``"float"``;
    ``data_offset``/``data_bytes`` locate the ``data`` chunk in the file.
    """

    path: Path
    format_tag: int
    sample_format: str
    channels: int
    rate_hz: int
    bits: int
    block_align: int
    frames: int
    data_offset: int
    data_bytes: int

    @property
    def duration_s(self) -> float:
        """Length in seconds."""
        return self.frames / self.rate_hz


def _bad(path: Path, what: str, hint: str | None = _CONVERT_HINT) -> WavFormatError:
    return WavFormatError(f"{path}: {what}", hint)


def _open_regular(p: Path) -> BinaryIO:
    """Open ``p`` for reading, refusing anything but a regular file without blocking (a
    FIFO with no writer would block ``open()`` forever, a device would read without end):
    :func:`companion.fileio.open_regular_file`."""
    try:
        return open_regular_file(p, "WAV file")
    except NotRegularFileError as exc:
        raise _bad(p, f"is {exc.kind}, not a WAV file", "give the path of a .wav file") \
            from None
    except FileReadError as exc:
        if exc.missing:
            raise _bad(p, "no such file", "check the path") from None
        raise _bad(p, exc.detail, "check that you can read the file") from None


def probe_wav(path: str | os.PathLike[str]) -> WavInfo:
    """Validate ``path`` as a WAV file we can decode and describe it.

    Raises
    ------
    WavFormatError
        Unreadable path, directory, not RIFF/WAVE, empty, no ``fmt``/``data`` chunk,
        zero-length or truncated data, unsupported or absurd format fields.
    """
    p = Path(path)
    try:
        with _open_regular(p) as f:
            return _parse(p, f, os.fstat(f.fileno()).st_size)
    except WavFormatError:
        raise
    except FileNotFoundError:
        raise _bad(p, "no such file", "check the path") from None
    except PermissionError:
        raise _bad(p, "permission denied", "check that you can read the file") from None
    except OSError as exc:
        raise _bad(p, f"cannot be read ({exc.strerror or exc})", "check the path") from None


def _parse(p: Path, f: BinaryIO, size: int) -> WavInfo:
    """The header of an open WAV file of ``size`` bytes (``WavFormatError`` for bad input)."""
    _check_riff(p, f, size)
    fmt, data_offset, data_bytes = _find_chunks(p, f, size)
    tag, channels, rate, _byte_rate, block_align, bits = struct.unpack("<HHIIHH", fmt[:16])
    sample_format = _sample_format(p, tag, fmt, bits)
    _check_layout(p, channels, rate, block_align, bits)
    if data_offset < 0:
        raise _bad(p, "has no data chunk (no audio)", "record or export the audio again")
    if data_bytes == 0xFFFFFFFF or data_offset + data_bytes > size:
        have = max(0, size - data_offset)
        raise _bad(p, f"is truncated (data chunk says {data_bytes} bytes, file has {have})",
                   "the recording was cut off; export it again or repair it with sox")
    frames = data_bytes // block_align
    if frames == 0:
        raise _bad(p, "contains no audio (zero-length data chunk)", "record or export again")
    return WavInfo(p, tag, sample_format, channels, rate, bits, block_align, frames,
                   data_offset, data_bytes)


def _check_riff(p: Path, f: BinaryIO, size: int) -> None:
    """A non-empty little-endian RIFF/WAVE file (RIFX and RF64 are refused by name)."""
    if size == 0:
        raise _bad(p, "is empty (0 bytes)", "record or export the audio again")
    head = f.read(12)
    if len(head) < 12 or head[:4] not in (b"RIFF", b"RIFX", b"RF64") or head[8:12] != b"WAVE":
        raise _bad(p, "is not a WAV file (no RIFF/WAVE header)", _CONVERT_HINT)
    if head[:4] != b"RIFF":
        raise _bad(p, f"uses the unsupported {head[:4].decode()} container", _CONVERT_HINT)


def _find_chunks(p: Path, f: BinaryIO, size: int) -> tuple[bytes, int, int]:
    """Walk the chunks after the RIFF header: (fmt chunk bytes, data offset, data size);
    offset and size are -1 when there is no data chunk."""
    fmt: bytes | None = None
    data_offset = data_bytes = -1
    pos = 12
    while pos + 8 <= size:
        f.seek(pos)
        chunk_id, chunk_size = struct.unpack("<4sI", f.read(8))
        body = pos + 8
        if chunk_id == b"fmt ":
            if chunk_size < 16 or body + chunk_size > size:
                raise _bad(p, "has a damaged fmt chunk", "record or export the audio again")
            fmt = f.read(min(chunk_size, 64))
        elif chunk_id == b"data":
            data_offset, data_bytes = body, chunk_size
            if body + chunk_size > size:
                break  # truncated: reported once the format is known
        pos = body + chunk_size + (chunk_size & 1)
    if fmt is None:
        raise _bad(p, "has no fmt chunk (damaged WAV header)", "record or export the audio again")
    return fmt, data_offset, data_bytes


def _sample_format(p: Path, tag: int, fmt: bytes, bits: int) -> str:
    """``pcm`` or ``float`` from the format tag (or the EXTENSIBLE sub-format), with a
    supported sample width."""
    if tag == FORMAT_EXTENSIBLE:
        if len(fmt) < 40:
            raise _bad(p, "has a damaged WAVE_FORMAT_EXTENSIBLE header")
        valid_bits = struct.unpack("<H", fmt[18:20])[0]
        guid = fmt[24:40]
        if guid[2:] != _GUID_TAIL:
            raise _bad(p, "uses an unknown WAVE_FORMAT_EXTENSIBLE sub-format")
        if valid_bits and valid_bits > bits:
            raise _bad(p, f"has an absurd header ({valid_bits} valid bits in {bits}-bit samples)")
        tag = struct.unpack("<H", guid[:2])[0]
    if tag == FORMAT_PCM:
        if bits not in (8, 16, 24, 32):
            raise _bad(p, f"uses {bits}-bit PCM; only 8, 16, 24 and 32-bit are supported")
        return "pcm"
    if tag == FORMAT_FLOAT:
        if bits not in (32, 64):
            raise _bad(p, f"uses {bits}-bit float; only 32 and 64-bit float are supported")
        return "float"
    name = _KNOWN_NAMES.get(tag, f"format 0x{tag:04X}")
    raise _bad(p, f"uses the unsupported {name} encoding (compressed or non-PCM)")


def _check_layout(p: Path, channels: int, rate: int, block_align: int, bits: int) -> None:
    """Channel count, sample rate (Hz) and block alignment within sane limits."""
    if not 1 <= channels <= MAX_CHANNELS:
        raise _bad(p, f"has an absurd header ({channels} channels)", "record or export again")
    if not MIN_RATE_HZ <= rate <= MAX_RATE_HZ:
        raise _bad(p, f"has an absurd header (sample rate {rate} Hz)", "record or export again")
    if block_align != channels * bits // 8:
        raise _bad(p, f"has an absurd header (block align {block_align} for {channels} x "
                      f"{bits}-bit)", "record or export the audio again")


def decode_frames(raw: bytes, info: WavInfo) -> np.ndarray:
    """Decode little-endian sample bytes to float64 of shape ``(frames, channels)``.

    Integer PCM is scaled to [-1, 1); float samples are returned as stored.
    """
    n = len(raw) // info.block_align
    raw = raw[: n * info.block_align]
    bits = info.bits
    if info.sample_format == "float":
        x = np.frombuffer(raw, dtype="<f4" if bits == 32 else "<f8").astype(np.float64)
    elif bits == 8:
        x = (np.frombuffer(raw, dtype=np.uint8).astype(np.float64) - 128.0) / 128.0
    elif bits == 16:
        x = np.frombuffer(raw, dtype="<i2") / 32768.0
    elif bits == 24:
        b = np.frombuffer(raw, dtype=np.uint8).reshape(-1, 3).astype(np.int32)
        v = b[:, 0] | (b[:, 1] << 8) | (b[:, 2] << 16)
        v = (v << 8) >> 8  # sign-extend 24 -> 32 bits
        x = v / 8388608.0
    else:
        x = np.frombuffer(raw, dtype="<i4") / 2147483648.0
    return np.asarray(x, dtype=np.float64).reshape(n, info.channels)


def _raw_blocks(info: WavInfo, start_frame: int, block_frames: int) -> Iterator[np.ndarray]:
    with info.path.open("rb") as f:
        f.seek(info.data_offset + start_frame * info.block_align)
        left = info.frames - start_frame
        while left > 0:
            raw = f.read(min(block_frames, left) * info.block_align)
            if len(raw) < info.block_align:
                raise _bad(info.path, "ended early (file changed while reading)",
                           "copy the recording somewhere stable and try again")
            left -= len(raw) // info.block_align
            yield decode_frames(raw, info)


def iter_wav_frames(info: WavInfo, block_frames: int) -> Iterator[np.ndarray]:
    """Yield float64 ``(frames, channels)`` blocks of at most ``block_frames`` frames.

    PCM goes through :mod:`wave`; if :mod:`wave` stops early (it trusts the RIFF size field,
    which streaming recorders often leave wrong, and refuses a RIFF size of 0), the rest is read straight from the already
    validated ``data`` chunk.
    """
    block_frames = max(1, int(block_frames))
    done = 0
    try:
        if info.format_tag == FORMAT_PCM:
            try:
                w = wave.open(str(info.path), "rb")  # noqa: SIM115 - closed below
            except (wave.Error, EOFError):
                w = None  # e.g. RIFF size 0: our own walker already validated the chunks
            if w is not None:
                with w:
                    while done < info.frames:
                        raw = w.readframes(min(block_frames, info.frames - done))
                        if len(raw) < info.block_align:
                            break
                        done += len(raw) // info.block_align
                        yield decode_frames(raw, info)
        if done < info.frames:
            yield from _raw_blocks(info, done, block_frames)
    except OSError as exc:
        raise _bad(info.path, f"cannot be read ({exc.strerror or exc})", "check the file") from None
