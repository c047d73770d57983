"""Memory: peak resident memory until the Pacing chart is opened, the app vs the same bare window
(target <= 1.3x).

The app starts as ``python -m backpain_desktop`` would, shows its window, opens the Pacing tab and its
chart; the floor is a bare QMainWindow + QTabWidget shown in the same Python. For reference, a second
floor is the same bare window drawing a comparable chart with raw matplotlib. Peak RSS (ru_maxrss) is
read at the end of each child. The figure at "window shown" (before the chart) is printed beside it.

    python tests/benchmarks/bench_memory.py [--runs 3] [--dataset empty|5-year|all]
"""

from __future__ import annotations

import shutil

from _common import fresh_data_dir, median, parse_args, report, run_probe

TARGET = 1.3


def measure(dataset: str, runs: int) -> float:
    data_dir = fresh_data_dir(dataset)
    try:
        run_probe("app", "--data-dir", str(data_dir))  # warm-up: settings written, caches filled
        chart, shown, bare, bare_chart, bare_libs, how = [], [], [], [], [], ""
        for _ in range(runs):
            with_chart = run_probe("app", "--data-dir", str(data_dir), "--chart")
            chart.append(with_chart["peak_rss_mb"])
            how = with_chart["chart"]
            shown.append(run_probe("app", "--data-dir", str(data_dir))["peak_rss_mb"])
            bare.append(run_probe("bare")["peak_rss_mb"])
            bare_chart.append(run_probe("bare", "--chart")["peak_rss_mb"])
            bare_libs.append(run_probe("bare", "--chart-libs")["peak_rss_mb"])
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)
    ratio = median(chart) / median(bare)
    report("memory-until-chart", dataset, ratio, TARGET,
           f"app {median(chart):.1f} MB vs bare {median(bare):.1f} MB (chart by {how})")
    report("memory-window-shown", dataset, median(shown) / median(bare), TARGET,
           f"app {median(shown):.1f} MB before the chart (for reference)")
    # What any window pays to show a matplotlib chart at all: the bare window drawing one with raw
    # matplotlib. The target above cannot be met while numpy and matplotlib load into the process.
    report("memory-until-chart-vs-raw-chart", dataset, median(chart) / median(bare_chart), TARGET,
           f"app {median(chart):.1f} MB vs bare window with a raw matplotlib chart "
           f"{median(bare_chart):.1f} MB "
           f"(that floor alone is {median(bare_chart) / median(bare):.2f}x the bare window)")
    report("memory-chart-libraries-alone", dataset, median(bare_libs) / median(bare), TARGET,
           f"bare window that only imports numpy and matplotlib: {median(bare_libs):.1f} MB (for reference)")
    return ratio


def main() -> None:
    args = parse_args(3, __doc__)
    for dataset in args.datasets:
        measure(dataset, args.runs)


if __name__ == "__main__":
    main()
