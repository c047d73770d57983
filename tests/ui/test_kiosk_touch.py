"""The kiosk with a finger alone: no file or print dialog behind any button, drag to scroll, tap-only
numbers, text and targets large enough, the kiosk Pacing page and what "Finish and clear" wipes."""

from __future__ import annotations

import importlib.util
import re

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QScrollArea,
    QScrollBar,
    QScroller,
)

from backpain_desktop.domain.kiosk_config import KioskConfig
from backpain_desktop.settings import Settings
from backpain_desktop.store import Store
from backpain_desktop.ui import printing
from backpain_desktop.ui.main_window import MainWindow
from backpain_desktop.ui.theme import KIOSK_SCROLLBAR_PX, KIOSK_TARGET_PX, KIOSK_TEXT_PX

pytestmark = pytest.mark.usefixtures("restore_app_look")

LEFT = Qt.MouseButton.LeftButton
FILE_WORDS = re.compile(r"print|save|pdf|export|csv|back ?up|restore|picture", re.IGNORECASE)


@pytest.fixture
def kiosk(qtbot, pack, clock):
    stores: list[Store] = []
    windows: list[MainWindow] = []

    def make(config: KioskConfig | None = None) -> MainWindow:
        store = Store.open(None)
        stores.append(store)
        window = MainWindow(store, pack, Settings(), lambda s: None, now=clock,
                            kiosk=config or KioskConfig(enabled=True))
        qtbot.addWidget(window)
        windows.append(window)
        window.kiosk.start()
        qtbot.waitExposed(window)
        return window

    yield make
    for w in windows:
        w.hide()
    for s in stores:
        s.close()


def tap(widget) -> None:
    """A tap delivered to the top-level window, as the window system does (through the scrollers), after
    scrolling the widget into view as a person would (the test screen is smaller than a kiosk's)."""
    area = widget.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    if area is not None:
        area.ensureWidgetVisible(widget)
        QApplication.processEvents()
    top = widget.window()
    QTest.mouseClick(top.windowHandle(), LEFT, Qt.KeyboardModifier.NoModifier,
                     widget.mapTo(top, widget.rect().center()))
    QApplication.processEvents()


def build_every_tab(window: MainWindow) -> None:
    for target in ("exercises", "pacing", "advice"):
        window.navigate(target)
        QApplication.processEvents()


def fields_in(widget) -> list:
    """Anything a file name, printer or output could be typed or chosen in."""
    return widget.findChildren(QLineEdit) + widget.findChildren(QComboBox)


