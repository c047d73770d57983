"""The Pacing tab: quick logging, the log table, the plan, flare-ups, the chart, export and "your data".

The numbers come from ``domain/pacing.py`` and the records from the store; this module only words and
shows them. The chart module (and with it matplotlib) is imported the first time the chart is shown.
Every dialog and file picker goes through one ``dialogs`` object so tests never block. What a person
typed is only ever shown as plain text: labels use Qt.PlainText, tooltips are escaped HTML.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from backpain_desktop.domain import pacing
from backpain_desktop.domain.entries import PRESET_ACTIVITIES, UNITS, EntryInput, validate_entry
from backpain_desktop.store import ActivityEntry, Baseline, Store, StoreError
from backpain_desktop.ui.pacing_dialogs import Dialogs, explain_baseline, plain_label

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
NOTE_PREVIEW_CHARS = 200   # the table shows the start of a note; the tooltip shows more
TOOLTIP_CHARS = 2000
RANGES = ((QT_TRANSLATE_NOOP("PacingTab", "2 weeks"), 14), (QT_TRANSLATE_NOOP("PacingTab", "3 months"), 91),
          (QT_TRANSLATE_NOOP("PacingTab", "All"), None))
ERROR_STYLE = "color: #b00020;"


def local_text(moment: datetime) -> str:
    """A stored UTC time as the person's local date and time."""
    return moment.astimezone().strftime("%a %d %b %Y, %H:%M")


# Direction overrides and isolates would reorder the rest of a cell (a classic way to disguise text);
# they are shown as their code instead. Right-to-left letters themselves are left alone.
_BIDI_CONTROLS = {chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))}


def visible_controls(text: str) -> str:
    """Control characters as visible symbols (U+2400 block, or [U+202E] for direction controls), so
    nothing typed is hidden or acts on the display."""
    if text.isprintable():
        return text
    return "".join(chr(0x2400 + ord(c)) if ord(c) < 32 else "\u2421" if c == "\x7f"
                   else f"[U+{ord(c):04X}]" if c in _BIDI_CONTROLS else c for c in text)


def one_line(text: str, limit: int = NOTE_PREVIEW_CHARS) -> str:
    first, _, rest = text.partition("\n")
    shown = visible_controls(first[:limit])
    return shown + (" …" if rest or len(first) > limit else "")


def plain_tooltip(text: str, limit: int = TOOLTIP_CHARS) -> str:
    """A tooltip that shows ``text`` literally. Qt renders tooltips that look like HTML as rich text,
    so the text is escaped and wrapped in a paragraph that forces rich text (and keeps line breaks)."""
    if not text:
        return ""
    cut = text[:limit] + ("…" if len(text) > limit else "")
    return f"<p style='white-space:pre-wrap'>{html.escape(cut)}</p>"


def local_day(moment: datetime) -> date:
    return moment.astimezone().date()


# -- the log table --------------------------------------------------------------------------------------

class EntryTableModel(QAbstractTableModel):
    """The activity log as a table, one row per entry; sorting is done here, filtering by a proxy.

    The newest entries are read at once and older ones a page per turn of the event loop, so years of
    entries never hold up the window; ``loaded`` is emitted when the whole log is in."""

    COLUMNS = ("When", "Activity", "Amount", "Pain before", "Pain after", "Note")
    FIRST_PAGE = 200  # more than a screenful
    PAGE = 100  # a few milliseconds of reading each

    loaded = Signal()

    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
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
        from backpain_desktop.ui import chart_thread

        if chart_thread.working():  # loading or drawing the chart: the rest of the log can wait a little
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
        first = [lambda e: 0, lambda e: e.activity.casefold(), lambda e: e.amount,
                 lambda e: -1 if e.pain_before is None else e.pain_before,
                 lambda e: -1 if e.pain_after is None else e.pain_after, lambda e: e.note.casefold()][column]
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
        row = next((r for r, e in enumerate(self._rows) if (key(e) < k if descending else key(e) > k)),
                   len(self._rows))
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
                return f"{e.amount:g} {self.tr(UNITS.get(e.unit, e.unit))}"
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


class _FieldError(QLabel):
    """A message shown right under the field it is about; hidden when there is none."""

    def __init__(self, field: QWidget):
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setStyleSheet(ERROR_STYLE)
        self.setVisible(False)
        self._field = field

    def show_message(self, message: str) -> None:
        self.setText(message)
        self.setVisible(bool(message))
        self._field.setAccessibleDescription(message)


def _button(text: str, name: str | None = None) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(name or text.replace("&", "").rstrip("…").rstrip("."))
    return button


def _group(title: str) -> tuple[QGroupBox, QVBoxLayout]:
    box = QGroupBox(title)
    box.setAccessibleName(title)
    return box, QVBoxLayout(box)


