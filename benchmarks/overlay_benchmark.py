"""Breathing overlay benchmark: frames per second and CPU while animating, under Xvfb.

Run by hand (not part of the test suite)::

    python -m benchmarks.overlay_benchmark [--seconds 10] [--json]
    python -m benchmarks.overlay_benchmark --screenshots docs/screenshots

Starts a private Xvfb server (stopped by PID at the end) unless ``--display`` names one, then
shows the overlay with the real clock for ``--seconds`` in each mode (normal, reduced motion)
and reports painted frames per second and this process' CPU time as a percentage of one core
(user + system, from ``resource.getrusage``). The X server's own CPU is reported separately.
``--screenshots DIR`` instead grabs the screen at inhale, hold and exhale of the box pattern
(fake clock), normal and reduced motion: without a compositor the translucent corners show
on black, as on a desktop without compositing.

Main thread only (Qt GUI thread).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

#: (file stem, seconds into the box pattern) of each screenshot.
SHOTS = (("inhale", 2.6), ("hold", 5.5), ("exhale", 10.0))


def start_xvfb(size: str = "1280x800x24") -> tuple[subprocess.Popen, str]:
    """Start Xvfb on a free display number; returns (process, ":N")."""
    exe = shutil.which("Xvfb")
    if exe is None:
        raise SystemExit("Xvfb is not installed (apt install xvfb)")
    for number in range(120, 200):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and \
                not Path(f"/tmp/.X{number}-lock").exists():
            break
    proc = subprocess.Popen([exe, f":{number}", "-screen", "0", size, "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while not Path(f"/tmp/.X11-unix/X{number}").exists():
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            raise SystemExit("Xvfb did not start")
        time.sleep(0.05)
    return proc, f":{number}"


def _cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _proc_cpu_s(pid: int) -> float | None:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def measure(seconds: float, xvfb_pid: int | None) -> list[dict[str, Any]]:
    """Animate each mode for ``seconds``; frames/s and CPU % of one core."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from companion.content import load_default_patterns
    from companion.ui.breathing_overlay import BreathingOverlay, OverlayOptions

    app = QApplication.instance() or QApplication(sys.argv[:1])
    pattern = load_default_patterns().items["resonance"]
    results = []
    for name, options in (("normal", OverlayOptions()),
                          ("reduced motion", OverlayOptions(reduced_motion=True)),
                          ("normal, 600 px", OverlayOptions(size_px=600))):
        overlay = BreathingOverlay(pattern, options)
        overlay.start()
        loop = QEventLoop()
        QTimer.singleShot(500, loop.quit)             # settle (first expose, fonts)
        loop.exec()
        frames0, cpu0, wall0 = overlay.frames_painted, _cpu_s(), time.perf_counter()
        x0 = _proc_cpu_s(xvfb_pid) if xvfb_pid else None
        QTimer.singleShot(round(seconds * 1000), loop.quit)
        loop.exec()
        wall = time.perf_counter() - wall0
        frames, cpu = overlay.frames_painted - frames0, _cpu_s() - cpu0
        x1 = _proc_cpu_s(xvfb_pid) if xvfb_pid else None
        overlay.close()
        app.processEvents()
        results.append({
            "mode": name, "size_px": options.size_px, "seconds": round(wall, 2),
            "fps": round(frames / wall, 1), "cpu_percent_of_one_core": round(100 * cpu / wall, 1),
            "xserver_cpu_percent": (round(100 * (x1 - x0) / wall, 1)
                                    if x0 is not None and x1 is not None else None),
        })
    return results


def screenshots(folder: Path) -> list[Path]:
    """Grab the overlay from the X server at inhale/hold/exhale, normal and reduced."""
    from PySide6.QtWidgets import QApplication

    from companion.content import load_default_patterns
    from companion.ui.breathing_overlay import BreathingOverlay, OverlayOptions

    app = QApplication.instance() or QApplication(sys.argv[:1])
    pattern = load_default_patterns().items["box"]
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    margin = 24
    for suffix, options in (("", OverlayOptions()),
                            ("-reduced", OverlayOptions(reduced_motion=True))):
        for stem, t_s in SHOTS:
            now = [0.0]
            overlay = BreathingOverlay(pattern, options, clock=lambda now=now: now[0])
            overlay.start()
            now[0] = t_s
            overlay.tick()
            for _ in range(20):
                app.processEvents()
                time.sleep(0.01)
            overlay.repaint()
            app.processEvents()
            geo = overlay.frameGeometry()
            shot = overlay.screen().grabWindow(0, geo.x() - margin, geo.y() - margin,
                                              geo.width() + 2 * margin,
                                              geo.height() + 2 * margin)
            path = folder / f"breathing-{stem}{suffix}.png"
            shot.save(str(path))
            written.append(path)
            overlay.close()
            app.processEvents()
    return written


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=10.0, help="per mode (default 10)")
    parser.add_argument("--display", default=None, help="use this X display, no own Xvfb")
    parser.add_argument("--screenshots", type=Path, default=None, metavar="DIR",
                        help="write breathing-*.png screenshots to DIR instead")
    parser.add_argument("--json", action="store_true", help="print JSON only")
    args = parser.parse_args(argv)
    proc = None
    display = args.display
    if display is None:
        proc, display = start_xvfb()
    os.environ["DISPLAY"] = display
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    try:
        if args.screenshots is not None:
            for path in screenshots(args.screenshots):
                print(path)
            return 0
        results = measure(args.seconds, proc.pid if proc else None)
        if args.json:
            print(json.dumps(results, indent=1))
        else:
            print(f"{'mode':<16} {'px':>4} {'fps':>6} {'CPU % (1 core)':>15} {'X server %':>11}")
            for r in results:
                xs = "-" if r["xserver_cpu_percent"] is None else f"{r['xserver_cpu_percent']}"
                print(f"{r['mode']:<16} {r['size_px']:>4} {r['fps']:>6} "
                      f"{r['cpu_percent_of_one_core']:>15} {xs:>11}")
        return 0
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(5)


if __name__ == "__main__":
    raise SystemExit(main())
