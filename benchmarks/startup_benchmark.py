"""Start-up of the tray app: launch -> tray icon, repeated, and where the import time goes.

Run by hand (results go into ``docs/app.md``, "Performance")::

    .venv/bin/python benchmarks/startup_benchmark.py [--runs 9] [--json]

Each run starts the real app (``companion --demo --exit-after 2``, through :data:`WRAPPER`,
which notes two moments; it works on older checkouts too, for before/after comparisons) under
Xvfb with a tray host (trayer) when both are installed, else on the offscreen platform. Both
moments count from the launch of the process (interpreter start and imports included):

* **icon asked to show**: ``companion.app.lifecycle.start`` returned (the icon was shown, the
  engine thread started);
* **icon on screen**: the first turn of the event loop after that, when Qt paints the icon.
  This is the figure the target (0.6 s) is about.

Wall time on a shared machine depends on what else runs, so the script reports the median
and the range of ``--runs`` launches with the load average before and after, and the CPU
time the process used up to the icon on screen (all threads, user + system; what the wall
time would be on an idle machine, give or take disk waits).

``--importtime`` (on by default) runs one more launch with ``python -X importtime`` and sums
the self time of the modules imported before the icon was on screen by group (Python start-up,
Qt, numpy, Companion's layers), the slowest of them (cumulative), and the total imported after
(the engine thread's DSP stack). ``--root`` measures another checkout with this interpreter.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.app_benchmark import precompile, start_display  # noqa: E402

#: Module name prefix -> group in the import-time breakdown (first match wins).
IMPORT_GROUPS = (
    ("PySide6", "Qt (PySide6, shiboken)"), ("shiboken", "Qt (PySide6, shiboken)"),
    ("numpy", "numpy"), ("pyqtgraph", "pyqtgraph"), ("sounddevice", "sounddevice"),
    ("companion.ui", "companion.ui"), ("companion.app", "companion.app"),
    ("companion.cli", "companion.cli"), ("companion", "companion (other layers)"),
)
IMPORT_LINE = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)")
#: Marks the icon on screen in the ``-X importtime`` output.
ICON_MARK = "-- icon on screen --"
#: ``python -c WRAPPER OUT ARGS...``: runs ``companion ARGS``, noting when ``start`` returned
#: and the next turn of the event loop (epoch seconds, CPU seconds) into the JSON file OUT.
WRAPPER = f"""
import atexit, json, sys, time
out, sys.argv = sys.argv[1], ["companion", *sys.argv[2:]]
from PySide6.QtCore import QTimer
from companion.app import lifecycle
marks = {{}}
def painted():
    marks.update(painted=time.time(), painted_cpu=time.process_time())
    print({ICON_MARK!r}, file=sys.stderr, flush=True)
def start(parts, _start=lifecycle.start):
    _start(parts)
    marks["shown"] = time.time()
    QTimer.singleShot(0, painted)
