"""Accessibility for everyone: what a screen reader hears, what a keyboard reaches, text size, contrast."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from backpain_desktop.domain.kiosk_config import KioskConfig
from backpain_desktop.settings import Settings, load_settings, save_settings
from backpain_desktop.store import Store
from backpain_desktop.ui.main_window import MainWindow
from backpain_desktop.ui.theme import TEXT_PAIRS, contrast_ratio, high_contrast_palette, reduced_motion

R = QAccessible.Role
INTERACTIVE = {R.PushButton, R.CheckBox, R.RadioButton, R.ComboBox, R.EditableText, R.SpinBox, R.Slider,
               R.PageTab, R.Link, R.MenuItem, R.ButtonMenu, R.ButtonDropDown, R.Dial, R.ListItem, R.Cell,
               R.ScrollBar, R.List, R.Table, R.PageTabList, R.Tree, R.TreeItem, R.SpinBox}

pytestmark = pytest.mark.usefixtures("restore_app_look")


@pytest.fixture
def make_window(qtbot, paths, pack, clock):
    opened: list[Store] = []

    def make(settings: Settings | None = None, kiosk: KioskConfig | None = None) -> MainWindow:
        store = Store.open(None if kiosk else paths.database)
        opened.append(store)
        window = MainWindow(store, pack, settings or load_settings(paths.settings_file).settings,
                            lambda s: save_settings(paths.settings_file, s), now=clock, kiosk=kiosk)
        qtbot.addWidget(window)
        if kiosk:
            window.kiosk.start()
        else:
            window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        return window

    yield make
    for s in opened:
        s.close()


def unnamed_controls(root: QWidget) -> list[str]:
    """Every showing interactive element under ``root`` that a screen reader would announce without a name."""
    found: list[str] = []

    def walk(iface, path: str, depth: int) -> None:
        if iface is None or not iface.isValid() or depth > 60:
            return
        state = iface.state()
        if state.invisible:
            return
        role = iface.role()
        name = iface.text(QAccessible.Text.Name).strip()
        here = f"{path}/{role.name}"
        obj = iface.object()
        if obj is not None and obj.objectName():
            here += f"#{obj.objectName()}"
        elif obj is not None:
            here += f"<{type(obj).__name__}>"
        if role in INTERACTIVE and not name:
            found.append(here)
        for i in range(iface.childCount()):
            walk(iface.child(i), here, depth + 1)

    walk(QAccessible.queryAccessibleInterface(root), "", 0)
    return found


def test_every_control_has_a_name_in_every_tab(make_window):
    """Ensure a screen-reader user hears a name for every control, whichever tab is open."""
    window = make_window()
    problems = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        problems += unnamed_controls(window)
    assert problems == []


def test_every_kiosk_control_has_a_name_including_the_panels(make_window):
    window = make_window(kiosk=KioskConfig(enabled=True))
    problems = unnamed_controls(window)
    window.kiosk.poll()
    window.kiosk._show_idle_prompt(0.0)  # the panel as it shows after a quiet spell
    problems += unnamed_controls(window)
    window.kiosk.dismiss_idle_prompt()
    window.kiosk.open_staff_panel()
    problems += unnamed_controls(window)
    assert problems == []


def test_an_unnamed_control_is_caught(make_window):
    """The walker itself must fail on a control without a name, or it protects nothing."""
    from PySide6.QtWidgets import QPushButton

    window = make_window()
    nameless = QPushButton()  # an icon-only button someone forgot to name
    window.advice_tab.layout().addWidget(nameless)
    nameless.show()
    window.tabs.setCurrentWidget(window.advice_tab)
    assert any("PushButton" in p for p in unnamed_controls(window))


def focus_by_tab(qtbot, window: QWidget, target: QWidget, limit: int = 40) -> None:
    """Press Tab until ``target`` has the focus, as a keyboard user would."""
    for _ in range(limit):
        if target.hasFocus():
            return
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
    raise AssertionError(f"{target.accessibleName()!r} cannot be reached with Tab")


def switch_tab_by_keyboard(qtbot, window: MainWindow, index: int) -> None:
    for _ in range(window.tabs.count()):
        if window.tabs.currentIndex() == index:
            return
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab,
                       Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == index


def test_keyboard_only_path_through_each_tab(make_window, qtbot):
    """Ensure a person without a mouse can read advice, pick an exercise and log an activity."""
    window = make_window()
    window.tabs.setCurrentIndex(0)
    window.tabs.tabBar().setFocus()

    advice = window.advice_tab
    focus_by_tab(qtbot, window, advice.topics)
    focus_by_tab(qtbot, window, advice.browser)
    assert advice.browser.toPlainText()

    switch_tab_by_keyboard(qtbot, window, 1)
    exercises = window.exercise_tab
    focus_by_tab(qtbot, window, exercises.exercise_list)
    qtbot.keyClick(exercises.exercise_list, Qt.Key.Key_Down)
    assert exercises.details.title.text() == "Knee hugs"

    switch_tab_by_keyboard(qtbot, window, 2)
    pacing = window.pacing_tab
    focus_by_tab(qtbot, window, pacing.amount.field)  # the stepper's field: typing still works
    qtbot.keyClicks(pacing.amount.field, "20")
    focus_by_tab(qtbot, window, pacing.save_button)
    with qtbot.waitSignal(pacing.entry_logged):
        qtbot.keyClick(pacing.save_button, Qt.Key.Key_Space)
    assert pacing.model.rowCount() == 1


def test_text_scale_keys_work_and_persist_across_a_restart(make_window, qtbot, paths):
    window = make_window()
    base = QApplication.font().pointSizeF()
    label = window.exercise_tab.numbers_panel.prescription
    before = label.font().pointSizeF()
    qtbot.keyClick(window.advice_tab.topics, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.advice_tab.topics, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.font().pointSizeF() == pytest.approx(base * 1.25)
    qtbot.waitUntil(lambda: label.font().pointSizeF() == pytest.approx(before * 1.25))  # hidden tab: posted
    title = window.exercise_tab.details.title  # a heading keeps its size relative to the text
    assert title.font().pointSizeF() == pytest.approx(QApplication.font().pointSizeF() * 1.5, rel=0.02)
    window.close()
    assert load_settings(paths.settings_file).settings.text_scale_percent == 125

    again = make_window()
    assert QApplication.font().pointSizeF() == pytest.approx(base * 1.25)
    qtbot.keyClick(again.advice_tab.topics, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.font().pointSizeF() == pytest.approx(base)
    qtbot.keyClick(again.advice_tab.topics, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.font().pointSizeF() == pytest.approx(base * 0.9)


def test_kiosk_uses_its_own_text_size_and_stores_nothing(make_window, qtbot, paths):
    window = make_window(kiosk=KioskConfig(enabled=True, text_scale_percent=150))
    assert window.theme.text_scale == 150
    qtbot.keyClick(window.advice_tab.topics, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.theme.text_scale == 175
    assert not paths.settings_file.exists()
    qtbot.mouseClick(window.kiosk.finish_button, Qt.MouseButton.LeftButton)
    assert window.theme.text_scale == 150  # the next person starts at the clinic's size


def test_kiosk_controls_are_at_least_48_px(make_window):
    window = make_window(kiosk=KioskConfig(enabled=True))
    small = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        for widget in window.findChildren(QWidget):
            if (widget.isVisible() and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
                    and widget.accessibleName() and (widget.width() < 48 or widget.height() < 48)):
                small.append(f"{type(widget).__name__} {widget.accessibleName()!r} "
                             f"{widget.width()}x{widget.height()}")
    tab_bar = window.tabs.tabBar()
    small += [f"tab {i} {tab_bar.tabRect(i).size()}" for i in range(tab_bar.count())
              if tab_bar.tabRect(i).height() < 48]
    assert small == [], "\n".join(small)


@pytest.mark.parametrize("dark", [True, False])
def test_high_contrast_palettes_reach_7_to_1(dark):
    palette = high_contrast_palette(dark)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled):
        for text, background in TEXT_PAIRS:
            ratio = contrast_ratio(palette.color(group, text), palette.color(group, background))
            assert ratio >= 7, (group.name, text.name, background.name, round(ratio, 2))


def test_high_contrast_setting_switches_the_whole_app(make_window):
    make_window(Settings(high_contrast="on"))
    palette = QApplication.palette()
    for text, background in TEXT_PAIRS:
        assert contrast_ratio(palette.color(text), palette.color(background)) >= 7


def test_contrast_ratio_matches_wcag_examples():
    from PySide6.QtGui import QColor

    assert contrast_ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21)
    assert contrast_ratio(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)


def test_reduced_motion_can_be_forced_by_the_setting(make_window):
    make_window(Settings(extra={"reduced_motion": "on"}))
    assert reduced_motion() is True


def mnemonics_showing(window: MainWindow) -> list[tuple[str, str]]:
    """(letter, text) for every Alt+letter usable on the current tab, the tab bar and toolbar included."""
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel

    found = []
    texts = [window.tabs.tabText(i) for i in range(window.tabs.count())] + [window.urgent_action.text()]
    texts += [w.text() for w in window.findChildren(QAbstractButton) + window.findChildren(QLabel)
              if w.isVisible() and (not isinstance(w, QLabel) or w.buddy() is not None)]
    for text in texts:
        match = re.search(r"&([^&\s])", text.replace("&&", ""))
        if match:
            found.append((match.group(1).lower(), text))
    return found


def test_no_two_keyboard_shortcuts_share_a_letter_on_any_tab(make_window, qtbot):
    """Ensure Alt+letter reaches one place: a clash makes Qt cycle between them, so a keyboard user lands
    somewhere they did not ask for (Alt+A once meant both the Advice tab and the Activity field)."""
    window = make_window()
    every_text = set()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda i=index: window.tabs.currentWidget().isVisible()
                        and window.tabs.currentIndex() == i)
        letters = mnemonics_showing(window)
        every_text |= {text for _, text in letters}
        seen: dict[str, str] = {}
        clashes = [(text, seen[letter]) for letter, text in letters
                   if seen.setdefault(letter, text) != text]
        assert clashes == [], f"tab {window.tabs.tabText(index)!r}: {clashes}"
    assert {"&Advice", "&Find in advice", "A&mount"} <= every_text  # the walk saw the tabs' own fields
