"""The main window: composes the three tabs, wires their signals and remembers size and last tab.

It decides nothing itself; each tab owns its own behaviour.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QTabWidget, QWidget

from backpain_desktop import APP_DISPLAY_NAME
from backpain_desktop.domain.content import ContentPack
from backpain_desktop.settings import Settings
from backpain_desktop.store import Store
from backpain_desktop.ui.advice_tab import AdviceTab
from backpain_desktop.ui.exercise_tab import ExerciseTab
from backpain_desktop.ui.pacing_tab import Clock, PacingTab


class MainWindow(QMainWindow):
    def __init__(self, store: Store, pack: ContentPack, settings: Settings,
                 save_settings: Callable[[Settings], None], now: Clock | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._settings = settings
        self._save_settings = save_settings
        self.setWindowTitle(APP_DISPLAY_NAME)
        self.setAccessibleName(APP_DISPLAY_NAME)

        self.advice_tab = AdviceTab(pack)
        self.exercise_tab = ExerciseTab(pack)
        self.pacing_tab = PacingTab(store, now=now)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Sections"))
        self.tabs.setDocumentMode(True)
        for widget, title in ((self.advice_tab, self.tr("&Advice")),
                              (self.exercise_tab, self.tr("&Exercises")),
                              (self.pacing_tab, self.tr("&Pacing"))):
            widget.setAccessibleName(title.replace("&", ""))
            self.tabs.addTab(widget, title)
        self.setCentralWidget(self.tabs)
        self._restore()
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.tabs.currentChanged.connect(self._remember_tab)

    def _restore(self) -> None:
        if self._settings.window_geometry:
            self.restoreGeometry(QByteArray.fromBase64(self._settings.window_geometry.encode("ascii")))
        else:
            self.resize(1100, 760)
        if 0 <= self._settings.last_tab < self.tabs.count():
            self.tabs.setCurrentIndex(self._settings.last_tab)

    def _remember_tab(self, index: int) -> None:
        self._settings.last_tab = index

    def save_state(self) -> None:
        self._settings.window_geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        self._settings.last_tab = self.tabs.currentIndex()
        self._save_settings(self._settings)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
