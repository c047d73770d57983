"""The pacing method as numbers: starting amount, weekly plan, flare-up hold, task splitting, boom and bust.

Plain numbers and dates in, plain series out; no Qt, no clock, no database. The UI words the results.
The method (CONTENT.md "Pacing method"): start at 80% of the average of 3 tries on different days (or the
midpoint of a good and a bad day), build up by about 10% a week only when the past week had no flare-up,
step back during a flare-up, split tasks into pieces with rests.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

# -- every threshold the method uses, in one place ---------------------------------------------------
BASELINE_TRIES = 3              # tries on different days before a starting amount is worked out
BASELINE_FACTOR = 0.8           # start at 80% of the average try
DEFAULT_WEEKLY_INCREASE_PCT = 10
MIN_WEEKLY_INCREASE_PCT = 0
MAX_WEEKLY_INCREASE_PCT = 20
DEFAULT_REST_MINUTES = 10
# Boom and bust (design choices, see CONTENT.md): a "boom" day is at least BOOM_FACTOR × the plan;
# a "bust" follows within BUST_WINDOW_DAYS: pain at least PAIN_RISE_POINTS over the median of the
# PAIN_MEDIAN_DAYS before the boom, or activity down to CRASH_FACTOR × the plan or less.
BOOM_FACTOR = 1.5
BUST_WINDOW_DAYS = 2            # 48 hours
PAIN_RISE_POINTS = 2.0
PAIN_MEDIAN_DAYS = 14
CRASH_FACTOR = 0.5
# A day "kept to the plan" when its amount is within this fraction of the plan, either way.
PLAN_TOLERANCE = 0.2


def whole(amount: float) -> int:
    """Round to a whole amount a person can use (half up), never below 1."""
    return max(1, math.floor(amount + 0.5))


# -- baseline -------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class BaselineResult:
    amount: int
    method: str            # "average" | "midpoint"
    details: dict[str, object]  # the numbers it came from, stored so the app can show how it was reached


def baseline_from_tries(tries: Sequence[tuple[date, float]]) -> BaselineResult:
    """80% of the average of the tries. Needs BASELINE_TRIES tries, each on a different day."""
    if len(tries) < BASELINE_TRIES:
        raise ValueError(f"needs {BASELINE_TRIES} tries")
    used = list(tries)[-BASELINE_TRIES:]
    if len({day for day, _ in used}) != len(used):
        raise ValueError("tries must be on different days")
    if any(amount <= 0 for _, amount in used):
        raise ValueError("every try must be more than 0")
    average = sum(a for _, a in used) / len(used)
    return BaselineResult(whole(average * BASELINE_FACTOR), "average", {
        "tries": [[d.isoformat(), a] for d, a in used], "average": round(average, 2),
        "factor": BASELINE_FACTOR})


def baseline_from_good_bad(good_day: float, bad_day: float) -> BaselineResult:
    """The midpoint of what a good day and a bad day allow."""
    if good_day <= 0 or bad_day <= 0:
        raise ValueError("both amounts must be more than 0")
    midpoint = (good_day + bad_day) / 2
    return BaselineResult(whole(midpoint), "midpoint", {"good": good_day, "bad": bad_day,
                                                         "midpoint": midpoint})


def tries_from_log(daily_amounts: Mapping[date, float],
                   count: int = BASELINE_TRIES) -> list[tuple[date, float]]:
    """The latest ``count`` days with some of the activity logged, oldest first (fewer if not enough)."""
    days = sorted(d for d, a in daily_amounts.items() if a > 0)[-count:]
    return [(d, daily_amounts[d]) for d in days]


# -- weekly plan ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Flare:
    """A flare-up as calendar days; ``end`` None while it goes on."""

    start: date
    end: date | None = None

    def overlaps(self, first: date, last: date, today: date) -> bool:
        end = self.end or today
        return self.start <= last and end >= first and self.start <= today


@dataclass(frozen=True)
class PlanWeek:
    index: int
    start: date
    amount: int
    status: str  # "start" | "build-up" | "held" | "stepped back" | "goal"


def weekly_plan(start_amount: float, start_day: date, today: date,
                increase_pct: float = DEFAULT_WEEKLY_INCREASE_PCT, flares: Iterable[Flare] = (),
                goal: float | None = None, weeks_ahead: int = 4) -> list[PlanWeek]:
    """The plan, week by week, from ``start_day`` until ``weeks_ahead`` weeks after ``today``.

    Levels grow by ``increase_pct`` (at least one whole unit a step when it is above 0). A week moves up a
    level only when no flare-up touched the week before or this week so far; a flare-up starting in a week
    sets that week one level below what it would have been (back one week); the plan then holds until a
    clear week has passed.
    Future weeks assume no new flare-up. ``goal`` caps growth, never lowers the start.
    """
    if not MIN_WEEKLY_INCREASE_PCT <= increase_pct <= MAX_WEEKLY_INCREASE_PCT:
        raise ValueError("increase out of range")
    flares = list(flares)
    levels = [whole(start_amount)]

    def level(i: int) -> int:
        while len(levels) <= i:
            previous = levels[-1]
            grown = whole(previous * (1 + increase_pct / 100))
            if increase_pct > 0:
                grown = max(grown, previous + 1)
            if goal is not None:
                grown = max(previous, min(grown, whole(goal)))
            levels.append(grown)
        return levels[i]

    final_week = max(0, (today - start_day).days // 7) + weeks_ahead
    plan: list[PlanWeek] = []
    current = 0
    for k in range(final_week + 1):
        week_start = start_day + timedelta(days=7 * k)
        week_end = week_start + timedelta(days=6)
        started_now = any(week_start <= f.start <= min(week_end, today) for f in flares)
        touched_before = any(f.overlaps(week_start - timedelta(days=7), week_end, today) for f in flares)
        if started_now:
            # Back one week from what this week would have been: no build-up, and one level down.
            last_week = (week_start - timedelta(days=7), week_start - timedelta(days=1))
            last_week_clear = not any(f.overlaps(*last_week, today) for f in flares)
            would_be = current + (1 if k > 0 and last_week_clear else 0)
            current = max(0, would_be - 1)
            status = "stepped back"
        elif k == 0:
            status = "start"
        elif touched_before:
            status = "held"
        else:
            before = level(current)
            current += 1
            status = "build-up" if level(current) > before else ("goal" if goal is not None else "held")
        plan.append(PlanWeek(k, week_start, level(current), status))
    return plan


def plan_for_day(plan: Sequence[PlanWeek], day: date) -> int | None:
    """The planned amount for a day, or None before the plan starts / after it ends."""
    if not plan or day < plan[0].start:
        return None
    k = (day - plan[0].start).days // 7
    return plan[k].amount if k < len(plan) else None


@dataclass(frozen=True)
class PlanStory:
    """How a plan reached a day's amount, for "How was this worked out?": whole numbers only."""

    start_amount: int
    start_day: date
    today_amount: int
    built_up: int          # weeks that went up a level
    held: int              # weeks held (after a flare-up, or at the goal)
    stepped_back: int      # weeks stepped back for a flare-up
    week_number: int       # 1 for the plan's first week


