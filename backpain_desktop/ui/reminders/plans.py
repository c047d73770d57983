"""What the reminders read from the person's log: today's sitting or standing plan, and how long a round
of their exercises takes."""

from __future__ import annotations

import logging
from datetime import date

from backpain_desktop.domain import reminders as rules_

log = logging.getLogger(__name__)


def position_plans(store, today: date) -> dict[str, int | None]:
    """Each sitting or standing activity with a plan -> today's minutes at a time; both presets always
    listed (None when no plan is set)."""
    from backpain_desktop.domain import pacing
    from backpain_desktop.store import StoreError

    plans: dict[str, int | None] = {a: None for a in rules_.POSITION_ACTIVITIES}
    try:
        flares = [pacing.Flare(f.started_at.astimezone().date(),
                               f.ended_at.astimezone().date() if f.ended_at else None)
                  for f in store.flareups()]
        baselines = store.baselines()
    except StoreError as exc:  # a log that cannot be read must not stop the other reminders
        log.warning("pacing plan not read for reminders: %s", exc)
        return plans
    for b in baselines:
        if rules_.is_position_activity(b.activity) and b.unit == "min":
            name = next(a for a in rules_.POSITION_ACTIVITIES
                        if a.casefold() == b.activity.strip().casefold())
            plans[name] = rules_.position_minutes(b.amount, b.set_at.astimezone().date(), today,
                                                  b.weekly_increase_pct, flares, b.details.get("goal"))
    return plans


def exercise_minutes_for(pack, store) -> int:
    """About how long one round of the pack's exercises takes, with the person's own numbers."""
    from backpain_desktop.store import StoreError

    rows = []
    for exercise in pack.exercises:
        p = exercise.prescription
        try:
            mine = store.prescription(exercise.id)
        except StoreError:  # the pack's numbers are a fine estimate
            mine = None
        reps, hold, rest, sets = ((mine.reps, mine.hold_s, mine.rest_s, mine.sets) if mine
                                  else (p.reps, p.hold_s, p.rest_s, p.sets))
        if p.sides == "alternate":  # each rep is done on both sides
            reps *= 2
        rows.append((reps, hold, rest, sets))
    return rules_.exercise_minutes(rows)