class PacingTab(QWidget):
    entry_logged = Signal(int)  # entry id
    navigate_requested = Signal(str)

    def __init__(self, store: Store, now: Clock | None = None, *, kiosk: bool = False,
                 dialogs: Dialogs | None = None, parent: QWidget | None = None, read_now: bool = True):
        """``read_now`` off: the log is read on first show or :meth:`ensure_read`, so the widgets and the
        read can be done on separate idle turns (MainWindow.prepare_when_idle)."""
        super().__init__(parent)
        self._store = store
        self._now = now or (lambda: datetime.now(timezone.utc))
        self._kiosk = kiosk
        self.dialogs = dialogs or Dialogs()
        self._editing: ActivityEntry | None = None
        self._deleted: list[ActivityEntry] = []
        self.chart = None  # ui.chart.PacingChart, built on first show
        self._chart_loading = False
        self._chart_unfilled = False  # built while hidden; its data is handed over on the next show
        # Entries saved since the last refresh; None: some other change (read every day again).
        self._added: list[ActivityEntry] | None = []
        self._series_key: tuple[str, int] | None = None  # what self._series was read for
        self._plan: list[pacing.PlanWeek] = []
        self._series: tuple[dict, dict] = ({}, {})
        self._lists_stale = False
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self._refresh_after_change)

        # Two columns: what a person does (log, plan, flare-ups, data) beside what they look at (chart, log).
        content = QWidget()
        columns = QHBoxLayout(content)
        left, right = QVBoxLayout(), QVBoxLayout()
        for box in (self._build_form(), self._build_plan_box(), self._build_flare_box(),
                    self._build_data_box()):
            left.addWidget(box)
        left.addStretch(1)
        right.addWidget(self._build_chart_box())
        right.addWidget(self._build_log_box(), 1)
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)
        # Never squeeze controls below their natural height (finger-sized in kiosk mode): scroll instead.
        content.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        scroll.setAccessibleName(self.tr("Pacing"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        for widget in (self.export_button, self.report_button, self.backup_button, self.restore_button,
                       self.save_chart_button):
            widget.setVisible(not kiosk)  # nothing that writes files or leaves the app in kiosk mode
        self.reset_form()
        self._unread = True
        if read_now:
            self.reload()

    def ensure_read(self) -> None:
        """Read the log if this tab has not yet (it was built with ``read_now`` off)."""
        if self._unread:
            self.reload()

    # -- building -----------------------------------------------------------------------------------------

    def _build_form(self) -> QGroupBox:
        box, layout = _group(self.tr("Log an activity"))
        self.activity = QComboBox()
        self.activity.setEditable(True)
        self.activity.setAccessibleName(self.tr("Activity"))
        self.activity.lineEdit().setAccessibleName(self.tr("Activity"))  # where a reader lands
        self.activity.lineEdit().setMaxLength(200)
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
        self.note.setMaxLength(2_000_000)  # Qt's default (32767) would silently cut a long pasted note
        self.save_button = _button(self.tr("Save entry"))
        self.save_button.setDefault(True)
        self.cancel_edit_button = _button(self.tr("Cancel changes"))
        self.cancel_edit_button.setVisible(False)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setAccessibleDescription(self.tr("Save status"))

        self.field_errors = {name: _FieldError(widget) for name, widget in (
            ("activity", self.activity), ("amount", self.amount), ("unit", self.unit),
            ("pain_before", self.pain_before), ("pain_after", self.pain_after),
            ("occurred_at", self.when), ("note", self.note))}

        amount_row = QHBoxLayout()
        amount_row.addWidget(self.amount, 1)
        amount_row.addWidget(self.unit)
        pain_row = QHBoxLayout()
        pain_row.addWidget(QLabel(self.tr("before")))
        pain_row.addWidget(self.pain_before)
        pain_row.addWidget(QLabel(self.tr("after")))
        pain_row.addWidget(self.pain_after)

        form = QFormLayout()
        form.addRow(self.tr("Ac&tivity"), self.activity)
        form.addRow("", self.field_errors["activity"])
        form.addRow(self.tr("A&mount"), amount_row)
        form.addRow("", self.field_errors["amount"])
        form.addRow("", self.field_errors["unit"])
        form.addRow(self.tr("Pa&in (0-10)"), pain_row)
        form.addRow("", self.field_errors["pain_before"])
        form.addRow("", self.field_errors["pain_after"])
        form.addRow(self.tr("&When"), self.when)
        form.addRow("", self.field_errors["occurred_at"])
        form.addRow(self.tr("&Note"), self.note)
        form.addRow("", self.field_errors["note"])
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_edit_button)
        buttons.addWidget(self.status, 1)
        form.addRow(buttons)
        self._label_buddies(form)
        layout.addLayout(form)

        self.save_button.clicked.connect(self.save_entry)
        self.cancel_edit_button.clicked.connect(self.cancel_edit)
        for field in (self.amount, self.pain_before, self.pain_after, self.note):
            field.returnPressed.connect(self.save_entry)
        self.activity.currentTextChanged.connect(self._activity_typed)
        return box

    def _build_plan_box(self) -> QGroupBox:
        box, layout = _group(self.tr("Your plan"))
        self.plan_activity = QComboBox()
        self.plan_activity.setAccessibleName(self.tr("Plan and chart for activity"))
        self.today_label = plain_label()
        self.today_label.setAccessibleDescription(self.tr("Today's amount"))
        font = self.today_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.today_label.setFont(font)
        self.how_label = plain_label()
        self.how_label.setAccessibleDescription(self.tr("How the starting amount was reached"))
        self.weeks_label = plain_label()
        self.weeks_label.setAccessibleDescription(self.tr("Weekly plan"))
        self.increase = QSpinBox()
        self.increase.setRange(pacing.MIN_WEEKLY_INCREASE_PCT, pacing.MAX_WEEKLY_INCREASE_PCT)
        self.increase.setValue(pacing.DEFAULT_WEEKLY_INCREASE_PCT)
        self.increase.setSuffix(" %")
        self.increase.setAccessibleName(self.tr("Build-up each week, percent"))
        self.goal = QSpinBox()
        self.goal.setRange(0, 24 * 60)
        self.goal.setSpecialValueText(self.tr("no goal"))
        self.goal.setAccessibleName(self.tr("Goal a day (0 for no goal)"))
        self.baseline_button = _button(self.tr("Set starting amount…"))
        self.split_button = _button(self.tr("Split a task…"))
        self.plan_status = plain_label()
        self.plan_status.setStyleSheet(ERROR_STYLE)
        self.plan_status.setAccessibleDescription(self.tr("Plan status"))
        self.plan_status.setVisible(False)
        form = QFormLayout()
        form.addRow(self.tr("Activity"), self.plan_activity)
        form.addRow(self.tr("Build-up each week"), self.increase)
        form.addRow(self.tr("Goal a day"), self.goal)
        self._label_buddies(form)
        row = QHBoxLayout()
        row.addWidget(self.baseline_button)
        row.addWidget(self.split_button)
        row.addStretch(1)
        for part in (self.today_label, self.how_label, self.weeks_label):
            layout.addWidget(part)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.plan_status)
        self.plan_activity.currentTextChanged.connect(self._plan_activity_changed)
        self.increase.editingFinished.connect(self._save_plan_settings)
        self.goal.editingFinished.connect(self._save_plan_settings)
        self.baseline_button.clicked.connect(self.set_baseline)
        self.split_button.clicked.connect(self.split_task)
        return box

    def _build_flare_box(self) -> QGroupBox:
        box, layout = _group(self.tr("Flare-ups"))
        self.flare_status = plain_label()
        self.flare_status.setAccessibleDescription(self.tr("Flare-up status"))
        self.flare_button = _button(self.tr("I'm having a flare-up"))
        self.flare_plan_button = _button(self.tr("Write my flare-up plan…"))
        self.flare_plan_label = plain_label()
        self.flare_plan_label.setAccessibleDescription(self.tr("My flare-up plan"))
        self.flare_plan_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.urgent_button = _button(self.tr("When to get help urgently"))
        row = QGridLayout()
        row.addWidget(self.flare_button, 0, 0)
        row.addWidget(self.flare_plan_button, 0, 1)
        row.addWidget(self.urgent_button, 1, 0, 1, 2)
        layout.addWidget(self.flare_status)
        layout.addLayout(row)
        layout.addWidget(self.flare_plan_label)
        self.flare_button.clicked.connect(self.toggle_flareup)
        self.flare_plan_button.clicked.connect(self.edit_flareup_plan)
        self.urgent_button.clicked.connect(lambda: self.navigate_requested.emit("urgent"))
        return box

    def _build_chart_box(self) -> QGroupBox:
        box, layout = _group(self.tr("Chart"))
        self.range_combo = QComboBox()
        self.range_combo.setAccessibleName(self.tr("Chart range"))
        for label, days in RANGES:
            self.range_combo.addItem(self.tr(label), days)
        self.show_chart_button = _button(self.tr("Show chart"))
        self.save_chart_button = _button(self.tr("Save chart as picture…"))
        self.save_chart_button.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Show")))
        row.addWidget(self.range_combo)
        row.addWidget(self.show_chart_button)
        row.addWidget(self.save_chart_button)
        row.addStretch(1)
        self.chart_holder = QVBoxLayout()
        self.summary = plain_label()
        self.summary.setAccessibleDescription(self.tr("Chart summary"))
        layout.addLayout(row)
        layout.addLayout(self.chart_holder)
        layout.addWidget(self.summary)
        self.range_combo.currentIndexChanged.connect(lambda *_: self._refresh_chart())
        self.show_chart_button.clicked.connect(self.show_chart)
        self.save_chart_button.clicked.connect(self.save_chart)
        return box

    def _build_log_box(self) -> QGroupBox:
        box, layout = _group(self.tr("Your log"))
        self.filter_activity = QComboBox()
        self.filter_activity.setAccessibleName(self.tr("Show activity"))
        self.filter_from = QDateEdit()
        self.filter_to = QDateEdit()
        for edit, name in ((self.filter_from, self.tr("Show from")), (self.filter_to, self.tr("Show until"))):
            edit.setCalendarPopup(True)
            edit.setMinimumDate(QDate(2000, 1, 1))
            edit.setSpecialValueText(self.tr("any day"))
            edit.setDate(edit.minimumDate())
            edit.setDisplayFormat("d MMM yyyy")
            edit.setAccessibleName(name)
        self.clear_filter_button = _button(self.tr("Show everything"))
        filters = QGridLayout()
        filters.addWidget(QLabel(self.tr("Activity")), 0, 0)
        filters.addWidget(self.filter_activity, 0, 1)
        filters.addWidget(self.clear_filter_button, 0, 2, 1, 2)
        filters.addWidget(QLabel(self.tr("From")), 1, 0)
        filters.addWidget(self.filter_from, 1, 1)
        filters.addWidget(QLabel(self.tr("Until")), 1, 2)
        filters.addWidget(self.filter_to, 1, 3)
        filters.setColumnStretch(1, 1)
        filters.setColumnStretch(3, 1)

        self.model = EntryTableModel(self._store, self)
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
        self.table.setMinimumHeight(300)
        header = self.table.horizontalHeader()
        # Fixed starting widths: ResizeToContents measures every row, slow with years of entries.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(50)
        metrics = self.fontMetrics()
        for col, sample in enumerate(("Wed 30 Sep 2026, 23:59", "Gardening", "1440 minutes", "Pain before",
                                      "Pain after")):
            header.resizeSection(col, metrics.horizontalAdvance(sample) + 4 * metrics.averageCharWidth())
        header.setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.edit_button = _button(self.tr("Edit selected"))
        self.delete_button = _button(self.tr("Delete selected"))
        self.undo_button = _button(self.tr("Undo delete"))
        self.undo_button.setEnabled(False)
        self.log_status = plain_label()
        self.log_status.setAccessibleDescription(self.tr("Log status"))
        actions = QHBoxLayout()
        for part in (self.edit_button, self.delete_button, self.undo_button):
            actions.addWidget(part)
        actions.addWidget(self.log_status, 1)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        layout.addLayout(actions)

        self.filter_activity.currentIndexChanged.connect(lambda *_: self._apply_filter())
        self.filter_from.dateChanged.connect(lambda *_: self._apply_filter())
        self.filter_to.dateChanged.connect(lambda *_: self._apply_filter())
        self.clear_filter_button.clicked.connect(self.clear_filter)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button.clicked.connect(self.undo_delete)
        self.table.doubleClicked.connect(lambda *_: self.edit_selected())
        self.table.installEventFilter(self)  # Delete and Ctrl+Z on the table
        return box

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            if event.matches(QKeySequence.StandardKey.Delete):
                self.delete_selected()
                return True
            if event.matches(QKeySequence.StandardKey.Undo):
                self.undo_delete()
                return True
        return super().eventFilter(watched, event)

    def _build_data_box(self) -> QGroupBox:
        # A kiosk shows only "Delete all my data" here: nothing it holds is in a file to export.
        box, layout = _group(self.tr("Your data") if self._kiosk else self.tr("Export and your data"))
        self.export_button = _button(self.tr("Export log as CSV…"))
        self.report_button = _button(self.tr("Report for my physiotherapist (PDF)…"))
        self.backup_button = _button(self.tr("Back up my data…"))
        self.restore_button = _button(self.tr("Restore from a backup…"))
        self.delete_all_button = _button(self.tr("Delete all my data…"))
        grid = QGridLayout()
        for i, b in enumerate((self.report_button, self.export_button, self.backup_button,
                               self.restore_button, self.delete_all_button)):
            grid.addWidget(b, i // 2, i % 2)
        self.data_status = plain_label()
        self.data_status.setAccessibleDescription(self.tr("Data status"))
        layout.addLayout(grid)
        layout.addWidget(self.data_status)
        self.export_button.clicked.connect(self.export_csv)
        self.report_button.clicked.connect(self.export_report)
        self.backup_button.clicked.connect(self.backup)
        self.restore_button.clicked.connect(self.restore)
        self.delete_all_button.clicked.connect(self.delete_all)
        return box

    @staticmethod
    def _label_buddies(form: QFormLayout) -> None:
        """Give the form's labels their buddy fields, so Alt+letter moves focus and readers pair them."""
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label and field and isinstance(label.widget(), QLabel):
                target = field.widget() or (field.layout().itemAt(0).widget() if field.layout() else None)
                if target is not None:
                    label.widget().setBuddy(target)

    # -- helpers ------------------------------------------------------------------------------------------

    def _today(self) -> date:
        return self._now().astimezone().date()

    def _offset_minutes(self) -> int:
        offset = self._now().astimezone().utcoffset()
        return int(offset.total_seconds() // 60) if offset else 0

    @staticmethod
    def _say(label: QLabel, text: str, error: bool = False) -> None:
        label.setStyleSheet(ERROR_STYLE if error else "")
        label.setText(text)
        label.setVisible(bool(text))

    def _unit_label(self, unit: str) -> str:
        return self.tr(UNITS.get(unit, unit))

    # -- reload -------------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read everything again from the store (after a restore, a kiosk reset...)."""
        self._refresh_timer.stop()
        self._lists_stale = False
        self._unread = False
        try:
            self.model.reload()
        except StoreError as exc:
            self._say(self.log_status, exc.user_message, error=True)
            return
        self._reload_lists()

    def _reload_lists(self) -> None:
        try:
            used = self._store.activities()
            planned = [b.activity for b in self._store.baselines()]
        except StoreError as exc:
            self._say(self.log_status, exc.user_message, error=True)
            return
        names = list(PRESET_ACTIVITIES) + [a for a in used if a not in PRESET_ACTIVITIES]
        current = self.activity.currentText()
        self.activity.blockSignals(True)
        self.activity.clear()
        self.activity.addItems(names)
        self.activity.setCurrentText(current or names[0])
        self.activity.blockSignals(False)

        for combo, first in ((self.plan_activity, None), (self.filter_activity, self.tr("All activities"))):
            chosen = combo.currentData() if combo is self.filter_activity else combo.currentText()
            combo.blockSignals(True)
            combo.clear()
            if first is not None:
                combo.addItem(first, None)
            for name in names:
                combo.addItem(visible_controls(name), name)
            index = combo.findData(chosen) if chosen else -1
            if combo is self.plan_activity and index < 0:
                index = combo.findData((planned or used or names)[0])
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)
        self._apply_filter()
        self._refresh_plan()
        self._refresh_flare()

    def _activity_typed(self, text: str) -> None:
        """An activity logged in reps or metres before is offered in that unit again."""
        if self._editing is not None:
            return
        try:
            recent = self._store.list_entries(activity=" ".join(text.split()), limit=1)
        except StoreError:
            return
        if recent:
            self.unit.setCurrentIndex(max(0, self.unit.findData(recent[0].unit)))

    # -- logging ------------------------------------------------------------------------------------------

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
        from backpain_desktop.ui import chart_thread

        chart_thread.make_way()  # the save, its refresh and repaint come first
        valid, problems = validate_entry(self._form_input(), self._now())
        for name, label in self.field_errors.items():
            label.show_message(self.tr(problems.get(name, "")) if problems.get(name) else "")
        if valid is None:
            self._say(self.status, self.tr("Not saved yet: please check the messages above."), error=True)
            return None
        fields = dict(activity=valid.activity, amount=valid.amount, unit=valid.unit,
                      pain_before=valid.pain_before, pain_after=valid.pain_after,
                      occurred_at=valid.occurred_at, note=valid.note)
        try:
            if self._editing is not None:
                stored = self._store.update_entry(replace(self._editing, **fields))
            else:
                stored = self._store.add_entry(ActivityEntry(**fields))
        except StoreError as exc:
            # Everything typed stays in the form, so the person can try again when the disk allows.
            self._say(self.status, self.tr("Not saved. %1 What you typed is still here.")
                      .replace("%1", exc.user_message), error=True)
            return None
        was_editing = self._editing is not None
        self._say(self.status, (self.tr("Changes saved: %1 %2 of %3.") if was_editing
                                else self.tr("Saved: %1 %2 of %3.")).replace("%1", f"{stored.amount:g}")
                  .replace("%2", self._unit_label(stored.unit))
                  .replace("%3", visible_controls(stored.activity)))
        self._end_edit()
        self.reset_form()
        if was_editing:
            self.model.reload()  # its time may have moved it; rare enough to read the log again
        else:
            self.model.insert_entry(stored)
        self._changed(new_activity=self.activity.findText(stored.activity) < 0,
                      added=None if was_editing else stored)
        self.entry_logged.emit(stored.id)
        return stored

    def _changed(self, new_activity: bool = False, added: ActivityEntry | None = None) -> None:
        """After a write, the plan, summary and chart follow on the next turn of the event loop, so
        "Saved" shows as soon as the entry is on disk, however long the log. ``added``: the only change
        is this new entry, so only its day needs reading again."""
        self._lists_stale = self._lists_stale or new_activity
        if added is None:
            self._added = None
        elif self._added is not None:
            self._added.append(added)
        self._refresh_timer.start()

    def _refresh_after_change(self) -> None:
        added, self._added = self._added, []
        if self._lists_stale:
            self._lists_stale = False
            self._reload_lists()
        else:
            self._refresh_plan(added)
        self._refresh_chart()

    def refresh_now(self) -> None:
        """Run a pending refresh at once (tests, and before anything reads the plan)."""
        if self._refresh_timer.isActive():
            self._refresh_timer.stop()
            self._refresh_after_change()

    def _selected_entry(self) -> ActivityEntry | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self._say(self.log_status, self.tr("Select an entry in the table first."), error=True)
            return None
        return self.model.entry(self.proxy.mapToSource(rows[0]).row())

    def edit_selected(self) -> None:
        """Load the chosen entry into the form above; Save then changes it instead of adding one."""
        entry = self._selected_entry()
        if entry is None:
            return
        self._editing = entry
        self.activity.setCurrentText(entry.activity)
        self.amount.setText(f"{entry.amount:g}")
        self.unit.setCurrentIndex(max(0, self.unit.findData(entry.unit)))
        self.pain_before.setText("" if entry.pain_before is None else str(entry.pain_before))
        self.pain_after.setText("" if entry.pain_after is None else str(entry.pain_after))
        self.when.setDateTime(QDateTime.fromSecsSinceEpoch(int(entry.occurred_at.timestamp())))
        self.note.setText(entry.note)
        self.save_button.setText(self.tr("Save changes"))
        self.save_button.setAccessibleName(self.tr("Save changes"))
        self.cancel_edit_button.setVisible(True)
        self._say(self.status, self.tr("Changing the entry from %1.")
                  .replace("%1", local_text(entry.occurred_at)))
        self.amount.setFocus()

    def _end_edit(self) -> None:
        self._editing = None
        self.save_button.setText(self.tr("Save entry"))
        self.save_button.setAccessibleName(self.tr("Save entry"))
        self.cancel_edit_button.setVisible(False)

    def cancel_edit(self) -> None:
        self._end_edit()
        self.reset_form()
        self._say(self.status, self.tr("Nothing changed."))

    def delete_selected(self) -> None:
        entry = self._selected_entry()
        if entry is None or entry.id is None:
            return
        try:
            deleted = self._store.delete_entry(entry.id)
        except (StoreError, KeyError) as exc:
            self._say(self.log_status, getattr(exc, "user_message", self.tr("That entry is already gone.")),
                      error=True)
            return
        self._deleted.append(deleted)
        self.undo_button.setEnabled(True)
        self.model.remove_entry(deleted.id)
        self._changed()
        self._say(self.log_status, self.tr("Deleted %1 %2 of %3 from %4. Undo puts it back.")
                  .replace("%1", f"{deleted.amount:g}").replace("%2", self._unit_label(deleted.unit))
                  .replace("%3", visible_controls(deleted.activity))
                  .replace("%4", local_text(deleted.occurred_at)))

    def undo_delete(self) -> None:
        if not self._deleted:
            return
        entry = self._deleted[-1]
        try:
            self._store.restore_entry(entry)
        except StoreError as exc:
            self._say(self.log_status, exc.user_message, error=True)
            return
        self._deleted.pop()
        self.undo_button.setEnabled(bool(self._deleted))
        self.model.insert_entry(entry)
        self._changed()
        self._say(self.log_status, self.tr("Put back: %1 of %2.").replace("%1", local_text(entry.occurred_at))
                  .replace("%2", visible_controls(entry.activity)))

    def _apply_filter(self) -> None:
        def day(edit: QDateEdit) -> date | None:
            return None if edit.date() == edit.minimumDate() else edit.date().toPython()
        chosen = (self.filter_activity.currentData(), day(self.filter_from), day(self.filter_to))
        if chosen != (None, None, None):
            self.model.load_all()  # "Showing 3 of 40" must count the whole log
        self.proxy.set_filter(*chosen)
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown != total:
            self._say(self.log_status, self.tr("Showing %1 of %2 entries.").replace("%1", str(shown))
                      .replace("%2", str(total)))

    def clear_filter(self) -> None:
        for w in (self.filter_activity, self.filter_from, self.filter_to):
            w.blockSignals(True)
        self.filter_activity.setCurrentIndex(0)
        self.filter_from.setDate(self.filter_from.minimumDate())
        self.filter_to.setDate(self.filter_to.minimumDate())
        for w in (self.filter_activity, self.filter_from, self.filter_to):
            w.blockSignals(False)
        self._apply_filter()
        self._say(self.log_status, "")

    # -- the plan -----------------------------------------------------------------------------------------

    def _plan_for(self, activity: str, added: list[ActivityEntry] | None = None, offset: int | None = None,
                  ) -> tuple[Baseline | None, list[pacing.PlanWeek], dict, dict]:
        offset = self._offset_minutes() if offset is None else offset
        amounts, pains = self._day_series(activity, added, offset)
        baseline = self._store.baseline(activity)
        if baseline is None:
            return None, [], amounts, pains
        plan = pacing.weekly_plan(baseline.amount, local_day(baseline.set_at), self._today(),
                                  baseline.weekly_increase_pct, self._flares(), baseline.details.get("goal"))
        return baseline, plan, amounts, pains

    def _day_series(self, activity: str, added: list[ActivityEntry] | None, offset: int) -> tuple[dict, dict]:
        """The activity's amount and pain per day. After new entries only, only their days are read
        again: years of days re-read after every save kept the window waiting."""
        if added is None or self._series_key != (activity, offset):
            amounts, pains = self._store.day_series(activity, offset)
        else:
            amounts, pains = dict(self._series[0]), dict(self._series[1])
            for entry in added:
                if entry.activity != activity:
                    continue
                day = (entry.occurred_at.astimezone(timezone.utc) + timedelta(minutes=offset)).date()
                start = datetime.combine(day, time(), timezone.utc) - timedelta(minutes=offset)
                day_amounts, day_pains = self._store.day_series(activity, offset, start,
                                                                start + timedelta(days=1))
                amounts.pop(day, None)
                pains.pop(day, None)
                amounts.update(day_amounts)
                pains.update(day_pains)
            amounts, pains = dict(sorted(amounts.items())), dict(sorted(pains.items()))
        return amounts, pains

    def _flares(self) -> list[pacing.Flare]:
        return [pacing.Flare(local_day(f.started_at), local_day(f.ended_at) if f.ended_at else None)
                for f in self._store.flareups()]

    def _plan_activity_changed(self, *_args) -> None:
        self._refresh_plan()
        self._refresh_chart()

    def _refresh_plan(self, added: list[ActivityEntry] | None = None) -> None:
        activity = self.plan_activity.currentData() or ""
        offset = self._offset_minutes()
        try:
            baseline, plan, amounts, pains = self._plan_for(activity, added, offset)
        except StoreError as exc:
            self._say(self.plan_status, exc.user_message, error=True)
            return
        self._plan, self._series, self._series_key = plan, (amounts, pains), (activity, offset)
        shown = visible_controls(activity)
        if baseline is None:
            self.today_label.setText(self.tr("No plan yet for %1.").replace("%1", shown))
            self.how_label.setText(self.tr("Set a starting amount: from 3 tries on different days, or "
                                           "halfway between a good day and a bad day."))
            self.weeks_label.setText("")
            self.split_button.setEnabled(False)
            for w in (self.increase, self.goal):
                w.setEnabled(False)
            return
        unit = self._unit_label(baseline.unit)
        for w in (self.increase, self.goal):
            w.setEnabled(True)
        self.split_button.setEnabled(baseline.unit == "min")
        self.increase.setValue(int(baseline.weekly_increase_pct))
        self.goal.setValue(int(baseline.details.get("goal") or 0))
        today_amount = pacing.plan_for_day(plan, self._today())
        held = self._store.current_flareup() is not None
        if today_amount is None:  # set "in the future": the computer's clock was changed since
            today_amount = plan[0].amount
        self.today_label.setText(
            (self.tr("Today: %1 %2 of %3 (held during your flare-up).") if held
             else self.tr("Today: %1 %2 of %3.")).replace("%1", str(today_amount)).replace("%2", unit)
            .replace("%3", shown))
        self.how_label.setText(explain_baseline(baseline.method, baseline.amount, unit, baseline.details)
                               + " " + self.tr("Keep to about this much each day, whatever the pain says."))
        status = {"start": self.tr("start"), "build-up": self.tr("build-up"), "held": self.tr("held"),
                  "stepped back": self.tr("stepped back: flare-up"), "goal": self.tr("goal reached")}
        this_week = (self._today() - plan[0].start).days // 7
        lines = []
        for week in plan[max(0, this_week - 2):this_week + 4]:
            marker = self.tr(" (this week)") if week.index == this_week else ""
            lines.append(self.tr("Week of %1: %2 %3 a day, %4%5")
                         .replace("%1", week.start.strftime("%a %d %b"))
                         .replace("%2", str(week.amount)).replace("%3", unit)
                         .replace("%4", status[week.status]).replace("%5", marker))
        self.weeks_label.setText("\n".join(lines))

    def set_baseline(self) -> None:
        activity = self.plan_activity.currentData() or ""
        try:
            amounts, _ = self._store.day_series(activity, self._offset_minutes())
            recent = self._store.list_entries(activity=activity, limit=1)
        except StoreError as exc:
            self._say(self.plan_status, exc.user_message, error=True)
            return
        unit = recent[0].unit if recent else "min"
        result = self.dialogs.baseline(self, activity, self._unit_label(unit), pacing.tries_from_log(amounts),
                                       self._today())
        if result is None:
            return
        old = self._store.baseline(activity)
        details = dict(result.details)
        if old is not None and old.details.get("goal"):
            details["goal"] = old.details["goal"]
        try:
            self._store.set_baseline(Baseline(activity, result.amount, unit, result.method,
                                              old.weekly_increase_pct if old else self.increase.value(),
                                              self._now(), details))
        except StoreError as exc:
            self._say(self.plan_status, exc.user_message, error=True)
            return
        self._say(self.plan_status, "")
        self._refresh_plan()
        self._refresh_chart()

    def _save_plan_settings(self) -> None:
        activity = self.plan_activity.currentData() or ""
        try:
            baseline = self._store.baseline(activity)
            if baseline is None:
                return
            details = dict(baseline.details)
            details["goal"] = self.goal.value() or None
            changed = replace(baseline, weekly_increase_pct=float(self.increase.value()), details=details)
            if changed != baseline:
                self._store.set_baseline(changed)
        except StoreError as exc:
            self._say(self.plan_status, exc.user_message, error=True)
            return
        self._refresh_plan()
        self._refresh_chart()

    def split_task(self) -> None:
        self.refresh_now()
        amount = pacing.plan_for_day(self._plan, self._today()) or pacing.DEFAULT_REST_MINUTES
        self.dialogs.split_task(self, visible_controls(self.plan_activity.currentData() or ""), amount)

    # -- flare-ups ----------------------------------------------------------------------------------------

    def _refresh_flare(self) -> None:
        try:
            current = self._store.current_flareup()
            plan = self._store.flareup_plan()
        except StoreError as exc:
            self._say(self.flare_status, exc.user_message, error=True)
            return
        written = any((plan.triggers, plan.warning_signs, plan.what_helps))
        if current is None:
            self.flare_status.setText(self.tr("No flare-up now. If one starts, press the button: the plan "
                                              "steps back a week and holds until a week without one."))
            self.flare_button.setText(self.tr("I'm having a flare-up"))
            self.flare_plan_label.setVisible(False)
            self.urgent_button.setVisible(False)
        else:
            self.flare_status.setText(
                self.tr("Flare-up since %1. Your plan has stepped back and is held. Flare-ups usually "
                        "settle within 2 to 7 days. Some extra soreness for 20 to 30 minutes after activity "
                        "is normal.")
                .replace("%1", local_text(current.started_at)))
            self.flare_button.setText(self.tr("My flare-up is over"))
            self.urgent_button.setVisible(True)
            self.flare_plan_label.setVisible(True)
            self.flare_plan_label.setText(
                "\n".join((self.tr("What can set it off: %1").replace("%1", plan.triggers or "-"),
                           self.tr("My early warning signs: %1").replace("%1", plan.warning_signs or "-"),
                           self.tr("What helps me: %1").replace("%1", plan.what_helps or "-")))
                if written else self.tr("You have not written a flare-up plan yet."))
        self.flare_button.setAccessibleName(self.flare_button.text().replace("'", "’"))
        self.flare_plan_button.setText(self.tr("Change my flare-up plan…") if written
                                       else self.tr("Write my flare-up plan…"))
        self.flare_plan_button.setAccessibleName(self.flare_plan_button.text().rstrip("…"))

    def toggle_flareup(self) -> None:
        try:
            current = self._store.current_flareup()
            if current is None:
                self._store.start_flareup(self._now())
            else:
                self._store.end_flareup(current.id, self._now())
        except StoreError as exc:
            self._say(self.flare_status, exc.user_message, error=True)
            return
        self._refresh_flare()
        self._refresh_plan()
        self._refresh_chart()

    def edit_flareup_plan(self) -> None:
        try:
            plan = self.dialogs.flareup_plan(self, self._store.flareup_plan())
            if plan is not None:
                self._store.set_flareup_plan(plan)
        except StoreError as exc:
            self._say(self.flare_status, exc.user_message, error=True)
            return
        self._refresh_flare()

    # -- chart --------------------------------------------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.ensure_read()
        # Lay out now: a font change while the tab was hidden (kiosk size, text scale) would otherwise
        # leave controls squeezed to their old height until the next turn of the event loop.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        if self._editing is None and not self.amount.text():
            self.when.setDateTime(QDateTime.fromSecsSinceEpoch(int(self._now().timestamp())))  # "now" again
        if self._chart_unfilled:
            self.show_chart()  # its data now, in the same turn as its new size: one draw for both
        elif self.chart is None:
            QTimer.singleShot(0, self.show_chart)  # after the tab has painted: matplotlib loads then

    def show_chart(self, wait: bool = False) -> None:
        """Build the chart the first time, then draw it. matplotlib loads on the chart thread first, with
        the button saying so, so the window keeps answering. ``wait``: return only once the chart is
        drawn (the report, the smoke test)."""
        self.refresh_now()
        if self.chart is None:
            from backpain_desktop.ui import chart_thread

            if wait:
                chart_thread.preload().result()
            elif not chart_thread.loaded():
                if not self._chart_loading:
                    self._chart_loading = True
                    self.show_chart_button.setEnabled(False)
                    self.show_chart_button.setText(self.tr("Loading the chart…"))
                    self.show_chart_button.setAccessibleName(self.tr("Loading the chart"))
                    chart_thread.when_loaded(self, self._chart_loaded)
                return
            self._build_chart()
        self._chart_unfilled = False
        self._refresh_chart()
        if wait:
            self.chart.draw_now()

    def _build_chart(self) -> None:
        from backpain_desktop.ui.chart import PacingChart

        self.chart = PacingChart()
        self.chart_holder.addWidget(self.chart)
        self.show_chart_button.setVisible(False)
        self.save_chart_button.setEnabled(True)

    def _chart_loaded(self, error: BaseException | None) -> None:
        self._chart_loading = False
        self.show_chart_button.setText(self.tr("Show chart"))
        self.show_chart_button.setAccessibleName(self.tr("Show chart"))
        self.show_chart_button.setEnabled(True)
        if error is not None:
            log.error("the chart could not be loaded", exc_info=error)
            self._say(self.data_status, self.tr("The chart could not be drawn: %1").replace("%1", str(error)),
                      error=True)
            return
        if self.chart is None and self.isVisible():
            self.show_chart()
        elif self.chart is None:
            # The person has gone to another tab meanwhile: set the chart up now (its figure is built on
            # the chart thread), so coming back only fills it in and draws it at its real size.
            self._build_chart()
            self._chart_unfilled = True

    def _range(self, days: int | None) -> tuple[date, date]:
        today = self._today()
        if days is not None:
            return today - timedelta(days=days - 1), today
        amounts = self._series[0]
        first = min([*amounts, *([self._plan[0].start] if self._plan else [])], default=today)
        return min(first, today), today

    def _refresh_chart(self, days: int | None | str = "chosen") -> None:
        """Summary text always; the chart only once it exists."""
        amounts, pains = self._series
        activity = self.plan_activity.currentData() or ""
        first, last = self._range(self.range_combo.currentData() if days == "chosen" else days)
        booms = pacing.boom_bust_days(amounts, pains, self._plan) if self._plan else []
        self.summary.setText(self._summary_text(amounts, pains, booms, first, last))
        if self.chart is None:
            return
        try:
            flares = self._flares()
        except StoreError:
            flares = []
        series = pacing.chart_series(amounts, pains, self._plan, flares, booms, first, last)
        recent = self._store.baseline(activity)
        self.chart.set_series(series, self._unit_label(recent.unit if recent else "min"))
        self.chart.canvas.setAccessibleDescription(self.summary.text())

    def _summary_text(self, amounts, pains, booms, first: date, last: date) -> str:
        summary = pacing.week_summary(amounts, pains, self._plan, self._today())
        parts = []
        if summary.plan_days:
            parts.append(self.tr("This week you kept to your plan on %1 of %2 days.")
                         .replace("%1", str(summary.kept_days)).replace("%2", str(summary.plan_days)))
        else:
            parts.append(self.tr("Set a starting amount to see your plan on the chart."))
        if summary.avg_pain is not None:
            change = summary.pain_change
            if change is None:
                parts.append(self.tr("Average pain %1.").replace("%1", f"{summary.avg_pain:.1f}"))
            elif abs(change) < 0.05:
                parts.append(self.tr("Average pain %1, the same as last week.")
                             .replace("%1", f"{summary.avg_pain:.1f}"))
            else:
                text = (self.tr("Average pain %1, down %2 from last week.") if change < 0
                        else self.tr("Average pain %1, up %2 from last week."))
                parts.append(text.replace("%1", f"{summary.avg_pain:.1f}")
                             .replace("%2", f"{abs(change):.1f}"))
        in_range = [b for b in booms if first <= b.day <= last]
        if in_range:
            parts.append(self.tr("Boom-and-bust days in this range: %1 (last on %2).")
                         .replace("%1", str(len(in_range)))
                         .replace("%2", in_range[-1].day.strftime("%d %b %Y")))
        return " ".join(parts)

    def save_chart(self) -> None:
        if self.chart is None:
            return
        path = self.dialogs.save_file(self, self.tr("Save chart"), "pacing-chart.png",
                                      self.tr("PNG picture (*.png);;SVG drawing (*.svg)"))
        if path is None:
            return
        if path.suffix.lower() not in (".png", ".svg"):
            path = path.with_suffix(".png")
        fmt = path.suffix.lower().lstrip(".")
        self._write(path, lambda p: self.chart.save(p, fmt), self.tr("Chart saved as %1."))

    # -- export and your data -----------------------------------------------------------------------------

    def _is_live_log(self, path: Path) -> bool:
        """Whether ``path`` is the open log itself (or its journal): never overwrite or restore from it."""
        if self._store.path is None:
            return False
        live = self._store.path.resolve()
        target = path.resolve()
        return target in (live, live.with_name(live.name + "-wal"), live.with_name(live.name + "-shm"))

    def _write(self, path: Path, write: Callable[[Path], None], done: str) -> bool:
        """Write through a temporary file beside the target, so a failure never leaves half a file."""
        if self._is_live_log(path):
            self._say(self.data_status, self.tr("That is the file your log is kept in. Choose another name."),
                      error=True)
            return False
        temp = path.with_name(path.name + ".part")
        try:
            write(temp)
            temp.replace(path)
        except (OSError, StoreError) as exc:
            temp.unlink(missing_ok=True)
            message = exc.user_message if isinstance(exc, StoreError) else str(exc)
            self._say(self.data_status, self.tr("Not saved: %1").replace("%1", message), error=True)
            return False
        self._say(self.data_status, done.replace("%1", str(path)))
        return True

    def export_csv(self) -> None:
        from backpain_desktop.domain.export import to_csv

        path = self.dialogs.save_file(self, self.tr("Export log"), f"pacing-log-{self._today()}.csv",
                                      self.tr("CSV spreadsheet (*.csv)"))
        if path is None:
            return
        try:
            text = to_csv(self._store.list_entries(), self._store.all_feedback())
        except StoreError as exc:
            self._say(self.data_status, exc.user_message, error=True)
            return
        self._write(path, lambda p: p.write_text(text, encoding="utf-8", newline=""),
                    self.tr("Log exported to %1."))

    def report_data(self):
        """What the clinician report shows: the last 12 weeks of the chosen activity."""
        self.refresh_now()
        from backpain_desktop.ui.report import ReportData, ReportWeek

        activity = self.plan_activity.currentData() or ""
        amounts, pains = self._series
        today = self._today()
        start = today - timedelta(days=today.weekday()) - timedelta(weeks=11)
        since = datetime.combine(start, datetime.min.time()).astimezone()
        sessions = self._store.completed_sessions_per_week(since, self._offset_minutes())
        baseline = self._store.baseline(activity)
        unit = self._unit_label(baseline.unit if baseline else "min")
        weeks = []
        for k in range(12):
            monday = start + timedelta(weeks=k)
            days = [monday + timedelta(days=i) for i in range(7) if monday + timedelta(days=i) <= today]
            day_pains = [pains[d] for d in days if d in pains]
            weeks.append(ReportWeek(monday, sum(amounts.get(d, 0) for d in days) / max(1, len(days)),
                                    pacing.plan_for_day(self._plan, days[-1]) if days else None,
                                    sum(day_pains) / len(day_pains) if day_pains else None,
                                    sessions.get(monday, 0)))
        flares = [(f.start, f.end) for f in self._flares() if (f.end or today) >= start]
        found = pacing.boom_bust_days(amounts, pains, self._plan) if self._plan else []
        booms = [(b.day, b.amount, b.plan, b.reason) for b in found if b.day >= start]
        how = (explain_baseline(baseline.method, baseline.amount, unit, baseline.details) if baseline
               else self.tr("No starting amount has been set."))
        png = b""
        if self.chart is not None:
            self._refresh_chart(days=(today - start).days + 1)
            png = self.chart.png_bytes()
            self._refresh_chart()
        return ReportData(activity, unit, today, how, weeks, flares, booms, png)

    def export_report(self) -> None:
        from backpain_desktop.ui.report import write_pdf

        path = self.dialogs.save_file(self, self.tr("Report for my physiotherapist"),
                                      f"pacing-report-{self._today()}.pdf", self.tr("PDF document (*.pdf)"))
        if path is None:
            return
        self.show_chart(wait=True)
        try:
            data = self.report_data()
        except StoreError as exc:
            self._say(self.data_status, exc.user_message, error=True)
            return
        self._write(path, lambda p: write_pdf(data, p), self.tr("Report saved as %1."))

    def backup(self) -> None:
        path = self.dialogs.save_file(self, self.tr("Back up my data"),
                                      f"backpain-backup-{self._today()}.sqlite3",
                                      self.tr("Backup (*.sqlite3)"))
        if path is None:
            return
        self._write(path, self._store.backup_to, self.tr("Backup saved as %1."))

    def restore(self) -> None:
        path = self.dialogs.open_file(self, self.tr("Restore from a backup"), self.tr("Backup (*.sqlite3)"))
        if path is None:
            return
        if self._is_live_log(path):
            self._say(self.data_status, self.tr("That is the file your log is kept in now, not a backup."),
                      error=True)
            return
        if not self.dialogs.confirm(self, self.tr("Restore from a backup?"),
                                    self.tr("Your log will be replaced by the one in the backup. A copy of "
                                            "your current log is kept beside it first."), self.tr("Restore")):
            return
        try:
            kept = self._store.restore_from(path)
        except StoreError as exc:
            self._say(self.data_status, self.tr("Not restored: %1 Your current log is unchanged.")
                      .replace("%1", exc.user_message), error=True)
            return
        self._deleted.clear()
        self.undo_button.setEnabled(False)
        self.reload()
        self._refresh_chart()
        self._say(self.data_status, self.tr("Restored. Your previous log was kept as %1.")
                  .replace("%1", str(kept)) if kept else self.tr("Restored."))

    def delete_all(self) -> None:
        self.model.load_all()
        count = self.model.rowCount()
        # A kiosk keeps nothing on disk and offers no backup, so it does not suggest making one.
        after = (self.tr("It cannot be undone. Finish, at the top, also clears everything when you leave.")
                 if self._kiosk else
                 self.tr("It cannot be undone. Make a backup first if you may want them back."))
        if not self.dialogs.confirm(
                self, self.tr("Delete all your data?"),
                self.tr("This deletes all %1 entries in your log, your plans, flare-ups, exercise sessions "
                        "and answers.").replace("%1", str(count)) + " " + after,
                self.tr("Delete everything")):
            self._say(self.data_status, self.tr("Nothing was deleted."))
            return
        try:
            self._store.delete_all_data()
        except StoreError as exc:
            self._say(self.data_status, exc.user_message, error=True)
            return
        self._deleted.clear()
        self.undo_button.setEnabled(False)
        self.reload()
        self._refresh_chart()
        self._say(self.data_status, self.tr("All your data has been deleted."))
