"""The main window: composes the three tabs, wires their signals and remembers size and last tab.

It decides nothing itself; each tab owns its own behaviour, ``ui/theme.py`` the look and text size, and
``ui/kiosk.py`` the kiosk rules. The tabs hold one visit's state, so a kiosk reset builds them again from
scratch (:meth:`new_visit`) rather than clearing fields.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QScrollBar, QStyle, QTabWidget, QToolBar, QWidget

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
        self._kiosk_on = kiosk is not None
        self._monotonic = monotonic
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
        self._build_urgent_help()
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
        self.advice_tab = AdviceTab(self._pack, self._store, now=self._now)
        self.exercise_tab = ExerciseTab(self._pack, self._store, self._settings, self._save_settings,
                                        kiosk=self._kiosk_on, monotonic=self._monotonic, now=self._now)
        # A kiosk's log is in memory: no file actions for it.
        self.pacing_tab = PacingTab(self._store, now=self._now, kiosk=self._kiosk_on)
        for widget, title in ((self.advice_tab, self.tr("&Advice")),
                              (self.exercise_tab, self.tr("&Exercises")),
                              (self.pacing_tab, self.tr("&Pacing"))):
            widget.setAccessibleName(title.replace("&", ""))
            self.tabs.addTab(widget, title)
        self._name_scroll_bars()

    def _name_scroll_bars(self) -> None:
        """Scroll bars appear when text is large; a screen reader should hear what they are."""
        for bar in self.findChildren(QScrollBar):
            if not bar.accessibleName():
                vertical = bar.orientation() == Qt.Orientation.Vertical
                bar.setAccessibleName(self.tr("Scroll up and down") if vertical else self.tr("Scroll sideways"))

    def _connect_signals(self) -> None:
        """Wire the tabs' signals. Runs again after every rebuild, so only tab connections belong here;
        window-level wiring (tab bar, toolbar actions) is done once in ``__init__``."""
        self.advice_tab.navigate_requested.connect(self.navigate)
        self.pacing_tab.navigate_requested.connect(self.navigate)
        self.exercise_tab.navigate_requested.connect(self.navigate)
        self.exercise_tab.session_logged.connect(lambda _id: self.pacing_tab.reload())

    def busy(self) -> bool:
        """Whether the app is guiding someone without needing input (a running rep timer)."""
        return self.exercise_tab.running()

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
