"""Start-up: launch to the main window shown, the app vs a bare QMainWindow + QTabWidget (target <= 1.3x).

Both are fresh processes of the same Python, started from here; the time runs from just before the
process starts to the end of the main window's first paint (see _probe.py). Runs alternate app / bare so
a busy machine slows both alike; the ratio of the medians is reported, on an empty data dir and on a
5-year log.

    python tests/benchmarks/bench_startup.py [--runs 7] [--dataset empty|5-year|all]
"""

from __future__ import annotations

import shutil

from _common import fresh_data_dir, median, parse_args, report, run_probe

TARGET = 1.3


def measure(dataset: str, runs: int) -> float:
    data_dir = fresh_data_dir(dataset)
    try:
        run_probe("app", "--data-dir", str(data_dir))  # warm-up: first run fills disk caches, writes settings
        run_probe("bare")
        app, bare, app_cpu, bare_cpu = [], [], [], []
        for _ in range(runs):
            measured = run_probe("app", "--data-dir", str(data_dir))
            app.append(measured["launch_to_shown_s"])
            app_cpu.append(measured["cpu_s"])
            measured = run_probe("bare")
            bare.append(measured["launch_to_shown_s"])
            bare_cpu.append(measured["cpu_s"])
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)
    ratio = median(app) / median(bare)
    report("startup", dataset, ratio, TARGET,
           f"app {median(app) * 1000:.0f} ms vs bare {median(bare) * 1000:.0f} ms, median of {runs} "
           f"(app runs: {', '.join(f'{t * 1000:.0f}' for t in app)})")
    # Processor time until the first paint, beside the wall time the target is judged on: it leaves out
    # time spent waiting for a busy shared processor (here the two agree: start-up runs on one thread).
    report("startup-cpu", dataset, median(app_cpu) / median(bare_cpu), TARGET,
           f"processor time to first paint: app {median(app_cpu) * 1000:.0f} ms vs bare "
           f"{median(bare_cpu) * 1000:.0f} ms (for reference)")
    return ratio


def main() -> None:
    args = parse_args(7, __doc__)
    for dataset in args.datasets:
        measure(dataset, args.runs)


if __name__ == "__main__":
    main()
