"""Shared pieces of the benchmark scripts: the two data dirs every figure is measured on, child-process
launching, and how a ratio is reported.

Benchmarks are run by hand or from ``bench_all.py``, never by pytest (their names do not start with
``test_``). Each figure is a ratio to a floor measured in the same run, on the same Python, several runs,
and the median is what counts: a loaded machine slows both sides alike.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
PROBE = HERE / "_probe.py"

if str(ROOT) not in sys.path:  # run as a script from anywhere: import the checkout, not an installed copy
    sys.path.insert(0, str(ROOT))

DEMO_YEARS = 5
DEMO_PER_DAY = 3
DATASETS = ("empty", "5-year")


def child_env(**extra: str) -> dict[str, str]:
    """The environment for a measured child: offscreen, the checkout importable, a private matplotlib
    config dir so a first-run font cache build is not counted against the app on later runs."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    env.setdefault("MPLCONFIGDIR", str(Path(tempfile.gettempdir()) / "backpain-bench-mpl"))
    # An installed app runs from compiled bytecode (pip compiles on install; the bundle ships .pyc), so
    # the checkout's modules must not be compiled afresh at every launch; the cache stays out of the tree.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.setdefault("PYTHONPYCACHEPREFIX", str(Path(tempfile.gettempdir()) / "backpain-bench-pycache"))
    env.pop("BACKPAIN_DATA_DIR", None)
    env.update(extra)
    return env


