"""The main window's side of reminders (home use only; a kiosk never has them): a "Reminders" button
beside urgent help, staying in the tray when the window is closed, and telling the person so once.
The reminders themselves are ``ui/reminders.py``'s."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from backpain_desktop.settings import Settings
from backpain_desktop.translate import _tr
from backpain_desktop.ui.urgent_help import UrgentHelpBar


class ReminderButton:
    """Wires ``controller`` (ui/reminders.py ReminderController) to the window: its requests to show a
    tab, open the settings or quit reach the window, and the button opens the settings."""

    def __init__(self, window: QMainWindow, bar: UrgentHelpBar, controller, open_settings: Callable[[], None],
                 settings: Settings, save_settings: Callable[[Settings], None]):
        self.controller = controller
        self._settings = settings
        self._save_settings = save_settings
        self.action = QAction(window)
        self.action.triggered.connect(open_settings)
        self.button = bar.add_button(self.action)
        self.retranslate()
        controller.navigate_requested.connect(window.bring_back)
        controller.settings_requested.connect(open_settings)
        controller.quit_requested.connect(window.quit_from_tray)

    def retranslate(self) -> None:
        self.action.setText(_tr("MainWindow", "&Reminders…"))
        self.action.setToolTip(_tr("MainWindow", "Exercise and position-break reminders"))
        self.button.setAccessibleName(_tr("MainWindow", "Reminders"))

    def keeps_running(self) -> bool:
        """Whether closing the window leaves the app in the tray (reminders on)."""
        return self.controller.keeps_running()

    def say_still_running(self) -> None:
        """The first time the window closes into the tray, say the app is still there."""
        if self._settings.tray_note_shown:
            return
        self._settings.tray_note_shown = True
        self._save_settings(self._settings)
        self.controller.say_still_running()
