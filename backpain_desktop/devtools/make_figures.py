"""Makes the static step pictures (PNG and SVG) from the same pose data the live figure uses.

    python -m backpain_desktop.devtools.make_figures OUT_DIR [--size 480x300] [--sheet]

One file per named pose; ``--sheet`` also writes contact-sheet.png with every step of every exercise,
for a physiotherapist (or a reviewer) to check the pictures at a glance.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--size", default="480x300")
    parser.add_argument("--sheet", action="store_true")
    parser.add_argument("--dark", action="store_true", help="draw with the app's dark palette")
    args = parser.parse_args(argv)

    from PySide6.QtCore import QRectF, QSize
    from PySide6.QtGui import QGuiApplication, QPainter, QPalette
    from PySide6.QtSvg import QSvgGenerator

    from backpain_desktop.domain.content import load_pack
    from backpain_desktop.domain.poses import POSES
    from backpain_desktop.paths import resource_path
    from backpain_desktop.ui.figure import paint_pose, render_image
    from backpain_desktop.ui.theme import dark_palette

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    palette = dark_palette() if args.dark else QPalette(app.palette())
    width, height = (int(v) for v in args.size.split("x"))
    size = QSize(width, height)
    args.out.mkdir(parents=True, exist_ok=True)
    pack = load_pack(resource_path("content", "en-GB"))
    frames = {}
    for exercise in pack.exercises:
        for step in exercise.steps:
            frames[step.pose] = [POSES[s.pose] for s in exercise.steps] + [POSES[p] for p in exercise.poses]
    for name, pose in POSES.items():
        frame = frames.get(name)
        render_image(pose, size, palette, frame).save(str(args.out / f"{name}.png"))
        svg = QSvgGenerator()
        svg.setFileName(str(args.out / f"{name}.svg"))
        svg.setSize(size)
        svg.setViewBox(QRectF(0, 0, width, height))
        svg.setTitle(name)
        painter = QPainter(svg)
        paint_pose(painter, QRectF(0, 0, width, height), pose, palette, frame)
        painter.end()
    if args.sheet:
        _sheet(args.out / "contact-sheet.png", pack, frames, width, height, palette, app.font())
    print(f"wrote {len(POSES)} poses to {args.out}")
    return 0


def _sheet(path: Path, pack, frames, width: int, height: int, palette, base_font) -> None:
    """Every step of every exercise, one exercise a row, each picture with its step's words under it."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QFont, QImage, QPainter, QPalette

    from backpain_desktop.domain.poses import POSES
    from backpain_desktop.ui.figure import paint_pose

    columns = max(len(e.steps) for e in pack.exercises)
    title_h, words_h = 34, 62
    row_h = title_h + height + words_h
    sheet = QImage(width * columns, row_h * len(pack.exercises), QImage.Format.Format_RGB32)
    sheet.fill(palette.color(QPalette.ColorRole.Window))
    painter = QPainter(sheet)
    text = palette.color(QPalette.ColorRole.WindowText)
    title, words = QFont(base_font), QFont(base_font)
    title.setPixelSize(20)
    title.setBold(True)
    words.setPixelSize(15)
    for row, exercise in enumerate(pack.exercises):
        top = row * row_h
        painter.setPen(text)
        painter.setFont(title)
        painter.drawText(QRectF(10, top + 4, width * columns - 20, title_h), Qt.AlignmentFlag.AlignLeft,
                         exercise.name)
        for col, step in enumerate(exercise.steps):
            paint_pose(painter, QRectF(col * width, top + title_h, width, height), POSES[step.pose], palette,
                       frames[step.pose])
            painter.setPen(text)
            painter.setFont(words)
            painter.drawText(QRectF(col * width + 10, top + title_h + height, width - 20, words_h),
                             Qt.TextFlag.TextWordWrap, f"{col + 1}. {step.text}")
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(0, top + row_h - 1, width * columns, top + row_h - 1)
    painter.end()
    sheet.save(str(path))


if __name__ == "__main__":
    raise SystemExit(main())