def plan_story(plan: Sequence[PlanWeek], today: date) -> PlanStory | None:
    """What happened week by week from the start of ``plan`` up to the week holding ``today``."""
    if not plan:
        return None
    k = max(0, min((today - plan[0].start).days // 7, len(plan) - 1))
    past = plan[1:k + 1]
    return PlanStory(plan[0].amount, plan[0].start, plan[k].amount,
                     sum(w.status == "build-up" for w in past),
                     sum(w.status in ("held", "goal") for w in past),
                     sum(w.status == "stepped back" for w in past), k + 1)


def upcoming_weeks(plan: Sequence[PlanWeek], today: date, ahead: int = 4) -> list[PlanWeek]:
    """This week and the next ``ahead`` weeks of the plan (they assume no new flare-up)."""
    if not plan:
        return []
    k = max(0, (today - plan[0].start).days // 7)
    return list(plan[k:k + ahead + 1])


# -- splitting a task -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Block:
    kind: str        # "do" | "rest"
    start: int       # minutes from the beginning
    minutes: int


def split_task(total: int, block: int, rest: int = DEFAULT_REST_MINUTES) -> list[Block]:
    """Blocks of at most ``block`` minutes with ``rest`` minutes between; the "do" blocks sum to ``total``."""
    if total <= 0 or block <= 0 or rest < 0:
        raise ValueError("total and block must be more than 0, rest 0 or more")
    schedule: list[Block] = []
    done, clock = 0, 0
    while done < total:
        if schedule and rest:
            schedule.append(Block("rest", clock, rest))
            clock += rest
        piece = min(block, total - done)
        schedule.append(Block("do", clock, piece))
        clock += piece
        done += piece
    return schedule


# -- boom and bust --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class BoomBust:
    day: date
    amount: float
    plan: int
    reason: str  # "pain" | "crash"


def boom_bust_days(amounts: Mapping[date, float], pains: Mapping[date, float],
                   plan: Sequence[PlanWeek]) -> list[BoomBust]:
    """Days far above the plan followed within 48 hours by a clear rise in pain or a crash in activity.

    A day with nothing logged counts as 0 for the crash test only up to the last day with any record,
    so a person who simply has not logged today is not flagged.
    """
    if not amounts:
        return []
    last_known = max([*amounts, *pains])
    found: list[BoomBust] = []
    for day in sorted(amounts):
        planned = plan_for_day(plan, day)
        if planned is None or amounts[day] < BOOM_FACTOR * planned:
            continue
        before = (day - timedelta(days=i) for i in range(1, PAIN_MEDIAN_DAYS + 1))
        earlier = [pains[d] for d in before if d in pains]
        median = statistics.median(earlier) if earlier else None
        after = [day + timedelta(days=i) for i in range(1, BUST_WINDOW_DAYS + 1)]
        if median is not None and any(d in pains and pains[d] >= median + PAIN_RISE_POINTS for d in after):
            found.append(BoomBust(day, amounts[day], planned, "pain"))
        elif any(d <= last_known and amounts.get(d, 0) <= CRASH_FACTOR * planned for d in after):
            found.append(BoomBust(day, amounts[day], planned, "crash"))
    return found


# -- this week's summary --------------------------------------------------------------------------------

@dataclass(frozen=True)
class WeekSummary:
    kept_days: int
    plan_days: int
    avg_pain: float | None
    previous_avg_pain: float | None

    @property
    def pain_change(self) -> float | None:
        if self.avg_pain is None or self.previous_avg_pain is None:
            return None
        return round(self.avg_pain, 1) - round(self.previous_avg_pain, 1)


def kept_to_plan(amount: float, planned: int) -> bool:
    return abs(amount - planned) <= PLAN_TOLERANCE * planned


def week_summary(amounts: Mapping[date, float], pains: Mapping[date, float], plan: Sequence[PlanWeek],
                 today: date) -> WeekSummary:
    """The 7 days ending today against the plan, and average pain against the 7 days before."""
    this_week = [today - timedelta(days=i) for i in range(7)]
    week_before = [today - timedelta(days=i) for i in range(7, 14)]
    kept = planned_days = 0
    for day in this_week:
        planned = plan_for_day(plan, day)
        if planned is None:
            continue
        planned_days += 1
        kept += kept_to_plan(amounts.get(day, 0), planned)

    def mean(days: list[date]) -> float | None:
        values = [pains[d] for d in days if d in pains]
        return sum(values) / len(values) if values else None

    return WeekSummary(kept, planned_days, mean(this_week), mean(week_before))


# -- what the chart draws -------------------------------------------------------------------------------

@dataclass(frozen=True)
class ChartSeries:
    """One value per calendar day from ``first`` to ``last``; None where nothing was logged or planned."""

    days: list[date]
    amounts: list[float]
    plan: list[int | None]
    pain: list[float | None]
    flares: list[tuple[date, date]]      # shaded periods, clipped to the range
    boom_days: list[date]
    bucket_days: int = 1                 # 7 when each value is a week's daily average


WEEKLY_AFTER_DAYS = 120  # longer ranges are drawn as weekly averages, so years stay readable


def by_week(series: ChartSeries) -> ChartSeries:
    """Each 7 days (from the first day) as one point: mean daily amount, plan on its first day, mean pain."""
    days, amounts, plan, pain = [], [], [], []
    for i in range(0, len(series.days), 7):
        chunk = slice(i, i + 7)
        days.append(series.days[i])
        week_amounts = series.amounts[chunk]
        amounts.append(sum(week_amounts) / len(week_amounts))
        plan.append(series.plan[i])
        pains = [p for p in series.pain[chunk] if p is not None]
        pain.append(sum(pains) / len(pains) if pains else None)
    return replace(series, days=days, amounts=amounts, plan=plan, pain=pain, bucket_days=7)


def chart_series(amounts: Mapping[date, float], pains: Mapping[date, float], plan: Sequence[PlanWeek],
                 flares: Iterable[Flare], booms: Iterable[BoomBust], first: date, last: date) -> ChartSeries:
    if last < first:
        first, last = last, first
    days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    shaded = []
    for f in flares:
        end = f.end or last
        if f.start <= last and end >= first:
            shaded.append((max(f.start, first), min(end, last)))
    series = ChartSeries(days=days, amounts=[amounts.get(d, 0.0) for d in days],
                         plan=[plan_for_day(plan, d) for d in days], pain=[pains.get(d) for d in days],
                         flares=shaded, boom_days=[b.day for b in booms if first <= b.day <= last])
    return by_week(series) if len(days) > WEEKLY_AFTER_DAYS else series