lifecycle.start = start
atexit.register(lambda: open(out, "w").write(json.dumps(marks)))
from companion.cli import main
raise SystemExit(main())
"""


def app_env(tmp: Path, env: dict[str, str]) -> dict[str, str]:
    """The display environment plus throw-away folders and a private IPC name."""
    env = dict(env)
    for name in ("DATA", "CONFIG", "SITE_CONFIG", "SITE_DATA"):
        env[f"COMPANION_{name}_DIR"] = str(tmp / name.lower())
    env["COMPANION_IPC_NAME"] = f"companion-startup-{uuid.uuid4().hex[:10]}"
    return env


def launch_once(env: dict[str, str], tmp: Path, root: Path, *, extra: tuple[str, ...] = (),
                nice: int = 0) -> tuple[dict, str]:
    """One launch of the demo app that quits after 2 s; (times relative to the launch,
    stderr)."""
    marks_file = tmp / f"marks-{uuid.uuid4().hex[:8]}.json"
    launched = time.time()
    proc = subprocess.run(
        [sys.executable, *extra, "-c", WRAPPER, str(marks_file), "--demo", "--exit-after",
         "2"], env=app_env(tmp, env), cwd=root, stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE, text=True, timeout=120, check=False,
        preexec_fn=(lambda: os.nice(nice)) if nice else None)
    if proc.returncode != 0:
        raise SystemExit(f"app exited with {proc.returncode}: {proc.stderr.strip()[-500:]}")
    marks = json.loads(marks_file.read_text())
    return {
        "shown_s": marks["shown"] - launched,
        "painted_s": marks["painted"] - launched,
        "cpu_to_icon_s": marks["painted_cpu"],
    }, proc.stderr


def import_breakdown(stderr: str, top: int = 12) -> dict:
    """Self time of every imported module summed by group, and the slowest ones (ms)."""
    lines = stderr.splitlines()
    cut = lines.index(ICON_MARK) if ICON_MARK in lines else len(lines)
    rows = [(int(m[1]), int(m[2]), len(m[3]), m[4])
            for m in (IMPORT_LINE.match(line) for line in lines[:cut]) if m]
    after = [int(m[1]) for m in (IMPORT_LINE.match(line) for line in lines[cut:]) if m]
    groups: Counter[str] = Counter()
    for self_us, _, _, name in rows:
        group = next((g for prefix, g in IMPORT_GROUPS if name.split(".")[0] == prefix
                      or name.startswith(prefix + ".") or name == prefix), "Python (stdlib, site)")
        groups[group] += self_us
    slowest = sorted(((cum, name) for _, cum, _, name in rows
                      if name.startswith(("companion", "numpy", "PySide6", "pyqtgraph"))),
                     reverse=True)[:top]
    return {
        "before_icon_ms": sum(r[0] for r in rows) / 1000,
        "modules_before_icon": len(rows),
        "after_icon_ms": sum(after) / 1000,
        "modules_after_icon": len(after),
        "by_group_ms": {g: us / 1000 for g, us in groups.most_common()},
        "slowest_cumulative_ms": [(name, cum / 1000) for cum, name in slowest],
        "imported": sorted({name for *_, name in rows}),
    }


def run(runs: int, importtime: bool, root: Path = ROOT, nice: int = 0) -> dict:
    """``runs`` timed launches (and one with ``-X importtime``) of the checkout ``root``;
    the report."""
    tmp = Path(tempfile.mkdtemp(prefix="companion-startup-"))
    precompile(root)
    env, helpers = start_display()
    try:
        load_before = os.getloadavg()
        launch_once(env, tmp, root)     # warm the file cache: every measured run starts alike
        results = [launch_once(env, tmp, root, nice=nice)[0] for _ in range(runs)]
        load_after = os.getloadavg()
        breakdown = None
        if importtime:
            _, err = launch_once(env, tmp, root, extra=("-X", "importtime"))
            breakdown = import_breakdown(err)
    finally:
        for helper in helpers:
            helper.terminate()
            helper.wait(5)
        shutil.rmtree(tmp, ignore_errors=True)
    painted = [r["painted_s"] for r in results]
    shown = [r["shown_s"] for r in results]
    report = {
        "root": str(root), "platform": env.get("QT_QPA_PLATFORM"), "nice": nice,
        "runs": runs, "load_avg_1_5_15_before": load_before, "load_avg_1_5_15_after": load_after,
        "icon_on_screen_median_s": statistics.median(painted),
        "icon_on_screen_min_max_s": (min(painted), max(painted)),
        "icon_shown_median_s": statistics.median(shown),
        "cpu_to_icon_median_s": statistics.median(r["cpu_to_icon_s"] for r in results),
        "runs_s": painted,
    }
    if breakdown is not None:
        report["importtime"] = {k: v for k, v in breakdown.items() if k != "imported"}
        heavy = ("pyqtgraph", "companion.ui.dashboard", "companion.ui.deck_editor",
                 "companion.ui.breathing_overlay", "companion.ui.my_cards",
                 "companion.ui.feedback_window", "companion.ui.about", "sounddevice")
        report["importtime"]["heavy_modules_imported"] = [
            m for m in heavy if m in breakdown["imported"]]
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="timed launches (default 9)")
    parser.add_argument("--no-importtime", action="store_true",
                        help="skip the -X importtime launch")
    parser.add_argument("--root", type=Path, default=ROOT,
                        help="the checkout to start (default: this one)")
    parser.add_argument("--nice", type=int, default=0,
                        help="run the app at this niceness (e.g. -10 as root: the other jobs "
                             "of a shared machine get less of the CPU while it starts)")
    parser.add_argument("--json", action="store_true", help="print JSON only")
    args = parser.parse_args()
    report = run(args.runs, not args.no_importtime, args.root.resolve(), args.nice)
    if args.json:
        print(json.dumps(report, indent=1))
        return 0
    for key, value in report.items():
        if key == "importtime":
            for k, v in value.items():
                print(f"importtime.{k:24s} {v}")
        else:
            print(f"{key:28s} {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
