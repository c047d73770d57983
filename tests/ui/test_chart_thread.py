"""The chart thread loads matplotlib while the window goes on; native loading on the two threads never
overlaps (an overlap hung the app: the system loader's lock and the GIL, each waiting for the other)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# The sound back end starts (its plug-in logs as it loads, through the app's message handler) while the
# chart thread imports numpy and matplotlib: the order that hung the smoke test four times in five.
RACE = """
import os, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from backpain_desktop.ui.chart_thread import ChartWorker
from backpain_desktop.ui.cues import Cues
worker = ChartWorker()
cues = Cues(native_loading=worker.native_loading)
loading = worker.preload()
cues.prepare()
cues.speech_available()
def check():
    if loading.done() and cues._sound_checked:
        print("BOTH LOADED", loading.exception())
        app.quit()
    else:
        QTimer.singleShot(20, check)
QTimer.singleShot(0, check)  # from inside the event loop: a quit() before exec() would be lost
app.exec()
"""


@pytest.mark.slow
@pytest.mark.parametrize("attempt", range(3))
def test_sound_back_end_and_chart_libraries_loading_together_never_hang(attempt, tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), MPLCONFIGDIR=str(tmp_path))
    result = subprocess.run([sys.executable, "-c", RACE], capture_output=True, text=True, env=env, cwd=ROOT,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert "BOTH LOADED None" in result.stdout


def test_a_cue_due_while_the_chart_thread_loads_is_skipped_not_waited_for(qtbot, chart_worker):
    """A tone or spoken cue never stalls the rep timer behind the chart thread's loading: it is skipped
    (the screen shows the same), and the sound back end loads once the chart thread is done."""
    from backpain_desktop.ui.cues import START, Cues

    cues = Cues(voice=True, native_loading=chart_worker.native_loading)
    assert chart_worker.native_loading.acquire(timeout=30)  # as the chart thread holds it while it loads
    try:
        cues.play(START)  # would never return if it waited for the lock this thread holds
        cues.say("Start")
        cues.prepare()  # tries again a little later
        assert not cues.speech_available(wait=False)
    finally:
        chart_worker.native_loading.release()
    qtbot.waitUntil(lambda: cues._sound_checked, timeout=10_000)


def test_the_chart_thread_waits_while_the_ui_thread_makes_way():
    """After a tab switch or a save (make_way), the chart thread's next pause point waits until the UI
    thread's burst is over, so the two do not take turns at the interpreter lock meanwhile."""
    from backpain_desktop.perf import Quiet
    from backpain_desktop.ui.chart_thread import ChartWorker

    clock = {"now": 1000.0}
    slept = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        clock["now"] += seconds

    worker = ChartWorker(quiet=Quiet(clock=lambda: clock["now"], sleep=sleep))
    worker.wait_for_quiet()
    assert slept == []  # nothing asked: no waiting
    worker.make_way(0.08)
    clock["now"] += 0.03  # the chart thread reaches its next pause point 30 ms later
    worker.wait_for_quiet()
    assert sum(slept) == pytest.approx(0.05)
    assert max(slept) <= 0.005  # in short steps, so end_quiet() is heard at once
    worker.make_way(0.01)
    worker.make_way(0.08)  # overlapping asks: the later end counts
    worker.wait_for_quiet()
    assert sum(slept) == pytest.approx(0.13)
    worker.make_way(0.08)
    worker.end_quiet()  # the UI thread now waits for a picture: nothing to make way for
    worker.wait_for_quiet()
    assert sum(slept) == pytest.approx(0.13)


def test_the_collector_stays_off_until_start_up_and_the_chart_import_have_both_ended():
    """Start-up's pause and the chart import's may end in either order; the collector's full passes
    over their objects would stall the window, so it comes back on only after the last one."""
    import gc

    from backpain_desktop.perf import pause_collector

    was_on = gc.isenabled()
    gc.enable()
    try:
        end_start_up = pause_collector()
        end_import = pause_collector()
        end_start_up()
        assert not gc.isenabled()
        end_start_up()  # a second call changes nothing
        assert not gc.isenabled()
        end_import()
        assert gc.isenabled()
    finally:
        gc.unfreeze()
        if not was_on:
            gc.disable()
