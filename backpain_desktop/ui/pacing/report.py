"""The chart picture and the clinician report (PDF) the Pacing tab writes, through the data actions."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from backpain_desktop.domain import pacing
from backpain_desktop.store import StoreError
from backpain_desktop.ui import dialogs
from backpain_desktop.ui.pacing import words

if TYPE_CHECKING:
    from backpain_desktop.ui.pacing.tab import PacingTab


class ReportMaker(QObject):
    def __init__(self, tab: PacingTab):
        super().__init__(tab)
        self._tab = tab

    def save_chart(self) -> None:
        tab = self._tab
        if tab.chart is None:
            return
        path = dialogs.current().save_file(
            tab,
            self.tr("Save chart"),
            "pacing-chart.png",
            self.tr("PNG picture (*.png);;SVG drawing (*.svg)"),
        )
        if path is None:
            return
        if path.suffix.lower() not in (".png", ".svg"):
            path = path.with_suffix(".png")
        fmt = path.suffix.lower().lstrip(".")
        tab.data_actions.write(path, lambda p: tab.chart.save(p, fmt), self.tr("Chart saved as %1."))
        tab.chart_panel.say(tab.data_panel.status.text(), error=tab.data_panel.status.styleSheet() != "")

    def report_data(self):
        """What the clinician report shows: the last 12 weeks of the chosen activity."""
        from backpain_desktop.ui.report import ReportData, ReportWeek

        tab = self._tab
        tab.refresh_now()
        store = tab._store
        activity = tab.plan_activity()
        amounts, pains = tab._series
        plan = tab._plan
        today = tab._today()
        start = today - timedelta(days=today.weekday()) - timedelta(weeks=11)
        since = datetime.combine(start, datetime.min.time()).astimezone()
        sessions = store.completed_sessions_per_week(since, tab._offset_minutes())
        baseline = store.baseline(activity)
        unit = tab.unit_label(baseline.unit if baseline else "min")
        weeks = []
        for k in range(12):
            monday = start + timedelta(weeks=k)
            days = [monday + timedelta(days=i) for i in range(7) if monday + timedelta(days=i) <= today]
            day_pains = [pains[d] for d in days if d in pains]
            weeks.append(
                ReportWeek(
                    monday,
                    sum(amounts.get(d, 0) for d in days) / max(1, len(days)),
                    pacing.plan_for_day(plan, days[-1]) if days else None,
                    sum(day_pains) / len(day_pains) if day_pains else None,
                    sessions.get(monday, 0),
                )
            )
        flares = [(f.start, f.end) for f in tab._flares() if (f.end or today) >= start]
        found = pacing.boom_bust_days(amounts, pains, plan) if plan else []
        booms = [(b.day, b.amount, b.plan, b.reason) for b in found if b.day >= start]
        how = (
            words.start_text(baseline.method, baseline.amount, unit, baseline.details)
            if baseline
            else self.tr("No starting amount has been set.")
        )
        png = b""
        if tab.chart is not None and amounts:
            tab._refresh_chart(days=(today - start).days + 1)
            png = tab.chart.png_bytes()
            tab._refresh_chart()
        return ReportData(activity, unit, today, how, weeks, flares, booms, png)

    def export_report(self) -> None:
        from backpain_desktop.ui.report import write_pdf

        tab = self._tab
        path = dialogs.current().save_file(
            tab,
            self.tr("Report for my physiotherapist"),
            f"pacing-report-{tab._today()}.pdf",
            self.tr("PDF document (*.pdf)"),
        )
        if path is None:
            return
        tab.show_chart(wait=True)
        try:
            data = self.report_data()
        except StoreError as exc:
            tab.data_panel.say(exc.user_message, error=True)
            return
        tab.data_actions.write(path, lambda p: write_pdf(data, p), self.tr("Report saved as %1."))
