"""Benchmark: logging one durable entry through the app against a raw sqlite3 INSERT with the same
pragmas (WAL, synchronous=FULL, one committed transaction), on a log with 5 years × 3 entries a day.
Target: median ratio <= 1.5.

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_log.py [--runs 30]

Three app paths are timed, each against a raw insert made just before it (the disk's fsync time drifts):
  store  - Store.add_entry (the durable write the app makes: validation-free, one transaction)
  form   - validate_entry + Store.add_entry (what happens between pressing Save and "Saved")
  tab    - PacingTab.save_entry until "Saved" shows: the above plus the new row in the table
           (the plan, summary and chart follow on the next event-loop turn; timed and printed apart)
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from backpain_desktop.devtools.make_demo_data import generate
    from backpain_desktop.domain.entries import EntryInput, validate_entry
    from backpain_desktop.store import ActivityEntry, Store, to_db_time, utc_now
    from backpain_desktop.ui.chart_thread import ChartWorker
    from backpain_desktop.ui.pacing import PacingTab

    app = QApplication.instance() or QApplication([])
    worker = ChartWorker()
    now = datetime(2026, 11, 30, 20, 0, tzinfo=timezone.utc)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.sqlite3"
        store = Store.open(path)
        print(f"{generate(store, now, years=5, per_day=3)} entries in the log")
        raw = sqlite3.connect(str(path), isolation_level=None)
        for pragma in ("journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON",
                       "busy_timeout = 5000"):
            raw.execute(f"PRAGMA {pragma}")

        def raw_insert() -> float:
            t0 = time.perf_counter()
            raw.execute("BEGIN IMMEDIATE")
            raw.execute(
                "INSERT INTO activity_entries (activity, amount, unit, pain_before, pain_after, occurred_at, "
                "note, source, exercise_session_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                ("Walking", 20.0, "min", 3, 4, to_db_time(now), "raw", "manual", None, to_db_time(utc_now())))
            raw.execute("COMMIT")
            return time.perf_counter() - t0

        def store_add() -> float:
            t0 = time.perf_counter()
            store.add_entry(ActivityEntry("Walking", 20.0, now, pain_before=3, pain_after=4, note="store"))
            return time.perf_counter() - t0

        def form_add() -> float:
            t0 = time.perf_counter()
            valid, _ = validate_entry(EntryInput("Walking", "20", "min", "3", "4", now - timedelta(minutes=1),
                                                 "form"), now)
            store.add_entry(ActivityEntry(valid.activity, valid.amount, valid.occurred_at, valid.unit,
                                          valid.pain_before, valid.pain_after, valid.note))
            return time.perf_counter() - t0

        tab = PacingTab(store, now=lambda: now, chart_worker=worker)
        follow_up: list[float] = []

        def tab_add() -> float:
            tab.activity.setCurrentText("Walking")
            tab.amount.set_value(20)
            tab.pain_before.set_value(3)
            tab.pain_after.set_value(4)
            t0 = time.perf_counter()
            stored = tab.save_entry()
            elapsed = time.perf_counter() - t0
            assert stored is not None
            t1 = time.perf_counter()
            tab.refresh_now()  # the plan, summary and chart, which follow on the next event-loop turn
            follow_up.append(time.perf_counter() - t1)
            return elapsed

        results = {}
        for name, fn in (("store", store_add), ("form", form_add), ("tab", tab_add)):
            pairs = [(raw_insert(), fn()) for _ in range(args.runs)]
            results[name] = pairs
        results["follow_up"] = follow_up
        raw.close()
        store.close()
        app.processEvents()

    follow_up = results.pop("follow_up")
    ok = True
    for name, pairs in results.items():
        ratio = statistics.median(a / r for r, a in pairs)
        raw_ms = statistics.median(r for r, _ in pairs) * 1000
        app_ms = statistics.median(a for _, a in pairs) * 1000
        verdict = "OK" if ratio <= 1.5 else "MISSED"
        if name != "tab":
            ok = ok and ratio <= 1.5
        print(f"{name:6s} raw {raw_ms:7.2f} ms  app {app_ms:7.2f} ms  median ratio {ratio:5.2f}  "
              f"(target <= 1.5) {verdict}")
    print(f"tab follow-up refresh (plan, summary, lists; after 'Saved' shows): median "
          f"{statistics.median(follow_up) * 1000:.1f} ms")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
