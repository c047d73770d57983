"""One whole kiosk visit, as a patient makes it with a finger, for tests/test_kiosk_writes.py.

Run as a script (``python tests/kiosk_visit.py DATA_DIR``) it starts the real app with ``--kiosk`` and,
once the window is up, works through a visit with presses, drags and releases delivered to the window as
the window system would: reads an advice page by dragging it, logs "walked 20 minutes, pain 4 before, 5
after" by taps, works out a pacing plan and prints it, runs an exercise timer on a fake clock, prints the
advice page and the exercise sheet, presses "Finish and clear" and leaves through the staff exit. Each step
prints ``STEP <name> ok`` once what a person would see is there, so the parent knows the visit really
happened; a step that fails prints ``STEP <name> FAILED: ...`` and the app exits with status 1.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from backpain_desktop.qt_workarounds import lighten_import_scan, protect_none_refcount  # noqa: E402

protect_none_refcount()
lighten_import_scan()

from PySide6.QtCore import QPoint, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QScrollArea, QScroller  # noqa: E402

LEFT = Qt.MouseButton.LeftButton
NO_MOD = Qt.KeyboardModifier.NoModifier


class FakeClock:
    def __init__(self) -> None:
        self.t = 5000.0

    def __call__(self) -> float:
        return self.t


def settle(rounds: int = 20) -> None:
    for _ in range(rounds):
        QApplication.processEvents()


def tap(widget) -> None:
    """A finger's tap: press and release on the top-level window, at the widget's centre (scrolled into
    view first, as a person would drag it there)."""
    area = widget.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    if area is not None:
        area.ensureWidgetVisible(widget)
        settle()
    top = widget.window()
    where = widget.mapTo(top, widget.rect().center())
    QTest.mouseClick(top.windowHandle(), LEFT, NO_MOD, where)
    settle()


def drag(widget, dy: int) -> None:
    """A finger's swipe up the widget by ``dy`` pixels, in small moves as a touch screen reports it."""
    top = widget.window()
    handle = top.windowHandle()
    start = widget.mapTo(top, widget.rect().center() + QPoint(0, dy // 2))
    QTest.mousePress(handle, LEFT, NO_MOD, start)
    steps = 12
    for n in range(1, steps + 1):
        QTest.mouseMove(handle, start - QPoint(0, dy * n // steps), 15)
        settle(2)
    QTest.mouseRelease(handle, LEFT, NO_MOD, start - QPoint(0, dy), 15)
    settle()


def wait_until(condition, rounds: int = 2000) -> bool:
    for _ in range(rounds):
        if condition():
            return True
        QTest.qWait(5)
    return condition()


def visit() -> None:
    from backpain_desktop.ui import printing
    from backpain_desktop.ui.main_window import MainWindow

    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
    step = "start"
    try:
        step = "read an advice page by dragging"
        advice = window.advice_tab
        topic = advice.topics
        tap_point = topic.visualItemRect(topic.item(1)).center()
        QTest.mouseClick(window.windowHandle(), LEFT, NO_MOD, topic.viewport().mapTo(window, tap_point))
        settle()
        assert advice.current_page_id() == advice._pack.pages[1].id, advice.current_page_id()
        bar = advice.browser.verticalScrollBar()
        for _ in range(4):  # larger text (A+) until the page is taller than the view
            if bar.maximum() > 0:
                break
            tap(window.kiosk.larger_text_button)
        drag(advice.browser.viewport(), 300)
        scroller = QScroller.scroller(advice.browser.viewport())
        wait_until(lambda: scroller.state() == QScroller.State.Inactive)
        assert bar.value() > 0, f"the page did not scroll (maximum {bar.maximum()}, {scroller.state()})"
        assert not advice.browser.textCursor().hasSelection(), "the drag selected text"
        print(f"STEP {step} ok (scrolled to {bar.value()} of {bar.maximum()})", flush=True)

        step = "print the advice page"
        tap(advice.print_button)
        views = printing.photo_views(window)
        assert views, "no printer here, so the page should be shown for a photo"
        tap(views[0].back_button)
        assert not printing.photo_views(window)
        print(f"STEP {step} ok (shown for a photo)", flush=True)

        step = "log walked 20 minutes, pain 4 before, 5 after"
        window.navigate("pacing")
        settle()
        page = window.pacing_tab
        tap(page.activity_buttons["Walking"])
        for _ in range(4):
            tap(page.minutes.plus)
        tap(page.pain_before.buttons[4])
        tap(page.pain_after.buttons[5])
        tap(page.log_button)
        assert page.log_status.text() == "Logged: Walking, 20 minutes, pain 4 before, 5 after.", \
            (page.log_status.text(), page.minutes.value(), page.pain_before.value(), page.isVisible())
        print(f"STEP {step} ok ({page.log_status.text()})", flush=True)

        step = "work out a pacing plan and print it"
        for _ in range(3):
            tap(page.tries[1].plus)
        for _ in range(5):
            tap(page.tries[2].plus)
        tap(page.work_out_button)
        assert page.result.text() == "Start with 16 minutes of walking a day.", page.result.text()
        tap(page.print_button)
        views = printing.photo_views(window)
        assert views, "the plan should be shown for a photo"
        tap(views[0].back_button)
        print(f"STEP {step} ok ({page.result.text()})", flush=True)

        step = "run an exercise timer"
        window.navigate("exercises")
        settle()
        exercises = window.exercise_tab
        clock = FakeClock()
        # The timer reads an injected clock; here a fake one, so no real waiting (the tab's own or, once the
        # tab is a package, its set runner's).
        runner = getattr(exercises, "runner", exercises)
        runner._monotonic = clock
        tick = getattr(runner, "tick", None) or exercises._on_tick
        start = getattr(exercises, "start_button", None) or exercises.timer_panel.start_button
        tap(start)
        assert exercises.running(), "the timer did not start"
        for _ in range(3000):
            if exercises.timer is None or exercises.timer.finished:
                break
            clock.t += 0.5
            tick()
        settle()
        assert exercises.timer is not None and exercises.timer.finished, "the timer did not finish"
        print(f"STEP {step} ok", flush=True)

        step = "print the exercise sheet"
        tap(getattr(exercises, "print_button", None) or exercises.chooser.print_button)
        views = printing.photo_views(window)
        assert views, "the sheet should be shown for a photo"
        tap(views[0].back_button)
        print(f"STEP {step} ok", flush=True)

        step = "finish and clear"
        tap(window.kiosk.finish_button)
        assert window._store.count_entries() == 0
        assert window.tabs.currentWidget() is window.advice_tab
        print(f"STEP {step} ok", flush=True)
    except Exception as exc:  # report which step failed, then leave
        print(f"STEP {step} FAILED: {exc!r}", flush=True)
        window.kiosk._leaving = True
        QApplication.instance().exit(1)
        return
    window.kiosk.open_staff_panel()
    window.kiosk.try_exit()  # no PIN is set, so the staff exit closes the app


def main(argv: list[str]) -> int:
    from backpain_desktop import app as app_module

    app = QApplication.instance() or QApplication(sys.argv[:1])
    QTimer.singleShot(1500, visit)  # after the window's first paint and the idle preparation
    del app
    return app_module.main(["--kiosk", "--data-dir", argv[0]])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
