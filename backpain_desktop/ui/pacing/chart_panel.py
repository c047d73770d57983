"""The chart part: the 2 weeks / 3 months / all buttons, the chart (or words when there is nothing to
draw), and the summary sentence beside it.

The chart module, and with it matplotlib, is loaded on the chart thread the first time the Pacing tab
is shown; until then, and when the range holds nothing, the panel shows words instead of empty axes.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QTimer, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from backpain_desktop.domain.pacing import ChartSeries
from backpain_desktop.ui.pacing.common import button, plain_label, say
from backpain_desktop.ui.widgets import fill

if TYPE_CHECKING:
    from backpain_desktop.ui.chart_thread import ChartWorker

log = logging.getLogger(__name__)

RANGES = (
    (QT_TRANSLATE_NOOP("ChartPanel", "2 weeks"), 14),
    (QT_TRANSLATE_NOOP("ChartPanel", "3 months"), 91),
    (QT_TRANSLATE_NOOP("ChartPanel", "All"), None),
)


class ChartPanel(QWidget):
    """``range_changed`` when another range is chosen; ``data_needed`` when the chart exists and wants
    its data (the tab answers with :meth:`show_series`); ``save_requested`` for "Save chart"."""

    range_changed = Signal()
    data_needed = Signal()
    save_requested = Signal()

    def __init__(self, kiosk: bool, chart_worker: ChartWorker, parent: QWidget | None = None):
        super().__init__(parent)
        self._worker = chart_worker  # loads matplotlib, then builds and draws the chart
        self.chart = None  # ui.chart.PacingChart, built once matplotlib is in
        self._loading = False
        self._unfilled = False  # built while hidden; its data is handed over on the next show
        self.range_buttons = QButtonGroup(self)
        ranges = QHBoxLayout()
        ranges.addWidget(QLabel(self.tr("Show the last")))
        for i, (label, days) in enumerate(RANGES):
            choice = QPushButton(self.tr(label))
            choice.setCheckable(True)
            choice.setAccessibleName(fill(self.tr("Chart: %1"), self.tr(label)))
            choice.setProperty("days", days)
            self.range_buttons.addButton(choice, i)
            ranges.addWidget(choice)
        self.range_buttons.button(0).setChecked(True)
        ranges.addStretch(1)
        self.save_chart_button = button(self.tr("Save chart as picture…"))
        self.save_chart_button.setEnabled(False)
        self.save_chart_button.setVisible(not kiosk)
        ranges.addWidget(self.save_chart_button)
        self.empty = plain_label(self.tr("Loading the chart…"))
        self.empty.setAccessibleName(self.tr("Chart"))
        font = self.empty.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.empty.setFont(font)
        self.holder = QVBoxLayout()
        self.holder.addWidget(self.empty, 1)
        self.summary = plain_label()
        self.summary.setAccessibleName(self.tr("Chart summary"))
        self.summary.setMinimumWidth(220)
        self.summary.setMaximumWidth(340)
        self.status = plain_label()
        self.status.setAccessibleName(self.tr("Chart status"))
        self.status.setVisible(False)
        side = QVBoxLayout()
        side.addWidget(self.summary)
        side.addWidget(self.status)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(self.holder, 1)
        body.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addLayout(ranges)
        layout.addLayout(body, 1)
        self.range_buttons.idClicked.connect(lambda *_: self.range_changed.emit())
        self.save_chart_button.clicked.connect(self.save_requested)

    def days(self) -> int | None:
        """The chosen range in days; None for everything."""
        return self.range_buttons.checkedButton().property("days")

    def choose_range(self, days: int | None) -> None:
        for choice in self.range_buttons.buttons():
            if choice.property("days") == days:
                choice.click()

    # -- loading the chart ------------------------------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._unfilled:
            self.show_chart()  # its data now, in the same turn as its new size: one draw for both

    def start_loading(self) -> None:
        """The Pacing tab is on screen: load matplotlib after it has painted."""
        if self.chart is None:
            QTimer.singleShot(0, self.show_chart)

    def show_chart(self, wait: bool = False) -> None:
        """Build the chart the first time, then fill it. matplotlib loads on the chart thread first, so
        the window keeps answering. ``wait``: return only once the chart is drawn (report, smoke test)."""
        if self.chart is None:
            if wait:
                self._worker.preload().result()
            elif not self._worker.loaded():
                if not self._loading:
                    self._loading = True
                    self._worker.when_loaded(self, self._loaded)
                return
            self._build()
        self._unfilled = False
        self.data_needed.emit()
        if wait:
            self.chart.draw_now()

    def _build(self) -> None:
        from backpain_desktop.ui.chart import PacingChart

        self.chart = PacingChart(self._worker)
        self.holder.addWidget(self.chart, 1)
        self.chart.setVisible(False)  # until there is something to draw
        self.save_chart_button.setEnabled(True)

    def _loaded(self, error: BaseException | None) -> None:
        self._loading = False
        if error is not None:
            log.error("the chart could not be loaded", exc_info=error)
            self.empty.setText(fill(self.tr("The chart could not be drawn: %1"), error))
            return
        if self.chart is None and self.isVisible():
            self.show_chart()
        elif self.chart is None:
            # Another part is on screen meanwhile: set the chart up now (its figure is built on the
            # chart thread), so coming here only fills it in and draws it at its real size.
            self._build()
            self._unfilled = True

    # -- what it shows ----------------------------------------------------------------------------------

    def show_summary(self, text: str) -> None:
        self.summary.setText(text)
        if self.chart is not None:
            self.chart.canvas.setAccessibleDescription(text)

    def show_series(self, series: ChartSeries | None, unit: str, empty_text: str) -> None:
        """Draw ``series``; None (nothing logged in the range): ``empty_text`` in words instead."""
        if self.chart is None:
            if series is None:
                self.empty.setText(empty_text)
            return
        drawable = series is not None
        if self.chart.isHidden() == drawable:
            self.chart.setVisible(drawable)
            self.empty.setVisible(not drawable)
            # Lay out at once, so the first picture is drawn at the chart's real size, not a second one.
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.empty.setText(empty_text)
        self.save_chart_button.setEnabled(drawable)
        if drawable:
            self.chart.set_series(series, unit)
        self.chart.canvas.setAccessibleDescription(self.summary.text())

    def say(self, text: str, error: bool = False) -> None:
        say(self.status, text, error)
