"""Start-up of the tray app: launch -> tray icon, repeated, and where the import time goes.

Run by hand (results go into ``docs/app.md``, "Performance")::

    .venv/bin/python benchmarks/startup_benchmark.py [--runs 9] [--json]

Each run starts the real app (``python -m companion --demo --exit-after 2 --stats-file F``)
under Xvfb with a tray host (trayer) when both are installed, else on the offscreen platform,
and reads two moments from the stats file, both from the launch of the process (interpreter
start and imports included):

* **icon asked to show**: ``tray_shown_at`` (``QSystemTrayIcon.show()`` returned);
* **icon on screen**: ``tray_painted_at``, the first turn of the event loop after that, when
  Qt paints the icon. This is the figure the target (0.6 s) is about.

Wall time on a shared machine depends on what else runs, so the script reports the median
and the range of ``--runs`` launches with the load average before and after, and the CPU
time the process used up to the icon on screen (all threads, user + system; what the wall
time would be on an idle machine, give or take disk waits).

``--importtime`` (on by default) runs one more launch with ``python -X importtime`` and sums
the self time of the imported modules by group (Python start-up, Qt, numpy, Companion's
layers), plus the slowest modules, cumulative.
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


def app_env(tmp: Path, env: dict[str, str]) -> dict[str, str]:
    """The display environment plus throw-away folders and a private IPC name."""
    env = dict(env)
    for name in ("DATA", "CONFIG", "SITE_CONFIG", "SITE_DATA"):
        env[f"COMPANION_{name}_DIR"] = str(tmp / name.lower())
    env["COMPANION_IPC_NAME"] = f"companion-startup-{uuid.uuid4().hex[:10]}"
    return env


def launch_once(env: dict[str, str], tmp: Path, *, extra: tuple[str, ...] = ()
                ) -> tuple[dict, str]:
    """One launch of the demo app that quits after 2 s; (stats with times relative to the
    launch, stderr)."""
    stats_file = tmp / f"stats-{uuid.uuid4().hex[:8]}.json"
    launched = time.time()
    proc = subprocess.run(
        [sys.executable, *extra, "-m", "companion", "--demo", "--exit-after", "2",
         "--stats-file", str(stats_file)],
        env=app_env(tmp, env), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        text=True, timeout=120, check=False)
    if proc.returncode != 0:
        raise SystemExit(f"app exited with {proc.returncode}: {proc.stderr.strip()[-500:]}")
    stats = json.loads(stats_file.read_text())
    return {
        "shown_s": stats["tray_shown_at"] - launched,
        "painted_s": stats["tray_painted_at"] - launched,
        "cpu_to_icon_s": stats["tray_painted_cpu_s"],
        "presence": stats["presence"],
    }, proc.stderr


def import_breakdown(stderr: str, top: int = 12) -> dict:
    """Self time of every imported module summed by group, and the slowest ones (ms)."""
    rows = [(int(m[1]), int(m[2]), len(m[3]), m[4])
            for m in (IMPORT_LINE.match(line) for line in stderr.splitlines()) if m]
    groups: Counter[str] = Counter()
    for self_us, _, _, name in rows:
        group = next((g for prefix, g in IMPORT_GROUPS if name.split(".")[0] == prefix
                      or name.startswith(prefix + ".") or name == prefix), "Python (stdlib, site)")
        groups[group] += self_us
    slowest = sorted(((cum, name) for _, cum, _, name in rows
                      if name.startswith(("companion", "numpy", "PySide6", "pyqtgraph"))),
                     reverse=True)[:top]
    return {
        "total_ms": sum(r[0] for r in rows) / 1000,
        "modules": len(rows),
        "by_group_ms": {g: us / 1000 for g, us in groups.most_common()},
        "slowest_cumulative_ms": [(name, cum / 1000) for cum, name in slowest],
        "imported": sorted({name for *_, name in rows}),
    }


def run(runs: int, importtime: bool) -> dict:
    """``runs`` timed launches (and one with ``-X importtime``); the report."""
    tmp = Path(tempfile.mkdtemp(prefix="companion-startup-"))
    precompile()
    env, helpers = start_display()
    try:
        load_before = os.getloadavg()
        launch_once(env, tmp)     # warm the file cache: every measured run starts alike
        results = [launch_once(env, tmp)[0] for _ in range(runs)]
        load_after = os.getloadavg()
        breakdown = None
        if importtime:
            _, err = launch_once(env, tmp, extra=("-X", "importtime"))
            breakdown = import_breakdown(err)
    finally:
        for helper in helpers:
            helper.terminate()
            helper.wait(5)
        shutil.rmtree(tmp, ignore_errors=True)
    painted = [r["painted_s"] for r in results]
    shown = [r["shown_s"] for r in results]
    report = {
        "platform": env.get("QT_QPA_PLATFORM"), "presence": results[0]["presence"],
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
    parser.add_argument("--json", action="store_true", help="print JSON only")
    args = parser.parse_args()
    report = run(args.runs, not args.no_importtime)
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
