"""Raster icons from ``resources/icons/hearth.svg``: PNGs for Linux (hicolor sizes), .ico for
Windows and .icns for macOS. Qt renders the SVG (offscreen); Pillow writes .ico/.icns."""

from __future__ import annotations

import os
from pathlib import Path

HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_pngs(svg: Path, out_dir: Path,
                sizes: tuple[int, ...] = HICOLOR_SIZES) -> dict[int, Path]:
    """``hearth-<N>.png`` for each size, rendered from the SVG with antialiasing."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not an SVG Qt can render")
    out_dir.mkdir(parents=True, exist_ok=True)
    written = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = out_dir / f"hearth-{size}.png"
        if not image.save(str(path), "PNG"):
            raise OSError(f"could not write {path}")
        written[size] = path
    return written


def write_ico(pngs: dict[int, Path], out: Path) -> Path:
    from PIL import Image

    biggest = Image.open(pngs[max(pngs)])
    biggest.save(out, format="ICO", sizes=[(s, s) for s in ICO_SIZES if s <= max(pngs)])
    return out


def write_icns(pngs: dict[int, Path], out: Path) -> Path:
    from PIL import Image

    Image.open(pngs[max(pngs)]).save(out, format="ICNS")
    return out


def make_icons(svg: Path, out_dir: Path) -> dict[str, object]:
    """Every icon format the installers use, in ``out_dir``."""
    pngs = render_pngs(svg, out_dir)
    return {
        "pngs": pngs,
        "ico": write_ico(pngs, out_dir / "hearth.ico"),
        "icns": write_icns(pngs, out_dir / "hearth.icns"),
    }
