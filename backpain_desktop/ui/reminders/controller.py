"""The reminder controller: ticks the schedule, shows what is due as a notification (or the tray icon's
balloon where there is no notification server), and keeps the tray icon and its menu.

:class:`ReminderController` ticks :class:`~backpain_desktop.domain.reminders.ReminderScheduler` every
30 seconds (and at once when the computer wakes: the tick sees the gap) and shows what it returns through
the session's notification server (``ui/desktop_bus.py``). The D-Bus connection opens only when reminders
are on, so an app with reminders off opens no socket.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime, timezone, tzinfo

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from backpain_desktop import APP_DISPLAY_NAME
from backpain_desktop.domain import reminders as rules_
from backpain_desktop.domain.reminders import Reminder, ReminderRules, ReminderScheduler
from backpain_desktop.ui.desktop_bus import DBusNotifier, IdleWatcher
from backpain_desktop.ui.reminders.times import clock_text, day_name
from backpain_desktop.ui.widgets import tr as _tr

log = logging.getLogger(__name__)

TICK_MS = 30_000
PLAN_READ_EVERY_S = 300  # the pacing plan changes at most weekly: read it again every 5 minutes


def system_zone() -> tzinfo:
    """The computer's time zone as an IANA zone (so future DST changes are known), else its fixed offset."""
    from zoneinfo import ZoneInfo

    from PySide6.QtCore import QTimeZone

    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    try:
        return ZoneInfo(name)
    except (ValueError, OSError, KeyError):
        return datetime.now().astimezone().tzinfo or timezone.utc


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
                time=clock_text(at)) + body
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
            return _tr("Reminders", "Reminders are paused until {time}.").format(time=clock_text(until))
        if reason == "today":
            return _tr("Reminders", "No more reminders today.")
        nxt = self.scheduler.next_exercise(now, tz)
        parts = []
        if nxt is not None:
            local = nxt.astimezone(tz)
            parts.append(_tr("Reminders", "Next exercise reminder: {day} at {time}.").format(
                day=day_name(local.weekday()), time=clock_text(local)))
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
