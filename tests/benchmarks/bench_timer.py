"""How exactly the rep timer keeps time on the real clock: a real QTimer, a real event loop, the real tab.

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_timer.py [--minutes 10]

Runs an exercise whose plan lasts the given minutes (default 10) through ExerciseTab with
time.monotonic, records when each phase change actually reached the screen, and prints the error
against the plan: the end-time error (target <= 20 ms) and the worst and mean phase-start lateness.
Not collected by pytest (the name does not start with test_).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--minutes", type=float, default=10.0)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from backpain_desktop.domain import reptimer as rt
    from backpain_desktop.domain.content import load_pack
    from backpain_desktop.paths import resource_path
    from backpain_desktop.settings import Settings
    from backpain_desktop.store import Store
    from backpain_desktop.ui.exercises import ExerciseTab

    app = QApplication.instance() or QApplication(sys.argv[:1])

    class Quiet:
        muted, voice = False, False

        def speech_available(self):
            return False

        def play(self, tone):
            pass

        def say(self, text):
            pass

        def cue(self, tone, words, until_ms=None):
            pass

        def stop(self):
            pass

    pack = load_pack(resource_path("content", "en-GB"))
    store = Store.open(None)
    tab = ExerciseTab(pack, store, Settings(), lambda s: None, cues=Quiet(), monotonic=time.monotonic)
    tab.show()
    # A 10 minute plan: knee hugs' shape with reps chosen to fill the time (get ready 5 s, then
    # 3 s move + 10 s hold + 3 s release + 5 s rest per rep).
    per_rep = 3 + 10 + 3 + 5
    reps = max(1, round((args.minutes * 60 - 5 + 5) / per_rep))
    plan = rt.TimerPlan(name="Bench", reps=reps, hold_s=10, rest_s=5, sides="none")
    exercise = pack.exercise("knee-hugs")
    lateness: list[float] = []
    ended: list[float] = []

    def started(segment):
        if segment.offset > 0:
            lateness.append(time.monotonic() - (start + segment.offset))

    def finished(_completed):
        ended.append(time.monotonic())
        app.quit()

    tab.numbers = lambda _exercise: plan  # the tab runs this plan instead of the stored numbers
    tab.runner.segment_started.connect(started)
    tab.runner.finished.connect(finished)
    tab.show_exercise(exercise)
    total = sum(s.duration for s in rt.RepTimer(plan).segments)
    start = time.monotonic()
    tab.toggle()
    print(f"running a {total:.0f} s plan ({reps} reps) on the real clock...", flush=True)
    app.exec()
    end_error_ms = (ended[0] - (start + total)) * 1000
    print(f"planned length        {total:.1f} s")
    print(f"end-time error        {end_error_ms:+.1f} ms (target <= 20 ms)")
    print(f"phase starts          {len(lateness)}, late by mean {statistics.mean(lateness) * 1000:.2f} ms, "
          f"worst {max(lateness) * 1000:.2f} ms")
    return 0 if abs(end_error_ms) <= 20 else 1


if __name__ == "__main__":
    raise SystemExit(main())
