"""The Pacing tab: composes its parts (Today, Chart, Your plan, Your log, Your data), one on screen at a
time, and is their presenter: it reads the store once per change and hands each part plain data.

The numbers come from ``domain/pacing.py``, the sentences from ``words.py``. Every dialog and file picker
is ui/dialogs.py's, so tests never block. What a person typed is only ever shown as
plain text.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timezone
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from backpain_desktop.domain import pacing
from backpain_desktop.domain.entries import PRESET_ACTIVITIES, UNITS, validate_entry
from backpain_desktop.store import ActivityEntry, Store, StoreError
from backpain_desktop.ui.i18n import number, say
from backpain_desktop.ui.pacing.chart_panel import ChartPanel
from backpain_desktop.ui.pacing.common import visible_controls
from backpain_desktop.ui.pacing.data_panel import DataActions, DataPanel
from backpain_desktop.ui.pacing.log_actions import LogActions
from backpain_desktop.ui.pacing.log_panel import LogPanel
from backpain_desktop.ui.pacing.plan_card import PlanCard
from backpain_desktop.ui.pacing.plan_panel import PlanPanel
from backpain_desktop.ui.pacing.plan_presenter import PlanPresenter
from backpain_desktop.ui.pacing.report import ReportMaker
from backpain_desktop.ui.pacing.today_form import TodayForm
from backpain_desktop.ui.theme import KIOSK_TARGET_PX
from backpain_desktop.ui.widgets import fill

if TYPE_CHECKING:
    from backpain_desktop.ui.chart_thread import ChartWorker

log = logging.getLogger(__name__)
Clock = Callable[[], datetime]


class PacingTab(PlanPresenter, LogActions, QWidget):
    entry_logged = Signal(int)  # entry id
    navigate_requested = Signal(str)

    def __init__(
        self,
        store: Store,
        now: Clock | None = None,
        *,
        kiosk: bool = False,
        chart_worker: ChartWorker,
        parent: QWidget | None = None,
        read_now: bool = True,
    ):
        """``read_now`` off: the log is read on first show or :meth:`ensure_read`, so the widgets and the
        read can be done on separate idle turns (MainWindow.prepare_when_idle)."""
        super().__init__(parent)
        self.setAccessibleName(self.tr("Pacing"))
        self._store = store
        self._now = now or (lambda: datetime.now(timezone.utc))
        self._kiosk = kiosk
        self._editing: ActivityEntry | None = None
        self._deleted: list[ActivityEntry] = []
        self._added: list[ActivityEntry] | None = []  # saved since the last refresh; None: other changes
        self._series_key: tuple[str, int] | None = None  # what self._series was read for
        self._plan: list[pacing.PlanWeek] = []
        self._series: tuple[dict, dict] = ({}, {})
        self._lists_stale = False
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self._refresh_after_change)
        self._build_panels(store, kiosk, chart_worker)
        outer = QVBoxLayout(self)
        outer.addLayout(self._build_pages())
        outer.addWidget(self.pages, 1)
        if kiosk:
            self._make_tap_only()
        self._connect()
        self.form.clear(self._now())
        self._unread = True
        if read_now:
            self.reload()

    def _build_panels(self, store: Store, kiosk: bool, chart_worker: ChartWorker) -> None:
        """The five parts (today's form and plan, chart, plan, log, data) and the helpers they share."""
        self.form, self.plan_card = TodayForm(), PlanCard()
        self._make_way = chart_worker.make_way  # the chart thread waits while a save repaints
        self.chart_panel, self.plan_panel = ChartPanel(kiosk, chart_worker), PlanPanel()
        self.log_panel, self.data_panel = LogPanel(store, busy=chart_worker.working), DataPanel(kiosk)
        self.data_actions = DataActions(
            store, self.data_panel, self._today, self._count, kiosk, self
        )
        self.reports = ReportMaker(self)

    def _build_pages(self) -> QHBoxLayout:
        """One page per part, each behind a button in a row along the top; Today shows first."""
        today = QWidget()
        today_layout = QHBoxLayout(today)
        today_layout.addWidget(self.form, 3)
        today_layout.addWidget(self.plan_card, 2)
        self.pages = QStackedWidget()
        self.page_buttons = QButtonGroup(self)
        choices = QHBoxLayout()
        for i, (title, page) in enumerate(
            (
                (self.tr("Today"), today),
                (self.tr("Chart"), self.chart_panel),
                (self.tr("Your plan"), self.plan_panel),
                (self.tr("Your log"), self.log_panel),
                (self.tr("Your data"), self.data_panel),
            )
        ):
            choice = QPushButton(title)
            choice.setCheckable(True)
            choice.setAccessibleName(fill(self.tr("Show %1"), title))
            page.setAccessibleName(title)
            self.page_buttons.addButton(choice, i)
            self.pages.addWidget(self._scrolling(page, title))
            choices.addWidget(choice)
        choices.addStretch(1)
        self.page_buttons.button(0).setChecked(True)
        self.page_buttons.idClicked.connect(self.pages.setCurrentIndex)
        return choices

    def _scrolling(self, page: QWidget, title: str) -> QScrollArea:
        """Scrolls only on a screen too small for the part: it never sets the window's smallest size."""
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        scroll.setAccessibleName(title)
        for bar, words in ((scroll.verticalScrollBar(), self.tr("Scroll %1 up and down")),
                           (scroll.horizontalScrollBar(), self.tr("Scroll %1 sideways"))):
            bar.setAccessibleName(fill(words, title))
        return scroll

    def _make_tap_only(self) -> None:
        """A clinic touch screen has no keyboard: amounts by − / +, and finger-sized pain numbers."""
        for stepper in (self.form.amount, self.plan_panel.increase, self.plan_panel.goal):
            stepper.set_typing(False)
        for scale in (self.form.pain_before, self.form.pain_after):
            for tap in scale.buttons:
                tap.setMinimumSize(KIOSK_TARGET_PX, KIOSK_TARGET_PX)

    def _connect(self) -> None:
        self.form.save_requested.connect(self.save_entry)
        self.form.cancel_requested.connect(self.cancel_edit)
        self.form.activity_typed.connect(self._activity_typed)
        self.plan_card.activity_chosen.connect(lambda *_: self._plan_changed())
        self.plan_card.flare_pressed.connect(self.toggle_flareup)
        self.plan_card.urgent_requested.connect(lambda: self.navigate_requested.emit("urgent"))
        self.plan_panel.settings_changed.connect(self._save_plan_settings)
        self.plan_panel.baseline_requested.connect(self.set_baseline)
        self.plan_panel.split_requested.connect(self.split_task)
        self.plan_panel.flare_plan_requested.connect(self.edit_flareup_plan)
        self.chart_panel.range_changed.connect(lambda: self._refresh_chart())
        self.chart_panel.data_needed.connect(lambda: self._refresh_chart())
        self.chart_panel.save_requested.connect(self.reports.save_chart)
        self.log_panel.edit_requested.connect(self.edit_entry)
        self.log_panel.delete_requested.connect(self.delete_entry)
        self.log_panel.undo_requested.connect(self.undo_delete)
        self.data_actions.data_replaced.connect(self._data_replaced)
        self.data_panel.report_button.clicked.connect(self.reports.export_report)

    def show_page(self, index: int) -> None:
        """0 Today, 1 Chart, 2 Your plan, 3 Your log, 4 Your data."""
        self.page_buttons.button(index).click()

    # Parts a caller (the window, kiosk, tests) reaches for by their old names.
    model = property(lambda self: self.log_panel.model)
    proxy = property(lambda self: self.log_panel.proxy)
    table = property(lambda self: self.log_panel.table)
    chart = property(lambda self: self.chart_panel.chart)
    activity = property(lambda self: self.form.activity)
    amount = property(lambda self: self.form.amount)
    pain_before = property(lambda self: self.form.pain_before)
    pain_after = property(lambda self: self.form.pain_after)
    note = property(lambda self: self.form.note)
    when = property(lambda self: self.form.when)
    save_button = property(lambda self: self.form.save_button)
    export_button = property(lambda self: self.data_panel.export_button)
    report_button = property(lambda self: self.data_panel.report_button)
    backup_button = property(lambda self: self.data_panel.backup_button)
    restore_button = property(lambda self: self.data_panel.restore_button)
    delete_all_button = property(lambda self: self.data_panel.delete_all_button)

    def ensure_read(self) -> None:
        """Read the log if this tab has not yet (it was built with ``read_now`` off)."""
        if self._unread:
            self.reload()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.ensure_read()
        # Lay out now: a font change while the tab was hidden (kiosk size, text scale) would otherwise
        # leave controls squeezed to their old height until the next turn of the event loop.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        if self.form.is_blank():
            self.form.set_when(self._now())  # "now" again
        self.chart_panel.start_loading()

    def show_chart(self, wait: bool = False) -> None:
        self.refresh_now()
        self.chart_panel.show_chart(wait)

    # -- helpers ------------------------------------------------------------------------------------------

    def _today(self) -> date:
        return self._now().astimezone().date()

    def _offset_minutes(self) -> int:
        offset = self._now().astimezone().utcoffset()
        return int(offset.total_seconds() // 60) if offset else 0

    def _count(self) -> int:
        self.model.load_all()
        return self.model.rowCount()

    def unit_label(self, unit: str) -> str:
        return say(UNITS.get(unit, unit))

    def plan_activity(self) -> str:
        return self.plan_card.activity()

    # -- reading ------------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read everything again from the store (after a restore, a kiosk reset...)."""
        self._refresh_timer.stop()
        self._lists_stale = False
        self._unread = False
        try:
            self.model.reload()
        except StoreError as exc:
            self.log_panel.say(exc.user_message, error=True)
            return
        self._reload_lists()

    def _reload_lists(self) -> None:
        try:
            used = self._store.activities()
            planned = [b.activity for b in self._store.baselines()]
        except StoreError as exc:
            self.log_panel.say(exc.user_message, error=True)
            return
        presets = [say(a) for a in PRESET_ACTIVITIES]  # in the language in use; stored as chosen
        names = presets + [a for a in used if a not in presets]
        self.form.set_activities(names)
        self.plan_card.set_activities(names, (planned or used or names)[0])
        self.log_panel.set_activities(names)
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
            self.form.set_unit(recent[0].unit)

    # -- logging ------------------------------------------------------------------------------------------

    def save_entry(self) -> ActivityEntry | None:
        """Validate; show problems beside their fields; store only a valid entry."""
        self._make_way()  # the save, its refresh and repaint come first
        valid, problems = validate_entry(self.form.entry_input(), self._now())
        self.form.show_problems({k: say(v) for k, v in problems.items() if v})
        if valid is None:
            self.form.say(self.tr("Not saved yet: please check the messages above."), error=True)
            return None
        fields = dict(
            activity=valid.activity,
            amount=valid.amount,
            unit=valid.unit,
            pain_before=valid.pain_before,
            pain_after=valid.pain_after,
            occurred_at=valid.occurred_at,
            note=valid.note,
        )
        try:
            if self._editing is not None:
                stored = self._store.update_entry(replace(self._editing, **fields))
            else:
                stored = self._store.add_entry(ActivityEntry(**fields))
        except StoreError as exc:
            # Everything entered stays in the form, so the person can try again when the disk allows.
            self.form.say(
                fill(self.tr("Not saved. %1 What you entered is still here."), exc.user_message),
                error=True,
            )
            return None
        was_editing = self._editing is not None
        self.form.say(
            fill(self.tr("Changes saved: %1 %2 of %3.") if was_editing else self.tr("Saved: %1 %2 of %3."),
                 number(stored.amount), self.unit_label(stored.unit), visible_controls(stored.activity))
        )
        self._editing = None
        self.form.end_edit()
        self.form.clear(self._now())
        if was_editing:
            self.model.reload()  # its time may have moved it; rare enough to read the log again
        else:
            self.model.insert_entry(stored)
        self._changed(
            new_activity=self.form.activity.findText(stored.activity) < 0,
            added=None if was_editing else stored,
        )
        self.entry_logged.emit(stored.id)
        return stored

    def _changed(self, new_activity: bool = False, added: ActivityEntry | None = None) -> None:
        """After a write, the plan, summary and chart follow on the next turn of the event loop, so
        "Saved" shows as soon as the entry is on disk. ``added``: only this new entry's day is read again."""
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
