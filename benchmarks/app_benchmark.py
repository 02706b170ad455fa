"""Benchmark of the running tray app: listening CPU, memory, start-up, audio -> UI latency.

Run by hand::

    .venv/bin/python benchmarks/app_benchmark.py [--duration 180] [--speed 1] [--mic] [--json]
        [--root OTHER_CHECKOUT]          # the same measurement of another checkout
    .venv/bin/python benchmarks/app_benchmark.py --dsp-floor [--block-s 1]   # the pipeline alone

It starts the real app (``python -m companion --demo --exit-after D --stats-file F``, or with
``--mic`` on a PulseAudio virtual microphone fed espeak-ng speech every 40 s) under
Xvfb with a tray host (trayer) when both are installed, else on the offscreen platform, and
measures from outside with psutil:

* **listening CPU**: CPU time of the process (all threads) between 15 s after start and 2 s
  before the end, as % of one core, and split by thread (GUI ``python``, engine
  ``companion-engin``, PortAudio/PulseAudio's own); the welcome window is marked seen, as
  on every start after the first;
* **DSP floor** (``--dsp-floor [--block-s S]``, no app): the pipeline's own CPU per second
  of audio in the app's microphone blocks, back to back and with a sleep before each block
  (cold caches, as in the app), and the 48 -> 16 kHz resampler's;
* **RSS**: resident memory sampled every 0.5 s (max and steady-state median);
* **start-up to tray icon**: from launching the process to the first turn of the event loop
  after the icon was shown, when Qt paints it (``tray_painted_at`` in the stats file;
  includes interpreter start and imports; ``benchmarks/startup_benchmark.py`` repeats this);
* **audio -> UI latency**: from the moment a block leaves the audio source on the engine
  thread to the moment its update is handled on the GUI thread (p50/p95/max), plus the
  feature extractor's fixed algorithmic look-ahead (docs/features.md).

Targets (docs/app.md): CPU <= 1 %, RSS <= 120 MB, start-up <= 0.6 s, audio -> UI <= 300 ms.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
#: The feature extractor returns frame i once audio up to t_s[i] + ~0.67 s arrived
#: (docs/features.md, "Frames, times and latency").
FEATURE_LOOKAHEAD_S = 0.67


def precompile(root: Path = ROOT) -> None:
    """Compile Companion's modules to bytecode, as an installed wheel or bundle ships them
    (a checkout run with ``PYTHONDONTWRITEBYTECODE`` would otherwise compile every module at
    every start)."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(root / "companion")],
                   check=True, stdout=subprocess.DEVNULL)


def free_display(first: int = 95) -> str:
    """A display number no X server uses (benchmarks may run side by side)."""
    n = first
    while Path(f"/tmp/.X{n}-lock").exists() or Path(f"/tmp/.X11-unix/X{n}").exists():
        n += 1
    return f":{n}"


