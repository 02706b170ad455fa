"""Pitch-tracking benchmark: Companion's tracker vs librosa pyin, aubio yinfft and Praat.

Run from the repository root::

    python -m benchmarks.pitch_benchmark [--quick] [--write-docs] [--json OUT.json]
                                         [--per-clip [TOOL]]

All trackers run in one process on one CPU core (affinity pinned to a single core where the
OS allows it, BLAS/OpenMP/numba limited to one thread), on the same corpus
(``benchmarks.pitch_corpus``), scored on the same 10 ms ground-truth frames (nearest tracker
frame). A peer whose package is missing is skipped with a note, never a crash. Runs on the
main thread; the peers (librosa, parselmouth, aubio) are optional bench extras, GPL ones
included, and never runtime dependencies of Companion.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import math
import os
import platform
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

from benchmarks import pitch_corpus as pc

F0_MIN_HZ = 60.0
F0_MAX_HZ = 500.0
HOP_SAMPLES = 160
PYIN_FRAME = 1024  # 64 ms; librosa's default 2048 is 128 ms at 16 kHz (see docs)
AUBIO_BUF = 1024  # >= 2 periods at 60 Hz (534 samples) at 16 kHz
AUBIO_TOLERANCE = 0.45  # yinfft: frames whose YIN minimum is above this are unvoiced (swept)
AUBIO_SILENCE_DB = -50.0  # dBFS over the hop; quieter hops are unvoiced
TABLE_START = "<!-- pitch-table:start -->"
TABLE_END = "<!-- pitch-table:end -->"
DOCS_PATH = Path(__file__).resolve().parent.parent / "docs" / "benchmarks.md"
OURS = "companion"
THREAD_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS",
               "NUMEXPR_NUM_THREADS", "NUMBA_NUM_THREADS", "VECLIB_MAXIMUM_THREADS")


@dataclass
class Track:
    """A tracker's output: frame times (s), F0 (Hz, NaN/0 unvoiced), voiced flags."""

    t_s: np.ndarray
    f0_hz: np.ndarray
    voiced: np.ndarray


@dataclass
class Tool:
    """A pitch tracker under test. ``track(samples, rate_hz)`` runs it on float32 samples."""

    name: str
    label: str
    track: Callable[[np.ndarray, int], Track]
    settings: str


@dataclass
class ToolResult:
    """Scores and timing (``cpu_s``: process CPU seconds) of one tool on one condition."""

    tool: str
    condition: str
    gpe_pct: float
    fpe_mean_abs_cents: float
    fpe_std_cents: float
    vde_pct: float
    rtf: float
    audio_s: float
    cpu_s: float
    n_scored: int
    n_voiced_both: int
    error: str | None = None
    n_gross: int = 0
    n_octave_down: int = 0
    n_octave_up: int = 0
    n_missed: int = 0
    n_false_alarm: int = 0
    per_clip: dict[str, dict[str, float]] = field(default_factory=dict)


@dataclass
class MemoryResult:
    """Peak traced memory (MiB) and RSS growth of our streaming extractor per stream length.

    ``mode`` is ``"blocks"`` (in-memory 100 ms blocks) or ``"file"`` (WAV via FileSource).
    """

    duration_s: float
    peak_traced_mib: float
    rss_growth_mib: float
    seconds: float
    mode: str


@dataclass
class BenchReport:
    """Everything one run measured."""

    mode: str
    results: list[ToolResult] = field(default_factory=list)
    memory: list[MemoryResult] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    tools: dict[str, str] = field(default_factory=dict)
    conditions: list[tuple[str, int, float, int]] = field(default_factory=list)
    wall_s: float = 0.0
    machine: str = ""
    engine: str = ""


# --------------------------------------------------------------------------- tools


