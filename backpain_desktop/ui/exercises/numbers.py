"""The person's own numbers for an exercise (reps, hold, rest, sets) as − / + steppers, with the suggested
starting point from the content pack beside them. The editor is one tap away, so the steps stay in view."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from backpain_desktop.domain import reptimer as rt
from backpain_desktop.ui.exercises.common import numbers_words, plain_label
from backpain_desktop.ui.widgets import Stepper, fill
from backpain_desktop.ui.widgets import tr as _tr

# Sane bounds for the person's own numbers: (lowest, highest).
BOUNDS = {"reps": (1, 50), "hold_s": (0, 120), "rest_s": (0, 300), "sets": (1, 10)}


class NumbersPanel(QWidget):
    """Public: :meth:`set_numbers`, :meth:`values`, :meth:`set_note`, :attr:`steppers`, :attr:`summary`,
    :attr:`prescription`, :attr:`change_button`, :attr:`reset_button`."""

    numbers_changed = Signal(object)  # dict key -> int, after the person changed one
    reset_requested = Signal()

    def __init__(self, *, kiosk: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self._loading = False
        self._sides = "none"
        self._suggested: rt.TimerPlan | None = None
        self.summary = plain_label()
        self.summary.setAccessibleName(_tr("ExerciseTab", "Your numbers"))
        self.prescription = plain_label()
        self.change_button = QPushButton(_tr("ExerciseTab", "Change the numbers"))
        self.change_button.setCheckable(True)
        self.change_button.setAccessibleName(_tr("ExerciseTab", "Change the numbers"))
        self.editor = QWidget()
        grid = QGridLayout(self.editor)
        grid.setContentsMargins(0, 0, 0, 0)
        self.steppers: dict[str, Stepper] = {}
        self._labels = {}
        names = {"reps": _tr("ExerciseTab", "Repetitions"), "hold_s": _tr("ExerciseTab", "Hold (seconds)"),
                 "rest_s": _tr("ExerciseTab",
                         "Rest between reps (seconds)"), "sets": _tr("ExerciseTab", "Sets")}
        for n, (key, name) in enumerate(names.items()):
            low, high = BOUNDS[key]
            label = plain_label(name)
            stepper = Stepper(minimum=low, maximum=high, accessible_name=name)
            stepper.set_typing(not kiosk)
            label.setBuddy(stepper.field)
            grid.addWidget(label, (n // 2) * 2, n % 2)
            grid.addWidget(stepper, (n // 2) * 2 + 1, n % 2)
            stepper.value_changed.connect(self._changed)
            self.steppers[key], self._labels[key] = stepper, label
        self.reset_button = QPushButton(_tr("ExerciseTab", "Back to suggested"))
        self.reset_button.setAccessibleName(_tr("ExerciseTab", "Back to the suggested numbers"))
        self.note = plain_label()
        row = QHBoxLayout()
        row.addWidget(self.reset_button)
        row.addWidget(self.note, 1)
        grid.addLayout(row, 4, 0, 1, 2)
        self.editor.hide()
        change = QHBoxLayout()
        change.addWidget(self.change_button)
        change.addStretch(1)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.summary)
        col.addWidget(self.prescription)
        col.addLayout(change)
        col.addWidget(self.editor)
        for button in (self.change_button, self.reset_button):  # a full-size target even in a tight column
            button.setMinimumHeight(button.sizeHint().height())
        self.change_button.toggled.connect(self.editor.setVisible)
        self.reset_button.clicked.connect(self.reset_requested)

    def set_numbers(self, plan: rt.TimerPlan, suggested: rt.TimerPlan, own: bool) -> None:
        """Show ``plan`` in the steppers (without a numbers_changed), and the suggested starting point."""
        self._loading = True
        try:
            for key in BOUNDS:
                self.steppers[key].set_value(int(getattr(plan, key)))
        finally:
            self._loading = False
        self._sides = plan.sides
        self._suggested = suggested
        self._labels["reps"].setText(_tr("ExerciseTab",
                "Repetitions on each side") if plan.sides == "alternate"
                                     else _tr("ExerciseTab", "Repetitions"))
        self.reset_button.setEnabled(own)
        self._show_words(own, suggested)

    def show_saved(self, own: bool, suggested: rt.TimerPlan) -> None:
        self.reset_button.setEnabled(own)
        self._show_words(own, suggested)
        self.note.setText(_tr("ExerciseTab", "Saved. These are your own numbers.") if own
                          else _tr("ExerciseTab", "These are the suggested numbers."))

    def _show_words(self, own: bool, suggested: rt.TimerPlan) -> None:
        current = rt.TimerPlan(name="", sides=self._sides, **self.values())
        self.summary.setText(fill(_tr("ExerciseTab", "Your numbers: %1"), numbers_words(current)))
        self.prescription.setText(
            fill(_tr("ExerciseTab", "A suggested starting point — check with your physiotherapist: %1."),
                 numbers_words(suggested)))
        self.note.setText(_tr("ExerciseTab", "These are your own numbers.") if own
                          else _tr("ExerciseTab", "These are the suggested numbers."))

    def values(self) -> dict[str, int]:
        return {key: stepper.value() for key, stepper in self.steppers.items()}

    def set_note(self, text: str) -> None:
        self.note.setText(text)

    def editing(self) -> bool:
        return self.editor.isVisible()

    def _changed(self, _value: int) -> None:
        if self._loading:
            return
        current = rt.TimerPlan(name="", sides=self._sides, **self.values())
        self.summary.setText(fill(_tr("ExerciseTab", "Your numbers: %1"), numbers_words(current)))
        self.numbers_changed.emit(self.values())
