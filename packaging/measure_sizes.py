"""Record what an agent's machine downloads: the compressed size of each installer.

Usage (CI runs it on every platform it builds; see .github/workflows/build.yml)::

    python packaging/measure_sizes.py --label linux --bundle build/bundle/dist/Companion \
        [--file build/Companion.msi ...] [--json sizes.json] [--zip-out Companion-linux.zip]

For the bundle folder (PyInstaller one-folder, or ``Companion.app``) it reports the unpacked
size and the size of a zip of it (deflate, level 9: what a plain archive download would be);
each ``--file`` (MSI, pkg) is reported as it is (those are already compressed). Prints a
Markdown table (CI appends it to the job summary) and optionally writes JSON. Build-time tool;
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


def markdown(rows: list[dict[str, object]]) -> str:
    """The rows as a Markdown table, sizes in MB (10^6 bytes)."""
    lines = ["| platform | artefact | file | size |", "|---|---|---|---|"]
    for row in rows:
        size = f"{int(row['bytes']) / MB:.1f} MB"  # type: ignore[call-overload]
        lines.append(f"| {row['platform']} | {row['artefact']} | {row['name']} | {size} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Command line; exit 1 with one line when an input is missing."""
    parser = argparse.ArgumentParser(description="Measure installer sizes")
    parser.add_argument("--label", required=True, help="platform label, e.g. windows")
    parser.add_argument("--bundle", type=Path, help="the one-folder bundle or .app")
    parser.add_argument("--file", type=Path, action="append", default=[],
                        help="an installer file (MSI, pkg); repeatable")
    parser.add_argument("--json", type=Path, help="also write the rows as JSON here")
    parser.add_argument("--zip-out", type=Path, help="keep the bundle's zip here")
    args = parser.parse_args(argv)
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
