"""Reminders at home: :mod:`.controller` (the schedule's clock, notifications, the tray icon and its
menu), :mod:`.settings_dialog` (what the person chooses), :mod:`.plans` (what they read from the log)
and :func:`attach`, which builds them for a home app's window.

Never built in a kiosk (app.py), so a kiosk has no tray icon and never reminds.
"""

from __future__ import annotations

from collections.abc import Callable

from backpain_desktop.ui.desktop_bus import DBusNotifier, IdleWatcher
from backpain_desktop.ui.reminders.controller import ReminderController, system_zone
from backpain_desktop.ui.reminders.plans import exercise_minutes_for, position_plans
from backpain_desktop.ui.reminders.settings_dialog import (
    ReminderSettingsDialog,
    open_settings,
    save_ics_with_dialog,
)

__all__ = ["DBusNotifier", "IdleWatcher", "ReminderController", "ReminderSettingsDialog", "attach",
           "exercise_minutes_for", "open_settings", "position_plans", "save_ics_with_dialog", "system_zone"]


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
