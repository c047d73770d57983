"""Today's plan as one number, "How was this worked out?", and the flare-up button.

The tab hands it plain words and numbers; it reads nothing itself.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QVBoxLayout, QWidget

from backpain_desktop.ui.pacing.common import button, plain_label, say, visible_controls


class PlanCard(QGroupBox):
    """``activity_chosen(name)`` when another plan is picked; ``flare_pressed`` for the flare-up
    button; ``urgent_requested`` for "When to get help urgently"."""

    activity_chosen = Signal(str)
    flare_pressed = Signal()
    urgent_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Today's plan"), parent)
        self.setAccessibleName(self.tr("Today's plan"))
        self.plan_activity = QComboBox()
        self.plan_activity.setAccessibleName(self.tr("Plan and chart for"))
        self.today_label = plain_label()
        self.today_label.setAccessibleName(self.tr("Today's amount"))
        font = self.today_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.today_label.setFont(font)
        self.how_button = button(self.tr("How was this worked out?"))
        self.how_button.setCheckable(True)
        self.how_label = plain_label()
        self.how_label.setAccessibleName(self.tr("How today's amount was worked out"))
        self.how_label.setVisible(False)
        self.flare_status = plain_label()
        self.flare_status.setAccessibleName(self.tr("Flare-up status"))
        self.flare_button = button(self.tr("I'm having a flare-up"))
        self.urgent_button = button(self.tr("When to get help urgently"))
        self.urgent_button.setVisible(False)
        self.flare_plan_label = plain_label()
        self.flare_plan_label.setAccessibleName(self.tr("My flare-up plan"))
        self.flare_plan_label.setVisible(False)
        self.status = plain_label()
        self.status.setAccessibleName(self.tr("Plan status"))
        self.status.setVisible(False)

        form = QFormLayout()
        form.addRow(self.tr("Plan &for"), self.plan_activity)
        form.labelForField(self.plan_activity).setBuddy(self.plan_activity)
        flare_row = QHBoxLayout()
        flare_row.addWidget(self.flare_button)
        flare_row.addWidget(self.urgent_button)
        flare_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.today_label)
        how_row = QHBoxLayout()
        how_row.addWidget(self.how_button)
        how_row.addStretch(1)
        layout.addLayout(how_row)
        layout.addWidget(self.how_label)
        layout.addWidget(self.status)
        layout.addSpacing(8)
        layout.addWidget(self.flare_status)
        layout.addLayout(flare_row)
        layout.addWidget(self.flare_plan_label)
        layout.addStretch(1)

        self.how_button.toggled.connect(self._show_working)
        self.plan_activity.currentIndexChanged.connect(
            lambda *_: self.activity_chosen.emit(self.plan_activity.currentData() or "")
        )
        self.flare_button.clicked.connect(self.flare_pressed)
        self.urgent_button.clicked.connect(self.urgent_requested)

    def activity(self) -> str:
        return self.plan_activity.currentData() or ""

    def set_activities(self, names: list[str], preferred: str) -> None:
        """The choice of activity, keeping the one chosen, else ``preferred``; emits nothing."""
        chosen = self.plan_activity.currentData() or preferred
        self.plan_activity.blockSignals(True)
        self.plan_activity.clear()
        for name in names:
            self.plan_activity.addItem(visible_controls(name), name)
        self.plan_activity.setCurrentIndex(max(0, self.plan_activity.findData(chosen)))
        self.plan_activity.blockSignals(False)

    def show_plan(self, today: str, working: str) -> None:
        """``today``: the one number in words; ``working``: how it was reached ("" hides the button)."""
        self.today_label.setText(today)
        self.how_label.setText(working)
        self.how_button.setVisible(bool(working))
        self.how_label.setVisible(bool(working) and self.how_button.isChecked())

    def _show_working(self, shown: bool) -> None:
        self.how_label.setVisible(shown and bool(self.how_label.text()))
        text = self.tr("Hide how this was worked out") if shown else self.tr("How was this worked out?")
        self.how_button.setText(text)
        self.how_button.setAccessibleName(text.rstrip("?"))

    def show_flare(self, status: str, during: bool, plan_text: str) -> None:
        self.flare_status.setText(status)
        text = self.tr("My flare-up is over") if during else self.tr("I'm having a flare-up")
        self.flare_button.setText(text)
        self.flare_button.setAccessibleName(text.replace("'", "’"))
        self.urgent_button.setVisible(during)
        self.flare_plan_label.setText(plan_text)
        self.flare_plan_label.setVisible(during)

    def say(self, text: str, error: bool = False) -> None:
        say(self.status, text, error)
