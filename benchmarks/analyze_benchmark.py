"""Whole-process speed and memory of ``companion analyze`` next to Praat, pyin and aubio.

Run from the repository root::

    python -m benchmarks.analyze_benchmark [--minutes 10] [--long-hours 2] [--rounds 2]
                                           [--skip pyin,aubio] [--write-docs] [--json OUT]

Each tool runs as its own process, pinned to one CPU core with one thread per BLAS/OpenMP
pool, on the same WAV file (16 kHz mono, 16-bit: the synthetic demo shift of
``companion --demo``, written to a temporary folder and deleted afterwards):

- ``companion analyze FILE --json`` (output to the null device);
- Praat's autocorrelation pitch through parselmouth (``to_pitch_ac``, 10 ms, 60-500 Hz);
- librosa ``pyin`` (60-500 Hz, hop 160, frame 1024, as in ``pitch_benchmark``);
- aubio ``yinfft`` (buffer 1024, hop 160).

Wall time, CPU time (user + system of that process, from ``wait4``), peak RSS and the
realtime factor (audio seconds per CPU second) of every process; everything else running on
a shared machine moves wall time, much less CPU time. The whole comparison is repeated
``--rounds`` times in one run (every other round in reverse order), so the ratios between
tools can be compared across rounds; their median over the rounds is the figure to quote.
Then ``companion analyze`` of a ``--long-hours`` file gives the memory for a long file. A peer
that is not installed is skipped with a note (``pip install -e ".[bench]"``).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import wave
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

from benchmarks.app_benchmark import precompile
from benchmarks.pitch_benchmark import THREAD_VARS

ROOT = Path(__file__).resolve().parent.parent
DOCS_PATH = ROOT / "docs" / "benchmarks.md"
TABLE_START = "<!-- analyze-table:start -->"
TABLE_END = "<!-- analyze-table:end -->"
OURS = "companion"
#: Realtime target of ``companion analyze`` (issue 19) and its memory ceiling (MB).
TARGET_RTF = 250.0
TARGET_PEAK_MB = 80.0

#: Peer runners: ``python -c CODE FILE``; each reads the WAV itself and tracks all of it.
_READ = ("import sys, wave, numpy as np\n"
         "with wave.open(sys.argv[1]) as w:\n"
         "    rate = w.getframerate()\n"
         "    x = np.frombuffer(w.readframes(w.getnframes()), '<i2').astype(np.float32)"
         " / 32768\n")
PEERS: dict[str, tuple[str, str, str]] = {
    "praat": ("parselmouth", "Praat autocorrelation pitch (parselmouth `to_pitch_ac`)",
              "import sys, parselmouth\n"
              "snd = parselmouth.Sound(sys.argv[1])\n"
              "snd.to_pitch_ac(time_step=0.01, pitch_floor=60.0, pitch_ceiling=500.0)\n"),
    "pyin": ("librosa", "librosa `pyin` (hop 160, frame 1024)",
             _READ + "import librosa\n"
             "librosa.pyin(x, fmin=60.0, fmax=500.0, sr=rate, hop_length=160,"
             " frame_length=1024)\n"),
    "aubio": ("aubio", "aubio `yinfft` (buffer 1024, hop 160)",
              _READ + "import aubio\n"
              "p = aubio.pitch('yinfft', 1024, 160, rate)\n"
              "p.set_unit('Hz')\n"
              "n = len(x) // 160\n"
              "for b in x[: n * 160].reshape(n, 160):\n"
              "    p(b)\n"),
}
LABELS = {OURS: "`companion analyze FILE --json`", **{k: v[1] for k, v in PEERS.items()}}


@dataclass
class ProcResult:
    """One process: wall and CPU seconds, peak RSS (MB), exit code, realtime factor."""

    tool: str
    audio_s: float
    wall_s: float
    cpu_s: float
    peak_mb: float
    returncode: int
    round: int = 0
    error: str = ""

    @property
    def rtf(self) -> float:
        """Audio seconds per CPU second."""
        return self.audio_s / self.cpu_s if self.cpu_s > 0 else float("nan")


@dataclass
class AnalyzeReport:
    """Everything one run measured."""

    minutes: float
    results: list[ProcResult] = field(default_factory=list)
    long: list[ProcResult] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    machine: str = ""
    load: str = ""
    cpu: str = ""


def _one_core_env() -> dict[str, str]:
    path = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p)
    return dict(os.environ, PYTHONPATH=path, **dict.fromkeys(THREAD_VARS, "1"))


def measure(tool: str, cmd: Sequence[str], audio_s: float, cpu: int | None) -> ProcResult:
    """Run ``cmd`` (stdout discarded) pinned to ``cpu``; its own rusage via ``wait4``."""
    def pin() -> None:
        if cpu is not None:
            os.sched_setaffinity(0, {cpu})

    t0 = time.perf_counter()
    proc = subprocess.Popen(list(cmd), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env=_one_core_env(), cwd=ROOT,
                            preexec_fn=pin if hasattr(os, "sched_setaffinity") else None)
    assert proc.stderr is not None
    err = proc.stderr.read().decode("utf-8", "replace")
    _pid, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    proc.stderr.close()
    scale = 1.0 / 2**20 if sys.platform == "darwin" else 1.0 / 1024  # bytes vs KiB
    tail = err.strip().splitlines()[-1] if proc.returncode and err.strip() else ""
    return ProcResult(tool, audio_s, wall, usage.ru_utime + usage.ru_stime,
                      usage.ru_maxrss * scale, proc.returncode, error=tail)


def _commands(path: Path, notes: list[str], skip: Sequence[str]) -> dict[str, list[str]]:
    """The command of every tool that is installed and not skipped (a note for each one that
    is not installed)."""
    cmds = {OURS: [sys.executable, "-m", "companion", "analyze", str(path), "--json"]}
    for name, (module, _label, code) in PEERS.items():
        if name in skip:
            continue
        probe = subprocess.run([sys.executable, "-c", f"import {module}"],
                               capture_output=True, env=_one_core_env(), check=False)
        if probe.returncode:
            notes.append(f"{name}: skipped (`import {module}` failed; "
                         "pip install -e \".[bench]\")")
            continue
        cmds[name] = [sys.executable, "-c", code, str(path)]
    return cmds


def make_wav(path: Path, seconds: float) -> None:
    """``seconds`` of the demo shift (``DemoSource``: calm and heated calls between pauses,
    over a noise floor; seeds 0, 1, ... one after the other), 16 kHz 16-bit mono, written
    block by block so that a long file never sits in memory."""
    from companion.audio import SAMPLE_RATE_HZ, DemoSource

    n_total = int(round(seconds * SAMPLE_RATE_HZ))
    written, seed = 0, 0
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(SAMPLE_RATE_HZ)
        while written < n_total:
            for block in DemoSource(seed=seed, block_s=1.0).blocks():
                take = min(block.shape[0], n_total - written)
                pcm = np.clip(block[:take], -1.0, 1.0) * 32767.0
                w.writeframes(pcm.astype("<i2").tobytes())
                written += take
                if written >= n_total:
                    break
            seed += 1


def run(minutes: float, long_hours: float, rounds: int, skip: Sequence[str] = (),
        progress: Callable[[str], None] = print) -> AnalyzeReport:
    """Time every tool ``rounds`` times on a ``minutes`` file, then analyze a long file."""
    report = AnalyzeReport(minutes)
    report.machine = (f"{platform.machine()}, {os.cpu_count()} cores, {platform.system()}, "
                      f"Python {platform.python_version()}, numpy {np.__version__}")
    cpu = min(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None
    report.cpu = f"pinned to CPU {cpu}" if cpu is not None else "not pinned"
    loads = []
    precompile()
    with tempfile.TemporaryDirectory(prefix="analyzebench-") as tmp:
        path = Path(tmp) / "speech.wav"
        audio_s = minutes * 60.0
        make_wav(path, audio_s)
        cmds = _commands(path, report.notes, skip)
        for r in range(1, rounds + 1):
            # Every other round in reverse order, so that no tool always runs first.
            order = list(cmds.items()) if r % 2 else list(reversed(cmds.items()))
            for tool, cmd in order:
                loads.append(os.getloadavg()[0] if hasattr(os, "getloadavg") else math.nan)
                res = measure(tool, cmd, audio_s, cpu)
                res.round = r
                report.results.append(res)
                progress(f"round {r} {tool:<10} wall {res.wall_s:7.2f} s  CPU {res.cpu_s:7.2f} s"
                         f"  peak {res.peak_mb:6.0f} MB  {res.rtf:6.0f}x realtime"
                         + (f"  FAILED: {res.error}" if res.returncode else ""))
        path.unlink()
        if long_hours > 0:
            long_path = Path(tmp) / "long.wav"
            make_wav(long_path, long_hours * 3600.0)
            cmd = [sys.executable, "-m", "companion", "analyze", str(long_path), "--json"]
            res = measure(OURS, cmd, long_hours * 3600.0, cpu)
            report.long.append(res)
            progress(f"long {long_hours:g} h  wall {res.wall_s:7.1f} s  CPU {res.cpu_s:7.1f} s  "
                     f"peak {res.peak_mb:6.0f} MB  {res.rtf:6.0f}x realtime")
    finite = [x for x in loads if math.isfinite(x)]
    if finite:
        report.load = f"load average {min(finite):.1f}–{max(finite):.1f} during the runs"
    return report


# --------------------------------------------------------------------------- reporting


def _fmt_rtf(x: float) -> str:
    return "—" if not math.isfinite(x) else f"{x:,.0f}×"


def _rows(report: AnalyzeReport) -> list[str]:
    lines = ["| Round | Tool | wall (s) | CPU (s) | peak RSS (MB) | × realtime (CPU) |",
             "|---:|---|---:|---:|---:|---:|"]
    for r in report.results:
        name = f"**{LABELS[r.tool]}**" if r.tool == OURS else LABELS[r.tool]
        if r.returncode:
            lines.append(f"| {r.round} | {name} | failed: {r.error} | | | |")
            continue
        lines.append(f"| {r.round} | {name} | {r.wall_s:.2f} | {r.cpu_s:.2f} | "
                     f"{r.peak_mb:.0f} | {_fmt_rtf(r.rtf)} |")
    return lines + [""]


def round_ratios(report: AnalyzeReport) -> dict[int, dict[str, float]]:
    """Per round Companion finished, in order: every peer that finished too, with its CPU
    time over Companion's (how many times faster Companion was)."""
    out: dict[int, dict[str, float]] = {}
    for rnd in sorted({r.round for r in report.results}):
        ours = next((r for r in report.results if r.round == rnd and r.tool == OURS
                     and not r.returncode), None)
        if ours is not None:
            out[rnd] = {r.tool: r.cpu_s / ours.cpu_s for r in report.results
                        if r.round == rnd and r.tool != OURS and not r.returncode}
    return out


