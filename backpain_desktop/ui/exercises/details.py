"""How to do the chosen exercise: its name, the steps each with a picture, and what to take care about.

The step pictures are pixmaps, drawn again when the text size or the colours change; a hidden panel
draws them when it is first shown (see :meth:`ExerciseDetails.prepare`).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from backpain_desktop.domain.content import Exercise
from backpain_desktop.domain.poses import POSES
from backpain_desktop.ui.exercises.common import frame_of, plain_label, scaled
from backpain_desktop.ui.figure import enlarge_on_click, render_image
from backpain_desktop.ui.widgets import fill
from backpain_desktop.ui.widgets import tr as _tr

STEP_PICTURE_MAX_W = 190  # px: grows with the text, never so wide the words beside it become a column


class _KeepsItsKeys(QObject):
    """Space and Enter on a focused step picture open it bigger, ahead of the tab's Space = Start."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.ShortcutOverride and event.key() in (
                Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()  # the key goes to the picture, not to a window shortcut
            return True
        return False


class ExerciseDetails(QWidget):
    """Shows one exercise. Public: :meth:`show_exercise`, :attr:`title`, :attr:`step_pictures`,
    :meth:`step_texts`, :attr:`take_care`."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._exercise: Exercise | None = None
        self._pending = False
        self._keys = _KeepsItsKeys(self)
        self.title = plain_label()
        scaled(self.title, 1.5, bold=True)
        self.start_position = plain_label()
        self.start_position.setAccessibleName(_tr("ExerciseTab", "Starting position"))
        self.steps_grid = QGridLayout()
        self.steps_grid.setColumnStretch(1, 1)
        self.steps_grid.setVerticalSpacing(6)
        self.steps_grid.setHorizontalSpacing(12)
        self.take_care = plain_label()
        self.take_care.setAccessibleName(_tr("ExerciseTab", "Take care"))
        self.step_pictures: list[QLabel] = []
        self._step_labels: list[QLabel] = []
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.title)
        col.addWidget(self.start_position)
        col.addLayout(self.steps_grid)
        col.addWidget(self.take_care)

    def exercise(self) -> Exercise | None:
        return self._exercise

    def show_exercise(self, exercise: Exercise) -> None:
        self._exercise = exercise
        self.title.setText(exercise.name)
        self.start_position.setText(fill(_tr("ExerciseTab",
                "Starting position: %1"), exercise.starting_position))
        # Step 1 usually says the starting position already: say it once.
        first = exercise.steps[0].text if exercise.steps else ""
        self.start_position.setVisible(exercise.starting_position not in first)
        self.take_care.setText(fill(_tr("ExerciseTab", "Take care: %1"), exercise.take_care))
        self._pending = True
        if self.isVisible():
            self.prepare()

    def step_texts(self) -> list[str]:
        return [label.text() for label in self._step_labels]

    def prepare(self) -> None:
        """Draw the step pictures now, unless they are drawn already (the tab is about to be shown)."""
        if not self._pending or self._exercise is None:
            return
        self._pending = False
        while self.steps_grid.count():
            item = self.steps_grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        exercise = self._exercise
        frame = frame_of(exercise)
        width = min(round(self.fontMetrics().height() * 9), STEP_PICTURE_MAX_W)
        size = QSize(width, round(width * 8 / 13))
        self.steps_grid.setColumnMinimumWidth(0, width)
        self.step_pictures, self._step_labels = [], []
        for n, step in enumerate(exercise.steps, 1):
            picture = QLabel()
            picture.setPixmap(QPixmap.fromImage(render_image(POSES[step.pose], size, self.palette(), frame)))
            picture.setAccessibleName(fill(_tr("ExerciseTab", "Picture of step %1"), n))
            picture.setFixedSize(size)
            enlarge_on_click(picture, POSES[step.pose], frame, f"{n}. {step.text}")
            picture.installEventFilter(self._keys)
            text = plain_label(f"{n}. {step.text}")
            top_left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
            self.steps_grid.addWidget(picture, n - 1, 0, top_left)
            self.steps_grid.addWidget(text, n - 1, 1)
            self.step_pictures.append(picture)
            self._step_labels.append(text)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange) and self._exercise is not None:
            self._pending = True
            if self.isVisible():
                self.prepare()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.prepare()
