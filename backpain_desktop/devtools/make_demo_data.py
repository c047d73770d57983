"""Make a realistic demo data folder: years of a person's pacing log, for screenshots and benchmarks.

    python -m backpain_desktop.devtools.make_demo_data /tmp/demo-data --years 5 --per-day 3

Walking with a plan that builds up, housework and exercises most days, a flare-up every few months
(pain up, activity down for 2-7 days), now and then a "boom" day followed by a rise in pain.
Deterministic for a given --seed. Never run against a real person's data folder: it refuses a folder
that already has a log.
"""

from __future__ import annotations

import argparse
import random
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from backpain_desktop.domain.pacing import (
    BaselineResult,
    Flare,
    PlanWeek,
    baseline_from_tries,
    plan_for_day,
    weekly_plan,
)
from backpain_desktop.paths import AppPaths
from backpain_desktop.store import ActivityEntry, Baseline, ExerciseSession, FlareUpPlan, Store

NOTES = ("", "", "", "felt stiff at first", "to the shops and back", "with the dog", "sunny", "tired today",
         "", "ok")


def generate(store: Store, now: datetime, years: float = 5, per_day: int = 3, seed: int = 7) -> int:
    """Fill ``store``; returns the number of activity entries written."""
    rng = random.Random(seed)
    days = int(years * 365)
    start = (now - timedelta(days=days)).replace(hour=0, minute=0, second=0, microsecond=0)
    flare_length = _flare_schedule(rng, days)
    flares = [Flare((start + timedelta(days=d)).date(), (start + timedelta(days=d + n)).date())
              for d, n in flare_length.items()]
    # The last 10 weeks follow a plan set from 3 tries (as the app would), like a person who paces.
    plan_start = (now - timedelta(weeks=10)).replace(hour=9, minute=0, second=0, microsecond=0)
    tries = [((plan_start - timedelta(days=3 - i)).date(), rng.uniform(25, 35)) for i in range(3)]
    baseline: BaselineResult = baseline_from_tries(tries)
    planned = weekly_plan(baseline.amount, plan_start.date(), now.date(), flares=flares, goal=45,
                          weeks_ahead=0)
    entries = _daily_log(store, rng, start, now, days, flare_length, planned, per_day)
    store.add_entries(entries)
    _exercise_sessions(store, rng, now)
    _plans_and_feedback(store, now, baseline, plan_start)
    return len(entries)


def _flare_schedule(rng: random.Random, days: int) -> dict[int, int]:
    """Day number -> how many days the flare-up starting on it lasts: usually 2-7, every few months."""
    flare_length: dict[int, int] = {}
    day = rng.randint(20, 60)
    while day < days:
        flare_length[day] = rng.randint(2, 7)
        day += rng.randint(70, 150)
    return flare_length


def _daily_log(store: Store, rng: random.Random, start: datetime, now: datetime, days: int,
               flare_length: dict[int, int], planned: list[PlanWeek], per_day: int) -> list[ActivityEntry]:
    """Each day's entries from ``start`` to ``now``; each flare-up is written to ``store`` as it starts.
    Walking slowly builds up (or follows the plan), drops in a flare-up and doubles on a boom day, after
    which pain is higher for a couple of days."""
    entries: list[ActivityEntry] = []
    flare_left, boom_pain = 0, 0
    walk_level = 18.0
    for d in range(days + 1):
        base = start + timedelta(days=d)
        if d in flare_length:
            flare_left = flare_length[d]
            _record_flareup(store, base, flare_left, now)
        flaring = flare_left > 0
        flare_left = max(0, flare_left - 1)
        walk_level = min(45.0, walk_level * (1.0 if flaring else 1.0 + rng.uniform(0, 0.02)))
        boom = not flaring and rng.random() < 0.02
        pain = rng.choice((2, 3, 3, 4)) + (3 if flaring else 0) + (2 if boom_pain else 0)
        boom_pain = max(0, boom_pain - 1) + (2 if boom else 0)
        today_plan = plan_for_day(planned, base.date())
        level = walk_level if today_plan is None else today_plan
        walk = level * (0.4 if flaring else 2.0 if boom else rng.uniform(0.85, 1.1))
        entries += _day_entries(rng, base, now, walk, pain, flaring, per_day)
    return entries


def _record_flareup(store: Store, start: datetime, days: int, now: datetime) -> None:
    end = start + timedelta(days=days, hours=10)
    flareup = store.start_flareup(start + timedelta(hours=9))
    if end < now and flareup.id is not None:  # the last one may still be going on
        store.end_flareup(flareup.id, end)


def _day_entries(rng: random.Random, day: datetime, now: datetime, walk: float, pain: int, flaring: bool,
                 per_day: int) -> list[ActivityEntry]:
    """The first ``per_day`` of the day's walk, housework and exercises, leaving out any still to come."""
    activities = [("Walking", max(1, round(walk)), "min", 8),
                  ("Housework", max(1, round(rng.uniform(10, 40) * (0.5 if flaring else 1))), "min", 12),
                  ("Exercises", 8 + rng.randint(0, 6), "min", 18)][:per_day]
    entries: list[ActivityEntry] = []
    for activity, amount, unit, hour in activities:
        when = day + timedelta(hours=hour, minutes=rng.randint(0, 50))
        if when > now:
            continue
        entries.append(ActivityEntry(activity, float(amount), when, unit,
                                     pain_before=min(10, max(0, pain - 1)), pain_after=min(10, pain),
                                     note=rng.choice(NOTES), source="exercise" if activity == "Exercises"
                                     else "manual"))
    return entries


def _exercise_sessions(store: Store, rng: random.Random, now: datetime) -> None:
    """Knee rolls on most of the last twelve weeks' days, for the clinician report."""
    for i in range(12 * 7):
        when = now - timedelta(days=i, hours=3)
        if rng.random() < 0.8:
            store.add_exercise_session(ExerciseSession("knee-rolls", "Knee rolls", when, 300, 10, 10, 3,
                                                       3 if rng.random() < 0.85 else 2, "completed"),
                                       log_minutes=False)


def _plans_and_feedback(store: Store, now: datetime, baseline: BaselineResult, plan_start: datetime) -> None:
    """The walking baseline, a flare-up plan, and the advice pages marked helpful."""
    store.set_baseline(Baseline("Walking", baseline.amount, "min", baseline.method, 10, plan_start,
                                {**baseline.details, "goal": 45}))
    store.set_flareup_plan(FlareUpPlan("Lifting heavy shopping; long car journeys",
                                       "Stiff in the morning; poor sleep",
                                       "Keep moving gently; heat; short walks; the knee rolls"))
    store.set_feedback("stay-active", True, now - timedelta(days=30))
    store.set_feedback("pacing", True, now - timedelta(days=29))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--years", type=float, default=5)
    parser.add_argument("--per-day", type=int, default=3, choices=(1, 2, 3))
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    paths = AppPaths.resolve(args.data_dir)
    paths.ensure()
    if paths.database.exists():
        print(f"{paths.database} already exists; choose an empty folder.", file=sys.stderr)
        return 2
    with Store.open(paths.database) as store:
        count = generate(store, datetime.now(timezone.utc).replace(microsecond=0), args.years, args.per_day,
                         args.seed)
    print(f"wrote {count} entries to {paths.database}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
