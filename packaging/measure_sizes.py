"""Record what an agent's machine downloads: the compressed size of each installer.

Usage (CI runs it on every platform it builds; see .github/workflows/build.yml)::

    python packaging/measure_sizes.py --label linux --bundle build/bundle/dist/Companion \
        [--file build/Companion.msi ...] [--json sizes.json] [--zip-out Companion-linux.zip]
    python packaging/measure_sizes.py --check sizes.json [--max-mb 80]

For the bundle folder (PyInstaller one-folder, or ``Companion.app``) it reports the unpacked
size and the size of a zip of it (deflate, level 9: what a plain archive download would be);
each ``--file`` (MSI, pkg) is reported as it is (those are already compressed). Prints a
Markdown table (CI appends it to the job summary) and optionally writes JSON. ``--check``
reads that JSON back and fails when a download (the installers, or the zip where there is no
installer) is over the 80 MB target: CI's last step on every platform. Build-time tool;
main thread; standard library only.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_bundle import tree_size  # one way to size a bundle

MB = 1_000_000


def zip_folder(folder: Path, target: Path) -> int:
    """Zip ``folder`` (its name as the top entry) into ``target``; returns the zip's size."""
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for path in sorted(folder.rglob("*")):
            arcname = Path(folder.name) / path.relative_to(folder)
            if path.is_symlink():   # keep framework links as links (macOS .app)
                info = zipfile.ZipInfo(str(arcname))
                info.external_attr = 0o120777 << 16
                zf.writestr(info, os.readlink(path))
            elif path.is_file():
                zf.write(path, arcname)
    return target.stat().st_size


def measure(label: str, bundle: Path | None, files: list[Path],
            zip_out: Path | None = None) -> list[dict[str, object]]:
    """One row per artefact: label, what, name, bytes (and files for the bundle)."""
    rows: list[dict[str, object]] = []
    if bundle is not None:
        size, count = tree_size(bundle)
        rows.append({"platform": label, "artefact": "bundle, unpacked", "name": bundle.name,
                     "bytes": size, "files": count})
        with tempfile.TemporaryDirectory() as tmp:
            target = zip_out or Path(tmp) / f"{bundle.name}.zip"
            rows.append({"platform": label, "artefact": "bundle, zip (deflate 9)",
                         "name": target.name, "bytes": zip_folder(bundle, target)})
    for path in files:
        rows.append({"platform": label, "artefact": path.suffix.lstrip(".") or "file",
                     "name": path.name, "bytes": path.stat().st_size})
    return rows


def size_mb(row: dict[str, object]) -> float:
    """A row's size in MB (10^6 bytes)."""
    return int(row["bytes"]) / MB  # type: ignore[call-overload]


def markdown(rows: list[dict[str, object]]) -> str:
    """The rows as a Markdown table, sizes in MB (10^6 bytes)."""
    lines = ["| platform | artefact | file | size |", "|---|---|---|---|"]
    for row in rows:
        lines.append(f"| {row['platform']} | {row['artefact']} | {row['name']} | "
                     f"{size_mb(row):.1f} MB |")
    return "\n".join(lines) + "\n"


#: The artefacts of a measurement that are the bundle itself rather than an installer file.
_BUNDLE_ARTEFACTS = ("bundle, unpacked", "bundle, zip (deflate 9)")


def over_limit(rows: list[dict[str, object]], max_mb: float) -> list[str]:
    """One line per download above ``max_mb`` MB: the installer files when there are any
    (MSI, pkg), else the bundle's zip (what a plain archive download would be)."""
    installers = [r for r in rows if r["artefact"] not in _BUNDLE_ARTEFACTS] or \
        [r for r in rows if r["artefact"] == _BUNDLE_ARTEFACTS[1]]
    return [f"{r['platform']} {r['name']}: {size_mb(r):.1f} MB, over the {max_mb:g} MB target"
            for r in installers if size_mb(r) > max_mb]


def check(sizes_json: Path, max_mb: float) -> int:
    """``--check``: exit 1, with a GitHub error annotation per download, when one recorded in
    ``sizes_json`` is over ``max_mb`` MB; else print that all are within it."""
    try:
        rows = json.loads(sizes_json.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        print(f"measure_sizes: error: cannot read {sizes_json}: {exc}", file=sys.stderr)
        return 1
    problems = over_limit(rows, max_mb)
    for line in problems:
        print(f"::error::{line}")
    if not problems:
        print(f"every download in {sizes_json.name} is within {max_mb:g} MB")
    return 1 if problems else 0


def main(argv: list[str] | None = None) -> int:
    """Command line; exit 1 with one line when an input is missing."""
    parser = argparse.ArgumentParser(description="Measure installer sizes")
    parser.add_argument("--check", type=Path, metavar="SIZES.json",
                        help="instead of measuring: fail when a download recorded in this "
                             "file is over --max-mb")
    parser.add_argument("--max-mb", type=float, default=80.0,
                        help="size target of --check, MB (default 80)")
    parser.add_argument("--label", help="platform label, e.g. windows (needed to measure)")
    parser.add_argument("--bundle", type=Path, help="the one-folder bundle or .app")
    parser.add_argument("--file", type=Path, action="append", default=[],
                        help="an installer file (MSI, pkg); repeatable")
    parser.add_argument("--json", type=Path, help="also write the rows as JSON here")
    parser.add_argument("--zip-out", type=Path, help="keep the bundle's zip here")
    args = parser.parse_args(argv)
    if args.check is not None:
        return check(args.check, args.max_mb)
    if not args.label:
        parser.error("--label is required to measure")
    missing = [p for p in [args.bundle, *args.file] if p is not None and not p.exists()]
    if missing:
        print(f"measure_sizes: error: {missing[0]} does not exist", file=sys.stderr)
        return 1
    rows = measure(args.label, args.bundle, args.file, args.zip_out)
    print(markdown(rows), end="")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
