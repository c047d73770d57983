"""Crash trials shared by tests/test_crash_durability.py and tests/benchmarks/bench_crash_trials.py.

Run as a script it is the child: it opens the log through the real Store, writes entries and exercise
sessions as fast as it can, and prints one line per write *after* the write returned (the moment the
UI would say "saved"). The parent reads those acknowledgements, SIGKILLs the child at a random point,
reopens the log and checks that every acknowledged write is there, intact, and that
``PRAGMA integrity_check`` is ok.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
T0 = datetime(2026, 1, 5, 8, 0, tzinfo=timezone.utc)


def note_for(seed: int, n: int) -> str:
    """The note of write ``n`` in trial ``seed``: recomputable by the parent, of varied size."""
    size = random.Random(seed * 1_000_003 + n).choice((0, 10, 60, 300, 1500))
    return f"trial {seed} write {n} " + "é✓" * (size // 2)


def child(path: str, seed: int) -> None:
    sys.path.insert(0, str(ROOT))
    from backpain_desktop.store import ActivityEntry, ExerciseSession, Store

    store = Store.open(path)
    rng = random.Random(seed)
    out = sys.stdout
    n = 0
    while True:
        n += 1
        when = T0 + timedelta(minutes=n)
        if rng.random() < 0.2:
            session = store.add_exercise_session(ExerciseSession(
                exercise_id="knee-rolls", exercise_name=note_for(seed, n), started_at=when, duration_s=60.0,
                reps_planned=10, reps_done=n % 11, sets_planned=1, sets_done=1, outcome="completed"))
            out.write(f"S {session.id} {n}\n")
        else:
            entry = store.add_entry(ActivityEntry(activity="Walking", amount=float(n % 500 + 1),
                                                  occurred_at=when, pain_after=n % 11,
                                                  note=note_for(seed, n)))
            out.write(f"E {entry.id} {n}\n")
        out.flush()


@dataclass
class Totals:
    trials: int = 0
    entries: int = 0
    sessions: int = 0
    lost: list[str] = field(default_factory=list)
    integrity_failures: int = 0
    open_failures: list[str] = field(default_factory=list)


def run_trials(db: Path, trials: int, seed: int, max_acks: int = 600) -> Totals:
    """Kill a writer ``trials`` times at random points; check every acknowledged write after each."""
    sys.path.insert(0, str(ROOT))
    from backpain_desktop.store import Store, StoreError

    rng = random.Random(seed)
    acked: dict[str, tuple] = {}  # "E 12" -> what the child wrote, as _fingerprint gives it
    totals = Totals()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    for trial in range(trials):
        trial_seed = seed * 10_000 + trial
        proc = subprocess.Popen([sys.executable, __file__, str(db), str(trial_seed)], stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, text=True, env=env)
        assert proc.stdout is not None
        stop_after = rng.randrange(0, max_acks)  # 0: killed while starting or opening the log
        lines = []
        while len(lines) < stop_after:
            line = proc.stdout.readline()
            if not line:
                break
            lines.append(line)
        proc.send_signal(signal.SIGKILL)
        rest, _ = proc.communicate()  # acknowledgements already in the pipe were committed too
        lines += rest.splitlines()
        for line in lines:
            kind, ident, n = line.split()
            acked[f"{kind} {ident}"] = _fingerprint(kind, trial_seed, int(n))
            totals.entries += kind == "E"
            totals.sessions += kind == "S"
        totals.trials += 1
        try:
            store = Store.open(db, check_integrity=False)  # checked just below, and counted
        except StoreError as exc:
            totals.open_failures.append(f"trial {trial}: {type(exc).__name__}: {exc.detail}")
            break
        with store:
            if not store.integrity_ok():
                totals.integrity_failures += 1
        totals.lost += _check_acked(db, acked)
    return totals


def _fingerprint(kind: str, trial_seed: int, n: int) -> tuple:
    text = note_for(trial_seed, n)
    if kind == "E":
        return (float(n % 500 + 1), len(text), text[:40], text[-4:])
    return (len(text), text[:40], text[-4:])


def _check_acked(db: Path, acked: dict[str, tuple]) -> list[str]:
    """Every acknowledged write, compared with what the child wrote: the amount, and the length, start and
    end of the text. Plain SQL, so the parent need not hold every note of every trial in memory."""
    import sqlite3

    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        found = {f"E {row[0]}": row[1:] for row in conn.execute(
            "SELECT id, amount, length(note), substr(note, 1, 40), substr(note, -4) FROM activity_entries")}
        found.update({f"S {row[0]}": row[1:] for row in conn.execute(
            "SELECT id, length(exercise_name), substr(exercise_name, 1, 40), substr(exercise_name, -4) "
            "FROM exercise_sessions")})
    finally:
        conn.close()
    return [f"{key}: expected {expected[:2]}, found {found.get(key, ('nothing',))[:2]}"
            for key, expected in acked.items() if found.get(key) != expected]


if __name__ == "__main__":
    child(sys.argv[1], int(sys.argv[2]))
