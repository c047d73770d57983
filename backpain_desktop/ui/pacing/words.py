"""The Pacing tab's sentences: today's one number, how it was worked out, the weeks ahead, the chart
summary and the flare-up status. Numbers from ``domain/pacing.py`` in, plain translated words out."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale

from backpain_desktop.domain import pacing
from backpain_desktop.ui.i18n import number
from backpain_desktop.ui.pacing.common import day_text
from backpain_desktop.ui.widgets import Context, fill
from backpain_desktop.ui.widgets import tr as _tr

PacingWords = Context("PacingWords")  # for counted words (%n); see widgets.Context


def whole(value: float) -> str:
    return str(pacing.whole(value)) if value > 0 else "0"


def listed(numbers: list[str]) -> str:
    return numbers[0] if len(numbers) == 1 else ", ".join(numbers[:-1]) + _tr("pacing", " and ") + numbers[-1]


def today_text(amount: int, unit: str, activity: str, held: bool) -> str:
    text = (
        _tr("pacing", "Today: about %1 %2 of %3.")
        if not held
        else _tr("pacing", "Today: about %1 %2 of %3 (held during your flare-up).")
    )
    return fill(text, amount, unit, activity)


def start_text(method: str, amount: float, unit: str, details: dict) -> str:
    """How the starting amount was reached, in the past tense and whole numbers."""
    if method == "average":
        tries = [whole(a) for _, a in details.get("tries", [])]
        return fill(  # the count %n takes the first place, so the rest start at %2
            PacingWords.tr(
                "You tried it on %n day(s): %2 %3. The average was about %4 %3, and the plan started "
                "at 80% of that: %5 %3 a day.", None, len(tries)
            ),
            len(tries), listed(tries) if tries else "-", unit, whole(details.get("average", 0)),
            whole(amount),
        )
    if method == "midpoint":
        return fill(
            _tr("pacing",
                "On a good day you managed %1 %3 and on a bad day %2 %3. The plan started halfway "
                "between: %4 %3 a day."
            ),
            whole(details.get("good", 0)), whole(details.get("bad", 0)), unit, whole(amount),
        )
    return fill(_tr("pacing", "You set %1 %2 a day yourself."), whole(amount), unit)


def working_text(story: pacing.PlanStory, start: str, unit: str, increase_pct: float) -> str:
    """The whole working, ending on the same number as :func:`today_text`."""
    lines = [start, fill(_tr("pacing", "That was on %1."), day_text(story.start_day))]
    steps = []
    if story.built_up:
        steps.append(
            fill(PacingWords.tr("it went up by about %1% in %n week(s) without a flare-up", None,
                                story.built_up), number(increase_pct))
        )
    if story.held:
        steps.append(PacingWords.tr("it stayed the same for %n week(s)", None, story.held))
    if story.stepped_back:
        steps.append(PacingWords.tr("it stepped back for a flare-up in %n week(s)", None, story.stepped_back))
    if steps:
        lines.append(fill(_tr("pacing", "Since then %1."), listed(steps)))
    lines.append(
        fill(
            _tr("pacing",
                "So this week (week %1 of your plan) it is %2 %3 a day. Keep to about this much each "
                "day, whatever the pain says."
            ),
            story.week_number, story.today_amount, unit,
        )
    )
    return " ".join(lines)


STATUS = {
    "start": "the start",
    "build-up": "up about %1%",
    "held": "the same: after a flare-up",
    "stepped back": "back a week: flare-up",
    "goal": "the same: goal reached",
}


def week_rows(
    weeks: list[pacing.PlanWeek], unit: str, increase_pct: float, today: date
) -> list[tuple[str, str, str]]:
    rows = []
    for i, week in enumerate(weeks):
        when = _tr("pacing", "This week") if i == 0 else day_text(week.start)
        why = fill(_tr("pacing", STATUS[week.status]), number(increase_pct))
        rows.append((when, fill(_tr("pacing", "%1 %2", "amount and unit"), number(week.amount), unit), why))
    return rows


def summary_text(summary: pacing.WeekSummary, activity: str, booms: list[pacing.BoomBust]) -> str:
    parts = []
    if summary.plan_days:
        parts.append(
            fill(PacingWords.tr("This week you kept to your plan on %1 of %n day(s).", None,
                                summary.plan_days), summary.kept_days)
        )
    else:
        parts.append(_tr("pacing", "Set a starting amount to see your plan on the chart."))
    if summary.avg_pain is not None:
        # One score a day: the pain after, or the pain before when no "after" was given.
        text = _tr("pacing", "Your pain after %1 (0-10), averaged over the last 7 days: %2.")
        average = QLocale().toString(float(summary.avg_pain), "f", 1)
        parts.append(fill(text, activity, average))
        change = summary.pain_change
        if change is not None:
            parts.append(
                _tr("pacing", "The same as the week before.")
                if abs(change) < 0.05
                else fill(
                    _tr("pacing", "Down %1 from the week before.")
                    if change < 0 else _tr("pacing", "Up %1 from the week before."),
                    QLocale().toString(float(abs(change)), "f", 1),
                )
            )
    if booms:
        parts.append(
            fill(_tr("pacing", "Boom-and-bust days in this range: %1 (last on %2)."),
                 len(booms), day_text(booms[-1].day))
        )
    return " ".join(parts)


def empty_chart_text(activity: str, days: int | None, anything_logged: bool) -> str:
    if not anything_logged:
        return fill(_tr("pacing",
            "Nothing logged for %1 yet. Log it on Today and your amounts and pain will show here."
        ), activity)
    span = {14: _tr("pacing", "the last 2 weeks"),
            91: _tr("pacing", "the last 3 months")}.get(days, _tr("pacing", "this range"))
    return fill(_tr("pacing", "Nothing logged for %1 in %2. Choose All to see everything."), activity, span)


def flare_text(started: str | None) -> str:
    if started is None:
        return _tr("pacing",
            "No flare-up now. If one starts, press the button: the plan steps back a week and holds "
            "until a week without one."
        )
    return fill(_tr("pacing",
        "Flare-up since %1. Your plan has stepped back and is held. Flare-ups usually settle within 2 "
        "to 7 days. Some extra soreness for 20 to 30 minutes after activity is normal."
    ), started)


def flare_plan_text(triggers: str, signs: str, helps: str) -> str:
    if not any((triggers, signs, helps)):
        return _tr("pacing", "You have not written a flare-up plan yet (Your plan, Write my flare-up plan).")
    return "\n".join(
        (
            fill(_tr("pacing", "What can set it off: %1"), triggers or "-"),
            fill(_tr("pacing", "My early warning signs: %1"), signs or "-"),
            fill(_tr("pacing", "What helps me: %1"), helps or "-"),
        )
    )
