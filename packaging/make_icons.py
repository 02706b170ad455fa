"""Render ``assets/companion.svg`` into the app icons the installers need (build time only).

Writes ``companion.ico`` (Windows; PNG-compressed entries, valid since Vista) and
``companion.icns`` (macOS; PNG entries ``icp4``..``ic10``) and ``companion-256.png`` into an
output folder. Uses Qt's SVG renderer (PySide6 is a build dependency anyway), so no Pillow or
ImageMagick is needed on the CI runners. Runs on the build script's main thread.

Usage: ``python packaging/make_icons.py OUT_DIR``
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "assets" / "companion.svg"
#: Pixel sizes in the Windows icon.
ICO_SIZES_PX = (16, 24, 32, 48, 64, 128, 256)
#: ICNS entry type per pixel size (PNG payloads).
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08",
              512: b"ic09", 1024: b"ic10"}


def render_png(svg: Path, size_px: int) -> bytes:
    """The SVG rendered to a transparent ``size_px`` square, PNG-encoded (needs a
    QGuiApplication)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size_px, size_px, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file holding one PNG per size (sizes up to 256 px)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, payload = b"", b""
    for size in sizes:
        data = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256 in ICO
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
        payload += data
    return header + entries + payload


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICNS file holding the PNG entries whose sizes ICNS knows."""
    body = b"".join(ICNS_TYPES[size] + struct.pack(">I", 8 + len(data)) + data
                    for size, data in sorted(pngs.items()) if size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def make_icons(out_dir: Path, svg: Path = SVG) -> dict[str, Path]:
    """Write the icons into ``out_dir``; returns {"ico": path, "icns": path, "png": path}."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(["make_icons", "-platform", "offscreen"])
    out_dir.mkdir(parents=True, exist_ok=True)
    pngs = {size: render_png(svg, size) for size in sorted({*ICO_SIZES_PX, *ICNS_TYPES})}
    paths = {"ico": out_dir / "companion.ico", "icns": out_dir / "companion.icns",
             "png": out_dir / "companion-256.png"}
    paths["ico"].write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES_PX}))
    paths["icns"].write_bytes(icns_bytes(pngs))
    paths["png"].write_bytes(pngs[256])
    del app  # kept alive until every image is rendered
    return paths


if __name__ == "__main__":
    for kind, path in make_icons(Path(sys.argv[1] if len(sys.argv) > 1 else "build/icons")).items():
        print(f"{kind}: {path} ({path.stat().st_size} bytes)")
