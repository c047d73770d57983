"""The Pacing tab: a form to log an activity and a table of what has been logged."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone

from PySide6.QtCore import QAbstractTableModel, QDateTime, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from backpain_desktop.domain.entries import PRESET_ACTIVITIES, UNITS, EntryInput, validate_entry
from backpain_desktop.store import ActivityEntry, Store, StoreError
from backpain_desktop.ui import errors

Clock = Callable[[], datetime]


def local_text(moment: datetime) -> str:
    """A stored UTC time as the person's local date and time."""
    return moment.astimezone().strftime("%a %d %b %Y, %H:%M")


class EntryTableModel(QAbstractTableModel):
    """Read-only view of the activity log, newest first."""

    COLUMNS = ("When", "Activity", "Amount", "Pain before", "Pain after", "Note")

    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self._store = store
        self._rows: list[ActivityEntry] = []

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self._store.list_entries()
        self.endResetModel()

    def entry(self, row: int) -> ActivityEntry:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.COLUMNS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        e = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.AccessibleTextRole):
            column = index.column()
            if column == 0:
                return local_text(e.occurred_at)
            if column == 1:
                return e.activity
            if column == 2:
                return f"{e.amount:g} {UNITS.get(e.unit, e.unit)}"
            if column == 3:
                return "" if e.pain_before is None else str(e.pain_before)
            if column == 4:
                return "" if e.pain_after is None else str(e.pain_after)
            if column == 5:
                # One line in the table; the whole note is in the tooltip. Plain text either way:
                # item views never interpret display text as HTML.
                return e.note if role != Qt.ItemDataRole.DisplayRole else e.note.splitlines()[0] if e.note else ""
        return None


class _FieldError(QLabel):
    """A message shown right under the field it is about; hidden when there is none."""

    def __init__(self, field: QWidget):
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setStyleSheet("color: #b00020;")
        self.setVisible(False)
        self._field = field

    def show_message(self, message: str) -> None:
        self.setText(message)
        self.setVisible(bool(message))
        self._field.setAccessibleDescription(message)


