"""``companion analyze FILE.wav [--json | --csv] [--plot OUT.png]`` — offline analysis.

Runs the WAV file through the app's own pipeline (:func:`companion.pipeline.analyze_file`:
features -> wearer gate -> arousal -> calls), streamed, and prints a short summary, the JSON
object of the DESIGN.md contract (``--json``) or one CSV row per frame (``--csv``).
``--plot`` draws pitch, level and arousal over time to a PNG with pyqtgraph (offscreen when
there is no display), shading the frames of other talkers; Qt is imported only then.

Output files (``--output``, ``--plot``, ``--save-baseline``) are written to a temporary file
beside the target and renamed over it when complete: a full disk or an error leaves no
partial file. Writing to standard output that fails (a full disk, ``/dev/full``) is one
clear line and a non-zero exit.

Threads: the CLI's main thread. Imports only the standard library at module level; numpy and
the pipeline load inside :func:`run`.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from companion.cli import silence_stdout
from companion.errors import CompanionError
from companion.fileio import FileWriteError, atomic_path, describe_os_error

if TYPE_CHECKING:
    from companion.cli.analyze_plot import PlotCollector
    from companion.pipeline import AnalysisSummary, FrameSink


class OutputError(CompanionError):
    """An output file or stream cannot be written."""


#: glibc ``mallopt`` parameters (malloc.h).
_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``analyze`` subcommand."""
    parser = subparsers.add_parser(
        "analyze", help="Analyse a WAV file offline (pitch, level, voice features)",
        description=("Analyse a WAV file with the same pipeline the app uses live: features, "
                     "which frames are your own voice, arousal and calls. Prints a short "
                     "summary, or the per-frame data with --json / --csv."))
    parser.add_argument("file", metavar="FILE.wav", help="WAV file to analyse (any rate, mono/stereo)")
    fmt = parser.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true",
                     help="print one JSON object: frames (t, f0_hz, voiced, rms_dbfs, arousal, "
                          "talker) and a summary")
    fmt.add_argument("--csv", action="store_true",
                     help="print a CSV header and one row per 10 ms frame with every feature")
    parser.add_argument("-o", "--output", metavar="FILE",
                        help="write the summary, JSON or CSV to FILE instead of standard output")
    parser.add_argument("--plot", metavar="OUT.png",
                        help="also draw pitch, level (and arousal) over time to this PNG file; "
                             "frames of other talkers are shaded")
    parser.add_argument("--baseline", metavar="FILE.json",
                        help="score arousal against this saved baseline (your calm voice) "
                             "instead of calibrating on the file itself")
    parser.add_argument("--save-baseline", metavar="FILE.json",
                        help="write the baseline used (learned from this file unless "
                             "--baseline is given) to FILE.json: a few numbers, no audio")
    parser.set_defaults(func=run)


