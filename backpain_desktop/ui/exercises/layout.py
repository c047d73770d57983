"""How the Exercises tab's parts sit on a laptop screen: the list, then the steps and numbers, then the
timer (or the session card in its place), all in view at 1366x728 and 1280x800 at 100 % text. A column
scrolls only when the text is made very large; the page scrolls sideways only when the window is narrow."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from backpain_desktop.ui.widgets import tr as _tr

if TYPE_CHECKING:
    from backpain_desktop.ui.exercises.tab import ExerciseTab


def _scroll(widget: QWidget, name: str) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    area.setAccessibleName(name)
    return area


def lay_out(tab: ExerciseTab) -> QScrollArea:
    """Put the tab's parts in three columns; returns the middle column's scroll area."""
    middle = QWidget()
    col = QVBoxLayout(middle)
    col.addWidget(tab.details)
    col.addWidget(tab.numbers_panel)
    col.addStretch(1)
    details = _scroll(middle, _tr("ExerciseTab", "How to do the exercise"))
    tab.chooser.setMaximumWidth(260)
    columns = QWidget()
    row = QHBoxLayout(columns)
    row.addWidget(tab.chooser)
    row.addWidget(details, 3)
    timer = _scroll(tab.right, _tr("ExerciseTab", "Rep timer"))
    timer.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    row.addWidget(timer, 2)
    page = _scroll(columns, _tr("ExerciseTab",
            "Exercises"))  # sideways only: each column scrolls up and down on its own
    page.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    outer = QVBoxLayout(tab)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(page)
    tab.timer_scroll = timer
    tab.details_scroll = details
    size_columns(tab)
    tab.numbers_panel.change_button.toggled.connect(
        lambda shown: shown and details.ensureWidgetVisible(tab.numbers_panel.editor))
    return details


def size_columns(tab: ExerciseTab) -> None:
    """Wide enough for all eleven numbers of the pain scale at full size (the end labels wrap), and for the
    steps beside their pictures; again when the text size changes."""
    metrics = tab.fontMetrics()
    target = getattr(QApplication.style(), "min_px", 44)  # the theme's touch target (48 on a kiosk)
    number = max(target, metrics.horizontalAdvance("10") + 16)
    tab.right.setMinimumWidth(11 * (number + 4) + 16)
    tab.timer_scroll.setMinimumWidth(tab.right.minimumWidth() + 8)
    tab.timer_scroll.setMaximumWidth(max(tab.right.minimumWidth(), 48 * metrics.averageCharWidth()))
    tab.details_scroll.setMinimumWidth(25 * metrics.averageCharWidth())
    # The list's buttons keep their whole words at any text size or language ("Wydrukuj moje ćwiczenia").
    buttons = [b.sizeHint().width() for b in tab.chooser.findChildren(QPushButton)]
    tab.chooser.setMaximumWidth(max([260, *buttons]) + 8)
