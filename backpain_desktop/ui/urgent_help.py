"""The window's toolbar: "Get help urgently" above every tab (also on F1), with room beside it for the
language picker and the reminders button. Its words stay in the main window's translation context."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QToolBar, QToolButton, QWidget

from backpain_desktop.translate import _tr


class UrgentHelpBar:
    """White bold words on the NHS emergency red in every scheme and mode, so the button never reads as
    one more grey button; it cannot be hidden or moved."""

    def __init__(self, window: QMainWindow, kiosk: bool, high_contrast: Callable[[], bool],
                 go_urgent: Callable[[], None]):
        self._high_contrast = high_contrast
        self.action = QAction(_tr("MainWindow", "Get help &urgently"), window)
        self.action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.action.triggered.connect(go_urgent)
        self.toolbar = toolbar = QToolBar()
        toolbar.setObjectName("urgent-help-toolbar")
        toolbar.setMovable(False)
        toolbar.setFloatable(False)
        toolbar.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)  # it cannot be hidden
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)  # the words, large, are the sign
        toolbar.addAction(self.action)
        self.button: QToolButton = toolbar.widgetForAction(self.action)  # type: ignore[assignment]
        self.button.setMinimumHeight(56 if kiosk else 48)
        self.button.setAutoRaise(False)  # drawn as a real button, not flat toolbar text
        self.button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reachable with Tab too
        font = self.button.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)  # the theme keeps this ratio as the text size changes
        self.button.setFont(font)
        self.retranslate()
        self.restyle()
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)

    def restyle(self) -> None:
        """After a switch to or from high contrast or dark: the border and colours follow."""
        from backpain_desktop.ui.theme import is_dark, urgent_button_style

        self.button.setStyleSheet(urgent_button_style(self._high_contrast(), is_dark()))

    def retranslate(self) -> None:
        self.action.setText(_tr("MainWindow", "Get help &urgently"))
        self.action.setToolTip(_tr("MainWindow", "When to call 999, go to A&E or call 111 (F1)"))
        self.button.setAccessibleName(_tr("MainWindow", "Get help urgently"))
        self.toolbar.setWindowTitle(_tr("MainWindow", "Urgent help"))

    def add_button(self, action: QAction) -> QToolButton:
        """Another action beside urgent help, as tall and as reachable, drawn as a real button."""
        self.toolbar.addAction(action)
        button: QToolButton = self.toolbar.widgetForAction(action)  # type: ignore[assignment]
        button.setMinimumHeight(self.button.minimumHeight())
        button.setAutoRaise(False)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return button

    def add_widget(self, widget: QWidget) -> None:
        widget.setMinimumHeight(self.button.minimumHeight())
        self.toolbar.addWidget(widget)
