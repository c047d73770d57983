"""200 SIGKILL crash trials against one log file; prints the counts for the issue note.

Run from the checkout root:  python tests/benchmarks/bench_crash_trials.py [TRIALS] [SEED]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.crash_writer import run_trials  # noqa: E402


def main() -> int:
    trials = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 2026
    with tempfile.TemporaryDirectory(prefix="crash-trials-") as folder:
        started = time.perf_counter()
        totals = run_trials(Path(folder) / "log.sqlite3", trials=trials, seed=seed)
        elapsed = time.perf_counter() - started
        size = (Path(folder) / "log.sqlite3").stat().st_size
    print(f"trials: {totals.trials}")
    print(f"acknowledged entries: {totals.entries}")
    print(f"acknowledged exercise sessions: {totals.sessions}")
    print(f"lost: {len(totals.lost)}")
    print(f"integrity_check failures: {totals.integrity_failures}")
    print(f"reopen failures: {len(totals.open_failures)}")
    print(f"final log size: {size / 1e6:.1f} MB")
    print(f"time: {elapsed:.1f} s")
    for problem in totals.lost[:10] + totals.open_failures[:10]:
        print("  ", problem)
    return 0 if not (totals.lost or totals.integrity_failures or totals.open_failures) else 1


if __name__ == "__main__":
    sys.exit(main())
