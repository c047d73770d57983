"""The three small pacing dialogs: guided starting amount, flare-up plan, splitting a task."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox

from backpain_desktop.store import FlareUpPlan
from backpain_desktop.ui.pacing_dialogs import BaselineDialog, FlareUpPlanDialog, SplitTaskDialog
from tests.ui.test_accessibility import unnamed_controls

D = date(2026, 3, 2)


def test_baseline_dialog_fills_tries_from_the_log_and_explains_the_number(qtbot):
    tries = [(D, 20.0), (date(2026, 3, 3), 25.0), (date(2026, 3, 4), 30.0)]
    dialog = BaselineDialog("Walking", "minutes", tries, D)
    qtbot.addWidget(dialog)
    assert [s.value() for s in dialog.try_amounts] == [20, 25, 30]
    assert dialog.result_label.text().startswith(
        "Start at 20 minutes a day. Your 3 tries were 20, 25, 30 minutes. Their average is about 25 minutes; "
        "80% of that is 20 minutes a day")
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert dialog.try_days[0].text() == "Mon 2 Mar 2026"  # not "2 3 2026"
    dialog.try_days[1].setDate(QDate(2026, 3, 2))  # two tries on one day
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert "each on a different day" in dialog.result_label.text()
    assert dialog.result_value() is None


def test_baseline_dialog_midpoint(qtbot):
    dialog = BaselineDialog("Gardening", "minutes", [], D)
    qtbot.addWidget(dialog)
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.use_midpoint.setChecked(True)
    dialog.good.set_value(40)
    dialog.bad.set_value(10)
    result = dialog.result_value()
    assert (result.amount, result.method) == (25, "midpoint")
    assert "Halfway between a good day (40 minutes) and a bad day (10 minutes)" in dialog.result_label.text()


def test_flare_up_plan_dialog_round_trips_the_text(qtbot):
    dialog = FlareUpPlanDialog(FlareUpPlan("<b>lifting</b>", "stiff", "heat"))
    qtbot.addWidget(dialog)
    assert dialog.fields["triggers"].toPlainText() == "<b>lifting</b>"
    dialog.fields["what_helps"].setPlainText("  heat, walks \n")
    assert dialog.plan() == FlareUpPlan("<b>lifting</b>", "stiff", "heat, walks")


def test_split_task_dialog_shows_a_schedule(qtbot):
    dialog = SplitTaskDialog("Gardening", 20)
    qtbot.addWidget(dialog)
    assert dialog.total.value() == 60 and dialog.block.value() == 20 and dialog.rest.value() == 10
    lines = dialog.schedule.text().splitlines()
    assert lines[:3] == ["0:00  do 20 minutes", "0:20  rest 10 minutes", "0:30  do 20 minutes"]
    assert lines[-1] == "3 pieces; finished after 1:20 (hours:minutes)."
    dialog.total.set_value(45)
    assert dialog.schedule.text().splitlines()[-2] == "1:00  do 5 minutes"


def test_every_dialog_control_has_a_name(qtbot):
    dialogs = [BaselineDialog("Walking", "minutes", [], D), FlareUpPlanDialog(FlareUpPlan()),
               SplitTaskDialog("Walking", 20)]
    problems = []
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        problems += unnamed_controls(dialog)
    assert problems == []
