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
    flare_length: dict[int, int] = {}  # day number -> days it lasts (flare-ups usually last 2-7 days)
    day = rng.randint(20, 60)
    while day < days:
        flare_length[day] = rng.randint(2, 7)
        day += rng.randint(70, 150)
    flares = [Flare((start + timedelta(days=d)).date(), (start + timedelta(days=d + n)).date())
              for d, n in flare_length.items()]
    entries: list[ActivityEntry] = []
    flare_left, boom_pain = 0, 0
    walk_level = 18.0
    # The last 10 weeks follow a plan set from 3 tries (as the app would), like a person who paces.
    plan_start = (now - timedelta(weeks=10)).replace(hour=9, minute=0, second=0, microsecond=0)
    tries = [((plan_start - timedelta(days=3 - i)).date(), rng.uniform(25, 35)) for i in range(3)]
    result: BaselineResult = baseline_from_tries(tries)
    planned = weekly_plan(result.amount, plan_start.date(), now.date(), flares=flares, goal=45, weeks_ahead=0)
    for d in range(days + 1):
        base = start + timedelta(days=d)
        if d in flare_length:
            flare_left = flare_length[d]
            end = base + timedelta(days=flare_left, hours=10)
            store.start_flareup(base + timedelta(hours=9))
            if end < now:
                store.end_flareup(store.current_flareup().id, end)
        flaring = flare_left > 0
        flare_left = max(0, flare_left - 1)
        walk_level = min(45.0, walk_level * (1.0 if flaring else 1.0 + rng.uniform(0, 0.02)))
        boom = not flaring and rng.random() < 0.02
        pain = rng.choice((2, 3, 3, 4)) + (3 if flaring else 0) + (2 if boom_pain else 0)
        boom_pain = max(0, boom_pain - 1) + (2 if boom else 0)
        today_plan = plan_for_day(planned, base.date())
        level = walk_level if today_plan is None else today_plan
        walk = level * (0.4 if flaring else 2.0 if boom else rng.uniform(0.85, 1.1))
        plan = [("Walking", max(1, round(walk)), "min", 8),
                ("Housework", max(1, round(rng.uniform(10, 40) * (0.5 if flaring else 1))), "min", 12),
                ("Exercises", 8 + rng.randint(0, 6), "min", 18)][:per_day]
        for activity, amount, unit, hour in plan:
            when = base + timedelta(hours=hour, minutes=rng.randint(0, 50))
            if when > now:
                continue
            entries.append(ActivityEntry(activity, float(amount), when, unit,
                                         pain_before=min(10, max(0, pain - 1)), pain_after=min(10, pain),
                                         note=rng.choice(NOTES), source="exercise" if activity == "Exercises"
                                         else "manual"))
    store.add_entries(entries)
    for i in range(12 * 7):  # recent exercise sessions, for the clinician report
        when = now - timedelta(days=i, hours=3)
        if rng.random() < 0.8:
            store.add_exercise_session(ExerciseSession("knee-rolls", "Knee rolls", when, 300, 10, 10, 3,
                                                       3 if rng.random() < 0.85 else 2, "completed"),
                                       log_minutes=False)
    store.set_baseline(Baseline("Walking", result.amount, "min", result.method, 10, plan_start,
                                {**result.details, "goal": 45}))
    store.set_flareup_plan(FlareUpPlan("Lifting heavy shopping; long car journeys",
                                       "Stiff in the morning; poor sleep",
                                       "Keep moving gently; heat; short walks; the knee rolls"))
    store.set_feedback("stay-active", True, now - timedelta(days=30))
    store.set_feedback("pacing", True, now - timedelta(days=29))
    return len(entries)


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