def peer_ratios(report: AnalyzeReport) -> dict[str, list[float]]:
    """:func:`round_ratios` per peer, in round order."""
    out: dict[str, list[float]] = {}
    for ratios in round_ratios(report).values():
        for tool, ratio in ratios.items():
            out.setdefault(tool, []).append(ratio)
    return out


def _ratios(report: AnalyzeReport) -> list[str]:
    """Per round: every peer's CPU time over Companion's; then the median over the rounds
    (one process's CPU time moves by ±5-10 % on a shared machine: the median is the
    figure to compare)."""
    lines = [f"- round {rnd}, CPU time relative to Companion's: "
             + ", ".join(f"{tool} {ratio:.2f}×" for tool, ratio in ratios.items())
             for rnd, ratios in round_ratios(report).items() if ratios]
    medians = [f"{tool} {statistics.median(v):.2f}×" for tool, v in peer_ratios(report).items()]
    if medians:
        lines.append("- median over the rounds: " + ", ".join(medians))
    return lines + ([""] if lines else [])


def target_checks(report: AnalyzeReport) -> list[tuple[bool, str]]:
    """Issue 19's analyze targets: ≥ 250× realtime, ahead of Praat, ≤ 80 MB flat."""
    ours = [r for r in report.results if r.tool == OURS and not r.returncode]
    if not ours:
        return []
    worst = min(ours, key=lambda r: r.rtf)
    checks = [(worst.rtf >= TARGET_RTF, f"≥ {TARGET_RTF:.0f}× realtime on one core "
               f"(CPU time, slowest round): {_fmt_rtf(worst.rtf)}")]
    praat = [r for r in report.results if r.tool == "praat" and not r.returncode]
    for p in praat:
        o = next((r for r in ours if r.round == p.round), None)
        if o is not None:
            checks.append((o.cpu_s < p.cpu_s, f"ahead of Praat, round {p.round}: "
                           f"{o.cpu_s:.2f} s vs {p.cpu_s:.2f} s CPU"))
    ratios = peer_ratios(report).get("praat", [])
    if ratios:
        med = statistics.median(ratios)
        checks.append((med > 1.0, f"ahead of Praat over {len(ratios)} rounds (median of "
                       f"Praat's CPU time / Companion's): {med:.2f}×"))
    for r in [worst, *report.long]:
        checks.append((r.peak_mb <= TARGET_PEAK_MB, f"peak RSS ≤ {TARGET_PEAK_MB:.0f} MB for "
                       f"{r.audio_s / 60:g} min: {r.peak_mb:.0f} MB"))
    return checks


