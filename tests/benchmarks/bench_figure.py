"""How long the exercise figure takes to draw: one animation frame, and a whole exercise's step pictures.

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_figure.py

The timer redraws the figure at most every 40 ms, so a frame should take well under that.
Not collected by pytest (the name does not start with test_).
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def main() -> int:
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QApplication

    from backpain_desktop.domain.poses import POSES, interpolate
    from backpain_desktop.ui.figure import render_image

    app = QApplication.instance() or QApplication(sys.argv[:1])
    palette = app.palette()
    a, b = POSES["knee-hugs-start"], POSES["knee-hugs-hug"]
    for label, size in (("panel 420x260", QSize(420, 260)), ("full screen 1280x800", QSize(1280, 800))):
        times = []
        for n in range(200):
            start = time.perf_counter()
            render_image(interpolate(a, b, n / 199), size, palette, [a, b])
            times.append(time.perf_counter() - start)
        print(f"frame at {label:22s} median {statistics.median(times) * 1000:.2f} ms, "
              f"worst {max(times) * 1000:.2f} ms")
    start = time.perf_counter()
    for pose in POSES.values():
        render_image(pose, QSize(182, 112), palette)
    print(f"all {len(POSES)} step thumbnails  {(time.perf_counter() - start) * 1000:.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
