"""Start-up stays near a bare Qt window: heavy modules and the tabs not on screen wait until first needed."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject

from backpain_desktop.settings import Settings
from backpain_desktop.store import ActivityEntry
from backpain_desktop.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]

# Run the real start-up (app.main), and report from the first event-loop turn after the window is shown.
PROBE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

HEAVY = ("matplotlib", "numpy", "PySide6.QtMultimedia", "PySide6.QtTextToSpeech", "PySide6.QtPrintSupport",
         "PySide6.QtNetwork")
CHART_THREAD = ("matplotlib", "numpy")  # loaded on the chart thread once the window is on screen
original_exec = QApplication.exec

def exec_then_report(self):
    def report():
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow))
        print("SHOWN", window.isVisible(), window.tabs.tabText(window.tabs.currentIndex()))
        print("LOADED", ",".join(sorted(m for m in sys.modules if m.split(".")[0] in HEAVY or m in HEAVY)))
        QTimer.singleShot(1500, later)
    def later():  # the idle turns after the first paint prepare the other tabs, with no sound or printing
        heavy = [m for m in sys.modules
                 if (m.split(".")[0] in HEAVY or m in HEAVY) and m.split(".")[0] not in CHART_THREAD
                 and m != "PySide6.QtNetwork"]
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow))
        built = [type(window.tabs.widget(i)).__name__ for i in range(window.tabs.count())]
        print("LATER", ",".join(sorted(heavy)), ",".join(built), window.tabs.currentIndex())
        QApplication.exit(0)
    QTimer.singleShot(0, report)
    return original_exec()

QApplication.exec = exec_then_report
from backpain_desktop.app import main
sys.exit(main(["--data-dir", sys.argv[1]]))
"""


@pytest.mark.slow
def test_heavy_modules_are_not_loaded_when_the_window_first_shows(tmp_path):
    """Ensure matplotlib, numpy, sound, speech and printing are not loaded for the first paint, and
    the network module (answering a second launch) not until the window is on screen; then sound,
    speech and printing still wait until a person first needs them (the chart's libraries load on the
    chart thread meanwhile)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-c", PROBE, str(tmp_path / "d")], capture_output=True,
                            text=True, env=env, cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines() if " " in line)
    assert lines["SHOWN"] == "True &Advice"
    assert lines.get("LOADED", "") == ""
    # Both other tabs are built by then, the Advice tab still current; sound and printing are not in.
    assert lines["LATER"] == " AdviceTab,ExerciseTab,PacingTab 0"


@pytest.fixture
def window(qtbot, store, pack, clock):
    made = MainWindow(store, pack, Settings(), lambda s: None, now=clock)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


def test_tabs_not_on_screen_are_built_when_first_shown(window, store, clock):
    """Ensure the Pacing tab, built late, still shows what was logged before it was opened."""
    store.add_entry(ActivityEntry(activity="Walking", amount=20, occurred_at=clock.now, pain_before=3))
    assert [window.tabs.tabText(i) for i in range(3)] == ["&Advice", "&Exercises", "&Pacing"]
    assert "pacing_tab" not in window._built and "exercise_tab" not in window._built

    window.tabs.setCurrentIndex(2)

    assert window.tabs.currentWidget() is window.pacing_tab
    assert window.pacing_tab.isVisible()
    assert window.pacing_tab.accessibleName() == "Pacing"
    assert window.pacing_tab.model.rowCount() == 1
    assert window.pacing_tab.model.data(window.pacing_tab.model.index(0, 1)) == "Walking"
    assert "exercise_tab" not in window._built  # only what was shown
    assert window.tabs.count() == 3


def test_tabs_not_on_screen_are_prepared_on_idle_turns(window, store, clock, qtbot):
    """Ensure the idle preparation builds both other tabs and reads the log, without leaving the tab a
    person is on, and that a tab a person opened first is not built twice."""
    store.add_entry(ActivityEntry(activity="Walking", amount=20, occurred_at=clock.now, pain_before=3))
    window.tabs.setCurrentIndex(1)  # opened before the preparation got to it
    exercises = window.exercise_tab
    window.tabs.setCurrentIndex(0)
    done = []
    window.prepare_when_idle(then=lambda: done.append(True), spacing_ms=1)
    qtbot.waitUntil(lambda: done == [True])
    assert window.tabs.currentIndex() == 0
    assert window.tabs.widget(1) is exercises is window.exercise_tab
    assert window.tabs.widget(2) is window.pacing_tab
    pacing = window.pacing_tab
    assert not pacing.isVisible()
    assert pacing.model.rowCount() == 1  # read on its own idle turn, before anyone looks
    assert pacing.model.data(pacing.model.index(0, 1)) == "Walking"
    assert [window.tabs.tabText(i) for i in range(3)] == ["&Advice", "&Exercises", "&Pacing"]


def test_reaching_a_tab_from_code_builds_it_without_switching(window):
    """Ensure code that asks for a tab gets the real one, and the person's current tab stays put."""
    title = window.exercise_tab.details.title.text()
    assert title  # the first exercise is on show in the (hidden) tab
    assert window.tabs.currentIndex() == 0
    assert window.tabs.widget(1) is window.exercise_tab
    assert window.tabs.tabText(1) == "&Exercises"


