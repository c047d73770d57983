"""The main window: composes the three tabs, wires their signals and remembers size and last tab.

It decides nothing itself; each tab owns its own behaviour, ``ui/theme.py`` the look and text size, and
``ui/kiosk.py`` the kiosk rules. The tabs hold one visit's state, so a kiosk reset builds them again from
scratch (:meth:`new_visit`) rather than clearing fields.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QTabWidget, QWidget

from backpain_desktop import APP_DISPLAY_NAME
from backpain_desktop.domain.content import ContentPack
from backpain_desktop.domain.kiosk_config import KioskConfig
from backpain_desktop.settings import Settings
from backpain_desktop.store import Store
from backpain_desktop.ui.advice_tab import AdviceTab
from backpain_desktop.ui.exercise_tab import ExerciseTab
from backpain_desktop.ui.pacing_tab import Clock, PacingTab
from backpain_desktop.ui.theme import Theme


class MainWindow(QMainWindow):
    def __init__(self, store: Store, pack: ContentPack, settings: Settings,
                 save_settings: Callable[[Settings], None], now: Clock | None = None,
                 parent: QWidget | None = None, *, kiosk: KioskConfig | None = None,
                 monotonic: Callable[[], float] = time.monotonic):
        super().__init__(parent)
        self._store = store
        self._pack = pack
        self._settings = settings
        self._save_settings = save_settings
        self._now = now
        self.setWindowTitle(APP_DISPLAY_NAME)
        self.setAccessibleName(APP_DISPLAY_NAME)

        self.theme = Theme(settings, save_settings, kiosk=kiosk is not None,
                           kiosk_scale=kiosk.text_scale_percent if kiosk else 100, parent=self)
        self.theme.install_actions(self)
        self.theme.apply()

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Sections"))
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self._build_tabs()
        self._connect_signals()
        self.tabs.currentChanged.connect(self._remember_tab)

        self.kiosk = None
        if kiosk is not None:
            from backpain_desktop.ui.kiosk import KioskPolicy

            self.kiosk = KioskPolicy(self, kiosk, monotonic)  # no remembered size or tab: each visit is new
        else:
            self._restore()

    def _build_tabs(self) -> None:
        """Build the per-visit tabs from scratch: at start, and for each new kiosk visit."""
        self.advice_tab = AdviceTab(self._pack)
        self.exercise_tab = ExerciseTab(self._pack)
        self.pacing_tab = PacingTab(self._store, now=self._now)
        for widget, title in ((self.advice_tab, self.tr("&Advice")),
                              (self.exercise_tab, self.tr("&Exercises")),
                              (self.pacing_tab, self.tr("&Pacing"))):
            widget.setAccessibleName(title.replace("&", ""))
            self.tabs.addTab(widget, title)

    def _connect_signals(self) -> None:
        """Wire the tabs' signals. Runs again after every rebuild, so only tab connections belong here;
        window-level wiring (tab bar, toolbar actions) is done once in ``__init__``."""

    def new_visit(self) -> None:
        """A clean app for the next person: stop timers, sounds and speech, wipe the log, rebuild the tabs."""
        stop_all = getattr(self.exercise_tab, "stop_all", None)
        if callable(stop_all):
            stop_all()
        self._store.wipe_all()
        self.tabs.blockSignals(True)
        while self.tabs.count():
            old = self.tabs.widget(0)
            self.tabs.removeTab(0)
            old.hide()
            old.deleteLater()  # completers, undo stacks, models and chart axes go with it
        self.tabs.blockSignals(False)
        self._build_tabs()
        self._connect_signals()
        self.tabs.setCurrentIndex(0)
        self.theme.reset_scale()
        self.advice_tab.setFocus()

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
