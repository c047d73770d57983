"""The pacing method as numbers, tested without Qt: baseline, weekly plan, flare-ups, splitting, boom-bust."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from backpain_desktop.domain import pacing as p

D0 = date(2026, 3, 2)


def test_baseline_is_80_percent_of_the_average_of_three_tries():
    """Ensure 20, 25 and 30 minutes on three days give a start of 20 minutes, with the numbers kept."""
    result = p.baseline_from_tries([(D0, 20), (D0 + timedelta(1), 25), (D0 + timedelta(2), 30)])
    assert result.amount == 20
    assert result.method == "average"
    assert result.details["average"] == 25
    assert result.details["tries"][0] == ["2026-03-02", 20]


def test_baseline_rounds_to_whole_minutes():
    result = p.baseline_from_tries([(D0, 10), (D0 + timedelta(1), 11), (D0 + timedelta(2), 13)])
    assert result.amount == 9  # 11.33 × 0.8 = 9.07


@pytest.mark.parametrize("tries", [
    [(D0, 20), (D0, 25), (D0 + timedelta(2), 30)],
    [(D0, 20), (D0 + timedelta(1), 25)],
    [(D0, 20), (D0 + timedelta(1), 0), (D0 + timedelta(2), 30)],
])
def test_baseline_refuses_tries_on_the_same_day_too_few_or_zero(tries):
    with pytest.raises(ValueError):
        p.baseline_from_tries(tries)


def test_midpoint_of_a_good_and_a_bad_day():
    result = p.baseline_from_good_bad(40, 15)
    assert (result.amount, result.method) == (28, "midpoint")  # 27.5 rounds half up


def test_tries_from_log_takes_the_latest_three_days_with_activity():
    log = {D0: 10, D0 + timedelta(1): 0, D0 + timedelta(2): 12, D0 + timedelta(3): 14, D0 + timedelta(5): 16}
    expected = [(D0 + timedelta(2), 12), (D0 + timedelta(3), 14), (D0 + timedelta(5), 16)]
    assert p.tries_from_log(log) == expected


def test_plan_builds_up_ten_percent_a_week_in_whole_minutes():
    plan = p.weekly_plan(20, D0, today=D0 + timedelta(days=21), weeks_ahead=0)
    assert [w.amount for w in plan] == [20, 22, 24, 26]
    assert [w.status for w in plan] == ["start", "build-up", "build-up", "build-up"]


def test_small_amounts_still_grow_by_one_minute():
    plan = p.weekly_plan(3, D0, today=D0, weeks_ahead=2)
    assert [w.amount for w in plan] == [3, 4, 5]


def test_flare_up_steps_back_one_week_then_holds_until_a_clear_week():
    """Ensure a flare-up in week 3 (due 26) puts it back to week 2's 24 and holds it the week after."""
    flare = p.Flare(D0 + timedelta(days=22), D0 + timedelta(days=25))
    plan = p.weekly_plan(20, D0, today=D0 + timedelta(days=50), flares=[flare], weeks_ahead=0)
    assert [w.amount for w in plan] == [20, 22, 24, 24, 24, 26, 29, 32]
    assert plan[3].status == "stepped back"
    assert plan[4].status == "held"
    assert plan[5].status == "build-up"


def test_an_ongoing_flare_up_holds_the_plan():
    flare = p.Flare(D0 + timedelta(days=8))
    plan = p.weekly_plan(20, D0, today=D0 + timedelta(days=30), flares=[flare], weeks_ahead=0)
    assert [w.amount for w in plan] == [20, 20, 20, 20, 20]


def test_goal_caps_growth():
    plan = p.weekly_plan(20, D0, today=D0, goal=25, weeks_ahead=5)
    assert [w.amount for w in plan] == [20, 22, 24, 25, 25, 25]
    assert plan[-1].status == "goal"


def test_increase_outside_0_to_20_percent_is_refused():
    with pytest.raises(ValueError):
        p.weekly_plan(20, D0, today=D0, increase_pct=25)