def test_navigate_builds_only_the_tab_asked_for(window):
    window.navigate("pacing")
    assert window.tabs.currentWidget() is window.pacing_tab
    assert "exercise_tab" not in window._built


def test_remembered_tab_is_built_at_start(qtbot, store, pack, clock):
    """Ensure a person who left on the Pacing tab comes back to it, built and showing."""
    made = MainWindow(store, pack, Settings(last_tab=2), lambda s: None, now=clock)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    assert made.tabs.currentWidget() is made.pacing_tab
    assert made.pacing_tab.isVisible()


def test_switching_tabs_keeps_the_remembered_tab_right(window):
    saved = []
    window._save_settings = saved.append
    window.tabs.setCurrentIndex(1)
    window.tabs.setCurrentIndex(2)
    window.save_state()
    assert saved[-1].last_tab == 2
    assert window.tabs.currentWidget() is window.pacing_tab


def test_kiosk_reset_rebuilds_only_the_first_tab(qtbot, pack, clock):
    """Ensure a new visit starts on fresh tabs and an unbuilt Exercises tab is not built just to stop it."""
    from backpain_desktop.domain.kiosk_config import KioskConfig
    from backpain_desktop.store import Store

    memory = Store.open(None)
    made = MainWindow(memory, pack, Settings(), lambda s: None, now=clock, kiosk=KioskConfig(enabled=True))
    qtbot.addWidget(made)
    made.kiosk.start()
    first_pacing = made.pacing_tab
    memory.add_entry(ActivityEntry(activity="Walking", amount=5, occurred_at=datetime.now(timezone.utc)))
    made.new_visit()
    assert made._built == {}
    assert made.tabs.currentIndex() == 0
    assert made.pacing_tab is not first_pacing
    assert memory.count_entries() == 0 and made.pacing_tab.today_list.text() == ""  # the kiosk Pacing page
    made.hide()  # the next visit's tabs are prepared on idle turns: not once the log is closed (a kiosk
    #              window refuses close())
    memory.close()


def test_kiosk_reset_shows_no_tab_on_its_way_out(qtbot, pack, clock):
    """Ensure a reset does not show (and so start drawing) tabs that are about to be thrown away."""
    from backpain_desktop.domain.kiosk_config import KioskConfig
    from backpain_desktop.store import Store

    memory = Store.open(None)
    made = MainWindow(memory, pack, Settings(), lambda s: None, now=clock, kiosk=KioskConfig(enabled=True))
    qtbot.addWidget(made)
    made.kiosk.start()
    made.tabs.setCurrentIndex(1)
    outgoing = [made.advice_tab, made.exercise_tab, made.pacing_tab]
    shown = []

    class Watch(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Show:
                shown.append(obj.accessibleName())
            return False

    watch = Watch()
    for tab in outgoing:
        tab.installEventFilter(watch)
    made.new_visit()
    assert shown == ["Advice"]  # the first tab, which was already what the reset leads to
    assert made.tabs.currentWidget() is made.advice_tab and made.advice_tab not in outgoing
    made.hide()
    memory.close()