class PacingTab(QWidget):
    entry_logged = Signal(int)  # entry id

    def __init__(self, store: Store, now: Clock | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._store = store
        self._now = now or (lambda: datetime.now(timezone.utc))

        self.activity = QComboBox()
        self.activity.setEditable(True)
        self.activity.setAccessibleName(self.tr("Activity"))
        self.activity.lineEdit().setAccessibleName(self.tr("Activity"))  # where a reader lands
        self.activity.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.amount = QLineEdit()
        self.amount.setAccessibleName(self.tr("Amount"))
        self.amount.setPlaceholderText(self.tr("for example 20"))
        self.unit = QComboBox()
        self.unit.setAccessibleName(self.tr("Unit"))
        for key, label in UNITS.items():
            self.unit.addItem(self.tr(label), key)
        self.pain_before = QLineEdit()
        self.pain_before.setAccessibleName(self.tr("Pain before, 0 to 10"))
        self.pain_before.setPlaceholderText(self.tr("0-10, optional"))
        self.pain_after = QLineEdit()
        self.pain_after.setAccessibleName(self.tr("Pain after, 0 to 10"))
        self.pain_after.setPlaceholderText(self.tr("0-10, optional"))
        self.when = QDateTimeEdit()
        self.when.setAccessibleName(self.tr("When"))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("ddd d MMM yyyy  HH:mm")
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("optional"))
        self.save_button = QPushButton(self.tr("Save entry"))
        self.save_button.setAccessibleName(self.tr("Save entry"))
        self.save_button.setDefault(True)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setAccessibleName(self.tr("Save status"))

        self.field_errors = {name: _FieldError(widget) for name, widget in (
            ("activity", self.activity), ("amount", self.amount), ("unit", self.unit),
            ("pain_before", self.pain_before), ("pain_after", self.pain_after),
            ("occurred_at", self.when))}

        amount_row = QHBoxLayout()
        amount_row.addWidget(self.amount, 1)
        amount_row.addWidget(self.unit)
        pain_row = QHBoxLayout()
        pain_row.addWidget(QLabel(self.tr("before")))
        pain_row.addWidget(self.pain_before)
        pain_row.addWidget(QLabel(self.tr("after")))
        pain_row.addWidget(self.pain_after)

        form = QFormLayout()
        form.addRow(self.tr("&Activity"), self.activity)
        form.addRow("", self.field_errors["activity"])
        form.addRow(self.tr("A&mount"), amount_row)
        form.addRow("", self.field_errors["amount"])
        form.addRow(self.tr("&Pain (0-10)"), pain_row)
        form.addRow("", self.field_errors["pain_before"])
        form.addRow("", self.field_errors["pain_after"])
        form.addRow(self.tr("&When"), self.when)
        form.addRow("", self.field_errors["occurred_at"])
        form.addRow(self.tr("&Note"), self.note)
        form.addRow("", self.field_errors["unit"])
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.status, 1)
        form.addRow(buttons)
        self._label_buddies(form)

        self.model = EntryTableModel(store, self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Logged activities"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)

        self.save_button.clicked.connect(self.save_entry)
        self.amount.returnPressed.connect(self.save_entry)
        self.reset_form()
        self.reload()

    @staticmethod
    def _label_buddies(form: QFormLayout) -> None:
        """Give the form's mnemonic labels their buddy fields, so Alt+letter moves focus."""
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label and field and isinstance(label.widget(), QLabel):
                target = field.widget() or (field.layout().itemAt(0).widget() if field.layout() else None)
                if target is not None:
                    label.widget().setBuddy(target)

    def reload(self) -> None:
        self.model.reload()
        current = self.activity.currentText()
        names = list(PRESET_ACTIVITIES) + [a for a in self._store.activities() if a not in PRESET_ACTIVITIES]
        self.activity.blockSignals(True)
        self.activity.clear()
        self.activity.addItems(names)
        self.activity.setCurrentText(current or names[0])
        self.activity.blockSignals(False)

    def reset_form(self) -> None:
        self.amount.clear()
        self.pain_before.clear()
        self.pain_after.clear()
        self.note.clear()
        self.when.setDateTime(QDateTime.fromSecsSinceEpoch(int(self._now().timestamp())))

    def _form_input(self) -> EntryInput:
        when = datetime.fromtimestamp(self.when.dateTime().toSecsSinceEpoch(), timezone.utc)
        return EntryInput(activity=self.activity.currentText(), amount=self.amount.text(),
                          unit=self.unit.currentData(), pain_before=self.pain_before.text(),
                          pain_after=self.pain_after.text(), occurred_at=when, note=self.note.text())

    def save_entry(self) -> ActivityEntry | None:
        """Validate; show problems beside their fields; store only a valid entry."""
        valid, problems = validate_entry(self._form_input(), self._now())
        for name, label in self.field_errors.items():
            label.show_message(problems.get(name, ""))
        if valid is None:
            self.status.setText(self.tr("Not saved yet: please check the highlighted fields."))
            return None
        entry = ActivityEntry(activity=valid.activity, amount=valid.amount, unit=valid.unit,
                              pain_before=valid.pain_before, pain_after=valid.pain_after,
                              occurred_at=valid.occurred_at, note=valid.note)
        try:
            stored = self._store.add_entry(entry)
        except StoreError as exc:
            # What was typed stays in the form so the person can try again.
            self.status.setText(self.tr("Not saved."))
            errors.show_error(self, self.tr("Could not save"), exc.user_message, exc.detail)
            return None
        self.status.setText(self.tr("Saved: %1 %2 of %3.").replace("%1", f"{stored.amount:g}")
                            .replace("%2", UNITS[stored.unit]).replace("%3", stored.activity))
        self.reset_form()
        self.reload()
        self.entry_logged.emit(stored.id)
        return stored
