"""Draw the application icon: resources/icons/remotework-desktop.svg, PNGs and a .ico.

The SVG written here is the source; Qt renders it to each PNG size and Pillow packs those
PNGs into one Windows .ico. A white house with a dark-blue tick, on dark blue: simple
shapes and high contrast, readable at 16 px. Run: .venv/bin/python scripts/make_icon.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

NAME = "remotework-desktop"
SIZES = (16, 24, 32, 48, 64, 128, 256)
BLUE = "#0b3d91"
SVG = f"""<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">
  <title>Hjemmearbejde</title>
  <rect x="0" y="0" width="256" height="256" rx="40" fill="{BLUE}"/>
  <path d="M128 30 L232 122 L202 122 L202 222 L54 222 L54 122 L24 122 Z" fill="#ffffff"/>
  <path d="M84 166 L116 198 L174 134" fill="none" stroke="{BLUE}" stroke-width="24"
        stroke-linecap="round" stroke-linejoin="round"/>
</svg>
"""


def main(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    svg_path = folder / f"{NAME}.svg"
    svg_path.write_text(SVG, encoding="utf-8")
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(QByteArray(SVG.encode()))
    pngs = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        png = folder / f"{NAME}-{size}.png"
        if not image.save(str(png)):
            raise SystemExit(f"could not write {png}")
        pngs.append(png)
    images = [Image.open(p) for p in pngs]
    largest = images[-1]
    largest.save(
        folder / f"{NAME}.ico",
        sizes=[im.size for im in images],
        append_images=images[:-1],
    )
    print(f"wrote {svg_path.name}, {len(pngs)} PNGs and {NAME}.ico in {folder}")


if __name__ == "__main__":
    main(Path(__file__).resolve().parent.parent / "resources" / "icons")
