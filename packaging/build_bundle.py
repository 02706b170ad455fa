"""Build the one-folder PyInstaller bundle and (optionally) run its frozen self-test.

Usage::

    python packaging/build_bundle.py [--out DIR] [--self-test] [--json]

Builds ``packaging/companion.spec`` with work/dist folders under ``--out`` (default
``build/bundle``, gitignored; nothing is written into the source tree), then prints the bundle
folder, its size in MB (unpacked) and file count, and the build time in seconds. With
``--self-test`` it runs ``<bundle> self-test --json`` with ``QT_QPA_PLATFORM=offscreen``
and fails when the frozen app is not usable. Exit code 0 on success. Works on Windows, macOS
and Linux (CI uses it on each). Runs on the main thread; PyInstaller runs in a subprocess.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "companion.spec"
#: Target size of the unpacked bundle (MB); a larger bundle is reported, not refused.
TARGET_MB = 150.0


def bundle_dir(dist: Path) -> Path:
    """The one-folder bundle inside ``dist`` for this platform."""
    if sys.platform == "darwin":
        return dist / "Companion.app"
    return dist / ("Companion" if sys.platform == "win32" else "companion")


def executable(bundle: Path) -> Path:
    """The bundle's executable."""
    if sys.platform == "darwin":
        return bundle / "Contents" / "MacOS" / "Companion"
    return bundle / ("Companion.exe" if sys.platform == "win32" else "companion")


def tree_size(folder: Path) -> tuple[int, int]:
    """(bytes, files) under ``folder`` (symlinks not followed)."""
    total = count = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
            count += 1
    return total, count


def build(out: Path) -> dict[str, object]:
    """Run PyInstaller; returns bundle path, size (MB), files, build seconds."""
    work, dist = out / "work", out / "dist"
    start = time.monotonic()
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
           "--workpath", str(work), "--distpath", str(dist), str(SPEC)]
    subprocess.run(cmd, check=True, cwd=out)
    seconds = time.monotonic() - start
    bundle = bundle_dir(dist)
    size, files = tree_size(bundle)
    return {"bundle": str(bundle), "executable": str(executable(bundle)),
            "size_mb": round(size / 1e6, 1), "files": files, "build_s": round(seconds, 1)}


def frozen_self_test(exe: Path, data_dir: Path) -> dict[str, object]:
    """Run the frozen ``self-test --json`` (offscreen, private data dir); returns its JSON.

    A windowed Windows exe has no stdout: the report is read from ``--report`` then.
    """
    report = data_dir / "self-test-report.txt"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "COMPANION_DATA_DIR": str(data_dir)}
    proc = subprocess.run([str(exe), "self-test", "--json", "--report", str(report)],
                          capture_output=True, text=True, env=env, timeout=300)
    if proc.stdout.strip():
        result = json.loads(proc.stdout)
    else:  # windowed exe: fall back to the text report
        result = {"usable": proc.returncode == 0, "report": report.read_text(encoding="utf-8")}
    result["exit_code"] = proc.returncode
    result["stderr"] = proc.stderr[-2000:]
    return result


def main(argv: list[str] | None = None) -> int:
    """Build, report, optionally self-test. Returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "bundle",
                        help="work/dist folder (default build/bundle, gitignored)")
    parser.add_argument("--self-test", action="store_true", help="run the frozen self-test")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    info = build(args.out.resolve())
    ok = True
    if args.self_test:
        test = frozen_self_test(Path(str(info["executable"])), args.out.resolve() / "selftest-data")
        info["self_test"] = test
        ok = test["exit_code"] == 0
    if args.json:
        print(json.dumps(info, indent=2))
    else:
        print(f"bundle: {info['bundle']}")
        print(f"size: {info['size_mb']} MB unpacked, {info['files']} files "
              f"(target <= {TARGET_MB:g} MB); build {info['build_s']} s")
        if args.self_test:
            print("frozen self-test: " + ("usable" if ok else "NOT usable")
                  + f" (exit {info['self_test']['exit_code']})")
            for check in info["self_test"].get("checks", []):
                print(f"  {check['status']:>7}  {check['name']}: {check['detail']}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
