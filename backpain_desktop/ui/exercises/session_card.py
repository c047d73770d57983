"""The card shown where the timer was once a set ends: what was done, the pain before, and "Pain now" on
the tap scale with Save; a meaningful rise in pain offers the Pacing tab."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from backpain_desktop.ui.exercises.common import plain_label, scaled
from backpain_desktop.ui.widgets import TapScale
from backpain_desktop.ui.widgets import tr as _tr


class SessionCard(QFrame):
    """Public: :meth:`show_summary`, :meth:`pain_now`, :meth:`show_message`, :meth:`ask_for_pain`, and the
    widgets :attr:`heading`, :attr:`summary`, :attr:`pain_after`, :attr:`save_button`, :attr:`message`,
    :attr:`pacing_button`, :attr:`close_button`."""

    save_requested = Signal(object)  # int | None: the pain-now answer to store
    pacing_requested = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(_tr("ExerciseTab", "After the exercise"))
        self.heading = plain_label()
        scaled(self.heading, 1.25, bold=True)
        self.summary = plain_label()
        self.summary.setAccessibleName(_tr("ExerciseTab", "What you did"))
        self.question = plain_label(_tr("ExerciseTab", "Pain now"))
        scaled(self.question, 1.0, bold=True)
        self.pain_after = TapScale(accessible_name=_tr("ExerciseTab", "Pain now"))
        self.save_button = QPushButton(_tr("ExerciseTab", "Save"))
        self.save_button.setAccessibleName(_tr("ExerciseTab", "Save how your pain is now"))
        self.message = plain_label()
        self.message.setAccessibleName(_tr("ExerciseTab", "Message"))
        self.message.hide()
        self.pacing_button = QPushButton(_tr("ExerciseTab", "Open the Pacing tab"))
        self.pacing_button.setAccessibleName(_tr("ExerciseTab", "Open the Pacing tab"))
        self.pacing_button.hide()
        self.close_button = QPushButton(_tr("ExerciseTab", "Back to the timer"))
        self.close_button.setAccessibleName(_tr("ExerciseTab", "Back to the timer"))
        col = QVBoxLayout(self)
        col.addWidget(self.heading)
        col.addWidget(self.summary)
        col.addSpacing(8)
        col.addWidget(self.question)
        col.addWidget(self.pain_after)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addStretch(1)
        col.addLayout(row)
        col.addWidget(self.message)
        col.addWidget(self.pacing_button)
        col.addStretch(1)
        col.addWidget(self.close_button)
        self.save_button.clicked.connect(lambda: self.save_requested.emit(self.pain_after.value()))
        self.pacing_button.clicked.connect(self.pacing_requested)
        self.close_button.clicked.connect(self.closed)

    def show_summary(self, heading: str, summary: str, can_save: bool) -> None:
        self.heading.setText(heading)
        self.summary.setText(summary)
        self.pain_after.set_value(None)
        for widget in (self.question, self.pain_after, self.save_button):
            widget.setVisible(can_save)
        self.message.hide()
        self.pacing_button.hide()

    def ask_for_pain(self) -> None:
        """Keyboard focus to the scale's first number, so Space no longer restarts the timer by accident."""
        if self.pain_after.isVisible():
            self.pain_after.buttons[0].setFocus()

    def pain_now(self) -> int | None:
        return self.pain_after.value()

    def show_message(self, text: str, offer_pacing: bool = False) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.pacing_button.setVisible(offer_pacing)