def start_display() -> tuple[dict[str, str], list[subprocess.Popen]]:
    """Xvfb + trayer when available (a real tray), else the offscreen platform."""
    env = dict(os.environ)
    if shutil.which("Xvfb") and shutil.which("trayer"):
        display = free_display()
        xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten",
                                 "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(1.0)
        tray = subprocess.Popen(["trayer", "--edge", "top", "--align", "right", "--widthtype",
                                 "request", "--height", "32"], env={**env, "DISPLAY": display},
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(1.0)
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
        return env, [tray, xvfb]
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env, []


@contextlib.contextmanager
def microphone(enabled: bool, tmp: Path) -> Iterator[Callable[[], None] | None]:
    """With ``enabled``: a PulseAudio virtual mic (tests/helpers/pulse.py) and a function that
    plays ~10 s of espeak-ng speech into it; else nothing (the demo source is used)."""
    if not enabled:
        yield None
        return
    sys.path.insert(0, str(ROOT / "tests"))
    from helpers.espeak import CALM, espeak_wav
    from helpers.pulse import virtual_mic

    wav = espeak_wav("Thank you for calling, my name is Sam and I am happy to help you today. "
                     "I can see the order you placed last week. Let me check with the "
                     "courier for you.", tmp / "speech.wav", rendition=CALM)
    with virtual_mic() as vm:
        os.environ["PULSE_SOURCE"] = vm.source
        try:
            yield lambda: vm.play(wav)
        finally:
            os.environ.pop("PULSE_SOURCE", None)


def dsp_floor(seconds: float = 180.0, block_s: float | None = None,
              nap_s: float = 0.3) -> dict[str, float]:
    """CPU (% of one core, this process, one thread) of what the engine thread must do per
    second of audio whatever the app around it does: the pipeline (features, wearer gate,
    arousal) on ``block_s`` blocks of the demo shift (default: the app's microphone pace),
    back to back (warm caches; best of two passes) and with ``nap_s`` seconds of sleep
    before each block (as in the app, where the engine sleeps between reads and its caches
    go cold), and resampling a 48 kHz microphone to 16 kHz. The floor under the listening
    CPU."""
    import numpy as np

    from companion.audio import DemoSource, StreamingResampler
    from companion.audio.block_source import PACE_S
    from companion.pipeline import VoicePipeline

    audio = np.concatenate(list(DemoSource().blocks()))[: int(16000 * seconds)]
    n = int(16000 * (PACE_S if block_s is None else block_s))
    audio_s = len(audio) / 16000

    def pipeline_s(nap: float) -> float:
        pipeline, spent = VoicePipeline(None, calibration_s=45.0), 0.0
        for i in range(0, len(audio), n):
            time.sleep(nap)
            started = time.process_time()
            pipeline.process(audio[i:i + n])
            spent += time.process_time() - started
        return spent

    warm = min(pipeline_s(0.0) for _ in range(2))
    paced = pipeline_s(nap_s)
    mic = np.repeat(audio, 3)        # as if at 48 kHz
    resampler, m = StreamingResampler(48000, 16000), 3 * n
    started = time.process_time()
    for i in range(0, len(mic), m):
        resampler.push(mic[i:i + m])
    resample = time.process_time() - started
    return {"block_s": n / 16000, "pipeline_pct": 100 * warm / audio_s,
            "pipeline_paced_pct": 100 * paced / audio_s,
            "resample_48k_pct": 100 * resample / audio_s}


#: The engine thread's name on Linux (``companion-engine``, cut to 15 characters), and the
#: name this benchmark gives PortAudio's callback thread, which the engine starts.
ENGINE_THREAD = "companion-engin"
AUDIO_CALLBACK_THREAD = "audio-callback"


def thread_times(ps: Any) -> dict[str, float]:
    """CPU seconds (user + system) of each thread of ``ps``, summed by thread name (Linux:
    the GUI thread is ``python``, the engine ``companion-engin``, PortAudio's callback thread
    :data:`AUDIO_CALLBACK_THREAD`, PulseAudio's client thread ``threaded-ml``)."""
    out: dict[str, float] = {}
    engine_seen = False
    for th in sorted(ps.threads(), key=lambda th: th.id):
        try:
            name = Path(f"/proc/{ps.pid}/task/{th.id}/comm").read_text().strip()
        except OSError:
            name = "?"
        if name == ENGINE_THREAD:
            # Threads inherit their creator's name: the first is the engine, later ones
            # are PortAudio's callback threads, started by the engine when it opens a stream.
            name, engine_seen = (name if not engine_seen else AUDIO_CALLBACK_THREAD), True
        out[name] = out.get(name, 0.0) + th.user_time + th.system_time
    return out


def run(duration_s: float, speed: float, mic: bool = False, root: Path = ROOT) -> dict:
    tmp = Path(tempfile.mkdtemp(prefix="companion-bench-"))
    try:
        with microphone(mic, tmp) as speak:
            return _run(duration_s, speed, tmp, speak, root)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _run(duration_s: float, speed: float, tmp: Path,
         speak: Callable[[], None] | None, root: Path) -> dict:
    import psutil

    precompile(root)
    env, helpers = start_display()
    for name in ("DATA", "CONFIG", "SITE_CONFIG", "SITE_DATA"):
        env[f"COMPANION_{name}_DIR"] = str(tmp / name.lower())
    # A shift after the first start: the welcome (and its 10 Hz level meter) is not on screen.
    (tmp / "config").mkdir(parents=True, exist_ok=True)
    (tmp / "config" / "welcome-seen").touch()
    env["COMPANION_IPC_NAME"] = f"companion-bench-{uuid.uuid4().hex[:10]}"
    stats_file = tmp / "stats.json"
    try:
        launched = time.time()
        source = ["--device", "pulse"] if speak else ["--demo", "--speed", str(speed)]
        proc = subprocess.Popen(
            [sys.executable, "-m", "companion", *source,
             "--exit-after", str(duration_s), "--stats-file", str(stats_file)],
            env=env, cwd=root, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        ps = psutil.Process(proc.pid)
        rss: list[tuple[float, int]] = []
        cpu_mark: tuple[float, float] | None = None
        threads_mark: dict[str, float] = {}
        threads_end: dict[str, float] = {}
        cpu_end: tuple[float, float] | None = None
        next_speech = 10.0
        while proc.poll() is None:
            elapsed = time.time() - launched
            if speak is not None and elapsed >= next_speech:
                speak()             # a ~10 s "call" every 40 s
                next_speech += 40.0
            try:
                rss.append((elapsed, ps.memory_info().rss))
                times = ps.cpu_times()
                total = times.user + times.system
                if cpu_mark is None and elapsed >= 15.0:
                    cpu_mark = (time.monotonic(), total)
                    threads_mark = thread_times(ps)
                if elapsed <= duration_s - 2.0:
                    cpu_end = (time.monotonic(), total)
                    threads_end = thread_times(ps)
            except psutil.NoSuchProcess:
                break
            time.sleep(0.5)
        _, err = proc.communicate(timeout=30)
        if proc.returncode != 0:
            raise SystemExit(f"app exited with {proc.returncode}: {err.strip()[-500:]}")
        stats = json.loads(stats_file.read_text())
    finally:
        for helper in helpers:
            helper.terminate()
            helper.wait(5)
    cpu_pct, threads_pct = None, {}
    if cpu_mark and cpu_end and cpu_end[0] > cpu_mark[0]:
        span = cpu_end[0] - cpu_mark[0]
        cpu_pct = 100.0 * (cpu_end[1] - cpu_mark[1]) / span
        threads_pct = {name: round(100.0 * (t - threads_mark.get(name, 0.0)) / span, 3)
                       for name, t in threads_end.items()}
    steady = [r for t, r in rss if t >= 15.0] or [r for _, r in rss]
    return {
        "source": "virtual mic" if speak else "demo", "duration_s": duration_s,
        "speed": speed, "presence": stats["presence"],
        "platform": env["QT_QPA_PLATFORM"],
        "listening_cpu_pct_one_core": cpu_pct,
        "cpu_pct_by_thread": threads_pct,
        "rss_max_mb": max(r for _, r in rss) / 2**20 if rss else None,
        "rss_median_mb": statistics.median(steady) / 2**20 if steady else None,
        "startup_to_tray_s": stats.get("tray_painted_at", stats["tray_shown_at"]) - launched,
        "latency_ui_p50_ms": 1000 * stats["latency_p50_s"],
        "latency_ui_p95_ms": 1000 * stats["latency_p95_s"],
        "latency_ui_max_ms": 1000 * stats["latency_max_s"],
        "feature_lookahead_ms": 1000 * FEATURE_LOOKAHEAD_S,
        "updates": stats["updates"], "calls": stats["calls"], "offers": stats["offers"],
        "stream_s": stats.get("stream_s"),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=float, default=180.0, help="seconds to run")
    parser.add_argument("--speed", type=float, default=1.0, help="demo speed (1 = real time)")
    parser.add_argument("--mic", action="store_true",
                        help="listen to a PulseAudio virtual mic fed espeak-ng speech "
                             "instead of the demo source")
    parser.add_argument("--dsp-floor", action="store_true",
                        help="only measure the pipeline's own CPU per audio second (no app)")
    parser.add_argument("--block-s", type=float, default=None,
                        help="--dsp-floor's block length in seconds (default: the app's pace)")
    parser.add_argument("--root", type=Path, default=ROOT,
                        help="the checkout to run (default: this one; for before/after)")
    parser.add_argument("--json", action="store_true", help="print JSON only")
    args = parser.parse_args()
    if args.dsp_floor:
        result: dict = dsp_floor(block_s=args.block_s)
    else:
        result = run(args.duration, args.speed, args.mic, args.root.resolve())
    if args.json:
        print(json.dumps(result, indent=1))
        return 0
    for key, value in result.items():
        print(f"{key:28s} {value:.2f}" if isinstance(value, float) else f"{key:28s} {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
