"""FileSource: every accepted format decodes right, every bad file fails with one line."""

from __future__ import annotations

import os
import struct
from pathlib import Path

import numpy as np
import pytest
from audio_wavgen import fmt_chunk, riff, write_extensible_pcm, write_float, write_pcm
from scipy.signal import resample_poly

from companion.audio import FileSource, WavFormatError
from companion.audio.resample import resample_ratio
from companion.errors import CompanionError


def _tone(rate: int, seconds: float = 0.5, hz: float = 440.0, amp: float = 0.5) -> np.ndarray:
    t = np.arange(int(rate * seconds)) / rate
    return amp * np.sin(2 * np.pi * hz * t)


def _expected(x: np.ndarray, rate: int) -> np.ndarray:
    up, down = resample_ratio(rate, 16000)
    return x if up == down == 1 else resample_poly(x, up, down)


# Quantisation step (with margin) for each PCM width.
_TOL = {8: 2.5 / 128, 16: 1e-4, 24: 1e-6, 32: 1e-6}


@pytest.mark.parametrize("bits", [8, 16, 24, 32])
def test_pcm_widths(tmp_path: Path, bits: int) -> None:
    x = _tone(16000)
    src = FileSource(write_pcm(tmp_path / f"p{bits}.wav", x, 16000, bits))
    y = src.read_all()
    assert y.dtype == np.float32 and y.shape == x.shape
    np.testing.assert_allclose(y, x, atol=_TOL[bits])
    assert src.source_rate_hz == 16000
    assert src.duration_s == pytest.approx(0.5)


@pytest.mark.parametrize("bits", [16, 24, 32])
def test_extensible_pcm(tmp_path: Path, bits: int) -> None:
    x = _tone(16000)
    y = FileSource(write_extensible_pcm(tmp_path / "e.wav", x, 16000, bits)).read_all()
    np.testing.assert_allclose(y, x, atol=_TOL[bits])


@pytest.mark.parametrize("bits", [32, 64])
@pytest.mark.parametrize("extensible", [False, True])
def test_float_formats(tmp_path: Path, bits: int, extensible: bool) -> None:
    x = _tone(16000)
    src = FileSource(write_float(tmp_path / "f.wav", x, 16000, bits, extensible=extensible))
    np.testing.assert_allclose(src.read_all(), x, atol=1e-7)


def test_float_out_of_range_is_clipped(tmp_path: Path) -> None:
    x = np.array([0.0, 2.0, -3.0, 0.5] * 100)
    y = FileSource(write_float(tmp_path / "f.wav", x, 16000)).read_all()
    assert y.max() == 1.0 and y.min() == -1.0


def test_multichannel_mixed_by_mean(tmp_path: Path) -> None:
    left, right = _tone(16000, amp=0.4), _tone(16000, hz=1000, amp=0.2)
    x = np.stack([left, right, np.zeros_like(left)], axis=1)
    y = FileSource(write_pcm(tmp_path / "m.wav", x, 16000, 24)).read_all()
    np.testing.assert_allclose(y, (left + right) / 3, atol=1e-6)
    assert FileSource(tmp_path / "m.wav").channels == 3


@pytest.mark.parametrize("rate", [8000, 22050, 44100, 48000])
def test_resampling_matches_one_shot(tmp_path: Path, rate: int, rng: np.random.Generator) -> None:
    x = 0.3 * rng.standard_normal(int(rate * 1.7))
    src = FileSource(write_float(tmp_path / "r.wav", x, rate), block_s=0.07)
    y = src.read_all()
    ref = _expected(x, rate)
    assert y.shape == ref.shape
    np.testing.assert_allclose(y, np.clip(ref, -1, 1), atol=2e-6)
    assert src.source_rate_hz == rate


def test_blocks_have_exact_size(tmp_path: Path) -> None:
    x = _tone(44100, seconds=1.234)
    blocks = list(FileSource(write_pcm(tmp_path / "b.wav", x, 44100), block_s=0.1).blocks())
    assert all(b.shape == (1600,) for b in blocks[:-1])
    assert 0 < blocks[-1].shape[0] <= 1600
    assert sum(b.shape[0] for b in blocks) == int(np.ceil(x.shape[0] * 160 / 441))


@pytest.mark.parametrize("riff_size", [0, 36, 0xFFFFFFFF])
def test_wrong_riff_size_still_reads_all(tmp_path: Path, riff_size: int) -> None:
    """Streaming recorders leave the RIFF size at 0/placeholder; the data chunk is what counts."""
    x = _tone(16000)
    blob = bytearray(riff(fmt_chunk(1, 1, 16000, 16), (np.round(x * 32767)).astype("<i2").tobytes()))
    blob[4:8] = struct.pack("<I", riff_size)
    p = tmp_path / "w.wav"
    p.write_bytes(bytes(blob))
    np.testing.assert_allclose(FileSource(p).read_all(), x, atol=1e-4)


