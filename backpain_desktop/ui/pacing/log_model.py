"""The activity log as a table model (read a page at a time) and the filter in front of it."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)

from backpain_desktop.domain.entries import UNITS
from backpain_desktop.store import ActivityEntry, Store, StoreError
from backpain_desktop.ui.i18n import number, say
from backpain_desktop.ui.pacing.common import local_day, local_text, one_line, plain_tooltip, visible_controls
from backpain_desktop.ui.widgets import fill

log = logging.getLogger(__name__)


class EntryTableModel(QAbstractTableModel):
    """The activity log as a table, one row per entry; sorting is done here, filtering by a proxy.

    The newest entries are read at once and older ones a page per turn of the event loop, so years of
    entries never hold up the window; ``loaded`` is emitted when the whole log is in."""

    COLUMNS = ("When", "Activity", "Amount", "Pain before", "Pain after", "Note")
    FIRST_PAGE = 200  # more than a screenful
    PAGE = 100  # a few milliseconds of reading each

    loaded = Signal()

    def __init__(self, store: Store, parent=None, *, busy: Callable[[], bool] = bool):
        super().__init__(parent)
        self._busy = busy  # whether the chart thread works: older pages of the log can wait for it
        self._store = store
        self._rows: list[ActivityEntry] = []
        self._ids: set[int] = set()
        self._older_than: ActivityEntry | None = None  # the oldest entry read, while more remain
        self._more = QTimer(self)
        self._more.setSingleShot(True)
        self._more.setInterval(0)
        self._more.timeout.connect(self._read_page_when_idle)
        self._sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.DescendingOrder)

    def reload(self) -> None:
        self._more.stop()
        rows = self._store.list_entries(limit=self.FIRST_PAGE)
        self.beginResetModel()
        self._rows = rows
        self._ids = {e.id for e in rows}
        self._sort_rows()
        self.endResetModel()
        self._after_page(rows, self.FIRST_PAGE)

    def complete(self) -> bool:
        return self._older_than is None

    def load_all(self) -> None:
        """Read the rest of the log now (before counting or filtering everything)."""
        while not self.complete():
            self._read_page(page=10_000)

    def _read_page_when_idle(self) -> None:
        if self._busy():  # loading or drawing the chart: the rest of the log can wait a little
            self._more.start(50)
        else:
            self._more.setInterval(0)
            self._read_page()

    def _read_page(self, page: int | None = None) -> None:
        page = page or self.PAGE
        last = self._older_than
        if last is None:
            return
        try:
            rows = self._store.list_entries(limit=page, before=(last.occurred_at, last.id))
        except StoreError:
            self._older_than = None  # what is shown stays; the error shows on the next write or reload
            log.exception("reading older entries failed")
            return
        fresh = [e for e in rows if e.id not in self._ids]  # one logged meanwhile may be in both
        self._ids.update(e.id for e in fresh)
        if self._sort == (0, Qt.SortOrder.DescendingOrder):  # as read: older rows go at the end
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(fresh) - 1)
            self._rows.extend(fresh)
            self.endInsertRows()
        elif fresh:
            self.layoutAboutToBeChanged.emit()
            self._rows.extend(fresh)
            self._sort_rows()
            self.layoutChanged.emit()
        self._after_page(rows, page)

    def _after_page(self, rows: list[ActivityEntry], page: int) -> None:
        if len(rows) < page:
            self._older_than = None
            self.loaded.emit()
        else:
            self._older_than = rows[-1]
            self._more.start()

    def entry(self, row: int) -> ActivityEntry:
        return self._rows[row]

    # Sorting happens here, in one Python sort with a key, rather than in the proxy: the proxy would ask
    # data() for every comparison, which takes seconds with years of entries.
    def _key(self, column: int):
        first = [
            lambda e: 0,
            lambda e: e.activity.casefold(),
            lambda e: e.amount,
            lambda e: -1 if e.pain_before is None else e.pain_before,
            lambda e: -1 if e.pain_after is None else e.pain_after,
            lambda e: e.note.casefold(),
        ][column]
        # Ties broken by time and id, so a row inserted in place lands exactly where a full sort puts it.
        return lambda e: (first(e), e.occurred_at, e.id or 0)

    def _sort_rows(self) -> None:
        column, order = self._sort
        self._rows.sort(key=self._key(column), reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        old = [self.index(r, 0) for r in range(len(self._rows))]
        ids = [e.id for e in self._rows]
        self._sort = (column, order)
        self._sort_rows()
        where = {e.id: r for r, e in enumerate(self._rows)}
        self.changePersistentIndexList(old, [self.index(where[i], 0) for i in ids])
        self.layoutChanged.emit()

    def insert_entry(self, entry: ActivityEntry) -> None:
        """One new (or restored) entry, in its sorted place, without reading the whole log again."""
        oldest = self._older_than
        if oldest is not None and (entry.occurred_at, entry.id or 0) < (oldest.occurred_at, oldest.id or 0):
            return  # older than what is read so far: it comes with a later page, in its place
        column, order = self._sort
        key = self._key(column)
        k = key(entry)
        descending = order == Qt.SortOrder.DescendingOrder
        row = next(
            (r for r, e in enumerate(self._rows) if (key(e) < k if descending else key(e) > k)),
            len(self._rows),
        )
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, entry)
        self._ids.add(entry.id)
        self.endInsertRows()

    def remove_entry(self, entry_id: int) -> None:
        row = next((r for r, e in enumerate(self._rows) if e.id == entry_id), None)
        if row is not None:
            self.beginRemoveRows(QModelIndex(), row, row)
            self._ids.discard(entry_id)
            del self._rows[row]
            self.endRemoveRows()

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
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole:
            return {5: plain_tooltip(e.note), 1: plain_tooltip(e.activity)}.get(column)
        if role == Qt.ItemDataRole.AccessibleTextRole and column >= 3:
            # An empty cell still needs words for a screen reader.
            value = (e.pain_before, e.pain_after, e.note)[column - 3]
            if value is None or value == "":
                return self.tr("not recorded") if column < 5 else self.tr("no note")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == 0:
                return local_text(e.occurred_at)
            if column == 1:
                return visible_controls(e.activity)
            if column == 2:
                unit = say(UNITS.get(e.unit, e.unit))
                return fill(self.tr("%1 %2", "amount and unit"), number(e.amount), unit)
            if column == 3:
                return "" if e.pain_before is None else str(e.pain_before)
            if column == 4:
                return "" if e.pain_after is None else str(e.pain_after)
            return one_line(e.note)
        return None


class EntryFilter(QSortFilterProxyModel):
    """Shows the entries of one activity (or all) between two local days (either end may be open)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.activity: str | None = None
        self.first: date | None = None
        self.last: date | None = None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted by the source model (fast); the proxy keeps its order and only filters."""
        self.sourceModel().sort(column, order)

    def set_filter(self, activity: str | None, first: date | None, last: date | None) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+; invalidateFilter is deprecated there
            self.beginFilterChange()
            self.activity, self.first, self.last = activity, first, last
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.activity, self.first, self.last = activity, first, last
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:  # noqa: N802 - Qt override
        entry = self.sourceModel().entry(source_row)
        if self.activity is not None and entry.activity != self.activity:
            return False
        if self.first is None and self.last is None:
            return True
        day = local_day(entry.occurred_at)
        return (self.first is None or day >= self.first) and (self.last is None or day <= self.last)
