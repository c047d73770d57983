"""The plan's settings and the weeks ahead: starting amount, build-up, goal, splitting a task, the
flare-up plan. Shows what the tab hands it; asks the tab (by signals) to change anything."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from backpain_desktop.domain import pacing
from backpain_desktop.ui.pacing.common import button, plain_label, say
from backpain_desktop.ui.widgets import Stepper


class PlanPanel(QWidget):
    """``settings_changed`` after a tap on build-up or goal; ``baseline_requested``,
    ``split_requested`` and ``flare_plan_requested`` for their buttons."""

    settings_changed = Signal()
    baseline_requested = Signal()
    split_requested = Signal()
    flare_plan_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.addWidget(self._build_weeks(), 1)
        layout.addWidget(self._build_settings(), 1)
        self.increase.value_changed.connect(lambda *_: self.settings_changed.emit())
        self.goal.value_changed.connect(lambda *_: self.settings_changed.emit())
        self.baseline_button.clicked.connect(self.baseline_requested)
        self.split_button.clicked.connect(self.split_requested)
        self.flare_plan_button.clicked.connect(self.flare_plan_requested)

    def _build_weeks(self) -> QGroupBox:
        """The weeks ahead: each week's amount a day and why."""
        weeks_box = QGroupBox(self.tr("The weeks ahead"))
        weeks_box.setAccessibleName(self.tr("The weeks ahead"))
        self.weeks = QTableWidget(0, 3)
        self.weeks.setAccessibleName(self.tr("Weekly plan"))
        self.weeks.setHorizontalHeaderLabels([self.tr("Week of"), self.tr("A day"), self.tr("Why")])
        self.weeks.verticalHeader().setVisible(False)
        self.weeks.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.weeks.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.weeks.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.weeks.horizontalHeader().setStretchLastSection(True)
        self.weeks_note = plain_label()
        weeks_layout = QVBoxLayout(weeks_box)
        weeks_layout.addWidget(self.weeks_note)
        weeks_layout.addWidget(self.weeks)
        weeks_layout.addStretch(1)
        return weeks_box

    def _build_settings(self) -> QGroupBox:
        """The build-up and the goal, and the buttons that open the plan's dialogs."""
        settings = QGroupBox(self.tr("Plan settings"))
        settings.setAccessibleName(self.tr("Plan settings"))
        self.increase = Stepper(
            minimum=pacing.MIN_WEEKLY_INCREASE_PCT,
            maximum=pacing.MAX_WEEKLY_INCREASE_PCT,
            value=pacing.DEFAULT_WEEKLY_INCREASE_PCT,
            suffix="%",
            accessible_name=self.tr("Build-up each week, percent"),
        )
        self.goal = Stepper(minimum=0, maximum=24 * 60, step=5, accessible_name=self.tr("Goal a day"))
        self.goal_note = plain_label(self.tr("0 means no goal: the plan keeps building up."))
        self.baseline_button = button(self.tr("Set starting amount…"))
        self.split_button = button(self.tr("Split a task…"))
        self.flare_plan_button = button(self.tr("Write my flare-up plan…"))
        self.status = plain_label()
        self.status.setAccessibleName(self.tr("Plan settings status"))
        self.status.setVisible(False)
        grid = QGridLayout(settings)
        increase_label, goal_label = QLabel(self.tr("Build-&up each week")), QLabel(self.tr("&Goal a day"))
        increase_label.setBuddy(self.increase)
        goal_label.setBuddy(self.goal)
        grid.addWidget(increase_label, 0, 0)
        grid.addWidget(self.increase, 0, 1)
        grid.addWidget(goal_label, 1, 0)
        grid.addWidget(self.goal, 1, 1)
        grid.addWidget(self.goal_note, 2, 1)
        buttons = QHBoxLayout()
        for part in (self.baseline_button, self.split_button, self.flare_plan_button):
            buttons.addWidget(part)
        buttons.addStretch(1)
        grid.addLayout(buttons, 3, 0, 1, 2)
        grid.addWidget(self.status, 4, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(5, 1)
        return settings

    def show_weeks(self, rows: list[tuple[str, str, str]], note: str) -> None:
        """One row per week: (week of, amount a day, why), this week first."""
        self.weeks.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.weeks.setItem(r, c, QTableWidgetItem(text))
        self.weeks_note.setText(note)
        self.weeks.setVisible(bool(rows))
        # As tall as its rows: the few weeks ahead, not an empty box down the page.
        height = self.weeks.horizontalHeader().height() + 2 * self.weeks.frameWidth()
        self.weeks.setFixedHeight(height + sum(self.weeks.rowHeight(r) for r in range(len(rows))))

    def show_settings(self, increase: int | None, goal: int | None, can_split: bool) -> None:
        """``increase`` None: no plan yet, so nothing to change."""
        for stepper in (self.increase, self.goal):
            stepper.blockSignals(True)
            stepper.setEnabled(increase is not None)
        if increase is not None:
            self.increase.set_value(increase)
            self.goal.set_value(goal or 0)
        for stepper in (self.increase, self.goal):
            stepper.blockSignals(False)
        self.split_button.setEnabled(can_split)

    def set_flare_plan_written(self, written: bool) -> None:
        text = self.tr("Change my flare-up plan…") if written else self.tr("Write my flare-up plan…")
        self.flare_plan_button.setText(text)
        self.flare_plan_button.setAccessibleName(text.rstrip("…"))

    def say(self, text: str, error: bool = False) -> None:
        say(self.status, text, error)