@pytest.mark.parametrize("tag", [1, 3])
def test_odd_sized_chunk_before_data_is_skipped(tmp_path: Path, tag: int) -> None:
    """RIFF pads odd-sized chunks to an even length; both readers must honour that."""
    x = _tone(16000)
    data = (np.round(x * 32767).astype("<i2").tobytes() if tag == 1
            else x.astype("<f4").tobytes())
    fmt = fmt_chunk(tag, 1, 16000, 16 if tag == 1 else 32)
    p = tmp_path / "odd.wav"
    p.write_bytes(riff(fmt, data, extra_chunks=b"junk" + struct.pack("<I", 3) + b"abc\x00"))
    np.testing.assert_allclose(FileSource(p).read_all(), x, atol=1e-4)


def test_can_iterate_twice(tmp_path: Path) -> None:
    src = FileSource(write_pcm(tmp_path / "t.wav", _tone(16000), 16000))
    np.testing.assert_array_equal(src.read_all(), src.read_all())


def test_long_file_bounded_memory(tmp_path: Path) -> None:
    """A 10-minute 48 kHz file streams with far less memory than the file holds."""
    import tracemalloc

    path = tmp_path / "long.wav"
    rate, seconds = 48000, 600
    chunk = (0.1 * np.sin(np.arange(rate) * 0.05) * 32767).astype("<i2").tobytes()
    fmt = fmt_chunk(1, 1, rate, 16)
    with path.open("wb") as f:
        data_size = len(chunk) * seconds
        head = bytearray(riff(fmt, b"", data_size=data_size))
        head[4:8] = struct.pack("<I", len(head) - 8 + data_size)
        f.write(bytes(head))
        for _ in range(seconds):
            f.write(chunk)
    src = FileSource(path, block_s=0.5)
    assert src.duration_s == pytest.approx(seconds)
    tracemalloc.start()
    n = 0
    for block in src.blocks():
        n += block.shape[0]
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert n == seconds * 16000
    assert peak < 8 * 1024 * 1024, f"peak {peak / 1e6:.1f} MB for a {data_size / 1e6:.0f} MB file"


# --- bad input -------------------------------------------------------------------------------

def _raises(path: Path, *words: str) -> str:
    with pytest.raises(WavFormatError) as info:
        list(FileSource(path).blocks())
    msg = str(info.value)
    assert "\n" not in msg and str(path) in msg
    for w in words:
        assert w.lower() in msg.lower(), msg
    assert isinstance(info.value, CompanionError)
    return msg


def test_missing_file(tmp_path: Path) -> None:
    _raises(tmp_path / "nope.wav", "no such file")


def test_directory(tmp_path: Path) -> None:
    _raises(tmp_path, "folder")


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX permissions")
def test_unreadable(tmp_path: Path) -> None:
    """A file the user may not read: one line naming it. Root ignores file permissions, so
    under root the check runs ``companion analyze`` as the user ``nobody`` (setpriv), in a
    folder ``nobody`` can reach."""
    import shutil
    import subprocess
    import sys
    import tempfile

    if os.geteuid() != 0:
        p = write_pcm(tmp_path / "u.wav", _tone(16000), 16000)
        p.chmod(0)
        _raises(p, "permission")
        return
    if shutil.which("setpriv") is None:
        pytest.fail("setpriv (util-linux) is needed to run this check as a normal user")
    base = Path(tempfile.mkdtemp(prefix="companion-perm-"))
    try:
        base.chmod(0o777)
        p = write_pcm(base / "u.wav", _tone(16000), 16000)
        p.chmod(0)
        env = {**os.environ, "HOME": str(base), "TMPDIR": str(base)}
        for name in ("DATA", "CONFIG", "SITE_CONFIG", "SITE_DATA", "LOG"):
            env[f"COMPANION_{name}_DIR"] = str(base / name.lower())
        proc = subprocess.run(["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
                               sys.executable, "-m", "companion", "analyze", str(p)],
                              capture_output=True, text=True, timeout=120, env=env)
    finally:
        shutil.rmtree(base, ignore_errors=True)
    err = proc.stderr.strip()
    assert proc.returncode == 2, err
    assert err.startswith("companion: error:") and "\n" not in err and "u.wav" in err
    assert "permission denied" in err