def _companion_tool() -> Tool:
    from companion.features import FeatureConfig, extract_features

    config = FeatureConfig()

    def track(x: np.ndarray, rate_hz: int) -> Track:
        if rate_hz != config.sample_rate_hz:
            raise ValueError(f"companion expects {config.sample_rate_hz} Hz, got {rate_hz}")
        fr = extract_features(np.asarray(x, dtype=np.float32), config)
        return Track(np.asarray(fr.t_s), np.asarray(fr.f0_hz), np.asarray(fr.voiced))

    return Tool(OURS, "Companion (YIN-family)", track,
                f"FeatureConfig() defaults: {config.f0_min_hz:g}-{config.f0_max_hz:g} Hz, "
                f"hop {config.hop_s * 1000:g} ms")


def _pyin_tool() -> Tool:
    import librosa

    def track(x: np.ndarray, rate_hz: int) -> Track:
        f0, voiced, _prob = librosa.pyin(np.asarray(x, dtype=np.float32), fmin=F0_MIN_HZ,
                                         fmax=F0_MAX_HZ, sr=rate_hz, hop_length=HOP_SAMPLES,
                                         frame_length=PYIN_FRAME)
        t = librosa.times_like(f0, sr=rate_hz, hop_length=HOP_SAMPLES)
        return Track(t, f0, voiced)

    return Tool("pyin", f"librosa {librosa.__version__} pyin", track,
                f"fmin {F0_MIN_HZ:g}, fmax {F0_MAX_HZ:g}, hop 160, "
                f"frame_length {PYIN_FRAME}, voicing = its HMM voiced flag")


def _aubio_tool() -> Tool:
    import aubio

    def track(x: np.ndarray, rate_hz: int) -> Track:
        p = aubio.pitch("yinfft", AUBIO_BUF, HOP_SAMPLES, rate_hz)
        p.set_unit("Hz")
        p.set_tolerance(AUBIO_TOLERANCE)
        p.set_silence(AUBIO_SILENCE_DB)
        x = np.asarray(x, dtype=np.float32)
        n_hops = int(math.ceil(len(x) / HOP_SAMPLES)) + AUBIO_BUF // HOP_SAMPLES
        padded = np.zeros(n_hops * HOP_SAMPLES, dtype=np.float32)
        padded[: len(x)] = x
        blocks = padded.reshape(n_hops, HOP_SAMPLES)
        f0 = np.fromiter((p(b)[0] for b in blocks), dtype=np.float64, count=n_hops)
        # After hop i the analysis window covers [(i+1)*hop - buf, (i+1)*hop).
        t = ((np.arange(n_hops) + 1) * HOP_SAMPLES - AUBIO_BUF / 2) / rate_hz
        keep = t >= 0
        return Track(t[keep], f0[keep], f0[keep] > 0)

    return Tool("aubio", f"aubio {aubio.version} yinfft", track,
                f"buf {AUBIO_BUF}, hop 160, tolerance {AUBIO_TOLERANCE:g}, silence "
                f"{AUBIO_SILENCE_DB:g} dB (get_confidence() is always 0 for yinfft in 0.4.9, "
                "so voicing = tolerance + silence gate)")


def _praat_tool() -> Tool:
    import parselmouth

    def track(x: np.ndarray, rate_hz: int) -> Track:
        t, f0, v = praat_reference(x, rate_hz)
        return Track(t, f0, v)

    return Tool("praat", f"Praat {parselmouth.PRAAT_VERSION} (parselmouth) AC", track,
                f"to_pitch_ac(time_step 0.01, floor {F0_MIN_HZ:g}, ceiling {F0_MAX_HZ:g}), "
                "other settings Praat defaults")


