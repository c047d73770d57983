"""The Exercises tab: the five exercises from the content pack, how to do each, and its suggested numbers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from backpain_desktop.domain.content import ContentPack, Exercise


def _plain_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class ExerciseTab(QWidget):
    def __init__(self, pack: ContentPack, parent: QWidget | None = None):
        super().__init__(parent)
        self._pack = pack
        self.exercise_list = QListWidget()
        self.exercise_list.setAccessibleName(self.tr("Exercises"))
        self.exercise_list.setMinimumWidth(220)
        self.exercise_list.setMaximumWidth(320)
        for exercise in pack.exercises:
            item = QListWidgetItem(exercise.name)
            item.setData(Qt.ItemDataRole.UserRole, exercise.id)
            self.exercise_list.addItem(item)

        self.title = _plain_label()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.start_position = _plain_label()
        self.steps = _plain_label()
        self.prescription = _plain_label()
        self.take_care = _plain_label()

        detail = QVBoxLayout()
        for widget in (self.title, self.start_position, self.steps, self.prescription, self.take_care):
            detail.addWidget(widget)
        detail.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.exercise_list)
        layout.addLayout(detail, 1)

        self.exercise_list.currentRowChanged.connect(self._on_row)
        self.exercise_list.setCurrentRow(0)

    def _on_row(self, row: int) -> None:
        if 0 <= row < len(self._pack.exercises):
            self.show_exercise(self._pack.exercises[row])

    def show_exercise(self, exercise: Exercise) -> None:
        self.title.setText(exercise.name)
        self.start_position.setText(self.tr("Starting position: %1").replace("%1", exercise.starting_position))
        self.steps.setText("\n".join(f"{n}. {step.text}" for n, step in enumerate(exercise.steps, 1)))
        p = exercise.prescription
        self.prescription.setText(
            self.tr("Suggested starting point (check with your physiotherapist): %1 reps, hold %2 s, "
                    "rest %3 s, %4 set(s).")
            .replace("%1", str(p.reps)).replace("%2", str(p.hold_s)).replace("%3", str(p.rest_s))
            .replace("%4", str(p.sets)))
        self.take_care.setText(self.tr("Take care: %1").replace("%1", exercise.take_care))