def demo_entries(years: int = DEMO_YEARS, per_day: int = DEMO_PER_DAY, end: datetime | None = None):
    """A believable log: ``per_day`` entries a day for ``years`` years, activities and pain varying."""
    from backpain_desktop.store import ActivityEntry

    end = end or datetime.now(timezone.utc).replace(hour=20, minute=0, second=0, microsecond=0)
    activities = ("Walking", "Exercises", "Housework", "Gardening", "Sitting")
    days = years * 365
    for day in range(days):
        base = end - timedelta(days=days - day)
        for slot in range(per_day):
            n = day * per_day + slot
            pain = (n * 7 + day // 30) % 11
            yield ActivityEntry(activity=activities[n % len(activities)], amount=float(10 + (n * 13) % 50),
                                unit="min", pain_before=pain, pain_after=max(0, pain - (n % 3)),
                                occurred_at=base + timedelta(hours=8 + 5 * slot), note="")


def make_demo_data(target: Path) -> Path:
    """Write the 5-year demo log into ``target`` through the app's own store (as the app would).

    Uses ``backpain_desktop/devtools/make_demo_data.py`` (a believable person: plan, flare-ups) when
    present; otherwise writes the same shape here. The result is cached in the temp dir and copied,
    since writing ~5,500 durable entries takes a while.
    """
    cache = Path(tempfile.gettempdir()) / f"backpain-bench-demo2-{DEMO_YEARS}y-{DEMO_PER_DAY}d"
    if not (cache / "backpain.sqlite3").is_file():
        tmp = cache.with_name(cache.name + ".partial")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        script = ROOT / "backpain_desktop" / "devtools" / "make_demo_data.py"
        made = False
        if script.is_file():  # the demo person (plan, flare-ups); else the plain generator below
            made = subprocess.run([sys.executable, "-m", "backpain_desktop.devtools.make_demo_data", str(tmp),
                                   "--years", str(DEMO_YEARS), "--per-day", str(DEMO_PER_DAY)],
                                  env=child_env(), cwd=ROOT, capture_output=True,
                                  ).returncode == 0 and (tmp / "backpain.sqlite3").is_file()
        if not made:
            from backpain_desktop.store import Store

            shutil.rmtree(tmp)  # nothing half-written by the script may stay
            tmp.mkdir()

            store = Store.open(tmp / "backpain.sqlite3")
            try:
                for entry in demo_entries():
                    store.add_entry(entry)
            finally:
                store.close()
        shutil.rmtree(cache, ignore_errors=True)
        tmp.rename(cache)
    target.mkdir(parents=True, exist_ok=True)
    for item in cache.iterdir():
        if item.is_file():
            shutil.copy2(item, target / item.name)
    return target


def fresh_data_dir(dataset: str) -> Path:
    """A new temporary data dir holding ``dataset`` ("empty" or "5-year")."""
    folder = Path(tempfile.mkdtemp(prefix=f"backpain-bench-{dataset}-"))
    if dataset == "5-year":
        make_demo_data(folder)
    return folder


def run_probe(mode: str, *args: str, timeout: float = 120) -> dict:
    """Run ``_probe.py`` in a fresh Python and return what it measured.

    ``launched`` is taken just before the process starts, so the figure covers interpreter start-up,
    imports, building and the first paint: what a person waits through.
    """
    launched = time.time()
    result = subprocess.run([sys.executable, str(PROBE), mode, *args], capture_output=True, text=True,
                            env=child_env(), cwd=ROOT, timeout=timeout)
    if result.returncode != 0:
        raise RuntimeError(f"probe {mode} failed ({result.returncode}):\n{result.stderr[-3000:]}")
    line = next(ln for ln in reversed(result.stdout.splitlines()) if ln.startswith("{"))
    measured = json.loads(line)
    measured["launch_to_shown_s"] = measured["shown_at"] - launched
    return measured


def median(values: Iterable[float]) -> float:
    return statistics.median(list(values))


def report(name: str, dataset: str, ratio: float, target: float, detail: str) -> bool:
    """One line bench_all.py collects: ``RESULT <name> [<dataset>] <ratio>x (target ...) PASS|MISS``."""
    ok = ratio <= target
    verdict = "PASS" if ok else "MISS"
    print(f"RESULT {name} [{dataset}] {ratio:.2f}x (target <= {target}x) {verdict}  {detail}", flush=True)
    return ok


def report_value(name: str, dataset: str, value: float, unit: str, target: float, detail: str = "") -> bool:
    """Like :func:`report` for an absolute figure (milliseconds of blocking, say)."""
    ok = value <= target
    verdict = "PASS" if ok else "MISS"
    print(f"RESULT {name} [{dataset}] {value:.1f} {unit} (target <= {target} {unit}) {verdict}  {detail}",
          flush=True)
    return ok


def parse_args(default_runs: int, description: str = ""):
    """``--runs N`` and ``--dataset empty|5-year|all``, shared by every bench_*.py.

    Returns the parsed namespace with ``datasets`` filled in as a tuple of dataset names.
    """
    import argparse

    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--runs", type=int, default=default_runs, help="runs per side; the median counts")
    parser.add_argument("--dataset", choices=(*DATASETS, "all"), default="all")
    args = parser.parse_args()
    args.datasets = DATASETS if args.dataset == "all" else (args.dataset,)
    return args


def open_chart(window, wait: bool = False) -> str:
    """Open the Pacing chart the way a person does (its tab, then the chart); returns how it was drawn.
    ``wait``: return once it is drawn (else it loads and draws on the chart thread meanwhile)."""
    window.tabs.setCurrentWidget(window.pacing_tab)
    show_chart = getattr(window.pacing_tab, "show_chart", None)
    if callable(show_chart):
        show_chart(wait=wait)
        return "pacing_tab.show_chart()"
    return draw_chart_standin(window)


def draw_chart_standin(window) -> str:
    """Until the Pacing tab has ``show_chart``, draw what it will draw, the way DESIGN.md says it will
    (a Figure on a FigureCanvasQTAgg, no pyplot), so the memory figure includes matplotlib either way."""
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure

    store = window.pacing_tab._store
    totals = store.daily_totals()
    figure = Figure(figsize=(8, 4))
    axes = figure.add_subplot()
    axes.plot([t.day for t in totals], [t.total for t in totals])
    canvas = FigureCanvasQTAgg(figure)
    canvas.setParent(window.pacing_tab)
    canvas.show()
    canvas.draw()
    window._bench_canvas = canvas  # keep it alive until the figure is read
    return "stand-in (no pacing_tab.show_chart yet)"