def test_permission_denied_without_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same path as test_unreadable, simulated so it also runs as root (CI)."""
    p = write_pcm(tmp_path / "u.wav", _tone(16000), 16000)
    real_open = os.open

    def deny(path: object, *args: object, **kwargs: object) -> int:
        if Path(path) == p:  # type: ignore[arg-type]
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", deny)
    _raises(p, "permission denied")


def test_io_error_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    p = write_pcm(tmp_path / "io.wav", _tone(16000), 16000)
    real_open = os.open

    def broken(path: object, *args: object, **kwargs: object) -> int:
        if Path(path) == p:  # type: ignore[arg-type]
            raise OSError(5, "Input/output error")
        return real_open(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", broken)
    _raises(p, "cannot be read", "Input/output error")


def test_empty_file(tmp_path: Path) -> None:
    p = tmp_path / "e.wav"
    p.write_bytes(b"")
    _raises(p, "empty")


def test_not_riff(tmp_path: Path) -> None:
    p = tmp_path / "x.wav"
    p.write_bytes(b"ID3\x03\x00" + b"\x00" * 200)
    _raises(p, "not a WAV")


def test_text_file(tmp_path: Path) -> None:
    p = tmp_path / "notes.wav"
    p.write_text("hello")
    _raises(p, "not a WAV")


def test_zero_length_data(tmp_path: Path) -> None:
    p = tmp_path / "z.wav"
    p.write_bytes(riff(fmt_chunk(1, 1, 16000, 16), b""))
    _raises(p, "no audio")


def test_truncated_data(tmp_path: Path) -> None:
    p = tmp_path / "t.wav"
    data = (np.zeros(1000, dtype="<i2")).tobytes()
    p.write_bytes(riff(fmt_chunk(1, 1, 16000, 16), data, data_size=len(data) * 10))
    _raises(p, "truncated")


def test_streaming_placeholder_size(tmp_path: Path) -> None:
    p = tmp_path / "s.wav"
    p.write_bytes(riff(fmt_chunk(1, 1, 16000, 16), b"\x00" * 100, data_size=0xFFFFFFFF))
    _raises(p, "truncated")


def test_no_data_chunk(tmp_path: Path) -> None:
    p = tmp_path / "n.wav"
    fmt = fmt_chunk(1, 1, 16000, 16)
    body = b"WAVE" + b"fmt " + struct.pack("<I", len(fmt)) + fmt
    p.write_bytes(b"RIFF" + struct.pack("<I", len(body)) + body)
    _raises(p, "no data chunk")


def test_no_fmt_chunk(tmp_path: Path) -> None:
    p = tmp_path / "n.wav"
    body = b"WAVE" + b"data" + struct.pack("<I", 4) + b"\x00" * 4
    p.write_bytes(b"RIFF" + struct.pack("<I", len(body)) + body)
    _raises(p, "no fmt chunk")


@pytest.mark.parametrize(("tag", "word"), [(6, "A-law"), (7, "mu-law"), (2, "ADPCM"),
                                           (0x55, "MP3"), (0x1234, "0x1234")])
def test_unsupported_encodings(tmp_path: Path, tag: int, word: str) -> None:
    p = tmp_path / "c.wav"
    p.write_bytes(riff(fmt_chunk(tag, 1, 8000, 8), b"\x00" * 800))
    msg = _raises(p, "unsupported", word)
    assert "sox" in msg  # says what to do


@pytest.mark.parametrize(
    ("fmt", "word"),
    [
        (fmt_chunk(1, 0, 16000, 16, block_align=2), "0 channels"),
        (fmt_chunk(1, 500, 16000, 16), "500 channels"),
        (fmt_chunk(1, 1, 0, 16), "sample rate 0"),
        (fmt_chunk(1, 1, 4_000_000_000, 16), "sample rate"),
        (fmt_chunk(1, 1, 16000, 16, block_align=7), "block align"),
        (fmt_chunk(1, 1, 16000, 12), "12-bit"),
        (fmt_chunk(3, 1, 16000, 16), "16-bit float"),
        (fmt_chunk(0xFFFE, 1, 16000, 16, sub_tag=1, valid_bits=24), "valid bits"),
        (fmt_chunk(0xFFFE, 1, 16000, 16, sub_tag=6), "A-law"),
    ],
)
def test_absurd_headers(tmp_path: Path, fmt: bytes, word: str) -> None:
    p = tmp_path / "a.wav"
    p.write_bytes(riff(fmt, b"\x00" * 64))
    _raises(p, word)


def test_damaged_fmt_chunk(tmp_path: Path) -> None:
    p = tmp_path / "d.wav"
    p.write_bytes(riff(b"\x01\x00\x01\x00", b"\x00" * 64))
    _raises(p, "damaged")


@pytest.mark.parametrize("bad", [np.nan, np.inf, -np.inf])
def test_nan_or_inf_in_float_data(tmp_path: Path, bad: float) -> None:
    x = _tone(16000, seconds=2.0)
    x[24000] = bad
    p = write_float(tmp_path / "n.wav", x, 16000)
    src = FileSource(p)  # the header is fine
    msg = _raises(p, "NaN or infinite", "1.500 s")
    assert msg
    # Blocks before the damage are still delivered, and none contains NaN.
    got = []
    with pytest.raises(WavFormatError):
        for b in src.blocks():
            assert np.isfinite(b).all()
            got.append(b)


def test_error_raised_at_construction(tmp_path: Path) -> None:
    p = tmp_path / "x.wav"
    p.write_bytes(b"garbage!" * 10)
    with pytest.raises(WavFormatError):
        FileSource(p)


def test_block_s_must_be_positive(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        FileSource(write_pcm(tmp_path / "t.wav", _tone(16000), 16000), block_s=0)