def praat_reference(x: np.ndarray, rate_hz: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Praat autocorrelation pitch ``(t_s, f0_hz, voiced)``; also the espeak reference."""
    import parselmouth

    snd = parselmouth.Sound(np.asarray(x, dtype=np.float64), sampling_frequency=rate_hz)
    pitch = snd.to_pitch_ac(time_step=0.01, pitch_floor=F0_MIN_HZ, pitch_ceiling=F0_MAX_HZ)
    f0 = np.asarray(pitch.selected_array["frequency"], dtype=np.float64)
    return np.asarray(pitch.xs(), dtype=np.float64), f0, f0 > 0


TOOL_FACTORIES: tuple[tuple[str, Callable[[], Tool], str], ...] = (
    (OURS, _companion_tool, "companion.features (extract_features) not importable yet"),
    ("pyin", _pyin_tool, "pip install librosa"),
    ("aubio", _aubio_tool, "pip install aubio (needs a C compiler)"),
    ("praat", _praat_tool, "pip install praat-parselmouth"),
)


def load_tools(notes: list[str]) -> list[Tool]:
    """Every tool that can be imported; a note for each one that cannot."""
    tools = []
    for name, factory, hint in TOOL_FACTORIES:
        try:
            tools.append(factory())
        except Exception as exc:  # a missing/broken peer must never stop the run
            notes.append(f"{name}: skipped ({type(exc).__name__}: {exc}; {hint})")
    return tools


# --------------------------------------------------------------------------- corpus


def build_corpus(spec: pc.CorpusSpec, notes: list[str]) -> list[pc.PitchItem]:
    """Clean + white/babble at 20/10/0 dB + (if espeak-ng and Praat exist) the espeak subset."""
    clean = pc.synthetic_clean(spec)
    items = [it for it, _ in clean] + pc.noisy_conditions(clean, spec.seed)
    try:
        from tests.helpers.espeak import AGITATED, CALM, espeak_available, espeak_samples
    except Exception as exc:
        notes.append(f"espeak: skipped (tests/helpers/espeak.py: {type(exc).__name__}: {exc}; "
                     "run from the repository root)")
        return items
    if not espeak_available():
        notes.append("espeak: skipped (espeak-ng not on PATH; apt-get install espeak-ng)")
        return items
    try:
        import parselmouth  # noqa: F401  (reference tracker)
    except Exception as exc:
        notes.append(f"espeak: skipped, Praat is its reference ({type(exc).__name__}: {exc}; "
                     "pip install praat-parselmouth)")
        return items
    styles = {"calm": CALM, "agitated": AGITATED}
    items += pc.espeak_items(spec, praat_reference, lambda text, voice, style: espeak_samples(
        text, voice=voice, rendition=styles[style]))
    return items


# --------------------------------------------------------------------------- running


@contextlib.contextmanager
def single_core() -> Iterator[str]:
    """Pin this process to one CPU and cap BLAS/OpenMP pools at one thread while inside."""
    desc = []
    old_aff = None
    if hasattr(os, "sched_getaffinity"):
        old_aff = os.sched_getaffinity(0)
        os.sched_setaffinity(0, {min(old_aff)})
        desc.append(f"affinity CPU {min(old_aff)}")
    limiter = contextlib.nullcontext()
    with contextlib.suppress(ImportError):
        from threadpoolctl import threadpool_limits

        limiter = threadpool_limits(limits=1)
        desc.append("threadpoolctl 1 thread")
    try:
        with limiter:
            yield ", ".join(desc) or "no pinning available"
    finally:
        if old_aff is not None:
            os.sched_setaffinity(0, old_aff)


def _condition_order(items: Sequence[pc.PitchItem]) -> list[str]:
    seen: list[str] = []
    for it in items:
        if it.condition not in seen:
            seen.append(it.condition)
    return seen


def run_tool(tool: Tool, items: Sequence[pc.PitchItem], condition: str) -> ToolResult:
    """Run ``tool`` on the items of one condition, pooling frames for the scores."""
    ref_f0, ref_v, est_f0, est_v, sel = [], [], [], [], []
    cpu = 0.0
    audio = 0.0
    per_clip: dict[str, dict[str, float]] = {}
    for it in items:
        t0 = time.process_time()  # CPU time: robust to other jobs on a shared machine
        tr = tool.track(it.samples, it.sample_rate_hz)
        cpu += time.process_time() - t0
        audio += it.duration_s
        f0, v = pc.align_nearest(tr.t_s, tr.f0_hz, tr.voiced, it.t_s)
        ref_f0.append(it.f0_hz)
        ref_v.append(it.voiced)
        est_f0.append(f0)
        est_v.append(v)
        sel.append(it.scored)
        c = pc.score_frames(it.f0_hz, it.voiced, f0, v, it.scored)
        per_clip[it.name] = {"gpe_pct": c.gpe_pct, "vde_pct": c.vde_pct, "gross": c.n_gross,
                             "octave_down": c.n_octave_down, "octave_up": c.n_octave_up,
                             "missed": c.n_missed, "false_alarm": c.n_false_alarm,
                             "fpe_mean_abs_cents": c.fpe_mean_abs_cents}
    s = pc.score_frames(np.concatenate(ref_f0), np.concatenate(ref_v), np.concatenate(est_f0),
                        np.concatenate(est_v), np.concatenate(sel))
    return ToolResult(tool.name, condition, s.gpe_pct, s.fpe_mean_abs_cents, s.fpe_std_cents,
                      s.vde_pct, audio / cpu if cpu > 0 else float("inf"), audio, cpu,
                      s.n_scored, s.n_voiced_both, None, s.n_gross, s.n_octave_down,
                      s.n_octave_up, s.n_missed, s.n_false_alarm, per_clip)


def warm_up(tools: Sequence[Tool], notes: list[str]) -> list[Tool]:
    """Run each tool once on 1 s of signal (numba JIT, imports) so timing excludes set-up."""
    utt = pc.synth_utterance(pc.TALKERS[1], 1.0, 1)
    ok = []
    for tool in tools:
        try:
            tool.track(utt.samples, utt.sample_rate_hz)
            ok.append(tool)
        except Exception as exc:
            notes.append(f"{tool.name}: skipped, failed on a test signal "
                         f"({type(exc).__name__}: {exc})")
    return ok


def _looped_blocks(clip: np.ndarray, duration_s: float,
                   block_s: float = 0.1) -> Iterator[np.ndarray]:
    """``duration_s`` seconds of ``clip`` (16 kHz, looped) in ``block_s``-second views."""
    block = int(round(block_s * pc.SAMPLE_RATE_HZ))
    n_blocks = int(round(duration_s / block_s))
    per_clip = len(clip) // block
    for i in range(n_blocks):
        j = i % per_clip
        yield clip[j * block:(j + 1) * block]


def write_looped_wav(path: Path, clip: np.ndarray, duration_s: float, rate_hz: int) -> None:
    """Write ``duration_s`` seconds of ``clip`` (16 kHz, looped) as a 16-bit WAV at ``rate_hz``.

    Written block by block, so a long file never sits in memory (benchmark set-up only).
    """
    import wave

    x = pc.resample_to(clip, pc.SAMPLE_RATE_HZ, rate_hz) if rate_hz != pc.SAMPLE_RATE_HZ else clip
    pcm = (np.clip(x, -1.0, 1.0) * 32767).astype("<i2").tobytes()
    n_total = int(round(duration_s * rate_hz))
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate_hz)
        written = 0
        while written < n_total:
            take = min(len(x), n_total - written)
            w.writeframes(pcm[: 2 * take])
            written += take


def _traced(run_blocks: Callable[[], int], proc: object) -> tuple[float, float, float]:
    """``(peak traced MiB, RSS growth MiB, CPU s)`` of ``run_blocks()``."""
    gc.collect()
    rss0 = proc.memory_info().rss if proc else 0  # type: ignore[attr-defined]
    tracemalloc.start()
    t0 = time.process_time()
    run_blocks()
    secs = time.process_time() - t0
    _cur, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss1 = proc.memory_info().rss if proc else 0  # type: ignore[attr-defined]
    return peak / 2**20, (rss1 - rss0) / 2**20, secs


def measure_memory(durations_s: Sequence[float], notes: list[str]) -> list[MemoryResult]:
    """Peak memory of our streaming pipeline per stream length, two ways.

    ``blocks``: ``FeatureExtractor.process`` on 100 ms in-memory blocks (the live-app path).
    ``file``: a 48 kHz 16-bit WAV of that length (temporary, deleted after) read with
    ``companion.audio.FileSource`` (resampled to 16 kHz) into the extractor, as
    ``companion analyze`` does. Frames are consumed and dropped; tracemalloc sees numpy
    buffers, RSS growth (psutil) covers native allocations too.
    """
    import tempfile

    try:
        from companion.features import FeatureConfig, FeatureExtractor
    except Exception as exc:
        notes.append(f"memory: skipped ({type(exc).__name__}: {exc})")
        return []
    try:
        from companion.audio import FileSource
    except Exception as exc:
        FileSource = None  # noqa: N806
        notes.append(f"memory: file mode skipped ({type(exc).__name__}: {exc})")
    try:
        import psutil

        proc: object = psutil.Process()
    except ImportError:
        proc = None
        notes.append("memory: psutil missing, RSS growth not measured")
    out = []
    clip = pc.synth_utterance(pc.TALKERS[1], 10.0, 99).samples  # made before tracing starts

    def consume(blocks: Iterator[np.ndarray]) -> int:
        ext = FeatureExtractor(FeatureConfig())
        n = sum(len(ext.process(b)) for b in blocks)
        return n + len(ext.flush())

    for dur in durations_s:
        peak, rss, secs = _traced(lambda d=dur: consume(_looped_blocks(clip, d)), proc)
        out.append(MemoryResult(dur, peak, rss, secs, "blocks"))
    if FileSource is None:
        return out
    with tempfile.TemporaryDirectory(prefix="pitchbench-") as tmp:
        for dur in durations_s:
            path = Path(tmp) / f"stream-{dur:g}s.wav"
            write_looped_wav(path, clip, dur, 48000)
            peak, rss, secs = _traced(lambda p=path: consume(FileSource(p).blocks()), proc)
            out.append(MemoryResult(dur, peak, rss, secs, "file"))
            path.unlink()
    return out


def engine_version() -> str:
    """``companion/features`` at its last commit (and whether the tree has local changes)."""
    import subprocess

    root = Path(__file__).resolve().parent.parent
    try:
        head = subprocess.run(["git", "log", "-1", "--format=%h %cs", "--", "companion/features"],
                              cwd=root, capture_output=True, text=True, timeout=10).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "companion/features"],
                               cwd=root, capture_output=True, text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "unknown (no git)"
    if not head:
        return "unknown (not a git checkout)"
    return f"commit {head}" + (" plus uncommitted changes" if dirty else "")


def run(quick: bool, progress: Callable[[str], None] = print) -> BenchReport:
    """Build the corpus, run every available tool on every condition, measure memory."""
    t_start = time.perf_counter()
    report = BenchReport("quick" if quick else "full")
    report.machine = f"{platform.machine()}, {platform.processor() or platform.system()}, " \
                     f"Python {platform.python_version()}, numpy {np.__version__}"
    report.engine = engine_version()
    spec = pc.QUICK_SPEC if quick else pc.FULL_SPEC
    tools = load_tools(report.notes)
    progress(f"tools: {', '.join(t.name for t in tools) or 'none'}")
    items = build_corpus(spec, report.notes)
    progress(f"corpus: {len(items)} clips, {sum(i.duration_s for i in items):.0f} s of audio")
    with single_core() as how:
        report.notes.append(f"timing: single core ({how})")
        tools = warm_up(tools, report.notes)
        report.tools = {t.name: f"{t.label}: {t.settings}" for t in tools}
        for cond in _condition_order(items):
            cond_items = [i for i in items if i.condition == cond]
            report.conditions.append((cond, len(cond_items),
                                      sum(i.duration_s for i in cond_items),
                                      int(sum(i.scored.sum() for i in cond_items))))
            for tool in tools:
                if cond == "espeak" and tool.name == "praat":
                    # Praat is the reference here; scoring it against itself means nothing.
                    continue
                try:
                    r = run_tool(tool, cond_items, cond)
                except Exception as exc:
                    r = ToolResult(tool.name, cond, *([float("nan")] * 5), 0.0, 0.0, 0, 0,
                                   error=f"{type(exc).__name__}: {exc}")
                    report.notes.append(f"{tool.name} on {cond}: failed ({r.error})")
                report.results.append(r)
                progress(f"  {cond:<14} {tool.name:<10} GPE {r.gpe_pct:6.2f} %  "
                         f"FPE {r.fpe_mean_abs_cents:6.1f} c  VDE {r.vde_pct:6.2f} %  "
                         f"RTF {r.rtf:8.1f}x  [gross {r.n_gross}: oct-down "
                         f"{r.n_octave_down}, oct-up {r.n_octave_up}; missed {r.n_missed}, "
                         f"false {r.n_false_alarm}]")
        report.memory = measure_memory((20.0, 120.0) if quick else (60.0, 600.0), report.notes)
    for m in report.memory:
        progress(f"  memory {m.mode} {_fmt_duration(m.duration_s)}: peak traced {m.peak_traced_mib:.2f} MiB, "
                 f"RSS +{m.rss_growth_mib:.1f} MiB, {m.seconds:.1f} s")
    report.wall_s = time.perf_counter() - t_start
    return report


# --------------------------------------------------------------------------- reporting


def _fmt(x: float, nd: int = 2) -> str:
    return "—" if x is None or not math.isfinite(x) else f"{x:.{nd}f}"


def _fmt_duration(seconds: float) -> str:
    return f"{seconds / 60:g} min" if seconds >= 60 else f"{seconds:g} s"


def _fmt_rtf(x: float) -> str:
    return "—" if not math.isfinite(x) or x <= 0 else (f"{x:,.0f}×" if x >= 10 else f"{x:.1f}×")


def target_checks(report: BenchReport) -> list[tuple[bool, str]]:
    """Companion's targets: GPE <= 2 % clean, <= 5 % at 10 dB, VDE <= 10 %, >= pyin, >= 200x."""
    ours = {r.condition: r for r in report.results if r.tool == OURS and r.error is None}
    pyin = {r.condition: r for r in report.results if r.tool == "pyin" and r.error is None}
    if not ours:
        return []
    checks: list[tuple[bool, str]] = []
    if "clean" in ours:
        g = ours["clean"].gpe_pct
        checks.append((g <= 2.0, f"GPE ≤ 2 % on clean: {_fmt(g)} %"))
    for cond in ("white 10 dB", "babble 10 dB"):
        if cond in ours:
            g = ours[cond].gpe_pct
            checks.append((g <= 5.0, f"GPE ≤ 5 % at {cond}: {_fmt(g)} %"))
    for cond, r in ours.items():
        checks.append((r.vde_pct <= 10.0, f"VDE ≤ 10 % on {cond}: {_fmt(r.vde_pct)} %"))
    for cond, r in ours.items():
        if cond not in pyin:
            continue
        p = pyin[cond]
        worse = [f"{k} {_fmt(a)} vs {_fmt(b)}" for k, a, b in
                 (("GPE", r.gpe_pct, p.gpe_pct), ("VDE", r.vde_pct, p.vde_pct))
                 if math.isfinite(a) and math.isfinite(b) and a > b]
        checks.append((not worse, f"no worse than pyin on {cond}"
                       + (f" (worse: {'; '.join(worse)})" if worse else "")))
    audio = sum(r.audio_s for r in ours.values())
    cpu = sum(r.cpu_s for r in ours.values())
    if cpu > 0:
        checks.append((audio / cpu >= 200.0, f"≥ 200× realtime overall: {_fmt_rtf(audio / cpu)}"))
    return checks


def _summary_table(report: BenchReport, tools: list[str]) -> list[str]:
    """Markdown lines: GPE / VDE of every tool under every condition."""
    lines = ["Summary, GPE % / VDE % (lower is better):", "",
             "| Condition | " + " | ".join(tools) + " |", "|---|" + "---:|" * len(tools)]
    for cond, *_ in report.conditions:
        cells = []
        for t in tools:
            r = next((r for r in report.results if r.tool == t and r.condition == cond), None)
            cells.append("n/a" if r is None or r.error else
                         f"{_fmt(r.gpe_pct, 1)} / {_fmt(r.vde_pct, 1)}")
        lines.append(f"| {cond} | " + " | ".join(cells) + " |")
    lines.append("")
    return lines


def _memory_table(report: BenchReport) -> list[str]:
    """Markdown lines: memory of the streaming extractor against stream length."""
    lines = ["#### Memory of the streaming extractor vs stream length", "",
             "| Input | Stream | Peak traced (MiB) | RSS growth (MiB) | CPU (s) |",
             "|---|---|---:|---:|---:|"]
    what = {"blocks": "100 ms blocks in memory", "file": "48 kHz WAV via `FileSource`"}
    for m in report.memory:
        lines.append(f"| {what.get(m.mode, m.mode)} | {_fmt_duration(m.duration_s)} | "
                     f"{m.peak_traced_mib:.2f} | {m.rss_growth_mib:.1f} | {m.seconds:.1f} |")
    lines += ["", "Looped synthetic speech through `FeatureExtractor.process()` + `flush()`, "
              "frames dropped after each block; the tracemalloc peak covers numpy buffers "
              "(CPU time includes tracemalloc's overhead).", ""]
    return lines


def render_markdown(report: BenchReport) -> str:
    """The generated part of docs/benchmarks.md (between the pitch-table markers)."""
    lines = [f"_Generated by `python -m benchmarks.pitch_benchmark{' --quick' if report.mode == 'quick' else ''} "
             f"--write-docs` ({report.mode} corpus, {report.wall_s:.0f} s wall time; "
             f"{report.machine}; companion/features {report.engine})._", ""]
    lines += ["Tools:", ""]
    lines += [f"- **{name}**: {desc}" for name, desc in report.tools.items()]
    lines.append("")
    order = [t for t, *_ in TOOL_FACTORIES]
    tools = [t for t in order if any(r.tool == t for r in report.results)]
    if tools and report.conditions:
        lines += _summary_table(report, tools)
    for cond, n_items, audio_s, n_scored in report.conditions:
        ref = "Praat reference" if cond == "espeak" else "synthetic truth"
        lines += [f"#### {cond} ({n_items} clips, {audio_s:.0f} s, {n_scored} scored frames, "
                  f"{ref})", "",
                  "| Tool | GPE % | FPE mean abs (cents) | FPE std (cents) | VDE % | RTF |",
                  "|---|---:|---:|---:|---:|---:|"]
        rows = sorted((r for r in report.results if r.condition == cond),
                      key=lambda r: order.index(r.tool) if r.tool in order else 99)
        for r in rows:
            name = f"**{r.tool}**" if r.tool == OURS else r.tool
            if r.error:
                lines.append(f"| {name} | failed: {r.error} | | | | |")
                continue
            lines.append(f"| {name} | {_fmt(r.gpe_pct)} | {_fmt(r.fpe_mean_abs_cents, 1)} | "
                         f"{_fmt(r.fpe_std_cents, 1)} | {_fmt(r.vde_pct)} | {_fmt_rtf(r.rtf)} |")
        lines.append("")
    if report.memory:
        lines += _memory_table(report)
    ours = [r for r in report.results if r.tool == OURS and r.error is None]
    if ours:
        lines += ["#### Where Companion's errors are", "",
                  "| Condition | gross: octave down | octave up | other | "
                  "voicing: missed | false alarm |", "|---|---:|---:|---:|---:|---:|"]
        for r in ours:
            other = r.n_gross - r.n_octave_down - r.n_octave_up
            lines.append(f"| {r.condition} | {r.n_octave_down} | {r.n_octave_up} | {other} | "
                         f"{r.n_missed} | {r.n_false_alarm} |")
        lines += ["", "Frame counts (10 ms each) out of the scored frames above.", ""]
    checks = target_checks(report)
    if checks:
        lines += ["#### Companion vs its targets", ""]
        lines += [f"- {'✅' if ok else '❌'} {text}" for ok, text in checks]
        lines.append("")
    if report.notes:
        lines += ["Notes from this run:", ""]
        lines += [f"- {n}" for n in report.notes]
        lines.append("")
    return "\n".join(lines)


def write_docs(markdown: str, path: Path = DOCS_PATH) -> None:
    """Replace the text between the pitch-table markers in ``path`` (created if missing)."""
    block = f"{TABLE_START}\n{markdown}\n{TABLE_END}"
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    if TABLE_START in text and TABLE_END in text:
        head, rest = text.split(TABLE_START, 1)
        _old, tail = rest.split(TABLE_END, 1)
        text = head + block + tail
    elif "## Pitch tracking" in text:
        text = text.replace("## Pitch tracking", f"## Pitch tracking\n\n{block}\n", 1)
    else:
        text = text.rstrip("\n") + f"\n\n## Pitch tracking\n\n{block}\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _jsonable(obj: object) -> object:
    """``obj`` (a report, via asdict) with NaN/inf floats as None, for strict JSON."""
    if isinstance(obj, dict):
        return {k: _jsonable(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return [_jsonable(v) for v in obj]
    if isinstance(obj, float) and not math.isfinite(obj):
        return None
    return obj


def per_clip_lines(report: BenchReport, tool: str = OURS) -> list[str]:
    """One line per clip with errors for ``tool`` (for whoever tunes that tracker)."""
    out = []
    for r in report.results:
        if r.tool != tool:
            continue
        for name, c in r.per_clip.items():
            if c["gross"] or c["missed"] or c["false_alarm"]:
                out.append(f"{r.condition:<14} {name:<16} GPE {_fmt(c['gpe_pct'])} % "
                           f"(oct-down {c['octave_down']}, oct-up {c['octave_up']}, "
                           f"other {c['gross'] - c['octave_down'] - c['octave_up']})  "
                           f"VDE {_fmt(c['vde_pct'])} % (missed {c['missed']}, "
                           f"false {c['false_alarm']})")
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point; returns the exit code."""
    ap = argparse.ArgumentParser(prog="python -m benchmarks.pitch_benchmark",
                                 description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="small corpus (well under a minute)")
    ap.add_argument("--write-docs", action="store_true",
                    help=f"write the tables into {DOCS_PATH.relative_to(DOCS_PATH.parent.parent)}")
    ap.add_argument("--json", type=Path, metavar="OUT", help="also write raw results as JSON")
    ap.add_argument("--per-clip", metavar="TOOL", nargs="?", const=OURS,
                    help=f"list the clips where TOOL (default {OURS}) makes errors")
    args = ap.parse_args(argv)
    if any(os.environ.get(v) != "1" for v in THREAD_VARS) and not os.environ.get(
            "PITCHBENCH_NO_REEXEC"):
        # Thread pools size themselves at import: restart with one thread each, once.
        root = str(Path(__file__).resolve().parent.parent)
        path = os.pathsep.join(p for p in (root, os.environ.get("PYTHONPATH")) if p)
        env = dict(os.environ, PITCHBENCH_NO_REEXEC="1", PYTHONPATH=path,
                   **dict.fromkeys(THREAD_VARS, "1"))
        argv = list(sys.argv[1:] if argv is None else argv)
        os.execve(sys.executable, [sys.executable, "-m", "benchmarks.pitch_benchmark", *argv],
                  env)
    report = run(args.quick, progress=lambda s: print(s, flush=True))
    md = render_markdown(report)
    print()
    print(md)
    if args.write_docs:
        write_docs(md)
        print(f"wrote {DOCS_PATH}", file=sys.stderr)
    if args.json:
        args.json.write_text(json.dumps(_jsonable(asdict(report)), indent=1), encoding="utf-8")
    if args.per_clip:
        print(f"\nClips where {args.per_clip} makes errors:")
        print("\n".join(per_clip_lines(report, args.per_clip)) or "none")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
