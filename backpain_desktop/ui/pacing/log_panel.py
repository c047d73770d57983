""" "Your log": the table of entries, its filters, and Edit, Delete and Undo delete.

It owns the table model and filter; the tab does the store writes when asked by its signals.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from backpain_desktop.store import ActivityEntry, Store
from backpain_desktop.ui.pacing.common import button, plain_label, say, visible_controls
from backpain_desktop.ui.pacing.log_model import EntryFilter, EntryTableModel
from backpain_desktop.ui.widgets import fill


class LogPanel(QWidget):
    """``edit_requested(entry)``, ``delete_requested(entry)``, ``undo_requested``."""

    edit_requested = Signal(object)
    delete_requested = Signal(object)
    undo_requested = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None, *, busy: Callable[[], bool] = bool):
        super().__init__(parent)
        filters = self._build_filters()
        self._build_table(store, busy)
        actions = self._build_actions()
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self._connect_signals()
        self.table.installEventFilter(self)  # Delete and Ctrl+Z on the table
        self._update_buttons()

    def _build_filters(self) -> QGridLayout:
        """Which activity and which days to show, and "Show everything"."""
        self.filter_activity = QComboBox()
        self.filter_activity.setAccessibleName(self.tr("Show activity"))
        self.filter_from = QDateEdit()
        self.filter_to = QDateEdit()
        for edit, name in ((self.filter_from, self.tr("Show from")), (self.filter_to, self.tr("Show until"))):
            edit.setCalendarPopup(True)
            edit.setMinimumDate(QDate(2000, 1, 1))
            edit.setSpecialValueText(self.tr("any day"))
            edit.setDate(edit.minimumDate())
            edit.setDisplayFormat("ddd d MMM yyyy")
            edit.setAccessibleName(name)
        self.clear_filter_button = button(self.tr("Show everything"))
        filters = QGridLayout()
        for col, (text, field) in enumerate(
            (
                (self.tr("Sho&w"), self.filter_activity),
                (self.tr("&From"), self.filter_from),
                (self.tr("&Until"), self.filter_to),
            )
        ):
            label = QLabel(text)
            label.setBuddy(field)
            filters.addWidget(label, 0, 2 * col)
            filters.addWidget(field, 0, 2 * col + 1)
            filters.setColumnStretch(2 * col + 1, 1)
        filters.addWidget(self.clear_filter_button, 0, 6)
        return filters

    def _build_table(self, store: Store, busy: Callable[[], bool]) -> None:
        """The logged activities, newest first, in columns sized once rather than measured per row."""
        self.model = EntryTableModel(store, self, busy=busy)
        self.proxy = EntryFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Logged activities"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        # Fixed starting widths: ResizeToContents measures every row, slow with years of entries.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(50)
        metrics = self.fontMetrics()
        for col, sample in enumerate(
            ("Wed 30 Sep 2026, 23:59", "Gardening", "1440 minutes", "Pain before", "Pain after")
        ):
            header.resizeSection(col, metrics.horizontalAdvance(sample) + 4 * metrics.averageCharWidth())
        header.setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

    def _build_actions(self) -> QHBoxLayout:
        """Edit, Delete and Undo for the selected entry, and the line that says what happened."""
        self.edit_button = button(self.tr("Edit selected"))
        self.delete_button = button(self.tr("Delete selected"))
        self.undo_button = button(self.tr("Undo delete"))
        self.undo_button.setEnabled(False)
        self.status = plain_label()
        self.status.setAccessibleName(self.tr("Log status"))
        actions = QHBoxLayout()
        for part in (self.edit_button, self.delete_button, self.undo_button):
            actions.addWidget(part)
        actions.addWidget(self.status, 1)
        return actions

    def _connect_signals(self) -> None:
        self.filter_activity.currentIndexChanged.connect(lambda *_: self.apply_filter())
        self.filter_from.dateChanged.connect(lambda *_: self.apply_filter())
        self.filter_to.dateChanged.connect(lambda *_: self.apply_filter())
        self.clear_filter_button.clicked.connect(self.clear_filter)
        self.edit_button.clicked.connect(lambda: self._ask(self.edit_requested))
        self.delete_button.clicked.connect(lambda: self._ask(self.delete_requested))
        self.undo_button.clicked.connect(self.undo_requested)
        self.table.doubleClicked.connect(lambda *_: self._ask(self.edit_requested))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        for signal in (
            self.proxy.modelReset,
            self.proxy.rowsRemoved,
            self.proxy.rowsInserted,
            self.proxy.layoutChanged,
        ):
            signal.connect(lambda *_: self._update_buttons())

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            if event.matches(QKeySequence.StandardKey.Delete):
                self._ask(self.delete_requested)
                return True
            if event.matches(QKeySequence.StandardKey.Undo):
                self.undo_requested.emit()
                return True
        return super().eventFilter(watched, event)

    def selected_entry(self) -> ActivityEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry(self.proxy.mapToSource(rows[0]).row()) if rows else None

    def _ask(self, signal) -> None:
        entry = self.selected_entry()
        if entry is None:
            self.say(self.tr("Select an entry in the table first."), error=True)
            return
        signal.emit(entry)

    def _update_buttons(self) -> None:
        chosen = bool(self.table.selectionModel().selectedRows())
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def set_can_undo(self, can: bool) -> None:
        self.undo_button.setEnabled(can)

    def set_activities(self, names: list[str]) -> None:
        chosen = self.filter_activity.currentData()
        self.filter_activity.blockSignals(True)
        self.filter_activity.clear()
        self.filter_activity.addItem(self.tr("All activities"), None)
        for name in names:
            self.filter_activity.addItem(visible_controls(name), name)
        self.filter_activity.setCurrentIndex(max(0, self.filter_activity.findData(chosen) if chosen else 0))
        self.filter_activity.blockSignals(False)
        self.apply_filter()

    def apply_filter(self) -> None:
        def day(edit: QDateEdit) -> date | None:
            return None if edit.date() == edit.minimumDate() else edit.date().toPython()

        chosen = (self.filter_activity.currentData(), day(self.filter_from), day(self.filter_to))
        if chosen != (None, None, None):
            self.model.load_all()  # "Showing 3 of 40" must count the whole log
        self.proxy.set_filter(*chosen)
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown != total:
            self.say(fill(self.tr("Showing %1 of %n entr(y|ies).", None, total), shown))

    def clear_filter(self) -> None:
        for w in (self.filter_activity, self.filter_from, self.filter_to):
            w.blockSignals(True)
        self.filter_activity.setCurrentIndex(0)
        self.filter_from.setDate(self.filter_from.minimumDate())
        self.filter_to.setDate(self.filter_to.minimumDate())
        for w in (self.filter_activity, self.filter_from, self.filter_to):
            w.blockSignals(False)
        self.apply_filter()
        self.say("")

    def say(self, text: str, error: bool = False) -> None:
        say(self.status, text, error)
