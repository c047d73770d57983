"""The UI thread is never blocked for more than 50 ms by the app's own work (target <= 50 ms).

The real window, store and content pack are built as app.main builds them (AppPaths on a data dir,
Store.open, the shipped pack). From the end of the first paint a zero-interval timer notes every
event-loop turn, through the idle work the app does then (preparing the tabs not on screen). 0.7 s
after the first paint a script starts doing what a person does, one step every 200 ms: open the
Exercises and Pacing tabs, log entries through the Pacing form, open the chart, switch tabs, log more
with the chart open. The longest gap between turns, and the step it happened in, is reported. Each
dataset runs in a fresh process, so first-use costs (a tab's first paint, loading sound or matplotlib)
are counted as a person meets them. The same visit also runs on a kiosk (full screen, a log in memory,
the kiosk's rules): with ``--dataset all`` (the default) after the datasets, with ``--kiosk`` alone.

    python tests/benchmarks/bench_ui_block.py [--runs 3] [--dataset empty|5-year|all] [--kiosk]
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time

from _common import ROOT, child_env, fresh_data_dir, median, open_chart, parse_args, report_value

TARGET_MS = 50.0
STEP_SPACING_MS = 200
FIRST_STEP_MS = 700  # after the first paint: a person's first click, once the app has prepared the tabs


def child(data_dir: str, kiosk: bool = False) -> None:
    """Run the scripted session in this process and print the gaps as JSON."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from backpain_desktop.app import load_content
    from backpain_desktop.paths import AppPaths
    from backpain_desktop.perf import pause_collector
    from backpain_desktop.settings import Settings
    from backpain_desktop.startup import after_first_paint, configure_matplotlib_cache
    from backpain_desktop.store import Store
    from backpain_desktop.ui.main_window import MainWindow

    resume_collector = pause_collector()  # as app.main does
    app = QApplication(sys.argv[:1])
    paths = AppPaths.resolve(data_dir)
    paths.ensure()
    configure_matplotlib_cache(paths, kiosk=False)
    pack, _problem = load_content(None)
    if kiosk:
        from backpain_desktop.domain.kiosk_config import KioskConfig

        store = Store.open(None)
        window = MainWindow(store, pack, Settings(), lambda s: None, kiosk=KioskConfig(enabled=True))
        window.kiosk.start()
    else:
        store = Store.open(paths.database)
        window = MainWindow(store, pack, Settings(), lambda s: None)
        window.resize(1100, 760)
        window.show()

    def log_entry(minutes: str) -> None:
        tab = window.pacing_tab
        tab.amount.set_value(int(minutes))
        tab.save_button.click()

    steps = [("open Exercises (first time)", lambda: window.tabs.setCurrentIndex(1)),
             ("open Pacing (first time)", lambda: window.tabs.setCurrentIndex(2))]
    steps += [(f"log entry {n}", lambda n=n: log_entry(str(10 + n))) for n in range(5)]
    steps += [("open the chart (first time)", lambda: open_chart(window))]
    for _ in range(3):
        steps += [("switch to Advice", lambda: window.tabs.setCurrentIndex(0)),
                  ("switch to Exercises", lambda: window.tabs.setCurrentIndex(1)),
                  ("switch to Pacing", lambda: window.tabs.setCurrentIndex(2))]
    steps += [(f"log entry with the chart open {n}", lambda n=n: log_entry(str(30 + n))) for n in range(5)]

    worst: dict[str, float] = {}
    state = {"label": "start-up", "last": time.perf_counter()}

    def beat() -> None:
        now = time.perf_counter()
        gap = (now - state["last"]) * 1000
        state["last"] = now
        worst[state["label"]] = max(worst.get(state["label"], 0.0), gap)
        label = state["label"]
        if label != "start-up" and not label.startswith("after "):
            # Work a step schedules for a later turn of the loop (a deferred refresh) is still its own.
            state["label"] = f"after {label}"

    heartbeat = QTimer()
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.setInterval(0)
    heartbeat.timeout.connect(beat)

    def run_step(index: int) -> None:
        if index == len(steps):
            QTimer.singleShot(STEP_SPACING_MS, lambda: app.exit(0))  # a kiosk refuses quit()
            return
        label, action = steps[index]
        state["label"] = label
        try:
            action()
        except Exception:  # a broken step must end the run, not leave it waiting for the next one
            import traceback

            traceback.print_exc()
            app.exit(1)
            return
        QTimer.singleShot(STEP_SPACING_MS, lambda: run_step(index + 1))

    def begin() -> None:
        # From the end of the first paint: the idle work the app does then (preparing the other tabs)
        # is counted as well as what each step causes.
        state["label"] = "idle work after the first paint"
        state["last"] = time.perf_counter()
        heartbeat.start()
        QTimer.singleShot(FIRST_STEP_MS, lambda: run_step(0))

    after_first_paint(window, begin, lambda: window.prepare_when_idle(then=resume_collector))  # as app.main
    code = app.exec()
    store.close()
    if code:
        sys.exit(code)
    chart = window.pacing_tab.chart
    if chart is None or chart.draws < 1:  # the chart draws on its own thread: it must have reached the screen
        sys.exit("the chart was never drawn during the session")
    worst.pop("start-up", None)
    print(json.dumps(worst), flush=True)


def measure(dataset: str, runs: int, kiosk: bool = False) -> float:
    worst_runs = []
    per_step: dict[str, list[float]] = {}
    for _ in range(runs):
        data_dir = fresh_data_dir(dataset)
        try:
            result = subprocess.run([sys.executable, __file__, "--child", str(data_dir)]
                                    + (["--kiosk"] if kiosk else []), capture_output=True,
                                    text=True, env=child_env(), cwd=ROOT, timeout=600)
        finally:
            shutil.rmtree(data_dir, ignore_errors=True)
        if result.returncode != 0:
            raise RuntimeError(result.stderr[-3000:])
        gaps = json.loads(result.stdout.strip().splitlines()[-1])
        for label, gap in gaps.items():
            per_step.setdefault(label, []).append(gap)
        worst_runs.append(max(gaps.values()))
    slowest = sorted(((median(v), k) for k, v in per_step.items()), reverse=True)[:4]
    value = median(worst_runs)
    report_value("ui-block", "kiosk" if kiosk else dataset, value, "ms", TARGET_MS,
                 "longest gaps (median over runs): " + "; ".join(f"{k} {v:.0f} ms" for v, k in slowest))
    return value


def main() -> None:
    kiosk = "--kiosk" in sys.argv
    if kiosk:
        sys.argv.remove("--kiosk")
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        child(sys.argv[2], kiosk)
        return
    args = parse_args(3, __doc__)
    if kiosk:  # a kiosk's log starts empty in memory at every visit: one run set, not one per dataset
        measure("empty", args.runs, kiosk=True)
        return
    for dataset in args.datasets:
        measure(dataset, args.runs)
    if len(args.datasets) > 1:
        measure("empty", args.runs, kiosk=True)


if __name__ == "__main__":
    main()
