"""Reminders at home: the controller, the tray icon and its menu, and the settings dialog.

:class:`ReminderController` ticks :class:`~backpain_desktop.domain.reminders.ReminderScheduler` every
30 seconds (and at once when the computer wakes: the tick sees the gap) and shows what it returns through
the session's notification server (``ui/desktop_bus.py``), or the tray icon's balloon where there is none.
Never built in a kiosk (app.py), so a kiosk has no tray icon and never reminds. The D-Bus connection opens
only when reminders are on, so an app with reminders off opens no socket.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime, time, timezone, tzinfo
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from backpain_desktop import APP_DISPLAY_NAME
from backpain_desktop.domain import reminders as rules_
from backpain_desktop.domain.reminders import Reminder, ReminderRules, ReminderScheduler
from backpain_desktop.ui.desktop_bus import DBusNotifier, IdleWatcher
from backpain_desktop.ui.widgets import guard_wheel
from backpain_desktop.ui.widgets import tr as _tr

log = logging.getLogger(__name__)

TICK_MS = 30_000
PLAN_READ_EVERY_S = 300  # the pacing plan changes at most weekly: read it again every 5 minutes
TIME_STEP_MINUTES = 15   # times offered in the drop-downs
TARGET_PX = 44




def system_zone() -> tzinfo:
    """The computer's time zone as an IANA zone (so future DST changes are known), else its fixed offset."""
    from zoneinfo import ZoneInfo

    from PySide6.QtCore import QTimeZone

    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    try:
        return ZoneInfo(name)
    except (ValueError, OSError, KeyError):
        return datetime.now().astimezone().tzinfo or timezone.utc


# -- the controller ---------------------------------------------------------------------------------------

