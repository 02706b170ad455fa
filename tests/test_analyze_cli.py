"""``companion analyze``: summary, JSON contract, CSV, PNG plot and every bad-input path."""

from __future__ import annotations

import csv
import io
import json
import struct
import subprocess
import sys
import wave
from pathlib import Path

import numpy as np
import pytest

from companion.cli import main
from companion.pipeline import AnalysisSummary, FrameCollector, JsonWriter, analyze_file

SR = 16000


def _tone_then_silence() -> np.ndarray:
    t = np.arange(2 * SR) / SR
    x = sum((0.6 / k) * np.sin(2 * np.pi * k * 180.0 * t) for k in range(1, 8))
    return np.concatenate([0.3 * x, np.zeros(SR)]).astype(np.float32)


def _write_pcm16(path: Path, x: np.ndarray, rate: int = SR, channels: int = 1) -> Path:
    data = np.repeat(x[:, None], channels, axis=1) if channels > 1 else x
    with wave.open(str(path), "wb") as w:
        w.setnchannels(channels)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes((np.clip(data, -1, 1) * 32767).astype("<i2").tobytes())
    return path


def _write_float32(path: Path, x: np.ndarray, rate: int = SR) -> Path:
    data = np.asarray(x, dtype="<f4").tobytes()
    fmt = struct.pack("<HHIIHH", 3, 1, rate, rate * 4, 4, 32)
    body = b"WAVE" + b"fmt " + struct.pack("<I", len(fmt)) + fmt + b"data" + struct.pack("<I", len(data)) + data
    path.write_bytes(b"RIFF" + struct.pack("<I", len(body)) + body)
    return path


@pytest.fixture(scope="module")
def tone_wav(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _write_pcm16(tmp_path_factory.mktemp("wav") / "tone.wav", _tone_then_silence())


def _analysis(path: Path, **kw) -> tuple[AnalysisSummary, FrameCollector, str]:
    """Summary, every frame and the --json text of one analysis."""
    frames, writer = FrameCollector(), JsonWriter(SR, 0.01)
    summary = analyze_file(path, sinks=[frames, writer], **kw)
    out = io.StringIO()
    writer.finish(summary.to_dict(), out)
    writer.close()
    return summary, frames, out.getvalue()


@pytest.fixture(scope="module")
def tone_analysis(tone_wav: Path) -> tuple[AnalysisSummary, FrameCollector, str]:
    return _analysis(tone_wav)


def test_json_matches_the_contract(tone_wav: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(tone_wav), "--json"]) == 0
    out = capsys.readouterr().out
    assert "NaN" not in out and "Infinity" not in out
    d = json.loads(out)
    assert d["sample_rate"] == 16000 and d["hop_s"] == 0.01
    fr, s = d["frames"], d["summary"]
    n = len(fr["t"])
    assert n == 300
    assert all(len(fr[k]) == n for k in ("t", "f0_hz", "voiced", "rms_dbfs", "arousal"))
    assert fr["t"][0] == 0.005 and fr["t"][-1] == 2.995
    assert abs(s["duration_s"] - 3.0) < 1e-6
    assert s["f0_median_hz"] == pytest.approx(180.0, rel=0.005)
    assert 0.6 < s["voiced_ratio"] < 0.72
    assert s["arousal_mean"] is None and s["episodes"] == []
    assert all(a is None for a in fr["arousal"])
    for t, f, v in zip(fr["t"], fr["f0_hz"], fr["voiced"], strict=True):
        assert (f is None) == (not v)
        if t > 2.05:
            assert f is None
    assert all(isinstance(x, float) for x in fr["rms_dbfs"])


def test_summary_is_short_and_readable(tone_wav: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(tone_wav)]) == 0
    out = capsys.readouterr().out
    assert "3.00 s" in out and "180.0 Hz" in out and len(out.splitlines()) <= 8


def test_csv_has_every_frame_field(tone_wav: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(tone_wav), "--csv"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    header, body = rows[0], rows[1:]
    assert header[:3] == ["t_s", "f0_hz", "voiced"]
    for col in ("rms_dbfs", "speech", "alpha_ratio_db", "hammarberg_db",
                "spectral_slope_db_per_khz", "centroid_hz", "syllable_rate_hz", "arousal"):
        assert col in header
    assert len(body) == 300 and all(len(r) == len(header) for r in body)
    f0 = header.index("f0_hz")
    assert float(body[100][f0]) == pytest.approx(180.0, rel=0.01)
    assert body[-1][f0] == "" and body[-1][header.index("voiced")] == "0"


def test_json_and_csv_are_exclusive(tone_wav: Path) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["analyze", str(tone_wav), "--json", "--csv"])
    assert exc.value.code != 0


