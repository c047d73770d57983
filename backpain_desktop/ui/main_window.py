"""The main window: composes the three tabs, wires their signals and remembers size and last tab.

It decides nothing itself; each tab owns its own behaviour.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QStyle, QTabWidget, QToolBar, QWidget

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

        self.advice_tab = AdviceTab(pack, store, now=now)
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
        self._build_urgent_help()
        self._restore()
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.tabs.currentChanged.connect(self._remember_tab)
        self.advice_tab.navigate_requested.connect(self.navigate)

    # -- navigation (issue 3): one way for any tab, link or button to move the person ----------------

    def _build_urgent_help(self) -> None:
        """A clearly labelled "Get help urgently" button above every tab, also on F1."""
        self.urgent_action = QAction(self.tr("Get help &urgently"), self)
        self.urgent_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.urgent_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.urgent_action.setToolTip(self.tr("When to call 999, go to A&E or call 111 (F1)"))
        self.urgent_action.triggered.connect(lambda: self.navigate("urgent"))
        toolbar = QToolBar(self.tr("Urgent help"))
        toolbar.setObjectName("urgent-help-toolbar")
        toolbar.setMovable(False)
        toolbar.setFloatable(False)
        toolbar.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)  # it cannot be hidden
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.urgent_action.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
        toolbar.addAction(self.urgent_action)
        self.urgent_button = toolbar.widgetForAction(self.urgent_action)
        self.urgent_button.setAccessibleName(self.tr("Get help urgently"))
        self.urgent_button.setMinimumHeight(44)
        self.urgent_button.setAutoRaise(False)  # drawn as a real button, not flat toolbar text
        self.urgent_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reachable with Tab too
        font = self.urgent_button.font()
        font.setBold(True)
        self.urgent_button.setFont(font)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)

    def navigate(self, target: str) -> None:
        """Show a tab: "advice", "advice:<page-id>", "exercises", "pacing" or "urgent"."""
        tab, _, page = target.partition(":")
        if tab == "urgent":
            self.tabs.setCurrentWidget(self.advice_tab)
            self.advice_tab.show_urgent_help()
            return
        tabs = {"advice": self.advice_tab, "exercises": self.exercise_tab, "pacing": self.pacing_tab}
        widget = tabs.get(tab)
        if widget is None:
            return
        self.tabs.setCurrentWidget(widget)
        if widget is self.advice_tab and page:
            self.advice_tab.show_page(page)

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