def render_markdown(report: AnalyzeReport) -> str:
    """The generated part of docs/benchmarks.md (between the analyze-table markers)."""
    lines = [f"_Generated by `python -m benchmarks.analyze_benchmark --write-docs` "
             f"({report.minutes:g} min file; {report.machine}; every process {report.cpu}"
             + (f"; {report.load}" if report.load else "") + ")._", ""]
    lines += _rows(report) + _ratios(report)
    if report.long:
        lines += ["Long file, `companion analyze FILE --json`:", "",
                  "| Audio | wall (s) | CPU (s) | peak RSS (MB) | × realtime (CPU) |",
                  "|---|---:|---:|---:|---:|"]
        for r in report.long:
            lines.append(f"| {r.audio_s / 3600:g} h | {r.wall_s:.1f} | {r.cpu_s:.1f} | "
                         f"{r.peak_mb:.0f} | {_fmt_rtf(r.rtf)} |")
        lines.append("")
    checks = target_checks(report)
    if checks:
        lines += ["Targets:", ""] + [f"- {'✅' if ok else '❌'} {t}" for ok, t in checks] + [""]
    if report.notes:
        lines += ["Notes from this run:", ""] + [f"- {n}" for n in report.notes] + [""]
    return "\n".join(lines)


def write_docs(markdown: str, path: Path = DOCS_PATH) -> None:
    """Replace the text between the analyze-table markers in ``path`` (appended if absent)."""
    block = f"{TABLE_START}\n{markdown}\n{TABLE_END}"
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    if TABLE_START in text and TABLE_END in text:
        head, rest = text.split(TABLE_START, 1)
        _old, tail = rest.split(TABLE_END, 1)
        text = head + block + tail
    else:
        text = text.rstrip("\n") + f"\n\n## `companion analyze`, whole process\n\n{block}\n"
    path.write_text(text, encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point; returns the exit code."""
    ap = argparse.ArgumentParser(prog="python -m benchmarks.analyze_benchmark",
                                 description=__doc__.split("\n")[0])
    ap.add_argument("--minutes", type=float, default=10.0, help="length of the speed file")
    ap.add_argument("--long-hours", type=float, default=2.0,
                    help="length of the memory file (0: skip)")
    ap.add_argument("--rounds", type=int, default=2, help="repeat the comparison")
    ap.add_argument("--skip", default="", metavar="TOOLS",
                    help=f"comma-separated peers to leave out ({', '.join(PEERS)})")
    ap.add_argument("--write-docs", action="store_true", help=f"write into {DOCS_PATH.name}")
    ap.add_argument("--json", type=Path, metavar="OUT", help="also write raw results as JSON")
    args = ap.parse_args(argv)
    if not args.minutes > 0 or args.rounds < 1 or args.long_hours < 0:
        ap.error("--minutes must be > 0, --rounds >= 1, --long-hours >= 0")
    skip = [t for t in args.skip.split(",") if t]
    unknown = sorted(set(skip) - set(PEERS))
    if unknown:
        ap.error(f"--skip: unknown tool {', '.join(unknown)} (peers: {', '.join(PEERS)})")
    report = run(args.minutes, args.long_hours, args.rounds, skip,
                 progress=lambda s: print(s, flush=True))
    md = render_markdown(report)
    print()
    print(md)
    if args.write_docs:
        write_docs(md)
        print(f"wrote {DOCS_PATH}", file=sys.stderr)
    if args.json:
        args.json.write_text(json.dumps(asdict(report), indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