def test_plot_writes_a_png_offscreen(tone_wav: Path, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    import pyqtgraph as pg

    before = pg.getConfigOption("background")
    out = tmp_path / "plot.png"
    assert main(["analyze", str(tone_wav), "--json", "--plot", str(out)]) == 0
    json.loads(capsys.readouterr().out)  # stdout still holds only the JSON object
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 5000
    assert pg.getConfigOption("background") == before  # process-wide options restored


def test_plot_to_a_missing_folder_is_a_clear_error(tone_wav: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(tone_wav), "--plot", str(tmp_path / "no" / "p.png")]) != 0
    err = capsys.readouterr().err.strip()
    assert err.startswith("companion: error:") and "does not exist" in err and "\n" not in err


def test_json_writer_gives_the_bytes_of_one_json_dumps(tone_analysis) -> None:
    """The column-by-column writer equals json.dumps of the whole object (the contract's
    bytes), talker column and new summary keys included."""
    from companion.pipeline.output import rounded
    from companion.wearer import talker_labels

    summary, frames, text = tone_analysis
    fr, sc = frames.features, frames.scored
    whole = {"sample_rate": 16000, "hop_s": 0.01, "frames": {
        "t": rounded(fr.t_s, 4), "f0_hz": rounded(fr.f0_hz, 2), "voiced": fr.voiced.tolist(),
        "rms_dbfs": rounded(fr.rms_dbfs, 2), "arousal": rounded(sc.arousal, 2),
        "talker": talker_labels(sc.talker)}, "summary": summary.to_dict()}
    assert text == json.dumps(whole, allow_nan=False, separators=(",", ":")) + "\n"


def test_streaming_pipeline_equals_batch_features(tone_wav: Path, tone_analysis) -> None:
    from companion.features import extract_features

    x = _tone_then_silence()
    batch = extract_features((np.round(x * 32767) / 32768).astype(np.float32))
    streamed = tone_analysis[1].features
    assert len(batch) == len(streamed)
    assert np.allclose(batch.f0_hz, streamed.f0_hz, equal_nan=True, rtol=1e-3)


def test_stereo_44k_file_is_resampled(tmp_path: Path) -> None:
    rate = 44100
    t = np.arange(int(1.5 * rate)) / rate
    x = (0.2 * sum(np.sin(2 * np.pi * k * 220.0 * t) / k for k in range(1, 6))).astype(np.float32)
    a, _, _ = _analysis(_write_pcm16(tmp_path / "st.wav", x, rate=rate, channels=2))
    assert a.duration_s == pytest.approx(1.5, abs=0.01)
    assert a.f0_median_hz == pytest.approx(220.0, rel=0.01)


def _bad_files(tmp: Path) -> dict[str, Path]:
    text = tmp / "text.wav"
    text.write_text("not audio\n")
    empty = tmp / "empty.wav"
    empty.write_bytes(b"")
    good = _write_pcm16(tmp / "good.wav", _tone_then_silence()[:SR])
    truncated = tmp / "truncated.wav"
    truncated.write_bytes(good.read_bytes()[:30])
    zero = _write_pcm16(tmp / "zero.wav", np.zeros(0, np.float32))
    x = _tone_then_silence()[:SR].copy()
    x[5000] = np.nan
    nan = _write_float32(tmp / "nan.wav", x)
    x[5000] = np.inf
    inf = _write_float32(tmp / "inf.wav", x)
    folder = tmp / "folder.wav"
    folder.mkdir()
    return {"text": text, "empty": empty, "truncated": truncated, "zero-length": zero,
            "nan": nan, "inf": inf, "missing": tmp / "nope.wav", "directory": folder}


@pytest.mark.parametrize("kind", ["text", "empty", "truncated", "zero-length", "nan", "inf",
                                  "missing", "directory"])
def test_bad_input_is_one_line_on_stderr(kind: str, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    path = _bad_files(tmp_path)[kind]
    rc = main(["analyze", str(path), "--json"])
    captured = capsys.readouterr()
    assert rc != 0
    assert captured.out == ""
    err = captured.err.strip()
    assert err.startswith("companion: error:") and "\n" not in err
    assert path.name in err


def test_subprocess_no_traceback_and_no_qt(tmp_path: Path, tone_wav: Path) -> None:
    bad = _bad_files(tmp_path)["text"]
    proc = subprocess.run([sys.executable, "-m", "companion", "analyze", str(bad)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode != 0 and "Traceback" not in proc.stderr and proc.stderr.strip()
    code = ("import sys, io, contextlib\n"
            "from companion.cli import main\n"
            f"with contextlib.redirect_stdout(io.StringIO()): rc = main(['analyze', {str(tone_wav)!r}, '--json'])\n"
            "assert rc == 0\n"
            "sys.exit(1 if any(m.startswith(('PySide6', 'pyqtgraph')) for m in sys.modules) else 0)\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr


def test_block_size_does_not_change_the_analysis(tone_wav: Path, tone_analysis) -> None:
    _, frames, text = _analysis(tone_wav, block_s=0.037)
    assert frames.features.equals(tone_analysis[1].features)
    assert frames.scored.equals(tone_analysis[1].scored)
    assert text == tone_analysis[2]
