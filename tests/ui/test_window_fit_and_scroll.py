"""The window as a whole on a laptop: a wheel or touchpad never changes a value the person did not click
or tab into, on any tab; the window opens fitting the screen's free area and remembers its size; every
text colour of every palette can be read (4.5:1); Ctrl+= grows every text at once, lists too."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QPalette, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QWidget,
)

from backpain_desktop.settings import Settings, load_settings, save_settings
from backpain_desktop.store import ActivityEntry, Store
from backpain_desktop.ui import theme
from backpain_desktop.ui.main_window import COMFORTABLE_SIZE, MainWindow

VALUE_CONTROLS = (QAbstractSpinBox, QComboBox, QAbstractSlider)  # date and time edits are spin boxes


@pytest.fixture
def window_with(qtbot, paths, pack, clock):
    stores: list[Store] = []

    def make(settings: Settings | None = None, saves: list | None = None) -> MainWindow:
        store = Store.open(paths.database)
        stores.append(store)

        def save(s: Settings) -> None:
            if saves is not None:
                saves.append(s)
            save_settings(paths.settings_file, s)

        window = MainWindow(store, pack, settings or load_settings(paths.settings_file).settings, save,
                            now=clock)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window
    yield make
    for store in stores:
        store.close()


def _wheel(widget, notches: int) -> None:
    pos = QPointF(widget.rect().center())
    event = QWheelEvent(pos, QPointF(widget.mapToGlobal(pos.toPoint())), QPoint(0, 0),
                        QPoint(0, 120 * notches), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def _value(control) -> object:
    if isinstance(control, QDateTimeEdit):
        return control.dateTime().toString(Qt.DateFormat.ISODate)
    if isinstance(control, QAbstractSpinBox):
        return control.text()
    if isinstance(control, QComboBox):
        return (control.currentIndex(), control.currentText())
    return control.value()


def _dump(database) -> list[str]:
    with sqlite3.connect(database) as conn:
        return list(conn.iterdump())


def test_the_wheel_changes_no_value_on_any_tab_and_nothing_is_saved(window_with, paths, clock, qtbot):
    """Ensure scrolling a page with the wheel or a touchpad over any number box, drop-down, slider or date
    field, on every tab, changes nothing and saves nothing (it once set Hold to 0 s and saved it)."""
    with Store.open(paths.database) as store:  # something in the log, so every tab's controls are filled
        store.add_entry(ActivityEntry(occurred_at=clock.now, activity="Walking", amount=20.0, unit="minutes",
                                      pain_before=4, pain_after=5))
    saves: list = []
    window = window_with(saves=saves)
    tabs = [window.advice_tab, window.exercise_tab, window.pacing_tab]
    before = _dump(paths.database)
    checked = 0
    for tab in tabs:
        window.tabs.setCurrentWidget(tab)
        qtbot.waitUntil(tab.isVisible)
        controls = [w for w in tab.findChildren(QWidget) if isinstance(w, VALUE_CONTROLS)
                    and not w.inherits("QScrollBar")]  # a scroll bar is the page itself
        for control in controls:
            control.clearFocus()
            was = _value(control)
            for notches in (1, -1, 3, -3):
                _wheel(control, notches)
            assert _value(control) == was, f"{type(control).__name__} {control.accessibleName()!r} changed"
            checked += 1
    assert checked >= 3  # the Pacing tab's form alone has several
    assert saves == []
    assert _dump(paths.database) == before


def test_a_focused_number_box_still_takes_the_wheel(window_with, qtbot):
    """Ensure a person who clicked or tabbed into a box can still use the wheel on it."""
    window = window_with()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.tabs.setCurrentWidget(window.pacing_tab)
    boxes = [w for w in window.pacing_tab.findChildren(QAbstractSpinBox)
             if w.isVisible() and w.isEnabled() and not w.isReadOnly()]
    if not boxes:
        pytest.skip("no number box on show")
    box = boxes[0]
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    was = _value(box)
    _wheel(box, 1)
    assert _value(box) != was


@pytest.mark.parametrize(("free", "maximised"), [
    (QRect(0, 0, 1366, 728), True),  # a 1366x768 laptop less its taskbar
    (QRect(0, 0, 1280, 760), True),
    (QRect(0, 0, 1920, 1040), False),
])
def test_the_window_opens_fitting_the_free_screen(window_with, monkeypatch, free, maximised):
    from PySide6.QtGui import QScreen

    monkeypatch.setattr(QScreen, "availableGeometry", lambda _self: QRect(free))
    window = window_with(Settings())
    assert window.isMaximized() == maximised
    assert window.width() <= free.width() and window.height() <= free.height()
    if not maximised:
        assert (window.width(), window.height()) == COMFORTABLE_SIZE
    assert window.minimumSizeHint().width() <= 1280 and window.minimumSizeHint().height() <= 728


def test_the_window_remembers_its_size(window_with, paths, monkeypatch):
    from PySide6.QtGui import QScreen

    monkeypatch.setattr(QScreen, "availableGeometry", lambda _self: QRect(0, 0, 1920, 1040))
    window = window_with(Settings())
    window.resize(760, 540)  # within the test screen, which a restored window is kept inside
    window.close()
    again = window_with()
    assert (again.width(), again.height()) == (760, 540)


def _palettes() -> dict[str, QPalette]:
    app = QApplication.instance()
    return {"light": theme.readable_palette(app.style().standardPalette()),
            "dark": theme.readable_palette(theme.dark_palette()),
            "high contrast dark": theme.high_contrast_palette(True),
            "high contrast light": theme.high_contrast_palette(False)}


@pytest.mark.parametrize("name", ["light", "dark", "high contrast dark", "high contrast light"])
def test_every_text_colour_reaches_4_5_to_1(qapp, name):
    """Ensure body text, placeholders (which carry hints such as "optional"), selected list items, tooltips
    and links can all be read, in an active and an inactive window."""
    palette = _palettes()[name]
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for text, background in theme.TEXT_PAIRS:
            ratio = theme.seen_contrast(palette.color(group, text), palette.color(group, background))
            assert ratio >= 4.5, (name, group.name, text.name, background.name, round(ratio, 2))


def test_the_style_s_own_light_palette_falls_short_and_is_fixed(qapp):
    """The style's shipped placeholder and selection colours are below 4.5:1; the theme corrects them."""
    shipped = qapp.style().standardPalette()
    fixed = theme.readable_palette(shipped)
    R = QPalette.ColorRole
    assert theme.seen_contrast(fixed.color(R.PlaceholderText), fixed.color(R.Base)) >= 4.5
    assert theme.seen_contrast(fixed.color(R.HighlightedText), fixed.color(R.Highlight)) >= 4.5
    assert fixed.color(R.HighlightedText) == shipped.color(R.HighlightedText)  # white stays white


def test_the_applied_palette_and_font_are_readable(window_with, qapp):
    window_with(Settings())
    palette = qapp.palette()
    for text, background in theme.TEXT_PAIRS:
        assert theme.seen_contrast(palette.color(text), palette.color(background)) >= 4.5, text.name
    assert qapp.font().pointSizeF() >= 12  # 16 px at 100 %


def test_ctrl_plus_grows_every_list_at_once(window_with, qtbot):
    """Ensure the larger text reaches the lists' rows straight away (the Advice topics once waited for a
    restart)."""
    window = window_with(Settings())
    topics = window.advice_tab.topics
    exercises = window.exercise_tab.exercise_list
    row_before = topics.visualItemRect(topics.item(1)).height()
    exercise_row_before = exercises.sizeHintForRow(0)
    window.theme.set_text_scale(150)
    qtbot.waitUntil(lambda: topics.visualItemRect(topics.item(1)).height() > row_before * 1.1)
    assert exercises.sizeHintForRow(0) > exercise_row_before * 1.1
    window.theme.set_text_scale(100)