class DialogWatch:
    """Records (and closes) any dialog that opens while a button is pressed, so none can block a test."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        self._timer = QTimer()
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._check)

    def _check(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                fields = [type(w).__name__ for w in fields_in(widget)]
                self.seen.append(f"{type(widget).__name__} {widget.windowTitle()!r} {fields}")
                widget.reject()

    def __enter__(self) -> DialogWatch:
        self._timer.start()
        return self

    def __exit__(self, *exc) -> None:
        self._check()
        self._timer.stop()


def test_no_print_save_or_export_control_opens_a_dialog(kiosk, qtbot):
    """Ensure every print/save/export control a kiosk shows opens no dialog with a file name, printer or
    output field, and the ones that would write a file are not offered at all."""
    window = kiosk()
    build_every_tab(window)
    page = window.pacing_tab
    page.tries[0].set_value(20)
    page.tries[1].set_value(15)
    page.tries[2].set_value(25)
    page.work_out()
    pressed = []
    for tab_index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab_index)
        QApplication.processEvents()
        tab = window.tabs.currentWidget()
        buttons = [b for b in tab.findChildren(QAbstractButton) if FILE_WORDS.search(b.text())]
        actions = [a for a in tab.findChildren(QAction) if FILE_WORDS.search(a.text())]
        for button in buttons:
            if not button.isVisible():
                continue
            assert not re.search(r"pdf|csv|back ?up|restore|picture|save|…", button.text(), re.I), \
                f"a kiosk offers {button.text()!r}"
            with DialogWatch() as watch:
                tap(button)
            assert watch.seen == [], f"{button.text()!r} opened {watch.seen}"
            pressed.append(button.text())
            views = printing.photo_views(window)
            assert len(views) == 1, button.text()  # no printer offscreen: the page is shown for a photo
            assert views[0].message.text() == printing.PHOTO_MESSAGE
            assert fields_in(views[0]) == []
            tap(views[0].back_button)
            assert printing.photo_views(window) == []
        assert [a.text() for a in actions if a.isVisible()] == []
    assert sorted(pressed) == ["Print my exercise sheet", "Print my plan", "Print this page"]
    # The file actions that are hidden are also refused if reached another way.
    with DialogWatch() as watch:
        window.advice_tab.save_pdf()
        assert printing.ask_save_path(window, "Save", "x.pdf", "PDF (*.pdf)") == ""
    assert watch.seen == []


def test_a_named_printer_that_is_not_there_falls_back_to_the_photo_page(kiosk, qtbot):
    window = kiosk(KioskConfig(enabled=True, printer="Front desk laser"))
    tap(window.advice_tab.print_button)
    assert len(printing.photo_views(window)) == 1
    window.kiosk.reset()  # the page covers the window; a reset (idle, or staff) closes it for the next person
    assert printing.photo_views(window) == []


def test_a_drag_scrolls_the_advice_page_and_selects_nothing(kiosk, qtbot):
    window = kiosk()
    browser = window.advice_tab.browser
    bar = browser.verticalScrollBar()
    for _ in range(6):
        if bar.maximum() > 0:
            break
        tap(window.kiosk.larger_text_button)
    assert bar.maximum() > 0
    handle = window.windowHandle()
    start = browser.viewport().mapTo(window, browser.viewport().rect().center() + QPoint(0, 150))
    QTest.mousePress(handle, LEFT, Qt.KeyboardModifier.NoModifier, start)
    for n in range(1, 13):
        QTest.mouseMove(handle, start - QPoint(0, 25 * n), 15)
    QTest.mouseRelease(handle, LEFT, Qt.KeyboardModifier.NoModifier, start - QPoint(0, 300), 15)
    scroller = QScroller.scroller(browser.viewport())
    qtbot.waitUntil(lambda: bar.value() > 0 and scroller.state() == QScroller.State.Inactive, timeout=10000)
    assert not browser.textCursor().hasSelection()


def test_every_scroll_area_scrolls_by_drag_with_wide_bars(kiosk):
    window = kiosk()
    build_every_tab(window)
    areas = [a for a in window.findChildren(QAbstractScrollArea) if not isinstance(a, QComboBox)]
    assert areas
    for area in areas:
        assert area.viewport().property("backpainKinetic"), type(area).__name__
        assert QScroller.hasScroller(area.viewport()), type(area).__name__
    style = QApplication.style()
    assert style.pixelMetric(style.PixelMetric.PM_ScrollBarExtent) >= KIOSK_SCROLLBAR_PX
    bar = QScrollBar(Qt.Orientation.Vertical)
    assert bar.sizeHint().width() >= KIOSK_SCROLLBAR_PX


def test_kiosk_text_is_at_least_20_px_and_a_minus_a_plus_change_it(kiosk):
    window = kiosk()
    screen = QApplication.primaryScreen()

    def text_px() -> float:
        return QApplication.font().pointSizeF() * screen.logicalDotsPerInchY() / 72

    assert text_px() >= KIOSK_TEXT_PX - 0.01
    start = text_px()
    tap(window.kiosk.larger_text_button)
    assert text_px() > start
    tap(window.kiosk.smaller_text_button)
    tap(window.kiosk.smaller_text_button)
    assert text_px() < start
    tap(window.kiosk.finish_button)
    assert text_px() == pytest.approx(start)  # the next person starts at the kiosk's size


def test_finish_and_clear_is_large_labelled_and_says_what_it_does(kiosk):
    window = kiosk()
    button = window.kiosk.finish_button
    assert button.text() == "Finish and clear" and button.isVisible()
    assert button.height() >= KIOSK_TARGET_PX
    assert window.kiosk.finish_note.isVisible()
    assert window.kiosk.finish_note.text() == "Clears everything you did here, for the next person"
    for sized in (window.kiosk.smaller_text_button, window.kiosk.larger_text_button):
        assert sized.isVisible() and sized.accessibleName()
        assert min(sized.width(), sized.height()) >= KIOSK_TARGET_PX


@pytest.mark.xfail(importlib.util.find_spec("backpain_desktop.ui.exercises") is None, strict=True,
                   reason="the old Exercises tab has spin boxes; its rebuild (ui/exercises/) has steppers")
def test_no_spin_box_or_typing_needed_anywhere_in_a_kiosk(kiosk):
    """Ensure every number in a kiosk is tapped: no QSpinBox or date/time edit, no stepper that takes
    typing, and no text field but the staff PIN."""
    from backpain_desktop.ui.widgets import Stepper

    window = kiosk()
    build_every_tab(window)
    assert [type(w).__name__ for w in window.findChildren(QAbstractSpinBox)] == []
    steppers = window.findChildren(Stepper)
    assert steppers
    assert all(s.field.isReadOnly() for s in steppers)
    typed = [w for w in window.findChildren(QLineEdit)
             if not w.isReadOnly() and w is not window.kiosk.pin_field and w.isVisibleTo(window)
             and not isinstance(w.parentWidget(), QAbstractSpinBox)]
    assert [w.accessibleName() for w in typed] == []


def test_kiosk_pacing_page_logs_by_taps_and_works_out_a_plan(kiosk, qtbot):
    window = kiosk()
    window.navigate("pacing")
    page = window.pacing_tab
    assert not hasattr(page, "chart")  # no history to chart on a kiosk
    tap(page.activity_buttons["Walking"])
    for _ in range(4):
        tap(page.minutes.plus)
    tap(page.pain_before.buttons[4])
    tap(page.pain_after.buttons[5])
    with qtbot.waitSignal(page.entry_logged):
        tap(page.log_button)
    assert page.log_status.text() == "Logged: Walking, 20 minutes, pain 4 before, 5 after."
    stored = window._store.list_entries()
    assert [(e.activity, e.amount, e.pain_before, e.pain_after) for e in stored] == [("Walking", 20, 4, 5)]
    assert page.minutes.value() == 0 and page.pain_before.value() is None  # ready for the next one

    # 20 (today, filled in), 15 and 25: 80% of the average 20 is 16
    assert page.tries[0].value() == 20
    page.tries[1].set_value(15)
    page.tries[2].set_value(25)
    tap(page.work_out_button)
    assert page.result.text() == "Start with 16 minutes of walking a day."
    assert page.plan_text.text().splitlines()[0].startswith("Week 1, from ")
    assert [line.rsplit(": ", 1)[1] for line in page.plan_text.text().splitlines()[:4]] == [
        "16 minutes a day", "18 minutes a day", "20 minutes a day", "22 minutes a day"]

    tap(page.good_bad_button)
    tap(page.work_out_button)
    assert "Tap + to give a number of minutes" in page.start_message.text()
    page.good_day.set_value(30)
    page.bad_day.set_value(10)
    tap(page.work_out_button)
    assert page.result.text() == "Start with 20 minutes of walking a day."
    assert "halfway between a good day (30 minutes) and a bad day (10 minutes)" in page.how.text()
    document = page.plan_document()
    assert "My pacing plan: Walking" in document.toPlainText()
    assert "Week 4" in document.toPlainText()


def test_logging_with_no_minutes_says_what_to_do(kiosk):
    window = kiosk()
    window.navigate("pacing")
    page = window.pacing_tab
    tap(page.log_button)
    assert page.minutes_message.text() == "Tap + to say how many minutes."
    assert window._store.count_entries() == 0
