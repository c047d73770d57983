"""The Pacing tab as a person uses it: log, fix mistakes, plan, flare-ups, chart, export and their data."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QWidget

from backpain_desktop.domain.pacing import BaselineResult
from backpain_desktop.store import ActivityEntry, DatabaseLocked, DatabaseReadOnly, DiskFull, FlareUpPlan
from backpain_desktop.ui.pacing import PacingTab
from backpain_desktop.ui.pacing.common import local_day


@pytest.fixture
def make_tab(qtbot, store, clock, dialogs, chart_worker):
    def make(kiosk: bool = False) -> PacingTab:
        tab = PacingTab(store, now=clock, kiosk=kiosk, chart_worker=chart_worker)
        qtbot.addWidget(tab)
        return tab
    return make


def fill(tab: PacingTab, activity="Walking", amount="20", before="", after="", note="", when=None):
    tab.activity.setCurrentText(activity)
    tab.amount.set_value(int(amount or 0))
    tab.pain_before.set_value(int(before) if before != "" else None)
    tab.pain_after.set_value(int(after) if after != "" else None)
    tab.note.setText(note)
    if when is not None:
        tab.when.setDateTime(tab.when.dateTime().fromSecsSinceEpoch(int(when.timestamp())))


def shown_rows(tab: PacingTab) -> list[list[str]]:
    proxy = tab.proxy
    return [[proxy.index(r, c).data() for c in range(proxy.columnCount())] for r in range(proxy.rowCount())]


def add_days(store, clock, activity="Walking", amounts=(20, 25, 30), pain=None, start_days_ago=None):
    start = clock.now - timedelta(days=start_days_ago if start_days_ago is not None else len(amounts))
    for i, amount in enumerate(amounts):
        store.add_entry(ActivityEntry(activity, amount, start + timedelta(days=i), pain_after=pain))


# -- a long log ------------------------------------------------------------------------------------------

def shown_times(tab) -> list[str]:
    return [tab.proxy.index(r, 0).data() for r in range(tab.proxy.rowCount())]


def test_a_long_log_shows_the_newest_entries_first_and_the_rest_a_page_at_a_time(make_tab, store, clock,
                                                                                 qtbot, monkeypatch):
    from backpain_desktop.ui.pacing.log_model import EntryTableModel

    monkeypatch.setattr(EntryTableModel, "FIRST_PAGE", 5)
    monkeypatch.setattr(EntryTableModel, "PAGE", 7)
    # 30 entries; two share a time, so pages must break ties the same way as a full read.
    add_days(store, clock, "Walking", list(range(10, 40)))
    store.add_entry(ActivityEntry("Cycling", 5, clock.now - timedelta(days=12)))
    tab = make_tab()
    with qtbot.waitSignal(tab.model.loaded, timeout=10_000):
        tab.reload()
        assert tab.model.rowCount() == 5  # the window is not held up by the whole log
        newest_first = shown_times(tab)
    everything = shown_times(tab)
    assert everything[:5] == newest_first and len(everything) == 31
    full = [e.id for e in store.list_entries()]
    assert [tab.model.entry(r).id for r in range(31)] == full  # same order, none twice, none missing


def test_an_old_entry_logged_while_the_log_is_still_loading_appears_once_in_its_place(make_tab, store, clock,
                                                                                       qtbot, monkeypatch):
    from backpain_desktop.ui.pacing.log_model import EntryTableModel

    monkeypatch.setattr(EntryTableModel, "FIRST_PAGE", 5)
    monkeypatch.setattr(EntryTableModel, "PAGE", 7)
    add_days(store, clock, "Walking", list(range(10, 40)))
    tab = make_tab()
    with qtbot.waitSignal(tab.model.loaded, timeout=10_000):
        tab.reload()
        fill(tab, amount="99", when=clock.now - timedelta(days=20, hours=1))  # older than the first page
        tab.save_entry()
        fill(tab, amount="77")  # newer than everything
        tab.save_entry()
    amounts = [tab.model.entry(r).amount for r in range(tab.model.rowCount())]
    assert amounts.count(99) == 1 and amounts.count(77) == 1 and len(amounts) == 32
    assert [tab.model.entry(r).id for r in range(32)] == [e.id for e in store.list_entries()]


def test_after_saves_the_plan_and_chart_data_match_a_full_read_of_the_log(make_tab, store, clock, dialogs):
    """Only the days of new entries are read again after a save; the result must be what reading
    the whole log gives, days in order, pain averaged over the day."""
    add_days(store, clock, "Walking", [20, 25, 30, 35], pain=4)
    tab = make_tab()
    dialogs.baseline_result = BaselineResult(20, "midpoint", {"good": 30, "bad": 10, "midpoint": 20})
    tab.set_baseline()
    tab.reload()
    fill(tab, activity="Cycling", amount="40")  # another activity: the plan's series stays as it was
    tab.save_entry()
    tab.refresh_now()
    for amount, after, days_ago in (("10", "6", 0), ("5", "2", 2), ("7", "", 9), ("3", "8", 9)):
        fill(tab, activity="Walking", amount=amount, after=after,
             when=clock.now - timedelta(days=days_ago, minutes=5))
        tab.save_entry()
        tab.refresh_now()
        full = store.day_series("Walking", tab._offset_minutes())
        assert tab._series == full
        assert list(tab._series[0]) == sorted(full[0])
    assert tab._series[0][local_day(clock.now - timedelta(days=9, minutes=5))] == 10  # a new day, in place


def test_filtering_counts_the_whole_log_even_before_it_has_all_been_read(make_tab, store, clock, monkeypatch):
    from backpain_desktop.ui.pacing.log_model import EntryTableModel

    monkeypatch.setattr(EntryTableModel, "FIRST_PAGE", 5)
    add_days(store, clock, "Walking", list(range(10, 40)))
    add_days(store, clock, "Cycling", [5, 6])
    tab = make_tab()
    tab.reload()
    tab.log_panel.filter_activity.setCurrentIndex(tab.log_panel.filter_activity.findData("Cycling"))
    assert tab.proxy.rowCount() == 2
    assert tab.log_panel.status.text() == "Showing 2 of 32 entries."


# -- logging --------------------------------------------------------------------------------------------

def test_a_valid_entry_is_saved_shown_and_announced(make_tab, store, qtbot):
    tab = make_tab()
    fill(tab, amount="25", before="3", after="4", note="to the park")
    with qtbot.waitSignal(tab.entry_logged) as signal:
        qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    stored = store.get_entry(signal.args[0])
    assert (stored.activity, stored.amount, stored.pain_before, stored.pain_after) == ("Walking", 25, 3, 4)
    assert "Saved: 25 minutes of Walking." in tab.form.status.text()
    assert shown_rows(tab)[0][1:] == ["Walking", "25 minutes", "3", "4", "to the park"]
    assert tab.amount.value() == 0 and tab.pain_after.value() is None  # ready for the next one


@pytest.mark.parametrize("field, value, message", [
    ("amount", 0, "Enter how many minutes"), ("amount", 5000, "more minutes than one entry can hold"),
])
def test_bad_values_get_a_message_beside_the_field_and_nothing_is_stored(make_tab, store, field, value,
                                                                         message):
    """Pain cannot be out of range (the tap scale has only 0-10); amounts still can."""
    tab = make_tab()
    fill(tab)
    getattr(tab, field).set_value(value)
    assert tab.save_entry() is None
    assert message in tab.form.field_errors[field].text()
    assert not tab.form.field_errors[field].isHidden()
    assert store.count_entries() == 0


def test_a_time_in_the_future_is_refused(make_tab, store, clock):
    tab = make_tab()
    fill(tab, when=clock.now + timedelta(hours=2))
    assert tab.save_entry() is None
    assert "future" in tab.form.field_errors["occurred_at"].text()
    assert store.count_entries() == 0


@pytest.mark.parametrize("error", [DiskFull, DatabaseReadOnly, DatabaseLocked])
def test_when_the_disk_refuses_the_form_keeps_what_was_typed(make_tab, store, clock, monkeypatch, error):
    """Ensure a full disk, read-only folder or locked log shows a message by Save and loses nothing."""
    add_days(store, clock)
    before = store.count_entries()
    tab = make_tab()
    fill(tab, amount="33", before="2", after="5", note="long walk ☀")

    def refuse(entry):
        raise error("injected")
    monkeypatch.setattr(store, "add_entry", refuse)
    assert tab.save_entry() is None
    assert error.user_message in tab.form.status.text()
    assert "still here" in tab.form.status.text()
    assert (tab.amount.value(), tab.pain_before.value(), tab.pain_after.value(), tab.note.text()) == (
        33, 2, 5, "long walk ☀")
    monkeypatch.undo()
    assert store.count_entries() == before
    assert tab.save_entry() is not None  # once the disk has room, the same form saves
    assert store.count_entries() == before + 1


HOSTILE = [
    "<b>bold</b><script>alert('x')</script>",
    "<img src=x onerror=alert(1)> & &amp; <a href='http://example.com'>link</a>",
    "bell\x07 and null-ish \x01 chars\x1b[31m",
    "שלום עולם مرحبا \u202eevil\u202c",
    "emoji 😀👩‍👩‍👧 ✔",
]


@pytest.mark.parametrize("note", HOSTILE)
def test_notes_are_shown_literally_in_the_table_and_tooltip(make_tab, store, clock, note):
    store.add_entry(ActivityEntry("Walking", 10, clock.now, note=note))
    tab = make_tab()
    cell = tab.proxy.index(0, 5)
    shown = cell.data()
    assert "\x07" not in shown and "\x1b" not in shown
    visible = (note.replace("\x07", "\u2407").replace("\x01", "\u2401").replace("\x1b", "\u241b")
               .replace("\u202e", "[U+202E]").replace("\u202c", "[U+202C]"))
    assert shown == visible
    tooltip = cell.data(Qt.ItemDataRole.ToolTipRole)
    doc = QTextDocument()
    doc.setHtml(tooltip)  # how Qt renders a tooltip that looks like HTML
    assert doc.toPlainText() == note


def test_a_megabyte_note_is_stored_whole_and_shown_shortened(make_tab, store, clock):
    note = ("Line one of a very long note. " * 40_000)[:1_000_000] + "\nsecond line"
    tab = make_tab()
    fill(tab, note=note)
    stored = tab.save_entry()
    assert store.get_entry(stored.id).note == note
    shown = tab.proxy.index(0, 5).data()
    assert shown.endswith(" …") and len(shown) < 300
    assert len(tab.proxy.index(0, 5).data(Qt.ItemDataRole.ToolTipRole)) < 3000


def test_activity_names_with_markup_are_plain_in_the_status_and_combos(make_tab, store, clock, qtbot):
    tab = make_tab()
    fill(tab, activity="<i>Swim</i>")
    tab.save_entry()
    assert tab.form.status.textFormat() == Qt.TextFormat.PlainText
    assert "<i>Swim</i>" in tab.form.status.text()
    # the lists follow a moment later
    qtbot.waitUntil(lambda: tab.log_panel.filter_activity.findData("<i>Swim</i>") > 0)


# -- the table ------------------------------------------------------------------------------------------

def test_filter_by_activity_and_date_range_and_sort(make_tab, store, clock):
    add_days(store, clock, "Walking", (10, 30, 20), start_days_ago=10)
    add_days(store, clock, "Gardening", (45,), start_days_ago=2)
    tab = make_tab()
    assert len(shown_rows(tab)) == 4
    tab.log_panel.filter_activity.setCurrentIndex(tab.log_panel.filter_activity.findData("Walking"))
    assert {r[1] for r in shown_rows(tab)} == {"Walking"}
    first = (clock.now - timedelta(days=9)).date()
    tab.log_panel.filter_from.setDate(QDate(first.year, first.month, first.day))
    assert [r[2] for r in shown_rows(tab)] == ["20 minutes", "30 minutes"]
    assert "Showing 2 of 4 entries." in tab.log_panel.status.text()
    tab.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    assert [r[2] for r in shown_rows(tab)] == ["20 minutes", "30 minutes"]
    tab.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    assert [r[2] for r in shown_rows(tab)] == ["30 minutes", "20 minutes"]
    tab.log_panel.clear_filter()
    assert len(shown_rows(tab)) == 4


def test_edit_changes_the_entry_instead_of_adding_one(make_tab, store, clock):
    add_days(store, clock, "Walking", (10,))
    tab = make_tab()
    tab.table.selectRow(0)
    tab.log_panel.edit_button.click()
    assert tab.amount.value() == 10 and tab.save_button.text() == "Save changes"
    tab.amount.set_value(12)
    tab.note.setText("corrected")
    tab.save_entry()
    entries = store.list_entries()
    assert [(e.amount, e.note) for e in entries] == [(12, "corrected")]
    assert tab.save_button.text() == "Save entry"


def test_editing_only_the_note_keeps_a_part_minute_amount(make_tab, store, clock):
    """Ensure an entry of 5.5 minutes (an exercise session's) is not rounded when only its note changes."""
    add_days(store, clock, "Walking", (5.5,))
    tab = make_tab()
    tab.table.selectRow(0)
    tab.log_panel.edit_button.click()
    tab.note.setText("with a friend")
    tab.save_entry()
    assert [(e.amount, e.note) for e in store.list_entries()] == [(5.5, "with a friend")]


def test_delete_then_undo_puts_the_entry_back(make_tab, store, clock):
    add_days(store, clock, "Walking", (10, 20))
    tab = make_tab()
    tab.table.selectRow(0)
    tab.log_panel.delete_button.click()
    assert store.count_entries() == 1
    assert "Undo puts it back" in tab.log_panel.status.text()
    assert tab.log_panel.undo_button.isEnabled()
    tab.undo_delete()
    assert sorted(e.amount for e in store.list_entries()) == [10, 20]
    assert not tab.log_panel.undo_button.isEnabled()


# -- plan and flare-ups ---------------------------------------------------------------------------------

def test_baseline_from_the_guided_dialog_gives_todays_amount_and_a_weekly_plan(make_tab, store, clock,
                                                                               dialogs):
    add_days(store, clock, "Walking", (20, 25, 30))
    tab = make_tab()
    assert tab.plan_activity() == "Walking"
    assert "No plan yet" in tab.plan_card.today_label.text()
    dialogs.baseline_result = BaselineResult(20, "average", {"tries": [["2026-02-27", 20], ["2026-02-28", 25],
                                                                     ["2026-03-01", 30]], "average": 25})
    tab.plan_panel.baseline_button.click()
    assert dialogs.asked[-1][3] == [(date(2026, 2, 27), 20), (date(2026, 2, 28), 25), (date(2026, 3, 1), 30)]
    assert tab.plan_card.today_label.text() == "Today: about 20 minutes of Walking."
    assert tab.plan_card.how_label.isHidden()
    tab.plan_card.how_button.click()
    assert tab.plan_card.how_label.text().startswith(
        "You tried it on 3 days: 20, 25 and 30 minutes. The average was about 25 minutes, and the plan "
        "started at 80% of that: 20 minutes a day.")
    weeks = tab.plan_panel.weeks
    assert [weeks.item(0, c).text() for c in range(3)] == ["This week", "20 minutes", "the start"]
    clock.now += timedelta(days=7)
    tab.reload()
    assert tab.plan_card.today_label.text() == "Today: about 22 minutes of Walking."
    working = tab.plan_card.how_label.text()
    assert "it went up by about 10% in 1 week" in working and working.endswith(
        "So this week (week 2 of your plan) it is 22 minutes a day. Keep to about this much each day, "
        "whatever the pain says.")


def test_a_flare_up_steps_the_plan_back_and_shows_the_flare_up_plan_and_urgent_help(make_tab, store, clock,
                                                                                     dialogs, qtbot):
    add_days(store, clock, "Walking", (20, 25, 30))
    tab = make_tab()
    dialogs.baseline_result = BaselineResult(20, "midpoint", {"good": 30, "bad": 10, "midpoint": 20})
    tab.set_baseline()
    clock.now += timedelta(days=14)
    tab.reload()
    assert tab.plan_card.today_label.text() == "Today: about 24 minutes of Walking."
    dialogs.flare_plan = FlareUpPlan("lifting <heavy> boxes", "stiff in the morning", "heat, short walks")
    tab.edit_flareup_plan()
    assert tab.plan_card.urgent_button.isHidden()
    tab.plan_card.flare_button.click()
    assert tab.plan_card.today_label.text() == (
        "Today: about 22 minutes of Walking (held during your flare-up).")
    assert "lifting <heavy> boxes" in tab.plan_card.flare_plan_label.text()
    assert tab.plan_card.flare_plan_label.textFormat() == Qt.TextFormat.PlainText
    assert tab.plan_card.flare_button.text() == "My flare-up is over"
    with qtbot.waitSignal(tab.navigate_requested) as signal:
        tab.plan_card.urgent_button.click()
    assert signal.args == ["urgent"]
    clock.now += timedelta(days=3)
    tab.plan_card.flare_button.click()
    assert store.current_flareup() is None
    assert tab.plan_card.flare_plan_label.isHidden()


def test_build_up_percent_and_goal_are_stored(make_tab, store, clock, dialogs):
    add_days(store, clock, "Walking", (20, 25, 30))
    tab = make_tab()
    dialogs.baseline_result = BaselineResult(20, "midpoint", {"good": 30, "bad": 10, "midpoint": 20})
    tab.set_baseline()
    tab.plan_panel.increase.set_value(20)
    tab.plan_panel.goal.set_value(23)
    saved = store.baseline("Walking")
    assert saved.weekly_increase_pct == 20 and saved.details["goal"] == 23
    clock.now += timedelta(days=14)
    tab.reload()
    assert tab.plan_card.today_label.text() == "Today: about 23 minutes of Walking."


def test_split_a_task_uses_todays_amount(make_tab, store, clock, dialogs):
    add_days(store, clock, "Gardening", (20, 25, 30))
    tab = make_tab()
    dialogs.baseline_result = BaselineResult(20, "midpoint", {"good": 30, "bad": 10, "midpoint": 20})
    tab.set_baseline()
    tab.plan_panel.split_button.click()
    assert dialogs.asked[-1] == ("split", "Gardening", 20)


# -- chart ----------------------------------------------------------------------------------------------

def test_matplotlib_is_not_loaded_until_the_chart_is_shown(tmp_path):
    code = (
        "import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from PySide6.QtWidgets import QApplication; app = QApplication([])\n"
        "from backpain_desktop.store import Store; from backpain_desktop.ui.pacing import PacingTab\n"
        "from backpain_desktop.ui.chart_thread import ChartWorker\n"
        "tab = PacingTab(Store.open(None), chart_worker=ChartWorker()); tab.reload()\n"
        "before = 'matplotlib' in sys.modules or 'numpy' in sys.modules\n"
        "tab.show_chart()\n"  # starts loading matplotlib on the chart thread and says so
        "loading = [tab.chart_panel.empty.text(), tab.chart is None]\n"
        "tab.show_chart(wait=True)\n"
        "import json; print(json.dumps([before, loading, 'matplotlib' in sys.modules, tab.chart.draws]))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                         env={**__import__("os").environ, "MPLCONFIGDIR": str(tmp_path)})
    assert out.returncode == 0, out.stderr
    before, loading, loaded, draws = json.loads(out.stdout.strip().splitlines()[-1])
    assert before is False and loaded is True and draws == 1
    assert loading == ["Loading the chart…", True]  # seen and heard while it loads


def test_chart_draws_the_log_in_one_canvas_updated_in_place(make_tab, store, clock, dialogs):
    add_days(store, clock, "Walking", [20 + i % 5 for i in range(40)], pain=3)
    tab = make_tab()
    dialogs.baseline_result = BaselineResult(20, "midpoint", {"good": 30, "bad": 10, "midpoint": 20})
    tab.set_baseline()
    tab.show_chart(wait=True)
    chart = tab.chart
    canvas, figure = chart.canvas, chart.figure
    assert len(chart.bars.get_paths()) == 14  # 2 weeks
    tab.chart_panel.choose_range(None)  # all
    tab.show_chart(wait=True)
    assert tab.chart is chart and chart.canvas is canvas and chart.figure is figure
    assert len(chart.bars.get_paths()) == 41
    assert len(figure.axes) == 2  # amount above, pain below
    assert chart.canvas.accessibleDescription() == tab.chart_panel.summary.text()


def test_showing_the_tab_draws_the_chart_on_screen_without_being_asked(make_tab, store, clock, qtbot):
    add_days(store, clock, "Walking", [30] * 14, pain=3)
    tab = make_tab()
    tab.resize(1100, 760)
    tab.show_page(1)
    assert tab.chart_panel.empty.text() == "Loading the chart…"  # words, never empty axes
    tab.show()
    # matplotlib loads and the chart draws on the chart thread; the tab answers meanwhile.
    qtbot.waitUntil(lambda: tab.chart is not None and tab.chart.draws >= 1, timeout=60_000)
    assert tab.chart_panel.empty.isHidden()
    canvas = tab.chart.canvas
    assert canvas.width() > 300
    shown = canvas.grab().toImage()
    from backpain_desktop.ui.chart import LIGHT

    # 14 days of 30 minutes: bars in the amount colour somewhere across the middle of the picture.
    row = [shown.pixelColor(x, shown.height() // 3).name() for x in range(shown.width())]
    assert LIGHT["bars"].lower() in row
    assert canvas.accessibleDescription() == tab.chart_panel.summary.text()


def test_chart_loaded_while_on_another_tab_is_filled_and_drawn_on_return(make_tab, store, clock, qtbot,
                                                                          chart_worker):
    """The chart's libraries can finish loading after the person has left the Pacing tab: the chart is
    set up then, and shows the log at its real size when they come back."""
    add_days(store, clock, "Walking", [30] * 14, pain=3)
    tab = make_tab()
    tab.resize(1100, 760)
    tab.show_page(1)
    tab.chart_panel._loaded(None)  # the chart thread's notice, with the tab hidden
    assert tab.chart is not None and tab.chart.draws == 0
    tab.show()
    qtbot.waitUntil(lambda: tab.chart.draws >= 1 and tab.chart.canvas.isVisible(), timeout=30_000)
    qtbot.waitUntil(lambda: not chart_worker.working())
    tab.chart.wait_drawn()
    assert tab.chart.draws == 1  # its size and its data arrive in the same turn: one picture, not two
    assert len(tab.chart.bars.get_paths()) == 14
    assert tab.chart.canvas._picture.width() == tab.chart.canvas.width()
    assert tab.chart.canvas.accessibleDescription() == tab.chart_panel.summary.text()


def test_a_redrawn_chart_is_the_same_picture_as_one_drawn_from_scratch(make_tab, store, clock, qtbot):
    """Redraws put the legend's pixels back rather than drawing it again: the picture must not differ,
    also when the legend's words change (days, then weekly averages)."""
    add_days(store, clock, "Walking", [30, 20, 40] * 41, pain=3)  # 123 days: weekly bars for "all"
    tab = make_tab()
    tab.resize(1100, 760)
    tab.show()
    tab.show_chart(wait=True)
    chart = tab.chart
    for days in (14, None):  # two weeks (daily), then everything (weekly)
        tab.chart_panel.choose_range(days)
        chart.wait_drawn()
        chart.request_draw()
        chart.wait_drawn()
        redrawn = chart.canvas._picture.copy()
        chart._legend_pixels = None  # nothing to put back: the next draw is done in full
        chart.request_draw()
        chart.wait_drawn()
        assert chart.canvas._picture == redrawn
    assert chart._amount_label.get_text() == "Weekly average a day"


def test_pointer_over_the_chart_never_reaches_matplotlib_on_the_ui_thread(make_tab, store, clock, qtbot):
    """The figure belongs to the chart thread: moving, clicking and scrolling over the picture must not
    build matplotlib events (they read the figure) on the UI thread."""
    from PySide6.QtCore import QPoint

    add_days(store, clock)
    tab = make_tab()
    tab.resize(1100, 760)
    tab.show()
    tab.show_chart(wait=True)
    heard = []
    for kind in ("motion_notify_event", "button_press_event", "scroll_event", "figure_enter_event"):
        tab.chart.canvas.mpl_connect(kind, heard.append)
    canvas = tab.chart.canvas
    qtbot.mouseMove(canvas, QPoint(100, 100))
    qtbot.mouseMove(canvas, QPoint(200, 150))
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=QPoint(200, 150))
    assert heard == []
    assert tab.chart.draws >= 1


def test_summary_says_how_the_week_went(make_tab, store, clock, dialogs):
    tab = make_tab()
    dialogs.baseline_result = BaselineResult(20, "midpoint", {"good": 30, "bad": 10, "midpoint": 20})
    tab.plan_card.plan_activity.setCurrentIndex(tab.plan_card.plan_activity.findData("Walking"))
    clock.now -= timedelta(days=14)
    tab.set_baseline()
    clock.now += timedelta(days=14)
    for i in range(14):
        day = clock.now - timedelta(days=i)
        amount = 24 if i < 5 else 0 if i < 7 else 22
        if amount:
            store.add_entry(ActivityEntry("Walking", amount, day, pain_after=4 if i < 7 else 5))
    tab.reload()
    tab._refresh_chart()
    assert tab.chart_panel.summary.text() == (
        "This week you kept to your plan on 5 of 7 days. Your pain after Walking (0-10), averaged over the "
        "last 7 days: 4.0. Down 1.0 from the week before.")


def test_save_chart_as_svg(make_tab, store, clock, dialogs, tmp_path):
    add_days(store, clock)
    tab = make_tab()
    tab.show_chart(wait=True)
    dialogs.save_path = tmp_path / "chart.svg"
    tab.reports.save_chart()
    assert dialogs.save_path.read_text(encoding="utf-8").lstrip().startswith("<?xml")


# -- export and your data -------------------------------------------------------------------------------

def test_export_csv(make_tab, store, clock, dialogs, tmp_path):
    store.add_entry(ActivityEntry("Walking", 20, clock.now, note="=1+1"))
    store.set_feedback("stay-active", True, clock.now)
    tab = make_tab()
    dialogs.save_path = tmp_path / "log.csv"
    tab.export_button.click()
    text = dialogs.save_path.read_bytes().decode("utf-8")
    assert text.startswith("\ufeffrecord,date,time,activity")
    assert "'=1+1" in text and "stay-active,yes" in text
    assert "Log exported" in tab.data_panel.status.text()


def test_export_to_a_folder_that_cannot_be_written_says_so_and_leaves_no_part_file(make_tab, store, clock,
                                                                                    dialogs, tmp_path):
    store.add_entry(ActivityEntry("Walking", 20, clock.now))
    tab = make_tab()
    dialogs.save_path = tmp_path / "missing-folder" / "log.csv"
    tab.data_actions.export_csv()
    assert tab.data_panel.status.text().startswith("Not saved")
    assert not (tmp_path / "missing-folder").exists()


def test_clinician_report_is_a_pdf(make_tab, store, clock, dialogs, tmp_path):
    add_days(store, clock, "Walking", [20, 25, 30, 45, 5, 22], pain=4)
    tab = make_tab()
    dialogs.baseline_result = BaselineResult(20, "midpoint", {"good": 30, "bad": 10, "midpoint": 20})
    tab.set_baseline()
    dialogs.save_path = tmp_path / "report.pdf"
    tab.report_button.click()
    data = dialogs.save_path.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 10_000  # the chart image is in it
    assert "Report saved" in tab.data_panel.status.text()


def test_backup_and_restore_through_the_tab(make_tab, store, clock, dialogs, tmp_path):
    store.add_entry(ActivityEntry("Walking", 20, clock.now, note="in the backup"))
    tab = make_tab()
    dialogs.save_path = tmp_path / "b.sqlite3"
    tab.backup_button.click()
    store.add_entry(ActivityEntry("Walking", 5, clock.now, note="later"))
    dialogs.open_path = dialogs.save_path
    dialogs.confirm_answer = False
    tab.restore_button.click()
    assert store.count_entries() == 2
    dialogs.confirm_answer = True
    tab.restore_button.click()
    assert [r[5] for r in shown_rows(tab)] == ["in the backup"]
    assert "previous log was kept" in tab.data_panel.status.text()


def test_restore_from_a_bad_file_keeps_the_current_log(make_tab, store, clock, dialogs, tmp_path):
    store.add_entry(ActivityEntry("Walking", 20, clock.now))
    tab = make_tab()
    dialogs.open_path = tmp_path / "photo.jpg"
    dialogs.open_path.write_bytes(b"\xff\xd8\xff not a log")
    tab.data_actions.restore()
    assert "Your current log is unchanged" in tab.data_panel.status.text()
    assert store.count_entries() == 1


def test_delete_all_asks_clearly_first(make_tab, store, clock, dialogs):
    add_days(store, clock)
    tab = make_tab()
    dialogs.confirm_answer = False
    tab.delete_all_button.click()
    assert store.count_entries() == 3 and tab.data_panel.status.text() == "Nothing was deleted."
    assert "all 3 entries" in dialogs.asked[-1][1] and "cannot be undone" in dialogs.asked[-1][1]
    assert "Make a backup first" in dialogs.asked[-1][1]
    dialogs.confirm_answer = True
    tab.delete_all_button.click()
    assert store.count_entries() == 0 and shown_rows(tab) == []


def test_kiosk_hides_every_file_action(make_tab):
    tab = make_tab(kiosk=True)
    for button in (tab.export_button, tab.report_button, tab.backup_button, tab.restore_button,
                   tab.chart_panel.save_chart_button):
        assert button.isHidden()
    assert not tab.delete_all_button.isHidden()


def test_kiosk_delete_all_does_not_suggest_a_backup_it_cannot_make(make_tab, store, clock, dialogs):
    add_days(store, clock)
    tab = make_tab(kiosk=True)
    dialogs.confirm_answer = False
    tab.delete_all_button.click()
    question = dialogs.asked[-1][1]
    assert "all 3 entries" in question and "cannot be undone" in question
    assert "backup" not in question and "Finish" in question
    assert tab.delete_all_button.parentWidget().title() == "Your data"


def test_the_window_follows_the_pacing_tabs_urgent_help_link(qtbot, paths, pack, clock, restore_app_look):
    from backpain_desktop.settings import Settings
    from backpain_desktop.store import Store
    from backpain_desktop.ui.main_window import MainWindow

    with Store.open(paths.database) as store:
        window = MainWindow(store, pack, Settings(), lambda s: None, now=clock)
        qtbot.addWidget(window)
        window.navigate("pacing")
        window.pacing_tab.navigate_requested.emit("urgent")
        assert window.tabs.currentWidget() is window.advice_tab


def test_entry_times_show_in_local_time(make_tab, store):
    store.add_entry(ActivityEntry("Walking", 10, datetime(2026, 3, 1, 8, 0, tzinfo=timezone.utc)))
    tab = make_tab()
    expected = datetime(2026, 3, 1, 8, 0, tzinfo=timezone.utc).astimezone().strftime("%H:%M")
    assert shown_rows(tab)[0][0].endswith(expected)


def test_the_plan_and_summary_follow_a_new_entry(make_tab, store, clock, dialogs, qtbot):
    """Ensure logging updates the summary without a manual reload (it follows on the next event-loop turn)."""
    tab = make_tab()
    dialogs.baseline_result = BaselineResult(20, "midpoint", {"good": 30, "bad": 10, "midpoint": 20})
    tab.plan_card.plan_activity.setCurrentIndex(tab.plan_card.plan_activity.findData("Walking"))
    tab.set_baseline()
    assert "kept to your plan on 0 of 1 day." in tab.chart_panel.summary.text()
    fill(tab, amount="20", after="3")
    tab.save_entry()
    qtbot.waitUntil(lambda: "kept to your plan on 1 of 1 day." in tab.chart_panel.summary.text())
    assert "averaged over the last 7 days: 3.0." in tab.chart_panel.summary.text()


def test_sorting_keeps_the_selected_entry_selected(make_tab, store, clock):
    add_days(store, clock, "Walking", (10, 30, 20))
    tab = make_tab()
    tab.table.selectRow(2)  # oldest: 10 minutes
    tab.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    assert [r[2] for r in shown_rows(tab)] == ["30 minutes", "20 minutes", "10 minutes"]
    selected = tab.table.selectionModel().selectedRows()
    assert [tab.proxy.index(i.row(), 2).data() for i in selected] == ["10 minutes"]


def test_chart_follows_a_dark_palette(make_tab, store, clock, qapp, qtbot):
    """Ensure switching to a dark scheme redraws the chart light-on-dark with the dark colour set."""
    from PySide6.QtGui import QColor, QPalette

    from backpain_desktop.ui.chart import DARK, LIGHT

    add_days(store, clock)
    tab = make_tab()
    tab.show_chart(wait=True)
    assert tab.chart.bars.get_facecolor()[0][:3] == pytest.approx(QColor(LIGHT["bars"]).getRgbF()[:3])
    old = qapp.palette()
    dark = QPalette(old)
    dark.setColor(QPalette.ColorRole.Base, QColor("#17181a"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#ececec"))
    try:
        with qtbot.waitSignal(tab.chart.drawn):  # redrawn on the chart thread, then shown
            qapp.setPalette(dark)
        # What is on screen: the picture's corner is the dark background.
        assert tab.chart.canvas.grab().toImage().pixelColor(3, 3).name() == "#17181a"
        assert tab.chart.bars.get_facecolor()[0][:3] == pytest.approx(QColor(DARK["bars"]).getRgbF()[:3])
        assert tab.chart.figure.get_facecolor()[:3] == pytest.approx(QColor("#17181a").getRgbF()[:3])
    finally:
        qapp.setPalette(old)


def test_report_escapes_what_a_person_typed():
    from backpain_desktop.ui.report import ReportData, ReportWeek, report_html

    data = ReportData("<script>alert(1)</script>", "minutes", date(2026, 3, 2), "<b>how</b>",
                      [ReportWeek(date(2026, 2, 23), 20, 20, 3.0, 2)], [(date(2026, 2, 24), None)],
                      [(date(2026, 2, 25), 40, 20, "pain")])
    text = report_html(data)
    assert "<script>" not in text and "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "<b>how</b>" not in text
    assert "still going on" in text and "pain rose within 2 days" in text


def test_delete_and_undo_from_the_keyboard(make_tab, store, clock, qtbot):
    add_days(store, clock, "Walking", (10, 20))
    tab = make_tab()
    tab.show()
    qtbot.waitExposed(tab)
    tab.table.setFocus()
    tab.table.selectRow(0)
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert store.count_entries() == 1
    qtbot.keyClick(tab.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.count_entries() == 2


@pytest.mark.parametrize("column", range(6))
@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_a_new_row_lands_where_a_full_sort_would_put_it(make_tab, store, clock, column, order):
    """Ensure inserting in place (used after each save) gives the same table as reading the log again."""
    import random

    rng = random.Random(column * 2 + int(order == Qt.SortOrder.DescendingOrder))
    for _ in range(25):
        store.add_entry(ActivityEntry(rng.choice(["Walking", "work", "Gardening"]), rng.randint(1, 60),
                                      clock.now - timedelta(hours=rng.randint(0, 300)),
                                      pain_before=rng.choice([None, 2, 5]), pain_after=rng.choice([None, 3]),
                                      note=rng.choice(["", "b", "A", "zz"])))
    tab = make_tab()
    tab.table.sortByColumn(column, order)
    for _ in range(5):
        fill(tab, activity=rng.choice(["Walking", "Work"]), amount=str(rng.randint(1, 60)),
             after=rng.choice(["", "4"]), note=rng.choice(["", "c"]),
             when=clock.now - timedelta(hours=rng.randint(0, 300)))
        tab.save_entry()
    in_place = shown_rows(tab)
    tab.model.reload()
    assert in_place == shown_rows(tab)
    assert len(in_place) == 30


def test_the_live_log_file_is_never_overwritten_or_restored_from(make_tab, store, clock, dialogs):
    store.add_entry(ActivityEntry("Walking", 20, clock.now, note="mine"))
    tab = make_tab()
    before = store.path.read_bytes()
    for action in (tab.data_actions.backup, tab.data_actions.export_csv):
        dialogs.save_path = store.path
        action()
        assert "the file your log is kept in" in tab.data_panel.status.text()
    dialogs.open_path = store.path
    tab.data_actions.restore()
    assert "not a backup" in tab.data_panel.status.text()
    assert store.path.read_bytes() == before
    assert [e.note for e in store.list_entries()] == ["mine"]


def test_a_clock_moved_back_before_the_plan_still_shows_an_amount(make_tab, store, clock, dialogs):
    add_days(store, clock)
    tab = make_tab()
    dialogs.baseline_result = BaselineResult(20, "midpoint", {"good": 30, "bad": 10, "midpoint": 20})
    tab.set_baseline()
    clock.now -= timedelta(days=30)
    tab.reload()
    assert tab.plan_card.today_label.text() == "Today: about 20 minutes of Walking."


def test_kiosk_window_builds_the_pacing_tab_without_file_actions(qtbot, pack, clock, restore_app_look):
    from backpain_desktop.domain.kiosk_config import KioskConfig
    from backpain_desktop.settings import Settings
    from backpain_desktop.store import Store
    from backpain_desktop.ui.main_window import MainWindow

    with Store.open(None) as store:
        window = MainWindow(store, pack, Settings(), lambda s: None, now=clock,
                            kiosk=KioskConfig(enabled=True))
        qtbot.addWidget(window)
        try:  # a kiosk's Pacing tab is its one-visit page (ui/kiosk_pacing.py): no file action at all
            from PySide6.QtWidgets import QAbstractButton

            for _visit in range(2):
                words = [b.text() for b in window.pacing_tab.findChildren(QAbstractButton)]
                assert not [w for w in words if re.search(r"export|back ?up|restore|report|csv|…", w, re.I)]
                window.new_visit()
        finally:
            window.kiosk.stop()


def test_chart_colours_are_at_least_3_to_1_against_each_other_and_the_background():
    """Bars, plan and pain stay apart for weak eyes and colour-vision differences (WCAG 1.4.11)."""
    from PySide6.QtGui import QColor

    from backpain_desktop.ui.chart import DARK, LIGHT
    from backpain_desktop.ui.theme import contrast_ratio

    for colours, backgrounds in ((LIGHT, ("#ffffff",)), (DARK, ("#17181a", "#202124", "#000000"))):
        series = [QColor(colours[k]) for k in ("bars", "plan", "pain")]
        for background in backgrounds:
            assert all(contrast_ratio(c, QColor(background)) >= 3 for c in series), background
        assert contrast_ratio(series[0], series[1]) >= 3 and contrast_ratio(series[0], series[2]) >= 3


def test_an_empty_log_shows_words_instead_of_empty_axes(make_tab, qtbot):
    tab = make_tab()
    tab.show_page(1)
    tab.show()
    tab.show_chart(wait=True)
    assert tab.chart.isHidden() and not tab.chart_panel.empty.isHidden()
    assert tab.chart_panel.empty.text().startswith("Nothing logged for Walking yet.")
    assert not tab.chart_panel.save_chart_button.isEnabled()


def test_edit_and_delete_need_a_chosen_entry(make_tab, store, clock):
    tab = make_tab()
    assert not tab.log_panel.edit_button.isEnabled() and not tab.log_panel.delete_button.isEnabled()
    add_days(store, clock, "Walking", (10,))
    tab.reload()
    assert not tab.log_panel.edit_button.isEnabled()
    tab.table.selectRow(0)
    assert tab.log_panel.edit_button.isEnabled() and tab.log_panel.delete_button.isEnabled()
    tab.log_panel.delete_button.click()
    assert not tab.log_panel.delete_button.isEnabled() and tab.log_panel.undo_button.isEnabled()


def test_days_are_written_as_a_person_says_them():
    from backpain_desktop.ui.pacing.common import day_text

    assert day_text(date(2026, 12, 2)).startswith("Wed 2 Dec")


def test_no_two_pacing_controls_share_a_name(make_tab):
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit

    tab = make_tab()
    names = [w.accessibleName() for w in tab.findChildren(QWidget)
             if isinstance(w, (QAbstractButton, QComboBox, QAbstractSpinBox, QLineEdit))
             and w.accessibleName() and not isinstance(w.parent(), QComboBox)]
    repeated = {n for n in names if names.count(n) > 1}
    assert repeated <= {n for n in repeated if n[-1:].isdigit() or n.startswith(("Less ", "More "))}, repeated


def test_the_wheel_over_any_pacing_control_changes_nothing(qtbot, store, pack, clock, restore_app_look):
    """A wheel or touchpad turn over a drop-down or date on any Pacing part scrolls; it never changes
    the plan's activity, a filter or the time of an entry (steppers and tap scales take no wheel)."""
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox

    from backpain_desktop.settings import Settings
    from backpain_desktop.ui.main_window import MainWindow

    def value(control):
        return control.currentIndex() if isinstance(control, QComboBox) else control.text()

    for day in range(3):
        store.add_entry(ActivityEntry(("Walking", "Gardening", "Sitting")[day], 20,
                                      clock.now - timedelta(days=day)))
    window = MainWindow(store, pack, Settings(), lambda s: None, now=clock)
    qtbot.addWidget(window)
    window.show()
    window.navigate("pacing")
    tab = window.pacing_tab
    checked = 0
    for page in range(5):
        tab.show_page(page)
        controls = [w for w in tab.findChildren(QWidget) if w.isVisible()
                    and isinstance(w, (QComboBox, QAbstractSpinBox))]
        for control in controls:
            before = value(control)
            for notches in (-1, 1):
                pos = QPointF(5, 5)
                QApplication.sendEvent(control, QWheelEvent(
                    pos, control.mapToGlobal(pos), QPoint(0, 0), QPoint(0, 120 * notches),
                    Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                    False))
            assert value(control) == before, control.accessibleName()
            checked += 1
    assert checked >= 6  # activity, unit, when, plan for, the log's three filters


def test_every_pacing_part_names_every_control(make_tab, store, clock, dialogs, qtbot):
    """A screen reader announces each control on each part by name, with a log, a plan and a flare-up."""
    from tests.ui.test_accessibility import unnamed_controls

    add_days(store, clock, "Walking", [20 + i % 5 for i in range(30)], pain=3)
    tab = make_tab()
    dialogs.baseline_result = BaselineResult(20, "midpoint", {"good": 30, "bad": 10, "midpoint": 20})
    tab.set_baseline()
    tab.toggle_flareup()
    tab.resize(1100, 760)
    tab.show()
    tab.plan_card.how_button.click()
    problems = []
    for page in range(5):
        tab.show_page(page)
        if page == 1:
            tab.show_chart(wait=True)
        problems += [f"part {page}: {p}" for p in unnamed_controls(tab)]
    assert problems == []
