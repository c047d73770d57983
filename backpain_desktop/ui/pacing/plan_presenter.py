"""The presenter half of the Pacing tab: reads the plan, flare-ups and day series from the store once
per change and hands the plan card, the plan panel and the chart panel plain words and numbers.

A mixin of :class:`~backpain_desktop.ui.pacing.tab.PacingTab`, which owns the parts and the store.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta, timezone

from backpain_desktop.domain import pacing
from backpain_desktop.store import ActivityEntry, Baseline, StoreError
from backpain_desktop.ui import dialogs
from backpain_desktop.ui.pacing import words
from backpain_desktop.ui.pacing.common import local_day, local_text, visible_controls
from backpain_desktop.ui.widgets import fill


class PlanPresenter:
    """Needs from the tab: ``_store``, ``plan_card``, ``plan_panel``, ``chart_panel``, ``chart``,
    ``_today()``, ``_offset_minutes()``, ``_now()``, ``unit_label()``, ``plan_activity()`` and ``tr()``."""

    _plan: list[pacing.PlanWeek]
    _series: tuple[dict, dict]
    _series_key: tuple[str, int] | None

    def _flares(self) -> list[pacing.Flare]:
        return [
            pacing.Flare(local_day(f.started_at), local_day(f.ended_at) if f.ended_at else None)
            for f in self._store.flareups()
        ]

    # -- the plan -----------------------------------------------------------------------------------------

    def _day_series(self, activity: str, added: list[ActivityEntry] | None, offset: int) -> tuple[dict, dict]:
        """The activity's amount and pain per day. After new entries only, only their days are read
        again: years of days re-read after every save kept the window waiting."""
        if added is None or self._series_key != (activity, offset):
            return self._store.day_series(activity, offset)
        amounts, pains = dict(self._series[0]), dict(self._series[1])
        for entry in added:
            if entry.activity != activity:
                continue
            day = (entry.occurred_at.astimezone(timezone.utc) + timedelta(minutes=offset)).date()
            start = datetime.combine(day, time(), timezone.utc) - timedelta(minutes=offset)
            day_amounts, day_pains = self._store.day_series(
                activity, offset, start, start + timedelta(days=1)
            )
            amounts.pop(day, None)
            pains.pop(day, None)
            amounts.update(day_amounts)
            pains.update(day_pains)
        return dict(sorted(amounts.items())), dict(sorted(pains.items()))

    def _plan_changed(self) -> None:
        self._refresh_plan()
        self._refresh_chart()

    def _refresh_plan(self, added: list[ActivityEntry] | None = None) -> None:
        activity, offset, today = self.plan_activity(), self._offset_minutes(), self._today()
        try:
            amounts, pains = self._day_series(activity, added, offset)
            baseline = self._store.baseline(activity)
            plan = (
                []
                if baseline is None
                else pacing.weekly_plan(
                    baseline.amount,
                    local_day(baseline.set_at),
                    today,
                    baseline.weekly_increase_pct,
                    self._flares(),
                    baseline.details.get("goal"),
                )
            )
            held = self._store.current_flareup() is not None
        except StoreError as exc:
            self.plan_card.say(exc.user_message, error=True)
            return
        self._plan, self._series, self._series_key = plan, (amounts, pains), (activity, offset)
        shown = visible_controls(activity)
        if baseline is None:
            self.plan_card.show_plan(
                fill(self.tr("No plan yet for %1. Set a starting amount in Your plan."), shown), ""
            )
            self.plan_card.today_label.setToolTip("")
            self.plan_panel.show_weeks(
                [],
                self.tr(
                    "Set a starting amount: from 3 tries on different days, or "
                    "halfway between a good day and a bad day."
                ),
            )
            self.plan_panel.show_settings(None, None, False)
            return
        unit = self.unit_label(baseline.unit)
        if pacing.plan_for_day(plan, today) is None:  # set "in the future": the clock was changed since
            today = plan[0].start
        story = pacing.plan_story(plan, today)
        start = words.start_text(baseline.method, baseline.amount, unit, baseline.details)
        self.plan_card.show_plan(
            words.today_text(story.today_amount, unit, shown, held),
            words.working_text(story, start, unit, baseline.weekly_increase_pct),
        )
        self.plan_panel.show_weeks(
            words.week_rows(pacing.upcoming_weeks(plan, today), unit, baseline.weekly_increase_pct, today),
            self.tr("The weeks ahead assume no new flare-up."),
        )
        self.plan_panel.show_settings(
            int(baseline.weekly_increase_pct), baseline.details.get("goal"), baseline.unit == "min"
        )

    def set_baseline(self) -> None:
        activity = self.plan_activity()
        try:
            amounts, _ = self._store.day_series(activity, self._offset_minutes())
            recent = self._store.list_entries(activity=activity, limit=1)
        except StoreError as exc:
            self.plan_panel.say(exc.user_message, error=True)
            return
        unit = recent[0].unit if recent else "min"
        result = dialogs.current().baseline(
            self, activity, self.unit_label(unit), pacing.tries_from_log(amounts), self._today()
        )
        if result is None:
            return
        old = self._store.baseline(activity)
        details = dict(result.details)
        if old is not None and old.details.get("goal"):
            details["goal"] = old.details["goal"]
        try:
            self._store.set_baseline(
                Baseline(
                    activity,
                    result.amount,
                    unit,
                    result.method,
                    old.weekly_increase_pct if old else self.plan_panel.increase.value(),
                    self._now(),
                    details,
                )
            )
        except StoreError as exc:
            self.plan_panel.say(exc.user_message, error=True)
            return
        self.plan_panel.say("")
        self._plan_changed()

    def _save_plan_settings(self) -> None:
        try:
            baseline = self._store.baseline(self.plan_activity())
            if baseline is None:
                return
            details = dict(baseline.details)
            details["goal"] = self.plan_panel.goal.value() or None
            changed = replace(
                baseline, weekly_increase_pct=float(self.plan_panel.increase.value()), details=details
            )
            if changed != baseline:
                self._store.set_baseline(changed)
        except StoreError as exc:
            self.plan_panel.say(exc.user_message, error=True)
            return
        self.plan_panel.say(self.tr("Saved."))
        self._plan_changed()

    def split_task(self) -> None:
        self.refresh_now()
        amount = pacing.plan_for_day(self._plan, self._today()) or pacing.DEFAULT_REST_MINUTES
        dialogs.current().split_task(self, visible_controls(self.plan_activity()), amount)

    # -- flare-ups ----------------------------------------------------------------------------------------

    def _refresh_flare(self) -> None:
        try:
            current = self._store.current_flareup()
            plan = self._store.flareup_plan()
        except StoreError as exc:
            self.plan_card.say(exc.user_message, error=True)
            return
        self.plan_card.show_flare(
            words.flare_text(local_text(current.started_at) if current else None),
            current is not None,
            words.flare_plan_text(plan.triggers, plan.warning_signs, plan.what_helps),
        )
        self.plan_panel.set_flare_plan_written(any((plan.triggers, plan.warning_signs, plan.what_helps)))

    def toggle_flareup(self) -> None:
        try:
            current = self._store.current_flareup()
            if current is None:
                self._store.start_flareup(self._now())
            else:
                self._store.end_flareup(current.id, self._now())
        except StoreError as exc:
            self.plan_card.say(exc.user_message, error=True)
            return
        self._refresh_flare()
        self._plan_changed()

    def edit_flareup_plan(self) -> None:
        try:
            plan = dialogs.current().flareup_plan(self, self._store.flareup_plan())
            if plan is not None:
                self._store.set_flareup_plan(plan)
        except StoreError as exc:
            self.plan_panel.say(exc.user_message, error=True)
            return
        self._refresh_flare()

    # -- chart --------------------------------------------------------------------------------------------

    def chart_range(self, days: int | None) -> tuple[date, date]:
        today = self._today()
        if days is not None:
            return today - timedelta(days=days - 1), today
        first = min([*self._series[0], *([self._plan[0].start] if self._plan else [])], default=today)
        return min(first, today), today

    def _refresh_chart(self, days: int | None | str = "chosen") -> None:
        """Summary text always; the chart only once it exists."""
        amounts, pains = self._series
        activity = self.plan_activity()
        days = self.chart_panel.days() if days == "chosen" else days
        first, last = self.chart_range(days)
        booms = pacing.boom_bust_days(amounts, pains, self._plan) if self._plan else []
        summary = pacing.week_summary(amounts, pains, self._plan, self._today())
        shown = visible_controls(activity)
        self.chart_panel.show_summary(
            words.summary_text(summary, shown, [b for b in booms if first <= b.day <= last])
        )
        if self.chart is None and amounts:
            return
        try:
            flares = self._flares()
            recent = self._store.baseline(activity)
        except StoreError:
            flares, recent = [], None
        logged = any(first <= d <= last and v > 0 for d, v in amounts.items())
        series = (
            pacing.chart_series(amounts, pains, self._plan, flares, booms, first, last) if logged else None
        )
        self.chart_panel.show_series(
            series,
            self.unit_label(recent.unit if recent else "min"),
            words.empty_chart_text(shown, days, bool(amounts)),
        )
