"""The list of exercises, with "Do all five" and "Print my exercise sheet" under it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from backpain_desktop.domain.content import Exercise
from backpain_desktop.ui.exercises.common import plain_label
from backpain_desktop.ui.widgets import fill
from backpain_desktop.ui.widgets import tr as _tr


class ExerciseList(QWidget):
    """Pick one exercise, run them all in a row, or print the sheet."""

    exercise_chosen = Signal(int)  # row in the pack's exercises
    all_requested = Signal()
    print_requested = Signal()

    def __init__(self, exercises: list[Exercise] | tuple[Exercise, ...], parent: QWidget | None = None):
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setAccessibleName(_tr("ExerciseTab", "Exercises"))
        widest = max((self.list.fontMetrics().horizontalAdvance(e.name) for e in exercises), default=120)
        self.list.setMinimumWidth(min(widest + 40, 260))
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # long names wrap
        # Roomy rows that grow with the text: an easy target for a shaky hand.
        self.list.setStyleSheet("QListWidget::item { padding: 12px 6px; }")
        for exercise in exercises:
            item = QListWidgetItem(exercise.name)
            item.setData(Qt.ItemDataRole.UserRole, exercise.id)
            self.list.addItem(item)
        count = len(exercises)
        self.all_button = QPushButton(_tr("ExerciseTab", "Do all five") if count == 5
                                      else fill(_tr("ExerciseTab", "Do all %1"), count))
        self.all_button.setAccessibleName(_tr("ExerciseTab", "Do all the exercises in a row"))
        self.all_button.setToolTip(_tr("ExerciseTab",
                "Runs every exercise in order, with a rest between them"))
        self.print_button = QPushButton(_tr("ExerciseTab", "Print my exercise sheet"))
        self.print_button.setAccessibleName(_tr("ExerciseTab", "Print my exercise sheet"))
        self.print_message = plain_label()
        self.print_message.hide()
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.list, 1)
        col.addWidget(self.all_button)
        col.addWidget(self.print_button)
        col.addWidget(self.print_message)
        self.list.currentRowChanged.connect(self._row_changed)
        self.all_button.clicked.connect(self.all_requested)
        self.print_button.clicked.connect(self.print_requested)

    def current_row(self) -> int:
        return self.list.currentRow()

    def set_current_row(self, row: int) -> None:
        self.list.setCurrentRow(row)

    def show_print_message(self, text: str) -> None:
        self.print_message.setText(text)
        self.print_message.setVisible(bool(text))

    def _row_changed(self, row: int) -> None:
        if row >= 0:
            self.exercise_chosen.emit(row)
