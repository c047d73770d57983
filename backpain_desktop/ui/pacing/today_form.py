"""The quick log form: activity, amount, pain before and after, when, note, Save.

It holds what a person entered and shows messages beside the fields; it never reads or writes the store.
Pain is the shared 0-10 tap scale and the amount a stepper, so nothing needs typing.
"""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from backpain_desktop.domain.entries import MAX_AMOUNT, UNITS, EntryInput
from backpain_desktop.store import ActivityEntry
from backpain_desktop.ui import i18n
from backpain_desktop.ui.pacing.common import button, local_text, plain_label, say
from backpain_desktop.ui.widgets import FieldMessage, Stepper, TapScale, fill


class TodayForm(QGroupBox):
    """``save_requested`` when Save (or Return in a text field) is pressed; ``cancel_requested`` when a
    change to an older entry is abandoned; ``activity_typed(name)`` as the activity changes."""

    save_requested = Signal()
    cancel_requested = Signal()
    activity_typed = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Log an activity"), parent)
        self.setAccessibleName(self.tr("Log an activity"))
        self.editing = False
        self._loaded_amount: float | None = None
        self._build_fields()
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_grid())
        layout.addLayout(self._build_actions())
        layout.addStretch(1)
        self.save_button.clicked.connect(self.save_requested)
        self.cancel_edit_button.clicked.connect(self.cancel_requested)
        self.note.returnPressed.connect(self.save_requested)
        self.activity.currentTextChanged.connect(self.activity_typed)

    def _build_fields(self) -> None:
        """Activity, amount and unit, pain before and after, when, and a note, each with its message."""
        self.activity = QComboBox()
        self.activity.setEditable(True)
        self.activity.setAccessibleName(self.tr("Activity"))
        self.activity.lineEdit().setAccessibleName(self.tr("Activity"))  # where a reader lands
        self.activity.lineEdit().setMaxLength(200)
        self.activity.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.amount = Stepper(
            minimum=0, maximum=max(MAX_AMOUNT.values()), step=5, accessible_name=self.tr("Amount")
        )
        self.unit = QComboBox()
        self.unit.setAccessibleName(self.tr("Unit"))
        for key, label in UNITS.items():
            self.unit.addItem(i18n.say(label), key)
        self.pain_before = TapScale(accessible_name=self.tr("Pain before you start"))
        self.pain_after = TapScale(accessible_name=self.tr("Pain after"))
        self.when = QDateTimeEdit()
        self.when.setAccessibleName(self.tr("When"))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("ddd d MMM yyyy  HH:mm")
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("optional"))
        self.note.setMaxLength(2_000_000)  # Qt's default (32767) would silently cut a long pasted note
        self.field_errors = {
            name: FieldMessage()
            for name in ("activity", "amount", "unit", "pain_before", "pain_after", "occurred_at", "note")
        }
        self._fields = {
            "activity": self.activity,
            "amount": self.amount,
            "unit": self.unit,
            "pain_before": self.pain_before,
            "pain_after": self.pain_after,
            "occurred_at": self.when,
            "note": self.note,
        }

    def _build_grid(self) -> QGridLayout:
        """Each field beside its label, with its message under it."""
        grid = QGridLayout()
        grid.setVerticalSpacing(4)
        row = 0

        def add(label: str, field, extra=None, error_names=()):
            nonlocal row
            text = QLabel(label)
            text.setBuddy(field)
            grid.addWidget(text, row, 0, Qt.AlignmentFlag.AlignTop)
            if extra is None:
                grid.addWidget(field, row, 1)
            else:
                line = QHBoxLayout()
                line.addWidget(field)
                line.addWidget(extra)
                line.addStretch(1)
                grid.addLayout(line, row, 1)
            row += 1
            for name in error_names:
                grid.addWidget(self.field_errors[name], row, 1)
                row += 1

        add(self.tr("Ac&tivity"), self.activity, error_names=("activity",))
        add(self.tr("A&mount"), self.amount, self.unit, ("amount", "unit"))
        add(self.tr("Pain &before"), self.pain_before, error_names=("pain_before",))
        add(self.tr("Pain afte&r"), self.pain_after, error_names=("pain_after",))
        add(self.tr("&When"), self.when, error_names=("occurred_at",))
        add(self.tr("&Note"), self.note, error_names=("note",))
        grid.setColumnStretch(1, 1)
        return grid

    def _build_actions(self) -> QHBoxLayout:
        """Save (and Cancel changes while editing) with the line that says what happened."""
        self.save_button = button(self.tr("Save entry"))
        self.save_button.setDefault(True)
        self.cancel_edit_button = button(self.tr("Cancel changes"))
        self.cancel_edit_button.setVisible(False)
        self.status = plain_label()
        self.status.setAccessibleDescription(self.tr("Save status"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_edit_button)
        buttons.addWidget(self.status, 1)
        return buttons

    # -- what the form holds ----------------------------------------------------------------------------

    def entry_input(self) -> EntryInput:
        when = datetime.fromtimestamp(self.when.dateTime().toSecsSinceEpoch(), timezone.utc)
        amount = self.amount.value()
        amount_text = str(amount) if amount else ""
        # an untouched 5.5 minutes stays 5.5, not the stepper's whole 6
        if self.editing and self._loaded_amount is not None and amount == round(self._loaded_amount):
            amount_text = f"{self._loaded_amount:g}"

        def pain(scale: TapScale) -> str:
            return "" if scale.value() is None else str(scale.value())

        return EntryInput(
            activity=self.activity.currentText(),
            amount=amount_text,
            unit=self.unit.currentData(),
            pain_before=pain(self.pain_before),
            pain_after=pain(self.pain_after),
            occurred_at=when,
            note=self.note.text(),
        )

    def show_problems(self, problems: dict[str, str]) -> None:
        """Each message beside its field (and as the field's description for a screen reader)."""
        for name, label in self.field_errors.items():
            message = problems.get(name, "")
            if message != label.text() or label.isHidden() == bool(message):  # a style change is not free
                label.show_message(message)
                self._fields[name].setAccessibleDescription(message)

    def clear(self, now: datetime) -> None:
        self.amount.set_value(0)
        self.pain_before.set_value(None)
        self.pain_after.set_value(None)
        self.note.clear()
        self.set_when(now)

    def set_when(self, moment: datetime) -> None:
        self.when.setDateTime(QDateTime.fromSecsSinceEpoch(int(moment.timestamp())))

    def is_blank(self) -> bool:
        return not self.editing and self.amount.value() == 0 and not self.note.text()

    def set_unit(self, unit: str) -> None:
        self.unit.setCurrentIndex(max(0, self.unit.findData(unit)))

    def set_activities(self, names: list[str]) -> None:
        current = self.activity.currentText()
        self.activity.blockSignals(True)
        self.activity.clear()
        self.activity.addItems(names)
        self.activity.setCurrentText(current or names[0])
        self.activity.blockSignals(False)

    # -- changing an older entry ------------------------------------------------------------------------

    def load_entry(self, entry: ActivityEntry) -> None:
        """Put an older entry in the form; Save then changes it instead of adding one."""
        self.editing = True
        self._loaded_amount = entry.amount
        self.activity.setCurrentText(entry.activity)
        self.amount.set_value(round(entry.amount))
        self.set_unit(entry.unit)
        self.pain_before.set_value(entry.pain_before)
        self.pain_after.set_value(entry.pain_after)
        self.set_when(entry.occurred_at)
        self.note.setText(entry.note)
        self._save_text(self.tr("Save changes"))
        self.cancel_edit_button.setVisible(True)
        self.say(fill(self.tr("Changing the entry from %1."), local_text(entry.occurred_at)))
        self.amount.setFocus()

    def end_edit(self) -> None:
        self.editing = False
        self._loaded_amount = None
        self._save_text(self.tr("Save entry"))
        self.cancel_edit_button.setVisible(False)

    def _save_text(self, text: str) -> None:
        self.save_button.setText(text)
        self.save_button.setAccessibleName(text)

    def say(self, text: str, error: bool = False) -> None:
        say(self.status, text, error)