@given(start=st.integers(1, 600), pct=st.integers(0, 20), weeks=st.integers(0, 60),
       goal=st.one_of(st.none(), st.integers(1, 2000)))
def test_plan_never_decreases_without_a_flare_up(start, pct, weeks, goal):
    plan = p.weekly_plan(start, D0, today=D0 + timedelta(days=7 * weeks), increase_pct=pct, goal=goal)
    amounts = [w.amount for w in plan]
    assert amounts == sorted(amounts)
    assert all(isinstance(a, int) for a in amounts)
    assert all(b - a <= max(1, a * pct / 100 + 0.5) for a, b in zip(amounts, amounts[1:], strict=False))


@given(start=st.integers(1, 600), pct=st.integers(0, 20),
       flare_days=st.lists(st.integers(0, 200), max_size=5))
def test_plan_never_goes_below_the_start_and_never_grows_in_a_flare_week(start, pct, flare_days):
    flares = [p.Flare(D0 + timedelta(days=d), D0 + timedelta(days=d + 3)) for d in flare_days]
    plan = p.weekly_plan(start, D0, today=D0 + timedelta(days=210), increase_pct=pct, flares=flares)
    assert min(w.amount for w in plan) == start
    for before, week in zip(plan, plan[1:], strict=False):
        if any(week.start - timedelta(days=7) <= f.start <= week.start + timedelta(days=6) for f in flares):
            assert week.amount <= before.amount


def test_plan_for_day():
    plan = p.weekly_plan(20, D0, today=D0 + timedelta(days=7), weeks_ahead=0)
    assert p.plan_for_day(plan, D0 - timedelta(days=1)) is None
    assert p.plan_for_day(plan, D0 + timedelta(days=6)) == 20
    assert p.plan_for_day(plan, D0 + timedelta(days=7)) == 22
    assert p.plan_for_day(plan, D0 + timedelta(days=14)) is None


def test_split_sixty_minutes_of_gardening():
    schedule = p.split_task(60, 20, rest=10)
    assert [(b.kind, b.start, b.minutes) for b in schedule] == [
        ("do", 0, 20), ("rest", 20, 10), ("do", 30, 20), ("rest", 50, 10), ("do", 60, 20)]


@given(total=st.integers(1, 1440), block=st.integers(1, 300), rest=st.integers(0, 60))
def test_splitting_always_sums_to_the_task(total, block, rest):
    schedule = p.split_task(total, block, rest)
    work = [b for b in schedule if b.kind == "do"]
    assert sum(b.minutes for b in work) == total
    assert all(0 < b.minutes <= block for b in work)
    assert schedule[0].kind == schedule[-1].kind == "do"
    assert all(a.start + a.minutes == b.start for a, b in zip(schedule, schedule[1:], strict=False))


def test_boom_followed_by_pain_rise_is_flagged():
    plan = p.weekly_plan(20, D0, today=D0 + timedelta(days=30))
    amounts = {D0 + timedelta(days=i): 20 for i in range(20)}
    pains = {D0 + timedelta(days=i): 3 for i in range(20)}
    boom = D0 + timedelta(days=10)
    amounts[boom] = 33  # 1.5 × week 1's plan of 22
    pains[boom + timedelta(days=2)] = 5  # +2 over the median of 3
    found = p.boom_bust_days(amounts, pains, plan)
    assert [(b.day, b.reason) for b in found] == [(boom, "pain")]


def test_boom_followed_by_a_crash_is_flagged_but_not_when_days_are_just_unlogged():
    plan = p.weekly_plan(20, D0, today=D0 + timedelta(days=30))
    amounts = {D0 + timedelta(days=i): 20 for i in range(12)}
    boom = D0 + timedelta(days=8)
    amounts[boom] = 40
    amounts[boom + timedelta(days=1)] = 10  # half the plan
    assert [(b.day, b.reason) for b in p.boom_bust_days(amounts, {}, plan)] == [(boom, "crash")]
    recent = {D0: 20, D0 + timedelta(days=1): 40}  # nothing logged after the big day yet
    assert p.boom_bust_days(recent, {}, plan) == []


