"""Chart ready, timed from outside the process: from the click on the Pacing tab to the five-year chart on
screen, on a real X server (target <= 1.0 s).

Nothing is added to the measured process. The script starts its own Xvfb (no window manager), launches
the app on a copy of the 5-year demo log, waits for its window to map (bench_startup_x's MapNotify and
_NET_WM_PID), then waits ``--click-after`` seconds as a person would before the first click. It clicks the
Pacing tab, then the page's "Chart" button as soon as the Pacing page is painted, through XTest, and reads
the chart area with GetImage every few milliseconds until the chart's bar colour covers part of it
("Loading the chart..." has none of it). Each run is a fresh launch; medians of the runs.

    python tests/benchmarks/bench_chart_x.py [--runs 7] [--click-after 1.0]

Needs Debian's xvfb and PyPI's python-xlib. The click points are for the window filling a 1366x768
screen at the default text size in English (``--pacing X,Y --chart X,Y`` to change them).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

from _common import child_env, fresh_data_dir, median, report_value
from bench_startup_x import listen_for_maps, start_xvfb, stop, wait_mapped
from Xlib import X, display  # noqa: I001 - third party, after the local helper sets sys.path
from Xlib.ext import xtest

TARGET_S = 1.0
BARS = (0x2B, 0x83, 0xBA)  # ui/chart.py LIGHT["bars"]
AREA = (20, 230, 1320, 500)  # x, y, width, height of the chart below the range buttons
TAB_ROW = (0, 100, 700, 60)  # the Pacing page's own buttons (Today, Chart, ...) appear here
POLL_S = 0.01
ENOUGH = 500  # bar-coloured pixels in the (sampled) area: the chart is drawn


def _point(text: str) -> tuple[int, int]:
    x, y = text.split(",")
    return int(x), int(y)


def parse() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--click-after", type=float, default=1.0, help="seconds after the window maps")
    parser.add_argument("--pacing", type=_point, default=(203, 78))
    parser.add_argument("--chart", type=_point, default=(134, 131))
    return parser.parse_args()


def grab(dpy, root, box) -> bytes:
    x, y, w, h = box
    return root.get_image(x, y, w, h, X.ZPixmap, 0xFFFFFFFF).data


def bar_pixels(data: bytes) -> int:
    """Pixels of the bars' colour (BGRX on a 24-bit Xvfb), every 4th pixel for speed."""
    blue, green, red = BARS[2], BARS[1], BARS[0]
    count = 0
    for i in range(0, len(data) - 3, 16):
        if data[i] == blue and data[i + 1] == green and data[i + 2] == red:
            count += 1
    return count


def click(dpy, point: tuple[int, int]) -> None:
    xtest.fake_input(dpy, X.MotionNotify, x=point[0], y=point[1])
    xtest.fake_input(dpy, X.ButtonPress, 1)
    xtest.fake_input(dpy, X.ButtonRelease, 1)
    dpy.sync()


def one_run(dpy, env, args) -> tuple[float, float]:
    """Seconds from the Pacing click to the chart drawn; and from the Chart click."""
    root = dpy.screen().root
    listen_for_maps(dpy)
    data_dir = fresh_data_dir("5-year")
    command = [sys.executable, "-m", "backpain_desktop", "--data-dir", str(data_dir)]
    child = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_mapped(dpy, child, command, time.perf_counter() + 60)
        time.sleep(args.click_after)
        row_before = grab(dpy, root, TAB_ROW)
        clicked = time.perf_counter()
        click(dpy, args.pacing)
        deadline = clicked + 30
        while grab(dpy, root, TAB_ROW) == row_before:  # the Pacing page is painted
            if time.perf_counter() > deadline:
                raise SystemExit("the Pacing page never showed: check --pacing")
            time.sleep(POLL_S)
        chart_clicked = time.perf_counter()
        click(dpy, args.chart)
        while bar_pixels(grab(dpy, root, AREA)) < ENOUGH:
            if time.perf_counter() > deadline:
                raise SystemExit("no chart within 30 s: check --chart")
            time.sleep(POLL_S)
        drawn = time.perf_counter()
        return drawn - clicked, drawn - chart_clicked
    finally:
        stop(child)
        shutil.rmtree(data_dir, ignore_errors=True)


def main() -> int:
    args = parse()
    server, name = start_xvfb()
    try:
        env = child_env(DISPLAY=name, QT_QPA_PLATFORM="xcb")
        env.pop("WAYLAND_DISPLAY", None)
        env["XDG_RUNTIME_DIR"] = tempfile.mkdtemp(prefix="bench-x-runtime-")
        os.chmod(env["XDG_RUNTIME_DIR"], 0o700)
        dpy = display.Display(name)
        one_run(dpy, env, args)  # warm-up: disk caches, compiled bytecode, matplotlib's font cache
        totals, from_chart = [], []
        for _ in range(args.runs):
            total, after_chart_click = one_run(dpy, env, args)
            totals.append(total)
            from_chart.append(after_chart_click)
        dpy.close()
    finally:
        server.terminate()
        server.wait()
    ok = report_value("chart-x", "5-year", median(totals), "s", TARGET_S,
                      f"Pacing click to chart drawn, {args.click_after:.1f} s after mapping, median of "
                      f"{args.runs} ({', '.join(f'{t:.2f}' for t in totals)}); from the Chart click "
                      f"{median(from_chart):.2f} s")
    from PySide6 import __version__ as pyside_version

    print(f"python {sys.version.split()[0]} PySide6 {pyside_version}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
