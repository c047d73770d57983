"""The main window as a person meets it: three tabs, logging that survives a restart, inline errors."""

from __future__ import annotations

from datetime import timezone

import pytest
from PySide6.QtCore import Qt

from backpain_desktop.settings import Settings, load_settings, save_settings
from backpain_desktop.store import Store
from backpain_desktop.ui.main_window import MainWindow


@pytest.fixture
def make_window(qtbot, paths, pack, clock):
    opened: list[Store] = []

    def make(settings: Settings | None = None) -> MainWindow:
        store = Store.open(paths.database)
        opened.append(store)
        window = MainWindow(store, pack, settings or load_settings(paths.settings_file).settings,
                            lambda s: save_settings(paths.settings_file, s), now=clock)
        qtbot.addWidget(window)
        window.show()
        return window

    yield make
    for s in opened:
        s.close()


def table_texts(window: MainWindow) -> list[list[str]]:
    model = window.pacing_tab.model
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_three_named_tabs(make_window):
    window = make_window()
    assert window.windowTitle() == "Back Pain Companion"
    titles = [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())]
    assert titles == ["Advice", "Exercises", "Pacing"]
    assert [window.tabs.widget(i).accessibleName() for i in range(3)] == titles


def test_advice_shows_a_page_from_resources(make_window):
    window = make_window()
    text = window.advice_tab.browser.toPlainText()
    assert "Low back pain: where to start" in text
    assert "as active as you can" in text


def test_exercises_lists_the_five_by_name(make_window):
    window = make_window()
    names = [window.exercise_tab.exercise_list.item(i).text()
             for i in range(window.exercise_tab.exercise_list.count())]
    assert names == ["Knee rolls", "Knee hugs", "Back extensions", "Bottom to heels stretch", "Mini squats"]
    assert "starting point" in window.exercise_tab.numbers_panel.prescription.text()


def test_logged_entry_is_shown_and_survives_restart(make_window, qtbot, clock):
    """Ensure an entry typed into the form appears in the table and is still there after a restart."""
    window = make_window()
    tab = window.pacing_tab
    tab.activity.setCurrentText("Gardening")
    tab.amount.set_value(25)
    tab.pain_after.set_value(4)
    qtbot.keyClicks(tab.note, "<b>weeding</b>")
    with qtbot.waitSignal(tab.entry_logged):
        qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    local = clock.now.astimezone()
    expected_when = f"{local:%a} {local.day} {local:%b %Y, %H:%M}"
    assert table_texts(window) == [[expected_when, "Gardening", "25 minutes", "", "4", "<b>weeding</b>"]]
    assert "Saved" in tab.form.status.text()
    assert tab.amount.value() == 0
    window.close()

    again = make_window()
    assert table_texts(again) == [[expected_when, "Gardening", "25 minutes", "", "4", "<b>weeding</b>"]]
    assert again.pacing_tab.model.entry(0).occurred_at == clock.now.astimezone(timezone.utc)


@pytest.mark.parametrize(("amount", "pain", "field", "words"), [
    (0, None, "amount", "Enter how many minutes"),
    (5000, 4, "amount", "more minutes than one entry can hold"),
])
def test_invalid_input_shows_message_beside_field_and_stores_nothing(make_window, qtbot, paths, amount,
                                                                     pain, field, words):
    window = make_window()
    tab = window.pacing_tab
    window.tabs.setCurrentWidget(tab)
    tab.amount.set_value(amount)
    tab.pain_after.set_value(pain)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    label = tab.form.field_errors[field]
    assert label.isVisible() and words in label.text()
    assert tab.amount.value() == amount and tab.pain_after.value() == pain  # kept for correction
    assert tab.model.rowCount() == 0
    with Store.open(paths.database) as s:
        assert s.count_entries() == 0


def test_window_remembers_size_and_last_tab(make_window, paths):
    window = make_window()
    window.resize(720, 540)  # within the offscreen screen (800x600)
    window.tabs.setCurrentIndex(2)
    window.close()
    saved = load_settings(paths.settings_file).settings
    assert saved.last_tab == 2
    again = make_window()
    assert again.tabs.currentIndex() == 2
    assert (again.width(), again.height()) == (720, 540)


def test_coming_back_to_pacing_shows_the_same_chart_without_drawing_it_again(make_window, qtbot):
    """matplotlib's canvas asks for a new picture each time it is shown; only a new size needs one (a
    draw is ~0.1 s of the chart thread, and the window answers more slowly meanwhile)."""
    window = make_window()
    window.showNormal()  # a window that opened maximised on the small test screen
    window.resize(1100, 760)
    qtbot.waitExposed(window)
    window.tabs.setCurrentIndex(2)
    window.pacing_tab.amount.set_value(20)
    window.pacing_tab.save_entry()  # an empty log shows words, not a chart
    window.pacing_tab.show_page(1)  # the Chart part
    window.pacing_tab.show_chart(wait=True)
    chart = window.pacing_tab.chart
    qtbot.waitUntil(lambda: chart.canvas.isVisible() and not window.chart_worker.working())
    chart.wait_drawn()
    drawn = chart.draws
    for _ in range(3):
        window.tabs.setCurrentIndex(0)
        window.tabs.setCurrentIndex(2)
        qtbot.waitUntil(chart.canvas.isVisible)
    qtbot.waitUntil(lambda: not window.chart_worker.working())
    chart.wait_drawn()
    assert chart.draws == drawn
    window.resize(900, 700)  # a real change of size still draws
    qtbot.waitUntil(lambda: chart.draws > drawn, timeout=30_000)