class ReminderController(QObject):
    """Owns the schedule, the tray icon and the notifications for one home app.

    ``now`` and ``zone`` are injected (tests drive a fake clock); ``position_source`` returns today's
    minutes at a time from the person's sitting or standing plan, or None; ``exercise_minutes`` returns
    about how long today's exercises take. ``save`` stores the rules and state (a JSON-ready dict)."""

    navigate_requested = Signal(str)   # "exercises" | "pacing" | "" (just show the window)
    quit_requested = Signal()
    settings_requested = Signal()
    reminder_shown = Signal(object)    # the Reminder, after it was handed to a notification server or tray

    def __init__(self, stored: dict, save: Callable[[dict], None], *,
                 now: Callable[[], datetime] | None = None, zone: Callable[[], tzinfo] = system_zone,
                 position_source: Callable[[str, date], int | None] = lambda _a, _d: None,
                 exercise_minutes: Callable[[], int] = lambda: 6,
                 notifier: DBusNotifier | None = None, idle: IdleWatcher | None = None,
                 autostart=None, tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
                 parent: QObject | None = None):
        super().__init__(parent)
        loaded = rules_.from_json(stored)
        self.scheduler = ReminderScheduler(loaded.rules, loaded.state)
        self._save = save
        self._now = now or (lambda: datetime.now(timezone.utc))
        self._zone = zone
        self._position_source = position_source
        self._exercise_minutes = exercise_minutes
        self.notifier = notifier if notifier is not None else DBusNotifier(parent=self)
        self.notifier.action_invoked.connect(self._on_action)
        self.idle = idle if idle is not None else IdleWatcher()
        self.autostart = autostart
        self._tray_available = tray_available
        self.tray: QSystemTrayIcon | None = None
        self._kinds: dict[int, str] = {}  # notification id -> "exercise" | "position"
        self._plan_minutes: int | None = None
        self._plan_read: datetime | None = None
        self.shown: list[tuple[str, str]] = []  # (title, body) of every reminder this run, newest last
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self._apply()

    # -- state ----------------------------------------------------------------------------------------

    @property
    def rules(self) -> ReminderRules:
        return self.scheduler.rules

    def keeps_running(self) -> bool:
        """Whether closing the window leaves the app running (in the tray, or hidden where there is none)."""
        return self.rules.enabled

    def set_rules(self, rules: ReminderRules) -> None:
        self.scheduler.set_rules(rules, self._now(), self._zone())
        self._plan_read = None
        self._persist()
        self._apply()

    def _persist(self) -> None:
        self._save(rules_.to_json(self.scheduler.rules, self.scheduler.state))

    def _apply(self) -> None:
        """Tray, timer and quitting follow whether reminders are on."""
        on = self.rules.enabled
        app = QApplication.instance()
        if app is not None:
            app.setQuitOnLastWindowClosed(not on)
        if on:
            self.timer.start()
            self._show_tray()
        else:
            self.timer.stop()
            if self.tray is not None:
                self.tray.hide()
            self.notifier.close()
            self.idle.close()
        self._update_menu()

    # -- the clock ------------------------------------------------------------------------------------

    def _position_minutes(self, now: datetime, tz: tzinfo) -> int | None:
        rules = self.rules
        if not (rules.enabled and rules.position_breaks):
            return None
        if self._plan_read is None or (now - self._plan_read).total_seconds() >= PLAN_READ_EVERY_S:
            self._plan_minutes = self._position_source(rules.position_activity, now.astimezone(tz).date())
            self._plan_read = now
        return self._plan_minutes

    def tick(self) -> list[Reminder]:
        now, tz = self._now(), self._zone()
        minutes = self._position_minutes(now, tz)
        active = self.idle.active() if minutes is not None else None
        due = self.scheduler.tick(now, tz, active=active, position_minutes=minutes)
        for reminder in due:
            self.show(reminder)
        if due:
            self._persist()
        self._update_menu()
        return due

    # -- showing --------------------------------------------------------------------------------------

    def words(self, reminder: Reminder) -> tuple[str, str, list[tuple[str, str]]]:
        """(title, body, actions) in plain words."""
        if reminder.kind == "position":
            activity = self.rules.position_activity.lower()
            body = (_tr("Reminders", "Your pacing plan: {activity} for about {minutes} minutes at a time. "
                        "Change position for a while, then carry on.")
                    .format(activity=activity, minutes=reminder.minutes))
            return _tr("Reminders",
                    "Time to change position"), body, [("default", _tr("Reminders", "Log an activity"))]
        minutes = self._exercise_minutes()
        body = _tr("Reminders", "About {minutes} minutes, when it suits you.").format(minutes=minutes)
        if reminder.missed:
            at = reminder.due_at.astimezone(self._zone())
            body = _tr("Reminders", "This reminder was for {time}, while the computer was asleep. ").format(
                time=_clock(at)) + body
        return (_tr("Reminders", "Time for your back exercises"), body,
                # "default" is a click on the notification itself; servers that show buttons show the others.
                [("default", _tr("Reminders",
                        "Start exercises")), ("open", _tr("Reminders", "Start exercises")),
                 ("snooze", _tr("Reminders", "Snooze 10 minutes"))])

    def show(self, reminder: Reminder) -> None:
        title, body, actions = self.words(reminder)
        self.shown.append((title, body))
        nid = self.notifier.notify(title, body, actions)
        if nid is not None:
            self._kinds[nid] = reminder.kind
        elif self.tray is not None and self.tray.isVisible():
            self._tray_kind = reminder.kind
            self.tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, 15_000)
        else:
            log.warning("reminder not shown: no notification server and no tray (%s)", title)
        self.reminder_shown.emit(reminder)

    def say_still_running(self) -> None:
        """Said once, the first time the window is closed with reminders on."""
        title = _tr("Reminders", "{app} is still running").format(app=APP_DISPLAY_NAME)
        if self.tray is not None and self.tray.isVisible():
            body = _tr("Reminders",
                    "Your reminders keep coming. To open the app or quit it, use its icon in the tray.")
        else:
            body = _tr("Reminders",
                    "Your reminders keep coming. To open the app again, click a reminder or start the "
                       "app again. To stop, turn reminders off in the app.")
        self.shown.append((title, body))
        if self.notifier.notify(title, body, []) is None and self.tray is not None and self.tray.isVisible():
            self.tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, 10_000)

    def _on_action(self, nid: int, key: str) -> None:
        kind = self._kinds.get(nid, "exercise")
        if key == "snooze":
            self.snooze()
        elif key in ("open", "default"):
            self.navigate_requested.emit("pacing" if kind == "position" else "exercises")

    def _tray_message_clicked(self) -> None:
        kind = getattr(self, "_tray_kind", "")
        self.navigate_requested.emit("pacing" if kind == "position" else "exercises")

    # -- quick choices --------------------------------------------------------------------------------

    def snooze(self) -> None:
        self.scheduler.snooze(self._now())
        self._persist()
        self._update_menu()

    def pause_hour(self) -> None:
        self.scheduler.pause(self._now())
        self._persist()
        self._update_menu()

    def skip_today(self) -> None:
        self.scheduler.skip_today(self._now(), self._zone())
        self._persist()
        self._update_menu()

    def resume(self) -> None:
        self.scheduler.resume()
        self._persist()
        self._update_menu()

    def status_text(self) -> str:
        now, tz = self._now(), self._zone()
        reason = self.scheduler.quiet_reason(now, tz)
        if reason == "off":
            return _tr("Reminders", "Reminders are off.")
        if reason == "paused":
            until = self.scheduler.state.paused_until.astimezone(tz)
            return _tr("Reminders", "Reminders are paused until {time}.").format(time=_clock(until))
        if reason == "today":
            return _tr("Reminders", "No more reminders today.")
        nxt = self.scheduler.next_exercise(now, tz)
        parts = []
        if nxt is not None:
            local = nxt.astimezone(tz)
            parts.append(_tr("Reminders", "Next exercise reminder: {day} at {time}.").format(
                day=_day_name(local.weekday()), time=_clock(local)))
        if self.rules.position_breaks:
            minutes = self._position_minutes(now, tz)
            parts.append(_tr("Reminders",
                    "Position breaks every {minutes} minutes while you use the computer.").format(
                minutes=minutes) if minutes else _tr("Reminders",
                        "Position breaks wait for a sitting or standing plan."))
        return " ".join(parts) or _tr("Reminders", "Reminders are on, but no days and times are chosen yet.")

    # -- the tray -------------------------------------------------------------------------------------

    def _show_tray(self) -> None:
        if not self._tray_available():
            return  # reminders still notify; the README says what to expect
        if self.tray is None:
            app = QApplication.instance()
            icon = app.windowIcon() if app is not None else QIcon()
            if icon.isNull():
                from backpain_desktop.paths import resource_path

                icon = QIcon(str(resource_path("icon.png")))
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip(_tr("Reminders", "{app}: reminders are on").format(app=APP_DISPLAY_NAME))
            self.tray.setContextMenu(self._build_menu())
            self.tray.activated.connect(self._tray_activated)
            self.tray.messageClicked.connect(self._tray_message_clicked)
        self.tray.show()

    def _tray_activated(self, reason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.navigate_requested.emit("")

    def _build_menu(self) -> QMenu:
        menu = QMenu()
        menu.setAccessibleName(_tr("Reminders", "Reminders menu"))
        self.menu = menu
        self.menu_actions: dict[str, QAction] = {}

        def add(key: str, text: str, slot) -> None:
            action = menu.addAction(text)
            action.triggered.connect(slot)
            self.menu_actions[key] = action

        add("open", _tr("Reminders", "Open"), lambda: self.navigate_requested.emit(""))
        add("exercises", _tr("Reminders",
                "Start today's exercises"), lambda: self.navigate_requested.emit("exercises"))
        add("log", _tr("Reminders", "Log an activity"), lambda: self.navigate_requested.emit("pacing"))
        menu.addSeparator()
        add("pause", _tr("Reminders", "Pause reminders for an hour"), self.pause_hour)
        add("today", _tr("Reminders", "No reminders today"), self.skip_today)
        add("resume", _tr("Reminders", "Resume reminders"), self.resume)
        add("settings", _tr("Reminders", "Reminder settings…"), self.settings_requested.emit)
        menu.addSeparator()
        add("quit", _tr("Reminders", "Quit"), self.quit_requested.emit)
        return menu

    def retranslate(self) -> None:
        """The tray menu in the language now in use (the window rebuilds its own words)."""
        if self.tray is not None:
            old = getattr(self, "menu", None)
            self.tray.setContextMenu(self._build_menu())
            if old is not None:
                old.deleteLater()
        self._update_menu()

    def _update_menu(self) -> None:
        actions = getattr(self, "menu_actions", None)
        if not actions:
            return
        reason = self.scheduler.quiet_reason(self._now(), self._zone())
        actions["resume"].setVisible(reason in ("paused", "today"))
        actions["pause"].setEnabled(reason != "paused")
        actions["today"].setEnabled(reason != "today")
        if self.tray is not None:
            self.tray.setToolTip(f"{APP_DISPLAY_NAME}: {self.status_text()}")

    def close(self) -> None:
        self.timer.stop()
        if self.tray is not None:
            self.tray.hide()
        self.notifier.close()
        self.idle.close()


def _clock(at) -> str:
    """A time of day as the locale writes it (14:05, or with its own digits and marks)."""
    return QLocale().toString(QTime(at.hour, at.minute), QLocale.FormatType.ShortFormat)


def _day_name(weekday: int) -> str:
    """The day's name in the language in use (0 = Monday), from QLocale rather than a word list."""
    return QLocale().dayName(weekday + 1, QLocale.FormatType.LongFormat)


def _short_day(weekday: int) -> str:
    return QLocale().dayName(weekday + 1, QLocale.FormatType.ShortFormat)


# -- the settings dialog ----------------------------------------------------------------------------------

def _time_combo(name: str, allow_none: bool, none_text: str = "") -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    combo.setMinimumHeight(TARGET_PX)
    if allow_none:
        combo.addItem(none_text, None)
    for minutes in range(0, 24 * 60, TIME_STEP_MINUTES):
        at = time(minutes // 60, minutes % 60)
        combo.addItem(_clock(at), at.strftime("%H:%M"))
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
                 parent: QWidget | None = None, *,
                 save_ics: Callable[[QWidget, bytes], str | None] | None = None, today: date | None = None):
        super().__init__(parent)
        self.controller = controller
        self._save_ics = save_ics or save_ics_with_dialog
        self._today = today
        self.setWindowTitle(_tr("Reminders", "Reminders"))
        self.setAccessibleName(_tr("Reminders", "Reminder settings"))
        rules = controller.rules
        layout = QVBoxLayout(self)

        self.enabled = QCheckBox(_tr("Reminders",
                "Remind me (the app stays in the tray when its window is closed)"))
        self.enabled.setAccessibleName(_tr("Reminders", "Reminders on"))
        self.enabled.setChecked(rules.enabled)
        self.enabled.setMinimumHeight(TARGET_PX)
        layout.addWidget(self.enabled)

        box = QGroupBox(_tr("Reminders", "Exercise reminders"))
        grid = QGridLayout(box)
        days_row = QHBoxLayout()
        self.day_buttons: list[QPushButton] = []
        for d in range(7):
            button = QPushButton(_short_day(d))
            button.setCheckable(True)
            button.setChecked(d in rules.exercise_days)
            button.setAccessibleName(_day_name(d))
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
        layout.addWidget(box)

        box = QGroupBox(_tr("Reminders", "Position breaks"))
        inner = QVBoxLayout(box)
        self.position = QCheckBox(_tr("Reminders", "Remind me to change position"))
        self.position.setAccessibleName(_tr("Reminders", "Remind me to change position"))
        self.position.setMinimumHeight(TARGET_PX)
        self.position_activity = QComboBox()
        self.position_activity.setAccessibleName(_tr("Reminders", "Which plan"))
        self.position_activity.setMinimumHeight(TARGET_PX)
        for activity, minutes in position_plans.items():
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
        has_plan = any(m for m in position_plans.values())
        self.position.setChecked(rules.position_breaks and has_plan)
        self.position.setEnabled(has_plan)
        self.position_activity.currentIndexChanged.connect(self._describe_plan)
        self._describe_plan()
        layout.addWidget(box)

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
        layout.addWidget(box)

        self.autostart = QCheckBox(_tr("Reminders", "Start at login, hidden in the tray"))
        self.autostart.setAccessibleName(_tr("Reminders", "Start at login"))
        self.autostart.setMinimumHeight(TARGET_PX)
        self.autostart.setEnabled(controller.autostart is not None)
        self.autostart.setChecked(controller.autostart is not None and controller.autostart.is_enabled())
        layout.addWidget(self.autostart)

        self.status = QLabel(controller.status_text())
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
        guard_wheel(self)

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
        where = self._save_ics(self, data)
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


def attach(window, store, pack, settings, save_settings: Callable, data_dir: str | None = None,
           ) -> ReminderController:
    """Build the reminders of a home app and attach them to its window (app.py; never for a kiosk)."""
    from backpain_desktop.ui.autostart import Autostart, launch_command

    def save(stored: dict) -> None:
        settings.reminders = stored
        save_settings(settings)

    controller = ReminderController(
        settings.reminders, save,
        position_source=lambda activity, day: position_plans(store, day).get(activity),
        exercise_minutes=lambda: exercise_minutes_for(pack, store),
        autostart=Autostart(launch_command(data_dir)), parent=window)
    window.attach_reminders(controller, lambda: open_settings(window, controller, store))
    if controller.rules.enabled:
        controller.tick()  # a reminder missed while the app was closed is shown now, once
    return controller


def save_ics_with_dialog(parent: QWidget, data: bytes) -> str | None:
    path, _filter = QFileDialog.getSaveFileName(parent, _tr("Reminders", "Add to my calendar"),
                                                str(Path.home() / "back-exercises.ics"),
                                                _tr("Reminders", "Calendar files (*.ics)"))
    if not path:
        return None
    try:
        Path(path).write_bytes(data)
    except OSError as exc:
        from backpain_desktop.ui import errors

        errors.show_error(parent, _tr("Reminders",
                "Add to my calendar"), _tr("Reminders", "The file could not be saved."), str(exc))
        return None
    return path


# -- reading the person's plan and exercises ----------------------------------------------------------------

def position_plans(store, today: date) -> dict[str, int | None]:
    """Each sitting or standing activity with a plan -> today's minutes at a time; both presets always
    listed (None when no plan is set)."""
    from backpain_desktop.domain import pacing
    from backpain_desktop.store import StoreError

    plans: dict[str, int | None] = {a: None for a in rules_.POSITION_ACTIVITIES}
    try:
        flares = [pacing.Flare(f.started_at.astimezone().date(),
                               f.ended_at.astimezone().date() if f.ended_at else None)
                  for f in store.flareups()]
        baselines = store.baselines()
    except StoreError as exc:  # a log that cannot be read must not stop the other reminders
        log.warning("pacing plan not read for reminders: %s", exc)
        return plans
    for b in baselines:
        if rules_.is_position_activity(b.activity) and b.unit == "min":
            name = next(a for a in rules_.POSITION_ACTIVITIES
                        if a.casefold() == b.activity.strip().casefold())
            plans[name] = rules_.position_minutes(b.amount, b.set_at.astimezone().date(), today,
                                                  b.weekly_increase_pct, flares, b.details.get("goal"))
    return plans


def exercise_minutes_for(pack, store) -> int:
    """About how long one round of the pack's exercises takes, with the person's own numbers."""
    from backpain_desktop.store import StoreError

    rows = []
    for exercise in pack.exercises:
        p = exercise.prescription
        try:
            mine = store.prescription(exercise.id)
        except StoreError:  # the pack's numbers are a fine estimate
            mine = None
        reps, hold, rest, sets = ((mine.reps, mine.hold_s, mine.rest_s, mine.sets) if mine
                                  else (p.reps, p.hold_s, p.rest_s, p.sets))
        if p.sides == "alternate":  # each rep is done on both sides
            reps *= 2
        rows.append((reps, hold, rest, sets))
    return rules_.exercise_minutes(rows)
