"""`companion analyze` with arousal: self-calibration, --baseline, --save-baseline."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from companion.cli import main
from tests.helpers.espeak import AGITATED, CALM, espeak_available, espeak_samples
from tests.helpers.wav import write_wav

pytestmark = pytest.mark.skipif(not espeak_available(), reason="espeak-ng is not installed")

TEXT = (
    "Thanks for calling. I understand this has been frustrating, and I am going to look "
    "into your account right now. Let me check the last three invoices and see what went "
    "wrong with the billing. I will stay with you until this is sorted out."
)


def _write(path: Path, x: np.ndarray) -> Path:
    return write_wav(path, x)


@pytest.fixture(scope="module")
def voice(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("voice")
    calm = espeak_samples(TEXT, voice="en-us", rendition=CALM)
    agitated = espeak_samples(TEXT, voice="en-us", rendition=AGITATED)
    return {"calm": _write(d / "calm.wav", calm), "agitated": _write(d / "agitated.wav", agitated)}


def _analyze(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, dict | None, str]:
    rc = main(["analyze", *args])
    out = capsys.readouterr()
    return rc, (json.loads(out.out) if rc == 0 and "--json" in args else None), out.err


def test_calm_file_calibrated_on_itself_sits_near_usual(voice, capsys) -> None:
    rc, d, _ = _analyze([str(voice["calm"]), "--json"], capsys)
    assert rc == 0
    values = [a for a in d["frames"]["arousal"] if a is not None]
    assert len(values) > 200
    assert 40 <= d["summary"]["arousal_mean"] <= 60
    assert d["summary"]["episodes"] == []


def test_agitated_against_the_calm_baseline_scores_higher_with_an_episode(
        voice, capsys, tmp_path: Path) -> None:
    baseline = tmp_path / "me.json"
    rc, _, _ = _analyze([str(voice["calm"]), "--save-baseline", str(baseline)], capsys)
    assert rc == 0 and baseline.is_file()
    assert baseline.stat().st_size < 4096  # a few numbers, no audio
    rc, calm, _ = _analyze([str(voice["calm"]), "--json", "--baseline", str(baseline)], capsys)
    rc2, agit, _ = _analyze([str(voice["agitated"]), "--json", "--baseline", str(baseline)],
                            capsys)
    assert rc == rc2 == 0
    assert agit["summary"]["arousal_mean"] - calm["summary"]["arousal_mean"] > 20
    assert agit["summary"]["episodes"], "agitated speech should open a tense episode"
    ep = agit["summary"]["episodes"][0]
    assert set(ep) >= {"start_s", "end_s", "peak"} and ep["peak"] > 70


def test_bad_baseline_file_is_one_clear_line(voice, capsys, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    rc, _, err = _analyze([str(voice["calm"]), "--json", "--baseline", str(bad)], capsys)
    assert rc != 0 and "bad.json" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_too_little_speech_gives_null_arousal_and_no_baseline_to_save(capsys,
                                                                     tmp_path: Path) -> None:
    t = np.arange(8000) / 16000
    short = _write(tmp_path / "short.wav", 0.3 * np.sin(2 * np.pi * 150 * t))
    rc, d, _ = _analyze([str(short), "--json"], capsys)
    assert rc == 0 and d["summary"]["arousal_mean"] is None
    assert all(a is None for a in d["frames"]["arousal"])
    rc, _, err = _analyze([str(short), "--save-baseline", str(tmp_path / "b.json")], capsys)
    assert rc != 0 and "too little voiced speech" in err


def test_analyze_start_up_does_not_load_scipy_signal_or_qt(tmp_path: Path) -> None:
    """Keeps `companion analyze` start-up fast: heavy modules load only when needed."""
    t = np.arange(16000) / 16000
    wav = _write(tmp_path / "t.wav", 0.3 * np.sin(2 * np.pi * 180 * t))
    code = (
        "import sys, io, contextlib; from companion.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()): main(['analyze', sys.argv[1], '--json'])\n"
        "print(','.join(m for m in sys.modules if m.startswith(('scipy.signal','PySide6'))))"
    )
    out = subprocess.run([sys.executable, "-c", code, str(wav)], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == ""