def keep_freed_memory() -> None:
    """On Linux (glibc), let freed blocks stay in the process for reuse, up to 64 MiB, instead
    of returning them to the system after each 10 s block and faulting them in again for
    the next (about 0.4 s of system time per 10 minutes of audio). Peak memory is unchanged;
    elsewhere this does nothing."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    try:
        mallopt = ctypes.CDLL("libc.so.6").mallopt
    except (OSError, AttributeError):
        return   # not glibc (e.g. musl): its own allocator policy applies
    mallopt(_M_TRIM_THRESHOLD, 64 << 20)
    mallopt(_M_MMAP_THRESHOLD, 32 << 20)


def run(args: argparse.Namespace) -> int:
    """Analyse ``args.file`` and write the requested output; returns the exit code."""
    from companion.arousal import Baseline

    keep_freed_memory()

    targets = [Path(p) for p in (args.output, args.plot, args.save_baseline) if p]
    for target in targets:
        check_target(target)
    baseline = Baseline.load(Path(args.baseline)) if args.baseline else None
    with _output(args.output) as out:
        summary, plot = _analyse(args, baseline, out)
        if args.save_baseline:
            _save_baseline(summary, args)
        if plot is not None:
            from companion.cli.analyze_plot import render_png

            png = render_png(plot, summary)
            with staged(Path(args.plot), suffix=".png") as tmp:
                tmp.write_bytes(png)
            if not (args.json or args.csv) and args.output is None:
                out.write(f"plot written to {args.plot}\n")
    return 0


def _analyse(args: argparse.Namespace, baseline: Any,
             out: TextIO) -> tuple[AnalysisSummary, PlotCollector | None]:
    """Stream the file through the pipeline into the chosen output."""
    from companion.features import FeatureConfig
    from companion.pipeline import CsvWriter, JsonWriter, analyze_file

    sinks: list[FrameSink] = []
    cfg = FeatureConfig()     # the analysis; its rate (Hz) and hop (s) head the JSON
    json_writer = JsonWriter(cfg.sample_rate_hz, cfg.hop_s) if args.json else None
    if json_writer is not None:
        sinks.append(json_writer)
    if args.csv:
        sinks.append(CsvWriter(out))
    plot = None
    if args.plot:
        from companion.cli.analyze_plot import PlotCollector

        plot = PlotCollector()
        sinks.append(plot)
    # What exists by now (modules, classes, configs) lives until exit: keep it out of the
    # garbage collector's full passes, which would walk it again and again over a long file
    # (about 2 % of the CPU time of a 600 s file). Later objects are collected as usual.
    gc.freeze()
    try:
        summary = analyze_file(args.file, baseline=baseline, feature_config=cfg, sinks=sinks)
        if json_writer is not None:
            json_writer.finish(summary.to_dict(), out)
        elif not args.csv:
            out.write(format_summary(summary))
    finally:
        if json_writer is not None:
            json_writer.close()
    return summary, plot


def _save_baseline(summary: AnalysisSummary, args: argparse.Namespace) -> None:
    if summary.baseline is None:
        raise CompanionError(f"no baseline to save: {args.file} has too little voiced speech",
                             "analyse a recording with at least a few seconds of speech")
    with staged(Path(args.save_baseline)) as tmp:
        tmp.write_text(summary.baseline.to_json(), encoding="utf-8")


def format_summary(a: AnalysisSummary) -> str:
    """A few readable lines about the analysis."""
    lines = [f"{a.source}: {a.duration_s:.2f} s, {a.n_frames} frames of {a.hop_s * 1000:g} ms"]
    voiced = f"voiced {a.voiced_ratio * 100:.1f} %"
    if a.f0_median_hz is not None:
        voiced += (f", pitch median {a.f0_median_hz:.1f} Hz "
                   f"(10–90 %: {a.f0_p10_hz:.0f}–{a.f0_p90_hz:.0f} Hz)")
    lines.append(voiced)
    line = f"speech {a.speech_ratio * 100:.1f} %"
    if a.speech_level_dbfs is not None:
        line += f", level median {a.speech_level_dbfs:.1f} dBFS while speaking"
        if a.rate_median_hz is not None:
            line += f", {a.rate_median_hz:.1f} syllables/s"
    lines.append(line)
    lines.append(f"your voice {a.wearer_speech_s:.1f} s, other talkers {a.other_speech_s:.1f} s "
                 "(not analysed)")
    if a.arousal_mean is None:
        lines.append("arousal: not available (too little voiced speech to learn a baseline)")
    else:
        lines.append(f"arousal: mean {a.arousal_mean:.0f} / 100, {len(a.episodes)} tense "
                     f"episode(s), {len(a.calls)} call(s) from your speech")
        for e in a.episodes:
            lines.append(f"  {e.start_s:.1f}–{e.end_s:.1f} s, peak {e.peak:.0f}")
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------------------ output files
def check_target(path: Path) -> None:
    """Refuse an output path that is a folder, a device or in a missing/read-only folder."""
    parent = path.parent if str(path.parent) else Path(".")
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}",
                          "choose another path") from None
    if mode is not None and stat.S_ISDIR(mode):
        raise OutputError(f"cannot write {path}: it is a directory",
                          "give a file name such as out.png")
    if mode is not None and not stat.S_ISREG(mode):
        raise OutputError(f"cannot write {path}: it is not a regular file",
                          "give the name of a file to create or replace")
    if not parent.is_dir():
        raise OutputError(f"cannot write {path}: folder {parent} does not exist",
                          "create the folder or choose another path")
    if not os.access(parent, os.W_OK):
        raise OutputError(f"cannot write {path}: folder {parent} is not writable",
                          "choose another path")


@contextlib.contextmanager
def staged(path: Path, *, suffix: str = "") -> Iterator[Path]:
    """A temporary path beside ``path`` (:func:`companion.fileio.atomic_path`: same folder,
    hidden name, ending in ``suffix``), renamed over ``path`` when the block succeeds and
    removed otherwise."""
    try:
        with atomic_path(path, suffix=suffix, what="output") as tmp:
            yield tmp
    except FileWriteError as exc:
        raise OutputError(f"cannot write {path}: {exc.reason}",
                          "free some space or choose another path") from None


@contextlib.contextmanager
def _output(name: str | None) -> Iterator[TextIO]:
    """Standard output, or a file written atomically; write errors become one clear line."""
    if name is None:
        try:
            yield sys.stdout
            sys.stdout.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            silence_stdout()
            raise OutputError(f"cannot write the output: {describe_os_error(exc)}",
                              "free some space, or write to another place") from None
        return
    with staged(Path(name)) as tmp, open(tmp, "w", encoding="utf-8", newline="\n") as fh:
        yield fh
