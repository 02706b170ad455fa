"""The analyze benchmark's measurement, targets and report writing (no peer tools needed)."""

from __future__ import annotations

import sys
import wave
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import analyze_benchmark as ab  # noqa: E402


def _report() -> ab.AnalyzeReport:
    rep = ab.AnalyzeReport(10.0, machine="test machine", cpu="pinned to CPU 0")
    rep.results = [ab.ProcResult(ab.OURS, 600.0, 2.5, 2.0, 60.0, 0, round=1),
                   ab.ProcResult("praat", 600.0, 4.0, 3.0, 280.0, 0, round=1),
                   ab.ProcResult(ab.OURS, 600.0, 3.5, 3.0, 61.0, 0, round=2),
                   ab.ProcResult("praat", 600.0, 4.0, 2.5, 280.0, 0, round=2)]
    rep.long = [ab.ProcResult(ab.OURS, 7200.0, 30.0, 28.0, 90.0, 0)]
    return rep


def test_measure_reports_the_child_process_only(tmp_path: Path) -> None:
    res = ab.measure("probe", [sys.executable, "-c", "sum(range(3_000_000))"], 1.0, None)
    assert res.returncode == 0
    assert res.cpu_s > 0 and res.wall_s > 0
    assert 1.0 < res.peak_mb < 1000.0
    bad = ab.measure("probe", [sys.executable, "-c", "raise SystemExit('no such file')"],
                     1.0, None)
    assert bad.returncode == 1 and "no such file" in bad.error


def test_targets_name_the_slowest_round_praat_and_memory() -> None:
    checks = dict((text.split(":")[0], ok) for ok, text in ab.target_checks(_report()))
    assert checks["≥ 250× realtime on one core (CPU time, slowest round)"] is False  # 200x
    assert checks["ahead of Praat, round 1"] is True
    assert checks["ahead of Praat, round 2"] is False
    # Rounds of 1.5x and 0.83x: the median ratio is 1.17x.
    assert checks["ahead of Praat over 2 rounds (median of Praat's CPU time / Companion's)"]
    assert checks["peak RSS ≤ 80 MB for 10 min"] is True
    assert checks["peak RSS ≤ 80 MB for 120 min"] is False


def test_markdown_has_both_rounds_ratios_and_is_replaced_in_place(tmp_path: Path) -> None:
    md = ab.render_markdown(_report())
    assert md.count("| **`companion analyze FILE --json`** |") == 2
    assert "round 1, CPU time relative to Companion's: praat 1.50×" in md
    assert "median over the rounds: praat 1.17×" in md
    assert "| 2 h | 30.0 | 28.0 | 90 | 257× |" in md
    doc = tmp_path / "benchmarks.md"
    doc.write_text("# Benchmarks\n\nintro\n", encoding="utf-8")
    ab.write_docs(md, doc)
    ab.write_docs(md.replace("test machine", "other machine"), doc)
    text = doc.read_text(encoding="utf-8")
    assert text.count(ab.TABLE_START) == 1 and "other machine" in text and "intro" in text


def test_demo_shift_wav_has_the_length_asked_for(tmp_path: Path) -> None:
    path = tmp_path / "shift.wav"
    ab.make_wav(path, 1.5)
    with wave.open(str(path)) as w:
        assert (w.getframerate(), w.getnchannels(), w.getsampwidth()) == (16000, 1, 2)
        assert w.getnframes() == 24000
