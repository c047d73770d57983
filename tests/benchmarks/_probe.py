"""The measured child process of bench_startup.py and bench_memory.py (run by _common.run_probe).

``_probe.py bare [--chart | --chart-libs]``: the floor, a bare QMainWindow with a QTabWidget and three empty
tabs (``--chart-libs``: then only import numpy and matplotlib, to weigh them; with the app's fix
for PySide's import scan, see ``qt_workarounds.lighten_import_scan``).
``_probe.py app --data-dir DIR [--chart]``: the real app, started through ``app.main`` exactly as
``python -m backpain_desktop`` starts it.
``--profile FILE`` (either mode): write cProfile statistics of everything up to the end (where the time goes:
``python -m pstats FILE``).

Both note the moment the main window has finished its first paint, then (with ``--chart``) open the
Pacing chart, and print one JSON line: when the window was shown (epoch seconds), the peak resident
memory, and which heavy modules were loaded. Nothing is added to the app for this: the probe only
wraps ``QApplication.exec`` to watch for the first paint.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time

# Run by hand too: import the checkout this file is in.
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))

MODULES_OF_INTEREST = ("matplotlib", "numpy", "PySide6.QtMultimedia", "PySide6.QtTextToSpeech",
                       "PySide6.QtPrintSupport", "PySide6.QtSvg")


def peak_rss_mb() -> float:
    # Linux reports ru_maxrss in KiB, macOS in bytes.
    per_mb = 1024 * 1024 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / per_mb


def draw_raw_chart(window) -> str:
    """The floor's chart (``bare --chart``): the least a window showing a matplotlib chart can cost -
    numpy and matplotlib imported, one FigureCanvasQTAgg with five years of weekly bars, a line on a
    second axis and a legend, drawn once on the Pacing tab."""
    import numpy as np
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure

    weeks = np.arange(261, dtype=float)
    figure = Figure(figsize=(8, 3.6), dpi=100)
    axes = figure.add_subplot()
    axes.bar(weeks, 20 + (weeks * 7) % 30, label="amount")
    axes.twinx().plot(weeks, (weeks * 3) % 11, "--", label="pain")
    axes.legend(loc="lower left")
    canvas = FigureCanvasQTAgg(figure)
    tabs = window.centralWidget()
    tabs.widget(2).setLayout(__import__("PySide6.QtWidgets", fromlist=["QVBoxLayout"]).QVBoxLayout())
    tabs.widget(2).layout().addWidget(canvas)
    tabs.setCurrentIndex(2)
    canvas.draw()
    window._raw_chart = canvas
    return "raw matplotlib"


def main() -> None:
    mode = sys.argv[1]
    chart = "--chart" in sys.argv
    profile_to = sys.argv[sys.argv.index("--profile") + 1] if "--profile" in sys.argv else None
    profiler = None
    if profile_to:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    if mode == "app":
        # Before PySide6, as `python -m backpain_desktop` does: PySide6's import hook would otherwise read
        # the source of every module the app imports with inspect.getsource (kept in linecache), a
        # cost the real app avoids by importing PySide6 only after these and then lightening the hook.
        from backpain_desktop.app import main as app_main
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    state: dict = {}

    def finish() -> None:
        app = QApplication.instance()
        window = next(w for w in app.topLevelWidgets() if isinstance(w, QMainWindow))
        how = ""
        if chart and mode == "app":
            from _common import open_chart  # only now: its imports must not count towards start-up

            how = open_chart(window, wait=True)
            for _ in range(5):
                app.processEvents()
        elif chart:
            how = draw_raw_chart(window)
            for _ in range(5):
                app.processEvents()
        elif "--chart-libs" in sys.argv:  # what importing the chart's libraries alone costs, nothing drawn
            # With the app's own fix for PySide's import scan (~20 MB of source kept otherwise), so the
            # figure is the libraries' weight, not that bug's.
            from backpain_desktop.qt_workarounds import lighten_import_scan

            lighten_import_scan()
            import numpy  # noqa: F401
            from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg  # noqa: F401
            from matplotlib.figure import Figure  # noqa: F401

            how = "numpy and matplotlib imported"
            for _ in range(5):
                app.processEvents()
        print(json.dumps({
            "mode": mode, "shown_at": state["shown_at"], "cpu_s": state["cpu_s"],
            "peak_rss_mb": peak_rss_mb(), "chart": how,
            "modules": [m for m in MODULES_OF_INTEREST if m in sys.modules],
        }), flush=True)
        sys.stdout.flush()
        if profiler is not None:
            profiler.disable()
            profiler.dump_stats(profile_to)

        os._exit(0)  # the figures are taken; skip teardown so it is not part of any timing

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
            if (event.type() == QEvent.Type.Paint and "shown_at" not in state
                    and isinstance(obj, QMainWindow)):
                state["pending"] = True
                # Runs once this paint pass (children included) is done: the window is on screen.
                QTimer.singleShot(0, mark)
            return False

    def mark() -> None:
        state["shown_at"] = time.time()
        # Processor time of the whole process (all threads) until now: unlike wall time, it leaves out
        # waiting for a busy shared processor.
        state["cpu_s"] = time.process_time()
        QTimer.singleShot(0, finish)

    watcher = FirstPaint()
    original_exec = QApplication.exec

    def exec_watching(self):
        # On the main window only: a filter on the whole application has every object that receives an
        # event wrapped for Python, which makes PySide build the types (and enums) of most of QtWidgets:
        # ~75 ms added to the bare window's start-up and ~50 ms to the app's, none of it theirs.
        for widget in self.topLevelWidgets():
            if isinstance(widget, QMainWindow):
                widget.installEventFilter(watcher)
        return original_exec()

    QApplication.exec = exec_watching

    if mode == "bare":
        from PySide6.QtWidgets import QTabWidget, QWidget

        app = QApplication(sys.argv[:1])
        window = QMainWindow()
        tabs = QTabWidget()
        for title in ("Advice", "Exercises", "Pacing"):
            tabs.addTab(QWidget(), title)
        window.setCentralWidget(tabs)
        window.resize(1100, 760)
        window.show()
        app.exec()
    else:
        data_dir = sys.argv[sys.argv.index("--data-dir") + 1]
        sys.exit(app_main(["--data-dir", data_dir]))


if __name__ == "__main__":
    main()