def test_a_big_day_without_pain_or_crash_is_not_boom_bust():
    plan = p.weekly_plan(20, D0, today=D0 + timedelta(days=30))
    amounts = {D0 + timedelta(days=i): 20 for i in range(12)}
    amounts[D0 + timedelta(days=5)] = 29  # just under 1.5 × plan
    amounts[D0 + timedelta(days=6)] = 0
    assert p.boom_bust_days(amounts, {}, plan) == []


def test_thresholds_are_the_ones_documented():
    assert (p.BASELINE_FACTOR, p.DEFAULT_WEEKLY_INCREASE_PCT, p.MAX_WEEKLY_INCREASE_PCT) == (0.8, 10, 20)
    assert (p.BOOM_FACTOR, p.BUST_WINDOW_DAYS, p.PAIN_RISE_POINTS) == (1.5, 2, 2.0)


def test_week_summary_counts_kept_days_and_pain_change():
    today = D0 + timedelta(days=20)
    plan = p.weekly_plan(20, D0, today=today)  # week 2 (days 14-20) plans 24, week 1 plans 22
    amounts = {today - timedelta(days=i): 24 for i in range(5)}  # 5 days at the plan, 2 days nothing
    pains = {today - timedelta(days=i): 4 for i in range(7)}
    pains.update({today - timedelta(days=i): 5 for i in range(7, 14)})
    summary = p.week_summary(amounts, pains, plan, today)
    assert (summary.kept_days, summary.plan_days) == (5, 7)
    assert summary.avg_pain == 4
    assert summary.pain_change == -1


def test_chart_series_covers_every_day_and_clips_flare_ups():
    plan = p.weekly_plan(20, D0, today=D0 + timedelta(days=10))
    flares = [p.Flare(D0 - timedelta(days=3), D0 + timedelta(days=2)), p.Flare(D0 + timedelta(days=9))]
    series = p.chart_series({D0 + timedelta(days=1): 15}, {D0 + timedelta(days=1): 3.5}, plan, flares,
                            [], D0 - timedelta(days=1), D0 + timedelta(days=10))
    assert len(series.days) == 12
    assert series.amounts[:3] == [0, 0, 15]
    assert series.plan[:2] == [None, 20]
    assert series.pain[2] == 3.5 and series.pain[3] is None
    assert series.flares == [(D0 - timedelta(days=1), D0 + timedelta(days=2)),
                             (D0 + timedelta(days=9), D0 + timedelta(days=10))]


def test_a_flare_up_in_a_held_week_goes_down_a_level():
    """Ensure a second flare-up while the plan is held steps it down again (never below the start)."""
    flares = [p.Flare(D0 + timedelta(days=15), D0 + timedelta(days=16)),
              p.Flare(D0 + timedelta(days=22), D0 + timedelta(days=23))]
    plan = p.weekly_plan(20, D0, today=D0 + timedelta(days=28), flares=flares, weeks_ahead=0)
    assert [w.amount for w in plan] == [20, 22, 22, 20, 20]


def test_long_ranges_are_drawn_as_weekly_averages():
    plan = p.weekly_plan(20, D0, today=D0 + timedelta(days=200))
    amounts = {D0 + timedelta(days=i): 10.0 * (i % 7 == 0) + 7 for i in range(200)}
    pains = {D0 + timedelta(days=i): 4.0 for i in range(0, 200, 2)}
    series = p.chart_series(amounts, pains, plan, [], [], D0, D0 + timedelta(days=139))
    assert series.bucket_days == 7 and len(series.days) == 20
    assert series.amounts[0] == pytest.approx(7 + 10 / 7)
    assert series.plan[:2] == [20, 22] and series.pain[0] == 4.0
    short = p.chart_series(amounts, pains, plan, [], [], D0, D0 + timedelta(days=90))
    assert short.bucket_days == 1 and len(short.days) == 91
