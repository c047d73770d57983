"""Benchmark: opening the pacing chart on 5 years × 3 entries a day, against raw matplotlib drawing the
same arrays (Figure + Agg canvas, no Qt) in the same run. Target: median ratio <= 1.5.

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_chart.py [--runs 7] [--range 2w|3m|all]

"App" times everything from the click: the SQL aggregation, the plan, boom-and-bust, the series, building
the chart widget and drawing it. The "All" range over 5 years is drawn as weekly averages (261 bars, so
it stays readable); the raw side draws exactly the same arrays. "Raw" times only matplotlib: a Figure
with ax.bar / step / twinx pain / axvspan flare-ups / markers, drawn once. A second raw variant draws
the bars as one PolyCollection (the app's own technique), the fastest raw matplotlib can be; both ratios
are printed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def raw_draw(x, y, plan, pain, flares, booms, poly: bool) -> float:
    """Raw matplotlib drawing the same arrays: Figure + Agg canvas, no Qt, no app code."""
    import numpy as np
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.collections import PolyCollection
    from matplotlib.figure import Figure

    t0 = time.perf_counter()
    fig = Figure(figsize=(8, 3.6), dpi=100)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    if poly:
        zero = np.zeros_like(y)
        verts = np.stack([np.column_stack([x - .4, zero]), np.column_stack([x - .4, y]),
                          np.column_stack([x + .4, y]), np.column_stack([x + .4, zero])], axis=1)
        ax.add_collection(PolyCollection(verts))
        ax.autoscale_view()
    else:
        ax.bar(x, y, width=0.8)
    ax.step(x, plan, where="post")
    for a, b in flares:
        ax.axvspan(a, b, alpha=0.28)
    ax.plot(booms, np.full(len(booms), y.max()), "v")
    ax.xaxis_date()
    pain_ax = ax.twinx()
    pain_ax.plot(x, pain, "--")
    pain_ax.set_ylim(0, 10.5)
    fig.canvas.draw()
    return time.perf_counter() - t0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--range", choices=("2w", "3m", "all"), default="all",
                        help="the chart range to open (default: all five years)")
    args = parser.parse_args()

    import matplotlib  # both sides pay the import outside the timing
    import numpy as np
    from PySide6.QtWidgets import QApplication

    from backpain_desktop.devtools.make_demo_data import generate
    from backpain_desktop.domain import pacing
    from backpain_desktop.store import Store
    from backpain_desktop.ui import chart as _chart  # noqa: F401 - import cost outside the timing
    from backpain_desktop.ui.chart_thread import ChartWorker
    from backpain_desktop.ui.pacing import PacingTab

    app = QApplication.instance() or QApplication([])
    worker = ChartWorker()
    now = datetime(2026, 11, 30, 20, 0, tzinfo=timezone.utc)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "bench.sqlite3")
        entries = generate(store, now, years=5, per_day=3)
        print(f"matplotlib {matplotlib.__version__}; {entries} entries over 5 years")

        app_times, raw_times, raw_poly_times = [], [], []
        for _ in range(args.runs):
            tab = PacingTab(store, now=lambda: now, chart_worker=worker)
            tab.chart_panel.choose_range({"2w": 14, "3m": 91, "all": None}[args.range])
            start = time.perf_counter()
            tab._refresh_plan()
            tab.show_chart(wait=True)
            app_times.append(time.perf_counter() - start)
            days = len(tab.chart.bars.get_paths())

            # The same arrays, computed outside the raw timing.
            amounts, pains = store.day_series("Walking")
            first, last = tab.chart_range(tab.chart_panel.days())
            booms = pacing.boom_bust_days(amounts, pains, tab._plan)
            flares = [pacing.Flare(f.started_at.date(), f.ended_at.date() if f.ended_at else None)
                      for f in store.flareups()]
            s = pacing.chart_series(amounts, pains, tab._plan, flares, booms, first, last)
            x = np.array(s.days, dtype="datetime64[D]").astype(float)
            y = np.array(s.amounts, dtype=float)
            plan = np.array([np.nan if v is None else v for v in s.plan], dtype=float)
            pain = np.array([np.nan if v is None else v for v in s.pain], dtype=float)
            fl = [(np.datetime64(a).astype("datetime64[D]").astype(float),
                   np.datetime64(b).astype("datetime64[D]").astype(float) + 1) for a, b in s.flares]
            bx = np.array(s.boom_days, dtype="datetime64[D]").astype(float)

            raw_times.append(raw_draw(x, y, plan, pain, fl, bx, poly=False))
            raw_poly_times.append(raw_draw(x, y, plan, pain, fl, bx, poly=True))
            tab.deleteLater()
            app.processEvents()
        store.close()

    def ms(values):
        return f"median {statistics.median(values) * 1000:.0f} ms (min {min(values) * 1000:.0f})"

    ratio = statistics.median(a / r for a, r in zip(app_times, raw_times, strict=True))
    ratio_poly = statistics.median(a / r for a, r in zip(app_times, raw_poly_times, strict=True))
    print(f"range {args.range}: {days} bars drawn; runs: {args.runs}")
    print(f"app chart open:                 {ms(app_times)}")
    print(f"raw matplotlib (ax.bar):        {ms(raw_times)}")
    print(f"raw matplotlib (PolyCollection): {ms(raw_poly_times)}")
    print(f"ratio app/raw ax.bar:          {ratio:.2f}  (target <= 1.5) {'OK' if ratio <= 1.5 else 'MISSED'}")
    print(f"ratio app/raw PolyCollection:  {ratio_poly:.2f}")
    return 0 if ratio <= 1.5 else 1


if __name__ == "__main__":
    raise SystemExit(main())
