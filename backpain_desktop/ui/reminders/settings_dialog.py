"""The reminder settings dialog: days and times, position breaks, quiet hours, start at login, and
adding the exercise times to a calendar file."""

from __future__ import annotations

from datetime import date, time, timezone
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from backpain_desktop import APP_DISPLAY_NAME
from backpain_desktop.domain.reminders import ReminderRules
from backpain_desktop.ui.reminders.controller import ReminderController
from backpain_desktop.ui.reminders.plans import position_plans
from backpain_desktop.ui.reminders.times import clock_text, day_name, short_day_name
from backpain_desktop.ui.widgets import guard_wheel
from backpain_desktop.ui.widgets import tr as _tr

TIME_STEP_MINUTES = 15   # times offered in the drop-downs
TARGET_PX = 44


def _time_combo(name: str, allow_none: bool, none_text: str = "") -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    combo.setMinimumHeight(TARGET_PX)
    if allow_none:
        combo.addItem(none_text, None)
    for minutes in range(0, 24 * 60, TIME_STEP_MINUTES):
        at = time(minutes // 60, minutes % 60)
        combo.addItem(clock_text(at), at.strftime("%H:%M"))
    return combo


def _select_time(combo: QComboBox, at: time | None) -> None:
    if at is None:
        combo.setCurrentIndex(0)
        return
    key = at.strftime("%H:%M")
    index = combo.findData(key)
    if index < 0:  # a time not on the 15-minute list (from an older settings file): keep it
        combo.addItem(key, key)
        index = combo.count() - 1
    combo.setCurrentIndex(index)


def _combo_time(combo: QComboBox) -> time | None:
    data = combo.currentData()
    return time.fromisoformat(data) if data else None


class ReminderSettingsDialog(QDialog):
    """Choose days and times, quiet hours, position breaks, start at login, and export to a calendar."""

    def __init__(self, controller: ReminderController, position_plans: dict[str, int | None],
                 parent: QWidget | None = None, *, today: date | None = None):
        super().__init__(parent)
        self.controller = controller
        self._today = today
        self.setWindowTitle(_tr("Reminders", "Reminders"))
        self.setAccessibleName(_tr("Reminders", "Reminder settings"))
        rules = controller.rules
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_switch(rules))
        layout.addWidget(self._build_exercise_times(rules))
        layout.addWidget(self._build_position_breaks(rules, position_plans))
        layout.addWidget(self._build_quiet_hours(rules))
        layout.addWidget(self._build_autostart())
        self._add_status(layout)
        self._add_buttons(layout)
        guard_wheel(self)

    def _build_switch(self, rules: ReminderRules) -> QCheckBox:
        self.enabled = QCheckBox(_tr("Reminders",
                "Remind me (the app stays in the tray when its window is closed)"))
        self.enabled.setAccessibleName(_tr("Reminders", "Reminders on"))
        self.enabled.setChecked(rules.enabled)
        self.enabled.setMinimumHeight(TARGET_PX)
        return self.enabled

    def _build_exercise_times(self, rules: ReminderRules) -> QGroupBox:
        """The days as seven toggles, two times, and "Add to my calendar"."""
        box = QGroupBox(_tr("Reminders", "Exercise reminders"))
        grid = QGridLayout(box)
        days_row = QHBoxLayout()
        self.day_buttons: list[QPushButton] = []
        for d in range(7):
            button = QPushButton(short_day_name(d))
            button.setCheckable(True)
            button.setChecked(d in rules.exercise_days)
            button.setAccessibleName(day_name(d))
            button.setMinimumSize(TARGET_PX + 8, TARGET_PX)
            self.day_buttons.append(button)
            days_row.addWidget(button)
        grid.addWidget(QLabel(_tr("Reminders", "Days")), 0, 0)
        grid.addLayout(days_row, 0, 1)
        times = sorted(rules.exercise_times)
        self.time_combos = []
        for i in range(2):
            combo = _time_combo(_tr("Reminders",
                    "Reminder time {n}").format(n=i + 1), True, _tr("Reminders", "No reminder"))
            _select_time(combo, times[i] if i < len(times) else None)
            self.time_combos.append(combo)
            label = QLabel(_tr("Reminders", "Time {n}").format(n=i + 1))
            label.setBuddy(combo)
            grid.addWidget(label, 1 + i, 0)
            grid.addWidget(combo, 1 + i, 1)
        self.calendar_button = QPushButton(_tr("Reminders", "Add to my calendar…"))
        self.calendar_button.setAccessibleName(_tr("Reminders", "Add to my calendar"))
        self.calendar_button.setMinimumHeight(TARGET_PX)
        self.calendar_button.clicked.connect(self.export_calendar)
        grid.addWidget(self.calendar_button, 3, 1, Qt.AlignmentFlag.AlignLeft)
        for combo in self.time_combos:
            combo.setMaximumWidth(combo.sizeHint().width() + 40)  # a time, not a page-wide field
        return box

    def _build_position_breaks(self, rules: ReminderRules, plans: dict[str, int | None]) -> QGroupBox:
        """On or off, which sitting or standing plan, and what that plan says today."""
        box = QGroupBox(_tr("Reminders", "Position breaks"))
        inner = QVBoxLayout(box)
        self.position = QCheckBox(_tr("Reminders", "Remind me to change position"))
        self.position.setAccessibleName(_tr("Reminders", "Remind me to change position"))
        self.position.setMinimumHeight(TARGET_PX)
        self.position_activity = QComboBox()
        self.position_activity.setAccessibleName(_tr("Reminders", "Which plan"))
        self.position_activity.setMinimumHeight(TARGET_PX)
        for activity, minutes in plans.items():
            self.position_activity.addItem(activity, minutes)
        index = self.position_activity.findText(rules.position_activity)
        self.position_activity.setCurrentIndex(max(0, index))
        self.position_note = QLabel()
        self.position_note.setTextFormat(Qt.TextFormat.PlainText)
        self.position_note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.position)
        row.addWidget(self.position_activity)
        row.addStretch(1)
        inner.addLayout(row)
        inner.addWidget(self.position_note)
        has_plan = any(m for m in plans.values())
        self.position.setChecked(rules.position_breaks and has_plan)
        self.position.setEnabled(has_plan)
        self.position_activity.currentIndexChanged.connect(self._describe_plan)
        self._describe_plan()
        return box

    def _build_quiet_hours(self, rules: ReminderRules) -> QGroupBox:
        box = QGroupBox(_tr("Reminders", "Quiet hours"))
        row = QHBoxLayout(box)
        self.quiet = QCheckBox(_tr("Reminders", "No reminders from"))
        self.quiet.setAccessibleName(_tr("Reminders", "Quiet hours on"))
        self.quiet.setMinimumHeight(TARGET_PX)
        self.quiet.setChecked(rules.quiet_start is not None and rules.quiet_end is not None)
        self.quiet_start = _time_combo(_tr("Reminders", "Quiet hours start"), False)
        self.quiet_end = _time_combo(_tr("Reminders", "Quiet hours end"), False)
        _select_time(self.quiet_start, rules.quiet_start or time(21, 0))
        _select_time(self.quiet_end, rules.quiet_end or time(8, 0))
        until = QLabel(_tr("Reminders", "until"))
        until.setBuddy(self.quiet_end)
        for w in (self.quiet, self.quiet_start, until, self.quiet_end):
            row.addWidget(w)
        row.addStretch(1)
        return box

    def _build_autostart(self) -> QCheckBox:
        autostart = self.controller.autostart
        self.autostart = QCheckBox(_tr("Reminders", "Start at login, hidden in the tray"))
        self.autostart.setAccessibleName(_tr("Reminders", "Start at login"))
        self.autostart.setMinimumHeight(TARGET_PX)
        self.autostart.setEnabled(autostart is not None)
        self.autostart.setChecked(autostart is not None and autostart.is_enabled())
        return self.autostart

    def _add_status(self, layout: QVBoxLayout) -> None:
        """What the reminders will do next, and a word when this desktop has no tray."""
        self.status = QLabel(self.controller.status_text())
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(_tr("Reminders", "Reminder status"))
        layout.addWidget(self.status)
        if not QSystemTrayIcon.isSystemTrayAvailable():
            note = QLabel(_tr("Reminders",
                    "This desktop shows no tray icons: reminders still appear as notifications. "
                              "To open the app after closing its window, start it again."))
            note.setTextFormat(Qt.TextFormat.PlainText)
            note.setWordWrap(True)
            layout.addWidget(note)

    def _add_buttons(self, layout: QVBoxLayout) -> None:
        """The message line, then Save and Cancel."""
        standard = QDialogButtonBox.StandardButton
        buttons = QDialogButtonBox(standard.Save | standard.Cancel)
        for b in buttons.buttons():
            b.setMinimumHeight(TARGET_PX)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(_tr("Reminders", "Message"))
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _describe_plan(self, *_args) -> None:
        minutes = self.position_activity.currentData()
        activity = self.position_activity.currentText().lower()
        if minutes:
            self.position_note.setText(_tr("Reminders",
                    "Your plan today: {activity} for {minutes} minutes at a time. "
                                           "The reminder follows your plan as it builds up each week.")
                                       .format(activity=activity, minutes=minutes))
        else:
            self.position_note.setText(_tr("Reminders",
                    "Set a starting amount for sitting or standing on the Pacing "
                                           "tab first; the reminder then follows that plan."))

    def chosen_rules(self) -> ReminderRules:
        times = tuple(sorted({t for t in (_combo_time(c) for c in self.time_combos) if t is not None}))
        quiet = self.quiet.isChecked() and _combo_time(self.quiet_start) != _combo_time(self.quiet_end)
        return ReminderRules(
            enabled=self.enabled.isChecked(),
            exercise_days=frozenset(d for d, b in enumerate(self.day_buttons) if b.isChecked()),
            exercise_times=times,
            quiet_start=_combo_time(self.quiet_start) if quiet else None,
            quiet_end=_combo_time(self.quiet_end) if quiet else None,
            position_breaks=self.position.isChecked() and bool(self.position_activity.currentData()),
            position_activity=self.position_activity.currentText() or "Sitting")

    def export_calendar(self) -> None:
        from backpain_desktop.domain.calendar_export import exercise_calendar

        rules = self.chosen_rules()
        if not rules.has_exercise_slots:
            self.message.setText(_tr("Reminders", "Choose at least one day and one time first."))
            return
        now = self.controller._now()
        zone = self.controller._zone()
        data = exercise_calendar(
            rules, self._today or now.astimezone(zone).date(), now.astimezone(timezone.utc),
            self.controller._exercise_minutes(), zone=getattr(zone, "key", ""),
            title=_tr("Reminders", "Back exercises"),
            description=_tr("Reminders", "Your back exercises from {app}. About {minutes} minutes.").format(
                app=APP_DISPLAY_NAME, minutes=self.controller._exercise_minutes()),
            alarm_text=_tr("Reminders", "Time for your back exercises"))
        where = save_ics_with_dialog(self, data)
        if where:
            self.message.setText(_tr("Reminders", "Saved {file}. Open it with your calendar (Outlook, Google "
                                     "Calendar, Apple Calendar or Thunderbird) to add the reminders.")
                                 .format(file=where))

    def apply(self) -> str:
        """Save the choices; returns a problem to show ("" when all went well)."""
        self.controller.set_rules(self.chosen_rules())
        auto = self.controller.autostart
        if auto is not None and self.autostart.isChecked() != auto.is_enabled():
            try:
                auto.set_enabled(self.autostart.isChecked())
            except OSError as exc:
                return _tr("Reminders", "Start at login could not be changed: {error}").format(error=exc)
        return ""


def open_settings(parent: QWidget, controller: ReminderController, store, today: date | None = None) -> None:
    """The settings dialog, modal; saved when the person presses Save."""
    from backpain_desktop.ui import errors

    day = today or controller._now().astimezone(controller._zone()).date()
    dialog = ReminderSettingsDialog(controller, position_plans(store, day), parent, today=day)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        problem = dialog.apply()
        if problem:
            errors.show_error(parent, _tr("Reminders", "Reminders"), problem)
    dialog.deleteLater()



def save_ics_with_dialog(parent: QWidget, data: bytes) -> str | None:
    from backpain_desktop.ui import dialogs

    path = dialogs.current().save_file(parent, _tr("Reminders", "Add to my calendar"), "back-exercises.ics",
                                       _tr("Reminders", "Calendar files (*.ics)"))
    if path is None:
        return None
    try:
        Path(path).write_bytes(data)
    except OSError as exc:
        from backpain_desktop.ui import errors

        errors.show_error(parent, _tr("Reminders",
                "Add to my calendar"), _tr("Reminders", "The file could not be saved."), str(exc))
        return None
    return str(path)
