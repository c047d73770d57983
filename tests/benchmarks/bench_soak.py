"""Soak: an hour of rep-timer ticks and logging, squeezed into seconds, on the real window and event loop.

A fake clock moves 100 ms per tick (the display's tick rate) while a zero-interval QTimer drives the ticks
through the real Qt event loop, so 36,000 ticks are one simulated hour. Each tick drives the real Exercises
tab (its rep timer on the fake monotonic clock, figure, labels; all exercises in a row, again and again,
each stored as a session) and a countdown label; every simulated five minutes an activity is typed into the
Pacing form and saved (table and completer reload). Resident memory is read after a ten-minute warm-up
and at the end.

Without an Exercises tab that has ``start_all``, it falls back to ``domain.reptimer`` or a stand-in with
the same shape (start/tick/finished), and says which it used. Run from the checkout root:

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_soak.py [MINUTES]
"""

from __future__ import annotations

import gc
import os
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TICK_S = 0.1
WARM_UP_MIN = 10


def rss_kb() -> int:
    """Current resident set size (Linux /proc; falls back to the peak from getrusage elsewhere)."""
    try:
        with open("/proc/self/statm") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024
    except OSError:
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def make_timer():
    try:
        from backpain_desktop.domain.reptimer import RepTimer, TimerPlan

        return RepTimer(TimerPlan(name="Knee rolls", reps=10, hold_s=5, rest_s=5, sets=2)), "domain.reptimer"
    except ImportError:
        return _StandInTimer(reps=10, hold_s=5, rest_s=5, sets=2), "stand-in (domain.reptimer not present)"


class _StandInTimer:
    """Hold/rest phases rep after rep; tick(now) returns the phase changes, like the real one."""

    def __init__(self, reps: int, hold_s: float, rest_s: float, sets: int):
        self._phases = [("hold", hold_s), ("rest", rest_s)] * reps * sets
        self._index = -1
        self._ends = 0.0
        self._now = 0.0
        self.reps_done = [0]

    @property
    def finished(self) -> bool:
        return self._index >= len(self._phases)

    def start(self, now: float) -> list:
        self._index, self._ends = 0, now + self._phases[0][1]
        return [("started", self._phases[0][0])]

    def tick(self, now: float) -> list:
        events = []
        self._now = now
        while not self.finished and now >= self._ends:
            if self._phases[self._index][0] == "hold":
                self.reps_done[0] += 1
            self._index += 1
            if not self.finished:
                self._ends += self._phases[self._index][1]
                events.append(("phase", self._phases[self._index][0]))
        return events

    @property
    def seconds_left(self) -> float:
        return max(0.0, self._ends - self._now)


def main() -> int:
    minutes = int(sys.argv[1]) if len(sys.argv) > 1 else 60
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel

    from backpain_desktop.domain.content import load_pack
    from backpain_desktop.paths import resource_path
    from backpain_desktop.settings import Settings
    from backpain_desktop.store import ExerciseSession, Store
    from backpain_desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    folder = tempfile.TemporaryDirectory(prefix="soak-")
    store = Store.open(Path(folder.name) / "log.sqlite3")
    wall0 = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)
    state = {"tick": 0, "mono": 1000.0, "sessions": 0, "entries": 0, "events": 0}

    def wall() -> datetime:
        return wall0 + timedelta(seconds=state["mono"] - 1000.0)

    window = MainWindow(store, load_pack(resource_path("content", "en-GB")), Settings(muted=True),
                        lambda s: None, now=wall, monotonic=lambda: state["mono"])
    window.show()
    countdown = QLabel(window)  # the countdown a person watches, redrawn every tick
    countdown.show()
    exercises = window.exercise_tab
    real_tab = all(callable(getattr(exercises, name, None)) for name in ("start_all", "_on_tick"))
    if real_tab:
        # The real Exercises tab: its rep timer, figure, labels and session logging, all five exercises
        # in a row, again and again. Its clock is the fake one; ticks come from the loop below.
        window.tabs.setCurrentWidget(exercises)
        exercises.session_logged.connect(lambda _id: state.__setitem__("sessions", state["sessions"] + 1))
        exercises.start_all()
        which = "the Exercises tab's own (domain.reptimer), all exercises in a row, muted"
    timer, stand_in = make_timer()
    which = which if real_tab else stand_in
    timer.start(state["mono"])
    started_session_at = wall()
    total_ticks = int(minutes * 60 / TICK_S)
    warm_tick = int(WARM_UP_MIN * 60 / TICK_S)
    measured: dict[str, int] = {}

    def step() -> None:
        nonlocal timer, started_session_at
        state["tick"] += 1
        state["mono"] += TICK_S
        if real_tab:
            exercises.runner.tick()
            if exercises.timer is None or exercises.timer.finished:
                exercises.start_all()
            state["events"] += 1
            timer = exercises.timer
        else:
            state["events"] += len(timer.tick(state["mono"]))
        countdown.setText(f"{timer.seconds_left:.1f} s left")
        if not real_tab and timer.finished:
            store.add_exercise_session(ExerciseSession(
                exercise_id="knee-rolls", exercise_name="Knee rolls", started_at=started_session_at,
                duration_s=(wall() - started_session_at).total_seconds(), reps_planned=10,
                reps_done=timer.reps_done[0], sets_planned=2, sets_done=2, outcome="completed"))
            state["sessions"] += 1
            timer, _ = make_timer()
            timer.start(state["mono"])
            started_session_at = wall()
        if state["tick"] % int(300 / TICK_S) == 0:  # every five simulated minutes, log by hand
            tab = window.pacing_tab
            tab.activity.setCurrentText("Walking")
            tab.amount.setText("5")
            tab.pain_after.setText("3")
            tab.note.setText(f"soak {state['tick']}")
            if tab.save_entry() is not None:
                state["entries"] += 1
        if state["tick"] == warm_tick:
            gc.collect()
            measured["warm"] = rss_kb()
        if state["tick"] >= total_ticks:
            ticker.stop()
            app.quit()

    ticker = QTimer()
    ticker.setInterval(0)
    ticker.timeout.connect(step)
    began = time.perf_counter()
    measured["start"] = rss_kb()
    ticker.start()
    app.exec()
    gc.collect()
    measured["end"] = rss_kb()
    elapsed = time.perf_counter() - began
    growth = (measured["end"] - measured["warm"]) / measured["warm"] * 100
    print(f"rep timer: {which}")
    print(f"simulated: {minutes} min = {state['tick']} ticks of {TICK_S * 1000:.0f} ms "
          f"({state['events']} timer events) in {elapsed:.1f} s real time")
    print(f"logged: {state['sessions']} exercise sessions, {state['entries']} entries through the form")
    print(f"RSS: start {measured['start'] / 1024:.1f} MB, after {WARM_UP_MIN} min warm-up "
          f"{measured['warm'] / 1024:.1f} MB, end {measured['end'] / 1024:.1f} MB")
    print(f"RSS growth after warm-up: {growth:+.2f}% (target < 5%)")
    window.close()
    store.close()
    folder.cleanup()
    return 0 if growth < 5 else 1


if __name__ == "__main__":
    sys.exit(main())
